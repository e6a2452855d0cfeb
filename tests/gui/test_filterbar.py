"""The filter bar: the one SearchRequest it holds and publishes, debounced typing, Esc, the count."""

import pytest
from PySide6.QtCore import Qt

from cityviewer.core.request import SearchRequest, SearchResults, SortKey
from cityviewer.gui.filterbar import FilterBar

FACETS = ([("LV-N", "North County"), ("LV-S", "South County")], ["north-shore", "highlands", "south-shore"], ["port"])


@pytest.fixture
def bar(qtbot, volume):
    widget = FilterBar(volume)
    widget.set_facets(*FACETS)
    qtbot.addWidget(widget)
    return widget


def test_typing_is_debounced_into_one_request(qtbot, bar):
    with qtbot.assertNotEmitted(bar.changed):  # nothing while the keys come
        qtbot.keyClicks(bar.search, "Castorby")
    with qtbot.waitSignal(bar.changed) as published:  # then one request, once the typing pauses
        pass
    assert published.args == [SearchRequest("Castorby")]


def test_a_facet_publishes_at_once_with_the_text(qtbot, bar):
    bar.search.setText("steel")
    with qtbot.waitSignal(bar.changed, timeout=0) as published:  # timeout 0: it must already have happened
        bar.division.setCurrentIndex(bar.division.findData("LV-N"))
    assert published.args == [SearchRequest("steel", division="LV-N")]


def test_the_sort_order_is_part_of_the_request_and_survives_clearing(qtbot, bar):
    bar.region.setCurrentIndex(bar.region.findData("south-shore"))
    with qtbot.waitSignal(bar.changed) as published:
        bar.set_sort(SortKey.POPULATION, True)
    assert published.args == [SearchRequest(region="south-shore", sort=SortKey.POPULATION, descending=True)]
    with qtbot.waitSignal(bar.changed) as published:
        bar.clear()
    assert published.args == [SearchRequest(sort=SortKey.POPULATION, descending=True)]


def test_escape_clears_text_and_filters(qtbot, bar):
    bar.search.setText("x")
    bar.tag.setCurrentIndex(bar.tag.findData("port"))
    with qtbot.waitSignal(bar.changed) as published:
        qtbot.keyClick(bar.search, Qt.Key.Key_Escape)
    assert published.args == [SearchRequest()]
    assert bar.search.text() == "" and bar.tag.currentData() is None


def test_down_applies_the_text_now_and_asks_for_the_list(qtbot, bar):
    qtbot.keyClicks(bar.search, "Dunmere")
    with qtbot.waitSignals([bar.changed, bar.down_pressed], timeout=0):
        qtbot.keyClick(bar.search, Qt.Key.Key_Down)


def test_regions_and_tags_show_the_vocabulary_names(bar):
    regions = [(bar.region.itemText(i), bar.region.itemData(i)) for i in range(bar.region.count())]
    assert regions == [("All regions", None), ("North shore", "north-shore"), ("Highlands", "highlands"),
                       ("South shore", "south-shore")]  # fmt: skip
    assert bar.tag.itemText(1) == "Port"


def test_the_count_tells_cities_and_divisions_apart_in_plural_forms(bar, dataset):
    def count(keys: int, divisions: int) -> str:
        bar.set_count(SearchResults(SearchRequest(), tuple(range(keys)), divisions=divisions), dataset.info)
        return bar.count.text()

    info = dataset.info
    assert count(1, 0) == "1 city"
    assert count(info.city_count + info.division_count, info.division_count) == (
        f"{info.city_count} cities, {info.division_count} counties"  # the volume's word
    )
    assert count(4, 1) == "3 cities, 1 county"
    assert count(1, 1) == "1 county"
    assert bar.count.toolTip() == (
        f"Listed now, of {info.city_count} cities and {info.division_count} counties in the dataset"
    )


def test_at_1024_pixels_each_filter_shows_its_first_choice_whole(qtbot, window):
    """The filters share the row's room as their "All ..." is long: "All counties" is not cut to "All countie"."""
    from PySide6.QtWidgets import QStyle, QStyleOptionComboBox

    window.resize(1024, 768)
    window.show()
    qtbot.waitExposed(window)
    window.filter_bar.layout().activate()  # the rows as they are now (the filters may have moved between them)
    for combo in window.filter_bar.combos():
        option = QStyleOptionComboBox()
        combo.initStyleOption(option)
        field = combo.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, combo
        )
        text = combo.itemText(0)
        assert field.width() >= combo.fontMetrics().horizontalAdvance(text), (text, field.width())


def test_the_search_field_calls_into_the_bar_only_for_a_key_pressed(qtbot, bar):
    """Esc, Down and Enter are the bar's before the field has them; nothing else the field sees (paints, resizes,
    focus, the other events of a keystroke) calls into Python: an event filter was called for every one."""
    import sys

    from cityviewer.gui import filterbar

    calls: list[str] = []

    def called(frame, event, _arg):
        if event == "call" and frame.f_code.co_filename == filterbar.__file__:
            calls.append(frame.f_code.co_name)

    sys.setprofile(called)
    try:
        bar.show()
        qtbot.waitExposed(bar)
        bar.resize(bar.width() + 40, bar.height())
        bar.search.setFocus()
        bar.search.repaint()
        qtbot.keyClicks(bar.search, "ab")
    finally:
        sys.setprofile(None)
    assert "eventFilter" not in calls
    assert calls.count("_key_pressed") == 2  # a and b: each its own call, the field's own key after it
    with qtbot.waitSignal(bar.down_pressed, timeout=0):  # timeout 0: at once
        qtbot.keyClick(bar.search, Qt.Key.Key_Down)
