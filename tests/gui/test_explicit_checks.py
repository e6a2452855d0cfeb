"""The checks that were asserts (the bundle is built with optimize=2, which strips asserts: tests/
test_packaging_spec.py) raise their own errors, not an AttributeError further on."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QTextBrowser

from cityviewer.gui import themes, zoom
from cityviewer.gui.articleinterfaces import ArticleAccessible
from cityviewer.gui.marks import marks_side_by_side
from cityviewer.gui.study.quizmap import QuizMap


class _NoApplication:
    """Stands in for QApplication/QGuiApplication where none was made."""

    @staticmethod
    def instance() -> None:
        return None


def test_two_missing_marks_are_refused(qapp):
    with pytest.raises(ValueError, match="at least one"):
        marks_side_by_side(None, None)


def test_a_theme_without_the_application_is_refused(monkeypatch, qapp):
    monkeypatch.setattr(themes, "QApplication", _NoApplication)
    with pytest.raises(RuntimeError, match="QApplication"):
        themes.apply_theme(themes.THEME_SYSTEM)


def test_the_base_font_without_the_application_is_refused(monkeypatch, qapp):
    monkeypatch.setattr(zoom, "QGuiApplication", _NoApplication)
    with pytest.raises(RuntimeError, match="QGuiApplication"):
        zoom.base_font()


def test_the_quiz_map_places_no_marker_without_a_question(qtbot, dataset):
    quiz_map = QuizMap(dataset.info.volume.map, lambda: None)
    qtbot.addWidget(quiz_map)
    with pytest.raises(RuntimeError, match="no question"):
        quiz_map.marker_center(0)


def test_an_article_interface_needs_the_views_parts(qtbot):
    view = QTextBrowser()
    qtbot.addWidget(view)
    with pytest.raises(RuntimeError, match="ArticleParts"):
        _ = ArticleAccessible(view)._parts


def test_a_language_is_changed_only_in_a_running_application(monkeypatch, switcher):
    from cityviewer.gui import language

    monkeypatch.setattr(language, "QCoreApplication", _NoApplication)
    with pytest.raises(RuntimeError, match="running application"):
        switcher.switch("en", remember=False)
