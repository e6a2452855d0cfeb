"""What the GUI tests share: reading the list, typing into the search field until the list answers, waiting for
the article of the city on show (read on the dataset thread)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from cityviewer.core.request import Show
from cityviewer.gui.citymodel import Column


def listed(window) -> list[str]:
    return window.city_list.listed_ids()


def type_query(qtbot, window, text: str) -> None:
    """Type text into the search field and wait until the window publishes the results for exactly it."""
    with qtbot.waitSignal(window.results_changed, timeout=5000, check_params_cb=lambda r: r.request.text == text):
        qtbot.keyClicks(window.filter_bar.search, text)


def set_query(qtbot, window, text: str) -> None:
    """Put text in the search field at once (as an input method commits Hangul) and wait for its results."""
    with qtbot.waitSignal(window.results_changed, timeout=5000, check_params_cb=lambda r: r.request.text == text):
        window.filter_bar.search.setText(text)


def all_entries(window) -> int:
    """How many entries the window's dataset holds (its cities and divisions): what an unfiltered list shows."""
    info = window.dataset.info
    return info.city_count + info.division_count


def count_text(info) -> str:
    """The count line for the whole dataset ("27 cities, 13 provinces" for the shipped one, "6 cities, 2 counties"
    for the made-up one: the divisions in the volume's word)."""
    return f"{info.city_count} cities, {info.volume.divisions.count(info.division_count)}"


def article_of(qtbot, window, city_id: str | None = None) -> str:
    """Wait until the article of city_id (by default the city on show) has arrived; its text."""
    wanted = city_id or window.current_city()
    qtbot.waitUntil(lambda: window.detail.entry_id == wanted, timeout=5000)
    return window.detail.toPlainText()


def division_words(window) -> dict[str, str]:
    """What the window says about the divisions: the count (and its tooltip), the filters, the column."""
    bar = window.filter_bar
    shows = {bar.showing.itemData(i): bar.showing.itemText(i) for i in range(bar.showing.count())}
    return {
        "count": bar.count.text(),
        "count tooltip": bar.count.toolTip(),
        "show": shows[Show.DIVISIONS],
        "show's name": bar.showing.accessibleName(),
        "filter": bar.division.itemText(0),
        "filter's name": bar.division.accessibleName(),
        "filter's label": bar.label_of(bar.division).text(),
        "column": str(window.city_list.model.headerData(Column.DIVISION, Qt.Orientation.Horizontal)),
    }
