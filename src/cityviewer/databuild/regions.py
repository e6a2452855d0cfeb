"""Every city's regions checked against the map: a volume may give a region a rule (volume.toml's regions, `rule`)
that says from the map's outlines (map/outlines.geojson) which cities lie in it, and `cityviewer-data check`
reports each city whose regions disagree with the rules.

A rule is one of:

- `{ coast = "east", within_km = 25 }`: within that distance of the highlighted country's coast ("east", "west" or
  "any" side). The coast is every stretch of the country's outline shared with no neighbour (and not the edge of
  the box the outlines were clipped to). A stretch of coast runs from one land border to the next (an island's
  whole shore is one); its side is east or west as its middle lies east or west of the country's middle (the mean
  of its outline's points);
- `{ border_with = ["China", "Russia"], within_km = 40 }`: within that distance of the highlighted country's land
  border with any of the named neighbours (features of the outlines): where the two outlines share their points,
  as outlines cut from one topology (Natural Earth's) do.

A city disagrees when it lists a region whose rule it does not meet, or meets a rule whose region it does not list.
Distances are measured on the volume's projection (km), from the city's coordinates to the nearest point of the
lines. Regions without a rule are not checked.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cityviewer.core.map.geo import LambertConformalConic

SIDES = ("east", "west", "any")
_ON_EDGE = 1e-6

Point = tuple[float, float]
Segment = tuple[Point, Point]


@dataclass(frozen=True)
class Rule:
    """A region's rule: coast (a side) or border_with (neighbours), and the distance a city must be within."""

    region: str
    within_km: float
    coast: str | None = None
    border_with: tuple[str, ...] = ()

    def describe(self) -> str:
        if self.coast is not None:
            side = "" if self.coast == "any" else f"{self.coast} "
            return f"the {side}coast"
        return f"the border with {' or '.join(self.border_with)}"


@dataclass(frozen=True)
class Measure:
    """One city measured against one rule."""

    city: str
    rule: Rule
    km: float  # math.inf where the map has no such line
    listed: bool  # the city lists the rule's region

    @property
    def meets(self) -> bool:
        return self.km <= self.rule.within_km

    @property
    def agrees(self) -> bool:
        return self.meets == self.listed


def neighbours_of(outlines: Mapping[str, Any], highlight: str) -> set[str]:
    """The names of the outlines' countries other than the highlighted one."""
    names = {f.get("properties", {}).get("name") for f in outlines.get("features", []) if isinstance(f, dict)}
    return {name for name in names if isinstance(name, str) and name != highlight}


def rules_of(raw_volume: Mapping[str, Any], neighbours: set[str], problems: list[str]) -> list[Rule]:
    """The rules volume.toml gives its regions; what is wrong with one is appended to problems."""
    rules = []
    regions = raw_volume.get("regions", [])
    for n, region in enumerate(regions if isinstance(regions, list) else []):
        if not isinstance(region, dict) or "rule" not in region:
            continue
        where = f"volume.toml: regions[{n}].rule"
        rule = region["rule"]
        if not isinstance(rule, dict):
            problems.append(f"{where}: must be a table")
            continue
        unknown = set(rule) - {"coast", "border_with", "within_km"}
        if unknown:
            problems.append(f"{where}: unknown key(s) {', '.join(sorted(unknown))}")
        within = rule.get("within_km")
        if isinstance(within, bool) or not isinstance(within, (int, float)) or within <= 0:
            problems.append(f"{where}.within_km: a positive number of km is needed")
            continue
        if ("coast" in rule) == ("border_with" in rule):
            problems.append(f"{where}: give either coast or border_with")
            continue
        if "coast" in rule:
            if rule["coast"] not in SIDES:
                problems.append(f"{where}.coast: '{rule['coast']}' is not one of {', '.join(SIDES)}")
                continue
            rules.append(Rule(str(region.get("key")), float(within), coast=rule["coast"]))
            continue
        named = rule["border_with"]
        if not isinstance(named, list) or not named or not all(isinstance(x, str) for x in named):
            problems.append(f"{where}.border_with: a list of neighbours' names is needed")
            continue
        missing = [x for x in named if x not in neighbours]
        if missing:
            problems.append(f"{where}.border_with: no neighbour {', '.join(missing)} in map/outlines.geojson")
            continue
        rules.append(Rule(str(region.get("key")), float(within), border_with=tuple(named)))
    return rules


@dataclass(frozen=True)
class Lines:
    """The highlighted country's outline on the projection's plane: its coasts by side, its borders by neighbour."""

    coasts: dict[str, list[Segment]]  # "east", "west"
    borders: dict[str, list[Segment]]  # a neighbour's name -> the segments shared with it


def _rings(feature: Mapping[str, Any]) -> list[list[tuple[float, float]]]:
    return [[(p[0], p[1]) for p in ring] for polygon in feature["geometry"]["coordinates"] for ring in polygon]


def _on_box_edge(a: Point, b: Point, box: tuple[float, float, float, float]) -> bool:
    west, south, east, north = box
    return any(
        abs(a[axis] - edge) < _ON_EDGE and abs(b[axis] - edge) < _ON_EDGE
        for axis, edge in ((0, west), (0, east), (1, south), (1, north))
    )


def country_lines(outlines: Mapping[str, Any], highlight: str, projection: LambertConformalConic) -> Lines:
    """The coasts and land borders of the country called highlight in outlines (GeoJSON, degrees), projected."""
    features = outlines["features"]
    every = [p for f in features for ring in _rings(f) for p in ring]
    box = (min(p[0] for p in every), min(p[1] for p in every), max(p[0] for p in every), max(p[1] for p in every))
    country = next(f for f in features if f["properties"]["name"] == highlight)
    shared = {
        f["properties"]["name"]: {p for ring in _rings(f) for p in ring}
        for f in features
        if f["properties"]["name"] != highlight
    }
    rings = _rings(country)
    points = [projection.forward(*p) for ring in rings for p in ring]
    middle_x = sum(x for x, _ in points) / len(points)
    coasts: dict[str, list[Segment]] = {"east": [], "west": []}
    borders: dict[str, list[Segment]] = {name: [] for name in shared}
    for ring in rings:
        # The ring as runs: each segment is a neighbour's (both ends shared with it), the box's, or coast.
        runs: list[list[Segment]] = []
        open_run = False
        for a, b in itertools.pairwise(ring):
            segment = (projection.forward(*a), projection.forward(*b))
            neighbour = next((name for name, pts in shared.items() if a in pts and b in pts), None)
            if neighbour is not None:
                borders[neighbour].append(segment)
                open_run = False
            elif _on_box_edge(a, b, box):
                open_run = False
            else:
                if not open_run:
                    runs.append([])
                runs[-1].append(segment)
                open_run = True
        # A ring's last run continues into its first when the ring's start lies on the coast.
        if len(runs) > 1 and runs[-1][-1][1] == runs[0][0][0]:
            runs[0] = runs.pop() + runs[0]
        for run in runs:
            xs = [x for segment in run for x, _ in segment]
            side = "east" if sum(xs) / len(xs) > middle_x else "west"
            coasts[side] += run
    return Lines(coasts, borders)


def _to_segment(p: Point, segment: Segment) -> float:
    (x0, y0), (x1, y1) = segment
    dx, dy = x1 - x0, y1 - y0
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 == 0 else max(0.0, min(1.0, ((p[0] - x0) * dx + (p[1] - y0) * dy) / length2))
    return math.hypot(p[0] - (x0 + t * dx), p[1] - (y0 + t * dy))


def distance_km(p: Point, segments: list[Segment]) -> float:
    return min((_to_segment(p, s) for s in segments), default=math.inf)


def rule_lines(rule: Rule, lines: Lines) -> list[Segment]:
    if rule.coast is not None:
        return [s for side, run in lines.coasts.items() if rule.coast in (side, "any") for s in run]
    return [s for name in rule.border_with for s in lines.borders.get(name, [])]


def measure(
    cities: list[dict[str, Any]], rules: list[Rule], lines: Lines, projection: LambertConformalConic
) -> list[Measure]:
    """Every city measured against every rule, city by city."""
    wanted = {rule.region: rule_lines(rule, lines) for rule in rules}
    found = []
    for city in cities:
        loc = city["location"]
        at = projection.forward(loc["longitude"], loc["latitude"])
        for rule in rules:
            km = distance_km(at, wanted[rule.region])
            found.append(Measure(city["id"], rule, km, rule.region in loc["regions"]))
    return found


def disagreement(m: Measure) -> str:
    """What check says of a city whose regions disagree with a rule."""
    where = f"cities/{m.city}.toml: location.regions:"
    rule = f"{m.rule.region} is within {m.rule.within_km:g} km of {m.rule.describe()}"
    if m.listed:
        return f"{where} lists '{m.rule.region}' but lies {m.km:.1f} km from {m.rule.describe()} ({rule})"
    return f"{where} lies {m.km:.1f} km from {m.rule.describe()} but does not list '{m.rule.region}' ({rule})"
