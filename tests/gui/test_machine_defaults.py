"""Machine-wide defaults (settings.default_system_store): what an administrator sets in Qt's system scope is what
a new user sees; a user's own choice wins unless the policy locks the key; some keys are the administrator's alone.
Qt's system scope is pointed at tmp_path/system-config by tests/gui/conftest.py."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from cityviewer import APP_NAME, ORGANIZATION
from cityviewer.gui import settings as keys
from cityviewer.gui.mainwindow import MainWindow
from cityviewer.gui.settings import Settings


def system_file(tmp_path: Path, text: str) -> Path:
    """The administrator's INI file where Qt's system scope (pointed into tmp_path) looks for it."""
    path = Path(QSettings(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, ORGANIZATION, APP_NAME).fileName())
    assert path.is_relative_to(tmp_path)  # the test's system scope, never the machine's /etc/xdg
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


ADMIN = "[view]\nuiZoom=200\nlanguage=ko\ntheme=dark\n[browse]\nstartCity=castorby\n[notes]\nexportAllowed=false\n"


def test_a_fresh_user_gets_the_administrators_values(tmp_path):
    before = Settings()
    assert (before.get(keys.ZOOM), before.get(keys.LANGUAGE), before.get(keys.NOTES_EXPORT)) == (100, "", True)
    system_file(tmp_path, ADMIN)
    fresh = Settings()  # the user scope, empty (conftest)
    assert fresh.get(keys.ZOOM) == 200
    assert fresh.get(keys.LANGUAGE) == "ko" and fresh.get(keys.THEME) == "dark"
    assert fresh.get(keys.START_CITY) == "castorby"
    assert fresh.get(keys.NOTES_EXPORT) is False
    assert fresh.get(keys.LAST_CITY) == ""  # a key the administrator did not set keeps its own default


def test_the_users_choice_wins_unless_the_administrator_locks_it(tmp_path):
    system_file(tmp_path, ADMIN + "[policy]\nlocked=view/language, notes/exportAllowed\n")
    user = Settings()
    for key, value in ((keys.ZOOM, 150), (keys.LANGUAGE, "en"), (keys.THEME, "light"), (keys.NOTES_EXPORT, True)):
        user.set(key, value)
    assert user.save()
    again = Settings()
    assert again.get(keys.ZOOM) == 150 and again.get(keys.THEME) == "light"  # not locked: the user's own
    assert again.get(keys.LANGUAGE) == "ko"  # locked: the administrator's, and the user's was not even saved
    assert "language" not in Path(again.location()).read_text(encoding="utf-8")
    assert again.get(keys.NOTES_EXPORT) is False  # the administrator's alone: a user's file is never read for it


def test_a_users_file_cannot_give_itself_the_administrators_keys(tmp_path):
    user_file = Path(Settings().location())
    user_file.parent.mkdir(parents=True, exist_ok=True)
    user_file.write_text("[notes]\nexportAllowed=false\n[policy]\nlocked=view/uiZoom\n", encoding="utf-8")
    system_file(tmp_path, "[view]\nuiZoom=200\n")
    settings = Settings()
    assert settings.get(keys.NOTES_EXPORT) is True and not settings.locked(keys.ZOOM)


def test_a_value_of_the_wrong_type_is_ignored(tmp_path):
    system_file(tmp_path, "[view]\nuiZoom=large\nlanguage=\n[notes]\nexportAllowed=perhaps\n")
    settings = Settings()
    settings.set(keys.LANGUAGE, "ko")
    assert settings.get(keys.ZOOM) == 100 and settings.get(keys.NOTES_EXPORT) is True
    assert settings.machine_default(keys.LANGUAGE) is None and settings.get(keys.LANGUAGE) == "ko"
    assert settings.notice == ""  # the administrator's file is not the user's: nothing set aside


def test_portable_mode_reads_the_defaults_beside_the_program(tmp_path, monkeypatch):
    from cityviewer import resources

    stick = tmp_path / "USB stick 교실"
    stick.mkdir()
    monkeypatch.setattr(resources, "app_dir", lambda: stick)
    (stick / keys.PORTABLE_MARKER).write_text("portable")
    system_file(tmp_path, "[view]\nuiZoom=250\n")  # the machine's: not this copy's
    (stick / keys.SYSTEM_DEFAULTS_FILE).write_text("[view]\nuiZoom=200\n", encoding="utf-8")
    assert Settings().get(keys.ZOOM) == 200


@pytest.fixture
def open_window(qtbot, dataset):
    windows: list[MainWindow] = []

    def opened() -> MainWindow:
        window = MainWindow(dataset, Settings())
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        # The article's distances arrive from the dataset thread: let them land before the window may be closed.
        qtbot.waitUntil(lambda: "Nearest city in the dataset" in window.detail.toPlainText())
        windows.append(window)
        return window

    yield opened
    for window in windows:
        window.shut_down()


def test_a_new_users_window_follows_the_administrator(tmp_path, open_window):
    plain = open_window()
    assert plain.zoom == 100 and plain.current_city() != "dunmere"
    assert plain.window_actions.export_reading_list.isEnabled()
    plain.close()
    Path(Settings().location()).unlink()  # a user who never ran it
    system_file(tmp_path, ADMIN.replace("startCity=castorby", "startCity=dunmere"))  # a city of the made-up volume
    window = open_window()
    assert window.zoom == 200
    assert window.current_city() == "dunmere"
    export = window.window_actions.export_reading_list
    assert not export.isEnabled() and "administrator" in export.text() and "administrator" in export.statusTip()
    assert window.window_actions.import_reading_list.isEnabled()


def test_the_start_city_may_be_a_name_and_wins_over_the_last_city_when_locked(qtbot, tmp_path, open_window):
    system_file(tmp_path, "[browse]\nstartCity=Castor's Landing\n")
    first = open_window()
    assert first.current_city() == "castorby"
    first.show_city("dunmere")
    qtbot.waitUntil(lambda: "Nearest city in the dataset" in first.detail.toPlainText())
    first.zoom_by(2)
    first.close()  # saves the user's last city and zoom
    assert open_window().current_city() == "dunmere"  # allowed: the user's last city wins
    policy = "[policy]\nlocked=browse/startCity, view/uiZoom\n"
    system_file(tmp_path, "[view]\nuiZoom=150\n[browse]\nstartCity=Castor's Landing\n" + policy)
    locked = open_window()
    assert locked.current_city() == "castorby" and locked.zoom == 150
    locked.show_city("dunmere")
    qtbot.waitUntil(lambda: "Dunmere" in locked.detail.toPlainText() and "Nearest city" in locked.detail.toPlainText())
    locked.close()
    system_file(tmp_path, "[policy]\nlocked=browse/startCity\n")  # locked, but no start city set: nothing to win
    assert open_window().current_city() == "dunmere"


def test_the_screenshot_report_says_what_a_new_user_sees(tmp_path, qapp, lorvania_db):
    """What the Windows check reads after the MSI wrote the machine-wide defaults (packaging/wincheck.py)."""
    from cityviewer import app

    system_file(tmp_path, ADMIN)
    report = tmp_path / "report.txt"
    shot = ["--screenshot", str(tmp_path / "shot.png"), "--dataset", str(lorvania_db)]
    assert app.main([*shot, "--report", str(report)]) == 0
    lines = report.read_text(encoding="utf-8").splitlines()
    for line in ("city: castorby", "zoom: 200", "notes export: turned off", "language: ko", "theme: dark"):
        assert line in lines
    assert f"machine-wide defaults: {tmp_path / 'system-config'}" in report.read_text(encoding="utf-8")
