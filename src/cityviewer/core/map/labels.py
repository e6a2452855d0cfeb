"""Where the map's city labels go, with no Qt in it: beside their markers, never over another label or any marker.

Labels are placed greedily, most important first (the capital, then by population): each tries the places around
its marker in turn and takes the first that is free; a label with no free place is left out, so where two would
collide the less populous city loses its label, and no two labels are ever drawn on top of each other. Placement
works in pixels at one zoom level and does not depend on panning, so the map places labels once per zoom level.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from cityviewer.core.map.geo import Rect

GAP = 3.0  # pixels between a marker and its label
_CELL = 96.0  # the occupancy grid's cell, in pixels


@dataclass(frozen=True)
class LabelRequest:
    """A marker at (x, y) pixels (y down) of radius r, and the size of the label its city wants."""

    x: float
    y: float
    radius: float
    width: float
    height: float
    rank: float  # larger wins: the capital first, then by population


def candidate_boxes(request: LabelRequest, gap: float = GAP) -> list[Rect]:
    """The places a label may take, in order of preference: right, left, above, below, then the four corners.
    (Rect's bottom is the smaller y: in pixel coordinates, the top edge on screen.)"""
    x, y, r, w, h = request.x, request.y, request.radius + gap, request.width, request.height
    d = r  # the corner places clear the marker's bounding square
    return [
        Rect(x + r, y - h / 2, x + r + w, y + h / 2),
        Rect(x - r - w, y - h / 2, x - r, y + h / 2),
        Rect(x - w / 2, y - r - h, x + w / 2, y - r),
        Rect(x - w / 2, y + r, x + w / 2, y + r + h),
        Rect(x + d, y - d - h, x + d + w, y - d),
        Rect(x - d - w, y - d - h, x - d, y - d),
        Rect(x + d, y + d, x + d + w, y + d + h),
        Rect(x - d - w, y + d, x - d, y + d + h),
    ]


def marker_box(request: LabelRequest) -> Rect:
    return Rect(request.x - request.radius, request.y - request.radius, request.x + request.radius,
                request.y + request.radius)  # fmt: skip


class _Grid:
    """Rectangles by the grid cells they cover, to find the ones a new rectangle might hit."""

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[tuple[int, Rect]]] = {}

    @staticmethod
    def _span(rect: Rect) -> tuple[range, range]:
        return (range(math.floor(rect.left / _CELL), math.floor(rect.right / _CELL) + 1),
                range(math.floor(rect.bottom / _CELL), math.floor(rect.top / _CELL) + 1))  # fmt: skip

    def add(self, owner: int, rect: Rect) -> None:
        xs, ys = self._span(rect)
        for cx in xs:
            for cy in ys:
                self._cells.setdefault((cx, cy), []).append((owner, rect))

    def hits(self, rect: Rect, ignore: int = -1) -> bool:
        xs, ys = self._span(rect)
        for cx in xs:
            for cy in ys:
                for owner, other in self._cells.get((cx, cy), ()):
                    if owner != ignore and rect.intersects(other):
                        return True
        return False


def place_labels(requests: Sequence[LabelRequest], gap: float = GAP) -> dict[int, Rect]:
    """The box of each label that gets one, by its index in requests (a request of no size asks for none). No two
    boxes overlap, and no box overlaps any marker (its bounding square), its own included."""
    markers = _Grid()
    for i, request in enumerate(requests):
        markers.add(i, marker_box(request))
    labels = _Grid()
    placed: dict[int, Rect] = {}
    for i in sorted(range(len(requests)), key=lambda i: -requests[i].rank):
        if requests[i].width <= 0 or requests[i].height <= 0:
            continue  # a marker with no label (it still keeps the others off itself)
        for box in candidate_boxes(requests[i], gap):
            if not markers.hits(box) and not labels.hits(box):
                labels.add(i, box)
                placed[i] = box
                break
    return placed
