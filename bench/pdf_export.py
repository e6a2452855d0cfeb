#!/usr/bin/env python3
"""Seconds to export sheets to a PDF (bench/run.py runs this in a process of its own).

    python bench/pdf_export.py DATASET [--runs N]

Ours: export_pdf() of every city of DATASET (the shipped one has ten), with a cover, to a file (layout for paper,
page breaks between blocks, footer, fixed dates, atomic write). Baseline: the same cities' detail-pane HTML
(core.article.render) in one QTextDocument printed by Qt's own QTextDocument.print() into a QPdfWriter. Medians of
--runs runs each, alternating; prints one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()

    from PySide6.QtGui import QGuiApplication, QPageSize, QPdfWriter, QTextDocument

    app = QGuiApplication(sys.argv[:1])  # noqa: F841
    from cityviewer.core.article import render
    from cityviewer.core.dataset import Dataset
    from cityviewer.core.request import SearchRequest, Show
    from cityviewer.gui.paper.printing import Paper, SheetOptions, export_pdf

    dataset = Dataset.open(args.dataset)
    ids = [
        row.id for row in dataset.rows(dataset.answer(SearchRequest(show=Show.ARTICLE)).keys)
    ]  # ten sheets, as the issue asks
    ours_runs, bare_runs = [], []
    with tempfile.TemporaryDirectory(prefix="cityviewer-bench-pdf-") as tmp:
        for _ in range(args.runs):
            started = time.perf_counter()
            pages = export_pdf(dataset, ids, Path(tmp) / "ours.pdf", SheetOptions(Paper.A4, True))
            ours_runs.append(time.perf_counter() - started)

            started = time.perf_counter()
            doc = QTextDocument()
            entries = (dataset.entry(i) for i in ids)
            doc.setHtml("".join(render(e, dataset.info.volume) for e in entries if e is not None))
            writer = QPdfWriter(str(Path(tmp) / "bare.pdf"))
            writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
            doc.print_(writer)
            del writer
            bare_runs.append(time.perf_counter() - started)
    print(json.dumps({"cities": len(ids), "pages": pages, "ours_s": statistics.median(ours_runs),
                      "bare_s": statistics.median(bare_runs)}))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
