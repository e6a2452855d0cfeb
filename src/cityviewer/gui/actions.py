"""The window's commands: each a QAction with its shortcuts, in the menu bar (File, Edit, View, Go, Help) and, for
the common ones, as an icon in the toolbar. The menus are where desktop and screen-reader users look for what an
app can do and which key does it; the toolbar is a shortcut for the mouse."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QStyle, QToolBar, QToolButton, QWidget

from cityviewer.gui.colours import THEME_DARK, THEME_HIGH_CONTRAST, THEME_LIGHT, THEME_SYSTEM
from cityviewer.gui.translations import available

if TYPE_CHECKING:  # evaluated at run time, the union would build PySide's StandardKey enum at import
    from typing import TypeAlias

    Keys: TypeAlias = QKeySequence | QKeySequence.StandardKey | str
Slot = Callable[[], object]
_NATIVE = QKeySequence.SequenceFormat.NativeText
# A mnemonic written after the text, as Korean (and Japanese and Chinese) menus write it: "축소(&O)". Qt takes only the
# "&" away for a toolbar button and a tooltip, which would show "축소(O)".
_MNEMONIC_AFTER = re.compile(r"\s*\(&[^&\s]\)")


class Commands(NamedTuple):
    """What each action does: the window's methods."""

    quit: Slot
    find: Slot
    clear: Slot
    zoom_in: Slot
    zoom_out: Slot
    zoom_reset: Slot
    back: Slot
    forward: Slot
    about: Slot
    show_article: Slot
    show_map: Slot
    export_map: Slot
    # Printing and copying (gui/paper/commands.py); a window without them has no such menu items.
    print_city: Slot | None = None
    export_pdf: Slot | None = None
    export_handout: Slot | None = None
    copy_citation: Slot | None = None
    copy_facts: Slot | None = None
    copy_sources: Slot | None = None
    citation_style: Callable[[str], object] | None = None  # given a core.citation.CitationStyle's value
    # Favourites and notes (gui/notes.py, gui/study/readinglist.py).
    toggle_star: Slot | None = None
    export_reading_list: Slot | None = None
    import_reading_list: Slot | None = None
    show_starred: Slot | None = None
    compare: Slot | None = None
    compare_listed: Slot | None = None
    quiz: Slot | None = None
    # The projector (gui/zoom.py, gui/colours.py's themes): the list hidden, presentation mode, the theme.
    show_list: Slot | None = None
    presentation: Slot | None = None
    leave_presentation: Slot | None = None
    theme: Callable[[str], object] | None = None
    # View > Sort List By, made by the list (gui/citylist.py) in the menu it is given.
    sort_menu: Callable[[QWidget], QMenu] | None = None
    # Help > Keyboard Shortcuts (gui/shortcuts.py).
    shortcuts: Slot | None = None
    # View > Language (gui/language.py): "" the system's, or a language code.
    language: Callable[[str], object] | None = None


class WindowActions(QObject):
    """The actions, as attributes named like Commands' fields, added to window's menu bar and toolbar."""

    def __init__(self, window: QMainWindow, do: Commands) -> None:
        super().__init__(window)
        self._window = window
        self._sort_menu = do.sort_menu
        std, sp = QKeySequence.StandardKey, QStyle.StandardPixmap
        # Quit: the platform's key (Ctrl+Q on Linux, Cmd+Q on macOS; Windows has none, so Ctrl+Q there too).
        self.quit = self._action(self.tr("&Quit"), do.quit, std.Quit, "Ctrl+Q")
        self.find = self._action(self.tr("&Find…"), do.find, std.Find, "Ctrl+F", "Ctrl+L")
        self.clear = self._action(self.tr("&Clear Search and Filters"), do.clear, "Ctrl+Shift+Backspace")
        self.zoom_in = self._action(self.tr("Zoom &In"), do.zoom_in, std.ZoomIn, "Ctrl++", "Ctrl+=")
        self.zoom_out = self._action(self.tr("Zoom &Out"), do.zoom_out, std.ZoomOut, "Ctrl+-")
        self.zoom_reset = self._action(self.tr("Actual Si&ze"), do.zoom_reset, "Ctrl+0")
        for action, tip in ((self.zoom_in, self.tr("Everything larger: text, lists, menus, map and icons")),
                            (self.zoom_out, self.tr("Everything smaller")),
                            (self.zoom_reset, self.tr("Everything at its normal size"))):  # fmt: skip
            action.setStatusTip(tip)
        self.back = self._action(self.tr("&Back"), do.back, std.Back, "Alt+Left", icon=sp.SP_ArrowBack)
        self.forward = self._action(self.tr("&Forward"), do.forward, std.Forward, "Alt+Right", icon=sp.SP_ArrowForward)
        self.about = self._action(self.tr("&About Cityviewer"), do.about)
        self.help_actions: list[QAction] = []  # before About in the Help menu
        if do.shortcuts:  # F1: the platform's help key (F1 on Linux and Windows)
            self.shortcuts = self._action(self.tr("&Keyboard Shortcuts"), do.shortcuts, std.HelpContents, "F1")
            self.help_actions = [self.shortcuts]
        self.show_article = self._action(self.tr("&Article"), do.show_article, "Ctrl+1")
        self.show_map = self._action(self.tr("&Map"), do.show_map, "Ctrl+2")
        self.export_map = self._action(self.tr("Export &Map…"), do.export_map, "Ctrl+E")
        self.file_actions: list[QAction] = []  # before Quit in the File menu
        self.edit_actions: list[QAction] = []  # after the search commands in the Edit menu
        self.reading_list_actions: list[QAction] = []  # after the exports in the File menu
        self.star_actions: list[QAction] = []  # last in the Edit menu
        if do.print_city and do.export_pdf and do.export_handout:
            self.print_city = self._action(self.tr("&Print…"), do.print_city, std.Print, "Ctrl+P")
            self.export_pdf = self._action(self.tr("&Export as PDF…"), do.export_pdf, "Ctrl+Shift+E")
            self.export_handout = self._action(self.tr("Export &Handout…"), do.export_handout)
            self.file_actions = [self.print_city, self.export_pdf, self.export_handout]
        if do.copy_citation and do.copy_facts:
            self.copy_citation = self._action(self.tr("Copy Ci&tation"), do.copy_citation)
            self.copy_facts = self._action(self.tr("Copy Facts as &Plain Text"), do.copy_facts)
            self.edit_actions = [self.copy_citation, self.copy_facts]
        self.citation_style_actions: dict[str, QAction] = {}  # Edit > Citation Style, by the style's value
        if do.copy_sources and do.citation_style is not None:
            self.copy_sources = self._action(self.tr("Copy Sou&rces"), do.copy_sources)
            self.copy_sources.setStatusTip(self.tr("Copy the sources of the entry on show, one a line"))
            self.edit_actions.insert(1, self.copy_sources)
            from cityviewer.core.citation import STYLE_NAMES

            styles = QActionGroup(self)
            for style, name in STYLE_NAMES.items():
                action = self._action(QCoreApplication.translate("Citation", name), partial(do.citation_style, style))
                action.setCheckable(True)
                styles.addAction(action)
                self.citation_style_actions[style.value] = action
        if do.toggle_star and do.export_reading_list and do.import_reading_list:
            # Ctrl+D: what browsers bookmark with. A check mark in the menu says whether the entry is starred.
            self.star = self._action(self.tr("&Star This Entry"), do.toggle_star, "Ctrl+D")
            self.star.setCheckable(True)
            self.export_reading_list = self._action(self.tr("Export &Reading List…"), do.export_reading_list)
            self.import_reading_list = self._action(self.tr("&Import Reading List…"), do.import_reading_list)
            self.reading_list_actions = [self.export_reading_list, self.import_reading_list]
            self.star_actions = [self.star]
        self.view_actions: list[QAction] = []  # after the article and the map in the View menu
        if do.show_starred:
            self.show_starred = self._action(self.tr("Sta&rred List"), do.show_starred, "Ctrl+Shift+D")
            self.view_actions = [self.show_starred]
        self.projector_actions: list[QAction] = []  # after the zoom in the View menu
        if do.show_list and do.presentation and do.leave_presentation:
            self.show_list = self._action(self.tr("Sho&w the List"), do.show_list, "Ctrl+Shift+L")
            self.show_list.setCheckable(True)
            self.show_list.setChecked(True)
            self.show_list.setStatusTip(self.tr("Hide the list so that the article or the map fills the window"))
            self.presentation = self._action(self.tr("&Presentation Mode"), do.presentation, std.FullScreen, "F11")
            self.presentation.setCheckable(True)
            self.presentation.setStatusTip(self.tr("Full screen, large type, no menus; Esc leaves it"))
            self.leave_presentation = self._action(self.tr("Leave Presentation Mode"), do.leave_presentation, "Esc")
            self.leave_presentation.setEnabled(False)  # only while presenting: Esc clears the search otherwise
            self.projector_actions = [self.show_list, self.presentation]
        self.theme_actions: dict[str, QAction] = {}
        if do.theme is not None:
            group = QActionGroup(self)
            names = {THEME_SYSTEM: self.tr("&System"), THEME_LIGHT: self.tr("&Light"), THEME_DARK: self.tr("&Dark"),
                     THEME_HIGH_CONTRAST: self.tr("&High Contrast")}  # fmt: skip
            for name, text in names.items():
                action = self._action(text, partial(do.theme, name))
                action.setCheckable(True)
                group.addAction(action)
                self.theme_actions[name] = action
        self.language_actions: dict[str, QAction] = {}  # by code ("" the system's); each named in itself
        if do.language is not None:
            group = QActionGroup(self)
            for code, name in [("", self.tr("&System Language")), *available()]:
                action = self._action(name, partial(do.language, code))
                action.setCheckable(True)
                group.addAction(action)
                self.language_actions[code] = action
        self.go_actions: list[QAction] = []  # after back and forward in the Go menu
        if do.compare:
            self.compare = self._action(self.tr("&Compare Cities…"), do.compare, "Ctrl+K")
            self.compare.setStatusTip(self.tr("Compare the cities selected in the list (Ctrl+click two to four), or "
                                              "the city on show and the next ones listed"))  # fmt: skip
            self.go_actions = [self.compare]
        if do.compare_listed:
            self.compare_listed = self._action(self.tr("Compare the &Listed Cities"), do.compare_listed,
                                               "Ctrl+Shift+K")  # fmt: skip
            self.compare_listed.setStatusTip(self.tr("Compare the cities listed now (the first four)"))
            self.go_actions.append(self.compare_listed)
        if do.quiz:  # Ctrl+Q is Quit: J is free on every platform
            self.quiz = self._action(self.tr("&Quiz…"), do.quiz, "Ctrl+J")
            self.go_actions.append(self.quiz)
        self._fill_menus()
        self._fill_toolbar()

    def _action(self, text: str, slot: Slot, *keys: Keys, icon: QStyle.StandardPixmap | None = None) -> QAction:
        action = _Action(text, self._window)
        _plain_icon_text(action)
        unique = {QKeySequence(k).toString(): QKeySequence(k) for k in keys}  # a platform's keys may repeat ours
        shortcuts = [seq for seq in unique.values() if not seq.isEmpty()]
        action.setShortcuts(shortcuts)
        if shortcuts:
            action.setToolTip(f"{action.iconText()} ({shortcuts[0].toString(_NATIVE)})")
        if icon is not None:
            action.setIcon(self._window.style().standardIcon(icon))
        action.triggered.connect(slot)
        self._window.addAction(action)  # its keys work wherever the keyboard is in the window
        return action

    def _fill_menus(self) -> None:
        bar = self._window.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([*self.file_actions, self.export_map])
        file_menu.addSeparator()
        if self.reading_list_actions:
            file_menu.addActions(self.reading_list_actions)
            file_menu.addSeparator()
        file_menu.addAction(self.quit)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addActions([self.find, self.clear])
        if self.edit_actions:
            edit_menu.addSeparator()
            edit_menu.addActions(self.edit_actions)
        if self.citation_style_actions:  # right under Copy Citation, which it is for
            styles = QMenu(self.tr("Citation St&yle"), edit_menu)
            styles.addActions(list(self.citation_style_actions.values()))
            edit_menu.insertMenu(self.copy_sources, styles)
        if self.star_actions:
            edit_menu.addSeparator()
            edit_menu.addActions(self.star_actions)
        view = bar.addMenu(self.tr("&View"))
        view.addActions([self.show_article, self.show_map, *self.view_actions])
        if self._sort_menu is not None:
            view.addMenu(self._sort_menu(view))
        view.addSeparator()
        view.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        if self.projector_actions:
            view.addSeparator()
            view.addActions(self.projector_actions)
        if self.theme_actions:
            themes = view.addMenu(self.tr("&Theme"))
            themes.addActions(list(self.theme_actions.values()))
        if self.language_actions:
            languages = view.addMenu(self.tr("&Language"))
            languages.addActions(list(self.language_actions.values()))
        go = bar.addMenu(self.tr("&Go"))
        go.addActions([self.back, self.forward])
        if self.go_actions:
            go.addSeparator()
            go.addActions(self.go_actions)
        help_menu = bar.addMenu(self.tr("&Help"))
        if self.help_actions:
            help_menu.addActions(self.help_actions)
            help_menu.addSeparator()
        help_menu.addAction(self.about)

    def _fill_toolbar(self) -> None:
        self.toolbar = toolbar = QToolBar(self.tr("Navigation"), self._window)
        toolbar.setObjectName("Navigation toolbar")
        toolbar.setMovable(False)
        self._window.addToolBar(toolbar)
        toolbar.addActions([self.back, self.forward])
        toolbar.addSeparator()
        toolbar.addActions([self.zoom_out, self.zoom_reset, self.zoom_in])
        toolbar.addSeparator()
        toolbar.addAction(self.about)
        # The button that shows the tools a narrow window hides: a screen reader heard an unnamed check box.
        extension = toolbar.findChild(QToolButton, "qt_toolbar_ext_button")
        if extension is not None:
            extension.setAccessibleName(self.tr("More Tools"))


def plain_text(text: str) -> str:
    """An action's text as a toolbar button or a tooltip shows it: without its mnemonic, wherever it is written."""
    return _MNEMONIC_AFTER.sub("", text).replace("&&", "\0").replace("&", "").replace("\0", "&")


class _Action(QAction):
    """An action whose toolbar button and tooltip show its text without its mnemonic (_plain_icon_text), set again
    whenever its text is. Not on its changed signal: that called into Python at every change of the action (enabled,
    checked, its shortcuts and tips too), ~130 times as the window was built, and made a connection for each."""

    def setText(self, text: str, /) -> None:
        super().setText(text)
        _plain_icon_text(self)


def _plain_icon_text(action: QAction) -> None:
    plain = plain_text(action.text())
    if action.iconText() != plain:
        action.setIconText(plain)
