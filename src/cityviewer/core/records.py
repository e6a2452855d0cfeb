"""The dataset's records as the app uses them: a list row, a whole entry and their parts, the dataset's facts.

Built by column name from the database (see Dataset), so that two columns swapped in a query cannot silently
mislabel a field.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class CityRow:
    """One city as the list shows it."""

    key: int
    id: str
    name: str
    hangul: str
    province: str
    province_code: str
    population: int | None
    census_rank: int | None
    article_rank: int | None
    region: str


@dataclass(frozen=True)
class MapPoint:
    """One place as the map draws it: where it is, how big, and what its marker's label and tooltip say."""

    key: int
    id: str
    name: str
    hangul: str
    province: str
    population: int | None
    latitude: float
    longitude: float
    is_capital: bool


@dataclass(frozen=True)
class NameNote:
    name: str
    note: str | None


@dataclass(frozen=True)
class Section:
    heading: str
    body: str


@dataclass(frozen=True)
class Related:
    id: str
    name: str
    relation: str


@dataclass(frozen=True)
class Correction:
    """A claim of the source article, what the sources say instead, and the title of the source that backs it."""

    claim: str
    correction: str
    source: str | None


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str | None
    year: int | None
    url: str | None


@dataclass(frozen=True)
class CityEntry:
    """Everything the detail pane shows for one city; key is its key in the dataset (as in the list)."""

    key: int
    id: str
    name: str
    hangul: str
    hanja: str | None
    mccune_reischauer: str
    revised_romanization: str
    dprk: str | None
    province_code: str
    province: str
    province_hangul: str
    status: str
    status_since: int | None
    status_note: str | None
    population_total: int | None
    population_urban: int | None
    census_rank: int | None
    province_at_census: str | None
    article_rank: int | None
    latitude: float
    longitude: float
    coordinates_source: str
    region: str
    summary: str
    tags: tuple[str, ...]
    other_names: tuple[NameNote, ...]
    sections: tuple[Section, ...]
    industries: tuple[str, ...]
    landmarks: tuple[NameNote, ...]
    related: tuple[Related, ...]
    corrections: tuple[Correction, ...]
    sources: tuple[Source, ...]


@dataclass(frozen=True)
class DatasetInfo:
    path: Path
    schema_version: int
    data_version: str
    title: str
    credits: tuple[tuple[str, str], ...]
    city_count: int
