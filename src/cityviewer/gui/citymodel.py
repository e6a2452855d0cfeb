"""The city list as a Qt model that fetches lazily: it holds only the keys of the listed entries, in order, and
reads the rows a view asks for from the dataset a page at a time, so 100,000 places cost a list of integers.
Sorting is the core's query (ORDER BY), requested through sort_requested. A row that cannot be read is shown as
such and cannot be selected. Divisions show their kind in the division column, in italics; the cities of the source
article carry its mark; when some entries only mention what was typed, a row "Mentioned in" heads them."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Sequence
from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont, QPixmap

from cityviewer.core.article import articles_ten_mark, escape
from cityviewer.core.errors import DatasetError
from cityviewer.core.records import DIVISION, EntryRow
from cityviewer.core.request import SortKey
from cityviewer.core.volume import Volume
from cityviewer.gui.colours import Colours, colours_of
from cityviewer.gui.errortext import describe
from cityviewer.gui.localeformats import formats
from cityviewer.gui.marks import article_mark, marks_side_by_side, star_mark
from cityviewer.gui.syncreads import SyncRead, sync_read

Index = QModelIndex | QPersistentModelIndex
# Roles and columns as plain ints: data() runs for every visible cell, and converting to enums there is slow.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole.value)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole.value)
INITIAL_SORT_ROLE = int(Qt.ItemDataRole.InitialSortOrderRole.value)
DECORATION_ROLE = int(Qt.ItemDataRole.DecorationRole.value)
FONT_ROLE = int(Qt.ItemDataRole.FontRole.value)
BACKGROUND_ROLE = int(Qt.ItemDataRole.BackgroundRole.value)
FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole.value)
ACCESSIBLE_TEXT_ROLE = int(Qt.ItemDataRole.AccessibleTextRole.value)
ACCESSIBLE_DESCRIPTION_ROLE = int(Qt.ItemDataRole.AccessibleDescriptionRole.value)
CITY_ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1
RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
READABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
UNREADABLE = Qt.ItemFlag.NoItemFlags
HEADING = Qt.ItemFlag.ItemIsEnabled  # the "Mentioned in" row: the arrow keys stop on it (a screen reader says it)
# Rows are read a page at a time; a page is about what two screens show, and 64 pages (12,800 rows) are kept.
PAGE_SIZE = 200
SEARCHED_LOOKUPS = 4  # row_of_key() searches a list this many times before it makes a dictionary of it
CACHED_PAGES = 64


class Column(IntEnum):
    NAME = 0
    LOCAL_NAME = 1
    DIVISION = 2
    POPULATION = 3
    CENSUS_RANK = 4


# What each column sorts by in the core's query.
SORT_KEYS = {Column.NAME: SortKey.NAME, Column.LOCAL_NAME: SortKey.LOCAL_NAME, Column.DIVISION: SortKey.DIVISION,
             Column.POPULATION: SortKey.POPULATION, Column.CENSUS_RANK: SortKey.RANK}  # fmt: skip
_NAME, _HANGUL, _DIVISION, _POPULATION, _CENSUS_RANK = (int(c) for c in Column)
_COLUMN_COUNT = len(Column)
# The roles data() answers for some cell; of those, the ones only the "Mentioned in" row answers.
_ANSWERED_ROLES = frozenset(
    (
        DISPLAY_ROLE,
        CITY_ID_ROLE,
        TOOLTIP_ROLE,
        DECORATION_ROLE,
        FONT_ROLE,
        ALIGNMENT_ROLE,
        BACKGROUND_ROLE,
        FOREGROUND_ROLE,
        ACCESSIBLE_TEXT_ROLE,
        ACCESSIBLE_DESCRIPTION_ROLE,
    )
)
_DIVIDER_ONLY_ROLES = frozenset((FOREGROUND_ROLE, ACCESSIBLE_DESCRIPTION_ROLE))
_NAME_ONLY_ROLES = frozenset((DECORATION_ROLE, ACCESSIBLE_TEXT_ROLE))
_HEADER_ROLES = frozenset((DISPLAY_ROLE, TOOLTIP_ROLE, ALIGNMENT_ROLE, INITIAL_SORT_ROLE))  # what headerData answers


class CityTableModel(QAbstractTableModel):
    """sort_requested(SortKey or None, descending) asks for the same cities in another order;
    read_failed(message) when a page of rows could not be read."""

    sort_requested = Signal(object, bool)
    read_failed = Signal(str)  # a page of rows could not be read: the message for the status bar

    def __init__(
        self,
        fetch_rows: Callable[[Sequence[int]], list[EntryRow]],
        volume: Volume,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._volume = volume
        self._formats = formats()  # the interface's language's (a new language builds a new window)
        self._keys: list[int] | tuple[int, ...] = []
        self._divider: int | None = None  # the row "Mentioned in", above the entries that only mention the text
        self._rows_by_key: dict[int, int] | None = None  # made by row_of_key() when a list is asked often
        self._looked_up = 0  # how often row_of_key() was asked since set_keys()
        self._pages: OrderedDict[int, list[EntryRow | None]] = OrderedDict()  # None: a row that cannot be read
        local = volume.local_system
        self._headers = [self.tr("Name"), local.label if local else "", volume.divisions.label, self.tr("Population"),
                         self.tr("Rank")]  # fmt: skip
        census = volume.census.label if volume.census else ""
        self._tooltips = {
            _POPULATION: self.tr("Population counted by the {census}").format(census=census) if census else "",
            _CENSUS_RANK: self.tr("Rank among the cities of the {census}").format(census=census) if census else "",
        }
        self._unreadable = self.tr("(cannot be read)")
        self._mentioned_in = self.tr("Mentioned in")
        self._mentioned_tip = self.tr("These entries mention what you typed; the ones above are named so")
        self._italic = QFont()
        self._italic.setItalic(True)
        self._marks: dict[int, QPixmap] = {}
        self._highlighted = -1  # the key of the row another pane points at (the map's hovered marker)
        # The list's own, from CityList.set_colours. Backgrounds are given as colours, which the delegate takes as
        # brushes: building a QBrush would make QGradient and QImage (7 enums) before the first paint.
        self.colours = colours_of()
        self._is_starred: Callable[[str], bool] = lambda _id: False
        self._starred_tip = self.tr("Starred")

    def set_colours(self, colours: Colours) -> None:
        """Paint the marks, the highlighted row and the "Mentioned in" heading in colours (the view's palette or
        the colour scheme changed)."""
        if colours == self.colours:
            return
        self.colours = colours
        self._marks.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, _COLUMN_COUNT - 1),
                                  [DECORATION_ROLE, BACKGROUND_ROLE, FOREGROUND_ROLE])  # fmt: skip

    def font_changed(self) -> None:
        """The application's font changed (the window's zoom): the marks again, as high as a line of it."""
        self._marks.clear()
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, _COLUMN_COUNT - 1),
                                  [DECORATION_ROLE])  # fmt: skip

    def set_star_lookup(self, is_starred: Callable[[str], bool]) -> None:
        """Where the model asks whether an entry is starred (a star beside its name)."""
        self._is_starred = is_starred
        self.stars_changed()

    def stars_changed(self) -> None:
        """Redraw the stars (the reader starred or unstarred an entry)."""
        if self.rowCount():
            self.dataChanged.emit(self.index(0, _NAME), self.index(self.rowCount() - 1, _NAME),
                                  [DECORATION_ROLE, TOOLTIP_ROLE, ACCESSIBLE_TEXT_ROLE])  # fmt: skip

    def set_keys(self, keys: list[int] | tuple[int, ...], mentioned_from: int | None = None) -> None:
        """List keys; mentioned_from: where the entries that only mention the search begin (a row heads them)."""
        self.beginResetModel()
        self._keys = keys
        self._divider = mentioned_from if mentioned_from is not None and 0 <= mentioned_from < len(keys) else None
        self._rows_by_key = None
        self._looked_up = 0
        self._pages.clear()
        self.endResetModel()

    def divider_row(self) -> int:
        """The row "Mentioned in", or -1."""
        return -1 if self._divider is None else self._divider

    def _position(self, row: int) -> int:
        """The position in the keys of row's entry; -1 for the divider or a row out of range."""
        if self._divider is not None and row >= self._divider:
            row = row - 1 if row > self._divider else -1
        return row if 0 <= row < len(self._keys) else -1

    def set_highlighted(self, key: int | None) -> int:
        """Tint key's row (None: no row), as another pane points at its city; the row, or -1 if not listed."""
        rows = [self.row_of_key(k) for k in (self._highlighted, key if key is not None else -1)]
        self._highlighted = key if key is not None else -1
        for row in rows:
            if row >= 0:
                self.dataChanged.emit(self.index(row, 0), self.index(row, _COLUMN_COUNT - 1), [BACKGROUND_ROLE])
        return rows[1]

    def key_at(self, row: int) -> int:
        return self._keys[self._position(row)]

    def row_of_key(self, key: int) -> int:
        """The row listing key, or -1. A new list is asked a few times as it arrives (the city on show, the first
        listed): a search along the keys, in C, costs a fraction of making the dictionary that answers any later
        question at once (several milliseconds at 100,000 keys, on every keystroke); the dictionary is made when
        the list is asked more often (the map's pointer, moving over its cities)."""
        divider = len(self._keys) if self._divider is None else self._divider
        if self._rows_by_key is None and self._looked_up < SEARCHED_LOOKUPS:
            self._looked_up += 1
            try:
                position = self._keys.index(key)
            except ValueError:
                return -1
            return position + (position >= divider)
        if self._rows_by_key is None:
            self._rows_by_key = {k: n + (n >= divider) for n, k in enumerate(self._keys)}
        return self._rows_by_key.get(key, -1)

    def first_readable_row(self) -> int:
        """The first row whose city can be read, or -1."""
        return next((row for row in range(self.rowCount()) if self.city_at(row) is not None), -1)

    def city_at(self, row: int) -> EntryRow | None:
        """The row's entry, read with its page on first use; None if it cannot be read (the cell stays empty) or
        the row is the divider."""
        position = self._position(row)
        if position < 0:
            return None
        page_number, offset = divmod(position, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            start = page_number * PAGE_SIZE
            try:
                with sync_read(SyncRead.LIST_PAGE):
                    read = {row.key: row for row in self._fetch_rows(self._keys[start : start + PAGE_SIZE])}
                page = [read.get(key) for key in self._keys[start : start + PAGE_SIZE]]
            except DatasetError as exc:
                self.read_failed.emit(describe(exc))
                page = [None] * len(self._keys[start : start + PAGE_SIZE])
            self._pages[page_number] = page
            if len(self._pages) > CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_number)
        return page[offset]

    def flags(self, index: Index) -> Qt.ItemFlag:
        row = index.row()  # -1 for an index that is not valid (the divider is None or a row)
        if row == self._divider:
            return HEADING
        return READABLE if row >= 0 and self.city_at(row) is not None else UNREADABLE

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(Column(column)) if 0 <= column < _COLUMN_COUNT else None
        self.sort_requested.emit(key, order == Qt.SortOrder.DescendingOrder)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        """The cell at row and column (an invalid index outside the table). Qt's own asks rowCount and columnCount,
        two calls into Python for every index it makes (each cell the list paints, each move of its selection)."""
        if parent.isValid() or not self._has_cell(row, column):
            return QModelIndex()
        return self.createIndex(row, column)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._rows()

    def _rows(self) -> int:
        """The listed entries, and the "Mentioned in" row among them if there is one."""
        return len(self._keys) + (self._divider is not None)

    def _has_cell(self, row: int, column: int) -> bool:
        return 0 <= row < self._rows() and 0 <= column < _COLUMN_COUNT

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if role not in _HEADER_ROLES:  # the font, size, colours and decoration the header asks for as it paints
            return None
        if orientation == Qt.Orientation.Vertical:
            return self._row_header(section) if role == DISPLAY_ROLE else None
        if not 0 <= section < _COLUMN_COUNT:
            return None
        if role == DISPLAY_ROLE:
            return self._headers[section]
        if role == TOOLTIP_ROLE:
            return self._tooltips.get(section)
        if role == ALIGNMENT_ROLE and section >= _POPULATION:
            return RIGHT_ALIGNED
        if role == INITIAL_SORT_ROLE:  # the first click on a column: numbers largest first, text A to Z
            numeric = SORT_KEYS[Column(section)].numeric
            return Qt.SortOrder.DescendingOrder if numeric else Qt.SortOrder.AscendingOrder
        return None

    def _row_header(self, row: int) -> str | None:
        """The vertical header is hidden, but Qt's table interface still gives assistive technology a row header
        for every row: it names the row's entry (or the heading) rather than being empty."""
        if row == self._divider:
            return self._mentioned_in
        city = self.city_at(row) if 0 <= row < self.rowCount() else None
        return city.name if city is not None else None

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        # Qt asks each visible cell for seven roles as it paints it, each a call into Python: the roles no cell
        # answers are answered before anything else is asked of the index, and the others read the row only if
        # they need it (no highlighted row: no background; the font only for a division's kind).
        if role not in _ANSWERED_ROLES:
            return None
        row, column = index.row(), index.column()
        if not self._has_cell(row, column):
            return None
        if row == self._divider:
            return self._divider_data(column, role)
        if role == ALIGNMENT_ROLE:
            return RIGHT_ALIGNED if column >= _POPULATION else None
        if role == BACKGROUND_ROLE:
            if self._highlighted < 0:
                return None
            position = self._position(row)
            return self.colours.hover_row if position >= 0 and self._keys[position] == self._highlighted else None
        if role in _DIVIDER_ONLY_ROLES or (role == FONT_ROLE and column != _DIVISION):
            return None
        if column != _NAME and role in _NAME_ONLY_ROLES:  # the marks, and what they say
            return None
        city = self.city_at(row)
        if city is None:
            return self._unreadable if role == DISPLAY_ROLE and column == _NAME else None
        if role == CITY_ID_ROLE:
            return city.id
        if role == TOOLTIP_ROLE:
            return self._tooltip(city)
        if role == DECORATION_ROLE:
            return self._mark(city.article_rank, self._is_starred(city.id)) if column == _NAME else None
        if role == FONT_ROLE:
            return self._italic if column == _DIVISION and city.kind == DIVISION else None
        if role == ACCESSIBLE_TEXT_ROLE:
            return self._spoken_name(city) if column == _NAME else None
        if column == _NAME:
            return city.name
        if column == _HANGUL:
            return city.local_name
        if column == _DIVISION:
            if city.kind == DIVISION:
                return self._kind_label(city)
            return city.division_local_name if self._volume.local_first and city.division_local_name else city.division
        if column == _POPULATION:
            return self._formats.integer(city.population) if city.population is not None else ""
        return self._formats.integer(city.census_rank) if city.census_rank is not None else ""

    def _divider_data(self, column: int, role: int) -> Any:
        if column != _NAME:
            return None
        if role == DISPLAY_ROLE:
            return self._mentioned_in
        if role in (TOOLTIP_ROLE, ACCESSIBLE_DESCRIPTION_ROLE):
            return self._mentioned_tip
        if role == FONT_ROLE:
            return self._italic
        if role == FOREGROUND_ROLE:
            return self.colours.mentioned
        return None

    def _tooltip(self, city: EntryRow) -> str:
        """Rich text, escaped (Qt would take markup in a name for formatting): name, Hangul, where or what it is,
        and the source article's mark."""
        where = self._kind_label(city) if city.kind == DIVISION else city.division
        label = f"{city.name} ({city.local_name}), {where}" if city.local_name else f"{city.name}, {where}"
        if self._is_starred(city.id):
            label += "\n★ " + self._starred_tip
        if city.article_rank:
            label += "\n" + articles_ten_mark(city.article_rank, self._volume, QCoreApplication.translate)
        return "<qt>" + escape(label).replace("\n", "<br>") + "</qt>"

    def _spoken_name(self, city: EntryRow) -> str | None:
        """The name cell as assistive technology reads it: the name with what its marks show (the star, the
        source article's badge); None when it has none (the name is read)."""
        starred = self._is_starred(city.id)
        mark = (
            articles_ten_mark(city.article_rank, self._volume, QCoreApplication.translate) if city.article_rank else ""
        )
        if starred and mark:
            return self.tr("{name}, starred; {mark}").format(name=city.name, mark=mark)
        if starred:
            return self.tr("{name}, starred").format(name=city.name)
        if mark:
            return self.tr("{name}; {mark}").format(name=city.name, mark=mark)
        return None

    def _mark(self, rank: int | None, starred: bool) -> QPixmap | None:
        """The star of a starred entry beside the source article's badge, either, or None."""
        if not rank and not starred:
            return None
        key = (rank or 0) * 2 + starred
        if key not in self._marks:
            star = star_mark(self.colours) if starred else None
            self._marks[key] = marks_side_by_side(star, article_mark(rank, self.colours) if rank else None)
        return self._marks[key]

    def _kind_label(self, city: EntryRow) -> str:
        """What kind of division the row is (Province, Special city, ...), in the volume's words."""
        return self._volume.division_kind_label(city.division_kind or DIVISION)
