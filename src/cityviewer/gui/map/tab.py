"""The window's right pane: the article and the map as two tabs, so that at 1024x768 each gets the whole pane
beside the list. The map is built the first time its tab is shown: start-up does not pay for it."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from cityviewer.gui.map.pane import MapPane

ARTICLE_TAB, MAP_TAB = 0, 1


class ArticleAndMap(QTabWidget):
    """Tabs "Article" (the detail pane) and "Map" (made by make_map on first showing). Signals: map_built(pane)."""

    map_built = Signal(object)

    def __init__(self, article: QWidget, make_map: Callable[[], MapPane], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Article and map")
        self.setDocumentMode(True)
        self._make_map = make_map
        self.map: MapPane | None = None
        self._map_page = QWidget(self)
        self._map_page.setObjectName("Map page")
        self._map_layout = layout = QVBoxLayout(self._map_page)
        layout.setContentsMargins(0, 0, 0, 0)
        self.addTab(article, self.tr("Article"))
        self.addTab(self._map_page, self.tr("Map"))
        self.setTabToolTip(ARTICLE_TAB, self.tr("The article of the city on show (Ctrl+1)"))
        self.setTabToolTip(MAP_TAB, self.tr("The cities on a map (Ctrl+2)"))
        self.currentChanged.connect(self._on_current)

    def _on_current(self, index: int) -> None:
        if index == MAP_TAB:
            self.ensure_map()

    def ensure_map(self) -> MapPane:
        """The map pane, built now if it was not yet."""
        if self.map is None:
            self.map = self._make_map()
            self._map_layout.addWidget(self.map)
            self.map_built.emit(self.map)
        return self.map

    def show_map(self) -> MapPane:
        pane = self.ensure_map()
        self.setCurrentIndex(MAP_TAB)
        return pane

    def show_article(self) -> None:
        self.setCurrentIndex(ARTICLE_TAB)
