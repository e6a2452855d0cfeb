"""The Quiz window (Go > Quiz…, Ctrl+J): a round of multiple-choice questions about the cities, in large type for a
projector, answered with the mouse or the keys 1 to 4; Enter goes on. The teacher chooses the kinds of question,
the length and the level. Questions come from core.quiz (a seed per round). Built when first opened; a map question
shows a map (gui.quizmap, built for the first one) in place of the four buttons, whose names would give it away."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QFont, QFontInfo, QKeyEvent, QKeySequence, QResizeEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cityviewer.core.basemap import FULL
from cityviewer.core.dataset import Dataset
from cityviewer.core.quiz import CHOICES, Kind, Question, QuizMaker, kind_name, kinds_for
from cityviewer.core.records import CityEntry
from cityviewer.core.request import SearchRequest, SearchResults, Show
from cityviewer.gui.background import DatasetThread, Failure, Op
from cityviewer.gui.colours import Colours, watch_colours
from cityviewer.gui.messages import Kind as MessageKind
from cityviewer.gui.messages import tell
from cityviewer.gui.quizmap import QuizMap
from cityviewer.gui.syncreads import outlines

PROMPT_LINES, ANSWER_LINES = 13, 26  # type sizes: the question at least 1/13 of the window's height (its capitals 1/20)
PROMPT_MOST, ANSWER_MOST = 9, 16  # ... and at most 1/9 and 1/16 of it, however large the zoom
KINDS_PER_ROW = 3  # the kinds of question, in rows of three
MAX_QUIZ_CITIES = 200  # the census cities; a 100,000-place dataset is not read whole for a quiz


class QuizPane(QDialog):
    """A pane of the window (on_results, on_city_shown, city_chosen: "Show this city" after a question)."""

    city_chosen = Signal(str)

    def __init__(self, dataset: Dataset, thread: DatasetThread, parent: QWidget | None = None) -> None:
        """thread: where the quiz's cities are read (gui.background), once, before the first round."""
        super().__init__(parent)
        self.setObjectName("Quiz")
        self.setAccessibleName(self.tr("Quiz"))
        self.setWindowTitle(self.tr("Quiz"))
        self.colours = watch_colours(self, self._set_colours)
        self.maker: QuizMaker | None = None
        self.questions: list[Question] = []
        self.position = 0
        self.score = 0
        self.missed: list[str] = []  # the right answers of the questions missed in this round, in order
        self.answered: int | None = None  # the choice made for the question on show
        self.map: QuizMap | None = None  # built for the first map question

        self.length = QSpinBox(self)
        self.length.setRange(3, 30)
        self.length.setValue(10)
        self.length.setAccessibleName(self.tr("Questions in a round"))
        self.hard = QCheckBox(self.tr("&Harder (wrong answers like the right one)"), self)
        self.kinds: dict[Kind, QCheckBox] = {}
        kinds_row = QGridLayout()  # rows of KINDS_PER_ROW: at 200% a single row ran off a 1024 px screen
        for kind in kinds_for(dataset.info.volume):
            box = QCheckBox(kind_name(kind, dataset.info.volume, QCoreApplication.translate), self)
            box.setChecked(True)
            kinds_row.addWidget(box, len(self.kinds) // KINDS_PER_ROW, len(self.kinds) % KINDS_PER_ROW)
            self.kinds[kind] = box
        kinds_row.setColumnStretch(KINDS_PER_ROW, 1)
        self.new_round = QPushButton(self.tr("&New Round"), self)
        self.new_round.clicked.connect(lambda: self.start_round())
        settings_row = QHBoxLayout()
        length_label = QLabel(self.tr("&Questions:"), self)
        length_label.setBuddy(self.length)
        for widget in (length_label, self.length):
            settings_row.addWidget(widget)
        settings_row.addStretch(1)
        settings_row.addWidget(self.new_round)
        kinds_row.addWidget(self.hard, (len(self.kinds) + KINDS_PER_ROW - 1) // KINDS_PER_ROW, 0, 1, KINDS_PER_ROW)

        self.progress = QLabel(self)
        self.progress.setAccessibleName(self.tr("Progress and score"))
        self.prompt = QLabel(self)
        self.prompt.setObjectName("Question")
        self.prompt.setAccessibleName(self.tr("Question"))
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons: list[QPushButton] = []
        grid = QGridLayout()
        for n in range(CHOICES):
            button = QPushButton(self)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keys 1-4 answer; Tab stays in the settings
            button.clicked.connect(lambda _checked=False, n=n: self.answer(n))
            grid.addWidget(button, n // 2, n % 2)
            self.buttons.append(button)
        self.feedback = QLabel(self)
        self.feedback.setAccessibleName(self.tr("Feedback"))
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.next_button = QPushButton(self.tr("Next (Enter)"), self)
        self.next_button.clicked.connect(self.next_question)
        self.show_city = QPushButton(self.tr("Show This City"), self)
        self.show_city.clicked.connect(self._show_subject)
        bottom = QHBoxLayout()
        bottom.addWidget(self.feedback, 1)
        bottom.addWidget(self.show_city)
        bottom.addWidget(self.next_button)

        self._settings = QWidget(self)  # the teacher's choices: hidden in full screen
        settings_layout = QVBoxLayout(self._settings)
        settings_layout.setContentsMargins(0, 0, 0, 12)
        settings_layout.addLayout(settings_row)
        settings_layout.addLayout(kinds_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self._settings)
        layout.addWidget(self.progress)
        layout.addWidget(self.prompt, 1)
        self._answers = QVBoxLayout()  # the buttons, or the map
        self._answers.addLayout(grid)
        layout.addLayout(self._answers)
        layout.addLayout(bottom)
        self._layout = layout
        self._dataset = dataset  # its volume, and the map questions' outlines (gui.syncreads OUTLINES)
        self._thread = thread
        self._reading = False  # the cities are being read for the first round
        self._then: Callable[[], None] = lambda: None  # what to do once they are
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # the keys 1-4 and Enter come here, not to a spin box
        self._fit_type()
        self.resize(900, 600)

    # -- type for a room: from the window's zoom, and never smaller than the window's height asks -------------
    def _fit_type(self) -> None:
        """The question at least 1/PROMPT_LINES of the window's height (full screen on a projector, its capitals
        1/20 of the screen), the answers and the score 1/ANSWER_LINES; larger when the window's zoom asks."""
        height = max(1, self.height())
        base = QFontInfo(self.font()).pixelSize()
        big = QFont(self.font())
        big.setBold(True)
        # The zoom's large type, but never so large that the quiz no longer fits its window's height.
        big.setPixelSize(max(round(min(base * 2.0, height / PROMPT_MOST)), round(height / PROMPT_LINES)))
        large = QFont(self.font())
        large.setPixelSize(max(round(min(base * 1.6, height / ANSWER_MOST)), round(height / ANSWER_LINES)))
        self.prompt.setFont(big)
        for widget in (self.progress, self.feedback, self.next_button, self.show_city):
            widget.setFont(large)
        for button in self.buttons:
            button.setFont(large)
            button.setMinimumHeight(round(button.fontMetrics().height() * 2.2))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange and hasattr(self, "_settings"):  # the window's zoom (gui.zoom)
            self._fit_type()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_type()

    def toggle_full_screen(self) -> None:
        """F11: the quiz alone on the screen, without the teacher's settings; Esc or F11 again leaves it."""
        if self.isFullScreen():
            self._settings.show()
            self.showNormal()
        else:
            self._settings.hide()
            self.showFullScreen()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- a pane ---------------------------------------------------------------------------------------
    def on_results(self, _results: SearchResults) -> None:
        pass

    def on_city_shown(self, _city_id: str) -> None:
        pass

    # -- a round --------------------------------------------------------------------------------------
    def _read_cities(self, then: Callable[[], None]) -> None:
        """Read the quiz's cities on the dataset thread, then make the quiz maker and call then() (the latest then
        given, if asked again while they are read)."""
        self._then = then
        if self._reading:
            return

        def arrived(cities: list[CityEntry]) -> None:
            self._reading = False
            if len(cities) < CHOICES:
                self.prompt.setText(self.tr("This dataset has too few cities for a quiz."))
                return
            self.maker = QuizMaker(cities, self._dataset.info.volume)
            self._then()

        def failed(failure: Failure) -> None:
            self._reading = False
            tell(self, MessageKind.PANE, failure.message)

        self._reading = True
        self._thread.run(Op(work=_quiz_cities, done=arrived, failed=failed))

    def show_notice(self, text: str) -> None:
        """The quiz's cities could not be read: said where the question goes (gui.messages)."""
        self.prompt.setText(text)

    def start_round(self, seed: int | None = None) -> None:
        """A new round with the settings chosen (seed None: a new random one); the first waits for the cities to be
        read."""
        maker = self.maker
        if maker is None:
            self._read_cities(lambda: self.start_round(seed))
            return
        kinds = [kind for kind, box in self.kinds.items() if box.isChecked()] or list(Kind)
        seed = random.randrange(2**31) if seed is None else seed
        self.questions = maker.round(seed, self.length.value(), kinds, self.hard.isChecked())
        self.position, self.score = 0, 0
        self.missed = []
        self._show_question()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def current(self) -> Question | None:
        return self.questions[self.position] if 0 <= self.position < len(self.questions) else None

    def _show_question(self) -> None:
        self.answered = None
        question = self.current()
        self.feedback.clear()
        self.show_city.setVisible(False)
        self.next_button.setVisible(False)
        if question is None:
            self._show_end()
            return
        self._show_progress()
        self.prompt.setText(question.text(QCoreApplication.translate))
        on_map = question.kind is Kind.MAP
        self._show_map(question if on_map else None)
        # The feedback's row keeps its height: the map does not move when the answer appears.
        self.feedback.setMinimumHeight(self.next_button.sizeHint().height() if on_map else 0)
        for n, button in enumerate(self.buttons):
            button.setStyleSheet("")
            button.setEnabled(n < len(question.choices))
            button.setVisible(n < len(question.choices) and not on_map)
            if n < len(question.choices):
                button.setText(f"{n + 1}   {question.choices[n]}")

    def _show_map(self, question: Question | None) -> None:
        """The map of a map question (taking the room of the prompt's stretch), or none."""
        self._layout.setStretchFactor(self.prompt, 1 if question is None else 0)
        if question is None:
            if self.map is not None:
                self.map.setVisible(False)
            return
        if self.map is None:
            volume, dataset = self._dataset.info.volume, self._dataset
            self.map = QuizMap(volume.map, lambda: outlines(dataset, FULL), self)
            self.map.chosen.connect(self.answer)
            self._answers.addWidget(self.map, 1)
        self.map.set_question(question)
        self.map.setVisible(True)

    def _show_progress(self) -> None:
        self.progress.setText(
            self.tr("Question {n} of {count} · score {score}").format(
                n=self.position + 1, count=len(self.questions), score=self.score
            )
        )

    def _show_end(self) -> None:
        self.progress.setText(self.tr("Round over"))
        self.prompt.setText(
            self.tr("You answered {score} of {count} questions right.").format(
                score=self.score, count=len(self.questions)
            )
        )
        for button in self.buttons:
            button.setVisible(False)
        self._show_map(None)
        again = self.tr("Press Enter or New Round for another round.")
        if self.missed:  # what to look up after the round: the right answers of the questions missed
            review = self.tr("To look at again: {answers}.").format(answers=", ".join(dict.fromkeys(self.missed)))
            again = f"{review}\n{again}"
        self.feedback.setText(again)

    def _set_colours(self, colours: Colours) -> None:
        """The palette or the colour scheme changed: an answer on show in the new colours."""
        self.colours = colours
        if self.answered is not None:
            self._colour_buttons()

    def _colour_buttons(self) -> None:
        """The right answer's button green, a wrong choice's red."""
        question = self.current()
        if question is None or self.answered is None:
            return
        for n, button in enumerate(self.buttons):  # left enabled: readable on a projector; answer() ignores them
            if n == question.answer:
                button.setStyleSheet(self.colours.answer_button_css(right=True))
            elif n == self.answered:
                button.setStyleSheet(self.colours.answer_button_css(right=False))

    def answer(self, choice: int) -> None:
        """Answer the question on show with choice (0-based); a second answer is ignored."""
        question = self.current()
        if question is None or self.answered is not None or not 0 <= choice < len(question.choices):
            return
        self.answered = choice
        right = choice == question.answer
        self.score += right
        self._colour_buttons()
        if question.kind is Kind.MAP and self.map is not None:
            self.map.show_answer(choice)
        answer = question.choices[question.answer]
        if right:
            self.feedback.setText(self.tr("Right!"))
        elif question.kind is Kind.MAP:
            self.feedback.setText(self.tr("Not quite: {city} is place {n}; you chose {chosen}.").format(
                city=answer, n=question.answer + 1, chosen=question.choices[choice]))  # fmt: skip
        else:
            self.feedback.setText(self.tr("Not quite: the answer is {answer}.").format(answer=answer))
        if not right:
            self.missed.append(answer)
        self._show_progress()
        self.show_city.setVisible(bool(question.about))
        self.next_button.setVisible(True)

    def next_question(self) -> None:
        if self.current() is None:
            self.start_round()
            return
        if self.answered is None:
            return
        self.position += 1
        self._show_question()

    def _show_subject(self) -> None:
        question = self.current()
        if question is not None and question.about:
            self.city_chosen.emit(question.about[0])

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_F11 or event.matches(QKeySequence.StandardKey.FullScreen):
            self.toggle_full_screen()
            return
        if key == Qt.Key.Key_Escape and self.isFullScreen():  # Esc leaves full screen before it closes the quiz
            self.toggle_full_screen()
            return
        if Qt.Key.Key_1 <= key <= Qt.Key.Key_4 and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            self.answer(key - Qt.Key.Key_1)
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.next_question()
            return
        super().keyPressEvent(event)


def _quiz_cities(dataset: Dataset) -> list[CityEntry]:
    """The cities a quiz asks about (read on the dataset thread), the most important first."""
    rows = dataset.search(SearchRequest(show=Show.CITIES))[:MAX_QUIZ_CITIES]  # the most important first
    entries = [dataset.entry(row.id) for row in rows]
    return [entry for entry in entries if isinstance(entry, CityEntry)]
