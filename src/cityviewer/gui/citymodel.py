"""The city list as a Qt model: rows come from the core's query; sorting is a proxy's job."""

from __future__ import annotations

from enum import IntEnum
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from cityviewer.core.dataset import CityRow

Index = QModelIndex | QPersistentModelIndex
CITY_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SORT_ROLE = Qt.ItemDataRole.UserRole + 2


class Column(IntEnum):
    NAME = 0
    HANGUL = 1
    PROVINCE = 2
    POPULATION = 3
    CENSUS_RANK = 4


class CityTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CityRow] = []
        self._headers = {
            Column.NAME: self.tr("Name"),
            Column.HANGUL: self.tr("Hangul"),
            Column.PROVINCE: self.tr("Province"),
            Column.POPULATION: self.tr("Population"),
            Column.CENSUS_RANK: self.tr("Rank"),
        }
        self._tooltips = {
            Column.POPULATION: self.tr("Population counted by the 2008 census"),
            Column.CENSUS_RANK: self.tr("Rank among the cities of the 2008 census"),
        }

    def set_rows(self, rows: list[CityRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def city_at(self, row: int) -> CityRow:
        return self._rows[row]

    def row_of(self, city_id: str) -> int:
        for n, city in enumerate(self._rows):
            if city.id == city_id:
                return n
        return -1

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Column)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(Column):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[Column(section)]
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._tooltips.get(Column(section))
            if role == Qt.ItemDataRole.TextAlignmentRole and section >= Column.POPULATION:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        city = self._rows[index.row()]
        column = Column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if column == Column.POPULATION:
                return f"{city.population:,}" if city.population is not None else ""
            if column == Column.CENSUS_RANK:
                return str(city.census_rank) if city.census_rank is not None else ""
            return {Column.NAME: city.name, Column.HANGUL: city.hangul, Column.PROVINCE: city.province}[column]
        if role == SORT_ROLE:
            values = {
                Column.NAME: city.name.casefold(),
                Column.HANGUL: city.hangul,
                Column.PROVINCE: city.province.casefold(),
                Column.POPULATION: city.population if city.population is not None else -1,
                Column.CENSUS_RANK: city.census_rank if city.census_rank is not None else 1 << 30,
            }
            return values[column]
        if role == CITY_ID_ROLE:
            return city.id
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= Column.POPULATION:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{city.name} ({city.hangul}), {city.province}"
        return None


class CitySortProxy(QSortFilterProxyModel):
    """Sorts by each column's natural value (numbers as numbers), keeping the core's order until a header
    is clicked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
