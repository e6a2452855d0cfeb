"""From a city as a person names it on the command line (`--city hamhung`) to the one city it means.

The dataset's own search finds the candidates, so every spelling the search box accepts is accepted here
(`hamhung`, `Hamhŭng`, `Hamheung`, `함흥`, a historic name such as `Songjin`); then only a city *named* so counts
(search.names_exactly, the rule the window uses to show the top result): a beginning (`hamh`) or a word of the text
(`vinalon`) names nothing. Refusals carry the closest names, so the message can say what was probably meant.
"""

from __future__ import annotations

from dataclasses import dataclass

from cityviewer.core.dataset import Dataset
from cityviewer.core.records import CITY, Entry
from cityviewer.core.request import SearchRequest
from cityviewer.core.search import names_exactly
from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate, untranslated

CONTEXT = "CityName"
# How many of the search's answers are looked at for a name that matches exactly (the exact name ranks first).
_CANDIDATES = 20
_CLOSEST = 3
_UNKNOWN = QT_TRANSLATE_NOOP("CityName", "no city is named “{name}”")
_UNKNOWN_CLOSEST = QT_TRANSLATE_NOOP("CityName", "no city is named “{name}”; the closest: {closest}")
_AMBIGUOUS = QT_TRANSLATE_NOOP("CityName", "“{name}” names more than one city: {cities}; give the id instead")


@dataclass(frozen=True)
class Resolved:
    """What a name given on the command line means: city_id when it names exactly one city; otherwise ambiguous
    (the ids it names) or unknown, with closest (names, most likely first)."""

    name: str
    city_id: str | None = None
    ambiguous: tuple[str, ...] = ()
    closest: tuple[str, ...] = ()

    def problem(self, tr: Translate = untranslated) -> str:
        """The refusal as a sentence; empty when the name was resolved."""
        if self.city_id is not None:
            return ""
        if self.ambiguous:
            return tr(CONTEXT, _AMBIGUOUS).format(name=self.name, cities=", ".join(self.ambiguous))
        if self.closest:
            return tr(CONTEXT, _UNKNOWN_CLOSEST).format(name=self.name, closest=", ".join(self.closest))
        return tr(CONTEXT, _UNKNOWN).format(name=self.name)


def all_names(entry: Entry) -> tuple[str, ...]:
    """Every name the entry goes by: its name, Hangul, Hanja, each romanization and its other names."""
    names = (entry.name, entry.local_name, *(spelling for _system, spelling in entry.spellings),
             *(n.name for n in entry.other_names))  # fmt: skip
    return tuple(dict.fromkeys(n for n in names if n))


def resolve(dataset: Dataset, name: str) -> Resolved:
    """The city that name (an id, or any name in any spelling the search accepts) means. Raises DatasetError
    when the dataset cannot be read."""
    text = name.strip()
    if text and dataset.rows_of([text]):
        return Resolved(name, city_id=text)
    answer = dataset.answer(SearchRequest(text)) if text else None
    rows = dataset.rows(answer.keys[:_CANDIDATES]) if answer is not None else []
    named, cities = [], []
    for row in rows:
        entry = dataset.entry(row.id)
        if entry is not None and names_exactly(text, *all_names(entry)):
            named.append(row.id)
            cities += [row.id] if row.kind == CITY else []
    if len(named) == 1:
        return Resolved(name, city_id=named[0])
    if len(cities) == 1:  # the city before the division of the same name (Kaesong, not Kaesong Special City)
        return Resolved(name, city_id=cities[0])
    if named:
        return Resolved(name, ambiguous=tuple(named))
    closest = [row.name for row in rows] or (list(answer.suggestions) if answer is not None else [])
    return Resolved(name, closest=tuple(dict.fromkeys(closest))[:_CLOSEST])
