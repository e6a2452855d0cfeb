"""The paths a pupil and a teacher take (issue 13): list and article in step, keys that do what people expect,
readable at any text size. Each of these failed on 0.1."""

from helpers import all_entries, article_of, listed, set_query, type_query
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QStyleOptionHeader

from cityviewer.core.request import SearchRequest
from cityviewer.gui.citymodel import CITY_ID_ROLE, Column
from cityviewer.gui.detailview import CLEAR_LINK
from cityviewer.gui.style import ClassroomStyle, flipped


def test_enter_in_the_search_field_opens_the_top_result(qtbot, window):
    window.show_city("greyhollow")
    qtbot.keyClicks(window.filter_bar.search, "dunmere")
    with qtbot.waitSignal(window.city_shown, timeout=5000, check_params_cb=lambda city: city == "dunmere"):
        qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Return)
    assert "Dunmere" in window.detail.toPlainText()
    qtbot.waitUntil(window.detail.hasFocus)


def test_down_moves_onto_the_top_result_visibly_selected(qtbot, window):
    window.show_city("farrowgate")  # listed for "fishing" too, below Amberlee, the largest town
    qtbot.keyClicks(window.filter_bar.search, "fishing")
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.current_city() == "amberlee")
    assert listed(window)[0] == "amberlee" and "farrowgate" in listed(window)
    assert window.table.hasFocus()
    current = window.table.currentIndex()  # the first result's row (below a heading when only mentions match)
    assert current.data(CITY_ID_ROLE) == "amberlee" and window.table.selectionModel().isRowSelected(current.row())
    assert all(window.table.model().index(row, 0).data(CITY_ID_ROLE) is None for row in range(current.row()))


def test_a_search_that_leaves_no_doubt_shows_its_city(qtbot, window):
    window.show_city("amberlee")
    type_query(qtbot, window, "lighthouse")  # only Farrowgate's article has it
    assert listed(window) == ["farrowgate"] and window.current_city() == "farrowgate"
    window.show_city("amberlee")
    set_query(qtbot, window, "Castor's Landing")  # named exactly (by its former name)
    assert window.current_city() == "castorby"


def test_an_article_left_out_of_the_list_says_so_with_a_way_back(qtbot, window):
    window.show_city("amberlee")
    combo = window.filter_bar.region
    qtbot.waitUntil(lambda: combo.findData("south-shore") > 0)  # the facets are read on the dataset thread
    with qtbot.waitSignal(window.results_changed, check_params_cb=lambda results: results.request.region is not None):
        combo.setCurrentIndex(combo.findData("south-shore"))  # (the first, unfiltered list may still be on its way)
    assert len(listed(window)) > 1 and "amberlee" not in listed(window)
    assert window.current_city() == "amberlee"  # several cities listed, none named: the person chooses
    text = window.detail.toPlainText()
    assert "Amberlee is not among the places listed." in text
    first = listed(window)[0]
    assert f"city:{first}" in window.detail.toHtml()
    with qtbot.waitSignal(window.results_changed):
        window.detail.anchorClicked.emit(QUrl(CLEAR_LINK))
    assert len(listed(window)) == all_entries(window) and window.filter_bar.region.currentData() is None
    assert "not among the places listed" not in window.detail.toPlainText()


def test_a_link_in_the_notice_shows_the_first_listed(qtbot, window):
    window.show_city("amberlee")
    article_of(qtbot, window)
    set_query(qtbot, window, "village")  # Farrowgate and Greyhollow, neither named so
    assert len(listed(window)) > 1 and "amberlee" not in listed(window)
    assert window.current_city() == "amberlee" and "not among the places listed" in window.detail.toPlainText()
    window.detail.anchorClicked.emit(QUrl(f"city:{listed(window)[0]}"))
    assert window.current_city() == listed(window)[0]
    assert "not among the places listed" not in article_of(qtbot, window)


def test_the_first_click_on_population_puts_the_largest_first(qtbot, window):
    header = window.table.horizontalHeader()
    position = header.sectionViewportPosition(Column.POPULATION) + header.sectionSize(Column.POPULATION) // 2
    with qtbot.waitSignal(window.results_changed):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(position, 5))
    assert window.results.request.sort == "population" and window.results.request.descending
    largest = max(window.dataset.rows(window.dataset.answer(SearchRequest()).keys), key=lambda row: row.population or 0)
    assert listed(window)[0] == largest.id  # the most populous entry (a division, on the made-up volume)


def test_the_sort_arrow_points_up_for_ascending_under_fusion(window):
    up, down = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown
    assert flipped(down) == up and flipped(up) == down  # Qt asks Fusion for "down" on ascending
    style = window.table.horizontalHeader().style()
    assert isinstance(style, ClassroomStyle)  # the application's style, which turns the arrow round under Fusion
    assert style.baseStyle().name().lower() == "fusion"  # the tests' style, and Linux's without a desktop theme


def test_the_clear_button_shows_only_with_text(qtbot, window):
    bar = window.filter_bar
    assert not bar.clear_text.isVisible()
    qtbot.keyClicks(bar.search, "kae")
    assert bar.clear_text.isVisible()
    bar.clear()
    assert not bar.clear_text.isVisible()


def test_the_facts_stay_readable_at_the_largest_text_on_a_projector(qtbot, window):
    window.resize(1024, 768)
    window.show_city("eskfield")
    article_of(qtbot, window)
    assert "<table" in window.detail.toHtml()  # two columns where they fit
    assert window.detail.wordWrapMode() == QTextOption.WrapMode.WordWrap  # never inside a word
    for _ in range(20):
        window.zoom_by(1)
    html = window.detail.toHtml()
    assert "<table" not in html  # labels above their values
    assert f"Census rank ({window.dataset.info.volume.census.year})" in window.detail.toPlainText()
    window.zoom_reset()
    assert "<table" in window.detail.toHtml()


def test_did_you_mean_searches_for_the_offer(qtbot, window):
    from PySide6.QtWidgets import QPushButton

    type_query(qtbot, window, "Dunmre")
    assert listed(window) == []
    offer = window.city_list.no_results.findChildren(QPushButton, "Suggestion")[0]
    assert offer.text() == "Dunmere"
    with qtbot.waitSignal(window.results_changed, check_params_cb=lambda r: r.request.text == "Dunmere"):
        qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert listed(window)[0] == "dunmere" and window.filter_bar.search.text() == "Dunmere"
