"""Reading the PDFs the tests make, with poppler's tools, and running the real command that makes them: shared by
tests/gui and tests/content/gui (both have tests/gui on the path)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter


def poppler(*command: str | Path) -> str:
    """What a poppler tool (pdfinfo, pdftotext, pdffonts, pdfimages) prints."""
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, check=True).stdout


def pdf_pages(path: Path) -> int:
    return int(re.search(r"^Pages:\s+(\d+)", poppler("pdfinfo", path), re.M).group(1))


def pdf_text(path: Path, page: int | None = None, *, layout: bool = False) -> str:
    """The text of the PDF (or of one page), with the ligatures pdftotext keeps (ﬁ) as letters."""
    options = [*(["-f", str(page), "-l", str(page)] if page else []), *(["-layout"] if layout else [])]
    return unicodedata.normalize("NFKC", poppler("pdftotext", *options, path, "-"))


def run_cityviewer(db: Path, *args: str | Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess:
    """cityviewer --dataset db ARGS in a child process with no display, as a script or a scheduled task runs it."""
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    environment.update(env or {})
    return subprocess.run([sys.executable, "-m", "cityviewer", "--dataset", str(db), *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=environment)  # fmt: skip


def preview_onto(target: Path):
    """What the print preview does, onto a PDF file at target instead of the screen: monkeypatch
    PrintPreview.show with it."""

    def show(cls, dialog):
        printer = dialog.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(target))
        dialog.paintRequested.emit(printer)

    return classmethod(show)
