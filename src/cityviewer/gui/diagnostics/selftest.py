"""--self-test: prove an installed copy works, with no window on screen. Returns the problems found."""

from __future__ import annotations

from cityviewer.core.dataset import Dataset
from cityviewer.core.errors import DatasetError
from cityviewer.core.request import SearchRequest
from cityviewer.core.search import HOSTILE_QUERIES
from cityviewer.gui.detailview import DetailView

ARTICLE_SIZE = (800, 600)  # the pane's size for drawing every article once: a typical window's


def run_self_test(dataset: Dataset) -> list[str]:
    problems: list[str] = []
    try:
        ids = dataset.city_ids()
        if not ids:
            return ["the dataset has no entries"]
        for query in HOSTILE_QUERIES:
            dataset.search(SearchRequest(query))
        view = DetailView(dataset)
        view.resize(*ARTICLE_SIZE)
        for city_id in ids:
            entry = dataset.entry(city_id)
            if entry is None:
                problems.append(f"{city_id}: listed but has no entry")
                continue
            if city_id not in {row.id for row in dataset.search(SearchRequest(entry.name))}:
                problems.append(f"{city_id}: searching for '{entry.name}' does not find it")
            if city_id not in {row.id for row in dataset.search(SearchRequest(entry.hangul))}:
                problems.append(f"{city_id}: searching for '{entry.hangul}' does not find it")
            view.on_city_shown(city_id)
            if entry.name not in view.toPlainText():
                problems.append(f"{city_id}: the rendered entry does not show its name")
            if view.grab().isNull():
                problems.append(f"{city_id}: the entry could not be drawn")
        view.deleteLater()
    except DatasetError as exc:
        problems.append(str(exc))
    return problems
