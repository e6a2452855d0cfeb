"""Distances and directions stated in the entries' text, checked against the volume's own coordinates.

An entry that says "about 50 km south-west of Pyongyang" must agree with what the app computes from the two
places' coordinates (core.map.geo): the great-circle distance within 10% of the stated figure (of either end of a
range, "65-70 km"), and the bearing within 45 degrees of the stated direction. Two forms are read:

- "<n> km [direction] of|from <place>": the entry (a division: its capital) lies so from the place;
- "<place> ... <n> km [...] to the <direction>": the place lies so from the entry (a related city, a neighbour),
  or from the capital when "the capital" comes before the place ("north of the capital: Pyongsong about 26 km to
  the north-east"); with no place named, "the capital" is the place ("the capital, which lies about 26 km to the
  south-west").

"the capital" is the volume's capital city (tagged capital); "the provincial capital, Chongjin" names its city.

A figure that names no place of the volume (a dam 8 km long, 60 km from Seoul, a mountain 65-70 km north of the
entry itself) cannot be checked against the volume, and is listed as unchecked.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from cityviewer.core.folding import normalize
from cityviewer.core.map.geo import bearing_degrees, great_circle_km

CAPITAL = " capital"  # the key of the capital city among the places (no name normalizes to it)
DISTANCE_TOLERANCE = 0.10
BEARING_TOLERANCE = 45.0

# The sixteen points of the compass (and the unhyphenated four), in degrees clockwise from north.
DIRECTIONS = {
    "north": 0.0, "north-north-east": 22.5, "north-east": 45.0, "northeast": 45.0, "east-north-east": 67.5,
    "east": 90.0, "east-south-east": 112.5, "south-east": 135.0, "southeast": 135.0, "south-south-east": 157.5,
    "south": 180.0, "south-south-west": 202.5, "south-west": 225.0, "southwest": 225.0, "west-south-west": 247.5,
    "west": 270.0, "west-north-west": 292.5, "north-west": 315.0, "northwest": 315.0, "north-north-west": 337.5,
}  # fmt: skip
_DIRECTION = "(?P<dir>" + "|".join(sorted(DIRECTIONS, key=len, reverse=True)) + ")"
_FIGURE = re.compile(r"(?P<num>\d+(?:\.\d+)?)(?:\s*(?:-|–|to)\s*(?P<num2>\d+(?:\.\d+)?))?\s*km\b")
_AFTER_DIRECTION = re.compile(r"(?:\s+[a-z]+){0,4}?\s+(?:to\s+the\s+)?" + _DIRECTION + r"\b")
_OF_PLACE = re.compile(r"\s*(?:of|from)\s+(?:the\s+(?:[a-z]+\s+){0,3}?[a-z]+,?\s+)?(?P<place>[A-Z][\w'’-]*)")
_OF_CAPITAL = re.compile(r"\s*(?:of|from)\s+the\s+capital\b")
_THE_CAPITAL = re.compile(r"\bthe capital\b")  # Pyongyang: not "the provincial capital"
_SENTENCE_END = re.compile(r"(?<=[.;!?])\s+")
_CAPITALIZED = re.compile(r"\b[A-Z][\w'’-]*")


@dataclass(frozen=True)
class Statement:
    """One distance found in an entry's text, with what the coordinates give, or why it could not be checked."""

    where: str  # 'cities/pyongsong.toml: summary'
    sentence: str
    stated: str  # '32 km north-east'
    computed: str = ""  # '26 km, bearing 37°'
    agrees: bool | None = None  # None: not checked (reason says why)
    reason: str = ""


def _texts(entry: dict[str, Any]) -> list[tuple[str, str]]:
    """(field, text) of every passage of running text in an entry."""
    found = [("summary", entry["summary"])]
    if "admin" in entry and entry["admin"].get("status_note"):
        found.append(("admin.status_note", entry["admin"]["status_note"]))
    if entry.get("status_note"):
        found.append(("status_note", entry["status_note"]))
    found += [(f"landmarks[{i}].note", lm["note"]) for i, lm in enumerate(entry.get("landmarks", [])) if "note" in lm]
    found += [(f"sections[{i}]", s["body"]) for i, s in enumerate(entry["sections"])]
    found += [(f"related[{i}].relation", r["relation"]) for i, r in enumerate(entry.get("related", []))]
    found += [(f"corrections[{i}].correction", c["correction"]) for i, c in enumerate(entry.get("corrections", []))]
    return found


def _angle_apart(a: float, b: float) -> float:
    return abs((a - b + 180) % 360 - 180)


def statements(
    where: str, entry: dict[str, Any], own: tuple[str, float, float] | None, places: dict[str, tuple[str, float, float]]
) -> list[Statement]:
    """Every distance stated in entry's text, checked. own: the entry's (id, longitude, latitude), or None (a
    division whose capital is not a city of the volume); places: a normalized city name -> (id, lon, lat)."""
    found = []
    for field, text in _texts(entry):
        for sentence in _SENTENCE_END.split(text):
            for figure in _FIGURE.finditer(sentence):
                found.append(_statement(f"{where} {field}", sentence, figure, own, places))
    return found


def _statement(
    where: str,
    sentence: str,
    figure: re.Match[str],
    own: tuple[str, float, float] | None,
    places: dict[str, tuple[str, float, float]],
) -> Statement:
    after = sentence[figure.end() :]
    direction = _AFTER_DIRECTION.match(after)
    rest = after[direction.end() :] if direction else after
    before = sentence[: figure.start()]
    capital = places.get(CAPITAL)
    origin: tuple[str, float, float] | None
    target: tuple[str, float, float] | None
    stated = figure.group(0) + (f" {direction.group('dir')}" if direction else "")
    if (of_place := _OF_PLACE.match(rest)) or _OF_CAPITAL.match(rest):  # the entry lies so from it
        name = of_place.group("place") if of_place else "the capital"
        stated += f" of {name}"
        place = places.get(normalize(name)) if of_place else capital
        if place is None:
            return Statement(where, sentence, stated, reason=f"{name} is not a city of the volume")
        origin, target = place, own
    elif direction:  # a place named before the figure lies so from the entry, or from the capital
        named = [(m.start(), places[n]) for m in _CAPITALIZED.finditer(before) if (n := normalize(m.group())) in places]
        mentions = [m.start() for m in _THE_CAPITAL.finditer(before)]
        if named:
            at, target = named[-1]
            origin = capital if mentions and mentions[0] < at else own
        elif mentions and capital is not None:
            origin, target = own, capital
        else:
            return Statement(where, sentence, stated, reason="no city of the volume is named before the figure")
        stated = f"{target[0]} {stated}"
    else:
        return Statement(where, sentence, stated, reason="no direction or place goes with the figure")
    if origin is None or target is None:
        return Statement(where, sentence, stated, reason="the entry has no point of its own (no capital in the volume)")
    if origin[0] == target[0]:
        return Statement(where, sentence, stated, reason="measured from the entry itself: the other end is no city")
    km = great_circle_km(origin[1], origin[2], target[1], target[2])
    bearing = bearing_degrees(origin[1], origin[2], target[1], target[2])
    low = float(figure.group("num"))
    high = float(figure.group("num2") or low)
    agrees = low * (1 - DISTANCE_TOLERANCE) <= km <= high * (1 + DISTANCE_TOLERANCE)
    if direction:
        agrees = agrees and _angle_apart(bearing, DIRECTIONS[direction.group("dir")]) <= BEARING_TOLERANCE
    return Statement(where, sentence, stated, f"{km:.1f} km, bearing {bearing:.0f}°", agrees)


def check_statements(cities: list[dict[str, Any]], divisions: list[dict[str, Any]]) -> list[Statement]:
    """Every distance stated in the volume's entries, each checked where it can be."""
    points = {c["id"]: (c["id"], c["location"]["longitude"], c["location"]["latitude"]) for c in cities}
    places = {normalize(c["name"]): points[c["id"]] for c in cities}
    capitals = [c["id"] for c in cities if "capital" in c["location"]["tags"]]
    if len(capitals) == 1:
        places[CAPITAL] = points[capitals[0]]
    found = []
    for city in cities:
        found += statements(f"cities/{city['id']}.toml:", city, points[city["id"]], places)
    for division in divisions:
        own = points.get(division["capital"])
        found += statements(f"divisions/{division['id']}.toml:", division, own, places)
    return found


def distance_problems(cities: list[dict[str, Any]], divisions: list[dict[str, Any]]) -> list[str]:
    """A line for each stated distance or direction the coordinates contradict, naming the entry and sentence."""
    return [
        f"{s.where}: '{s.stated}' disagrees with the coordinates ({s.computed}), within {DISTANCE_TOLERANCE:.0%}"
        f' and {BEARING_TOLERANCE:.0f}°: "{s.sentence}"'
        for s in check_statements(cities, divisions)
        if s.agrees is False
    ]
