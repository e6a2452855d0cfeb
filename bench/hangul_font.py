#!/usr/bin/env python3
"""What the bundled Hangul font costs at start (gui.hangulfont): the check whether any installed family writes
Korean, and registering the bundled subset where none does.

    python bench/hangul_font.py [--runs N] [--fontconfig FILE]

Each run is a new process (Qt's font database is read once per process): it times QFontDatabase.families(Korean)
right after the QGuiApplication is made (cold: this reads the font database, which the first widget's text reads
anyway) and again after one piece of text has been measured (warm: what the check adds), then
addApplicationFont of the bundled file. --fontconfig runs it under another fontconfig (one whose only folder is
DejaVu's is a machine without a Korean font, where the font is registered). Prints medians, in ms, as JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CHILD = """
import json, sys, time
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics, QGuiApplication
from cityviewer import resources
from cityviewer.gui.hangulfont import FONT

app = QGuiApplication(sys.argv[:1])
mode = sys.argv[1]
if mode == "warm":
    QFontMetrics(QFont()).horizontalAdvance("Pyongyang")  # the font database read, as the first widget reads it
started = time.perf_counter()
korean = QFontDatabase.families(QFontDatabase.WritingSystem.Korean)
checked = time.perf_counter()
QFontDatabase.addApplicationFont(str(resources.path(FONT)))
added = time.perf_counter()
print(json.dumps({"check": (checked - started) * 1000, "register": (added - checked) * 1000,
                  "korean_families": len(korean)}))
"""


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--fontconfig", type=Path, help="a fontconfig file to run under (FONTCONFIG_FILE)")
    args = parser.parse_args()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    if args.fontconfig:
        env["FONTCONFIG_FILE"] = str(args.fontconfig)
    figures: dict[str, object] = {}
    command = [sys.executable, "-c", CHILD]
    for mode in ("cold", "warm"):
        outputs = [subprocess.run([*command, mode], capture_output=True, text=True, check=True, env=env, cwd=ROOT)
                   for _ in range(args.runs)]  # fmt: skip
        runs = [json.loads(output.stdout) for output in outputs]
        figures[f"check_{mode}_ms"] = round(statistics.median(r["check"] for r in runs), 2)
        figures[f"register_after_{mode}_check_ms"] = round(statistics.median(r["register"] for r in runs), 2)
        figures["korean_families"] = runs[0]["korean_families"]
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    sys.exit(main())
