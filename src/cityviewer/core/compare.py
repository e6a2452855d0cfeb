"""Two to four cities side by side, with no Qt: their facts, the great-circle distance between each pair, and the
axis of a bar chart of their populations drawn to scale (the GUI's Compare pane draws it, and core.paper.sheet sets the
same on paper)."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from itertools import combinations

from cityviewer.core import vocabulary
from cityviewer.core.map.geo import great_circle_km
from cityviewer.core.numbers import PLAIN, Formats
from cityviewer.core.records import CityEntry
from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate, untranslated
from cityviewer.core.volume import Volume

MIN_CITIES, MAX_CITIES = 2, 4
CONTEXT = "Compare"


def _number(value: int | None, fmt: Formats) -> str:
    return fmt.integer(value) if value else ""


def _terms(keys: tuple[str, ...] | list[str], tr: Translate) -> str:
    return ", ".join(vocabulary.term(key, tr) for key in keys if key)


def _labelled(text: str) -> Callable[[Volume, Translate], str]:
    return lambda _volume, translate: translate("Compare", text)


_RANK_BY_POPULATION = QT_TRANSLATE_NOOP("Compare", "Rank by population")
_CENSUS_RANK = QT_TRANSLATE_NOOP("Compare", "Census rank")


def _rank(volume: Volume, translate: Translate) -> str:
    return translate("Compare", _RANK_BY_POPULATION if volume.census is None else _CENSUS_RANK)


Label = Callable[[Volume, Translate], str]
Value = Callable[[CityEntry, Volume, Translate, Formats], str]
# The facts compared, a row each: (its label, the city's value). The census they come from is said once, above
# them (the window's and the sheet's introduction).
FACTS: tuple[tuple[Label, Value], ...] = (
    (_labelled(QT_TRANSLATE_NOOP("Compare", "Population")), lambda c, _v, _tr, f: _number(c.population_total, f)),
    (_labelled(QT_TRANSLATE_NOOP("Compare", "Urban population")), lambda c, _v, _tr, f: _number(c.population_urban, f)),
    (_rank, lambda c, _v, _tr, f: _number(c.census_rank, f)),
    (lambda volume, _tr: volume.divisions.label, lambda c, _v, _tr, _f: c.division),  # the volume's word
    (_labelled(QT_TRANSLATE_NOOP("Compare", "Region")), lambda c, v, _tr, _f: v.regions_label(c.regions)),
    (_labelled(QT_TRANSLATE_NOOP("Compare", "Status")), lambda c, _v, _tr, _f: c.status),
    (_labelled(QT_TRANSLATE_NOOP("Compare", "Tags")), lambda c, _v, tr, _f: _terms(c.tags, tr)),
    (_labelled(QT_TRANSLATE_NOOP("Compare", "Industries")), lambda c, _v, _tr, _f: "\n".join(c.industries)),
    (_labelled(QT_TRANSLATE_NOOP("Compare", "Landmarks")),
     lambda c, _v, _tr, _f: "\n".join(landmark.name for landmark in c.landmarks)),
)  # fmt: skip


def fact_rows(
    cities: tuple[CityEntry, ...], volume: Volume, tr: Translate = untranslated, fmt: Formats = PLAIN
) -> list[tuple[str, list[str]]]:
    """Each fact's label and its value for each city, in the cities' order (several items: one a line), its
    numbers written by fmt."""
    return [(label(volume, tr), [value(city, volume, tr, fmt) for city in cities]) for label, value in FACTS]


@dataclass(frozen=True)
class Distance:
    first: str  # ids
    second: str
    km: float


@dataclass(frozen=True)
class Comparison:
    """cities in the order chosen; distances: every pair, in the order of the cities (first with second, first with
    third, ...)."""

    cities: tuple[CityEntry, ...]
    distances: tuple[Distance, ...]

    def largest_population(self) -> int:
        return max((c.population_total or 0 for c in self.cities), default=0)

    def km(self, first: str, second: str) -> float | None:
        for distance in self.distances:
            if {distance.first, distance.second} == {first, second}:
                return distance.km
        return None


def compare(cities: list[CityEntry] | tuple[CityEntry, ...]) -> Comparison:
    """The comparison of 2 to 4 different cities; ValueError otherwise."""
    if not MIN_CITIES <= len(cities) <= MAX_CITIES:
        raise ValueError(f"compare {MIN_CITIES} to {MAX_CITIES} cities, not {len(cities)}")
    if len({c.id for c in cities}) != len(cities):
        raise ValueError("a city is there twice")
    distances = tuple(
        Distance(a.id, b.id, great_circle_km(a.longitude, a.latitude, b.longitude, b.latitude))
        for a, b in combinations(cities, 2)
    )
    return Comparison(tuple(cities), distances)


def axis_ticks(largest: int, most: int = 6) -> list[int]:
    """Round values from 0 up to at least largest (1, 2 or 5 times a power of ten apart), at most `most` + 1 of
    them: the labelled axis of the population bars. The last tick is the axis' end, so every bar fits."""
    if largest <= 0:
        return [0, 1]
    raw = largest / most
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    count = math.ceil(largest / step)
    return [n * step for n in range(count + 1)]
