"""Numbers and dates follow the interface's locale (gui.localeformats over QLocale()), on the made-up volume: German
groups with points (48.210), Korean with commas and writes dates as 2026. 12. 5.; English (and the C locale) keep
the core's plain forms."""

from __future__ import annotations

import datetime
import re

import pytest
from helpers import article_of
from pdfs import poppler
from PySide6.QtCore import QLocale, Qt
from PySide6.QtGui import QGuiApplication

from cityviewer.core.dataset import Dataset
from cityviewer.core.numbers import PLAIN
from cityviewer.gui.citymodel import Column
from cityviewer.gui.localeformats import LocaleFormats, formats
from cityviewer.gui.mainwindow import MainWindow
from cityviewer.gui.paper.printing import Paper, SheetOptions, export_pdf
from cityviewer.gui.pseudolocale import PSEUDO
from cityviewer.gui.syncreads import SyncRead, sync_read
from cityviewer.gui.translations import set_language


@pytest.fixture
def locale_named(request):
    """QLocale() set to request.param for the test, the one before put back after it."""
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    yield request.param
    QLocale.setDefault(before)


@pytest.fixture
def localized_window(qtbot, locale_named, dataset, settings):
    """A window built under the locale (a language chosen builds the window anew)."""
    win = MainWindow(dataset, settings)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.shut_down()


def _listed_population(qtbot, window, city_id: str) -> str:
    model = window.city_list.model
    qtbot.waitUntil(lambda: city_id in window.city_list.listed_ids(), timeout=5000)
    row = window.city_list.listed_ids().index(city_id)  # no divider in an unfiltered list
    return str(model.index(row, Column.POPULATION).data(Qt.ItemDataRole.DisplayRole))


def _compared_population(qtbot, window) -> str:
    pane = window.show_compare()
    qtbot.waitUntil(lambda: not pane.reading() and pane.facts.columnCount() >= 2, timeout=20000)
    return str(pane.facts.index(0, 0).data())  # Population, of the city on show


@pytest.mark.parametrize(
    ("locale_named", "population", "point"),
    [("de_DE", "48.210", ","), ("ko_KR", "48,210", "."), ("en_US", "48,210", ".")],
    indirect=["locale_named"],
)
def test_a_population_in_the_list_the_article_compare_and_copied_facts(qtbot, localized_window, population, point):
    window = localized_window
    assert _listed_population(qtbot, window, "amberlee") == population
    window.show_city("amberlee")
    article = article_of(qtbot, window, "amberlee")
    assert population in article
    assert re.search(rf"\d+{re.escape(point)}\d{{3}}° S, \d+{re.escape(point)}\d{{3}}° E", article)
    QGuiApplication.clipboard().clear()
    window.window_actions.copy_facts.trigger()  # read on the dataset thread, then copied
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text().startswith("Amberlee"))
    assert f": {population}\n" in QGuiApplication.clipboard().text()
    assert _compared_population(qtbot, window) == population


def test_dates_and_decimals_as_the_locale_writes_them():
    day = datetime.date(2026, 12, 5)
    korean, german = LocaleFormats(QLocale("ko_KR")), LocaleFormats(QLocale("de_DE"))
    assert korean.date(day) == "2026. 12. 5." and korean.integer(3255288) == "3,255,288"
    assert german.date(day) == "05.12.2026" and german.decimal(12345.6, 0) == "12.346"
    assert PLAIN.date(day) == "2026-12-05" and PLAIN.decimal(12345.6, 0) == "12,346"


@pytest.mark.parametrize("locale_named", ["C", "en_GB"], indirect=True)
def test_english_and_the_c_locale_keep_the_plain_forms(locale_named):
    assert formats() is PLAIN


def test_the_language_chosen_sets_the_locale(qapp):
    try:
        set_language(qapp, "ko")
        assert formats().date(datetime.date(2026, 12, 5)) == "2026. 12. 5."
        set_language(qapp, PSEUDO)
        assert formats() is PLAIN
    finally:
        set_language(qapp, "")
    assert QLocale().name() == QLocale.system().name()


@pytest.mark.parametrize(
    ("locale_named", "population", "day"),
    [("de_DE", "48.210", "30.11.2026"), ("ko_KR", "48,210", "2026. 11. 30.")],
    indirect=["locale_named"],
)
def test_a_printed_sheet_and_its_footer(qapp, locale_named, lorvania_db, tmp_path, population, day):
    path = tmp_path / "amberlee.pdf"
    when = datetime.datetime(2026, 11, 30, tzinfo=datetime.UTC)
    dataset = Dataset.open(lorvania_db)
    try:
        with sync_read(SyncRead.NO_WINDOW):  # as --export-pdf, with no window
            export_pdf(dataset, ["amberlee"], path, SheetOptions(Paper.A4, False, when))
    finally:
        dataset.close()
    text = poppler("pdftotext", path, "-")
    assert population in text and day in text
