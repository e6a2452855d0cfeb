"""One way to tell the person (gui.messages): news in the status line, a pane's trouble in the pane, a failed command
or something to act on in a dialog; and an Op with no failure handler tells its failure there."""

from __future__ import annotations

from cityviewer.core.errors import DatasetDamaged
from cityviewer.gui.background import Op
from cityviewer.gui.messages import Kind, Where, tell


def test_news_goes_to_the_status_line_of_the_window_it_comes_from(window, dialogs):
    assert tell(window.city_list, Kind.NOTE, "Wrote a file.") is Where.STATUS_LINE
    assert window.statusBar().currentMessage() == "Wrote a file." and dialogs == []


def test_a_panes_trouble_is_said_in_the_pane_not_a_dialog(qtbot, window, dialogs):
    qtbot.waitUntil(lambda: window.detail.entry_id is not None)
    window.statusBar().clearMessage()
    assert tell(window.detail, Kind.PANE, "The article could not be read.") is Where.PANE
    assert window.detail.toPlainText() == "The article could not be read."
    assert window.statusBar().currentMessage() == "" and dialogs == []


def test_a_pane_that_cannot_show_a_notice_uses_the_status_line(window, dialogs):
    assert tell(window.city_list, Kind.PANE, "The list could not be read.") is Where.STATUS_LINE
    assert window.statusBar().currentMessage() == "The list could not be read." and dialogs == []


def test_a_failed_command_and_something_to_act_on_open_a_dialog(window, dialogs):
    assert tell(window.detail, Kind.FAILED, "x.pdf could not be written.") is Where.DIALOG
    assert tell(None, Kind.ACT, "The dataset is damaged.") is Where.DIALOG
    assert dialogs == ["x.pdf could not be written.", "The dataset is damaged."]
    assert window.statusBar().currentMessage() == "x.pdf could not be written."  # kept once the dialog is closed


def test_news_in_a_window_of_its_own_is_said_in_it(qtbot, window, dialogs):
    pane = window.show_compare()
    qtbot.waitUntil(lambda: not pane.reading())
    assert tell(pane, Kind.NOTE, "Wrote compared.pdf.") is Where.PANE
    assert pane.message.text() == "Wrote compared.pdf." and dialogs == []


def test_with_no_window_a_note_is_only_logged(caplog):
    assert tell(None, Kind.NOTE, "Nobody to tell.") is Where.LOG


def _damaged(_dataset):
    raise DatasetDamaged("The dataset x is damaged and cannot be read.")


def test_an_op_with_no_failure_handler_tells_its_pane(qtbot, window, dialogs):
    qtbot.waitUntil(lambda: window.detail.entry_id is not None)
    window.dataset_thread.run(Op(work=_damaged, done=lambda _r: None, pane=window.detail))
    qtbot.waitUntil(lambda: "damaged" in window.detail.toPlainText())
    assert window.detail.toPlainText() == "The dataset x is damaged and cannot be read." and dialogs == []


def test_an_op_with_no_failure_handler_and_no_pane_tells_the_status_line(qtbot, window, dialogs):
    window.dataset_thread.run(Op(work=_damaged, done=lambda _r: None))
    qtbot.waitUntil(lambda: "damaged" in window.statusBar().currentMessage())
    assert dialogs == []


def test_no_other_module_shows_a_message_itself():
    """Status lines and message boxes belong to gui.messages; the only other boxes ask a question (the reading
    list's conflict) or show the About box, neither a message."""
    from pathlib import Path

    import cityviewer

    root = Path(cityviewer.__file__).parent
    found = []
    for path in sorted(root.rglob("*.py")):
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            shows = "showMessage(" in line or any(
                f"QMessageBox.{call}(" in line for call in ("warning", "critical", "information")
            )
            if shows and path.name != "messages.py":
                found.append(f"{path.relative_to(root)}:{number}")
    assert found == []
