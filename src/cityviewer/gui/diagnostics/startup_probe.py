"""For the benchmark (bench/run.py): once the main window has been painted and its first article is whole (its
distances and locator map drawn), print start-up's phases (diagnostics.phases: when each ended, on the system-wide
monotonic clock), the modules imported, the files opened and the PySide6 classes made (qt_types; and qt_enums, how
many enum classes they hold: PySide6 makes a class, and its enums, when it is first used) before the first paint,
the process's peak memory and the source files linecache keeps (gui.sourcescan) as one JSON line, and quit.
Started by the hidden --exit-when-shown switch."""

from __future__ import annotations

import contextlib
import enum
import json
import linecache
import os
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from cityviewer.gui.diagnostics import phases

ARTICLE_WAIT_S = 10.0  # report without the article's end after this long (a dataset that fails to read it)


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, _painted)  # once the paint is done
        return False


MARKER = "/cityviewer-first-paint"  # opened (and not found) at the first paint: bench/run.py's mark in strace


def _painted() -> None:
    phases.mark(phases.PAINT)
    with contextlib.suppress(OSError):
        open(MARKER).close()
    modules = sorted(sys.modules)
    _when_article(modules, _open_files(), time.monotonic(), _qt_types())


def _qt_types() -> dict[str, int]:
    """The PySide6 classes made so far (a module's dictionary holds those made), each with how many enum classes
    it holds."""
    made: dict[str, int] = {}
    for name, module in list(sys.modules.items()):
        if name.startswith("PySide6.Qt"):
            for key, value in list(vars(module).items()):
                if isinstance(value, type) and not isinstance(value, enum.EnumType):
                    made[key] = sum(isinstance(inner, enum.EnumType) for inner in vars(value).values())
    return made


def _open_files() -> list[str]:
    """The files this process holds open now (Linux: /proc/self/maps' mapped files and /proc/self/fd)."""
    found: set[str] = set()
    try:
        with open("/proc/self/maps", encoding="utf-8") as maps:
            found.update(line.split(maxsplit=5)[5].strip() for line in maps if len(line.split(maxsplit=5)) == 6)
        for fd in os.listdir("/proc/self/fd"):
            try:
                found.add(os.readlink(f"/proc/self/fd/{fd}"))
            except OSError:
                continue
    except OSError:
        return []
    return sorted(name for name in found if name.startswith("/"))


def _when_article(modules: list[str], files: list[str], since: float, qt_types: dict[str, int]) -> None:
    if phases.ARTICLE in phases.marks or time.monotonic() - since > ARTICLE_WAIT_S:
        report_and_quit(modules, files, qt_types)
    else:
        QTimer.singleShot(1, lambda: _when_article(modules, files, since, qt_types))


def report_and_quit(
    modules: list[str] | None = None, files: list[str] | None = None, qt_types: dict[str, int] | None = None
) -> None:
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.stdout is not None:
        shown_at = phases.marks.get(phases.PAINT, time.monotonic())
        report = {"shown_at": shown_at, "peak_kib": peak_kib, "phases": phases.marks, "modules": modules or [],
                  "files": files or [], "sources_kept": sorted(linecache.cache), "qt_types": sorted(qt_types or {}),
                  "qt_enums": sum((qt_types or {}).values())}  # fmt: skip
        print(json.dumps(report), flush=True)
    QApplication.quit()


def exit_when_shown(window: QWidget) -> None:
    _FirstPaint(window)
