"""The reader's favourites and notes in the window: the store the panes read and change, and the note editor.

NotesStore keeps core.notes' Notes for the session and writes this session's changes to the notes file a moment
after the last one (debounced), when asked (save()), and when the window closes. The file is in the user's data
folder (QStandardPaths.AppDataLocation) or, in portable mode, in the settings folder beside the program. A damaged
file is set aside by the core and the store starts empty, with a notice; a file that cannot be read is never
written over.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from cityviewer.core.notes import (
    FILE_NAME,
    LEGACY,
    FileState,
    Merged,
    NoteEntry,
    Notes,
    NotesError,
    NotesFile,
    OnConflict,
    conflicts,
    merge,
    read,
    write,
)
from cityviewer.gui import settings
from cityviewer.gui.focusring import FocusRing

log = logging.getLogger("cityviewer")
SAVE_DELAY_MS = 800  # a note is saved this long after the last keystroke


def default_path() -> Path:
    """notes.json in portable mode's settings folder, or in the user's data folder."""
    portable = settings.portable_settings_file()
    if portable is not None:
        return portable.parent / FILE_NAME
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)) / FILE_NAME


class NotesStore(QObject):
    """Signals: changed(id) when an entry's star or note changed (here or by an import; "" for many at once);
    stars_changed() when the set of starred ids changed; save_failed(message)."""

    changed = Signal(str)
    stars_changed = Signal()
    save_failed = Signal(str)
    _worker_done = Signal(int)  # from the saving thread: its generation

    def __init__(self, file: NotesFile | None, parent: QObject | None = None) -> None:
        """file None: notes for this session only (nothing read or written)."""
        super().__init__(parent)
        self._file = file
        self._pending: dict[str, NoteEntry] = {}
        self._keep_off = file is None
        self.notice = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_soon)
        self._worker: threading.Thread | None = None
        self._generation = 0
        self._result: tuple[int, dict[str, NoteEntry], Notes | Exception] | None = None
        self._worker_done.connect(self._take_result, Qt.ConnectionType.QueuedConnection)
        self.notes = Notes()
        if file is None:
            return
        loaded = file.load()
        self.notes = loaded.notes
        if loaded.state is FileState.DAMAGED:
            if loaded.aside is not None:
                self.notice = self.tr(
                    "Your notes file was damaged ({reason}); it was kept as {name} and your notes start empty."
                ).format(reason=loaded.reason, name=loaded.aside.name)
            else:
                self._keep_off = True
                self.notice = self.tr(
                    "Your notes file {path} is damaged ({reason}) and could not be set aside; notes will not be saved."
                ).format(path=file.path, reason=loaded.reason)
        elif loaded.state is FileState.UNREADABLE:
            self._keep_off = True
            self.notice = self.tr(
                "Your notes file {path} cannot be read ({reason}); this session's notes will not be saved."
            ).format(path=file.path, reason=loaded.reason)

    # -- reading --------------------------------------------------------------------------------------
    def is_starred(self, entry_id: str) -> bool:
        return self.notes.get(entry_id).starred

    def note(self, entry_id: str) -> str:
        return self.notes.get(entry_id).note

    def starred_ids(self) -> frozenset[str]:
        return self.notes.starred_ids()

    def location(self) -> Path | None:
        return self._file.path if self._file is not None else None

    # -- changing -------------------------------------------------------------------------------------
    def set_starred(self, entry_id: str, starred: bool) -> None:
        entry = self.notes.get(entry_id)
        if entry.starred != starred:
            self._change(entry_id, NoteEntry(starred, entry.note))
            self.stars_changed.emit()

    def toggle_star(self, entry_id: str) -> None:
        self.set_starred(entry_id, not self.is_starred(entry_id))

    def set_note(self, entry_id: str, text: str) -> None:
        entry = self.notes.get(entry_id)
        if entry.note != text:
            self._change(entry_id, NoteEntry(entry.starred, text))

    def _change(self, entry_id: str, entry: NoteEntry) -> None:
        self.notes = self.notes.with_entry(entry_id, entry)
        self._pending[entry_id] = entry
        self.changed.emit(entry_id)
        self._timer.start()  # restarted by each change: one save after the last

    def has_unsaved(self) -> bool:
        return bool(self._pending)

    def save(self) -> bool:
        """Write this session's changes now, waiting for a save under way (other instances' changes are kept);
        False if they could not be written. For closing the window and importing; typing saves off the GUI
        thread (save_soon)."""
        self._timer.stop()
        self._wait_for_worker()
        if not self._pending or self._keep_off or self._file is None:
            return not self._pending or self._file is None
        changes, self._pending = self._pending, {}
        try:
            on_disk: Notes | Exception = self._file.save(changes)
        except (OSError, NotesError) as exc:
            on_disk = exc
        return self._saved(changes, on_disk)

    def save_soon(self) -> None:
        """Write this session's changes on a worker thread (the disk's flush can take a while); the result comes
        back to the GUI thread. One save at a time: a change made meanwhile is saved by the next."""
        if not self._pending or self._keep_off or self._file is None:
            return
        if self._worker is not None and self._worker.is_alive():
            self._timer.start()  # try again once this one is done
            return
        changes, self._pending = self._pending, {}
        file = self._file
        self._generation += 1
        generation = self._generation

        def work() -> None:
            try:
                result: Notes | Exception = file.save(changes)
            except (OSError, NotesError) as exc:
                result = exc
            self._result = (generation, changes, result)
            self._worker_done.emit(generation)

        self._worker = threading.Thread(target=work, name="notes-save", daemon=False)
        self._worker.start()

    def _wait_for_worker(self) -> None:
        if self._worker is not None:
            self._worker.join()
            self._worker = None
            self._take_result(self._generation)

    def _take_result(self, generation: int) -> None:
        """The worker's result, once (from its signal or from _wait_for_worker, whichever comes first)."""
        if self._result is None or self._result[0] != generation:
            return
        _generation, changes, result = self._result
        self._result = None
        self._saved(changes, result)

    def _saved(self, changes: dict[str, NoteEntry], result: Notes | Exception) -> bool:
        if isinstance(result, Exception):
            self._pending = {**changes, **self._pending}  # kept for the next try; newer changes win
            if isinstance(result, NotesError):
                reason = result.message(QCoreApplication.translate)
            else:
                reason = (result.strerror if isinstance(result, OSError) else None) or str(result)
            message = self.tr("Your notes could not be saved to {path}: {reason}").format(
                path=self._file.path if self._file is not None else "", reason=reason
            )
            log.warning("%s", message)
            self.save_failed.emit(message)
            return False
        on_disk = result
        for entry_id, entry in self._pending.items():  # changes made while it was being saved
            on_disk = on_disk.with_entry(entry_id, entry)
        before, self.notes = self.notes, on_disk  # with what other instances saved meanwhile
        if on_disk != before:
            self.changed.emit("")
            if on_disk.starred_ids() != before.starred_ids():
                self.stars_changed.emit()
        return True

    # -- reading lists ------------------------------------------------------------------------------------
    def export_to(self, path: Path) -> None:
        """Write every star and note to path (atomically); OSError if it cannot be written."""
        write(path, self.notes, self._volume())

    def read_list(self, path: Path) -> Notes:
        """A reading list's notes for this volume; NotesError or OSError (nothing changes)."""
        return read(path, self._volume())

    def _volume(self) -> str:
        return self._file.volume if self._file is not None else LEGACY

    def conflicts_with(self, theirs: Notes) -> list[str]:
        return conflicts(self.notes, theirs)

    def import_notes(self, theirs: Notes, on_conflict: OnConflict) -> Merged:
        merged = merge(self.notes, theirs, on_conflict)
        stars = self.notes.starred_ids()
        for entry_id in theirs:
            entry = merged.notes.get(entry_id)
            if entry != self.notes.get(entry_id):
                self._pending[entry_id] = entry
        self.notes = merged.notes
        self.changed.emit("")
        if self.notes.starred_ids() != stars:
            self.stars_changed.emit()
        self.save()
        return merged


class NoteEditor(QWidget):
    """The reader's note on the entry on show, under the article: saved as one types (the store debounces).
    A pane of the window (on_results, on_city_shown, city_chosen)."""

    city_chosen = Signal(str)

    def __init__(self, store: NotesStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._shown: str | None = None
        self.setObjectName("Note editor")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 4)
        layout.setSpacing(2)
        self.label = QLabel(self.tr("Your &note"), self)
        self.edit = QPlainTextEdit(self)
        self.edit.setObjectName("Note")
        self.edit.setAccessibleName(self.tr("Note"))
        self.edit.setTabChangesFocus(True)
        self.focus_ring = FocusRing(self.edit)  # Fusion and GTK draw no focus on a text area
        self.label.setBuddy(self.edit)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        self.edit.textChanged.connect(self._typed)
        store.changed.connect(self._store_changed)

    def on_results(self, _results: object) -> None:
        pass

    def on_city_shown(self, city_id: str) -> None:
        self._shown = city_id
        self._load()

    def _load(self) -> None:
        text = self._store.note(self._shown) if self._shown else ""
        if text != self.edit.toPlainText():
            self.edit.blockSignals(True)
            self.edit.setPlainText(text)
            self.edit.blockSignals(False)
        self.edit.setPlaceholderText(self.tr("Your own note on this entry, saved as you type"))

    def _typed(self) -> None:
        if self._shown:
            self._store.set_note(self._shown, self.edit.toPlainText())

    def _store_changed(self, entry_id: str) -> None:
        if entry_id in ("", self._shown):  # an import: show its note, unless this editor made the change
            self._load()
