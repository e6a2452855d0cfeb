"""Build the map's base layer: Natural Earth's country outlines (data/map/*.geojson) projected once, at build time,
onto the peninsula's plane (core.geo.KOREA) and written as resources/map/korea-10m.json, which the app draws as is.

Each country keeps its rings (to fill) and, apart, its coast and border lines: the rings with the edges that the
source's clipping box made left out, so that the box's straight cuts are never stroked as if they were coasts.

    python -m cityviewer.databuild.basemap [SOURCE.geojson] [OUTPUT.json]
"""

from __future__ import annotations

import itertools
import json
import sys
from pathlib import Path
from typing import Any

from cityviewer import resources
from cityviewer.core.basemap import BASEMAP, FORMAT_VERSION, projection_name
from cityviewer.core.geo import KOREA

SOURCE = resources.source_data_dir() / "map" / "natural-earth-korea-10m.geojson"
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


def _flat(points: list[list[float]]) -> list[float]:
    out: list[float] = []
    for lon, lat in points:
        x, y = KOREA.forward(lon, lat)
        out += [round(x, PRECISION), round(y, PRECISION)]
    return out


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


def convert(source: dict[str, Any]) -> dict[str, Any]:
    box = _clip_box(source)
    countries = []
    for feature in source["features"]:
        rings = [ring for polygon in feature["geometry"]["coordinates"] for ring in polygon]
        countries.append({
            "name": feature["properties"]["name"],
            "iso_n3": feature["properties"]["iso_n3"],
            "rings": [_flat(ring) for ring in rings],
            "lines": [_flat(run) for ring in rings for run in _lines(ring, box)],
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


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    source = Path(args[0]) if args else SOURCE
    output = Path(args[1]) if len(args) > 1 else resources.path(BASEMAP)
    converted = convert(json.loads(source.read_text(encoding="utf-8")))
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(json.dumps(converted, separators=(",", ":"), ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"built {output}: {len(converted['countries'])} countries")
    return 0


if __name__ == "__main__":
    sys.exit(main())
