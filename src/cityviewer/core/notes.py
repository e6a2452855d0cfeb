"""A reader's favourites and notes ("starred" cities and a note on any entry), and the reading lists a teacher
exports and a class imports. No Qt: the GUI's store (gui/notes.py) keeps them in step with the window.

The file (docs/notes-format.md describes it) is one small JSON object::

    {"format": "cityviewer-notes", "version": 1,
     "entries": {"pyongyang": {"starred": true, "note": "Visit the Juche Tower"}, "KP-09": {"note": "..."}}}

- Reading refuses, with a NotesError naming what is wrong, anything that is not exactly that: a file over
  MAX_BYTES, bytes that are not UTF-8 JSON, JSON from another program, a version from a newer Cityviewer, an
  entry of the wrong shape. A refused file changes nothing.
- Writing is atomic (a temporary file beside it, flushed, fsynced, renamed over it): a crash leaves the old file or
  the new one. save() rereads the file under a lock and applies only this session's changes to it, so two
  instances saving at once lose nothing (the same entry changed in both: the later save wins).
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import sys
import time
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from enum import Enum
from pathlib import Path
from typing import Any

from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate, untranslated

FORMAT = "cityviewer-notes"
VERSION = 1
MAX_BYTES = 10 * 1024 * 1024
MAX_ENTRIES = 100_000
MAX_NOTE_CHARS = 100_000
MAX_ID_CHARS = 100
FILE_NAME = "notes.json"
CONTEXT = "Notes"
_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]*")


class NotesError(Exception):
    """A file that is not a usable notes file; message(translate) says what is wrong, in the reader's language."""

    def __init__(self, text: str, **values: object) -> None:
        super().__init__(text.format(**values))
        self.text = text  # marked with QT_TRANSLATE_NOOP in CONTEXT
        self.values = values

    def message(self, translate: Translate = untranslated) -> str:
        return translate(CONTEXT, self.text).format(**self.values)


@dataclass(frozen=True)
class NoteEntry:
    starred: bool = False
    note: str = ""

    def is_empty(self) -> bool:
        return not self.starred and not self.note


EMPTY = NoteEntry()


@dataclass(frozen=True)
class Notes:
    """Entries by id; an entry neither starred nor with a note is not kept. Immutable: each change is a new Notes."""

    entries: Mapping[str, NoteEntry] = field(default_factory=dict)

    def get(self, entry_id: str) -> NoteEntry:
        return self.entries.get(entry_id, EMPTY)

    def starred_ids(self) -> frozenset[str]:
        return frozenset(entry_id for entry_id, entry in self.entries.items() if entry.starred)

    def with_entry(self, entry_id: str, entry: NoteEntry) -> Notes:
        entries = dict(self.entries)
        if entry.is_empty():
            entries.pop(entry_id, None)
        else:
            entries[entry_id] = entry
        return Notes(entries)

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self.entries))

    def __len__(self) -> int:
        return len(self.entries)


# -- reading and writing the format -------------------------------------------------------------------
def to_json(notes: Notes) -> bytes:
    entries = {}
    for entry_id in notes:
        entry = notes.get(entry_id)
        entries[entry_id] = {"starred": entry.starred, "note": entry.note}
    document = {"format": FORMAT, "version": VERSION, "entries": entries}
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def write(path: Path, notes: Notes) -> None:
    """Write notes to path atomically (the old file or the new one, never a torn one); OSError if it cannot be."""
    from cityviewer.core.pdffile import write_atomically  # when first saving: start-up does not import it

    write_atomically(path, to_json(notes))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise NotesError(QT_TRANSLATE_NOOP(CONTEXT, "The file names “{key}” twice."), key=_shown(key))
        result[key] = value
    return result


def _refuse_constant(name: str) -> None:
    raise NotesError(QT_TRANSLATE_NOOP(CONTEXT, "The file is not valid JSON ({what} is not a JSON value)."), what=name)


def _shown(text: str, limit: int = 40) -> str:
    """text as it may appear in a message: short, and with no character that cannot be shown."""
    text = text.encode("utf-8", "replace").decode("utf-8")
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _valid_text(text: str) -> bool:
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate (\ud800 in JSON): not text
        return False
    return "\0" not in text


def parse(data: bytes) -> Notes:
    """The notes in data (a whole file), or NotesError saying what is wrong."""
    if len(data) > MAX_BYTES:
        raise NotesError(
            QT_TRANSLATE_NOOP(CONTEXT, "The file is too large for a reading list ({size} MB; at most {limit} MB)."),
            size=round(len(data) / 1024 / 1024, 1),
            limit=MAX_BYTES // 1024 // 1024,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotesError(QT_TRANSLATE_NOOP(CONTEXT, "The file is not text (not UTF-8 at byte {offset})."),
                         offset=exc.start) from None  # fmt: skip
    try:
        document = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_refuse_constant)
    except RecursionError:
        raise NotesError(
            QT_TRANSLATE_NOOP(CONTEXT, "The file is not a reading list (it is nested too deeply).")
        ) from None
    except ValueError as exc:  # JSONDecodeError, and integers too long to read
        if not isinstance(exc, json.JSONDecodeError):
            raise NotesError(QT_TRANSLATE_NOOP(CONTEXT, "The file is not valid JSON.")) from None
        raise NotesError(QT_TRANSLATE_NOOP(CONTEXT, "The file is not valid JSON (line {line}, column {column})."),
                         line=exc.lineno, column=exc.colno) from None  # fmt: skip
    return _from_document(document)


def _from_document(document: Any) -> Notes:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise NotesError(QT_TRANSLATE_NOOP(
            CONTEXT, "The file is JSON but not a Cityviewer reading list (it has no \"format\": \"{format}\")."),
            format=FORMAT)  # fmt: skip
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NotesError(QT_TRANSLATE_NOOP(CONTEXT, "The file's format version is missing or not a whole number."))
    if version > VERSION:
        raise NotesError(QT_TRANSLATE_NOOP(
            CONTEXT, "The file was made by a newer Cityviewer (format version {version}; this one reads {known})."),
            version=version, known=VERSION)  # fmt: skip
    raw = document.get("entries")
    if not isinstance(raw, dict):
        raise NotesError(QT_TRANSLATE_NOOP(CONTEXT, 'The file has no list of entries ("entries" is not an object).'))
    if len(raw) > MAX_ENTRIES:
        raise NotesError(QT_TRANSLATE_NOOP(CONTEXT, "The file has too many entries ({count}; at most {limit})."),
                         count=len(raw), limit=MAX_ENTRIES)  # fmt: skip
    entries: dict[str, NoteEntry] = {}
    for entry_id, value in raw.items():
        entry = _entry(entry_id, value)
        if not entry.is_empty():
            entries[entry_id] = entry
    return Notes(entries)


def _entry(entry_id: str, value: Any) -> NoteEntry:
    if len(entry_id) > MAX_ID_CHARS or not _ID.fullmatch(entry_id):
        raise NotesError(QT_TRANSLATE_NOOP(CONTEXT, "The entry “{id}” does not name a city or province."),
                         id=_shown(entry_id))  # fmt: skip
    if not isinstance(value, dict):
        raise NotesError(QT_TRANSLATE_NOOP(CONTEXT, "The entry “{id}” is not an object."), id=entry_id)
    starred, note = value.get("starred", False), value.get("note", "")
    if not isinstance(starred, bool):
        raise NotesError(QT_TRANSLATE_NOOP(CONTEXT, "The entry “{id}”: “starred” is not true or false."), id=entry_id)
    if not isinstance(note, str) or not _valid_text(note):
        raise NotesError(QT_TRANSLATE_NOOP(CONTEXT, "The entry “{id}”: its note is not text."), id=entry_id)
    if len(note) > MAX_NOTE_CHARS:
        raise NotesError(QT_TRANSLATE_NOOP(CONTEXT, "The entry “{id}”: its note is longer than {limit} characters."),
                         id=entry_id, limit=MAX_NOTE_CHARS)  # fmt: skip
    return NoteEntry(starred, note)


def read(path: Path) -> Notes:
    """The notes in the file at path; NotesError if it is not a notes file, OSError if it cannot be read."""
    with open(path, "rb") as stream:
        data = stream.read(MAX_BYTES + 1)  # a huge file is refused without reading it all
        if len(data) > MAX_BYTES:
            size = os.fstat(stream.fileno()).st_size
            raise NotesError(QT_TRANSLATE_NOOP(
                CONTEXT, "The file is too large for a reading list ({size} MB; at most {limit} MB)."),
                size=round(size / 1024 / 1024, 1), limit=MAX_BYTES // 1024 // 1024)  # fmt: skip
    return parse(data)


# -- importing a reading list -------------------------------------------------------------------------
class OnConflict(Enum):
    KEEP = "keep"  # an entry with a note of one's own keeps it
    REPLACE = "replace"  # the imported note replaces it


def conflicts(mine: Notes, theirs: Notes) -> list[str]:
    """The ids whose note differs in both (each has a note): where importing theirs needs a choice."""
    return [i for i in theirs if mine.get(i).note and theirs.get(i).note and mine.get(i).note != theirs.get(i).note]


@dataclass(frozen=True)
class Merged:
    notes: Notes
    added: int  # entries that were not there
    changed: int  # entries that were there and changed (a star or a note added, or a note replaced)
    kept: int  # conflicts where one's own note stayed


def merge(mine: Notes, theirs: Notes, on_conflict: OnConflict) -> Merged:
    """theirs imported into mine: stars are added (an import never takes a star away); a note is taken where mine has
    none; where both have a different note, on_conflict decides."""
    result, added, changed, kept = mine, 0, 0, 0
    for entry_id in theirs:
        own, other = mine.get(entry_id), theirs.get(entry_id)
        note = own.note
        if other.note and other.note != own.note:
            if not own.note or on_conflict is OnConflict.REPLACE:
                note = other.note
            else:
                kept += 1
        entry = NoteEntry(own.starred or other.starred, note)
        if entry != own:
            added += own.is_empty()
            changed += not own.is_empty()
            result = result.with_entry(entry_id, entry)
    return Merged(result, added, changed, kept)


# -- the reader's own file ----------------------------------------------------------------------------
class FileState(Enum):
    ABSENT = "absent"
    GOOD = "good"
    DAMAGED = "damaged"
    UNREADABLE = "unreadable"


@dataclass(frozen=True)
class Loaded:
    state: FileState
    notes: Notes
    reason: str = ""  # what is wrong with a damaged or unreadable file (an OS error's text or NotesError's)
    aside: Path | None = None  # where a damaged file was set aside, if it could be


class NotesFile:
    """The reader's notes file at path. load() once at start; save(changes) writes this session's changes."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)

    def load(self) -> Loaded:
        """What the file holds. A damaged file is set aside (renamed to *.damaged-DATE, never deleted) and empty
        notes used; an unreadable one is left alone (and save() will not write over it)."""
        try:
            return Loaded(FileState.GOOD, read(self.path))
        except (FileNotFoundError, NotADirectoryError):
            return Loaded(FileState.ABSENT, Notes())
        except NotesError as exc:
            return Loaded(FileState.DAMAGED, Notes(), exc.message(), self.set_aside())
        except OSError as exc:
            return Loaded(FileState.UNREADABLE, Notes(), exc.strerror or str(exc))

    def set_aside(self) -> Path | None:
        aside = self.path.with_name(f"{self.path.name}.damaged-{time.strftime('%Y%m%d-%H%M%S')}")
        try:
            self.path.rename(aside)
        except OSError:
            return None
        return aside

    def save(self, changes: Mapping[str, NoteEntry]) -> Notes:
        """Apply changes (an empty NoteEntry removes one) to what the file holds now, and write it atomically,
        under a lock shared with other instances. Returns the notes written (with other instances' changes).
        Raises OSError when it cannot be written, NotesError when the file on disk is no longer a notes file (it
        is not written over)."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with _locked(self.path.with_name(self.path.name + ".lock")):
            try:
                notes = read(self.path)
            except FileNotFoundError:
                notes = Notes()
            for entry_id, entry in changes.items():
                notes = notes.with_entry(entry_id, entry)
            write(self.path, notes)
        return notes


@contextlib.contextmanager
def _locked(lock_path: Path) -> Iterator[None]:
    """An exclusive lock on lock_path between processes; released when the process ends, however it ends."""
    with open(lock_path, "a+b") as lock:
        if sys.platform == "win32":  # pragma: no cover - Windows
            import msvcrt

            while True:
                try:
                    msvcrt.locking(lock.fileno(), msvcrt.LK_LOCK, 1)
                    break
                except OSError:
                    continue
            try:
                yield
            finally:
                lock.seek(0)
                msvcrt.locking(lock.fileno(), msvcrt.LK_UNLCK, 1)
        else:
            import fcntl

            fcntl.flock(lock.fileno(), fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock.fileno(), fcntl.LOCK_UN)
