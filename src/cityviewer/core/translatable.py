"""Texts the Qt-free core writes for people, marked so that Qt's lupdate finds them with their context.

The core stays free of Qt: a function that makes such text takes a Translate (the GUI passes
QCoreApplication.translate) and uses it on the marked text before filling in the values.
"""

from __future__ import annotations

from collections.abc import Callable

# (context, source text) -> the text in the user's language.
Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name Qt's lupdate looks for
    """Marks text for translation in context; returns it unchanged (it is translated where it is shown)."""
    return text


def untranslated(_context: str, text: str) -> str:
    return text
