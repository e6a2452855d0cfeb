"""The application's style: the platform's own (Fusion on Linux, Windows 11's on Windows), with three things a
classroom needs drawn our way (a QProxyStyle over it, installed once by install_style):

- every focus frame the style draws (the list's current cell, a tab, a button, a check box, a combo) in the
  palette's focus colour (gui.colours: 3:1 on Base and on the window), and on a selected row in its text colour,
  as wide as the zoom makes the font: Fusion's own is a faint dotted line (1.19:1 on the list, 1.76:1 on a tab);
- a text field's border at 3:1 against the window (WCAG 2.2 non-text contrast): Fusion derives it from the window
  colour, which on a black high-contrast window leaves the search field with no visible edge;
- under Fusion, the header's sort arrow pointing up for ascending order, as Windows and macOS draw it (Fusion
  points it down).

Drawn our way from the main window's first paint on (ClassroomStyle.draw_our_way): while a Python method overrides
drawPrimitive or drawControl, every element Qt draws calls into Python and hands it a QStyleOption, whose first
conversion makes every QStyleOption class and its enums (~60): the first paint would pay for ~250 calls, of which
one draws anything of ours. What the first paint needs of it (the search field's border) is drawn the same by a
transparent child of the field (ClassroomStyle.edge_until_drawing), taken away when the style draws our way. The
city list has a ClassroomStyle of its own, drawing our way only while the list has the keyboard
(our_way_while_focused): its cells would call into Python three times each at every repaint."""

from __future__ import annotations

from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFontInfo, QGuiApplication, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QAbstractItemView, QApplication, QLineEdit, QProxyStyle, QStyle, QWidget

from cityviewer.gui.colours import Colours, colours_for

if TYPE_CHECKING:  # imported when the style first draws our way (after the first paint): their enums with them
    from PySide6.QtWidgets import QStyleOption, QStyleOptionHeader

_WIDTH_PER_PIXEL = 1 / 7  # a focus frame's width for each pixel of the font: 2 at a 14 px font, 4 at 28 px
_PE = QStyle.PrimitiveElement


def flipped(indicator: QStyleOptionHeader.SortIndicator) -> QStyleOptionHeader.SortIndicator:
    from PySide6.QtWidgets import QStyleOptionHeader

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
    """The platform's style with our focus frames, text field borders and (under Fusion) sort arrow: from the
    start, or (now=False) from draw_our_way() on (see the module's docstring)."""

    def __init__(self, base: str, *, now: bool = True) -> None:
        super().__init__(base)
        self._fusion = base.lower() == "fusion"
        self.drawing = False  # whether it draws our way yet
        self._edges: list[QWidget] = []  # the field_edge children drawing a field's border until then
        if now:
            self.draw_our_way()

    def draw_our_way(self) -> None:
        """From now on, draw our focus frames, field borders and sort arrow (once; again is a no-op). The overrides
        are set on the instance: shiboken remembers that a class has no Python override of a virtual method, and
        forgets it when an attribute is set on the object."""
        if self.drawing:
            return
        self.drawing = True
        setattr(self, "drawPrimitive", self._draw_primitive)  # noqa: B010 (setattr: shiboken looks again)
        setattr(self, "drawControl", self._draw_control)  # noqa: B010
        edges, self._edges = self._edges, []
        for edge in edges:  # the style draws the field's border from now on (the same pixels)
            if shiboken6.isValid(edge):  # (its field may be gone: a window taken apart before it was shown)
                edge.hide()
                edge.deleteLater()
        focused = QApplication.focusWidget()
        if focused is not None:  # drawn before now (a key typed ahead of the first paint): its focus frame ours
            focused.update()

    def draw_their_way(self) -> None:
        """From now on, draw as the platform's style alone (no call into Python) until draw_our_way() again."""
        if self.drawing:
            self.drawing = False
            delattr(self, "drawPrimitive")  # shiboken looks again, and finds the class's (C++) method
            delattr(self, "drawControl")

    def edge_until_drawing(self, field: QLineEdit) -> None:
        """Until the style draws our way, a transparent child of field draws its border as the style will."""
        if not self.drawing:
            self._edges.append(_FieldEdge(field))

    def _draw_primitive(
        self, element: QStyle.PrimitiveElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        from PySide6.QtWidgets import QStyleOptionHeader

        if element == _PE.PE_FrameFocusRect:
            self._draw_focus(option, painter, widget)
            return
        if element == _PE.PE_IndicatorHeaderArrow and self._fusion and isinstance(option, QStyleOptionHeader):
            option = QStyleOptionHeader(option)
            option.sortIndicator = flipped(option.sortIndicator)
        super().drawPrimitive(element, option, painter, widget)
        if element == _PE.PE_FrameLineEdit:
            draw_field_border(option, painter, widget)

    def _draw_control(
        self, element: QStyle.ControlElement, option: QStyleOption, painter: QPainter, widget: QWidget | None = None
    ) -> None:
        from PySide6.QtWidgets import QStyleOptionTab

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


def draw_field_border(option: QStyleOption, painter: QPainter, widget: QWidget | None) -> None:
    """A text field's border over the style's own: 3:1 on the window, in the focus colour while it has focus."""
    focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
    _draw_border(painter, QRectF(option.rect), option.palette, focused, widget)


def _draw_border(painter: QPainter, rect: QRectF, palette: QPalette, focused: bool, widget: QWidget | None) -> None:
    colours = _colours_of(palette)
    if focused:
        draw_frame(painter, rect, colours.focus, frame_width(widget))
    else:
        draw_frame(painter, rect, colours.field_border, 1.0)


class _FieldEdge(QWidget):
    """Over a text field (covering it, transparent, never taking the mouse or the keyboard), its border as
    ClassroomStyle draws it once it draws our way; repainted with the field (its focus, its palette)."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(field)
        self.setObjectName("Field edge")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._field = field
        self.setGeometry(field.rect())
        field.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._field and event.type() == QEvent.Type.Resize:
            self.setGeometry(self._field.rect())
        return False

    def paintEvent(self, _event: QPaintEvent) -> None:
        field = self._field  # what the field's own option has (QStyleOption.initFrom): its rect, palette and focus
        painter = QPainter(self)
        _draw_border(painter, QRectF(field.rect()), field.palette(), field.hasFocus(), field)
        painter.end()


def draw_frame(painter: QPainter, rect: QRectF, colour: QColor, width: float) -> None:
    """A frame width pixels wide in colour just inside rect (the style's focus frames, gui.focusring's ring)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
    painter.setPen(QPen(colour, width))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = width / 2
    painter.drawRect(rect.adjusted(half, half, -half, -half))
    painter.restore()


class _WhileFocused(QObject):
    """Has a view's own ClassroomStyle draw our way while the view has the keyboard's focus."""

    def __init__(self, view: QAbstractItemView, style: ClassroomStyle) -> None:
        super().__init__(view)
        self._style = style
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.FocusIn:
            self._style.draw_our_way()
        elif kind == QEvent.Type.FocusOut:
            self._style.draw_their_way()
        return False


def our_way_while_focused(view: QAbstractItemView) -> None:
    """Give view a ClassroomStyle of its own that draws our way only while view has the keyboard's focus: the focus
    frame on its current cell is all of ours an item view draws (its header and scroll bars keep the application's
    style), and while a style draws our way every cell calls into Python three times (the city list took twice as
    long to repaint, at every keystroke's list). The style outlives the view (a child of its parent, made after it)."""
    shared = classroom_style()
    if shared is None:
        return
    own = ClassroomStyle(shared.baseStyle().name(), now=False)
    own.setParent(view.parentWidget() or QApplication.instance())
    view.setStyle(own)
    _WhileFocused(view, own)
    if view.hasFocus():
        own.draw_our_way()


def install_style(app: QApplication, *, now: bool = True) -> ClassroomStyle:
    """Put ClassroomStyle over the application's style (once; again is a no-op) and return it; drawing our way from
    now, or (now=False) from draw_our_way(): the main window's first paint (gui.application.create_application)."""
    current = app.style()
    if isinstance(current, ClassroomStyle):
        return current
    style = ClassroomStyle(current.name(), now=now)
    app.setStyle(style)
    return style


def classroom_style() -> ClassroomStyle | None:
    """The application's ClassroomStyle (None: another style)."""
    style = QApplication.style()
    return style if isinstance(style, ClassroomStyle) else None


def draw_our_way() -> None:
    """The application's style draws our way from now on (MainWindow's first paint, a dialog, a screenshot)."""
    style = classroom_style()
    if style is not None:
        style.draw_our_way()
