"""The window's printing and copying commands: in the menus with their keys, and doing what they say."""

from __future__ import annotations

import pytest
from helpers import all_entries, set_query
from pdfs import pdf_text, preview_onto
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import QToolBar

from cityviewer.gui.paper import commands as printcommands
from cityviewer.gui.paper.commands import HandoutDialog, PrintPreview, SaveDialog
from cityviewer.gui.paper.printing import Paper, SheetOptions


def _menu(window, title: str) -> list[str]:
    (menu,) = [a.menu() for a in window.menuBar().actions() if a.text() == title]
    return [a.text() for a in menu.actions() if not a.isSeparator()]


def test_the_commands_are_in_the_file_and_edit_menus_with_their_keys(window):
    assert _menu(window, "&File") == ["&Print…", "&Export as PDF…", "Export &Handout…", "Export &Map…",
                                      "Export &Reading List…", "&Import Reading List…", "&Quit"]  # fmt: skip
    assert _menu(window, "&Edit")[-5:-1] == ["Copy Ci&tation", "Citation St&yle", "Copy Sou&rces",
                                             "Copy Facts as &Plain Text"]  # fmt: skip  # then Star This Entry
    actions = window.window_actions
    assert QKeySequence("Ctrl+P") in actions.print_city.shortcuts()
    assert actions.export_pdf.shortcuts() == [QKeySequence("Ctrl+Shift+E")]


def test_copy_citation_and_facts_of_the_city_on_show(qtbot, window):
    window.show_city("castorby")
    QGuiApplication.clipboard().clear()
    window.window_actions.copy_citation.trigger()  # the entry is read on the dataset thread, then copied
    qtbot.waitUntil(lambda: "“Castorby”" in QGuiApplication.clipboard().text())
    citation = QGuiApplication.clipboard().text()
    assert citation.startswith("“Castorby”, in ") and "Accessed " in citation and "Sources" not in citation
    window.window_actions.copy_facts.trigger()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text() != citation)
    facts = QGuiApplication.clipboard().text()
    assert facts.startswith("Castorby\n") and "Population (1999 tally): 21,450" in facts  # (no script: no brackets)
    assert "copied" in window.statusBar().currentMessage()


def test_the_citation_style_chosen_is_used_and_remembered(qtbot, window, settings):
    from cityviewer.gui import settings as keys

    styles = window.window_actions.citation_style_actions
    assert list(styles) == ["plain", "apa", "mla", "chicago"] and styles["plain"].isChecked()
    window.show_city("castorby")
    styles["mla"].trigger()
    assert styles["mla"].isChecked() and settings.get(keys.CITATION_STYLE) == "mla"
    QGuiApplication.clipboard().clear()
    window.window_actions.copy_citation.trigger()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text().startswith("“Castorby.” "))
    assert window.statusBar().currentMessage() == "Citation of Castorby copied (MLA)."
    window.window_actions.copy_sources.trigger()
    qtbot.waitUntil(lambda: QGuiApplication.clipboard().text().startswith("Sources of “Castorby”"))
    assert "Invented for Cityviewer's tests" in QGuiApplication.clipboard().text()


def test_the_remembered_citation_style_is_chosen_when_the_window_opens(qtbot, dataset, settings):
    from cityviewer.gui import settings as keys
    from cityviewer.gui.mainwindow import MainWindow

    settings.set(keys.CITATION_STYLE, "chicago")
    second = MainWindow(dataset, settings)
    qtbot.addWidget(second)
    assert second.window_actions.citation_style_actions["chicago"].isChecked()
    assert second.print_commands.citation_style == "chicago"
    second.shut_down()


def test_export_as_pdf_writes_the_city_on_show_off_the_gui_thread(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "sheet.pdf"
    monkeypatch.setattr(SaveDialog, "ask", classmethod(lambda cls, parent, title, suggested: target))
    window.show_city("dunmere")
    with qtbot.waitSignal(window.print_commands.finished, timeout=20000):
        window.window_actions.export_pdf.trigger()
        assert not target.exists()  # written by the dataset thread, after the action returned
    assert "Dunmere" in pdf_text(target)
    assert window.print_commands.exported == [target]
    assert f"Wrote {target}" in window.statusBar().currentMessage()


def test_the_window_text_size_does_not_reach_the_paper(qtbot, window, tmp_path, monkeypatch):
    written = iter([tmp_path / "normal.pdf", tmp_path / "zoomed.pdf"])
    monkeypatch.setattr(SaveDialog, "ask", classmethod(lambda cls, parent, title, suggested: next(written)))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1767323045")
    window.show_city("greyhollow")
    for zoom in (100, 300):
        window.set_zoom(zoom)
        with qtbot.waitSignal(window.print_commands.finished, timeout=20000):
            window.window_actions.export_pdf.trigger()
    assert (tmp_path / "normal.pdf").read_bytes() == (tmp_path / "zoomed.pdf").read_bytes()


def test_an_unwritable_target_is_said_in_a_dialog_and_the_status_bar(qtbot, window, tmp_path, monkeypatch, dialogs):
    (tmp_path / "file").write_text("x")
    target = tmp_path / "file" / "sheet.pdf"
    monkeypatch.setattr(SaveDialog, "ask", classmethod(lambda cls, parent, title, suggested: target))
    with qtbot.waitSignal(window.print_commands.finished, timeout=20000) as finished:
        window.window_actions.export_pdf.trigger()
    assert "could not be written" in finished.args[0] and "nothing was changed" in finished.args[0]
    assert window.statusBar().currentMessage() == finished.args[0]
    assert dialogs == [finished.args[0]]  # a command the person asked for failed (gui.messages)
    assert window.print_commands.exported == []


def test_a_handout_of_the_listed_cities(qtbot, window, tmp_path, monkeypatch):
    set_query(qtbot, window, "village")
    offered = []

    def ask(cls, parent, cities, described, divisions):
        offered.extend(cities)
        return [city_id for city_id, _name in cities][:2], SheetOptions(Paper.A4, True)

    monkeypatch.setattr(HandoutDialog, "ask", classmethod(ask))
    target = tmp_path / "handout.pdf"
    monkeypatch.setattr(SaveDialog, "ask", classmethod(lambda cls, parent, title, suggested: target))
    with qtbot.waitSignal(window.print_commands.finished, timeout=20000):
        window.window_actions.export_handout.trigger()
    listed = window.city_list.listed_ids()
    assert [city_id for city_id, _name in offered] == listed  # the listed cities, in the list's order
    text = pdf_text(target)
    assert "Population compared" in text
    first, second = (dict(offered)[i] for i in listed[:2])
    assert text.index(first) < text.index(second)


def test_the_handout_dialog_offers_every_city_ticked_and_returns_the_ticked_ones(qtbot, window):
    dialog = HandoutDialog(window, [("castorby", "Castorby"), ("dunmere", "Dunmere"), ("eskfield", "Eskfield")])
    qtbot.addWidget(dialog)
    assert dialog.chosen() == ["castorby", "dunmere", "eskfield"]
    dialog.cities.item(1).setCheckState(printcommands.Qt.CheckState.Unchecked)
    assert dialog.chosen() == ["castorby", "eskfield"]
    assert dialog.cover.isChecked()


def test_print_previews_the_sheet_of_the_city_on_show(qtbot, window, tmp_path, monkeypatch):
    target = tmp_path / "printed.pdf"

    monkeypatch.setattr(PrintPreview, "show", preview_onto(target))
    window.show_city("farrowgate")
    window.window_actions.print_city.trigger()
    qtbot.waitUntil(target.exists)  # the sheet is read on the dataset thread, then previewed
    text = pdf_text(target)
    assert text.startswith("Farrowgate\n")
    assert "1 / " in text or "1/" in text


def test_a_handout_takes_a_class_set_not_an_atlas(qtbot, window, monkeypatch):
    monkeypatch.setattr(printcommands, "MAX_HANDOUT", 3)
    monkeypatch.setattr(HandoutDialog, "ask", classmethod(lambda cls, *args: pytest.fail("asked")))
    window.window_actions.export_handout.trigger()  # every city and division listed
    listed_now = all_entries(window)
    assert window.statusBar().currentMessage() == (
        f"{listed_now} places are listed; a handout takes at most 3: narrow the list first."
    )


@pytest.mark.parametrize("zoom", [100, 200])
def test_the_previews_print_and_page_setup_are_first_and_visible_at_1024x768(qtbot, window, monkeypatch, zoom):
    seen: list[tuple[str, ...]] = []

    def show(cls, dialog):
        dialog.resize(1024, 768)
        dialog.show()
        qtbot.waitExposed(dialog)
        toolbar = dialog.findChild(QToolBar)
        shown = [a for a in toolbar.actions() if not a.isSeparator() and toolbar.widgetForAction(a).isVisible()]
        print_, setup = shown[:2]
        seen.append((print_.text(), setup.text()))
        for action in (print_, setup):
            button = toolbar.widgetForAction(action)
            assert toolbar.rect().contains(button.geometry())  # on the toolbar, not behind its "»"
        assert QKeySequence(QKeySequence.StandardKey.Print) == print_.shortcut()
        dialog.close()

    monkeypatch.setattr(PrintPreview, "show", classmethod(show))
    window.set_zoom(zoom)
    window.show_city("farrowgate")
    window.window_actions.print_city.trigger()
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [("Print", "Page setup")]
