"""Did you mean ...? The names closest to a search that found nothing.

Closeness is counted in letters on the romanization-folded form (so "Chŏngjin", "Chungjin" and "Cheongjin" are all
one letter or none from each other) and, for Hangul, on its jamo (so 청진 and 정진 are one letter apart, not one
syllable). A name is also kept as written (spelled(): its letters without the folding), so that one slip in typing
it stays one letter off where the folding would make it two (Chongin for Chongjin: folded, j is ch); a text as typed
is compared with those within one letter.
Names are grouped by their first letter and length, so a search compares only with names that could be
close (the dataset keeps each name's key, indexed: see schema.py), and cheaply: a comparison stops as soon as it is
further off than allowed.
"""

from __future__ import annotations

from collections.abc import Iterable

from cityviewer.core.folding import fold, normalize

_SYLLABLES = range(0xAC00, 0xD7A4)
_LEADS, _VOWELS, _TAILS = 19, 21, 28
MAX_SUGGESTIONS = 3


def jamo(text: str) -> str:
    """Hangul syllables taken apart into their letters (as code points of the Hangul Jamo block)."""
    out = []
    for ch in text:
        code = ord(ch)
        if code in _SYLLABLES:
            index = code - _SYLLABLES.start
            lead, rest = divmod(index, _VOWELS * _TAILS)
            vowel, tail = divmod(rest, _TAILS)
            out.append(chr(0x1100 + lead) + chr(0x1161 + vowel) + (chr(0x11A7 + tail) if tail else ""))
        elif not ch.isspace():
            out.append(ch)
    return "".join(out)


def key(name: str) -> str:
    """The form names are compared in: jamo for Hangul, the romanization-folded letters otherwise."""
    if any(ord(ch) in _SYLLABLES for ch in name):
        return jamo(name)
    return fold(name).replace(" ", "")


def spelled(name: str) -> str:
    """A name's letters as written (case, diacritics, apostrophes and spaces aside, not romanization-folded): the form
    in which one slip in typing it is one letter off ("" for a name in Hangul, whose key() is already its letters)."""
    if any(ord(ch) in _SYLLABLES for ch in name):
        return ""
    return normalize(name).replace(" ", "")


def allowed_distance(length: int) -> int:
    """How many letters a typed word may be off: one in a short name, two from eight letters on."""
    return 1 if length < 8 else 2


def distance_within(a: str, b: str, limit: int) -> int | None:
    """The edit distance between a and b (insertions, deletions, substitutions, swaps of neighbours), or None
    when it is over limit (found without computing the whole table)."""
    if abs(len(a) - len(b)) > limit:
        return None
    if limit <= 1:
        return _within_one(a, b, limit)
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, start=1):
            cost = 0 if ca == cb else 1
            best = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                best = min(best, previous2[j - 2] + 1)
            current[j] = best
        if min(current) > limit:
            return None
        previous2, previous = previous, current
    return previous[-1] if previous[-1] <= limit else None


def _within_one(a: str, b: str, limit: int) -> int | None:
    """distance_within() for a limit of 0 or 1, without the table: after the common beginning, the rest must meet
    once one letter is dropped, added, changed or swapped with the next."""
    if a == b:
        return 0
    if limit < 1:
        return None
    i = next((n for n, (x, y) in enumerate(zip(a, b, strict=False)) if x != y), min(len(a), len(b)))
    if len(a) == len(b):
        one = a[i + 1 :] == b[i + 1 :] or (a[i + 1 : i + 2] == b[i : i + 1] and a[i : i + 1] == b[i + 1 : i + 2]
                                           and a[i + 2 :] == b[i + 2 :])  # fmt: skip
    elif len(a) > len(b):
        one = a[i + 1 :] == b[i:]
    else:
        one = a[i:] == b[i + 1 :]
    return 1 if one else None


# The candidates for a key: names that share its first two letters, or its first and last, within the length.
CANDIDATES_SQL = (
    "SELECT key, name, importance FROM suggest_names"
    " WHERE substr(key, 1, 2) = :start AND length(key) BETWEEN :shortest AND :longest"
    " UNION SELECT key, name, importance FROM suggest_names"
    " WHERE substr(key, 1, 1) = :first AND substr(key, -1) = :last AND length(key) BETWEEN :shortest AND :longest"
)


def candidates_query(typed_key: str) -> dict[str, object]:
    """CANDIDATES_SQL's parameters for typed_key."""
    allowed = allowed_distance(len(typed_key))
    return {"start": typed_key[:2], "first": typed_key[0], "last": typed_key[-1],
            "shortest": len(typed_key) - allowed, "longest": len(typed_key) + allowed}  # fmt: skip


# The names as written one slip from a spelled() text (a letter dropped, doubled, changed, or swapped with the next),
# one letter longer or shorter at most: a slip after the second letter leaves the first two; one in the first two
# leaves the first and last letters (the second dropped, changed or doubled, the first doubled), or the second to
# fourth letters of the name (the first dropped, changed or swapped with the second: yugyong, iyugyong and yrugyong
# all meet ryugyong); in a text of three letters, the last two swapped leave the first and the one before the last.
SPELLED_SQL = (
    "SELECT key, name, importance FROM suggest_spellings"
    " WHERE substr(key, 1, 2) = :start AND length(key) BETWEEN :shortest AND :longest"
    " UNION ALL SELECT key, name, importance FROM suggest_spellings"
    " WHERE substr(key, 1, 1) = :first AND substr(key, -1) IN (:last, :before_last)"
    " AND length(key) BETWEEN :shortest AND :longest"
    " UNION ALL SELECT key, name, importance FROM suggest_spellings"
    " WHERE substr(key, 2, 3) IN (:dropped, :changed, :swapped) AND length(key) BETWEEN :shortest AND :longest"
)


def spelled_query(typed: str) -> dict[str, object]:
    """SPELLED_SQL's parameters for a spelled() text."""
    return {"start": typed[:2], "first": typed[0], "last": typed[-1],
            "before_last": typed[-2:-1] if len(typed) <= 3 else typed[-1],
            "dropped": typed[:3], "changed": typed[1:4], "swapped": typed[0] + typed[2:4],
            "shortest": len(typed) - 1, "longest": len(typed) + 1}  # fmt: skip


def closest(typed_key: str, candidates: Iterable[tuple[str, str, int]], limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Up to limit names from (key, name, importance) candidates close to typed_key: closest first, the more
    important first among equals."""
    return closest_among([(typed_key, candidates)], limit)


def closest_among(
    searches: Iterable[tuple[str, Iterable[tuple[str, str, int]]] | tuple[str, Iterable[tuple[str, str, int]], int]],
    limit: int = MAX_SUGGESTIONS,
) -> list[str]:
    """closest() over several forms of what was typed (its key(), its spelled()), each with the candidates found
    for it and, optionally, how far off they may be (else allowed_distance()): a name counts at its nearest."""
    found: dict[str, tuple[int, int]] = {}
    for typed_key, candidates, *most in searches:
        allowed = most[0] if most else allowed_distance(len(typed_key))
        for candidate, name, importance in candidates:
            d = distance_within(typed_key, candidate, allowed)
            if d is not None and (name not in found or (d, importance) < found[name]):
                found[name] = (d, importance)
    return sorted(found, key=lambda name: (*found[name], name))[:limit]
