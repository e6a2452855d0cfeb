"""A city's regions against the rules of the volume's regions, measured from the map's outlines (databuild.regions),
on a small made-up map and on the shipped volume."""

from __future__ import annotations

import math
import re

import pytest

from cityviewer.core.map.geo import LambertConformalConic
from cityviewer.databuild.cli import main
from cityviewer.databuild.entries import SourceError, load_sources
from cityviewer.databuild.regions import Rule, country_lines, disagreement, measure, rules_of

# Home: a square (10-12 E, 10-12 N) whose north edge it shares with Northland and whose south edge with Southland
# (the same points in both outlines); its west and east edges are coast. The neighbours reach further, so that the
# clipping box (9-13 E, 8-14 N) does not run along Home's coasts.
HOME = [[10.0, 10.0], [12.0, 10.0], [12.0, 11.0], [12.0, 12.0], [11.0, 12.0], [10.0, 12.0], [10.0, 11.0], [10.0, 10.0]]
NORTHLAND = [
    [9.0, 12.0],
    [10.0, 12.0],
    [11.0, 12.0],
    [12.0, 12.0],
    [13.0, 12.0],
    [13.0, 14.0],
    [9.0, 14.0],
    [9.0, 12.0],
]
SOUTHLAND = [[9.0, 8.0], [13.0, 8.0], [13.0, 10.0], [12.0, 10.0], [10.0, 10.0], [9.0, 10.0], [9.0, 8.0]]
PROJECTION = LambertConformalConic(10.5, 11.5, 11.0, 11.0)
KM_PER_DEGREE = math.pi * 6371.0 / 180  # about 111 km: a degree of latitude


def _feature(name: str, ring: list[list[float]]) -> dict:
    return {
        "type": "Feature",
        "properties": {"name": name},
        "geometry": {"type": "MultiPolygon", "coordinates": [[ring]]},
    }


OUTLINES = {"type": "FeatureCollection", "features": [
    _feature("Northland", NORTHLAND), _feature("Home", HOME), _feature("Southland", SOUTHLAND)]}  # fmt: skip
RULES = [
    Rule("west-side", 30.0, coast="west"),
    Rule("east-side", 30.0, coast="east"),
    Rule("north", 30.0, border_with=("Northland",)),
    Rule("south", 30.0, border_with=("Southland",)),
]


def _city(city_id: str, longitude: float, latitude: float, regions: list[str]) -> dict:
    return {"id": city_id, "location": {"longitude": longitude, "latitude": latitude, "regions": regions}}


def _km(city: dict, region: str) -> float:
    lines = country_lines(OUTLINES, "Home", PROJECTION)
    return next(m.km for m in measure([city], RULES, lines, PROJECTION) if m.rule.region == region)


def test_coasts_are_the_outline_not_shared_with_a_neighbour_and_have_a_side():
    lines = country_lines(OUTLINES, "Home", PROJECTION)
    assert len(lines.coasts["west"]) == 2 and len(lines.coasts["east"]) == 2  # the west and east edges, each two
    assert len(lines.borders["Northland"]) == 2 and len(lines.borders["Southland"]) == 1
    near_west = _city("a", 10.1, 11.0, [])
    assert _km(near_west, "west-side") == pytest.approx(0.1 * KM_PER_DEGREE * math.cos(math.radians(11)), rel=0.01)
    assert _km(near_west, "east-side") == pytest.approx(1.9 * KM_PER_DEGREE * math.cos(math.radians(11)), rel=0.01)
    # The nearest outline to a city in the north is the border, not a coast: borders are measured apart.
    near_north = _city("b", 11.0, 11.9, [])
    assert _km(near_north, "north") == pytest.approx(0.1 * KM_PER_DEGREE, rel=0.01)
    assert _km(near_north, "south") == pytest.approx(1.9 * KM_PER_DEGREE, rel=0.01)
    assert _km(near_north, "west-side") == pytest.approx(KM_PER_DEGREE * math.cos(math.radians(11.9)), rel=0.02)


def test_a_city_disagrees_where_it_lists_a_region_it_is_not_in_or_misses_one_it_is_in():
    lines = country_lines(OUTLINES, "Home", PROJECTION)
    agreeing = _city("a", 10.1, 11.0, ["west-side"])
    assert all(m.agrees for m in measure([agreeing], RULES, lines, PROJECTION))
    wrong = _city("b", 10.1, 11.9, ["east-side"])  # on the west coast and the northern border, says east
    found = {m.rule.region: disagreement(m) for m in measure([wrong], RULES, lines, PROJECTION) if not m.agrees}
    assert set(found) == {"west-side", "north", "east-side"}
    expected = (r"cities/b\.toml: location\.regions: lies \d+\.\d km from the west coast but does not list"
                r" 'west-side' \(west-side is within 30 km of the west coast\)")  # fmt: skip
    assert re.fullmatch(expected, found["west-side"])
    assert "lists 'east-side' but lies 2" in found["east-side"]  # about 216 km
    assert "the border with Northland" in found["north"]


def test_rules_are_checked_when_the_volume_is_read():
    regions = [
        {"key": "a", "rule": {"coast": "up", "within_km": 5}},
        {"key": "b", "rule": {"border_with": ["Atlantis"], "within_km": 5}},
        {"key": "c", "rule": {"coast": "east"}},
        {"key": "d", "rule": {"coast": "east", "border_with": ["Northland"], "within_km": 5}},
        {"key": "e", "rule": {"coast": "any", "within_km": 5, "far": 1}},
        {"key": "f", "label": "no rule"},
        {"key": "g", "rule": {"border_with": ["Northland"], "within_km": 5}},
    ]
    problems: list[str] = []
    rules = rules_of({"regions": regions}, {"Northland", "Southland"}, problems)
    assert [rule.region for rule in rules] == ["e", "g"]
    assert problems == [
        "volume.toml: regions[0].rule.coast: 'up' is not one of east, west, any",
        "volume.toml: regions[1].rule.border_with: no neighbour Atlantis in map/outlines.geojson",
        "volume.toml: regions[2].rule.within_km: a positive number of km is needed",
        "volume.toml: regions[3].rule: give either coast or border_with",
        "volume.toml: regions[4].rule: unknown key(s) far",
    ]


def test_a_bad_rule_in_the_shipped_volume_stops_the_sources(sources_copy):
    path = sources_copy / "volume.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('border_with = ["China", "Russia"]', 'border_with = ["China", "Mongolia"]'), "utf-8")
    with pytest.raises(SourceError) as raised:
        load_sources(sources_copy)
    assert any("border_with: no neighbour Mongolia" in p for p in raised.value.problems)


def test_every_shipped_city_agrees_with_the_rules_and_rason_is_on_the_east_coast(capsys, source_dir):
    assert main(["check", "--verbose", str(source_dir)]) == 0
    out = capsys.readouterr().out
    assert "checked: the regions of 27 cities against 4 rules from the map" in out
    lines = [line for line in out.splitlines() if line.startswith("regions: ")]
    assert len(lines) == 27 and not any("DISAGREES" in line for line in lines)
    rason = next(line for line in lines if line.startswith("regions: rason "))
    east = float(re.search(r"the east coast (\d+\.\d) km", rason).group(1))
    border = float(re.search(r"the border with China or Russia (\d+\.\d) km", rason).group(1))
    assert east < 15 and border < 40  # the thresholds of data/volume.toml


def test_check_names_the_city_the_region_and_the_distance(capsys, sources_copy):
    path = sources_copy / "cities" / "rason.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('regions = ["northern-border", "east-coast"]', 'regions = ["northern-border"]'),
                    "utf-8")  # fmt: skip
    assert main(["check", str(sources_copy)]) == 1
    err = capsys.readouterr().err
    assert re.search(r"error: cities/rason\.toml: location\.regions: lies \d+\.\d km from the east coast but does"
                     r" not list 'east-coast'", err)  # fmt: skip
    assert "1 problem(s)" in err


def test_repeated_and_empty_regions_are_refused(sources_copy):
    for city, regions in (("rason", '["east-coast", "east-coast"]'), ("nampo", "[]")):
        path = sources_copy / "cities" / f"{city}.toml"
        path.write_text(re.sub(r"(?m)^regions = \[.*\]$", f"regions = {regions}", path.read_text("utf-8")), "utf-8")
    with pytest.raises(SourceError) as raised:
        load_sources(sources_copy)
    assert "cities/rason.toml: location.regions: a region is repeated" in raised.value.problems
    assert "cities/nampo.toml: location.regions: at least one region" in raised.value.problems
