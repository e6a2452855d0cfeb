"""Alt and a letter reach one item of a menu: no two items of one menu (or of the menu bar) underline the same
letter, in English and in Korean (whose menus give the English letter after the text: 실제 크기(&Z))."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QMenu

from cityviewer.gui.mainwindow import MainWindow

KO_QM = Path(__file__).resolve().parents[2] / "resources" / "translations" / "cityviewer_ko.qm"


@pytest.fixture(params=["en", "ko"])
def built_in(request, qapp) -> Iterator[str]:
    """The window's language: English (the session's), or Korean installed over it as the app installs it."""
    translator = QTranslator()
    if request.param == "ko":
        assert translator.load(str(KO_QM))
        QCoreApplication.installTranslator(translator)
    yield request.param
    QCoreApplication.removeTranslator(translator)


def mnemonic(text: str) -> str | None:
    """The letter text underlines ("Sta&rred List": r), None if it has none ("&&" is an ampersand)."""
    found = re.search(r"&([^&])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def clashes(menu: QMenu, path: str) -> list[str]:
    """Each letter two items of menu (or of its submenus, each within itself) share, as "menu: letter"."""
    actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
    letters = Counter(letter for a in actions if (letter := mnemonic(a.text())) is not None)
    found = [f"{path}: {letter}" for letter, count in letters.items() if count > 1]
    for action in actions:
        if action.menu() is not None:
            found += clashes(action.menu(), f"{path} > {action.text()}")
    return found


def test_no_two_items_of_a_menu_share_a_letter(qtbot, built_in, dataset, settings):
    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    try:
        bar = window.menuBar()
        titles = [mnemonic(a.text()) for a in bar.actions()]
        assert None not in titles and len(set(titles)) == len(titles), titles
        found = [clash for a in bar.actions() for clash in clashes(a.menu(), a.text())]
        assert not found, found
        assert window.window_actions.zoom_reset.text() == {"en": "Actual Si&ze", "ko": "실제 크기(&Z)"}[built_in]
    finally:
        window.shut_down()
