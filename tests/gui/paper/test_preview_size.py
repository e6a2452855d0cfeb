"""Qt's print preview opens small (680x510), a page the size of a stamp: every preview the window opens (a city's
sheet, the quiz's result sheet) opens over most of the screen, with Print first."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QToolBar

from cityviewer.gui.paper.commands import PrintPreview


@pytest.fixture
def previews(monkeypatch) -> list[tuple[int, int, str]]:
    """(width, height, first toolbar action) of each preview shown, as the screen would show it."""
    seen: list[tuple[int, int, str]] = []

    def show(cls, dialog):
        toolbar = dialog.findChild(QToolBar)
        first = next(a for a in toolbar.actions() if not a.isSeparator())
        seen.append((dialog.width(), dialog.height(), first.text()))

    monkeypatch.setattr(PrintPreview, "show", classmethod(show))
    return seen


def _most_of_the_screen(window, seen: tuple[int, int, str]) -> None:
    room = window.screen().availableGeometry()
    width, height, first = seen
    assert width >= 0.85 * room.width() and height >= 0.85 * room.height()
    assert width <= room.width() and height <= room.height()
    assert first == "Print"


def test_a_sheets_preview_opens_over_most_of_the_screen(qtbot, window, previews):
    window.show_city("farrowgate")
    window.window_actions.print_city.trigger()
    qtbot.waitUntil(lambda: bool(previews))  # the sheet is read on the dataset thread
    _most_of_the_screen(window, previews[0])


def test_the_quizs_result_sheet_previews_alike(qtbot, window, previews):
    pane = window.show_quiz()
    qtbot.waitUntil(lambda: pane.maker is not None)
    pane.start_round(seed=1)
    for _ in range(len(pane.questions)):
        pane.answer(pane.current().answer)
        pane.next_question()
    qtbot.waitUntil(pane.print_sheet.isVisible)
    pane.print_sheet.click()
    _most_of_the_screen(window, previews[0])
