"""cityviewer --export-pdf on the shipped dataset: a city named in Hangul or another romanization, in process and
in the real command."""

from __future__ import annotations

import os

import pytest
from pdfs import pdf_pages, poppler, run_cityviewer

from cityviewer.gui.paper.export_cli import export_from_command_line


def test_cities_by_any_name_on_letter_paper(built_db, tmp_path):
    target = tmp_path / "two cities.pdf"
    done = run_cityviewer(built_db, "--export-pdf", target, "--city", "Hamhŭng", "--city", "청진", "--paper", "letter")
    assert done.returncode == 0, done.stderr
    assert "2 sheets" in done.stdout and "letter" in done.stdout
    info = poppler("pdfinfo", target)
    assert "612 x 792 pts (letter)" in info
    text = poppler("pdftotext", target, "-")
    assert text.index("Hamhung 함흥") < text.index("Chongjin 청진")
    assert sorted(os.listdir(tmp_path)) == ["two cities.pdf"]


@pytest.mark.parametrize("city", ["kaesong", "개성", "Kaesŏng"])
def test_the_city_on_the_command_line_is_resolved_in_process(qapp, dataset, tmp_path, city):
    target = tmp_path / "k.pdf"
    assert export_from_command_line(dataset, target, [city], False, False, "a4", pytest.fail) == 0
    assert pdf_pages(target) >= 1
