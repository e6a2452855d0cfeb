"""Translations: installed before widgets are built, found by lupdate in their contexts, and the shipped .qm is
what lrelease makes of the .ts beside it."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QDialogButtonBox

from cityviewer import resources
from cityviewer.gui.filterbar import FilterBar
from cityviewer.gui.pseudolocale import PSEUDO
from cityviewer.gui.translations import (
    TRANSLATIONS,
    install_translators,
    installed_translations,
    qt_translations,
    set_language,
)

TOOLS = Path(sys.executable).parent
FRENCH_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="fr_FR">
<context><name>FilterBar</name>
<message><source>Clear</source><translation>Effacer</translation></message></context>
<context><name>Vocabulary</name>
<message><source>Mining</source><translation>Mines</translation></message></context>
</TS>"""


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([TOOLS / "pyside6-lrelease", str(ts), "-qm", str(qm)], check=True, capture_output=True)


def test_a_dropped_in_translation_is_used_by_widgets_built_after(qtbot, qapp, tmp_path, volume):
    ts = tmp_path / "cityviewer_fr.ts"
    ts.write_text(FRENCH_TS, encoding="utf-8")
    lrelease(ts, tmp_path / "cityviewer_fr.qm")
    before = set(qapp.findChildren(QTranslator))
    installed = install_translators(qapp, QLocale(QLocale.Language.French), tmp_path)
    try:
        assert installed[-1].endswith("cityviewer_fr.qm")
        bar = FilterBar(volume)
        qtbot.addWidget(bar)
        bar.set_facets([], [], ["mining"])
        assert bar.clear_button.text() == "Effacer"
        assert bar.tag.itemText(1) == "Mines"
    finally:
        for translator in set(qapp.findChildren(QTranslator)) - before:
            QCoreApplication.removeTranslator(translator)


@pytest.mark.parametrize("ts", sorted(resources.path(TRANSLATIONS).glob("*.ts")), ids=lambda p: p.name)
def test_each_shipped_qm_is_what_lrelease_makes_of_its_ts(tmp_path, ts):
    lrelease(ts, tmp_path / "made.qm")
    assert (tmp_path / "made.qm").read_bytes() == ts.with_suffix(".qm").read_bytes()


def test_lupdate_finds_the_texts_in_their_contexts(tmp_path):
    sources = sorted(str(p) for p in (resources.bundle_root() / "src" / "cityviewer").rglob("*.py"))
    out = tmp_path / "all.ts"
    subprocess.run([TOOLS / "pyside6-lupdate", *sources, "-ts", str(out)], check=True, capture_output=True)
    ts = out.read_text(encoding="utf-8")
    for context, text in [
        ("Article", "Corrections to the source article"),  # the Qt-free article, marked for lupdate
        ("Vocabulary", "Border crossing"),
        ("FilterBar", "%Ln cities"),
        ("WindowActions", "&amp;Quit"),
        ("CityList", "No city or {division} matches these filters."),
        ("CityTableModel", "Mentioned in"),
        ("Volume", "Census rank ({year})"),  # how the app names a volume's figures
        ("DatasetError", "The dataset {path} is damaged ({detail})."),  # the core's errors, marked likewise
        ("FalseFriend", "{name} ({local_name}) is a different city, in {where}: it is not in this volume."),
    ]:
        block = ts.split(f"<name>{context}</name>", 1)
        assert len(block) == 2, context
        assert f"<source>{text}</source>" in block[1].split("</context>", 1)[0], (context, text)


KOREAN_TS = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS><TS version="2.1" language="ko_KR">
<context><name>FilterBar</name>
<message><source>Clear</source><translation>지우기</translation></message></context>
</TS>"""


@pytest.fixture
def restore_language(qapp):
    """A test that changes the application's translators leaves those of the session (the system's language)."""
    yield
    set_language(qapp, "")


def test_qts_own_korean_is_installed_beside_ours(qapp, tmp_path, restore_language):
    ts = tmp_path / "cityviewer_ko.ts"
    ts.write_text(KOREAN_TS, encoding="utf-8")
    lrelease(ts, tmp_path / "cityviewer_ko.qm")
    shutil.copy(resources.path(TRANSLATIONS) / "cityviewer_en.qm", tmp_path)
    for old in qapp.findChildren(QTranslator):
        QCoreApplication.removeTranslator(old)
    installed = install_translators(qapp, QLocale(QLocale.Language.Korean), tmp_path)
    assert [Path(p).name for p in installed] == ["cityviewer_en.qm", "qtbase_ko.qm", "cityviewer_ko.qm"]
    assert Path(installed[1]).parent == Path(qt_translations())
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "취소"  # Qt's own button, in Korean


def test_each_translation_file_is_read_once(qapp, monkeypatch, restore_language):
    """Korean's 48 KB of ours was read twice at each start (once to see whether there is one, once to install it)."""
    from cityviewer.gui import translations

    read = []

    class Counted(QTranslator):
        def load(self, *args):
            found = super().load(*args)
            read.append(Path(self.filePath()).name if found else "")
            return found

    monkeypatch.setattr(translations, "QTranslator", Counted)
    assert [Path(p).name for p in set_language(qapp, "ko")] == ["cityviewer_en.qm", "qtbase_ko.qm", "cityviewer_ko.qm"]
    assert sorted(read) == ["cityviewer_en.qm", "cityviewer_ko.qm", "qtbase_ko.qm"]
    assert installed_translations() == ["cityviewer_en.qm", "qtbase_ko.qm", "cityviewer_ko.qm"]


def test_no_qt_translation_in_a_language_we_have_none_in(qapp, tmp_path, restore_language):
    shutil.copy(resources.path(TRANSLATIONS) / "cityviewer_en.qm", tmp_path)
    for old in qapp.findChildren(QTranslator):
        QCoreApplication.removeTranslator(old)
    installed = install_translators(qapp, QLocale(QLocale.Language.Korean), tmp_path)  # no cityviewer_ko here
    assert [Path(p).name for p in installed] == ["cityviewer_en.qm"]
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    assert buttons.buttons()[0].text() == "Cancel"


def test_set_language_replaces_the_translators(qapp, restore_language):
    installed = set_language(qapp, PSEUDO)
    assert installed[-1] == PSEUDO and installed_translations()[-1] == PSEUDO
    assert QCoreApplication.translate("WindowActions", "&Quit") == "[&Qûîţ]"
    set_language(qapp, "en")
    assert QCoreApplication.translate("WindowActions", "&Quit") == "&Quit"
    assert installed_translations() == ["cityviewer_en.qm", "qtbase_en.qm"]
