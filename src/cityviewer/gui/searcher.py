"""Searching off the GUI thread, so typing never waits for the database.

Each search() makes the ones before it stale: the dataset thread skips or interrupts them and drops their results,
so results() only ever carries the answer to the newest request.
"""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QObject, Signal

from cityviewer.core.dataset import Dataset
from cityviewer.core.request import SearchRequest, SearchResults
from cityviewer.gui.background import DatasetThread, Failure, Op

MEASURED = 8  # cost() is the median of this many latest searches


class Searcher(QObject):
    """results(SearchResults) after each search(), for the newest request only (its failure set if it failed);
    measured(ms) after each search answered: the median cost of the latest searches on the dataset thread (the
    filter bar fits its debounce to it)."""

    results = Signal(object)
    measured = Signal(float)

    def __init__(self, thread: DatasetThread, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = thread
        self._asked = 0
        self._answered = 0
        self._costs: deque[float] = deque(maxlen=MEASURED)

    def search(self, request: SearchRequest) -> None:
        self._asked += 1
        number = self._asked

        def answer(results: SearchResults) -> None:
            self._answered = number
            self.results.emit(results)

        def timed(answered: tuple[SearchResults, float]) -> None:
            results, ms = answered
            self._costs.append(ms)
            answer(results)
            self.measured.emit(self.cost())

        def failed(failure: Failure) -> None:
            answer(SearchResults(request, (), failure.message))

        self._thread.run(
            Op(
                work=lambda dataset: _timed_answer(dataset, request),
                done=timed,
                failed=failed,
                stale=lambda: number != self._asked,
            )
        )

    def pending(self) -> bool:
        """Whether the newest search has not been answered yet."""
        return self._answered != self._asked

    def cost(self) -> float:
        """What a search costs on the dataset thread (ms): the median of the latest; 0 before the first."""
        ordered = sorted(self._costs)  # (not statistics.median: that module costs start-up more than it does here)
        return (ordered[(len(ordered) - 1) // 2] + ordered[len(ordered) // 2]) / 2 if ordered else 0.0


def _timed_answer(dataset: Dataset, request: SearchRequest) -> tuple[SearchResults, float]:
    started = time.perf_counter()
    results = dataset.answer(request)
    return results, (time.perf_counter() - started) * 1000
