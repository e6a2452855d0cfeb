"""The Starred pane: built when first shown, lists the starred entries, follows new stars, shows the one clicked."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QWidget

from cityviewer.gui.study.starred import ID_ROLE


def _listed(pane) -> list[str]:
    return [pane.model.index(n).data(ID_ROLE) for n in range(pane.model.rowCount())]


def test_built_when_first_shown_from_the_view_menu(qtbot, window, qtmodeltester):
    assert window.starred_dock is None and window.findChild(QWidget, "Starred") is None
    action = window.window_actions.show_starred
    assert action.shortcut() == QKeySequence("Ctrl+Shift+D")
    assert action in window.menuBar().actions()[2].menu().actions()
    action.trigger()
    pane = window.findChild(QWidget, "Starred")
    assert pane is not None and pane.accessibleName() == "Starred" and pane.isVisible()
    qtbot.waitUntil(pane.empty.isVisible)  # once the (no) starred entries are read, on the dataset thread
    assert _listed(pane) == []
    qtmodeltester.check(pane.model)


def test_lists_the_starred_largest_first_and_follows_stars(qtbot, window):
    pane = window.show_starred()
    window.notes.set_starred("LV-S", True)
    window.notes.set_starred("castorby", True)
    window.notes.set_starred("amberlee", True)
    qtbot.waitUntil(lambda: _listed(pane) == ["amberlee", "castorby", "LV-S"])
    assert pane.model.index(0).data() == "Amberlee"  # no script of its own: the name alone
    assert not pane.empty.isVisible()
    window.notes.set_starred("castorby", False)
    qtbot.waitUntil(lambda: _listed(pane) == ["amberlee", "LV-S"])


def test_choosing_one_shows_it_and_the_one_on_show_is_selected(qtbot, window):
    window.notes.set_starred("greyhollow", True)
    window.notes.set_starred("dunmere", True)
    pane = window.show_starred()
    window.show_city("greyhollow")
    qtbot.waitUntil(lambda: pane.view.currentIndex().data(ID_ROLE) == "greyhollow")
    index = pane.model.index(_listed(pane).index("dunmere"))
    with qtbot.waitSignal(window.city_shown, check_params_cb=lambda city: city == "dunmere"):
        qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=pane.view.visualRect(index).center())
    pane.view.setCurrentIndex(pane.model.index(_listed(pane).index("greyhollow")))
    with qtbot.waitSignal(window.city_shown, check_params_cb=lambda city: city == "greyhollow"):
        qtbot.keyClick(pane.view, Qt.Key.Key_Return)
