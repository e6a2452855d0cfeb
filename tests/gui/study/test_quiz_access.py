"""The quiz by keyboard and screen reader ([keys] item 1), read through Qt's own QAccessible interface: the
question, the progress and score, and the feedback are exposed as their text and each change is told; the answer
buttons take focus (Tab, the arrows), Enter or Space answers, 1-4 still do; map questions are left out while
assistive technology is active, and the window says so."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from cityviewer.core.quiz import Kind
from cityviewer.gui.study import quiz as quizpane


def _name(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


def _description(widget) -> str:
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Description)


def _round(qtbot, window, kinds=(Kind.DIVISION, Kind.MORE_POPULOUS), seed: int = 4):
    pane = window.show_quiz()
    qtbot.waitUntil(lambda: pane.maker is not None)  # the cities are read on the dataset thread
    for kind, box in pane.kinds.items():
        box.setChecked(kind in kinds)
    pane.length.setValue(5)
    pane.activateWindow()
    pane.start_round(seed=seed)
    return pane


def test_the_question_score_and_feedback_are_exposed_as_their_text(qtbot, window):
    pane = _round(qtbot, window)
    question = pane.current()
    assert _name(pane.prompt) == question.text() and _description(pane.prompt) == "Question"
    assert _name(pane.progress) == "Question 1 of 5 · score 0" and _description(pane.progress) == "Progress and score"
    with qtbot.waitSignal(pane.said, check_params_cb=lambda text: text.startswith("Not quite")):
        pane.answer((question.answer + 1) % len(question.choices))
    right = question.choices[question.answer]
    assert _name(pane.feedback) == f"Not quite: the answer is {right}." and _description(pane.feedback) == "Feedback"
    with qtbot.waitSignal(pane.said, check_params_cb=lambda text: text == pane.questions[1].text()):
        pane.next_question()  # the next question is told
    assert _name(pane.prompt) == pane.questions[1].text() and _name(pane.feedback) == ""
    pane.answer(pane.current().answer)
    assert _name(pane.progress) == "Question 2 of 5 · score 1"


def test_the_answer_buttons_take_focus_and_answer_by_keys(qtbot, window):
    pane = _round(qtbot, window, kinds=(Kind.MORE_POPULOUS,))  # four answers, in two rows of two
    qtbot.waitExposed(pane)
    first = pane.buttons[0]
    interface = QAccessible.queryAccessibleInterface(first)
    assert interface.role() == QAccessible.Role.Button and interface.state().focusable
    assert _name(first).endswith(pane.current().choices[0])
    pane.new_round.setFocus()
    qtbot.keyClick(pane.new_round, Qt.Key.Key_Tab)  # from the last of the setup to the first answer
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert QApplication.focusWidget() is pane.buttons[1]
    qtbot.keyClick(pane.buttons[1], Qt.Key.Key_Down)
    assert QApplication.focusWidget() is pane.buttons[3]
    qtbot.keyClick(pane.buttons[3], Qt.Key.Key_Up)
    assert QApplication.focusWidget() is pane.buttons[1]
    qtbot.keyClick(pane.buttons[1], Qt.Key.Key_Return)  # Enter answers with the button in focus
    assert pane.answered == 1 and QApplication.focusWidget() is pane.next_button
    qtbot.keyClick(pane.next_button, Qt.Key.Key_Space)  # and goes on
    assert pane.position == 1 and QApplication.focusWidget() is first
    qtbot.keyClick(first, Qt.Key.Key_Space)  # Space answers too
    assert pane.answered == 0
    qtbot.keyClick(pane.next_button, Qt.Key.Key_Return)
    qtbot.keyClick(pane.buttons[0], Qt.Key.Key_3)  # 1-4 still answer, wherever the focus is among the answers
    assert pane.answered == 2


def test_map_questions_are_left_out_while_a_screen_reader_listens_and_that_is_said(qtbot, window, monkeypatch):
    pane = _round(qtbot, window, kinds=(Kind.MAP, Kind.DIVISION))
    assert Kind.MAP in {q.kind for q in pane.questions} and not pane.note.isVisible()
    monkeypatch.setattr(quizpane, "assistive_technology_active", lambda: True)
    for seed in range(5):
        pane.start_round(seed=seed)
        assert pane.questions and Kind.MAP not in {q.kind for q in pane.questions}
    assert pane.note.isVisible()
    assert _name(pane.note) == "Map questions are left out while a screen reader is in use."


def test_assistive_technology_is_what_qaccessible_says(qtbot):
    was = QAccessible.isActive()
    try:
        QAccessible.setActive(True)
        assert quizpane.assistive_technology_active()
        QAccessible.setActive(False)
        assert not quizpane.assistive_technology_active()
    finally:
        QAccessible.setActive(was)
