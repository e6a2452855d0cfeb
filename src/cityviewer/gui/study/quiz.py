"""The Quiz window (Go > Quiz…, Ctrl+J): a round of multiple-choice questions about the cities, in large type for a
projector, answered with the mouse or the keys 1 to 4; Enter goes on. The teacher chooses the kinds of question,
the length, the level and which cities (all, those listed now in the window, the starred ones, a division's); the
setup is remembered (gui.settings). Questions come from core.quiz (a seed per round). Built when first opened; a map
question shows a map (gui.study.quizmap, built for the first one) in place of the four buttons, whose names would
give it away. At the end of a round its result sheet prints or becomes a PDF (gui.study.quizsheet).

For a screen reader: the question, the progress and the feedback are exposed as their text (each label's accessible
name is what it says; its description says what it is) and each change is announced; the answer buttons take focus
(Tab, the arrow keys; Enter or Space answers; 1-4 work wherever the focus is). Map questions cannot be read aloud:
while assistive technology is active they are left out, and the window says so."""

from __future__ import annotations

import random
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QFont,
    QFontInfo,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from cityviewer.core.dataset import Dataset
from cityviewer.core.map.basemap import FULL
from cityviewer.core.quiz import (
    CHOICES,
    EASY_LEFT_OUT,
    Answered,
    Kind,
    Question,
    QuizMaker,
    default_kinds,
    kind_name,
    kinds_for,
)
from cityviewer.core.records import CityEntry
from cityviewer.core.request import SearchRequest, SearchResults, Show
from cityviewer.gui import settings as keys
from cityviewer.gui.background import DatasetThread, Failure, Op
from cityviewer.gui.colours import Colours, watch_colours
from cityviewer.gui.messages import Kind as MessageKind
from cityviewer.gui.messages import tell
from cityviewer.gui.settings import Settings
from cityviewer.gui.study.quizmap import QuizMap
from cityviewer.gui.syncreads import outlines

PROMPT_LINES, ANSWER_LINES = 13, 26  # type sizes: the question at least 1/13 of the window's height (its capitals 1/20)
PROMPT_MOST, ANSWER_MOST = 9, 16  # ... and at most 1/9 and 1/16 of it, however large the zoom
KINDS_PER_ROW = 3  # the kinds of question, in rows of three
MAX_QUIZ_CITIES = 200  # the census cities; a 100,000-place dataset is not read whole for a quiz
LEVELS = ("easy", "standard", "hard")  # the level combo's items, as gui.settings keeps them
SOURCES = ("all", "listed", "starred", "division")  # which cities a round asks about
_ARROWS = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -2, Qt.Key.Key_Down: 2}  # in the 2x2 grid


def assistive_technology_active() -> bool:
    """Whether a screen reader (or other assistive technology) is listening: map questions are left out then."""
    return QAccessible.isActive()


def announce(widget: QWidget, text: str, assertive: bool = False) -> None:
    """Have a screen reader say text now (Qt 6.8's announcement event; nothing when none listens)."""
    if not text or not QAccessible.isActive():
        return
    event = QAccessibleAnnouncementEvent(widget, text)
    if assertive:
        event.setPoliteness(QAccessible.AnnouncementPoliteness.Assertive)
    QAccessible.updateAccessibility(event)


class QuizPane(QDialog):
    """A pane of the window (on_results, on_city_shown, city_chosen: "Show this city" after a question); said(text)
    when a change is told to a screen reader."""

    city_chosen = Signal(str)
    said = Signal(str)  # a change the screen reader was told of (the question, the feedback, the score)

    def __init__(self, dataset: Dataset, thread: DatasetThread, parent: QWidget | None = None,
                 settings: Settings | None = None,
                 starred: Callable[[], frozenset[str]] = frozenset) -> None:  # fmt: skip
        """thread: where the quiz's cities are read (gui.background), once, before the first round; settings: where
        the setup is remembered (None: not remembered); starred: the ids the reader starred now."""
        super().__init__(parent)
        self.setObjectName("Quiz")
        self.setAccessibleName(self.tr("Quiz"))
        self.setWindowTitle(self.tr("Quiz"))
        self.colours = watch_colours(self, self._set_colours)
        self.maker: QuizMaker | None = None
        self.questions: list[Question] = []
        self.chosen: list[int | None] = []  # the choice made for each question of the round (None: not yet)
        self.position = 0
        self.score = 0
        self.missed: list[str] = []  # the right answers of the questions missed in this round, in order
        self.answered: int | None = None  # the choice made for the question on show
        self.map: QuizMap | None = None  # built for the first map question
        self.round_about = ""  # what the round asked about ("East coast"), for the result sheet
        self._settings_store = settings
        self._starred = starred
        self._listed: SearchResults | None = None  # the window's list now
        volume = dataset.info.volume

        self.length = QSpinBox(self)
        self.length.setRange(3, 30)
        self.length.setValue(10)
        self.length.setAccessibleName(self.tr("Questions in a round"))
        self.level = QComboBox(self)  # named by its buddy label: Qt on Linux names a combo by its current text
        levels = (
            (self.tr("Easy"), self.tr("The ten best-known cities, their names in Latin letters")),
            (self.tr("Standard"), self.tr("Every city, wrong answers drawn at random")),
            (self.tr("Harder"), self.tr("Wrong answers like the right one: the same region, a similar size")),
        )
        for level, (label, tip) in zip(LEVELS, levels, strict=True):  # short: the row fits 1024 px at 300%
            self.level.addItem(label, level)
            self.level.setItemData(self.level.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        self.level.setCurrentIndex(1)
        self.level.setAccessibleName(self.tr("Level"))
        self.source = QComboBox(self)
        words = volume.divisions  # what the volume calls them (a province, a county, ...)
        sources = (self.tr("All"), self.tr("Listed now"), self.tr("Starred"),
                   self.tr("One {division}:").format(division=words.one))  # fmt: skip
        for source, label in zip(SOURCES, sources, strict=True):
            self.source.addItem(label, source)
        self.source.setAccessibleName(self.tr("Cities asked about"))
        self.division = QComboBox(self)  # filled once the cities are read
        self.division.setAccessibleName(words.label)
        self.division.setEnabled(False)
        self.source.currentIndexChanged.connect(lambda: self.division.setEnabled(self._source() == "division"))
        self.kinds: dict[Kind, QCheckBox] = {}
        kinds_row = QGridLayout()  # rows of KINDS_PER_ROW: at 200% a single row ran off a 1024 px screen
        for kind in kinds_for(volume):
            box = QCheckBox(kind_name(kind, volume, QCoreApplication.translate), self)
            box.setChecked(True)
            kinds_row.addWidget(box, len(self.kinds) // KINDS_PER_ROW, len(self.kinds) % KINDS_PER_ROW)
            self.kinds[kind] = box
        kinds_row.setColumnStretch(KINDS_PER_ROW, 1)
        self.level.currentIndexChanged.connect(self._level_changed)
        self.new_round = QPushButton(self.tr("&New Round"), self)
        self.new_round.clicked.connect(lambda: self.start_round())
        settings_row = QHBoxLayout()
        length_label = QLabel(self.tr("&Questions:"), self)
        length_label.setBuddy(self.length)
        level_label = QLabel(self.tr("&Level:"), self)
        level_label.setBuddy(self.level)
        source_label = QLabel(self.tr("&Cities:"), self)
        source_label.setBuddy(self.source)
        for widget in (length_label, self.length, level_label, self.level):
            settings_row.addWidget(widget)
        settings_row.addStretch(1)
        settings_row.addWidget(self.new_round)
        source_row = QHBoxLayout()
        for widget in (source_label, self.source, self.division):
            source_row.addWidget(widget)
        source_row.addStretch(1)
        self.note = QLabel(self)  # what the round could not do as set up (map questions left out, too few cities)
        self.note.setWordWrap(True)
        self.note.setTextFormat(Qt.TextFormat.PlainText)
        self.note.setVisible(False)

        self.progress = QLabel(self)
        self.progress.setAccessibleDescription(self.tr("Progress and score"))
        self.prompt = QLabel(self)
        self.prompt.setObjectName("Question")
        self.prompt.setAccessibleDescription(self.tr("Question"))
        self.prompt.setWordWrap(True)
        self.prompt.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.prompt.setTextFormat(Qt.TextFormat.PlainText)
        self.buttons: list[QPushButton] = []
        grid = QGridLayout()
        for n in range(CHOICES):
            button = QPushButton(self)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab and the arrows reach them; Enter or Space answers
            button.setAutoDefault(True)
            button.installEventFilter(self)
            button.clicked.connect(lambda _checked=False, n=n: self.answer(n))
            grid.addWidget(button, n // 2, n % 2)
            self.buttons.append(button)
        self.feedback = QLabel(self)
        self.feedback.setAccessibleDescription(self.tr("Feedback"))
        self.feedback.setWordWrap(True)
        self.feedback.setTextFormat(Qt.TextFormat.PlainText)
        self.next_button = QPushButton(self.tr("Next (Enter)"), self)
        self.next_button.clicked.connect(self.next_question)
        self.show_city = QPushButton(self.tr("Show This City"), self)
        self.show_city.clicked.connect(self._show_subject)
        self.print_sheet = QPushButton(self.tr("&Print Result Sheet…"), self)
        self.print_sheet.clicked.connect(self._print_sheet)
        self.export_sheet = QPushButton(self.tr("&Export Result Sheet as PDF…"), self)
        self.export_sheet.clicked.connect(self._export_sheet)
        for button in (self.print_sheet, self.export_sheet):
            button.setVisible(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.feedback, 1)
        for shown in (self.show_city, self.next_button):
            bottom.addWidget(shown)
        progress_row = QHBoxLayout()  # the result sheet's buttons beside "Round over": the feedback keeps its width
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.print_sheet)
        progress_row.addWidget(self.export_sheet)

        self._settings = QWidget(self)  # the teacher's choices: hidden in full screen
        settings_layout = QVBoxLayout(self._settings)
        settings_layout.setContentsMargins(0, 0, 0, 12)
        settings_layout.addLayout(settings_row)
        settings_layout.addLayout(source_row)
        settings_layout.addLayout(kinds_row)
        layout = QVBoxLayout(self)
        layout.addWidget(self._settings)
        layout.addWidget(self.note)
        layout.addLayout(progress_row)
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
        self._restore_setup()
        self._fit_type()
        self.resize(900, 600)

    # -- the setup, remembered ----------------------------------------------------------------------------
    def _source(self) -> str:
        return str(self.source.currentData())

    def _restore_setup(self) -> None:
        store = self._settings_store
        if store is None:
            return
        self.length.setValue(store.get(keys.QUIZ_LENGTH))
        self.level.setCurrentIndex(max(0, self.level.findData(store.get(keys.QUIZ_LEVEL))))
        self.source.setCurrentIndex(max(0, self.source.findData(store.get(keys.QUIZ_SOURCE))))
        ticked = {name.strip() for name in store.get(keys.QUIZ_KINDS).split(",") if name.strip()}
        if ticked:
            for kind, box in self.kinds.items():
                box.setChecked(kind.value in ticked)

    def _save_setup(self) -> None:
        store = self._settings_store
        if store is None:
            return
        store.set(keys.QUIZ_LENGTH, self.length.value())
        store.set(keys.QUIZ_LEVEL, str(self.level.currentData()))
        store.set(keys.QUIZ_KINDS, ",".join(kind.value for kind, box in self.kinds.items() if box.isChecked()))
        store.set(keys.QUIZ_SOURCE, self._source())
        division = self.division.currentData()
        if division:
            store.set(keys.QUIZ_DIVISION, str(division))

    def hideEvent(self, event: QHideEvent) -> None:
        """Closed: the setup is remembered as it is, whether or not a round was started with it."""
        self._save_setup()
        super().hideEvent(event)

    def _level_changed(self) -> None:
        """The easy level: names in Latin letters, so the kinds in the volume's own script are unticked (the
        teacher may tick them again); leaving it ticks them again."""
        easy = self.level.currentData() == "easy"
        for kind in EASY_LEFT_OUT:
            if kind in self.kinds:
                self.kinds[kind].setChecked(not easy)

    def _fill_divisions(self, cities: list[CityEntry]) -> None:
        divisions = sorted({(c.division, c.division_code) for c in cities if c.division_code})
        for name, code in divisions:
            self.division.addItem(name, code)
        wanted = self._settings_store.get(keys.QUIZ_DIVISION) if self._settings_store is not None else ""
        self.division.setCurrentIndex(max(0, self.division.findData(wanted)))

    # -- what is said, to the eye and to a screen reader ---------------------------------------------------
    def _say(self, label: QLabel, text: str, assertive: bool = False) -> None:
        """label shows text, its accessible name is text (a name-change event), and a screen reader says it."""
        label.setText(text)
        label.setAccessibleName(text)
        announce(self, text, assertive)
        self.said.emit(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The arrow keys move between the answer buttons (two rows of two)."""
        if event.type() == QEvent.Type.KeyPress and watched in self.buttons and isinstance(event, QKeyEvent):
            step = _ARROWS.get(Qt.Key(event.key()))
            if step is not None:
                shown = [b for b in self.buttons if b.isVisible()]
                if watched in shown:
                    target = self.buttons.index(watched) + step
                    if 0 <= target < len(self.buttons) and self.buttons[target] in shown:
                        self.buttons[target].setFocus(Qt.FocusReason.TabFocusReason)
                    return True
        return super().eventFilter(watched, event)

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
    def on_results(self, results: SearchResults) -> None:
        self._listed = results  # "the cities listed now": read when a round starts

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
                self._say(self.prompt, self.tr("This dataset has too few cities for a quiz."))
                return
            self.maker = QuizMaker(cities, self._dataset.info.volume)
            self._fill_divisions(cities)
            self._then()

        def failed(failure: Failure) -> None:
            self._reading = False
            tell(self, MessageKind.PANE, failure.message)

        self._reading = True
        self._thread.run(Op(work=_quiz_cities, done=arrived, failed=failed))

    def show_notice(self, text: str) -> None:
        """The quiz's cities could not be read: said where the question goes (gui.messages)."""
        self._say(self.prompt, text)

    def _chosen_cities(self, maker: QuizMaker) -> tuple[set[str] | None, str]:
        """The ids of the cities the setup asks about (None: all) and what they are called ("East coast")."""
        source = self._source()
        if source == "listed" and self._listed is not None:
            listed = set(self._listed.keys)
            return {c.id for c in maker.cities if c.key in listed}, self._listed_name(self._listed.request)
        if source == "starred":
            return set(self._starred()), self.tr("Starred cities")
        if source == "division" and self.division.currentData():
            code = self.division.currentData()
            return {c.id for c in maker.cities if c.division_code == code}, self.division.currentText()
        return None, self.tr("All cities")

    def _listed_name(self, request: SearchRequest) -> str:
        """What the window's list shows, in a few words: its region, division or search, else "the cities listed"."""
        volume = self._dataset.info.volume
        parts = []
        if request.region:
            parts.append(volume.region_label(request.region))
        if request.division and self.maker is not None:
            parts += list(dict.fromkeys(c.division for c in self.maker.cities if c.division_code == request.division))
        if request.text.strip():
            parts.append(f"“{request.text.strip()}”")
        if request.show == Show.STARRED:
            parts.append(self.tr("Starred cities"))
        return ", ".join(parts) or self.tr("The cities listed")

    def start_round(self, seed: int | None = None) -> None:
        """A new round with the setup chosen (seed None: a new random one); the first waits for the cities to be
        read. The setup is remembered."""
        maker = self.maker
        if maker is None:
            self._read_cities(lambda: self.start_round(seed))
            return
        self._save_setup()
        easy = self.level.currentData() == "easy"
        kinds = [kind for kind, box in self.kinds.items() if box.isChecked()] or list(default_kinds(maker.volume, easy))
        notes = []
        if Kind.MAP in kinds and assistive_technology_active():
            kinds.remove(Kind.MAP)
            notes.append(self.tr("Map questions are left out while a screen reader is in use."))
            kinds = kinds or [k for k in default_kinds(maker.volume, easy) if k is not Kind.MAP]
        among, self.round_about = self._chosen_cities(maker)
        seed = random.randrange(2**31) if seed is None else seed
        hard = self.level.currentData() == "hard"
        self.questions = maker.round(seed, self.length.value(), kinds, hard, among=among, easy=easy)
        if among is not None and not self.questions:
            notes.append(self.tr("No question can be made about these cities: choose other cities."))
        self.note.setText(" ".join(notes))
        self.note.setVisible(bool(notes))
        self.chosen = [None] * len(self.questions)
        self.position, self.score = 0, 0
        self.missed = []
        self._show_question()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def current(self) -> Question | None:
        return self.questions[self.position] if 0 <= self.position < len(self.questions) else None

    def answers(self) -> list[Answered]:
        """The round's questions with the class's answers (None for those not reached)."""
        return [Answered(q, c) for q, c in zip(self.questions, self.chosen, strict=True)]

    def _show_question(self) -> None:
        self.answered = None
        question = self.current()
        by_keys = self.focusWidget() in (self.next_button, *self.buttons)  # before the Next button is hidden
        self.feedback.clear()
        self.feedback.setAccessibleName("")
        self.show_city.setVisible(False)
        self.next_button.setVisible(False)
        for button in (self.print_sheet, self.export_sheet):
            button.setVisible(False)
        if question is None:
            self._show_end()
            return
        self._show_progress(announced=False)
        on_map = question.kind is Kind.MAP
        for n, button in enumerate(self.buttons):
            button.setStyleSheet("")
            button.setEnabled(n < len(question.choices))
            button.setVisible(n < len(question.choices) and not on_map)
            if n < len(question.choices):
                button.setText(f"{n + 1}   {question.choices[n]}")
        self._show_map(question if on_map else None)
        # The feedback's row keeps its height: the map does not move when the answer appears.
        self.feedback.setMinimumHeight(self.next_button.sizeHint().height() if on_map else 0)
        self._say(self.prompt, question.text(QCoreApplication.translate))
        self._fit_screen()
        if by_keys:  # keyboard users go on from the answers; on a map question the keys 1-4 go to the window
            (self if on_map else self.buttons[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def _fit_screen(self) -> None:
        """A question that needed more room (a map's, its answer's) may have made the window taller than its screen;
        once it is gone the window comes back inside the screen (without a window manager nothing else would)."""
        screen = self.screen()
        if screen is None or self.isFullScreen() or not self.isVisible():
            return
        available = screen.availableGeometry()
        frame = self.frameGeometry()
        room = available.height() - (frame.height() - self.height())
        if self.height() > room:
            self.resize(self.width(), max(self.minimumSizeHint().height(), room))
            frame = self.frameGeometry()
        if frame.bottom() > available.bottom():  # its foot (the feedback, Next) back on the screen
            self.move(frame.x(), max(available.top(), available.bottom() - frame.height() + 1))

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

    def _show_progress(self, announced: bool = True) -> None:
        text = self.tr("Question {n} of {count} · score {score}").format(
            n=self.position + 1, count=len(self.questions), score=self.score
        )
        if announced:
            self._say(self.progress, text)
        else:
            self.progress.setText(text)
            self.progress.setAccessibleName(text)

    def _show_end(self) -> None:
        self._say(self.progress, self.tr("Round over"))
        for button in self.buttons:
            button.setVisible(False)
        self._show_map(None)
        again = self.tr("Press Enter or New Round for another round.")
        if self.missed:  # what to look up after the round: the right answers of the questions missed
            review = self.tr("To look at again: {answers}.").format(answers=", ".join(dict.fromkeys(self.missed)))
            again = f"{review}\n{again}"
        for button in (self.print_sheet, self.export_sheet):
            button.setVisible(bool(self.questions))
        self._say(self.feedback, again)
        self._say(self.prompt, self.tr("You answered {score} of {count} questions right.").format(
            score=self.score, count=len(self.questions)))  # fmt: skip
        self._fit_screen()
        if self.focusWidget() not in (self, self.new_round):
            self.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter: another round; Tab: the result sheet

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
        self.chosen[self.position] = choice
        right = choice == question.answer
        self.score += right
        self._colour_buttons()
        if question.kind is Kind.MAP and self.map is not None:
            self.map.show_answer(choice)
        answer = question.choices[question.answer]
        if right:
            feedback = self.tr("Right!")
        elif question.kind is Kind.MAP:
            feedback = self.tr("Not quite: {city} is place {n}; you chose {chosen}.").format(
                city=answer, n=question.answer + 1, chosen=question.choices[choice])  # fmt: skip
        else:
            feedback = self.tr("Not quite: the answer is {answer}.").format(answer=answer)
        if not right:
            self.missed.append(answer)
        self._show_progress(announced=False)
        self._say(self.feedback, feedback, assertive=True)
        self.show_city.setVisible(bool(question.about))
        self.next_button.setVisible(True)
        self._fit_screen()
        if self.focusWidget() in self.buttons:
            self.next_button.setFocus(Qt.FocusReason.OtherFocusReason)  # Enter or Space goes on

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

    # -- the result sheet -----------------------------------------------------------------------------
    def _print_sheet(self) -> None:
        from cityviewer.gui.study.quizsheet import print_result_sheet

        print_result_sheet(self, self._dataset.info, self.round_about, self.answers())

    def _export_sheet(self) -> None:
        from cityviewer.gui.study.quizsheet import export_result_sheet

        export_result_sheet(self, self._thread, self._dataset.info, self.round_about, self.answers(),
                            lambda message: self._say(self.feedback, message))  # fmt: skip

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
    rows = dataset.rows(
        dataset.answer(SearchRequest(show=Show.CITIES)).keys[:MAX_QUIZ_CITIES]
    )  # the most important first
    entries = [dataset.entry(row.id) for row in rows]
    return [entry for entry in entries if isinstance(entry, CityEntry)]
