"""The mark of the source article's ten cities (the city's place in the article, in a small badge) and the star of
an entry the reader starred."""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetrics, QGuiApplication, QPainter, QPen, QPixmap, QPolygonF

from cityviewer.gui.colours import Colours

# A badge as high as a line of the list's text, drawn at the screen's pixel ratio so it is sharp on every screen.


def article_mark(rank: int, colours: Colours, height: int | None = None) -> QPixmap:
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
        painter.setBrush(colours.badge)
        box = QRectF(0.5, 0.5, width - 1, size - 1)
        painter.drawRoundedRect(box, size / 2.5, size / 2.5)
        painter.setPen(colours.badge_text)
        painter.setFont(font)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(rank))
    finally:
        painter.end()
    return pixmap


def star_mark(colours: Colours, height: int | None = None) -> QPixmap:
    """A gold five-pointed star, height logical pixels high: an entry the reader starred."""
    size = height or QFontMetrics(QGuiApplication.font()).height()
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    centre, outer, inner = size / 2, size / 2 - 0.5, size / 5
    points = []
    for n in range(10):
        radius = outer if n % 2 == 0 else inner
        angle = math.pi / 2 + n * math.pi / 5
        points.append(QPointF(centre + radius * math.cos(angle), centre + 0.6 - radius * math.sin(angle)))
    painter = QPainter(pixmap)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(colours.star_edge, 0.8))
        painter.setBrush(colours.star)
        painter.drawPolygon(QPolygonF(points))
    finally:
        painter.end()
    return pixmap


def marks_side_by_side(first: QPixmap | None, second: QPixmap | None, gap: int = 2) -> QPixmap:
    """One pixmap with first then second (either may be None, not both), for one cell's decoration."""
    if first is None or second is None:
        found = first or second
        if found is None:
            raise ValueError("marks_side_by_side needs at least one pixmap")
        return found
    ratio = first.devicePixelRatio()
    width = first.deviceIndependentSize().width() + gap + second.deviceIndependentSize().width()
    height = max(first.deviceIndependentSize().height(), second.deviceIndependentSize().height())
    pixmap = QPixmap(round(width * ratio), round(height * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    try:
        painter.drawPixmap(QPointF(0, 0), first)
        painter.drawPixmap(QPointF(first.deviceIndependentSize().width() + gap, 0), second)
    finally:
        painter.end()
    return pixmap
