"""The bundled Hangul font: a subset of Noto Sans CJK KR (SIL OFL 1.1) made with fontTools, for machines where no
installed font writes Korean (the app registers it only there: gui.hangulfont).

It holds every modern Hangul syllable (U+AC00-U+D7A3, 11,172), the jamo (conjoining, compatibility and the
extended blocks), the Han characters (Hanja) the dataset's texts use, read from the built dataset, and the
punctuation and Latin letters that go with them (the romanizations' breves and apostrophes). Its family is renamed
"Cityviewer Hangul" (the OFL's Reserved Font Name, "Source", is not used) so that it never stands in for an
installed Noto Sans CJK KR. `cityviewer-data build-font` writes it to resources/fonts/, where it is committed: the
packaging only copies it, and a build machine needs neither fontTools nor the source font. The same source font and
dataset give the same bytes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path

FAMILY = "Cityviewer Hangul"
POSTSCRIPT_NAME = "CityviewerHangul-Regular"
FILE_NAME = "CityviewerHangul-Regular.otf"  # under resources/fonts/, beside OFL.txt
# Debian's fonts-noto-cjk (scripts/dev.sh installs it): a collection, of which the Korean face is taken.
SOURCE_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SOURCE_FAMILY = "Noto Sans CJK KR"

HANGUL_SYLLABLES = range(0xAC00, 0xD7A4)  # 가 .. 힣: 11,172
_BLOCKS = (
    range(0x1100, 0x1200),  # Hangul Jamo (conjoining)
    range(0x3130, 0x3190),  # Hangul Compatibility Jamo (ㄱ, ㅏ)
    range(0xA960, 0xA980),  # Hangul Jamo Extended-A
    range(0xD7B0, 0xD800),  # Hangul Jamo Extended-B
    range(0x0020, 0x007F),  # Basic Latin
    range(0x00A0, 0x0180),  # Latin-1 and Latin Extended-A (ŏ, ŭ of McCune-Reischauer)
    range(0x02B9, 0x02BD),  # modifier letter primes and apostrophes (P'yŏngyang written with ʼ)
    range(0x2000, 0x2070),  # General Punctuation (dashes, quotes, ellipsis)
    range(0x3000, 0x3040),  # CJK Symbols and Punctuation (、。「」〈〉)
    range(0x3200, 0x3300),  # Enclosed CJK Letters (㈜, circled Hangul)
    range(0xFF01, 0xFF5F),  # full-width forms of ASCII
)
# Characters to take from the dataset: those of the scripts the blocks above do not already cover in full.
_HAN = (range(0x3400, 0x4DC0), range(0x4E00, 0xA000), range(0xF900, 0xFB00), range(0x20000, 0x323B0))


def is_han(code_point: int) -> bool:
    return any(code_point in block for block in _HAN)


def dataset_characters(dataset: Path) -> set[int]:
    """Every Han character (Hanja, and the Chinese and Japanese forms of names) in any text of the built dataset."""
    found: set[int] = set()
    connection = sqlite3.connect(f"file:{dataset}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                for (value,) in connection.execute(f'SELECT "{column}" FROM "{table}"'):
                    if isinstance(value, str):
                        found.update(ord(ch) for ch in value if is_han(ord(ch)))
    finally:
        connection.close()
    return found


def required_characters(dataset_chars: Iterable[int]) -> set[int]:
    """What the subset must hold: every syllable and the dataset's Han characters (the blocks are taken as far as
    the source font has them)."""
    return set(HANGUL_SYLLABLES) | set(dataset_chars)


class MissingCharacters(ValueError):
    """The source font lacks characters the subset must hold (a syllable, a Hanja of the dataset)."""

    def __init__(self, source: Path, missing: set[int]) -> None:
        listed = " ".join(f"U+{cp:04X}" for cp in sorted(missing)[:20])
        more = f" and {len(missing) - 20} more" if len(missing) > 20 else ""
        super().__init__(f"{source} lacks {len(missing)} character(s) the subset needs: {listed}{more}")
        self.missing = missing


def build_font(dataset: Path, output_dir: Path, source: Path = SOURCE_FONT) -> Path:
    """Write the subset to output_dir/FILE_NAME and return its path; nothing is written, and MissingCharacters
    raised, when the source font lacks a required character (syllables, the dataset's Han characters)."""
    from fontTools import subset
    from fontTools.ttLib import TTCollection, TTFont

    required = required_characters(dataset_characters(dataset))
    if source.suffix.lower() in (".ttc", ".otc"):
        collection = TTCollection(str(source))
        faces = [face for face in collection.fonts if face["name"].getDebugName(1) == SOURCE_FAMILY]
        if not faces:
            raise ValueError(f"{source}: no face of the family {SOURCE_FAMILY}")
        font: TTFont = faces[0]
    else:
        font = TTFont(str(source))
    cmap = font.getBestCmap()
    missing = {cp for cp in required if cp not in cmap}
    if missing:
        raise MissingCharacters(source, missing)
    wanted = (required | {cp for block in _BLOCKS for cp in block}) & set(cmap)
    options = subset.Options()
    options.layout_features = ["*"]  # the jamo's composing features (ljmo, vjmo, tjmo), vertical forms, kerning
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.recalc_timestamp = False  # the same bytes from the same sources
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=sorted(wanted))
    subsetter.subset(font)
    _rename(font)
    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / FILE_NAME
    font.recalcTimestamp = False  # the source's date, not today's: the same bytes from the same sources
    font.save(str(path), reorderTables=True)
    return path


def _rename(font: object) -> None:
    """The subset's own family name in every name record that names the family or the face."""
    from fontTools.ttLib import TTFont

    assert isinstance(font, TTFont)
    names = font["name"]
    for record in list(names.names):
        if record.nameID in (1, 16):  # family, typographic family
            names.setName(FAMILY, record.nameID, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (4,):  # full name
            names.setName(f"{FAMILY} Regular", 4, record.platformID, record.platEncID, record.langID)
        elif record.nameID in (3,):  # unique id
            version = font["head"].fontRevision
            names.setName(f"{version:.3f};{POSTSCRIPT_NAME}", 3, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 6:
            names.setName(POSTSCRIPT_NAME, 6, record.platformID, record.platEncID, record.langID)
        elif record.nameID == 17:
            names.setName("Regular", 17, record.platformID, record.platEncID, record.langID)
    if "CFF " in font:
        cff = font["CFF "].cff
        old = cff.fontNames[0]
        cff.fontNames = [POSTSCRIPT_NAME]
        top = cff.topDictIndex[0]
        top.FullName = f"{FAMILY} Regular"
        top.FamilyName = FAMILY
        if hasattr(top, "CIDFontName") and top.CIDFontName == old:  # pragma: no cover - depends on the source
            top.CIDFontName = POSTSCRIPT_NAME
