"""The divisions are called what the volume calls them: the made-up volume's are counties, and the count, the
filters, the list's column and the list's messages say so (never "province"), in English and in Korean."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import division_words, type_query

from cityviewer.core.dataset import Dataset
from cityviewer.core.request import Show
from cityviewer.gui.mainwindow import MainWindow


def test_the_made_up_volume_counts_and_filters_its_counties(qtbot, window):
    said = division_words(window)
    assert said == {
        "count": "6 cities, 2 counties",
        "count tooltip": "Listed now, of 6 cities and 2 counties in the dataset",
        "show": "Counties",
        "show's name": "Show cities, counties or both",
        "filter": "All counties",
        "filter's name": "Filter by county",
        "filter's label": "&County:",
        "column": "County",
    }
    bar = window.filter_bar
    with qtbot.waitSignal(window.results_changed):
        bar.showing.setCurrentIndex(bar.showing.findData(Show.DIVISIONS))
    assert bar.count.text() == "2 counties"
    with qtbot.waitSignal(window.results_changed):
        bar.division.setCurrentIndex(1)  # one county: only itself of the divisions
    assert bar.count.text() == "1 county"
    type_query(qtbot, window, "zzqx")
    message = window.city_list.no_results_sentence()
    assert message.startswith("No city or county matches “zzqx” with these filters.")
    assert not [text for text in [*said.values(), bar.count.text(), message] if "province" in text.lower()]


@pytest.fixture
def korean_island(lorvania_db) -> Iterator[Dataset]:
    """The made-up volume read in Korean (asked for before qtbot: closed after the window is)."""
    island = Dataset.open(lorvania_db, language="ko")
    yield island
    island.close()


def test_in_korean_the_made_up_volume_says_its_korean_word(korean_island, qtbot, korean_ui, settings):
    window = MainWindow(korean_island, settings)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.results is not None)
        said = division_words(window)
        assert said["count"].endswith(", 군 2곳") and said["count tooltip"].count("군 2곳") == 1
        assert (said["show"], said["filter"], said["filter's label"], said["column"]) == (
            "군",
            "모든 군",
            "군(&P):",
            "군",
        )
        assert said["filter's name"] == "군별로 거르기"
    finally:
        window.shut_down()
