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
