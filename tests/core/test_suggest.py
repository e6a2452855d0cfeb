"""Did you mean ...? Closeness on the folded romanization and on Hangul's letters."""

import random
import sqlite3

import pytest

from cityviewer.core.request import SearchRequest
from cityviewer.core.suggest import (
    SPELLED_SQL,
    closest,
    closest_among,
    distance_within,
    jamo,
    key,
    spelled,
    spelled_query,
)


def test_hangul_is_compared_letter_by_letter():
    assert jamo("청진") == "\u110e\u1165\u11bc\u110c\u1175\u11ab"  # ㅊ ㅓ ㅇ ㅈ ㅣ ㄴ
    assert distance_within(key("청진"), key("청잔"), 2) == 1  # one vowel, not one syllable


def test_romanizations_meet_before_they_are_compared():
    assert key("Ch'ŏngjin") == key("Chongjin") == key("Cheongjin")
    assert distance_within(key("Chungjin"), key("Chongjin"), 2) == 1


@pytest.mark.parametrize(("a", "b", "limit", "expected"), [
    ("pyongyang", "pyongyang", 1, 0), ("pyongyng", "pyongyang", 1, 1), ("hamhnug", "hamhung", 1, 1),  # a swap
    ("wonsan", "kaesong", 2, None), ("ab", "abcde", 2, None),
])  # fmt: skip
def test_distance_stops_at_its_limit(a, b, limit, expected):
    assert distance_within(a, b, limit) == expected


@pytest.mark.parametrize(("typed", "meant"), [
    ("Pyongyng", "Pyongyang"), ("Chungjin", "Chongjin"), ("Wonson", "Wonsan"), ("Hamhng", "Hamhung"),
    ("청잔", "청진"), ("Hyesna", "Hyesan"),
])  # fmt: skip
def test_the_issues_misspellings_are_offered_their_city(dataset, typed, meant):
    assert dataset.rows(dataset.answer(SearchRequest(typed)).keys) == []
    assert dataset.answer(SearchRequest(typed)).suggestions[0] == meant


def test_closest_first_then_the_more_important():
    names = [("Sinpo", 30), ("Sinpa", 5), ("Simpo", 1), ("Sinpohang", 0)]
    assert closest(key("Sinpo"), [(key(n), n, rank) for n, rank in names]) == ["Sinpo", "Simpo", "Sinpa"]


def test_nothing_close_nothing_offered(dataset):
    assert (
        dataset.answer(SearchRequest("zzzzqqq")).suggestions == ()
        and dataset.answer(SearchRequest("")).suggestions == ()
    )


def test_the_answer_offers_names_only_when_the_words_alone_found_nothing(dataset):
    assert dataset.answer(SearchRequest("Pyongyng")).suggestions[0] == "Pyongyang"
    assert dataset.answer(SearchRequest("Pyongyang")).suggestions == ()
    assert dataset.answer(SearchRequest("Pyongyng", region="dmz")).suggestions == ()  # the filters are why


def test_a_name_is_kept_as_written_too_so_one_slip_stays_one_letter():
    assert (key("Ch'ŏngjin"), spelled("Ch'ŏngjin")) == ("chonkchin", "chongjin")  # folded, and as written
    assert spelled("청진") == ""  # Hangul is compared in its letters already (key)
    assert distance_within(key("Chongin"), key("Chongjin"), 1) is None  # folded, the dropped j is ch: two letters
    assert distance_within(spelled("Chongin"), spelled("Chongjin"), 1) == 1


@pytest.mark.parametrize("typed", ["yugyong", "yrugyong", "iyugyong", "ryugyogn", "ryugyng", "rugyong", "rryugyong"])
def test_one_slip_anywhere_finds_the_name_as_written_as_a_candidate(typed):
    db = sqlite3.connect(":memory:")
    db.executescript(
        "CREATE TABLE suggest_spellings (key TEXT NOT NULL, name TEXT NOT NULL, importance INTEGER NOT NULL);"
        "INSERT INTO suggest_spellings VALUES ('ryugyong', 'Pyongyang', 1), ('wonsan', 'Wonsan', 2);"
    )
    found = db.execute(SPELLED_SQL, spelled_query(typed)).fetchall()
    assert ("ryugyong", "Pyongyang", 1) in found
    assert closest_among([(typed, found, 1)]) == ["Pyongyang"]


def test_a_name_counts_at_its_nearest_form():
    searches = [("chonkin", [("chonkchin", "Chongjin", 3)]), ("chongin", [("chongjin", "Chongjin", 3)], 1)]
    assert closest_among(searches) == ["Chongjin"]
    assert closest_among(searches[:1]) == []  # the folded key alone is two letters off
    assert closest_among([("chongi", [("chongjin", "Chongjin", 3)], 1)]) == []  # as written, one letter at most


def test_romanizations_and_other_names_are_offered_their_entry(dataset):
    assert dataset.rows(dataset.answer(SearchRequest("Pyeongyang Jikhalsu")).keys) == []
    assert (
        "Pyongyang" in dataset.answer(SearchRequest("Pyeongyang Jikhalsu")).suggestions
    )  # a division's Revised Romanization
    assert "Chongjin" in dataset.answer(SearchRequest("Seushin")).suggestions  # Seishin, its Japanese-era reading


def test_one_letter_off_is_told_without_the_table_as_the_table_tells_it():
    rng = random.Random(22)
    for _ in range(20_000):
        a = "".join(rng.choice("abc") for _ in range(rng.randint(0, 6)))
        b = "".join(rng.choice("abc") for _ in range(rng.randint(0, 6))) if rng.random() < 0.5 else a[::-1]
        by_table = distance_within(a, b, 2)
        assert distance_within(a, b, 1) == (by_table if by_table is not None and by_table <= 1 else None), (a, b)
