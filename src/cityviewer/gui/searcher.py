"""Searching off the GUI thread: typing never waits for the database.

A worker thread holds its own read-only connection. Each request has a generation number; a newer request
interrupts the query in flight (SQLite's interrupt, safe from any thread), the worker skips requests that are
already stale, and results() carries the generation so the window applies only the newest.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import weakref
from pathlib import Path
from typing import Any, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot

from cityviewer.core.dataset import Dataset, DatasetError, DatasetInterrupted

log = logging.getLogger("cityviewer.search")


class Request(NamedTuple):
    generation: int
    query: str
    options: dict[str, Any]  # Dataset.search_keys's keyword arguments


class _Worker(QObject):
    finished = Signal(int, object)  # generation, list of keys
    failed = Signal(int, str)

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self.dataset: Dataset | None = None
        self.latest = 0  # written by the GUI thread: the newest generation asked for

    @Slot(object)
    def run(self, request: Request) -> None:
        for _attempt in range(2):  # an interrupt meant for an older query may land on this one: try it again
            if request.generation != self.latest:
                return
            try:
                if self.dataset is None:
                    self.dataset = Dataset.open(self._path, verify=False)
                keys = self.dataset.search_keys(request.query, **request.options)
            except DatasetInterrupted:
                continue
            except DatasetError as exc:
                self.failed.emit(request.generation, str(exc))
                return
            except Exception as exc:  # never let an error escape into this thread's event loop
                log.exception("search failed")
                self.failed.emit(request.generation, f"an unexpected error ({exc.__class__.__name__}: {exc})")
                return
            self.finished.emit(request.generation, keys)
            return

    @Slot()
    def close(self) -> None:
        if self.dataset is not None:
            self.dataset.close()
            self.dataset = None


def _close_at_exit(ref: weakref.ref[Searcher]) -> None:
    searcher = ref()
    if searcher is not None:
        with contextlib.suppress(RuntimeError):  # its Qt object is gone already, and its thread with it
            searcher.close()


class Searcher(QObject):
    """search() returns the request's generation; results(generation, keys) or failed(generation, message) follow."""

    results = Signal(int, object)
    failed = Signal(int, str)
    _requested = Signal(object)
    _closing = Signal()

    def __init__(self, path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._thread = QThread(self)
        self._thread.setObjectName("cityviewer-search")
        self._worker = _Worker(path)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.run)
        self._closing.connect(self._worker.close)
        self._worker.finished.connect(self.results)
        self._worker.failed.connect(self.failed)
        self._thread.start()
        # A running QThread must never be destroyed: stop it when the app quits, or at the latest when Python exits.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        atexit.register(_close_at_exit, weakref.ref(self))

    def search(self, query: str, **options: Any) -> int:
        """Ask for Dataset.search_keys(query, **options) on the worker thread."""
        self._generation += 1
        self._worker.latest = self._generation
        if self._worker.dataset is not None:
            self._worker.dataset.interrupt()
        self._requested.emit(Request(self._generation, query, options))
        return self._generation

    @property
    def generation(self) -> int:
        return self._generation

    def close(self) -> None:
        """Stop the worker thread (after the query in flight, which is interrupted)."""
        if not self._thread.isRunning():
            return
        self._worker.latest = -1
        if self._worker.dataset is not None:
            self._worker.dataset.interrupt()
        self._closing.emit()
        self._thread.quit()
        self._thread.wait()
