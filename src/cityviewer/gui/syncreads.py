"""The one place that says which dataset reads the GUI thread may make itself, and why; every other read goes
through the dataset thread (gui.background: Op, DatasetThread), so the window never waits on SQLite.

Each read allowed here is a SyncRead, made inside `with sync_read(SyncRead.X):` at the one place that needs it. The
costs were measured by bench/syncreads.py (the median of 200 runs; of 20 for FIRST_LIST, each on a new connection)
on the shipped dataset (40 places) and on one of 100,000 places made by `cityviewer-data build-scale --places
100000`, on a shared 2-core machine (load average about 8) in December 2026; four runs gave these ranges (the
last two for START_CITY, the last for OUTLINES):

- LIST_PAGE: the list model's page of rows (citymodel.PAGE_SIZE = 200 keys, one query per 500). A Qt model
  answers data() at once, while the view paints: the page must be there. 0.20-0.21 ms for the 20 rows of the
  shipped list's second half; 1.9-8.1 ms for 200 rows at 100,000 places.
- FIRST_LIST: the first search's keys (the whole list, largest first), before the window is first shown: the
  window never paints an empty list and then fills it, and nothing is on screen yet to stop answering. 0.10-0.15 ms
  shipped; 148-231 ms at 100,000 places (every key, once per connection): start-up pays it.
- FIRST_ARTICLE: the entry of the city shown when the window opens, before it is first shown (DetailView), so the
  first paint has the article rather than an empty pane filled a moment later (and the start-up benchmark, which
  stops at the first paint, measures the window the person sees). Its distances come from the dataset thread, as
  every later article does. One entry: 0.27-0.30 ms shipped, 0.11 ms at 100,000 places.
- START_CITY: `cityviewer --city NAME` (app.py), or the administrator's start city (settings' browse/startCity, in
  MainWindow when there is no last city or it is locked), resolves NAME (core.cityname: a search, then the entries it
  finds) before the window is first shown, so that the first paint shows that city. Only when --city is given: 15-17 ms
  for "Pyongyang" shipped (a name many entries mention: up to 20 entries read), 0.8 ms for the largest place's name
  at 100,000 places.
- CITY_ROW: the row of one entry by its id (MainWindow.show_city, the one path that changes the city on show;
  the list selecting the row of the city on show or under the pointer). show_city says at once whether the dataset
  has the city, and the history, the title and every pane follow it in the same step. Two lookups by unique index:
  0.019-0.020 ms on either dataset.
- OUTLINES: the outlines the article's locator map and the quiz's map questions draw (Dataset.basemap: one row of
  text), read the first time each is drawn and kept; they are drawn while the GUI thread paints. The locator's:
  0.026 ms shipped, 0.034 ms at 100,000 places; the quiz map's: 0.62 ms shipped, 0.07 ms at 100,000 places.
- NO_WINDOW: the commands that run without a window (--export-pdf, --self-test): there is no event loop to keep
  responsive; they read in turn and exit.

Every later article (entry and distances) is read on the dataset thread.

Whatever reads the dataset anywhere else on the GUI thread is a bug. install() (tests/conftest.py installs it for
every gui test; CITYVIEWER_DEBUG_THREADS=1 for a debug run) makes such a read raise GuiThreadQuery and
remembers it in violations, so the test that caused it fails. Reads by the tests' own code (not made from a module
of cityviewer.gui or from cityviewer.app) are not checked.
"""

from __future__ import annotations

import os
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum

from cityviewer.core import dataset as dataset_module
from cityviewer.core.dataset import Dataset

DEBUG_VARIABLE = "CITYVIEWER_DEBUG_THREADS"


class SyncRead(Enum):
    """The reads the GUI thread may make itself (see the module's docstring for the reason and cost of each)."""

    LIST_PAGE = "a page of the list's rows"
    FIRST_LIST = "the first list, before the first paint"
    FIRST_ARTICLE = "the first article, before the first paint"
    START_CITY = "the city named by --city or the administrator's start city, before the first paint"
    OUTLINES = "the map outlines of the article's locator and of the quiz's map, once each"
    CITY_ROW = "the row of one entry by its id"
    NO_WINDOW = "a command that runs without a window"


class GuiThreadQuery(RuntimeError):
    """The GUI thread queried the dataset outside the reads declared in SyncRead."""


_allowed = threading.local()
_gui_thread: int | None = None
violations: list[str] = []  # what the check refused, newest last (cleared by the tests after each test)


@contextmanager
def sync_read(read: SyncRead) -> Iterator[None]:
    """The dataset reads inside are the declared read `read`, allowed on the GUI thread."""
    stack: list[SyncRead] = _allowed.__dict__.setdefault("stack", [])
    stack.append(read)
    try:
        yield
    finally:
        stack.pop()


def outlines(dataset: Dataset, name: str) -> str | None:
    """dataset's map outlines called name, read on this thread (SyncRead.OUTLINES)."""
    with sync_read(SyncRead.OUTLINES):
        return dataset.basemap(name)


def install() -> None:
    """From now on, a query on this thread (the GUI thread) from a GUI module, outside sync_read(), raises."""
    global _gui_thread
    _gui_thread = threading.get_ident()
    dataset_module.set_query_check(_check)


def uninstall() -> None:
    global _gui_thread
    _gui_thread = None
    dataset_module.set_query_check(None)


def install_if_asked() -> bool:
    """install() when the environment asks for it (CITYVIEWER_DEBUG_THREADS=1); True if it did."""
    if os.environ.get(DEBUG_VARIABLE, "") not in ("", "0"):
        install()
        return True
    return False


def _check() -> None:
    if threading.get_ident() != _gui_thread or _allowed.__dict__.get("stack"):
        return
    asker = _gui_caller()
    if asker is None:
        return  # a test reading the dataset for itself
    message = f"a dataset query on the GUI thread from {asker}, outside the reads declared in gui.syncreads"
    violations.append(message)
    raise GuiThreadQuery(message)


def _gui_caller() -> str | None:
    """Where in cityviewer.gui the query was asked for (module:function:line), or None if no GUI module asked."""
    frame = sys._getframe(2)
    while frame is not None:
        module = frame.f_globals.get("__name__", "")
        if (module.startswith("cityviewer.gui.") or module == "cityviewer.app") and module != __name__:
            return f"{module}:{frame.f_code.co_name}:{frame.f_lineno}"
        frame = frame.f_back  # type: ignore[assignment]
    return None
