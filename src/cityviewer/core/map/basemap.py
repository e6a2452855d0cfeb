"""The map's base layer as the app reads it: country outlines already projected onto the volume's map plane (km),
built from the volume's outlines by cityviewer.databuild.basemap and kept in the dataset. No Qt here; the map pane
turns them into paths."""

from __future__ import annotations

import json
from typing import NamedTuple

from cityviewer.core.map.geo import LambertConformalConic

FULL = "full"  # the dataset's maps: the whole outlines
LOCATOR = "locator"  # the same, simplified for the article's locator map
FORMAT_VERSION = 1


class BasemapError(Exception):
    pass


class Country(NamedTuple):
    name: str
    rings: tuple[tuple[float, ...], ...]  # each x0, y0, x1, y1, ... (km): closed rings to fill
    lines: tuple[tuple[float, ...], ...]  # coasts and borders to stroke (not the source's clipping edges)


class Basemap(NamedTuple):
    countries: tuple[Country, ...]
    extent: tuple[float, float, float, float]  # west, south, east, north (degrees) the outlines cover

    def country(self, name: str) -> Country | None:
        return next((c for c in self.countries if c.name == name), None)


def projection_name(projection: LambertConformalConic) -> str:
    return projection.describe()


def parse_basemap(text: str, projection: LambertConformalConic, name: str = FULL) -> Basemap:
    """Read a built base layer (Dataset.basemap); BasemapError if it is damaged or made for another projection."""
    try:
        raw = json.loads(text)
        if raw.get("format") != FORMAT_VERSION or raw.get("projection") != projection_name(projection):
            raise BasemapError(f"the map outlines '{name}' were built for another version or projection: rebuild them")
        countries = tuple(
            Country(
                c["name"],
                tuple(tuple(float(v) for v in ring) for ring in c["rings"]),
                tuple(tuple(float(v) for v in line) for line in c["lines"]),
            )
            for c in raw["countries"]
        )
        west, south, east, north = (float(v) for v in raw["extent"])
    except (ValueError, KeyError, TypeError, AttributeError) as exc:
        raise BasemapError(f"cannot read the map outlines '{name}': {exc}") from exc
    return Basemap(countries, (west, south, east, north))
