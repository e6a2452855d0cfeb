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


def _glyph_ids(font: TTFont, characters: list[int]) -> list[int]:
    cmap = font.getBestCmap()
    return [font.getGlyphID(cmap[cp]) for cp in characters if cp in cmap]


def test_the_first_screens_glyphs_lead_then_the_common_syllables(bundled, built_db):
    """The dataset's and the translations' characters first, then KS X 1001's 2,350 syllables, then the rest: the
    first screen draws from the first pages of the charstrings, not from all of them."""
    dataset = hangulfont.dataset_text(built_db)
    translations = hangulfont.translation_text(hangulfont.TRANSLATIONS)
    order = hangulfont.first_characters(dataset, translations)
    common = hangulfont.common_syllables()
    assert len(common) == 2350 and len(set(common)) == 2350
    assert common[:3] == [ord("가"), ord("각"), ord("간")] and common[-1] == ord("힝")
    assert {ord("평"), ord("양"), ord("平")} <= dataset and {ord("파"), ord("일")} <= translations  # 파일, File
    assert order[: len(dataset)] == sorted(dataset)
    assert set(order) == dataset | translations | set(common)
    leading = _glyph_ids(bundled, order)
    assert leading == sorted(leading)  # in the order first_characters gives
    assert len(leading) > 2350
    rest = set(range(len(bundled.getGlyphOrder()))) - set(leading) - {0}
    assert max(leading) < min(rest)
    assert bundled.getGlyphOrder()[0] == ".notdef"


def _calls(program: list[object], bias: int) -> list[int]:
    return [program[i - 1] + bias for i, token in enumerate(program) if token == "callsubr"]


def test_the_subroutines_the_first_screens_glyphs_call_lead_their_index(bundled, built_db):
    top = bundled["CFF "].cff.topDictIndex[0]
    hangul_first = _glyph_ids(bundled, [ord("평"), ord("양")])
    private = top.CharStrings[bundled.getGlyphOrder()[hangul_first[0]]].private
    subrs = private.Subrs
    bias = hangulfont._bias(len(subrs))
    order = bundled.getGlyphOrder()
    users = [top.CharStrings[order[gid]] for gid in range(len(order)) if top.CharStrings[order[gid]].private is private]
    called: list[int] = []
    for glyph in users[:300]:  # the first 300 glyphs of the Hangul FD, in glyph order
        glyph.decompile()
        pending = _calls(glyph.program, bias)
        while pending:
            index = pending.pop(0)
            if index not in called:
                called.append(index)
                subrs[index].decompile()
                pending = _calls(subrs[index].program, bias) + pending
    assert len(subrs) > 10_000 and len(called) > 100
    assert sorted(called) == list(range(len(called)))  # numbered from 0 in the order they are first called


def test_every_syllable_is_drawn_as_the_source_font_draws_it(bundled):
    """Reordered glyphs and renumbered subroutines, the same outlines and advances (every 7th syllable, the first
    screen's and the rest)."""
    from fontTools.pens.recordingPen import DecomposingRecordingPen
    from fontTools.ttLib import TTCollection

    if not hangulfont.SOURCE_FONT.exists():
        pytest.fail(f"{hangulfont.SOURCE_FONT} is needed (fonts-noto-cjk)")
    source = next(
        face
        for face in TTCollection(str(hangulfont.SOURCE_FONT)).fonts
        if face["name"].getDebugName(1) == hangulfont.SOURCE_FAMILY
    )
    ours_cmap, source_cmap = bundled.getBestCmap(), source.getBestCmap()
    ours_glyphs, source_glyphs = bundled.getGlyphSet(), source.getGlyphSet()
    for cp in [*hangulfont.HANGUL_SYLLABLES[::7], *map(ord, "평양함흥ㄱㅏ–“”、。")]:
        ours = DecomposingRecordingPen(ours_glyphs)
        ours_glyphs[ours_cmap[cp]].draw(ours)
        theirs = DecomposingRecordingPen(source_glyphs)
        source_glyphs[source_cmap[cp]].draw(theirs)
        assert ours.value == theirs.value, chr(cp)
        assert ours_glyphs[ours_cmap[cp]].width == source_glyphs[source_cmap[cp]].width, chr(cp)


def test_what_freetype_reads_when_it_opens_the_face_lies_together(bundled):
    """The metrics and layout tables before the CFF outlines, and every font dict's Private dict (FreeType reads
    each when it opens the face) before the large Hangul subroutine INDEX, not on both sides of it."""
    offsets = {tag: entry.offset for tag, entry in bundled.reader.tables.items()}
    assert max(offsets[tag] for tag in ("hmtx", "vmtx", "GSUB", "GPOS", "cmap")) < offsets["CFF "]
    top = bundled["CFF "].cff.topDictIndex[0]
    sizes = [len(getattr(fd.Private, "Subrs", [])) for fd in top.FDArray]
    assert sizes == sorted(sizes) and sizes[-1] > 10_000
    privates = [fd.rawDict["Private"][1] for fd in top.FDArray]
    assert privates == sorted(privates)
