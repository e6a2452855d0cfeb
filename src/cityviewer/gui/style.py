"""The application's style: the platform's own (Fusion on Linux, Windows 11's on Windows), with three things a
classroom needs drawn our way (a QProxyStyle over it, installed once by install_style):

- every focus frame the style draws (the list's current cell, a tab, a button, a check box, a combo) in the
  palette's focus colour (gui.colours: 3:1 on Base and on the window), and on a selected row in its text colour,
  as wide as the zoom makes the font: Fusion's own is a faint dotted line (1.19:1 on the list, 1.76:1 on a tab);
- a text field's border at 3:1 against the window (WCAG 2.2 non-text contrast): Fusion derives it from the window
  colour, which on a black high-contrast window leaves the search field with no visible edge;
- under Fusion, the header's sort arrow pointing up for ascending order, as Windows and macOS draw it (Fusion
  points it down)."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFontInfo, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QProxyStyle,
    QStyle,
    QStyleOption,
    QStyleOptionHeader,
    QStyleOptionTab,
    QWidget,
)

from cityviewer.gui.colours import Colours, colours_for

_WIDTH_PER_PIXEL = 1 / 7  # a focus frame's width for each pixel of the font: 2 at a 14 px font, 4 at 28 px
_PE = QStyle.PrimitiveElement


def flipped(indicator: QStyleOptionHeader.SortIndicator) -> QStyleOptionHeader.SortIndicator:
    up, down = QStyleOptionHeader.SortIndicator.SortUp, QStyleOptionHeader.SortIndicator.SortDown
    return {up: down, down: up}.get(indicator, indicator)


def frame_width(widget: QWidget | None) -> float:
    """How wide a focus frame is drawn on widget (2 px at least; wider as the zoom grows the font)."""
    font = widget.font() if widget is not None else QApplication.font()
    return max(2.0, round(QFontInfo(font).pixelSize() * _WIDTH_PER_PIXEL))


_known: dict[tuple[int, Qt.ColorScheme], Colours] = {}


def _colours_of(palette: QPalette) -> Colours:
    """The colours for a palette the style is handed (kept by the palette's key: a paint asks many times)."""
    key = (palette.cacheKey(), QGuiApplication.styleHints().colorScheme())
    if key not in _known:
        if len(_known) > 32:
            _known.clear()
        _known[key] = colours_for(palette, key[1])
    return _known[key]


class ClassroomStyle(QProxyStyle):
    """The platform's style with our focus frames, text field borders and (under Fusion) sort arrow."""

    def __init__(self, base: str) -> None:
        super().__init__(base)
        self._fusion = base.lower() == "fusion"

    def drawPrimitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        if element == _PE.PE_FrameFocusRect:
            self._draw_focus(option, painter, widget)
            return
        if element == _PE.PE_IndicatorHeaderArrow and self._fusion and isinstance(option, QStyleOptionHeader):
            option = QStyleOptionHeader(option)
            option.sortIndicator = flipped(option.sortIndicator)
        super().drawPrimitive(element, option, painter, widget)
        if element == _PE.PE_FrameLineEdit:
            self._draw_field_border(option, painter, widget)

    def drawControl(
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        if element == QStyle.ControlElement.CE_TabBarTab and focused and isinstance(option, QStyleOptionTab):
            plain = QStyleOptionTab(option)  # Fusion's own mark on a tab is a pale fill (1.76:1): ours instead
            plain.state &= ~QStyle.StateFlag.State_HasFocus
            super().drawControl(element, plain, painter, widget)
            inset = frame_width(widget)
            draw_frame(
                painter, QRectF(option.rect).adjusted(inset, inset, -inset, 0), _colours_of(option.palette).focus, inset
            )
            return
        super().drawControl(element, option, painter, widget)

    def _draw_focus(self, option: QStyleOption, painter: QPainter, widget: QWidget | None) -> None:
        colours = _colours_of(option.palette)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        colour = option.palette.color(QPalette.ColorRole.HighlightedText) if selected else colours.focus
        draw_frame(painter, QRectF(option.rect), colour, frame_width(widget))

    def _draw_field_border(self, option: QStyleOption, painter: QPainter, widget: QWidget | None) -> None:
        colours = _colours_of(option.palette)
        if option.state & QStyle.StateFlag.State_HasFocus:
            draw_frame(painter, QRectF(option.rect), colours.focus, frame_width(widget))
        else:
            draw_frame(painter, QRectF(option.rect), colours.field_border, 1.0)


def draw_frame(painter: QPainter, rect: QRectF, colour: QColor, width: float) -> None:
    """A frame width pixels wide in colour just inside rect (the style's focus frames, gui.focusring's ring)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(colour, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = width / 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))
    painter.restore()


def install_style(app: QApplication) -> ClassroomStyle:
    """Put ClassroomStyle over the application's style (once; again is a no-op) and return it."""
    current = app.style()
    if isinstance(current, ClassroomStyle):
        return current
    style = ClassroomStyle(current.name())
    app.setStyle(style)
    return style
