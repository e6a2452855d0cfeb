"""Start-up's phases, for the benchmark (bench/run.py): the system-wide monotonic time at which each ended, marked
where it ends (app.py, application.open_window, detailview) and reported by startup_probe with --exit-when-shown.
No Qt here: marking costs a dictionary entry, so it is always done."""

from __future__ import annotations

import time

# In the order they end: the QApplication made; the dataset open; the window's modules imported; the window
# built; its first paint (startup_probe); the first article whole, with its distances and locator map (detailview).
QT, DATASET, IMPORTS, WINDOW, PAINT, ARTICLE = "qt", "dataset", "imports", "window", "paint", "article"
marks: dict[str, float] = {}


def mark(phase: str) -> None:
    """phase ends now (only its first end counts)."""
    marks.setdefault(phase, time.monotonic())
