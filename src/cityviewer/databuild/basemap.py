"""Build the map's base layer: Natural Earth's country outlines (data/map/*.geojson) projected once, at build time,
onto the peninsula's plane (core.geo.KOREA) and written as resources/map/korea-10m.json, which the app draws as is,
and, simplified, as resources/map/locator.json, the thumbnail outlines of the article's locator map.

Each country keeps its rings (to fill) and, apart, its coast and border lines: the rings with the edges that the
source's clipping box made left out, so that the box's straight cuts are never stroked as if they were coasts.

    python -m cityviewer.databuild.basemap [SOURCE.geojson] [OUTPUT-FOLDER]
"""

from __future__ import annotations

import itertools
import json
import math
import sys
from pathlib import Path
from typing import Any

from cityviewer import resources
from cityviewer.core.basemap import BASEMAP, FORMAT_VERSION, LOCATOR, projection_name
from cityviewer.core.geo import KOREA

SOURCE = resources.source_data_dir() / "map" / "natural-earth-korea-10m.geojson"
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


def _flat(points: list[list[float]], tolerance: float = 0.0) -> list[float]:
    projected = _simplified([KOREA.forward(lon, lat) for lon, lat in points], tolerance)
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


def convert(source: dict[str, Any], tolerance: float = 0.0) -> dict[str, Any]:
    """The base layer from the GeoJSON source; tolerance (km) simplifies the outlines (0: every vertex kept)."""
    box = _clip_box(source)
    countries = []
    for feature in source["features"]:
        rings = [ring for polygon in feature["geometry"]["coordinates"] for ring in polygon]
        flat_rings = [_flat(ring, tolerance) for ring in rings]
        countries.append({
            "name": feature["properties"]["name"],
            "iso_n3": feature["properties"]["iso_n3"],
            "rings": [ring for ring in flat_rings if len(ring) >= 6],  # islands below the tolerance go
            "lines": [line for ring in rings for run in _lines(ring, box) if len(line := _flat(run, tolerance)) >= 4],
        })  # fmt: skip
    return {
        "format": FORMAT_VERSION,
        "projection": projection_name(KOREA),
        "units": "km",
        "extent": list(box),
        "source": source.get("properties", {}).get("source", ""),
        "licence": "Natural Earth (naturalearthdata.com): public domain",
        "countries": countries,
    }


def _write(converted: dict[str, Any], output: Path) -> None:
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(converted, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    vertices = sum(len(r) // 2 for c in converted["countries"] for r in c["rings"])
    print(f"built {output}: {len(converted['countries'])} countries, {vertices:,} vertices")


def main(argv: list[str] | None = None) -> int:
    """Build the map's outlines and the article's locator outlines (simplified to LOCATOR_TOLERANCE km)."""
    args = sys.argv[1:] if argv is None else argv
    source = json.loads((Path(args[0]) if args else SOURCE).read_text(encoding="utf-8"))
    folder = Path(args[1]) if len(args) > 1 else resources.path(BASEMAP).parent
    _write(convert(source), folder / Path(BASEMAP).name)
    _write(convert(source, LOCATOR_TOLERANCE), folder / Path(LOCATOR).name)
    return 0


if __name__ == "__main__":
    sys.exit(main())
