"""A reader's favourites and notes ("starred" cities and a note on any entry), and the reading lists a teacher
exports and a class imports. No Qt: the GUI's store (gui/notes.py) keeps them in step with the window.

The file (docs/notes-format.md describes it) is one small JSON object, its entries kept by volume (core.volume:
two volumes may have entries of the same id)::

    {"format": "cityviewer-notes", "version": 2,
     "volumes": {"kp": {"entries": {"pyongyang": {"starred": true, "note": "Visit the Juche Tower"}}}}}

A version 1 file (before volumes, one list of "entries") is read as the entries of the volume that reads it, and
written back as version 2 by the next save: nothing is lost.

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
from enum import Enum
from pathlib import Path
from typing import Any, NamedTuple

from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate, untranslated

FORMAT = "cityviewer-notes"
VERSION = 2
LEGACY = ""  # the volume of a version 1 file's entries: whichever volume reads them
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
        self.text = text  # marked with QT_TRANSLATE_NOOP in the context "Notes" (CONTEXT)
        self.values = values

    def message(self, translate: Translate = untranslated) -> str:
        return translate("Notes", self.text).format(**self.values)


class NoteEntry(NamedTuple):
    starred: bool = False
    note: str = ""

    def is_empty(self) -> bool:
        return not self.starred and not self.note


EMPTY = NoteEntry()


class Notes:
    """Entries by id; an entry neither starred nor with a note is not kept. Immutable: each change is a new Notes.
    A plain class, not a frozen dataclass: those compile their methods at import, before the window's first paint."""

    __slots__ = ("entries",)

    def __init__(self, entries: Mapping[str, NoteEntry] | None = None) -> None:
        self.entries: Mapping[str, NoteEntry] = {} if entries is None else entries

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Notes) and self.entries == other.entries

    def __repr__(self) -> str:
        return f"Notes(entries={self.entries!r})"

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
def _entries_json(notes: Notes) -> dict[str, dict[str, object]]:
    return {entry_id: {"starred": notes.get(entry_id).starred, "note": notes.get(entry_id).note} for entry_id in notes}


def volumes_json(volumes: Mapping[str, Notes]) -> bytes:
    """The file holding the notes of each volume (a volume with none left out)."""
    kept = {volume: {"entries": _entries_json(notes)} for volume, notes in sorted(volumes.items()) if len(notes)}
    document = {"format": FORMAT, "version": VERSION, "volumes": kept}
    return (json.dumps(document, ensure_ascii=False, indent=1, sort_keys=True) + "\n").encode("utf-8")


def to_json(notes: Notes, volume: str = LEGACY) -> bytes:
    """One volume's notes as a file (a reading list)."""
    return volumes_json({volume: notes})


def write(path: Path, notes: Notes, volume: str = LEGACY) -> None:
    """Write one volume's notes to path atomically (the old file or the new one, never a torn one); OSError if it
    cannot be."""
    write_volumes(path, {volume: notes})


def write_volumes(path: Path, volumes: Mapping[str, Notes]) -> None:
    from cityviewer.core.paper.pdffile import write_atomically  # when first saving: start-up does not import it

    write_atomically(path, volumes_json(volumes))


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, value in pairs:
        if key in result:
            raise NotesError(QT_TRANSLATE_NOOP("Notes", "The file names “{key}” twice."), key=_shown(key))
        result[key] = value
    return result


def _refuse_constant(name: str) -> None:
    raise NotesError(QT_TRANSLATE_NOOP("Notes", "The file is not valid JSON ({what} is not a JSON value)."), what=name)


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


def parse(data: bytes, volume: str = LEGACY) -> Notes:
    """The notes of volume in data (a whole file: a version 1 file's are any volume's), or NotesError saying what is
    wrong, or that the file holds only other volumes' notes."""
    return notes_of(parse_volumes(data), volume)


def notes_of(volumes: Mapping[str, Notes], volume: str) -> Notes:
    """volume's notes among a reading list's; NotesError when it holds notes of other volumes only."""
    if volume in volumes:
        return volumes[volume]
    if LEGACY in volumes:
        return volumes[LEGACY]
    if volumes:
        raise NotesError(QT_TRANSLATE_NOOP("Notes", "The reading list is for another volume ({volumes})."),
                         volumes=", ".join(sorted(volumes)))  # fmt: skip
    return Notes()


def parse_volumes(data: bytes) -> dict[str, Notes]:
    """The notes of each volume in data (a whole file), or NotesError saying what is wrong."""
    if len(data) > MAX_BYTES:
        raise NotesError(
            QT_TRANSLATE_NOOP("Notes", "The file is too large for a reading list ({size} MB; at most {limit} MB)."),
            size=round(len(data) / 1024 / 1024, 1),
            limit=MAX_BYTES // 1024 // 1024,
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise NotesError(QT_TRANSLATE_NOOP("Notes", "The file is not text (not UTF-8 at byte {offset})."),
                         offset=exc.start) from None  # fmt: skip
    try:
        document = json.loads(text, object_pairs_hook=_unique_keys, parse_constant=_refuse_constant)
    except RecursionError:
        raise NotesError(
            QT_TRANSLATE_NOOP("Notes", "The file is not a reading list (it is nested too deeply).")
        ) from None
    except ValueError as exc:  # JSONDecodeError, and integers too long to read
        if not isinstance(exc, json.JSONDecodeError):
            raise NotesError(QT_TRANSLATE_NOOP("Notes", "The file is not valid JSON.")) from None
        raise NotesError(QT_TRANSLATE_NOOP("Notes", "The file is not valid JSON (line {line}, column {column})."),
                         line=exc.lineno, column=exc.colno) from None  # fmt: skip
    return _from_document(document)


def _from_document(document: Any) -> dict[str, Notes]:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise NotesError(QT_TRANSLATE_NOOP(
            "Notes", "The file is JSON but not a Cityviewer reading list (it has no \"format\": \"{format}\")."),
            format=FORMAT)  # fmt: skip
    version = document.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise NotesError(QT_TRANSLATE_NOOP("Notes", "The file's format version is missing or not a whole number."))
    if version > VERSION:
        raise NotesError(QT_TRANSLATE_NOOP(
            "Notes", "The file was made by a newer Cityviewer (format version {version}; this one reads {known})."),
            version=version, known=VERSION)  # fmt: skip
    if version == 1:
        return {LEGACY: _notes(document.get("entries"))}
    volumes = document.get("volumes")
    if not isinstance(volumes, dict):
        raise NotesError(QT_TRANSLATE_NOOP("Notes", 'The file has no volumes ("volumes" is not an object).'))
    found: dict[str, Notes] = {}
    for volume, value in volumes.items():
        named = volume == LEGACY or (len(volume) <= MAX_ID_CHARS and _ID.fullmatch(volume))
        if not isinstance(value, dict) or not named:
            raise NotesError(QT_TRANSLATE_NOOP("Notes", "The volume “{volume}” is not a volume's notes."),
                             volume=_shown(volume))  # fmt: skip
        found[volume] = _notes(value.get("entries"))
    if sum(map(len, found.values())) > MAX_ENTRIES:
        raise NotesError(QT_TRANSLATE_NOOP("Notes", "The file has too many entries ({count}; at most {limit})."),
                         count=sum(map(len, found.values())), limit=MAX_ENTRIES)  # fmt: skip
    return found


def _notes(raw: Any) -> Notes:
    if not isinstance(raw, dict):
        raise NotesError(QT_TRANSLATE_NOOP("Notes", 'The file has no list of entries ("entries" is not an object).'))
    if len(raw) > MAX_ENTRIES:
        raise NotesError(QT_TRANSLATE_NOOP("Notes", "The file has too many entries ({count}; at most {limit})."),
                         count=len(raw), limit=MAX_ENTRIES)  # fmt: skip
    entries: dict[str, NoteEntry] = {}
    for entry_id, value in raw.items():
        entry = _entry(entry_id, value)
        if not entry.is_empty():
            entries[entry_id] = entry
    return Notes(entries)


def _entry(entry_id: str, value: Any) -> NoteEntry:
    if len(entry_id) > MAX_ID_CHARS or not _ID.fullmatch(entry_id):
        raise NotesError(QT_TRANSLATE_NOOP("Notes", "“{id}” is not an entry's id."),
                         id=_shown(entry_id))  # fmt: skip
    if not isinstance(value, dict):
        raise NotesError(QT_TRANSLATE_NOOP("Notes", "The entry “{id}” is not an object."), id=entry_id)
    starred, note = value.get("starred", False), value.get("note", "")
    if not isinstance(starred, bool):
        raise NotesError(QT_TRANSLATE_NOOP("Notes", "The entry “{id}”: “starred” is not true or false."), id=entry_id)
    if not isinstance(note, str) or not _valid_text(note):
        raise NotesError(QT_TRANSLATE_NOOP("Notes", "The entry “{id}”: its note is not text."), id=entry_id)
    if len(note) > MAX_NOTE_CHARS:
        raise NotesError(QT_TRANSLATE_NOOP("Notes", "The entry “{id}”: its note is longer than {limit} characters."),
                         id=entry_id, limit=MAX_NOTE_CHARS)  # fmt: skip
    return NoteEntry(starred, note)


def read(path: Path, volume: str = LEGACY) -> Notes:
    """volume's notes in the file at path; NotesError if it is not a notes file (or holds other volumes' only),
    OSError if it cannot be read."""
    return notes_of(read_volumes(path), volume)


def read_volumes(path: Path) -> dict[str, Notes]:
    """The notes of each volume in the file at path; NotesError if it is not a notes file, OSError if it cannot be
    read."""
    with open(path, "rb") as stream:
        data = stream.read(MAX_BYTES + 1)  # a huge file is refused without reading it all
        if len(data) > MAX_BYTES:
            size = os.fstat(stream.fileno()).st_size
            raise NotesError(QT_TRANSLATE_NOOP(
                "Notes", "The file is too large for a reading list ({size} MB; at most {limit} MB)."),
                size=round(size / 1024 / 1024, 1), limit=MAX_BYTES // 1024 // 1024)  # fmt: skip
    return parse_volumes(data)


# -- importing a reading list -------------------------------------------------------------------------
class OnConflict(Enum):
    KEEP = "keep"  # an entry with a note of one's own keeps it
    REPLACE = "replace"  # the imported note replaces it


def conflicts(mine: Notes, theirs: Notes) -> list[str]:
    """The ids whose note differs in both (each has a note): where importing theirs needs a choice."""
    return [i for i in theirs if mine.get(i).note and theirs.get(i).note and mine.get(i).note != theirs.get(i).note]


class Merged(NamedTuple):
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


class Loaded(NamedTuple):
    state: FileState
    notes: Notes
    reason: str = ""  # what is wrong with a damaged or unreadable file (an OS error's text or NotesError's)
    aside: Path | None = None  # where a damaged file was set aside, if it could be


class NotesFile:
    """The reader's notes file at path, for one volume (its id; the file keeps every volume's). load() once at
    start; save(changes) writes this session's changes, keeping the other volumes' notes as they are."""

    def __init__(self, path: Path, volume: str = LEGACY) -> None:
        self.path = Path(path)
        self.volume = volume

    def load(self) -> Loaded:
        """What the file holds. A damaged file is set aside (renamed to *.damaged-DATE, never deleted) and empty
        notes used; an unreadable one is left alone (and save() will not write over it)."""
        try:
            volumes = read_volumes(self.path)
            return Loaded(FileState.GOOD, volumes.get(self.volume) or volumes.get(LEGACY) or Notes())
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
                volumes = read_volumes(self.path)
            except FileNotFoundError:
                volumes = {}
            # A version 1 file's entries are this volume's (the volume that read them); written back as its own.
            notes = volumes.pop(self.volume, None) or volumes.pop(LEGACY, None) or Notes()
            for entry_id, entry in changes.items():
                notes = notes.with_entry(entry_id, entry)
            volumes[self.volume] = notes
            write_volumes(self.path, volumes)
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
