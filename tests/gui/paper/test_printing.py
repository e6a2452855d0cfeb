"""The PDF a teacher hands out: pages, text in reading order, embedded fonts, footer, live links, paper sizes, the
same bytes for the same data and options, no text written twice at a page break. On the made-up volume; the shipped
sheets' Hangul, romanizations and corrections: tests/content/gui/test_shipped_sheets.py."""

from __future__ import annotations

import datetime
import re
import subprocess
from pathlib import Path

import pytest
from pdfs import pdf_pages, pdf_text, poppler
from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QImage

from cityviewer.gui.paper.printing import (
    Paper,
    SheetOptions,
    default_paper,
    export_pdf,
    no_map,
    pdf_bytes,
    read_handout,
)
from cityviewer.gui.syncreads import SyncRead, sync_read

WHEN = datetime.datetime(2026, 11, 30, tzinfo=datetime.UTC)


@pytest.fixture(autouse=True)
def _read_as_without_a_window():
    """These tests call printing's functions directly, as --export-pdf does with no window (the app calls them on
    the dataset thread)."""
    with sync_read(SyncRead.NO_WINDOW):
        yield


@pytest.fixture(scope="module")
def sheet(lorvania_db, tmp_path_factory) -> Path:
    from cityviewer.core.dataset import Dataset

    path = tmp_path_factory.mktemp("pdf") / "dunmere.pdf"
    ds = Dataset.open(lorvania_db)
    try:
        export_pdf(ds, ["dunmere"], path, SheetOptions(Paper.A4, False, WHEN))
    finally:
        ds.close()
    return path


@pytest.fixture(scope="module")
def handout(lorvania_db, tmp_path_factory) -> Path:
    """Every city of the made-up volume (Amberlee's long history breaks over a page)."""
    from cityviewer.core.dataset import Dataset

    path = tmp_path_factory.mktemp("pdf") / "handout.pdf"
    ds = Dataset.open(lorvania_db)
    try:
        export_pdf(ds, ds.entry_ids(), path, SheetOptions(Paper.A4, True, WHEN))
    finally:
        ds.close()
    return path


def test_a_sheet_is_one_or_two_pages_of_a4_with_its_text_in_reading_order(qapp, sheet):
    assert 1 <= pdf_pages(sheet) <= 2
    assert "595 x 842 pts (A4)" in poppler("pdfinfo", sheet)
    text = pdf_text(sheet)
    parts = ["Dunmere", "9,870", "Overview", "Dun Mere", "Related cities", "Eskfield: Eskfield, down", "Sources",
             "https://example.org/lorvania/dunmere"]  # fmt: skip
    positions = [text.find(p) for p in parts]
    assert -1 not in positions, [p for p, at in zip(parts, positions, strict=True) if at == -1]
    assert positions == sorted(positions)


def test_every_page_has_the_footer_with_versions_date_and_page_of_pages(qapp, handout, dataset):
    from cityviewer import version

    total = pdf_pages(handout)
    assert total > len(dataset.entry_ids()) + 1  # a cover, then a sheet for each, one of them two pages long
    for page in range(1, total + 1):
        text = pdf_text(handout, page)
        assert f"Cityviewer {version()}, data {dataset.info.data_version}" in text
        assert "2026-11-30" in text
        assert f"{page} / {total}" in text or f"{page}/{total}" in text


def test_fonts_are_embedded_as_subsets_that_map_back_to_text(qapp, sheet):
    fonts = [line.split() for line in poppler("pdffonts", sheet).splitlines()[2:]]
    assert fonts
    assert all(row[-5] == "yes" for row in fonts), fonts  # emb
    assert all(row[-4] == "yes" for row in fonts), fonts  # sub: the glyphs used, not a whole face
    assert all(row[-3] == "yes" for row in fonts), fonts  # uni: every glyph maps back to its character
    text = pdf_text(sheet)
    assert "Dunmere" in text and "North County" in text
    assert "1999" in text and "9,870" in text  # digits too
    assert sheet.stat().st_size < 400_000  # the fonts are subsets


def test_the_pdf_reads_without_complaint(qapp, handout):
    """The bytes changed after Qt wrote them (dates, page links, subset names) left every cross-reference right."""
    for tool in ("pdfinfo", "pdffonts", "pdftotext"):
        done = subprocess.run([tool, str(handout), *(["-"] if tool == "pdftotext" else [])], capture_output=True,
                              text=True)  # fmt: skip
        assert done.returncode == 0 and not done.stderr, (tool, done.stderr[:300])
    data = handout.read_bytes()
    table = int(re.search(rb"startxref\n(\d+)", data[-64:]).group(1))
    head = re.match(rb"xref\n0 (\d+) ?\n", data[table:])
    entries = data[table + head.end() :]
    for number in range(1, int(head.group(1))):
        offset = int(entries[20 * number : 20 * number + 10])
        assert data[offset:].startswith(b"%d 0 obj" % number), number


def test_no_text_is_written_twice_at_a_page_break(qapp, handout, dataset):
    titles = {dataset.entry(i).name for i in dataset.entry_ids()}
    within = [page for page in range(2, pdf_pages(handout) + 1) if page not in _sheet_starts(handout, titles)]
    assert within  # a sheet that goes on over a page (Amberlee's)
    for page in within:
        before = [line for line in pdf_text(handout, page - 1).splitlines() if len(line) > 25]
        after = [line for line in pdf_text(handout, page).splitlines() if len(line) > 25]
        repeated = set(before[-6:]) & set(after[:6]) - {line for line in after if line.startswith("Cityviewer")}
        assert not repeated, (page, repeated)


def _sheet_starts(path: Path, titles: set[str]) -> set[int]:
    """The pages whose first line is a sheet's title (a city's name)."""
    return {page for page in range(1, pdf_pages(path) + 1) if pdf_text(path, page).strip().splitlines()[0] in titles}


def test_sources_are_live_links(qapp, sheet):
    data = sheet.read_bytes()
    assert b"/URI (https://example.org/lorvania/dunmere)" in data
    assert b"city:" not in data


def test_a_handout_has_a_cover_then_each_city_from_a_new_page(qapp, handout, dataset):
    cover = pdf_text(handout, 1)
    assert dataset.info.volume.area in cover and "Population compared" in cover
    cities = [dataset.entry(i).name for i in dataset.entry_ids() if i not in ("LV-N", "LV-S")]
    assert [cover.find(name) for name in cities] == sorted(cover.find(name) for name in cities)  # as asked
    starts = {}
    for page in range(2, pdf_pages(handout) + 1):
        first_line = pdf_text(handout, page).strip().splitlines()[0]
        if first_line in cities:
            starts[first_line] = page
    assert set(starts) == set(cities)
    # The cover says on which page each sheet starts.
    assert re.search(rf"Castorby\s.*\s{starts['Castorby']}\s", cover.replace("\n", " "))
    # A related city's name jumps to its sheet (Qt writes links to addresses only; pdffile makes them jumps).
    data = handout.read_bytes()
    kids = re.search(rb"/Type /Pages\s*/Kids\s*\[([\d\sR]*)\]", data).group(1)
    page_objects = [int(n) for n in re.findall(rb"(\d+)\s+0\s+R", kids)]
    targets = {page_objects.index(int(n)) + 1 for n in re.findall(rb"/S /GoTo\n/D \[(\d+) 0 R", data)}
    assert targets and targets <= set(starts.values())
    assert starts["Eskfield"] in targets  # Dunmere's related city
    assert b"cityviewer-page" not in data


def test_every_city_twice_is_each_once_and_the_same_bytes_twice(qapp, dataset):
    cities = dataset.entry_ids()
    handout = read_handout(dataset, cities + cities[::-1])
    assert len(handout.entries) == len(cities)  # each city once
    first, pages = pdf_bytes(read_handout(dataset, cities), SheetOptions(Paper.A4, True, WHEN))
    second, _ = pdf_bytes(read_handout(dataset, cities), SheetOptions(Paper.A4, True, WHEN))  # (seconds: bench/run.py)
    assert first == second
    assert pages > len(cities)  # a cover, then each city from a new page
    assert b"(D:20261130000000" in first


def test_other_options_give_other_bytes(qapp, dataset):
    handout = read_handout(dataset, ["eskfield"])
    a4, _ = pdf_bytes(handout, SheetOptions(Paper.A4, False, WHEN))
    letter, _ = pdf_bytes(handout, SheetOptions(Paper.LETTER, False, WHEN))
    later, _ = pdf_bytes(handout, SheetOptions(Paper.A4, False, WHEN + datetime.timedelta(days=1)))
    assert len({a4, letter, later}) == 3
    assert b"/MediaBox [0 0 612.000000 792.000000]" in letter  # Letter: 8.5 x 11 inches
    assert b"/MediaBox [0 0 595.000000 842.000000]" in a4


def test_the_paper_follows_the_locale():
    assert default_paper(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)) is Paper.LETTER
    assert default_paper(QLocale(QLocale.Language.French, QLocale.Country.Canada)) is Paper.LETTER
    assert default_paper(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea)) is Paper.A4
    assert default_paper(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)) is Paper.A4


def test_a_locator_map_goes_beside_the_facts(qapp, dataset, tmp_path):
    image = QImage(400, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("#2e7d32"))
    asked = []

    def locator_map(entry):
        asked.append(entry.id)
        return image

    handout = read_handout(dataset, ["eskfield"])
    with_map, _ = pdf_bytes(handout, SheetOptions(Paper.A4, False, WHEN), locator_map)
    without, _ = pdf_bytes(handout, SheetOptions(Paper.A4, False, WHEN), no_map)
    assert asked and set(asked) == {"eskfield"}
    assert b"/Subtype /Image" in with_map and b"/Subtype /Image" not in without


@pytest.mark.parametrize("paper", [Paper.A4, Paper.LETTER])
def test_every_sheet_is_one_or_two_pages_on_either_paper(qapp, dataset, paper):
    """Long entries (Amberlee's history) are set in smaller type until they fit two pages."""
    pages = {i: pdf_bytes(read_handout(dataset, [i]), SheetOptions(paper, False, WHEN))[1] for i in dataset.entry_ids()}
    assert len(pages) == len(dataset.entry_ids()) and all(count <= 2 for count in pages.values()), pages


def test_every_city_sheet_has_its_locator_map_and_a_division_none(qapp, lorvania_db, tmp_path):
    """The map exists: exports (window, command line) put each city's locator beside its facts by default."""
    from cityviewer.core.dataset import Dataset

    path = tmp_path / "three.pdf"
    ds = Dataset.open(lorvania_db)
    try:
        export_pdf(ds, ["castorby", "LV-N", "greyhollow"], path, SheetOptions(Paper.A4, False, WHEN))
    finally:
        ds.close()
    images = [line.split() for line in poppler("pdfimages", "-list", path).splitlines()[2:]]
    pages_of_images = sorted(int(fields[0]) for fields in images)
    heading = re.compile(r"^(Castorby|Greyhollow|North County)", re.M)
    starts = [n for n in range(1, pdf_pages(path) + 1) if heading.search(pdf_text(path, n))]
    assert len(pages_of_images) == 2 and set(pages_of_images) <= set(starts), (pages_of_images, starts)
    assert all(int(fields[3]) >= 600 for fields in images)  # about 300 dpi at 6 cm: sharp on paper
