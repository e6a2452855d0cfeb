"""Compare adds a shipped city by any part of any of its names: Hangul, McCune-Reischauer, Japanese-era and
other spellings (the behaviour, on the made-up volume: tests/gui/study/test_compare_pane.py)."""

import pytest


def _completions(qtbot, pane, typed: str) -> list[str]:
    """What the completer offers for typed, once every name has been read (on the dataset thread)."""
    qtbot.waitUntil(lambda: pane.names.rowCount() > 0)
    pane.completer.setCompletionPrefix(typed)
    model = pane.completer.completionModel()
    return [model.index(n, 0).data() for n in range(model.rowCount())]


@pytest.mark.parametrize(("typed", "found"), [
    ("원산", "Wonsan 원산"), ("gensan", "Wonsan 원산"), ("ŏnsa", "Wonsan 원산"), ("sinanju", "Anju 안주"),
    ("HEUNG", "Hamhung 함흥"), ("jin", "Chongjin 청진"),
])  # fmt: skip
def test_a_city_is_added_by_any_part_of_any_of_its_names(qtbot, window, typed, found):
    pane = window.show_compare()
    assert found in _completions(qtbot, pane, typed)
