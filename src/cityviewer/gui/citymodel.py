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
# Roles and columns as plain ints: data() runs for every visible cell, and converting to enums there is slow.
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole.value)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole.value)
CITY_ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1
SORT_ROLE = int(Qt.ItemDataRole.UserRole.value) + 2
RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class Column(IntEnum):
    NAME = 0
    HANGUL = 1
    PROVINCE = 2
    POPULATION = 3
    CENSUS_RANK = 4


_NAME, _HANGUL, _PROVINCE, _POPULATION, _CENSUS_RANK = (int(c) for c in Column)
_COLUMN_COUNT = len(Column)


class CityTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[CityRow] = []
        self._headers: dict[int, str] = {
            Column.NAME: self.tr("Name"),
            Column.HANGUL: self.tr("Hangul"),
            Column.PROVINCE: self.tr("Province"),
            Column.POPULATION: self.tr("Population"),
            Column.CENSUS_RANK: self.tr("Rank"),
        }
        self._tooltips: dict[int, str] = {
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
        return 0 if parent.isValid() else _COLUMN_COUNT

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY_ROLE) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < _COLUMN_COUNT:
            return None
        if role == DISPLAY_ROLE:
            return self._headers[section]
        if role == TOOLTIP_ROLE:
            return self._tooltips.get(section)
        if role == ALIGNMENT_ROLE and section >= _POPULATION:
            return RIGHT_ALIGNED
        return None

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        row, column = index.row(), index.column()
        if not 0 <= row < len(self._rows) or not 0 <= column < _COLUMN_COUNT:
            return None
        city = self._rows[row]
        if role == DISPLAY_ROLE:
            if column == _NAME:
                return city.name
            if column == _HANGUL:
                return city.hangul
            if column == _PROVINCE:
                return city.province
            if column == _POPULATION:
                return f"{city.population:,}" if city.population is not None else ""
            return str(city.census_rank) if city.census_rank is not None else ""
        if role == SORT_ROLE:
            if column == _NAME:
                return city.name.casefold()
            if column == _HANGUL:
                return city.hangul
            if column == _PROVINCE:
                return city.province.casefold()
            if column == _POPULATION:
                return city.population if city.population is not None else -1
            return city.census_rank if city.census_rank is not None else 1 << 30
        if role == CITY_ID_ROLE:
            return city.id
        if role == ALIGNMENT_ROLE:
            return RIGHT_ALIGNED if column >= _POPULATION else None
        if role == TOOLTIP_ROLE:
            return f"{city.name} ({city.hangul}), {city.province}"
        return None


class CitySortProxy(QSortFilterProxyModel):
    """Sorts by each column's natural value (numbers as numbers), keeping the core's order until a header
    is clicked."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)
