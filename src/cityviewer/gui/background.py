"""Reading the dataset off the GUI thread: one small helper for every slow read (a search today; an export or a map
layer tomorrow), in the spirit of Anki's QueryOp.

    thread.run(Op(work=lambda dataset: ..., done=show_it, failed=say_why, stale=lambda: ..., pane=self))

work runs on the worker thread with the worker's own read-only connection and never touches a widget; done or
failed runs afterwards on the GUI thread. Without failed, a failure is told to the person through gui.messages: in
pane (the widget the op reads for) when it is given, in the status line otherwise. An op that became stale (a newer
search replaced it) is skipped if it has not started, its query stopped if it is running (SQLite asks stale() as it
goes), and its result dropped. Every dataset read of the GUI goes this way, but for the few gui.syncreads declares.
"""

from __future__ import annotations

import atexit
import contextlib
import logging
import sys
import weakref
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, NamedTuple, TypeVar

from PySide6.QtCore import QCoreApplication, QObject, QThread, Signal, Slot
from PySide6.QtWidgets import QWidget

from cityviewer.core.dataset import Dataset
from cityviewer.core.errors import DatasetError, DatasetInterrupted
from cityviewer.core.records import DatasetInfo
from cityviewer.core.volume import FALLBACK_LANGUAGE
from cityviewer.gui.errortext import describe
from cityviewer.gui.messages import Kind, tell

log = logging.getLogger("cityviewer.background")
T = TypeVar("T")


def _never() -> bool:
    return False


class Failure(NamedTuple):
    """Why an op failed: message is a sentence for the person; internal is True for a bug in Cityviewer (already
    logged with its traceback and reported through the app's excepthook), False for the dataset's trouble."""

    message: str
    internal: bool = False


class Op(Generic[T]):
    """A read for the dataset thread: work runs there, done or failed with its outcome on the GUI thread. failed
    None: tell the person (see tell_failure); stale: whether it is no longer wanted (then skipped); pane: the widget
    the op reads for, where a failure is told if failed is None. Not changed once made; compared by identity. A plain
    class: a dataclass compiles its methods at import, before the first paint."""

    __slots__ = ("done", "failed", "pane", "stale", "work")

    def __init__(
        self,
        work: Callable[[Dataset], T],
        done: Callable[[T], None],
        failed: Callable[[Failure], None] | None = None,
        stale: Callable[[], bool] = _never,
        pane: QWidget | None = None,
    ) -> None:
        self.work = work
        self.done = done
        self.failed = failed
        self.stale = stale
        self.pane = pane


def tell_failure(failure: Failure, pane: QWidget | None, window: QWidget | None) -> None:
    """Op's default failure handler: say why the read failed in pane (a notice in it, where it can show one), or
    in window's status line when the op names no pane."""
    if pane is not None:
        tell(pane, Kind.PANE, failure.message)
    else:
        tell(window, Kind.NOTE, failure.message)


class _Worker(QObject):
    finished = Signal(object, object)  # op, result
    failed = Signal(object, object)  # op, Failure

    def __init__(self, path: Path, language: str, info: DatasetInfo | None) -> None:
        super().__init__()
        self._path = path
        self._language = language
        self._info = info
        self.dataset: Dataset | None = None
        self.closing = False  # set by the GUI thread: stop the op running, skip whatever is still queued

    @Slot(object)
    def run(self, op: Op[Any]) -> None:
        def unwanted() -> bool:
            return self.closing or op.stale()

        if unwanted():
            return
        try:
            if self.dataset is None and self._info is not None:
                self.dataset = Dataset.open_again(self._info)  # checked by the window's Dataset.open already
            elif self.dataset is None:
                self.dataset = Dataset.open(self._path, verify=False, language=self._language)
            self.dataset.stop_when(unwanted)
            result = op.work(self.dataset)
        except DatasetInterrupted:
            return  # stale or closing: nobody waits for it
        except DatasetError as exc:
            self.failed.emit(op, Failure(describe(exc)))
            return
        except Exception as exc:  # a bug: never let it escape into this thread's event loop
            sys.excepthook(type(exc), exc, exc.__traceback__)  # logged, and told on the GUI thread
            self.failed.emit(op, Failure(_internal_error(), internal=True))
            return
        finally:
            if self.dataset is not None:
                self.dataset.stop_when(None)
        self.finished.emit(op, result)

    @Slot()
    def close(self) -> None:
        if self.dataset is not None:
            self.dataset.close()
            self.dataset = None


def _internal_error() -> str:
    return QCoreApplication.translate("Background", "an internal error in Cityviewer (it has been logged)")


def _close_at_exit(ref: weakref.ref[DatasetThread]) -> None:
    thread = ref()
    if thread is not None:
        with contextlib.suppress(RuntimeError):  # its Qt object is gone already, and its thread with it
            thread.close()


class DatasetThread(QObject):
    """A worker thread with its own read-only connection to the dataset at path; runs ops one at a time, in the
    order they were given."""

    _requested = Signal(object)
    _closing = Signal()

    def __init__(self, path: Path, parent: QObject | None = None, language: str = FALLBACK_LANGUAGE,
                 info: DatasetInfo | None = None) -> None:  # fmt: skip
        """language: the one the worker's connection reads the volume in (the window's, so that what it reads for
        the screen or for paper speaks the same language). info: the dataset at path as a Dataset.open already
        checked and read it (its info, volume in the language wanted): the worker's connection takes it as it is,
        rather than reading and parsing the schema, the volume and the counts again (memory at start-up)."""
        super().__init__(parent)
        self._thread = QThread(self)
        self._thread.setObjectName("cityviewer-dataset")
        self._worker = _Worker(path, language, info)
        self._worker.moveToThread(self._thread)
        self._requested.connect(self._worker.run)
        self._closing.connect(self._worker.close)
        self._worker.finished.connect(self._on_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.start()
        # A running QThread must never be destroyed: stop it when the app quits, or at the latest when Python exits.
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.close)
        atexit.register(_close_at_exit, weakref.ref(self))

    def run(self, op: Op[Any]) -> None:
        """Queue op behind the ones given before (a stale one among them stops or is skipped)."""
        self._requested.emit(op)

    def _on_finished(self, op: Op[Any], result: object) -> None:
        if not op.stale():
            op.done(result)

    def _on_failed(self, op: Op[Any], failure: Failure) -> None:
        if op.stale():
            return
        if op.failed is not None:
            op.failed(failure)
        else:
            parent = self.parent()
            tell_failure(failure, op.pane, parent if isinstance(parent, QWidget) else None)

    def close(self) -> None:
        """Stop the worker thread: the op in flight stops, queued ops are dropped."""
        if not self._thread.isRunning():
            return
        self._worker.closing = True
        self._closing.emit()
        self._thread.quit()
        self._thread.wait()
