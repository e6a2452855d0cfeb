"""The build: deterministic, and the shipped database is exactly what the sources build."""

import sqlite3

from cityviewer.core.schema import APPLICATION_ID, SCHEMA_VERSION
from cityviewer.databuild.build import build
from cityviewer.databuild.entries import load_sources


def test_two_builds_are_byte_identical(tmp_path, source_dir):
    sources = load_sources(source_dir)
    build(sources, tmp_path / "a.sqlite", source_dir)
    build(sources, tmp_path / "b.sqlite", source_dir)
    assert (tmp_path / "a.sqlite").read_bytes() == (tmp_path / "b.sqlite").read_bytes()


def test_the_shipped_database_is_what_the_sources_build(built_db, source_dir):
    shipped = source_dir / "cities.sqlite"
    assert shipped.read_bytes() == built_db.read_bytes(), (
        "data/cities.sqlite is out of date: run 'cityviewer-data build' and commit it"
    )


def test_the_database_records_its_schema_and_data_version(built_db, source_dir):
    db = sqlite3.connect(built_db)
    assert db.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    meta = dict(db.execute("SELECT key, value FROM meta"))
    assert meta["schema_version"] == str(SCHEMA_VERSION)
    assert meta["data_version"] == load_sources(source_dir).dataset["data_version"]
    assert any(key.startswith("credit.") and "GeoNames" in key for key in meta)
    db.close()


def test_a_changed_source_changes_the_content_hash(tmp_path, sources_copy):
    sources = load_sources(sources_copy)
    build(sources, tmp_path / "a.sqlite", sources_copy)
    path = sources_copy / "cities" / "nampo.toml"
    path.write_text(path.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    build(load_sources(sources_copy), tmp_path / "b.sqlite", sources_copy)

    def content_hash(p):
        with sqlite3.connect(p) as db:
            return db.execute("SELECT value FROM meta WHERE key = 'content_hash'").fetchone()[0]

    assert content_hash(tmp_path / "a.sqlite") != content_hash(tmp_path / "b.sqlite")


def test_rows_are_inserted_by_column_name(source_dir, tmp_path, monkeypatch):
    """With two columns of the same type swapped in the schema, every value still goes into its own column."""
    import sqlite3

    from cityviewer.databuild import build as module

    ddl = module.DDL
    before = "    name TEXT NOT NULL,\n    sort_name TEXT NOT NULL,\n    local_name TEXT NOT NULL,"
    after = "    local_name TEXT NOT NULL,\n    sort_name TEXT NOT NULL,\n    name TEXT NOT NULL,"
    swapped = ddl.replace(before, after)
    assert swapped != ddl
    monkeypatch.setattr(module, "DDL", swapped)
    out = tmp_path / "swapped.sqlite"
    build(load_sources(source_dir), out, source_dir)
    db = sqlite3.connect(out)
    try:
        assert db.execute("SELECT name, local_name FROM entries WHERE id = 'kaesong'").fetchone() == ("Kaesong", "개성")
    finally:
        db.close()


def test_the_engines_spellings_are_indexed(built_db):
    """Spellings nobody wrote by hand: a province in Revised Romanization, a city's South Korean reading."""
    from cityviewer.core.dataset import Dataset
    from cityviewer.core.request import SearchRequest

    dataset = Dataset.open(built_db)
    try:
        for typed, city in [("Hamgyeongbuk-do", "chongjin"), ("Hamgyŏng-bukto", "kimchaek"), ("Yanggang-do", "hyesan")]:
            assert city in [row.id for row in dataset.rows(dataset.answer(SearchRequest(typed)).keys)], typed
    finally:
        dataset.close()


def test_a_name_given_only_in_hangul_is_found_in_every_romanization(sources_copy, tmp_path):
    from cityviewer.core.dataset import Dataset
    from cityviewer.core.request import SearchRequest

    path = sources_copy / "cities" / "wonsan.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace("other = [\n", 'other = [\n  { name = "갈마", kind = "variant" },\n', 1), encoding="utf-8"
    )
    out = tmp_path / "hangul-name.sqlite"
    build(load_sources(sources_copy), out, sources_copy)
    dataset = Dataset.open(out)
    try:
        for typed in ("Galma", "Kalma", "갈마"):
            assert [row.id for row in dataset.rows(dataset.answer(SearchRequest(typed)).keys)][:1] == ["wonsan"], typed
    finally:
        dataset.close()


def test_a_city_is_found_with_si_written_after_its_name(built_db):
    from cityviewer.core.dataset import Dataset
    from cityviewer.core.request import SearchRequest

    dataset = Dataset.open(built_db)
    try:
        for typed in ("평양시", "平壤市", "Pyongyang-si", "P'yŏngyang-si", "Phyongyang-si", "Pyeongyang si", "함흥시"):
            assert [row.id for row in dataset.rows(dataset.answer(SearchRequest(typed)).keys)][:1] in (
                ["pyongyang"],
                ["hamhung"],
            ), typed
        assert [row.id for row in dataset.rows(dataset.answer(SearchRequest("함흥시")).keys)][:1] == ["hamhung"]
    finally:
        dataset.close()


def test_a_place_with_no_hangul_name_gets_no_si_name_alone(sources_copy, tmp_path, built_db):
    """시 is added to a Hangul name, never written alone: a lone "si" among the names would make every place with
    no Hangul name a name match for "s" (as it once did at 100,000 places)."""
    import sqlite3

    def lone_si(path) -> int:
        db = sqlite3.connect(path)
        try:
            return db.execute("SELECT count(*) FROM entry_fts WHERE entry_fts MATCH 'names : \"si\"'").fetchone()[0]
        finally:
            db.close()

    assert lone_si(built_db) > 0  # "Pyeongyang si" and the like: the word is indexed where a name carries it
    sources = load_sources(sources_copy)
    for city in sources.cities:
        city["names"]["hangul"] = ""
        city["names"].pop("hanja", None)
    out = tmp_path / "no-hangul.sqlite"
    build(sources, out, sources_copy)
    assert lone_si(out) == 0


def test_the_false_friends_are_built_under_the_keys_of_their_names(built_db):
    db = sqlite3.connect(built_db)
    try:
        rows = db.execute(
            "SELECT f.name, f.place, c.id, group_concat(n.key, ' ') FROM false_friends f"
            " JOIN entries c ON c.rowid = f.entry JOIN false_friend_names n ON n.friend = f.rowid"
            " GROUP BY f.rowid ORDER BY f.rowid"
        ).fetchall()
    finally:
        db.close()
    assert rows[:2] == [
        ("Cheongju", "South Korea", "chongju", "cheongju cheongjusi 청주 청주시"),
        ("Suncheon", "South Korea", "sunchon", "suncheon suncheonsi 순천 순천시"),
    ]
