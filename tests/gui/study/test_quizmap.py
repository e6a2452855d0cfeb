"""The Quiz window's map questions: the map takes the buttons' place (their names would give the answer away), a
click on a numbered marker or the keys 1-4 answer, a click on the sea does nothing, the answer colours the markers;
the outlines are read once, for the first map question, and a map that cannot be read says so."""

from __future__ import annotations

import math

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QMouseEvent
from PySide6.QtWidgets import QApplication

from cityviewer.core.map.basemap import BasemapError
from cityviewer.core.quiz import Kind
from cityviewer.gui.study import quizmap


def _round(qtbot, window, kinds, seed: int = 4, length: int = 6):
    """The Quiz window with a round of those kinds, laid out."""
    pane = window.quiz_pane or window.show_quiz()
    qtbot.waitUntil(lambda: pane.maker is not None)  # the cities are read on the dataset thread
    for kind, box in pane.kinds.items():
        box.setChecked(kind in kinds)
    pane.length.setValue(length)
    pane.start_round(seed=seed)
    pane.layout().activate()
    if pane.current().kind is Kind.MAP:
        qtbot.waitUntil(lambda: pane.map.isVisible())
    return pane


def _wrong(question) -> int:
    return next(n for n in range(len(question.choices)) if n != question.answer)


def _click(qtbot, widget, pos: QPointF) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=pos.toPoint())


def _hover(widget, pos: QPointF) -> None:
    """The pointer moved to pos, no button down (QTest's mouseMove only moves the offscreen cursor)."""
    global_pos = widget.mapToGlobal(pos)
    event = QMouseEvent(QEvent.Type.MouseMove, pos, global_pos, Qt.MouseButton.NoButton, Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier)  # fmt: skip
    QApplication.sendEvent(widget, event)


def _sea(pane) -> QPointF:
    """A point of the East Sea, far from every place."""
    projection = pane.map._spec.projection
    return QPointF(*pane.map.view().to_screen(*projection.forward(131.0, 39.0)))


def _fill(pane, n: int) -> QColor:
    """The colour of marker n's disc, beside its number."""
    center, radius = pane.map.marker_center(n), pane.map.radius()
    image = pane.map.grab().toImage()
    return image.pixelColor(QPoint(round(center.x() - radius * 0.75), round(center.y())))


def test_a_map_round_answered_by_clicking_the_markers(qtbot, window):
    pane = _round(qtbot, window, {Kind.MAP})
    assert all(q.kind is Kind.MAP for q in pane.questions) and len(pane.questions) == 6
    question = pane.current()
    assert pane.prompt.text() == f"Where on the map is {question.choices[question.answer]}?"
    with qtbot.assertNotEmitted(pane.map.chosen):
        _click(qtbot, pane.map, _sea(pane))
    assert pane.answered is None and pane.score == 0 and not pane.next_button.isVisible()
    edge = pane.map.marker_center(question.answer) + QPointF(0, pane.map.radius() + 2)  # the edge still counts
    with qtbot.waitSignal(pane.map.chosen, check_params_cb=lambda n: n == question.answer):
        _click(qtbot, pane.map, edge)
    assert pane.score == 1 and pane.feedback.text() == "Right!"

    qtbot.keyClick(pane, Qt.Key.Key_Return)
    question = pane.current()
    wrong = _wrong(question)
    with qtbot.waitSignal(pane.map.chosen, check_params_cb=lambda n: n == wrong):
        _click(qtbot, pane.map, pane.map.marker_center(wrong))
    _click(qtbot, pane.map, pane.map.marker_center(question.answer))  # a second answer changes nothing
    assert pane.score == 1 and pane.answered == wrong
    assert pane.feedback.text().startswith(f"Not quite: {question.choices[question.answer]} is place")


def test_the_answer_colours_the_markers(qtbot, window):
    pane = _round(qtbot, window, {Kind.MAP})
    question = pane.current()
    wrong = _wrong(question)
    palette = pane.map.colours
    assert [_fill(pane, n) for n in range(4)] == [palette.quiz_marker] * 4
    pane.answer(wrong)
    colours = [_fill(pane, n) for n in range(4)]
    assert colours[question.answer] == palette.right and colours[wrong] == palette.wrong
    assert [c for n, c in enumerate(colours) if n not in (question.answer, wrong)] == [palette.quiz_marker] * 2


def test_the_pointer_is_a_hand_over_a_marker_until_the_answer(qtbot, window):
    pane = _round(qtbot, window, {Kind.MAP})
    _hover(pane.map, pane.map.marker_center(2))
    assert pane.map.cursor().shape() == Qt.CursorShape.PointingHandCursor
    _hover(pane.map, _sea(pane))
    assert pane.map.cursor().shape() == Qt.CursorShape.ArrowCursor
    _hover(pane.map, pane.map.marker_center(2))
    pane.answer(0)
    assert pane.map.cursor().shape() == Qt.CursorShape.ArrowCursor
    _hover(pane.map, pane.map.marker_center(2))
    assert pane.map.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_the_keys_answer_a_map_question_and_show_this_city(qtbot, window):
    pane = _round(qtbot, window, {Kind.MAP}, seed=8)
    question = pane.current()
    wrong = _wrong(question)
    qtbot.keyClick(pane, Qt.Key(Qt.Key.Key_1 + wrong))
    assert pane.answered == wrong and pane.map.answered == wrong and pane.score == 0
    city, chosen = question.choices[question.answer], question.choices[wrong]
    assert pane.feedback.text() == f"Not quite: {city} is place {question.answer + 1}; you chose {chosen}."
    with qtbot.waitSignal(window.city_shown, check_params_cb=lambda city: city == question.about[0]):
        pane.show_city.click()
    qtbot.keyClick(pane, Qt.Key.Key_Return)
    qtbot.keyClick(pane, Qt.Key(Qt.Key.Key_1 + pane.current().answer))
    assert pane.score == 1 and pane.map.answered == pane.current().answer


def test_the_buttons_make_way_for_the_map_and_come_back(qtbot, window):
    pane = _round(qtbot, window, {Kind.DIVISION}, seed=2)
    assert pane.map is None  # built for the first map question only
    pane = _round(qtbot, window, {Kind.DIVISION, Kind.MAP}, seed=2, length=8)
    kinds = []
    while pane.current() is not None:
        question = pane.current()
        kinds.append(question.kind)
        on_map = question.kind is Kind.MAP
        shown = [not on_map and n < len(question.choices) for n in range(len(pane.buttons))]  # a button a choice
        assert [b.isVisible() for b in pane.buttons] == shown
        assert (pane.map is not None and pane.map.isVisible()) == on_map
        qtbot.keyClick(pane, Qt.Key.Key_1)
        qtbot.keyClick(pane, Qt.Key.Key_Return)
    assert {Kind.DIVISION, Kind.MAP} == set(kinds)
    assert not pane.map.isVisible() and "of 8 questions" in pane.prompt.text()


def test_the_outlines_are_read_once_for_the_first_map_question(qtbot, window, monkeypatch):
    calls = []
    real = quizmap.parse_basemap
    monkeypatch.setattr(quizmap, "parse_basemap", lambda *args: calls.append(args) or real(*args))
    pane = _round(qtbot, window, {Kind.DIVISION})
    assert calls == []
    pane = _round(qtbot, window, {Kind.MAP}, length=4)
    for _ in range(3):
        pane.answer(0)
        pane.next_question()
    pane = _round(qtbot, window, {Kind.MAP}, seed=5)
    assert len(calls) == 1
    assert pane.map.accessibleName() == "Map question"
    assert "1 to 4" in pane.map.accessibleDescription()


def test_a_map_that_cannot_be_read_says_so(qtbot, window, monkeypatch):
    def unreadable(*_args):
        raise BasemapError("cannot read the map outlines 'full': damaged")

    monkeypatch.setattr(quizmap, "parse_basemap", unreadable)
    pane = _round(qtbot, window, {Kind.MAP})
    assert pane.map.message == "The map's outlines could not be read; reinstall Cityviewer."
    assert not pane.map.grab().isNull()  # drawn: the message, no traceback
    assert pane.map.marker_at(pane.map.marker_center(0)) is None
    qtbot.keyClick(pane, Qt.Key.Key_1)  # the keys still answer
    assert pane.answered == 0


@pytest.mark.parametrize("size", [(300, 330), (900, 600), (1400, 1000)])
def test_markers_never_overlap_whatever_the_size(qtbot, window, size):
    pane = _round(qtbot, window, {Kind.MAP}, length=10, seed=11)
    pane.resize(*size)
    pane.layout().activate()
    radius = pane.map.radius()
    assert radius >= quizmap.MIN_RADIUS
    for question in pane.questions:
        pane.map.set_question(question)
        centers = [pane.map.marker_center(n) for n in range(4)]
        gaps = [math.dist((a.x(), a.y()), (b.x(), b.y())) for a in centers for b in centers if a is not b]
        assert min(gaps) >= 2 * radius
