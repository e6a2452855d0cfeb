"""The search request: what it says about itself, and that it stays one frozen value."""

import pytest

from cityviewer.core.request import SearchRequest, SortKey


def test_filters_and_emptiness():
    assert SearchRequest().is_everything() and not SearchRequest().has_filters()
    assert SearchRequest("  ").is_everything()
    assert not SearchRequest("x").is_everything() and not SearchRequest("x").has_filters()
    assert SearchRequest(tag="port").has_filters() and not SearchRequest(tag="port").is_everything()


def test_clearing_keeps_the_order():
    request = SearchRequest("x", division="KP-01", region="dmz", tag="port", sort=SortKey.RANK, descending=True)
    assert request.cleared() == SearchRequest(sort=SortKey.RANK, descending=True)


def test_a_sort_key_by_name_becomes_the_key_and_an_unknown_one_fails():
    assert SearchRequest(sort="population").sort is SortKey.POPULATION
    with pytest.raises(ValueError):
        SearchRequest(sort="population; DROP TABLE entries")


def test_it_is_frozen_and_hashable():
    request = SearchRequest("x")
    with pytest.raises(AttributeError):
        request.text = "y"
    assert {request: 1}[SearchRequest("x")] == 1


def test_numbers_sort_largest_first():
    assert {key for key in SortKey if key.numeric} == {SortKey.POPULATION, SortKey.RANK}
