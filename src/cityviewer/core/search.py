"""From what a person typed to safe FTS5 match expressions.

Nothing typed reaches FTS5's query syntax: the text is cut into normalized words (letters and digits only), and
each word goes in as a quoted prefix term. Quotes, `*`, AND, NEAR(, parentheses or SQL are just more letters.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import NamedTuple

from cityviewer.core.folding import ALL_FOLDINGS, fold, fold_word, query_words

# Text that must never break the search (the self-test and the tests type each of these).
HOSTILE_QUERIES = ('"', "*", "AND", "NEAR(", "((", "'; DROP TABLE entries; --", "x" * 10_000, "\x00", "🙂")


class Match(NamedTuple):
    """anywhere finds the cities; in_names ranks those whose names match above those that only mention it."""

    anywhere: str
    in_names: str


def _term(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def _clause(word: str, folded: str, raw_columns: str, folded_columns: str) -> str:
    """word as a prefix in raw_columns, or folded in folded_columns: one term over both where folding leaves the
    word as it is (most words: FTS5 reads its index entries once, not once per column group)."""
    if folded == word:
        return f"{{{raw_columns} {folded_columns}}} : {_term(word)}"
    return f"({{{raw_columns}}} : {_term(word)} OR {{{folded_columns}}} : {_term(folded)})"


def _expression(found: list[str], folded: list[str], joined: str, raw_columns: str, folded_columns: str) -> str:
    """Every word must match as a prefix, as written (case and diacritics aside) or romanization-folded (folded:
    each word folded). Several words also match a name written as one word, joined folded ("Sin uiju" finds
    Sinuiju)."""
    expression = " AND ".join(_clause(w, f, raw_columns, folded_columns) for w, f in zip(found, folded, strict=True))
    if len(found) > 1:
        expression = f"({expression}) OR (names_folded : {_term(joined)})"
    return expression


def match_expressions(query: str, foldings: Collection[str] = ALL_FOLDINGS) -> Match | None:
    """The FTS5 MATCH expressions for query, or None when it has no words to search for.

    A lone letter searches names only: nearly every article has a word starting with it, so in the text it would
    find everything and tell nothing (and at 100,000 places cost the most of any query). So do two Latin letters
    typed alone: in the shipped volume's text "to" begins a word in all 40 entries, "se" in 39, "pa" in 36, and at
    100,000 places "to" in every one (about 35 ms of the text alone before anything could be listed). Two
    letters of a script such as Hangul are a whole name (평양), and its mentions are searched.
    """
    found = query_words(query)
    if not found:
        return None
    folded = [fold_word(w, foldings) for w in found]  # once for both expressions: folding is most of their cost
    joined = fold_word("".join(found), foldings) if len(found) > 1 else ""
    in_names = _expression(found, folded, joined, "names", "names_folded")
    if len(found) == 1 and (len(found[0]) == 1 or (len(found[0]) == 2 and found[0].isascii())):
        return Match(anywhere=in_names, in_names=in_names)
    # Romanization folding is for names only: folded, English words in the text would meet words they are not
    # ("port" would find "border": b/p, d/t), so the text is matched as written (case and diacritics aside).
    return Match(anywhere=_expression(found, folded, joined, "names tags text", "names_folded"), in_names=in_names)


def names_exactly(text: str, *names: str) -> bool:
    """Whether text is one of names as a person may write it: case, diacritics, punctuation and the romanization
    system aside ("hamhung", "Hamhŭng" and "Hamheung" all name Hamhung; "함흥" names 함흥)."""
    wanted = fold(text)
    return bool(wanted) and any(fold(name) == wanted for name in names if name)
