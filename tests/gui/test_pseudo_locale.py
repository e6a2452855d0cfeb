"""Under the pseudo-locale (gui.pseudolocale: every text lupdate extracts, bracketed and accented), every window and
pane shows no interface text in plain English, on the made-up volume and on the shipped one (its own script, source
article and false friends): a text that never reaches the translator is caught here.

Interface text and data are told apart by the data itself: every text value of the dataset (names, article text,
the volume's own words such as its census's name and its regions, read from the built SQLite file, JSON included),
the keyboard shortcuts (a key's letter is not translated), the version numbers and the languages' names (each named
in itself in View > Language) are taken out of each text seen, as is every bracketed pseudo-translation (with what
was put into its placeholders); any Latin letter left over is interface text that was not translated.
"""

from __future__ import annotations

import contextlib
import datetime
import json
import re
import sqlite3
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from helpers import article_of, listed, set_query
from pdfs import poppler
from PySide6.QtCore import QAbstractItemModel, QAbstractListModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QAction, QKeySequence, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDockWidget,
    QFileDialog,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabBar,
    QTextEdit,
    QWidget,
)

from cityviewer import APP_NAME, version
from cityviewer.core.dataset import Dataset
from cityviewer.core.errors import DatasetError
from cityviewer.core.volume import capitalized
from cityviewer.gui import messages
from cityviewer.gui.about import about_html
from cityviewer.gui.errortext import describe
from cityviewer.gui.mainwindow import MainWindow
from cityviewer.gui.paper.commands import HandoutDialog
from cityviewer.gui.paper.printing import Paper, SheetOptions, export_pdf
from cityviewer.gui.pseudolocale import ACCENTS, PseudoTranslator, extract
from cityviewer.gui.syncreads import SyncRead, sync_read
from cityviewer.gui.translations import available

_BRACKETED = re.compile(r"\[[^\[\]]*\]")
_LATIN = re.compile(r"[A-Za-z]")
_GLOB = re.compile(r"\(\*[^()]*\)")


@pytest.fixture(scope="module")
def pseudo_messages() -> set[tuple[str, str, str]]:
    return extract()


@pytest.fixture
def pseudo(qapp, pseudo_messages) -> Iterator[PseudoTranslator]:
    """The pseudo-locale installed over the app's translations (before any widget is built), removed after."""
    translator = PseudoTranslator(pseudo_messages)
    assert QCoreApplication.installTranslator(translator)
    yield translator
    QCoreApplication.removeTranslator(translator)


@dataclass(frozen=True)
class Walk:
    """What the walk through the windows does with a volume: how many entries it lists, a city, a division, a
    city with a second name, a misspelling with a suggestion, a search that brings a notice above the list."""

    entries: int
    city: str
    division: str
    other: str
    second: str
    misspelt: str
    notice: str


WALKS = {
    "lorvania": Walk(8, "castorby", "LV-N", "greyhollow", "amberlee", "Castrby", "Amberlee"),
    "shipped": Walk(40, "hamhung", "KP-09", "sinuiju", "pyongyang", "Hamhng", "Cheongju"),
}


@pytest.fixture(params=sorted(WALKS))
def walk(request) -> Walk:
    return WALKS[request.param]


@pytest.fixture
def dataset(request, walk, lorvania_db, built_db):
    """The made-up volume (where the walk is the whole story) and the shipped one (its own script, its source
    article and its false friends show texts the made-up one has no use for)."""
    opened = Dataset.open(lorvania_db if walk.entries == WALKS["lorvania"].entries else built_db)
    yield opened
    opened.close()


@pytest.fixture
def said(monkeypatch) -> list[str]:
    """The title and text of every dialog the app opens: gui.messages' and Qt's boxes and file dialogs."""
    seen: list[str] = []
    monkeypatch.setattr(
        messages.Dialog, "show", classmethod(lambda cls, parent, title, text, icon: seen.extend([title, text]))
    )

    def box_exec(box: QMessageBox) -> int:
        seen.extend(_texts(box))
        seen.extend([box.text(), box.informativeText()])
        return int(QMessageBox.StandardButton.Cancel)

    monkeypatch.setattr(QMessageBox, "exec", box_exec)
    monkeypatch.setattr(QMessageBox, "about", staticmethod(lambda parent, title, text: seen.extend([title, text])))

    def file_dialog(parent, caption="", folder="", filter="", *args, **kwargs):
        seen.extend([caption, *filter.split(";;")])
        return "", ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(file_dialog))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(file_dialog))

    def get_item(parent, title, label, items, *args, **kwargs):
        seen.extend([title, label, *items])
        return "", False

    monkeypatch.setattr(QInputDialog, "getItem", staticmethod(get_item))
    return seen


@pytest.fixture
def window(qtbot, pseudo, dataset, settings) -> Iterator[MainWindow]:
    win = MainWindow(dataset, settings)
    qtbot.addWidget(win)
    win.resize(1024, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shut_down()


def _plain(text: str) -> str:
    if re.search(r"</?[A-Za-z][^<>]*>", text):
        document = QTextDocument()
        document.setHtml(text)
        return document.toPlainText()
    return text


def _model_texts(model: QAbstractItemModel | None, rows: int = 40) -> list[str]:
    if model is None:
        return []
    found: list[str] = []
    roles = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole)
    root = QModelIndex()
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(root)
    for column in range(columns):
        for role in roles:
            found.append(str(model.headerData(column, Qt.Orientation.Horizontal, role) or ""))
        for row in range(min(rows, model.rowCount(root))):
            for role in roles:
                found.append(str(model.data(model.index(row, column), role) or ""))
    return found


def _action_texts(actions: list[QAction]) -> list[str]:
    found: list[str] = []
    for action in actions:
        found += [action.text(), action.iconText(), action.toolTip(), action.statusTip(), action.whatsThis()]
        menu = action.menu()
        if isinstance(menu, QMenu):
            found += [menu.title(), *_action_texts(menu.actions())]
    return found


def _texts(root: QWidget) -> list[str]:
    """Every interface text of root and the children a person can see or hear: window titles, labels, buttons,
    placeholders, combo items, tabs, tooltips, accessible names and descriptions, menus and actions, the headers
    and cells of item views, the text of text views."""
    found = [root.windowTitle()]
    for widget in [root, *root.findChildren(QWidget)]:
        if widget is not root and not widget.isVisibleTo(root) and not isinstance(widget, QMenu):
            continue
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(), widget.statusTip()]
        if isinstance(widget, QDockWidget):
            found.append(widget.windowTitle())
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QGroupBox):
            found.append(widget.title())
        if isinstance(widget, QLineEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QTextEdit):
            found += [widget.toPlainText(), widget.placeholderText()]
        if isinstance(widget, QPlainTextEdit):
            found.append(widget.placeholderText())
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                found += [widget.itemText(i), str(widget.itemData(i, Qt.ItemDataRole.ToolTipRole) or "")]
        if isinstance(widget, QTabBar):
            for i in range(widget.count()):
                found += [widget.tabText(i), widget.tabToolTip(i)]
        if isinstance(widget, QAbstractItemView):
            found += _model_texts(widget.model())
        if isinstance(widget, QMenu):
            found.append(widget.title())
        found += _action_texts(widget.actions())
    return [text for text in found if text]


def _data_strings(path: Path) -> list[str]:
    """Every text value of the dataset (and of the JSON in it), each also as it begins a label, longest first."""
    found: set[str] = set()

    def add(value: object) -> None:
        if isinstance(value, str):
            found.update((value, capitalized(value)))  # a volume's word begins a label capitalised ("Counties")
            found.update(" ".join(paragraph.split()) for paragraph in value.split("\n\n"))  # as articles show them
            if value[:1] in "[{":
                with contextlib.suppress(ValueError):
                    add(json.loads(value))
        elif isinstance(value, dict):
            for item in value.values():
                add(item)
        elif isinstance(value, list):
            for item in value:
                add(item)

    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        tables = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    add(value)
    return sorted((text for text in found if len(text.strip()) > 1), key=len, reverse=True)


def _pseudo_segment(segment: str) -> bool:
    return any(c in ACCENTS for c in segment) or not _LATIN.search(segment)


def untranslated(texts: list[str], values: list[str]) -> list[str]:
    """The texts with interface text left in plain English (see the module's docstring). A data value is taken out
    where it stands as whole words ("city" in "special city", not in "cities")."""
    longest_first = sorted(values, key=len, reverse=True)
    data = re.compile("|".join(rf"(?<!\w){re.escape(value)}(?!\w)" for value in longest_first))
    left: list[str] = []
    for text in dict.fromkeys(_plain(t) for t in texts if t):
        rest = _GLOB.sub(" ", text)  # a file dialog's patterns: (*.json)
        rest = "\n".join(" ".join(line.split()) for line in rest.splitlines())  # spaces as the data has them
        rest = data.sub(" ", rest)  # first: a key sequence's parts are bracketed too ("[Çţŕļ][+]Q")
        while True:  # innermost brackets first: a pseudo-translation may hold another in a placeholder
            after = _BRACKETED.sub(lambda m: " " if _pseudo_segment(m.group()) else f"⟨{m.group()[1:-1]}⟩", rest)
            if after == rest:
                break
            rest = after
        if _LATIN.search(rest):
            left.append(f"{text!r} (left: {rest.strip()!r})")
    return left


def _not_interface(window: MainWindow) -> list[str]:
    """The dataset's texts, the window's shortcuts as Qt writes them, the app's name and versions."""
    keys = {
        shortcut.toString(QKeySequence.SequenceFormat.NativeText)
        for action in window.findChildren(QAction)
        for shortcut in action.shortcuts()
    }
    info = window.dataset.info
    languages = [name for _, name in available()]  # View > Language names each language in itself
    extra = [APP_NAME, version(), info.data_version, info.title, *(name for name, _ in info.credits), *keys, *languages]
    return sorted({*_data_strings(window.dataset.info.path), *filter(None, extra)}, key=len, reverse=True)


def test_the_pseudo_locale_marks_a_text_and_keeps_its_placeholders(pseudo):
    text = QCoreApplication.translate("ReadingListCommands", "Exported %n entries to {path}.", "", 3)
    assert text == "[Éẋþöŕţéð 3 éñţŕîéš ţö {path}.]"
    assert QCoreApplication.translate("WindowActions", "&Quit") == "[&Qûîţ]"
    assert QCoreApplication.translate("ReadingList", "Cityviewer reading lists (*.json);;All files (*)") == (
        "[Çîţýṽîéŵéŕ ŕéåðîñĝ ļîšţš] (*.json);;[Åļļ ƒîļéš] (*)"
    )
    assert QCoreApplication.translate("Nowhere", "Not extracted") == "Not extracted"  # left to English


def test_the_check_finds_english_and_lets_data_through():
    data = ["Amberlee", "North shore"]
    assert untranslated(["[Ƥöþûļåţîöñ]: 1,234", "Amberlee (North shore)", "[Ŵĥéŕé îš Amberlee?]"], data) == []
    assert len(untranslated(["Population: 1,234", "[Ŝéåŕçĥ] Clear", "Amberlee is far"], data)) == 3


def test_every_window_and_pane_speaks_the_pseudo_locale(qtbot, window, walk, said, tmp_path, monkeypatch):
    win = window
    data = _not_interface(win)
    seen: list[str] = []
    qtbot.waitUntil(lambda: len(listed(win)) == walk.entries)  # the list, and the filter bar's facets
    qtbot.waitUntil(lambda: win.filter_bar.tag.count() > 1)
    win.show_city(walk.city)
    article_of(qtbot, win, walk.city)
    win.notes.toggle_star(walk.city)
    seen += _texts(win)  # the main window: menus, toolbar, filter bar, list, article, the notes box
    win.show_city(walk.division)
    article_of(qtbot, win, walk.division)
    seen += _texts(win.detail)  # a division's article

    starred = win.show_starred()
    qtbot.waitUntil(lambda: len(_model_texts(starred.view.model())) > 3)
    seen += _texts(win)  # the Starred dock

    pane = win.tabs.show_map()
    qtbot.waitUntil(lambda: pane.layer is not None)
    win.show_city(walk.other)
    seen += [*_texts(win.tabs), pane.tooltip_text(walk.other) or "", pane.tooltip_text(walk.second) or ""]
    win.window_actions.export_map.trigger()  # the export's file dialog (Qt's; our title and file types)
    win.tabs.show_article()

    compare = win.show_compare()
    qtbot.addWidget(compare)
    qtbot.waitUntil(lambda: not compare.reading())
    seen += _texts(compare)

    quiz = win.show_quiz()
    qtbot.addWidget(quiz)
    qtbot.waitUntil(lambda: quiz.maker is not None and bool(quiz.questions))
    seen += _texts(quiz)
    seen += [question.text(QCoreApplication.translate) for question in quiz.questions]

    handout = HandoutDialog(win, [(walk.city, walk.city.title()), (walk.other, walk.other.title())])
    qtbot.addWidget(handout)
    seen += _texts(handout)
    win.window_actions.about.trigger()
    seen.append(about_html(win.dataset.info))
    win.window_actions.export_reading_list.trigger()  # the file dialogs' titles and file types
    win.window_actions.import_reading_list.trigger()
    bad = tmp_path / "not-a-list.json"
    bad.write_text("{]", encoding="utf-8")
    monkeypatch.setattr("cityviewer.gui.study.readinglist.ImportDialog.ask", classmethod(lambda cls, parent: bad))
    win.window_actions.import_reading_list.trigger()  # an error, said in a dialog
    for missing in (tmp_path / "nowhere.sqlite", bad):
        with pytest.raises(DatasetError) as error:
            Dataset.open(missing)
        seen.append(describe(error.value))  # the start-up's error messages

    set_query(qtbot, win, walk.misspelt)  # no city, and Did you mean…
    assert listed(win) == [] and win.city_list.no_results.findChildren(QPushButton, "Suggestion")
    seen += _texts(win.city_list)
    set_query(qtbot, win, "zzzzqqq")  # nothing at all
    seen += _texts(win.city_list)
    win.show_city(walk.city)
    set_query(qtbot, win, walk.notice)  # the article's notice (the city on show is not listed), a false friend's
    qtbot.waitUntil(lambda: bool(listed(win)) and win.detail.entry_id == walk.city)
    seen += [*_texts(win.detail), *_texts(win.filter_bar)]
    seen.append(win.statusBar().currentMessage())

    assert said, "the dialogs were opened"
    left = untranslated([*seen, *said], data)
    assert not left, "\n".join(left)


def test_printed_sheets_speak_the_pseudo_locale(pseudo, dataset, walk, tmp_path):
    """A handout (its cover, each sheet's labels, footer and citation) and the sheet comparing cities, as printed."""
    handout, compared = tmp_path / "handout.pdf", tmp_path / "compared.pdf"
    ids = [walk.city, walk.other, walk.second]
    when = datetime.datetime(2026, 12, 5, tzinfo=datetime.UTC)
    with sync_read(SyncRead.NO_WINDOW):
        export_pdf(dataset, ids, handout, SheetOptions(Paper.A4, True, when))
        export_pdf(dataset, ids, compared, SheetOptions(Paper.A4, False, when), compared=True)
    texts = []
    for pdf in (handout, compared):  # each document as one line: paragraphs and brackets wrap across lines on paper
        text = poppler("pdftotext", "-raw", pdf, "-")
        text = " ".join(unicodedata.normalize("NFKC", text).split())  # NFKC: the ligatures (ﬁ) as letters
        text = re.sub(r"(\w)- (\w)", r"\1-\2", text).replace("\u2012", "\u2013")  # a line broken at a hyphen; the
        # figure dash pdftotext reads for the en dash drawn; each page's footer (pseudo-translated: its app and data,
        # the date, its page) taken out, so that a paragraph running on to the next page is whole again
        texts.append(re.sub(rf"\[[^\[\]]*\] {when.date().isoformat()} \[[^\[\]]*\] ?", "", text))
    assert all(texts)
    info = dataset.info
    data = [*_data_strings(info.path), APP_NAME, version(), info.data_version, info.title, "2026"]
    left = untranslated(texts, data)
    assert not left, "\n".join(left)
