"""The Korean translation (resources/translations/cityviewer_ko.ts): every text the source has is translated and
finished, every translation keeps its source's placeholders and keyboard mnemonic, the shipped .qm gives exactly
the .ts's translations, and the glossary of resources/translations/README.md is kept (one Korean word for each
term, and none of the words it rules out)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import QToolButton

from cityviewer import resources
from cityviewer.core.dataset import Dataset
from cityviewer.gui.about import about_html
from cityviewer.gui.actions import plain_text
from cityviewer.gui.mainwindow import MainWindow
from cityviewer.gui.translations import TRANSLATIONS

TOOLS = Path(sys.executable).parent
KO_TS = resources.path(TRANSLATIONS) / "cityviewer_ko.ts"
# {name} fields, Qt's %n, %Ln and %1, and HTML tags: what a translation must hold as its source does.
PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%L?n|%\d+|</?[A-Za-z][^>]*>")
MNEMONIC = re.compile(r"&(?!&)(\S)")
# The glossary (resources/translations/README.md): an English term (a regular expression over the source text,
# case-insensitive) -> the Korean the translation must hold (a regular expression) and the words it must not.
GLOSSARY: dict[str, tuple[str, tuple[str, ...]]] = {
    r"\bprovinces?\b|\bprovincial\b": (r"도(?!시)", ("지방", "주(州)", "성(省)")),
    r"\bspecial cit(y|ies)\b": ("특별시", ("특급시", "특수시")),
    r"(?<!special )\bcit(y|ies)\b": ("도시|특별시|곳", ("시티",)),
    r"\bcensus\b": ("인구 조사", ("인구조사", "센서스", "총조사")),
    r"\bromani[sz]ation\b": ("로마자 표기", ("로마자화", "로마나이즈")),
    r"\bdataset\b": ("데이터 세트", ("데이터셋", "자료 집합")),
    r"\bhandout\b": ("유인물", ("배포물", "핸드아웃")),
    r"\bsource article\b": ("원문 기사", ("출처 기사", "원본 기사")),
    r"\bsources\b": ("출처", ("소스",)),
    r"\bnotes?\b": ("메모", ("노트", "쪽지")),
    r"\bstar(red)?\b": ("별표", ("즐겨찾기", "북마크")),
    r"\bentr(y|ies)\b": ("항목", ("엔트리", "표제어")),
    r"\bgreat[- ]circle\b": ("대권", ("대원", "최단 거리")),
    r"\breading list\b": ("읽기 목록", ("독서 목록", "읽을거리")),
    r"\bquiz\b": ("퀴즈", ("문제 풀이",)),
    r"\bvolume\b": ("권", ("볼륨",)),
    r"\bpopulation\b": ("인구", ()),
    r"\bregions?\b": ("지역", ("권역",)),
    r"\blandmarks?\b": ("명소", ("랜드마크",)),
}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str
    numerus: bool
    kind: str  # the translation's type attribute: "" when finished
    forms: tuple[str, ...]  # the translation (one form), or its numerus forms

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}"


def read_ts(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for m in context.iter("message"):
            translation = m.find("translation")
            assert translation is not None
            numerus = m.get("numerus") == "yes"
            forms = [f.text or "" for f in translation.iter("numerusform")] if numerus else [translation.text or ""]
            messages.append(Message(name, m.findtext("source") or "", m.findtext("comment") or "", numerus,
                                    translation.get("type", ""), tuple(forms)))  # fmt: skip
    return messages


@pytest.fixture(scope="module")
def korean() -> list[Message]:
    return read_ts(KO_TS)


def current(messages: list[Message]) -> list[Message]:
    """The messages the source still has (lupdate keeps the ones it no longer finds, marked vanished/obsolete)."""
    return [m for m in messages if m.kind not in ("vanished", "obsolete")]


def test_every_text_in_the_source_is_in_the_korean_file(tmp_path, korean):
    sources = sorted(str(p) for p in (resources.bundle_root() / "src" / "cityviewer").rglob("*.py"))
    out = tmp_path / "all.ts"
    subprocess.run([TOOLS / "pyside6-lupdate", *sources, "-ts", str(out)], check=True, capture_output=True)
    found = {(m.context, m.source, m.comment) for m in read_ts(out)}
    ours = {(m.context, m.source, m.comment) for m in current(korean)}
    assert not found - ours, "not yet in cityviewer_ko.ts: rerun lupdate and translate them"


def test_every_message_is_translated_and_finished(korean):
    assert len(current(korean)) > 300
    unfinished = [str(m) for m in current(korean) if m.kind == "unfinished"]
    assert not unfinished
    empty = [str(m) for m in current(korean) if not all(f.strip() for f in m.forms)]
    assert not empty
    assert all(len(m.forms) == 1 for m in korean if m.numerus), "Korean has one plural form"


def test_every_translation_keeps_its_placeholders_and_mnemonic(korean):
    wrong = []
    for m in current(korean):
        wanted = sorted(PLACEHOLDER.findall(m.source))
        for form in m.forms:
            if sorted(PLACEHOLDER.findall(form)) != wanted:
                wrong.append(f"{m}: {form!r} does not hold {wanted}")
            if bool(MNEMONIC.search(m.source)) != bool(MNEMONIC.search(form)) or len(MNEMONIC.findall(form)) > 1:
                wrong.append(f"{m}: {form!r} has not the one mnemonic its source has")
    assert not wrong


def _without_placeholders(text: str) -> str:
    return PLACEHOLDER.sub(" ", text)


@pytest.mark.parametrize("term", GLOSSARY)
def test_the_glossary_is_kept(korean, term):
    wanted, ruled_out = GLOSSARY[term]
    wrong = []
    for m in current(korean):
        if not re.search(term, _without_placeholders(m.source).replace("&", ""), re.IGNORECASE):
            continue
        for form in m.forms:
            text = _without_placeholders(form)
            if not re.search(wanted, text):
                wrong.append(f"{m}: {form!r} does not say {wanted}")
            wrong += [f"{m}: {form!r} says {word}" for word in ruled_out if word in text]
    assert not wrong


def test_the_glossary_in_the_readme_names_the_words_the_test_holds():
    readme = (resources.path(TRANSLATIONS) / "README.md").read_text(encoding="utf-8")
    table = "\n".join(line for line in readme.splitlines() if line.startswith("| "))
    for wanted, ruled_out in GLOSSARY.values():
        for word in (wanted.split("|")[0].split("(")[0], *ruled_out):
            assert word in table, word


def test_the_shipped_qm_gives_every_translation_of_the_ts(korean):
    translator = QTranslator()
    assert translator.load(str(KO_TS.with_suffix(".qm")))
    assert translator.language() == "ko_KR"
    wrong = []
    for m in current(korean):
        n = 3 if m.numerus else -1
        got = translator.translate(m.context, m.source, m.comment or None, n)
        wanted = m.forms[0]
        if got != wanted:
            wrong.append(f"{m}: the .qm gives {got!r}, the .ts {wanted!r}")
    assert not wrong


def test_the_shipped_qm_is_what_lrelease_makes_of_the_ts(tmp_path):
    made = tmp_path / "cityviewer_ko.qm"
    subprocess.run([TOOLS / "pyside6-lrelease", str(KO_TS), "-qm", str(made)], check=True, capture_output=True)
    assert made.read_bytes() == KO_TS.with_suffix(".qm").read_bytes()


def test_a_mnemonic_after_the_text_is_left_out_where_no_key_is_underlined():
    assert plain_text("축소(&O)") == "축소"
    assert plain_text("인쇄(&P)…") == "인쇄…"
    assert plain_text("Zoom &In") == "Zoom In"
    assert plain_text("Q&&A (&Q)") == "Q&A"


def test_the_korean_toolbar_shows_its_buttons_without_the_mnemonic(qtbot, korean_ui, dataset, settings):
    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    try:
        actions = window.window_actions
        assert actions.zoom_out.text() == "축소(&O)"  # the menu keeps it: Alt+V, O
        buttons = [b for b in window.window_actions.toolbar.findChildren(QToolButton) if b.defaultAction()]
        texts = {b.defaultAction(): b.text() for b in buttons}
        assert texts[actions.zoom_out] == "축소"
        assert texts[actions.zoom_reset] == "실제 크기"
        assert texts[actions.about] == "Cityviewer 정보"
        assert actions.zoom_out.toolTip().startswith("축소 (")
        assert not [text for text in texts.values() if "(" in text or "&" in text]
        actions.zoom_in.setText("더 크게(&I)")  # a text set again (another language chosen) is shown plain too
        assert actions.zoom_in.iconText() == "더 크게"
    finally:
        window.shut_down()


def test_the_about_box_in_korean_counts_the_volume_in_korean(korean_ui, lorvania_db):
    """(The shipped volume's own Korean title: tests/content/gui/test_the_volume_in_korean.py.)"""
    dataset = Dataset.open(lorvania_db, language="ko")
    try:
        info = dataset.info
        html = about_html(info)
    finally:
        dataset.close()
    assert f"데이터 세트: {info.volume.title}, 버전 {info.data_version}" in html  # a title it has in English only
    assert f"도시 {info.city_count}곳, 군 {info.division_count}곳." in html  # the volume's Korean word for them
