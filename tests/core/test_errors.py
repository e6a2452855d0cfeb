"""SQLite's errors sorted by their code into what the person can act on, and bugs, which stay bugs."""

import sqlite3
from pathlib import Path

import pytest

from cityviewer.core.errors import (
    DatasetDamaged,
    DatasetError,
    DatasetInterrupted,
    DatasetLocked,
    DatasetUnreadable,
    DiskFull,
    raise_for,
)

PATH = Path("/data/cities.sqlite")


def sqlite_error(code: int, message: str = "whatever the text says") -> sqlite3.Error:
    error = sqlite3.OperationalError(message)
    error.sqlite_errorcode = code
    return error


@pytest.mark.parametrize(
    ("code", "kind"),
    [
        (sqlite3.SQLITE_CORRUPT, DatasetDamaged),
        (sqlite3.SQLITE_NOTADB, DatasetDamaged),
        (sqlite3.SQLITE_IOERR, DatasetUnreadable),
        (sqlite3.SQLITE_IOERR | (1 << 8), DatasetUnreadable),  # an extended code (SQLITE_IOERR_READ)
        (sqlite3.SQLITE_CANTOPEN, DatasetUnreadable),
        (sqlite3.SQLITE_FULL, DiskFull),
        (sqlite3.SQLITE_BUSY, DatasetLocked),
        (sqlite3.SQLITE_LOCKED, DatasetLocked),
    ],
)
def test_the_code_decides_the_kind_not_the_message(code, kind):
    with pytest.raises(kind) as raised:
        raise_for(sqlite_error(code, "interrupted"), PATH)  # a message that would fool a text match
    assert str(PATH) in str(raised.value) and isinstance(raised.value, DatasetError)


def test_an_interrupt_is_not_an_error():
    with pytest.raises(DatasetInterrupted):
        raise_for(sqlite_error(sqlite3.SQLITE_INTERRUPT, "database disk image is malformed"), PATH)


@pytest.mark.parametrize("code", [sqlite3.SQLITE_ERROR, sqlite3.SQLITE_MISUSE, sqlite3.SQLITE_RANGE, None])
def test_a_bug_is_raised_as_itself(code):
    error = sqlite_error(code) if code is not None else sqlite3.ProgrammingError("Cannot operate on a closed db.")
    with pytest.raises(type(error)) as raised:
        raise_for(error, PATH)
    assert raised.value is error


def test_a_mistake_in_our_sql_is_not_blamed_on_the_dataset(built_db):
    from cityviewer.core.dataset import Dataset

    dataset = Dataset.open(built_db)
    try:
        with pytest.raises(sqlite3.OperationalError) as raised:
            dataset._query("SELECT no_such_column FROM entries")
        assert not isinstance(raised.value, DatasetError)
    finally:
        dataset.close()


def test_the_sentence_is_translated_from_its_template_then_filled_in():
    with pytest.raises(DatasetLocked) as raised:
        raise_for(sqlite_error(sqlite3.SQLITE_BUSY, "database is locked"), PATH)
    assert str(raised.value) == f"The dataset {PATH} is locked by another program (database is locked)."
    translated = raised.value.translated(lambda context, text: f"[{context}] " + text.replace("locked", "verrouillé"))
    assert translated == f"[DatasetError] The dataset {PATH} is verrouillé by another program (database is locked)."
