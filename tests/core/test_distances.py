"""Distances in the facts box: to the capital and to the nearest other place, along the great circle."""

import pytest

from cityviewer.core.article import render
from cityviewer.core.distances import NEARBY_CANDIDATES, city_distances
from cityviewer.core.map.geo import great_circle_km


def _of(dataset, city_id):
    entry = dataset.entry(city_id)
    near = (entry.latitude, entry.longitude)
    capitals = dataset.map_points(near=near, limit=2, capitals_only=True)
    nearby = dataset.map_points(near=near, limit=NEARBY_CANDIDATES)
    return entry, city_distances(entry.key, entry.latitude, entry.longitude, capitals, nearby)


def test_nampo_is_about_forty_km_from_pyongyang_and_nearest_songrim(dataset):
    _entry, distances = _of(dataset, "nampo")
    assert distances.capital.to.id == "pyongyang"
    assert distances.capital.km == pytest.approx(great_circle_km(125.40778, 38.7375, 125.75432, 39.03385))
    assert 40 <= distances.capital.km <= 50
    assert distances.nearest.to.id == "songrim"  # across the Taedong, nearer than the capital


def test_the_capital_has_no_distance_to_itself_and_its_nearest_city_is_another(dataset):
    _entry, distances = _of(dataset, "pyongyang")
    assert distances.capital is None
    assert distances.nearest.to.id == "pyongsong"


def test_the_nearest_city_is_the_nearest_of_all_by_the_great_circle(dataset):
    points = dataset.map_points()
    for entry_id in ("rason", "hyesan", "kaesong", "sinuiju"):
        entry, distances = _of(dataset, entry_id)
        others = [p for p in points if p.id != entry_id]
        expected = min(others, key=lambda p: great_circle_km(entry.longitude, entry.latitude, p.longitude, p.latitude))
        assert distances.nearest.to.id == expected.id


def test_the_facts_box_says_the_distances(dataset, volume):
    entry, distances = _of(dataset, "nampo")
    html = render(entry, volume, distances=distances)
    assert "Distance to Pyongyang" in html
    assert f"{distances.capital.km:,.0f} km (great circle)" in html
    assert "Nearest city in the dataset" in html
    assert "Distance to" not in render(entry, volume)
