"""What the map shows and where, with no Qt in it: the places projected onto the plane with their marker sizes and
a spatial index, the zoom levels, and the label placement kept per zoom level (the viewport's arithmetic is
core.map.geo's). The map pane (gui.map.pane) draws what this computes."""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from cityviewer.core.map.geo import GridIndex, Rect, Viewport, marker_radius, projected_bounds
from cityviewer.core.map.labels import LabelRequest, place_labels
from cityviewer.core.records import MapPoint
from cityviewer.core.volume import MapSpec

# Zoom levels are absolute: level z draws BASE_SCALE * ZOOM_STEP**z pixels per km, so labels placed for a level
# stay right whatever the window's size.
BASE_SCALE = 0.125
ZOOM_STEP = math.sqrt(2)
MIN_LEVEL, MAX_LEVEL = 0, 16
LOCAL_NAME_FROM_SCALE = 1.3  # px per km from which labels carry the Hangul name beside the English one
MAX_RADIUS, MIN_RADIUS = 15.0, 3.0  # marker radii in pixels (the most populous place; the smallest drawn)
INDEX_CELL_KM = 25.0
SHOWN_RING = 8.0  # pixels the highlight around the city on show reaches beyond its marker
# Label ranks: the city on show, then listed places, then capitals, then population.
SHOWN_BONUS, LISTED_BONUS, CAPITAL_BONUS = 1e15, 1e13, 1e11
BOUNDS_MARGIN_KM = 150.0  # how far beyond the volume's home box the map's centre may go


def scale_of(level: int) -> float:
    return BASE_SCALE * ZOOM_STEP**level


def clamp_level(level: int) -> int:
    return max(MIN_LEVEL, min(MAX_LEVEL, level))


def fitting_level(width_km: float, height_km: float, width_px: float, height_px: float) -> int:
    """The closest zoom level that shows a width_km x height_km box whole in a widget of that many pixels."""
    if width_px <= 0 or height_px <= 0:
        return MIN_LEVEL
    wanted = min(width_px / width_km, height_px / height_km)
    return clamp_level(math.floor(math.log(wanted / BASE_SCALE, ZOOM_STEP) + 1e-9))


@dataclass(frozen=True)
class Marker:
    point: MapPoint
    x: float  # km on the plane
    y: float
    radius: float  # pixels, whatever the zoom: area proportional to population


class MapLayer:
    """The places of the dataset that lie on the map, projected once, with a spatial index over them.

    markers keeps the order given (largest first from Dataset.map_points); places outside the base layer's
    extent are left out (the map has no ground to draw under them)."""

    def __init__(
        self,
        points: Sequence[MapPoint],
        extent: tuple[float, float, float, float],
        spec: MapSpec,
    ) -> None:
        self.spec = spec
        projection = spec.projection
        west, south, east, north = extent
        inside = [p for p in points if west <= p.longitude <= east and south <= p.latitude <= north]
        largest = max((p.population or 0 for p in inside), default=0)
        self.markers: list[Marker] = []
        for p in inside:
            x, y = projection.forward(p.longitude, p.latitude)
            self.markers.append(Marker(p, x, y, marker_radius(p.population, largest, MAX_RADIUS, MIN_RADIUS)))
        self._radii = [m.radius for m in self.markers]  # at scale 1
        self.max_radius = MAX_RADIUS
        self.index = GridIndex(((m.x, m.y) for m in self.markers), INDEX_CELL_KM)
        self.position = {m.point.id: i for i, m in enumerate(self.markers)}
        self.bounds = projected_bounds(projection, *extent)

    def __len__(self) -> int:
        return len(self.markers)

    def scale_markers(self, scale: float) -> None:
        """Every marker scale times its size (the window's zoom: markers grow with the labels)."""
        self.markers = [replace(m, radius=radius * scale) for m, radius in zip(self.markers, self._radii, strict=True)]
        self.max_radius = MAX_RADIUS * scale

    def visible(self, view: Viewport, margin_px: float | None = None) -> list[int]:
        """The markers the viewport shows (with a margin for their radius), in drawing order (smallest last, so
        small markers are never hidden under large ones)."""
        margin_px = self.max_radius + SHOWN_RING + 2 if margin_px is None else margin_px
        found = self.index.query(view.visible().grown(margin_px / view.scale))
        found.sort()
        return found

    def at(self, view: Viewport, px: float, py: float, slop: float = 3.0) -> int | None:
        """The marker under the pixel (px, py): the smallest of those whose circle holds it."""
        x, y = view.to_map(px, py)
        reach = (self.max_radius + slop) / view.scale
        best: int | None = None
        for i in self.index.query(Rect(x - reach, y - reach, x + reach, y + reach)):
            m = self.markers[i]
            sx, sy = view.to_screen(m.x, m.y)
            if math.hypot(sx - px, sy - py) <= m.radius + slop and (best is None or i > best):
                best = i  # a later marker is smaller and drawn on top
        return best


LabelSize = Callable[[MapPoint, bool], tuple[float, float]]  # (width, height) in px of a label, with Hangul or not


@dataclass(frozen=True)
class PlacedLabel:
    marker: int
    left: float  # pixels at the level's scale, with y down: screen position = these minus the view's origin
    top: float
    width: float
    height: float
    with_local_name: bool


class Labels:
    """Label placement per zoom level, computed the first time a level is drawn and kept until what decides it
    changes (the places listed, the city on show, the label font)."""

    def __init__(self, layer: MapLayer, size: LabelSize) -> None:
        self._layer = layer
        self._size = size
        self._cache: dict[int, list[PlacedLabel]] = {}
        self._listed: frozenset[int] | None = None  # keys; None: all
        self._shown: str | None = None

    def invalidate(self, listed: frozenset[int] | None = None, shown: str | None = None) -> None:
        self._listed, self._shown = listed, shown
        self._cache.clear()

    def at_level(self, level: int) -> list[PlacedLabel]:
        if level not in self._cache:
            self._cache[level] = self._place(level)
        return self._cache[level]

    def _place(self, level: int) -> list[PlacedLabel]:
        """Every place asks for a label: the city on show first, then the listed ones (the capital first, then by
        population), then the ones the filter leaves out (drawn faded), so a faded label never takes a listed
        city's place."""
        scale = scale_of(level)
        local = scale >= LOCAL_NAME_FROM_SCALE
        requests: list[LabelRequest] = []
        for m in self._layer.markers:
            w, h = self._size(m.point, local)
            rank = float(m.point.population or 0) + (CAPITAL_BONUS if m.point.is_capital else 0)
            if self._listed is None or m.point.key in self._listed:
                rank += LISTED_BONUS
            radius = m.radius
            if m.point.id == self._shown:
                rank += SHOWN_BONUS
                radius += SHOWN_RING
            requests.append(LabelRequest(m.x * scale, -m.y * scale, radius, w, h, rank))
        placed = place_labels(requests)
        return [PlacedLabel(n, box.left, box.bottom, box.width, box.height, local) for n, box in placed.items()]
