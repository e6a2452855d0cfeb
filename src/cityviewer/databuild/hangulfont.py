"""The bundled Hangul font: a subset of Noto Sans CJK KR (SIL OFL 1.1) made with fontTools, for machines where no
installed font writes Korean (the app registers it only there: gui.hangulfont).

It holds every modern Hangul syllable (U+AC00-U+D7A3, 11,172), the jamo (conjoining, compatibility and the
extended blocks), the Han characters (Hanja) the dataset's texts use, read from the built dataset, and the
punctuation and Latin letters that go with them (the romanizations' breves and apostrophes). Its family is renamed
"Cityviewer Hangul" (the OFL's Reserved Font Name, "Source", is not used) so that it never stands in for an
installed Noto Sans CJK KR. `cityviewer-data build-font` writes it to resources/fonts/, where it is committed: the
packaging only copies it, and a build machine needs neither fontTools nor the source font. The same source font,
dataset and translations give the same bytes.

Its glyphs are ordered for the memory the app keeps at start: FreeType maps the file and reads each glyph's
charstring and subroutines where they lie, and the kernel makes 64 KiB around each read resident, so syllables
spread through the file made 1.6-1.7 MiB of it resident for the first screen. The glyphs of the dataset's and the
translations' characters come first, then KS X 1001's 2,350 common syllables, then the rest; each font dict's local
subroutines are renumbered in the order those glyphs call them; the tables and Private dicts FreeType and HarfBuzz
read when the face opens lie together. The first screen keeps ~0.5 MiB resident (outlines unchanged).
"""

from __future__ import annotations

import io
import sqlite3
from collections.abc import Iterable
from pathlib import Path

from cityviewer import resources

FAMILY = "Cityviewer Hangul"
POSTSCRIPT_NAME = "CityviewerHangul-Regular"
FILE_NAME = "CityviewerHangul-Regular.otf"  # under resources/fonts/, beside OFL.txt
# Debian's fonts-noto-cjk (scripts/dev.sh installs it): a collection, of which the Korean face is taken.
SOURCE_FONT = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
SOURCE_FAMILY = "Noto Sans CJK KR"
TRANSLATIONS = resources.path("resources/translations")  # the .ts files, whose characters lead the glyph order

# The tables in the file's order: those FreeType and HarfBuzz read whole when the face is opened (the metrics, the
# layout tables) beside the header, so that they share its pages; the CFF outlines last (FreeType reads of them the
# INDEXes' offsets and each glyph it draws). The OpenType spec's recommended order puts CFF before them.
TABLE_ORDER = ["head", "hhea", "maxp", "OS/2", "name", "cmap", "post", "hmtx", "vhea", "vmtx", "VORG", "BASE", "GDEF"]
TABLE_ORDER += ["GPOS", "GSUB", "CFF "]

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
    return {cp for cp in dataset_text(dataset) if is_han(cp)}


def dataset_text(dataset: Path) -> set[int]:
    """Every character in any text of the built dataset (every table, every text column)."""
    found: set[int] = set()
    connection = sqlite3.connect(f"file:{dataset}?mode=ro", uri=True)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            columns = [row[1] for row in connection.execute(f'PRAGMA table_info("{table}")')]
            for column in columns:
                for (value,) in connection.execute(f'SELECT "{column}" FROM "{table}"'):
                    if isinstance(value, str):
                        found.update(map(ord, value))
    finally:
        connection.close()
    return found


def translation_text(folder: Path) -> set[int]:
    """Every character of the translations (the <translation> texts of the .ts files in folder): the window's
    menus, labels and messages in each language."""
    from xml.etree import ElementTree

    found: set[int] = set()
    for path in sorted(folder.glob("*.ts")):
        for element in ElementTree.parse(path).getroot().iter("translation"):
            found.update(map(ord, "".join(element.itertext())))
    return found


def common_syllables() -> list[int]:
    """KS X 1001's 2,350 Hangul syllables (EUC-KR's rows 0xB0-0xC8), those in common use, in 가나다 order."""
    return [ord(bytes((lead, trail)).decode("euc_kr")) for lead in range(0xB0, 0xC9) for trail in range(0xA1, 0xFF)]


def first_characters(dataset_chars: Iterable[int], translation_chars: Iterable[int]) -> list[int]:
    """The characters whose glyphs lead the subset, in this order: the dataset's (the names and texts the first
    screen shows), the translations' (its menus and labels), KS X 1001's common syllables; each in code point
    order, so that only a new character, not a new sentence, changes the font. The rest of the font follows."""
    first: dict[int, None] = dict.fromkeys(sorted(dataset_chars))
    first.update(dict.fromkeys(sorted(translation_chars)))
    first.update(dict.fromkeys(common_syllables()))
    return list(first)


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


def build_font(dataset: Path, output_dir: Path, source: Path = SOURCE_FONT, translations: Path = TRANSLATIONS) -> Path:
    """Write the subset to output_dir/FILE_NAME and return its path; nothing is written, and MissingCharacters
    raised, when the source font lacks a required character (syllables, the dataset's Han characters)."""
    from fontTools import subset
    from fontTools.ttLib import TTCollection, TTFont
    from fontTools.ttLib.ttFont import reorderFontTables

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
    _put_first(font, first_characters(dataset_text(dataset), translation_text(translations)))
    output_dir.mkdir(parents=True, exist_ok=True)
    path = output_dir / FILE_NAME
    font.recalcTimestamp = False  # the source's date, not today's: the same bytes from the same sources
    unordered = io.BytesIO()
    font.save(unordered, reorderTables=False)
    with path.open("wb") as out:
        reorderFontTables(unordered, out, tableOrder=TABLE_ORDER)
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


def _put_first(font: object, first: list[int]) -> None:
    """Reorder the subset's glyphs so that those of first (first_characters) lead, and each local subroutine INDEX
    so that the subroutines those glyphs call lead it too. FreeType maps the font file and reads a glyph's
    charstring and the subroutines it calls where they lie, and the kernel makes the pages around each one resident
    (fault-around, 64 KiB): glyphs and subroutines spread through the file made most of it resident at the first
    screen. Outlines, metrics and layout are unchanged; only the glyph ids and subroutine numbers move."""
    from fontTools.ttLib import TTFont
    from fontTools.ttLib.reorderGlyphs import reorderGlyphs

    assert isinstance(font, TTFont)
    cmap = font.getBestCmap()
    order = font.getGlyphOrder()
    leading = dict.fromkeys([order[0], *(cmap[cp] for cp in first if cp in cmap)])  # .notdef stays glyph 0
    new_order = [*leading, *(name for name in order if name not in leading)]
    if "CFF " not in font:
        reorderGlyphs(font, new_order)
        return
    top = font["CFF "].cff.topDictIndex[0]
    fd_of = dict(zip(order, top.FDSelect.gidArray, strict=True)) if hasattr(top, "FDSelect") else None
    reorderGlyphs(font, new_order)
    if fd_of is not None:  # fontTools writes the FDSelect as it stands: the charstrings' FDs, in the new order
        fds = list(top.FDArray)
        # the font dicts with the fewest local subroutines first: FreeType reads every Private dict when it opens
        # the face, each written with its subroutines after it, so the small ones then lie together
        by_size = sorted(range(len(fds)), key=lambda fd: (len(getattr(fds[fd].Private, "Subrs", [])), fd))
        top.FDArray.items = [fds[fd] for fd in by_size]
        top.FDSelect.gidArray = [by_size.index(fd_of[name]) for name in new_order]
    _reorder_subroutines(font)


def _reorder_subroutines(font: object) -> None:
    """Renumber each Private dict's local subroutines in the order the glyphs (in glyph order) first call them; the
    global subroutines keep their order. A subroutine's number is the operand just before callsubr (fontTools'
    subsetter renumbers them so too); their count, and so the bias, does not change."""
    from fontTools.ttLib import TTFont

    assert isinstance(font, TTFont)
    cff = font["CFF "].cff
    top = cff.topDictIndex[0]
    glyphs = [top.CharStrings[name] for name in font.getGlyphOrder()]
    privates = [fd.Private for fd in top.FDArray] if hasattr(top, "FDArray") else [top.Private]
    for charstring in [*glyphs, *cff.GlobalSubrs, *(s for p in privates for s in getattr(p, "Subrs", []))]:
        charstring.decompile()
    if any("callsubr" in subr.program for subr in cff.GlobalSubrs):  # pragma: no cover - not in Noto Sans CJK
        return  # a global subroutine calls a local one, whose number would depend on the calling glyph's FD
    for private in privates:
        subrs = list(getattr(private, "Subrs", []))
        if not subrs:
            continue
        bias = _bias(len(subrs))
        users = [glyph for glyph in glyphs if glyph.private is private]
        new_index = _first_calls([glyph.program for glyph in users], [subr.program for subr in subrs], bias)
        for program in [glyph.program for glyph in users] + [subr.program for subr in subrs]:
            for i, token in enumerate(program):
                if token == "callsubr":
                    program[i - 1] = new_index[program[i - 1] + bias] - bias
        for charstring in users + subrs:
            charstring.bytecode = None  # compiled again from the program
        ordered = [subrs[0]] * len(subrs)
        for old, new in new_index.items():
            ordered[new] = subrs[old]
        private.Subrs.items = ordered


def _first_calls(programs: list[list[object]], subrs: list[list[object]], bias: int) -> dict[int, int]:
    """Each local subroutine's new number (old -> new): in the order the programs, one after the other, first call
    it, directly or through another subroutine; those none calls keep their order after them."""
    new_index: dict[int, int] = {}

    def visit(program: list[object]) -> None:
        for i, token in enumerate(program):
            if token == "callsubr":
                operand = program[i - 1]
                assert isinstance(operand, int)
                if operand + bias not in new_index:
                    new_index[operand + bias] = len(new_index)
                    visit(subrs[operand + bias])

    for program in programs:
        visit(program)
    for old in range(len(subrs)):
        new_index.setdefault(old, len(new_index))
    return new_index


def _bias(count: int) -> int:
    """The Type 2 charstrings' subroutine number bias for an INDEX of count subroutines."""
    return 107 if count < 1240 else 1131 if count < 33900 else 32768
