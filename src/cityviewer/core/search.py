"""From what a person typed to a safe FTS5 match expression.

Nothing typed reaches FTS5's query syntax: the text is cut into normalized words (letters and digits only), and
each word goes in as a quoted prefix term. Quotes, `*`, AND, NEAR(, parentheses or SQL are just more letters.
"""

from __future__ import annotations

from cityviewer.core.folding import fold_word, query_words


def _term(word: str) -> str:
    return '"' + word.replace('"', '""') + '"*'


def match_expression(query: str) -> str | None:
    """The FTS5 MATCH expression for query, or None when it has no words to search for.

    Every word must match as a prefix, either as written (diacritics and case aside) in the names, tags or text,
    or romanization-folded in the folded columns. A query of several words also matches a name written as one
    word ("Sin uiju" finds Sinuiju).
    """
    found = query_words(query)
    if not found:
        return None
    clauses = [
        f"({{names tags text}} : {_term(w)} OR {{names_folded text_folded}} : {_term(fold_word(w))})" for w in found
    ]
    expression = " AND ".join(clauses)
    if len(found) > 1:
        expression = f"({expression}) OR (names_folded : {_term(fold_word(''.join(found)))})"
    return expression
