"""WCAG contrast (core.contrast) and the paper's colours (core.paper.colours): what the palettes are measured with."""

from dataclasses import fields

import pytest

from cityviewer.core.contrast import AA_TEXT, BLACK, WHITE, contrast, luminance, mix, over, readable, rgb
from cityviewer.core.paper.colours import PAPER


def test_luminance_and_contrast_are_wcags():
    assert luminance(BLACK) == 0 and luminance(WHITE) == pytest.approx(1)
    assert contrast(BLACK, WHITE) == pytest.approx(21)
    assert contrast(WHITE, BLACK) == contrast(BLACK, WHITE)
    assert contrast(rgb("#777777"), WHITE) == pytest.approx(4.48, abs=0.01)  # the classic grey that just fails AA
    assert contrast(rgb("#767676"), WHITE) == pytest.approx(4.54, abs=0.01)  # and the one that just passes
    assert contrast(rgb("#0000ff"), rgb("#2a2a2a")) < 2  # the default link blue on a dark base


def test_mix_and_over():
    assert mix(BLACK, WHITE, 0.5) == (128, 128, 128)
    assert over(WHITE, 1.0, BLACK) == WHITE and over(WHITE, 0.0, BLACK) == BLACK


@pytest.mark.parametrize("background", [WHITE, BLACK, rgb("#2a2a2a"), rgb("#3584e4"), rgb("#777777")])
@pytest.mark.parametrize("colour", [rgb("#0000ff"), rgb("#777777"), rgb("#e0a000"), WHITE, BLACK])
def test_readable_reaches_aa_and_keeps_a_colour_that_already_does(colour, background):
    made = readable(colour, background)
    assert contrast(made, background) >= AA_TEXT
    if contrast(colour, background) >= AA_TEXT:
        assert made == colour


def test_every_text_colour_on_paper_meets_aa():
    on_paper = ["text", "heading", "romanizations", "muted", "link", "footer_text", "chart_text"]
    for name in on_paper:
        assert contrast(rgb(getattr(PAPER, name)), rgb(PAPER.paper)) >= AA_TEXT, name
    assert contrast(rgb(PAPER.label), rgb(PAPER.label_back)) >= AA_TEXT
    assert contrast(rgb(PAPER.text), rgb(PAPER.label_back)) >= AA_TEXT
    assert {f.name for f in fields(PAPER)} >= set(on_paper)
