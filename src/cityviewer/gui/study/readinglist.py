"""File > Export Reading List… and Import Reading List…: a teacher hands the class their stars and notes.

An import merges (stars are added; notes are added; where the reader has a different note on the same entry, they
choose to keep theirs or take the imported one); a file that is not a reading list is refused with a message saying
what is wrong (a dialog, through gui.messages), and nothing changes. The dialogs are classmethods named ask() so
that tests can replace them."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMainWindow, QMessageBox, QWidget

from cityviewer.core.notes import Notes, NotesError, OnConflict
from cityviewer.gui.messages import Kind, tell
from cityviewer.gui.notes import NotesStore
from cityviewer.gui.savefolder import folder, suggested


def _filter() -> str:
    return QCoreApplication.translate("ReadingList", "Cityviewer reading lists (*.json);;All files (*)")


class ExportDialog:
    @classmethod
    def ask(cls, parent: QWidget) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("ReadingList", "Export Reading List"),
            suggested(QCoreApplication.translate("ReadingList", "reading-list.json")),
            _filter(),
        )
        if not path:
            return None
        return Path(path if path.lower().endswith(".json") else f"{path}.json")


class ImportDialog:
    @classmethod
    def ask(cls, parent: QWidget) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(
            parent, QCoreApplication.translate("ReadingList", "Import Reading List"), str(folder()), _filter()
        )
        return Path(path) if path else None


class ReadingList(QObject):
    """Texts with a count: self.tr, which lupdate reads as plurals (QCoreApplication.translate's %n with a count
    that is not a number written in the call it reads as a single form)."""

    def conflicts(self, count: int) -> str:
        return self.tr("You already have a different note on %n entries in this reading list.", "", count)


class ConflictDialog:
    """Keep one's own notes or replace them with the imported ones; None: cancel the import."""

    @classmethod
    def ask(cls, parent: QWidget, names: list[str]) -> OnConflict | None:
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("ReadingList", "Import Reading List"))
        box.setText(ReadingList().conflicts(len(names)))
        box.setInformativeText(", ".join(names[:12]) + (" …" if len(names) > 12 else ""))
        keep = box.addButton(
            QCoreApplication.translate("ReadingList", "Keep My Notes"), QMessageBox.ButtonRole.AcceptRole
        )
        replace = box.addButton(
            QCoreApplication.translate("ReadingList", "Use the Imported Notes"), QMessageBox.ButtonRole.DestructiveRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return OnConflict.KEEP if clicked is keep else OnConflict.REPLACE if clicked is replace else None


class ReadingListCommands(QObject):
    """The two commands, for window's store; names_of(ids, then) calls then with the names of those the dataset has,
    by id (read on the dataset thread)."""

    def __init__(self, window: QMainWindow, store: NotesStore,
                 names_of: Callable[[list[str], Callable[[dict[str, str]], None]], None]) -> None:  # fmt: skip
        super().__init__(window)
        self._window, self._store, self._names_of = window, store, names_of

    def _status(self, message: str) -> None:
        tell(self._window, Kind.NOTE, message)

    def export_list(self) -> None:
        path = ExportDialog.ask(self._window)
        if path is None:
            return
        try:
            self._store.export_to(path)
        except OSError as exc:
            message = self.tr("The reading list could not be written to {path}: {reason}").format(
                path=path, reason=exc.strerror or str(exc)
            )
            tell(self._window, Kind.FAILED, message, self.tr("Export Reading List"))
            return
        count = len(self._store.notes)
        self._status(self.tr("Exported %n entries to {path}.", "", count).format(path=path))

    def import_list(self) -> None:
        path = ImportDialog.ask(self._window)
        if path is None:
            return
        try:
            theirs = self._store.read_list(path)
        except (NotesError, OSError) as exc:
            reason = exc.message(QCoreApplication.translate) if isinstance(exc, NotesError) else exc.strerror
            message = self.tr("{name} was not imported: {reason} Nothing was changed.").format(
                name=path.name, reason=reason or str(exc)
            )
            tell(self._window, Kind.FAILED, message, self.tr("Import Reading List"))
            return
        clashes = self._store.conflicts_with(theirs)
        if not clashes:
            self._merge(path, theirs, OnConflict.KEEP)
            return

        def ask(names: dict[str, str]) -> None:  # the names of the entries in conflict, read on the dataset thread
            chosen = ConflictDialog.ask(self._window, [names.get(i, i) for i in clashes])
            if chosen is None:
                self._status(self.tr("Import cancelled; nothing was changed."))
                return
            self._merge(path, theirs, chosen)

        self._names_of(clashes, ask)

    def _merge(self, path: Path, theirs: Notes, on_conflict: OnConflict) -> None:
        merged = self._store.import_notes(theirs, on_conflict)
        count = merged.added + merged.changed
        if merged.kept:
            message = self.tr("Imported {name}: %n entries added or updated; {kept} of your own notes kept.", "",
                              count).format(name=path.name, kept=merged.kept)  # fmt: skip
        else:
            message = self.tr("Imported {name}: %n entries added or updated.", "", count).format(name=path.name)
        self._status(message)
