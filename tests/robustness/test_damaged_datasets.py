"""Damaged datasets: truncated anywhere, bytes flipped, hostile text in every field. Always a clear DatasetError or
a working dataset, never another exception, and never a write to the file."""

import dataclasses
import hashlib
import os
import random
import re
import shutil
import subprocess
import sys

import pytest

from cityviewer.core.article import render
from cityviewer.core.dataset import Dataset
from cityviewer.core.errors import DatasetError
from cityviewer.core.request import SearchRequest
from cityviewer.databuild.build import build
from cityviewer.databuild.entries import load_sources

QUERIES = ["pyongyang", "평양", "k", "steel port", '"', "NEAR(", ""]
HOSTILE = '<img src="http://198.51.100.1/x.png"><script>alert(1)</script>\'); DROP TABLE entries; -- <b>'


def _exercise(path):
    """Open and use every part of the dataset; raise only DatasetError."""
    dataset = Dataset.open(path)
    try:
        for query in QUERIES:
            dataset.rows(list(dataset.answer(SearchRequest(query)).keys))
        for city_id in dataset.entry_ids():
            entry = dataset.entry(city_id)
            if entry is not None:
                render(entry, dataset.info.volume)
        dataset.divisions(), dataset.regions(), dataset.tags()
    finally:
        dataset.close()


def _digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _damaged_copies(built_db, tmp_path, count, damage):
    data = built_db.read_bytes()
    rng = random.Random(20261129)
    for n in range(count):
        path = tmp_path / f"damaged-{n}.sqlite"
        path.write_bytes(damage(bytearray(data), rng))
        yield path


def _truncate(data, rng):
    return bytes(data[: rng.randrange(0, len(data))])


def _flip(data, rng):
    for _ in range(rng.randrange(1, 20)):
        data[rng.randrange(len(data))] ^= 1 << rng.randrange(8)
    return bytes(data)


@pytest.mark.parametrize("damage", [_truncate, _flip])
def test_damage_gives_a_clear_error_or_a_working_dataset(built_db, tmp_path, damage):
    outcomes = {"refused": 0, "worked": 0}
    for path in _damaged_copies(built_db, tmp_path, 40, damage):
        before = _digest(path)
        try:
            _exercise(path)
            outcomes["worked"] += 1
        except DatasetError as exc:
            assert str(path) in str(exc)
            outcomes["refused"] += 1
        assert _digest(path) == before
        assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(path.name)) == [path.name]
    assert outcomes["refused"] > 0
    if damage is _truncate:
        assert outcomes["worked"] == 0  # every truncation is noticed


@pytest.mark.gui  # the cityviewer command starts Qt
def test_the_command_line_never_shows_a_traceback(built_db, tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    for path in list(_damaged_copies(built_db, tmp_path, 6, _flip)) + list(
        _damaged_copies(built_db, tmp_path, 3, _truncate)
    ):
        result = subprocess.run([sys.executable, "-m", "cityviewer", "--self-test", "--dataset", str(path)],
                                capture_output=True, text=True, timeout=120, env=env)  # fmt: skip
        assert result.returncode in (0, 1, 2), result.stderr
        assert "Traceback" not in result.stderr


def test_older_schema_is_refused(built_db, tmp_path):
    import sqlite3

    path = tmp_path / "old.sqlite"
    shutil.copy(built_db, path)
    with sqlite3.connect(path) as db:
        db.execute("PRAGMA user_version = 0")
    db.close()
    with pytest.raises(DatasetError, match="older Cityviewer"):
        Dataset.open(path)


@pytest.fixture(scope="module")
def hostile_db(tmp_path_factory, source_dir):
    """The real dataset with markup and SQL appended to every text field."""
    sources = load_sources(source_dir)

    def poison(value, key=""):
        if isinstance(value, dict):
            return {k: poison(v, k) for k, v in value.items()}
        if isinstance(value, list):
            return [poison(v, key) for v in value]
        if isinstance(value, str) and key not in ("id", "division", "regions", "tags", "code"):
            return value + " " + HOSTILE
        return value

    sources = dataclasses.replace(
        sources,
        division_names=poison(sources.division_names),
        cities=poison(sources.cities),
        divisions=poison(sources.divisions),
    )
    out = tmp_path_factory.mktemp("hostile") / "hostile.sqlite"
    build(sources, out, source_dir)
    return out


def test_markup_and_sql_in_every_field_stay_text(hostile_db, volume):
    dataset = Dataset.open(hostile_db)
    everything = dataset.info.city_count + dataset.info.division_count
    assert (
        len(dataset.rows(dataset.answer(SearchRequest("DROP TABLE entries")).keys)) == everything
    )  # searched for, as words
    for city_id in dataset.entry_ids():
        html = render(dataset.entry(city_id), volume)
        assert "<img" not in html and "<script" not in html  # (the article's own <b> is ours)
        assert "&lt;b&gt;" in html
        assert "&lt;img src=&quot;http://198.51.100.1/x.png&quot;&gt;" in html
    assert (dataset.info.city_count, dataset.info.division_count) == (27, 13)  # no table was dropped


def test_the_window_shows_hostile_text_as_text(qtbot, hostile_db, tmp_path):
    from PySide6.QtCore import QSettings

    from cityviewer.gui.mainwindow import MainWindow
    from cityviewer.gui.settings import Settings

    window = MainWindow(Dataset.open(hostile_db), Settings(QSettings(str(tmp_path / "s.ini"),
                                                                     QSettings.Format.IniFormat)))  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    window.show_city("kaesong")
    qtbot.waitUntil(lambda: window.detail.entry_id == "kaesong")  # the article is read on the dataset thread
    assert "<img src=" in window.detail.toPlainText()  # shown as text
    html = window.detail.document().toHtml().replace("&lt;img", "")
    assert re.findall(r'<img src="([^"]*)"', html) in ([], ["locator:kaesong"])  # at most the locator map
    assert "DROP TABLE" in window.windowTitle()


def _crafted(built_db, tmp_path, name, *statements):
    """A copy of the dataset changed by SQL: valid SQLite, inconsistent content."""
    import sqlite3

    path = tmp_path / f"{name}.sqlite"
    shutil.copy(built_db, path)
    db = sqlite3.connect(path)
    for statement in statements:
        db.execute(statement)
    db.commit()
    db.close()
    return path


def test_an_index_entry_without_its_city_is_skipped(built_db, tmp_path):
    path = _crafted(built_db, tmp_path, "orphan",
                    "INSERT INTO entry_fts (rowid, names, tags, text, names_folded)"
                    " VALUES (999, 'zzzq', '', '', 'zzzq')")  # fmt: skip
    dataset = Dataset.open(path)
    assert dataset.rows(dataset.answer(SearchRequest("zzzq")).keys) == []
    assert (
        len(dataset.rows(dataset.answer(SearchRequest("")).keys))
        == dataset.info.city_count + dataset.info.division_count
    )


def test_a_city_whose_division_is_missing_keeps_its_place_in_the_list(built_db, tmp_path, volume):
    path = _crafted(
        built_db, tmp_path, "noprovince", "UPDATE entries SET division_code = 'KP-99' WHERE id = 'chongjin'"
    )
    dataset = Dataset.open(path)
    keys = list(dataset.answer(SearchRequest("")).keys)
    rows = dataset.rows(keys)
    assert len(rows) == dataset.info.city_count + dataset.info.division_count
    chongjin = next(r for r in rows if r.id == "chongjin")
    assert chongjin.division == "KP-99"
    assert render(dataset.entry("chongjin"), volume)


def test_a_list_row_whose_text_is_stored_as_bytes_reads_as_text(built_db, tmp_path):
    """A flipped type byte can leave a text stored as a BLOB, valid UTF-8 or not: the list shows it as text."""
    damage = "UPDATE entries SET name = CAST(name AS BLOB), local_name = X'ff41' WHERE id = 'chongjin'"
    path = _crafted(built_db, tmp_path, "blob", damage)
    dataset = Dataset.open(path)
    keys = list(dataset.answer(SearchRequest("")).keys)
    chongjin = next(r for r in dataset.rows(keys) if r is not None and r.id == "chongjin")
    assert (chongjin.name, chongjin.local_name) == ("Chongjin", "\ufffdA")


def test_a_missing_table_is_refused_at_open(built_db, tmp_path):
    path = _crafted(built_db, tmp_path, "notags", "DROP TABLE tags")
    with pytest.raises(DatasetError, match="no tags table"):
        Dataset.open(path)


def test_an_odd_credit_key_is_read(built_db, tmp_path):
    path = _crafted(built_db, tmp_path, "credit", "INSERT INTO meta VALUES ('credit.x', 'y')")
    assert ("x", "y") in Dataset.open(path).info.credits


@pytest.mark.gui  # the cityviewer command starts Qt
def test_the_window_never_shows_a_traceback_either(built_db, tmp_path):
    """The window's path (--screenshot builds the real window) on damaged and inconsistent datasets."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    paths = [
        _crafted(built_db, tmp_path, "orphan2", "INSERT INTO entry_fts (rowid, names) VALUES (999, 'zzzq')"),
        _crafted(built_db, tmp_path, "noprovince2", "UPDATE entries SET division_code = 'KP-99'"),
        _crafted(built_db, tmp_path, "notags2", "DROP TABLE tags"),
        *_damaged_copies(built_db, tmp_path, 4, _flip),
    ]
    for path in paths:
        command = [sys.executable, "-m", "cityviewer", "--dataset", str(path), "--screenshot", str(tmp_path / "s.png")]
        result = subprocess.run(command, capture_output=True, text=True, timeout=120, env=env)
        assert result.returncode in (0, 2), result.stderr
        assert "Traceback" not in result.stderr, result.stderr


def test_a_schema_whose_text_is_not_text_is_called_damaged(built_db, tmp_path):
    """SQLite quotes a malformed table definition in its message; bytes that are not UTF-8 there are the file's
    damage, said as such, not a crash."""
    path = _crafted(
        built_db, tmp_path, "badschema", "PRAGMA writable_schema = ON",
        "UPDATE sqlite_master SET sql = CAST(X'435245415445205441424C452074616773202882F0' AS TEXT)"
        " WHERE name = 'tags'",
    )  # fmt: skip
    with pytest.raises(DatasetError, match="damaged"):
        Dataset.open(path)
