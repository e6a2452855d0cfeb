"""False friends: a search that names a place outside the volume still lists the entry it may be confused with,
and carries a notice that the place is a different one (SearchResults.notices)."""

import pytest

from cityviewer.core.falsefriends import FalseFriend, key, sentence
from cityviewer.core.request import SearchRequest


def ids(dataset, results):
    return [row.id for row in dataset.rows(list(results.keys))]


def test_the_sentence_names_the_place_its_hangul_and_where_it_is():
    friend = FalseFriend("Cheongju", "청주", "city", "South Korea", "chongju", "Chongju")
    assert sentence(friend) == "Cheongju (청주) is a different city, in South Korea: it is not in this volume."
    seen = []
    translated = sentence(friend, lambda context, text: seen.append(context) or text.replace("different", "other"))
    assert seen == ["FalseFriend"]  # translated in its context, before the values are filled in
    assert translated.startswith("Cheongju (청주) is a other city")


def test_names_are_compared_letter_for_letter_not_romanization_folded():
    assert key("Cheong-ju") == key("CHEONGJU") == key("Cheongju")
    assert key("Cheongju") != key("Chongju")
    assert key("Suncheon-si") == key("suncheonsi")


@pytest.mark.parametrize(("typed", "ours", "place"), [
    ("Cheongju", "chongju", "Cheongju"),  # folded, Cheongju is Chongju's spelling: the list finds it
    ("Cheong-ju", "chongju", "Cheongju"),
    ("청주", "chongju", "Cheongju"),  # the words alone find nothing: the entry is listed for the notice
    ("청주시", "chongju", "Cheongju"),
    ("Suncheon", "sunchon", "Suncheon"),  # Sunchon's own Revised Romanization
    ("순천", "sunchon", "Suncheon"),  # the same Hangul
    ("Suncheon-si", "sunchon", "Suncheon"),
])  # fmt: skip
def test_a_false_friend_lists_ours_and_says_the_other_place_is_elsewhere(dataset, typed, ours, place):
    results = dataset.answer(SearchRequest(typed))
    assert ids(dataset, results)[0] == ours
    assert [(n.name, n.entry_id, n.where) for n in results.notices] == [(place, ours, "South Korea")]
    assert results.suggestions == ()


@pytest.mark.parametrize("typed", ["Chongju", "Sunchon", "Chongjin", "정주", "Cheong", "Pyongyang"])
def test_our_own_names_and_beginnings_carry_no_notice(dataset, typed):
    assert dataset.answer(SearchRequest(typed)).notices == ()


def test_the_notice_stays_when_the_filters_leave_nothing(dataset):
    results = dataset.answer(SearchRequest("청주", region="dmz"))
    assert results.keys == ()  # the filters are why: nothing is added to the list
    assert [n.name for n in results.notices] == ["Cheongju"]
