"""The least a first paint of Cityviewer's content can cost: a PySide6 window with no Cityviewer code that shows
what issue 24 says the first paint needs, the list and the article's text. bench/run.py runs it beside the bare
window (bench/bare_window.py), from source and frozen by the same PyInstaller with the same options, to show how
much of Cityviewer's start-up any window with that content pays.

    least_window.py DATASET FONT ARTICLE [--exit-when-shown]

It reads the cities' names, local names and populations from DATASET with one query into a table model (Python,
as any list of 100,000 places must be), registers the Hangul font FONT where no installed font writes Korean (as
Cityviewer does), and shows ARTICLE, the first article's HTML (bench/run.py writes it with Cityviewer's own core),
in a text browser beside the list. No filter bar, menus, toolbar, settings, themes, zoom or translations, no
styles for the article: everything else Cityviewer paints is left out, so its figures are a floor. With
--exit-when-shown it reports as the bare window does."""

import contextlib
import json
import resource
import sqlite3
import sys
import time

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QPersistentModelIndex, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QTableView, QTextBrowser

HEADERS = ("Name", "Local name", "Population")
QUERY = ("SELECT name, local_name, population_total FROM entries WHERE kind = 'city'"
         " ORDER BY census_rank IS NULL, census_rank, sort_name")  # fmt: skip


class Cities(QAbstractTableModel):
    def __init__(self, rows: list[tuple[str, str, int | None]]) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        value = self.rows[index.row()][index.column()]
        return f"{value:,}" if isinstance(value, int) else value

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return HEADERS[section]
        return None


class FirstPaint(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False


def report() -> None:
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    marks["paint"] = time.monotonic()
    with contextlib.suppress(OSError):
        open("/cityviewer-first-paint").close()  # bench/run.py's mark in strace, as in Cityviewer's probe
    print(json.dumps({"shown_at": marks["paint"], "peak_kib": peak_kib, "phases": marks,
                      "modules": sorted(sys.modules)}), flush=True)  # fmt: skip
    if "--exit-when-shown" in sys.argv:
        QApplication.quit()


marks: dict[str, float] = {}  # the phases, as Cityviewer's (src/cityviewer/gui/diagnostics/phases.py) name them
dataset, font, article = sys.argv[1:4]
app = QApplication(sys.argv[:1])
if not QFontDatabase.families(QFontDatabase.WritingSystem.Korean):
    families = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(font))
    if families:  # the Hangul font as the fallback of the application's own, as Cityviewer uses it
        app_font = QFont(QGuiApplication.font())
        app_font.setFamilies([QFontInfo(app_font).family(), families[0]])
        QGuiApplication.setFont(app_font)
marks["qt"] = time.monotonic()
with contextlib.closing(sqlite3.connect(f"file:{dataset}?mode=ro", uri=True)) as connection:
    rows = connection.execute(QUERY).fetchall()
with open(article, encoding="utf-8") as f:
    html = f.read()
marks["dataset"] = time.monotonic()
window = QMainWindow()
splitter = QSplitter(Qt.Orientation.Horizontal)
table = QTableView()
table.setModel(Cities(rows))
browser = QTextBrowser()
browser.setHtml(html)
splitter.addWidget(table)
splitter.addWidget(browser)
splitter.setStretchFactor(1, 2)
window.setCentralWidget(splitter)
window.resize(1024, 768)
marks["window"] = time.monotonic()
probe = FirstPaint()
window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
