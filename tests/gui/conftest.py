from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings

from cityviewer.core.dataset import Dataset
from cityviewer.gui import messages
from cityviewer.gui.mainwindow import MainWindow
from cityviewer.gui.settings import Settings
from cityviewer.gui.translations import install_translators


@pytest.fixture(scope="session", autouse=True)
def _translations(qapp):
    """The app's translations, as create_application installs them (English carries the plural forms)."""
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
    ds = Dataset.open(built_db)
    yield ds
    ds.close()


@pytest.fixture
def window(qtbot, dataset, settings) -> MainWindow:
    win = MainWindow(dataset, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shut_down()
