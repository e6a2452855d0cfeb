"""The one place settings live: typed keys with defaults, over QSettings (an INI file).

- Saving is atomic (QSettings writes a new file and renames it over the old), so a crash or a killed process leaves
  the old file or the new one, and two instances saving at once take turns (QSettings locks the file).
- A settings folder that cannot be written (a read-only home) is not an error: the app runs with what it has and
  says once that the settings will not be kept.
- A damaged settings file is set aside (renamed, never deleted) and the defaults used, with a notice.
- A settings file that cannot be read (no permission) is left as it is, never written over; the defaults are used,
  with a notice.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Final, Generic, Literal, TypeVar

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from cityviewer import APP_NAME, ORGANIZATION, resources

T = TypeVar("T")

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
ZOOM = Key("view/zoom", 0)  # the article's text size of earlier versions, in steps: no longer read (UI_ZOOM)
UI_ZOOM = Key("view/uiZoom", 100)  # the whole window's zoom in percent (gui.zoom)
THEME = Key("view/theme", "system")  # gui.themes: system, light, dark or high-contrast
LIST_SHOWN = Key("view/listShown", True)
ALL_KEYS: tuple[Key[Any], ...] = (
    WINDOW_GEOMETRY, WINDOW_STATE, SPLITTER_STATE, LAST_CITY, ZOOM, UI_ZOOM, THEME, LIST_SHOWN,
)  # fmt: skip


def portable_settings_file() -> Path | None:
    """The settings file of portable mode, or None when the marker is absent."""
    folder = resources.app_dir()
    return folder / "settings" / "cityviewer.ini" if (folder / PORTABLE_MARKER).is_file() else None


def default_store() -> QSettings:
    portable = portable_settings_file()
    if portable is not None:
        return QSettings(str(portable), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME)


class _Invalid(Enum):
    """A stored value that is not of its key's type (a sentinel that mypy can tell apart from any value)."""

    INVALID = "invalid"


_INVALID: Final = _Invalid.INVALID


class FileState(Enum):
    ABSENT = "absent"
    GOOD = "good"
    DAMAGED = "damaged"
    UNREADABLE = "unreadable"


def inspect(path: Path) -> tuple[FileState, str]:
    """Whether path holds an INI file (Qt reads any bytes without complaint), and why not (an OS error's text)."""
    try:
        data = path.read_bytes()
    except (FileNotFoundError, NotADirectoryError):  # no file (a file where its folder should be: no file either)
        return FileState.ABSENT, ""
    except OSError as exc:
        return FileState.UNREADABLE, exc.strerror or str(exc)
    if b"\0" in data:
        return FileState.DAMAGED, ""
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return FileState.DAMAGED, ""
    for line in text.splitlines():
        line = line.strip()
        if line and line[0] not in ";#" and "=" not in line and not (line[0] == "[" and line[-1] == "]"):
            return FileState.DAMAGED, ""
    return FileState.GOOD, ""


class Settings:
    """notice is a sentence for the status bar when the settings file could not be used as it was, else empty."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store or default_store()
        self.notice = ""
        self._keep_off = False  # True: the file could not be read, so it is never written over
        path = Path(self._store.fileName())
        state, reason = inspect(path)
        if state is FileState.UNREADABLE:
            self._keep_off = True
            self.notice = QCoreApplication.translate(
                "Settings",
                "The settings file {path} cannot be read ({reason}); the defaults are used and this session's"
                " settings will not be saved.",
            ).format(path=path, reason=reason)
        elif state is FileState.DAMAGED or not all(self._valid(key) for key in ALL_KEYS):
            self.notice = self._set_aside(path)

    def _valid(self, key: Key[T]) -> bool:
        return self._read(key) is not _INVALID

    def _read(self, key: Key[T]) -> T | Literal[_Invalid.INVALID]:
        """The stored value as the key's type, the default when absent, or _INVALID when it is not of that type."""
        if not self._store.contains(key.name):
            return key.default
        value = self._store.value(key.name)
        kind = type(key.default)
        if isinstance(value, kind):
            return value
        if kind is QByteArray:  # window state saved by Qt is always a QByteArray; anything else is damage
            return _INVALID
        convert: Callable[[object], T] = kind  # int("3"): each key's type makes its value from the INI text
        try:
            return convert(value)
        except (TypeError, ValueError):
            return _INVALID

    def _set_aside(self, path: Path) -> str:
        aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.rename(aside)
        except OSError:  # a read-only folder: nothing will be saved over it either; get() falls back to defaults
            return QCoreApplication.translate(
                "Settings", "The settings file {path} is damaged and could not be set aside; the defaults are used."
            ).format(path=path)
        self._store = QSettings(str(path), QSettings.Format.IniFormat)
        return QCoreApplication.translate(
            "Settings", "The settings file was damaged; it was kept as {name} and the defaults are used."
        ).format(name=aside.name)

    def get(self, key: Key[T]) -> T:
        value = self._read(key)
        return key.default if value is _INVALID else value

    def set(self, key: Key[T], value: T) -> None:
        self._store.setValue(key.name, value)

    def save(self) -> bool:
        """Write to disk now; False if the settings could not be saved."""
        if self._keep_off:
            return False
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
