"""The Japanese reading of a Hanja name, derived from the reading table, and the check that every entry gives it."""

import pytest

from cityviewer.databuild.cli import main
from cityviewer.databuild.entries import load_sources
from cityviewer.databuild.japanese_readings import TABLE, derive, load_table


@pytest.fixture(scope="module")
def table(source_dir):
    return load_table(source_dir / TABLE)


@pytest.mark.parametrize(
    ("hanja", "reading"),
    [("平壤", "Heijō"), ("咸鏡南道", "Kankyō-nandō"), ("平安北道", "Heian-hokudō"), ("江原道", "Kōgen-dō"),
     ("熙川", "Kisen"), ("新義州", "Shingishū"), ("元山", "Genzan"), ("惠山", "Keizan"), ("新浦", "Shinpo"),
     ("滿浦", "Manpo"), ("開城特別市", "Kaijō"), ("平壤直轄市", "Heijō"), ("沙里院", "Shariin"),
     ("新安州", "Shin'anshū")],
)  # fmt: skip
def test_a_name_is_read_by_the_table_with_its_sound_rules(table, hanja, reading):
    assert derive(hanja, table) == reading


def test_a_character_missing_from_the_table_reads_as_nothing(table):
    assert derive("京城", table) is None


def test_every_shipped_entry_has_its_hanja(source_dir):
    sources = load_sources(source_dir)
    assert [e["id"] for e in [*sources.cities, *sources.divisions] if not e["names"].get("hanja")] == []


def test_the_shipped_entries_give_every_reading(capsys, source_dir):
    assert main(["check", "--source", str(source_dir), "--verbose"]) == 0
    out = capsys.readouterr().out
    assert "reading: cities/huichon.toml: 熙川 Kisen (kisen)" in out
    assert "reading: divisions/south-phyongan.toml: 平安南道 Heian-nandō (heiannando)" in out
    # 平城 reads Heijō, Pyongyang's Japanese-era name: not given to Pyongsong, so the name leads to one place
    assert "reading: cities/pyongsong.toml: 平城 Heijō (heijo, not given: the name of cities/pyongyang.toml)" in out


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_an_entry_without_its_reading_fails_the_check(capsys, sources_copy):
    _edit(sources_copy / "cities" / "huichon.toml", 'name = "Kisen"', 'name = "Kisan"')
    assert main(["check", "--source", str(sources_copy)]) == 1
    err = capsys.readouterr().err
    assert "error: cities/huichon.toml: names.other: lacks the Japanese reading of 熙川, 'Kisen'" in err
    assert "(search folds it to 'kisen')" in err


def test_a_reading_written_otherwise_fails_the_check(capsys, sources_copy):
    _edit(sources_copy / "cities" / "kanggye.toml", 'name = "Kōkai"', 'name = "Kokai"')
    assert main(["check", "--source", str(sources_copy)]) == 1
    err = capsys.readouterr().err
    assert "error: cities/kanggye.toml: names.other: writes the Japanese reading of 江界 'Kokai'" in err


def test_a_hanja_the_table_cannot_read_fails_the_check(capsys, sources_copy):
    _edit(sources_copy / "cities" / "huichon.toml", 'hanja = "熙川"', 'hanja = "熙州京"')
    assert main(["check", "--source", str(sources_copy)]) == 1
    assert "cities/huichon.toml: names.hanja: no reading for 京 in reference/japanese-readings.csv" in (
        capsys.readouterr().err
    )
