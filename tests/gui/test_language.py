"""View > Language: the interface's and the volume's language chosen in the app, remembered, applied at once."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest
from helpers import article_of
from PySide6.QtWidgets import QApplication

from cityviewer import resources
from cityviewer.gui import settings as keys
from cityviewer.gui.map.tab import MAP_TAB
from cityviewer.gui.pseudolocale import PSEUDO
from cityviewer.gui.translations import TRANSLATIONS, available, installed_translations


def _menu_titles(window) -> list[str]:
    return [action.text() for action in window.menuBar().actions()]


def test_the_languages_are_named_in_themselves(tmp_path):
    shutil.copy(resources.path(TRANSLATIONS) / "cityviewer_en.qm", tmp_path)
    shutil.copy(resources.path(TRANSLATIONS) / "cityviewer_en.qm", tmp_path / "cityviewer_ko.qm")
    assert available(tmp_path) == [("en", "English"), ("ko", "한국어")]


def test_the_view_menu_offers_the_system_language_and_each_translation(window):
    actions = window.window_actions.language_actions
    assert list(actions) == ["", *(code for code, _ in available())]
    assert actions[""].text() == "&System Language" and actions["en"].text() == "English"
    assert actions[""].isChecked()  # nothing chosen yet: the system's
    view = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    language = next(a.menu() for a in view.actions() if a.text() == "&Language")
    assert [a.text() for a in language.actions()] == [a.text() for a in actions.values()]


def test_switching_to_the_pseudo_locale_and_back_while_the_window_is_open(qtbot, switcher, settings):
    old = switcher.window
    year = old.dataset.info.volume.census.year  # the made-up volume's census: 1999
    old.show_city("castorby")
    article_of(qtbot, old, "castorby")
    assert _menu_titles(old)[0] == "&File"
    old.tabs.show_map()
    pseudo = switcher.switch(PSEUDO)
    qtbot.waitExposed(pseudo)
    assert pseudo is switcher.window and pseudo is not old and not old.isVisible()
    assert installed_translations()[-1] == PSEUDO
    assert _menu_titles(pseudo)[:2] == ["[&Fîļé]", "[&Eðîţ]"]
    assert pseudo.current_city() == "castorby" and pseudo.tabs.currentIndex() == MAP_TAB  # where it was
    pseudo.tabs.show_article()
    assert f"[Çéñšûš ŕåñķ ({year})]" in article_of(qtbot, pseudo, "castorby")  # the article too
    assert settings.get(keys.LANGUAGE) == ""  # the pseudo-locale is for one run, never remembered
    with qtbot.waitSignal(pseudo.language_chosen):
        pseudo.window_actions.language_actions["en"].trigger()  # View > Language > English
    english = switcher.window
    qtbot.waitExposed(english)
    assert _menu_titles(english)[0] == "&File" and english.current_city() == "castorby"
    assert f"Census rank ({year})" in article_of(qtbot, english, "castorby")
    assert settings.get(keys.LANGUAGE) == "en" and english.window_actions.language_actions["en"].isChecked()


def test_a_language_an_administrator_set_cannot_be_changed(qapp, tmp_path, dataset):
    from PySide6.QtCore import QSettings

    from cityviewer.gui.mainwindow import MainWindow
    from cityviewer.gui.settings import Settings

    system = QSettings(str(tmp_path / "system.ini"), QSettings.Format.IniFormat)
    system.setValue(keys.LANGUAGE.name, "en")
    system.setValue(keys.POLICY_LOCKED.name, keys.LANGUAGE.name)
    system.sync()
    locked = Settings(QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat), system)
    window = MainWindow(dataset, locked)
    try:
        actions = window.window_actions.language_actions
        assert actions["en"].isChecked() and not any(action.isEnabled() for action in actions.values())
    finally:
        window.shut_down()
        QApplication.processEvents()


@pytest.mark.parametrize(("code", "last"), [(PSEUDO, "pseudo"), ("en", "qtbase_en.qm")])
def test_lang_on_the_command_line_chooses_for_one_run(tmp_path, code, last, lorvania_db):
    report = tmp_path / "report.txt"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    argv = ["--lang", code, "--dataset", str(lorvania_db), "--screenshot", str(tmp_path / "shot.png"),
            "--report", str(report)]  # fmt: skip
    done = subprocess.run([sys.executable, "-m", "cityviewer", *argv], capture_output=True, text=True, env=env,
                          timeout=120)  # fmt: skip
    assert done.returncode == 0, done.stderr
    lines = dict(line.split(": ", 1) for line in report.read_text(encoding="utf-8").splitlines() if ": " in line)
    assert lines["translations"].split(", ")[-1] == last
    assert lines.get("language", "") == ""  # not kept: the settings still follow the system
