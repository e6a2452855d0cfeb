"""View > Theme: the theme handed to the application. A theme is a QPalette and a colour scheme (gui.colours builds
them); every widget that paints a colour of its own watches both (gui.colours.watch_colours) and follows.

System gives the desktop its say again: the platform's palette, and its colour scheme followed live (Qt sends
QStyleHints.colorSchemeChanged and a new palette when the desktop switches between light and dark)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from cityviewer.gui.colours import THEME_SYSTEM, THEMES, accessible_palette, theme_palette


def known(name: str) -> str:
    """name if it is a theme, else System (a settings file from another version, or damaged)."""
    return name if name in THEMES else THEME_SYSTEM


_THEME = "cityviewerTheme"  # the theme handed to the application (a dynamic property of it)
_FOLLOWER = "Follows the desktop's colour scheme"
_FOLLOWING = "cityviewerFollowingDesktop"


def current_theme() -> str:
    app = QApplication.instance()
    value = app.property(_THEME) if app is not None else None
    return known(value) if isinstance(value, str) else THEME_SYSTEM


def apply_theme(name: str) -> None:
    """Hand the theme called name to the application (System: the desktop's palette and colour scheme, with any
    text role that fails AA on it moved just far enough: gui.colours.accessible_palette)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        raise RuntimeError("a theme needs the QApplication")
    hints = QGuiApplication.styleHints()
    name = known(name)
    app.setProperty(_THEME, name)
    if app.findChild(QObject, _FOLLOWER) is None:  # the desktop switches between light and dark: System follows
        follower = QObject(app)  # a mark that the connection is made, once for the application
        follower.setObjectName(_FOLLOWER)
        hints.colorSchemeChanged.connect(_follow_desktop)
    if name == THEME_SYSTEM:
        hints.unsetColorScheme()
        QApplication.setPalette(QPalette())  # a palette that sets no role: the desktop's
        QApplication.setPalette(accessible_palette(QApplication.palette()))  # only the roles that must move
    else:
        palette, scheme = theme_palette(name)
        hints.setColorScheme(scheme)
        QApplication.setPalette(palette)
    # Qt posts the change to each widget: deliver it now, so everything is in the theme's colours on return.
    QApplication.sendPostedEvents(None, QEvent.Type.ApplicationPaletteChange)


def _follow_desktop(_scheme: Qt.ColorScheme) -> None:
    """The desktop's colour scheme changed: under System, its new palette (made readable) again."""
    app = QApplication.instance()
    if app is None or current_theme() != THEME_SYSTEM or app.property(_FOLLOWING):
        return
    app.setProperty(_FOLLOWING, True)  # applying the theme may itself report a scheme: not again from here
    try:
        apply_theme(THEME_SYSTEM)
    finally:
        app.setProperty(_FOLLOWING, False)
