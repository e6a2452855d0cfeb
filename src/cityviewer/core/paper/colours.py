"""The colours of paper: printed sheets, handouts and comparisons are always dark text on white paper, whatever the
screen's theme. Declared here, with no Qt, so core.paper.sheet can build its HTML from them; gui.colours, where every
colour on screen comes from, re-exports PAPER (the only two modules that may name a colour: see
tests/gui/test_colours.py)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class PaperColours:
    """Each as '#rrggbb'. Every text colour meets WCAG AA (4.5:1) against what it is printed on (a test says so)."""

    paper: str = "#ffffff"
    text: str = "#000000"
    heading: str = "#1f3a5f"  # section headings
    romanizations: str = "#444444"  # the line of spellings under the title
    label: str = "#333333"  # the facts' labels, on label_back
    label_back: str = "#eef1f5"  # behind the facts' labels and a table's headings
    muted: str = "#555555"  # notes, a correction's source, "its sheet: page n"
    link: str = "#1a4f8b"
    bar: str = "#4a6fa5"  # the cover's population bars
    rule: str = "#c8ced6"  # tables' borders
    footer_rule: str = "#9aa3ad"
    footer_text: str = "#444444"
    chart_bar: str = "#1f5fa8"  # the comparison's chart on paper
    chart_grid: str = "#c7c7c7"
    chart_text: str = "#000000"


PAPER = PaperColours()
