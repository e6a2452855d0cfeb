"""The detail pane: a city's article, with links between cities and a remembered text zoom."""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication, QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser, QWidget

from cityviewer.core.article import CITY_SCHEME, render
from cityviewer.core.dataset import Dataset
from cityviewer.core.errors import DatasetError
from cityviewer.core.request import SearchResults
from cityviewer.gui.settings import ZOOM_MAX, ZOOM_MIN

DOCUMENT_MARGIN = 14  # pixels around the article
ZOOM_FACTOR = 1.12  # each zoom step makes the text this much larger

STYLE = """
h1 { font-size: 170%; margin-bottom: 0; }
h2 { font-size: 125%; margin-top: 14px; }
.hangul { font-weight: normal; }
.romanizations { color: #555; margin-top: 2px; }
.summary { font-size: 110%; }
table.facts { background-color: #f4f6f9; border: 1px solid #d5dbe3; border-collapse: collapse; }
table.facts th, table.facts td { border-bottom: 1px solid #e3e7ed; }
table.facts th { color: #333; font-weight: 600; white-space: nowrap; }
.url { color: #666; }
"""


class DetailView(QTextBrowser):
    """The article of the city the window shows, a pane of the main window (see MainWindow.subscribe).

    Signals: city_chosen(id) when a link to another city is followed. Nothing is ever loaded from outside (no
    network, no files): the article is HTML made by core.article from escaped dataset text.
    """

    city_chosen = Signal(str)

    def __init__(self, dataset: Dataset, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._dataset = dataset
        self._shown: str | None = None
        self.setObjectName("City details")
        self.setAccessibleName(self.tr("City details"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STYLE)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)
        self.anchorClicked.connect(self._on_anchor)
        self._base_size = QFont(self.font()).pointSizeF()
        self._zoom = 0

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, step: int) -> None:
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, step))
        font = QFont(self.font())
        font.setPointSizeF(self._base_size * (ZOOM_FACTOR**self._zoom))
        self.document().setDefaultFont(font)

    # -- a pane: the window's events ------------------------------------------------------------------
    def on_results(self, results: SearchResults) -> None:
        pass

    def on_city_shown(self, city_id: str) -> None:
        """Show city_id's article; the same city again keeps the reader's place in it."""
        if city_id == self._shown:
            return
        self._shown = city_id
        try:
            entry = self._dataset.entry(city_id)
        except DatasetError as exc:
            self.setHtml(f"<p>{escape(str(exc))}</p>")
            return
        if entry is None:
            message = self.tr("The dataset has no city “{city}”.").format(city=city_id)
            self.setHtml(f"<p>{escape(message)}</p>")
            return
        self.setHtml(render(entry, QCoreApplication.translate))

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == CITY_SCHEME:
            self.city_chosen.emit(url.path())

    def loadResource(self, kind: int, name: QUrl) -> Any:
        """Nothing to load: dataset text is escaped, and the app never reaches the network or the disk."""
        return None
