"""A city in several regions: the region filter finds it under each, and its facts, Compare and the sheet name all
of them (the volume's labels, the main region first)."""

from cityviewer.core.article import facts, render
from cityviewer.core.compare import compare, fact_rows
from cityviewer.core.paper.sheet import comparison_html, sheet_html
from cityviewer.core.request import SearchRequest


def _ids(rows):
    return [row.id for row in rows]


def test_the_region_filter_lists_a_city_under_each_of_its_regions(dataset):
    assert dataset.entry("rason").regions == ("northern-border", "east-coast")
    assert "rason" in _ids(dataset.rows(dataset.answer(SearchRequest(region="east-coast")).keys))
    assert "rason" in _ids(dataset.rows(dataset.answer(SearchRequest(region="northern-border")).keys))
    assert "rason" not in _ids(dataset.rows(dataset.answer(SearchRequest(region="west-coast")).keys))
    for region in dataset.regions():
        listed = _ids(dataset.rows(dataset.answer(SearchRequest(region=region)).keys))
        assert listed and all(region in dataset.entry(city_id).regions for city_id in listed), region


def test_a_city_row_keeps_its_main_region(dataset):
    (row,) = dataset.rows_of(["rason"])
    assert row.region == "northern-border"


def test_the_facts_compare_and_the_sheet_name_every_region(dataset, volume):
    rason, nampo = dataset.entry("rason"), dataset.entry("nampo")
    assert ("Region", "Northern border, East coast") in facts(rason, volume)
    assert ("Region", "West coast") in facts(nampo, volume)
    assert "Northern border, East coast" in render(rason, volume)
    assert ("Region", ["Northern border, East coast", "West coast"]) in fact_rows((rason, nampo), volume)
    assert "Northern border, East coast" in sheet_html(rason, volume)
    assert "Northern border, East coast" in comparison_html(compare([rason, nampo]), volume)
