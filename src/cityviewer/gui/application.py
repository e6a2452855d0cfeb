"""Starting the GUI: the QApplication, Qt's messages into logging, one excepthook, the first window."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QMessageLogContext, QObject, QtMsgType, Signal, qInstallMessageHandler
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from cityviewer import APP_NAME, ORGANIZATION, resources
from cityviewer.gui.hangulfont import register_if_needed, use_bundled
from cityviewer.gui.messages import Kind, tell
from cityviewer.gui.style import install_style
from cityviewer.gui.translations import set_language

if TYPE_CHECKING:
    from cityviewer.core.dataset import Dataset
    from cityviewer.gui.mainwindow import MainWindow
    from cityviewer.gui.settings import Settings

log = logging.getLogger("cityviewer")
_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


# Harmless notes of the headless (offscreen) platform that --self-test and --screenshot use.
_QUIET_QT_MESSAGES = ("This plugin does not support propagateSizeHints",)


def _qt_message(kind: QtMsgType, _context: QMessageLogContext, message: str) -> None:
    level = _QT_LEVELS.get(kind, logging.WARNING)
    if message.startswith(_QUIET_QT_MESSAGES):
        level = logging.DEBUG
    logging.getLogger("cityviewer.qt").log(level, message)


def create_application(argv: list[str], language: str = "") -> QApplication:
    """The application, with the translators of language ("" the system's; app.chosen_language) installed."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    qInstallMessageHandler(_qt_message)
    app = QApplication(argv)
    install_style(app, now=False)  # focus frames and field borders a classroom can see, from the first paint's end
    set_language(app, language)  # before the first widget, which translates its texts as it is built
    hangul = register_if_needed()  # the bundled Hangul font, where no installed font writes Korean or it is its source
    if hangul is not None:
        use_bundled(hangul)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANIZATION)
    app.setDesktopFileName("cityviewer")
    return app


def set_window_icon() -> None:
    """The windows' icon, set just after the main window's first paint (MainWindow._after_first_paint), which draws
    none. Read from the SVG drawn at each size (resources.WINDOW_ICONS): the SVG itself would load Qt's SVG icon
    engine plugin and QtSvg (~1.2 MiB of start-up's peak memory). A dialog shown before the window (a dataset
    refused at start) has the platform's icon."""
    app = QApplication.instance()
    if isinstance(app, QApplication) and app.windowIcon().isNull():
        icon = QIcon()
        for name in resources.WINDOW_ICONS:
            icon.addFile(str(resources.path(name)))
        app.setWindowIcon(icon)


class _ErrorReporter(QObject):
    """Carries an unexpected error's message to the GUI thread, whichever thread it happened on."""

    report = Signal(str)


_reporter: _ErrorReporter | None = None


def install_excepthook() -> None:
    """Log an unexpected error in full and tell the person in plain words, never with a traceback (a dialog,
    through gui.messages); the dialog always opens on the GUI thread."""
    global _reporter
    _reporter = _ErrorReporter()  # created on the GUI thread: its queued signal lands there
    _reporter.report.connect(
        lambda message: tell(
            None,
            Kind.ACT,
            QApplication.translate(
                "Errors",
                "Something unexpected went wrong: {error}\n\nCityviewer keeps running; if this happens again,"
                " please tell us what you did.",
            ).format(error=message),
        )
    )

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error:\n%s", "".join(traceback.format_exception(kind, value, tb)))
        if _reporter is not None:
            _reporter.report.emit(str(value))

    sys.excepthook = hook


def open_window(dataset: Dataset) -> MainWindow:
    from cityviewer.core.notes import NotesFile
    from cityviewer.gui import settings as keys
    from cityviewer.gui.diagnostics import phases
    from cityviewer.gui.mainwindow import MainWindow
    from cityviewer.gui.notes import NotesStore, default_path
    from cityviewer.gui.settings import Settings
    from cityviewer.gui.syncreads import install_if_asked
    from cityviewer.gui.themes import apply_theme

    phases.mark(phases.IMPORTS)
    if install_if_asked():
        log.info("dataset queries on the GUI thread outside gui.syncreads will raise")
    settings = Settings()
    apply_theme(settings.get(keys.THEME))  # before the first widget: nothing is drawn twice
    window = MainWindow(dataset, settings, NotesStore(NotesFile(default_path(), dataset.info.volume.id)))
    phases.mark(phases.WINDOW)
    if settings.notice:
        log.warning("%s", settings.notice)
        tell(window, Kind.NOTE, settings.notice)
    else:  # a scratch file written and removed: the first paint does not wait for the disk
        window.first_painted.connect(lambda: _tell_if_unwritable(window, settings))
    return window


def _tell_if_unwritable(window: MainWindow, settings: Settings) -> None:
    """Say so when the settings folder cannot be written (Settings.writable), just after the window's first paint."""
    if not settings.writable():
        message = QApplication.translate(
            "MainWindow",
            "Settings cannot be saved ({path} is not writable); Cityviewer works as usual but will not remember"
            " this session.",
        ).format(path=settings.location())
        log.warning("%s", message)
        tell(window, Kind.NOTE, message)
