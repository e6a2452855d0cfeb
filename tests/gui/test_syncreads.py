"""The GUI thread reads the dataset only where gui.syncreads says so: any other query from a GUI module on it fails."""

from __future__ import annotations

import pytest

from cityviewer.core import dataset as dataset_module
from cityviewer.core.request import SearchRequest
from cityviewer.gui import syncreads
from cityviewer.gui.background import Op
from cityviewer.gui.mainwindow import MainWindow, _facets
from cityviewer.gui.syncreads import GuiThreadQuery, SyncRead, sync_read


def test_a_query_from_a_gui_module_on_the_gui_thread_is_refused_and_remembered(dataset):
    with pytest.raises(GuiThreadQuery, match=r"cityviewer\.gui\.mainwindow:_facets"):
        _facets(dataset)  # a GUI module's read, made on this (the GUI) thread
    assert len(syncreads.violations) == 1
    syncreads.violations.clear()  # caught here on purpose: the fixture would fail the test otherwise


def test_the_declared_reads_are_allowed(dataset):
    with sync_read(SyncRead.LIST_PAGE):
        divisions, _regions, _tags = _facets(dataset)
    assert divisions and not syncreads.violations


def test_the_same_read_on_the_dataset_thread_is_fine(qtbot, window):
    got = []
    window.dataset_thread.run(Op(work=_facets, done=got.append))
    qtbot.waitUntil(lambda: bool(got))
    assert got[0][0] and not syncreads.violations


def test_the_first_article_is_there_before_the_window_is_first_painted(qtbot, dataset, settings):
    """Read as the window is built, drawn as it shows (at the width the window gives the pane), before any event
    (the first paint among them) is handled."""
    first = dataset.rows(dataset.answer(SearchRequest()).keys)[0]  # what the unfiltered list shows first
    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    assert not window.isVisible() and window.detail.entry_id == window.current_city() == first.id
    window.show()
    assert first.name in window.detail.toPlainText()
    window.shut_down()


def test_the_tests_own_reads_are_not_checked(dataset):
    assert dataset.divisions() and not syncreads.violations


def test_the_window_at_work_makes_no_undeclared_read(qtbot, window):
    """Opening the window, showing cities, the map, Starred, Compare and Quiz: the conftest fixture fails this test
    (and every GUI test) on any read outside gui.syncreads."""
    other = window.dataset.entry_ids()[-1]  # a city other than the first
    window.show_city(other)
    qtbot.waitUntil(lambda: window.detail.entry_id == other)
    window.show_starred()
    window.show_compare()
    window.show_quiz()
    window.tabs.show_map()
    qtbot.waitUntil(lambda: window.quiz_pane.maker is not None)
    assert not syncreads.violations


def test_a_debug_run_installs_the_check_when_asked(monkeypatch):
    syncreads.uninstall()
    monkeypatch.delenv(syncreads.DEBUG_VARIABLE, raising=False)
    assert not syncreads.install_if_asked() and dataset_module._query_check is None
    monkeypatch.setenv(syncreads.DEBUG_VARIABLE, "1")
    assert syncreads.install_if_asked() and dataset_module._query_check is not None
