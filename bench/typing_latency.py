"""Keystroke to updated list, in the real window (offscreen), and the search work alone against bare FTS5.

Run as a script by bench/run.py, one dataset per process:  python bench/typing_latency.py DATASET
It prints one JSON line with the measurements in milliseconds.
"""

from __future__ import annotations

import difflib
import json
import os
import sqlite3
import statistics
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, QSortFilterProxyModel, QStringListModel, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLineEdit, QListView

from cityviewer.core.dataset import Dataset
from cityviewer.core.folding import query_words
from cityviewer.core.request import SearchRequest, SearchResults
from cityviewer.gui.application import create_application
from cityviewer.gui.mainwindow import MainWindow
from cityviewer.gui.settings import Settings
from cityviewer.gui.style import draw_our_way

WORDS = ["pyongyang", "seoul", "paris", "san jose", "kaesong", "tokyo", "hamhung", "new york"]
KEY_INTERVAL_MS = 110  # a brisk typist: about 100 words a minute


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def _run_for(ms: int) -> None:
    """Let the event loop run for ms: QEventLoop.exec releases Python's lock, as the app's own loop does, so the
    search thread runs meanwhile (QTest.qWait would hold it)."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def type_words(field: QLineEdit, requests: list[float], applied: list[float]) -> list[float]:
    """Type every word into field, a key every KEY_INTERVAL_MS; for each keystroke, the time until the list first
    showed results of a search asked for after it (later keystrokes' searches count: they include this one). The
    first is the first letter typed in the window (cold); every len(word)-th after it, a later word's first letter."""
    latencies: list[float] = []
    for word in WORDS:
        field.clear()
        _run_for(400)
        requests.clear()
        applied.clear()
        pressed: list[float] = []
        for char in word:
            pressed.append(time.perf_counter())
            QTest.keyClicks(field, char)
            _run_for(KEY_INTERVAL_MS)
        _run_for(1000)
        ended = time.perf_counter()
        done = sorted(zip(requests, applied, strict=False))
        for t in pressed:
            later = [shown for asked, shown in done if asked >= t]
            # a keystroke whose results never came counts as waiting until the end of the word's wait
            latencies.append(((min(later) if later else ended) - t) * 1000)
    return latencies


def first_letters(latencies: list[float]) -> list[float]:
    """The latencies of each word's first letter (type_words' order)."""
    starts, at = [], 0
    for word in WORDS:
        starts.append(latencies[at])
        at += len(word)
    return starts


def cityviewer_latencies(app: QApplication, path: Path) -> list[float]:
    home = Path(tempfile.mkdtemp(prefix="cityviewer-bench-"))
    window = MainWindow(Dataset.open(path), Settings(QSettings(str(home / "s.ini"), QSettings.Format.IniFormat)))
    window.resize(1024, 768)
    window.show()
    _run_for(300)  # a person starts typing a moment after the window shows
    requests: list[float] = []
    applied: list[float] = []
    asked_at: dict[SearchRequest, float] = {}

    def on_asked(request: SearchRequest) -> None:
        asked_at.setdefault(request, time.perf_counter())

    def on_results(results: SearchResults) -> None:
        if results.request in asked_at:
            requests.append(asked_at.pop(results.request))
            applied.append(time.perf_counter())

    window.filter_bar.changed.connect(on_asked)
    window.results_changed.connect(on_results)
    latencies = type_words(window.filter_bar.search, requests, applied)
    window.close()
    return latencies


def bare_latencies(app: QApplication, path: Path) -> list[float]:
    """The plain Qt way: a QLineEdit filtering a QStringListModel of the same names through a proxy, at once."""
    db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    names = [n for (n,) in db.execute("SELECT name FROM entries ORDER BY census_rank")]
    db.close()
    model = QStringListModel(names)
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    view = QListView()
    view.setModel(proxy)
    field = QLineEdit()
    requests: list[float] = []
    applied: list[float] = []

    def on_text(text: str) -> None:
        requests.append(time.perf_counter())
        proxy.setFilterFixedString(text)
        applied.append(time.perf_counter())

    field.textChanged.connect(on_text)
    field.show()
    view.show()
    return type_words(field, requests, applied)


def search_work(path: Path) -> tuple[list[float], list[float]]:
    """For every prefix typed above: Dataset.answer against a bare FTS5 prefix query, each the best of 3."""
    dataset = Dataset.open(path)
    list(dataset.answer(SearchRequest("warm up")).keys)
    db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    ours, bare = [], []
    for word in WORDS:
        for end in range(1, len(word) + 1):
            prefix = word[:end]
            terms = " ".join(f'"{w}"*' for w in query_words(prefix))
            if not terms:
                continue
            request = SearchRequest(prefix)
            ours.append(_best_of(3, lambda r=request: list(_answered_anew(dataset, r).keys)))
            bare.append(_best_of(3, lambda t=terms: db.execute("SELECT rowid FROM entry_fts WHERE entry_fts MATCH ?",
                                                                 (t,)).fetchall()))  # fmt: skip
    return ours, bare


def _answered_anew(dataset: Dataset, request: SearchRequest) -> SearchResults:
    """dataset.answer(request) searched again, not the answer it keeps (Dataset.answer keeps the latest)."""
    dataset._answers.clear()
    dataset._answers_keys = 0
    return dataset.answer(request)


def _misspelled(word: str) -> str:
    """The word with its middle letter left out, as a hurried typist would."""
    middle = len(word) // 2
    return word[:middle] + word[middle + 1 :]


def suggestion_work(path: Path) -> dict[str, float]:
    """Did you mean ...? Dataset.answer for each word above misspelled (the search that finds nothing, then the
    closest names it offers), against difflib.get_close_matches over the same names (the standard library's way);
    and the first such answer, which reads the names, against reading them with a bare query."""
    names_sql = (
        "SELECT name FROM entries UNION ALL SELECT local_name FROM entries UNION ALL SELECT name FROM other_names"
    )
    db = sqlite3.connect(path.resolve().as_uri() + "?mode=ro&immutable=1", uri=True)
    started = time.perf_counter()
    names = [n for (n,) in db.execute(names_sql) if n]
    read_names = (time.perf_counter() - started) * 1000
    dataset = Dataset.open(path)
    dataset.prepare_search()  # what every search reads once, apart from the names the suggestions read
    started = time.perf_counter()
    _answered_anew(dataset, SearchRequest("qzxwv"))
    first = (time.perf_counter() - started) * 1000
    typos = [_misspelled(word) for word in WORDS]
    ours = [_best_of(3, lambda t=typo: _answered_anew(dataset, SearchRequest(t)).suggestions) for typo in typos]
    bare = [_best_of(3, lambda t=typo: difflib.get_close_matches(t, names, n=3, cutoff=0.75)) for typo in typos]
    return {"suggest_p50": statistics.median(ours), "bare_suggest_p50": statistics.median(bare),
            "suggest_p95": percentile(ours, 0.95), "bare_suggest_p95": percentile(bare, 0.95),
            "suggest_first": first, "bare_suggest_first": read_names}  # fmt: skip


def _best_of(n: int, work: object) -> float:
    times = []
    for _ in range(n):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        times.append((time.perf_counter() - started) * 1000)
    return min(times)


def main() -> int:
    path = Path(sys.argv[1])
    app = create_application(sys.argv[:1], "en")  # as the app makes it: its style, fonts and translations
    plain = app.style().baseStyle().name()  # the platform's style under ours, for the bare list
    draw_our_way()  # as from the window's first paint on
    ours = cityviewer_latencies(app, path)
    app.setStyle(plain)
    bare = bare_latencies(app, path)
    work_ours, work_bare = search_work(path)
    firsts = first_letters(ours)
    print(json.dumps({
        "keystroke_p50": statistics.median(ours), "keystroke_p95": percentile(ours, 0.95),
        "keystroke_max": max(ours), "bare_keystroke_max": max(bare), "first_letter_cold": firsts[0],
        "bare_first_letter_cold": first_letters(bare)[0], "first_letter_warm_max": max(firsts[1:]),
        "bare_first_letter_warm_max": max(first_letters(bare)[1:]),
        "bare_keystroke_p50": statistics.median(bare), "bare_keystroke_p95": percentile(bare, 0.95),
        "search_p50": statistics.median(work_ours), "bare_search_p50": statistics.median(work_bare),
        "search_p95": percentile(work_ours, 0.95), "bare_search_p95": percentile(work_bare, 0.95),
        "keystrokes": len(ours), "places": Dataset.open(path).info.city_count, **suggestion_work(path),
    }))  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
