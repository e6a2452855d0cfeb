"""The city list: the table over the lazy model, and the page that says nothing matches."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QActionGroup, QFontMetrics, QKeyEvent, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cityviewer.core.dataset import Dataset
from cityviewer.core.errors import DatasetError
from cityviewer.core.request import SearchResults
from cityviewer.gui.citymodel import CITY_ID_ROLE, INITIAL_SORT_ROLE, CityTableModel, Column
from cityviewer.gui.colours import watch_colours
from cityviewer.gui.style import our_way_while_focused
from cityviewer.gui.syncreads import SyncRead, sync_read
from cityviewer.gui.zoom import base_font

# Initial column widths in characters: fixed, so the view never measures 100,000 rows to size its columns.
_COLUMN_CHARS = {Column.NAME: 11, Column.LOCAL_NAME: 5, Column.POPULATION: 9, Column.CENSUS_RANK: 4}
_DIVISION_CHARS = 12  # the least the stretching division column needs to be worth showing
# When the list is too narrow for every column (a projector's zoom, a narrow window), these give way first to last;
# the article still says each of them. They come back when there is room.
_GIVE_WAY = (Column.CENSUS_RANK, Column.DIVISION, Column.POPULATION)
_COLUMN_PADDING = 16  # pixels beside the text: the sort arrow and the cell margins
_LEADING_LOCAL_CHARS = 8  # the local names when they lead: a division's whole name (평양직할시) and the sort arrow
_QUOTED_CHARS = 80  # how much of what was typed the "no results" page quotes


class CityTable(QTableView):
    """The table. Enter opens the current city (moves to its article)."""

    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class CityList(QStackedWidget):
    """The city list, a pane of the main window (see MainWindow.subscribe).

    Signals: city_chosen(id) when a person moves to a row; open_requested on Enter or a double click;
    clear_requested and suggestion_chosen(name) from the "no results" page; sort_requested(SortKey or None,
    descending) from the header.
    """

    city_chosen = Signal(str)
    open_requested = Signal()
    clear_requested = Signal()
    sort_requested = Signal(object, bool)
    suggestion_chosen = Signal(str)

    def __init__(self, dataset: Dataset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dataset = dataset
        self._shown: str | None = None  # the city the window shows, selected here whenever it is listed
        self._following = False  # True while the selection follows the window, so it is not chosen again
        self.model = CityTableModel(dataset.rows, dataset.info.volume, self)
        self.model.set_colours(watch_colours(self, self.model.set_colours))
        self.model.sort_requested.connect(self.sort_requested)
        # A volume without a script of its own has no local names: no column for them.
        self._no_local = dataset.info.volume.local_system is None
        self.table = self._make_table()
        self.table.setColumnHidden(Column.LOCAL_NAME, self._no_local)
        if dataset.info.volume.local_first:  # read in their own language, the local names lead (가나다 sorted)
            header = self.table.horizontalHeader()
            header.moveSection(header.visualIndex(Column.LOCAL_NAME), 0)
        self.no_results = self._make_no_results()
        self.addWidget(self.table)
        self.addWidget(self.no_results)

    def _make_table(self) -> CityTable:
        table = CityTable(self)
        our_way_while_focused(table)  # its focus frame ours, every other paint without a call into Python (gui.style)
        table.setObjectName("Cities")
        table.setAccessibleName(self.tr("Cities"))
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Ctrl+click and Shift+click select several rows (to compare them); the current row is the city on show.
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)  # rows are chosen with the arrows; Tab goes on to the article and the map
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.DIVISION, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        # The style's row height for a line of the font before any zoom: rows keep that proportion at any zoom.
        # (No option nor widget, which the metric does not read: a None for the option made the QStyleOption class.)
        style_row = table.style().pixelMetric(QStyle.PixelMetric.PM_HeaderDefaultSectionSizeVertical)
        self._row_per_line = style_row / max(1, QFontMetrics(base_font()).height())
        self._fit_rows(table)
        self._size_columns(table)
        table.selectionModel().currentRowChanged.connect(self._on_current_row)
        table.open_requested.connect(self.open_requested)
        table.doubleClicked.connect(self.open_requested)
        return table

    def _widths(self, table: QTableView) -> dict[Column, int]:
        """Each sized column's width in the font of now (the local name wider when it leads the list)."""
        char = table.fontMetrics().horizontalAdvance("0")
        chars = dict(_COLUMN_CHARS)
        if self._dataset.info.volume.local_first:
            chars[Column.LOCAL_NAME] = _LEADING_LOCAL_CHARS
        return {column: char * n + _COLUMN_PADDING for column, n in chars.items()}

    def _size_columns(self, table: QTableView) -> None:
        header = table.horizontalHeader()
        for column, width in self._widths(table).items():
            header.resizeSection(column, width)
        self._fit_columns(table)

    def _fit_columns(self, table: QTableView) -> None:
        """Show every column the list's width has room for, hiding those of _GIVE_WAY (first to last) that do not
        fit: at 300% on a projector the names stay whole instead of every column being cut."""
        needs = self._widths(table)
        needs[Column.DIVISION] = table.fontMetrics().horizontalAdvance("0") * _DIVISION_CHARS + _COLUMN_PADDING
        if self._no_local:
            del needs[Column.LOCAL_NAME]
        if table.isVisible():
            room = table.viewport().width()
        else:  # not laid out yet: the list's width, less a scroll bar
            room = self.width() - table.verticalScrollBar().sizeHint().width()
        hidden = set()
        for column in _GIVE_WAY:
            if sum(width for c, width in needs.items() if c not in hidden) <= room:
                break
            hidden.add(column)
        for column in _GIVE_WAY:
            if table.isColumnHidden(column) != (column in hidden):
                table.setColumnHidden(column, column in hidden)
        # The division column stretches to the list's width; once it has given way, the last column shown does, so
        # that no blank band is left beside the names.
        table.horizontalHeader().setStretchLastSection(Column.DIVISION in hidden)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if hasattr(self, "table"):
            self._fit_columns(self.table)

    def _fit_rows(self, table: QTableView) -> None:
        table.verticalHeader().setDefaultSectionSize(round(self._row_per_line * table.fontMetrics().height()))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "table"):  # the window's zoom (gui.zoom)
            self._fit_rows(self.table)
            self._size_columns(self.table)
            self.model.font_changed()

    def _make_no_results(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("No results")
        self._message = QLabel(page)
        self._message.setObjectName("No results message")
        self._message.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        self._did_you_mean = QLabel(self.tr("Did you mean:"), page)
        self._did_you_mean.setObjectName("Did you mean")
        self._offers = QHBoxLayout()  # a button per name closest to what was typed
        self.clear_from_no_results = button = QPushButton(self.tr("Clear search and filters"), page)
        button.setObjectName("Clear from no results")
        button.setAutoDefault(True)  # Enter presses it, as Space does
        button.clicked.connect(self.clear_requested)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self._message)
        layout.addWidget(self._did_you_mean, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addLayout(self._offers)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _offer(self, suggestions: tuple[str, ...]) -> None:
        """Did you mean ...? A button for each name; choosing one searches for it."""
        while (item := self._offers.takeAt(0)) is not None:
            if (widget := item.widget()) is not None:
                widget.hide()  # out of the Tab order at once
                widget.deleteLater()
        self._did_you_mean.setVisible(bool(suggestions))
        self._offers.addStretch(1)
        for name in suggestions:
            offer = QPushButton(name, self.no_results)
            offer.setObjectName("Suggestion")
            offer.setAccessibleName(self.tr("Search for {name}").format(name=name))
            offer.setAutoDefault(True)  # Enter presses it, as Space does
            offer.clicked.connect(lambda _checked=False, name=name: self.suggestion_chosen.emit(name))
            self._offers.addWidget(offer)
        self._offers.addStretch(1)

    # -- a pane: the window's events ------------------------------------------------------------------
    def on_results(self, results: SearchResults) -> None:
        """List results' cities (in order), keeping the shown city selected if it is among them; with none, say
        why: the search failed, or nothing matches the request."""
        self.model.set_keys(results.keys, results.mentioned_from)
        self.table.clearSpans()
        if (divider := self.model.divider_row()) >= 0:
            self.table.setSpan(divider, 0, 1, self.model.columnCount())
        self.setCurrentWidget(self.table if results.keys else self.no_results)
        if not results.keys:
            self._message.setText(self._no_results_text(results))
            self._offer(results.suggestions)
        self._follow(self._shown)

    def on_city_shown(self, city_id: str) -> None:
        self._shown = city_id
        self._follow(city_id)

    def on_city_hovered(self, city_id: str) -> None:
        """Tint the row of the city another pane points at ("" for none), scrolled into view."""
        try:
            with sync_read(SyncRead.CITY_ROW):
                key = next((row.key for row in self._dataset.rows_of([city_id])), None) if city_id else None
        except DatasetError:
            key = None
        row = self.model.set_highlighted(key)
        if row >= 0:
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    def _no_results_text(self, results: SearchResults) -> str:
        shown = results.request.text.strip()[:_QUOTED_CHARS]
        if results.failure:
            return self.tr("The search failed: {error}").format(error=results.failure)
        filtered = results.request.has_filters()
        division = self._dataset.info.volume.divisions.one  # the volume's word: a province, a county, ...
        if shown and filtered:
            return self.tr("No city or {division} matches “{query}” with these filters.").format(
                query=shown, division=division
            )
        if shown:
            return self.tr("No city or {division} matches “{query}”.").format(query=shown, division=division)
        if filtered:
            return self.tr("No city or {division} matches these filters.").format(division=division)
        return self.tr("The dataset has no cities.")

    def no_results_sentence(self) -> str:
        """What the "no results" page says, the names it offers included (for assistive technology)."""
        names = [button.text() for button in self.offer_buttons()]
        if not names:
            return self._message.text()
        return self.tr("{message} Did you mean: {names}?").format(message=self._message.text(), names=", ".join(names))

    def offer_buttons(self) -> list[QPushButton]:
        """The buttons of the names offered for what was typed ("Did you mean"), in order."""
        items = (self._offers.itemAt(n) for n in range(self._offers.count()))
        return [widget for item in items if item is not None and isinstance(widget := item.widget(), QPushButton)]

    def _follow(self, city_id: str | None) -> None:
        """Select city_id's row without choosing it again; clear the selection when it is not listed."""
        current = self.table.currentIndex()
        if city_id is not None and current.isValid() and current.data(CITY_ID_ROLE) == city_id:
            return  # the person moved here: nothing to do
        row = self._row_of(city_id)
        selection = self.table.selectionModel()
        self._following = True
        try:
            if row < 0:
                selection.clear()  # the current row too, so that clicking it again shows it
                return
            index = self.model.index(row, 0)
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
            self.table.scrollTo(index)
        finally:
            self._following = False

    def _row_of(self, city_id: str | None) -> int:
        if city_id is None or self.model.rowCount() == 0:
            return -1
        try:
            with sync_read(SyncRead.CITY_ROW):
                found = self._dataset.rows_of([city_id])
        except DatasetError:
            return -1
        return self.model.row_of_key(found[0].key) if found else -1

    # -- the keyboard ---------------------------------------------------------------------------------
    def sort_menu(self, parent: QWidget) -> QMenu:
        """View > Sort List By: each column, or relevance, and descending order, for those who cannot click the
        header. The checks mirror the header's sort indicator, however it was set; choosing one sorts as a click
        on that column's header does (its first order: numbers largest first, text A to Z)."""
        menu = QMenu(self.tr("&Sort List By"), parent)
        menu.setObjectName("Sort list by")
        header = self.table.horizontalHeader()
        group = QActionGroup(menu)
        self._sort_actions: dict[int, QAction] = {}
        relevance = menu.addAction(self.tr("&Relevance"))
        relevance.setData(-1)
        for column in Column:
            if column == Column.LOCAL_NAME and self._no_local:
                continue  # no such column in this volume (one hidden for want of room still sorts the list)
            title = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            action = menu.addAction(title.replace("&", "&&"))
            action.setData(int(column))
        menu.addSeparator()
        self._descending = menu.addAction(self.tr("&Descending"))
        self._descending.setCheckable(True)
        for action in menu.actions():
            if action.data() is not None:
                action.setCheckable(True)
                group.addAction(action)
                self._sort_actions[int(action.data())] = action
        group.triggered.connect(lambda action: self._sort_by(int(action.data())))
        self._descending.triggered.connect(self._sort_descending)
        header.sortIndicatorChanged.connect(self._show_sort)
        self._show_sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        return menu

    def _sort_by(self, column: int) -> None:
        if column < 0:
            self.table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
            return
        first = self.model.headerData(column, Qt.Orientation.Horizontal, INITIAL_SORT_ROLE)
        self.table.sortByColumn(column, first if isinstance(first, Qt.SortOrder) else Qt.SortOrder.AscendingOrder)

    def _sort_descending(self, descending: bool) -> None:
        column = self.table.horizontalHeader().sortIndicatorSection()
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        if 0 <= column < self.model.columnCount():
            self.table.sortByColumn(column, order)
        else:
            self._descending.setChecked(False)  # relevance has one order

    def _show_sort(self, column: int, order: Qt.SortOrder) -> None:
        sorted_by = column if column in self._sort_actions else -1
        self._sort_actions[sorted_by].setChecked(True)
        self._descending.setChecked(sorted_by >= 0 and order == Qt.SortOrder.DescendingOrder)
        self._descending.setEnabled(sorted_by >= 0)

    def focus_top(self) -> None:
        """Move the keyboard into the list onto its top result (the first row that can be read), selected."""
        first = self.model.first_readable_row()
        if first < 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        self.table.selectRow(first)

    def first_city(self) -> str | None:
        row = self.model.first_readable_row()
        city = self.model.city_at(row) if row >= 0 else None
        return city.id if city is not None else None

    def selected_ids(self) -> list[str]:
        """The ids of the rows selected, in the list's order."""
        rows = sorted(index.row() for index in self.table.selectionModel().selectedRows())
        found = (self.model.index(row, 0).data(CITY_ID_ROLE) for row in rows)
        return [city_id for city_id in found if city_id is not None]

    def listed_ids(self) -> list[str]:
        found = (self.model.index(r, 0).data(CITY_ID_ROLE) for r in range(self.model.rowCount()))
        return [city_id for city_id in found if city_id is not None]

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        city_id = current.data(CITY_ID_ROLE) if current.isValid() else None
        if city_id and not self._following:  # not on the "Mentioned in" heading
            self.city_chosen.emit(city_id)
