"""The article as assistive technology reads it: a document (not the label Qt makes of a read-only QTextBrowser),
its text read line by line with a caret, its headings, links, images and tables as objects of their own.

Qt's accessible QTextBrowser is a StaticText (AT-SPI "label") whose text runs a table's cells together and whose
links are no objects at all; Qt's AT-SPI bridge has no Hypertext interface to offer. Here the pane is a Document
whose Text interface reads each table cell and each paragraph on a line of its own, and whose children are the
article's parts: each heading (Heading), link (Link, pressed to follow it, focused as Tab reaches it), image
(Graphic, named by its alternative text) and table (Table, its cells RowHeader and Cell). The parts are QObjects
(ArticlePart) so that Qt's accessibility cache forgets them when the article is replaced.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import NamedTuple

import shiboken6
from PySide6.QtCore import QObject, QPoint, QRect, QSize, Qt
from PySide6.QtGui import (
    QAccessible,
    QAccessibleActionInterface,
    QAccessibleEvent,
    QAccessibleInterface,
    QAccessibleObject,
    QAccessibleTextInterface,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
    QWindow,
)
from PySide6.QtWidgets import QAccessibleWidget, QTextBrowser

Role = QAccessible.Role
# Characters QTextDocument keeps between paragraphs, lines and table cells: read as line ends.
_BREAKS = str.maketrans({"\u2029": "\n", "\u2028": "\n", "\ufdd0": "\n", "\ufdd1": "\n", "\ufdd2": "\n"})


class Part(NamedTuple):
    """A piece of the article: role, name, its span of the document's characters, what a link points to (href)
    and, for a table, its cells."""

    role: QAccessible.Role
    name: str
    start: int
    end: int
    href: str = ""
    cells: tuple[Part, ...] = ()


def parts_of(document: QTextDocument) -> list[Part]:
    """The document's headings, links, images and tables, in reading order (a link in a table is the table's
    cell's and the document's: Tab and Enter reach it either way)."""
    found: list[Part] = []
    tables = [frame for frame in _frames(document.rootFrame()) if isinstance(frame, QTextTable)]
    for table in tables:
        found.append(_table_part(table))
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        if level > 0 and block.text().strip():
            found.append(Part(Role.Heading, block.text().strip(), block.position(), block.position() + block.length()))
        found += _inline_parts(block)
        block = block.next()
    return sorted(found, key=lambda part: (part.start, part.role != Role.Table))


def _frames(frame: QTextFrame) -> Iterator[QTextFrame]:
    for child in frame.childFrames():
        yield child
        yield from _frames(child)


def _table_part(table: QTextTable) -> Part:
    cells: list[Part] = []
    two_columns = table.columns() == 2
    for row in range(table.rows()):
        for column in range(table.columns()):
            cell = table.cellAt(row, column)
            cursor = cell.firstCursorPosition()
            cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor.MoveMode.KeepAnchor)
            text = cursor.selectedText().translate(_BREAKS).strip()
            role = Role.RowHeader if two_columns and column == 0 else Role.Cell
            cells.append(Part(role, text, cell.firstPosition(), cell.lastPosition()))
    start, end = table.firstPosition(), table.lastPosition()
    return Part(Role.Table, "", start, end, cells=tuple(cells))


def _inline_parts(block: QTextBlock) -> list[Part]:
    """block's links (a link's fragments joined) and images."""
    found: list[Part] = []
    link: Part | None = None
    fragments = block.begin()
    while not fragments.atEnd():
        fragment = fragments.fragment()
        form = fragment.charFormat()
        start, end = fragment.position(), fragment.position() + fragment.length()
        if form.isImageFormat():
            alt = str(form.property(QTextFormat.Property.ImageAltText) or "")
            found.append(Part(Role.Graphic, alt, start, end))
        href = form.anchorHref() if form.isAnchor() else ""
        if link is not None and (href != link.href or start != link.end):
            found.append(link)
            link = None
        if href:
            text = fragment.text()
            link = (
                Part(Role.Link, link.name + text, link.start, end, href)
                if link
                else Part(Role.Link, text, start, end, href)
            )
        fragments += 1
    if link is not None:
        found.append(link)
    return found


class ArticlePart(QObject):
    """A part as a QObject of the view, so that Qt's accessibility cache drops its interface with it."""

    def __init__(self, view: QTextBrowser, part: Part, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else view)
        self.view = view
        self.part = part
        self.cells = [ArticlePart(view, cell, self) for cell in part.cells]


class ArticleParts(QObject):
    """The parts of the article on show in view, made again whenever its document is replaced; follow(href) is
    what pressing a link does. The link the keyboard is on is announced as focused."""

    def __init__(self, view: QTextBrowser, follow: Callable[[str], object]) -> None:
        super().__init__(view)
        self._view = view
        self.follow = follow
        self._parts: list[ArticlePart] = []
        self._text: str | None = None
        self._focused: ArticlePart | None = None
        view.document().contentsChanged.connect(self._changed)
        view.cursorPositionChanged.connect(self.cursor_moved)

    def _changed(self) -> None:
        self._text = None
        if self._parts:
            old, self._parts = self._parts, []
            self._focused = None
            for part in old:
                part.deleteLater()

    @property
    def parts(self) -> list[ArticlePart]:
        if not self._parts:
            self._parts = [ArticlePart(self._view, part) for part in parts_of(self._view.document())]
        return self._parts

    def text(self) -> str:
        """The document's characters, one for each position, paragraph and cell breaks read as line ends."""
        if self._text is None:
            self._text = self._view.document().toRawText().translate(_BREAKS)
        return self._text

    def link_at_cursor(self) -> ArticlePart | None:
        """The link Tab has reached (QTextBrowser selects it), if any."""
        cursor = self._view.textCursor()
        if not cursor.hasSelection():
            return None
        start, end = cursor.selectionStart(), cursor.selectionEnd()
        for part in self.parts:
            if part.part.role == Role.Link and part.part.start <= start and end <= part.part.end:
                return part
        return None

    def cursor_moved(self) -> None:
        """Say which link the keyboard is on, if it moved to another (the view calls this after Tab: QTextBrowser
        selects the next link without a signal)."""
        link = self.link_at_cursor()
        if link is not None and link is not self._focused and self._view.hasFocus():
            QAccessible.updateAccessibility(QAccessibleEvent(link, QAccessible.Event.Focus))
        self._focused = link


def _parts_of(view: QObject) -> ArticleParts | None:
    found = view.findChild(ArticleParts, options=Qt.FindChildOption.FindDirectChildrenOnly) if view else None
    return found if isinstance(found, ArticleParts) else None


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
        assert parts is not None, "a view with ARTICLE_DOCUMENT makes its ArticleParts in its constructor"
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


def _factory(_class_name: str, widget: QObject) -> QAccessibleInterface | None:
    if isinstance(widget, ArticlePart):
        return PartAccessible(widget)
    if isinstance(widget, QTextBrowser) and getattr(widget, "ARTICLE_DOCUMENT", False):
        return ArticleAccessible(widget)
    return None


@cache
def install() -> None:
    """Make Qt build the interfaces above (once per process): for a QTextBrowser whose class says ARTICLE_DOCUMENT
    (and makes its ArticleParts in its constructor) and for its parts. Called before the first such view is made,
    so that Qt never caches its own interface for it."""
    QAccessible.installFactory(_factory)
