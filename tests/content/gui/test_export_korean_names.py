"""cityviewer --export-pdf on the shipped dataset: a city named in Hangul or another romanization, in process and
in the real command."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from cityviewer.gui.paper.export_cli import export_from_command_line


def _cityviewer(built_db: Path, *args: str | Path) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY")}
    return subprocess.run([sys.executable, "-m", "cityviewer", "--dataset", str(built_db), *map(str, args)],
                          capture_output=True, text=True, timeout=120, env=environment)  # fmt: skip


def _pages(path: Path) -> int:
    out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def test_cities_by_any_name_on_letter_paper(built_db, tmp_path):
    target = tmp_path / "two cities.pdf"
    done = _cityviewer(built_db, "--export-pdf", target, "--city", "Hamhŭng", "--city", "청진", "--paper", "letter")
    assert done.returncode == 0, done.stderr
    assert "2 sheets" in done.stdout and "letter" in done.stdout
    info = subprocess.run(["pdfinfo", str(target)], capture_output=True, text=True, check=True).stdout
    assert "612 x 792 pts (letter)" in info
    text = subprocess.run(["pdftotext", str(target), "-"], capture_output=True, text=True, check=True).stdout
    assert text.index("Hamhung 함흥") < text.index("Chongjin 청진")
    assert sorted(os.listdir(tmp_path)) == ["two cities.pdf"]


@pytest.mark.parametrize("city", ["kaesong", "개성", "Kaesŏng"])
def test_the_city_on_the_command_line_is_resolved_in_process(qapp, dataset, tmp_path, city):
    target = tmp_path / "k.pdf"
    assert export_from_command_line(dataset, target, [city], False, False, "a4", pytest.fail) == 0
    assert _pages(target) >= 1
