"""The Quiz window: built when first opened (Go > Quiz…, Ctrl+J, not Ctrl+Q), a round answered with keys 1-4 and
Enter, the score kept, the teacher's kinds and length used."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontInfo, QKeySequence
from PySide6.QtWidgets import QDialog

from cityviewer.core.quiz import Kind


def test_built_when_first_opened_from_the_go_menu_with_a_free_key(qtbot, window):
    assert window.quiz_pane is None and window.findChild(QDialog, "Quiz") is None
    action = window.window_actions.quiz
    assert action.shortcut() == QKeySequence("Ctrl+J")
    assert action in window.menuBar().actions()[3].menu().actions()
    every_key = {seq.toString() for a in window.actions() for seq in a.shortcuts()}
    assert sorted(seq.toString() for a in window.actions() for seq in a.shortcuts()) == sorted(every_key)  # no clash
    action.trigger()
    pane = window.findChild(QDialog, "Quiz")
    qtbot.waitUntil(lambda: len(pane.questions) == 10)  # the first round, once the cities are read
    assert pane.accessibleName() == "Quiz" and pane.isVisible()
    assert QFontInfo(pane.prompt.font()).pixelSize() >= 2 * QFontInfo(window.font()).pixelSize()  # large type


def test_a_round_with_the_keys(qtbot, window):
    pane = window.show_quiz()
    qtbot.waitUntil(lambda: pane.maker is not None)  # the cities are read on the dataset thread
    pane.length.setValue(5)
    pane.start_round(seed=12)
    assert len(pane.questions) == 5
    for n in range(5):
        question = pane.current()
        assert pane.prompt.text() == question.text()
        wrong = next(i for i in range(len(question.choices)) if i != question.answer)
        choice = question.answer if n % 2 == 0 else wrong  # right, wrong, right, wrong, right
        qtbot.keyClick(pane, Qt.Key(Qt.Key.Key_1 + choice))
        qtbot.keyClick(pane, Qt.Key(Qt.Key.Key_1 + question.answer))  # a second answer changes nothing
        assert pane.score == n // 2 + 1
        assert ("Right" in pane.feedback.text()) == (n % 2 == 0)
        qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert pane.score == 3 and "3 of 5" in pane.prompt.text()
    missed = [pane.questions[n] for n in (1, 3)]  # the right answers to look at again, after the round
    answers = ", ".join(dict.fromkeys(q.choices[q.answer] for q in missed))
    assert pane.feedback.text().startswith(f"To look at again: {answers}.\n")
    pane.start_round(seed=12)
    for _ in range(5):
        qtbot.keyClick(pane, Qt.Key(Qt.Key.Key_1 + pane.current().answer))
        qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert pane.feedback.text() == "Press Enter or New Round for another round."  # all right: nothing to review


def test_enter_before_answering_does_not_skip(qtbot, window):
    pane = window.show_quiz()
    qtbot.waitUntil(lambda: pane.maker is not None)  # the cities are read on the dataset thread
    pane.start_round(seed=3)
    first = pane.current()
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert pane.current() is first


def test_the_teachers_choice_of_kinds_and_showing_the_city(qtbot, window):
    pane = window.show_quiz()
    qtbot.waitUntil(lambda: pane.maker is not None)  # the cities are read on the dataset thread
    for kind, box in pane.kinds.items():
        box.setChecked(kind is Kind.DIVISION)
    pane.start_round(seed=9)
    assert {q.kind for q in pane.questions} == {Kind.DIVISION}
    pane.answer(pane.current().answer)
    with qtbot.waitSignal(window.city_shown, check_params_cb=lambda city: city == pane.current().about[0]):
        pane.show_city.click()
