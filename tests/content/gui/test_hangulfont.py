"""The bundled Hangul font: registered where no installed font writes Korean, and then the window's list and the
PDFs draw Hangul with it (proven in a child process under a fontconfig whose only folder is DejaVu's, a machine
without any CJK font, as the app runs there); registered too where the installed one is the subset's source (Noto
Sans CJK KR), and then the window draws Hangul with the subset and never maps the system's collection; not loaded
where another installed font writes Korean."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from pdfs import poppler
from PySide6.QtGui import QFontDatabase

from cityviewer import resources
from cityviewer.gui import hangulfont

DEJAVU = Path("/usr/share/fonts/truetype/dejavu")

# The window on the given dataset, as `cityviewer` opens it; once the list has its rows, each Hangul name in the
# list's name-in-the-volume's-script column is laid out in the list's font, and the family that draws each of its
# glyphs is printed (and whether any glyph is the font's "missing" box, glyph 0), with a picture of the list.
PROBE = """
import json, sys, time
from PySide6.QtCore import QEventLoop, QModelIndex
from PySide6.QtGui import QTextLayout
from cityviewer.core.dataset import Dataset
from cityviewer.gui.application import create_application, open_window
from cityviewer.gui.citymodel import Column

app = create_application(["cityviewer"])
window = open_window(Dataset.open(sys.argv[1]))
window.show()
model = window.table.model()
deadline = time.monotonic() + 60
while model.rowCount(QModelIndex()) == 0 and time.monotonic() < deadline:  # until the dataset thread answers
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
assert model.rowCount(QModelIndex()) > 0, "the list never filled"
names = [model.index(row, Column.LOCAL_NAME).data() for row in range(model.rowCount(QModelIndex()))]
names = [name for name in names if name and any("\\uac00" <= ch <= "\\ud7a3" for ch in name)]
families, boxes = set(), []
for name in names:
    layout = QTextLayout(name, window.table.font())
    layout.beginLayout(); layout.createLine(); layout.endLayout()
    for run in layout.glyphRuns():
        families.add(run.rawFont().familyName())
        if 0 in run.glyphIndexes():
            boxes.append(name)
window.table.viewport().grab().save(sys.argv[2])
print(json.dumps({"names": len(names), "families": sorted(families), "boxes": boxes}))
window.shut_down()
"""


def _no_cjk_environment(tmp_path: Path, *more: Path) -> dict[str, str]:
    """The environment of a machine whose fonts are DejaVu's alone (and those in the folders more)."""
    assert DEJAVU.is_dir(), "fonts-dejavu-core is needed (Qt's runtime packages bring it)"
    config = tmp_path / "fonts.conf"
    folders = "".join(f"<dir>{folder}</dir>" for folder in (DEJAVU, *more))
    config.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n'
        f"<fontconfig>{folders}<cachedir>{tmp_path / 'fontcache'}</cachedir></fontconfig>\n",
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(config), "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}


pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="fontconfig is Linux's")


# Whether the bundled font is registered where an installed font other than its source writes Korean.
OTHER_KOREAN = """
import json, sys
from PySide6.QtGui import QFontDatabase, QGuiApplication
from cityviewer import resources
from cityviewer.gui import hangulfont

app = QGuiApplication(sys.argv[:1])
print(json.dumps({"korean": QFontDatabase.families(QFontDatabase.WritingSystem.Korean),
                  "registered": hangulfont.register_if_needed(), "families": QFontDatabase.families()}))
"""


def test_the_bundled_font_is_not_loaded_where_another_installed_font_writes_korean(tmp_path):
    from fontTools.ttLib import TTFont

    other = TTFont(str(resources.path(hangulfont.FONT)))  # another family writing Korean: the subset, renamed
    for record in other["name"].names:
        if record.nameID in (1, 3, 4, 6, 16):
            record.string = "Other Hangul" if record.nameID != 6 else "OtherHangul-Regular"
    (tmp_path / "installed").mkdir()
    other.save(str(tmp_path / "installed" / "OtherHangul-Regular.otf"))
    result = subprocess.run([sys.executable, "-c", OTHER_KOREAN], capture_output=True, text=True, timeout=120,
                            env=_no_cjk_environment(tmp_path, tmp_path / "installed"))  # fmt: skip
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["korean"] == ["Other Hangul"]
    assert found["registered"] is None
    assert hangulfont.FAMILY not in found["families"]


def test_where_the_subsets_source_writes_korean_the_bundled_font_is_registered(qapp):
    """It draws the same glyphs as the installed Noto Sans CJK KR, from a file a tenth of the size."""
    assert hangulfont.SOURCE_FAMILY in QFontDatabase.families(QFontDatabase.WritingSystem.Korean), (
        "install a Hangul font (fonts-noto-cjk)"
    )
    assert hangulfont.register_if_needed() == hangulfont.FAMILY
    assert hangulfont.FAMILY in QFontDatabase.families()


def test_where_the_subsets_source_writes_korean_the_list_draws_hangul_with_the_bundled_font(tmp_path, built_db):
    picture = tmp_path / "list.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", PROBE, str(built_db), str(picture)], capture_output=True,
                            text=True, timeout=120, env=env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["names"] >= 27
    assert found["families"] == [hangulfont.FAMILY]
    assert not found["boxes"], f"drawn as boxes: {found['boxes']}"


def test_the_first_paint_maps_the_bundled_subset_and_not_the_systems_cjk_collection(tmp_path):
    """The shipped volume's first screen (Hangul in the list, in the article's title, bold in its facts, Hanja):
    the system's Noto CJK collections (NotoSansCJK-Regular.ttc and -Bold.ttc, ~6 MiB resident) stay unmapped."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "cityviewer", "--exit-when-shown", "--lang", "ko"],
                          capture_output=True, text=True, timeout=120, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    files = json.loads([line for line in done.stdout.splitlines() if line.startswith("{")][-1])["files"]
    assert any(name.endswith(Path(hangulfont.FONT).name) for name in files), files
    assert [name for name in files if "NotoSansCJK" in name or "NotoSerifCJK" in name] == []


def test_without_a_korean_font_the_list_draws_hangul_with_the_bundled_font(tmp_path, built_db):
    picture = tmp_path / "list.png"
    result = subprocess.run([sys.executable, "-c", PROBE, str(built_db), str(picture)], capture_output=True,
                            text=True, timeout=120, env=_no_cjk_environment(tmp_path))  # fmt: skip
    assert result.returncode == 0, result.stderr
    found = json.loads(result.stdout.strip().splitlines()[-1])
    assert found["names"] >= 27  # every city's Hangul name, and the provinces'
    assert hangulfont.FAMILY in found["families"]
    assert not found["boxes"], f"drawn as boxes: {found['boxes']}"
    assert picture.stat().st_size > 0


def test_without_a_korean_font_an_exported_pdf_embeds_the_bundled_subset(tmp_path, built_db):
    target = tmp_path / "pyongyang.pdf"
    env = _no_cjk_environment(tmp_path)
    result = subprocess.run([sys.executable, "-m", "cityviewer", "--dataset", str(built_db), "--export-pdf",
                             str(target), "--city", "pyongyang"], capture_output=True, text=True, timeout=120,
                            env=env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    fonts = poppler("pdffonts", target)
    embedded = [line.split() for line in fonts.splitlines()[2:]]
    ours = [row for row in embedded if row[0].endswith("+" + hangulfont.FAMILY.replace(" ", "") + "-Regular")]
    assert ours, fonts
    assert ours[0][-5:-3] == ["yes", "yes"], fonts  # embedded, as a subset
    text = poppler("pdftotext", target, "-")
    assert "평양" in text


def test_the_articles_bold_hangul_asks_for_a_weight_qt_emboldens_the_subset_at(qapp):
    """The subset has a Regular face only: Qt draws it bold from Bold (700) up, and drew a semibold (600) facts label
    in Hangul as regular text, beside the Latin labels in bold."""
    from PySide6.QtGui import QFont, QTextDocument

    from cityviewer.gui.colours import colours_of

    document = QTextDocument()
    document.setDefaultStyleSheet(colours_of().article_css())
    document.setHtml("<table class='facts'><tr><th>한글</th><td>평양</td></tr></table><p class='star'>★ 별표</p>")
    weights = {}
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            weights[fragment.text()] = fragment.charFormat().fontWeight()
            fragments += 1
        block = block.next()
    assert weights["한글"] >= QFont.Weight.Bold
    assert weights["★ 별표"] >= QFont.Weight.Bold
    assert weights["평양"] < QFont.Weight.DemiBold  # the check tells the weights apart


# The app's first screen, as `cityviewer --exit-when-shown` reports it (the first article whole): how much of the
# bundled font's mapping is resident then (/proc/self/pagemap's present bit, page by page), printed before the report.
RESIDENT = """
import json, os, struct, sys
from cityviewer.gui.diagnostics import startup_probe

report = startup_probe.report_and_quit


def resident_then_report(*args):
    pages = 0
    with open("/proc/self/maps") as maps, open("/proc/self/pagemap", "rb") as pagemap:
        for line in maps:
            fields = line.split(maxsplit=5)
            if len(fields) == 6 and fields[5].strip().endswith(sys.argv[1]):
                start, end = (int(bound, 16) for bound in fields[0].split("-"))
                pagemap.seek(start // 4096 * 8)
                entries = pagemap.read((end - start) // 4096 * 8)
                pages += sum(entry >> 63 for (entry,) in struct.iter_unpack("<Q", entries))
    print(json.dumps({"font_resident_kib": pages * 4}), flush=True)
    report(*args)


startup_probe.report_and_quit = resident_then_report
from cityviewer.app import main

sys.exit(main(["--exit-when-shown", "--lang", sys.argv[2]]))
"""


@pytest.mark.parametrize("language", ["en", "ko"])
def test_the_first_screen_keeps_a_fraction_of_the_bundled_font_resident(tmp_path, language):
    """The first screen draws a few hundred syllables: their glyphs and subroutines lie together at the file's start
    (databuild.hangulfont), so most of its pages are never made resident (1.6 MiB of its 2 MB were, in Unicode
    order)."""
    assert os.path.exists("/proc/self/pagemap")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    font = resources.path(hangulfont.FONT)
    done = subprocess.run([sys.executable, "-c", RESIDENT, font.name, language], capture_output=True, text=True,
                          timeout=120, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    found = json.loads([line for line in done.stdout.splitlines() if "font_resident_kib" in line][-1])
    assert 0 < found["font_resident_kib"] < 0.4 * font.stat().st_size / 1024, found
