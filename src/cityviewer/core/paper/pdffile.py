"""Finishing a PDF file, no Qt: its dates fixed (the same data and options give the same bytes), links to its own
pages made jumps (Qt writes links to addresses only), subset fonts named as subsets, and written atomically (a
temporary file in the target's folder, flushed to disk, renamed over the target).

Qt's PDF writer stamps the time of writing into the document information (/CreationDate, /ModDate) and its XMP
metadata (xmp:CreateDate, ...). fix_dates() puts the given time in their place, written in the same number of bytes
as Qt's own (a UTC "Z", or an offset of the same form), so that no byte offset in the file moves and the
cross-reference table stays right.
"""

from __future__ import annotations

import contextlib
import datetime
import os
import re
import tempfile
from pathlib import Path

# (D:YYYYMMDDHHmmSS followed by Z or +HH'mm' or -HH'mm')
_INFO_DATE = re.compile(rb"/(CreationDate|ModDate) \(D:(\d{14})(Z|[+-]\d\d'\d\d')\)")
# 2026-11-30T00:32:44+00:00 or ...Z
_XMP_DATE = re.compile(
    rb"xmp:(CreateDate|ModifyDate|MetadataDate)=\"(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(Z|[+-]\d\d:\d\d)\""
)


# A link action to cityviewer-page:NNNN (core.paper.sheet.page_link), as Qt writes a link to an address.
_PAGE_LINK = re.compile(rb"/S /URI\n/URI \(cityviewer-page:(\d{4})\)")
_KIDS = re.compile(rb"/Type /Pages\s*/Kids\s*\[([\d\sR]*)\]")


# A subset font's descriptor names it with a tag ("QXAAAA+NotoSerifCJKkr-Regular"); Qt leaves the tag out of the
# fonts' /BaseFont, which PDF readers (pdffonts) take as "not a subset".
_SUBSET_NAME = re.compile(rb"/FontName /([A-Z]{6})\+([^\s/<>\[\]()]+)")
_STARTXREF = re.compile(rb"startxref\n(\d+)( ?\n%%EOF\s*)$")
_XREF_HEAD = re.compile(rb"xref\n0 (\d+) ?\n")
_XREF_ENTRY = 20  # bytes: "0000001234 00000 n \n"


class PdfDateError(ValueError):
    """The PDF's dates are not where or as expected (a Qt that writes them differently): it is not written."""


def source_date(environ: os._Environ[str] | dict[str, str] = os.environ) -> datetime.datetime | None:
    """SOURCE_DATE_EPOCH (reproducible-builds.org) as a UTC time, or None when it is not set or not a number."""
    value = environ.get("SOURCE_DATE_EPOCH", "").strip()
    if not value.isdigit():
        return None
    return datetime.datetime.fromtimestamp(int(value), tz=datetime.UTC)


def fix_dates(data: bytes, when: datetime.datetime) -> bytes:
    """data with every date Qt wrote replaced by when (in UTC), each in exactly as many bytes as before."""
    utc = when.astimezone(datetime.UTC)
    info_digits = utc.strftime("%Y%m%d%H%M%S").encode()
    xmp_digits = utc.strftime("%Y-%m-%dT%H:%M:%S").encode()

    def info(match: re.Match[bytes]) -> bytes:
        zone = b"Z" if match.group(3) == b"Z" else b"+00'00'"
        return b"/" + match.group(1) + b" (D:" + info_digits + zone + b")"

    def xmp(match: re.Match[bytes]) -> bytes:
        zone = b"Z" if match.group(3) == b"Z" else b"+00:00"
        return b"xmp:" + match.group(1) + b'="' + xmp_digits + zone + b'"'

    fixed, found = _INFO_DATE.subn(info, data)
    if found == 0:
        raise PdfDateError("no /CreationDate in the PDF")
    fixed, _ = _XMP_DATE.subn(xmp, fixed)
    if len(fixed) != len(data):  # cannot happen with the patterns above; the offsets would be wrong
        raise PdfDateError("fixing the dates changed the PDF's length")
    return fixed


def link_pages(data: bytes) -> bytes:
    """data with each link to cityviewer-page:N made a jump to page N of the same document (fitted to the window),
    written in as many bytes (padded with spaces, which PDF ignores between a dictionary's entries). A link to a page
    the document does not have is left as it was."""
    kids = _KIDS.search(data)
    if kids is None:
        return data
    pages: list[bytes] = re.findall(rb"(\d+)\s+0\s+R", kids.group(1))

    def jump(match: re.Match[bytes]) -> bytes:
        number = int(match.group(1))
        if not 1 <= number <= len(pages):
            return match.group(0)
        action = b"/S /GoTo\n/D [" + pages[number - 1] + b" 0 R /Fit]"
        return action.ljust(len(match.group(0)), b" ")

    fixed = _PAGE_LINK.sub(jump, data)
    if len(fixed) != len(data):  # cannot happen: every action fits in the bytes of the address it replaces
        raise PdfDateError("linking the pages changed the PDF's length")
    return fixed


def name_subsets(data: bytes) -> bytes:
    """data with each subset font's /BaseFont given its subset tag, as PDF asks ("QXAAAA+Name"), and the
    cross-reference table moved to match. Raises PdfDateError for a PDF that is not laid out as Qt writes it."""
    tags = {name: tag + b"+" + name for tag, name in _SUBSET_NAME.findall(data)}
    if not tags:
        return data
    names = b"|".join(re.escape(name) for name in tags)
    edits = [(m.start(1), m.end(1), tags[m.group(1)])
             for m in re.finditer(rb"/BaseFont /(" + names + rb")(?=[\s/>])", data)]  # fmt: skip
    return _edit_keeping_xref(data, edits)


def _edit_keeping_xref(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    """data with each (start, end, new) edit made (in order, none overlapping, all before the cross-reference
    table), and the table's offsets and startxref moved by what the edits before them added."""
    end = _STARTXREF.search(data)
    if end is None:
        raise PdfDateError("no startxref at the PDF's end")
    table = int(end.group(1))
    head = _XREF_HEAD.match(data, table)
    if head is None or any(start >= table for start, _end, _new in edits):
        raise PdfDateError("the PDF's cross-reference table is not where startxref says")

    def moved(offset: int) -> int:
        return offset + sum(len(new) - (stop - start) for start, stop, new in edits if start < offset)

    out, at = [], 0
    for start, stop, new in edits:
        out += [data[at:start], new]
        at = stop
    out.append(data[at : head.end()])
    entries_end = head.end() + int(head.group(1)) * _XREF_ENTRY
    for n in range(head.end(), entries_end, _XREF_ENTRY):
        entry = data[n : n + _XREF_ENTRY]
        if entry[17:18] == b"n":
            entry = b"%010d" % moved(int(entry[:10])) + entry[10:]
        out.append(entry)
    out += [data[entries_end : end.start()], b"startxref\n%d" % moved(table), end.group(2)]
    return b"".join(out)


def write_atomically(path: Path, data: bytes) -> None:
    """Write data to path so that path is, at every moment, the old file (or none) or the whole new one: a
    temporary file beside it, flushed to disk, then renamed over it. Raises OSError; then path is as it was."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    fd, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=folder)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        if path.exists():  # keep the old file's permissions (mkstemp makes the new one private)
            with contextlib.suppress(OSError):
                os.chmod(temporary, path.stat().st_mode & 0o7777)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
    if hasattr(os, "O_DIRECTORY"):  # the rename itself on disk (POSIX); Windows has no directory handles
        with contextlib.suppress(OSError):
            dir_fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
            try:
                os.fsync(dir_fd)
            finally:
                os.close(dir_fd)
