"""A PDF's dates fixed without moving a byte, and files written whole or not at all."""

import datetime
import os

import pytest

from cityviewer.core.paper.pdffile import PdfDateError, fix_dates, source_date, write_atomically

WHEN = datetime.datetime(2026, 1, 2, 3, 4, 5, tzinfo=datetime.UTC)
QT_PDF = (b"%PDF-1.4\n1 0 obj\n<<\n/CreationDate (D:20261130060303+05'30')\n/ModDate (D:20261130003244Z)\n>>\n"
          b'<rdf:Description xmp:CreateDate="2026-11-30T06:03:03+05:30" xmp:ModifyDate="2026-11-30T00:32:44Z"/>'
          b"\nxref\n0 2\nstartxref\n99\n%%EOF\n")  # fmt: skip


def test_every_date_is_replaced_in_as_many_bytes():
    fixed = fix_dates(QT_PDF, WHEN)
    assert len(fixed) == len(QT_PDF)
    assert b"/CreationDate (D:20260102030405+00'00')" in fixed
    assert b"/ModDate (D:20260102030405Z)" in fixed
    assert b'xmp:CreateDate="2026-01-02T03:04:05+00:00"' in fixed
    assert b'xmp:ModifyDate="2026-01-02T03:04:05Z"' in fixed
    assert b"2026113" not in fixed and b"2026-11-30" not in fixed


def test_a_pdf_without_the_dates_qt_writes_is_refused():
    with pytest.raises(PdfDateError):
        fix_dates(b"%PDF-1.4\n%%EOF\n", WHEN)


def test_source_date_epoch():
    assert source_date({"SOURCE_DATE_EPOCH": "1767323045"}) == WHEN
    assert source_date({"SOURCE_DATE_EPOCH": "soon"}) is None
    assert source_date({}) is None


def test_a_file_is_written_and_an_old_one_replaced(tmp_path):
    target = tmp_path / "sheet.pdf"
    write_atomically(target, b"one")
    target.chmod(0o640)
    write_atomically(target, b"two")
    assert target.read_bytes() == b"two"
    assert target.stat().st_mode & 0o777 == 0o640  # the old file's permissions kept
    assert os.listdir(tmp_path) == ["sheet.pdf"]  # no temporary file left


def test_a_failed_write_keeps_the_old_file_and_leaves_no_temporary_one(tmp_path, monkeypatch):
    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"old")

    def broken(*_args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fsync", broken)
    with pytest.raises(OSError, match="No space"):
        write_atomically(target, b"new")
    assert target.read_bytes() == b"old"
    assert os.listdir(tmp_path) == ["sheet.pdf"]


def test_a_folder_that_cannot_hold_the_file_is_an_os_error_and_leaves_nothing(tmp_path, monkeypatch):
    not_a_folder = tmp_path / "notes.txt"
    not_a_folder.write_text("a file, not a folder")
    with pytest.raises(NotADirectoryError):  # the same for root, unlike a folder without write permission
        write_atomically(not_a_folder / "sheet.pdf", b"x")
    assert not_a_folder.read_text() == "a file, not a folder"

    def refused(*args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refused)  # a read-only folder, as a pupil's account meets it
    with pytest.raises(PermissionError):
        write_atomically(tmp_path / "sheet.pdf", b"x")
    assert sorted(os.listdir(tmp_path)) == ["notes.txt"]


def test_links_to_pages_become_jumps_in_as_many_bytes():
    from cityviewer.core.paper.pdffile import link_pages

    pdf = (b"2 0 obj\n<<\n/Type /Pages\n/Kids \n[\n10 0 R\n18 0 R\n]\n/Count 2\n>>\n"
           b"<<\n/S /URI\n/URI (cityviewer-page:0002)\n>>\n<<\n/S /URI\n/URI (cityviewer-page:0009)\n>>\n"
           b"<<\n/S /URI\n/URI (https://example.org/)\n>>\n")  # fmt: skip
    linked = link_pages(pdf)
    assert len(linked) == len(pdf)
    assert b"/S /GoTo\n/D [18 0 R /Fit]" in linked
    assert b"(cityviewer-page:0009)" in linked  # no page 9: left as it was
    assert b"/URI (https://example.org/)" in linked


def _pdf(*objects: bytes) -> bytes:
    """A PDF laid out as Qt writes one: numbered objects, a classic cross-reference table, startxref."""
    out, offsets = b"%PDF-1.4\n", []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    table = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    return out + b"trailer\n<< /Size %d >>\nstartxref\n%d \n%%%%EOF\n" % (len(objects) + 1, table)


def _xref_points_at_objects(data: bytes) -> bool:
    import re

    table = int(re.search(rb"startxref\n(\d+)", data).group(1))
    head = re.match(rb"xref\n0 (\d+) ?\n", data[table:])
    entries = data[table + head.end() :]
    for number in range(1, int(head.group(1))):
        offset = int(entries[20 * number : 20 * number + 10])
        if not data[offset:].startswith(b"%d 0 obj" % number):
            return False
    return True


def test_subset_fonts_are_named_as_subsets_and_the_cross_references_follow():
    from cityviewer.core.paper.pdffile import name_subsets

    pdf = _pdf(b"<< /Type /Font /BaseFont /NotoSerifCJKkr-Regular /DescendantFonts [2 0 R] >>",
               b"<< /Type /Font /BaseFont /NotoSerifCJKkr-Regular\n/FontDescriptor 3 0 R >>",
               b"<< /Type /FontDescriptor /FontName /QXAAAA+NotoSerifCJKkr-Regular >>",
               b"<< /Type /Font /BaseFont /DejaVuSans >>")  # fmt: skip
    assert _xref_points_at_objects(pdf)
    named = name_subsets(pdf)
    assert named.count(b"/BaseFont /QXAAAA+NotoSerifCJKkr-Regular") == 2
    assert b"/BaseFont /DejaVuSans" in named  # no descriptor names it a subset
    assert _xref_points_at_objects(named)
    assert named.endswith(b"%%EOF\n")
