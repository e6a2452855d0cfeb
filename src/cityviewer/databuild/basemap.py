"""Build the map's base layer: a volume's country outlines (map/outlines.geojson) projected once, at build time,
onto the plane of the volume's projection (volume.toml's map.projection) and kept in the dataset (the maps table,
core.map.basemap.FULL), which the app draws as is, and, simplified, as the thumbnail outlines of the article's locator
map (core.map.basemap.LOCATOR).

Each country keeps its rings (to fill) and, apart, its coast and border lines: the rings with the edges that the
source's clipping box made left out, so that the box's straight cuts are never stroked as if they were coasts.
"""

from __future__ import annotations

import itertools
import json
import math
from typing import Any

from cityviewer.core.map.basemap import FORMAT_VERSION, FULL, LOCATOR, projection_name
from cityviewer.core.map.geo import LambertConformalConic

LOCATOR_TOLERANCE = 3.0  # km: the article's locator map is a thumbnail
PRECISION = 2  # decimals of a km kept: 10 m, far below a pixel at any zoom the map allows
_ON_EDGE = 1e-6


def _clip_box(source: dict[str, Any]) -> tuple[float, float, float, float]:
    """The box the source was clipped to (west, south, east, north): the extremes of its coordinates."""
    lons, lats = [], []
    for feature in source["features"]:
        for polygon in feature["geometry"]["coordinates"]:
            for ring in polygon:
                lons += [p[0] for p in ring]
                lats += [p[1] for p in ring]
    return min(lons), min(lats), max(lons), max(lats)


def _on_box_edge(a: list[float], b: list[float], box: tuple[float, float, float, float]) -> bool:
    west, south, east, north = box
    return any(
        abs(a[axis] - edge) < _ON_EDGE and abs(b[axis] - edge) < _ON_EDGE
        for axis, edge in ((0, west), (0, east), (1, south), (1, north))
    )


def _simplified(points: list[tuple[float, float]], tolerance: float) -> list[tuple[float, float]]:
    """Douglas-Peucker: the fewest points within tolerance (km) of the line (its two ends always kept)."""
    if tolerance <= 0 or len(points) < 3:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        (x0, y0), (x1, y1) = points[first], points[last]
        length = math.hypot(x1 - x0, y1 - y0)
        worst, at = 0.0, -1
        for i in range(first + 1, last):
            x, y = points[i]
            d = abs((x1 - x0) * (y0 - y) - (x0 - x) * (y1 - y0)) / length if length else math.hypot(x - x0, y - y0)
            if d > worst:
                worst, at = d, i
        if worst > tolerance:
            keep[at] = True
            stack += [(first, at), (at, last)]
    return [p for p, kept in zip(points, keep, strict=True) if kept]


def _flat(points: list[list[float]], projection: LambertConformalConic, tolerance: float = 0.0) -> list[float]:
    projected = _simplified([projection.forward(lon, lat) for lon, lat in points], tolerance)
    return [round(v, PRECISION) for xy in projected for v in xy]


def _lines(ring: list[list[float]], box: tuple[float, float, float, float]) -> list[list[list[float]]]:
    """The ring's runs of real coast or border: split wherever an edge lies along the clipping box."""
    runs: list[list[list[float]]] = []
    current: list[list[float]] = [ring[0]]
    for a, b in itertools.pairwise(ring):
        if _on_box_edge(a, b, box):
            if len(current) > 1:
                runs.append(current)
            current = [b]
        else:
            current.append(b)
    if len(current) > 1:
        runs.append(current)
    return runs


def convert(source: dict[str, Any], projection: LambertConformalConic, tolerance: float = 0.0) -> dict[str, Any]:
    """The base layer from the GeoJSON source; tolerance (km) simplifies the outlines (0: every vertex kept)."""
    box = _clip_box(source)
    countries = []
    for feature in source["features"]:
        rings = [ring for polygon in feature["geometry"]["coordinates"] for ring in polygon]
        flat_rings = [_flat(ring, projection, tolerance) for ring in rings]
        countries.append({
            "name": feature["properties"]["name"],
            "iso_n3": feature["properties"].get("iso_n3", ""),
            "rings": [ring for ring in flat_rings if len(ring) >= 6],  # islands below the tolerance go
            "lines": [line for ring in rings for run in _lines(ring, box)
                      if len(line := _flat(run, projection, tolerance)) >= 4],
        })  # fmt: skip
    return {
        "format": FORMAT_VERSION,
        "projection": projection_name(projection),
        "units": "km",
        "extent": list(box),
        "source": source.get("properties", {}).get("source", ""),
        "licence": source.get("properties", {}).get("licence", ""),
        "countries": countries,
    }


def as_text(converted: dict[str, Any]) -> str:
    return json.dumps(converted, separators=(",", ":"), ensure_ascii=False)


def basemaps(source: dict[str, Any], projection: LambertConformalConic) -> dict[str, str]:
    """The dataset's maps: the whole outlines and the locator's (simplified to LOCATOR_TOLERANCE km), as text."""
    simplified = convert(source, projection, LOCATOR_TOLERANCE)
    return {FULL: as_text(convert(source, projection)), LOCATOR: as_text(simplified)}
