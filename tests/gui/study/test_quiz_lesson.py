"""The quiz as a teacher uses it ([classroom]): a round about the cities listed now (the highlands), the starred
ones or a province; the easy level; the setup remembered; a result sheet printed and exported as a PDF."""

from __future__ import annotations

from helpers import listed
from pdfs import pdf_text, preview_onto

from cityviewer.core.quiz import EASY_LEFT_OUT, Kind, best_known
from cityviewer.gui.paper.commands import PrintPreview, SaveDialog
from cityviewer.gui.study.quiz import QuizPane


def _ready(qtbot, window) -> QuizPane:
    pane = window.show_quiz()
    qtbot.waitUntil(lambda: pane.maker is not None)  # the cities are read on the dataset thread
    return pane


def _highlands(qtbot, window) -> list[str]:
    combo = window.filter_bar.region
    with qtbot.waitSignal(window.results_changed, check_params_cb=lambda results: results.request.region is not None):
        combo.setCurrentIndex(combo.findData("highlands"))  # (the first, unfiltered list may still be on its way)
    return listed(window)


def test_a_round_about_the_cities_listed_now(qtbot, window):
    east = set(_highlands(qtbot, window))
    assert east == {"castorby", "dunmere", "eskfield"}
    pane = _ready(qtbot, window)
    pane.source.setCurrentIndex(pane.source.findData("listed"))
    for seed in range(5):
        pane.start_round(seed=seed)
        assert len(pane.questions) == 10
        assert {q.about[0] for q in pane.questions} <= east
    assert pane.round_about == "Highlands"
    pane.source.setCurrentIndex(pane.source.findData("all"))
    pane.start_round(seed=1)
    assert not {q.about[0] for q in pane.questions} <= east


def test_a_round_about_the_starred_cities_or_a_division(qtbot, window):
    starred = {"amberlee", "dunmere", "greyhollow"}
    for city in starred:
        window.notes.set_starred(city, True)
    pane = _ready(qtbot, window)
    pane.source.setCurrentIndex(pane.source.findData("starred"))
    assert not pane.division.isEnabled()
    pane.start_round(seed=2)
    assert pane.questions and {q.about[0] for q in pane.questions} <= starred
    pane.source.setCurrentIndex(pane.source.findData("division"))
    assert pane.division.isEnabled() and pane.division.count() == window.dataset.info.division_count
    code = next(c.division_code for c in pane.maker.cities if c.id == "eskfield")
    pane.division.setCurrentIndex(pane.division.findData(code))
    pane.start_round(seed=3)
    in_division = {c.id for c in pane.maker.cities if c.division_code == code}
    assert pane.questions and {q.about[0] for q in pane.questions} <= in_division
    assert pane.round_about == pane.division.currentText()


def test_the_easy_level_unticks_the_local_script_and_asks_the_best_known(qtbot, window):
    pane = _ready(qtbot, window)
    pane.level.setCurrentIndex(pane.level.findData("easy"))
    assert not any(pane.kinds[kind].isChecked() for kind in EASY_LEFT_OUT if kind in pane.kinds)
    assert pane.kinds[Kind.DIVISION].isChecked()
    pane.start_round(seed=5)
    known = {c.id for c in best_known(pane.maker.cities)}
    assert {q.about[0] for q in pane.questions} <= known
    assert not {q.kind for q in pane.questions} & set(EASY_LEFT_OUT)


def test_the_setup_is_remembered(qtbot, window, dataset, settings):
    pane = _ready(qtbot, window)
    pane.length.setValue(7)
    pane.level.setCurrentIndex(pane.level.findData("easy"))
    pane.kinds[Kind.MAP].setChecked(False)
    pane.source.setCurrentIndex(pane.source.findData("division"))
    pane.division.setCurrentIndex(pane.division.count() - 1)  # not the first: the default
    division = pane.division.currentData()
    pane.start_round(seed=1)
    again = QuizPane(dataset, window.dataset_thread, window, settings)
    qtbot.addWidget(again)
    assert again.length.value() == 7 and again.level.currentData() == "easy"
    assert again.source.currentData() == "division"
    assert {k for k, box in again.kinds.items() if box.isChecked()} == {
        k for k, box in pane.kinds.items() if box.isChecked()
    }
    again.start_round(seed=1)
    qtbot.waitUntil(lambda: again.maker is not None)
    assert again.division.currentData() == division
    pane.length.setValue(12)  # changed, and the quiz closed without a new round: kept too
    pane.close()
    assert QuizPane(dataset, window.dataset_thread, window, settings).length.value() == 12


def _play(qtbot, pane, wrong_at=(1, 3)) -> None:
    for n in range(len(pane.questions)):
        question = pane.current()
        choice = (question.answer + 1) % len(question.choices) if n in wrong_at else question.answer
        pane.answer(choice)
        pane.next_question()


def test_the_result_sheet_prints_and_exports(qtbot, window, tmp_path, monkeypatch):
    _highlands(qtbot, window)
    pane = _ready(qtbot, window)
    pane.source.setCurrentIndex(pane.source.findData("listed"))
    pane.level.setCurrentIndex(pane.level.findData("easy"))
    pane.length.setValue(5)
    pane.start_round(seed=8)
    assert not pane.print_sheet.isVisible()
    _play(qtbot, pane)
    assert pane.print_sheet.isVisible() and pane.export_sheet.isVisible()
    missed = [pane.questions[n].choices[pane.questions[n].answer] for n in (1, 3)]

    target = tmp_path / "quiz.pdf"
    monkeypatch.setattr(SaveDialog, "ask", classmethod(lambda cls, parent, title, suggested: target))
    with qtbot.waitSignal(pane.said, check_params_cb=lambda text: text.startswith("Wrote")):
        pane.export_sheet.click()
    text = pdf_text(target, layout=True)
    assert "Quiz: Highlands" in text and "answered 3 of 5 questions right" in text
    flat = " ".join(text.split())
    for question in pane.questions:
        assert question.choices[question.answer] in flat
    review = flat.split("To look at again")[1]
    assert all(name in review for name in missed)

    printed = tmp_path / "printed.pdf"

    monkeypatch.setattr(PrintPreview, "show", preview_onto(printed))
    pane.print_sheet.click()
    assert "answered 3 of 5 questions right" in pdf_text(printed, layout=True)


def test_a_window_grown_past_its_screen_comes_back_inside_it(qtbot, window):
    """A map question's answer may make the window taller than a 1024x768 screen; with no window manager to put it
    back, its feedback and Next button would stay below the screen's foot."""
    pane = _ready(qtbot, window)
    pane.start_round(seed=1)
    room = pane.screen().availableGeometry()
    pane.setGeometry(room.x() + 10, room.bottom() - 200, 700, room.height() + 150)
    qtbot.waitUntil(lambda: pane.height() > room.height())
    pane.answer(pane.current().answer)
    qtbot.waitUntil(lambda: room.contains(pane.frameGeometry()))
    assert pane.next_button.isVisible()
