"""The city list as a pane: it lists what the window publishes, follows the city on show, says why a list is
empty, and shows a row that cannot be read as such, never as a choice."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from cityviewer.core.request import SearchRequest, SearchResults
from cityviewer.gui.citylist import CityList
from cityviewer.gui.citymodel import Column


@pytest.fixture
def city_list(qtbot, dataset):
    widget = CityList(dataset)
    qtbot.addWidget(widget)
    widget.show()
    return widget


def message(city_list) -> str:
    return city_list.no_results.findChild(QLabel, "No results message").text()


def everything(dataset) -> SearchResults:
    request = SearchRequest()
    return SearchResults(request, dataset.answer(request).keys)


@pytest.mark.parametrize(
    ("request_", "failure", "expected"),
    [
        (SearchRequest("xqxq"), "", "No city or county matches “xqxq”."),
        (SearchRequest("xqxq", region="dmz"), "", "No city or county matches “xqxq” with these filters."),
        (SearchRequest(region="dmz", tag="port"), "", "No city or county matches these filters."),
        (SearchRequest("x"), "the disk is full", "The search failed: the disk is full"),
    ],
)
def test_an_empty_list_says_why(city_list, request_, failure, expected):
    city_list.on_results(SearchResults(request_, (), failure))
    assert city_list.currentWidget() is city_list.no_results
    assert message(city_list) == expected


def test_the_query_is_quoted_as_plain_text(city_list):
    city_list.on_results(SearchResults(SearchRequest("<b>xqxq</b>"), ()))
    label = city_list.no_results.findChild(QLabel, "No results message")
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert "“<b>xqxq</b>”" in label.text()


def test_it_follows_the_city_on_show_without_choosing_it_again(qtbot, city_list, dataset):
    city_list.on_results(everything(dataset))
    with qtbot.assertNotEmitted(city_list.city_chosen):
        city_list.on_city_shown("castorby")
    assert city_list.listed_ids()[city_list.table.currentIndex().row()] == "castorby"
    city_list.on_results(SearchResults(SearchRequest("Greyhollow"), (dataset.rows_of(["greyhollow"])[0].key,)))
    assert not city_list.table.currentIndex().isValid()  # not listed: nothing selected
    city_list.on_results(everything(dataset))
    assert city_list.listed_ids()[city_list.table.currentIndex().row()] == "castorby"  # listed again: selected again


def test_moving_in_the_list_chooses_the_city(qtbot, city_list, dataset):
    city_list.on_results(everything(dataset))
    with qtbot.waitSignal(city_list.city_chosen, timeout=0) as chosen:
        city_list.table.selectRow(2)
    assert chosen.args == [city_list.listed_ids()[2]]


def test_a_row_that_cannot_be_read_is_shown_as_such_and_cannot_be_chosen(qtbot, city_list, dataset):
    keys = (999_999, *everything(dataset).keys)  # a key with no city behind it, first
    city_list.on_results(SearchResults(SearchRequest(), keys))
    model = city_list.model
    assert model.index(0, Column.NAME).data() == "(cannot be read)"
    assert not model.flags(model.index(0, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.flags(model.index(1, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert city_list.first_city() == city_list.listed_ids()[0]  # the unreadable row has no id to list
    city_list.focus_top()
    assert city_list.table.currentIndex().row() == 1


def test_no_results_offers_the_closest_names_and_choosing_one_searches(qtbot, city_list):
    from PySide6.QtWidgets import QPushButton

    city_list.on_results(SearchResults(SearchRequest("Dunmore"), (), suggestions=("Dunmere", "Dun Mere")))
    offers = city_list.no_results.findChildren(QPushButton, "Suggestion")
    assert [b.text() for b in offers] == ["Dunmere", "Dun Mere"]
    with qtbot.waitSignal(city_list.suggestion_chosen, timeout=0) as chosen:
        offers[0].click()
    assert chosen.args == ["Dunmere"]
    city_list.on_results(SearchResults(SearchRequest("zzz"), ()))
    qtbot.waitUntil(lambda: not city_list.no_results.findChildren(QPushButton, "Suggestion"))
    assert not city_list.no_results.findChild(QLabel, "Did you mean").isVisibleTo(city_list.no_results)


def test_a_volume_without_a_script_keeps_its_name_first_in_any_language(qtbot, lorvania_db):
    from cityviewer.core.dataset import Dataset

    dataset = Dataset.open(lorvania_db, language="ko")
    widget = CityList(dataset)
    qtbot.addWidget(widget)
    assert widget.table.horizontalHeader().logicalIndex(0) == Column.NAME
    assert widget.table.isColumnHidden(Column.LOCAL_NAME)
    dataset.close()


def _colours_in(window, row: int) -> dict[tuple[int, int, int], int]:
    """How many pixels of each colour the list paints in row's name cell."""
    table = window.table
    image = table.viewport().grab(table.visualRect(table.model().index(row, Column.NAME))).toImage()
    found: dict[tuple[int, int, int], int] = {}
    for y in range(image.height()):
        for x in range(image.width()):
            rgb = image.pixelColor(x, y).getRgb()[:3]
            found[rgb] = found.get(rgb, 0) + 1
    return found


def test_the_row_another_pane_points_at_and_the_mentioned_in_heading_are_painted_in_their_colours(qtbot, window):
    from tests.gui.helpers import type_query

    model = window.city_list.model
    tint = model.colours.hover_row.getRgb()[:3]
    selected = window.table.selectionModel()
    row = next(row for row in range(model.rowCount()) if not selected.isRowSelected(row))  # not painted as selected
    assert tint not in _colours_in(window, row)
    model.set_highlighted(model.key_at(row))  # as the map points at its city
    colours = _colours_in(window, row)
    assert max(colours, key=colours.__getitem__) == tint  # the row's background
    type_query(qtbot, window, "Eskfield")  # Eskfield is named so, Dunmere mentions it
    heading = model.divider_row()
    assert model.colours.mentioned.getRgb()[:3] in _colours_in(window, heading)  # the heading's text
