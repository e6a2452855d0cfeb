"""Comparing cities: every pair's great-circle distance (checked against the WGS 84 ellipsoid's geodesic, an
independent formula, within 1%), the cities kept in the order chosen, and a population axis that fits every bar."""

from __future__ import annotations

import math

import pytest

from cityviewer.core.compare import axis_ticks, compare


def _vincenty_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """The geodesic on the WGS 84 ellipsoid (Vincenty's inverse formula): the reference the sphere is checked by."""
    a, f = 6378137.0, 1 / 298.257223563
    b = (1 - f) * a
    u1, u2 = math.atan((1 - f) * math.tan(math.radians(lat1))), math.atan((1 - f) * math.tan(math.radians(lat2)))
    big_l = math.radians(lon2 - lon1)
    lam = big_l
    for _ in range(200):
        sin_l, cos_l = math.sin(lam), math.cos(lam)
        sin_s = math.hypot(math.cos(u2) * sin_l, math.cos(u1) * math.sin(u2) - math.sin(u1) * math.cos(u2) * cos_l)
        cos_s = math.sin(u1) * math.sin(u2) + math.cos(u1) * math.cos(u2) * cos_l
        sigma = math.atan2(sin_s, cos_s)
        sin_a = math.cos(u1) * math.cos(u2) * sin_l / sin_s
        cos2_a = 1 - sin_a**2
        cos_2sm = cos_s - 2 * math.sin(u1) * math.sin(u2) / cos2_a if cos2_a else 0.0  # along the equator
        c = f / 16 * cos2_a * (4 + f * (4 - 3 * cos2_a))
        previous = lam
        lam = big_l + (1 - c) * f * sin_a * (sigma + c * sin_s * (cos_2sm + c * cos_s * (-1 + 2 * cos_2sm**2)))
        if abs(lam - previous) < 1e-12:
            break
    u_sq = cos2_a * (a**2 - b**2) / b**2
    big_a = 1 + u_sq / 16384 * (4096 + u_sq * (-768 + u_sq * (320 - 175 * u_sq)))
    big_b = u_sq / 1024 * (256 + u_sq * (-128 + u_sq * (74 - 47 * u_sq)))
    d_sigma = big_b * sin_s * (cos_2sm + big_b / 4 * (cos_s * (-1 + 2 * cos_2sm**2)
                               - big_b / 6 * cos_2sm * (-3 + 4 * sin_s**2) * (-3 + 4 * cos_2sm**2)))  # fmt: skip
    return b * big_a * (sigma - d_sigma) / 1000


def test_the_reference_itself_is_right():
    assert _vincenty_km(0, 0, 1, 0) == pytest.approx(110.574, abs=0.01)  # one degree of latitude at the equator
    assert _vincenty_km(0, 0, 0, 1) == pytest.approx(111.320, abs=0.01)  # one degree of longitude there


def test_every_pair_of_four_cities_is_within_one_percent_of_the_geodesic(dataset):
    cities = [dataset.entry(i) for i in ("pyongyang", "kaesong", "rason", "sinuiju")]
    comparison = compare(cities)
    assert [c.id for c in comparison.cities] == ["pyongyang", "kaesong", "rason", "sinuiju"]
    assert len(comparison.distances) == 6
    for distance in comparison.distances:
        a, b = dataset.entry(distance.first), dataset.entry(distance.second)
        assert distance.km == pytest.approx(_vincenty_km(a.latitude, a.longitude, b.latitude, b.longitude), rel=0.01)
    assert comparison.km("kaesong", "pyongyang") == comparison.km("pyongyang", "kaesong")
    assert 130 < comparison.km("pyongyang", "kaesong") < 150  # about 140 km, as atlases give it
    assert 540 < comparison.km("rason", "sinuiju") < 560  # corner to corner of the country, about 550 km
    assert comparison.largest_population() == 3_255_288


def test_two_to_four_different_cities(dataset):
    one, two = dataset.entry("wonsan"), dataset.entry("hamhung")
    with pytest.raises(ValueError):
        compare([one])
    with pytest.raises(ValueError):
        compare([one, one])
    with pytest.raises(ValueError):
        compare([one, two, *(dataset.entry(i) for i in ("hyesan", "rason", "kaesong"))])
    assert len(compare([one, two]).distances) == 1


@pytest.mark.parametrize(
    ("largest", "ticks"),
    [
        (3_255_288, [0, 1_000_000, 2_000_000, 3_000_000, 4_000_000]),
        (768_551, [0, 200_000, 400_000, 600_000, 800_000]),
        (196_954, [0, 50_000, 100_000, 150_000, 200_000]),
        (100, [0, 20, 40, 60, 80, 100]),
        (0, [0, 1]),
    ],
)
def test_the_axis_has_round_ticks_and_every_bar_fits(largest, ticks):
    assert axis_ticks(largest) == ticks
    assert axis_ticks(largest)[-1] >= largest
