"""What a keyboard or a screen reader reaches, read through Qt's own accessibility interface (QAccessible), the
tree AT-SPI and UI Automation are built from: the list sorted from the menu (issue 21, point 5) and the article
as a document (point 4)."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleActionInterface, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from cityviewer.core.request import SortKey
from cityviewer.gui.citymodel import Column

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
    header.setSortIndicator(Column.PROVINCE, Qt.SortOrder.DescendingOrder)  # a click on the header
    assert sort_item(window, "Province").state().checked
    assert not sort_item(window, "Name").state().checked
    assert sort_item(window, "Descending").state().checked
    header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    assert sort_item(window, "Relevance").state().checked
    assert not sort_item(window, "Descending").state().checked
