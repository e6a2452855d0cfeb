"""A shipped city's sheet: its Hangul and Hanja as text in embedded subset fonts, its romanizations, its corrections
to the source article and its sources' addresses, in reading order. (The sheet's behaviour, on the made-up volume:
tests/gui/paper/test_printing.py.)"""

from __future__ import annotations

import datetime
import subprocess
from pathlib import Path

import pytest

from cityviewer.core.dataset import Dataset
from cityviewer.gui.paper.printing import Paper, SheetOptions, export_pdf
from cityviewer.gui.syncreads import SyncRead, sync_read

WHEN = datetime.datetime(2026, 11, 30, tzinfo=datetime.UTC)


def _run(*command: str | Path) -> str:
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, check=True).stdout


@pytest.fixture(scope="module")
def sheet(built_db, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "hamhung.pdf"
    ds = Dataset.open(built_db)
    try:
        with sync_read(SyncRead.NO_WINDOW):  # as --export-pdf does, with no window
            export_pdf(ds, ["hamhung"], path, SheetOptions(Paper.A4, False, WHEN))
    finally:
        ds.close()
    return path


def test_hamhungs_sheet_has_its_names_corrections_and_sources_in_reading_order(qapp, sheet):
    text = _run("pdftotext", sheet, "-")
    parts = ["Hamhung 함흥", "Hamhŭng · Hamheung", "768,551", "Overview", "History", "Economy", "Related cities",
             "Corrections to the source article", "Sources", "https://en.wikipedia.org/wiki/Hamhung"]  # fmt: skip
    positions = [text.find(p) for p in parts]
    assert -1 not in positions, [p for p, at in zip(parts, positions, strict=True) if at == -1]
    assert positions == sorted(positions)
    data = sheet.read_bytes()
    assert b"/URI (https://en.wikipedia.org/wiki/Hamhung)" in data
    assert b"/URI (https://www.geonames.org/1877449)" in data


def test_fonts_are_embedded_and_hangul_is_text(qapp, sheet):
    fonts = [line.split() for line in _run("pdffonts", sheet).splitlines()[2:]]
    assert fonts
    assert all(row[-5] == "yes" for row in fonts), fonts  # emb
    assert all(row[-4] == "yes" for row in fonts), fonts  # sub: the glyphs used, not a 16 MB face
    assert all(row[-3] == "yes" for row in fonts), fonts  # uni: every glyph maps back to its character
    text = _run("pdftotext", sheet, "-")
    assert "함흥" in text and "咸興" in text and "함경남도" in text
    assert "2008" in text  # digits too (Noto CJK's Korean digits once came out as nothing)
    assert sheet.stat().st_size < 400_000  # the fonts are subsets: a whole Noto CJK face is 16 MB
