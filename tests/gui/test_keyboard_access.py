"""What a keyboard or a screen reader reaches, read through Qt's own accessibility interface (QAccessible), the
tree AT-SPI and UI Automation are built from: the list sorted from the menu (issue 21, point 5) and the article
as a document (point 4)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from cityviewer.core.dataset import Dataset
from cityviewer.core.request import SortKey
from cityviewer.gui.background import DatasetThread
from cityviewer.gui.citymodel import Column
from cityviewer.gui.detailview import DetailView

Role = QAccessible.Role
NAME = QAccessible.Text.Name


def accessible(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None and found.isValid()
    return found


def descendants(iface: QAccessibleInterface) -> Iterator[QAccessibleInterface]:
    for i in range(iface.childCount()):
        child = iface.child(i)
        if child is not None and child.isValid():
            yield child
            yield from descendants(child)


def find(iface: QAccessibleInterface, role: QAccessible.Role, name: str) -> QAccessibleInterface:
    found = [c for c in descendants(iface) if c.role() == role and c.text(NAME) == name]
    assert found, f"no {role.name} named {name!r} under {iface.text(NAME)!r}"
    return found[0]


def press(iface: QAccessibleInterface) -> None:
    actions = iface.actionInterface()
    assert actions is not None and QAccessibleActionInterface.pressAction() in actions.actionNames()
    actions.doAction(QAccessibleActionInterface.pressAction())


def sort_item(window, name: str) -> QAccessibleInterface:
    view = find(accessible(window.menuBar()), Role.MenuItem, "View")
    return find(view, Role.MenuItem, name)


# -- point 5: sorting without the mouse ---------------------------------------------------------------------
def test_the_list_is_sorted_by_each_column_from_the_view_menu(qtbot, window):
    header = window.table.horizontalHeader()
    assert sort_item(window, "Relevance").state().checked
    with qtbot.waitSignal(window.city_list.sort_requested) as sorted_:
        press(sort_item(window, "Population"))
    assert sorted_.args == [SortKey.POPULATION, True]  # as a click on the header: the largest first
    assert header.sortIndicatorSection() == Column.POPULATION
    assert header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
    assert sort_item(window, "Population").state().checked and sort_item(window, "Descending").state().checked
    with qtbot.waitSignal(window.city_list.sort_requested) as sorted_:
        press(sort_item(window, "Descending"))
    assert sorted_.args == [SortKey.POPULATION, False]
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder
    with qtbot.waitSignal(window.city_list.sort_requested) as sorted_:
        press(sort_item(window, "Name"))
    assert sorted_.args == [SortKey.NAME, False]
    with qtbot.waitSignal(window.city_list.sort_requested) as sorted_:
        press(sort_item(window, "Relevance"))
    assert sorted_.args == [None, False]
    assert header.sortIndicatorSection() == -1


def test_the_menu_mirrors_the_header(window):
    header = window.table.horizontalHeader()
    header.setSortIndicator(Column.DIVISION, Qt.SortOrder.DescendingOrder)  # a click on the header
    assert sort_item(window, "County").state().checked  # the made-up volume calls its divisions counties
    assert not sort_item(window, "Name").state().checked
    assert sort_item(window, "Descending").state().checked
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert sort_item(window, "Relevance").state().checked
    assert not sort_item(window, "Descending").state().checked


# -- point 4: the article as a document ---------------------------------------------------------------------
@pytest.fixture
def article(qtbot, lorvania_db):
    """The detail pane over the made-up island, Castorby's article on show with its locator map."""
    island = Dataset.open(lorvania_db)
    thread = DatasetThread(lorvania_db)
    view = DetailView(island, thread=thread)
    qtbot.addWidget(view)
    view.resize(700, 500)
    view.show()
    qtbot.waitExposed(view)
    view.on_city_shown("castorby")
    qtbot.waitUntil(lambda: "Locator map" in view.toHtml())  # the article, drawn again with its map after a paint
    yield view
    thread.close()
    island.close()


def children(iface: QAccessibleInterface) -> list[QAccessibleInterface]:
    return [iface.child(i) for i in range(iface.childCount())]


def test_the_article_is_a_document_read_a_line_at_a_time(article):
    document = accessible(article)
    assert document.role() == Role.Document
    assert document.text(NAME) == "City details"
    assert document.state().readOnly and document.state().focusable
    text = document.textInterface()
    lines = text.text(0, text.characterCount()).splitlines()
    assert lines[0] == "Castorby"
    # The facts: each label and each value on a line of its own, not one line of the whole table.
    at = lines.index("County")
    assert lines[at + 1].startswith("North County")
    assert max(len(line) for line in lines) < 200
    assert text.characterCount() == article.document().characterCount() - 1  # one character for each position


def test_its_headings_table_and_locator_map_are_objects(article):
    parts = children(accessible(article))
    assert [p.text(NAME) for p in parts if p.role() == Role.Heading][:2] == ["Castorby", "Other names"]
    (image,) = [p for p in parts if p.role() == Role.Graphic]
    assert image.text(NAME) == "Locator map: Castorby, in the north-east of Lorvania"
    (table,) = [p for p in parts if p.role() == Role.Table]
    cells = children(table)
    assert [c.role() for c in cells[:2]] == [Role.RowHeader, Role.Cell]
    labels = [c.text(NAME) for c in cells if c.role() == Role.RowHeader]
    assert "County" in labels and "Coordinates" in labels
    assert all(c.parent().role() == Role.Table for c in cells)
    assert all(p.parent().role() == Role.Document for p in parts)


def test_a_link_is_an_object_that_is_pressed_to_follow_it(qtbot, article):
    links = [p for p in children(accessible(article)) if p.role() == Role.Link]
    assert [link.text(NAME) for link in links] == ["North County, LV-N", "Amberlee, 62 km (great circle)"]
    assert links[0].state().focusable
    with qtbot.waitSignal(article.city_chosen, timeout=1000) as chosen:
        press(links[0])
    assert chosen.args == ["LV-N"]


def test_tab_moves_to_a_link_and_says_so(qtbot, article, monkeypatch):
    assert article.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard  # a caret to read by
    told: list[tuple[QAccessible.Event, object]] = []
    monkeypatch.setattr(QAccessible, "updateAccessibility", lambda event: told.append((event.type(), event.object())))
    article.activateWindow()
    article.setFocus()
    qtbot.waitUntil(article.hasFocus)
    qtbot.keyClick(article, Qt.Key.Key_Tab)
    document = accessible(article)
    link = document.focusChild()
    assert link is not None and link.role() == Role.Link and link.text(NAME) == "North County, LV-N"
    assert link.state().focused
    assert (QAccessible.Event.Focus, link.object()) in told
    with qtbot.waitSignal(article.city_chosen, timeout=1000) as chosen:
        qtbot.keyClick(article, Qt.Key.Key_Return)
    assert chosen.args == ["LV-N"]
