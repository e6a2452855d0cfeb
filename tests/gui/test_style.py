"""gui.style, measured as painted: in each theme, the focus frame the style draws on a list's current cell, a tab,
a button, a combo box and a text field meets 3:1 (WCAG 2.2 non-text contrast) against what it is painted over, and
a text field's edge meets 3:1 against the window without focus. The widget is grabbed without and with the
keyboard's focus: the pixels that change are the focus mark, each compared with the pixel it replaced."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QImage, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QPushButton,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cityviewer.core.contrast import AA_NON_TEXT, RGB, contrast
from cityviewer.gui.colours import THEME_DARK, THEME_HIGH_CONTRAST, THEME_LIGHT
from cityviewer.gui.style import ClassroomStyle
from cityviewer.gui.themes import apply_theme

THEMES = (THEME_LIGHT, THEME_DARK, THEME_HIGH_CONTRAST)


def _pixels(image: QImage) -> list[list[RGB]]:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    return [[image.pixelColor(x, y).getRgb()[:3] for x in range(image.width())] for y in range(image.height())]


def strong_mark_pixels(before: QImage, after: QImage) -> int:
    """How many pixels changed into a colour 3:1 or more against the one they replaced."""
    a, b = _pixels(before), _pixels(after)
    return sum(
        1
        for row_a, row_b in zip(a, b, strict=True)
        for pa, pb in zip(row_a, row_b, strict=True)
        if pa != pb and contrast(pa, pb) >= AA_NON_TEXT
    )


def _table() -> QTableView:
    model = QStandardItemModel(4, 2)
    for row in range(4):
        for column in range(2):
            model.setItem(row, column, QStandardItem(f"cell {row} {column}"))
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setCurrentIndex(model.index(1, 0))  # current, and selected: the frame is drawn on the selection
    model.setParent(table)
    return table


def _tabs() -> QTabBar:
    tabs = QTabBar()
    tabs.addTab("Article")
    tabs.addTab("Map")
    return tabs


def _combo() -> QComboBox:
    combo = QComboBox()
    combo.addItems(["All provinces", "North County"])
    return combo


MAKERS = {
    "list's current cell": _table,
    "tab": _tabs,
    "button": lambda: QPushButton("Clear"),
    "combo box": _combo,
    "text field": lambda: QLineEdit("Castorby"),
}


@pytest.fixture(params=THEMES)
def theme(request, qapp) -> str:
    apply_theme(request.param)
    return request.param


def test_the_application_draws_with_the_classroom_style(qapp):
    assert isinstance(qapp.style(), ClassroomStyle)


@pytest.mark.parametrize("what", list(MAKERS))
def test_a_focus_mark_is_painted_at_3_to_1(qtbot, theme, what):
    holder = QWidget()
    qtbot.addWidget(holder)
    layout = QVBoxLayout(holder)
    target = MAKERS[what]()
    other = QPushButton("elsewhere")
    layout.addWidget(target)
    layout.addWidget(other)
    holder.resize(320, 240)
    holder.show()
    qtbot.waitExposed(holder)
    holder.activateWindow()
    other.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(other.hasFocus)
    before = target.grab().toImage()
    qtbot.keyClick(other, Qt.Key.Key_Backtab)  # by the keyboard: the style draws the keyboard's focus
    qtbot.waitUntil(target.hasFocus)
    QApplication.processEvents()
    after = target.grab().toImage()
    strong = strong_mark_pixels(before, after)
    # at least a whole 1-pixel ring around the smaller of the widget's sides' worth of pixels
    least = min(target.width(), target.height()) * 2
    print(f"{theme:14} {what:20} {strong} pixels at 3:1 or more (want >= {least})")
    assert strong >= least, f"{what} in {theme}: the focus mark has {strong} pixels at 3:1, wants {least}"


def test_a_text_fields_edge_is_3_to_1_on_the_window(qtbot, theme):
    holder = QWidget()
    qtbot.addWidget(holder)
    field = QLineEdit(holder)
    field.setGeometry(20, 15, 200, 30)
    holder.resize(240, 60)
    holder.show()
    qtbot.waitExposed(holder)
    image = holder.grab().toImage()
    window = holder.palette().color(holder.backgroundRole()).getRgb()[:3]
    middle = field.geometry().center().x()
    column = [
        image.pixelColor(middle, y).getRgb()[:3] for y in range(field.geometry().top() - 2, field.geometry().top() + 4)
    ]
    best = max(contrast(pixel, window) for pixel in column)
    print(f"{theme:14} text field's top edge {best:.2f}:1 on the window")
    assert best >= AA_NON_TEXT, f"{theme}: the text field's edge is {best:.2f}:1 on the window"


@pytest.fixture
def style_from_first_paint(qapp):
    """The application's style as create_application installs it: drawing our way from the main window's first
    paint's end (the session's, drawing from the start, put back after)."""
    base = qapp.style().baseStyle().name()
    style = ClassroomStyle(base, now=False)
    qapp.setStyle(style)
    yield style
    qapp.setStyle(ClassroomStyle(base))


def test_the_first_paint_draws_nothing_our_way_but_the_search_fields_border(
    qtbot, style_from_first_paint, dataset, settings
):
    """The first paint calls no Python for the style (every element drawn would convert its option, and the first
    conversion makes every QStyleOption class), yet looks as it will: the search field's border, which the style will
    draw, is drawn as it will be; the style draws our way from the end of the first paint on."""
    from cityviewer.gui.mainwindow import MainWindow

    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    window.resize(1024, 768)
    first_paint = window.grab().toImage()  # the window's first paint (the event loop has not turned since)
    bar = QRect(window.filter_bar.mapTo(window, QPoint(0, 0)), window.filter_bar.size())
    first = first_paint.copy(bar)
    assert not style_from_first_paint.drawing
    qtbot.waitUntil(lambda: style_from_first_paint.drawing)  # the first paint's end (first_painted)
    QApplication.processEvents()
    assert window.grab().toImage().copy(bar) == first
    assert window.filter_bar.search.findChild(QWidget, "Field edge") is None  # the style draws it now
    window.shut_down()


@pytest.mark.parametrize("focused", [False, True])
def test_a_fields_edge_drawn_before_the_style_draws_is_the_styles(qtbot, theme, style_from_first_paint, focused):
    holder = QWidget()
    qtbot.addWidget(holder)
    field = QLineEdit("Castorby", holder)
    field.setGeometry(20, 15, 200, 30)
    holder.resize(240, 60)
    style_from_first_paint.edge_until_drawing(field)
    holder.show()
    qtbot.waitExposed(holder)
    if focused:
        holder.activateWindow()
        field.setFocus(Qt.FocusReason.TabFocusReason)
        qtbot.waitUntil(field.hasFocus)
    QApplication.processEvents()
    edge = holder.grab().toImage()
    style_from_first_paint.draw_our_way()
    QApplication.processEvents()
    assert holder.grab().toImage() == edge


def test_a_dialog_before_the_first_paint_is_drawn_our_way(style_from_first_paint, dialogs):
    from cityviewer.gui.messages import Kind, tell

    tell(None, Kind.ACT, "The dataset cannot be read.")  # a dataset refused at start: no main window yet
    assert dialogs == ["The dataset cannot be read."]
    assert style_from_first_paint.drawing


def test_the_city_lists_own_style_draws_our_focus_frame_only_while_it_has_the_keyboard(qtbot, theme, window):
    """The list has a style of its own (gui.style.our_way_while_focused): no call into Python for its cells while
    another widget has the keyboard, and our focus frame on its current cell while it has it."""
    table = window.table
    style = table.style()
    assert isinstance(style, ClassroomStyle) and style is not QApplication.style()
    assert table.horizontalHeader().style() is QApplication.style()  # the sort arrow the application's
    window.activateWindow()
    window.filter_bar.search.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(window.filter_bar.search.hasFocus)
    assert not style.drawing
    before = table.viewport().grab().toImage()
    table.setFocus(Qt.FocusReason.TabFocusReason)  # by the keyboard: the style draws the keyboard's focus
    qtbot.waitUntil(lambda: table.hasFocus() and style.drawing)
    QApplication.processEvents()
    after = table.viewport().grab().toImage()
    least = table.rowHeight(table.currentIndex().row()) * 2
    assert strong_mark_pixels(before, after) >= least
    window.filter_bar.search.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.waitUntil(lambda: not style.drawing)


def test_a_fields_edge_whose_field_is_gone_is_left_alone(qtbot, style_from_first_paint):
    import shiboken6

    field = QLineEdit()
    style_from_first_paint.edge_until_drawing(field)
    shiboken6.delete(field)  # a window taken apart before its first paint (a start-up refused after it was built)
    style_from_first_paint.draw_our_way()
    assert style_from_first_paint.drawing
