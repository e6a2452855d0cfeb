"""The bundled Hangul font (resources/fonts): what it holds, its licence beside it, and that
`cityviewer-data build-font` makes the committed file again, byte for byte, from the shipped dataset."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from fontTools.ttLib import TTFont

from cityviewer import resources
from cityviewer.databuild import hangulfont
from cityviewer.databuild.cli import main

BUNDLED = resources.path("resources/fonts") / hangulfont.FILE_NAME


@pytest.fixture(scope="module")
def bundled() -> TTFont:
    return TTFont(str(BUNDLED))


def test_it_holds_every_hangul_syllable_and_the_jamo(bundled):
    cmap = bundled.getBestCmap()
    assert len(hangulfont.HANGUL_SYLLABLES) == 11172
    assert all(cp in cmap for cp in hangulfont.HANGUL_SYLLABLES)
    assert all(cp in cmap for cp in range(0x3131, 0x3164))  # the compatibility jamo ㄱ .. ㅣ
    assert all(cp in cmap for cp in range(0x1100, 0x1113))  # the modern leading consonants
    assert all(ch in map(chr, cmap) for ch in "P'yŏngyang Hamhŭng – “” · 、。")


def test_it_holds_every_han_character_the_dataset_uses(bundled, built_db):
    used = hangulfont.dataset_characters(built_db)
    assert len(used) > 50  # the Hanja of every name, and the Chinese and Japanese forms
    assert {ord("平"), ord("壤"), ord("咸"), ord("興")} <= used
    assert used - set(bundled.getBestCmap()) == set()
    assert not any(hangulfont.is_han(cp) and cp not in used for cp in bundled.getBestCmap())  # no other Hanja


def test_it_is_renamed_and_licensed(bundled):
    names = bundled["name"]
    assert names.getDebugName(1) == hangulfont.FAMILY
    assert names.getDebugName(6) == hangulfont.POSTSCRIPT_NAME
    assert "Source" not in hangulfont.FAMILY  # the OFL's Reserved Font Name
    licence = (BUNDLED.parent / "OFL.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence
    assert "Copyright 2014-2021 Adobe" in licence
    assert BUNDLED.stat().st_size < 3_000_000


def test_build_font_makes_the_committed_file_again(tmp_path, capsys):
    dataset = resources.source_data_dir() / "cities.sqlite"
    assert main(["build-font", "--dataset", str(dataset), "--output", str(tmp_path)]) == 0
    assert "MB" in capsys.readouterr().out
    made = tmp_path / hangulfont.FILE_NAME

    def digest(path: Path) -> str:
        return hashlib.sha256(path.read_bytes()).hexdigest()

    assert digest(made) == digest(BUNDLED), "run `cityviewer-data build-font` and commit resources/fonts"


def test_build_font_says_what_the_source_font_lacks(tmp_path, capsys):
    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    assert main(["build-font", "--source-font", str(dejavu), "--output", str(tmp_path)]) == 1
    assert "lacks" in capsys.readouterr().err
    assert not (tmp_path / hangulfont.FILE_NAME).exists()
