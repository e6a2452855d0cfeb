"""The filter bar: search as you type (debounced), facet filters, a result count and a clear button."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QSignalBlocker, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from cityviewer.core.article import REGION_NAMES

# A pause this long ends a burst of typing; searching runs off the GUI thread, so it can be short.
DEBOUNCE_MS = 40


@dataclass(frozen=True)
class Filters:
    query: str = ""
    province: str | None = None
    region: str | None = None
    tag: str | None = None

    def is_empty(self) -> bool:
        return self == Filters()


class FilterBar(QWidget):
    """Emits changed(Filters) once typing pauses, or at once when a facet changes; Esc clears, Down moves on to
    the list."""

    changed = Signal(object)
    down_pressed = Signal()  # Down in the search field: on to the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setObjectName("Search cities")
        self.search.setAccessibleName(self.tr("Search cities"))
        self.search.setPlaceholderText(self.tr("Search cities, in any spelling or in Hangul…"))
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(self.search.fontMetrics().horizontalAdvance("x" * 24))
        self.search.installEventFilter(self)

        self.province = self._combo("Province", self.tr("All provinces"))
        self.region = self._combo("Region", self.tr("All regions"))
        self.tag = self._combo("Tag", self.tr("All tags"))

        self.count = QLabel(self)
        self.count.setObjectName("Result count")
        self.count.setAccessibleName(self.tr("Result count"))
        self.count.setMinimumWidth(self.count.fontMetrics().horizontalAdvance("000 of 000 cities"))
        self.clear_button = QPushButton(self.tr("Clear"), self)
        self.clear_button.setObjectName("Clear filters")
        self.clear_button.setAccessibleName(self.tr("Clear search and filters"))
        self.clear_button.clicked.connect(self.clear)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search, 3)
        for combo in (self.province, self.region, self.tag):
            layout.addWidget(combo, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.clear_button)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self._emit)
        self.search.textChanged.connect(self._timer.start)

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = QComboBox(self)
        combo.setObjectName(name)
        combo.setAccessibleName(self.tr("Filter by {what}").format(what=name.lower()))
        combo.addItem(everything, None)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(9)
        combo.currentIndexChanged.connect(self._emit)
        return combo

    def set_facets(self, provinces: list[tuple[str, str]], regions: list[str], tags: list[str]) -> None:
        with _blocked(self.province, self.region, self.tag):
            for code, name in provinces:
                self.province.addItem(name, code)
            for region in regions:
                self.region.addItem(self.tr(REGION_NAMES.get(region, region)), region)
            for tag in tags:
                self.tag.addItem(tag.replace("-", " "), tag)

    def filters(self) -> Filters:
        return Filters(
            self.search.text(), self.province.currentData(), self.region.currentData(), self.tag.currentData()
        )

    def set_count(self, shown: int, total: int) -> None:
        if shown == total:
            text = self.tr("1 city") if total == 1 else self.tr("{total} cities").format(total=f"{total:,}")
        else:
            text = self.tr("{shown} of {total} cities").format(shown=f"{shown:,}", total=f"{total:,}")
        self.count.setText(text)

    def clear(self) -> None:
        with _blocked(self.search, self.province, self.region, self.tag):
            self.search.clear()
            for combo in (self.province, self.region, self.tag):
                combo.setCurrentIndex(0)
        self._emit()

    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def flush(self) -> None:
        """Apply the filters now, without waiting for the pause after typing."""
        self._emit()

    def _emit(self) -> None:
        self._timer.stop()
        self.changed.emit(self.filters())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Escape and not self.filters().is_empty():
                self.clear()
                return True
            if event.key() == Qt.Key.Key_Down:
                self.flush()
                self.down_pressed.emit()
                return True
        return super().eventFilter(watched, event)


@contextlib.contextmanager
def _blocked(*widgets: QWidget) -> Iterator[None]:
    """The widgets' signals blocked for the length of a with block."""
    with contextlib.ExitStack() as stack:
        for widget in widgets:
            stack.enter_context(QSignalBlocker(widget))
        yield
