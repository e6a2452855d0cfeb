"""The map's geometry: the projection, distances, marker areas, the spatial index, graticule and scale bar."""

import itertools
import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cityviewer.core.map.geo import (
    GridIndex,
    LambertConformalConic,
    Rect,
    bearing_degrees,
    graticule,
    great_circle_km,
    marker_radius,
    nice_step,
    projected_bounds,
    scale_bar,
)

# The shipped volume's projection (data/volume.toml): these tests measure it on real places.
KOREA = LambertConformalConic(parallel_1=38.0, parallel_2=42.0, origin_latitude=40.0, central_meridian=127.0)

# Where the dataset's cities are (data/cities/*.toml), to measure distances on the plane between real places.
CITIES = {
    "pyongyang": (125.75432, 39.03385),
    "sinuiju": (124.39806, 40.10056),
    "rason": (130.28308, 42.25559),
    "kaesong": (126.55444, 37.97083),
    "hyesan": (128.17778, 41.40167),
    "chongjin": (129.77583, 41.79556),
}

longitudes = st.floats(min_value=119, max_value=135)
latitudes = st.floats(min_value=33, max_value=44.5)


def test_snyders_worked_example_lands_where_the_book_says():
    # Snyder, Map Projections: A Working Manual (1987), p. 295: spherical LCC, R = 1.
    projection = LambertConformalConic(33, 45, 23, -96, radius=1.0)
    x, y = projection.forward(-75, 35)
    assert x == pytest.approx(0.2966785, abs=1e-7)
    assert y == pytest.approx(0.2462112, abs=1e-7)


def test_the_origin_is_the_planes_centre_and_north_is_up_on_the_central_meridian():
    assert KOREA.forward(127, 40) == pytest.approx((0, 0), abs=1e-9)
    x, y = KOREA.forward(127, 42)
    assert x == pytest.approx(0, abs=1e-9) and y > 0
    west, _ = KOREA.forward(125.75432, 39.03385)  # Pyongyang lies west of 127 E
    assert west < 0


def test_known_places_keep_their_compass_bearings():
    px, py = KOREA.forward(*CITIES["pyongyang"])
    sx, sy = KOREA.forward(*CITIES["sinuiju"])
    rx, ry = KOREA.forward(*CITIES["rason"])
    kx, ky = KOREA.forward(*CITIES["kaesong"])
    assert sx < px < kx < rx  # Sinuiju west of Pyongyang, Kaesong east of it, Rason far east
    assert ky < py < sy < ry  # Kaesong south, Sinuiju north, Rason further north


@given(longitudes, latitudes)
def test_inverse_undoes_forward(lon, lat):
    back_lon, back_lat = KOREA.inverse(*KOREA.forward(lon, lat))
    assert back_lon == pytest.approx(lon, abs=1e-9)
    assert back_lat == pytest.approx(lat, abs=1e-9)


def test_distances_on_the_plane_are_within_one_percent_of_the_great_circle():
    for a, b in itertools.combinations(CITIES.values(), 2):
        on_plane = math.dist(KOREA.forward(*a), KOREA.forward(*b))
        assert on_plane == pytest.approx(great_circle_km(*a, *b), rel=0.01)


@given(longitudes, st.floats(min_value=37.5, max_value=43.1), st.floats(min_value=-1, max_value=1))
def test_the_scale_is_true_within_half_a_percent_over_north_korea(lon, lat, dlon):
    """Conformal: a short step in any direction keeps its length within the projection's scale error."""
    step = 0.01
    for d_lon, d_lat in ((step, 0), (0, step), (step * dlon, step)):
        a, b = (lon, lat), (lon + d_lon, lat + d_lat)
        assert math.dist(KOREA.forward(*a), KOREA.forward(*b)) == pytest.approx(great_circle_km(*a, *b), rel=0.005)


def test_north_tilts_away_from_up_east_and_west_of_the_central_meridian():
    assert KOREA.north_angle(127) == 0
    assert KOREA.north_angle(130) < 0 < KOREA.north_angle(124)
    # The angle is the meridian's own: a step north at 130 E goes up and to the left on the plane.
    x0, y0 = KOREA.forward(130, 40)
    x1, y1 = KOREA.forward(130, 40.1)
    assert math.degrees(math.atan2(x1 - x0, y1 - y0)) == pytest.approx(KOREA.north_angle(130), abs=1e-6)


def test_great_circle_distances_that_everyone_knows():
    quarter = great_circle_km(0, 0, 0, 90)
    assert quarter == pytest.approx(math.pi / 2 * 6371.0088)
    assert great_circle_km(0, 0, 90, 0) == pytest.approx(quarter)
    assert great_circle_km(*CITIES["pyongyang"], *CITIES["pyongyang"]) == 0
    # Pyongyang to Seoul (126.978, 37.5665): about 195 km.
    assert great_circle_km(*CITIES["pyongyang"], 126.978, 37.5665) == pytest.approx(195, abs=3)
    a, b = CITIES["rason"], CITIES["kaesong"]
    assert great_circle_km(*a, *b) == pytest.approx(great_circle_km(*b, *a))


def test_marker_area_is_proportional_to_population():
    big = marker_radius(3_000_000, 3_000_000, 15, 1)
    small = marker_radius(750_000, 3_000_000, 15, 1)
    assert big == 15
    assert (small / big) ** 2 == pytest.approx(0.25)
    assert marker_radius(10, 3_000_000, 15, 3) == 3  # too small to see: the minimum
    assert marker_radius(None, 3_000_000, 15, 3) == 3


points = st.lists(st.tuples(st.floats(-500, 500), st.floats(-500, 500)), max_size=200)


@given(points, st.floats(-600, 600), st.floats(-600, 600), st.floats(0, 800), st.floats(0, 800))
def test_the_grid_index_finds_exactly_the_points_in_a_rectangle(pts, x, y, w, h):
    rect = Rect(x, y, x + w, y + h)
    index = GridIndex(pts, 37.0)
    assert sorted(index.query(rect)) == [i for i, p in enumerate(pts) if rect.contains(*p)]


def test_the_grid_index_answers_a_rectangle_larger_than_its_grid():
    index = GridIndex([(0, 0), (1e6, 1e6)], 1.0)
    assert sorted(index.query(Rect(-1e7, -1e7, 1e7, 1e7))) == [0, 1]


def test_scale_bars_have_round_lengths_that_fit():
    assert [nice_step(v) for v in (1, 3, 7, 12, 230, 999)] == [1, 2, 5, 10, 200, 500]
    km, pixels = scale_bar(km_per_pixel=1.37, max_pixels=160)
    assert km == 200 and pixels == pytest.approx(200 / 1.37) and pixels <= 160


def test_the_graticule_has_a_line_per_degree_and_parallels_are_arcs():
    lines = graticule(KOREA, 124, 37, 131, 43, 1.0)
    assert len(lines) == 7 + 8  # parallels 37..43, meridians 124..131
    parallel = lines[0]
    ys = [y for _x, y in parallel]
    assert max(ys) - min(ys) > 1  # curved on a conic projection
    bounds = projected_bounds(KOREA, 124, 37, 131, 43)
    assert all(bounds.grown(1e-6).contains(x, y) for line in lines for x, y in line)


@pytest.mark.parametrize(
    ("to", "bearing"),
    [((126.0, 40.5), 0.0), ((127.0, 40.0), 90.0), ((126.0, 39.5), 180.0), ((125.0, 40.0), 270.0)],
)
def test_the_bearing_is_clockwise_from_north(to, bearing):
    assert bearing_degrees(126.0, 40.0, *to) == pytest.approx(bearing, abs=0.5)


def test_the_bearing_back_is_the_opposite_within_the_convergence_of_the_meridians():
    pyongyang, pyongsong = (125.75432, 39.03385), (125.86556, 39.2464)
    there, back = bearing_degrees(*pyongyang, *pyongsong), bearing_degrees(*pyongsong, *pyongyang)
    assert 15 < there < 30
    assert back == pytest.approx((there + 180) % 360, abs=0.2)
