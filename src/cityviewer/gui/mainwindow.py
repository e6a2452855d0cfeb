"""The main window: the filter bar on top, the city list and the detail pane side by side.

The window owns the state the panes share and publishes each change of it; the panes subscribe:

- results_changed(SearchResults): the listed cities changed (the keys, in order, and the request they answer);
- city_shown(str): the city on show changed (its id);
- city_hovered(str): a pane points at a city without showing it (the map's marker under the pointer; "" for none).

A pane is any widget with on_results(results), on_city_shown(city_id) and a city_chosen(str) signal; one line,
subscribe(pane), wires it in, and a pane built later catches up at once. A pane may also have a city_hovered(str)
signal and an on_city_hovered(city_id) method: subscribe wires whichever it has. Whichever pane a person chooses a city
in, it goes through show_city(), the one path that changes the city on show.
"""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QPaintEvent, QShowEvent
from PySide6.QtWidgets import QDockWidget, QMainWindow, QSplitter, QVBoxLayout, QWidget

from cityviewer import APP_NAME
from cityviewer.core.dataset import Dataset
from cityviewer.core.errors import DatasetError
from cityviewer.core.history import History
from cityviewer.core.records import EntryRow
from cityviewer.core.request import SearchRequest, SearchResults
from cityviewer.core.search import names_exactly
from cityviewer.gui import settings as keys
from cityviewer.gui.actions import Commands, WindowActions
from cityviewer.gui.announce import Announcer
from cityviewer.gui.background import DatasetThread, Op
from cityviewer.gui.citylist import CityList
from cityviewer.gui.detailview import DetailView
from cityviewer.gui.errortext import describe
from cityviewer.gui.filterbar import FilterBar
from cityviewer.gui.map.tab import ArticleAndMap
from cityviewer.gui.messages import Kind, tell
from cityviewer.gui.notes import NoteEditor, NotesStore
from cityviewer.gui.searcher import Searcher
from cityviewer.gui.settings import Settings
from cityviewer.gui.style import classroom_style, draw_our_way
from cityviewer.gui.syncreads import SyncRead, sync_read
from cityviewer.gui.themes import apply_theme, known
from cityviewer.gui.zoom import ZOOM_MAX, ZOOM_MIN, ZOOM_NORMAL, apply_zoom, clamped, scale_toolbar, stepped

if TYPE_CHECKING:
    from cityviewer.gui.map.pane import MapPane
    from cityviewer.gui.paper.commands import PrintCommands
    from cityviewer.gui.shortcuts import ShortcutsWindow
    from cityviewer.gui.study.compare import ComparePane
    from cityviewer.gui.study.quiz import QuizPane
    from cityviewer.gui.study.readinglist import ReadingListCommands

log = logging.getLogger("cityviewer")
# The first size of the window and of its two panes, where no size was saved (smaller screens get less).
DEFAULT_SIZE = (1100, 760)
DEFAULT_PANES = (470, 630)
LIST_STRETCH, DETAIL_STRETCH = 2, 3
STARRED_WIDTH_CHARS = 22  # the Starred pane's first width, in average characters
PRESENTATION_ZOOM = 200  # presentation mode's zoom, at the least (percent)
COUNT_PAUSE_MS = 400  # the count is announced once the list has stayed this long, not after every letter typed
# The first letters are answered ahead (MainWindow._answer_next_letter) while typing has paused this long: between
# two keystrokes they would take the dataset thread and Python's lock from the word being typed.
LETTERS_PAUSE_MS = 300


@dataclass
class _Presenting:
    """What presentation mode changed, to put back when it ends."""

    zoom: int
    list_shown: bool
    shown: list[QWidget]  # the chrome it hid
    maximized: bool


class Pane(Protocol):
    city_chosen: SignalInstance

    def on_results(self, results: SearchResults) -> None: ...

    def on_city_shown(self, city_id: str) -> None: ...


class MainWindow(QMainWindow):
    """Signals: results_changed(SearchResults), city_shown(id), city_hovered(id) (see the module's docstring)."""

    results_changed = Signal(object)
    city_shown = Signal(str)
    city_hovered = Signal(str)
    language_chosen = Signal(str)  # View > Language: "" the system's, or a code (gui/language.py applies it)
    # On the event loop's next turn after the window's first paint, once: for what start-up leaves until the window
    # is on screen (this window's own, _after_first_paint; reading every page of the dataset, app.main).
    first_painted = Signal()

    def __init__(self, dataset: Dataset, settings: Settings, notes: NotesStore | None = None) -> None:
        """notes: the reader's stars and notes (None: kept for this session only, nothing read or written)."""
        super().__init__()
        self.dataset = dataset
        self.settings = settings
        self._zoom = clamped(settings.get(keys.ZOOM))
        apply_zoom(self._zoom)  # before the first widget, which measures its text as it is built
        self._presenting: _Presenting | None = None  # what presentation mode hid and changed, to put back
        self.notes = notes if notes is not None else NotesStore(None, self)
        self.starred_dock: QDockWidget | None = None  # the Starred pane, built when first shown
        self._starred_list: QWidget | None = None  # its list, a Tab stop left of the city list
        self.compare_pane: ComparePane | None = None  # the Compare window, built when first opened
        self.quiz_pane: QuizPane | None = None  # the Quiz window, built when first opened
        self.shortcuts_window: ShortcutsWindow | None = None  # Help > Keyboard Shortcuts, built when first opened
        self.history = History()
        self.results: SearchResults | None = None
        self._when_listed: Callable[[], None] | None = None  # Down or Enter in the search field, waiting
        self._shown_key: int | None = None  # the key of the city on show (history.current), kept when it is shown
        self._painted = False  # whether the window has been painted once (what start-up left for later then runs)
        self.first_painted.connect(self._after_first_paint)
        self._early_letters: list[str] = []  # first letters still to answer before they are typed, next first
        self._letter_asked = False  # whether one of them is on the dataset thread now
        self._shown_name = ""  # and its name, for what is announced about it
        self.announcer = Announcer(self)  # what assistive technology is told of changes (gui.announce)
        self._said_count: str | None = None  # the count last announced (None: the first list, not announced)
        self._to_say = ""  # the count to announce when the list has stayed a moment
        self._count_pause = QTimer(self)
        self._count_pause.setSingleShot(True)
        self._count_pause.setInterval(COUNT_PAUSE_MS)
        self._count_pause.timeout.connect(self._say_count)
        self.dataset_thread = DatasetThread(dataset.info.path, self, dataset.info.volume.language, dataset.info)
        self.searcher = Searcher(self.dataset_thread, self)
        self.searcher.results.connect(self._publish_results)
        self.searcher.results.connect(self._answer_next_letter)  # the letters give way to a search, then go on
        self._letters_pause = QTimer(self)  # running while the person types: the letters wait for it
        self._letters_pause.setSingleShot(True)
        self._letters_pause.setInterval(LETTERS_PAUSE_MS)
        self._letters_pause.timeout.connect(self._answer_next_letter)
        self.setWindowTitle(APP_NAME)
        self.setObjectName("Cityviewer")

        self.filter_bar = FilterBar(dataset.info.volume, self)
        style = classroom_style()
        if style is not None:  # the search field's border, drawn as the style will from the first paint's end on
            style.edge_until_drawing(self.filter_bar.search)
        self.dataset_thread.run(Op(work=_facets, done=lambda facets: self.filter_bar.set_facets(*facets)))
        self.filter_bar.changed.connect(self.searcher.search)
        self.filter_bar.changed.connect(self._letters_pause.start)
        self.searcher.measured.connect(self.filter_bar.fit_debounce)
        self.filter_bar.down_pressed.connect(lambda: self._once_listed(self.city_list.focus_top))
        self.filter_bar.enter_pressed.connect(lambda: self._once_listed(self._open_top))

        self.city_list: CityList = CityList(dataset, self)  # typed here: the lambdas above name it
        self.city_list.open_requested.connect(self._open_current)
        self.city_list.clear_requested.connect(self.filter_bar.clear)
        self.city_list.sort_requested.connect(self.filter_bar.set_sort)
        self.city_list.suggestion_chosen.connect(self._search_offered)
        self.city_list.model.read_failed.connect(lambda text: tell(self, Kind.NOTE, text))
        self.table = self.city_list.table
        self.city_list.model.set_star_lookup(self.notes.is_starred)

        self.detail = DetailView(dataset, self, self.dataset_thread)
        self.detail.clear_requested.connect(self.filter_bar.clear)
        self.detail.set_star_lookup(self.notes.is_starred)
        self.detail.set_first_listed(self._first_listed)
        self.note_editor = NoteEditor(self.notes, self)
        self.article_page = QSplitter(Qt.Orientation.Vertical, self)  # the article, the reader's note under it
        self.article_page.setObjectName("Article and note")
        self.article_page.addWidget(self.detail)
        self.article_page.addWidget(self.note_editor)
        self.article_page.setStretchFactor(0, 4)
        self.article_page.setStretchFactor(1, 1)
        self.article_page.setChildrenCollapsible(False)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("Main splitter")
        self.splitter.addWidget(self.city_list)
        self.tabs = ArticleAndMap(self.article_page, self._make_map, self)  # the map is built when first shown
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, LIST_STRETCH)
        self.splitter.setStretchFactor(1, DETAIL_STRETCH)
        self.splitter.setChildrenCollapsible(False)

        self._reading_list: ReadingListCommands | None = None  # File > Export/Import Reading List, made when used
        self._print_commands: PrintCommands | None = None  # File > Print, Export..., Edit > Copy..., made when used
        self._citation_style = "plain"  # Edit > Citation Style (set_citation_style), handed to print_commands
        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.window_actions = WindowActions(
            self,
            Commands(
                quit=self.close, find=self.filter_bar.focus_search, clear=self.filter_bar.clear,
                zoom_in=lambda: self.zoom_by(1), zoom_out=lambda: self.zoom_by(-1), zoom_reset=self.zoom_reset,
                back=self.go_back, forward=self.go_forward, about=self._about,
                print_city=lambda: self.print_commands.print_city(),
                export_pdf=lambda: self.print_commands.export_city(),
                export_handout=lambda: self.print_commands.export_handout(),
                copy_citation=lambda: self.print_commands.copy_citation(),
                copy_facts=lambda: self.print_commands.copy_facts(),
                copy_sources=lambda: self.print_commands.copy_sources(),
                citation_style=self.set_citation_style,
                show_article=self.tabs.show_article, show_map=self.show_map,
                export_map=self._export_map, toggle_star=self.toggle_star,
                export_reading_list=lambda: self.reading_list.export_list(),
                import_reading_list=lambda: self.reading_list.import_list(), show_starred=self.show_starred,
                compare=lambda: self.show_compare(), compare_listed=lambda: self.show_compare(listed=True),
                quiz=self.show_quiz,
                show_list=lambda: self.set_list_shown(self.window_actions.show_list.isChecked()),
                presentation=self.toggle_presentation, leave_presentation=self.leave_presentation,
                theme=self.set_theme, sort_menu=self.city_list.sort_menu, shortcuts=self.show_shortcuts,
                language=self.language_chosen.emit,
            ),
        )  # fmt: skip
        self.set_zoom(self._zoom)  # the toolbar's icons and the zoom actions, now that they are made
        theme = known(settings.get(keys.THEME))
        self.window_actions.theme_actions[theme].setChecked(True)
        self.set_citation_style(settings.get(keys.CITATION_STYLE))
        chosen = self.window_actions.language_actions.get(settings.get(keys.LANGUAGE).strip())
        if chosen is not None:  # a language this copy has no translation in is left unticked
            chosen.setChecked(True)
        for action in self.window_actions.language_actions.values():
            action.setEnabled(not settings.locked(keys.LANGUAGE))  # an administrator's choice for every user
        self.statusBar()
        if not settings.get(keys.NOTES_EXPORT):
            self._forbid_notes_export()
        self.notes.stars_changed.connect(self._stars_changed)
        self.notes.save_failed.connect(lambda text: tell(self, Kind.NOTE, text))
        self.filter_bar.set_starred(self.notes.starred_ids())
        if self.notes.notice:
            log.warning("%s", self.notes.notice)
            tell(self, Kind.NOTE, self.notes.notice)

        for pane in (self.city_list, self.detail, self.note_editor):
            self.subscribe(pane)
        self._order_tabs()
        # F10 opens the menu bar, as in GNOME and Windows applications (Qt gives it no key on Linux); an action of
        # the window's, in no menu, so that Help > Keyboard Shortcuts lists it.
        self.menu_bar_key = QAction(self.tr("Open the Menu Bar"), self)
        self.menu_bar_key.setShortcut(QKeySequence(Qt.Key.Key_F10))
        self.menu_bar_key.triggered.connect(self._open_menu_bar)
        self.addAction(self.menu_bar_key)
        self._publish_results(self._search_now(self.filter_bar.request()))  # the first list before the first paint
        self._restore()
        self.set_list_shown(settings.get(keys.LIST_SHOWN))
        self._update_navigation()
        self.filter_bar.search.setFocus(Qt.FocusReason.OtherFocusReason)  # type to search from the start

    def showEvent(self, event: QShowEvent) -> None:
        self.detail.release_first_article()  # at the width the window's layout has given the pane
        super().showEvent(event)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self.first_painted.emit)

    def _after_first_paint(self) -> None:
        """What start-up leaves until the window is on screen: the dataset thread reads what its first search
        would otherwise wait for (at 100,000 places, every key), then answers the first letters of the names before
        they are typed (Dataset.answer keeps them), the most common first (_answer_next_letter). And the windows'
        icon (gui.application.set_window_icon), and the style's own focus frames and borders (gui.style)."""
        from cityviewer.gui.application import set_window_icon

        draw_our_way()
        set_window_icon()

        def letters_ready(letters: list[str]) -> None:
            self._early_letters = letters
            self._answer_next_letter()

        self.dataset_thread.run(
            Op(work=lambda dataset: dataset.prepare_search(), done=letters_ready,
               failed=lambda _failure: None)  # a search that fails says so itself
        )  # fmt: skip

    def _answer_next_letter(self, _results: SearchResults | None = None) -> None:
        """Answer the next first letter on the dataset thread, one at a time, while typing pauses. Each gives way
        to a search that is waiting (skipped or stopped, and its answer dropped); the letters go on from that one
        once the search is answered and typing has paused (LETTERS_PAUSE_MS), so that every word's first letter is
        answered before it is typed, not only those answered before the first keystroke."""
        if _results is not None:
            self._letter_asked = False  # every op queued before the search has run by its answer
        if self._letter_asked or not self._early_letters or self.searcher.pending() or self._letters_pause.isActive():
            return
        letter = self._early_letters[0]  # taken off the list once answered: one that gave way is asked again
        request = replace(self.filter_bar.request(), text=letter)

        def answered(_answer: object) -> None:
            if self._early_letters and self._early_letters[0] == letter:
                self._early_letters.pop(0)
            self._letter_asked = False
            self._answer_next_letter()

        self._letter_asked = True
        op = Op(
            work=lambda dataset: dataset.answer(request), done=answered, failed=answered, stale=self.searcher.pending
        )
        self.dataset_thread.run(op)

    def subscribe(self, pane: Pane) -> None:
        """Keep pane in step with the window from now on, starting with what is listed and shown now."""
        self.results_changed.connect(pane.on_results)
        self.city_shown.connect(pane.on_city_shown)
        pane.city_chosen.connect(self.show_city)
        if hasattr(pane, "city_hovered"):
            pane.city_hovered.connect(self.city_hovered)
        if hasattr(pane, "on_city_hovered"):
            self.city_hovered.connect(pane.on_city_hovered)
        if self.results is not None:
            pane.on_results(self.results)
        if self.history.current is not None:
            pane.on_city_shown(self.history.current)

    def _order_tabs(self) -> None:
        """Tab follows the screen, left to right and top to bottom: the search field, then, when nothing matches,
        the names offered for it and the page's Clear button; the filters and Clear; the Starred pane (left of the
        list); the list; the tabs; the article and the note, or the map (built later, it comes last by itself).
        Hidden ones are passed by."""
        chain: list[QWidget] = [self.filter_bar.search, *self.city_list.offer_buttons(),
                                self.city_list.clear_from_no_results, *self.filter_bar.combos(),
                                self.filter_bar.clear_button]  # fmt: skip
        if self._starred_list is not None:
            chain.append(self._starred_list)
        chain += [self.table, self.tabs, self.tabs.tabBar(), self.detail, self.note_editor.edit]  # tabs: its tab bar
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def _open_menu_bar(self) -> None:
        """Open the first menu of the menu bar; arrows go on to the others, Esc closes it."""
        bar = self.menuBar()
        if bar.isVisible() and (first := next(iter(bar.actions()), None)) is not None:
            bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
            bar.setActiveAction(first)

    def _make_map(self) -> MapPane:
        from cityviewer.gui.map.pane import MapPane  # imported when the map is first shown: start-up pays nothing

        pane = MapPane(self.dataset_thread, self.dataset.info.volume, self)
        pane.open_requested.connect(self._read_article)
        self.subscribe(pane)
        return pane

    def _about(self) -> None:
        from cityviewer.gui.about import show_about  # Help > About: imported when first used

        show_about(self, self.dataset.info)

    def show_map(self) -> MapPane:
        """Show the map and move the keyboard into it (N and P step through the cities, arrows pan)."""
        pane = self.tabs.show_map()
        pane.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return pane

    def _read_article(self) -> None:
        self.detail.setFocus(Qt.FocusReason.OtherFocusReason)  # first: the map's page, hiding, hands it the focus
        self.tabs.show_article()
        self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def _export_map(self) -> None:
        from cityviewer.gui.map.export import export_map

        export_map(self, self.tabs.show_map())

    # -- stars ----------------------------------------------------------------------------------------
    def toggle_star(self) -> None:
        """Star the entry on show, or take its star away."""
        current = self.history.current
        if current is not None:
            self.notes.toggle_star(current)
            said = (self.tr("{name} is starred.") if self.notes.is_starred(current)
                    else self.tr("{name} is no longer starred.")).format(name=self._shown_name)  # fmt: skip
            self.announcer.say(self, said)
        self._update_star_action()

    def show_starred(self) -> QWidget:
        """Show the Starred pane (built now the first time) and move the keyboard to it."""
        from cityviewer.gui.study.starred import StarredPane  # start-up pays nothing for it

        if self.starred_dock is None:
            pane = StarredPane(self.dataset_thread, self.notes, self)
            self.starred_dock = QDockWidget(self.tr("Starred"), self)
            self.starred_dock.setObjectName("Starred dock")
            self.starred_dock.setWidget(pane)
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.starred_dock)
            narrow = pane.fontMetrics().horizontalAdvance("x" * STARRED_WIDTH_CHARS)  # names are short
            self.resizeDocks([self.starred_dock], [narrow], Qt.Orientation.Horizontal)
            self.subscribe(pane)
            self._starred_list = pane.view
            self._order_tabs()
        self.starred_dock.show()
        self.starred_dock.raise_()
        shown = self.starred_dock.widget()
        if isinstance(shown, StarredPane):  # the dock holds nothing else
            shown.view.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return shown

    def show_compare(self, listed: bool = False) -> QWidget:
        """Open the Compare window with the cities selected in the list, or the city on show and the next cities
        listed; listed: the cities listed, the first four (built the first time)."""
        if self.compare_pane is None:
            from cityviewer.gui.study.compare import ComparePane  # start-up pays nothing for it

            self.compare_pane = pane = ComparePane(self.dataset.info.volume, self.dataset_thread, self)
            self.subscribe(pane)
            pane.print_requested.connect(lambda ids: self.print_commands.print_comparison(ids, pane))
            pane.export_requested.connect(
                lambda ids: self.print_commands.export_comparison(ids, pane, pane.show_message)
            )
        if listed:
            self.compare_pane.compare_listed()
        else:
            self.compare_pane.start_with(self.city_list.selected_ids())
        if self.compare_pane.isVisible():  # open already, perhaps behind: bring it forward
            self.compare_pane.raise_()
        self.compare_pane.show()
        self.compare_pane.activateWindow()  # its keys (Ctrl+P: print the comparison) are the ones that count
        return self.compare_pane

    def show_quiz(self) -> QWidget:
        """Open the Quiz window (built, with a first round, the first time)."""
        if self.quiz_pane is None:
            from cityviewer.gui.study.quiz import QuizPane  # start-up pays nothing for it

            self.quiz_pane = QuizPane(self.dataset, self.dataset_thread, self, self.settings, self.notes.starred_ids)
            self.subscribe(self.quiz_pane)
            self.quiz_pane.start_round()
        elif self.quiz_pane.isVisible():
            self.quiz_pane.raise_()
            self.quiz_pane.activateWindow()
        self.quiz_pane.show()
        return self.quiz_pane

    def show_shortcuts(self) -> QWidget:
        """Open Help > Keyboard Shortcuts (built the first time), listing the window's actions as they are now."""
        if self.shortcuts_window is None:
            from cityviewer.gui.shortcuts import ShortcutsWindow  # start-up pays nothing for it

            self.shortcuts_window = ShortcutsWindow(self)
        self.shortcuts_window.open_now()
        return self.shortcuts_window

    def _stars_changed(self) -> None:
        self.city_list.model.stars_changed()
        self.detail.stars_changed()
        self.filter_bar.set_starred(self.notes.starred_ids())
        self._update_star_action()

    def _update_star_action(self) -> None:
        current = self.history.current
        self.window_actions.star.setChecked(current is not None and self.notes.is_starred(current))

    @property
    def print_commands(self) -> PrintCommands:
        if self._print_commands is None:
            from cityviewer.gui.paper.commands import PrintCommands  # when first used: the first paint needs none

            self._print_commands = PrintCommands(
                self, self.dataset, self.dataset_thread, self.current_city, self.listed_keys,
                self.filter_bar.described,
            )  # fmt: skip
            self._print_commands.citation_style = self._citation_style
        return self._print_commands

    @property
    def reading_list(self) -> ReadingListCommands:
        if self._reading_list is None:
            from cityviewer.gui.study.readinglist import ReadingListCommands  # when first used

            self._reading_list = ReadingListCommands(self, self.notes, self._names_of)
        return self._reading_list

    def _forbid_notes_export(self) -> None:
        """The administrator does not allow notes to leave this computer (settings.NOTES_EXPORT): the command is
        disabled, and says why."""
        action = self.window_actions.export_reading_list
        action.setEnabled(False)
        action.setText(self.tr("Export Reading List (turned off by your administrator)"))
        note = self.tr("Your administrator has turned off exporting notes on this computer.")
        action.setStatusTip(note)
        action.setToolTip(note)

    def _names_of(self, ids: list[str], then: Callable[[dict[str, str]], None]) -> None:
        """then(the names of those of ids the dataset has, by id), read on the dataset thread (for questions about a
        reading list's entries; none if they cannot be read)."""

        def names(dataset: Dataset) -> dict[str, str]:
            return {row.id: row.name for row in dataset.rows_of(ids)}

        self.dataset_thread.run(Op(work=names, done=then, failed=lambda _failure: then({})))

    # -- the list: searches run on the dataset thread; only the newest answer arrives -----------------------
    def _search_now(self, request: SearchRequest) -> SearchResults:
        try:
            with sync_read(SyncRead.FIRST_LIST):
                return self.dataset.answer(request)
        except DatasetError as exc:
            tell(self, Kind.NOTE, describe(exc))
            return SearchResults(request, (), describe(exc))

    def _publish_results(self, results: SearchResults) -> None:
        self.results = results
        if results.failure:
            tell(self, Kind.NOTE, results.failure)
        self.filter_bar.set_count(results, self.dataset.info)
        self.filter_bar.set_notices(results)
        self.results_changed.emit(results)
        if not results.keys:
            self._order_tabs()  # the names offered ("Did you mean") right after the search field
        self._announce_count(results)
        top = self._top_result_to_show(results)
        if top is not None:
            self.show_city(top)
        if self._when_listed is not None:
            then, self._when_listed = self._when_listed, None
            then()

    def _announce_count(self, results: SearchResults) -> None:
        """Tell assistive technology how many entries are listed now, or that none are and why, once the list has
        stayed a moment and if that changed (not for the first list: the window says it as it opens)."""
        said = self.filter_bar.count.text() if results.keys else self.city_list.no_results_sentence()
        if self._said_count is None:
            self._said_count = said
            return
        self._to_say = said
        self._count_pause.start()

    def _say_count(self) -> None:
        if self._to_say != self._said_count:
            self.announcer.say(self.filter_bar.count, self._to_say)
        self._said_count = self._to_say

    def _top_result_to_show(self, results: SearchResults) -> str | None:
        """The top result, when the city on show is not listed and the search leaves no doubt which city is meant:
        one city matches, or the top one is named exactly as typed. Otherwise the article says the city is not
        listed (the detail pane's notice) and the person chooses."""
        if not results.keys or self._shown_key is None:
            return None
        if self._shown_key in results.keys:
            return None
        top = self._first_listed(results)
        if top is None:
            return None
        if len(results.keys) == 1 or names_exactly(results.request.text, top.name, top.local_name):
            return top.id
        return None

    def _first_listed(self, results: SearchResults) -> EntryRow | None:
        """The row of results' first key, as the list has it (the list's first page: the one it shows)."""
        model = self.city_list.model
        return model.city_at(model.row_of_key(results.keys[0])) if results.keys else None

    def _once_listed(self, then: Callable[[], None]) -> None:
        """Do then once the list shows what was typed (at once if it does already)."""
        if self.searcher.pending():
            self._when_listed = then
        else:
            then()

    def _search_offered(self, name: str) -> None:
        """A name offered for what was typed ("Did you mean") was chosen: search for it, the keyboard back in the
        search field that now holds it (rather than handed on to the filters as the page of names hides)."""
        self.filter_bar.search_for(name)
        self.filter_bar.search.setFocus(Qt.FocusReason.OtherFocusReason)

    def _open_top(self) -> None:
        """Enter in the search field: show the top result and move to its article; when nothing matches and one
        name is offered instead ("Did you mean"), search for that name and open its top result."""
        results = self.results
        if results is not None and not results.keys and len(results.suggestions) == 1:
            offered = results.suggestions[0]
            if offered != results.request.text:
                self.filter_bar.search_for(offered)
                self._once_listed(self._open_top)
            return
        top = self.city_list.first_city()
        if top is not None and self.show_city(top):
            self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- the city on show -----------------------------------------------------------------------------
    def show_city(self, city_id: str) -> bool:
        """Show city_id and remember it in the history; False if the dataset has no such city."""
        if city_id == self.history.current:
            return True
        row = self._row(city_id)
        if row is None:
            return False
        self.history.visit(city_id)
        self._publish_city(row)
        return True

    def go_back(self) -> None:
        self._go(self.history.back())

    def go_forward(self) -> None:
        self._go(self.history.forward())

    def current_city(self) -> str | None:
        return self.history.current

    def listed_keys(self) -> list[int]:
        """The keys of the cities listed now, in the list's order."""
        return list(self.results.keys) if self.results is not None else []

    def _go(self, city_id: str | None) -> None:
        row = self._row(city_id) if city_id is not None else None
        if row is not None:
            self._publish_city(row)
        self._update_navigation()

    def _row(self, city_id: str) -> EntryRow | None:
        try:
            with sync_read(SyncRead.CITY_ROW):
                return next(iter(self.dataset.rows_of([city_id])), None)
        except DatasetError as exc:
            tell(self, Kind.NOTE, describe(exc))
            return None

    def _publish_city(self, row: EntryRow) -> None:
        self._shown_key, self._shown_name = row.key, row.name
        self._update_navigation()
        self.window_actions.star.setChecked(self.notes.is_starred(row.id))
        self.setWindowTitle(f"{' '.join(filter(None, (row.name, row.local_name)))} — {APP_NAME}")
        self.city_shown.emit(row.id)

    def _open_current(self) -> None:
        if self.table.currentIndex().isValid():
            self.detail.setFocus(Qt.FocusReason.OtherFocusReason)

    def _update_navigation(self) -> None:
        self.window_actions.back.setEnabled(self.history.can_go_back())
        self.window_actions.forward.setEnabled(self.history.can_go_forward())

    # -- zoom, the list, presentation mode and the theme: the projector ------------------------------------------
    @property
    def zoom(self) -> int:
        """The whole window's zoom, in percent (gui.zoom)."""
        return self._zoom

    def zoom_by(self, steps: int) -> None:
        self.set_zoom(stepped(self._zoom, steps))

    def zoom_reset(self) -> None:
        self.set_zoom(ZOOM_NORMAL)

    def set_zoom(self, percent: int) -> None:
        """Everything at percent of its normal size (50 to 300): the application's font and the toolbar's icons."""
        self._zoom = clamped(percent)
        apply_zoom(self._zoom)
        scale_toolbar(self.window_actions.toolbar, self._zoom)
        self.window_actions.zoom_in.setEnabled(self._zoom < ZOOM_MAX)
        self.window_actions.zoom_out.setEnabled(self._zoom > ZOOM_MIN)
        if self._presenting is None:  # presentation mode's large type is not the reader's choice
            self.settings.set(keys.ZOOM, self._zoom)

    def set_list_shown(self, shown: bool) -> None:
        """Show or hide the list (hidden, the article or the map fills the window)."""
        if not shown and self.city_list.isAncestorOf(self.focusWidget()):
            self.detail.setFocus(Qt.FocusReason.OtherFocusReason)
        self.city_list.setVisible(shown)
        self.window_actions.show_list.setChecked(shown)
        if self._presenting is None:
            self.settings.set(keys.LIST_SHOWN, shown)

    def toggle_presentation(self) -> None:
        if self._presenting is None:
            self.enter_presentation()
        else:
            self.leave_presentation()

    def enter_presentation(self) -> None:
        """Full screen, the article or the map alone, in large type, without menus, toolbar, tabs, the note or the
        status bar; Esc or F11 leaves it."""
        if self._presenting is not None:
            return
        chrome = [self.menuBar(), self.window_actions.toolbar, self.statusBar(), self.filter_bar,
                  self.tabs.tabBar(), self.note_editor]  # fmt: skip
        self._presenting = _Presenting(
            zoom=self._zoom,
            list_shown=not self.city_list.isHidden(),
            shown=[widget for widget in chrome if not widget.isHidden()],
            maximized=self.isMaximized(),
        )
        for widget in self._presenting.shown:
            widget.hide()
        self.set_list_shown(False)
        self.set_zoom(max(self._zoom, PRESENTATION_ZOOM))
        self.window_actions.presentation.setChecked(True)
        self.window_actions.leave_presentation.setEnabled(True)
        self.showFullScreen()

    def leave_presentation(self) -> None:
        presenting, self._presenting = self._presenting, None
        if presenting is None:
            return
        for widget in presenting.shown:
            widget.show()
        self.set_list_shown(presenting.list_shown)
        self.set_zoom(presenting.zoom)
        self.window_actions.presentation.setChecked(False)
        self.window_actions.leave_presentation.setEnabled(False)
        if presenting.maximized:
            self.showMaximized()
        else:
            self.showNormal()

    @property
    def presenting(self) -> bool:
        return self._presenting is not None

    def set_theme(self, name: str) -> None:
        """Hand the theme called name (gui.colours.THEMES) to the application, and remember it."""
        name = known(name)
        apply_theme(name)
        self.window_actions.theme_actions[name].setChecked(True)
        self.settings.set(keys.THEME, name)

    def set_citation_style(self, name: str) -> None:
        """Copy Citation in the style called name (core.citation.CitationStyle's values; an unknown one: the
        default), from now on and next time."""
        from cityviewer.core.citation import style_named

        style = self._citation_style = style_named(name).value
        if self._print_commands is not None:
            self._print_commands.citation_style = style
        self.window_actions.citation_style_actions[style].setChecked(True)
        if self.settings.get(keys.CITATION_STYLE) != style:
            self.settings.set(keys.CITATION_STYLE, style)

    # -- state ----------------------------------------------------------------------------------------
    def _restore(self) -> None:
        if not self.restoreGeometry(self.settings.get(keys.WINDOW_GEOMETRY)):
            available = self.screen().availableGeometry()
            self.resize(min(DEFAULT_SIZE[0], available.width()), min(DEFAULT_SIZE[1], available.height()))
        self.restoreState(self.settings.get(keys.WINDOW_STATE))
        if not self.splitter.restoreState(self.settings.get(keys.SPLITTER_STATE)):
            self.splitter.setSizes(list(DEFAULT_PANES))
        # The user's last city; else the administrator's start city (always, when they lock it); else the first.
        start_city = self.settings.machine_default(keys.START_CITY)
        locked = bool(start_city) and self.settings.locked(keys.START_CITY)
        last = "" if locked else self.settings.get(keys.LAST_CITY)
        if not (last and self.show_city(last)) and not self._show_start_city():
            first = self.city_list.first_city()
            if first:
                self.show_city(first)

    def _show_start_city(self) -> bool:
        """Show the administrator's start city (an id, or any of its names); False when there is none to show."""
        start = self.settings.get(keys.START_CITY).strip()
        if not start:
            return False
        try:
            with sync_read(SyncRead.START_CITY):
                if not self.dataset.rows_of([start]):
                    from cityviewer.core.cityname import resolve  # only for a start city given by name

                    start = resolve(self.dataset, start).city_id or ""
        except DatasetError:
            return False
        if not (start and self.show_city(start)):
            log.warning("the start city %r set for this computer names no city", self.settings.get(keys.START_CITY))
            return False
        return True

    def save_state(self) -> bool:
        """Write the window's state to the settings; False if they could not be saved."""
        self.settings.set(keys.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.set(keys.WINDOW_STATE, self.saveState())
        self.settings.set(keys.SPLITTER_STATE, self.splitter.saveState())
        self.settings.set(keys.LAST_CITY, self.history.current or "")
        self.settings.set(keys.ZOOM, self._presenting.zoom if self._presenting else self._zoom)
        list_shown = self._presenting.list_shown if self._presenting else not self.city_list.isHidden()
        self.settings.set(keys.LIST_SHOWN, list_shown)
        self.notes.save()  # a failure is said by the store
        return self.settings.save()

    def shut_down(self) -> None:
        """Stop the dataset thread; the window is not used afterwards."""
        self._count_pause.stop()  # nothing more to say
        self.dataset_thread.close()

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.save_state():
            log.warning("the settings could not be saved to %s", self.settings.location())
        self.shut_down()
        super().closeEvent(event)


def _facets(dataset: Dataset) -> tuple[list[tuple[str, str]], list[str], list[str]]:
    """The filter bar's choices: divisions, regions and tags (read on the dataset thread)."""
    return dataset.divisions(), dataset.regions(), dataset.tags()
