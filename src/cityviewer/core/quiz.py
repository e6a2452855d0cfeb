"""A quiz made from the dataset, with no Qt: multiple-choice questions about the cities, generated from a seed (the
same seed, the same round), none repeated in a round, with wrong answers drawn from the dataset (on the hard level,
the most plausible ones: cities of the same region, of a similar size) and no question whose answer is ambiguous
(a name or a landmark two cities share, two cities with the same population, a landmark that names its city).
A map question offers four places no two of which are closer than MAP_SEPARATION_KM, so that no click is ambiguous.

Prompts are marked for translation in the context "Quiz" and carry their values apart (Question.text()).
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from cityviewer.core.folding import normalize
from cityviewer.core.geo import great_circle_km
from cityviewer.core.records import CityEntry
from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate, untranslated
from cityviewer.core.volume import Volume

CONTEXT = "Quiz"
CHOICES = 4
MAP_SEPARATION_KM = 60.0  # the least distance between two places of a map question: markers never overlap


class Kind(StrEnum):
    LOCAL_NAME = "local-name"  # which city is 평양? (a volume with a script of its own)
    OLD_NAME = "old-name"  # which city was once called Heijo?
    MORE_POPULOUS = "more-populous"  # which of these is the most populous?
    PROVINCE = "province"  # in which province is Hamhung?
    KNOWN_FOR = "known-for"  # which city is known for the Juche Tower?
    ROMANIZATION = "romanization"  # which is the McCune-Reischauer romanization of 함흥? (a romanized volume)
    MAP = "map"  # where on the map is Hamhung? (click it)


PROMPTS = {
    Kind.LOCAL_NAME: QT_TRANSLATE_NOOP("Quiz", "Which city is {local}?"),
    Kind.OLD_NAME: QT_TRANSLATE_NOOP("Quiz", "Which city was once called {name}?"),
    Kind.MORE_POPULOUS: QT_TRANSLATE_NOOP("Quiz", "Which of these cities had the most people?"),
    Kind.PROVINCE: QT_TRANSLATE_NOOP("Quiz", "In which province or special city is {city}?"),
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
    Kind.PROVINCE: QT_TRANSLATE_NOOP("Quiz", "Provinces"),
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


def kind_name(kind: Kind, volume: Volume, translate: Translate = untranslated) -> str:
    """What the Quiz window calls a kind of question ("Names in Hangul")."""
    script = volume.local_system.label if volume.local_system else ""
    return translate("Quiz", KIND_NAMES[kind]).format(script=script)


def _folded(text: str) -> str:
    return normalize(text).replace(" ", "")


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
        self._makers: dict[Kind, Callable[[CityEntry, random.Random, bool], Question | None]] = {
            Kind.LOCAL_NAME: self._local_name, Kind.OLD_NAME: self._old_name, Kind.MORE_POPULOUS: self._more_populous,
            Kind.PROVINCE: self._province, Kind.KNOWN_FOR: self._known_for, Kind.ROMANIZATION: self._romanization,
            Kind.MAP: self._map,
        }  # fmt: skip

    def round(
        self, seed: int, length: int = 10, kinds: Sequence[Kind] = tuple(Kind), hard: bool = False
    ) -> list[Question]:
        """length questions (fewer if the kinds chosen have fewer), each kind in turn, none repeated."""
        rng = random.Random(seed)
        kinds = [kind for kind in dict.fromkeys(kinds) if kind in self._kinds] or list(self._kinds)
        questions: list[Question] = []
        seen: set[tuple[str, ...]] = set()
        tries = 0
        while len(questions) < length and tries < length * 40:
            kind = kinds[tries % len(kinds)] if tries < len(kinds) * 4 else rng.choice(kinds)
            tries += 1
            question = self._makers[kind](rng.choice(self.cities), rng, hard)
            if question is not None and question.key not in seen:
                seen.add(question.key)
                questions.append(question)
        return questions

    # -- wrong answers --------------------------------------------------------------------------------
    def _others(self, city: CityEntry, rng: random.Random, hard: bool, count: int = CHOICES - 1,
                allowed: Callable[[CityEntry], bool] = lambda _c: True) -> list[CityEntry]:  # fmt: skip
        """count other cities: on the hard level those most like city (same region, nearest in size)."""
        others = [c for c in self.cities if c.id != city.id and allowed(c)]
        if hard:
            size = city.population_total or 0
            others.sort(key=lambda c: (c.region != city.region, abs((c.population_total or 0) - size), c.id))
            return others[:count]
        return rng.sample(others, min(count, len(others)))

    def _far_apart(self, city: CityEntry, rng: random.Random, hard: bool) -> list[CityEntry] | None:
        """Three other cities, no two of the four closer than MAP_SEPARATION_KM: on the hard level the nearest to
        city that keep that distance, on the easy level drawn at random; None if the dataset has too few."""
        others = [c for c in self.cities if c.id != city.id and _km(c, city) >= MAP_SEPARATION_KM]
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
        shuffled = self._shuffled(city.name, [c.name for c in wrong], rng)
        if shuffled is None:
            return None
        choices, answer = shuffled
        about = (city.id, *(c.id for c in wrong))
        by_name = {c.name: c for c in (city, *wrong)}
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
        names = [n for n in names if _folded(n) != _folded(city.name)]
        if not names:
            return None
        name = rng.choice(sorted(names))
        return self._city_question(Kind.OLD_NAME, city, {"name": name}, rng, hard, (Kind.OLD_NAME, city.id, name))

    def _more_populous(self, city: CityEntry, rng: random.Random, hard: bool) -> Question | None:
        if not city.population_total:
            return None
        group = [city, *self._others(city, rng, hard, allowed=lambda c: bool(c.population_total))]
        populations = [c.population_total or 0 for c in group]
        if len(group) < 2 or populations.count(max(populations)) > 1:
            return None
        top = group[populations.index(max(populations))]
        rng.shuffle(group)
        key = (Kind.MORE_POPULOUS, *sorted(c.id for c in group))
        census = self.volume.census
        values, prompt = ((("census", census.label),), _MOST_PEOPLE_IN_CENSUS) if census else ((), "")
        return Question(Kind.MORE_POPULOUS, values, tuple(c.name for c in group), group.index(top),
                        (top.id, *(c.id for c in group if c is not top)), key, prompt=prompt)  # fmt: skip

    def _province(self, city: CityEntry, rng: random.Random, hard: bool) -> Question | None:
        if _folded(city.province) == _folded(city.name):  # Pyongyang is in Pyongyang: no question
            return None
        provinces = sorted({c.province for c in self.cities if c.province and c.province != city.province})
        if hard:
            near = {c.province for c in self._others(city, rng, True, count=len(self.cities))[:12]}
            provinces = [p for p in provinces if p in near] + [p for p in provinces if p not in near]
            wrong = provinces[: CHOICES - 1]
        else:
            wrong = rng.sample(provinces, min(CHOICES - 1, len(provinces)))
        shuffled = self._shuffled(city.province, wrong, rng)
        if shuffled is None:
            return None
        choices, answer = shuffled
        return Question(Kind.PROVINCE, (("city", city.name),), choices, answer, (city.id,), (Kind.PROVINCE, city.id))

    def _known_for(self, city: CityEntry, rng: random.Random, hard: bool) -> Question | None:
        things = self._things[city.id]
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
        return self._city_question(Kind.MAP, city, {"city": city.name}, rng, hard, (Kind.MAP, city.id), wrong)


def cities_of(entries: Sequence[object]) -> list[CityEntry]:
    return [e for e in entries if isinstance(e, CityEntry)]
