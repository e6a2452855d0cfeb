"""The paths a pupil and a teacher take (issue 13): list and article in step, keys that do what people expect,
readable at any text size. Each of these failed on 0.1."""

from helpers import all_entries, article_of, listed, set_query, type_query
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QTextOption
from PySide6.QtWidgets import QStyleOptionHeader

from cityviewer.gui.citymodel import Column
from cityviewer.gui.detailview import CLEAR_LINK
from cityviewer.gui.style import ClassroomStyle, flipped


def test_enter_in_the_search_field_opens_the_top_result(qtbot, window):
    window.show_city("chongjin")
    qtbot.keyClicks(window.filter_bar.search, "wonsan")
    with qtbot.waitSignal(window.city_shown, timeout=5000, check_params_cb=lambda city: city == "wonsan"):
        qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Return)
    assert "Wonsan" in window.detail.toPlainText()
    qtbot.waitUntil(window.detail.hasFocus)


def test_down_moves_onto_the_top_result_visibly_selected(qtbot, window):
    window.show_city("chongjin")  # listed for "hamhung" too, below Hamhung
    qtbot.keyClicks(window.filter_bar.search, "hamhung")
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.current_city() == "hamhung")
    assert window.table.hasFocus()
    assert window.table.currentIndex().row() == 0
    assert window.table.selectionModel().isRowSelected(0)


def test_a_search_that_leaves_no_doubt_shows_its_city(qtbot, window):
    window.show_city("pyongyang")
    type_query(qtbot, window, "Pochonbo")  # only Hyesan matches
    assert listed(window) == ["hyesan"] and window.current_city() == "hyesan"
    window.show_city("kaesong")
    set_query(qtbot, window, "Hamhŭng")  # named exactly (in another spelling): first of several
    assert window.current_city() == "hamhung"


def test_an_article_left_out_of_the_list_says_so_with_a_way_back(qtbot, window):
    window.show_city("pyongyang")
    combo = window.filter_bar.region
    with qtbot.waitSignal(window.results_changed, check_params_cb=lambda results: results.request.region is not None):
        combo.setCurrentIndex(combo.findData("east-coast"))  # (the first, unfiltered list may still be on its way)
    assert window.current_city() == "pyongyang"  # several cities listed, none named: the person chooses
    text = window.detail.toPlainText()
    assert "Pyongyang is not among the places listed." in text
    first = listed(window)[0]
    assert f"city:{first}" in window.detail.toHtml()
    with qtbot.waitSignal(window.results_changed):
        window.detail.anchorClicked.emit(QUrl(CLEAR_LINK))
    assert len(listed(window)) == all_entries(window) and window.filter_bar.region.currentData() is None
    assert "not among the places listed" not in window.detail.toPlainText()


def test_a_link_in_the_notice_shows_the_first_listed(qtbot, window):
    window.show_city("pyongyang")
    article_of(qtbot, window)
    set_query(qtbot, window, "steel")  # Chongjin and Kimchaek, neither named so
    assert window.current_city() == "pyongyang" and "not among the places listed" in window.detail.toPlainText()
    window.detail.anchorClicked.emit(QUrl(f"city:{listed(window)[0]}"))
    assert window.current_city() == listed(window)[0]
    assert "not among the places listed" not in article_of(qtbot, window)


def test_the_first_click_on_population_puts_the_largest_first(qtbot, window):
    header = window.table.horizontalHeader()
    position = header.sectionViewportPosition(Column.POPULATION) + header.sectionSize(Column.POPULATION) // 2
    with qtbot.waitSignal(window.results_changed):
        qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(position, 5))
    assert window.results.request.sort == "population" and window.results.request.descending
    assert listed(window)[0] == "KP-02"  # South Phyongan, the most populous entry


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
    window.show_city("hyesan")
    article_of(qtbot, window)
    assert "<table" in window.detail.toHtml()  # two columns where they fit
    assert window.detail.wordWrapMode() == QTextOption.WrapMode.WordWrap  # never inside a word
    for _ in range(20):
        window.zoom_by(1)
    html = window.detail.toHtml()
    assert "<table" not in html  # labels above their values
    assert "Census rank (2008)" in window.detail.toPlainText()
    window.zoom_reset()
    assert "<table" in window.detail.toHtml()


def test_did_you_mean_searches_for_the_offer(qtbot, window):
    from PySide6.QtWidgets import QPushButton

    type_query(qtbot, window, "Pyongyng")
    assert listed(window) == []
    offer = window.city_list.no_results.findChildren(QPushButton, "Suggestion")[0]
    assert offer.text() == "Pyongyang"
    with qtbot.waitSignal(window.results_changed, check_params_cb=lambda r: r.request.text == "Pyongyang"):
        qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    assert listed(window)[0] == "pyongyang" and window.filter_bar.search.text() == "Pyongyang"
