"""Presentation mode (F11): the main window, the map and the quiz full screen, chrome hidden, type large; Esc leaves
it. The quiz readable from the back of a classroom at 1024x768, with a pause after each answer."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFontInfo, QFontMetrics, QImage
from PySide6.QtWidgets import QApplication

from cityviewer.gui import settings as keys
from cityviewer.gui.mainwindow import PRESENTATION_ZOOM


def test_f11_presents_the_article_and_esc_leaves(qtbot, window, settings):
    window.resize(1024, 768)
    window.set_zoom(110)
    chrome = [window.menuBar(), window.window_actions.toolbar, window.statusBar(), window.filter_bar,
              window.city_list, window.tabs.tabBar(), window.note_editor]  # fmt: skip
    assert all(part.isVisible() for part in chrome)
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.waitUntil(window.isFullScreen)
    assert window.presenting and window.window_actions.presentation.isChecked()
    assert not any(part.isVisible() for part in chrome)
    assert window.zoom == PRESENTATION_ZOOM
    qtbot.waitUntil(lambda: window.tabs.width() >= window.width() - 4)  # the article fills the screen
    qtbot.waitUntil(lambda: window.detail.height() >= window.height() - 4)
    assert settings.get(keys.ZOOM) == 110  # the large type is not the reader's choice
    qtbot.keyClick(window.detail, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.isFullScreen())
    assert not window.presenting and all(part.isVisible() for part in chrome)
    assert window.zoom == 110 and not window.window_actions.presentation.isChecked()


def test_esc_clears_the_search_again_once_presentation_mode_is_left(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_F11)
    qtbot.keyClick(window, Qt.Key.Key_F11)  # F11 leaves it too
    qtbot.waitUntil(lambda: not window.isFullScreen())
    window.filter_bar.search.setFocus()
    qtbot.keyClicks(window.filter_bar.search, "kae")
    qtbot.keyClick(window.filter_bar.search, Qt.Key.Key_Escape)
    assert window.filter_bar.search.text() == ""


def test_f11_presents_the_map_alone(qtbot, window):
    pane = window.tabs.ensure_map()
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        window.tabs.show_map()
    window.enter_presentation()
    qtbot.waitUntil(window.isFullScreen)
    qtbot.waitUntil(lambda: pane.width() >= window.width() - 4 and pane.height() >= window.height() - 4)
    window.leave_presentation()
    qtbot.waitUntil(lambda: not window.isFullScreen())


def _ink_rows(image: QImage, background: QColor) -> list[int]:
    """The rows of image with a pixel far from background (the text's ink)."""
    rows = []
    for y in range(image.height()):
        for x in range(0, image.width(), 2):
            pixel = image.pixelColor(x, y)
            if abs(pixel.lightness() - background.lightness()) > 100:
                rows.append(y)
                break
    return rows


def _capitals_height(quiz) -> int:
    """How high the question's capitals are on the screen, measured on a grab of the question."""
    quiz.prompt.setText("HHHH")
    shot = quiz.prompt.grab().toImage()
    ink = _ink_rows(shot, quiz.prompt.palette().color(quiz.prompt.backgroundRole()))
    assert ink
    return ink[-1] - ink[0] + 1


def test_f11_puts_the_quiz_alone_on_the_screen_and_esc_leaves(qtbot, window):
    quiz = window.show_quiz()
    quiz.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is quiz)  # the keys go to the quiz's window
    qtbot.keyClick(quiz, Qt.Key.Key_F11)
    qtbot.waitUntil(quiz.isFullScreen)
    assert not quiz._settings.isVisible()  # the teacher's settings hidden
    screen = quiz.screen().geometry().height()
    qtbot.waitUntil(lambda: quiz.height() == screen)
    assert _capitals_height(quiz) >= screen / 20
    qtbot.keyClick(quiz, Qt.Key.Key_Escape)  # Esc leaves full screen, and the quiz stays open
    qtbot.waitUntil(lambda: not quiz.isFullScreen())
    assert quiz.isVisible() and quiz._settings.isVisible()
    qtbot.keyClick(quiz, Qt.Key.Key_Escape)  # a second Esc closes it, as before
    qtbot.waitUntil(lambda: not quiz.isVisible())


def test_the_quiz_on_a_1024_by_768_projector_is_readable_from_the_back(qtbot, window):
    quiz = window.show_quiz()
    quiz._settings.hide()  # as full screen shows it
    quiz.resize(1024, 768)  # the whole of a 1024x768 projector (offscreen's own screen is another size)
    qtbot.waitUntil(lambda: quiz.height() == 768)
    least = 768 / 20
    capitals = _capitals_height(quiz)
    assert capitals >= least and QFontMetrics(quiz.prompt.font()).capHeight() >= least
    answers = QFontInfo(quiz.buttons[0].font()).pixelSize()
    assert answers >= 768 / 30
    print(f"\nquiz at 1024x768: capitals {capitals} px high (1/20 of the screen: {least:.1f}), answers {answers} px")


def test_the_quiz_pauses_after_each_answer_until_enter(qtbot, window):
    quiz = window.show_quiz()
    qtbot.waitUntil(lambda: bool(quiz.questions))  # the first round, once the cities are read
    quiz.length.setValue(3)
    quiz.start_round(seed=7)
    while quiz.current() is not None and quiz.current().kind.name == "MAP":
        quiz.next_question()
    first = quiz.current()
    qtbot.keyClick(quiz, Qt.Key.Key_1)
    assert quiz.answered == 0 and quiz.next_button.isVisible() and quiz.feedback.text()
    qtbot.keyClick(quiz, Qt.Key.Key_2)  # the class talks: more keys change nothing
    assert quiz.current() is first and quiz.answered == 0
    qtbot.keyClick(quiz, Qt.Key.Key_Return)
    assert quiz.current() is not first and quiz.answered is None
