"""For the benchmark (bench/run.py): once the main window has been painted, print when (the system-wide monotonic
clock) and the process's peak memory as one JSON line, and quit. Started by the hidden --exit-when-shown switch."""

from __future__ import annotations

import json
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self._done:
            self._done = True
            QTimer.singleShot(0, report_and_quit)
        return False


def report_and_quit() -> None:
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    if sys.stdout is not None:
        print(json.dumps({"shown_at": time.monotonic(), "peak_kib": peak_kib}), flush=True)
    QApplication.quit()


def exit_when_shown(window: QWidget) -> None:
    _FirstPaint(window)
