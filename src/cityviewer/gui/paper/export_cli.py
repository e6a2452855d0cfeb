"""cityviewer --export-pdf FILE --city CITY [--city CITY ...] [--all] [--cover] [--paper a4|letter] [--title TITLE]
[--subtitle SUBTITLE]: sheets to a PDF with no window. Every --city is resolved first (core.cityname); one that
names no city, or more than one, is refused with the closest names and nothing is written. A handout of more than
one sheet is titled by --title, or by what is in it ("All 27 cities")."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from cityviewer.core.cityname import resolve
from cityviewer.core.dataset import Dataset
from cityviewer.core.records import DIVISION
from cityviewer.core.request import SearchRequest, Show
from cityviewer.gui.paper.printing import Paper, SheetOptions, default_paper, export_date, export_pdf, handout_title
from cityviewer.gui.syncreads import SyncRead, sync_read

EXIT_USAGE = 2  # as argparse: a city that cannot be resolved, nothing to print
EXIT_FAILED = 1  # the file could not be written


def export_from_command_line(dataset: Dataset, target: Path, cities: Sequence[str], every: bool, cover: bool,
                             paper: str | None, report: Callable[[str], None], title: str = "",
                             subtitle: str = "") -> int:  # fmt: skip
    """Export and return the exit code; report says what went wrong (raises DatasetError for the caller). title and
    subtitle: the handout's, on its cover and in the PDF's metadata ("" for the title: what is in it, "All 27
    cities")."""
    with sync_read(SyncRead.NO_WINDOW):  # no window waits: read in turn on this thread
        return _export(dataset, target, cities, every, cover, paper, report, title, subtitle)


def _export(dataset: Dataset, target: Path, cities: Sequence[str], every: bool, cover: bool, paper: str | None,
            report: Callable[[str], None], title: str, subtitle: str) -> int:  # fmt: skip
    ids: list[str] = []
    problems = []
    for name in cities:
        resolved = resolve(dataset, name)
        if resolved.city_id is None:
            problems.append(resolved.problem())
        else:
            ids.append(resolved.city_id)
    if every:
        ids += [row.id for row in dataset.rows(dataset.answer(SearchRequest(show=Show.CITIES)).keys)]  # no divisions
    if problems:
        for problem in problems:
            report(problem)
        report(f"nothing written to {target}")
        return EXIT_USAGE
    if not ids:
        report("--export-pdf needs --city CITY (one or more) or --all")
        return EXIT_USAGE
    ids = list(dict.fromkeys(ids))
    if not title.strip() and len(ids) > 1:  # one sheet is titled by its city
        rows = dataset.rows_of(ids)
        cities_only = sum(1 for row in rows if row.kind != DIVISION)
        title = handout_title("", cities_only, len(rows), every and not cities)
    options = SheetOptions(Paper(paper) if paper else default_paper(), cover, export_date(), title.strip(),
                           subtitle.strip())  # fmt: skip
    try:
        pages = export_pdf(dataset, ids, target, options)
    except OSError as exc:
        report(f"cannot write {target}: {exc.strerror or exc}")
        return EXIT_FAILED
    if sys.stdout is not None:
        count = len(ids)
        print(f"wrote {target}: {count} {'sheet' if count == 1 else 'sheets'}, {pages} pages, {options.paper}")
    return 0
