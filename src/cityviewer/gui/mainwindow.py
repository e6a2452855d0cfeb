"""The main window: filter bar on top, the city list and the detail pane side by side."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from cityviewer import APP_NAME
from cityviewer.core.article import render
from cityviewer.core.dataset import Dataset, DatasetError
from cityviewer.core.history import History
from cityviewer.gui import settings as keys
from cityviewer.gui.about import show_about
from cityviewer.gui.citymodel import CITY_ID_ROLE, CitySortProxy, CityTableModel, Column
from cityviewer.gui.detailview import DetailView
from cityviewer.gui.filterbar import FilterBar, Filters
from cityviewer.gui.settings import Settings


class CityTable(QTableView):
    """The list. Enter opens the current city (moves to its article)."""

    activated_by_key = Signal()

    def keyPressEvent(self, event: object) -> None:
        if getattr(event, "key", lambda: None)() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.activated_by_key.emit()
            return
        super().keyPressEvent(event)  # type: ignore[arg-type]


class MainWindow(QMainWindow):
    def __init__(self, dataset: Dataset, settings: Settings) -> None:
        super().__init__()
        self.dataset = dataset
        self.settings = settings
        self.history = History()
        self.setWindowTitle(APP_NAME)
        self.setObjectName("Cityviewer")

        self.filter_bar = FilterBar(self)
        self.filter_bar.set_facets(dataset.provinces(), dataset.regions(), dataset.tags())
        self.filter_bar.changed.connect(self.apply_filters)

        self.model = CityTableModel(self)
        self.proxy = CitySortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = self._make_table()

        self.no_results = self._make_no_results()
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.table)
        self.list_stack.addWidget(self.no_results)

        self.detail = DetailView(self)
        self.detail.city_activated.connect(self.show_city)
        self.detail.set_zoom(settings.get(keys.ZOOM))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("Main splitter")
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setChildrenCollapsible(False)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._make_actions()
        self.statusBar()

        self.apply_filters(self.filter_bar.filters())
        self._restore()

    # -- building --------------------------------------------------------------------------------------
    def _make_table(self) -> CityTable:
        table = CityTable(self)
        table.setObjectName("Cities")
        table.setAccessibleName(self.tr("Cities"))
        table.setModel(self.proxy)
        table.setSortingEnabled(True)
        table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().hide()
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(Column.PROVINCE, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        header.setSortIndicatorClearable(True)
        table.selectionModel().currentRowChanged.connect(self._on_current_row)
        table.activated_by_key.connect(self._open_current)
        table.doubleClicked.connect(self._open_current)
        return table

    def _make_no_results(self) -> QWidget:
        page = QWidget(self)
        page.setObjectName("No results")
        label = QLabel(page)
        label.setObjectName("No results message")
        label.setTextFormat(Qt.TextFormat.PlainText)  # it quotes what was typed
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        button = QPushButton(self.tr("Clear search and filters"), page)
        button.setObjectName("Clear from no results")
        button.clicked.connect(self.filter_bar.clear)
        layout = QVBoxLayout(page)
        layout.addStretch(1)
        layout.addWidget(label)
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        return page

    def _make_actions(self) -> None:
        toolbar = QToolBar(self.tr("Navigation"), self)
        toolbar.setObjectName("Navigation toolbar")
        toolbar.setMovable(False)
        self.addToolBar(toolbar)
        style = self.style()

        def action(text: str, slot: object, *shortcuts: QKeySequence | str, icon: object = None) -> QAction:
            act = QAction(text, self)
            act.setToolTip(f"{text} ({QKeySequence(shortcuts[0]).toString(QKeySequence.SequenceFormat.NativeText)})")
            if icon is not None:
                act.setIcon(style.standardIcon(icon))  # type: ignore[arg-type]
            unique = {QKeySequence(s).toString(): QKeySequence(s) for s in shortcuts}  # platform keys may repeat
            act.setShortcuts([seq for seq in unique.values() if not seq.isEmpty()])
            act.triggered.connect(slot)  # type: ignore[arg-type]
            self.addAction(act)
            return act

        sp = style.StandardPixmap
        self.back_action = action(
            self.tr("Back"), self.go_back, QKeySequence.StandardKey.Back, "Alt+Left", icon=sp.SP_ArrowBack
        )
        self.forward_action = action(
            self.tr("Forward"), self.go_forward, QKeySequence.StandardKey.Forward, "Alt+Right", icon=sp.SP_ArrowForward
        )
        self.zoom_in_action = action(self.tr("Larger text"), lambda: self.zoom_by(1), "Ctrl++", "Ctrl+=")
        self.zoom_out_action = action(self.tr("Smaller text"), lambda: self.zoom_by(-1), "Ctrl+-")
        self.zoom_reset_action = action(self.tr("Normal text size"), self.zoom_reset, "Ctrl+0")
        self.find_action = action(self.tr("Search"), self.filter_bar.focus_search, "Ctrl+F", "Ctrl+L")
        self.about_action = action(self.tr("About Cityviewer"), lambda: show_about(self, self.dataset.info), "F1")
        for act in (self.back_action, self.forward_action):
            toolbar.addAction(act)
        toolbar.addSeparator()
        for act in (self.zoom_out_action, self.zoom_reset_action, self.zoom_in_action):
            toolbar.addAction(act)
        toolbar.addSeparator()
        toolbar.addAction(self.about_action)
        self._update_navigation()

    # -- filtering ------------------------------------------------------------------------------------
    def apply_filters(self, filters: Filters) -> None:
        try:
            rows = self.dataset.search(filters.query, province=filters.province, region=filters.region, tag=filters.tag)
        except DatasetError as exc:
            self.statusBar().showMessage(str(exc))
            rows = []
        self.model.set_rows(rows)
        self.filter_bar.set_count(len(rows), self.dataset.info.city_count)
        self.list_stack.setCurrentWidget(self.table if rows else self.no_results)
        if not rows:
            message = self.no_results.findChild(QLabel, "No results message")
            if filters.query.strip():
                text = self.tr("No city matches “{query}” with these filters.").format(query=filters.query.strip()[:80])
            else:
                text = self.tr("No city matches these filters.")
            message.setText(text)
        self._select_in_list(self.history.current)

    # -- navigation -----------------------------------------------------------------------------------
    def show_city(self, city_id: str) -> bool:
        """Show city_id's article and remember it in the history. False if there is no such city."""
        if not self._display(city_id):
            return False
        self.history.visit(city_id)
        self._update_navigation()
        return True

    def go_back(self) -> None:
        city_id = self.history.back()
        if city_id:
            self._display(city_id)
        self._update_navigation()

    def go_forward(self) -> None:
        city_id = self.history.forward()
        if city_id:
            self._display(city_id)
        self._update_navigation()

    def current_city(self) -> str | None:
        return self.history.current

    def _display(self, city_id: str) -> bool:
        try:
            entry = self.dataset.entry(city_id)
        except DatasetError as exc:
            self.statusBar().showMessage(str(exc))
            return False
        if entry is None:
            return False
        self.detail.setHtml(render(entry, self.tr))
        self.setWindowTitle(f"{entry.name} {entry.hangul} — {APP_NAME}")
        self._select_in_list(city_id)
        return True

    def _select_in_list(self, city_id: str | None) -> None:
        row = self.model.row_of(city_id) if city_id else -1
        selection = self.table.selectionModel()
        if row < 0:
            selection.clearSelection()
            return
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if index != selection.currentIndex():
            flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            selection.setCurrentIndex(index, flags)
        self.table.scrollTo(index)

    def _on_current_row(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.show_city(current.data(CITY_ID_ROLE))

    def _open_current(self) -> None:
        if self.table.currentIndex().isValid():
            self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_navigation(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    # -- zoom -----------------------------------------------------------------------------------------
    def zoom_by(self, steps: int) -> None:
        self.detail.set_zoom(self.detail.zoom + steps)
        self.settings.set(keys.ZOOM, self.detail.zoom)

    def zoom_reset(self) -> None:
        self.detail.set_zoom(0)
        self.settings.set(keys.ZOOM, 0)

    # -- state ----------------------------------------------------------------------------------------
    def _restore(self) -> None:
        if not self.restoreGeometry(self.settings.get(keys.WINDOW_GEOMETRY)):
            available = self.screen().availableGeometry()
            self.resize(min(1100, available.width()), min(760, available.height()))
        self.restoreState(self.settings.get(keys.WINDOW_STATE))
        if not self.splitter.restoreState(self.settings.get(keys.SPLITTER_STATE)):
            self.splitter.setSizes([470, 630])
        last = self.settings.get(keys.LAST_CITY)
        if not (last and self.show_city(last)) and self.model.rowCount() > 0:
            self.show_city(self.model.city_at(0).id)

    def save_state(self) -> bool:
        """Write the window's state to the settings; False if they could not be saved."""
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.SPLITTER_STATE, self.splitter.saveState())
        self.settings.set(keys.LAST_CITY, self.history.current or "")
        self.settings.set(keys.ZOOM, self.detail.zoom)
        return self.settings.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        super().closeEvent(event)
