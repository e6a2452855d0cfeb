"""The map's base layer as the app reads it: country outlines already projected onto the peninsula's plane (km),
built from Natural Earth by cityviewer.databuild.basemap. No Qt here; the map pane turns them into paths."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from cityviewer.core.geo import KOREA, LambertConformalConic

BASEMAP = "resources/map/korea-10m.json"  # a bundled file (cityviewer.resources.path)
LOCATOR = "resources/map/locator.json"  # the same, simplified for the article's locator map
FORMAT_VERSION = 1
HOME = "North Korea"  # the country the map highlights


class BasemapError(Exception):
    pass


@dataclass(frozen=True)
class Country:
    name: str
    rings: tuple[tuple[float, ...], ...]  # each x0, y0, x1, y1, ... (km): closed rings to fill
    lines: tuple[tuple[float, ...], ...]  # coasts and borders to stroke (not the source's clipping edges)


@dataclass(frozen=True)
class Basemap:
    countries: tuple[Country, ...]
    extent: tuple[float, float, float, float]  # west, south, east, north (degrees) the outlines cover

    def country(self, name: str) -> Country | None:
        return next((c for c in self.countries if c.name == name), None)


def projection_name(projection: LambertConformalConic) -> str:
    return projection.describe()


def load_basemap(path: Path, projection: LambertConformalConic = KOREA) -> Basemap:
    """Read the built base layer; BasemapError if it is missing, damaged or made for another projection."""
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
        if raw.get("format") != FORMAT_VERSION or raw.get("projection") != projection_name(projection):
            raise BasemapError(f"{path} was built for another version or projection: rebuild it")
        countries = tuple(
            Country(
                c["name"],
                tuple(tuple(float(v) for v in ring) for ring in c["rings"]),
                tuple(tuple(float(v) for v in line) for line in c["lines"]),
            )
            for c in raw["countries"]
        )
        west, south, east, north = (float(v) for v in raw["extent"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise BasemapError(f"cannot read the map outlines {path}: {exc}") from exc
    return Basemap(countries, (west, south, east, north))
