"""One zoom for the whole window: the application's font scaled from 50% to 300%, so the list, the search field,
the filters, the menus, the tabs, the article, the note, the map's labels, Compare, the Quiz, the Starred pane and
the dialogs all grow together; the toolbar's icons grow with it.

The font the application started with is kept on the QApplication (a dynamic property), so every zoom is a
multiple of it and never of an earlier zoom. Widgets that choose a font of their own (the quiz's large type) derive
it from their font when it changes (a FontChange event), so they grow too.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, QThread
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import QApplication, QStyle, QToolBar

ZOOM_LEVELS = (50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300)  # percent, as browsers step
ZOOM_MIN, ZOOM_MAX, ZOOM_NORMAL = ZOOM_LEVELS[0], ZOOM_LEVELS[-1], 100
_BASE_FONT = "cityviewerBaseFont"


def clamped(percent: int) -> int:
    return max(ZOOM_MIN, min(ZOOM_MAX, percent))


def stepped(percent: int, steps: int) -> int:
    """The zoom steps levels above (below, when negative) percent, within ZOOM_LEVELS."""
    if steps > 0:
        larger = [level for level in ZOOM_LEVELS if level > percent]
        return larger[min(steps, len(larger)) - 1] if larger else ZOOM_MAX
    if steps < 0:
        smaller = [level for level in ZOOM_LEVELS if level < percent]
        return smaller[max(steps, -len(smaller))] if smaller else ZOOM_MIN
    return clamped(percent)


def base_font() -> QFont:
    """The application's font as it started, before any zoom (on any thread: only the GUI thread keeps it)."""
    app = QGuiApplication.instance()  # printing runs in a QGuiApplication too (a PDF written without a window)
    if not isinstance(app, QGuiApplication):
        raise RuntimeError("the font needs the QGuiApplication")
    kept = app.property(_BASE_FONT)
    if not isinstance(kept, QFont):  # no zoom yet: the application's font is the first one
        kept = QFont(QGuiApplication.font())
        if QThread.currentThread() is app.thread():
            app.setProperty(_BASE_FONT, kept)
    return QFont(kept)


def zoomed_font(percent: int) -> QFont:
    font = base_font()
    if font.pointSizeF() > 0:
        font.setPointSizeF(font.pointSizeF() * clamped(percent) / 100)
    else:
        font.setPixelSize(round(font.pixelSize() * clamped(percent) / 100))
    return font


def apply_zoom(percent: int) -> None:
    """Scale the application's font (and so every widget that does not set its own) to percent of its first size."""
    font = zoomed_font(percent)
    if QApplication.font() != font:
        QApplication.setFont(font)
        # Qt posts the change to each widget: deliver it now, so everything has its new size when this returns.
        QApplication.sendPostedEvents(None, QEvent.Type.ApplicationFontChange)


def current_zoom() -> int:
    """The zoom the application's font is at now, in percent (to the nearest)."""
    base, now = base_font(), QApplication.font()
    if base.pointSizeF() > 0 and now.pointSizeF() > 0:
        return round(100 * now.pointSizeF() / base.pointSizeF())
    return round(100 * now.pixelSize() / max(1, base.pixelSize()))


def scale_toolbar(toolbar: QToolBar, percent: int) -> None:
    """The toolbar's icons at percent of the style's size."""
    # (No option nor widget, which the metric does not read: a None for the option made the QStyleOption class.)
    size = toolbar.style().pixelMetric(QStyle.PixelMetric.PM_ToolBarIconSize)
    side = round(size * clamped(percent) / 100)
    toolbar.setIconSize(QSize(side, side))
