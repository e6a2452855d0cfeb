"""The article as assistive technology reads it: a document (not the label Qt makes of a read-only QTextBrowser),
its text read line by line with a caret, its headings, links, images and tables as objects of their own.

Qt's accessible QTextBrowser is a StaticText (AT-SPI "label") whose text runs a table's cells together and whose
links are no objects at all; Qt's AT-SPI bridge has no Hypertext interface to offer. Here the pane is a Document
whose Text interface reads each table cell and each paragraph on a line of its own, and whose children are the
article's parts: each heading (Heading), link (Link, pressed to follow it, focused as Tab reaches it), image
(Graphic, named by its alternative text) and table (Table, its cells RowHeader and Cell). The parts are QObjects
(ArticlePart) so that Qt's accessibility cache forgets them when the article is replaced. The interfaces themselves
(gui.articleinterfaces) are imported when assistive technology first asks for one, never at start-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QTextCursor
from PySide6.QtWidgets import QTextBrowser

if TYPE_CHECKING:  # read when a screen reader asks: start-up makes none of these classes (nor their enums)
    from PySide6.QtGui import QAccessibleInterface, QTextBlock, QTextDocument, QTextFrame, QTextTable

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
    from PySide6.QtGui import QTextTable  # when a screen reader or Tab first asks for the parts

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
    from PySide6.QtGui import QTextFormat

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
            from PySide6.QtGui import QAccessibleEvent

            QAccessible.updateAccessibility(QAccessibleEvent(link, QAccessible.Event.Focus))
        self._focused = link


def _parts_of(view: QObject) -> ArticleParts | None:
    found = view.findChild(ArticleParts, options=Qt.FindChildOption.FindDirectChildrenOnly) if view else None
    return found if isinstance(found, ArticleParts) else None


def _factory(_class_name: str, widget: QObject) -> QAccessibleInterface | None:
    if isinstance(widget, ArticlePart):
        from cityviewer.gui.articleinterfaces import PartAccessible  # the first time a screen reader asks

        return PartAccessible(widget)
    if isinstance(widget, QTextBrowser) and getattr(widget, "ARTICLE_DOCUMENT", False):
        from cityviewer.gui.articleinterfaces import ArticleAccessible

        return ArticleAccessible(widget)
    return None


@cache
def install() -> None:
    """Make Qt build the interfaces of gui.articleinterfaces (once per process): for a QTextBrowser whose class says
    ARTICLE_DOCUMENT (and makes its ArticleParts in its constructor) and for its parts. Called before the first such
    view is made, so that Qt never caches its own interface for it."""
    QAccessible.installFactory(_factory)
