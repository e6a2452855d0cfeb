"""Search: what a person types, matched in any spelling, ranked, filtered and sorted; nothing typed can break it."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cityviewer.core.request import SearchRequest, Show
from cityviewer.core.search import HOSTILE_QUERIES, match_expressions, names_exactly


def ids(rows):
    return [r.id for r in rows]


def test_no_words_no_expression():
    assert match_expressions("") is None and match_expressions("  -- ''  ") is None


def test_typed_text_is_quoted_never_syntax():
    match = match_expressions('NEAR( "x" AND')
    assert match is not None
    assert '"near"*' in match.anywhere and '"x"*' in match.anywhere and '"and"*' in match.anywhere
    assert " NEAR(" not in match.anywhere


def test_a_lone_letter_is_matched_in_names_only():
    match = match_expressions("k")
    assert match is not None and match.anywhere == match.in_names and "text" not in match.anywhere


def test_two_latin_letters_alone_are_matched_in_names_only_two_hangul_letters_everywhere(dataset):
    """Two Latin letters begin a word in nearly every article ("to" in all of them): names only, as a lone letter;
    two Hangul letters are a whole name, whose mentions are listed too; a third letter searches the text."""
    for typed in ("to", "Pa", "p'a"):
        match = match_expressions(typed)
        assert match is not None and match.anywhere == match.in_names and "text" not in match.anywhere, typed
    for typed in ("평양", "tok", "to k"):
        match = match_expressions(typed)
        assert match is not None and "text" in match.anywhere, typed
    every = dataset.answer(SearchRequest("to"))
    assert every.keys and every.mentioned_from is None  # no "Mentioned in": names alone


@pytest.mark.parametrize(
    ("typed", "names", "expected"),
    [("hamhung", ("Hamhung", "함흥"), True), ("Hamhŭng", ("Hamhung",), True), ("Hamheung", ("Hamhung",), True),
     ("함흥", ("Hamhung", "함흥"), True), ("hamh", ("Hamhung",), False), ("", ("Hamhung",), False),
     ("Hamhung city", ("Hamhung",), False)],
)  # fmt: skip
def test_names_exactly_forgives_spelling_not_words(typed, names, expected):
    assert names_exactly(typed, *names) is expected


@pytest.mark.parametrize(
    ("query", "city"),
    [
        ("P'yŏngyang", "pyongyang"), ("pyongyang", "pyongyang"), ("Pyeongyang", "pyongyang"),
        ("Phyongyang", "pyongyang"), ("평양", "pyongyang"), ("PYONG", "pyongyang"), ("Pyeo", "pyongyang"),
        ("평", "pyongyang"), ("Hamheung", "hamhung"), ("함흥", "hamhung"), ("Cheongjin", "chongjin"),
        ("Ch'ŏngjin", "chongjin"), ("Nampho", "nampo"), ("Wŏnsan", "wonsan"), ("Sinŭiju", "sinuiju"),
        ("Sin-uiju", "sinuiju"), ("Gaeseong", "kaesong"), ("개성", "kaesong"), ("Hyesan", "hyesan"),
        ("Raseon", "rason"), ("Rajin", "rason"), ("Sonbong", "rason"), ("Gimchaek", "kimchaek"),
        ("Songjin", "kimchaek"), ("Hungnam", "hamhung"), ("Heijo", "pyongyang"), ("kim chaek", "kimchaek"),
    ],
)  # fmt: skip
def test_every_spelling_finds_its_city_first(dataset, query, city):
    assert ids(dataset.rows(dataset.answer(SearchRequest(query)).keys))[0] == city


@pytest.mark.parametrize(
    ("query", "city"),
    [("Juche Tower", "pyongyang"), ("West Sea Barrage", "nampo"), ("Namdaemun", "kaesong"), ("Koryo", "kaesong"),
     ("Songdowon", "wonsan"), ("Dandong", "sinuiju"), ("Paektu", "hyesan"), ("vinalon", "hamhung")],
)  # fmt: skip
def test_a_landmark_or_industry_in_the_text_finds_its_city(dataset, query, city):
    assert city in ids(dataset.rows(dataset.answer(SearchRequest(query)).keys))


def test_steel_finds_the_steel_towns(dataset):
    assert {"chongjin", "kimchaek"} <= set(ids(dataset.rows(dataset.answer(SearchRequest("steel")).keys)))


def test_no_query_lists_every_city_largest_first_then_the_divisions(dataset):
    rows = dataset.rows(dataset.answer(SearchRequest("")).keys)
    cities, divisions = dataset.info.city_count, dataset.info.division_count
    assert [r.kind for r in rows] == ["city"] * cities + ["division"] * divisions
    ranks = [r.census_rank for r in rows[:cities]]
    assert ranks == list(range(1, cities + 1))


@pytest.mark.parametrize(
    ("show", "count"), [(Show.EVERYTHING, 40), (Show.CITIES, 27), (Show.DIVISIONS, 13), (Show.ARTICLE, 10)]
)
def test_the_list_shows_cities_divisions_or_the_articles_ten(dataset, show, count):
    rows = dataset.rows(dataset.answer(SearchRequest(show=show)).keys)
    assert len(rows) == count
    if show == Show.DIVISIONS:
        assert {r.kind for r in rows} == {"division"} and all(r.division_kind for r in rows)
    if show == Show.ARTICLE:
        assert sorted(r.article_rank for r in rows) == list(range(1, 11))
    assert dataset.answer(SearchRequest(show=show)).divisions == (
        13 if show in (Show.EVERYTHING, Show.DIVISIONS) else 0
    )


def test_a_division_is_found_by_its_names_and_lists_first_under_its_own_filter(dataset):
    for typed in ("North Hamgyong", "Hamgyŏng-pukto", "Hamgyeongbuk-do", "함경북도", "Kankyō-hokudō"):
        assert ids(dataset.rows(dataset.answer(SearchRequest(typed)).keys))[0] == "KP-09", typed
    assert ids(dataset.rows(dataset.answer(SearchRequest("Ryanggang")).keys))[0] == "KP-10"
    assert (
        ids(dataset.rows(dataset.answer(SearchRequest("Hyesan", show=Show.DIVISIONS)).keys))[0] == "KP-10"
    )  # it names its capital


def test_facets_filter_and_combine(dataset):
    east = dataset.rows(dataset.answer(SearchRequest(region="east-coast")).keys)
    assert east and all("east-coast" in dataset.entry(r.id).regions for r in east)
    north_hamgyong = dataset.rows(dataset.answer(SearchRequest(division="KP-09")).keys)
    assert set(ids(north_hamgyong)) == {"chongjin", "kimchaek", "hoeryong", "KP-09"}  # the province with its cities
    ports = set(ids(dataset.rows(dataset.answer(SearchRequest(tag="port")).keys)))
    assert "nampo" in ports and "pyongyang" not in ports
    assert set(ids(dataset.rows(dataset.answer(SearchRequest("steel", division="KP-09", show=Show.CITIES)).keys))) == {
        "chongjin",
        "kimchaek",
    }
    assert "pyongyang" in ids(
        dataset.rows(dataset.answer(SearchRequest("Koryo")).keys)
    )  # its article mentions Koryo too ...
    assert ids(dataset.rows(dataset.answer(SearchRequest("Koryo", region="dmz")).keys)) == [
        "kaesong"
    ]  # ... dmz keeps Kaesong alone
    assert dataset.rows(dataset.answer(SearchRequest("Pyongyang", region="east-coast", tag="capital")).keys) == []


@pytest.mark.parametrize("query", [*HOSTILE_QUERIES, "AND OR NOT", "NEAR(a b", '"unbalanced', "a* OR *", ") (", "^"])
def test_any_text_is_safe(dataset, query):
    assert isinstance(dataset.rows(dataset.answer(SearchRequest(query)).keys), list)


@given(st.text())
def test_arbitrary_unicode_never_raises(dataset, query):
    assert isinstance(dataset.rows(dataset.answer(SearchRequest(query)).keys), list)


def test_a_lone_letter_searches_names_only(dataset):
    found = ids(dataset.rows(dataset.answer(SearchRequest("k")).keys))
    assert {"kaesong", "kimchaek", "wonsan"} <= set(found)  # Wonsan: Genzan, k and g fold together
    assert "chongjin" not in found  # its article has many words in k, its names none
    assert "chongjin" in ids(
        dataset.rows(dataset.answer(SearchRequest("kim")).keys)
    )  # two letters and more search the text too


def test_the_exact_name_comes_first_then_names_then_text(dataset):
    found = ids(dataset.rows(dataset.answer(SearchRequest("Nampo")).keys))
    assert found[0] == "nampo"
    assert set(found[1:]) and "pyongyang" in found[1:]  # Pyongyang's article mentions Nampo


@pytest.mark.parametrize(
    ("sort", "descending", "first"),
    [("population", True, "pyongyang"), ("population", False, "manpo"), ("name", False, "anju"),
     ("rank", True, "manpo"), ("division", False, "chagang")],
)  # fmt: skip
def test_sorting_is_done_by_the_query(dataset, sort, descending, first):
    rows = dataset.rows(
        list(dataset.answer(SearchRequest("", sort=sort, descending=descending, show=Show.CITIES)).keys)
    )
    key = rows[0].id if sort != "division" else rows[0].division.lower()
    assert key == first
    assert len(rows) == dataset.info.city_count


def test_romanization_folding_is_for_names_not_english_words(dataset):
    """ "port" finds the ports, not Hyesan, whose text says "border" (b/p and d/t fold together in names)."""
    ports = ids(dataset.rows(dataset.answer(SearchRequest("port")).keys))
    assert "hyesan" not in ports and {"nampo", "wonsan"} <= set(ports)
    for spelling in ("Pyeongyang", "Phyongyang", "P'yŏngyang"):
        assert ids(dataset.rows(dataset.answer(SearchRequest(spelling)).keys))[0] == "pyongyang"


def test_every_city_and_division_is_found_by_every_one_of_its_names(dataset):
    """Its name, Hangul, Hanja, each romanization and every other name (historic, Japanese-era, South Korean ...),
    as written and without breves, apostrophes or hyphens: each finds the entry among the name matches."""
    from cityviewer.core.cityname import all_names
    from cityviewer.core.romanize import spellings

    missed = []
    for entry_id in dataset.entry_ids():
        entry = dataset.entry(entry_id)
        typed = set(all_names(entry))
        typed |= {s for s in spellings(entry.local_name) if "-" not in s}  # what the engine says people type
        for text in sorted(typed):
            results = dataset.answer(SearchRequest(text))
            named = results.keys[: results.mentioned_from]  # the name matches, before "Mentioned in"
            if entry.key not in named:
                missed.append((entry_id, text))
    assert missed == []


def test_starred_lists_only_the_starred_entries_in_the_same_order(dataset):
    starred = frozenset({"kaesong", "KP-09", "pyongyang", "no-such-city"})
    everything = ids(dataset.rows(dataset.answer(SearchRequest()).keys))
    found = ids(dataset.rows(dataset.answer(SearchRequest(show=Show.STARRED, starred=starred)).keys))
    assert found == [i for i in everything if i in starred]
    assert ids(dataset.rows(dataset.answer(SearchRequest("Kaesong", show=Show.STARRED, starred=starred)).keys)) == [
        "kaesong"
    ]
    assert dataset.rows(dataset.answer(SearchRequest(show=Show.STARRED)).keys) == []
    assert dataset.answer(SearchRequest(show=Show.STARRED, starred=starred)).divisions == 1


def test_starred_keeps_where_the_mentions_begin(dataset):
    every = dataset.answer(SearchRequest("Pyongyang"))
    assert every.mentioned_from is not None
    named = ids(dataset.rows(list(every.keys[: every.mentioned_from])))
    mentions = ids(dataset.rows(list(every.keys[every.mentioned_from :])))
    starred = frozenset({named[0], *mentions[:2]})
    answer = dataset.answer(SearchRequest("Pyongyang", show=Show.STARRED, starred=starred))
    assert len(answer.keys) == 3 and answer.mentioned_from == 1
    only_mentions = dataset.answer(SearchRequest("Pyongyang", show=Show.STARRED, starred=frozenset(mentions[:2])))
    assert only_mentions.mentioned_from == 0


@pytest.mark.parametrize(
    "typed", ["to", "tok", "sam", "pyong", "kaesong", "san jo", "sin uiju", "chong", "ham heung", "p", "port"]
)
def test_a_word_that_folds_to_itself_is_one_term_over_both_column_groups_and_finds_the_same(dataset, typed):
    """Where folding leaves a word as it is, the word is matched once over the raw and the folded columns: the
    same entries as matching it in each group and joining them."""
    from cityviewer.core.folding import fold_word, query_words

    foldings = dataset.info.volume.foldings
    words = query_words(typed)

    def apart(columns: str) -> str:  # each word in each group, joined by OR, as before
        clauses = [f'({{{columns}}} : "{w}"* OR {{names_folded}} : "{fold_word(w, foldings)}"*)' for w in words]
        expression = " AND ".join(clauses)
        if len(words) > 1:
            expression = f'({expression}) OR (names_folded : "{fold_word("".join(words), foldings)}"*)'
        return expression

    match = match_expressions(typed, foldings)
    assert match is not None
    columns = "names" if match.anywhere == match.in_names else "names tags text"  # a letter or two: names only
    assert dataset._fts(match.anywhere) == dataset._fts(apart(columns))
    assert dataset._fts(match.in_names) == dataset._fts(apart("names"))
    assert any(fold_word(w, foldings) == w for w in words) == (" names_folded}" in match.in_names)
