"""The whole census in the window (issue 8): cities and provinces told apart, the source article's ten marked and
filtered, entries that only mention the search grouped under "Mentioned in", cities and provinces linked."""

from helpers import article_of, listed, set_query
from PySide6.QtCore import QModelIndex, Qt, QUrl
from PySide6.QtGui import QPixmap

from cityviewer.core.request import Show
from cityviewer.gui.citymodel import CITY_ID_ROLE, Column


def _choose_show(qtbot, window, show: Show) -> None:
    combo = window.filter_bar.showing
    with qtbot.waitSignal(window.results_changed, check_params_cb=lambda r: r.request.show == show):
        combo.setCurrentIndex(combo.findData(show))


def _row(window, entry_id: str) -> int:
    return listed(window).index(entry_id)  # no divider when nothing is typed


def test_the_show_filter_lists_cities_divisions_or_the_articles_ten(qtbot, window):
    _choose_show(qtbot, window, Show.DIVISIONS)
    assert len(listed(window)) == 13 and all(i.startswith("KP-") for i in listed(window))
    assert window.filter_bar.count.text() == "13 provinces"
    _choose_show(qtbot, window, Show.ARTICLE)
    assert sorted(listed(window)) == sorted(
        ["pyongyang", "hamhung", "chongjin", "nampo", "wonsan", "sinuiju", "kaesong", "hyesan", "rason", "kimchaek"]
    )
    assert window.filter_bar.count.text() == "10 cities"
    with qtbot.waitSignal(window.results_changed):
        window.filter_bar.clear_button.click()
    assert len(listed(window)) == 40 and window.filter_bar.showing.currentData() is None


def test_divisions_are_told_apart_from_cities_in_the_list(window):
    model = window.city_list.model
    division, city = model.index(_row(window, "KP-09"), Column.DIVISION), model.index(_row(window, "chongjin"), 0)
    assert division.data() == "Province" and division.data(Qt.ItemDataRole.FontRole).italic()
    assert model.index(_row(window, "KP-01"), Column.DIVISION).data() == "Capital city"
    assert model.index(_row(window, "KP-13"), Column.DIVISION).data() == "Special city"
    assert model.index(city.row(), Column.DIVISION).data() == "North Hamgyong"
    assert model.index(city.row(), Column.DIVISION).data(Qt.ItemDataRole.FontRole) is None


def test_the_articles_ten_carry_a_visible_mark_in_the_list(window):
    model = window.city_list.model
    marked = [
        i
        for i in listed(window)
        if isinstance(model.index(_row(window, i), 0).data(Qt.ItemDataRole.DecorationRole), QPixmap)
    ]
    assert len(marked) == 10 and "hyesan" in marked and "anju" not in marked
    assert "listed 8 of 10" in model.index(_row(window, "hyesan"), 0).data(Qt.ItemDataRole.ToolTipRole)


def test_entries_that_only_mention_the_text_come_under_a_heading_the_keys_stop_on(qtbot, window):
    set_query(qtbot, window, "Kaesong")
    model, table = window.city_list.model, window.table
    divider = model.divider_row()
    assert divider == 2  # Kaesong the city and the special city are named so; the rest mention it
    assert model.index(divider, 0).data() == "Mentioned in"
    assert model.index(divider, 0).data(CITY_ID_ROLE) is None
    assert model.flags(model.index(divider, 0)) == Qt.ItemFlag.ItemIsEnabled  # not selectable: not a city
    assert table.columnSpan(divider, 0) == model.columnCount()
    assert listed(window)[:2] == ["kaesong", "KP-15"] and len(listed(window)) > 2
    table.setFocus()
    table.selectRow(divider - 1)
    shown = window.current_city()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # onto the heading, which a screen reader says; the city stays
    assert table.currentIndex().row() == divider and window.current_city() == shown
    with qtbot.waitSignal(window.city_shown):
        qtbot.keyClick(table, Qt.Key.Key_Down)  # onto the first entry that mentions Kaesong
    assert table.currentIndex().row() == divider + 1
    assert window.current_city() == listed(window)[2]


def test_no_heading_when_every_entry_is_named_so(qtbot, window):
    set_query(qtbot, window, "Pochonbo")  # only in Hyesan's text: all mention it, none named so
    assert window.city_list.model.divider_row() == 0
    set_query(qtbot, window, "Hyesanjin")  # a name of Hyesan only
    assert window.city_list.model.divider_row() == -1 and listed(window) == ["hyesan"]
    assert window.city_list.model.rowCount(QModelIndex()) == 1


def test_a_city_links_to_its_division_and_the_division_back_to_its_cities(qtbot, window):
    window.show_city("chongjin")
    article_of(qtbot, window)
    with qtbot.waitSignal(window.city_shown, check_params_cb=lambda i: i == "KP-09"):
        window.detail.anchorClicked.emit(QUrl("city:KP-09"))
    text = article_of(qtbot, window)
    assert "North Hamgyong" in text and "Cities of this volume in North Hamgyong" in text and "Hoeryong" in text
    with qtbot.waitSignal(window.city_shown, check_params_cb=lambda i: i == "hoeryong"):
        window.detail.anchorClicked.emit(QUrl("city:hoeryong"))
    assert window.current_city() == "hoeryong"
