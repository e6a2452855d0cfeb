"""Build the SQLite dataset from checked sources, deterministically.

The same sources give a byte-identical file: rows go in a fixed order, nothing records a time or a path,
and the file is written whole with VACUUM INTO so no free pages or journal leftovers remain.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from cityviewer.core.falsefriends import key as false_friend_key
from cityviewer.core.folding import KOREAN_ROMANIZATION, fold, normalize
from cityviewer.core.records import DIVISION
from cityviewer.core.romanize import is_hangul, spellings
from cityviewer.core.schema import APPLICATION_ID, DDL, SCHEMA_VERSION
from cityviewer.core.suggest import key as suggestion_key
from cityviewer.core.suggest import spelled
from cityviewer.core.volume import Volume
from cityviewer.databuild.basemap import basemaps
from cityviewer.databuild.entries import Sources


def content_hash(files: Iterable[Path], root: Path) -> str:
    """A digest of the sources' names and bytes, so two datasets can be told apart by content."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def spellings_of(entry: dict[str, Any], volume: Volume) -> list[tuple[str, str]]:
    """(system, spelling) of the entry's name in each of the volume's name systems it has, in the volume's order."""
    names = entry["names"]
    return [(system.key, names[system.key]) for system in volume.name_systems if names.get(system.key)]


def local_name(entry: dict[str, Any], volume: Volume) -> str:
    """The entry's name in the volume's own script ("" for a volume without one)."""
    local = volume.local_system
    return str(entry["names"].get(local.key, "")) if local else ""


def _name_variants(entry: dict[str, Any], volume: Volume) -> list[str]:
    names = entry["names"]
    found = [entry["name"], *(spelling for _system, spelling in spellings_of(entry, volume))]
    found += [o["name"] for o in names.get("other", [])]
    return list(dict.fromkeys(n for n in found if n))  # each once, in order


def _romanized(hangul_names: list[str], foldings: frozenset[str]) -> list[str]:
    """Every spelling of Hangul names in the three romanization systems, as people type them (core.romanize), so
    that any spelling meets any other and the Hangul without listing spellings by hand: for a volume whose names
    are romanized from Korean (a name system with the korean-romanization folding), else none."""
    if KOREAN_ROMANIZATION not in foldings:
        return []
    return sorted({spelling for name in hangul_names if is_hangul(name) for spelling in spellings(name)})


def _document(entry: dict[str, Any], tags: list[str], text_parts: list[str], volume: Volume) -> dict[str, str]:
    """The text the full-text index holds for one entry, already normalized (see core.folding)."""
    foldings = volume.foldings
    names = _name_variants(entry, volume)
    names += _romanized(names, foldings)
    names = list(dict.fromkeys(names))
    joined_names = [n.replace(" ", "") for n in map(normalize, names) if " " in n]
    name_text = " ".join(map(normalize, names + joined_names))
    text_parts = [entry["summary"], *text_parts, *(f"{s['heading']} {s['body']}" for s in entry["sections"])]
    text_parts += [s["name"] for s in entry.get("spellings", [])]  # vinylon beside vinalon
    return {
        "names": name_text,
        "tags": " ".join(normalize(t.replace("-", " ")) for t in tags),
        "text": " ".join(map(normalize, text_parts)),
        "names_folded": " ".join(fold(n, foldings) for n in name_text.split()),
    }


def _division_words(division: dict[str, Any], foldings: frozenset[str]) -> list[str]:
    return [division["name"], division["local_name"], *_romanized([division["local_name"]], foldings)]


def _with_suffixes(city: dict[str, Any], suffixes: dict[str, str]) -> dict[str, Any]:
    """The city with its names written with the word for "city" its volume adds to them (name_suffixes: 평양시,
    平壤市 and their romanizations, P'yŏngyang-si, Pyongyang-shi, find the city as 평양 does)."""
    names = city["names"]
    added = [{"name": names[key] + suffix} for key, suffix in sorted(suffixes.items()) if names.get(key)]
    return {**city, "names": {**names, "other": [*names.get("other", []), *added]}} if added else city


def search_document(
    city: dict[str, Any], division: dict[str, Any], volume: Volume, suffixes: dict[str, str] | None = None
) -> dict[str, str]:
    """The text the full-text index holds for one city: its names (with the volume's suffix for a city too), tags,
    division and status, its text."""
    tags = [*city["location"]["tags"], *city["location"]["regions"], *_division_words(division, volume.foldings),
            city["admin"]["status"]]  # fmt: skip
    text_parts = [
        *city.get("industries", []),
        *(f"{lm['name']} {lm.get('note', '')}" for lm in city.get("landmarks", [])),
    ]
    return _document(_with_suffixes(city, suffixes or {}), tags, text_parts, volume)


def division_document(division: dict[str, Any], volume: Volume) -> dict[str, str]:
    """The text the full-text index holds for one division: its names, its kind, its text."""
    return _document(division, [division["kind"], division["code"]], [], volume)


def _insert(db: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    """Insert row into table, each value by its column's name (never by position)."""
    columns = ", ".join(row)
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({', '.join(':' + c for c in row)})", row)


def _names_row(entry: dict[str, Any], volume: Volume) -> dict[str, Any]:
    return {"name": entry["name"], "sort_name": normalize(entry["name"]), "local_name": local_name(entry, volume)}


def _insert_children(db: sqlite3.Connection, rowid: int, children: dict[str, list[dict[str, Any]]]) -> None:
    for table, rows in children.items():
        for ord_, row in enumerate(rows):
            _insert(db, table, {"entry": rowid, "ord": ord_, **row})


def _common_children(entry: dict[str, Any], volume: Volume) -> dict[str, list[dict[str, Any]]]:
    """The parts cities and divisions share: names in each system, other names, sections, sources."""
    return {
        "names": [{"system": system, "spelling": spelling} for system, spelling in spellings_of(entry, volume)],
        "other_names": [
            {"name": o["name"], "kind": o["kind"], "note": o.get("note")} for o in entry["names"].get("other", [])
        ],
        "sections": [{"heading": s["heading"], "body": s["body"]} for s in entry["sections"]],
        "sources": [
            {"title": s["title"], "publisher": s.get("publisher"), "year": s.get("year"), "url": s.get("url")}
            for s in entry["sources"]
        ],
    }


def _insert_summaries(db: sqlite3.Connection, rowid: int, entry: dict[str, Any]) -> None:
    """The entry's summary in other languages, by language."""
    for language, text in sorted(entry.get("summaries", {}).items()):
        _insert(db, "summaries", {"entry": rowid, "language": language, "text": text})


def _insert_city(db: sqlite3.Connection, rowid: int, city: dict[str, Any], ids: dict[str, int], volume: Volume) -> None:
    admin, census, loc = city["admin"], city.get("census", {}), city["location"]
    _insert(db, "entries", {
        "rowid": rowid, "id": city["id"], "kind": "city", **_names_row(city, volume),
        "division_code": admin["division"], "status": admin["status"], "status_since": admin.get("status_since"),
        "status_note": admin.get("status_note"), "population_total": census.get("total"),
        "population_urban": census.get("urban"), "census_rank": census.get("rank"),
        "division_at_census": census.get("division_at_census"), "article_rank": city.get("article_rank"),
        "latitude": float(loc["latitude"]), "longitude": float(loc["longitude"]),
        "coordinates_source": loc["coordinates_source"], "region": loc["regions"][0], "summary": city["summary"],
    })  # fmt: skip
    _insert_children(db, rowid, {
        **_common_children(city, volume),
        "industries": [{"name": i} for i in city.get("industries", [])],
        "landmarks": [{"name": lm["name"], "note": lm.get("note")} for lm in city.get("landmarks", [])],
        "regions": [{"region": region} for region in loc["regions"]],
        "related": [{"other": ids[r["id"]], "relation": r["relation"]} for r in city.get("related", [])],
        "corrections": [
            {"claim": c["claim"], "correction": c["correction"], "source": c["source"] - 1}  # the source's ord
            for c in city.get("corrections", [])
        ],
    })  # fmt: skip
    _insert_summaries(db, rowid, city)
    for tag in sorted(loc["tags"]):
        _insert(db, "tags", {"entry": rowid, "tag": tag})


def _insert_division(db: sqlite3.Connection, rowid: int, division: dict[str, Any], volume: Volume) -> None:
    """A division: its code is its id and its own division; its status is its kind (see vocabulary)."""
    _insert(db, "entries", {
        "rowid": rowid, "id": division["code"], "kind": DIVISION, **_names_row(division, volume),
        "division_code": division["code"], "status": division["kind"],
        "status_since": division.get("status_since"), "status_note": division.get("status_note"),
        "population_total": division.get("population"), "summary": division["summary"],
    })  # fmt: skip
    _insert(db, "divisions", {
        "entry": rowid, "capital": division["capital"],
        **{key: division.get(key) for key in ("area_km2", "area_source", "area_note", "population_year",
                                              "population_source", "population_note")},
    })  # fmt: skip
    _insert_children(db, rowid, _common_children(division, volume))
    _insert_summaries(db, rowid, division)


# Did you mean ...? offers cities before divisions of the same closeness.
_DIVISION_IMPORTANCE = 10_000


def _insert_suggestions(db: sqlite3.Connection, entry: dict[str, Any], importance: int, volume: Volume) -> None:
    """The entry's names (as written, in Hangul, in its other systems and its other names) under their comparison
    keys (suggest_names) and as written (suggest_spellings: core.suggest.spelled), each offering the entry's own
    name: its Hangul for a name in Hangul, else its English name (a misspelt "Heijoo" or "Phyong-yan" is offered
    Pyongyang, the name the entry goes by)."""
    names_of = entry["names"]
    local = local_name(entry, volume)
    systems = [spelling for _system, spelling in spellings_of(entry, volume)]
    names = [entry["name"], local, *systems, *(o["name"] for o in names_of.get("other", []))]
    for name in dict.fromkeys(n for n in names if n):
        offered = local if local and is_hangul(name) else entry["name"]
        for table, comparable in (("suggest_names", suggestion_key(name)), ("suggest_spellings", spelled(name))):
            if comparable:
                _insert(db, table, {"key": comparable, "name": offered, "importance": importance})


def _insert_false_friends(db: sqlite3.Connection, friends: list[dict[str, Any]], rowids: dict[str, int]) -> None:
    """The places outside the volume a reader may type for one of its entries, each under the keys of its names."""
    for rowid, friend in enumerate(friends, start=1):
        _insert(db, "false_friends", {
            "rowid": rowid, "name": friend["name"], "local_name": friend["local_name"], "kind": friend["kind"],
            "place": friend["where"], "entry": rowids[friend["confused_with"]], "note": friend.get("note"),
            "source": friend["source"],
        })  # fmt: skip
        names = [friend["name"], friend["local_name"], *friend.get("names", [])]
        for key in sorted({false_friend_key(name) for name in names} - {""}):
            _insert(db, "false_friend_names", {"key": key, "friend": rowid})


def build(sources: Sources, output: Path, source_root: Path) -> None:
    """Write the dataset for sources to output (replacing it atomically)."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    divisions = {p["code"]: p for p in sources.division_names}
    ids = {c["id"]: n for n, c in enumerate(sources.cities, start=1)}
    volume = sources.volume
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "data_version": sources.dataset["data_version"],
        "title": volume.title,
        "volume": volume.to_json(),
        "content_hash": content_hash(sources.files, source_root),
    }
    with tempfile.TemporaryDirectory(prefix="cityviewer-build-") as tmp:
        work, packed = Path(tmp) / "work.sqlite", output.with_name(output.name + ".tmp")
        packed.unlink(missing_ok=True)
        db = sqlite3.connect(work)
        try:
            db.executescript(DDL)
            credits = {f"credit.{n:02d}.{c['name']}": c["text"] for n, c in enumerate(sources.dataset["credits"])}
            for key, value in sorted({**meta, **credits}.items()):
                _insert(db, "meta", {"key": key, "value": value})
            for name, data in sorted(basemaps(sources.outlines, volume.map.projection).items()):
                _insert(db, "maps", {"name": name, "data": data})
            for p in sorted(sources.division_names, key=lambda p: p["code"]):
                row = {"code": p["code"], "name": p["name"], "local_name": p["local_name"], "kind": p["kind"]}
                _insert(db, "division_names", row)
            suffixes = dict(sources.dataset.get("name_suffixes", {}))
            for city in sources.cities:
                _insert_city(db, ids[city["id"]], city, ids, volume)
                doc = search_document(city, divisions[city["admin"]["division"]], volume, suffixes)
                _insert(db, "entry_fts", {"rowid": ids[city["id"]], **doc})
                rank = city.get("census", {}).get("rank", _DIVISION_IMPORTANCE - 1)
                _insert_suggestions(db, city, rank, volume)
            for rowid, division in enumerate(sources.divisions, start=len(ids) + 1):
                _insert_division(db, rowid, division, volume)
                _insert(db, "entry_fts", {"rowid": rowid, **division_document(division, volume)})
                _insert_suggestions(db, division, _DIVISION_IMPORTANCE, volume)
            rowids = {**ids, **{d["id"]: n for n, d in enumerate(sources.divisions, start=len(ids) + 1)}}
            _insert_false_friends(db, sources.false_friends, rowids)
            db.execute("INSERT INTO entry_fts (entry_fts) VALUES ('optimize')")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.commit()
            db.execute("VACUUM INTO ?", (str(packed),))
        finally:
            db.close()
        os.replace(packed, output)
