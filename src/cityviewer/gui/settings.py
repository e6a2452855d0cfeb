"""The one place settings live: typed keys with defaults, over QSettings (an INI file).

- Saving is atomic (QSettings writes a new file and renames it over the old), so a crash or a killed process leaves
  the old file or the new one, and two instances saving at once take turns (QSettings locks the file).
- A settings folder that cannot be written (a read-only home) is not an error: the app runs with what it has and
  says once that the settings will not be kept.
- A damaged settings file is set aside (renamed, never deleted) and the defaults used, with a notice.
"""

from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from PySide6.QtCore import QByteArray, QSettings

from cityviewer import APP_NAME, ORGANIZATION, resources

T = TypeVar("T")

ZOOM_MIN, ZOOM_MAX = -3, 8
# Portable mode (resources.PORTABLE_MARKER next to the program): the settings folder is found relative to the
# program at every start, so a USB stick keeps working on any machine and drive letter.
PORTABLE_MARKER = resources.PORTABLE_MARKER


@dataclass(frozen=True)
class Key(Generic[T]):
    name: str
    default: T


WINDOW_GEOMETRY = Key("window/geometry", QByteArray())
WINDOW_STATE = Key("window/state", QByteArray())
SPLITTER_STATE = Key("window/splitter", QByteArray())
LAST_CITY = Key("browse/lastCity", "")
ZOOM = Key("view/zoom", 0)
_INVALID = object()
ALL_KEYS: tuple[Key, ...] = (WINDOW_GEOMETRY, WINDOW_STATE, SPLITTER_STATE, LAST_CITY, ZOOM)


def portable_settings_file() -> Path | None:
    """The settings file of portable mode, or None when the marker is absent."""
    folder = resources.app_dir()
    return folder / "settings" / "cityviewer.ini" if (folder / PORTABLE_MARKER).is_file() else None


def default_store() -> QSettings:
    portable = portable_settings_file()
    if portable is not None:
        return QSettings(str(portable), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME)


def _damaged(path: Path) -> bool:
    """Whether path holds something other than an INI file: Qt reads any bytes without complaint."""
    try:
        data = path.read_bytes()
    except OSError:
        return False  # missing or unreadable: nothing to set aside
    if b"\0" in data:
        return True
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return True
    for line in text.splitlines():
        line = line.strip()
        if line and line[0] not in ";#" and "=" not in line and not (line[0] == "[" and line[-1] == "]"):
            return True
    return False


class Settings:
    """notice is a sentence for the status bar when the settings file had to be set aside, else empty."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or default_store()
        self.notice = ""
        path = Path(self._store.fileName())
        if _damaged(path) or not all(self._valid(key) for key in ALL_KEYS):
            self.notice = self._set_aside(path)

    def _valid(self, key: Key[T]) -> bool:
        return self._read(key) is not _INVALID

    def _read(self, key: Key[T]) -> T | object:
        """The stored value as the key's type, the default when absent, or _INVALID when it is not of that type."""
        if not self._store.contains(key.name):
            return key.default
        value = self._store.value(key.name)
        kind = type(key.default)
        if isinstance(value, kind):
            return value
        if kind is QByteArray:  # window state saved by Qt is always a QByteArray; anything else is damage
            return _INVALID
        try:
            return kind(value)  # type: ignore[call-arg]
        except (TypeError, ValueError):
            return _INVALID

    def _set_aside(self, path: Path) -> str:
        aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.rename(aside)
        except OSError:  # a read-only folder: nothing will be saved over it either; get() falls back to defaults
            return f"The settings file {path} is damaged and could not be set aside; the defaults are used."
        self._store = QSettings(str(path), QSettings.Format.IniFormat)
        return f"The settings file was damaged; it was kept as {aside.name} and the defaults are used."

    def get(self, key: Key[T]) -> T:
        value = self._read(key)
        return key.default if value is _INVALID else value  # type: ignore[return-value]

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
