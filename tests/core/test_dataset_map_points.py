"""Dataset.map_points(): the one way the map reads places."""

from cityviewer.core.records import MapPoint


def test_every_city_is_a_map_point_largest_first_with_the_capital_marked(dataset):
    points = dataset.map_points()
    assert all(isinstance(p, MapPoint) for p in points)
    assert sorted(p.id for p in points) == dataset.city_ids()
    assert [p.id for p in points][:3] == ["pyongyang", "hamhung", "chongjin"]
    assert [p.id for p in points if p.is_capital] == ["pyongyang"]
    pyongyang = points[0]
    assert (pyongyang.name, pyongyang.hangul, pyongyang.province) == ("Pyongyang", "평양", "Pyongyang")
    assert pyongyang.population == 3_255_288
    assert (round(pyongyang.latitude, 3), round(pyongyang.longitude, 3)) == (39.034, 125.754)
    assert pyongyang.key == dataset.key_of("pyongyang")


def test_near_ranks_by_distance_and_limit_and_capitals_only_narrow_it(dataset):
    near_nampo = [p.id for p in dataset.map_points(near=(38.7375, 125.40778), limit=3)]
    assert near_nampo == ["nampo", "pyongyang", "kaesong"]
    assert [p.id for p in dataset.map_points(capitals_only=True)] == ["pyongyang"]
    assert [p.id for p in dataset.map_points(near=(42.0, 130.0), limit=1, capitals_only=True)] == ["pyongyang"]
