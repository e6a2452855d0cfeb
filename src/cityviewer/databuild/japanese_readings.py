"""The Japanese reading of an entry's Hanja, derived from a reading table, and the check that every entry gives it.

Under Japanese rule (1910-1945) Korean places were called by the Japanese (on'yomi) reading of their Hanja:
平壤 Heijō, 咸鏡南道 Kankyō-nandō. The table (reference/japanese-readings.csv) gives the reading of each character
of the volume's Hanja names, and of the few words whose reading is not the sum of their characters' (元山 Genzan);
derive() reads a name with it, longest entry first, in Hepburn with macrons. Two sound rules apply where two
readings meet: h after n becomes p (新浦 shin + ho: Shinpo), and n before a vowel or y takes an apostrophe.
"""

from __future__ import annotations

import csv
from pathlib import Path
from typing import Any

from cityviewer.core.folding import normalize

TABLE = Path("reference") / "japanese-readings.csv"
# The kinds of other name a Japanese reading is recorded as: japanese-era where the name was in use under Japanese
# rule, hanja-reading where the name is younger than 1945 (Kimchaek, 1951) and its reading only a reading.
READING_KINDS = ("japanese-era", "hanja-reading")
_VOWELS = set("aeiouāēīōūy")


def load_table(path: Path) -> dict[str, str]:
    """Hanja (a character or a word) -> its reading in Hepburn, from the table's CSV."""
    with path.open(encoding="utf-8", newline="") as f:
        return {row["hanja"]: row["reading"] for row in csv.DictReader(f)}


def _join(reading: str, part: str) -> str:
    if part.startswith("-") or not reading or not part:
        return reading + part
    if reading.endswith("n"):
        if part[0] == "h":
            part = "p" + part[1:]
        elif part[0] in _VOWELS:
            part = "'" + part
    return reading + part


def derive(hanja: str, table: dict[str, str]) -> str | None:
    """The Japanese reading of hanja (Hepburn, with macrons, capitalized), or None if a character of it is not in
    the table."""
    longest = max(map(len, table), default=1)
    reading, i = "", 0
    while i < len(hanja):
        for size in range(min(longest, len(hanja) - i), 0, -1):
            if hanja[i : i + size] in table:
                reading = _join(reading, table[hanja[i : i + size]])
                i += size
                break
        else:
            return None
    return reading[:1].upper() + reading[1:] if reading else None


def missing_characters(hanja: str, table: dict[str, str]) -> list[str]:
    """The characters of hanja that no entry of the table covers."""
    return [ch for ch in hanja if ch not in table and not any(ch in word for word in table if len(word) > 1)]


def _own_names(entry: dict[str, Any]) -> set[str]:
    """The entry's names, normalized, but for mere readings of its Hanja."""
    names = entry["names"]
    found = [entry["name"], *(names.get(k) for k in ("mccune_reischauer", "revised_romanization", "dprk"))]
    found += [o["name"] for o in names.get("other", []) if o["kind"] != "hanja-reading"]
    return {normalize(n) for n in found if n}


def _taken_elsewhere(derived: str, where: str, entries: list[tuple[str, dict[str, Any]]]) -> str | None:
    """The other entry whose own name the reading is (平城 Pyongsong reads Heijō, Pyongyang's name), if any."""
    for other, entry in entries:
        if other != where and normalize(derived) in _own_names(entry):
            return other
    return None


def reading_problems(entries: list[tuple[str, dict[str, Any]]], table: dict[str, str]) -> list[str]:
    """Where an entry (given as its file, 'cities/anju.toml', and its document) lacks the reading of its Hanja,
    or writes it otherwise than the table derives it. An entry that answers to the reading already (its own name,
    or one of its romanizations, is the same letters: Manpo) needs no other name for it; nor does an entry whose
    reading is another entry's name (平城 Pyongsong, founded in the 1960s, reads Heijō, Pyongyang's name under
    Japanese rule): a reader typing it means the other, and a name should lead to one place."""
    problems = []
    for where, entry in entries:
        names = entry["names"]
        hanja = names.get("hanja")
        if not hanja:
            continue
        derived = derive(hanja, table)
        if derived is None:
            problems.append(f"{where}: names.hanja: no reading for {''.join(missing_characters(hanja, table))} in"
                            f" {TABLE.as_posix()}")  # fmt: skip
            continue
        readings = [o["name"] for o in names.get("other", []) if o["kind"] in READING_KINDS]
        if derived in readings:
            continue
        close = [r for r in readings if normalize(r) == normalize(derived)]
        if close:
            problems.append(f"{where}: names.other: writes the Japanese reading of {hanja} '{close[0]}', the table"
                            f" derives '{derived}'")  # fmt: skip
        elif normalize(derived) not in _own_names(entry) and not _taken_elsewhere(derived, where, entries):
            kinds = " or ".join(READING_KINDS)
            problems.append(f"{where}: names.other: lacks the Japanese reading of {hanja}, '{derived}' (search"
                            f" folds it to '{normalize(derived)}'), as a {kinds} name")  # fmt: skip
    return problems


def readings(entries: list[tuple[str, dict[str, Any]]], table: dict[str, str]) -> list[str]:
    """One line per entry with Hanja: its file, the Hanja, the derived reading and the form search folds it to."""
    lines = []
    for where, entry in entries:
        hanja = entry["names"].get("hanja")
        if hanja and (derived := derive(hanja, table)):
            other = _taken_elsewhere(derived, where, entries)
            aside = f", not given: the name of {other}" if other and normalize(derived) not in _own_names(entry) else ""
            lines.append(f"{where}: {hanja} {derived} ({normalize(derived)}{aside})")
    return lines
