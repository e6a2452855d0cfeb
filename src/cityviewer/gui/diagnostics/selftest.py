"""--self-test: prove an installed copy works, with no window on screen. Returns the problems found."""

from __future__ import annotations

from cityviewer.core.dataset import Dataset
from cityviewer.core.errors import DatasetError
from cityviewer.core.map.basemap import FULL, LOCATOR, BasemapError, parse_basemap
from cityviewer.core.request import SearchRequest
from cityviewer.core.search import HOSTILE_QUERIES
from cityviewer.gui.detailview import DetailView
from cityviewer.gui.syncreads import SyncRead, sync_read

ARTICLE_SIZE = (800, 600)  # the pane's size for drawing every article once: a typical window's


def run_self_test(dataset: Dataset) -> list[str]:
    with sync_read(SyncRead.NO_WINDOW):  # no window waits: read in turn on this thread
        return _self_test(dataset)


def _self_test(dataset: Dataset) -> list[str]:
    problems: list[str] = []
    try:
        ids = dataset.entry_ids()
        if not ids:
            return ["the dataset has no entries"]
        for query in HOSTILE_QUERIES:
            dataset.rows(dataset.answer(SearchRequest(query)).keys)
        view = DetailView(dataset)
        view.resize(*ARTICLE_SIZE)
        for city_id in ids:
            entry = dataset.entry(city_id)
            if entry is None:
                problems.append(f"{city_id}: listed but has no entry")
                continue
            for name in (entry.name, entry.local_name):
                if name and entry.key not in dataset.answer(SearchRequest(name)).keys:
                    problems.append(f"{city_id}: searching for '{name}' does not find it")
            view.on_city_shown(city_id)
            if entry.name not in view.toPlainText():
                problems.append(f"{city_id}: the rendered entry does not show its name")
            if view.grab().isNull():
                problems.append(f"{city_id}: the entry could not be drawn")
        view.deleteLater()
        problems += _map_problems(dataset)
    except DatasetError as exc:
        problems.append(str(exc))
    return problems


def _map_problems(dataset: Dataset) -> list[str]:
    """The dataset's map outlines are there and readable, and every city lies on the map."""
    problems: list[str] = []
    spec = dataset.info.volume.map
    for name in (FULL, LOCATOR):
        try:
            basemap = parse_basemap(dataset.basemap(name) or "", spec.projection, name)
        except BasemapError as exc:
            problems.append(str(exc))
            continue
        if spec.highlight and basemap.country(spec.highlight) is None:
            problems.append(f"{name}: no outline of {spec.highlight}")
            continue
        west, south, east, north = basemap.extent
        problems += [f"{p.id}: off the map" for p in dataset.map_points()
                     if not (west <= p.longitude <= east and south <= p.latitude <= north)]  # fmt: skip
    return problems
