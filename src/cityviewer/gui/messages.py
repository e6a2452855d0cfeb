"""How a message reaches the person: the one place that decides, by its kind, where it is shown.

    tell(widget, Kind.NOTE, text)      # transient news: the status line of widget's window
    tell(pane, Kind.PANE, text)        # a pane's content could not load: said inside that pane
    tell(widget, Kind.FAILED, text)    # a command the person asked for failed: a dialog
    tell(widget, Kind.ACT, text)       # something the person must act on: a dialog

- NOTE: what happened, for a glance (a file written, settings that will not be remembered, a notes file set aside).
  The status line of the widget's main window; from a window of its own (Compare, Quiz: no status line), the same
  place as a pane's notice.
- PANE: what the pane should show and cannot (its article, its list, its map). A pane that can say it in place has a
  show_notice(text) method (the detail pane, the map, Compare, Quiz, Starred); for any other widget, the status line.
  Never a dialog: nobody asked for it, and the rest of the window goes on working.
- FAILED and ACT: a dialog on the widget's window (Dialog.show, replaced by the tests), and the status line keeps
  the sentence once the dialog is closed.

An internal error (a bug) is told by the app's excepthook (application.install_excepthook): it comes here as ACT.
Every message is logged as well. Op's default failure handler (gui.background) tells a failed read as PANE when
the op names its pane, as NOTE otherwise.
"""

from __future__ import annotations

import logging
from enum import Enum
from typing import TYPE_CHECKING, Protocol, runtime_checkable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QWidget

from cityviewer import APP_NAME

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("cityviewer.messages")
STATUS_TIMEOUT_MS = 0  # the status line keeps a message until the next (a person may look up late)


class Kind(Enum):
    NOTE = "note"  # transient news: the status line
    PANE = "pane"  # a pane's content could not load: in the pane
    FAILED = "failed"  # a command the person asked for failed: a dialog
    ACT = "act"  # the person must act on it: a dialog


class Where(Enum):
    """Where a message went (tell's answer, for the tests)."""

    STATUS_LINE = "status line"
    PANE = "pane"
    DIALOG = "dialog"
    LOG = "log only"  # no widget to show it on (the window is gone)


@runtime_checkable
class ShowsNotices(Protocol):
    """A pane that can say, in its own place, that its content could not load."""

    def show_notice(self, text: str) -> None: ...


class Dialog:
    """Every dialog tell() opens goes through here, so tests can replace it."""

    @classmethod
    def show(cls, parent: QWidget | None, title: str, text: str, icon: QMessageBox.Icon) -> None:
        from PySide6.QtWidgets import QMessageBox  # when a dialog opens: the first paint needs none

        box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
        box.setTextFormat(Qt.TextFormat.PlainText)  # paths and messages are never markup
        box.exec()


def tell(widget: QWidget | None, kind: Kind, text: str, title: str = "") -> Where:
    """Tell the person text, where its kind says (see the module's docstring); title names a dialog (the command
    that failed), the app's name by default."""
    level = logging.INFO if kind == Kind.NOTE else logging.WARNING
    log.log(level, "%s: %s", kind.value, text)
    if kind in (Kind.FAILED, Kind.ACT):
        from PySide6.QtWidgets import QMessageBox

        from cityviewer.gui.style import draw_our_way

        draw_our_way()  # a dialog before the main window's first paint (a dataset refused) has our focus frames
        icon = QMessageBox.Icon.Critical if kind == Kind.ACT else QMessageBox.Icon.Warning
        parent = widget.window() if widget is not None else None
        Dialog.show(parent, title or APP_NAME, text, icon)
        _status_line(widget, text)
        return Where.DIALOG
    own_window = widget is not None and not isinstance(widget.window(), QMainWindow)
    if isinstance(widget, ShowsNotices) and (kind == Kind.PANE or own_window):  # own_window: no status line
        widget.show_notice(text)
        return Where.PANE
    if _status_line(widget, text):
        return Where.STATUS_LINE
    return Where.LOG


def _status_line(widget: QWidget | None, text: str) -> bool:
    window = _main_window(widget)
    if window is None:
        return False
    window.statusBar().showMessage(text, STATUS_TIMEOUT_MS)
    return True


def _main_window(widget: QWidget | None) -> QMainWindow | None:
    """widget's main window: its own window, or the window its dialog belongs to (None: none)."""
    while widget is not None:
        if isinstance(widget, QMainWindow):
            return widget
        widget = widget.parentWidget()
    return None
