"""Names a reader types find their entry in the shipped dataset (issue 22, point 3).

A held-out set: Japanese-era readings of the cities and provinces (derived from their Hanja by the reading table,
with and without macrons and hyphens), historic names, names in Hanja, and the common spellings of the products
and landmarks the entries name. A name must find its entry among those whose names match (above "Mentioned in");
a product or landmark, being text, need only find it.

CITYVIEWER_NAMES_DATASET=path runs the set against another dataset file (an older release, to see what it missed).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from cityviewer import resources
from cityviewer.core.dataset import Dataset
from cityviewer.core.request import SearchRequest

NAME, TEXT = "name", "text"
HELD_OUT = [
    # Japanese-era readings, as Hepburn writes them and as a keyboard without macrons does
    ("Kisen", "huichon", NAME), ("Tansen", "tanchon", NAME), ("Bunsen", "munchon", NAME),
    ("Heian-nandō", "KP-02", NAME), ("Kankyō-nandō", "KP-08", NAME), ("Kōkai-dō", "KP-05", NAME),
    ("Kōkai-dō", "KP-06", NAME), ("Heian-hokudō", "KP-03", NAME), ("Kankyo-hokudo", "KP-09", NAME),
    ("Kōgendō", "KP-07", NAME), ("Jikō-dō", "KP-04", NAME), ("Ryokodo", "KP-10", NAME),
    ("Kokai-nando", "KP-05", NAME), ("Kōkai-hokudō", "KP-06", NAME), ("Jōshin", "kimchaek", NAME),
    ("Shinpo", "sinpo", NAME), ("Teishu", "chongju", NAME), ("Kaishū", "haeju", NAME), ("Anshu", "anju", NAME),
    ("Junsen", "sunchon", NAME), ("Tokusen", "tokchon", NAME), ("Shariin", "sariwon", NAME),
    ("Shōrin", "songrim", NAME), ("Kijo", "kusong", NAME), ("Kaisen", "kaechon", NAME),
    ("Kinsaku", "kimchaek", NAME), ("Rasen", "rason", NAME), ("Nanpo", "nampo", NAME),
    ("Chinnanpo", "KP-14", NAME),
    # historic names
    ("Kuju", "kusong", NAME), ("Gwiju", "kusong", NAME), ("Kwiju", "kusong", NAME), ("Kenjiho", "songrim", NAME),
    ("Tanju", "tanchon", NAME), ("Huiju", "huichon", NAME), ("Tokchu", "tokchon", NAME), ("Kaeju", "kaechon", NAME),
    ("Munju", "munchon", NAME), ("Oumhoe", "hoeryong", NAME), ("Sokchu", "kanggye", NAME),
    ("Solme", "songrim", NAME), ("겸이포", "songrim", NAME), ("兼二浦", "songrim", NAME),
    ("Yongju", "anju", NAME), ("영주", "anju", NAME), ("寧州", "anju", NAME), ("Anbuk", "anju", NAME),
    ("안북부", "anju", NAME), ("安北府", "anju", NAME), ("Paengwon", "anju", NAME), ("팽원", "anju", NAME),
    ("彭原", "anju", NAME), ("Chongwon", "chongju", NAME), ("Jeongwon", "chongju", NAME), ("정원", "chongju", NAME),
    ("정원대도호부", "chongju", NAME), ("靑津", "chongjin", NAME), ("Puryong", "chongjin", NAME),
    ("부령", "chongjin", NAME), ("富寧", "chongjin", NAME), ("Pongsan", "sariwon", NAME), ("Bongsan", "sariwon", NAME),
    ("봉산", "sariwon", NAME), ("鳳山", "sariwon", NAME), ("Hozan", "sariwon", NAME), ("Sisingae", "sinpo", NAME),
    ("시신개", "sinpo", NAME), ("Sissitkae", "sinpo", NAME), ("시씻개", "sinpo", NAME), ("Sunju", "sunchon", NAME),
    ("순주", "sunchon", NAME), ("順州", "sunchon", NAME),
    # Hanja
    ("松林", "songrim", NAME), ("龜州", "kusong", NAME), ("熙川", "huichon", NAME), ("黃海南道", "KP-05", NAME),
    # products and landmarks in their common spellings
    ("vinylon", "hamhung", TEXT), ("vinylon", "sunchon", TEXT), ("Komdok mine", "tanchon", TEXT),
    ("Kŏmdŏk", "tanchon", TEXT), ("검덕", "tanchon", TEXT), ("Mayang-do", "sinpo", TEXT),
    ("Mayang Island", "sinpo", TEXT), ("Panghyon", "kusong", TEXT), ("Banghyeon", "kusong", TEXT),
]  # fmt: skip


@pytest.fixture(scope="module")
def shipped():
    path = Path(os.environ.get("CITYVIEWER_NAMES_DATASET") or resources.dataset_path())
    ds = Dataset.open(path)
    yield ds
    ds.close()


def test_the_held_out_set_is_large_enough():
    assert len(HELD_OUT) >= 30
    assert len({query for query, _, _ in HELD_OUT}) >= 30


@pytest.mark.parametrize(("query", "entry", "where"), HELD_OUT)
def test_a_name_a_reader_types_finds_its_entry(shipped, query, entry, where):
    key = shipped.rows_of([entry])[0].key
    assert key is not None, f"no entry {entry}"
    results = shipped.answer(SearchRequest(query))
    assert key in results.keys, f"{query!r} does not find {entry}"
    if where == NAME:
        named = results.keys if results.mentioned_from is None else results.keys[: results.mentioned_from]
        assert key in named, f"{query!r} finds {entry} only as a mention, not by its names"
