"""Favourites and notes: the file format, refusing what is not one, importing a reading list, saving."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cityviewer.core import notes as n
from cityviewer.core.notes import FileState, NoteEntry, Notes, NotesError, NotesFile, OnConflict


def _doc(entries: object, **extra: object) -> bytes:
    return json.dumps({"format": n.FORMAT, "version": 1, "entries": entries, **extra}).encode()


def test_a_file_round_trips():
    notes = Notes({"pyongyang": NoteEntry(True, "Juche Tower, 170 m\nline two"), "KP-09": NoteEntry(False, "평양")})
    assert n.parse(n.to_json(notes)) == notes
    document = json.loads(n.to_json(notes))
    assert document["format"] == "cityviewer-notes" and document["version"] == 2
    assert document["volumes"][""]["entries"]["pyongyang"] == {"starred": True, "note": "Juche Tower, 170 m\nline two"}
    assert n.parse(n.to_json(notes, "kp"), "kp") == notes and json.loads(n.to_json(notes, "kp"))["volumes"]["kp"]


def test_a_version_1_file_migrates_to_the_volume_that_reads_it_without_loss(tmp_path):
    """notes.json as Cityviewer wrote it before volumes: every star and note is the reading volume's, and the next
    save writes version 2 with them all under that volume; another volume's notes in the file stay apart."""
    path = tmp_path / "notes.json"
    old = {"pyongyang": {"starred": True, "note": "Juche Tower"}, "KP-09": {"starred": False, "note": "평양"},
           "hamhung": {"starred": True, "note": ""}}  # fmt: skip
    path.write_bytes(_doc(old))
    kp = NotesFile(path, "kp")
    loaded = kp.load()
    assert loaded.state is FileState.GOOD and set(loaded.notes) == set(old)
    kp.save({"wonsan": NoteEntry(True)})
    document = json.loads(path.read_text(encoding="utf-8"))
    assert document["version"] == 2 and set(document["volumes"]) == {"kp"}
    assert set(document["volumes"]["kp"]["entries"]) == {*old, "wonsan"}
    assert document["volumes"]["kp"]["entries"]["pyongyang"] == old["pyongyang"]
    island = NotesFile(path, "lorvania")
    assert len(island.load().notes) == 0  # another volume starts with none of them
    island.save({"pyongyang": NoteEntry(False, "the same id in another volume")})
    assert NotesFile(path, "kp").load().notes.get("pyongyang") == NoteEntry(True, "Juche Tower")
    assert NotesFile(path, "lorvania").load().notes.get("pyongyang").note == "the same id in another volume"


def test_a_reading_list_of_another_volume_is_refused_saying_so():
    data = n.to_json(Notes({"amberlee": NoteEntry(True)}), "lorvania")
    with pytest.raises(NotesError, match=r"another volume \(lorvania\)"):
        n.parse(data, "kp")
    assert n.parse(_doc({"amberlee": {"starred": True}}), "kp").starred_ids() == {"amberlee"}  # version 1: any


def test_empty_entries_are_not_kept():
    notes = Notes().with_entry("kaesong", NoteEntry(True)).with_entry("kaesong", NoteEntry())
    assert len(notes) == 0
    assert n.parse(_doc({"kaesong": {"starred": False, "note": ""}})) == Notes()


def test_starred_ids():
    notes = Notes({"a": NoteEntry(True), "b": NoteEntry(False, "x"), "c": NoteEntry(True, "y")})
    assert notes.starred_ids() == {"a", "c"}


@pytest.mark.parametrize(
    ("data", "says"),
    [
        (b"\xff\xfe junk", "not text"),
        (b"{not json", "not valid JSON (line 1"),
        (b"[1, 2, 3]", "not a Cityviewer reading list"),
        (json.dumps({"type": "FeatureCollection", "features": []}).encode(), "not a Cityviewer reading list"),
        (json.dumps({"format": n.FORMAT, "version": 3, "volumes": {}}).encode(), "newer Cityviewer (format version 3"),
        (json.dumps({"format": n.FORMAT, "version": 2, "entries": {}}).encode(), "no volumes"),
        (json.dumps({"format": n.FORMAT, "version": 2, "volumes": {"a b": {"entries": {}}}}).encode(), "“a b”"),
        (json.dumps({"format": n.FORMAT, "version": "1", "entries": {}}).encode(), "version is missing"),
        (json.dumps({"format": n.FORMAT, "version": 1}).encode(), "no list of entries"),
        (_doc({"../../etc/passwd": {"starred": True}}), "is not an entry's id"),
        (_doc({"kaesong": {"starred": "yes"}}), "“starred” is not true or false"),
        (_doc({"kaesong": {"note": 5}}), "its note is not text"),
        (_doc({"kaesong": {"note": "x" * (n.MAX_NOTE_CHARS + 1)}}), "longer than"),
        (_doc({"kaesong": []}), "is not an object"),
        (_doc({"kaesong": {"note": "a\0b"}}), "its note is not text"),
        (b'{"format": "cityviewer-notes", "version": 1, "entries": {"a": {"note": "\\ud800"}}}', "not text"),
        (b'{"format": "cityviewer-notes", "version": 1, "entries": {"a": {}, "a": {}}}', "names “a” twice"),
        (b'{"format": "cityviewer-notes", "version": NaN, "entries": {}}', "NaN is not a JSON value"),
        (b"[" * 100_000 + b"]" * 100_000, "nested too deeply"),
        (b'{"version": 1' + b"1" * 5000 + b"}", "not valid JSON"),
    ],
)
def test_what_is_not_a_notes_file_is_refused_saying_why(data, says):
    with pytest.raises(NotesError) as caught:
        n.parse(data)
    assert says in caught.value.message()


def test_a_huge_file_is_refused_without_reading_it_all(tmp_path):
    path = tmp_path / "huge.json"
    with open(path, "wb") as out:
        out.truncate(n.MAX_BYTES + 1)  # sparse: 10 MB of nothing costs no disk
    with pytest.raises(NotesError) as caught:
        n.read(path)
    assert "too large" in caught.value.message() and "at most 10 MB" in caught.value.message()


def test_messages_are_translated_in_the_notes_context():
    seen = []

    def translate(context: str, text: str) -> str:
        seen.append(context)
        return text.replace("The file", "Le fichier")

    with pytest.raises(NotesError) as caught:
        n.parse(b"[]")
    assert caught.value.message(translate).startswith("Le fichier is JSON")
    assert seen == ["Notes"]


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
_entry = st.fixed_dictionaries({}, optional={"starred": _json, "note": _json, "other": _json})


@given(
    st.one_of(
        st.binary(max_size=300),
        _json.map(lambda v: json.dumps(v).encode()),
        st.dictionaries(st.text(max_size=20), _entry, max_size=5).map(_doc),
        st.dictionaries(st.from_regex(r"[A-Za-z0-9][A-Za-z0-9_-]{0,10}", fullmatch=True), _entry, max_size=5).map(_doc),
    )
)
def test_hostile_input_is_notes_or_a_clear_refusal(data):
    try:
        notes = n.parse(data)
    except NotesError as exc:
        assert exc.message() and "Traceback" not in exc.message()
        return
    assert n.parse(n.to_json(notes)) == notes  # whatever is accepted can be written and read back


def test_import_adds_stars_and_notes_and_asks_only_on_conflicts():
    mine = Notes({"a": NoteEntry(True, "mine"), "b": NoteEntry(False, "same"), "c": NoteEntry(True)})
    theirs = Notes({"a": NoteEntry(False, "teacher's"), "b": NoteEntry(True, "same"), "c": NoteEntry(False, "read"),
                    "d": NoteEntry(True, "new")})  # fmt: skip
    assert n.conflicts(mine, theirs) == ["a"]
    kept = n.merge(mine, theirs, OnConflict.KEEP)
    assert kept.notes.get("a") == NoteEntry(True, "mine")  # an import never takes a star away
    assert kept.notes.get("b") == NoteEntry(True, "same")
    assert kept.notes.get("c") == NoteEntry(True, "read")
    assert kept.notes.get("d") == NoteEntry(True, "new")
    assert (kept.added, kept.changed, kept.kept) == (1, 2, 1)
    replaced = n.merge(mine, theirs, OnConflict.REPLACE)
    assert replaced.notes.get("a") == NoteEntry(True, "teacher's")
    assert (replaced.added, replaced.changed, replaced.kept) == (1, 3, 0)


def test_saving_writes_changes_over_what_is_on_disk(tmp_path):
    path = tmp_path / "data" / "notes.json"
    assert NotesFile(path).load().state is FileState.ABSENT
    NotesFile(path).save({"a": NoteEntry(True)})
    NotesFile(path).save({"b": NoteEntry(False, "two")})  # another instance's change: a stays
    loaded = NotesFile(path).load()
    assert loaded.state is FileState.GOOD
    assert loaded.notes == Notes({"a": NoteEntry(True), "b": NoteEntry(False, "two")})
    NotesFile(path).save({"a": NoteEntry()})
    assert NotesFile(path).load().notes == Notes({"b": NoteEntry(False, "two")})
    assert [p.name for p in path.parent.iterdir() if not p.name.endswith(".lock")] == ["notes.json"]  # no leftovers


def test_a_damaged_file_is_set_aside_never_deleted(tmp_path):
    path = tmp_path / "notes.json"
    path.write_bytes(b'{"format": "cityviewer-notes", "version": 1, "entries": {"a": {"starred": tr')
    loaded = NotesFile(path).load()
    assert loaded.state is FileState.DAMAGED and "not valid JSON" in loaded.reason
    assert loaded.aside is not None and loaded.aside.name.startswith("notes.json.damaged-")
    assert b'"starred": tr' in loaded.aside.read_bytes()
    assert not path.exists()


def test_an_unreadable_file_is_left_alone(tmp_path, monkeypatch):
    path = tmp_path / "notes.json"
    path.write_bytes(n.to_json(Notes({"a": NoteEntry(True)})))
    kept = path.read_bytes()

    def refused(*args, **kwargs):  # as a file without read permission does (root reads anything: simulated)
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr("cityviewer.core.notes.open", refused, raising=False)  # found before the builtin
    loaded = NotesFile(path).load()
    monkeypatch.undo()
    assert loaded.state is FileState.UNREADABLE and "Permission denied" in loaded.reason
    assert path.read_bytes() == kept  # neither set aside nor written over


def test_a_file_damaged_while_running_is_not_written_over(tmp_path):
    path = tmp_path / "notes.json"
    path.write_bytes(b"garbage")
    with pytest.raises(NotesError):
        NotesFile(path).save({"a": NoteEntry(True)})
    assert path.read_bytes() == b"garbage"


def test_the_format_is_documented():
    doc = (Path(__file__).parents[2] / "docs" / "notes-format.md").read_text(encoding="utf-8")
    assert '"format": "cityviewer-notes"' in doc and f'"version": {n.VERSION}' in doc and '"volumes"' in doc
