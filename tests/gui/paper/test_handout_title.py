"""A handout is named by the teacher: the dialog's title says what is in it (from the list's filters and the
ticked cities) until the teacher writes another; the cover and the PDF's metadata carry the title and subtitle.
On the made-up volume: no country's name comes from the code."""

from __future__ import annotations

from pathlib import Path

from helpers import listed
from pdfs import poppler
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from cityviewer.gui.paper.commands import HandoutDialog, SaveDialog


def _pdfinfo_title(path: Path) -> str:
    out = poppler("pdfinfo", path)
    return next(line.split(":", 1)[1].strip() for line in out.splitlines() if line.startswith("Title:"))


def _choose_region(qtbot, window, key: str) -> None:
    combo = window.filter_bar.region
    qtbot.waitUntil(lambda: combo.findData(key) > 0)  # the facets are read on the dataset thread
    with qtbot.waitSignal(window.results_changed):
        combo.setCurrentIndex(combo.findData(key))


def test_the_title_says_what_the_filter_lists_and_follows_the_ticks(qtbot, window):
    _choose_region(qtbot, window, "north-shore")
    towns = [city for city in listed(window) if not city.startswith("LV-")]
    assert len(towns) >= 2
    described = window.filter_bar.described()
    assert described == "North shore"
    dialog = HandoutDialog(window, [(city, city) for city in towns], described)
    qtbot.addWidget(dialog)
    assert dialog.title.text() == f"North shore: {len(towns)} cities"
    dialog.cities.item(0).setCheckState(Qt.CheckState.Unchecked)
    left = len(towns) - 1
    assert dialog.title.text() == f"North shore: {left} {'city' if left == 1 else 'cities'}"  # English plurals
    dialog.title.setText("Our coast")  # the teacher's own title stays whatever is ticked
    dialog.cities.item(0).setCheckState(Qt.CheckState.Checked)
    assert dialog.title.text() == "Our coast"


def test_with_no_filter_the_title_counts_everything(qtbot, window):
    qtbot.waitUntil(lambda: len(listed(window)) == 8)
    assert window.filter_bar.described() == ""
    towns = [(city, city) for city in listed(window) if not city.startswith("LV-")]
    dialog = HandoutDialog(window, towns, "")
    qtbot.addWidget(dialog)
    assert dialog.title.text() == "All 6 cities"
    counties = frozenset(city for city in listed(window) if city.startswith("LV-"))
    mixed = HandoutDialog(window, [(city, city) for city in listed(window)], "", counties)
    qtbot.addWidget(mixed)
    assert mixed.title.text() == "All 8 places"  # six towns and two counties


def test_the_handout_carries_its_title_on_the_cover_and_in_the_pdf(qtbot, window, tmp_path, monkeypatch):
    _choose_region(qtbot, window, "north-shore")

    def exec_(dialog: HandoutDialog) -> QDialog.DialogCode:  # the teacher adds a subtitle and presses OK
        dialog.subtitle.setText("Class 6B, Tuesday")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(HandoutDialog, "exec", exec_)
    suggested = []
    target = tmp_path / "handout.pdf"

    def save(cls, parent, title, name):
        suggested.append(name)
        return target

    monkeypatch.setattr(SaveDialog, "ask", classmethod(save))
    with qtbot.waitSignal(window.print_commands.finished, timeout=20000):
        window.window_actions.export_handout.trigger()
    places = listed(window)
    towns = [city for city in places if not city.startswith("LV-")]
    noun = "cities" if len(towns) == len(places) else "places"
    title = f"North shore: {len(places)} {noun}"
    assert suggested == [f"North shore {len(places)} {noun}.pdf"]
    assert _pdfinfo_title(target) == title
    cover = poppler("pdftotext", "-l", "1", target, "-")
    assert cover.startswith(f"{title}\nClass 6B, Tuesday\n")
