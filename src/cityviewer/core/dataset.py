"""Reading a built dataset: opened read-only, checked, queried. Every failure is a DatasetError with a message
a person can act on; the file is never written."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cityviewer.core.schema import APPLICATION_ID, FTS_WEIGHTS, SCHEMA_VERSION
from cityviewer.core.search import match_expressions

_SQLITE_MAGIC = b"SQLite format 3\x00"


class DatasetError(Exception):
    """The dataset cannot be used. str() is a complete sentence for the person at the screen."""


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
    claim: str
    correction: str


@dataclass(frozen=True)
class Source:
    title: str
    publisher: str | None
    year: int | None
    url: str | None


@dataclass(frozen=True)
class CityEntry:
    """Everything the detail pane shows for one city."""

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


_ROW_COLUMNS = (
    "c.rowid, c.id, c.name, c.hangul, p.name, c.province_code, c.population_total, c.census_rank,"
    " c.article_rank, c.region"
)
_FILTERS = (
    " WHERE (:province IS NULL OR c.province_code = :province)"
    " AND (:region IS NULL OR c.region = :region)"
    " AND (:tag IS NULL OR EXISTS (SELECT 1 FROM tags t WHERE t.city = c.rowid AND t.tag = :tag))"
)
_BROWSE_SQL = (
    f"SELECT {_ROW_COLUMNS} FROM cities c JOIN provinces p ON p.code = c.province_code{_FILTERS}"
    " ORDER BY c.census_rank IS NULL, c.census_rank, c.sort_name"
)
_SEARCH_SQL = (
    f"SELECT {_ROW_COLUMNS} FROM (SELECT rowid, bm25(city_fts, {', '.join(map(str, FTS_WEIGHTS))}) AS score"
    " FROM city_fts WHERE city_fts MATCH :match) m"
    f" JOIN cities c ON c.rowid = m.rowid JOIN provinces p ON p.code = c.province_code{_FILTERS}"
    " ORDER BY c.rowid IN (SELECT rowid FROM city_fts WHERE city_fts MATCH :in_names) DESC, m.score, c.sort_name"
)


def _uri(path: Path) -> str:
    # immutable=1: read-only with no locks and no -wal/-shm files, so a read-only folder is fine.
    return path.resolve().as_uri() + "?mode=ro&immutable=1"


class Dataset:
    """A Cityviewer dataset, open read-only. Use Dataset.open(path)."""

    def __init__(self, connection: sqlite3.Connection, info: DatasetInfo) -> None:
        self._db = connection
        self.info = info

    @classmethod
    def open(cls, path: Path | str) -> Dataset:
        path = Path(path)
        _check_file(path)
        try:
            db = sqlite3.connect(_uri(path), uri=True)
        except sqlite3.Error as exc:
            raise DatasetError(f"The dataset {path} cannot be opened ({exc}).") from exc
        try:
            info = _check_database(db, path)
            db.execute("PRAGMA query_only = 1")
        except sqlite3.DatabaseError as exc:
            db.close()
            raise DatasetError(f"The dataset {path} is damaged and cannot be read ({exc}).") from exc
        except DatasetError:
            db.close()
            raise
        return cls(db, info)

    def close(self) -> None:
        self._db.close()

    def _query(self, sql: str, params: dict[str, Any] | tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise DatasetError(f"The dataset {self.info.path} could not be read ({exc}).") from exc

    def search(
        self, query: str = "", *, province: str | None = None, region: str | None = None, tag: str | None = None
    ) -> list[CityRow]:
        """Cities matching query (any text at all) and the facet filters: cities whose names match first,
        then by relevance.

        With no words to search for, every city that passes the filters, largest first.
        """
        params: dict[str, Any] = {"province": province, "region": region, "tag": tag}
        match = match_expressions(query)
        if match is None:
            rows = self._query(_BROWSE_SQL, params)
        else:
            rows = self._query(_SEARCH_SQL, {**params, "match": match.anywhere, "in_names": match.in_names})
        return [CityRow(*row) for row in rows]

    def provinces(self) -> list[tuple[str, str]]:
        """(code, name) of the divisions that have cities, by code."""
        return [
            (code, name)
            for code, name in self._query(
                "SELECT code, name FROM provinces WHERE code IN (SELECT province_code FROM cities) ORDER BY code"
            )
        ]

    def regions(self) -> list[str]:
        return [r for (r,) in self._query("SELECT DISTINCT region FROM cities ORDER BY region")]

    def tags(self) -> list[str]:
        return [t for (t,) in self._query("SELECT DISTINCT tag FROM tags ORDER BY tag")]

    def city_ids(self) -> list[str]:
        return [i for (i,) in self._query("SELECT id FROM cities ORDER BY id")]

    def entry(self, city_id: str) -> CityEntry | None:
        """The whole entry for city_id, or None if the dataset has no such city."""
        rows = self._query(
            "SELECT c.rowid, c.id, c.name, c.hangul, c.hanja, c.mccune_reischauer, c.revised_romanization,"
            " c.dprk, c.province_code, p.name, p.hangul, c.status, c.status_since, c.status_note,"
            " c.population_total, c.population_urban, c.census_rank, c.province_at_census, c.article_rank,"
            " c.latitude, c.longitude, c.coordinates_source, c.region, c.summary"
            " FROM cities c JOIN provinces p ON p.code = c.province_code WHERE c.id = ?",
            (city_id,),
        )
        if not rows:
            return None
        key, *fields = rows[0]

        def children(sql: str) -> list[tuple[Any, ...]]:
            return self._query(sql, (key,))

        return CityEntry(
            *fields,
            tags=tuple(t for (t,) in children("SELECT tag FROM tags WHERE city = ? ORDER BY tag")),
            other_names=tuple(
                NameNote(*r) for r in children("SELECT name, note FROM other_names WHERE city = ? ORDER BY ord")
            ),
            sections=tuple(
                Section(*r) for r in children("SELECT heading, body FROM sections WHERE city = ? ORDER BY ord")
            ),
            industries=tuple(i for (i,) in children("SELECT name FROM industries WHERE city = ? ORDER BY ord")),
            landmarks=tuple(
                NameNote(*r) for r in children("SELECT name, note FROM landmarks WHERE city = ? ORDER BY ord")
            ),
            related=tuple(
                Related(*r)
                for r in children(
                    "SELECT o.id, o.name, r.relation FROM related r JOIN cities o ON o.rowid = r.other"
                    " WHERE r.city = ? ORDER BY r.ord"
                )
            ),
            corrections=tuple(
                Correction(*r)
                for r in children("SELECT claim, correction FROM corrections WHERE city = ? ORDER BY ord")
            ),
            sources=tuple(
                Source(*r)
                for r in children("SELECT title, publisher, year, url FROM sources WHERE city = ? ORDER BY ord")
            ),
        )


def _check_file(path: Path) -> None:
    if not path.exists():
        raise DatasetError(f"The dataset {path} does not exist.")
    if not path.is_file():
        raise DatasetError(f"The dataset {path} is not a file.")
    try:
        with path.open("rb") as f:
            head = f.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise DatasetError(f"The dataset {path} cannot be read ({exc.strerror}).") from exc
    if not head:
        raise DatasetError(f"The dataset {path} is empty.")
    if head != _SQLITE_MAGIC:
        raise DatasetError(f"The file {path} is not a Cityviewer dataset (it is not an SQLite database).")


def _check_database(db: sqlite3.Connection, path: Path) -> DatasetInfo:
    (app_id,) = db.execute("PRAGMA application_id").fetchone()
    if app_id != APPLICATION_ID:
        raise DatasetError(f"The file {path} is an SQLite database, but not a Cityviewer dataset.")
    (version,) = db.execute("PRAGMA user_version").fetchone()
    if version > SCHEMA_VERSION:
        raise DatasetError(
            f"The dataset {path} was made for a newer Cityviewer (dataset schema {version}; this version reads"
            f" schema {SCHEMA_VERSION}). Install the newer Cityviewer to open it."
        )
    if version < SCHEMA_VERSION:
        raise DatasetError(
            f"The dataset {path} was made for an older Cityviewer (dataset schema {version}; this version reads"
            f" schema {SCHEMA_VERSION}). Rebuild it with 'cityviewer-data build'."
        )
    problems = [p for (p,) in db.execute("PRAGMA quick_check").fetchall()]
    if problems != ["ok"]:
        raise DatasetError(f"The dataset {path} is damaged ({problems[0]}).")
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("schema_version") != str(SCHEMA_VERSION) or "data_version" not in meta:
        raise DatasetError(f"The dataset {path} is damaged (its schema record is missing or wrong).")
    credits = tuple((key.split(".", 2)[2], value) for key, value in sorted(meta.items()) if key.startswith("credit."))
    (count,) = db.execute("SELECT count(*) FROM cities").fetchone()
    return DatasetInfo(path, SCHEMA_VERSION, meta["data_version"], meta.get("title", ""), credits, count)
