"""Reading the dataset: entries, facets, rows by name, and bad files that fail clearly without a write."""

import ctypes
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Callable

import pytest

from cityviewer.core.dataset import Dataset
from cityviewer.core.errors import DatasetError
from cityviewer.core.request import SearchRequest
from cityviewer.core.schema import SCHEMA_VERSION


def ids(rows):
    return [r.id for r in rows]


def test_facet_values_come_from_the_data(dataset):
    assert ("KP-01", "Pyongyang") in dataset.divisions()
    assert "dmz" in dataset.regions()
    assert "port" in dataset.tags()


def test_entry_has_everything_the_pane_shows(dataset):
    entry = dataset.entry("nampo")
    assert entry.name == "Nampo" and entry.local_name == "남포"
    assert entry.division_code == "KP-14" and entry.status_since == 2010
    assert entry.population_total == 366815 and entry.census_rank == 4 and entry.article_rank == 4
    assert entry.sections and entry.sources
    assert "pyongyang" in [r.id for r in entry.related]
    assert dataset.entry("atlantis") is None


# -- bad datasets: a clear DatasetError, and the file is never touched ------------------------------------


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest(), path.stat().st_mtime_ns


def _open_fails(path, *expected_words):
    before = _digest(path) if path.is_file() else None
    listing = sorted(os.listdir(path.parent)) if path.parent.exists() else None
    with pytest.raises(DatasetError) as caught:
        Dataset.open(path)
    message = str(caught.value)
    assert str(path) in message
    for word in expected_words:
        assert word in message
    if before is not None:
        assert _digest(path) == before
        assert sorted(os.listdir(path.parent)) == listing  # no journal, -wal or -shm left behind
    return message


def test_missing_dataset(tmp_path):
    _open_fails(tmp_path / "nowhere.sqlite", "does not exist")


def test_empty_dataset(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.write_bytes(b"")
    _open_fails(path, "is empty")


def test_random_bytes(tmp_path):
    path = tmp_path / "random.sqlite"
    path.write_bytes(os.urandom(4096))
    _open_fails(path, "not an SQLite database")


@pytest.mark.parametrize("fraction", [0.1, 0.5, 0.9])
def test_truncated_dataset(tmp_path, built_db, fraction):
    data = built_db.read_bytes()
    path = tmp_path / "truncated.sqlite"
    path.write_bytes(data[: int(len(data) * fraction)])
    _open_fails(path, "damaged")


def test_foreign_sqlite_database(tmp_path):
    path = tmp_path / "foreign.sqlite"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE t (x)")
    db.close()
    _open_fails(path, "not a Cityviewer dataset")


def test_future_schema(tmp_path, built_db):
    path = tmp_path / "future.sqlite"
    shutil.copy(built_db, path)
    db = sqlite3.connect(path)
    db.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    db.commit()
    db.close()
    _open_fails(path, "newer Cityviewer")


def test_a_folder_is_not_a_dataset(tmp_path):
    _open_fails(tmp_path, "not a file")


def test_opening_writes_nothing_even_in_a_read_only_folder(tmp_path, built_db):
    folder = tmp_path / "read only 읽기"
    folder.mkdir()
    path = folder / "cities.sqlite"
    shutil.copy(built_db, path)
    before = _digest(path)
    folder.chmod(0o555)
    path.chmod(0o444)
    try:
        ds = Dataset.open(path)
        ds.rows(ds.answer(SearchRequest("pyongyang")).keys)
        ds.entry("pyongyang")
        ds.close()
        assert _digest(path) == before
        assert os.listdir(folder) == ["cities.sqlite"]
    finally:
        folder.chmod(0o755)


def test_rows_come_back_in_the_order_of_the_keys(dataset):
    keys = list(dataset.answer(SearchRequest("")).keys)
    assert [r.id for r in dataset.rows(list(reversed(keys)))] == [r.id for r in reversed(dataset.rows(keys))]


def test_rows_are_built_by_column_name(built_db, monkeypatch):
    """Two columns swapped in the query still land in their own fields."""
    from cityviewer.core import dataset as module

    columns = module._ROW_COLUMNS
    swapped = columns.replace(
        "c.name AS name, c.local_name AS local_name", "c.local_name AS local_name, c.name AS name"
    )
    assert swapped != columns
    monkeypatch.setattr(module, "_ROW_COLUMNS", swapped)
    ds = Dataset.open(built_db)
    try:
        (row,) = ds.rows_of(["kaesong"])
    finally:
        ds.close()
    assert (row.name, row.local_name) == ("Kaesong", "개성")


def test_a_table_not_as_built_is_refused_at_open(built_db, tmp_path):
    import shutil
    import sqlite3

    from cityviewer.core.errors import DatasetDamaged

    path = tmp_path / "altered.sqlite"
    shutil.copy(built_db, path)
    db = sqlite3.connect(path)
    db.execute("ALTER TABLE sources ADD COLUMN extra TEXT")
    db.commit()
    db.close()
    with pytest.raises(DatasetDamaged, match="sources table is not as built"):
        Dataset.open(path)


def test_an_entry_carries_its_summaries_in_other_languages(dataset):
    city, division = dataset.entry("kaesong"), dataset.entry("KP-13")
    assert city.summary_in("ko").startswith("개성은 919년부터 1392년까지") and city.summary.startswith("For almost")
    assert division.summary_in("ko").startswith("라선특별시(나선특별시)는")
    assert [language for language, _text in city.summaries] == ["ko"]
    assert city.summary_in("en") is None and division.summary_in("fr") is None


def test_every_citys_names_for_the_completer_and_no_divisions(lorvania_db):
    island = Dataset.open(lorvania_db)
    try:
        names = dict(island.city_names())
    finally:
        island.close()
    assert len(names) == 6 and not any(city_id.startswith("LV-") for city_id in names)  # six towns, no county
    assert names["amberlee"][0] == "Amberlee" and "Old Amber" in names["amberlee"]  # its name first, then others
    assert names["castorby"][:1] == ("Castorby",) and "Castor's Landing" in names["castorby"]
    assert all("" not in found and len(set(found)) == len(found) for found in names.values())  # each name once


def _sqlite_libraries() -> list[str]:
    """The shared libsqlite3 Python's sqlite3 uses (none where it is built in, or off Linux)."""
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:  # Linux
            return sorted({line.split()[-1] for line in maps if "libsqlite3" in line})
    except OSError:
        return []


def _sqlite_memory_used() -> Callable[[], int] | None:
    """SQLite's own count of the memory it holds (sqlite3_memory_used), from the library Python's sqlite3 uses."""
    found = _sqlite_libraries()
    if not found:
        return None
    lib = ctypes.CDLL(found[0])
    lib.sqlite3_memory_used.restype = ctypes.c_int64
    return lib.sqlite3_memory_used


def test_opening_lets_go_of_the_pages_the_check_read(lorvania_db):
    """PRAGMA quick_check reads every page into the connection's cache; open lets go of them (start-up's memory):
    a verified open holds no more than one that skips the check, not a copy of the file on top."""
    used = _sqlite_memory_used()
    if used is None:
        pytest.skip("Python's sqlite3 is not linked to a shared libsqlite3 here: its memory cannot be read")

    def held(verify: bool) -> int:
        before = used()
        dataset = Dataset.open(lorvania_db, verify=verify)
        try:
            return used() - before
        finally:
            dataset.close()

    unverified = held(False)
    assert held(True) < unverified + lorvania_db.stat().st_size / 2  # without letting go: the file and more


def test_search_is_asked_one_way_and_rows_are_read_by_key_or_by_id(lorvania_db):
    """The dataset's search surface is answer(request) for keys, rows(keys) for their rows and rows_of(ids) for an
    entry's row by its id: no second way to search, no key_of to pair with rows by hand."""
    public = {name for name in vars(Dataset) if not name.startswith("_")}
    assert {"answer", "rows", "rows_of"} <= public
    assert not public & {"search", "key_of", "suggestions"}
    island = Dataset.open(lorvania_db)
    try:
        rows = island.rows_of(["dunmere", "no-such-entry", "amberlee", "LV-N"])
        assert [row.id for row in rows] == ["dunmere", "amberlee", "LV-N"]  # the order asked, unknowns left out
        assert island.rows_of(["no-such-entry"]) == []
        keys = [row.key for row in rows]
        assert [row.id for row in island.rows([keys[2], -1, keys[0]])] == ["LV-N", "dunmere"]  # no such key
    finally:
        island.close()


def test_an_entry_read_apart_is_equal_part_by_part(lorvania_db):
    """An entry and its parts keep dataclasses' __eq__ and __hash__ (the quiz compares entries): the same entry read
    on two connections is equal, whatever parts it has; core.records leaves them out only where nothing compares."""
    first, second = Dataset.open(lorvania_db), Dataset.open(lorvania_db)
    try:
        rows = first.rows(first.answer(SearchRequest()).keys)
        compared = 0
        for row in rows:
            one, other = first.entry(row.id), second.entry(row.id)
            assert one is not None and one is not other
            assert one == other and hash(one) == hash(other)
            compared += 1
        assert compared == len(rows) > 0
        entries = [first.entry(row.id) for row in rows]
        parts = ("other_names", "sections", "sources", "related", "landmarks", "cities")  # (it has no corrections)
        assert all(any(getattr(entry, part, ()) for entry in entries) for part in parts)  # each kind of part compared
    finally:
        first.close()
        second.close()


def test_opening_a_dataset_and_its_first_article_build_no_dataclass():
    """Each dataclass compiles its generated methods when its module is imported, before the first paint (~0.5 ms
    each): the records, the request and the volume's parts are NamedTuples, the volume a plain class. A fresh
    interpreter imports what Dataset.open needs, and what the first article and the first letters answered ahead
    import just after the first paint (the distances, the locator's outlines, the false friends)."""
    script = (
        "import dataclasses\n"
        "built = []\n"
        "process = dataclasses._process_class\n"
        "def counting(cls, *args):\n"
        "    built.append(cls.__qualname__)\n"
        "    return process(cls, *args)\n"
        "dataclasses._process_class = counting\n"
        "import cityviewer.core.dataset, cityviewer.core.distances, cityviewer.core.map.basemap\n"
        "import cityviewer.core.falsefriends\n"
        "print(' '.join(sorted(built)))\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.split() == []


def test_reading_every_page_later_keeps_no_copy_of_the_file(lorvania_db):
    """verify_pages (the window's check of every page, on a thread of its own once it shows) reads each page once:
    with the connection's whole cache, SQLite held a copy of the file at start-up's peak; it keeps a few pages
    (the shipped volume, 1 MiB: 1.19 MB at the check's peak, then 0.14 MB)."""
    used = _sqlite_memory_used()
    if used is None:
        pytest.skip("Python's sqlite3 is not linked to a shared libsqlite3 here: its memory cannot be read")
    lib = ctypes.CDLL(next(iter(_sqlite_libraries())))
    lib.sqlite3_memory_highwater.restype = ctypes.c_int64
    dataset = Dataset.open(lorvania_db, verify=False)
    try:
        cache_size = dataset._query("PRAGMA cache_size")
        before = used()
        lib.sqlite3_memory_highwater(1)  # from now
        dataset.verify_pages()
        peak = lib.sqlite3_memory_highwater(0) - before
        assert dataset._query("PRAGMA cache_size") == cache_size  # the searches' cache as it was
    finally:
        dataset.close()
    assert peak < lorvania_db.stat().st_size  # the whole cache: the file's pages and their headers (~1.1 times)


def test_reading_the_locators_outlines_does_not_read_the_full_maps(built_db):
    """The maps table holds the full map (~300 KB) beside the locator's (~45 KB): looked up by its key, SQLite read
    the whole of each row it compared with (the full map, into memory and its cache) to find the locator's."""
    from cityviewer.core.map.basemap import FULL, LOCATOR

    used = _sqlite_memory_used()
    if used is None:
        pytest.skip("Python's sqlite3 is not linked to a shared libsqlite3 here: its memory cannot be read")
    lib = ctypes.CDLL(_sqlite_libraries()[0])
    lib.sqlite3_memory_highwater.restype = ctypes.c_int64
    dataset = Dataset.open(built_db, verify=False)  # its cache empty, as at start-up
    try:
        before = used()
        lib.sqlite3_memory_highwater(1)
        locator = dataset.basemap(LOCATOR)
        peak, held = lib.sqlite3_memory_highwater(0) - before, used() - before
        full = dataset.basemap(FULL)
    finally:
        dataset.close()
    assert full is not None and len(full) > 100_000  # the shipped volume's: what the check is about
    assert locator is not None and len(locator) < len(full) / 2
    assert peak < len(full) / 2
    assert held < len(full) / 10
