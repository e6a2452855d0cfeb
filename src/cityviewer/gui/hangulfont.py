"""The bundled Hangul font, registered where no installed font writes Korean (a Windows without the Korean
language pack, a minimal Linux): there the list, the article, the map and the PDFs would draw every Hangul name as
a box. Where an installed family writes Korean, the system's is used, unless it is the one the subset was cut from
(Noto Sans CJK KR, Debian's and most Linux desktops'): the subset draws the same glyphs from a 2 MB file, where the
system's collection (NotoSansCJK-Regular.ttc, and -Bold.ttc for the bold titles) kept ~6 MiB of a 20 MB file
resident from the first paint on. There the subset is the application font's fallback for Hangul (use_bundled),
before the system's own fallbacks; Hanja and kana the subset lacks still come from the system's collection, when
text shows them.

Measured (bench/hangul_font.py, Debian 12, offscreen): the check costs what Qt's font database costs to read once,
which the first widget pays anyway (12-24 ms cold, 0.06 ms once read); registering the subset (2 MB) 1.1 ms. Both
are done before the first widget, so nothing is drawn twice.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QFontInfo, QGuiApplication

from cityviewer import resources

# The family name inside the bundled file (databuild.hangulfont renames the subset so): printing lists it after the
# installed families, where it stands in only when none of them writes Hangul.
FAMILY = "Cityviewer Hangul"
FONT = "resources/fonts/CityviewerHangul-Regular.otf"
SOURCE_FAMILY = "Noto Sans CJK KR"  # the family the subset was cut from (databuild.hangulfont.SOURCE_FAMILY)

log = logging.getLogger("cityviewer.fonts")


def register_if_needed() -> str | None:
    """Register the bundled Hangul font when no installed family writes Korean, or when the one that does is the
    subset's source (after the QGuiApplication exists, before the first widget); the family registered, or None
    when the system's fonts serve (or the file is missing or unreadable, which is logged: the app works on, with
    boxes for Hangul or with the system's font)."""
    korean = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
    if korean and SOURCE_FAMILY not in korean:
        return None
    path = resources.path(FONT)
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("the bundled Hangul font %s could not be loaded: Hangul will show as boxes", path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not korean:
        log.info("no installed font writes Korean: using the bundled %s", ", ".join(families))
    return families[0] if families else None


def use_bundled(family: str) -> None:
    """Make family the application font's fallback for the characters its own family lacks (Hangul), ahead of the
    system's fallbacks, for every widget and article (which use the application's font). The first family is the
    one the application's font resolves to now (a generic name such as "Sans Serif" would let the second draw Latin
    too)."""
    font = QFont(QGuiApplication.font())
    font.setFamilies([QFontInfo(font).family(), family])
    QGuiApplication.setFont(font)
