"""The list's division column read in the language of the volume's script (Volume.local_first): the division's
local name, sorted in the collation's order; a volume with no script of its own keeps its English names."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from cityviewer.core.collation import sort_key
from cityviewer.core.dataset import Dataset
from cityviewer.core.records import DIVISION
from cityviewer.core.request import SearchRequest, SortKey
from cityviewer.gui.citymodel import CityTableModel, Column
from cityviewer.gui.syncreads import SyncRead, sync_read


def _division_column(dataset: Dataset, sort: SortKey | None = None) -> list[str]:
    """The Province column's text for each city listed (divisions left out), in the order the dataset gives."""
    with sync_read(SyncRead.NO_WINDOW):
        keys = [row.key for row in dataset.rows(dataset.answer(SearchRequest(sort=sort)).keys) if row.kind != DIVISION]
        model = CityTableModel(dataset.rows, dataset.info.volume)
        model.set_keys(keys, None)
        return [str(model.index(r, Column.DIVISION).data(Qt.ItemDataRole.DisplayRole)) for r in range(len(keys))]


@pytest.fixture
def opened():
    datasets: list[Dataset] = []

    def open_(path, language: str) -> Dataset:
        datasets.append(Dataset.open(path, language=language))
        return datasets[-1]

    yield open_
    for dataset in datasets:
        dataset.close()


def test_in_korean_the_shipped_volume_shows_and_sorts_the_divisions_local_names(qapp, opened, built_db):
    shown = _division_column(opened(built_db, "ko"), SortKey.DIVISION)
    assert "평양직할시" in shown and "South Hamgyong" not in shown
    assert all(name for name in shown)
    assert shown == sorted(shown, key=sort_key) and shown[0] == "강원도"
    english = _division_column(opened(built_db, "en"), SortKey.DIVISION)
    assert "Pyongyang" in english and "평양직할시" not in english
    assert english == sorted(english) and english[0] == "Chagang"


@pytest.mark.parametrize("language", ["ko", "en"])
def test_the_made_up_volume_keeps_its_division_names(qapp, opened, lorvania_db, language):
    dataset = opened(lorvania_db, language)
    shown = _division_column(dataset, SortKey.DIVISION)
    with sync_read(SyncRead.NO_WINDOW):
        names = {row.division for row in dataset.rows(dataset.answer(SearchRequest()).keys) if row.kind != DIVISION}
    assert set(shown) == names and shown == sorted(shown)


@pytest.mark.parametrize(("language", "leads"), [("ko", True), ("en", False)])
def test_read_in_the_language_of_its_script_the_list_leads_with_the_local_names(qtbot, built_db, language, leads):
    """Read in Korean, the shipped volume's list leads with its Hangul names, wide enough for the longest."""
    from cityviewer.gui.citylist import CityList

    dataset = Dataset.open(built_db, language=language)
    widget = CityList(dataset)
    qtbot.addWidget(widget)
    header = widget.table.horizontalHeader()
    assert (header.logicalIndex(0) == Column.LOCAL_NAME) is leads
    assert (header.logicalIndex(0) == Column.NAME) is not leads
    assert not widget.table.isColumnHidden(Column.LOCAL_NAME)
    if leads:  # wide enough for a division's whole name beside the sort arrow
        assert header.sectionSize(Column.LOCAL_NAME) > widget.table.fontMetrics().horizontalAdvance("평양직할시") + 12
    dataset.close()
