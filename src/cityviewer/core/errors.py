"""What can go wrong with a dataset, by kind, told apart by SQLite's error code (never by the message's text).

Every DatasetError is something the person at the screen can act on, and str() is a complete sentence for them.
An SQLite error that is none of these kinds (a mistake in our SQL, a misuse of the library) is a bug in
Cityviewer: it is raised unchanged, so it is logged with its traceback and never blamed on the dataset.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import NoReturn

from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate

CONTEXT = "DatasetError"


class DatasetError(Exception):
    """The dataset cannot be used. str() is a complete sentence for the person at the screen, in English;
    translated(translate) is the same sentence in their language (the template is marked for lupdate)."""

    def __init__(self, template: str, **values: object) -> None:
        self.template = template
        self.values = values
        super().__init__(template.format(**values))

    def translated(self, translate: Translate) -> str:
        return translate(CONTEXT, self.template).format(**self.values)


class NotADataset(DatasetError):
    """The file is a database of another program, or of an older or newer Cityviewer."""


class DatasetDamaged(DatasetError):
    """The file is not a database, or its pages are corrupt or cut off."""


class DatasetUnreadable(DatasetError):
    """The file cannot be opened or read: missing, no permission, an input/output error."""


class DiskFull(DatasetError):
    """SQLite needed room for temporary files and found none."""


class DatasetLocked(DatasetError):
    """Another program holds a lock on the file."""


class DatasetInterrupted(Exception):
    """A query was stopped on purpose (Dataset.stop_when()): nobody wants its answer. Not an error to show."""


_CORRUPT = QT_TRANSLATE_NOOP("DatasetError", "The dataset {path} is damaged and cannot be read ({detail}).")
_NOT_A_DATABASE = QT_TRANSLATE_NOOP("DatasetError", "The file {path} is not a Cityviewer dataset ({detail}).")
_IO = QT_TRANSLATE_NOOP("DatasetError", "The dataset {path} could not be read from the disk ({detail}).")
_CANNOT_OPEN = QT_TRANSLATE_NOOP("DatasetError", "The dataset {path} cannot be opened ({detail}).")
_NOT_ALLOWED = QT_TRANSLATE_NOOP("DatasetError", "The dataset {path} may not be read ({detail}).")
_FULL = QT_TRANSLATE_NOOP("DatasetError", "The disk is full: the dataset {path} could not be searched ({detail}).")
_LOCKED = QT_TRANSLATE_NOOP("DatasetError", "The dataset {path} is locked by another program ({detail}).")
_KINDS: dict[int, tuple[type[DatasetError], str]] = {
    sqlite3.SQLITE_CORRUPT: (DatasetDamaged, _CORRUPT),
    sqlite3.SQLITE_FORMAT: (DatasetDamaged, _CORRUPT),
    sqlite3.SQLITE_NOTADB: (DatasetDamaged, _NOT_A_DATABASE),
    sqlite3.SQLITE_IOERR: (DatasetUnreadable, _IO),
    sqlite3.SQLITE_CANTOPEN: (DatasetUnreadable, _CANNOT_OPEN),
    sqlite3.SQLITE_PERM: (DatasetUnreadable, _NOT_ALLOWED),
    sqlite3.SQLITE_AUTH: (DatasetUnreadable, _NOT_ALLOWED),
    sqlite3.SQLITE_FULL: (DiskFull, _FULL),
    sqlite3.SQLITE_BUSY: (DatasetLocked, _LOCKED),
    sqlite3.SQLITE_LOCKED: (DatasetLocked, _LOCKED),
}


def primary_code(exc: sqlite3.Error) -> int | None:
    """SQLite's primary result code (the low byte of an extended code), or None for an error raised by Python's
    sqlite3 module itself (a closed connection, a wrong number of parameters: always our bug)."""
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else code & 0xFF


def raise_for(exc: sqlite3.Error, path: Path) -> NoReturn:
    """Raise the DatasetError (or DatasetInterrupted) that exc is a case of; re-raise exc itself when it is a bug."""
    code = primary_code(exc)
    if code == sqlite3.SQLITE_INTERRUPT:
        raise DatasetInterrupted from exc
    kind = _KINDS.get(code) if code is not None else None
    if kind is None:
        raise exc
    error, message = kind
    raise error(message, path=path, detail=exc) from exc
