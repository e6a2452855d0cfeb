"""--screenshot: the main window drawn into a PNG, for the README and the docs."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget

# Showing a window posts layout and paint events that post more: a few passes of the event loop settle them.
_SETTLE_PASSES = 5


def take_screenshot(window: QWidget, target: Path, size: str) -> str | None:
    """Draw window at size ('WxH') into target; an error message, or None on success."""
    try:
        width, height = (int(n) for n in size.lower().split("x"))
    except ValueError:
        return f"--size must look like 1024x768, not {size!r}"
    window.resize(width, height)
    window.show()
    for _ in range(_SETTLE_PASSES):
        QApplication.processEvents()
    image = window.grab()
    target = Path(target)
    if image.isNull() or not image.save(str(target), "PNG"):
        return f"could not write the screenshot to {target}"
    return None
