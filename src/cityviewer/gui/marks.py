"""The mark of the source article's ten cities: the city's place in the article, in a small badge."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QGuiApplication, QPainter, QPixmap

# A badge as high as a line of the list's text, drawn at the screen's pixel ratio so it is sharp on every screen.
_BADGE_COLOR = QColor("#1f5fa8")
_TEXT_COLOR = QColor("white")


def article_mark(rank: int, height: int | None = None) -> QPixmap:
    """A badge with rank in it, height logical pixels high (the application font's height by default)."""
    font = QFont(QGuiApplication.font())
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * 0.8)
    size = height or QFontMetrics(QGuiApplication.font()).height()
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    width = size + (size // 3 if rank >= 10 else 0)
    pixmap = QPixmap(round(width * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(_BADGE_COLOR)
        box = QRectF(0.5, 0.5, width - 1, size - 1)
        painter.drawRoundedRect(box, size / 2.5, size / 2.5)
        painter.setPen(_TEXT_COLOR)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(rank))
    finally:
        painter.end()
    return pixmap
