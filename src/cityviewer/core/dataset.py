"""Reading a built dataset: opened read-only, checked, queried. Every failure the person can act on is a
DatasetError of its kind (core.errors); the file is never written."""

from __future__ import annotations

import math
import sqlite3
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from operator import itemgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from cityviewer.core import collation, vocabulary
from cityviewer.core.errors import DatasetDamaged, DatasetError, DatasetUnreadable, NotADataset, raise_for
from cityviewer.core.folding import MAX_QUERY_CHARS, normalize
from cityviewer.core.records import (
    CITY,
    DIVISION,
    CityEntry,
    Correction,
    DatasetInfo,
    DivisionEntry,
    Entry,
    EntryRow,
    MapPoint,
    Member,
    NameNote,
    OtherName,
    Related,
    Section,
    Source,
)
from cityviewer.core.request import SearchRequest, SearchResults, Show, SortKey
from cityviewer.core.schema import APPLICATION_ID, SCHEMA_VERSION, TABLE_STATEMENTS
from cityviewer.core.search import Match, match_expressions
from cityviewer.core.translatable import QT_TRANSLATE_NOOP
from cityviewer.core.volume import FALLBACK_LANGUAGE, VolumeError, volume_from_json

if TYPE_CHECKING:
    from cityviewer.core.falsefriends import FalseFriend

_SQLITE_MAGIC = b"SQLite format 3\x00"

# Each column under the name of the record field it fills (EntryRow's, CityEntry's): rows are built by name.
_FROM = " FROM entries c LEFT JOIN division_names p ON p.code = c.division_code"
# LEFT JOIN: a city whose division is missing from division_names is still a city (shown with its code).
_ROW_COLUMNS = (
    "c.rowid AS key, c.id AS id, c.kind AS kind, CASE c.kind WHEN 'division' THEN c.status END AS division_kind,"
    " c.name AS name, c.local_name AS local_name,"
    " coalesce(p.name, c.division_code) AS division, c.division_code AS division_code,"
    " c.population_total AS population, c.census_rank AS census_rank, c.article_rank AS article_rank,"
    " c.region AS region, coalesce(p.local_name, '') AS division_local_name"
)
_ENTRY_COLUMNS = (
    "c.rowid AS key, c.id AS id, c.name AS name, c.local_name AS local_name,"
    " c.division_code AS division_code, coalesce(p.name, c.division_code) AS division,"
    " coalesce(p.local_name, '') AS division_local_name,"
    " EXISTS (SELECT 1 FROM entries d WHERE d.id = c.division_code) AS division_has_entry,"
    " c.status AS status, c.status_since AS status_since,"
    " c.status_note AS status_note, c.population_total AS population_total,"
    " c.population_urban AS population_urban, c.census_rank AS census_rank,"
    " c.division_at_census AS division_at_census, c.article_rank AS article_rank, c.latitude AS latitude,"
    " c.longitude AS longitude, c.coordinates_source AS coordinates_source, c.region AS region,"
    " c.summary AS summary"
)
_FILTERS = (
    " WHERE (:division IS NULL OR c.division_code = :division)"
    " AND (:region IS NULL OR c.rowid IN (SELECT entry FROM regions WHERE region = :region))"
    " AND (:tag IS NULL OR EXISTS (SELECT 1 FROM tags t WHERE t.entry = c.rowid AND t.tag = :tag))"
    " AND (:kind IS NULL OR c.kind = :kind) AND (NOT :article OR c.article_rank IS NOT NULL)"
)
# What each choice of Show asks of _FILTERS: (kind, only the article's ten).
_SHOWING = {Show.EVERYTHING: (None, False), Show.CITIES: ("city", False), Show.DIVISIONS: (DIVISION, False),
            Show.ARTICLE: ("city", True), Show.STARRED: (None, False)}  # fmt: skip
_MATCHING = " AND c.rowid IN (SELECT rowid FROM entry_fts WHERE entry_fts MATCH :match)"
_BY_IMPORTANCE = "c.census_rank IS NULL, c.census_rank, c.sort_name"
# What each sort key orders by (a whitelist: nothing else reaches ORDER BY).
SORT_COLUMNS = {
    SortKey.NAME: "c.sort_name",
    SortKey.LOCAL_NAME: f"c.local_name COLLATE {collation.COLLATION}",  # 가나다 order (core.collation)
    SortKey.DIVISION: "p.name",
    SortKey.POPULATION: "c.population_total",
    SortKey.RANK: "c.census_rank",
}
# The division's local name, else its name, as the list shows it when the volume is read in its own script.
_LOCAL_DIVISION = f"coalesce(nullif(p.local_name, ''), p.name) COLLATE {collation.COLLATION}"
_IS_CAPITAL = "c.rowid IN (SELECT entry FROM tags WHERE tag = 'capital')"  # the index tags_by_tag answers it
# map_points(near=...) looks this many degrees of latitude either side first (a place nearer than that is in it).
_NEAR_BOX = 2.0
# rows() asks for this many keys per query: SQLite allows 32,766 parameters; far fewer keep each query quick.
_ROWS_PER_QUERY = 500
# stop_when() asks whether a query is still wanted every this many virtual-machine steps.
_STEPS_BETWEEN_CHECKS = 5_000
# Called before every query (None: nothing is called). The GUI installs a check here in its tests and debug runs
# (gui.syncreads): a query on its own thread, outside the reads it declares, fails. The core knows nothing of Qt.
_query_check: Callable[[], None] | None = None


def set_query_check(check: Callable[[], None] | None) -> None:
    """Call check() before every query of every Dataset from now on (None: stop); it may raise to refuse one."""
    global _query_check
    _query_check = check


# The latest answers kept (Dataset.answer): typing back over a word, or starting another with the same letter, asks
# again what was just answered. At most this many keys in all (8 bytes each), whatever the dataset's size.
ANSWERS_KEPT_KEYS = 1_000_000


def _flat_degrees(point: MapPoint, near: tuple[float, float]) -> float:
    """The distance map_points(near=...) ranks by, in degrees of latitude."""
    k = math.cos(math.radians(near[0])) ** 2
    return math.sqrt((point.latitude - near[0]) ** 2 + (point.longitude - near[1]) ** 2 * k)


_first = itemgetter(0)  # a row's first column
_CITY_ROW_FIELDS = EntryRow._fields


def _uri(path: Path) -> str:
    # immutable=1: read-only with no locks and no -wal/-shm files, so a read-only folder is fine.
    return path.resolve().as_uri() + "?mode=ro&immutable=1"


def _connect(path: Path) -> sqlite3.Connection:
    """A read-only connection to path that reads text as the dataset stores it and sorts with our collation (what
    Dataset.open and Dataset.open_again share)."""
    db = sqlite3.connect(_uri(path), uri=True)
    try:
        db.text_factory = _text
        db.create_collation(collation.COLLATION, collation.compare)
    except sqlite3.Error:
        db.close()
        raise
    return db


def _text(data: bytes) -> str:
    """Text as stored; a damaged byte shows as U+FFFD rather than making the whole row unreadable."""
    return data.decode("utf-8", "replace")


def _texts(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """row with a value stored as a BLOB read as text (see _named)."""
    return tuple(_text(value) if isinstance(value, bytes) else value for value in row)


def _named(cursor: sqlite3.Cursor, row: tuple[Any, ...]) -> dict[str, Any]:
    """A row factory: each value under its column's name. The schema has no BLOB column: a value stored as one is a
    damaged text (a flipped type byte that quick_check does not see), read as text like any other damaged text."""
    return {
        column[0]: _text(value) if isinstance(value, bytes) else value
        for column, value in zip(cursor.description, row, strict=True)
    }


class Dataset:
    """A Cityviewer dataset, open read-only. Use Dataset.open(path)."""

    def __init__(self, connection: sqlite3.Connection, info: DatasetInfo) -> None:
        self._db = connection
        self.info = info
        self._importance: list[int] | None = None
        self._position: dict[int, int] = {}
        self._division_keys: frozenset[int] | None = None
        self._friend_keys: frozenset[str] | None = None  # what the false friends' names are found by
        self._answers: OrderedDict[SearchRequest, SearchResults] = OrderedDict()  # the latest, newest last
        self._answers_keys = 0

    @classmethod
    def open(cls, path: Path | str, *, verify: bool = True, language: str = FALLBACK_LANGUAGE) -> Dataset:
        """Open path read-only, checking it is a Cityviewer dataset of this schema; verify=False skips reading every
        page (PRAGMA quick_check), for a second connection to a file already verified. language: the one its volume
        is read in (info.volume: its texts, and the entries' summaries in it, where the volume gives them)."""
        path = Path(path)
        _check_file(path)
        db: sqlite3.Connection | None = None
        try:
            db = _connect(path)
            info = _check_database(db, path, verify, language)
            db.execute("PRAGMA query_only = 1")
        except sqlite3.Error as exc:
            if db is not None:
                db.close()
            raise_for(exc, path)
        except UnicodeDecodeError:  # SQLite's message quotes a damaged schema, which is not text
            if db is not None:
                db.close()
            raise DatasetDamaged(_DAMAGED, path=path, detail=_UNREADABLE_SCHEMA) from None
        except DatasetError:
            if db is not None:
                db.close()
            raise
        return cls(db, info)

    @classmethod
    def open_again(cls, info: DatasetInfo) -> Dataset:
        """Another read-only connection to the dataset info describes, which Dataset.open has checked already (for a
        worker thread): its schema, volume and counts are not read and parsed again (memory at start-up), info is
        taken as it is, and its pages are not read (verify_pages does that)."""
        path = info.path
        _check_file(path)
        db: sqlite3.Connection | None = None
        try:
            db = _connect(path)
            db.execute("PRAGMA query_only = 1")
        except sqlite3.Error as exc:
            if db is not None:
                db.close()
            raise_for(exc, path)
        return cls(db, info)

    def close(self) -> None:
        self._db.close()

    def verify_pages(self) -> None:
        """Read every page (PRAGMA quick_check), as open(verify=True) does: DatasetDamaged if any is damaged. For a
        dataset opened with verify=False whose check runs later, off the GUI thread (seconds at 100,000 places)."""
        (cache_size,) = self._query("PRAGMA cache_size")[0]
        self._query("PRAGMA cache_size = 16")  # each page is read once: no cache of the whole file (peak memory)
        try:
            problems = [problem for (problem,) in self._query("PRAGMA quick_check")]
        finally:
            self._query(f"PRAGMA cache_size = {int(cache_size)}")
        if problems != ["ok"]:
            raise DatasetDamaged(_DAMAGED, path=self.info.path, detail=problems[0])

    def _query(self, sql: str, params: dict[str, Any] | tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        if _query_check is not None:
            _query_check()
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise_for(exc, self.info.path)
        except UnicodeDecodeError:
            raise DatasetDamaged(_DAMAGED, path=self.info.path, detail=_UNREADABLE_SCHEMA) from None

    def _records(self, sql: str, params: dict[str, Any] | tuple[Any, ...] = ()) -> list[dict[str, Any]]:
        """The rows of sql, each a dict of column name to value."""
        if _query_check is not None:
            _query_check()
        try:
            cursor = self._db.cursor()
            cursor.row_factory = _named
            return cursor.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise_for(exc, self.info.path)
        except UnicodeDecodeError:
            raise DatasetDamaged(_DAMAGED, path=self.info.path, detail=_UNREADABLE_SCHEMA) from None

    def _in_fields(self, sql: str, params: tuple[Any, ...], fields: tuple[str, ...]) -> list[tuple[Any, ...]]:
        """The rows of sql, each its values of the columns named fields, in that order (a record's fields): built
        by name as _records does, at the cost of a tuple (the list reads a page of rows on every keystroke)."""
        if _query_check is not None:
            _query_check()
        try:
            cursor = self._db.execute(sql, params)
            rows = cursor.fetchall()
        except sqlite3.Error as exc:
            raise_for(exc, self.info.path)
        except UnicodeDecodeError:
            raise DatasetDamaged(_DAMAGED, path=self.info.path, detail=_UNREADABLE_SCHEMA) from None
        columns = [column[0] for column in cursor.description]
        pick = itemgetter(*(columns.index(field) for field in fields))
        return list(map(pick, rows))

    def _search(self, request: SearchRequest) -> tuple[list[int], int | None, int | None]:
        """The keys of the entries that answer request, in its order (see SearchRequest), where the entries that
        only mention the text begin (see SearchResults), and how many of them are divisions (None: not counted)."""
        found, mentioned_from, divisions = self._search_all(request)
        if request.show != Show.STARRED:
            return found, mentioned_from, divisions
        starred = set(self._keys_of(request.starred))
        kept = [key for key in found if key in starred]
        if mentioned_from is not None:
            named = sum(1 for key in found[:mentioned_from] if key in starred)
            mentioned_from = named if named < len(kept) else None
        return kept, mentioned_from, None

    def _search_all(self, request: SearchRequest) -> tuple[list[int], int | None, int | None]:
        kind, article = _SHOWING[request.show]
        params: dict[str, Any] = {"division": request.division, "region": request.region, "tag": request.tag,
                                  "kind": kind, "article": article}  # fmt: skip
        match = match_expressions(request.text, self.info.volume.foldings)
        filtered = request.has_filters()
        if request.sort is None:
            if match is None and not filtered:
                return list(self._importance_order()), None, len(self._divisions())
            return self._by_relevance(match, normalize(request.text), params if filtered else None)
        column = SORT_COLUMNS[request.sort]
        if request.sort == SortKey.DIVISION and self.info.volume.local_first:
            column = _LOCAL_DIVISION  # the list shows the division's local name: 가나다 order
        where = _FILTERS
        if match is not None:
            where += _MATCHING
            params["match"] = match.anywhere
        order = f"{column} IS NULL, {column} {'DESC' if request.descending else 'ASC'}, c.sort_name"
        # The join costs; only the division order needs it.
        tables = _FROM if request.sort == SortKey.DIVISION else " FROM entries c"
        return [key for (key,) in self._query(f"SELECT c.rowid{tables}{where} ORDER BY {order}", params)], None, None

    def _importance_order(self) -> list[int]:
        """Every key, largest city first (read once per connection)."""
        if self._importance is None:
            rows = self._query(f"SELECT c.rowid FROM entries c ORDER BY {_BY_IMPORTANCE}")
            self._importance = [key for (key,) in rows]
            self._position = {key: n for n, key in enumerate(self._importance)}
        return self._importance

    def _divisions(self) -> frozenset[int]:
        """The keys of the divisions (read once per connection)."""
        if self._division_keys is None:
            self._division_keys = frozenset(
                k for (k,) in self._query("SELECT rowid FROM entries WHERE kind = 'division'")
            )
        return self._division_keys

    def _by_relevance(
        self, match: Match | None, exact_name: str, filters: dict[str, Any] | None
    ) -> tuple[list[int], int | None, int | None]:
        """Matching keys as three groups (named exactly so, names match, text matches), each by importance, where
        the third begins (None if it is empty), and how many divisions they count.

        Done here rather than in ORDER BY: sorting 100,000 matches in SQL costs several times the match itself,
        while set operations and one walk along the importance order cost a few milliseconds. Each set operation
        costs as much as its smaller set (the groups are taken out of the matches in place), so a word that
        matches every place costs one walk, not a copy of every key per group.
        """
        order = self._importance_order()
        allowed = None
        if filters is not None:
            allowed = self._keys(f"SELECT c.rowid FROM entries c{_FILTERS}", filters)
        if match is None:
            allowed = allowed or set()
            return self._in_order(allowed, order), None, len(self._divisions() & allowed)
        found = self._fts(match.anywhere)
        if allowed is not None:
            found &= allowed
        divisions = len(self._divisions() & found)
        exact = self._keys("SELECT rowid FROM entries WHERE sort_name = ?", (exact_name,)) & found
        if match.in_names == match.anywhere:
            named, found = found, set()
        else:
            named = self._fts(match.in_names) & found
            found -= named
        named -= exact
        found -= exact
        by_name = self._in_order(exact, order) + self._in_order(named, order)
        return by_name + self._in_order(found, order), len(by_name) if found else None, divisions

    def _in_order(self, keys: set[int], order: list[int]) -> list[int]:
        if len(keys) * 8 < len(order):  # few: sort just them (an index entry without its city is left out)
            return sorted(filter(self._position.__contains__, keys), key=self._position.__getitem__)
        return list(filter(keys.__contains__, order))  # many: walk the whole order once

    def _keys(self, sql: str, params: dict[str, Any] | tuple[Any, ...]) -> set[int]:
        """The keys sql reads (its first column)."""
        return set(map(_first, self._query(sql, params)))

    def _fts(self, expression: str) -> set[int]:
        return self._keys("SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?", (expression,))

    def prepare_search(self) -> list[str]:
        """Read now what every search reads once per connection (every key, largest first), so that the first
        search typed does not wait for it (the window asks for it on its dataset thread after the first paint);
        the letters the entries' names begin with (lower case, the most common first), each a first letter a
        person may type: the most costly search of all (a lone letter, answered from every name), worth answering
        before it is typed."""
        self._importance_order()
        self._divisions()
        letters = self._query(
            "SELECT lower(substr(sort_name, 1, 1)) AS letter FROM entries GROUP BY letter ORDER BY count(*) DESC"
        )  # the most names first
        return [letter for (letter,) in letters if letter and letter.isalnum()]

    def answer(self, request: SearchRequest) -> SearchResults:
        """The entries that answer request (their keys, in its order) with what the list shows beside them: the
        places outside the volume that the text names (false friends), and when nothing matches the words alone (no
        filter set), the entries those places may be confused with (청주 lists Chongju, 정주) or else the names
        closest to the words. The latest answers are kept (ANSWERS_KEPT_KEYS): the dataset never changes."""
        kept = self._answers.get(request)
        if kept is not None:
            self._answers.move_to_end(request)
            return kept
        results = self._answer(request)
        self._answers[request] = results
        self._answers_keys += len(results.keys)
        while self._answers_keys > ANSWERS_KEPT_KEYS and len(self._answers) > 1:
            self._answers_keys -= len(self._answers.popitem(last=False)[1].keys)
        return results

    def _answer(self, request: SearchRequest) -> SearchResults:
        found, mentioned_from, divisions = self._search(request)
        notices = tuple(self._false_friends(request.text))
        if not found and not request.has_filters():
            found = list(dict.fromkeys(self._keys_of(n.entry_id for n in notices)))
            divisions = None
        keys = tuple(found)
        offer = not keys and not request.has_filters() and request.text.strip()
        suggestions = tuple(self._suggestions(request.text)) if offer else ()
        if divisions is None:
            known = self._divisions()
            divisions = sum(map(known.__contains__, keys)) if known else 0
        return SearchResults(
            request, keys, suggestions=suggestions, mentioned_from=mentioned_from, divisions=divisions,
            notices=notices,
        )  # fmt: skip

    def _false_friends(self, text: str) -> list[FalseFriend]:
        """The places outside the volume that text names (core.falsefriends), in the order of the data."""
        if not text.strip():  # no words name none (the first list, which start-up waits for, has none)
            return []
        from cityviewer.core.falsefriends import FalseFriend  # when words are first searched for
        from cityviewer.core.falsefriends import key as false_friend_key

        typed = false_friend_key(text[:MAX_QUERY_CHARS])
        if self._friend_keys is None:  # read once per connection: most of what is typed names no false friend
            self._friend_keys = frozenset(map(_first, self._query("SELECT DISTINCT key FROM false_friend_names")))
        if typed not in self._friend_keys:
            return []
        return [
            FalseFriend(**record)
            for record in self._records(
                'SELECT f.name AS name, f.local_name AS local_name, f.kind AS kind, f.place AS "where",'
                " c.id AS entry_id, c.name AS entry_name FROM false_friend_names n"
                " JOIN false_friends f ON f.rowid = n.friend JOIN entries c ON c.rowid = f.entry"
                " WHERE n.key = ? ORDER BY f.rowid",
                (typed,),
            )
        ]

    def _suggestions(self, text: str) -> list[str]:
        """The names closest to text (Did you mean ...?), for a search that found nothing."""
        from cityviewer.core.suggest import (  # when a search first finds nothing: start-up does not import it
            CANDIDATES_SQL,
            SPELLED_SQL,
            allowed_distance,
            candidates_query,
            closest_among,
            spelled,
            spelled_query,
        )
        from cityviewer.core.suggest import key as suggestion_key

        text = text[:MAX_QUERY_CHARS]
        typed, as_typed = suggestion_key(text), spelled(text)
        searches: list[tuple[str, list[tuple[str, str, int]], int]] = []
        if typed:
            searches.append((typed, self._query(CANDIDATES_SQL, candidates_query(typed)), allowed_distance(len(typed))))
        if as_typed:
            searches.append((as_typed, self._query(SPELLED_SQL, spelled_query(as_typed)), 1))
        return closest_among(searches)

    def rows(self, keys: Sequence[int]) -> list[EntryRow]:
        """The list rows of keys (a page of an answer's keys, or all of them), in the same order; a key with no
        readable entry is left out."""
        found: dict[int, EntryRow] = {}
        for start in range(0, len(keys), _ROWS_PER_QUERY):
            chunk = keys[start : start + _ROWS_PER_QUERY]
            marks = ",".join("?" * len(chunk))
            sql = f"SELECT {_ROW_COLUMNS}{_FROM} WHERE c.rowid IN ({marks})"
            for row in self._in_fields(sql, tuple(chunk), _CITY_ROW_FIELDS):
                found[row[0]] = EntryRow(*row) if bytes not in map(type, row) else EntryRow(*_texts(row))
        return [found[key] for key in keys if key in found]

    def rows_of(self, entry_ids: Iterable[str]) -> list[EntryRow]:
        """The list rows of the entries entry_ids names, in the same order; an id with no entry is left out (so
        rows_of([entry_id]) is empty when the dataset has no such entry)."""
        return self.rows(self._keys_of(entry_ids))

    def _keys_of(self, entry_ids: Iterable[str]) -> list[int]:
        """The keys of the entries entry_ids names, in the same order; an id with no entry is left out."""
        wanted = list(entry_ids)
        found: dict[str, int] = {}
        for start in range(0, len(wanted), _ROWS_PER_QUERY):  # one query a chunk, not one an id
            chunk = tuple(wanted[start : start + _ROWS_PER_QUERY])
            marks = ",".join("?" * len(chunk))
            found.update(self._query(f"SELECT id, rowid FROM entries WHERE id IN ({marks})", chunk))
        return [found[entry_id] for entry_id in wanted if entry_id in found]

    def stop_when(self, unwanted: Callable[[], bool] | None) -> None:
        """From now on, a query stops with DatasetInterrupted as soon as unwanted() is true (asked every few
        thousand steps of SQLite's virtual machine: a fraction of a millisecond); None: queries run to the end."""
        if unwanted is None:
            self._db.set_progress_handler(None, 0)
        else:
            self._db.set_progress_handler(lambda: 1 if unwanted() else 0, _STEPS_BETWEEN_CHECKS)

    def divisions(self) -> list[tuple[str, str]]:
        """(code, name) of the divisions that have cities, by code."""
        return [
            (code, name)
            for code, name in self._query(
                "SELECT code, name FROM division_names"
                " WHERE code IN (SELECT division_code FROM entries WHERE kind = 'city') ORDER BY code"
            )
        ]

    def regions(self) -> list[str]:
        """The regions that have cities, in the volume's order (west to east)."""
        found = [r for (r,) in self._query("SELECT DISTINCT region FROM regions")]
        return vocabulary.in_order(found, self.info.volume.regions)

    def tags(self) -> list[str]:
        """The tags that some city has, in the vocabulary's order."""
        found = [t for (t,) in self._query("SELECT DISTINCT tag FROM tags")]
        return vocabulary.in_order(found, vocabulary.TAGS)

    def map_points(
        self, *, near: tuple[float, float] | None = None, limit: int | None = None, capitals_only: bool = False
    ) -> list[MapPoint]:
        """The places the map shows (and distances are measured between), largest first (the list's default order);
        near=(latitude, longitude): nearest first instead (by a flat-earth approximation, good for ranking nearby
        places); limit: at most that many; capitals_only: the national capital(s) alone. Cities only: a division
        is an area, not a point."""
        wanted = ["c.kind = 'city'", *([_IS_CAPITAL] if capitals_only else [])]
        where = f" WHERE {' AND '.join(wanted)}"
        cut = f" LIMIT {int(limit)}" if limit is not None else ""
        if near is None:
            return self._map_points(where, _BY_IMPORTANCE, cut, {})
        # Degrees of longitude shrink with the cosine of the latitude: squared to compare, no square root. The
        # nearest keys are found first (within a band of latitude if enough are there: a cheaper scan), so that the
        # join and the capital test run only for them.
        order = "(c.latitude - :lat) * (c.latitude - :lat) + (c.longitude - :lon) * (c.longitude - :lon) * :k"
        params = {"lat": near[0], "lon": near[1], "k": math.cos(math.radians(near[0])) ** 2}
        for box in (_NEAR_BOX, None):
            inner = list(wanted)
            if box is not None:
                inner.append(f"c.latitude BETWEEN :lat - {box} AND :lat + {box}")
            condition = f" WHERE {' AND '.join(inner)}"
            found = self._map_points(
                f" WHERE c.rowid IN (SELECT c.rowid FROM entries c{condition} ORDER BY {order}{cut})", order, "", params
            )
            # Whatever lies outside the band is further than box degrees: the band's answer stands if its farthest
            # is nearer than that.
            if box is None or limit is None or (len(found) >= limit and _flat_degrees(found[-1], near) <= box):
                return found
        return []  # not reached: the last pass has no band

    def _map_points(self, where: str, order: str, cut: str, params: dict[str, Any]) -> list[MapPoint]:
        records = self._records(
            "SELECT c.rowid AS key, c.id AS id, c.name AS name, c.local_name AS local_name,"
            " coalesce(p.name, c.division_code) AS division, c.population_total AS population,"
            f" c.latitude AS latitude, c.longitude AS longitude, {_IS_CAPITAL} AS is_capital"
            f"{_FROM}{where} ORDER BY {order}{cut}",
            params,
        )
        return [MapPoint(**{**r, "is_capital": bool(r["is_capital"])}) for r in records]

    def basemap(self, name: str) -> str | None:
        """The map outlines called name (core.map.basemap FULL or LOCATOR) as built, or None if the dataset has none."""
        # Found by reading each row's name (+name: not by the key's b-tree, ~2 rows): a search by key reads the whole
        # of each row it compares with, so the locator's few kilobytes cost the full map's ~300 KB (a copy, and its
        # pages kept in the cache) on the GUI thread just after the first paint (peak memory).
        found = self._query("SELECT data FROM maps WHERE +name = ?", (name,))
        return found[0][0] if found else None

    def entry_ids(self) -> list[str]:
        return [i for (i,) in self._query("SELECT id FROM entries ORDER BY id")]

    def city_names(self) -> list[tuple[str, tuple[str, ...]]]:
        """Every city (not a division), by name: its id and all its names, each once (its name, its name in the
        volume's script, its spellings in each system, its other names), for a completer that matches any of them."""
        names: dict[int, tuple[str, list[str]]] = {}
        for key, city_id, name, local in self._query(
            "SELECT rowid, id, name, local_name FROM entries WHERE kind = ? ORDER BY sort_name", (CITY,)
        ):
            names[key] = (city_id, [name, local])
        for sql in ("SELECT entry, spelling FROM names ORDER BY entry, ord",
                    "SELECT entry, name FROM other_names ORDER BY entry, ord"):  # fmt: skip
            for key, spelling in self._query(sql):
                if key in names:
                    names[key][1].append(spelling)
        return [(city_id, tuple(dict.fromkeys(n for n in found if n))) for city_id, found in names.values()]

    def entry(self, entry_id: str) -> Entry | None:
        """The whole entry for entry_id (a city's or a division's), or None if the dataset has no such entry."""
        found = self._records(f"SELECT {_ENTRY_COLUMNS}, c.kind AS kind{_FROM} WHERE c.id = ?", (entry_id,))
        if not found:
            return None
        fields = found[0]
        key, kind = fields["key"], fields.pop("kind")

        def children(sql: str) -> list[dict[str, Any]]:
            return self._records(sql, (key,))

        common: dict[str, Any] = {
            "spellings": tuple(
                (r["system"], r["spelling"])
                for r in children("SELECT system, spelling FROM names WHERE entry = ? ORDER BY ord")
            ),
            "other_names": tuple(
                OtherName(**r)
                for r in children("SELECT name, kind, note FROM other_names WHERE entry = ? ORDER BY ord")
            ),
            "sections": tuple(
                Section(**r) for r in children("SELECT heading, body FROM sections WHERE entry = ? ORDER BY ord")
            ),
            "sources": tuple(
                Source(**r)
                for r in children("SELECT title, publisher, year, url FROM sources WHERE entry = ? ORDER BY ord")
            ),
            "summaries": tuple(
                (r["language"], r["text"])
                for r in children("SELECT language, text FROM summaries WHERE entry = ? ORDER BY language")
            ),
        }
        if kind == DIVISION:
            return self._division_entry(fields, common)
        fields["division_has_entry"] = bool(fields["division_has_entry"])
        return CityEntry(
            **fields,
            **common,
            tags=tuple(r["tag"] for r in children("SELECT tag FROM tags WHERE entry = ? ORDER BY tag")),
            regions=tuple(r["region"] for r in children("SELECT region FROM regions WHERE entry = ? ORDER BY ord")),
            industries=tuple(r["name"] for r in children("SELECT name FROM industries WHERE entry = ? ORDER BY ord")),
            landmarks=tuple(
                NameNote(**r) for r in children("SELECT name, note FROM landmarks WHERE entry = ? ORDER BY ord")
            ),
            related=tuple(
                Related(**r)
                for r in children(
                    "SELECT o.id AS id, o.name AS name, r.relation AS relation"
                    " FROM related r JOIN entries o ON o.rowid = r.other WHERE r.entry = ? ORDER BY r.ord"
                )
            ),
            corrections=tuple(
                Correction(**r)
                for r in children(
                    "SELECT c.claim AS claim, c.correction AS correction, s.title AS source FROM corrections c"
                    " LEFT JOIN sources s ON s.entry = c.entry AND s.ord = c.source WHERE c.entry = ? ORDER BY c.ord"
                )
            ),
        )

    def _division_entry(self, fields: dict[str, Any], common: dict[str, Any]) -> DivisionEntry | None:
        key = fields["key"]
        facts = self._records(
            "SELECT d.capital AS capital, (SELECT o.id FROM entries o WHERE o.id = d.capital) AS capital_id,"
            " (SELECT o.name FROM entries o WHERE o.id = d.capital) AS capital_name, d.area_km2 AS area_km2,"
            " d.area_source AS area_source, d.area_note AS area_note, d.population_year AS population_year,"
            " d.population_source AS population_source, d.population_note AS population_note"
            " FROM divisions d WHERE d.entry = ?",
            (key,),
        )
        if not facts:
            return None  # a division without its facts: not an entry that can be shown
        extra = facts[0]
        capital_name = extra.pop("capital_name")
        if capital_name is not None:
            extra["capital"] = capital_name
        members = self._records(
            "SELECT id, name, population_total AS population FROM entries WHERE kind = 'city' AND division_code = ?"
            f" ORDER BY {_BY_IMPORTANCE.replace('c.', '')}",
            (fields["division_code"],),
        )
        return DivisionEntry(
            key=key, id=fields["id"], name=fields["name"], local_name=fields["local_name"],
            division_kind=fields["status"], status_since=fields["status_since"],
            status_note=fields["status_note"], population=fields["population_total"], summary=fields["summary"],
            cities=tuple(Member(**m) for m in members), **extra, **common,
        )  # fmt: skip


# What opening a file that is not a usable dataset says (translated where it is shown: DatasetError.translated).
_MISSING = QT_TRANSLATE_NOOP("DatasetError", "The dataset {path} does not exist.")
_NOT_A_FILE = QT_TRANSLATE_NOOP("DatasetError", "The dataset {path} is not a file.")
_CANNOT_READ = QT_TRANSLATE_NOOP("DatasetError", "The dataset {path} cannot be read ({reason}).")
_EMPTY = QT_TRANSLATE_NOOP("DatasetError", "The dataset {path} is empty.")
_NOT_SQLITE = QT_TRANSLATE_NOOP(
    "DatasetError", "The file {path} is not a Cityviewer dataset (it is not an SQLite database)."
)
_NOT_OURS = QT_TRANSLATE_NOOP("DatasetError", "The file {path} is an SQLite database, but not a Cityviewer dataset.")
_NEWER = QT_TRANSLATE_NOOP(
    "DatasetError",
    "The dataset {path} was made for a newer Cityviewer (dataset schema {version}; this version reads schema"
    " {ours}). Install the newer Cityviewer to open it.",
)
_OLDER = QT_TRANSLATE_NOOP(
    "DatasetError",
    "The dataset {path} was made for an older Cityviewer (dataset schema {version}; this version reads schema"
    " {ours}). Rebuild it with 'cityviewer-data build'.",
)
_CUT_OFF = QT_TRANSLATE_NOOP(
    "DatasetError", "The dataset {path} is damaged (it is shorter than its header says: cut off?)."
)
_NO_TABLE = QT_TRANSLATE_NOOP("DatasetError", "The dataset {path} is damaged (it has no {tables} table).")
_ALTERED = QT_TRANSLATE_NOOP("DatasetError", "The dataset {path} is damaged (its {tables} table is not as built).")
_DAMAGED = QT_TRANSLATE_NOOP("DatasetError", "The dataset {path} is damaged ({detail}).")
_UNREADABLE_SCHEMA = "its table definitions cannot be read"
_NO_SCHEMA_RECORD = QT_TRANSLATE_NOOP(
    "DatasetError", "The dataset {path} is damaged (its schema record is missing or wrong)."
)
_NO_VOLUME = QT_TRANSLATE_NOOP("DatasetError", "The dataset {path} is damaged (its volume description: {detail}).")


def _check_file(path: Path) -> None:
    if not path.exists():
        raise DatasetUnreadable(_MISSING, path=path)
    if not path.is_file():
        raise DatasetUnreadable(_NOT_A_FILE, path=path)
    try:
        with path.open("rb") as f:
            head = f.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise DatasetUnreadable(_CANNOT_READ, path=path, reason=exc.strerror) from exc
    if not head:
        raise DatasetDamaged(_EMPTY, path=path)
    if head != _SQLITE_MAGIC:
        raise NotADataset(_NOT_SQLITE, path=path)


def _check_database(db: sqlite3.Connection, path: Path, verify: bool, language: str) -> DatasetInfo:
    (app_id,) = db.execute("PRAGMA application_id").fetchone()
    if app_id != APPLICATION_ID:
        raise NotADataset(_NOT_OURS, path=path)
    (version,) = db.execute("PRAGMA user_version").fetchone()
    if version > SCHEMA_VERSION:
        raise NotADataset(_NEWER, path=path, version=version, ours=SCHEMA_VERSION)
    if version < SCHEMA_VERSION:
        raise NotADataset(_OLDER, path=path, version=version, ours=SCHEMA_VERSION)
    (pages,) = db.execute("PRAGMA page_count").fetchone()
    (page_size,) = db.execute("PRAGMA page_size").fetchone()
    if path.stat().st_size < pages * page_size:  # SQLite would read the missing end as zeros
        raise DatasetDamaged(_CUT_OFF, path=path)
    present = {name: " ".join(str(sql).split()) for name, sql in db.execute(
        "SELECT name, sql FROM sqlite_master WHERE type = 'table'")}  # fmt: skip
    missing = [table for table in TABLE_STATEMENTS if table not in present]
    if missing:
        raise DatasetDamaged(_NO_TABLE, path=path, tables=", ".join(missing))
    altered = [table for table, sql in TABLE_STATEMENTS.items() if present[table] != sql]
    if altered:
        raise DatasetDamaged(_ALTERED, path=path, tables=", ".join(altered))
    problems = [p for (p,) in db.execute("PRAGMA quick_check").fetchall()] if verify else ["ok"]
    if problems != ["ok"]:
        raise DatasetDamaged(_DAMAGED, path=path, detail=problems[0])
    if verify:  # quick_check read every page into this connection's cache (the whole file, up to 2 MiB): let go
        db.execute("PRAGMA shrink_memory")  # of them, the app's queries read the few they need (peak memory)
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall())
    if meta.get("schema_version") != str(SCHEMA_VERSION) or "data_version" not in meta:
        raise DatasetDamaged(_NO_SCHEMA_RECORD, path=path)
    credits = tuple(
        (key.split(".", 2)[-1], str(value)) for key, value in sorted(meta.items()) if str(key).startswith("credit.")
    )
    try:
        volume = volume_from_json(str(meta.get("volume", "")), language)
    except VolumeError as exc:
        raise DatasetDamaged(_NO_VOLUME, path=path, detail=str(exc)) from None
    counts = dict(db.execute("SELECT kind, count(*) FROM entries GROUP BY kind").fetchall())
    return DatasetInfo(
        path, SCHEMA_VERSION, meta["data_version"], meta.get("title", ""), credits,
        city_count=counts.get("city", 0), division_count=counts.get(DIVISION, 0), volume=volume,
    )  # fmt: skip
