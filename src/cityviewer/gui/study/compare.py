"""The Compare window (Go > Compare Cities…, Ctrl+K): two to four cities side by side. Their facts in a table (a
column each), the great-circle distance between each pair in a second table, and their populations as bars drawn
to scale on a labelled axis (people compare bars faster than numbers). It starts with the city on show and the next
cities listed, or the cities listed in the main window (Compare the Listed Cities); a city is added by typing any
part of any of its names (a completer over every name, read on the dataset thread) and removed with a button.
Enter on a column (or its context menu) shows that column's city; Tab leaves the tables. Built when first opened.
Cities are read on the dataset thread; a newer choice drops the answer to an older one."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QCompleter,
    QDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from cityviewer.core.compare import MAX_CITIES, MIN_CITIES, Comparison, compare, fact_rows
from cityviewer.core.dataset import Dataset
from cityviewer.core.records import CITY, CityEntry
from cityviewer.core.request import SearchResults
from cityviewer.core.volume import Volume
from cityviewer.gui.background import DatasetThread, Failure, Op
from cityviewer.gui.localeformats import formats
from cityviewer.gui.messages import Kind as MessageKind
from cityviewer.gui.messages import tell
from cityviewer.gui.populationchart import PopulationChart

Index = QModelIndex | QPersistentModelIndex
T = TypeVar("T")
_ID_ROLE = Qt.ItemDataRole.UserRole
_NAMES_ROLE = Qt.ItemDataRole.UserRole + 1  # every name of the city, what the completer matches
_NAME_SEPARATOR = " · "
# The window's first size: room for the facts down to the tags and the chart at 1024x768, less on a smaller screen.
_FIRST_SIZE = (960, 720)
_COLUMN_CHARS = 10  # the least width of a city's column, in digits: "3,255,288" whole
_ROWS_AT_A_TIME = 50  # list rows read at once to find the listed cities (the divisions among them left out)


class AnyNameCompleter(QCompleter):
    """Completes a city by any part of any of its names (matched in _NAMES_ROLE), and puts the name as listed
    ("Wonsan 원산") in the field, not the names it matched."""

    def __init__(self, model: QAbstractItemModel, parent: QObject | None = None) -> None:
        super().__init__(model, parent)
        self.setCompletionRole(_NAMES_ROLE)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setMaxVisibleItems(12)

    def pathFromIndex(self, index: Index) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class FactsModel(QAbstractTableModel):
    """A row per fact (core.compare.FACTS), a column per city."""

    def __init__(self, volume: Volume, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._volume = volume
        self._cities: tuple[CityEntry, ...] = ()
        self._formats = formats()
        self._rows: list[tuple[str, list[str]]] = fact_rows((), volume, QCoreApplication.translate, self._formats)

    def set_cities(self, cities: tuple[CityEntry, ...]) -> None:
        self.beginResetModel()
        self._cities = cities
        self._rows = fact_rows(cities, self._volume, QCoreApplication.translate, self._formats)
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
        self._formats = formats()

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
        return self.tr("{km} km").format(km=self._formats.decimal(km, 0)) if km is not None else ""

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
        # A completion shows the name and, where the volume has a script of its own, the name in it (second among
        # a city's names); a volume with none shows the name alone, not the name and a former name run together.
        self._label_names = 2 if volume.local_system is not None else 1
        self.setObjectName("Compare")
        self.setAccessibleName(self.tr("Compare"))
        self.setWindowTitle(self.tr("Compare Cities"))
        self.facts = FactsModel(volume, self)
        self.distances = DistanceModel(self)
        self.chart = PopulationChart(volume, self)

        self.names = QStandardItemModel(self)  # every city and its names, for the completer
        self.add_field = QLineEdit(self)
        self.add_field.setAccessibleName(self.tr("City to add"))
        self.add_field.setPlaceholderText(self.tr("Type any of its names…"))
        self.completer = AnyNameCompleter(self.names, self)
        self.add_field.setCompleter(self.completer)
        self.completer.activated.connect(self._completed)  # the name as listed (pathFromIndex)
        self.add_field.returnPressed.connect(self._add_chosen)
        self.add_button = QPushButton(self.tr("&Add"), self)
        self.add_button.clicked.connect(self._add_chosen)
        self.listed_button = QPushButton(self.tr("Compare the &Listed Cities"), self)
        self.listed_button.setToolTip(self.tr("Compare the cities listed in the main window (the first four)"))
        self.listed_button.clicked.connect(self.compare_listed)
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
        label.setBuddy(self.add_field)
        for widget in (label, self.add_field, self.add_button, self.remove_button):
            controls.addWidget(widget, 1 if widget is self.add_field else 0)
        # Print and Export beside the message, under the city controls: in one row they ran off a 1024 px screen
        # at 300%.
        # The listed cities, the message, Print and Export in a row of their own under them.
        message_row = QHBoxLayout()
        message_row.addWidget(self.listed_button)
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.print_button)
        message_row.addWidget(self.export_button)

        self.facts_view = self._table(self.facts, self.tr("Facts compared"))
        self.facts_view.setWordWrap(True)
        self.facts_view.horizontalHeader().sectionDoubleClicked.connect(self._show_column)
        # Rows as tall as their text at the columns' width now: Qt sizes them to their contents when the cities
        # change, not when the columns widen (the window shown, resized), which left them far too tall.
        self._fit_rows = QTimer(self, singleShot=True, interval=0)
        self._fit_rows.timeout.connect(self.facts_view.resizeRowsToContents)
        self.facts_view.horizontalHeader().sectionResized.connect(lambda *_: self._fit_rows.start())
        self.distance_view = self._table(self.distances, self.tr("Distances between the cities"))
        # The facts, the distances and the chart are one page that scrolls as a whole, each table as tall as its
        # rows: at 200% or 300% on a projector nothing is squeezed into a slit with a scroll bar of its own.
        for view in (self.facts_view, self.distance_view):
            view.setSizeAdjustPolicy(QAbstractScrollArea.SizeAdjustPolicy.AdjustToContents)
            view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)  # its rows' height, no less
            view.verticalHeader().sectionResized.connect(lambda *_, v=view: v.updateGeometry())
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.facts_view)
        page_layout.addWidget(QLabel(self.tr("Great-circle distances"), page))
        page_layout.addWidget(self.distance_view)
        page_layout.addWidget(self.chart, 1)
        self.page = QScrollArea(self)
        self.page.setWidget(page)
        self.page.setWidgetResizable(True)
        self.page.setFrameShape(QFrame.Shape.NoFrame)
        self.page.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the tables inside take the keyboard, not the page
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addLayout(message_row)
        layout.addWidget(self.page, 1)
        self._fit_columns()
        self._fill_names()
        available = self.screen().availableGeometry()
        self.resize(min(_FIRST_SIZE[0], available.width()), min(_FIRST_SIZE[1], available.height()))

    def _fit_columns(self) -> None:
        """A city's column never narrower than a population's figure in the font of now (the window's zoom): at
        300% the table scrolls sideways rather than cutting the figures to "3,25…"."""
        least = self.fontMetrics().horizontalAdvance("0") * _COLUMN_CHARS
        for view in (self.facts_view, self.distance_view):
            view.horizontalHeader().setMinimumSectionSize(least)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "distance_view"):
            self._fit_columns()

    def _table(self, model: QAbstractTableModel, name: str) -> QTableView:
        view = QTableView(self)
        view.setAccessibleName(name)
        view.setModel(model)
        view.setSelectionBehavior(QTableView.SelectionBehavior.SelectColumns)
        view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)  # tall rows: smooth, not by row
        view.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        view.setTabKeyNavigation(False)  # Tab and Shift+Tab leave the table; the arrows move in it
        # Enter (or a double-click) on a cell, or its context menu (the Menu key), shows that column's city.
        view.activated.connect(lambda index: self._show_column(index.column()))
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        show = QAction(self.tr("Show This City"), view)
        show.setShortcut(QKeySequence(Qt.Key.Key_Return))
        show.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)  # Enter in this table only; the menu says it
        show.triggered.connect(lambda: self._show_column(view.currentIndex().column()))
        remove = QAction(self.tr("Remove This City"), view)
        remove.triggered.connect(lambda: self._remove_column(view.currentIndex().column()))
        view.addActions([show, remove])
        return view

    def _fill_names(self) -> None:
        """Every city and all its names, read on the dataset thread, for the completer."""

        def fill(cities: list[tuple[str, tuple[str, ...]]]) -> None:
            for city_id, names in cities:
                item = QStandardItem(" ".join(names[: self._label_names]))
                item.setData(city_id, _ID_ROLE)
                item.setData(_NAME_SEPARATOR.join(names), _NAMES_ROLE)
                item.setToolTip(", ".join(names))
                self.names.appendRow(item)

        self._thread.run(Op(work=lambda dataset: dataset.city_names(), done=fill, pane=self))

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
        on show (a city, not a division) and the next cities listed, up to four."""
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

    def _completed(self, text: str) -> None:
        """A city chosen from the completer's list (text: its name as listed): add it and empty the field."""
        found = self.matching(text)
        if found:
            self.add_city(found[0])
            QTimer.singleShot(0, self.add_field.clear)  # after the completer has put its name in the field

    def matching(self, text: str) -> list[str]:
        """The ids of the cities one of whose names holds text (any case), by name; a name as listed (the
        completer's text) names its city alone."""
        wanted = text.strip().casefold()
        if not wanted:
            return []
        items = [self.names.item(n) for n in range(self.names.rowCount())]
        exact = [item.data(_ID_ROLE) for item in items if item.text().casefold() == wanted]
        if exact:
            return exact[:1]
        return [item.data(_ID_ROLE) for item in items if wanted in str(item.data(_NAMES_ROLE)).casefold()]

    def _add_chosen(self) -> None:
        """Add the city the field names (Enter or Add): it must name one city only."""
        text = self.add_field.text().strip()
        popup = self.completer.popup()
        if not text or (popup is not None and popup.isVisible()):
            return  # the completer's list is open: its choice (activated) adds the city
        found = self.matching(text)
        if len(found) == 1:
            if self.add_city(found[0]):
                self.add_field.clear()
        elif found:
            self._say(self.tr("%n cities have a name with “{text}”: choose one from the list.", "",
                              len(found)).format(text=text))  # fmt: skip
        else:
            self._say(self.tr("No city has a name with “{text}”.").format(text=text))

    def compare_listed(self) -> None:
        """Compare the cities listed in the main window now (its divisions left out): the first four, saying so
        when more are listed."""
        results = self._results
        keys = list(results.keys) if results is not None else []
        listed = len(keys) - (results.divisions if results is not None else 0)  # the cities among them
        self._generation += 1
        self._starting, self._adding = True, []

        def arrived(cities: list[CityEntry]) -> None:
            self._starting = False
            self._set(cities)
            if listed > MAX_CITIES:
                self._say(self.tr("%n cities are listed; the first four are compared. Narrow the list, or remove "
                                  "and add cities here, to compare others.", "", listed))  # fmt: skip
            elif listed < MIN_CITIES:
                self._say(self.tr("Fewer than two cities are listed: add cities to compare."))

        self._read(lambda dataset: _listed_cities(dataset, keys), arrived)

    def _remove_column(self, column: int) -> None:
        if 0 <= column < len(self._entries):
            self.remove_city(self._entries[column].id)

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


def _listed_cities(dataset: Dataset, keys: list[int]) -> list[CityEntry]:
    """The first four cities of keys, divisions left out (read on the dataset thread, a few rows at a time)."""
    ids: list[str] = []
    for start in range(0, len(keys), _ROWS_AT_A_TIME):
        rows = dataset.rows(keys[start : start + _ROWS_AT_A_TIME])
        ids += [row.id for row in rows if row.kind == CITY]
        if len(ids) >= MAX_CITIES:
            break
    return [entry for entry in (_city_entry(dataset, i) for i in ids[:MAX_CITIES]) if entry is not None]


def _city_entry(dataset: Dataset, city_id: str) -> CityEntry | None:
    entry = dataset.entry(city_id)
    return entry if isinstance(entry, CityEntry) else None


def _first_cities(dataset: Dataset, selected: list[str], shown: str | None, listed: list[int]) -> list[CityEntry]:
    """The cities to compare first (read on the dataset thread): those selected when there are two or more (the first
    four), otherwise the city shown (a city, not a division) and the next cities listed, up to four."""
    cities = [entry for entry in (_city_entry(dataset, i) for i in selected[: MAX_CITIES * 4]) if entry is not None]
    if len(cities) >= MIN_CITIES:
        return cities[:MAX_CITIES]
    ids = [shown] if shown else []
    ids += [row.id for row in dataset.rows(listed) if row.kind == "city"]
    chosen: list[CityEntry] = []
    for city_id in ids:
        if len(chosen) == MAX_CITIES:
            break
        entry = _city_entry(dataset, city_id)
        if entry is not None and all(c.id != entry.id for c in chosen):
            chosen.append(entry)
    return chosen
