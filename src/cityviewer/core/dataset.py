"""Reading a built dataset: opened read-only, checked, queried. Every failure is a DatasetError with a message
a person can act on; the file is never written."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from cityviewer.core.folding import normalize
from cityviewer.core.schema import APPLICATION_ID, SCHEMA_VERSION, TABLES
from cityviewer.core.search import Match, match_expressions

_SQLITE_MAGIC = b"SQLite format 3\x00"


class DatasetError(Exception):
    """The dataset cannot be used. str() is a complete sentence for the person at the screen."""


class DatasetInterrupted(Exception):
    """A query was stopped by Dataset.interrupt(): a newer one replaces it."""


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
    "c.rowid, c.id, c.name, c.hangul, coalesce(p.name, c.province_code), c.province_code, c.population_total,"
    " c.census_rank, c.article_rank, c.region"
)
# LEFT JOIN: a city whose province is missing from the provinces table is still a city (shown with its code).
_FROM = " FROM cities c LEFT JOIN provinces p ON p.code = c.province_code"
_FILTERS = (
    " WHERE (:province IS NULL OR c.province_code = :province)"
    " AND (:region IS NULL OR c.region = :region)"
    " AND (:tag IS NULL OR EXISTS (SELECT 1 FROM tags t WHERE t.city = c.rowid AND t.tag = :tag))"
)
_MATCHING = " AND c.rowid IN (SELECT rowid FROM city_fts WHERE city_fts MATCH :match)"
_BY_IMPORTANCE = "c.census_rank IS NULL, c.census_rank, c.sort_name"
# The list's sortable columns (a whitelist: nothing else reaches ORDER BY).
SORT_COLUMNS = {
    "name": "c.sort_name",
    "hangul": "c.hangul",
    "province": "p.name",
    "population": "c.population_total",
    "rank": "c.census_rank",
}
_ROWS_CHUNK = 500


def _uri(path: Path) -> str:
    # immutable=1: read-only with no locks and no -wal/-shm files, so a read-only folder is fine.
    return path.resolve().as_uri() + "?mode=ro&immutable=1"


class Dataset:
    """A Cityviewer dataset, open read-only. Use Dataset.open(path)."""

    def __init__(self, connection: sqlite3.Connection, info: DatasetInfo) -> None:
        self._db = connection
        self.info = info
        self._importance: list[int] | None = None
        self._position: dict[int, int] = {}

    @classmethod
    def open(cls, path: Path | str, *, verify: bool = True) -> Dataset:
        """Open path read-only, checking it is a Cityviewer dataset of this schema; verify=False skips reading every
        page (PRAGMA quick_check), for a second connection to a file already verified."""
        path = Path(path)
        _check_file(path)
        try:
            # check_same_thread=False: a search worker may interrupt() this connection from the GUI thread; each
            # connection is still used by one thread at a time.
            db = sqlite3.connect(_uri(path), uri=True, check_same_thread=False)
        except sqlite3.Error as exc:
            raise DatasetError(f"The dataset {path} cannot be opened ({exc}).") from exc
        try:
            info = _check_database(db, path, verify)
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
            if isinstance(exc, sqlite3.OperationalError) and str(exc) == "interrupted":
                raise DatasetInterrupted from exc
            raise DatasetError(f"The dataset {self.info.path} could not be read ({exc}).") from exc

    def search_keys(
        self,
        query: str = "",
        *,
        province: str | None = None,
        region: str | None = None,
        tag: str | None = None,
        sort: str | None = None,
        descending: bool = False,
    ) -> list[int]:
        """The keys of the cities matching query (any text at all) and the facet filters, in order.

        By default the city named exactly as typed comes first, then those whose names match, then those that only
        mention it, each group largest first; with no words to search for, every city, largest first. sort (a key
        of SORT_COLUMNS) orders by that column instead.
        """
        params: dict[str, Any] = {"province": province, "region": region, "tag": tag}
        match = match_expressions(query)
        filtered = any(v is not None for v in params.values())
        if sort is None:
            if match is None and not filtered:
                return list(self._importance_order())
            return self._by_relevance(match, normalize(query), params if filtered else None)
        column = SORT_COLUMNS[sort]
        where = _FILTERS
        if match is not None:
            where += _MATCHING
            params["match"] = match.anywhere
        order = f"{column} IS NULL, {column} {'DESC' if descending else 'ASC'}, c.sort_name"
        tables = _FROM if sort == "province" else " FROM cities c"  # the join costs; only this order needs it
        return [key for (key,) in self._query(f"SELECT c.rowid{tables}{where} ORDER BY {order}", params)]

    def _importance_order(self) -> list[int]:
        """Every key, largest city first (read once per connection)."""
        if self._importance is None:
            rows = self._query(f"SELECT c.rowid FROM cities c ORDER BY {_BY_IMPORTANCE}")
            self._importance = [key for (key,) in rows]
            self._position = {key: n for n, key in enumerate(self._importance)}
        return self._importance

    def _by_relevance(self, match: Match | None, exact_name: str, filters: dict[str, Any] | None) -> list[int]:
        """Matching keys as three groups (named exactly so, names match, text matches), each by importance.

        Done here rather than in ORDER BY: sorting 100,000 matches in SQL costs several times the match itself,
        while set operations and one walk along the importance order cost a few milliseconds.
        """
        order = self._importance_order()
        allowed = None
        if filters is not None:
            allowed = {key for (key,) in self._query(f"SELECT c.rowid FROM cities c{_FILTERS}", filters)}
        if match is None:
            return self._in_order(allowed or set(), order)
        found = self._fts(match.anywhere)
        if allowed is not None:
            found &= allowed
        exact = {key for (key,) in self._query("SELECT rowid FROM cities WHERE sort_name = ?", (exact_name,))}
        exact &= found
        named = (found if match.in_names == match.anywhere else self._fts(match.in_names) & found) - exact
        rest = found - named - exact
        return [key for group in (exact, named, rest) for key in self._in_order(group, order)]

    def _in_order(self, keys: set[int], order: list[int]) -> list[int]:
        if len(keys) * 8 < len(order):  # few: sort just them (an index entry without its city is left out)
            return sorted((key for key in keys if key in self._position), key=self._position.__getitem__)
        return [key for key in order if key in keys]  # many: walk the whole order once

    def _fts(self, expression: str) -> set[int]:
        return {key for (key,) in self._query("SELECT rowid FROM city_fts WHERE city_fts MATCH ?", (expression,))}

    def rows(self, keys: list[int]) -> list[CityRow | None]:
        """The list rows of keys, in the same order; None where a key has no city."""
        found: dict[int, CityRow] = {}
        for start in range(0, len(keys), _ROWS_CHUNK):
            chunk = keys[start : start + _ROWS_CHUNK]
            marks = ",".join("?" * len(chunk))
            for row in self._query(f"SELECT {_ROW_COLUMNS}{_FROM} WHERE c.rowid IN ({marks})", tuple(chunk)):
                found[row[0]] = CityRow(*row)
        return [found.get(key) for key in keys]

    def search(
        self, query: str = "", *, province: str | None = None, region: str | None = None, tag: str | None = None
    ) -> list[CityRow]:
        """The rows of search_keys(), for when every row is wanted at once."""
        rows = self.rows(self.search_keys(query, province=province, region=region, tag=tag))
        return [row for row in rows if row is not None]

    def key_of(self, city_id: str) -> int | None:
        found = self._query("SELECT rowid FROM cities WHERE id = ?", (city_id,))
        return found[0][0] if found else None

    def interrupt(self) -> None:
        """Stop the query running on this dataset's connection (from any thread); it raises DatasetInterrupted."""
        self._db.interrupt()

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
            " c.dprk, c.province_code, coalesce(p.name, c.province_code), coalesce(p.hangul, ''), c.status,"
            " c.status_since, c.status_note,"
            " c.population_total, c.population_urban, c.census_rank, c.province_at_census, c.article_rank,"
            f" c.latitude, c.longitude, c.coordinates_source, c.region, c.summary{_FROM} WHERE c.id = ?",
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


def _check_database(db: sqlite3.Connection, path: Path, verify: bool) -> DatasetInfo:
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
    (pages,) = db.execute("PRAGMA page_count").fetchone()
    (page_size,) = db.execute("PRAGMA page_size").fetchone()
    if path.stat().st_size < pages * page_size:  # SQLite would read the missing end as zeros
        raise DatasetError(f"The dataset {path} is damaged (it is shorter than its header says: cut off?).")
    present = {name for (name,) in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    missing = [table for table in TABLES if table not in present]
    if missing:
        raise DatasetError(f"The dataset {path} is damaged (it has no {', '.join(missing)} table).")
    problems = [p for (p,) in db.execute("PRAGMA quick_check").fetchall()] if verify else ["ok"]
    if problems != ["ok"]:
        raise DatasetError(f"The dataset {path} is damaged ({problems[0]}).")
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("schema_version") != str(SCHEMA_VERSION) or "data_version" not in meta:
        raise DatasetError(f"The dataset {path} is damaged (its schema record is missing or wrong).")
    credits = tuple(
        (key.split(".", 2)[-1], str(value)) for key, value in sorted(meta.items()) if str(key).startswith("credit.")
    )
    (count,) = db.execute("SELECT count(*) FROM cities").fetchone()
    return DatasetInfo(path, SCHEMA_VERSION, meta["data_version"], meta.get("title", ""), credits, count)
