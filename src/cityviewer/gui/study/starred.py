"""The Starred pane: the entries the reader starred, largest first, in a dock beside the list (View > Starred
List, Ctrl+Shift+D). Built the first time it is shown. Clicking or pressing Enter on one shows it."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from cityviewer.core.records import DIVISION, EntryRow
from cityviewer.core.request import SearchRequest, SearchResults, Show
from cityviewer.gui.background import DatasetThread, Op
from cityviewer.gui.notes import NotesStore

Index = QModelIndex | QPersistentModelIndex
ID_ROLE = int(Qt.ItemDataRole.UserRole.value) + 1


class StarredModel(QAbstractListModel):
    """The starred entries' rows: name (and Hangul), with its id under ID_ROLE."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[EntryRow] = []

    def set_rows(self, rows: list[EntryRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = int(Qt.ItemDataRole.DisplayRole.value)) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{row.name} {row.local_name}".strip()
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.division if row.kind != DIVISION else None
        if role == ID_ROLE:
            return row.id
        return None

    def row_of(self, entry_id: str) -> int:
        return next((n for n, row in enumerate(self._rows) if row.id == entry_id), -1)


class StarredPane(QWidget):
    """A pane of the window (on_results, on_city_shown, city_chosen): the starred entries; the one on show is
    selected."""

    city_chosen = Signal(str)

    def __init__(self, thread: DatasetThread, store: NotesStore, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thread, self._store = thread, store
        self._shown: str | None = None
        self._generation = 0  # of the latest refresh: an older one's rows are dropped
        self.setObjectName("Starred")
        self.setAccessibleName(self.tr("Starred"))
        self.model = StarredModel(self)
        self.view = QListView(self)
        self.view.setObjectName("Starred list")
        self.view.setAccessibleName(self.tr("Starred"))
        self.view.setModel(self.model)
        self.view.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.view.setWordWrap(True)  # a long name goes on two lines in a narrow pane, rather than off its edge
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.activated.connect(self._choose)
        self.view.clicked.connect(self._choose)
        self._empty_text = self.tr("Nothing starred yet: press Ctrl+D to star the city on show.")
        self.empty = QLabel(self._empty_text, self)
        self.empty.setVisible(False)  # until the rows come: said only if there are none
        self.empty.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.empty)
        layout.addWidget(self.view, 1)
        store.stars_changed.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Read the starred entries' rows again, on the dataset thread (a few; in the dataset's order, largest
        first); until they come, the pane shows the ones it has."""
        self._generation += 1
        generation = self._generation
        request = SearchRequest(show=Show.STARRED, starred=self._store.starred_ids())
        self._thread.run(
            Op(work=lambda dataset: dataset.rows(dataset.answer(request).keys), done=self._show_rows,
               stale=lambda: generation != self._generation, pane=self)
        )  # fmt: skip

    def _show_rows(self, rows: list[EntryRow]) -> None:
        self.model.set_rows(rows)
        self.empty.setText(self._empty_text)
        self.empty.setVisible(not rows)
        self._select_shown()

    def show_notice(self, text: str) -> None:
        """The starred entries could not be read: say so in place of the list (gui.messages)."""
        self.model.set_rows([])
        self.empty.setText(text)
        self.empty.setVisible(True)

    def on_results(self, _results: SearchResults) -> None:
        pass

    def on_city_shown(self, city_id: str) -> None:
        self._shown = city_id
        self._select_shown()

    def _select_shown(self) -> None:
        row = self.model.row_of(self._shown) if self._shown else -1
        if row >= 0:
            self.view.setCurrentIndex(self.model.index(row))
        else:
            self.view.clearSelection()

    def _choose(self, index: QModelIndex) -> None:
        entry_id = index.data(ID_ROLE)
        if entry_id:
            self.city_chosen.emit(entry_id)
