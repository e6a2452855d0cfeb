"""The detail pane: a city's article, with links between cities and a remembered text zoom."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QTextBrowser, QWidget

from cityviewer.core.article import CITY_SCHEME
from cityviewer.gui.settings import ZOOM_MAX, ZOOM_MIN

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
    """Shows HTML made by core.article. Activating a city: link emits city_activated(id); nothing is ever
    loaded from outside (no network, no files)."""

    city_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("City details")
        self.setAccessibleName(self.tr("City details"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STYLE)
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self._on_anchor)
        self._base_size = QFont(self.font()).pointSizeF()
        self._zoom = 0

    @property
    def zoom(self) -> int:
        return self._zoom

    def set_zoom(self, step: int) -> None:
        self._zoom = max(ZOOM_MIN, min(ZOOM_MAX, step))
        font = QFont(self.font())
        font.setPointSizeF(self._base_size * (1.12**self._zoom))
        self.document().setDefaultFont(font)

    def _on_anchor(self, url: QUrl) -> None:
        if url.scheme() == CITY_SCHEME:
            self.city_activated.emit(url.path())

    def loadResource(self, kind: int, name: QUrl) -> Any:
        """Nothing to load: dataset text is escaped, and the app never reaches the network or the disk."""
        return None
