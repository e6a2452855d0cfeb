"""The fixtures every test with a window shares: tests/gui (behaviour, on the made-up volume) and tests/content/gui
(the shipped content) import them into their conftest.py. Imports Qt: only those two folders may import this
module."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QTranslator
from PySide6.QtGui import QGuiApplication, QPalette

from cityviewer import resources
from cityviewer.core.dataset import Dataset
from cityviewer.gui import messages
from cityviewer.gui.language import LanguageSwitcher
from cityviewer.gui.mainwindow import MainWindow
from cityviewer.gui.settings import Settings
from cityviewer.gui.style import install_style
from cityviewer.gui.translations import TRANSLATIONS, install_translators, set_language


@pytest.fixture(scope="session", autouse=True)
def _translations(qapp):
    """The app's style and translations, as create_application installs them (English carries the plural forms)."""
    install_style(qapp)
    install_translators(qapp)


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> list[str]:
    """The text of each dialog gui.messages opens, recorded instead of shown (a modal dialog would wait)."""
    shown: list[str] = []
    monkeypatch.setattr(messages.Dialog, "show", classmethod(lambda cls, parent, title, text, icon: shown.append(text)))
    return shown


@pytest.fixture(autouse=True)
def _private_user_settings(tmp_path):
    """Code that opens the default settings writes under tmp_path, never to the real user's config, and reads no
    machine-wide defaults but those a test writes into tmp_path/system-config."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "user-config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, str(tmp_path / "system-config"))


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def dataset(built_db):
    """The shipped dataset: tests/content/gui's. tests/gui/conftest.py overrides it with made_up_dataset."""
    ds = Dataset.open(built_db)
    yield ds
    ds.close()


@pytest.fixture
def shipped_dataset(built_db):
    """The shipped dataset under its own name, for a file whose `dataset` is another."""
    ds = Dataset.open(built_db)
    yield ds
    ds.close()


@pytest.fixture
def made_up_dataset(lorvania_db):
    """The made-up volume of tests/fixtures/lorvania, opened: what a behaviour test runs on, so that a change of the
    shipped content breaks no behaviour test and the behaviour is proven on a volume of another shape."""
    island = Dataset.open(lorvania_db)
    yield island
    island.close()


@pytest.fixture
def window(qtbot, dataset, settings) -> MainWindow:
    win = MainWindow(dataset, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # The first list, read on the dataset thread, has arrived: a test that sets a filter and waits for the list it
    # asks for cannot be answered by this one instead.
    qtbot.waitUntil(lambda: win.results is not None)
    # And the filters' choices, read on the dataset thread as the window opens: a test that chooses one finds it.
    qtbot.waitUntil(lambda: win.filter_bar.division.count() == 1 + dataset.info.division_count)
    yield win
    win.shut_down()


@pytest.fixture(autouse=True)
def _normal_size_and_theme(qapp):
    """A test that zooms the window or chooses a theme leaves the application's font, palette and colour scheme as
    it found them (they belong to the application, not to a window)."""
    palette, explicit = QPalette(qapp.palette()), qapp.palette().resolveMask() != 0
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme()
    yield
    from cityviewer.gui.zoom import ZOOM_NORMAL, apply_zoom

    apply_zoom(ZOOM_NORMAL)
    if qapp.palette() != palette or (qapp.palette().resolveMask() != 0) != explicit:
        qapp.setPalette(palette if explicit else QPalette())
    if hints.colorScheme() != scheme:
        hints.unsetColorScheme()


@pytest.fixture(autouse=True)
def _no_window_left_to_the_garbage_collector(qapp):
    """A main window the code under test made and dropped (app.main's for --screenshot: a process would end there)
    is deleted when its test ends, whole. Left to the garbage collector, it would be destroyed in the middle of a
    later test, after the collector had emptied its event filters' attributes ('FocusRing' object has no attribute
    '_area', raised from the painting of whichever widget that test draws)."""
    yield
    import shiboken6

    for widget in qapp.topLevelWidgets():
        if isinstance(widget, MainWindow) and shiboken6.isValid(widget):
            widget.shut_down()
            shiboken6.delete(widget)


@pytest.fixture
def korean_ui(qapp) -> Iterator[None]:
    """The Korean translation installed over the session's (English) ones, as the app installs it in Korean."""
    translator = QTranslator()
    assert translator.load(str(resources.path(TRANSLATIONS) / "cityviewer_ko.qm"))
    assert QCoreApplication.installTranslator(translator)
    try:
        yield
    finally:
        QCoreApplication.removeTranslator(translator)


@pytest.fixture
def switcher(qapp, window):
    """The window's language switcher; the windows it builds are shut down, and the session's translators put
    back."""
    made = LanguageSwitcher(window)
    yield made
    if made.window is not window:
        made.window.shut_down()
        made.window.close()
    set_language(qapp, "")


@pytest.fixture
def map_pane(qtbot, window):
    """The window's map at 1024x768, its outlines and places loaded."""
    window.resize(1024, 768)
    pane = window.tabs.ensure_map()
    with qtbot.waitSignal(pane.loaded, timeout=10_000):
        window.tabs.show_map()
    return pane
