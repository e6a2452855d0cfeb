"""A focus ring for a text area (the article, the note): Fusion and GTK draw no focus on a QTextEdit, so a person
moving with Tab cannot see where the keyboard is. A transparent child over the area paints a frame in the palette's
focus colour (gui.colours: 3:1 on Base and on the window) while the area has the keyboard, as wide as the zoom."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from cityviewer.gui.colours import Colours, watch_colours
from cityviewer.gui.style import draw_frame, frame_width


class FocusRing(QWidget):
    """Shown over area (covering it, transparent, never taking the mouse or the keyboard) while area has focus."""

    def __init__(self, area: QAbstractScrollArea) -> None:
        super().__init__(area)
        self.setObjectName("Focus ring")
        self._area = area
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._colours = watch_colours(area, self._set_colours)
        area.installEventFilter(self)
        self.setVisible(area.hasFocus())

    @property
    def colour(self) -> Colours:
        return self._colours

    def width_px(self) -> float:
        return frame_width(self._area)  # as wide as the style's focus frames at this zoom

    def _set_colours(self, colours: Colours) -> None:
        self._colours = colours
        self.update()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is getattr(self, "_area", None):  # cleared: a dead window taken apart (colours._Watcher)
            kind = event.type()
            if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
                self.setGeometry(self._area.rect())
                self.setVisible(kind == QEvent.Type.FocusIn)
                self.raise_()
            elif kind == QEvent.Type.Resize:
                self.setGeometry(self._area.rect())
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        draw_frame(painter, QRectF(self.rect()), self._colours.focus, self.width_px())
        painter.end()
