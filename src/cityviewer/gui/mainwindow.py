"""The main window: filter bar on top, the city list and the detail pane side by side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QSplitter, QToolBar, QVBoxLayout, QWidget

from cityviewer import APP_NAME
from cityviewer.core.article import render
from cityviewer.core.dataset import Dataset, DatasetError
from cityviewer.core.history import History
from cityviewer.gui import settings as keys
from cityviewer.gui.about import show_about
from cityviewer.gui.citylist import CityList
from cityviewer.gui.detailview import DetailView
from cityviewer.gui.filterbar import FilterBar, Filters
from cityviewer.gui.searcher import Searcher
from cityviewer.gui.settings import Settings


class MainWindow(QMainWindow):
    """results_applied(count) after the list shows the results of the newest search."""

    results_applied = Signal(int)

    def __init__(self, dataset: Dataset, settings: Settings) -> None:
        super().__init__()
        self.dataset = dataset
        self.settings = settings
        self.history = History()
        self._displayed: str | None = None
        self._filters = Filters()
        self._sort: tuple[str | None, bool] = (None, False)
        self._applied_generation = 0
        self._focus_list_when_shown = False
        self.searcher = Searcher(dataset.info.path, self)
        self.searcher.results.connect(self._on_results)
        self.searcher.failed.connect(self._on_search_failed)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("Cityviewer")

        self.filter_bar = FilterBar(self)
        self.filter_bar.set_facets(dataset.provinces(), dataset.regions(), dataset.tags())
        self.filter_bar.changed.connect(self.apply_filters)

        self.city_list = CityList(dataset, self)
        self.city_list.city_chosen.connect(self.show_city)
        self.city_list.open_requested.connect(self._open_current)
        self.city_list.clear_requested.connect(self.filter_bar.clear)
        self.city_list.model.sort_requested.connect(self._on_sort_requested)
        self.table = self.city_list.table
        self.filter_bar.down_pressed.connect(self._on_down_in_search)
        self.city_list.model.read_failed.connect(self.statusBar().showMessage)

        self.detail = DetailView(self)
        self.detail.city_activated.connect(self.show_city)
        self.detail.set_zoom(settings.get(keys.ZOOM))

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("Main splitter")
        self.splitter.addWidget(self.city_list)
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

        self._show_results(self._search_now())  # the first list comes at once, before the window is shown
        self._restore()
        self.filter_bar.search.setFocus(Qt.FocusReason.OtherFocusReason)  # type to search from the start

    # -- building ---------------------------------------------------------------------------------------
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

    # -- filtering: searches run on the searcher's thread; only the newest result is shown ----------------
    def apply_filters(self, filters: Filters) -> None:
        self._filters = filters
        self._request_search()

    def _on_sort_requested(self, sort: str | None, descending: bool) -> None:
        self._sort = (sort, descending)
        self._request_search()

    def _search_options(self) -> dict[str, Any]:
        f = self._filters
        return {"province": f.province, "region": f.region, "tag": f.tag, "sort": self._sort[0],
                "descending": self._sort[1]}  # fmt: skip

    def _request_search(self) -> None:
        self.searcher.search(self._filters.query, **self._search_options())

    def _search_now(self) -> list[int]:
        try:
            return self.dataset.search_keys(self._filters.query, **self._search_options())
        except DatasetError as exc:
            self.statusBar().showMessage(str(exc))
            return []

    def _on_results(self, generation: int, keys: list[int], error: str = "") -> None:
        if generation != self.searcher.generation:
            return  # an older search: a newer one is on its way
        self._applied_generation = generation
        self._show_results(keys, error)

    def _on_search_failed(self, generation: int, message: str) -> None:
        if generation == self.searcher.generation:
            self.statusBar().showMessage(message)
        self._on_results(generation, [], message)

    def _show_results(self, keys: list[int], error: str = "") -> None:
        self.city_list.show_keys(keys, self._filters.query, self.history.current, error)
        self.filter_bar.set_count(len(keys), self.dataset.info.city_count)
        if self._focus_list_when_shown:
            self._focus_list_when_shown = False
            self.city_list.focus_list()
        self.results_applied.emit(len(keys))

    def _on_down_in_search(self) -> None:
        """Down in the search field: into the list, once it shows what was typed."""
        if self.searcher.generation != self._applied_generation:
            self._focus_list_when_shown = True
        else:
            self.city_list.focus_list()

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
        if city_id == self._displayed:  # already on screen: keep the reader's place in the article
            self.city_list.select(city_id)
            return True
        try:
            entry = self.dataset.entry(city_id)
        except DatasetError as exc:
            self.statusBar().showMessage(str(exc))
            return False
        if entry is None:
            return False
        self.detail.setHtml(render(entry, self.tr))
        self._displayed = city_id
        self.setWindowTitle(f"{' '.join(filter(None, (entry.name, entry.hangul)))} — {APP_NAME}")
        self.city_list.select(city_id)
        return True

    def _open_current(self) -> None:
        if self.table.currentIndex().isValid():
            self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_navigation(self) -> None:
        self.back_action.setEnabled(self.history.can_go_back())
        self.forward_action.setEnabled(self.history.can_go_forward())

    # -- zoom -----------------------------------------------------------------------------------------
    def zoom_by(self, steps: int) -> None:
        self._set_zoom(self.detail.zoom + steps)

    def zoom_reset(self) -> None:
        self._set_zoom(0)

    def _set_zoom(self, step: int) -> None:
        self.detail.set_zoom(step)
        self.settings.set(keys.ZOOM, self.detail.zoom)  # the pane clamps it

    # -- state ----------------------------------------------------------------------------------------
    def _restore(self) -> None:
        if not self.restoreGeometry(self.settings.get(keys.WINDOW_GEOMETRY)):
            available = self.screen().availableGeometry()
            self.resize(min(1100, available.width()), min(760, available.height()))
        self.restoreState(self.settings.get(keys.WINDOW_STATE))
        if not self.splitter.restoreState(self.settings.get(keys.SPLITTER_STATE)):
            self.splitter.setSizes([470, 630])
        last = self.settings.get(keys.LAST_CITY)
        if not (last and self.show_city(last)):
            first = self.city_list.first_city()
            if first:
                self.show_city(first)

    def save_state(self) -> bool:
        """Write the window's state to the settings; False if they could not be saved."""
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.SPLITTER_STATE, self.splitter.saveState())
        self.settings.set(keys.LAST_CITY, self.history.current or "")
        self.settings.set(keys.ZOOM, self.detail.zoom)
        return self.settings.save()

    def shut_down(self) -> None:
        """Stop the search thread; the window is not used afterwards."""
        self.searcher.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.shut_down()
        super().closeEvent(event)
