"""The one place settings live: typed keys with defaults, over QSettings (an INI file).

- Saving is atomic (QSettings writes a new file and renames it over the old), so a crash or a killed process leaves
  the old file or the new one, and two instances saving at once take turns (QSettings locks the file).
- A settings folder that cannot be written (a read-only home) is not an error: the app runs with what it has and
  says once that the settings will not be kept.
- A damaged settings file is set aside (renamed, never deleted) and the defaults used, with a notice.
- A settings file that cannot be read (no permission) is left as it is, never written over; the defaults are used,
  with a notice.
- Machine-wide defaults: an administrator may give any key a value for every user of the machine, in the system
  scope (default_system_store: /etc/xdg/Cityviewer/Cityviewer.ini on Linux, HKEY_LOCAL_MACHINE\\Software\\Cityviewer
  on Windows, SYSTEM_DEFAULTS_FILE beside the program in portable mode). That value is the default a user sees
  until they choose their own; a key named in the policy key `policy/locked` (POLICY_LOCKED) keeps the
  administrator's value whatever the user chose, and the user's changes to it are not saved. A key with user=False
  is the administrator's alone (NOTES_EXPORT): a user's file is never read for it. The system scope is only read.
  README "Deploying in a school" lists the keys.
"""

from __future__ import annotations

import logging
import sys
import tempfile
import time
from enum import Enum
from pathlib import Path
from typing import Any, Generic, TypeVar, cast

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings

from cityviewer import APP_NAME, ORGANIZATION, resources

T = TypeVar("T")
log = logging.getLogger(__name__)

# Portable mode (resources.PORTABLE_MARKER next to the program): the settings folder is found relative to the
# program at every start, so a USB stick keeps working on any machine and drive letter.
PORTABLE_MARKER = resources.PORTABLE_MARKER
# Portable mode: the administrator's defaults for every user of this copy, an INI file beside the program.
SYSTEM_DEFAULTS_FILE = "cityviewer-defaults.ini"
# Windows: the administrator's defaults in the registry (the MSI's public properties write them at install time).
WINDOWS_SYSTEM_KEY = "HKEY_LOCAL_MACHINE\\Software\\Cityviewer"


class Key(Generic[T]):
    """A setting: its QSettings name and its default. Any key may be given a machine-wide default (see the module's
    docstring); user=False: only the administrator sets it, a user's own settings file is never read for it. Not
    changed once made; compared by identity. A plain class: a dataclass compiles its methods at import, before the
    first paint."""

    __slots__ = ("default", "name", "user")

    def __init__(self, name: str, default: T, user: bool = True) -> None:
        self.name = name
        self.default = default
        self.user = user


WINDOW_GEOMETRY = Key("window/geometry", QByteArray())
WINDOW_STATE = Key("window/state", QByteArray())
SPLITTER_STATE = Key("window/splitter", QByteArray())
LAST_CITY = Key("browse/lastCity", "")
# The whole window's zoom in percent, 50-300 (gui.zoom); an earlier version's view/zoom (the article's text size in
# steps) is not read. An administrator may set it for every user and lock it, as every key.
ZOOM = Key("view/uiZoom", 100)
# The city shown at start when there is no last city (or always, when locked): an id or any of its names.
START_CITY = Key("browse/startCity", "")
# Whether File > Export Reading List may be used: the administrator's decision alone.
NOTES_EXPORT = Key("notes/exportAllowed", True, user=False)
# The language the volume is read in ("" follows the system; a code such as "ko": app.reading_language).
LANGUAGE = Key("view/language", "")
THEME = Key("view/theme", "system")  # gui.themes: system, light, dark or high-contrast
LIST_SHOWN = Key("view/listShown", True)
# The Quiz window's setup (gui.study.quiz): questions in a round, level (easy, standard, hard), the kinds of question
# ticked (core.quiz.Kind values, comma-separated; "" is the level's own), which cities (all, listed, starred,
# division) and the division (its code).
QUIZ_LENGTH = Key("quiz/length", 10)
QUIZ_LEVEL = Key("quiz/level", "standard")
QUIZ_KINDS = Key("quiz/kinds", "")
QUIZ_SOURCE = Key("quiz/source", "all")
QUIZ_DIVISION = Key("quiz/division", "")
# Edit > Copy Citation's style (core.citation.CitationStyle): plain, apa, mla or chicago.
CITATION_STYLE = Key("edit/citationStyle", "plain")
# The policy: names of keys whose administrator's value wins over the user's ("view/uiZoom, browse/startCity").
POLICY_LOCKED = Key("policy/locked", "", user=False)
_INVALID = object()
_ABSENT = object()
ALL_KEYS: tuple[Key[Any], ...] = (
    WINDOW_GEOMETRY, WINDOW_STATE, SPLITTER_STATE, LAST_CITY, ZOOM, START_CITY, LANGUAGE, THEME, LIST_SHOWN,
    QUIZ_LENGTH, QUIZ_LEVEL, QUIZ_KINDS, QUIZ_SOURCE, QUIZ_DIVISION,
    CITATION_STYLE,
)  # fmt: skip
_TRUE, _FALSE = {"true", "1", "yes", "on"}, {"false", "0", "no", "off"}


def portable_settings_file() -> Path | None:
    """The settings file of portable mode, or None when the marker is absent."""
    folder = resources.app_dir()
    return folder / "settings" / "cityviewer.ini" if (folder / PORTABLE_MARKER).is_file() else None


def default_store() -> QSettings:
    portable = portable_settings_file()
    if portable is not None:
        return QSettings(str(portable), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APP_NAME)


def default_system_store() -> QSettings:
    """Where the administrator's machine-wide defaults are read (never written): beside the program in portable
    mode, the registry's HKLM key on Windows, Qt's system scope elsewhere (/etc/xdg/Cityviewer/Cityviewer.ini)."""
    folder = resources.app_dir()
    if (folder / PORTABLE_MARKER).is_file():
        return QSettings(str(folder / SYSTEM_DEFAULTS_FILE), QSettings.Format.IniFormat)
    if sys.platform == "win32":
        return QSettings(WINDOWS_SYSTEM_KEY, QSettings.Format.NativeFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.SystemScope, ORGANIZATION, APP_NAME)


def _typed(value: object, kind: type) -> object:
    """value as kind, or _INVALID. Booleans come from INI files and the registry as text or numbers."""
    if isinstance(value, kind):
        return value
    if kind is QByteArray:  # window state saved by Qt is always a QByteArray; anything else is damage
        return _INVALID
    if kind is bool:
        text = str(value).strip().lower()
        return True if text in _TRUE else False if text in _FALSE else _INVALID
    if kind is str and isinstance(value, list):  # an INI value with commas is read as a list
        return ", ".join(map(str, value))
    try:
        return kind(value)
    except (TypeError, ValueError):
        return _INVALID


def _read(store: QSettings, key: Key[T]) -> T | object:
    """The stored value as the key's type; _ABSENT, or _INVALID when it is not of that type."""
    if not store.contains(key.name):
        return _ABSENT
    return _typed(store.value(key.name), type(key.default))


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
    """notice is a sentence for the status bar when the settings file could not be used as it was, else empty.
    system: the administrator's machine-wide defaults (default_system_store() when not given). check=False only
    reads (a value read before the window opens): the file is not inspected, nor a damaged one set aside."""

    def __init__(self, store: QSettings | None = None, system: QSettings | None = None, *, check: bool = True) -> None:
        self._store = store or default_store()
        self._store.setFallbacksEnabled(False)  # the system scope is read apart, where the policy says
        self._system = system if system is not None else default_system_store()
        self.notice = ""
        self._keep_off = not check  # True: the file could not be read (or was not checked): never written over
        if not check:
            return
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
        return _read(self._store, key) is not _INVALID

    def _set_aside(self, path: Path) -> str:
        aside = path.with_name(f"{path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            path.rename(aside)
        except OSError:  # a read-only folder: nothing will be saved over it either; get() falls back to defaults
            return QCoreApplication.translate(
                "Settings", "The settings file {path} is damaged and could not be set aside; the defaults are used."
            ).format(path=path)
        self._store = QSettings(str(path), QSettings.Format.IniFormat)
        self._store.setFallbacksEnabled(False)
        return QCoreApplication.translate(
            "Settings", "The settings file was damaged; it was kept as {name} and the defaults are used."
        ).format(name=aside.name)

    def machine_default(self, key: Key[T]) -> T | None:
        """The administrator's value for key, or None when there is none (or it is not of the key's type)."""
        if self._system.value(key.name) == "":  # an empty value (language=) sets nothing
            return None
        value = _read(self._system, key)
        if value is _INVALID:
            log.warning("the machine-wide setting %s in %s is not a %s; ignored", key.name, self._system.fileName(),
                        type(key.default).__name__)  # fmt: skip
        return None if value is _ABSENT or value is _INVALID else cast(T, value)

    def locked(self, key: Key[T]) -> bool:
        """Whether the administrator's value for key wins over the user's (the policy names it, or it is theirs
        alone), when the administrator set one."""
        if not key.user:
            return True
        names = self.machine_default(POLICY_LOCKED) or ""
        return key.name in {name.strip() for name in names.split(",")}

    def get(self, key: Key[T]) -> T:
        """The user's value; the administrator's where the user has none or the administrator locks it; else the
        key's default."""
        admin = self.machine_default(key)
        if admin is not None and self.locked(key):
            return admin
        value = _read(self._store, key) if key.user else _ABSENT
        if value is _ABSENT or value is _INVALID:
            return key.default if admin is None else admin
        return cast(T, value)

    def set(self, key: Key[T], value: T) -> None:
        """Keep the user's value; not for a key the administrator locks (it would never be read). The value the user
        has already is not set again: QSettings would write the whole file anew (the window, built, sets its zoom and
        whether the list shows, and the file was written before its first paint)."""
        locked = key.user and self.locked(key) and self.machine_default(key) is not None
        if key.user and not locked and _read(self._store, key) != value:
            self._store.setValue(key.name, value)

    def save(self) -> bool:
        """Write to disk now; False if the settings could not be saved."""
        if self._keep_off:
            return False
        self._store.sync()
        return self._store.status() == QSettings.Status.NoError

    def location(self) -> str:
        return self._store.fileName()

    def system_location(self) -> str:
        """Where the machine-wide defaults are read from (a file, or a registry key on Windows)."""
        return self._system.fileName()

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
