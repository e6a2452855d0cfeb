"""What assistive technology is told, read through Qt's own accessibility interfaces (QAccessible, what Qt's AT-SPI
and UI Automation bridges read): the result count, the filters' labels, the map, "Did you mean", the Tab order, the
list's cells, announcements and the keyboard shortcuts window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent
from tests.gui.helpers import type_query

NAME = QAccessible.Text.Name


def accessible_name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(NAME)


@pytest.fixture
def events(monkeypatch) -> list[tuple[QAccessible.Event, str]]:
    """The accessibility events the app sends itself (type, and an announcement's message), as the bridge gets them."""
    sent: list[tuple[QAccessible.Event, str]] = []
    real = QAccessible.updateAccessibility

    def record(event: QAccessibleEvent) -> None:
        message = event.message() if hasattr(event, "message") else ""
        sent.append((event.type(), message))
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(record))
    return sent


def announcements(events) -> list[str]:
    return [message for kind, message in events if kind == QAccessible.Event.Announcement]


# -- 2. the result count -----------------------------------------------------------------------------------------
def test_the_count_is_exposed_and_announced_as_one_types(qtbot, window, events):
    everything = accessible_name(window.filter_bar.count)
    assert everything == window.filter_bar.count.text() and "cities" in everything
    type_query(qtbot, window, "amber")
    assert announcements(events) == []  # not at once: when the list has stayed a moment (typing goes on)
    with qtbot.waitSignal(window.announcer.announced, timeout=5000) as said:
        pass
    narrowed = accessible_name(window.filter_bar.count)
    assert narrowed != everything and narrowed == window.filter_bar.count.text()
    assert said.args == [narrowed]
    assert announcements(events) == [narrowed]


def test_no_results_are_announced_with_the_names_offered(qtbot, window, events):
    type_query(qtbot, window, "amberle")
    nothing = lambda text: "No city" in text  # noqa: E731
    with qtbot.waitSignal(window.announcer.announced, timeout=5000, check_params_cb=nothing) as said:
        qtbot.keyClicks(window.filter_bar.search, "ex")  # "amberleex": nothing, but a name close to it
    assert "No city or county matches" in said.args[0] and "Did you mean: Amberlee?" in said.args[0]
    assert said.args[0] in announcements(events)


# -- 3. the filters say what they filter -------------------------------------------------------------------------
def test_each_filter_is_labelled_by_a_visible_label_that_says_what_it_filters(window):
    bar = window.filter_bar
    for combo, words in ((bar.showing, "Show"), (bar.division, "County"), (bar.region, "Region"), (bar.tag, "Tag")):
        label = bar.label_of(combo)
        assert label.isVisible() and words in label.text().replace("&", "")
        labels = QAccessible.queryAccessibleInterface(combo).relations(QAccessible.RelationFlag.Label)
        assert [other.object() for other, _relation in labels] == [label]  # what Orca reads before the choice
        assert words in labels[0][0].text(NAME)


# -- 6. the map ------------------------------------------------------------------------------------------------
def focused(qtbot, window) -> None:
    """The window active, the keyboard in the search field (as at start), so that shortcuts reach the window."""
    window.activateWindow()
    window.filter_bar.search.setFocus()
    qtbot.waitUntil(lambda: window.filter_bar.search.hasFocus())


def test_ctrl_2_moves_the_keyboard_into_the_map_so_that_n_shows_the_next_city(qtbot, window):
    focused(qtbot, window)
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    pane = window.tabs.map
    assert pane is not None and pane.hasFocus()
    qtbot.waitUntil(lambda: pane.layer is not None, timeout=10000)
    before = window.current_city()
    with qtbot.waitSignal(window.city_shown, timeout=5000):
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_N)
    assert window.current_city() != before
    assert window.filter_bar.search.text() == ""  # N went to the map, not into the search


def test_the_map_is_a_named_picture_whose_description_names_the_city_on_show_from_the_start(qtbot, window):
    window.show_city("castorby")
    pane = window.tabs.show_map()
    qtbot.waitUntil(lambda: pane.layer is not None, timeout=10000)
    face = QAccessible.queryAccessibleInterface(pane)
    assert face.role() == QAccessible.Role.Graphic  # not a nameless filler
    assert face.text(NAME) == "Map"
    assert "Castorby" in face.text(QAccessible.Text.Description)  # before any N or P


# -- 7. "Did you mean" by keyboard -------------------------------------------------------------------------------
def tab_stops(qtbot, window, count: int) -> list[str]:
    """The object names of the widgets Tab reaches from the search field, one press at a time."""
    focused(qtbot, window)
    stops: list[str] = []
    while len(stops) < count:
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
        name = window.focusWidget().objectName()
        if not stops or name != stops[-1]:  # the article's links are Tab stops inside it: counted once
            stops.append(name)
    return stops


def nothing_but_an_offer(qtbot, window, typed: str = "amberleex") -> None:
    with qtbot.waitSignal(window.results_changed, timeout=5000, check_params_cb=lambda r: r.request.text == typed):
        window.filter_bar.search.setText(typed)
    assert window.results is not None and window.results.suggestions == ("Amberlee",)
    qtbot.waitUntil(lambda: all(offer.isVisible() for offer in window.city_list.offer_buttons()))


def test_enter_in_the_search_field_takes_the_one_name_offered_and_opens_it(qtbot, window):
    window.show_city("castorby")
    nothing_but_an_offer(qtbot, window)
    focused(qtbot, window)
    with qtbot.waitSignal(window.city_shown, timeout=5000, check_params_cb=lambda city: city == "amberlee"):
        qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Return)
    assert window.filter_bar.search.text() == "Amberlee"
    qtbot.waitUntil(window.detail.hasFocus)  # on to the article, as Enter does with a result


def test_the_names_offered_come_right_after_the_search_field(qtbot, window):
    nothing_but_an_offer(qtbot, window)
    assert tab_stops(qtbot, window, 3) == ["Suggestion", "Clear from no results", "Show"]


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Space])
def test_enter_or_space_presses_a_name_offered(qtbot, qapp, window, key):
    nothing_but_an_offer(qtbot, window)
    offer = window.city_list.offer_buttons()[0]
    focused(qtbot, window)
    offer.setFocus()
    qtbot.waitUntil(offer.hasFocus)
    focus: list[str] = []
    qapp.focusChanged.connect(lambda _old, new: focus.append(new.objectName() if new else ""))
    with qtbot.waitSignal(window.results_changed, timeout=5000, check_params_cb=lambda r: r.keys != ()):
        qtbot.keyClick(offer, key)
    assert window.filter_bar.search.text() == "Amberlee"
    assert focus == ["Search cities"]  # back where the name now is, with no stop in the filters on the way


# -- 8. order and state ----------------------------------------------------------------------------------------
def test_tab_follows_the_screen_from_the_search_through_the_starred_pane_the_list_and_the_tabs(qtbot, window):
    window.show_starred()
    article = ["Show", "Division", "Region", "Tag", "Clear filters", "Starred list", "Cities",
               "qt_tabwidget_tabbar", "City details", "Note", "Search cities"]  # fmt: skip
    assert tab_stops(qtbot, window, len(article)) == article
    window.show_map()
    window.filter_bar.search.setFocus()
    stops = tab_stops(qtbot, window, 10)
    assert stops[5:] == ["Starred list", "Cities", "qt_tabwidget_tabbar", "Map", "Search cities"]  # after the tabs


def test_the_map_built_before_the_starred_pane_still_comes_after_the_tabs(qtbot, window):
    window.show_map()
    window.show_starred()
    stops = tab_stops(qtbot, window, 10)
    assert stops[5:] == ["Starred list", "Cities", "qt_tabwidget_tabbar", "Map", "Search cities"]


def cell(window, row: int, column: int = -1):
    """The accessible child of the list for row and column (-1: the row's header), as Qt's table interface numbers
    them: the header row first, a row-header column first."""
    columns = window.city_list.model.columnCount() + 1
    return QAccessible.queryAccessibleInterface(window.table).child((row + 1) * columns + column + 1)


def test_the_name_cell_says_the_star(qtbot, window):
    """(No source article in the made-up volume, so no badge: tests/content/gui has the shipped one's.)"""
    model = window.city_list.model
    row = model.row_of_key(window.dataset.rows_of(["castorby"])[0].key)
    assert cell(window, row, 0).text(NAME) == "Castorby"
    window.show_city("castorby")
    window.toggle_star()
    assert cell(window, row, 0).text(NAME) == "Castorby, starred"
    plain = model.row_of_key(window.dataset.rows_of(["dunmere"])[0].key)  # not starred
    assert cell(window, plain, 0).text(NAME) == "Dunmere"


def test_no_row_header_is_empty(window):
    model = window.city_list.model
    for row in range(5):
        header = cell(window, row)
        assert header.role() == QAccessible.Role.RowHeader
        assert header.text(NAME) == model.city_at(row).name


def test_the_mentioned_in_heading_is_a_stop_that_is_said(qtbot, window):
    type_query(qtbot, window, "Eskfield")  # Eskfield is named so, Dunmere mentions it
    divider = window.city_list.model.divider_row()
    assert divider > 0
    heading = cell(window, divider, 0)
    assert heading.text(NAME) == "Mentioned in"
    assert "mention what you typed" in heading.text(QAccessible.Text.Description)
    assert cell(window, divider).text(NAME) == "Mentioned in"
    window.table.setFocus()
    window.table.selectRow(divider - 1)
    qtbot.keyClick(window.table, Qt.Key.Key_Down)
    assert window.table.currentIndex().row() == divider  # focus, and so the screen reader, on the heading


def test_starring_and_unstarring_are_announced(qtbot, window, events):
    window.show_city("castorby")
    with qtbot.waitSignal(window.announcer.announced) as said:
        qtbot.keyClick(window, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    assert said.args == ["Castorby is starred."]
    with qtbot.waitSignal(window.announcer.announced) as said:
        window.window_actions.star.trigger()
    assert said.args == ["Castorby is no longer starred."]
    assert announcements(events) == ["Castorby is starred.", "Castorby is no longer starred."]


@pytest.mark.qt_log_ignore("This plugin does not support grabbing the keyboard")  # offscreen: the menu's popup
def test_f10_opens_the_menu_bar(qtbot, window):
    focused(qtbot, window)
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_F10)
    bar = window.menuBar()
    assert bar.activeAction() is bar.actions()[0]  # File, open
    qtbot.waitUntil(lambda: bar.actions()[0].menu().isVisible())
    qtbot.keyClick(bar.actions()[0].menu(), Qt.Key.Key_Escape)


# -- Help > Keyboard Shortcuts -----------------------------------------------------------------------------------
def listed_shortcuts(pane) -> dict[str, str]:
    """command: keys, as the window's tree lists them (every branch)."""
    tree = pane.tree
    rows = {}
    for n in range(tree.topLevelItemCount()):
        branch = tree.topLevelItem(n)
        for m in range(branch.childCount()):
            rows[branch.child(m).text(0)] = branch.child(m).text(1)
    return rows


def test_f1_opens_every_shortcut_read_from_the_actions(qtbot, window):
    from PySide6.QtGui import QAction, QKeySequence

    from cityviewer.gui.shortcuts import keys_of, plain

    assert window.shortcuts_window is None  # built when first opened
    focused(qtbot, window)
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_F1)
    pane = window.shortcuts_window
    assert pane is not None and pane.isVisible()
    rows = listed_shortcuts(pane)
    with_keys = [a for a in window.findChildren(QAction) if keys_of(a) and a in window.actions()]
    assert len(with_keys) > 20
    for action in with_keys:  # every one of the window's keys, the menus' and the others (F10, Esc)
        assert rows.get(plain(action.text())) == keys_of(action), action.text()
    assert rows["Find"] == "Ctrl+F, Ctrl+L" and rows["Open the Menu Bar"] == "F10"
    assert rows["Keyboard Shortcuts"] == "F1" and "About Cityviewer" not in rows
    tree = QAccessible.queryAccessibleInterface(pane.tree)
    assert tree.text(NAME) == "Keyboard shortcuts" and tree.role() == QAccessible.Role.Tree
    pane.close()
    window.window_actions.find.setShortcut(QKeySequence("Ctrl+G"))  # the keys change: so does the list
    window.show_shortcuts()
    assert listed_shortcuts(pane)["Find"] == "Ctrl+G"


def test_the_shortcuts_follow_the_windows_zoom(qtbot, window):
    pane = window.show_shortcuts()
    before = pane.tree.fontMetrics().height()
    window.set_zoom(200)
    qtbot.waitUntil(lambda: pane.tree.fontMetrics().height() >= 1.8 * before)
