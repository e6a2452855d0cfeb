"""The romanization engine scored on a held-out set of published forms that its table (romanization_table.csv)
does not hold and that no rule was written for: romanization_heldout.csv, each form with where it was published.

A form agrees when the engine writes it, or when it differs only in what disagreements() accepts as a convention
rather than a spelling: word division (a hyphen or a space before a generic, the generic then romanized as if it
began a word: Sugung-tong, Anguk-yŏk) and a river in McCune-Reischauer joined to its name (Imjin'gang). Letters,
breves and apostrophes must match. The score and every miss are printed (pytest -s shows them).
"""

import csv
from pathlib import Path

import pytest

from cityviewer.core.romanize import disagreements, to_mccune_reischauer, to_revised

HELDOUT = Path(__file__).with_name("romanization_heldout.csv")
TABLE = Path(__file__).with_name("romanization_table.csv")
with HELDOUT.open(encoding="utf-8", newline="") as f:
    ROWS = list(csv.DictReader(f))
SYSTEMS = {"mccune_reischauer": to_mccune_reischauer, "revised": to_revised}
FLOOR = 0.95


def _agrees(hangul: str, column: str, published: str) -> bool:
    if SYSTEMS[column](hangul) == published:
        return True
    forms = {"mccune_reischauer": None, "revised": None, "dprk": None, column: published}
    return not disagreements(hangul, forms["mccune_reischauer"], forms["revised"], forms["dprk"])


def test_the_held_out_set_is_large_sourced_and_apart_from_the_table():
    with TABLE.open(encoding="utf-8", newline="") as f:
        trained = {row["hangul"] for row in csv.DictReader(f)}
    assert sum(1 for row in ROWS for column in SYSTEMS if row[column]) >= 64
    assert len({row["hangul"] for row in ROWS}) == len(ROWS)
    assert all(row["source"] for row in ROWS)
    assert not trained & {row["hangul"] for row in ROWS}


@pytest.mark.parametrize("column", list(SYSTEMS))
def test_the_engine_scores_at_least_95_percent_on_the_held_out_set(column):
    forms = [(row["hangul"], row[column]) for row in ROWS if row[column]]
    exact = sum(1 for hangul, published in forms if SYSTEMS[column](hangul) == published)
    misses = [(h, p, SYSTEMS[column](h)) for h, p in forms if not _agrees(h, column, p)]
    score = 1 - len(misses) / len(forms)
    print(f"\n{column}: {len(forms) - len(misses)}/{len(forms)} agree ({score:.0%}); {exact} written exactly")
    for hangul, published, engine in misses:
        print(f"  miss: {hangul} published {published!r}, the engine gives {engine!r}")
    assert score >= FLOOR, misses
