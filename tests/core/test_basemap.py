"""The map's base layer: the bundled file is what the build makes from Natural Earth, in the map's projection."""

import itertools
import json

import pytest

from cityviewer import resources
from cityviewer.core.basemap import BASEMAP, HOME, LOCATOR, BasemapError, load_basemap
from cityviewer.core.geo import KOREA
from cityviewer.databuild.basemap import LOCATOR_TOLERANCE, SOURCE, convert


@pytest.fixture(scope="module")
def basemap():
    return load_basemap(resources.path(BASEMAP))


@pytest.mark.parametrize(("name", "tolerance"), [(BASEMAP, 0.0), (LOCATOR, LOCATOR_TOLERANCE)])
def test_the_bundled_outlines_are_what_the_build_makes_from_the_source(name, tolerance):
    built = convert(json.loads(SOURCE.read_text(encoding="utf-8")), tolerance)
    shipped = json.loads(resources.path(name).read_text(encoding="utf-8"))
    assert shipped == built, "run: python -m cityviewer.databuild.basemap"


def test_the_locator_outlines_are_simplified_within_their_tolerance(basemap):
    locator = load_basemap(resources.path(LOCATOR))
    full, thin = basemap.country(HOME), locator.country(HOME)
    assert sum(map(len, thin.rings)) * 4 < sum(map(len, full.rings))
    # Every vertex kept is a vertex of the full outline: simplification drops points, never moves them.
    full_points = {(r[i], r[i + 1]) for r in full.rings for i in range(0, len(r), 2)}
    assert all((r[i], r[i + 1]) in full_points for r in thin.rings for i in range(0, len(r), 2))


def test_it_holds_the_five_countries_with_north_korea_in_full(basemap):
    assert {c.name for c in basemap.countries} == {"North Korea", "South Korea", "China", "Russia", "Japan"}
    home = basemap.country(HOME)
    vertices = sum(len(ring) for ring in home.rings) // 2
    assert 1700 <= vertices <= 1900  # about 1,800 (shared/data/README.md)
    # Pyongyang's and Rason's places on the plane lie within North Korea's outline's box.
    xs = [v for ring in home.rings for v in ring[0::2]]
    ys = [v for ring in home.rings for v in ring[1::2]]
    for lon, lat in ((125.75432, 39.03385), (130.28308, 42.25559)):
        x, y = KOREA.forward(lon, lat)
        assert min(xs) < x < max(xs) and min(ys) < y < max(ys)


def _edge_segments(flat, extent):
    """The segments of a polyline (x0, y0, x1, y1, ...) that run along the box (west, south, east, north)."""
    west, south, east, north = extent
    points = [KOREA.inverse(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]
    found = 0
    for (lon1, lat1), (lon2, lat2) in itertools.pairwise(points):
        for first, second, edge in ((lon1, lon2, west), (lon1, lon2, east), (lat1, lat2, south), (lat1, lat2, north)):
            if abs(first - edge) < 2e-4 and abs(second - edge) < 2e-4:  # 10 m of rounding
                found += 1
    return found


def test_the_sources_clipping_box_is_never_stroked_as_a_coast(basemap):
    filled = sum(_edge_segments(ring, basemap.extent) for c in basemap.countries for ring in c.rings)
    stroked = sum(_edge_segments(line, basemap.extent) for c in basemap.countries for line in c.lines)
    assert filled > 0  # China, Russia and South Korea are cut by the box
    assert stroked == 0


def test_a_damaged_or_foreign_file_is_refused(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(BasemapError):
        load_basemap(broken)
    other = tmp_path / "other.json"
    data = json.loads(resources.path(BASEMAP).read_text(encoding="utf-8"))
    other.write_text(json.dumps({**data, "projection": "mercator"}), encoding="utf-8")
    with pytest.raises(BasemapError):
        load_basemap(other)
    with pytest.raises(BasemapError):
        load_basemap(tmp_path / "missing.json")
