"""The bundled Hangul font, registered only where no installed font writes Korean (a Windows without the Korean
language pack, a minimal Linux): there the list, the article, the map and the PDFs would draw every Hangul name as
a box. Where any installed family writes Korean, the system's is used and the bundled one is never loaded.

Measured (bench/hangul_font.py, Debian 12, offscreen): the check costs what Qt's font database costs to read once,
which the first widget pays anyway (12-24 ms cold, 0.06 ms once read); registering the subset (2 MB) 1.1 ms. Both
are done before the first widget, so nothing is drawn twice.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFontDatabase

from cityviewer import resources

# The family name inside the bundled file (databuild.hangulfont renames the subset so): printing lists it after the
# installed families, where it stands in only when none of them writes Hangul.
FAMILY = "Cityviewer Hangul"
FONT = "resources/fonts/CityviewerHangul-Regular.otf"

log = logging.getLogger("cityviewer.fonts")


def system_writes_korean() -> bool:
    """Whether any installed (not application) font family writes Korean."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.Korean))


def register_if_needed() -> str | None:
    """Register the bundled Hangul font when no installed family writes Korean (after the QGuiApplication exists,
    before the first widget); the family registered, or None when the system's fonts serve (or the file is
    missing or unreadable, which is logged: the app works on, with boxes for Hangul)."""
    if system_writes_korean():
        return None
    path = resources.path(FONT)
    font_id = QFontDatabase.addApplicationFont(str(path))
    if font_id < 0:
        log.warning("the bundled Hangul font %s could not be loaded: Hangul will show as boxes", path)
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    log.info("no installed font writes Korean: using the bundled %s", ", ".join(families))
    return families[0] if families else None
