"""Sheets, handouts and the comparison sheet in Korean: with the Korean translation installed and the dataset read in
Korean (as the app does under LANG=ko_KR), the labels, the cover, the footer and the volume's texts on paper are
Korean, the Korean summary comes first and the English text is marked as such. The same export in English keeps
its English labels (the control: the words looked for are the sheet's)."""

from __future__ import annotations

import datetime
from collections.abc import Iterator
from pathlib import Path

import pytest
from pdfs import poppler

from cityviewer.core.dataset import Dataset
from cityviewer.gui.paper.printing import Paper, SheetOptions, export_pdf
from cityviewer.gui.syncreads import SyncRead, sync_read

WHEN = datetime.datetime(2026, 11, 30, tzinfo=datetime.UTC)
CITIES = ["hamhung", "pyongyang"]
# What the sheets say in English, and in Korean.
SHEET_WORDS = {
    "A class handout": "수업용 유인물",
    "Population compared": "인구 비교",
    "Other names": "다른 이름",
    "Related cities": "관련 도시",
    "Corrections to the source article": "원문 기사 바로잡기",
    "Urban population": "도시 인구",
    "Census rank": "인구 조사 순위",
    "Population: 2008 census.": "인구: 2008년 인구 조사.",
    "Revised Romanization": "개정 로마자 표기",
    "Coordinates": "좌표",
    "° N, ": "북위 ",
    ", data 2026": ", 데이터 2026",
}
COMPARISON_WORDS = {
    "Cities compared": "도시 비교",
    "Distances: along the Earth's surface": "지표면을 따라 잰 대권 거리",
    "Census rank": "인구 조사 순위",
    "Tags": "태그",
    "Landmarks": "명소",
}


@pytest.fixture(autouse=True)
def _read_as_without_a_window() -> Iterator[None]:
    with sync_read(SyncRead.NO_WINDOW):
        yield


def _export(built_db: Path, path: Path, language: str, *, compared: bool = False) -> str:
    dataset = Dataset.open(built_db, language=language)
    try:
        export_pdf(dataset, CITIES, path, SheetOptions(Paper.A4, not compared, WHEN), compared=compared)
    finally:
        dataset.close()
    text = poppler("pdftotext", path, "-")
    return " ".join(text.split())


def test_a_handout_in_english_says_the_english_words(qapp, built_db, tmp_path):
    text = _export(built_db, tmp_path / "en.pdf", "en")
    assert [english for english in SHEET_WORDS if english not in text] == []
    assert "(영어)" not in text


def test_a_handout_in_korean_says_them_in_korean(qapp, korean_ui, built_db, tmp_path):
    text = _export(built_db, tmp_path / "ko.pdf", "ko")
    assert [korean for korean in SHEET_WORDS.values() if korean not in text] == []
    assert [english for english in SHEET_WORDS if english in text] == []
    assert text.startswith("북한: 2008년 인구 조사의 도시 27곳과 도 13곳")  # the cover's title, in the reading language


def test_a_korean_sheet_puts_the_korean_summary_first_and_marks_the_english(qapp, korean_ui, built_db, tmp_path):
    dataset = Dataset.open(built_db, language="ko")
    try:
        entry = dataset.entry("hamhung")
    finally:
        dataset.close()
    assert entry is not None
    own = entry.summary_in("ko")
    assert own
    text = _export(built_db, tmp_path / "ko.pdf", "ko")
    korean_at, english_at = text.find(" ".join(own.split())[:30]), text.find(" ".join(entry.summary.split())[:30])
    assert 0 <= korean_at < english_at
    assert text[english_at - len("(영어) ") : english_at] == "(영어) "
    assert f"{entry.sections[0].heading} (영어)" in text


def test_a_comparison_sheet_in_english(qapp, built_db, tmp_path):
    text = _export(built_db, tmp_path / "en.pdf", "en", compared=True)
    assert [word for word in COMPARISON_WORDS if word not in text] == []


def test_a_comparison_sheet_in_korean(qapp, korean_ui, built_db, tmp_path):
    text = _export(built_db, tmp_path / "ko.pdf", "ko", compared=True)
    assert [word for word in COMPARISON_WORDS.values() if word not in text] == []
    assert [word for word in COMPARISON_WORDS if word in text] == []
