"""The dataset's records as the app uses them: a list row, a whole entry (a city's or a division's) and their
parts, the dataset's facts.

Built by column name from the database (see Dataset), so that two columns swapped in a query cannot silently
mislabel a field.

The records are NamedTuples, as are the volume's parts (core.volume): frozen, compared and printed field by field,
as a frozen dataclass is, but dataclasses compile each method they write when the module is imported, before the
first paint, and a row is built four times faster. A record that nothing compares, hashes or prints (Volume, the
settings' keys, the dataset thread's ops) is a plain class with __slots__: nothing compiled at import.
"""

from __future__ import annotations

from pathlib import Path
from typing import NamedTuple

from cityviewer.core.volume import Volume

# An entry's kind: a city, or a first-level division (a province, the capital city or a special city: its
# division_kind, a key of the volume's division_kinds). The list, the filter and the article tell them apart.
CITY = "city"
DIVISION = "division"


class EntryRow(NamedTuple):
    """One entry as the list shows it: a city, or a division (kind DIVISION, with its division_kind)."""

    key: int
    id: str
    kind: str
    division_kind: str | None
    name: str
    local_name: str
    division: str
    division_code: str
    population: int | None
    census_rank: int | None
    article_rank: int | None
    region: str
    division_local_name: str = ""  # the division's name in the volume's own script ("" where it has none)


class MapPoint(NamedTuple):
    """One place as the map draws it: where it is, how big, and what its marker's label and tooltip say."""

    key: int
    id: str
    name: str
    local_name: str
    division: str
    population: int | None
    latitude: float
    longitude: float
    is_capital: bool

    def local_leading(self) -> MapPoint:
        """The same place named first in its volume's own script (평양 Pyongyang), for a volume read in that script's
        language (Volume.local_first): its label, tooltip and description lead with the local name."""
        return self._replace(name=self.local_name, local_name=self.name) if self.local_name else self


class NameNote(NamedTuple):
    name: str
    note: str | None


class OtherName(NamedTuple):
    """Another name of an entry; kind is a key of the volume's name_kinds (historic, japanese-era, ...)."""

    name: str
    kind: str
    note: str | None


class Section(NamedTuple):
    heading: str
    body: str


class Related(NamedTuple):
    id: str
    name: str
    relation: str


class Correction(NamedTuple):
    """A claim of the source article, what the sources say instead, and the title of the source that backs it."""

    claim: str
    correction: str
    source: str | None


class Source(NamedTuple):
    title: str
    publisher: str | None
    year: int | None
    url: str | None


def _spelling(spellings: tuple[tuple[str, str], ...], system: str) -> str:
    return next((spelling for key, spelling in spellings if key == system), "")


class CityEntry(NamedTuple):
    """Everything the detail pane shows for one city; key is its key in the dataset (as in the list)."""

    key: int
    id: str
    name: str
    local_name: str
    division_code: str
    division: str
    division_local_name: str
    division_has_entry: bool  # whether the dataset has the division's own entry (its id is division_code)
    status: str
    status_since: int | None
    status_note: str | None
    population_total: int | None
    population_urban: int | None
    census_rank: int | None
    division_at_census: str | None
    article_rank: int | None
    latitude: float
    longitude: float
    coordinates_source: str
    region: str  # the main region (the first of regions)
    summary: str
    tags: tuple[str, ...]
    regions: tuple[str, ...]  # keys of the volume's regions, the main one first
    spellings: tuple[tuple[str, str], ...]  # (system, spelling): the name in each of the volume's name systems
    other_names: tuple[OtherName, ...]
    sections: tuple[Section, ...]
    industries: tuple[str, ...]
    landmarks: tuple[NameNote, ...]
    related: tuple[Related, ...]
    corrections: tuple[Correction, ...]
    sources: tuple[Source, ...]
    summaries: tuple[tuple[str, str], ...] = ()  # (language, text): the summary in other languages, by language

    def spelling(self, system: str) -> str:
        """The entry's name in the volume's name system of that key ("" where it has none)."""
        return _spelling(self.spellings, system)

    def summary_in(self, language: str) -> str | None:
        """The summary written in language, if the entry has one (not the entry's own summary)."""
        return dict(self.summaries).get(language)


class Member(NamedTuple):
    """A city of a division, as the division's entry lists it."""

    id: str
    name: str
    population: int | None


class DivisionEntry(NamedTuple):
    """Everything the detail pane shows for a first-level division; its id is its ISO 3166-2 code. capital_id is
    the capital's entry, when the dataset has it; capital is its name either way."""

    key: int
    id: str
    name: str
    local_name: str
    division_kind: str
    status_since: int | None
    status_note: str | None
    capital: str
    capital_id: str | None
    area_km2: float | None
    area_source: str | None
    area_note: str | None
    population: int | None
    population_year: int | None
    population_source: str | None
    population_note: str | None
    summary: str
    spellings: tuple[tuple[str, str], ...]  # (system, spelling): the name in each of the volume's name systems
    other_names: tuple[OtherName, ...]
    sections: tuple[Section, ...]
    sources: tuple[Source, ...]
    cities: tuple[Member, ...]  # largest first
    summaries: tuple[tuple[str, str], ...] = ()  # (language, text): the summary in other languages, by language

    def spelling(self, system: str) -> str:
        """The entry's name in the volume's name system of that key ("" where it has none)."""
        return _spelling(self.spellings, system)

    def summary_in(self, language: str) -> str | None:
        """The summary written in language, if the entry has one (not the entry's own summary)."""
        return dict(self.summaries).get(language)


Entry = CityEntry | DivisionEntry


class DatasetInfo(NamedTuple):
    path: Path
    schema_version: int
    data_version: str
    title: str
    credits: tuple[tuple[str, str], ...]
    city_count: int
    division_count: int
    volume: Volume
