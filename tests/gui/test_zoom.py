"""One zoom for the whole window (gui.zoom): every part grows with it, the window still fits a 1024x768 projector
at 200%, the list can be hidden, and the zoom is remembered."""

from __future__ import annotations

from itertools import pairwise

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QFontInfo
from PySide6.QtWidgets import QApplication, QMessageBox

from cityviewer.gui import settings as keys
from cityviewer.gui.mainwindow import MainWindow
from cityviewer.gui.zoom import ZOOM_MAX, ZOOM_MIN, stepped


def _px(widget) -> int:
    return QFontInfo(widget.font()).pixelSize()


def _sizes(qtbot, window: MainWindow) -> dict[str, float]:
    """The size of every named part of the window, in pixels."""
    qtbot.waitUntil(lambda: window.table.model().rowCount() > 0)
    map_pane = window.tabs.map
    assert map_pane is not None and map_pane.layer is not None
    capital = next(m for m in map_pane.layer.markers if m.point.is_capital)
    compare, quiz, starred = window.compare_pane, window.quiz_pane, window.show_starred()
    assert compare is not None and quiz is not None
    return {
        "list row": window.table.rowHeight(0),
        "list header": window.table.horizontalHeader().sizeHint().height(),
        "list name column": window.table.columnWidth(0),
        "search": _px(window.filter_bar.search),
        "filters": _px(window.filter_bar.division),
        "menus": _px(window.menuBar().actions()[0].menu()),
        "menu bar": window.menuBar().sizeHint().height(),
        "toolbar icons": window.window_actions.toolbar.iconSize().width(),
        "tabs": _px(window.tabs.tabBar()),
        "article": QFontInfo(window.detail.document().defaultFont()).pixelSize(),
        "note": _px(window.note_editor.edit),
        "map labels": map_pane._label_size(capital.point, False)[1],
        "map markers": capital.radius,
        "compare": _px(compare.facts_view),
        "compare rows": compare.facts_view.verticalHeader().sectionSize(0),
        "starred": _px(starred),
        "dialogs": _px(QMessageBox()),
    }


def _quiz_type_follows_the_zoom(quiz) -> None:
    """The quiz's question twice the window's text and its answers 1.6 times, unless that would not fit the quiz's
    height (1/9 and 1/16 of it), and never less than its height asks for a room (1/13 and 1/26)."""
    text, height = QFontInfo(QApplication.font()).pixelSize(), quiz.height()
    assert _px(quiz.prompt) >= min(2 * text, height / 9) - 1 and _px(quiz.prompt) >= height / 13 - 1
    assert _px(quiz.buttons[0]) >= min(1.6 * text, height / 16) - 1 and _px(quiz.buttons[0]) >= height / 26 - 1


def test_every_part_of_the_window_grows_with_the_zoom(qtbot, window):
    window.resize(1024, 768)
    with qtbot.waitSignal(window.tabs.ensure_map().loaded, timeout=10_000):
        window.tabs.show_map()
    window.show_compare()
    quiz = window.show_quiz()
    normal = _sizes(qtbot, window)
    _quiz_type_follows_the_zoom(quiz)
    window.set_zoom(200)
    large = _sizes(qtbot, window)
    _quiz_type_follows_the_zoom(quiz)
    print("\npart: 100% -> 200% (pixels)")
    for part, size in normal.items():
        print(f"  {part}: {size:g} -> {large[part]:g}")
    smaller = {part for part, size in normal.items() if not large[part] >= 1.6 * size}
    assert not smaller, f"these did not grow with the zoom: {sorted(smaller)}"


def test_at_200_percent_the_window_fits_a_1024_by_768_projector(qtbot, window):
    window.set_zoom(200)
    hint = window.minimumSizeHint()
    assert hint.width() <= 1024 and hint.height() <= 768, hint
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: window.width() == 1024)
    bar = window.filter_bar
    for part in (bar.search, *bar._combos(), bar.count, bar.clear_button):  # all of it on the screen
        assert part.isVisible() and part.mapTo(window, part.rect().bottomRight()).x() < 1024, part.objectName()
    qtbot.waitUntil(lambda: bar.count.width() >= bar.count.fontMetrics().horizontalAdvance(bar.count.text()))
    assert bar.search.width() >= bar.search.minimumWidth()  # nothing squeezed below its least width
    window.resize(640, 700)  # narrower than one row: the filters wrap to a second row
    qtbot.waitUntil(lambda: bar.wrapped)
    qtbot.waitUntil(lambda: bar.division.y() > bar.search.y() + bar.search.height() / 2)  # laid out under it
    window.set_zoom(100)  # at 200% the labelled filters take a second row even at 1024 pixels
    window.resize(1024, 768)
    qtbot.waitUntil(lambda: not bar.wrapped)  # one row where it fits


def test_the_zoom_steps_stop_at_50_and_300_percent_and_is_remembered(qtbot, window, dataset, settings):
    assert stepped(100, 1) == 110 and stepped(100, -1) == 90 and stepped(290, 1) == 300
    for _ in range(20):
        window.window_actions.zoom_in.trigger()
    assert window.zoom == ZOOM_MAX and not window.window_actions.zoom_in.isEnabled()
    for _ in range(20):
        window.window_actions.zoom_out.trigger()
    assert window.zoom == ZOOM_MIN and not window.window_actions.zoom_out.isEnabled()
    window.zoom_by(4)
    assert window.zoom == 90
    assert settings.get(keys.ZOOM) == 90
    window.close()
    again = MainWindow(dataset, settings)
    qtbot.addWidget(again)
    assert again.zoom == 90
    again.shut_down()


def test_the_list_can_be_hidden_so_the_article_fills_the_window(qtbot, window, dataset, settings):
    window.resize(1024, 768)
    before = window.tabs.width()
    window.window_actions.show_list.trigger()
    assert window.city_list.isHidden()
    qtbot.waitUntil(lambda: window.tabs.width() > before)
    assert window.tabs.width() >= window.width() - 20
    window.close()
    again = MainWindow(dataset, settings)
    qtbot.addWidget(again)
    assert again.city_list.isHidden() and not again.window_actions.show_list.isChecked()
    again.window_actions.show_list.trigger()
    assert not again.city_list.isHidden()
    again.shut_down()


def test_the_window_minimum_size_never_exceeds_the_screen_at_any_zoom(window):
    for percent in (50, 100, 150, 200):
        window.set_zoom(percent)
        assert window.minimumSizeHint().boundedTo(QSize(1024, 768)) == window.minimumSizeHint(), percent


@pytest.mark.parametrize("percent", [50, 300])
def test_a_window_opened_at_a_zoom_is_sized_as_one_zoomed_after_opening(qtbot, window, dataset, settings, percent):
    """The rows' height, and the name's width where the name keeps its own (once the other columns have given way,
    the last column shown stretches to the list's width, whatever the zoom)."""

    def sizes(of: MainWindow) -> tuple[int, int | None]:
        table = of.table
        stretched = table.horizontalHeader().stretchLastSection()
        return table.verticalHeader().defaultSectionSize(), None if stretched else table.columnWidth(0)

    window.set_zoom(percent)
    zoomed_after = sizes(window)
    window.close()
    opened = MainWindow(dataset, settings)  # the zoom remembered: the list is built at that zoom
    qtbot.addWidget(opened)
    now = sizes(opened)
    assert now[0] == zoomed_after[0]
    assert now[1] == zoomed_after[1] or None in (now[1], zoomed_after[1])
    opened.set_zoom(100)
    assert (opened.table.verticalHeader().defaultSectionSize() > zoomed_after[0]) == (percent < 100)
    opened.shut_down()


def test_compares_chart_keeps_room_for_its_names_at_200_percent(qtbot, window):
    window.set_zoom(200)
    pane = window.show_compare()
    pane.resize(1024, 768)
    qtbot.waitUntil(lambda: pane.height() == 768 and len(pane.cities()) >= 2)
    line = pane.chart.fontMetrics().height()
    rects = pane.chart.bar_rects()
    slots = [b.top() - a.top() for a, b in pairwise(rects)]
    assert min(slots) >= line, (slots, line)  # a name beside each bar, none over the next


@pytest.mark.parametrize("percent", [200, 300])
def test_the_window_compare_and_the_quiz_fit_1024_by_768(qtbot, window, percent):
    window.set_zoom(percent)
    for part in (window, window.show_compare(), window.show_quiz()):
        hint = part.minimumSizeHint()
        assert hint.width() <= 1024 and hint.height() <= 768, (part.objectName(), percent, hint)


def test_the_charts_tick_labels_never_overlap_in_large_type(qtbot, window):
    from PySide6.QtGui import QFontMetricsF

    from cityviewer.gui.populationchart import axis_ticks, chart_layout, tick_labels

    pane = window.show_compare()
    qtbot.waitUntil(lambda: bool(pane.chart._cities))  # the cities are read on the dataset thread
    cities = pane.chart._cities
    ticks = axis_ticks(max(c.population_total or 0 for c in cities))
    for percent, width in ((100, 800), (300, 1000)):
        window.set_zoom(percent)
        metrics = QFontMetricsF(pane.chart.font())
        plot = chart_layout(cities, metrics, width, 400)[1]
        boxes = [box for box, _label in tick_labels(ticks, plot, metrics)]
        assert all(a.right() < b.left() for a, b in pairwise(boxes)), percent
        assert len(boxes) == len(ticks) if percent == 100 else 2 <= len(boxes) < len(ticks)


@pytest.mark.parametrize("percent", [100, 200, 300])
def test_at_any_zoom_the_lists_columns_fit_its_width_and_names_stay_whole(qtbot, window, percent):
    """At 300% on a 1024 px projector the list has room for a few columns: the rank, the province and the
    population give way (the article says them), the names are never cut; at 100% every column shows."""
    from cityviewer.gui.citymodel import Column

    window.resize(1024, 768)
    window.set_zoom(percent)
    table = window.table
    qtbot.waitUntil(lambda: table.model().rowCount() > 0)
    shown = [c for c in range(table.model().columnCount()) if not table.isColumnHidden(c)]
    needed = sum(table.columnWidth(c) for c in shown if c != Column.DIVISION)
    assert needed <= table.viewport().width(), (percent, shown)
    qtbot.waitUntil(lambda: sum(table.columnWidth(c) for c in shown) >= table.viewport().width())  # no blank band
    has_script = window.dataset.info.volume.local_system is not None  # the made-up volume's has none
    assert Column.NAME in shown and (Column.LOCAL_NAME in shown) is has_script
    if percent == 100:
        assert len(shown) == table.model().columnCount() - (0 if has_script else 1)
    names = [window.city_list.model.city_at(r).name for r in range(table.model().rowCount())]
    name_width = max(table.fontMetrics().horizontalAdvance(name) for name in names)  # the widest name listed
    assert table.columnWidth(Column.NAME) >= name_width


@pytest.mark.parametrize("percent", [100, 300])
def test_compares_tables_are_whole_and_scroll_with_the_page_at_any_zoom(qtbot, window, percent):
    """Compare's facts and distances are as tall as their rows (the page scrolls, not a slit of each table), and a
    city's column has room for a population's figure whole."""
    window.set_zoom(percent)
    pane = window.show_compare()
    pane.resize(1024, 768)
    qtbot.waitUntil(lambda: len(pane.cities()) >= 2 and not pane.reading())
    for view in (pane.facts_view, pane.distance_view):
        model = view.model()
        rows = sum(view.rowHeight(r) for r in range(model.rowCount()))
        qtbot.waitUntil(lambda v=view, r=rows: v.viewport().height() >= r)
        assert not view.verticalScrollBar().isVisible()
    figure = pane.facts_view.fontMetrics().horizontalAdvance("3,255,288")
    assert min(pane.facts_view.columnWidth(c) for c in range(pane.facts.columnCount())) > figure
