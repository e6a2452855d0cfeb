"""How far a city is from the capital and from the nearest other place of the dataset, along the great circle."""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple

from cityviewer.core.map.geo import great_circle_km
from cityviewer.core.records import MapPoint

NEARBY_CANDIDATES = 8  # places ranked nearest by a flat approximation, among which the great circle decides


class Distance(NamedTuple):
    to: MapPoint
    km: float


class CityDistances(NamedTuple):
    capital: Distance | None  # None for the capital itself, or a dataset without one
    nearest: Distance | None  # None for a dataset of one place


def city_distances(
    key: int, latitude: float, longitude: float, capitals: Sequence[MapPoint], nearby: Sequence[MapPoint]
) -> CityDistances:
    """The distances of the place key at (latitude, longitude): to the nearest capital among capitals, and to the
    nearest other place among nearby (neither counts the place itself)."""

    def closest(points: Sequence[MapPoint]) -> Distance | None:
        found = [
            Distance(p, great_circle_km(longitude, latitude, p.longitude, p.latitude)) for p in points if p.key != key
        ]
        return min(found, key=lambda d: d.km, default=None)

    return CityDistances(closest(capitals), closest(nearby))
