"""The quiz: the same seed makes the same round; every question's answer is checked against the dataset, none is
ambiguous, none repeats in a round; wrong answers come from the dataset; a map question's places are the cities'
own and far enough apart to click."""

from __future__ import annotations

import dataclasses

import pytest

from cityviewer.core.folding import normalize
from cityviewer.core.map.geo import great_circle_km
from cityviewer.core.quiz import CONTEXT, MAP_SEPARATION_KM, Kind, QuizMaker
from cityviewer.core.records import CityEntry
from cityviewer.core.request import SearchRequest, Show


@pytest.fixture(scope="module")
def cities(dataset) -> list[CityEntry]:
    return [dataset.entry(row.id) for row in dataset.rows(dataset.answer(SearchRequest(show=Show.CITIES)).keys)]


@pytest.fixture(scope="module")
def maker(cities, volume) -> QuizMaker:
    return QuizMaker(cities, volume)


def _fold(text: str) -> str:
    return normalize(text).replace(" ", "")


def _names(city: CityEntry) -> set[str]:
    return {_fold(n) for n in (city.name, city.spelling("mccune_reischauer"), city.spelling("revised_romanization"),
                                *(o.name for o in city.other_names)) if n}  # fmt: skip


def _km(a: CityEntry, b: CityEntry) -> float:
    return great_circle_km(a.longitude, a.latitude, b.longitude, b.latitude)


def _check_map(question, cities: list[CityEntry], hard: bool) -> None:
    """The places are the choices' own, no two closer than the separation; on the hard level the wrong places are
    nearer the subject than the average city, and no city nearer still could have been offered in their stead."""
    by_name = {c.name: c for c in cities}
    chosen = [by_name[choice] for choice in question.choices]
    assert question.points == tuple((c.longitude, c.latitude) for c in chosen)
    assert all(_km(a, b) >= MAP_SEPARATION_KM for a in chosen for b in chosen if a is not b)
    if hard:
        subject = by_name[question.choices[question.answer]]
        wrong = [c for c in chosen if c is not subject]
        average = sum(_km(subject, c) for c in cities if c is not subject) / (len(cities) - 1)
        assert all(_km(subject, c) < average for c in wrong)
        farthest = max(_km(subject, c) for c in wrong)
        skipped = [c for c in cities if c not in chosen and _km(subject, c) < farthest]
        assert all(any(_km(c, d) < MAP_SEPARATION_KM for d in chosen) for c in skipped)


def _check(question, cities: list[CityEntry], hard: bool = False) -> None:
    """The right choice is right and every other choice is wrong, judged from the dataset alone."""
    by_name = {c.name: c for c in cities}
    values = dict(question.values)
    right = question.choices[question.answer]
    assert len(set(question.choices)) == len(question.choices) >= 2
    if question.kind in (Kind.LOCAL_NAME, Kind.OLD_NAME, Kind.KNOWN_FOR):

        def fits(city: CityEntry) -> bool:
            if question.kind is Kind.LOCAL_NAME:
                return city.local_name == values["local"]
            if question.kind is Kind.OLD_NAME:
                return _fold(values["name"]) in _names(city)
            thing = values["thing"]
            return thing in city.industries or thing in [landmark.name for landmark in city.landmarks]

        assert [choice for choice in question.choices if fits(by_name[choice])] == [right]
        assert [c.name for c in cities if fits(c)] == [right]  # no other city of the dataset fits either
        if question.kind is Kind.KNOWN_FOR:
            assert not any(name in _fold(values["thing"]) for name in _names(by_name[right]))  # no giveaway
    elif question.kind is Kind.MORE_POPULOUS:
        populations = {choice: by_name[choice].population_total for choice in question.choices}
        assert max(populations, key=populations.get) == right
        assert list(populations.values()).count(populations[right]) == 1
    elif question.kind is Kind.DIVISION:
        (city,) = [c for c in cities if c.name == values["city"]]
        assert right == city.division
        assert all(choice != city.division for n, choice in enumerate(question.choices) if n != question.answer)
        assert all(any(c.division == choice for c in cities) for choice in question.choices)  # from the dataset
    elif question.kind is Kind.MAP:
        assert right == values["city"] and question.about[0] == by_name[right].id
        _check_map(question, cities, hard)
    else:
        (city,) = [c for c in cities if c.local_name == values["local"]]
        assert right == city.spelling("mccune_reischauer")
    if question.kind is not Kind.MAP:
        assert question.points == ()


def test_every_question_of_many_rounds_is_right_and_unambiguous(maker, cities):
    counts = dict.fromkeys(Kind, 0)
    for seed in range(60):
        for hard in (False, True):
            for question in maker.round(seed, length=12, hard=hard):
                _check(question, cities, hard)
                counts[question.kind] += 1
    assert all(count > 20 for count in counts.values()), counts  # every kind is asked


def test_the_same_seed_makes_the_same_round(maker):
    assert maker.round(7) == maker.round(7)
    assert maker.round(7) != maker.round(8)


def test_no_question_repeats_in_a_round_and_the_length_is_kept(maker):
    for seed in range(20):
        questions = maker.round(seed, length=20)
        assert len(questions) == 20
        assert len({q.key for q in questions}) == 20


def test_only_the_kinds_chosen(maker):
    questions = maker.round(3, length=10, kinds=[Kind.DIVISION, Kind.LOCAL_NAME])
    assert {q.kind for q in questions} == {Kind.DIVISION, Kind.LOCAL_NAME}


def test_hard_wrong_answers_are_cities_like_the_answer(maker, cities):
    by_id = {c.id: c for c in cities}
    for question in maker.round(5, length=30, kinds=[Kind.LOCAL_NAME], hard=True):
        subject, *wrong = (by_id[i] for i in question.about)
        same_region = [c for c in cities if c.region == subject.region and c.id != subject.id]
        if len(same_region) >= 3:
            assert all(c.region == subject.region for c in wrong)


def test_a_landmark_that_names_its_city_or_two_cities_share_is_never_asked(dataset, cities, volume):
    shared = [*cities]
    first, second = shared[0], shared[1]
    from cityviewer.core.records import NameNote

    twin = NameNote("Shared Monument", None)
    shared[0] = first._replace(landmarks=(twin, NameNote(f"{first.name} Grand Theatre", None)), industries=())
    shared[1] = second._replace(landmarks=(twin,), industries=())
    maker = QuizMaker(shared, volume)
    things = [dict(q.values)["thing"] for s in range(30) for q in maker.round(s, length=6, kinds=[Kind.KNOWN_FOR])]
    assert "Shared Monument" not in things and f"{first.name} Grand Theatre" not in things


def test_two_cities_of_the_same_population_are_never_asked_which_is_larger(cities, volume):
    top = max(cities, key=lambda c: c.population_total or 0)
    twin = (cities[-1] if cities[-1] is not top else cities[0])._replace(
        population_total=top.population_total, region=top.region
    )  # hard rounds offer it beside the largest
    maker = QuizMaker([c if c.id != twin.id else twin for c in cities], volume)
    for seed in range(40):
        for question in [*maker.round(seed, length=8, kinds=[Kind.MORE_POPULOUS], hard=True),
                         *maker.round(seed, length=8, kinds=[Kind.MORE_POPULOUS])]:  # fmt: skip
            assert not {top.id, twin.id} <= set(question.about)  # a tie: refused


def test_prompts_are_translated_in_the_quiz_context(maker):
    question = maker.round(1, length=1, kinds=[Kind.DIVISION])[0]
    assert question.text(lambda context, text: text if context == CONTEXT else "wrong").startswith("In which")


def _latin(text: str) -> bool:
    import unicodedata

    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def _windows_fair(questions, per_ten: int = 2) -> bool:
    """No city the answer more than per_ten times in any ten questions in a row."""
    from collections import Counter

    answers = [q.about[0] for q in questions]
    return all(max(Counter(answers[n : n + 10]).values()) <= per_ten for n in range(max(1, len(answers) - 9)))


def test_answers_are_spread_over_the_cities_in_every_round(maker, cities):
    east = {c.id for c in cities if "east-coast" in c.regions}
    assert len(east) >= 5
    for seed in range(150):
        for among, kinds in ((None, None), (east, None), (east, [Kind.MORE_POPULOUS, Kind.DIVISION])):
            questions = maker.round(seed, length=10, kinds=kinds, among=among)
            assert len(questions) == 10 and _windows_fair(questions), (seed, [q.about[0] for q in questions])
    long = maker.round(4, length=30)
    assert len(long) == 30 and _windows_fair(long)


def test_a_round_asks_only_about_the_cities_chosen(maker, cities):
    east = {c.id for c in cities if "east-coast" in c.regions}
    for seed in range(30):
        for question in maker.round(seed, length=10, among=east):
            assert question.about[0] in east
            if question.kind in (Kind.LOCAL_NAME, Kind.OLD_NAME, Kind.KNOWN_FOR):
                assert set(question.about) <= east  # the wrong answers are cities of the east coast too


def test_the_easy_level_asks_the_best_known_cities_in_latin_letters(maker, cities, volume):
    from cityviewer.core.quiz import EASY_LEFT_OUT, best_known

    ten = best_known(cities)
    assert [c.article_rank for c in ten] == sorted(c.article_rank for c in cities if c.article_rank)[:10]
    known = {c.id for c in ten}
    for seed in range(40):
        questions = maker.round(seed, length=10, easy=True)
        assert len(questions) == 10
        assert {q.about[0] for q in questions} <= known
        assert not {q.kind for q in questions} & set(EASY_LEFT_OUT)
        assert all(choice.isascii() for q in questions for choice in q.choices)  # Latin letters
        assert all(_latin(q.text()) for q in questions), [q.text() for q in questions]  # no Hanja, no Hangul
    chosen = maker.round(1, length=10, easy=True, kinds=[Kind.LOCAL_NAME])  # asked for: asked
    assert {q.kind for q in chosen} == {Kind.LOCAL_NAME}


def test_the_result_sheet_says_what_was_asked_answered_and_to_look_at_again(maker):
    from cityviewer.core.quiz import Answered, result_sheet_html

    questions = maker.round(2, length=4, kinds=[Kind.DIVISION])
    wrong = (questions[1].answer + 1) % len(questions[1].choices)
    answers = [Answered(questions[0], questions[0].answer), Answered(questions[1], wrong),
               Answered(questions[2], questions[2].answer), Answered(questions[3], None)]  # fmt: skip
    html = result_sheet_html("East coast", answers)
    assert "Quiz: East coast" in html and "answered 2 of 4 questions right" in html
    for answered in answers:
        assert answered.question.text() in html
    assert f"✗ {questions[1].choices[wrong]}" in html and "(not answered)" in html
    again = html.split("To look at again")[1]
    missed = [questions[n].choices[questions[n].answer] for n in (1, 3)]
    assert again.index(missed[0]) < again.index(missed[1])


def test_read_in_korean_the_quiz_names_every_city_and_division_in_hangul(cities, volume):
    """The same seed asks the same questions in Korean, each city and province named in Hangul, except where the
    Hangul is the question (Which city is 평양? offers the names; a romanization question offers spellings)."""
    hangul = {c.name: c.local_name for c in cities}
    division_hangul = {c.division: c.division_local_name for c in cities}  # Kaesong: 개성, 개성특별시
    english, korean = QuizMaker(cities, volume), QuizMaker(cities, volume.in_language("ko"))
    # A romanization question names its system as the volume does in the reading language (매큔-라이샤워 표기).
    label = {e.label: k.label for e, k in zip(volume.name_systems, volume.in_language("ko").name_systems, strict=True)}
    asked = set()
    for seed in range(20):
        for hard in (False, True):
            for en, ko in zip(english.round(seed, 12, hard=hard), korean.round(seed, 12, hard=hard), strict=True):
                assert (ko.kind, ko.about, ko.answer) == (en.kind, en.about, en.answer)
                asked.add(ko.kind)
                if ko.kind in (Kind.LOCAL_NAME, Kind.ROMANIZATION):
                    values = tuple((key, label[value] if key == "system" else value) for key, value in en.values)
                    assert ko == dataclasses.replace(en, values=values)
                    continue
                named = division_hangul if ko.kind is Kind.DIVISION else hangul
                assert ko.choices == tuple(named[choice] for choice in en.choices)
                assert all(0xAC00 <= ord(choice[0]) <= 0xD7A3 for choice in ko.choices)
                assert dict(ko.values).get("city") == (hangul[dict(en.values)["city"]] if "city" in dict(en.values)
                                                       else None)  # fmt: skip
                assert ko.points == en.points
    assert asked == set(Kind)


def test_a_volume_without_a_script_asks_by_name_in_any_language(lorvania_db):
    from cityviewer.core.dataset import Dataset

    dataset = Dataset.open(lorvania_db, language="ko")
    try:
        towns = [dataset.entry(row.id) for row in dataset.rows(dataset.answer(SearchRequest(show=Show.CITIES)).keys)]
        names = {town.name for town in towns} | {town.division for town in towns}
        for question in QuizMaker(towns, dataset.info.volume).round(3, 12):
            assert question.kind is Kind.MORE_POPULOUS or set(question.choices) <= names, question
    finally:
        dataset.close()


def test_the_division_question_asks_in_the_volumes_word(lorvania_db):
    """The made-up volume's divisions are counties: the question and the kind's name say so, never a province."""
    from cityviewer.core.dataset import Dataset
    from cityviewer.core.quiz import kind_name

    dataset = Dataset.open(lorvania_db)
    try:
        towns = [dataset.entry(row.id) for row in dataset.rows(dataset.answer(SearchRequest(show=Show.CITIES)).keys)]
        volume = dataset.info.volume
        questions = QuizMaker(towns, volume).round(1, 6, kinds=[Kind.DIVISION])
        assert questions and all(q.text().startswith("In which county is ") for q in questions)
        assert kind_name(Kind.DIVISION, volume) == "Counties"
    finally:
        dataset.close()
