"""Text folding for search: case, diacritics, punctuation and Korean romanization systems.

Two levels:
- normalize(): what a person would call "the same letters": case folded, diacritics dropped (ŏ -> o),
  apostrophes and hyphens inside a word removed (P'yŏng-yang -> pyongyang), Hangul kept as it is.
- fold_word(): a romanization-blind key, so that McCune-Reischauer, Revised Romanization and the DPRK's own
  system meet: Pyeongyang, Phyongyang and P'yŏngyang all fold to the same key.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection
from functools import cache

MAX_QUERY_CHARS = 256
MAX_QUERY_WORDS = 12
MAX_WORD_CHARS = 64

# Regular expressions, compiled when first used (_compiled): the first list, before the first paint, searches for no
# words, and compiling these four took about a millisecond there (the marks' classes are the slowest).
_JOINERS = r"(?<=\w)['’‘`´ʼʻ\-‐‑–](?=\w)"
_OTHER_MARKS = r"['’‘`´ʼʻ]"
_WORD = r"[^\W_]+"

# Foldings by name, as a volume's name systems ask for them (core.volume): each applies to a Latin-letter word.
KOREAN_ROMANIZATION = "korean-romanization"
# Applied in order to a lowercase word. Each rule removes a difference between the romanization systems of Korean.
_ROMANIZATION_RULES: tuple[tuple[str, str], ...] = (
    ("ph", "p"),  # DPRK/older aspirates: Phyongyang, Nampho
    ("th", "t"),
    ("kh", "k"),
    ("sh", "s"),  # RR si / MR shi
    ("eo", "o"),  # RR eo = MR ŏ
    ("eu", "u"),  # RR eu = MR ŭ
    ("j", "ch"),  # RR j = MR ch
    ("g", "k"),  # RR g = MR k (initial and in -ng)
    ("d", "t"),
    ("b", "p"),
    ("l", "r"),
)
_DOUBLED = r"([a-z])\1+"
ALL_FOLDINGS = frozenset({KOREAN_ROMANIZATION})


@cache
def _compiled(expression: str) -> re.Pattern[str]:
    return re.compile(expression)


def strip_diacritics(text: str) -> str:
    """Drop combining marks (ŏ -> o) but keep Hangul syllables whole."""
    decomposed = unicodedata.normalize("NFKD", text)
    kept = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", kept)


def normalize(text: str) -> str:
    """Case, diacritics and in-word punctuation folded away; words separated by single spaces."""
    text = strip_diacritics(text).casefold()
    text = _compiled(_JOINERS).sub("", text)
    text = _compiled(_OTHER_MARKS).sub("", text)
    return " ".join(words(text))


def words(text: str) -> list[str]:
    """The word tokens of already normalized text (letters and digits; everything else separates)."""
    return _compiled(_WORD).findall(text)


def fold_word(word: str, foldings: Collection[str] = ALL_FOLDINGS) -> str:
    """A romanization-blind key for one normalized word, under the volume's foldings (none: the word as it is).
    Words that are not Latin letters pass unchanged."""
    if not word.isascii() or KOREAN_ROMANIZATION not in foldings:
        return word
    for old, new in _ROMANIZATION_RULES:
        word = word.replace(old, new)
    return _compiled(_DOUBLED).sub(_the_letter, word)


def _the_letter(doubled: re.Match[str]) -> str:
    """A doubled letter's one letter. (A function, not the template r"\\1": re imports itself again to read a
    template on every call, and under PySide that import costs more than the folding.)"""
    return doubled.group(1)


def fold(text: str, foldings: Collection[str] = ALL_FOLDINGS) -> str:
    """fold_word() over every word of text."""
    return " ".join(fold_word(w, foldings) for w in words(normalize(text)))


def query_words(query: str) -> list[str]:
    """The normalized words of what a person typed, bounded so no input can make a query heavy."""
    if not query or query.isspace():  # nothing typed (the first list): no words, and no expression compiled
        return []
    return [w[:MAX_WORD_CHARS] for w in words(normalize(query[:MAX_QUERY_CHARS]))][:MAX_QUERY_WORDS]
