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

from cityviewer.core.folding import fold, normalize
from cityviewer.core.romanize import is_hangul, spellings
from cityviewer.core.schema import APPLICATION_ID, DDL, SCHEMA_VERSION
from cityviewer.core.suggest import key as suggestion_key
from cityviewer.databuild.entries import Sources


def content_hash(files: Iterable[Path], root: Path) -> str:
    """A digest of the sources' names and bytes, so two datasets can be told apart by content."""
    digest = hashlib.sha256()
    for path in sorted(files):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _name_variants(city: dict[str, Any]) -> list[str]:
    names = city["names"]
    found = [city["name"], names["hangul"], names["mccune_reischauer"], names["revised_romanization"]]
    found += [names[k] for k in ("dprk", "hanja") if names.get(k)]
    found += [o["name"] for o in names.get("other", [])]
    return list(dict.fromkeys(n for n in found if n))  # each once, in order


def _romanized(hangul_names: list[str]) -> list[str]:
    """Every spelling of Hangul names in the three romanization systems, as people type them (core.romanize), so
    that any spelling meets any other and the Hangul without listing spellings by hand."""
    return sorted({spelling for name in hangul_names if is_hangul(name) for spelling in spellings(name)})


def search_document(city: dict[str, Any], province: dict[str, Any]) -> dict[str, str]:
    """The text the full-text index holds for one city, already normalized (see core.folding)."""
    names = _name_variants(city)
    names += _romanized(names)
    names = list(dict.fromkeys(names))
    joined_names = [n.replace(" ", "") for n in map(normalize, names) if " " in n]
    tags = [
        *city["location"]["tags"],
        city["location"]["region"],
        province["name"],
        province["hangul"],
        *_romanized([province["hangul"]]),
        city["admin"]["status"],
    ]
    text_parts = [city["summary"], *city.get("industries", [])]
    text_parts += [f"{lm['name']} {lm.get('note', '')}" for lm in city.get("landmarks", [])]
    text_parts += [f"{s['heading']} {s['body']}" for s in city["sections"]]
    name_text = " ".join(map(normalize, names + joined_names))
    body = " ".join(map(normalize, text_parts))
    return {
        "names": name_text,
        "tags": " ".join(normalize(t.replace("-", " ")) for t in tags),
        "text": body,
        "names_folded": " ".join(fold(n) for n in name_text.split()),
    }


def _insert(db: sqlite3.Connection, table: str, row: dict[str, Any]) -> None:
    """Insert row into table, each value by its column's name (never by position)."""
    columns = ", ".join(row)
    db.execute(f"INSERT INTO {table} ({columns}) VALUES ({', '.join(':' + c for c in row)})", row)


def _insert_city(db: sqlite3.Connection, rowid: int, city: dict[str, Any], ids: dict[str, int]) -> None:
    names, admin = city["names"], city["admin"]
    census, loc = city["census_2008"], city["location"]
    _insert(db, "cities", {
        "rowid": rowid, "id": city["id"], "name": city["name"], "sort_name": normalize(city["name"]),
        "hangul": names["hangul"], "hanja": names.get("hanja"), "mccune_reischauer": names["mccune_reischauer"],
        "revised_romanization": names["revised_romanization"], "dprk": names.get("dprk"),
        "province_code": admin["iso_3166_2"], "status": admin["status"], "status_since": admin.get("status_since"),
        "status_note": admin.get("status_note"), "population_total": census["total"],
        "population_urban": census.get("urban"), "census_rank": census["rank"],
        "province_at_census": census["province_at_census"], "article_rank": city.get("article_rank"),
        "latitude": float(loc["latitude"]), "longitude": float(loc["longitude"]),
        "coordinates_source": loc["coordinates_source"], "region": loc["region"], "summary": city["summary"],
    })  # fmt: skip
    children: dict[str, list[dict[str, Any]]] = {
        "other_names": [{"name": o["name"], "note": o.get("note")} for o in names.get("other", [])],
        "sections": [{"heading": s["heading"], "body": s["body"]} for s in city["sections"]],
        "industries": [{"name": i} for i in city.get("industries", [])],
        "landmarks": [{"name": lm["name"], "note": lm.get("note")} for lm in city.get("landmarks", [])],
        "related": [{"other": ids[r["id"]], "relation": r["relation"]} for r in city.get("related", [])],
        "corrections": [
            {"claim": c["claim"], "correction": c["correction"], "source": c["source"] - 1}  # the source's ord
            for c in city.get("corrections", [])
        ],
        "sources": [
            {"title": s["title"], "publisher": s.get("publisher"), "year": s.get("year"), "url": s.get("url")}
            for s in city["sources"]
        ],
    }
    for table, rows in children.items():
        for ord_, row in enumerate(rows):
            _insert(db, table, {"city": rowid, "ord": ord_, **row})
    for tag in sorted(loc["tags"]):
        _insert(db, "tags", {"city": rowid, "tag": tag})


def _insert_suggestions(db: sqlite3.Connection, city: dict[str, Any]) -> None:
    """The city's names (as written, in Hangul and its other names) under their comparison keys."""
    importance = city["census_2008"]["rank"]
    names = [city["name"], city["names"]["hangul"], *(o["name"] for o in city["names"].get("other", []))]
    for name in dict.fromkeys(n for n in names if n):
        comparable = suggestion_key(name)
        if comparable:
            _insert(db, "suggest_names", {"key": comparable, "name": name, "importance": importance})


def build(sources: Sources, output: Path, source_root: Path) -> None:
    """Write the dataset for sources to output (replacing it atomically)."""
    output = Path(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    provinces = {p["code"]: p for p in sources.provinces}
    ids = {c["id"]: n for n, c in enumerate(sources.cities, start=1)}
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "data_version": sources.dataset["data_version"],
        "title": sources.dataset["title"],
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
            for p in sorted(sources.provinces, key=lambda p: p["code"]):
                _insert(
                    db, "provinces", {"code": p["code"], "name": p["name"], "hangul": p["hangul"], "kind": p["kind"]}
                )
            for city in sources.cities:
                _insert_city(db, ids[city["id"]], city, ids)
                doc = search_document(city, provinces[city["admin"]["iso_3166_2"]])
                _insert(db, "city_fts", {"rowid": ids[city["id"]], **doc})
                _insert_suggestions(db, city)
            db.execute("INSERT INTO city_fts (city_fts) VALUES ('optimize')")
            db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.commit()
            db.execute("VACUUM INTO ?", (str(packed),))
        finally:
            db.close()
        os.replace(packed, output)
