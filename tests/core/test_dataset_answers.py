"""Dataset.answer keeps its latest answers (the dataset never changes), within a bound of keys; prepare_search
reads ahead what the first search would wait for, and names the letters a first keystroke may be."""

import pytest

from cityviewer.core import dataset as dataset_module
from cityviewer.core.dataset import Dataset
from cityviewer.core.folding import normalize
from cityviewer.core.records import DIVISION
from cityviewer.core.request import SearchRequest, Show, SortKey


@pytest.fixture
def island(lorvania_db):
    opened = Dataset.open(lorvania_db)
    yield opened
    opened.close()


@pytest.fixture
def queries():
    """The number of queries made so far (every Dataset's), counted while the test runs."""
    made = []
    dataset_module.set_query_check(lambda: made.append(1))
    yield made
    dataset_module.set_query_check(None)


def test_an_answer_asked_for_again_is_kept_not_searched_again(island, queries):
    first = island.answer(SearchRequest("a"))
    made = len(queries)
    assert made > 0
    assert island.answer(SearchRequest("a")) is first and len(queries) == made
    island.answer(SearchRequest("A"))  # another request: searched
    assert len(queries) > made


def test_the_kept_answers_hold_no_more_keys_than_the_bound(island, monkeypatch):
    everything, by_name = SearchRequest(), SearchRequest(sort=SortKey.NAME)
    older = island.answer(everything)
    monkeypatch.setattr(dataset_module, "ANSWERS_KEPT_KEYS", len(older.keys) + 1)  # room for one list of all
    newer = island.answer(by_name)  # the older answer goes
    assert island.answer(by_name) is newer  # the newer is kept
    assert island.answer(everything) is not older  # the older was answered again


def test_prepare_search_names_each_first_letter_of_the_entries_names(island):
    names = [row.name for row in island.rows(island.answer(SearchRequest()).keys)]
    letters = island.prepare_search()
    assert sorted(letters) == sorted({normalize(name)[:1] for name in names})
    assert len(letters) == len(set(letters))


@pytest.mark.parametrize(
    "request_",
    [SearchRequest(), SearchRequest("a"), SearchRequest("an"), SearchRequest("port"), SearchRequest("lor"),
     SearchRequest("no such place"), SearchRequest("a", sort=SortKey.NAME), SearchRequest(show=Show.DIVISIONS),
     SearchRequest("a", show=Show.EVERYTHING, region="north-shore"), SearchRequest(region="north-shore")],
)  # fmt: skip
def test_an_answer_counts_its_divisions_and_lists_each_entry_once(island, request_):
    """The count of divisions and the groups (named, then mentioning) are worked out from sets taken apart in
    place: each entry once, the divisions counted among exactly the keys listed."""
    results = island.answer(request_)
    assert len(set(results.keys)) == len(results.keys)
    kinds = [row.kind for row in island.rows(list(results.keys)) if row is not None]
    assert results.divisions == kinds.count(DIVISION)
    every = island.answer(SearchRequest(sort=SortKey.NAME))  # all keys, another way
    assert set(results.keys) <= set(every.keys)
