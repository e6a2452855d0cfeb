"""View > Language: the language of the interface and of the volume, chosen in the app and applied at once.

Offered: the system's, and each language Cityviewer has a translation in (resources/translations/
cityviewer_<code>.qm), each named in itself ("English", "한국어"). The choice is kept in the settings' view/language
(LANGUAGE), the key the volume's reading language is read from too (reading_language), so one choice drives both;
`cityviewer --lang` chooses for one run without keeping it.

Applied at once, without a restart: the translators are replaced (translations.set_language, which makes Qt send
every widget a LanguageChange) and the window is built again in the new language where it was: the same city,
settings (geometry, zoom, the list, the splitter), notes, the map if it was on show, and Compare, Quiz and Starred
if they were open.
Every text the window shows, however it was made (menus, the list's headers, the article rendered from the volume
read in the new language, a summary in that language, the map's labels), then comes from the new translators; a
widget added later cannot be forgotten by a retranslation written widget by widget.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QObject

from cityviewer.gui import settings as keys
from cityviewer.gui.mainwindow import MainWindow
from cityviewer.gui.map.tab import MAP_TAB
from cityviewer.gui.translations import PSEUDO, reading_language, set_language

log = logging.getLogger(__name__)


class LanguageSwitcher(QObject):
    """Keeps the window (window: the one open now) and builds it again when a language is chosen in it."""

    def __init__(self, window: MainWindow, parent: QObject | None = None) -> None:
        super().__init__(parent if parent is not None else QCoreApplication.instance())
        self.window = window
        window.language_chosen.connect(self.switch)

    def switch(self, code: str, *, remember: bool = True) -> MainWindow:
        """Use code ("" the system's language, "en", "ko", PSEUDO) for the interface and the volume; remember it
        in the settings (unless an administrator locked it, or remember is False); the new window."""
        old = self.window
        settings = old.settings
        if remember and code != PSEUDO and not settings.locked(keys.LANGUAGE):
            settings.set(keys.LANGUAGE, code)
        reopen = [
            pane
            for pane, shown in (
                (MainWindow.show_compare, old.compare_pane is not None and old.compare_pane.isVisible()),
                (MainWindow.show_quiz, old.quiz_pane is not None and old.quiz_pane.isVisible()),
                (MainWindow.show_starred, old.starred_dock is not None and old.starred_dock.isVisible()),
            )
            if shown
        ]
        map_shown = old.tabs.currentIndex() == MAP_TAB
        if not old.save_state():
            log.warning("the settings could not be saved to %s", settings.location())
        visible = old.isVisible()
        old.shut_down()
        old.hide()
        app = QCoreApplication.instance()
        if app is None:  # a window needs the application
            raise RuntimeError("the language is changed in a running application")
        set_language(app, code)
        dataset = old.dataset
        language = reading_language(code)
        if dataset.info.volume.language != language:
            dataset.info = dataset.info._replace(volume=dataset.info.volume.in_language(language))
        notes = old.notes
        notes.setParent(None)  # the old window goes; the reader's notes stay
        window = MainWindow(dataset, settings, notes)
        notes.setParent(window)
        if map_shown:
            window.tabs.show_map()
        if visible:
            window.show()
        for show in reopen:
            show(window)
        old.deleteLater()
        self.window = window
        window.language_chosen.connect(self.switch)
        return window
