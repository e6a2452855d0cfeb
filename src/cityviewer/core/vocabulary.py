"""The tags the dataset classifies its cities with, each a stable key and an English label: words that mean the same
in every volume (a volume's own words, its regions and kinds of division and of name, are in its volume file).

Defined once, here: the build checks entries against these keys, the article and the filter bar show the labels.
Labels are marked for Qt's lupdate with the context VOCABULARY_CONTEXT; term(key, tr) gives a key's label in the
reader's language (the GUI passes QCoreApplication.translate as tr). The core itself never imports Qt.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import NamedTuple, Protocol

from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate

VOCABULARY_CONTEXT = "Vocabulary"


class Term(NamedTuple):
    key: str  # stored in the dataset and in the sources
    label: str  # English, for people


# The tags a city may carry: words that mean the same in every volume.
TAGS: tuple[Term, ...] = (
    Term("capital", QT_TRANSLATE_NOOP("Vocabulary", "Capital")),
    Term("provincial-capital", QT_TRANSLATE_NOOP("Vocabulary", "Provincial capital")),
    Term("special-city", QT_TRANSLATE_NOOP("Vocabulary", "Special city")),
    Term("port", QT_TRANSLATE_NOOP("Vocabulary", "Port")),
    Term("naval", QT_TRANSLATE_NOOP("Vocabulary", "Naval base")),
    Term("industrial", QT_TRANSLATE_NOOP("Vocabulary", "Industrial")),
    Term("mining", QT_TRANSLATE_NOOP("Vocabulary", "Mining")),
    Term("border-crossing", QT_TRANSLATE_NOOP("Vocabulary", "Border crossing")),
    Term("special-economic-zone", QT_TRANSLATE_NOOP("Vocabulary", "Special economic zone")),
    Term("historic", QT_TRANSLATE_NOOP("Vocabulary", "Historic")),
    Term("world-heritage", QT_TRANSLATE_NOOP("Vocabulary", "World Heritage")),
    Term("tourism", QT_TRANSLATE_NOOP("Vocabulary", "Tourism")),
    Term("university", QT_TRANSLATE_NOOP("Vocabulary", "University")),
)
TAG_KEYS = tuple(term.key for term in TAGS)
_LABELS = {term.key: term.label for term in TAGS}


def label(key: str) -> str:
    """The English label of a key of the vocabulary; an unknown key (a newer dataset's) shows as it is."""
    return _LABELS.get(key, key)


def term(key: str, tr: Translate) -> str:
    """The label of a key of the vocabulary, translated by tr."""
    return tr(VOCABULARY_CONTEXT, label(key))


class Keyed(Protocol):
    @property
    def key(self) -> str: ...


def in_order(keys: list[str], terms: Sequence[Keyed]) -> list[str]:
    """keys in the order of terms (the vocabulary's tags, a volume's regions); keys they do not know (a newer
    dataset's) last, alphabetically."""
    position = {term.key: n for n, term in enumerate(terms)}
    return sorted(keys, key=lambda key: (position.get(key, len(position)), key))
