"""The window as a person uses it: typing narrows, selecting shows, links and back/forward, zoom and state."""

import time

from PySide6.QtCore import QSettings, Qt, QUrl
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QTextBrowser

from cityviewer.gui import settings as keys
from cityviewer.gui.mainwindow import MainWindow
from cityviewer.gui.settings import Settings


def listed(window):
    return window.city_list.listed_ids()


def type_query(qtbot, window, text):
    with qtbot.waitSignal(window.results_applied, timeout=3000):
        qtbot.keyClicks(window.filter_bar.search, text)


def test_controls_have_accessible_and_object_names(window):
    assert window.findChild(QLineEdit, "Search cities").accessibleName() == "Search cities"
    assert window.findChild(QTableView, "Cities").accessibleName() == "Cities"
    assert window.findChild(QTextBrowser, "City details").accessibleName() == "City details"


def test_all_cities_are_listed_at_start(window):
    assert len(listed(window)) == 10
    assert window.filter_bar.count.text() == "10 cities"


def test_typing_narrows_the_list(qtbot, window):
    type_query(qtbot, window, "Phyong")
    assert listed(window)[0] == "pyongyang"
    assert len(listed(window)) < 10
    assert "of 10 cities" in window.filter_bar.count.text()


def test_typing_is_debounced(qtbot, window):
    calls = []
    window.filter_bar.changed.connect(calls.append)
    with qtbot.waitSignal(window.filter_bar.changed, timeout=2000):
        qtbot.keyClicks(window.filter_bar.search, "Kaesong")
    qtbot.wait(300)
    assert len(calls) == 1  # one search for seven keystrokes


def test_hangul_query(qtbot, window):
    with qtbot.waitSignal(window.results_applied, timeout=3000):
        window.filter_bar.search.insert("혜산")  # as an input method commits it; QTest cannot type Hangul
    assert listed(window) == ["hyesan"]


def test_no_results_says_so_and_offers_to_clear(qtbot, window):
    type_query(qtbot, window, "zzzzqqq")
    assert listed(window) == []
    assert window.city_list.currentWidget() is window.city_list.no_results
    button = window.city_list.no_results.findChild(type(window.filter_bar.clear_button), "Clear from no results")
    with qtbot.waitSignal(window.results_applied):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(listed(window)) == 10
    assert window.city_list.currentWidget() is window.table


def test_no_results_quotes_the_query_as_plain_text(qtbot, window):
    type_query(qtbot, window, "<b>xqxq</b>")
    message = window.city_list.no_results.findChild(QLabel, "No results message")
    assert message.textFormat() == Qt.TextFormat.PlainText
    assert "“<b>xqxq</b>”" in message.text()


def test_escape_clears_the_search(qtbot, window):
    type_query(qtbot, window, "Rason")
    with qtbot.waitSignal(window.results_applied):
        qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Escape)
    assert window.filter_bar.search.text() == ""
    assert len(listed(window)) == 10


def test_facets_filter_the_list(qtbot, window):
    combo = window.filter_bar.region
    with qtbot.waitSignal(window.results_applied):
        combo.setCurrentIndex(combo.findData("dmz"))
    assert listed(window) == ["kaesong"]
    with qtbot.waitSignal(window.results_applied):
        window.filter_bar.clear_button.click()
    assert len(listed(window)) == 10


def test_selecting_a_city_shows_its_entry(qtbot, window):
    row = listed(window).index("wonsan")
    window.table.setFocus()
    window.table.selectRow(row)
    assert "Wonsan" in window.detail.toPlainText()
    assert "원산" in window.detail.toPlainText()
    assert window.current_city() == "wonsan"


def test_arrow_keys_move_and_enter_opens(qtbot, window):
    window.table.setFocus()
    window.table.selectRow(0)
    first = window.current_city()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.current_city() == listed(window)[1] != first
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.detail.hasFocus()


def test_related_links_navigate_and_back_forward_return(qtbot, window):
    window.show_city("nampo")
    with qtbot.waitSignal(window.detail.city_activated):
        window.detail.anchorClicked.emit(QUrl("city:pyongyang"))
    assert window.current_city() == "pyongyang"
    assert "Pyongyang" in window.detail.toPlainText()
    assert window.back_action.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_city() == "nampo"
    assert "Nampo" in window.windowTitle()
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_city() == "pyongyang"


def test_ctrl_f_and_ctrl_l_focus_the_search(qtbot, window):
    for keys_ in ("Ctrl+F", "Ctrl+L"):
        window.table.setFocus()
        qtbot.keyClick(window, QKeySequence(keys_)[0].key(), QKeySequence(keys_)[0].keyboardModifiers())
        assert window.filter_bar.search.hasFocus()


def test_zoom_changes_text_size_and_is_remembered(qtbot, window, dataset, settings):
    size = window.detail.document().defaultFont().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.zoom == 2
    assert window.detail.document().defaultFont().pointSizeF() > size
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.document().defaultFont().pointSizeF() == size
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.zoom == -1
    window.close()
    again = MainWindow(dataset, settings)
    qtbot.addWidget(again)
    assert again.detail.zoom == -1
    assert again.detail.document().defaultFont().pointSizeF() < size


def test_geometry_splitter_and_last_city_are_remembered(qtbot, window, dataset, tmp_path):
    window.resize(780, 560)
    window.splitter.setSizes([300, 600])
    window.show_city("sinuiju")
    sizes = window.splitter.sizes()
    window.close()
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert store.value(keys.LAST_CITY.name) == "sinuiju"
    again = MainWindow(dataset, Settings(store))
    qtbot.addWidget(again)
    again.show()
    assert again.current_city() == "sinuiju"
    assert (again.width(), again.height()) == (780, 560)
    assert again.splitter.sizes() == sizes


def test_unwritable_settings_are_reported_not_fatal(tmp_path):
    blocker = tmp_path / "a file, not a folder"
    blocker.write_text("x")
    settings = Settings(QSettings(str(blocker / "settings.ini"), QSettings.Format.IniFormat))
    assert not settings.writable()
    settings.set(keys.ZOOM, 3)
    assert settings.save() is False
    assert settings.get(keys.ZOOM) == 3  # the session keeps working with what it has


def test_about_box_names_the_versions_and_credits(dataset):
    from cityviewer.gui.about import about_html

    html = about_html(dataset.info)
    assert dataset.info.data_version in html
    assert "GeoNames" in html and "Creative Commons Attribution 4.0" in html and "Census" in html


def test_portable_marker_keeps_settings_beside_the_program(tmp_path, monkeypatch):
    from cityviewer import resources
    from cityviewer.gui.settings import PORTABLE_MARKER

    stick = tmp_path / "USB stick Ü 교실"
    stick.mkdir()
    monkeypatch.setattr(resources, "app_dir", lambda: stick)
    assert Settings().location() != str(stick / "settings" / "cityviewer.ini")
    (stick / PORTABLE_MARKER).write_text("portable")
    settings = Settings()
    assert settings.location() == str(stick / "settings" / "cityviewer.ini")
    settings.set(keys.LAST_CITY, "hyesan")
    assert settings.save()
    assert "hyesan" in (stick / "settings" / "cityviewer.ini").read_text()
    assert str(stick) not in (stick / "settings" / "cityviewer.ini").read_text()  # no absolute paths inside


def test_header_click_sorts_through_the_core(qtbot, window):
    from cityviewer.gui.citymodel import Column

    with qtbot.waitSignal(window.results_applied):
        window.table.sortByColumn(Column.POPULATION, Qt.SortOrder.AscendingOrder)
    assert listed(window)[0] == "hyesan" and listed(window)[-1] == "pyongyang"
    with qtbot.waitSignal(window.results_applied):
        window.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    names = [window.city_list.model.index(r, 0).data() for r in range(10)]
    assert names == sorted(names, key=str.casefold, reverse=True)


def test_a_newer_search_wins_over_an_older_one(qtbot, window, monkeypatch):
    """An older search that finishes last must not replace the newer one's list."""
    from cityviewer.core.dataset import Dataset

    original = Dataset.search_keys

    def slow_for_wonsan(self, query="", **kwargs):
        if query == "Wonsan":
            time.sleep(0.4)  # Python work, which SQLite's interrupt cannot stop: it finishes after the newer one
        return original(self, query, **kwargs)

    monkeypatch.setattr(Dataset, "search_keys", slow_for_wonsan)
    shown = []
    window.results_applied.connect(lambda _n: shown.append(listed(window)))
    window.filter_bar.search.setText("Wonsan")
    window.filter_bar.flush()
    qtbot.wait(50)
    window.filter_bar.search.setText("Hyesan")
    window.filter_bar.flush()
    qtbot.waitUntil(lambda: bool(shown), timeout=3000)
    qtbot.wait(700)  # the slow, older result arrives meanwhile
    assert shown == [["hyesan"]]


def test_searching_keeps_the_readers_place_in_the_article(qtbot, window):
    window.show_city("pyongyang")
    bar = window.detail.verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    assert place > 0
    type_query(qtbot, window, "pyong")
    assert window.current_city() == "pyongyang"
    assert bar.value() == place


def test_the_search_field_has_the_keyboard_and_down_moves_to_the_list(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.filter_bar.search.hasFocus())
    type_query(qtbot, window, "ha")
    with qtbot.waitSignal(window.results_applied):  # Down applies what was typed, then moves on to those results
        qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Down)
    assert window.table.hasFocus()
    current = window.table.currentIndex()
    assert current.isValid()  # the city on show if it is listed, else the first
    assert window.current_city() == listed(window)[current.row()]


def test_after_a_link_to_an_unlisted_city_the_listed_one_can_be_chosen_again(qtbot, window):
    combo = window.filter_bar.province
    with qtbot.waitSignal(window.results_applied):
        combo.setCurrentIndex(combo.findData("KP-09"))  # Chongjin and Kimchaek
    row = listed(window).index("chongjin")
    window.table.selectRow(row)
    assert window.current_city() == "chongjin"
    window.detail.anchorClicked.emit(QUrl("city:pyongyang"))  # not in the filtered list
    assert window.current_city() == "pyongyang"
    rect = window.table.visualRect(window.city_list.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_city() == "chongjin"


def test_an_unexpected_error_in_the_search_is_told_not_raised(qtbot, window, monkeypatch):
    from cityviewer.core.dataset import Dataset

    original = Dataset.search_keys

    def broken_for_boom(self, query="", **kwargs):
        if query == "boom":
            raise RuntimeError("disk on fire")
        return original(self, query, **kwargs)

    monkeypatch.setattr(Dataset, "search_keys", broken_for_boom)
    with qtbot.waitSignal(window.searcher.failed, timeout=3000) as failed:
        window.filter_bar.search.setText("boom")
        window.filter_bar.flush()
    assert "disk on fire" in failed.args[1]
    qtbot.waitUntil(lambda: window.city_list.currentWidget() is window.city_list.no_results)
    message = window.city_list.no_results.findChild(QLabel, "No results message").text()
    assert message.startswith("The search failed")
