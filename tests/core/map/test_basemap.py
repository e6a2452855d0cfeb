"""The map's base layer: the dataset holds what the build makes from the volume's outlines, in its projection."""

import itertools
import json

import pytest

from cityviewer.core.dataset import Dataset
from cityviewer.core.map.basemap import FULL, LOCATOR, BasemapError, parse_basemap
from cityviewer.databuild.basemap import LOCATOR_TOLERANCE, as_text, convert
from cityviewer.databuild.entries import OUTLINES


@pytest.fixture(scope="module")
def shipped(built_db):
    dataset = Dataset.open(built_db)
    yield dataset
    dataset.close()


@pytest.fixture(scope="module")
def spec(shipped):
    return shipped.info.volume.map


@pytest.fixture(scope="module")
def basemap(shipped, spec):
    return parse_basemap(shipped.basemap(FULL), spec.projection)


@pytest.mark.parametrize(("name", "tolerance"), [(FULL, 0.0), (LOCATOR, LOCATOR_TOLERANCE)])
def test_the_datasets_outlines_are_what_the_build_makes_from_the_source(shipped, spec, source_dir, name, tolerance):
    source = json.loads((source_dir / OUTLINES).read_text(encoding="utf-8"))
    assert shipped.basemap(name) == as_text(convert(source, spec.projection, tolerance))


def test_the_locator_outlines_are_simplified_within_their_tolerance(shipped, spec, basemap):
    locator = parse_basemap(shipped.basemap(LOCATOR), spec.projection, LOCATOR)
    full, thin = basemap.country(spec.highlight), locator.country(spec.highlight)
    assert sum(map(len, thin.rings)) * 4 < sum(map(len, full.rings))
    # Every vertex kept is a vertex of the full outline: simplification drops points, never moves them.
    full_points = {(r[i], r[i + 1]) for r in full.rings for i in range(0, len(r), 2)}
    assert all((r[i], r[i + 1]) in full_points for r in thin.rings for i in range(0, len(r), 2))


def test_it_holds_the_five_countries_with_north_korea_in_full(spec, basemap):
    assert {c.name for c in basemap.countries} == {"North Korea", "South Korea", "China", "Russia", "Japan"}
    home = basemap.country(spec.highlight)
    vertices = sum(len(ring) for ring in home.rings) // 2
    assert 1700 <= vertices <= 1900  # about 1,800 (shared/data/README.md)
    # Pyongyang's and Rason's places on the plane lie within North Korea's outline's box.
    xs = [v for ring in home.rings for v in ring[0::2]]
    ys = [v for ring in home.rings for v in ring[1::2]]
    for lon, lat in ((125.75432, 39.03385), (130.28308, 42.25559)):
        x, y = spec.projection.forward(lon, lat)
        assert min(xs) < x < max(xs) and min(ys) < y < max(ys)


def _edge_segments(flat, extent, projection):
    """The segments of a polyline (x0, y0, x1, y1, ...) that run along the box (west, south, east, north)."""
    west, south, east, north = extent
    points = [projection.inverse(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)]
    found = 0
    for (lon1, lat1), (lon2, lat2) in itertools.pairwise(points):
        for first, second, edge in ((lon1, lon2, west), (lon1, lon2, east), (lat1, lat2, south), (lat1, lat2, north)):
            if abs(first - edge) < 2e-4 and abs(second - edge) < 2e-4:  # 10 m of rounding
                found += 1
    return found


def test_the_sources_clipping_box_is_never_stroked_as_a_coast(spec, basemap):
    p = spec.projection
    filled = sum(_edge_segments(ring, basemap.extent, p) for c in basemap.countries for ring in c.rings)
    stroked = sum(_edge_segments(line, basemap.extent, p) for c in basemap.countries for line in c.lines)
    assert filled > 0  # China, Russia and South Korea are cut by the box
    assert stroked == 0


def test_damaged_or_foreign_outlines_are_refused(shipped, spec):
    with pytest.raises(BasemapError):
        parse_basemap("{not json", spec.projection)
    data = json.loads(shipped.basemap(FULL))
    with pytest.raises(BasemapError):
        parse_basemap(json.dumps({**data, "projection": "mercator"}), spec.projection)
    with pytest.raises(BasemapError):
        parse_basemap("", spec.projection)
    with pytest.raises(BasemapError):
        parse_basemap(json.dumps({**data, "countries": [{"name": "x"}]}), spec.projection)
