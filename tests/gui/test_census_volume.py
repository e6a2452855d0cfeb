"""The whole census in the window (issue 8): cities and provinces told apart and filtered, entries that only
mention the search grouped under "Mentioned in", cities and provinces linked. (The source article's ten, marked and
filtered, are the shipped volume's: tests/content/gui/test_window_on_the_shipped_data.py.)"""

from helpers import all_entries, article_of, listed, set_query
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


def test_the_show_filter_lists_cities_or_divisions(qtbot, window):
    info = window.dataset.info
    _choose_show(qtbot, window, Show.DIVISIONS)
    assert sorted(listed(window)) == ["LV-N", "LV-S"] and len(listed(window)) == info.division_count
    assert window.filter_bar.count.text() == f"{info.division_count} counties"  # the volume's word
    _choose_show(qtbot, window, Show.CITIES)
    assert len(listed(window)) == info.city_count and not {"LV-N", "LV-S"} & set(listed(window))
    assert window.filter_bar.count.text() == f"{info.city_count} cities"
    with qtbot.waitSignal(window.results_changed):
        window.filter_bar.clear_button.click()
    assert len(listed(window)) == all_entries(window) and window.filter_bar.showing.currentData() is None


def test_divisions_are_told_apart_from_cities_in_the_list(window):
    model = window.city_list.model
    division, city = model.index(_row(window, "LV-N"), Column.DIVISION), model.index(_row(window, "castorby"), 0)
    assert division.data() == "County" and division.data(Qt.ItemDataRole.FontRole).italic()  # the volume's kind
    assert model.index(city.row(), Column.DIVISION).data() == "North County"
    assert model.index(city.row(), Column.DIVISION).data(Qt.ItemDataRole.FontRole) is None


def test_without_a_source_article_no_entry_carries_its_mark(window):
    model = window.city_list.model
    decorations = [model.index(_row(window, i), 0).data(Qt.ItemDataRole.DecorationRole) for i in listed(window)]
    assert not any(isinstance(mark, QPixmap) for mark in decorations)


def test_entries_that_only_mention_the_text_come_under_a_heading_the_keys_stop_on(qtbot, window):
    set_query(qtbot, window, "Eskfield")
    model, table = window.city_list.model, window.table
    divider = model.divider_row()
    assert divider == 1  # Eskfield is named so; Dunmere mentions it (its slate goes to Eskfield's market)
    assert model.index(divider, 0).data() == "Mentioned in"
    assert model.index(divider, 0).data(CITY_ID_ROLE) is None
    assert model.flags(model.index(divider, 0)) == Qt.ItemFlag.ItemIsEnabled  # not selectable: not a city
    assert table.columnSpan(divider, 0) == model.columnCount()
    assert listed(window) == ["eskfield", "dunmere"]
    table.setFocus()
    table.selectRow(divider - 1)
    shown = window.current_city()
    qtbot.keyClick(table, Qt.Key.Key_Down)  # onto the heading, which a screen reader says; the city stays
    assert table.currentIndex().row() == divider and window.current_city() == shown
    with qtbot.waitSignal(window.city_shown):
        qtbot.keyClick(table, Qt.Key.Key_Down)  # onto the first entry that mentions Eskfield
    assert table.currentIndex().row() == divider + 1
    assert window.current_city() == "dunmere"


def test_no_heading_when_every_entry_is_named_so(qtbot, window):
    set_query(qtbot, window, "lighthouse")  # only in Farrowgate's text: all mention it, none named so
    assert window.city_list.model.divider_row() == 0 and listed(window) == ["farrowgate"]
    set_query(qtbot, window, "Old Amber")  # a name of Amberlee only
    assert window.city_list.model.divider_row() == -1 and listed(window) == ["amberlee"]
    assert window.city_list.model.rowCount(QModelIndex()) == 1


def test_a_city_links_to_its_division_and_the_division_back_to_its_cities(qtbot, window):
    window.show_city("castorby")
    article_of(qtbot, window)
    assert "city:LV-N" in window.detail.toHtml()
    with qtbot.waitSignal(window.city_shown, check_params_cb=lambda i: i == "LV-N"):
        window.detail.anchorClicked.emit(QUrl("city:LV-N"))
    text = article_of(qtbot, window)
    assert "Cities of this volume in North County" in text and "Dunmere" in text and "Eskfield" not in text
    assert "city:dunmere" in window.detail.toHtml()
    with qtbot.waitSignal(window.city_shown, check_params_cb=lambda i: i == "dunmere"):
        window.detail.anchorClicked.emit(QUrl("city:dunmere"))
    assert window.current_city() == "dunmere"
