"""The article's interfaces for assistive technology (gui.articleaccess says what they read): the view as a
Document with a Text interface, and its parts. Imported by articleaccess's factory when a screen reader first asks
for one: a start-up without one makes none of these classes."""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QPoint, QRect, QSize
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleInterface,
    QAccessibleObject,
    QAccessibleTextInterface,
    QTextCursor,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser

from cityviewer.gui.articleaccess import ArticlePart, ArticleParts, Role, _parts_of


# PySide's stubs type child(), parent(), childAt(), focusChild() and window() as never None, and interface_cast()
# as an int; Qt reads None as "none", and needs a pointer (below): hence the type: ignore[override] comments.
def _pointer(interface: shiboken6.Object) -> shiboken6.VoidPtr:
    """What interface_cast returns to Qt: the address of a Python-made interface as a VoidPtr, which shiboken
    hands to C++ as the pointer itself (a plain int would reach C++ as the address of the int object: a crash)."""
    return shiboken6.VoidPtr(shiboken6.getCppPointer(interface)[0])


def _inherited(address: int) -> shiboken6.VoidPtr:
    """The base class's interface_cast answer (an int: 0 for none), passed back to C++ as a pointer."""
    return shiboken6.VoidPtr(address)


class _ArticleText(QAccessibleTextInterface):
    """The view's text, its caret and its selection, by document position."""

    def __init__(self, view: QTextBrowser, parts: ArticleParts) -> None:
        super().__init__()
        self._view = view
        self._parts = parts

    def text(self, startOffset: int, endOffset: int) -> str:
        return self._parts.text()[max(0, startOffset) : max(0, endOffset)]

    def characterCount(self) -> int:
        return len(self._parts.text())

    def cursorPosition(self) -> int:
        return self._view.textCursor().position()

    def setCursorPosition(self, position: int) -> None:
        cursor = self._view.textCursor()
        cursor.setPosition(self._clamped(position))
        self._view.setTextCursor(cursor)

    def selectionCount(self) -> int:
        return 1 if self._view.textCursor().hasSelection() else 0

    def addSelection(self, startOffset: int, endOffset: int) -> None:
        self.setSelection(0, startOffset, endOffset)

    def setSelection(self, selectionIndex: int, startOffset: int, endOffset: int) -> None:
        if selectionIndex != 0:
            return
        cursor = self._view.textCursor()
        cursor.setPosition(self._clamped(startOffset))
        cursor.setPosition(self._clamped(endOffset), QTextCursor.MoveMode.KeepAnchor)
        self._view.setTextCursor(cursor)

    def removeSelection(self, selectionIndex: int) -> None:
        if selectionIndex == 0:
            cursor = self._view.textCursor()
            cursor.clearSelection()
            self._view.setTextCursor(cursor)

    def characterRect(self, offset: int) -> QRect:
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(self._clamped(offset))
        rect = self._view.cursorRect(cursor)
        width = max(1, self._view.fontMetrics().averageCharWidth())
        return QRect(self._view.viewport().mapToGlobal(rect.topLeft()), QSize(width, rect.height()))

    def offsetAtPoint(self, point: QPoint) -> int:
        local = self._view.viewport().mapFromGlobal(point)
        if not self._view.viewport().rect().contains(local):
            return -1
        return self._view.cursorForPosition(local).position()

    def scrollToSubstring(self, startIndex: int, endIndex: int) -> None:
        self.setCursorPosition(startIndex)
        self._view.ensureCursorVisible()

    def _clamped(self, position: int) -> int:
        return min(max(0, position), self.characterCount())


class ArticleAccessible(QAccessibleWidget):
    """The view as a Document: Qt's name and states for it, the text above, the parts as its children. (The
    interface may be made before the view's ArticleParts: it looks them up when asked.)"""

    def __init__(self, view: QTextBrowser) -> None:
        super().__init__(view, Role.Document)
        self._view = view
        self._text: _ArticleText | None = None

    @property
    def _parts(self) -> ArticleParts:
        parts = _parts_of(self._view)
        if parts is None:
            raise RuntimeError("a view with ARTICLE_DOCUMENT makes its ArticleParts in its constructor")
        return parts

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.TextInterface and _parts_of(self._view) is not None:
            if self._text is None:
                self._text = _ArticleText(self._view, self._parts)
            return _pointer(self._text)
        return _inherited(super().interface_cast(kind))

    def state(self) -> QAccessible.State:
        state = super().state()
        state.readOnly = True
        state.multiLine = True
        state.focusable = True
        return state

    def childCount(self) -> int:
        return len(self._parts.parts) if _parts_of(self._view) is not None else 0

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        parts = self._parts.parts
        return QAccessible.queryAccessibleInterface(parts[index]) if 0 <= index < len(parts) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        found = child.object() if child is not None else None
        parts = self._parts.parts
        return next((i for i, part in enumerate(parts) if part is found), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        for part in self._parts.parts:
            iface = QAccessible.queryAccessibleInterface(part)
            if iface is not None and iface.rect().contains(x, y):
                return iface
        return None

    def focusChild(self) -> QAccessibleInterface | None:  # type: ignore[override]
        link = self._parts.link_at_cursor() if self._view.hasFocus() else None
        return QAccessible.queryAccessibleInterface(link) if link is not None else None


class _Press(QAccessibleActionInterface):
    """A link's one action: follow it."""

    def __init__(self, part: ArticlePart) -> None:
        super().__init__()
        self._part = part

    def actionNames(self) -> list[str]:
        return [QAccessibleActionInterface.pressAction()]

    def doAction(self, actionName: str) -> None:
        parts = _parts_of(self._part.view)
        if actionName == QAccessibleActionInterface.pressAction() and parts is not None:
            parts.follow(self._part.part.href)

    def keyBindingsForAction(self, actionName: str) -> list[str]:
        return ["Return"] if actionName == QAccessibleActionInterface.pressAction() else []


class PartAccessible(QAccessibleObject):
    """A heading, link, image, table or table cell of the article."""

    def __init__(self, part: ArticlePart) -> None:
        super().__init__(part)
        self._part = part
        self._press = _Press(part) if part.part.role == Role.Link else None

    def _alive(self) -> bool:
        return shiboken6.isValid(self._part) and shiboken6.isValid(self._part.view)

    def isValid(self) -> bool:
        return self._alive() and super().isValid()

    def interface_cast(self, kind: QAccessible.InterfaceType) -> shiboken6.VoidPtr:  # type: ignore[override]
        if kind == QAccessible.InterfaceType.ActionInterface and self._press is not None:
            return _pointer(self._press)
        return _inherited(super().interface_cast(kind))

    def window(self) -> QWindow | None:  # type: ignore[override]
        return self._part.view.window().windowHandle() if self._alive() else None

    def role(self) -> QAccessible.Role:
        return self._part.part.role

    def text(self, kind: QAccessible.Text) -> str:
        return self._part.part.name if kind == QAccessible.Text.Name else ""

    def setText(self, kind: QAccessible.Text, text: str) -> None:
        pass  # read only

    def state(self) -> QAccessible.State:
        state = QAccessible.State()
        state.readOnly = True
        if not self._alive():
            state.invalid = True
            return state
        view = self._part.view
        if self._part.part.role == Role.Link:
            state.focusable = True
            state.linked = True
            parts = _parts_of(view)
            state.focused = view.hasFocus() and parts is not None and parts.link_at_cursor() is self._part
        state.offscreen = not self.rect().intersects(QRect(view.viewport().mapToGlobal(QPoint(0, 0)),
                                                           view.viewport().size()))  # fmt: skip
        state.invisible = not view.isVisible()
        return state

    def rect(self) -> QRect:
        if not self._alive():
            return QRect()
        view, part = self._part.view, self._part.part
        first, last = QTextCursor(view.document()), QTextCursor(view.document())
        first.setPosition(part.start)
        last.setPosition(max(part.start, part.end - 1) if part.role != Role.Graphic else part.end)
        rect = view.cursorRect(first).united(view.cursorRect(last))
        return QRect(view.viewport().mapToGlobal(rect.topLeft()), rect.size())

    def parent(self) -> QAccessibleInterface | None:  # type: ignore[override]
        holder = self._part.parent() if self._alive() else None
        return QAccessible.queryAccessibleInterface(holder) if holder is not None else None

    def childCount(self) -> int:
        return len(self._part.cells) if self._alive() else 0

    def child(self, index: int) -> QAccessibleInterface | None:  # type: ignore[override]
        cells = self._part.cells if self._alive() else []
        return QAccessible.queryAccessibleInterface(cells[index]) if 0 <= index < len(cells) else None

    def indexOfChild(self, child: QAccessibleInterface) -> int:
        found = child.object() if child is not None else None
        return next((i for i, cell in enumerate(self._part.cells) if cell is found), -1)

    def childAt(self, x: int, y: int) -> QAccessibleInterface | None:  # type: ignore[override]
        return None
