"""Did you mean ...? Closeness on the folded romanization and on Hangul's letters."""

import pytest

from cityviewer.core.request import SearchRequest
from cityviewer.core.suggest import closest, distance_within, jamo, key


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
    assert dataset.search(SearchRequest(typed)) == []
    assert dataset.suggestions(typed)[0] == meant


def test_closest_first_then_the_more_important():
    names = [("Sinpo", 30), ("Sinpa", 5), ("Simpo", 1), ("Sinpohang", 0)]
    assert closest(key("Sinpo"), [(key(n), n, rank) for n, rank in names]) == ["Sinpo", "Simpo", "Sinpa"]


def test_nothing_close_nothing_offered(dataset):
    assert dataset.suggestions("zzzzqqq") == [] and dataset.suggestions("") == []


def test_the_answer_offers_names_only_when_the_words_alone_found_nothing(dataset):
    assert dataset.answer(SearchRequest("Pyongyng")).suggestions[0] == "Pyongyang"
    assert dataset.answer(SearchRequest("Pyongyang")).suggestions == ()
    assert dataset.answer(SearchRequest("Pyongyng", region="dmz")).suggestions == ()  # the filters are why
