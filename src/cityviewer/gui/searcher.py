"""Searching off the GUI thread, so typing never waits for the database.

Each search() makes the ones before it stale: the dataset thread skips or interrupts them and drops their results,
so results() only ever carries the answer to the newest request.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from cityviewer.core.request import SearchRequest, SearchResults
from cityviewer.gui.background import DatasetThread, Failure, Op


class Searcher(QObject):
    """results(SearchResults) after each search(), for the newest request only (its failure set if it failed)."""

    results = Signal(object)

    def __init__(self, thread: DatasetThread, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thread = thread
        self._asked = 0
        self._answered = 0

    def search(self, request: SearchRequest) -> None:
        self._asked += 1
        number = self._asked

        def answer(results: SearchResults) -> None:
            self._answered = number
            self.results.emit(results)

        def failed(failure: Failure) -> None:
            answer(SearchResults(request, (), failure.message))

        self._thread.run(
            Op(
                work=lambda dataset: dataset.answer(request),
                done=answer,
                failed=failed,
                stale=lambda: number != self._asked,
            )
        )

    def pending(self) -> bool:
        """Whether the newest search has not been answered yet."""
        return self._answered != self._asked
