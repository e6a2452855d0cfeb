"""A dataset's trouble in the words of the person's language (core.errors marks the sentences for lupdate)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from cityviewer.core.errors import DatasetError


def describe(error: DatasetError) -> str:
    return error.translated(QCoreApplication.translate)
