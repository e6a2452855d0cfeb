"""The Compare window (Go > Compare Cities…, Ctrl+K): two to four cities side by side. Their facts in a table (a
column each), the great-circle distance between each pair in a second table, and their populations as bars drawn
to scale on a labelled axis (people compare bars faster than numbers). It starts with the city on show and the next
cities listed; cities are added from a list of all of them and removed with a button. Built when first opened.
Cities are read on the dataset thread; a newer choice drops the answer to an older one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cityviewer.core.compare import MAX_CITIES, MIN_CITIES, Comparison, compare, fact_rows
from cityviewer.core.dataset import Dataset
from cityviewer.core.records import CityEntry, CityRow
from cityviewer.core.request import SearchRequest, SearchResults, Show
from cityviewer.core.volume import Volume
from cityviewer.gui.background import DatasetThread, Failure, Op
from cityviewer.gui.messages import Kind as MessageKind
from cityviewer.gui.messages import tell
from cityviewer.gui.populationchart import PopulationChart

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")


class FactsModel(QAbstractTableModel):
    """A row per fact (core.compare.FACTS), a column per city."""

    def __init__(self, volume: Volume, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._volume = volume
        self._cities: tuple[CityEntry, ...] = ()
        self._rows: list[tuple[str, list[str]]] = fact_rows((), volume, QCoreApplication.translate)

    def set_cities(self, cities: tuple[CityEntry, ...]) -> None:
        self.beginResetModel()
        self._cities = cities
        self._rows = fact_rows(cities, self._volume, QCoreApplication.translate)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cities)

    def data(self, index: Index, role: int = int(Qt.ItemDataRole.DisplayRole.value)) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if not (0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._cities)):
            return None
        return self._rows[index.row()][1][index.column()]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if not 0 <= section < len(self._cities):
                return None
            return f"{self._cities[section].name} {self._cities[section].local_name}".strip()
        return self._rows[section][0] if 0 <= section < len(self._rows) else None


class DistanceModel(QAbstractTableModel):
    """The great-circle distance between each pair of cities, in km (a square table; the diagonal is a dash)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._comparison: Comparison | None = None

    def set_comparison(self, comparison: Comparison | None) -> None:
        self.beginResetModel()
        self._comparison = comparison
        self.endResetModel()

    def _cities(self) -> tuple[CityEntry, ...]:
        return self._comparison.cities if self._comparison is not None else ()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cities())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return self.rowCount(parent)

    def data(self, index: Index, role: int = int(Qt.ItemDataRole.DisplayRole.value)) -> Any:
        cities = self._cities()
        if not index.isValid() or self._comparison is None:
            return None
        if not (0 <= index.row() < len(cities) and 0 <= index.column() < len(cities)):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.row() == index.column():
            return "—"
        km = self._comparison.km(cities[index.row()].id, cities[index.column()].id)
        return self.tr("{km} km").format(km=f"{km:,.0f}") if km is not None else ""

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        cities = self._cities()
        if role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(cities):
            return cities[section].name
        return None


class ComparePane(QDialog):
    """The Compare window, a pane of the main window (on_results, on_city_shown, city_chosen: double-click a
    column's heading to show that city). cities() are the ids compared, in order. print_requested and
    export_requested(ids) ask the window to print them or export them as a PDF, on one sheet (PrintCommands); the
    window answers with show_message."""

    city_chosen = Signal(str)
    print_requested = Signal(list)
    export_requested = Signal(list)

    def __init__(self, volume: Volume, thread: DatasetThread, parent: QWidget | None = None) -> None:
        """volume: the dataset's (its facts' labels); thread: where the cities are read (gui.background)."""
        super().__init__(parent)
        self._thread = thread
        self._generation = 0  # of the latest start_with: the answers to reads asked before it are dropped
        self._starting = False  # start_with's cities are being read
        self._adding: list[str] = []  # the cities add_city is reading, in order
        self._entries: list[CityEntry] = []
        self._results: SearchResults | None = None
        self._shown: str | None = None
        self.setObjectName("Compare")
        self.setAccessibleName(self.tr("Compare"))
        self.setWindowTitle(self.tr("Compare Cities"))
        self.facts = FactsModel(volume, self)
        self.distances = DistanceModel(self)
        self.chart = PopulationChart(volume, self)

        self.add_box = QComboBox(self)
        self.add_box.setAccessibleName(self.tr("City to add"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.clicked.connect(self._add_chosen)
        self.remove_button = QPushButton(self.tr("&Remove Selected"), self)
        self.remove_button.setToolTip(self.tr("Remove the city whose column is selected"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.print_button = QPushButton(self.tr("&Print…"), self)
        self.print_button.setToolTip(self.tr("Print the comparison on one sheet ({key})").format(key="Ctrl+P"))
        self.print_button.clicked.connect(lambda: self.print_requested.emit(self.cities()))
        self.export_button = QPushButton(self.tr("&Export as PDF…"), self)
        self.export_button.setToolTip(self.tr("Save the comparison as a PDF ({key})").format(key="Ctrl+Shift+E"))
        self.export_button.clicked.connect(lambda: self.export_requested.emit(self.cities()))
        for button, key in ((self.print_button, "Ctrl+P"), (self.export_button, "Ctrl+Shift+E")):
            QShortcut(QKeySequence(key), self, button.click)  # the main window's keys for the same commands
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        controls = QHBoxLayout()
        label = QLabel(self.tr("Add a &city:"), self)
        label.setBuddy(self.add_box)
        for widget in (label, self.add_box, self.add_button, self.remove_button):
            controls.addWidget(widget)
        controls.addStretch(1)
        # Print and Export beside the message, under the city controls: in one row they ran off a 1024 px screen
        # at 300%.
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.print_button)
        message_row.addWidget(self.export_button)

        self.facts_view = self._table(self.facts, self.tr("Facts compared"))
        self.facts_view.setWordWrap(True)
        self.facts_view.horizontalHeader().sectionDoubleClicked.connect(self._show_column)
        self.distance_view = self._table(self.distances, self.tr("Distances between the cities"))
        self.distance_view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.distance_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(message_row)
        layout.addWidget(self.facts_view, 3)
        layout.addWidget(QLabel(self.tr("Great-circle distances"), self))
        layout.addWidget(self.distance_view)
        layout.addWidget(self.chart, 2)
        self._fill_add_box()
        self.resize(820, 640)

    def _table(self, model: QAbstractTableModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setAccessibleName(name)
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectColumns)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        return view

    def _fill_add_box(self) -> None:
        def fill(rows: list[CityRow]) -> None:
            for row in sorted(rows, key=lambda r: r.name):
                self.add_box.addItem(f"{row.name} {row.local_name}".strip(), row.id)

        self._thread.run(Op(work=lambda dataset: dataset.search(SearchRequest(show=Show.CITIES)), done=fill, pane=self))

    def _read(self, work: Callable[[Dataset], T], then: Callable[[T], None]) -> None:
        """Read on the dataset thread, then(answer) unless start_with began again meanwhile."""
        generation = self._generation

        def failed(failure: Failure) -> None:
            self._starting, self._adding = False, []
            tell(self, MessageKind.PANE, failure.message)

        self._thread.run(Op(work=work, done=then, failed=failed, stale=lambda: generation != self._generation))

    def reading(self) -> bool:
        """Whether cities to compare are still being read."""
        return self._starting or bool(self._adding)

    # -- a pane ---------------------------------------------------------------------------------------
    def on_results(self, results: SearchResults) -> None:
        self._results = results

    def on_city_shown(self, city_id: str) -> None:
        self._shown = city_id

    def start_with(self, selected: list[str]) -> None:
        """Compare the cities selected in the list when there are two or more (the first four), otherwise the city
        on show (a city, not a province) and the next cities listed, up to four."""
        shown = self._shown
        listed = list(self._results.keys[: MAX_CITIES * 4]) if self._results is not None else []
        self._generation += 1  # whatever is still being read is for the comparison this one replaces
        self._starting, self._adding = True, []

        def arrived(cities: list[CityEntry]) -> None:
            self._starting = False
            self._set(cities)

        self._read(lambda dataset: _first_cities(dataset, selected, shown, listed), arrived)

    # -- choosing -------------------------------------------------------------------------------------
    def cities(self) -> list[str]:
        return [entry.id for entry in self._entries]

    def add_city(self, city_id: str) -> bool:
        if city_id in self.cities() or city_id in self._adding:
            self._say(self.tr("That city is compared already."))
            return False
        if len(self._entries) + len(self._adding) >= MAX_CITIES:
            self._say(self.tr("At most four cities can be compared; remove one first."))
            return False
        self._adding.append(city_id)

        def arrived(entry: CityEntry | None) -> None:
            self._adding.remove(city_id)
            if entry is not None and entry.id not in self.cities():
                self._set([*self._entries, entry])

        self._read(lambda dataset: _city_entry(dataset, city_id), arrived)
        return True

    def remove_city(self, city_id: str) -> None:
        self._set([entry for entry in self._entries if entry.id != city_id])

    def _add_chosen(self) -> None:
        city_id = self.add_box.currentData()
        if city_id:
            self.add_city(city_id)

    def _remove_selected(self) -> None:
        columns = sorted({index.column() for index in self.facts_view.selectionModel().selectedIndexes()})
        for column in reversed(columns):
            if 0 <= column < len(self._entries):
                self.remove_city(self._entries[column].id)

    def _show_column(self, column: int) -> None:
        if 0 <= column < len(self._entries):
            self.city_chosen.emit(self._entries[column].id)

    def _set(self, entries: list[CityEntry]) -> None:
        self._entries = entries
        cities = tuple(entries)
        self.facts.set_cities(cities)
        self.chart.set_cities(cities)
        comparable = len(entries) >= MIN_CITIES
        self.distances.set_comparison(compare(cities) if comparable else None)
        self.add_button.setEnabled(len(entries) < MAX_CITIES)
        self.remove_button.setEnabled(bool(entries))
        self.print_button.setEnabled(comparable)
        self.export_button.setEnabled(comparable)
        self._say("" if comparable else self.tr("Add cities to compare: two to four."))

    def show_message(self, text: str) -> None:
        """Say how printing or exporting went."""
        self._say(text)

    def show_notice(self, text: str) -> None:
        """The cities could not be read: say so above the comparison (gui.messages)."""
        self._say(text)

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))


def _city_entry(dataset: Dataset, city_id: str) -> CityEntry | None:
    entry = dataset.entry(city_id)
    return entry if isinstance(entry, CityEntry) else None


def _first_cities(dataset: Dataset, selected: list[str], shown: str | None, listed: list[int]) -> list[CityEntry]:
    """The cities to compare first (read on the dataset thread): those selected when there are two or more (the first
    four), otherwise the city shown (a city, not a province) and the next cities listed, up to four."""
    cities = [entry for entry in (_city_entry(dataset, i) for i in selected[: MAX_CITIES * 4]) if entry is not None]
    if len(cities) >= MIN_CITIES:
        return cities[:MAX_CITIES]
    ids = [shown] if shown else []
    ids += [row.id for row in dataset.rows(listed) if row is not None and row.kind == "city"]
    chosen: list[CityEntry] = []
    for city_id in ids:
        if len(chosen) == MAX_CITIES:
            break
        entry = _city_entry(dataset, city_id)
        if entry is not None and all(c.id != entry.id for c in chosen):
            chosen.append(entry)
    return chosen
