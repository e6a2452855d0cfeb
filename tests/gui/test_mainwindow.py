"""The window as a person uses it, and as the panes see it: what it publishes, one path for choosing a city,
the menu bar, and the state it remembers."""

from helpers import all_entries, article_of, count_text, listed, set_query, type_query
from PySide6.QtCore import QObject, QSettings, Qt, QUrl, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QTextBrowser

from cityviewer.core.request import SearchRequest, SearchResults
from cityviewer.gui import settings as keys
from cityviewer.gui.background import Op
from cityviewer.gui.citymodel import CITY_ID_ROLE
from cityviewer.gui.mainwindow import MainWindow
from cityviewer.gui.settings import Settings


class RecordingPane(QObject):
    """A pane as the map will be one: it hears what the window publishes and can choose a city."""

    city_chosen = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.results: list[SearchResults] = []
        self.shown: list[str] = []

    def on_results(self, results: SearchResults) -> None:
        self.results.append(results)

    def on_city_shown(self, city_id: str) -> None:
        self.shown.append(city_id)


def test_controls_have_accessible_and_object_names(window):
    assert window.findChild(QLineEdit, "Search cities").accessibleName() == "Search cities"
    assert window.findChild(QTableView, "Cities").accessibleName() == "Cities"
    assert window.findChild(QTextBrowser, "City details").accessibleName() == "City details"


def test_all_cities_are_listed_at_start(window):
    assert len(listed(window)) == all_entries(window)
    assert window.filter_bar.count.text() == count_text(window.dataset.info)
    assert window.results.request == SearchRequest()


def test_typing_narrows_the_list(qtbot, window):
    type_query(qtbot, window, "Castor")
    assert listed(window)[0] == "castorby"
    assert len(listed(window)) < all_entries(window)
    assert window.filter_bar.count.text() != count_text(window.dataset.info)


def test_a_new_pane_subscribes_with_one_line_and_catches_up(qtbot, window):
    window.show_city("greyhollow")
    pane = RecordingPane()
    window.subscribe(pane)
    assert pane.shown == ["greyhollow"]  # what is on show now, at once
    assert len(pane.results) == 1 and len(pane.results[0].keys) == all_entries(window)
    set_query(qtbot, window, "Old Amber")  # a former name of Amberlee only
    assert pane.results[-1].request.text == "Old Amber"
    assert pane.results[-1].keys == (window.dataset.rows_of(["amberlee"])[0].key,)
    pane.city_chosen.emit("amberlee")  # a city chosen in the new pane goes through the window to every pane
    assert pane.shown == ["greyhollow", "amberlee"]
    assert window.current_city() == "amberlee"
    assert "Amberlee" in article_of(qtbot, window)
    assert listed(window)[window.table.currentIndex().row()] == "amberlee"


def test_an_arrow_key_in_the_list_is_one_trip_through_the_window(qtbot, window, monkeypatch):
    """Moving in the list shows the city once, and the list does not look up the row it is already on."""
    window.table.setFocus()
    window.table.selectRow(0)
    lookups, shown = [], []
    original = window.dataset.rows_of
    monkeypatch.setattr(window.dataset, "rows_of", lambda ids: lookups.extend(ids) or original(ids))
    window.city_shown.connect(shown.append)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert shown == [listed(window)[1]]
    assert lookups == [listed(window)[1]]  # the window's own check that the city exists, and no more


def test_no_results_says_so_and_offers_to_clear(qtbot, window):
    type_query(qtbot, window, "zzzzqqq")
    assert listed(window) == []
    assert window.city_list.currentWidget() is window.city_list.no_results
    button = window.city_list.no_results.findChild(type(window.filter_bar.clear_button), "Clear from no results")
    with qtbot.waitSignal(window.results_changed):
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert len(listed(window)) == all_entries(window)
    assert window.city_list.currentWidget() is window.table


def test_escape_clears_the_search(qtbot, window):
    type_query(qtbot, window, "Dunmere")
    assert listed(window) == ["dunmere"]
    with qtbot.waitSignal(window.results_changed):
        qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Escape)
    assert window.filter_bar.search.text() == ""
    assert len(listed(window)) == all_entries(window)


def test_facets_filter_the_list(qtbot, window):
    combo = window.filter_bar.region
    with qtbot.waitSignal(window.results_changed):
        combo.setCurrentIndex(combo.findData("south-shore"))
    assert sorted(listed(window)) == ["farrowgate", "greyhollow"]
    with qtbot.waitSignal(window.results_changed):
        window.filter_bar.clear_button.click()
    assert len(listed(window)) == all_entries(window)


def test_selecting_a_city_shows_its_entry(qtbot, window):
    row = listed(window).index("castorby")
    window.table.setFocus()
    window.table.selectRow(row)
    assert "Castorby" in article_of(qtbot, window, "castorby")
    assert "Castor's Landing" in window.detail.toPlainText()  # its former name
    assert window.current_city() == "castorby"
    assert window.windowTitle() == "Castorby — Cityviewer"  # no script of its own: no local name beside it


def test_arrow_keys_move_and_enter_opens(qtbot, window):
    window.table.setFocus()
    window.table.selectRow(0)
    first = window.current_city()
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.current_city() == listed(window)[1] != first
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.detail.hasFocus()


def test_related_links_navigate_and_back_forward_return(qtbot, window):
    window.show_city("dunmere")
    article_of(qtbot, window)
    assert "city:eskfield" in window.detail.toHtml()  # Dunmere's related place
    with qtbot.waitSignal(window.city_shown, check_params_cb=lambda city: city == "eskfield"):
        window.detail.anchorClicked.emit(QUrl("city:eskfield"))
    assert "Eskfield" in article_of(qtbot, window)
    assert window.window_actions.back.isEnabled()
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.current_city() == "dunmere"
    assert "Dunmere" in window.windowTitle() and "Dunmere" in article_of(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert window.current_city() == "eskfield"
    assert not window.window_actions.forward.isEnabled()


def test_ctrl_f_and_ctrl_l_focus_the_search(qtbot, window):
    for keys_ in ("Ctrl+F", "Ctrl+L"):
        window.table.setFocus()
        qtbot.keyClick(window, QKeySequence(keys_)[0].key(), QKeySequence(keys_)[0].keyboardModifiers())
        assert window.filter_bar.search.hasFocus()


def test_the_menu_bar_holds_every_command_with_its_keys(window):
    top = window.menuBar().actions()
    assert [action.text().replace("&", "") for action in top] == ["File", "Edit", "View", "Go", "Help"]
    in_menus = {action for menu in top for action in menu.menu().actions()}
    for name in ("quit", "find", "clear", "zoom_in", "zoom_out", "zoom_reset", "back", "forward", "shortcuts"):
        action = getattr(window.window_actions, name)
        assert action in in_menus, name
        assert action.shortcuts(), name
    assert window.window_actions.about in in_menus  # F1 is Help > Keyboard Shortcuts
    assert QKeySequence("Ctrl+Q") in window.window_actions.quit.shortcuts()


def test_the_quit_key_closes_the_window(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not window.isVisible())


def test_zoom_changes_text_size_and_is_remembered(qtbot, window, dataset, settings):
    size = window.detail.document().defaultFont().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 125  # 100, 110, 125
    assert window.detail.document().defaultFont().pointSizeF() > size
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.detail.document().defaultFont().pointSizeF() == size
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.zoom == 90
    window.close()
    again = MainWindow(dataset, settings)
    qtbot.addWidget(again)
    assert again.zoom == 90
    assert again.detail.document().defaultFont().pointSizeF() < size
    again.shut_down()


def test_geometry_splitter_and_last_city_are_remembered(qtbot, window, dataset, tmp_path):
    window.resize(780, 560)
    window.splitter.setSizes([300, 600])
    window.show_city("farrowgate")
    sizes = window.splitter.sizes()
    window.close()
    store = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    assert store.value(keys.LAST_CITY.name) == "farrowgate"
    again = MainWindow(dataset, Settings(store))
    qtbot.addWidget(again)
    again.show()
    assert again.current_city() == "farrowgate"
    assert "Farrowgate" in article_of(qtbot, again)
    assert (again.width(), again.height()) == (780, 560)
    assert again.splitter.sizes() == sizes
    again.shut_down()


def test_a_settings_save_that_fails_at_quit_is_logged(qtbot, window, monkeypatch, caplog):
    monkeypatch.setattr(window.settings, "save", lambda: False)
    window.close()
    assert "the settings could not be saved" in caplog.text


def test_header_click_sorts_through_the_core(qtbot, window):
    from cityviewer.gui.citymodel import Column

    with qtbot.waitSignal(window.results_changed):
        window.table.sortByColumn(Column.POPULATION, Qt.SortOrder.AscendingOrder)
    populations = [window.city_list.model.city_at(r).population for r in range(all_entries(window))]
    assert populations == sorted(populations) and populations[0] < populations[-1]
    assert listed(window)[0] == "greyhollow" and listed(window)[-1] == "LV-N"  # North County, the most populous
    assert window.results.request.sort == "population" and not window.results.request.descending
    with qtbot.waitSignal(window.results_changed):
        window.table.sortByColumn(Column.NAME, Qt.SortOrder.DescendingOrder)
    names = [window.city_list.model.index(r, 0).data() for r in range(all_entries(window))]
    assert names == sorted(names, key=str.casefold, reverse=True)


def test_searching_keeps_the_readers_place_in_the_article(qtbot, window):
    window.resize(500, 300)  # the made-up volume's articles are short: a small window scrolls them
    window.show_city("amberlee")
    article_of(qtbot, window)
    bar = window.detail.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    assert place > 0
    type_query(qtbot, window, "amber")
    assert window.current_city() == "amberlee"
    assert bar.value() == place


def test_the_search_field_has_the_keyboard_and_down_moves_to_the_list(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: window.filter_bar.search.hasFocus())
    type_query(qtbot, window, "far")  # Farrowgate
    with qtbot.waitSignal(window.results_changed):  # Down applies what was typed, then moves on to those results
        qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Down)
    qtbot.waitUntil(window.table.hasFocus)
    current = window.table.currentIndex()
    assert current.isValid()  # the city on show if it is listed, else the first
    assert window.current_city() == current.siblingAtColumn(0).data(CITY_ID_ROLE)  # (a heading may be above it)


def test_after_a_link_to_an_unlisted_city_the_listed_one_can_be_chosen_again(qtbot, window):
    combo = window.filter_bar.division
    combo.setCurrentIndex(combo.findData("LV-N"))  # North County: Amberlee, Castorby and Dunmere
    # The filtered list itself, not the next results_changed: the window's first list may still be arriving
    qtbot.waitUntil(lambda: "castorby" in listed(window) and "greyhollow" not in listed(window))
    row = listed(window).index("castorby")
    window.table.selectRow(row)
    assert window.current_city() == "castorby"
    window.detail.anchorClicked.emit(QUrl("city:greyhollow"))  # not in the filtered list
    assert window.current_city() == "greyhollow"
    assert not window.table.currentIndex().isValid()
    rect = window.table.visualRect(window.city_list.model.index(row, 0))
    qtbot.mouseClick(window.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_city() == "castorby"


def test_a_bug_in_the_search_is_reported_as_an_internal_error(qtbot, window, monkeypatch):
    """Not blamed on the dataset: the excepthook gets it (logged, the internal-error dialog), the list says so."""
    from cityviewer.core.dataset import Dataset

    original = Dataset.answer

    def broken_for_boom(self, request):
        if request.text == "boom":
            raise RuntimeError("a bug in Cityviewer")
        return original(self, request)

    monkeypatch.setattr(Dataset, "answer", broken_for_boom)
    with qtbot.captureExceptions() as exceptions:
        set_query(qtbot, window, "boom")
    assert [str(e[1]) for e in exceptions] == ["a bug in Cityviewer"]
    assert window.results.failure.startswith("an internal error")
    message = window.city_list.no_results.findChild(QLabel, "No results message").text()
    assert message.startswith("The search failed: an internal error")


def test_the_distances_are_measured_off_the_gui_thread_and_join_the_article(qtbot, window, monkeypatch):
    import threading

    from cityviewer.gui import detailview

    measured_on = []
    original = detailview._distances_of

    def recording(dataset, entry):
        measured_on.append(threading.current_thread() is threading.main_thread())
        return original(dataset, entry)

    monkeypatch.setattr(detailview, "_distances_of", recording)
    window.show_city("farrowgate")
    qtbot.waitUntil(lambda: "Distance to Amberlee" in window.detail.toPlainText())  # the capital
    # (the first article's, asked for after the window's first paint, may be measured here too)
    assert "Nearest city in the dataset" in window.detail.toPlainText() and measured_on and not any(measured_on)
    window.show_city("LV-S")  # a province: no point to measure from
    assert "Distance to" not in article_of(qtbot, window) and not any(measured_on)


def test_the_dataset_thread_reads_with_the_window_datasets_checked_info(qtbot, window):
    seen = []
    window.dataset_thread.run(Op(work=lambda dataset: dataset.info, done=seen.append))
    qtbot.waitUntil(lambda: bool(seen))
    assert seen[0] is window.dataset.info  # not read and parsed again by the worker's own connection
