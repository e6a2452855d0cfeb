"""What the map shows and where: the viewport's arithmetic, zoom levels, the places on the map, labels per level."""

import pytest

from cityviewer.core.map.geo import LambertConformalConic, Viewport
from cityviewer.core.map.model import (
    LOCAL_NAME_FROM_SCALE,
    MAX_LEVEL,
    MIN_LEVEL,
    Labels,
    MapLayer,
    fitting_level,
    scale_of,
)
from cityviewer.core.records import MapPoint
from cityviewer.core.volume import MapSpec

EXTENT = (119.0, 33.0, 135.0, 44.5)
KOREA = LambertConformalConic(parallel_1=38.0, parallel_2=42.0, origin_latitude=40.0, central_meridian=127.0)
SPEC = MapSpec(KOREA, (124.0, 37.5, 130.9, 43.1), "North Korea", ())


def point(key, name, lon, lat, population, capital=False, hangul="한"):
    return MapPoint(key, name.lower(), name, hangul, "Somewhere", population, lat, lon, capital)


PLACES = [
    point(1, "Pyongyang", 125.75432, 39.03385, 3_255_288, capital=True),
    point(2, "Hamhung", 127.53639, 39.91833, 768_551),
    point(3, "Nampo", 125.40778, 38.7375, 366_815),
    point(4, "Paris", 2.35, 48.85, 2_100_000),  # not on this map
]


def test_the_viewport_turns_map_km_into_pixels_and_back():
    view = Viewport(10.0, 20.0, 2.0, 400, 300)
    assert view.to_screen(10, 20) == (200, 150)
    assert view.to_screen(11, 21) == (202, 148)  # north is up
    assert view.to_map(*view.to_screen(-33.5, 71.25)) == pytest.approx((-33.5, 71.25))
    visible = view.visible()
    assert (visible.width, visible.height) == (200, 150)


def test_zoom_levels_are_absolute_and_home_fits():
    assert scale_of(MIN_LEVEL + 2) == pytest.approx(2 * scale_of(MIN_LEVEL))
    level = fitting_level(600, 600, 700, 650)
    assert scale_of(level) * 600 <= 650 < scale_of(level + 1) * 600
    assert fitting_level(1, 1, 10_000, 10_000) == MAX_LEVEL
    assert fitting_level(600, 600, 0, 0) == MIN_LEVEL


def test_the_layer_keeps_the_places_on_the_map_in_order_with_area_by_population():
    layer = MapLayer(PLACES, EXTENT, SPEC)
    assert [m.point.name for m in layer.markers] == ["Pyongyang", "Hamhung", "Nampo"]
    big, mid = layer.markers[0], layer.markers[1]
    assert (mid.radius / big.radius) ** 2 == pytest.approx(768_551 / 3_255_288)
    assert (big.x, big.y) == pytest.approx(KOREA.forward(125.75432, 39.03385))
    assert layer.position == {"pyongyang": 0, "hamhung": 1, "nampo": 2}


def test_only_the_markers_in_view_are_drawn_and_a_click_finds_the_one_under_it():
    layer = MapLayer(PLACES, EXTENT, SPEC)
    nampo = layer.markers[2]
    close = Viewport(nampo.x, nampo.y, scale_of(MAX_LEVEL), 400, 300)  # 45 km across: Nampo alone
    assert layer.visible(close) == [2]
    wide = Viewport(0, 0, scale_of(6), 800, 600)
    assert layer.visible(wide) == [0, 1, 2]
    assert layer.at(close, 200, 150) == 2
    hamhung = layer.markers[1]
    assert layer.at(wide, *wide.to_screen(hamhung.x, hamhung.y)) == 1
    assert layer.at(wide, 5, 5) is None


def _size(p, hangul):
    return (len(p.name) * 7 + (20 if hangul else 0), 14)


def test_labels_are_placed_once_per_level_and_again_when_the_filter_changes():
    labels = Labels(MapLayer(PLACES, EXTENT, SPEC), _size)
    first = labels.at_level(8)
    assert labels.at_level(8) is first
    assert {label.marker for label in first} == {0, 1, 2}
    labels.invalidate(listed=frozenset({2}), shown="nampo")
    again = labels.at_level(8)
    assert again is not first


def test_labels_carry_hangul_at_larger_zooms():
    labels = Labels(MapLayer(PLACES, EXTENT, SPEC), _size)
    level = next(z for z in range(MIN_LEVEL, MAX_LEVEL + 1) if scale_of(z) >= LOCAL_NAME_FROM_SCALE)
    assert all(label.with_local_name for label in labels.at_level(level))
    assert not any(label.with_local_name for label in labels.at_level(level - 1))


def test_the_city_on_show_then_listed_cities_then_capitals_then_population_rank_first(monkeypatch):
    asked = []

    def capture(requests):
        asked[:] = requests
        return {}

    monkeypatch.setattr("cityviewer.core.map.model.place_labels", capture)
    labels = Labels(MapLayer(PLACES, EXTENT, SPEC), _size)
    labels.at_level(8)
    assert asked[0].rank > asked[1].rank > asked[2].rank  # capital, then by population
    labels.invalidate(listed=frozenset({2, 3}), shown="nampo")
    labels.at_level(8)
    assert asked[2].rank > asked[1].rank > asked[0].rank  # shown Nampo, listed Hamhung, then the capital
    assert asked[2].radius > MapLayer(PLACES, EXTENT, SPEC).markers[2].radius  # room for the highlight ring
