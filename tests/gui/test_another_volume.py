"""A second volume needs no code: the made-up island of tests/fixtures/lorvania opens in the window, searches,
maps, compares, quizzes and prints, and nothing on screen or on paper speaks of the shipped volume's country."""

from __future__ import annotations

import datetime
import re

from helpers import article_of, listed, set_query
from pdfs import poppler
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit, QTabBar, QWidget

from cityviewer.gui.about import about_html
from cityviewer.gui.paper.printing import Paper, SheetOptions, export_pdf
from cityviewer.gui.syncreads import SyncRead, sync_read

# Words of the shipped volume that no other volume may meet: its country, script, census and source article.
FOREIGN = re.compile(
    r"Korea|Hangul|Hanja|McCune|Reischauer|Revised Romanization|DPRK|2008|Pyongyang|DMZ|KP-\d|ISO 3166"
    r"|the article's ten|ten cities|source article|nine provinces",
    re.IGNORECASE,
)
WHEN = datetime.datetime(2026, 12, 5, tzinfo=datetime.UTC)


def _texts(root: QWidget) -> list[str]:
    """Every interface text of root and its children a person can see or hear: labels, buttons, fields' texts
    and placeholders, combo items, tabs, tooltips, accessible names and descriptions, the list's headers."""
    found = [root.windowTitle(), root.toolTip(), root.accessibleName(), root.accessibleDescription()]
    for widget in [root, *root.findChildren(QWidget)]:
        found += [widget.toolTip(), widget.accessibleName(), widget.accessibleDescription()]
        if isinstance(widget, QLabel | QAbstractButton):
            found.append(widget.text())
        if isinstance(widget, QLineEdit):
            found += [widget.text(), widget.placeholderText()]
        if isinstance(widget, QComboBox):
            for i in range(widget.count()):
                found += [widget.itemText(i), str(widget.itemData(i, 3) or "")]  # 3: the tooltip role
        if isinstance(widget, QTabBar):
            found += [widget.tabText(i) for i in range(widget.count())]
        for action in widget.actions():
            found += [action.text(), action.toolTip()]
    return [text for text in found if text]


def _foreign(texts: list[str]) -> list[str]:
    return [text for text in texts if FOREIGN.search(text)]


def test_the_window_lists_searches_and_shows_the_island_with_no_word_of_another_volume(qtbot, window):
    win = window
    qtbot.waitUntil(lambda: len(listed(win)) == 8)  # six towns and two counties
    assert listed(win)[:2] == ["amberlee", "castorby"]  # the census order
    header = win.city_list.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
    assert header == "" and win.city_list.table.isColumnHidden(1)  # no script of its own: no column for it
    set_query(qtbot, win, "old amber")
    qtbot.waitUntil(lambda: listed(win) == ["amberlee"])
    win.show_city("castorby")
    article = article_of(qtbot, win)
    assert "Castorby" in article and "Population (1999 tally)" in article and "Census rank (1999)" in article
    assert "North shore" in article and "Castor's Landing (former name)" in article
    win.show_city("LV-N")
    county = article_of(qtbot, win)
    assert "County code" in county and "Capital" in county and "County (since" not in county
    assert _foreign([article, county]) == []
    assert _foreign(_texts(win)) == []
    assert "Lorvania" in about_html(win.dataset.info) and _foreign([about_html(win.dataset.info)]) == []


def test_the_map_is_the_volumes_own(qtbot, window):
    win = window
    pane = win.tabs.show_map()
    qtbot.waitUntil(lambda: pane.layer is not None)
    assert len(pane.layer) == 6  # every town lies on the island's map
    assert "Lorvania" in pane.accessibleDescription()
    assert {label.text for label in pane.volume.map.labels} == {"TELLIS", "Lorvan Sea"}
    assert not pane.grab().isNull()
    win.show_city("greyhollow")
    assert "Greyhollow" in pane.accessibleDescription()
    assert _foreign([pane.accessibleDescription(), pane.tooltip_text("greyhollow") or ""]) == []


def test_compare_and_the_quiz_speak_the_volumes_words(qtbot, window):
    win = window
    qtbot.waitUntil(lambda: len(listed(win)) == 8)
    win.show_city("amberlee")
    compare = win.show_compare()
    qtbot.addWidget(compare)
    qtbot.waitUntil(lambda: not compare.reading())  # the cities are read on the dataset thread
    assert "1999 tally" in compare.chart.axis_label
    assert _foreign(_texts(compare)) == []
    quiz = win.show_quiz()
    qtbot.addWidget(quiz)
    qtbot.waitUntil(lambda: quiz.maker is not None)  # the cities are read on the dataset thread
    assert quiz.questions, "a round of questions about the island"
    assert all(kind.value not in ("local-name", "romanization") for kind in quiz.kinds)  # no script, no romanization
    prompts = [question.text() for question in quiz.questions]
    assert _foreign([*prompts, *_texts(quiz)]) == []


def test_a_handout_of_the_island_prints_in_its_own_words(dataset, tmp_path):
    path = tmp_path / "island.pdf"
    with sync_read(SyncRead.NO_WINDOW):  # read here, as --export-pdf does (the window reads on the dataset thread)
        export_pdf(dataset, ["amberlee", "dunmere", "north-county"], path, SheetOptions(Paper.A4, True, WHEN))
    text = poppler("pdftotext", path, "-")
    assert "Amberlee" in text and "Dunmere" in text and "North County" in text and "1999 tally" in text
    assert _foreign([text]) == []
