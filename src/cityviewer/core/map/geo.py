"""Map geometry with no Qt in it: the peninsula's projection, great-circle distances, marker sizes, a spatial index
for culling, the graticule and the scale bar, and the viewport's arithmetic (map km <-> screen pixels), which the
locator map uses without the map pane's model.

Map coordinates are kilometres on the projection plane: x grows to the east, y to the north (the GUI flips y).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Iterator
from typing import NamedTuple

EARTH_RADIUS_KM = 6371.0088  # the mean radius (IUGG)


class LambertConformalConic:
    """Lambert's conformal conic projection on a sphere: angles are kept, and scale is true along the two standard
    parallels and within a fraction of a percent between them. The meridians converge towards the pole, so north
    tilts away from straight up east and west of the central meridian. Angles in degrees, lengths in km."""

    def __init__(
        self,
        parallel_1: float,
        parallel_2: float,
        origin_latitude: float,
        central_meridian: float,
        radius: float = EARTH_RADIUS_KM,
    ) -> None:
        self.central_meridian = central_meridian
        self._parameters = (parallel_1, parallel_2, origin_latitude, central_meridian, radius)
        p1, p2 = math.radians(parallel_1), math.radians(parallel_2)
        n = math.sin(p1) if math.isclose(p1, p2) else math.log(math.cos(p1) / math.cos(p2)) / math.log(_t(p2) / _t(p1))
        self._n = n
        self._rf = radius * math.cos(p1) * _t(p1) ** n / n
        self._rho0 = self._rf / _t(math.radians(origin_latitude)) ** n

    def describe(self) -> str:
        """The projection's parameters as text (to check that prebuilt data was projected the same way)."""
        p1, p2, origin, meridian, radius = self._parameters
        return f"lcc lat_1={p1} lat_2={p2} lat_0={origin} lon_0={meridian} R={radius}"

    @property
    def cone(self) -> float:
        """The cone constant n: a meridian at longitude L is turned by n * (L - central meridian) degrees."""
        return self._n

    def forward(self, longitude: float, latitude: float) -> tuple[float, float]:
        """(x, y) in km of a point given in degrees."""
        n, rf, rho0 = self._n, self._rf, self._rho0
        rho = rf / _t(math.radians(latitude)) ** n
        theta = n * math.radians(longitude - self.central_meridian)
        return rho * math.sin(theta), rho0 - rho * math.cos(theta)

    def inverse(self, x: float, y: float) -> tuple[float, float]:
        """(longitude, latitude) in degrees of a point of the plane."""
        n, rf, rho0 = self._n, self._rf, self._rho0
        dy = rho0 - y
        rho = math.copysign(math.hypot(x, dy), n)
        theta = math.atan2(x, dy) if n > 0 else math.atan2(-x, -dy)
        latitude = 2 * math.atan((rf / rho) ** (1 / n)) - math.pi / 2
        return self.central_meridian + math.degrees(theta / n), math.degrees(latitude)

    def north_angle(self, longitude: float) -> float:
        """Degrees clockwise from the plane's up to true north at longitude (negative west of the meridian)."""
        return -self.cone * (longitude - self.central_meridian)


def _t(latitude: float) -> float:
    return math.tan(math.pi / 4 + latitude / 2)


def great_circle_km(lon1: float, lat1: float, lon2: float, lat2: float, radius: float = EARTH_RADIUS_KM) -> float:
    """The great-circle distance between two points given in degrees (haversine formula)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    h = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * radius * math.asin(min(1.0, math.sqrt(h)))


def bearing_degrees(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """The initial great-circle bearing from the first point to the second, in degrees clockwise from north
    (0-360): the direction in which the second lies as seen from the first."""
    p1, p2, dl = math.radians(lat1), math.radians(lat2), math.radians(lon2 - lon1)
    x = math.sin(dl) * math.cos(p2)
    y = math.cos(p1) * math.sin(p2) - math.sin(p1) * math.cos(p2) * math.cos(dl)
    return math.degrees(math.atan2(x, y)) % 360.0


class Rect(NamedTuple):
    """An axis-aligned rectangle of the plane (any units), left <= right and bottom <= top."""

    left: float
    bottom: float
    right: float
    top: float

    @property
    def width(self) -> float:
        return self.right - self.left

    @property
    def height(self) -> float:
        return self.top - self.bottom

    def contains(self, x: float, y: float) -> bool:
        return self.left <= x <= self.right and self.bottom <= y <= self.top

    def intersects(self, other: Rect) -> bool:
        return (self.left < other.right and other.left < self.right
                and self.bottom < other.top and other.bottom < self.top)  # fmt: skip

    def grown(self, margin: float) -> Rect:
        return Rect(self.left - margin, self.bottom - margin, self.right + margin, self.top + margin)


class Viewport(NamedTuple):
    """The map as a widget shows it: the map point (km) at the widget's centre, the scale, the widget's size."""

    center_x: float
    center_y: float
    scale: float  # pixels per km
    width: float
    height: float

    def to_screen(self, x: float, y: float) -> tuple[float, float]:
        return (x - self.center_x) * self.scale + self.width / 2, (self.center_y - y) * self.scale + self.height / 2

    def to_map(self, px: float, py: float) -> tuple[float, float]:
        return (px - self.width / 2) / self.scale + self.center_x, self.center_y - (py - self.height / 2) / self.scale

    def visible(self) -> Rect:
        """The map's rectangle (km) the widget shows."""
        half_w, half_h = self.width / 2 / self.scale, self.height / 2 / self.scale
        return Rect(self.center_x - half_w, self.center_y - half_h, self.center_x + half_w, self.center_y + half_h)


def fitted(rect: Rect, width: float, height: float) -> Viewport:
    """The view that shows rect (map km) whole in width x height pixels, centred, its shape kept: how the locator,
    the quiz map and the map's Home fit the volume's home box."""
    width, height = max(1.0, width), max(1.0, height)
    scale = min(width / rect.width, height / rect.height)
    return Viewport((rect.left + rect.right) / 2, (rect.bottom + rect.top) / 2, scale, width, height)


def projected_bounds(projection: LambertConformalConic, west: float, south: float, east: float, north: float) -> Rect:
    """The plane's rectangle that holds the longitude/latitude box. Its parallels are arcs that reach furthest
    south on the central meridian, so that meridian is taken with the box's corners and sampled edges."""
    lons = [west + (east - west) * i / 32 for i in range(33)]
    if west < projection.central_meridian < east:
        lons.append(projection.central_meridian)
    points = [projection.forward(lon, lat) for lon in lons for lat in (south, north)]
    points += [projection.forward(lon, south + (north - south) * i / 32) for i in range(33) for lon in (west, east)]
    xs, ys = [p[0] for p in points], [p[1] for p in points]
    return Rect(min(xs), min(ys), max(xs), max(ys))


def marker_radius(population: int | None, largest: int, max_radius: float, min_radius: float) -> float:
    """A marker's radius so that its area is proportional to population (the largest gets max_radius); markers
    too small to see or to click are drawn at min_radius, and a place with no figure gets min_radius."""
    if not population or largest <= 0:
        return min_radius
    return max(min_radius, max_radius * math.sqrt(population / largest))


class GridIndex:
    """A uniform grid over points, for culling: which of them lie in a rectangle, in time proportional to the
    cells it covers and the points found, not to all points."""

    def __init__(self, points: Iterable[tuple[float, float]], cell: float) -> None:
        if cell <= 0:
            raise ValueError("cell must be positive")
        self._cell = cell
        self._cells: dict[tuple[int, int], list[int]] = {}
        self._points: list[tuple[float, float]] = []
        for i, (x, y) in enumerate(points):
            self._points.append((x, y))
            self._cells.setdefault((math.floor(x / cell), math.floor(y / cell)), []).append(i)

    def __len__(self) -> int:
        return len(self._points)

    def query(self, rect: Rect) -> list[int]:
        """The indexes of the points inside rect (edges included), in no particular order."""
        c = self._cell
        x0, x1 = math.floor(rect.left / c), math.floor(rect.right / c)
        y0, y1 = math.floor(rect.bottom / c), math.floor(rect.top / c)
        found: list[int] = []
        points, cells = self._points, self._cells
        if (x1 - x0 + 1) * (y1 - y0 + 1) > len(cells):  # a huge rectangle: walk the cells there are instead
            candidates: Iterator[list[int]] = (
                members for (cx, cy), members in cells.items() if x0 <= cx <= x1 and y0 <= cy <= y1
            )
        else:
            candidates = (cells[(cx, cy)] for cx in range(x0, x1 + 1) for cy in range(y0, y1 + 1) if (cx, cy) in cells)
        for members in candidates:
            for i in members:
                x, y = points[i]
                if rect.left <= x <= rect.right and rect.bottom <= y <= rect.top:
                    found.append(i)
        return found


def nice_step(rough: float) -> float:
    """The 1, 2 or 5 times a power of ten nearest below rough (rough > 0)."""
    power = 10.0 ** math.floor(math.log10(rough))
    for factor in (5, 2, 1):
        if factor * power <= rough:
            return factor * power
    return power


def scale_bar(km_per_pixel: float, max_pixels: float) -> tuple[float, float]:
    """(kilometres, pixels) of a scale bar with a round length no longer than max_pixels."""
    km = nice_step(km_per_pixel * max_pixels)
    return km, km / km_per_pixel


def graticule(
    projection: LambertConformalConic, west: float, south: float, east: float, north: float, step: float
) -> list[list[tuple[float, float]]]:
    """The parallels and meridians every step degrees inside the box, each a polyline of plane points (the
    parallels are arcs, so they are sampled every quarter degree)."""
    lines: list[list[tuple[float, float]]] = []
    first_lat, first_lon = math.ceil(south / step) * step, math.ceil(west / step) * step
    samples = max(2, int((east - west) * 4) + 1)
    lat = first_lat
    while lat <= north + 1e-9:
        lines.append([projection.forward(west + (east - west) * i / (samples - 1), lat) for i in range(samples)])
        lat += step
    lon = first_lon
    while lon <= east + 1e-9:
        lines.append([projection.forward(lon, south), projection.forward(lon, north)])
        lon += step
    return lines
