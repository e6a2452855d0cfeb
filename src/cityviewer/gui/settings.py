"""The one place settings live: typed keys with defaults, over QSettings.

A settings folder that cannot be written (a read-only home) is not an error: the app runs with what it has and
tells the person once that their settings will not be kept.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from cityviewer import APP_NAME, ORGANIZATION, resources

T = TypeVar("T")

ZOOM_MIN, ZOOM_MAX = -3, 8
# Portable mode: with this file next to the program, settings live in a "settings" folder beside it, found
# relative to the program at every start, so a USB stick keeps working on any machine and drive letter.
PORTABLE_MARKER = "cityviewer-portable.txt"


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T


WINDOW_GEOMETRY = Key("window/geometry", QByteArray())
WINDOW_STATE = Key("window/state", QByteArray())
SPLITTER_STATE = Key("window/splitter", QByteArray())
LAST_CITY = Key("browse/lastCity", "")
ZOOM = Key("view/zoom", 0)


def portable_settings_file() -> Path | None:
    """The settings file of portable mode, or None when the marker is absent."""
    folder = resources.app_dir()
    return folder / "settings" / "cityviewer.ini" if (folder / PORTABLE_MARKER).is_file() else None


def default_store() -> QSettings:
    portable = portable_settings_file()
    if portable is not None:
        return QSettings(str(portable), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME)


class Settings:
    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or default_store()

    def get(self, key: Key[T]) -> T:
        value = self._store.value(key.name, key.default)
        kind = type(key.default)
        try:
            return value if isinstance(value, kind) else kind(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return key.default

    def set(self, key: Key[T], value: T) -> None:
        self._store.setValue(key.name, value)

    def save(self) -> bool:
        """Write to disk now; False if the settings could not be saved."""
        self._store.sync()
        return self._store.status() == QSettings.Status.NoError

    def location(self) -> str:
        return self._store.fileName()

    def writable(self) -> bool:
        """Whether the settings folder can be written (tried with a scratch file, then removed)."""
        folder = Path(self.location()).parent
        try:
            folder.mkdir(parents=True, exist_ok=True)
            with tempfile.NamedTemporaryFile(dir=folder, prefix=".write-test-"):
                pass
        except OSError:
            return False
        return True
