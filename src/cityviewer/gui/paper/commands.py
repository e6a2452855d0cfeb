"""The window's printing and copying commands: File > Print…, Export as PDF…, Export handout…; Edit > Copy
citation, Copy facts as plain text; and the Compare window's Print… and Export as PDF… (its cities on one sheet).
The window hands them its city on show and its listed cities; the PDF is made on the dataset thread (background.py),
never on the GUI thread, and written atomically.

The printing modules are imported when a command first runs, not when the window starts (they cost start-up time
for something most sessions never do)."""

from __future__ import annotations

import datetime
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QMimeData, QObject, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from cityviewer import version
from cityviewer.core.dataset import Dataset
from cityviewer.core.records import DIVISION, Entry, EntryRow
from cityviewer.gui import savefolder
from cityviewer.gui.background import DatasetThread, Failure, Op
from cityviewer.gui.localeformats import formats
from cityviewer.gui.messages import Kind, tell

if TYPE_CHECKING:
    from cityviewer.gui.paper.printing import Handout, SheetOptions

_ID_ROLE = Qt.ItemDataRole.UserRole
MAX_HANDOUT = 100  # cities in one handout from the window: a class set, not an atlas (nor 100,000 rows read here)


class SaveDialog:
    """Asks where to save a PDF; tests replace ask()."""

    @classmethod
    def ask(cls, parent: QWidget, title: str, suggested: str) -> Path | None:
        pdfs = QCoreApplication.translate("PrintCommands", "PDF documents (*.pdf)")
        path, _ = QFileDialog.getSaveFileName(parent, title, savefolder.suggested(suggested), pdfs)
        if not path:
            return None
        return Path(path if path.lower().endswith(".pdf") else f"{path}.pdf")


class HandoutDialog(QDialog):
    """Choose the handout's cities (the listed ones, all ticked), its title and subtitle (the title says what is in
    it until the teacher writes another), a cover page and the paper; tests replace ask().
    described: what filters the list (FilterBar.described()); divisions: the ids in cities that are divisions."""

    def __init__(self, parent: QWidget, cities: list[tuple[str, str]], described: str = "",
                 divisions: frozenset[str] = frozenset()) -> None:  # fmt: skip
        super().__init__(parent)
        self._described, self._divisions, self._listed = described, divisions, len(cities)
        self.setWindowTitle(self.tr("Export Handout"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit(self)
        self.title.setAccessibleName(self.tr("Handout title"))
        self.subtitle = QLineEdit(self)
        self.subtitle.setAccessibleName(self.tr("Handout subtitle"))
        self.subtitle.setPlaceholderText(self.tr("For example, the class and the lesson"))
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Subtitle:"), self.subtitle)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("One sheet for each city ticked:"), self))
        self.cities = QListWidget(self)
        self.cities.setAccessibleName(self.tr("Cities in the handout"))
        for city_id, name in cities:
            item = QListWidgetItem(name, self.cities)
            item.setData(_ID_ROLE, city_id)
            item.setCheckState(Qt.CheckState.Checked)
        layout.addWidget(self.cities)
        self._default = self._default_title()
        self.title.setText(self._default)
        self.cities.itemChanged.connect(self._retitle)
        self.cover = QCheckBox(self.tr("A cover page listing the cities and comparing their populations"), self)
        self.cover.setChecked(True)
        layout.addWidget(self.cover)
        from cityviewer.gui.paper.printing import Paper, default_paper

        self.paper = QComboBox(self)
        self.paper.setAccessibleName(self.tr("Paper"))
        self.paper.addItem(self.tr("A4"), Paper.A4.value)
        self.paper.addItem(self.tr("Letter"), Paper.LETTER.value)
        self.paper.setCurrentIndex(0 if default_paper() is Paper.A4 else 1)
        layout.addWidget(self.paper)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[str]:
        items = (self.cities.item(n) for n in range(self.cities.count()))
        return [item.data(_ID_ROLE) for item in items if item.checkState() == Qt.CheckState.Checked]

    def _default_title(self) -> str:
        from cityviewer.gui.paper.printing import handout_title

        chosen = self.chosen()
        cities = sum(1 for city_id in chosen if city_id not in self._divisions)
        return handout_title(self._described, cities, len(chosen), len(chosen) == self._listed)

    def _retitle(self) -> None:
        """The ticks changed: the title follows them, unless the teacher wrote one of their own."""
        default = self._default_title()
        if self.title.text() == self._default:
            self.title.setText(default)
        self._default = default

    @classmethod
    def ask(cls, parent: QWidget, cities: list[tuple[str, str]], described: str = "",
            divisions: frozenset[str] = frozenset()) -> tuple[list[str], SheetOptions] | None:  # fmt: skip
        from cityviewer.gui.paper.printing import Paper, SheetOptions, export_date

        dialog = cls(parent, cities, described, divisions)
        if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.chosen():
            return None
        title = dialog.title.text().strip() or dialog._default_title()
        return dialog.chosen(), SheetOptions(Paper(dialog.paper.currentData()), dialog.cover.isChecked(),
                                             export_date(), title, dialog.subtitle.text().strip())  # fmt: skip


def _file_name(title: str, fallback: str) -> str:
    """A file name for the PDF from its title: the characters no system allows in a name left out."""
    name = "".join(c for c in title if c not in '<>:"/\\|?*' and c.isprintable()).strip(" .")
    return f"{name or fallback}.pdf"


class PrintCommands(QObject):
    """The commands, given the window, a way to read its city on show and its listed cities (keys, in order).
    Signal: finished(message) when an export has been written or has failed (the message is in the status bar; a
    failure in a dialog too, through gui.messages)."""

    finished = Signal(str)

    def __init__(self, window: QMainWindow, dataset: Dataset, thread: DatasetThread,
                 shown: Callable[[], str | None], listed: Callable[[], list[int]],
                 described: Callable[[], str] = str) -> None:  # fmt: skip
        super().__init__(window)
        self._window, self._dataset, self._thread = window, dataset, thread
        self._shown, self._listed, self._described = shown, listed, described
        self.citation_style = "plain"  # Edit > Citation Style: a core.citation.CitationStyle's value
        self.exported: list[Path] = []  # each PDF written, for the tests and the status bar

    def _status(self, message: str) -> None:
        tell(self._window, Kind.NOTE, message)

    # -- Edit -----------------------------------------------------------------------------------------
    def copy_citation(self) -> None:
        """The entry on show's citation, short, in the chosen style (citation_style)."""
        from cityviewer.core.citation import STYLE_NAMES, cite, style_named

        style = style_named(self.citation_style)

        def copy(entry: Entry) -> None:
            citation = cite(entry, self._dataset.info, version(), datetime.date.today(), style,
                            QCoreApplication.translate)  # fmt: skip
            data = QMimeData()
            data.setText(citation)
            QGuiApplication.clipboard().setMimeData(data)
            name = QCoreApplication.translate("Citation", STYLE_NAMES[style])
            self._status(self.tr("Citation of {city} copied ({style}).").format(city=entry.name, style=name))

        self._with_entry(copy)

    def copy_sources(self) -> None:
        """The sources of the entry on show, one a line."""
        from cityviewer.core.citation import sources_text

        def copy(entry: Entry) -> None:
            QGuiApplication.clipboard().setText(sources_text(entry, self._dataset.info, QCoreApplication.translate))
            self._status(self.tr("Sources of {city} copied.").format(city=entry.name))

        self._with_entry(copy)

    def copy_facts(self) -> None:
        from cityviewer.core.citation import facts_text

        def copy(entry: Entry) -> None:
            volume = self._dataset.info.volume
            QGuiApplication.clipboard().setText(facts_text(entry, volume, QCoreApplication.translate, formats()))
            self._status(self.tr("Facts of {city} copied.").format(city=entry.name))

        self._with_entry(copy)

    def _with_entry(self, then: Callable[[Entry], None]) -> None:
        """then(the entry on show), read on the dataset thread (nothing if none is on show)."""
        city = self._shown()
        if city is None:
            return

        def arrived(entry: Entry | None) -> None:
            if entry is not None:
                then(entry)

        self._thread.run(Op(work=lambda dataset: dataset.entry(city), done=arrived, failed=self._read_failed))

    def _read_failed(self, failure: Failure) -> None:
        """A command's read failed: the person asked for it, so a dialog says why."""
        tell(self._window, Kind.FAILED, failure.message)

    # -- File -----------------------------------------------------------------------------------------
    def export_city(self) -> None:
        from cityviewer.gui.paper.printing import SheetOptions, default_paper, export_date

        city = self._shown()
        if city is None:
            return
        path = SaveDialog.ask(self._window, self.tr("Export as PDF"), f"{city}.pdf")
        if path is not None:
            self._export([city], path, SheetOptions(default_paper(), False, export_date()))

    def export_handout(self) -> None:
        listed = self._listed()
        if len(listed) > MAX_HANDOUT:
            self._status(self.tr("%n places are listed; a handout takes at most {most}: narrow the list first.", "",
                                 len(listed)).format(most=MAX_HANDOUT))  # fmt: skip
            return
        self._thread.run(
            Op(work=lambda dataset: dataset.rows(listed), done=self._hand_out, failed=self._read_failed)
        )  # fmt: skip

    def _hand_out(self, rows: list[EntryRow]) -> None:
        if not rows:
            self._status(self.tr("Nothing is listed: there is nothing to put in a handout."))
            return
        divisions = frozenset(r.id for r in rows if r.kind == DIVISION)
        answer = HandoutDialog.ask(self._window, [(r.id, r.name) for r in rows], self._described(), divisions)
        if answer is None:
            return
        ids, options = answer
        path = SaveDialog.ask(self._window, self.tr("Export Handout"), _file_name(options.title, self.tr("handout")))
        if path is not None:
            self._export(ids, path, options)

    def export_comparison(self, ids: list[str], parent: QWidget, report: Callable[[str], None]) -> None:
        """Ask where, then write the sheet comparing ids (two to four cities); report says how it went too."""
        from cityviewer.gui.paper.printing import SheetOptions, default_paper, export_date

        path = SaveDialog.ask(parent, self.tr("Export Comparison as PDF"), self.tr("compared.pdf"))
        if path is not None:
            options = SheetOptions(default_paper(), False, export_date())
            self._export(ids, path, options, compared=True, report=report)

    def _export(self, ids: list[str], path: Path, options: SheetOptions, compared: bool = False,
                report: Callable[[str], None] | None = None) -> None:  # fmt: skip
        """Write the sheets of ids (compared: the sheet comparing them) to path on the dataset thread; say how it
        went in the status bar (and to report)."""
        from cityviewer.gui.paper.printing import export_pdf

        self._status(self.tr("Writing {file}…").format(file=path.name))

        def work(dataset: Dataset) -> int | str:  # the pages written, or why nothing was
            try:
                return export_pdf(dataset, ids, path, options, compared=compared)
            except OSError as exc:
                return exc.strerror or str(exc)

        def done(result: int | str) -> None:
            if isinstance(result, str):
                message = self.tr("{file} could not be written ({reason}); nothing was changed.").format(
                    file=str(path), reason=result)  # fmt: skip
                tell(self._window, Kind.FAILED, message)
            else:
                message = self.tr("Wrote {file} (%n pages).", "", result).format(file=str(path))
                self.exported.append(path)
                self._status(message)
            if report is not None:
                report(message)
            self.finished.emit(message)

        self._thread.run(Op(work=work, done=done, failed=self._failed))

    def _failed(self, failure: Failure) -> None:
        tell(self._window, Kind.FAILED, failure.message)
        self.finished.emit(failure.message)

    def print_city(self) -> None:
        from cityviewer.gui.paper.printing import read_handout

        city = self._shown()
        if city is None:
            return

        def preview(handout: Handout) -> None:
            name = handout.entries[0].name if handout.entries else ""
            self._preview(handout, self.tr("Print {city}").format(city=name), self._window)

        self._thread.run(Op(work=lambda dataset: read_handout(dataset, [city]), done=preview, failed=self._read_failed))

    def print_comparison(self, ids: list[str], parent: QWidget) -> None:
        """The print preview of the sheet comparing ids (two to four cities)."""
        from cityviewer.gui.paper.printing import read_comparison

        def failed(failure: Failure) -> None:
            tell(parent, Kind.FAILED, failure.message)  # on the Compare window, which asked

        self._thread.run(
            Op(work=lambda dataset: read_comparison(dataset, ids),
               done=lambda handout: self._preview(handout, self.tr("Print Comparison"), parent), failed=failed)
        )  # fmt: skip

    def _preview(self, handout: Handout, title: str, parent: QWidget) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog

        from cityviewer.gui.paper.printing import SheetOptions, default_paper, paint_handout, set_page

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        set_page(printer, default_paper())
        dialog = QPrintPreviewDialog(printer, parent)
        dialog.setWindowTitle(title)
        # The preview paints on the GUI thread, as Qt's preview must: one sheet, a few hundredths of a second.
        dialog.paintRequested.connect(lambda device: paint_handout(device, handout, SheetOptions(default_paper())))
        PrintPreview.present(dialog, parent)
        dialog.deleteLater()


def print_first(dialog: QDialog) -> None:
    """Put the preview's Print and Page setup first in its toolbar, with their names beside their icons, and Ctrl+P
    on Print: Qt puts them last, where a narrow window (1024 pixels at a large zoom) hides them behind the
    toolbar's overflow button. The toolbar's icons follow the window's zoom."""
    from cityviewer.gui.zoom import current_zoom, scale_toolbar

    toolbar = dialog.findChild(QToolBar)
    if toolbar is None:
        return
    actions = [action for action in toolbar.actions() if not action.isSeparator()]
    page_setup, print_ = actions[-2:]  # Qt's last two, whatever their names in the user's language
    for action in (page_setup, print_):
        toolbar.removeAction(action)
    first = toolbar.actions()[0]
    toolbar.insertActions(first, [print_, page_setup])
    toolbar.insertSeparator(first)
    print_.setShortcut(QKeySequence(QKeySequence.StandardKey.Print))
    for action in (print_, page_setup):
        button = toolbar.widgetForAction(action)
        if isinstance(button, QToolButton):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    scale_toolbar(toolbar, current_zoom())


class PrintPreview:
    """Shows the preview dialog (modal), its Print first and as large as most of the screen; tests replace show()."""

    SCREEN_SHARE = 0.9  # of the screen's room, each way: a page read at a size one can judge it by

    @classmethod
    def present(cls, dialog: QDialog, parent: QWidget) -> None:
        """Qt opens its preview small (680x510 here), a page the size of a stamp: it opens over most of the screen
        the window is on, centred on it."""
        print_first(dialog)
        room = parent.window().screen().availableGeometry()
        size = QSize(int(room.width() * cls.SCREEN_SHARE), int(room.height() * cls.SCREEN_SHARE))
        dialog.resize(size)
        dialog.move(room.center() - QPoint(size.width() // 2, size.height() // 2))
        cls.show(dialog)

    @classmethod
    def show(cls, dialog: QDialog) -> None:
        dialog.exec()
