"""From what a person typed to safe FTS5 match expressions.

Nothing typed reaches FTS5's query syntax: the text is cut into normalized words (letters and digits only), and
each word goes in as a quoted prefix term. Quotes, `*`, AND, NEAR(, parentheses or SQL are just more letters.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from cityviewer.core.folding import ALL_FOLDINGS, fold, fold_word, query_words

# Text that must never break the search (the self-test and the tests type each of these).
HOSTILE_QUERIES = ('"', "*", "AND", "NEAR(", "((", "'; DROP TABLE entries; --", "x" * 10_000, "\x00", "🙂")


@dataclass(frozen=True)
class Match:
    """anywhere finds the cities; in_names ranks those whose names match above those that only mention it."""

    anywhere: str
    in_names: str


def _term(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def _expression(found: list[str], raw_columns: str, folded_columns: str, foldings: Collection[str]) -> str:
    """Every word must match as a prefix, as written (case and diacritics aside) or romanization-folded.
    Several words also match a name written as one word ("Sin uiju" finds Sinuiju)."""
    clauses = [
        f"({{{raw_columns}}} : {_term(w)} OR {{{folded_columns}}} : {_term(fold_word(w, foldings))})" for w in found
    ]
    expression = " AND ".join(clauses)
    if len(found) > 1:
        expression = f"({expression}) OR (names_folded : {_term(fold_word(''.join(found), foldings))})"
    return expression


def match_expressions(query: str, foldings: Collection[str] = ALL_FOLDINGS) -> Match | None:
    """The FTS5 MATCH expressions for query, or None when it has no words to search for.

    A lone letter searches names only: nearly every article has a word starting with it, so in the text it would
    find everything and tell nothing (and at 100,000 places cost the most of any query).
    """
    found = query_words(query)
    if not found:
        return None
    in_names = _expression(found, "names", "names_folded", foldings)
    if len(found) == 1 and len(found[0]) == 1:
        return Match(anywhere=in_names, in_names=in_names)
    # Romanization folding is for names only: folded, English words in the text would meet words they are not
    # ("port" would find "border": b/p, d/t), so the text is matched as written (case and diacritics aside).
    return Match(anywhere=_expression(found, "names tags text", "names_folded", foldings), in_names=in_names)


def names_exactly(text: str, *names: str) -> bool:
    """Whether text is one of names as a person may write it: case, diacritics, punctuation and the romanization
    system aside ("hamhung", "Hamhŭng" and "Hamheung" all name Hamhung; "함흥" names 함흥)."""
    wanted = fold(text)
    return bool(wanted) and any(fold(name) == wanted for name in names if name)
