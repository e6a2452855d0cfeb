"""The words the dataset classifies its entries with: regions, tags, kinds of division and kinds of name, each a
stable key and an English label.

Defined once, here: the build checks entries against these keys, the article and the filter bar show the labels.
Labels are marked for Qt's lupdate with the context VOCABULARY_CONTEXT; term(key, tr) gives a key's label in the
reader's language (the GUI passes QCoreApplication.translate as tr). The core itself never imports Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate

VOCABULARY_CONTEXT = "Vocabulary"


@dataclass(frozen=True)
class Term:
    key: str  # stored in the dataset and in the sources
    label: str  # English, for people


# West to east, as a map reads: the order of the region filter.
REGIONS: tuple[Term, ...] = (
    Term("west-coast", QT_TRANSLATE_NOOP("Vocabulary", "West coast")),
    Term("dmz", QT_TRANSLATE_NOOP("Vocabulary", "Near the DMZ")),
    Term("inland", QT_TRANSLATE_NOOP("Vocabulary", "Inland")),
    Term("northern-border", QT_TRANSLATE_NOOP("Vocabulary", "Northern border")),
    Term("east-coast", QT_TRANSLATE_NOOP("Vocabulary", "East coast")),
)
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
# The first-level divisions of ISO 3166-2:KP, in the order the filter and the article name them.
DIVISION_KINDS: tuple[Term, ...] = (
    Term("capital city", QT_TRANSLATE_NOOP("Vocabulary", "Capital city")),
    Term("province", QT_TRANSLATE_NOOP("Vocabulary", "Province")),
    Term("special city", QT_TRANSLATE_NOOP("Vocabulary", "Special city")),
)
# What an entry's other names are (names.other[].kind).
NAME_KINDS: tuple[Term, ...] = (
    Term("historic", QT_TRANSLATE_NOOP("Vocabulary", "historic name")),
    Term("japanese-era", QT_TRANSLATE_NOOP("Vocabulary", "Japanese-era reading")),
    Term("south-korean", QT_TRANSLATE_NOOP("Vocabulary", "South Korean form")),
    Term("variant", QT_TRANSLATE_NOOP("Vocabulary", "variant")),
    Term("hanja-reading", QT_TRANSLATE_NOOP("Vocabulary", "reading of the Hanja")),
)
REGION_KEYS = tuple(term.key for term in REGIONS)
TAG_KEYS = tuple(term.key for term in TAGS)
DIVISION_KIND_KEYS = tuple(term.key for term in DIVISION_KINDS)
NAME_KIND_KEYS = tuple(term.key for term in NAME_KINDS)
_LABELS = {term.key: term.label for term in (*REGIONS, *TAGS, *DIVISION_KINDS)}
# Kinds of name have their own labels: "historic" is also a tag ("Historic", of a city).
_NAME_KIND_LABELS = {term.key: term.label for term in NAME_KINDS}


def label(key: str) -> str:
    """The English label of a key of the vocabulary; an unknown key (a newer dataset's) shows as it is."""
    return _LABELS.get(key, key)


def term(key: str, tr: Translate) -> str:
    """The label of a key of the vocabulary, translated by tr."""
    return tr(VOCABULARY_CONTEXT, label(key))


def name_kind_label(key: str) -> str:
    """The English label of a kind of name (historic -> "historic name"); an unknown key shows as it is."""
    return _NAME_KIND_LABELS.get(key, key)


def in_order(keys: list[str], terms: tuple[Term, ...]) -> list[str]:
    """keys in the vocabulary's order; keys it does not know (a newer dataset's) last, alphabetically."""
    position = {term.key: n for n, term in enumerate(terms)}
    return sorted(keys, key=lambda key: (position.get(key, len(position)), key))
