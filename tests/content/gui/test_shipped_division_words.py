"""The shipped volume calls its divisions provinces (도 in Korean): data/volume.toml's [divisions], as the window
says it in the count, the filters and the list's column."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from helpers import division_words

from cityviewer.core.dataset import Dataset
from cityviewer.gui.mainwindow import MainWindow


def test_the_shipped_volume_counts_and_filters_its_divisions(window):
    assert division_words(window) == {
        "count": "27 cities, 13 provinces",
        "count tooltip": "Listed now, of 27 cities and 13 provinces in the dataset",
        "show": "Provinces",
        "show's name": "Show cities, provinces or both",
        "filter": "All provinces",
        "filter's name": "Filter by province",
        "filter's label": "&Province:",
        "column": "Province",
    }


@pytest.fixture
def korean_shipped(built_db) -> Iterator[Dataset]:
    """The shipped volume read in Korean (asked for before qtbot: closed after the window is)."""
    dataset = Dataset.open(built_db, language="ko")
    yield dataset
    dataset.close()


def test_in_korean_the_shipped_volume_says_do(korean_shipped, qtbot, korean_ui, settings):
    window = MainWindow(korean_shipped, settings)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: window.results is not None)
        said = division_words(window)
        assert said["count"] == "도시 27곳, 도 13곳" and "도시 27곳, 도 13곳 " in said["count tooltip"]
        assert (said["show"], said["filter"], said["filter's label"], said["column"]) == (
            "도",
            "모든 도",
            "도(&P):",
            "도",
        )
    finally:
        window.shut_down()
