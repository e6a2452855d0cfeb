"""Dataset.map_points(): the one way the map reads places."""

from cityviewer.core.records import MapPoint
from cityviewer.core.request import SearchRequest, Show


def test_every_city_is_a_map_point_largest_first_with_the_capital_marked(dataset):
    points = dataset.map_points()
    assert all(isinstance(p, MapPoint) for p in points)
    cities = [row.id for row in dataset.rows(dataset.answer(SearchRequest(show=Show.CITIES)).keys)]
    assert sorted(p.id for p in points) == sorted(cities) and len(points) == 27  # no division: an area, not a point
    assert [p.id for p in points][:3] == ["pyongyang", "hamhung", "chongjin"]
    assert [p.id for p in points if p.is_capital] == ["pyongyang"]
    pyongyang = points[0]
    assert (pyongyang.name, pyongyang.local_name, pyongyang.division) == ("Pyongyang", "평양", "Pyongyang")
    assert pyongyang.population == 3_255_288
    assert (round(pyongyang.latitude, 3), round(pyongyang.longitude, 3)) == (39.034, 125.754)
    assert pyongyang.key == dataset.rows_of(["pyongyang"])[0].key


def test_near_ranks_by_distance_and_limit_and_capitals_only_narrow_it(dataset):
    near_nampo = [p.id for p in dataset.map_points(near=(38.7375, 125.40778), limit=3)]
    assert near_nampo == ["nampo", "songrim", "sariwon"]
    assert [p.id for p in dataset.map_points(capitals_only=True)] == ["pyongyang"]
    assert [p.id for p in dataset.map_points(near=(42.0, 130.0), limit=1, capitals_only=True)] == ["pyongyang"]


def test_near_answers_as_a_ranking_of_every_place_would(dataset):
    """The nearby search looks within a band of latitude first: its answer must be the whole ranking's, from the
    cities themselves and from anywhere around them."""
    import math

    points = dataset.map_points()
    here = [(p.latitude, p.longitude) for p in points]
    here += [(lat / 2, lon / 2) for lat in range(66, 92, 3) for lon in range(236, 270, 3)]
    for lat, lon in here:
        k = math.cos(math.radians(lat)) ** 2

        def flat(p, lat=lat, lon=lon, k=k):
            return (p.latitude - lat) ** 2 + (p.longitude - lon) ** 2 * k

        for limit in (1, 2, 3):
            expected = sorted(points, key=flat)[:limit]
            found = dataset.map_points(near=(lat, lon), limit=limit)
            assert [flat(p) for p in found] == [flat(p) for p in expected], (lat, lon, limit)


def test_a_point_led_by_its_local_name_swaps_its_two_names_and_keeps_the_rest(dataset):
    named = next(p for p in dataset.map_points() if p.local_name)
    led = named.local_leading()
    assert (led.name, led.local_name) == (named.local_name, named.name)
    assert led._replace(name=named.name, local_name=named.local_name) == named  # nothing else changed
    assert isinstance(led, MapPoint)
    unnamed = named._replace(local_name="")
    assert unnamed.local_leading() is unnamed  # a place with no local name is led by its name
