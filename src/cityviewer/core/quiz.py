"""A quiz made from the dataset, with no Qt: multiple-choice questions about the cities, generated from a seed (the
same seed, the same round), none repeated in a round, with wrong answers drawn from the dataset (on the hard level,
the most plausible ones: cities of the same region, of a similar size) and no question whose answer is ambiguous
(a name or a landmark two cities share, two cities with the same population, a landmark that names its city).
A map question offers four places no two of which are closer than MAP_SEPARATION_KM, so that no click is ambiguous.

A round may ask about some of the cities only (among: the cities listed, starred, or of a division), and spreads its
answers over them: no city is the answer more than PER_TEN times in any ten questions in a row (more only when there
are too few cities for that). The easy level asks about the EASY_CITIES best-known of them (by the source article's
rank, else the census's), in Latin letters: names in the volume's own script and romanizations only when chosen.

Prompts are marked for translation in the context "Quiz" and carry their values apart (Question.text()).
"""

from __future__ import annotations

import math
import random
import unicodedata
from collections import Counter
from collections.abc import Callable, Collection, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from html import escape

from cityviewer.core.folding import normalize
from cityviewer.core.map.geo import great_circle_km
from cityviewer.core.paper.colours import PAPER
from cityviewer.core.paper.sheet import CSS_PX_PER_INCH
from cityviewer.core.records import CityEntry
from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate, untranslated
from cityviewer.core.volume import Volume

CONTEXT = "Quiz"
CHOICES = 4
MAP_SEPARATION_KM = 60.0  # the least distance between two places of a map question: markers never overlap
PER_TEN = 2  # the most times one city is the answer in any ten questions in a row
EASY_CITIES = 10  # the easy level asks about the best-known cities only


class Kind(StrEnum):
    LOCAL_NAME = "local-name"  # which city is 평양? (a volume with a script of its own)
    OLD_NAME = "old-name"  # which city was once called Heijo?
    MORE_POPULOUS = "more-populous"  # which of these is the most populous?
    DIVISION = "province"  # in which division is Hamhung? (the value stays as the quiz's settings saved it)
    KNOWN_FOR = "known-for"  # which city is known for the Juche Tower?
    ROMANIZATION = "romanization"  # which is the McCune-Reischauer romanization of 함흥? (a romanized volume)
    MAP = "map"  # where on the map is Hamhung? (click it)


PROMPTS = {
    Kind.LOCAL_NAME: QT_TRANSLATE_NOOP("Quiz", "Which city is {local}?"),
    Kind.OLD_NAME: QT_TRANSLATE_NOOP("Quiz", "Which city was once called {name}?"),
    Kind.MORE_POPULOUS: QT_TRANSLATE_NOOP("Quiz", "Which of these cities had the most people?"),
    Kind.DIVISION: QT_TRANSLATE_NOOP("Quiz", "In which {division} is {city}?"),  # the volume's word (a county)
    Kind.KNOWN_FOR: QT_TRANSLATE_NOOP("Quiz", "Which city is known for {thing}?"),
    Kind.ROMANIZATION: QT_TRANSLATE_NOOP("Quiz", "Which is the {system} romanization of {local}?"),
    Kind.MAP: QT_TRANSLATE_NOOP("Quiz", "Where on the map is {city}?"),
}
_MOST_PEOPLE_IN_CENSUS = QT_TRANSLATE_NOOP("Quiz", "Which of these cities had the most people in the {census}?")
_LOCAL_NAMES = QT_TRANSLATE_NOOP("Quiz", "Names in {script}")
KIND_NAMES = {
    Kind.LOCAL_NAME: _LOCAL_NAMES,
    Kind.OLD_NAME: QT_TRANSLATE_NOOP("Quiz", "Old names"),
    Kind.MORE_POPULOUS: QT_TRANSLATE_NOOP("Quiz", "Most populous"),
    Kind.DIVISION: "",  # the volume's word for its divisions (kind_name)
    Kind.KNOWN_FOR: QT_TRANSLATE_NOOP("Quiz", "Known for"),
    Kind.ROMANIZATION: QT_TRANSLATE_NOOP("Quiz", "Romanizations"),
    Kind.MAP: QT_TRANSLATE_NOOP("Quiz", "On the map"),
}


@dataclass(frozen=True)
class Question:
    """choices: what the buttons say; answer: the index of the right one; about: the ids of the cities asked about
    (the subject first), for the tests and to show a city afterwards; points: for a map question, each choice's
    place (longitude, latitude), in the order of choices."""

    kind: Kind
    values: tuple[tuple[str, str], ...]  # the prompt's {name}: value pairs
    choices: tuple[str, ...]
    answer: int
    about: tuple[str, ...]
    key: tuple[str, ...] = field(compare=False, default=())  # what makes it the same question (never repeated)
    points: tuple[tuple[float, float], ...] = ()
    prompt: str = ""  # the prompt's source text when it is not the kind's (PROMPTS)

    def text(self, translate: Translate = untranslated) -> str:
        return translate("Quiz", self.prompt or PROMPTS[self.kind]).format(**dict(self.values))


def kinds_for(volume: Volume) -> tuple[Kind, ...]:
    """The kinds of question a volume can ask: names in its own script and its romanizations only where it has
    them."""
    romanized = any(s.romanization for s in volume.name_systems)
    return tuple(
        kind for kind in Kind
        if (kind is not Kind.LOCAL_NAME or volume.local_system) and (kind is not Kind.ROMANIZATION or
                                                                      (romanized and volume.local_system))
    )  # fmt: skip


EASY_LEFT_OUT = (Kind.LOCAL_NAME, Kind.ROMANIZATION)  # not Latin letters: asked on the easy level only when chosen


def default_kinds(volume: Volume, easy: bool) -> tuple[Kind, ...]:
    """The kinds a round asks when the teacher has chosen none: the easy level leaves out the local script's."""
    return tuple(kind for kind in kinds_for(volume) if not (easy and kind in EASY_LEFT_OUT))


def best_known(cities: Sequence[CityEntry], count: int = EASY_CITIES) -> list[CityEntry]:
    """The count best-known of cities: by their rank in the source article, then in the census, then by name."""
    far = 1 << 30
    ranked = sorted(cities, key=lambda c: (c.article_rank or far, c.census_rank or far, c.name, c.id))
    return ranked[:count]


def kind_name(kind: Kind, volume: Volume, translate: Translate = untranslated) -> str:
    """What the Quiz window calls a kind of question ("Names in Hangul")."""
    if kind is Kind.DIVISION:
        return volume.divisions.label_many  # "Counties", as the volume calls them
    script = volume.local_system.label if volume.local_system else ""
    return translate("Quiz", KIND_NAMES[kind]).format(script=script)


def _folded(text: str) -> str:
    return normalize(text).replace(" ", "")


def _latin(text: str) -> bool:
    """Whether every letter of text is a Latin one (the easy level's names: no Hanja, no Hangul)."""
    return all("LATIN" in unicodedata.name(ch, "") for ch in text if ch.isalpha())


def _km(a: CityEntry, b: CityEntry) -> float:
    return great_circle_km(a.longitude, a.latitude, b.longitude, b.latitude)


class QuizMaker:
    """Questions about cities (CityEntry, every city of the dataset: distractors and ambiguity are judged among
    all of them)."""

    def __init__(self, cities: Sequence[CityEntry], volume: Volume) -> None:
        self.cities = sorted(cities, key=lambda c: c.id)
        self.volume = volume
        self._kinds = kinds_for(volume)
        self._old_kinds = {kind.key for kind in volume.name_kinds if kind.old}
        self._romanizations = [s for s in volume.name_systems if s.romanization]
        local = Counter(c.local_name for c in self.cities)
        self._unique_local = {c.id for c in self.cities if c.local_name and local[c.local_name] == 1}
        # Every name a city answers to, folded: an old name is asked only if no other city answers to it.
        self._names_of: dict[str, set[str]] = {}
        for city in self.cities:
            spellings = (city.spelling(s.key) for s in self._romanizations)
            names = {city.name, *spellings, *(o.name for o in city.other_names)}
            self._names_of[city.id] = {_folded(n) for n in names if n}
        landmarks = Counter(_folded(landmark.name) for c in self.cities for landmark in {*c.landmarks})
        industries = Counter(_folded(i) for c in self.cities for i in set(c.industries))
        self._things: dict[str, list[str]] = {}
        for city in self.cities:
            own = self._names_of[city.id]
            things = [landmark.name for landmark in city.landmarks if landmarks[_folded(landmark.name)] == 1]
            things += [i for i in city.industries if industries[_folded(i)] == 1]
            self._things[city.id] = [t for t in things if not any(name in _folded(t) for name in own)]
        self._pool: Sequence[CityEntry] = self.cities  # the round's cities, while a round is made
        self._latin_only = False  # the easy level, while a round is made: names in Latin letters only
        # Read in the language of the volume's own script, a city is named in it wherever the kind allows (not
        # where the question is that name: Which city is 평양?).
        self._local_first = volume.local_first
        self._division_word = volume.divisions.one
        self._makers: dict[Kind, Callable[[CityEntry, random.Random, bool], Question | None]] = {
            Kind.LOCAL_NAME: self._local_name, Kind.OLD_NAME: self._old_name, Kind.MORE_POPULOUS: self._more_populous,
            Kind.DIVISION: self._division, Kind.KNOWN_FOR: self._known_for, Kind.ROMANIZATION: self._romanization,
            Kind.MAP: self._map,
        }  # fmt: skip

    def round(self, seed: int, length: int = 10, kinds: Sequence[Kind] | None = None, hard: bool = False,
              among: Collection[str] | None = None, easy: bool = False) -> list[Question]:  # fmt: skip
        """length questions (fewer if the kinds chosen have fewer), each kind in turn, none repeated. among: the ids
        of the cities to ask about (None: all; the wrong answers come from them too where they are enough); easy:
        only the EASY_CITIES best-known of them, and kinds None means default_kinds(easy). No city is the answer
        more than PER_TEN times in ten questions in a row, unless there are too few cities for that."""
        rng = random.Random(seed)
        wanted = default_kinds(self.volume, easy) if kinds is None else kinds
        kinds = [kind for kind in dict.fromkeys(wanted) if kind in self._kinds] or list(self._kinds)
        pool = [c for c in self.cities if among is None or c.id in among]
        if easy:
            pool = sorted(best_known(pool), key=lambda c: c.id)
        if not pool:
            return []
        per_ten = max(PER_TEN, math.ceil(10 / len(pool)))
        answers: list[str] = []  # the city each question answers (its subject), in order
        questions: list[Question] = []
        seen: set[tuple[str, ...]] = set()
        tries = 0
        self._pool = pool if len(pool) >= CHOICES else self.cities
        self._latin_only = easy
        try:
            while len(questions) < length and tries < length * 40:
                kind = kinds[tries % len(kinds)] if tries < len(kinds) * 4 else rng.choice(kinds)
                tries += 1
                recent = Counter(answers[-9:])
                free = [c for c in pool if recent[c.id] < per_ten]
                if not free:
                    break
                first, second = rng.choice(free), rng.choice(free)  # the less asked of two: a fair spread
                city = first if answers.count(first.id) <= answers.count(second.id) else second
                question = self._makers[kind](city, rng, hard)
                if question is None or question.key in seen or recent[question.about[0]] >= per_ten:
                    continue
                seen.add(question.key)
                questions.append(question)
                answers.append(question.about[0])
        finally:
            self._pool, self._latin_only = self.cities, False
        return questions

    def _called(self, city: CityEntry) -> str:
        """What a question calls city: its local name when the volume is read in their language."""
        return city.local_name if self._local_first and city.id in self._unique_local else city.name

    def _division_called(self, city: CityEntry) -> str:
        return city.division_local_name if self._local_first and city.division_local_name else city.division

    # -- wrong answers --------------------------------------------------------------------------------
    def _others(self, city: CityEntry, rng: random.Random, hard: bool, count: int = CHOICES - 1,
                allowed: Callable[[CityEntry], bool] = lambda _c: True) -> list[CityEntry]:  # fmt: skip
        """count other cities, the round's own first (then any others where they are too few): on the hard level
        those most like city (same region, nearest in size)."""
        own = {c.id for c in self._pool}
        chosen: list[CityEntry] = []
        for pool in (self._pool, [c for c in self.cities if c.id not in own]):
            others = [c for c in pool if c.id != city.id and allowed(c)]
            if hard:
                size = city.population_total or 0
                others.sort(key=lambda c: (c.region != city.region, abs((c.population_total or 0) - size), c.id))
                chosen += others[: count - len(chosen)]
            else:
                chosen += rng.sample(others, min(count - len(chosen), len(others)))
            if len(chosen) == count or self._pool is self.cities:
                break
        return chosen

    def _far_apart(self, city: CityEntry, rng: random.Random, hard: bool) -> list[CityEntry] | None:
        """Three other cities, no two of the four closer than MAP_SEPARATION_KM: on the hard level the nearest to
        city that keep that distance, on the easy level drawn at random; None if the dataset has too few."""
        chosen = self._apart(city, rng, hard, self._pool)
        return chosen if chosen is not None or self._pool is self.cities else self._apart(city, rng, hard, self.cities)

    @staticmethod
    def _apart(city: CityEntry, rng: random.Random, hard: bool, cities: Sequence[CityEntry]) -> list[CityEntry] | None:
        others = [c for c in cities if c.id != city.id and _km(c, city) >= MAP_SEPARATION_KM]
        if hard:
            others.sort(key=lambda c: (_km(c, city), c.id))
        else:
            rng.shuffle(others)
        chosen: list[CityEntry] = []
        for other in others:
            if all(_km(other, c) >= MAP_SEPARATION_KM for c in chosen):
                chosen.append(other)
                if len(chosen) == CHOICES - 1:
                    return chosen
        return None

    @staticmethod
    def _shuffled(right: str, wrong: list[str], rng: random.Random) -> tuple[tuple[str, ...], int] | None:
        choices = [right, *wrong]
        if len(choices) < 2 or len({_folded(c) for c in choices}) != len(choices):
            return None  # two choices that read the same: ambiguous
        rng.shuffle(choices)
        return tuple(choices), choices.index(right)

    def _city_question(self, kind: Kind, city: CityEntry, values: dict[str, str], rng: random.Random, hard: bool,
                       key: tuple[str, ...], wrong: list[CityEntry] | None = None) -> Question | None:  # fmt: skip
        """The cities as choices (wrong: the wrong ones, or drawn by _others); a map question has their places."""
        wrong = self._others(city, rng, hard) if wrong is None else wrong
        # Which city is 평양? asks for the name: its choices are never the local names.
        called = (lambda c: c.name) if kind is Kind.LOCAL_NAME else self._called
        shuffled = self._shuffled(called(city), [called(c) for c in wrong], rng)
        if shuffled is None:
            return None
        choices, answer = shuffled
        about = (city.id, *(c.id for c in wrong))
        by_name = {called(c): c for c in (city, *wrong)}
        points = tuple((by_name[n].longitude, by_name[n].latitude) for n in choices) if kind is Kind.MAP else ()
        return Question(kind, tuple(values.items()), choices, answer, about, key, points)

    # -- the kinds ------------------------------------------------------------------------------------
    def _local_name(self, city: CityEntry, rng: random.Random, hard: bool) -> Question | None:
        if city.id not in self._unique_local:
            return None
        key = (Kind.LOCAL_NAME, city.id)
        return self._city_question(Kind.LOCAL_NAME, city, {"local": city.local_name}, rng, hard, key)

    def _old_name(self, city: CityEntry, rng: random.Random, hard: bool) -> Question | None:
        names = [o.name for o in city.other_names if o.kind in self._old_kinds]
        names = [
            n for n in names if not any(_folded(n) in self._names_of[c.id] for c in self.cities if c.id != city.id)
        ]
        names = [n for n in names if _folded(n) != _folded(city.name) and (not self._latin_only or _latin(n))]
        if not names:
            return None
        name = rng.choice(sorted(names))
        return self._city_question(Kind.OLD_NAME, city, {"name": name}, rng, hard, (Kind.OLD_NAME, city.id, name))

    def _more_populous(self, city: CityEntry, rng: random.Random, hard: bool) -> Question | None:
        if not city.population_total:
            return None
        size = city.population_total
        group = [city, *self._others(city, rng, hard, allowed=lambda c: 0 < (c.population_total or 0) < size)]
        populations = [c.population_total or 0 for c in group]
        if len(group) < CHOICES - 1 or populations.count(max(populations)) > 1:  # three at least: no coin toss
            return None
        top = group[populations.index(max(populations))]
        rng.shuffle(group)
        key = (Kind.MORE_POPULOUS, *sorted(c.id for c in group))
        census = self.volume.census
        values, prompt = ((("census", census.label),), _MOST_PEOPLE_IN_CENSUS) if census else ((), "")
        return Question(Kind.MORE_POPULOUS, values, tuple(self._called(c) for c in group), group.index(top),
                        (top.id, *(c.id for c in group if c is not top)), key, prompt=prompt)  # fmt: skip

    def _division(self, city: CityEntry, rng: random.Random, hard: bool) -> Question | None:
        if _folded(city.division) == _folded(city.name):  # Pyongyang is in Pyongyang: no question
            return None
        called = {c.division: self._division_called(c) for c in self.cities}
        divisions = sorted({c.division for c in self.cities if c.division and c.division != city.division})
        if hard:
            near = {c.division for c in self._others(city, rng, True, count=len(self.cities))[:12]}
            divisions = [p for p in divisions if p in near] + [p for p in divisions if p not in near]
            wrong = divisions[: CHOICES - 1]
        else:
            wrong = rng.sample(divisions, min(CHOICES - 1, len(divisions)))
        shuffled = self._shuffled(called[city.division], [called[p] for p in wrong], rng)
        if shuffled is None:
            return None
        choices, answer = shuffled
        values = (("city", self._called(city)), ("division", self._division_word))
        return Question(Kind.DIVISION, values, choices, answer, (city.id,), (Kind.DIVISION, city.id))

    def _known_for(self, city: CityEntry, rng: random.Random, hard: bool) -> Question | None:
        things = [t for t in self._things[city.id] if not self._latin_only or _latin(t)]
        if not things:
            return None
        thing = rng.choice(things)
        key = (Kind.KNOWN_FOR, city.id, thing)
        return self._city_question(Kind.KNOWN_FOR, city, {"thing": thing}, rng, hard, key)

    def _romanization(self, city: CityEntry, rng: random.Random, hard: bool) -> Question | None:
        """The volume's first romanization of the city's local name; its other romanizations are the most tempting
        wrong answers, then the other cities' spellings in the first."""
        if not self._romanizations:
            return None
        system = self._romanizations[0]
        right = city.spelling(system.key)
        if city.id not in self._unique_local or not right:
            return None
        tempting = [city.spelling(s.key) for s in self._romanizations[1:]]
        wrong = list(dict.fromkeys(w for w in tempting if w and _folded(w) != _folded(right)))[:1]
        others = [w for c in self._others(city, rng, hard) if (w := c.spelling(system.key))]
        wrong += others[: CHOICES - 1 - len(wrong)]
        shuffled = self._shuffled(right, wrong, rng)
        if shuffled is None:
            return None
        choices, answer = shuffled
        key = (Kind.ROMANIZATION, city.id)
        values = (("system", system.label), ("local", city.local_name))
        return Question(Kind.ROMANIZATION, values, choices, answer, (city.id,), key)

    def _map(self, city: CityEntry, rng: random.Random, hard: bool) -> Question | None:
        wrong = self._far_apart(city, rng, hard)
        if wrong is None:
            return None
        values = {"city": self._called(city)}
        return self._city_question(Kind.MAP, city, values, rng, hard, (Kind.MAP, city.id), wrong)


def cities_of(entries: Sequence[object]) -> list[CityEntry]:
    return [e for e in entries if isinstance(e, CityEntry)]


# -- the result sheet (printed, or a PDF, through gui.paper.printing) --------------------------------------------------
_SHEET_TITLE = QT_TRANSLATE_NOOP("Quiz", "Quiz: {what}")
_SHEET_SCORE = QT_TRANSLATE_NOOP("Quiz", "The class answered %n of {count} questions right.")
_SHEET_QUESTION = QT_TRANSLATE_NOOP("Quiz", "Question")
_SHEET_GIVEN = QT_TRANSLATE_NOOP("Quiz", "The class's answer")
_SHEET_RIGHT = QT_TRANSLATE_NOOP("Quiz", "The right answer")
_SHEET_NONE = QT_TRANSLATE_NOOP("Quiz", "(not answered)")
_SHEET_AGAIN = QT_TRANSLATE_NOOP("Quiz", "To look at again")
_SHEET_ALL_RIGHT = QT_TRANSLATE_NOOP("Quiz", "Every question was answered right: nothing to look at again.")
_RIGHT_MARK = "✓"
_WRONG_MARK = "✗"


@dataclass(frozen=True)
class Answered:
    """A question of a round and the choice the class made (None: not answered)."""

    question: Question
    chosen: int | None

    @property
    def right(self) -> bool:
        return self.chosen == self.question.answer


def to_look_at_again(answers: Sequence[Answered]) -> list[str]:
    """The right answers of the questions missed (or not answered), each once, in the round's order."""
    return list(dict.fromkeys(a.question.choices[a.question.answer] for a in answers if not a.right))


def result_sheet_html(what: str, answers: Sequence[Answered], translate: Translate = untranslated,
                      plural: Callable[[str, int], str] | None = None) -> str:  # fmt: skip
    """The round's result sheet as HTML for paper (core.paper.sheet's style; gui.paper.printing pages it): a title
    saying what was asked about, the score, each question with the class's answer and the right one, and what to look at
    again. plural(text, n): the translation of a %n text (Qt's plural forms), else %n is replaced by n."""

    def t(text: str) -> str:
        return translate(CONTEXT, text)

    score = sum(a.right for a in answers)
    scored = plural(_SHEET_SCORE, score) if plural else t(_SHEET_SCORE).replace("%n", str(score))
    pad = max(1, round(3 * CSS_PX_PER_INCH / 72))
    headings = ("#", t(_SHEET_QUESTION), t(_SHEET_GIVEN), t(_SHEET_RIGHT))
    head = "".join(f"<th align='left'>{escape(h)}</th>" for h in headings)
    rows = []
    for n, answered in enumerate(answers, 1):
        question = answered.question
        given = question.choices[answered.chosen] if answered.chosen is not None else t(_SHEET_NONE)
        mark = _RIGHT_MARK if answered.right else _WRONG_MARK
        right = question.choices[question.answer]
        rows.append(f"<tr><td>{n}</td><td>{escape(question.text(translate))}</td>"
                    f"<td>{mark} {escape(given)}</td><td>{escape(right)}</td></tr>")  # fmt: skip
    table = (f"<table class='cities' width='99%' cellspacing='0' cellpadding='{pad}' border='1'"
             f" style='border-color: {PAPER.rule}; margin-top: 6px;'><tr>{head}</tr>"
             f"{''.join(rows)}</table>")  # fmt: skip
    again = to_look_at_again(answers)
    review = (f"<ul>{''.join(f'<li>{escape(name)}</li>' for name in again)}</ul>" if again
              else f"<p>{escape(t(_SHEET_ALL_RIGHT))}</p>")  # fmt: skip
    return (f"<p class='cover-title'>{escape(t(_SHEET_TITLE).format(what=what))}</p>"
            f"<p class='summary'>{escape(scored.format(count=len(answers)))}</p>{table}"
            f"<h2>{escape(t(_SHEET_AGAIN))}</h2>{review}")  # fmt: skip
