"""cityviewer --export-pdf: the real command in a child process (no window), its refusals, and the same bytes from
two runs."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from pdfs import pdf_pages, poppler, run_cityviewer

from cityviewer.gui.paper.export_cli import EXIT_FAILED, EXIT_USAGE, export_from_command_line

EPOCH = "1767323045"  # 2026-01-02 03:04:05 UTC


def test_cities_by_any_name_on_letter_paper(lorvania_db, tmp_path):
    target = tmp_path / "two cities.pdf"
    done = run_cityviewer(lorvania_db, "--export-pdf", target, "--city", "Castor's Landing", "--city", "dunmere",
                       "--paper", "letter")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "2 sheets" in done.stdout and "letter" in done.stdout
    info = poppler("pdfinfo", target)
    assert "612 x 792 pts (letter)" in info
    text = poppler("pdftotext", target, "-")
    assert text.index("Castorby") < text.index("Dunmere")
    assert sorted(os.listdir(tmp_path)) == ["two cities.pdf"]


def test_all_cities_with_a_cover_the_same_bytes_from_two_runs(lorvania_db, dataset, tmp_path):
    first, second = tmp_path / "a.pdf", tmp_path / "b.pdf"
    cities = dataset.info.city_count
    for target in (first, second):
        done = run_cityviewer(lorvania_db, "--export-pdf", target, "--all", "--cover", env={"SOURCE_DATE_EPOCH": EPOCH})
        assert done.returncode == 0, done.stderr
    assert f"{cities} sheets" in done.stdout  # --all: every city, no division
    assert first.read_bytes() == second.read_bytes()  # separate processes: QHash's seed, Qt's dates and id fixed
    assert b"/CreationDate (D:20260102030405" in first.read_bytes()
    text = poppler("pdftotext", "-l", "1", first, "-")
    assert "2026-01-02" in text and "Population compared" in text
    assert _title(first) == f"All {cities} cities"  # no --title: what is in it


def _title(path: Path) -> str:
    out = poppler("pdfinfo", path)
    return re.search(r"^Title:\s+(.*)$", out, re.M).group(1)


def test_the_handout_has_the_title_and_subtitle_given(lorvania_db, tmp_path):
    target = tmp_path / "ports.pdf"
    done = run_cityviewer(lorvania_db, "--export-pdf", target, "--city", "castorby", "--city", "farrowgate", "--cover",
                       "--title", "Ports: a lesson", "--subtitle", "Class 6B")  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert _title(target) == "Ports: a lesson"
    cover = poppler("pdftotext", "-l", "1", target, "-")
    assert cover.startswith("Ports: a lesson\nClass 6B\n")
    assert run_cityviewer(lorvania_db, "--title", "x", "--self-test").returncode == 2  # only with --export-pdf


def test_an_unknown_city_is_refused_with_the_closest_names_and_nothing_is_written(lorvania_db, tmp_path):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"the teacher's old file")
    done = run_cityviewer(lorvania_db, "--export-pdf", target, "--city", "castorby", "--city", "dunmre")
    assert done.returncode == EXIT_USAGE
    assert "“dunmre”" in done.stderr and "Dunmere" in done.stderr
    assert "nothing written" in done.stderr
    assert target.read_bytes() == b"the teacher's old file"
    assert os.listdir(tmp_path) == ["sheet.pdf"]


def test_nothing_to_print_and_print_options_without_export_are_refused(lorvania_db, tmp_path):
    assert run_cityviewer(lorvania_db, "--export-pdf", tmp_path / "x.pdf").returncode == EXIT_USAGE
    assert run_cityviewer(lorvania_db, "--cover", "--self-test").returncode == 2
    assert not (tmp_path / "x.pdf").exists()


def test_an_unwritable_target_is_a_clear_message(lorvania_db, tmp_path):
    not_a_folder = tmp_path / "a file"
    not_a_folder.write_text("x")
    done = run_cityviewer(lorvania_db, "--export-pdf", not_a_folder / "sheet.pdf", "--city", "eskfield")
    assert done.returncode == EXIT_FAILED
    assert f"cannot write {not_a_folder / 'sheet.pdf'}" in done.stderr
    assert "Traceback" not in done.stderr


def test_a_write_that_fails_keeps_the_existing_file(qapp, dataset, tmp_path, monkeypatch):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")
    messages: list[str] = []
    monkeypatch.setattr(os, "fsync", lambda _fd: (_ for _ in ()).throw(OSError(28, "No space left on device")))
    code = export_from_command_line(dataset, target, ["eskfield"], False, False, "a4", messages.append)
    assert code == EXIT_FAILED
    assert messages == [f"cannot write {target}: No space left on device"]
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["sheet.pdf"]


@pytest.mark.parametrize("city", ["castorby", "Castorby", "Castor's Landing", "castor's landing"])
def test_the_city_on_the_command_line_is_resolved_in_process(qapp, dataset, tmp_path, city):
    target = tmp_path / "k.pdf"
    assert export_from_command_line(dataset, target, [city], False, False, "a4", pytest.fail) == 0
    assert pdf_pages(target) >= 1
