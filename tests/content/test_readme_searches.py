"""The searches README's "Using it" promises hold on the shipped dataset (each one is quoted from README, so that
the text and the test change together)."""

from __future__ import annotations

from pathlib import Path

import pytest

from cityviewer.core.dataset import Dataset
from cityviewer.core.request import SearchRequest

README = (Path(__file__).parents[2] / "README.md").read_text(encoding="utf-8")
# (what README says to type, the entry it finds)
PROMISED = [
    ("P'yŏngyang", "pyongyang"), ("pyongyang", "pyongyang"), ("Pyeongyang", "pyongyang"), ("Phyongyang", "pyongyang"),
    ("평양", "pyongyang"), ("pyo", "pyongyang"), ("평", "pyongyang"), ("평양시", "pyongyang"), ("Songjin", "kimchaek"),
    ("Heijo", "pyongyang"), ("Rajin", "rason"), ("나선", "rason"), ("Juche Tower", "pyongyang"),
    ("West Sea Barrage", "nampo"), ("vinalon", "hamhung"),
]  # fmt: skip


@pytest.fixture(scope="module")
def shipped(built_db):
    dataset = Dataset.open(built_db)
    yield dataset
    dataset.close()


@pytest.mark.parametrize(("typed", "entry_id"), PROMISED)
def test_each_search_readme_promises_finds_its_entry(shipped, typed, entry_id):
    assert f"`{typed}`" in README, f"README no longer says to type {typed!r}: change this test with it"
    found = [row.id for row in shipped.rows(shipped.answer(SearchRequest(typed)).keys)]
    assert entry_id in found, (typed, found[:5])


def test_a_misspelt_name_is_offered_the_closest_as_readme_says(shipped):
    assert '"Did you mean: Pyongyang"' in README
    results = shipped.answer(SearchRequest("Pyongyng"))
    assert not results.keys and "Pyongyang" in results.suggestions
