"""The city list: the table over the lazy model, and the page that says nothing matches."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cityviewer.core.dataset import Dataset
from cityviewer.gui.citymodel import CITY_ID_ROLE, CityTableModel, Column

# Initial column widths in characters: fixed, so the view never measures 100,000 rows to size its columns.
_COLUMN_CHARS = {Column.NAME: 11, Column.HANGUL: 5, Column.POPULATION: 9, Column.CENSUS_RANK: 4}


class CityTable(QTableView):
    """The table. Enter opens the current city (moves to its article)."""

    open_requested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.open_requested.emit()
            return
        super().keyPressEvent(event)


class CityList(QStackedWidget):
    """city_chosen(id) when the current row changes; open_requested on Enter or a double click;
    clear_requested from the "no results" page."""

    city_chosen = Signal(str)
    open_requested = Signal()
    clear_requested = Signal()

    def __init__(self, dataset: Dataset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dataset = dataset
        self.model = CityTableModel(dataset.rows, self)
        self.table = self._make_table()
        self.no_results = self._make_no_results()
        self.addWidget(self.table)
        self.addWidget(self.no_results)

    def _make_table(self) -> CityTable:
        table = CityTable(self)
        table.setObjectName("Cities")
        table.setAccessibleName(self.tr("Cities"))
        table.setModel(self.model)
        table.setSortingEnabled(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(Column.PROVINCE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
        char = table.fontMetrics().horizontalAdvance("0")
        for column, chars in _COLUMN_CHARS.items():
            header.resizeSection(column, char * chars + 16)
        table.selectionModel().currentRowChanged.connect(self._on_current_row)
        table.open_requested.connect(self.open_requested)
        table.doubleClicked.connect(self.open_requested)
        return table

    def _make_no_results(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("No results")
        self._message = QLabel(page)
        self._message.setObjectName("No results message")
        self._message.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        self._message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._message.setWordWrap(True)
        button = QPushButton(self.tr("Clear search and filters"), page)
        button.setObjectName("Clear from no results")
        button.clicked.connect(self.clear_requested)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(self._message)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def show_keys(self, keys: list[int], query: str, current: str | None, error: str = "") -> None:
        """List the cities keys (in order), keeping current selected if it is among them; with no keys, say why:
        error when the search failed, else that nothing matches query."""
        self.model.set_keys(keys)
        self.setCurrentWidget(self.table if keys else self.no_results)
        if not keys:
            shown = query.strip()[:80]
            if error:
                text = self.tr("The search failed: {error}").format(error=error)
            elif shown:
                text = self.tr("No city matches “{query}” with these filters.").format(query=shown)
            else:
                text = self.tr("No city matches these filters.")
            self._message.setText(text)
        self.select(current)

    def select(self, city_id: str | None) -> None:
        key = self._dataset.key_of(city_id) if city_id else None
        row = self.model.row_of_key(key) if key is not None else -1
        selection = self.table.selectionModel()
        if row < 0:
            selection.clear()  # the current row too, so that clicking it again shows it
            return
        index = self.model.index(row, 0)
        if index != selection.currentIndex():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def focus_list(self) -> None:
        """Move the keyboard into the list, onto its current row (or the first)."""
        if self.model.rowCount() == 0:
            return
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        if not self.table.currentIndex().isValid():
            self.table.selectRow(0)

    def first_city(self) -> str | None:
        city = self.model.city_at(0) if self.model.rowCount() else None
        return city.id if city is not None else None

    def listed_ids(self) -> list[str]:
        return [self.model.index(r, 0).data(CITY_ID_ROLE) for r in range(self.model.rowCount())]

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.city_chosen.emit(current.data(CITY_ID_ROLE))
