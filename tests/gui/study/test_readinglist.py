"""File > Export Reading List… and Import Reading List…: a teacher's stars and notes handed to a class; a file that
is not a reading list is refused saying why, and changes nothing."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cityviewer.core.notes import FORMAT, MAX_BYTES, NoteEntry, Notes, OnConflict, to_json
from cityviewer.gui.study.readinglist import ConflictDialog, ExportDialog, ImportDialog


@pytest.fixture
def refusals(dialogs):
    return dialogs  # the text of each dialog gui.messages showed


def _import(monkeypatch, window, path) -> None:
    monkeypatch.setattr(ImportDialog, "ask", classmethod(lambda cls, parent: path))
    window.reading_list.import_list()


def test_a_teachers_list_goes_to_a_pupil(qtbot, window, tmp_path, monkeypatch, refusals):
    window.notes.set_starred("eskfield", True)
    window.notes.set_note("eskfield", "Read the history section")
    window.notes.set_note("LV-S", "Find Farrowgate on the map")
    target = tmp_path / "lesson.json"
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent: target))
    window.reading_list.export_list()
    assert "Exported 2 entries" in window.statusBar().currentMessage()
    assert json.loads(target.read_text(encoding="utf-8"))["format"] == FORMAT
    for entry_id in ("eskfield", "LV-S"):  # the pupil's own window
        window.notes.set_note(entry_id, "")
    window.notes.set_starred("eskfield", False)
    window.notes.set_starred("greyhollow", True)
    _import(monkeypatch, window, target)
    assert window.notes.is_starred("eskfield") and window.notes.is_starred("greyhollow")
    assert window.notes.note("LV-S") == "Find Farrowgate on the map"
    assert "2 entries added or updated" in window.statusBar().currentMessage() and not refusals


@pytest.mark.parametrize(("choice", "expected"), [(OnConflict.KEEP, "mine"), (OnConflict.REPLACE, "teacher's")])
def test_on_a_conflict_the_reader_chooses(qtbot, window, tmp_path, monkeypatch, choice, expected):
    window.notes.set_note("eskfield", "mine")
    source = tmp_path / "list.json"
    source.write_bytes(to_json(Notes({"eskfield": NoteEntry(True, "teacher's"), "dunmere": NoteEntry(False, "new")})))
    asked: list[list[str]] = []
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda cls, parent, names: asked.append(names) or choice))
    _import(monkeypatch, window, source)
    qtbot.waitUntil(lambda: bool(asked))  # the names are read on the dataset thread
    assert asked == [["Eskfield"]]  # by name
    assert window.notes.note("eskfield") == expected and window.notes.is_starred("eskfield")
    assert window.notes.note("dunmere") == "new"


def test_cancelling_the_conflict_question_changes_nothing(qtbot, window, tmp_path, monkeypatch):
    window.notes.set_note("eskfield", "mine")
    before = window.notes.notes
    source = tmp_path / "list.json"
    source.write_bytes(to_json(Notes({"eskfield": NoteEntry(True, "theirs"), "greyhollow": NoteEntry(True)})))
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda cls, parent, names: None))
    _import(monkeypatch, window, source)
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage())
    assert window.notes.notes == before


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not text"),
        (b'{"format": "cityviewer-notes", "version": 1, "entries": {', "not valid JSON (line 1"),
        (json.dumps({"name": "my-package", "version": "1.0.0"}).encode(), "not a Cityviewer reading list"),
        (json.dumps({"format": FORMAT, "version": 7, "entries": {}}).encode(), "newer Cityviewer"),
        (json.dumps({"format": FORMAT, "version": 1, "entries": {"<script>": {}}}).encode(), "is not an entry's id"),
    ],
)
def test_a_file_that_is_not_a_reading_list_is_refused_saying_why(
    qtbot, window, tmp_path, monkeypatch, refusals, data, says
):
    window.notes.set_starred("eskfield", True)
    before = window.notes.notes
    source = tmp_path / "bad.json"
    source.write_bytes(data)
    _import(monkeypatch, window, source)
    assert window.notes.notes == before
    assert len(refusals) == 1 and says in refusals[0] and "Nothing was changed" in refusals[0]
    assert "bad.json was not imported" in window.statusBar().currentMessage()


def test_a_huge_file_is_refused(qtbot, window, tmp_path, monkeypatch, refusals):
    source = tmp_path / "huge.json"
    with open(source, "wb") as out:
        out.truncate(MAX_BYTES + 1)
    _import(monkeypatch, window, source)
    assert "too large" in refusals[0] and len(window.notes.notes) == 0


def test_a_missing_file_is_refused(qtbot, window, tmp_path, monkeypatch, refusals):
    _import(monkeypatch, window, tmp_path / "gone.json")
    assert "gone.json was not imported" in refusals[0]


@settings(max_examples=40, suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None)
@given(data=st.binary(max_size=200) | st.text(max_size=200).map(lambda t: t.encode("utf-8", "surrogatepass")))
def test_any_bytes_imported_are_notes_or_a_refusal_never_a_traceback(window, tmp_path, monkeypatch, data):
    source = tmp_path / "any.json"
    source.write_bytes(data)
    monkeypatch.setattr(ConflictDialog, "ask", classmethod(lambda cls, parent, names: OnConflict.KEEP))
    _import(monkeypatch, window, source)  # an exception here fails the test


def test_an_unwritable_export_is_said(qtbot, window, tmp_path, monkeypatch, refusals):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent: blocker / "list.json"))
    window.reading_list.export_list()
    assert "could not be written" in refusals[0]


def test_the_file_menu_holds_both_commands_and_plurals_read_well(qtbot, window, tmp_path, monkeypatch):
    file_menu = window.menuBar().actions()[0].menu().actions()
    texts = [action.text().replace("&", "") for action in file_menu]
    assert "Export Reading List…" in texts and "Import Reading List…" in texts
    window.notes.set_starred("eskfield", True)
    monkeypatch.setattr(ExportDialog, "ask", classmethod(lambda cls, parent: tmp_path / "one.json"))
    window.reading_list.export_list()
    assert "Exported 1 entry to" in window.statusBar().currentMessage()
