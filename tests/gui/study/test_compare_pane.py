"""The Compare window: built when first opened (Go > Compare Cities…, Ctrl+K), the city on show and the next listed,
two to four cities, their facts, the distances between them and population bars drawn to scale."""

from __future__ import annotations

import re
import subprocess

import pytest
from helpers import all_entries, set_query
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog

from cityviewer.core.map.geo import great_circle_km


def _ready(qtbot, pane):
    """pane, once the cities it compares have been read (on the dataset thread)."""
    qtbot.waitUntil(lambda: not pane.reading(), timeout=20000)  # a loaded machine reads slowly
    return pane


def test_built_when_first_opened_with_the_city_on_show_and_the_next_listed(qtbot, window):
    assert window.compare_pane is None and window.findChild(QDialog, "Compare") is None
    action = window.window_actions.compare
    assert action.shortcut() == QKeySequence("Ctrl+K")
    assert action in window.menuBar().actions()[3].menu().actions()  # Go
    window.show_city("dunmere")
    action.trigger()
    pane = window.findChild(QDialog, "Compare")
    assert pane is not None and pane.accessibleName() == "Compare" and pane.isVisible()
    _ready(qtbot, pane)
    assert pane.cities() == ["dunmere", "amberlee", "castorby", "eskfield"]  # then the first listed, largest first


def test_facts_distances_and_the_chart(qtbot, window, qtmodeltester):
    window.show_city("amberlee")
    pane = _ready(qtbot, window.show_compare())
    for city_id in list(pane.cities())[1:]:
        pane.remove_city(city_id)
    assert pane.add_city("greyhollow") and pane.add_city("farrowgate") and pane.add_city("castorby")
    assert not pane.add_city("eskfield") and "At most four" in pane.message.text()
    assert not pane.add_city("greyhollow") and "already" in pane.message.text()
    _ready(qtbot, pane)
    qtmodeltester.check(pane.facts)
    qtmodeltester.check(pane.distances)
    heads = [pane.facts.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) for c in range(4)]
    assert heads == ["Amberlee", "Greyhollow", "Farrowgate", "Castorby"]  # no script of its own: the names alone
    facts = {pane.facts.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole): [
        pane.facts.index(r, c).data() for c in range(4)] for r in range(pane.facts.rowCount())}  # fmt: skip
    assert facts["Population"][0] == "48,210" and facts["Census rank"][3] == "2"
    assert facts["County"][2] == "South County" and "Amberlee harbour wall" in facts["Landmarks"][0]
    assert set(facts) >= {"Region", "Status", "Tags", "Industries"}
    a, b = (window.dataset.entry(i) for i in ("greyhollow", "farrowgate"))
    expected = great_circle_km(a.longitude, a.latitude, b.longitude, b.latitude)
    assert pane.distances.index(1, 2).data() == f"{expected:,.0f} km" == pane.distances.index(2, 1).data()
    assert pane.distances.index(0, 0).data() == "—"
    pane.resize(820, 640)
    qtbot.waitUntil(lambda: pane.chart.width() > 100)
    bars = pane.chart.bar_rects()
    populations = [window.dataset.entry(i).population_total for i in pane.cities()]
    for bar, population in zip(bars, populations, strict=True):  # drawn to scale: length / population the same
        assert bar.width() / population == pytest.approx(bars[0].width() / populations[0], rel=1e-9)
    assert "Population" in pane.chart.axis_label
    assert "Greyhollow: 3,105" in pane.chart.accessibleDescription()


def test_removing_the_selected_column_and_too_few_cities(qtbot, window):
    window.show_city("castorby")
    pane = _ready(qtbot, window.show_compare())
    pane.facts_view.selectColumn(0)
    pane.remove_button.click()
    assert "castorby" not in pane.cities() and len(pane.cities()) == 3
    for city_id in pane.cities()[1:]:
        pane.remove_city(city_id)
    assert pane.distances.rowCount() == 0 and "two to four" in pane.message.text()


def test_double_clicking_a_column_heading_shows_that_city(qtbot, window):
    window.show_city("amberlee")
    pane = _ready(qtbot, window.show_compare())
    with qtbot.waitSignal(window.city_shown, check_params_cb=lambda city: city == "castorby"):
        pane.facts_view.horizontalHeader().sectionDoubleClicked.emit(1)


def test_a_division_on_show_is_not_compared(qtbot, window):
    window.show_city("LV-S")
    pane = _ready(qtbot, window.show_compare())
    assert "LV-S" not in pane.cities() and len(pane.cities()) == 4


def _run(*command) -> str:
    return subprocess.run([str(c) for c in command], capture_output=True, text=True, check=True).stdout


def test_exported_as_a_pdf_sheet_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    from cityviewer.gui.paper.commands import SaveDialog

    target = tmp_path / "compared.pdf"
    asked = []
    monkeypatch.setattr(SaveDialog, "ask", classmethod(lambda cls, parent, title, _s: asked.append(parent) or target))
    window.show_city("amberlee")
    pane = _ready(qtbot, window.show_compare())
    for city_id in pane.cities()[1:]:
        pane.remove_city(city_id)
    for city_id in ("greyhollow", "farrowgate", "castorby"):
        pane.add_city(city_id)
    _ready(qtbot, pane)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is pane)  # its keys, not the main window's
    with qtbot.waitSignal(window.print_commands.finished, timeout=20000):
        qtbot.keyClick(pane, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
        assert not target.exists()  # written on the dataset thread
    assert asked == [pane] and f"Wrote {target}" in pane.message.text()
    text = _run("pdftotext", "-layout", target, "-")
    assert "Cities compared" in text and "Amberlee" in text and "Castorby" in text
    header = next(line for line in text.splitlines() if "Amberlee" in line)
    assert [header.index(n) for n in ("Amberlee", "Greyhollow", "Farrowgate", "Castorby")] == sorted(
        header.index(n) for n in ("Amberlee", "Greyhollow", "Farrowgate", "Castorby"))  # the order chosen  # fmt: skip
    a, b = (window.dataset.entry(i) for i in ("greyhollow", "farrowgate"))
    assert f"{great_circle_km(a.longitude, a.latitude, b.longitude, b.latitude):,.0f} km" in text
    assert "48,210" in text and "Population compared" in text
    assert len(_run("pdfimages", "-list", target).splitlines()[2:]) >= 1  # the bar chart
    assert re.search(r"^Pages:\s+1$", _run("pdfinfo", target), re.M)  # one sheet


def test_printed_through_the_preview_and_not_offered_for_one_city(qtbot, window, monkeypatch, tmp_path):
    from PySide6.QtPrintSupport import QPrinter

    from cityviewer.gui.paper.commands import PrintPreview

    printed = []

    def show(cls, dialog):
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(tmp_path / "printed.pdf"))
        dialog.paintRequested.emit(printer)
        printed.append(dialog.windowTitle())

    monkeypatch.setattr(PrintPreview, "show", classmethod(show))
    window.show_city("castorby")
    pane = _ready(qtbot, window.show_compare())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is pane)  # its keys, not the main window's
    qtbot.keyClick(pane, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: printed == ["Print Comparison"])  # the sheet is read on the dataset thread
    text = _run("pdftotext", tmp_path / "printed.pdf", "-")
    assert "Cities compared" in text and "Castorby" in text and "Distances" in text
    for city_id in pane.cities()[1:]:
        pane.remove_city(city_id)
    assert not pane.print_button.isEnabled() and not pane.export_button.isEnabled()
    qtbot.keyClick(pane, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert printed == ["Print Comparison"]  # one city: nothing to print


def test_the_cities_selected_in_the_list_are_compared(qtbot, window):
    """Ctrl+click two to four rows (a province among them is left out), then Ctrl+K."""
    table = window.city_list.table
    window.filter_bar.search.setText("")
    window.filter_bar.flush()
    qtbot.waitUntil(lambda: len(window.city_list.listed_ids()) == all_entries(window))
    rows = {city_id: n for n, city_id in enumerate(window.city_list.listed_ids())}
    table.show()

    def click(city_id: str, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        index = window.city_list.model.index(rows[city_id], 0)
        table.scrollTo(index)
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, modifier, table.visualRect(index).center())

    click("greyhollow")
    for city_id in ("LV-N", "castorby", "farrowgate"):
        click(city_id, Qt.KeyboardModifier.ControlModifier)
    assert window.current_city() == "farrowgate"  # the last clicked is on show
    assert set(window.city_list.selected_ids()) == {"greyhollow", "LV-N", "castorby", "farrowgate"}
    pane = _ready(qtbot, window.show_compare())
    assert pane.cities() == ["castorby", "farrowgate", "greyhollow"]  # in the list's order (by population), no county
    click("dunmere")  # one row: the city on show and the next listed, as before
    assert window.city_list.selected_ids() == ["dunmere"]
    assert _ready(qtbot, window.show_compare()).cities()[0] == "dunmere" and len(pane.cities()) == 4


def _completions(qtbot, pane, typed: str) -> list[str]:
    """What the completer offers for typed, once every name has been read (on the dataset thread)."""
    qtbot.waitUntil(lambda: pane.names.rowCount() > 0)
    pane.completer.setCompletionPrefix(typed)
    model = pane.completer.completionModel()
    return [model.index(n, 0).data() for n in range(model.rowCount())]


@pytest.mark.parametrize(("typed", "found"), [
    ("amber", "Amberlee"), ("old am", "Amberlee"), ("LANDING", "Castorby"), ("mere", "Dunmere"), ("ford", "Eskfield"),
])  # fmt: skip
def test_a_city_is_added_by_any_part_of_any_of_its_names(qtbot, window, typed, found):
    pane = window.show_compare()
    assert found in _completions(qtbot, pane, typed)


def test_the_completers_choice_and_enter_add_the_city(qtbot, window):
    window.show_city("amberlee")
    pane = _ready(qtbot, window.show_compare())
    for city_id in pane.cities()[1:]:
        pane.remove_city(city_id)
    assert _completions(qtbot, pane, "landing") == ["Castorby"]  # the name alone: no script, no former name
    pane.completer.activated.emit("Castorby")  # chosen from the list
    _ready(qtbot, pane)
    assert pane.cities() == ["amberlee", "castorby"]
    qtbot.waitUntil(lambda: pane.add_field.text() == "")
    pane.add_field.setText("grey")  # one city's name holds it: Enter adds it
    pane.add_field.returnPressed.emit()
    _ready(qtbot, pane)
    assert pane.cities() == ["amberlee", "castorby", "greyhollow"] and pane.add_field.text() == ""
    pane.add_field.setText("ow")  # many do (Farrowgate, Greyhollow): the person is asked to choose
    pane.add_field.returnPressed.emit()
    assert "choose one from the list" in pane.message.text() and len(pane.cities()) == 3
    pane.add_field.setText("atlantis")
    pane.add_field.returnPressed.emit()
    assert pane.message.text() == "No city has a name with “atlantis”."


def test_the_listed_cities_are_compared_in_one_step_the_first_four(qtbot, window):
    set_query(qtbot, window, "harbour")  # every town's landmark
    listed = [i for i in window.city_list.listed_ids() if not i.startswith("LV-")]
    assert len(listed) > 4
    window.window_actions.compare_listed.trigger()
    pane = _ready(qtbot, window.compare_pane)
    assert pane.cities() == listed[:4]
    assert pane.message.text().startswith(f"{len(listed)} cities are listed; the first four are compared.")
    window.filter_bar.search.setText("atlantis")
    window.filter_bar.flush()
    qtbot.waitUntil(lambda: window.city_list.listed_ids() == [])
    pane.listed_button.click()  # the button in the Compare window does the same
    _ready(qtbot, pane)
    assert pane.cities() == [] and pane.message.text() == "Fewer than two cities are listed: add cities to compare."


def test_laid_out_right_on_first_open_at_1024_by_768(qtbot, window):
    window.resize(1024, 768)
    window.show_city("castorby")
    pane = _ready(qtbot, window.show_compare())
    qtbot.waitExposed(pane)
    assert pane.width() <= 1024 and pane.height() <= 768
    view = pane.facts_view

    def fitted() -> bool:  # each row as tall as its text at the columns' width now (or its heading)
        header = view.verticalHeader()
        return all(view.rowHeight(r) == max(view.sizeHintForRow(r), header.sectionSizeHint(r))
                   for r in range(pane.facts.rowCount()))  # fmt: skip

    qtbot.waitUntil(fitted)
    labels = [pane.facts.headerData(r, Qt.Orientation.Vertical, Qt.ItemDataRole.DisplayRole)
              for r in range(pane.facts.rowCount())]  # fmt: skip
    tags = view.visualRect(pane.facts.index(labels.index("Tags"), 0))
    assert view.viewport().rect().contains(tags)  # every fact down to the tags in sight, the rest by scrolling
    assert view.verticalScrollMode() == view.ScrollMode.ScrollPerPixel  # the wheel scrolls smoothly, not by row
    heights = [view.rowHeight(r) for r in range(pane.facts.rowCount())]
    pane.resize(pane.width() - 300, pane.height())  # narrower columns: the rows grow to fit their text again
    qtbot.waitUntil(lambda: fitted() and [view.rowHeight(r) for r in range(pane.facts.rowCount())] != heights)


def test_tab_leaves_the_tables_and_enter_shows_the_columns_city(qtbot, window):
    window.show_city("amberlee")
    pane = _ready(qtbot, window.show_compare())
    qtbot.waitUntil(lambda: QApplication.activeWindow() is pane)
    for view, column in ((pane.facts_view, 1), (pane.distance_view, 2)):
        view.setFocus()
        view.setCurrentIndex(view.model().index(0, column))
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert not view.hasFocus()
        view.setFocus()
        qtbot.keyClick(view, Qt.Key.Key_Backtab)
        assert not view.hasFocus()
        view.setFocus()
        with qtbot.waitSignal(window.city_shown, check_params_cb=lambda city, c=column: city == pane.cities()[c]):
            qtbot.keyClick(view, Qt.Key.Key_Return)
    menu = [action.text() for action in pane.facts_view.actions()]
    assert menu == ["Show This City", "Remove This City"]  # the context menu (the Menu key)
