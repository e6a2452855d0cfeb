"""The Compare window (Go > Compare Cities…, Ctrl+K): two to four cities side by side. Their facts in a table (a
column each), the great-circle distance between each pair in a second table, and their populations as bars drawn
to scale on a labelled axis (people compare bars faster than numbers). It starts with the city on show and the next
cities listed; cities are added from a list of all of them and removed with a button. Built when first opened."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cityviewer.core import vocabulary
from cityviewer.core.compare import MAX_CITIES, MIN_CITIES, Comparison, axis_ticks, compare
from cityviewer.core.dataset import Dataset
from cityviewer.core.errors import DatasetError
from cityviewer.core.records import CityEntry
from cityviewer.core.request import SearchRequest, SearchResults, Show
from cityviewer.gui.errortext import describe

Index = QModelIndex | QPersistentModelIndex
_BAR_COLOR = QColor("#1f5fa8")


def _term(key: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate(vocabulary.VOCABULARY_CONTEXT, vocabulary.label(key))


class FactsModel(QAbstractTableModel):
    """A row per fact, a column per city."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cities: tuple[CityEntry, ...] = ()
        self._facts = [
            (self.tr("Population"), lambda c: f"{c.population_total:,}" if c.population_total else ""),
            (self.tr("Urban population"), lambda c: f"{c.population_urban:,}" if c.population_urban else ""),
            (self.tr("Census rank"), lambda c: str(c.census_rank) if c.census_rank else ""),
            (self.tr("Province"), lambda c: c.province),
            (self.tr("Region"), lambda c: _term(c.region) if c.region else ""),
            (self.tr("Status"), lambda c: c.status),
            (self.tr("Tags"), lambda c: ", ".join(_term(t) for t in c.tags)),
            (self.tr("Industries"), lambda c: "\n".join(c.industries)),
            (self.tr("Landmarks"), lambda c: "\n".join(landmark.name for landmark in c.landmarks)),
        ]

    def set_cities(self, cities: tuple[CityEntry, ...]) -> None:
        self.beginResetModel()
        self._cities = cities
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._facts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cities)

    def data(self, index: Index, role: int = int(Qt.ItemDataRole.DisplayRole.value)) -> Any:
        if not index.isValid() or role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if not (0 <= index.row() < len(self._facts) and 0 <= index.column() < len(self._cities)):
            return None
        return self._facts[index.row()][1](self._cities[index.column()])

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            return self._cities[section].name if 0 <= section < len(self._cities) else None
        return self._facts[section][0] if 0 <= section < len(self._facts) else None


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


class PopulationChart(QWidget):
    """Horizontal bars, one per city, their lengths proportional to the 2008 census population, on an axis from 0
    with round ticks and a label."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Population chart")
        self.setAccessibleName(self.tr("Population chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._cities: tuple[CityEntry, ...] = ()
        self.axis_label = self.tr("Population, 2008 census")

    def set_cities(self, cities: tuple[CityEntry, ...]) -> None:
        self._cities = cities
        text = "; ".join(f"{c.name}: {c.population_total or 0:,}" for c in cities)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        line = QFontMetricsF(self.font()).height()
        return QSize(400, round(line * (1.8 * max(len(self._cities), MIN_CITIES) + 3.5)))

    def bar_rects(self) -> list[QRectF]:
        """Where each city's bar is drawn (for the tests: lengths in proportion to the populations)."""
        return self._layout()[0]

    def _layout(self) -> tuple[list[QRectF], QRectF, list[int]]:
        metrics = QFontMetricsF(self.font())
        line = metrics.height()
        label_width = max((metrics.horizontalAdvance(c.name) for c in self._cities), default=0) + line
        largest = max((c.population_total or 0 for c in self._cities), default=0)
        ticks = axis_ticks(largest)
        plot = QRectF(label_width, line * 0.5, max(10.0, self.width() - label_width - line * 2.5),
                      max(10.0, self.height() - line * 3.5))  # fmt: skip
        rects = []
        slot = plot.height() / max(1, len(self._cities))
        for n, city in enumerate(self._cities):
            length = plot.width() * (city.population_total or 0) / ticks[-1]
            rects.append(QRectF(plot.left(), plot.top() + n * slot + slot * 0.2, length, slot * 0.6))
        return rects, plot, ticks

    def paintEvent(self, event: QPaintEvent) -> None:
        rects, plot, ticks = self._layout()
        metrics = QFontMetricsF(self.font())
        painter = QPainter(self)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            text_pen = QPen(self.palette().color(self.foregroundRole()))
            grid = QPen(QColor(128, 128, 128, 90))
            for tick in ticks:
                x = plot.left() + plot.width() * tick / ticks[-1]
                painter.setPen(grid)
                painter.drawLine(round(x), round(plot.top()), round(x), round(plot.bottom()))
                painter.setPen(text_pen)
                label = f"{tick:,}"
                width = metrics.horizontalAdvance(label)
                painter.drawText(QRectF(x - width / 2 - 2, plot.bottom() + 2, width + 4, metrics.height()),
                                 Qt.AlignmentFlag.AlignCenter, label)  # fmt: skip
            painter.drawLine(round(plot.left()), round(plot.bottom()), round(plot.right()), round(plot.bottom()))
            painter.drawText(QRectF(plot.left(), plot.bottom() + metrics.height() + 4, plot.width(), metrics.height()),
                             Qt.AlignmentFlag.AlignHCenter, self.axis_label)  # fmt: skip
            for city, rect in zip(self._cities, rects, strict=True):
                painter.fillRect(rect, _BAR_COLOR)
                painter.setPen(text_pen)
                name_box = QRectF(0, rect.top() - metrics.height(), plot.left() - metrics.height() / 2,
                                  rect.height() + 2 * metrics.height())  # fmt: skip
                painter.drawText(name_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, city.name)
        finally:
            painter.end()


class ComparePane(QDialog):
    """The Compare window, a pane of the main window (on_results, on_city_shown, city_chosen: double-click a
    column's heading to show that city). cities() are the ids compared, in order."""

    city_chosen = Signal(str)

    def __init__(self, dataset: Dataset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dataset = dataset
        self._entries: list[CityEntry] = []
        self._results: SearchResults | None = None
        self._shown: str | None = None
        self.setObjectName("Compare")
        self.setAccessibleName(self.tr("Compare"))
        self.setWindowTitle(self.tr("Compare Cities"))
        self.facts = FactsModel(self)
        self.distances = DistanceModel(self)
        self.chart = PopulationChart(self)

        self.add_box = QComboBox(self)
        self.add_box.setAccessibleName(self.tr("City to add"))
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.clicked.connect(self._add_chosen)
        self.remove_button = QPushButton(self.tr("&Remove Selected"), self)
        self.remove_button.setToolTip(self.tr("Remove the city whose column is selected"))
        self.remove_button.clicked.connect(self._remove_selected)
        self.message = QLabel(self)
        controls = QHBoxLayout()
        label = QLabel(self.tr("Add a &city:"), self)
        label.setBuddy(self.add_box)
        for widget in (label, self.add_box, self.add_button, self.remove_button):
            controls.addWidget(widget)
        controls.addStretch(1)

        self.facts_view = self._table(self.facts, self.tr("Facts compared"))
        self.facts_view.setWordWrap(True)
        self.facts_view.horizontalHeader().sectionDoubleClicked.connect(self._show_column)
        self.distance_view = self._table(self.distances, self.tr("Distances between the cities"))
        self.distance_view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
        self.distance_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.message)
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
        try:
            rows = self._dataset.search(SearchRequest(show=Show.CITIES))
        except DatasetError as exc:
            self.message.setText(describe(exc))
            return
        for row in sorted(rows, key=lambda r: r.name):
            self.add_box.addItem(f"{row.name} {row.hangul}".strip(), row.id)

    # -- a pane ---------------------------------------------------------------------------------------
    def on_results(self, results: SearchResults) -> None:
        self._results = results

    def on_city_shown(self, city_id: str) -> None:
        self._shown = city_id

    def start_with_listed(self) -> None:
        """Compare the city on show (a city, not a province) and the next cities listed, up to four."""
        ids = [self._shown] if self._shown else []
        if self._results is not None:
            try:
                rows = self._dataset.rows(list(self._results.keys[: MAX_CITIES * 4]))
            except DatasetError:
                rows = []
            ids += [row.id for row in rows if row is not None and row.kind == "city"]
        chosen: list[CityEntry] = []
        for city_id in ids:
            if len(chosen) == MAX_CITIES:
                break
            entry = self._entry(city_id)
            if entry is not None and all(c.id != entry.id for c in chosen):
                chosen.append(entry)
        self._set(chosen)

    # -- choosing -------------------------------------------------------------------------------------
    def cities(self) -> list[str]:
        return [entry.id for entry in self._entries]

    def add_city(self, city_id: str) -> bool:
        if city_id in self.cities():
            self._say(self.tr("That city is compared already."))
            return False
        if len(self._entries) >= MAX_CITIES:
            self._say(self.tr("At most four cities can be compared; remove one first."))
            return False
        entry = self._entry(city_id)
        if entry is None:
            return False
        self._set([*self._entries, entry])
        return True

    def remove_city(self, city_id: str) -> None:
        self._set([entry for entry in self._entries if entry.id != city_id])

    def _entry(self, city_id: str) -> CityEntry | None:
        try:
            entry = self._dataset.entry(city_id)
        except DatasetError as exc:
            self._say(describe(exc))
            return None
        return entry if isinstance(entry, CityEntry) else None

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
        self._say("" if comparable else self.tr("Add cities to compare: two to four."))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))
