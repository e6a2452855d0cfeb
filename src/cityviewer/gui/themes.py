"""View > Theme: the theme handed to the application. A theme is a QPalette and a colour scheme (gui.colours builds
them); every widget that paints a colour of its own watches both (gui.colours.watch_colours) and follows.

System gives the desktop its say again: the platform's palette, and its colour scheme followed live (Qt sends
QStyleHints.colorSchemeChanged and a new palette when the desktop switches between light and dark)."""

from __future__ import annotations

from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from cityviewer.gui.colours import THEME_SYSTEM, THEMES, theme_palette


def known(name: str) -> str:
    """name if it is a theme, else System (a settings file from another version, or damaged)."""
    return name if name in THEMES else THEME_SYSTEM


def apply_theme(name: str) -> None:
    """Hand the theme called name to the application (System: the desktop's palette and colour scheme)."""
    hints = QGuiApplication.styleHints()
    if known(name) == THEME_SYSTEM:
        hints.unsetColorScheme()
        QApplication.setPalette(QPalette())  # a palette that sets no role: the platform's, kept up to date by Qt
        return
    palette, scheme = theme_palette(name)
    hints.setColorScheme(scheme)
    QApplication.setPalette(palette)
