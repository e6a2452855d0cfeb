"""--screenshot: the main window drawn into a PNG, for the README and the docs."""

from __future__ import annotations

import time
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop
from PySide6.QtWidgets import QApplication, QWidget

from cityviewer.gui.background import DatasetThread, Op

if TYPE_CHECKING:
    from cityviewer.gui.mainwindow import MainWindow

# Showing a window posts layout and paint events that post more: a few passes of the event loop settle them.
_SETTLE_PASSES = 5
_READS_TIMEOUT_S = 30.0  # the longest the window's first reads (the article, the filters) are waited for
_WAIT_MS = 50


def _wait_for_reads(window: QWidget) -> None:
    """Wait until what the window asked of its dataset thread has arrived (ops answer in the order asked: an
    empty op asked last answers last)."""
    thread = getattr(window, "dataset_thread", None)
    if not isinstance(thread, DatasetThread):
        return
    arrived: list[bool] = []
    thread.run(
        Op(work=lambda _dataset: None, done=lambda _r: arrived.append(True), failed=lambda _f: arrived.append(False))
    )
    deadline = time.monotonic() + _READS_TIMEOUT_S
    while not arrived and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, _WAIT_MS)


def take_screenshot(window: QWidget, target: Path, size: str) -> str | None:
    """Draw window at size ('WxH') into target; an error message, or None on success."""
    try:
        width, height = (int(n) for n in size.lower().split("x"))
    except ValueError:
        return f"--size must look like 1024x768, not {size!r}"
    window.resize(width, height)
    window.show()
    _wait_for_reads(window)
    for _ in range(_SETTLE_PASSES):
        QApplication.processEvents()
    image = window.grab()
    target = Path(target)
    if image.isNull() or not image.save(str(target), "PNG"):
        return f"could not write the screenshot to {target}"
    return None


def describe_window(window: MainWindow) -> str:
    """What the window shows that settings decide, one fact a line (--screenshot --report): the installers' checks
    read it to prove that machine-wide defaults reach a new user."""
    from cityviewer.gui import settings as keys
    from cityviewer.gui.translations import installed_translations

    settings = window.settings
    lines = {
        "city": window.current_city() or "",
        "zoom": str(window.zoom),
        "notes export": "allowed" if window.window_actions.export_reading_list.isEnabled() else "turned off",
        "language": settings.get(keys.LANGUAGE),
        "theme": settings.get(keys.THEME),
        "settings": settings.location(),
        "machine-wide defaults": settings.system_location(),
        "translations": ", ".join(installed_translations()),
    }
    return "".join(f"{name}: {value}\n" for name, value in lines.items())
