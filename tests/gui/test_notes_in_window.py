"""Favourites and notes in the window: Ctrl+D, the star in the list and the article, Show > Starred, the note under
the article saved as one types, the notes file in the user's data folder (or set aside when damaged)."""

from __future__ import annotations

import json
import threading

import pytest
from helpers import article_of, listed
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QPlainTextEdit

from cityviewer.core.notes import NoteEntry, Notes, NotesFile, to_json
from cityviewer.core.request import Show
from cityviewer.gui import notes as gui_notes
from cityviewer.gui.citymodel import Column
from cityviewer.gui.mainwindow import MainWindow
from cityviewer.gui.notes import NotesStore


@pytest.fixture
def notes_path(tmp_path):
    return tmp_path / "data" / "notes.json"


@pytest.fixture
def noted_window(qtbot, dataset, settings, notes_path):
    store = NotesStore(NotesFile(notes_path, "lorvania"))
    win = MainWindow(dataset, settings, store)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shut_down()


def _on_disk(path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))["volumes"].get("lorvania", {}).get("entries", {})


def _row(window, entry_id: str) -> int:
    return listed(window).index(entry_id)


def test_ctrl_d_stars_the_entry_on_show_and_the_menu_says_so(qtbot, noted_window, notes_path):
    window = noted_window
    window.show_city("eskfield")
    star = window.window_actions.star
    assert star.shortcut() == QKeySequence("Ctrl+D")
    edit_menu = window.menuBar().actions()[1].menu()
    assert star in edit_menu.actions() and not star.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert window.notes.is_starred("eskfield") and star.isChecked()
    qtbot.waitUntil(lambda: notes_path.exists() and _on_disk(notes_path).get("eskfield", {}).get("starred") is True)
    window.show_city("greyhollow")
    assert not star.isChecked()
    window.show_city("eskfield")
    assert star.isChecked()
    qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert not window.notes.is_starred("eskfield") and not star.isChecked()
    qtbot.waitUntil(lambda: "eskfield" not in _on_disk(notes_path))


def test_a_star_shows_in_the_list_and_the_article(qtbot, window):
    """(The star beside the source article's badge: tests/content/gui, as the made-up volume has no source article.)"""
    model = window.city_list.model
    window.show_city("eskfield")
    index = model.index(_row(window, "eskfield"), Column.NAME)
    assert index.data(Qt.ItemDataRole.DecorationRole) is None
    assert "Starred" not in article_of(qtbot, window)
    with qtbot.waitSignal(model.dataChanged):
        window.toggle_star()
    assert index.data(Qt.ItemDataRole.DecorationRole) is not None
    assert "Starred" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert window.detail.toPlainText().startswith("★ Starred")
    plain = model.index(_row(window, "LV-S"), Column.NAME)
    assert plain.data(Qt.ItemDataRole.DecorationRole) is None
    window.notes.set_starred("LV-S", True)
    assert plain.data(Qt.ItemDataRole.DecorationRole) is not None


def test_show_starred_lists_the_starred_entries_and_follows_new_stars(qtbot, window):
    window.notes.set_starred("castorby", True)
    window.notes.set_starred("LV-S", True)
    combo = window.filter_bar.showing
    with qtbot.waitSignal(window.results_changed, check_params_cb=lambda r: r.request.show == Show.STARRED):
        combo.setCurrentIndex(combo.findData(Show.STARRED))
    assert listed(window) == ["castorby", "LV-S"]
    with qtbot.waitSignal(window.results_changed):
        window.notes.set_starred("amberlee", True)
    assert listed(window) == ["amberlee", "castorby", "LV-S"]
    with qtbot.waitSignal(window.results_changed):
        window.notes.set_starred("castorby", False)
    assert listed(window) == ["amberlee", "LV-S"]


def test_the_note_is_saved_as_one_types_once_typing_pauses(qtbot, noted_window, notes_path):
    window = noted_window
    window.show_city("greyhollow")
    editor = window.findChild(QPlainTextEdit, "Note")
    assert editor.accessibleName() == "Note"
    qtbot.keyClicks(editor, "Beach")
    assert window.notes.note("greyhollow") == "Beach"
    assert not notes_path.exists()  # debounced: not a write per key
    qtbot.waitUntil(lambda: notes_path.exists(), timeout=5000)
    assert _on_disk(notes_path)["greyhollow"] == {"starred": False, "note": "Beach"}
    window.show_city("eskfield")
    assert editor.toPlainText() == ""
    window.show_city("greyhollow")
    assert editor.toPlainText() == "Beach"


def test_notes_written_on_close_are_there_next_time(qtbot, dataset, settings, notes_path):
    first = MainWindow(dataset, settings, NotesStore(NotesFile(notes_path, "lorvania")))
    qtbot.addWidget(first)
    first.show_city("farrowgate")
    first.findChild(QPlainTextEdit, "Note").setPlainText("By the lighthouse")
    first.notes.toggle_star("farrowgate")
    first.close()  # saves at once, before the debounce
    first.shut_down()
    second = MainWindow(dataset, settings, NotesStore(NotesFile(notes_path, "lorvania")))
    qtbot.addWidget(second)
    second.show_city("farrowgate")
    assert second.findChild(QPlainTextEdit, "Note").toPlainText() == "By the lighthouse"
    assert second.window_actions.star.isChecked()
    second.shut_down()


def test_a_damaged_notes_file_is_set_aside_with_a_notice(qtbot, dataset, settings, notes_path):
    notes_path.parent.mkdir(parents=True)
    notes_path.write_bytes(b'{"format": "cityviewer-notes", "version": 1, "entr\x00\xff')
    win = MainWindow(dataset, settings, NotesStore(NotesFile(notes_path, "lorvania")))
    qtbot.addWidget(win)
    message = win.statusBar().currentMessage()
    assert "notes file was damaged" in message and "notes.json.damaged-" in message
    aside = [p for p in notes_path.parent.iterdir() if p.name.startswith("notes.json.damaged-")]
    assert len(aside) == 1 and aside[0].read_bytes().endswith(b"\x00\xff")
    win.notes.toggle_star("eskfield")
    assert win.notes.save()
    assert _on_disk(notes_path) == {"eskfield": {"starred": True, "note": ""}}
    win.shut_down()


def test_a_failed_save_is_said_in_the_status_bar(qtbot, dataset, settings, tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    win = MainWindow(dataset, settings, NotesStore(NotesFile(blocker / "notes.json", "lorvania")))
    qtbot.addWidget(win)
    win.notes.toggle_star("eskfield")
    assert not win.notes.save()
    assert "could not be saved" in win.statusBar().currentMessage()
    win.shut_down()


def test_another_instances_notes_are_kept_when_this_one_saves(notes_path, qapp):
    other = NotesFile(notes_path, "lorvania")
    other.save({"castorby": NoteEntry(True, "theirs")})
    store = NotesStore(NotesFile(notes_path, "lorvania"))
    other.save({"dunmere": NoteEntry(False, "written meanwhile")})
    store.set_note("greyhollow", "mine")
    assert store.save()
    assert set(_on_disk(notes_path)) == {"castorby", "dunmere", "greyhollow"}
    assert store.note("dunmere") == "written meanwhile"  # and the session sees them


def test_another_instances_star_shows_once_this_one_saves(qtbot, noted_window, notes_path):
    window = noted_window
    window.show_city("castorby")
    NotesFile(notes_path, "lorvania").save({"castorby": NoteEntry(True, "from the other window")})
    window.notes.set_starred("greyhollow", True)
    with qtbot.waitSignal(window.notes.stars_changed):
        assert window.notes.save()
    assert window.window_actions.star.isChecked()
    assert window.note_editor.edit.toPlainText() == "from the other window"


def test_the_file_lives_in_the_user_data_folder(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(gui_notes.settings, "portable_settings_file", lambda: None)
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    assert gui_notes.default_path() == gui_notes.Path(folder) / "notes.json"
    portable = tmp_path / "stick" / "settings" / "cityviewer.ini"
    monkeypatch.setattr(gui_notes.settings, "portable_settings_file", lambda: portable)
    assert gui_notes.default_path() == tmp_path / "stick" / "settings" / "notes.json"


def test_a_window_without_a_file_writes_nothing(qtbot, window, tmp_path):
    before = sorted(p for p in tmp_path.rglob("*"))
    window.notes.toggle_star("eskfield")
    assert window.notes.save()
    assert sorted(p for p in tmp_path.rglob("*")) == before


def test_round_trip_through_the_store(notes_path, qapp):
    notes_path.parent.mkdir(parents=True)
    notes_path.write_bytes(to_json(Notes({"eskfield": NoteEntry(True, "Koryo")})))
    store = NotesStore(NotesFile(notes_path, "lorvania"))
    assert store.is_starred("eskfield") and store.note("eskfield") == "Koryo" and not store.notice


def test_typing_saves_off_the_gui_thread_and_keeps_changes_made_meanwhile(qtbot, notes_path, qapp):
    gate, threads = threading.Event(), []

    class SlowDisk(NotesFile):
        def save(self, changes):
            threads.append(threading.current_thread())
            gate.wait(10)
            return super().save(changes)

    store = NotesStore(SlowDisk(notes_path, "lorvania"))
    store.set_note("greyhollow", "one")
    qtbot.waitUntil(lambda: bool(threads))  # the debounced save is under way
    assert threads[0] is not threading.main_thread()
    store.set_note("eskfield", "two")  # while it is being written
    gate.set()
    qtbot.waitUntil(lambda: notes_path.exists() and "eskfield" in _on_disk(notes_path), timeout=10_000)
    assert store.note("eskfield") == "two" and store.note("greyhollow") == "one"
    assert _on_disk(notes_path)["greyhollow"]["note"] == "one"
    assert store.save() and not store.has_unsaved()
