"""The real thing: Qt's xcb platform under Xvfb (the libraries a desktop needs), and a font for Hangul."""

import os
import shutil
import subprocess
import sys

import pytest
from PySide6.QtGui import QFontDatabase, QImage


def test_a_hangul_font_is_installed(qapp):
    assert QFontDatabase.families(QFontDatabase.WritingSystem.Korean), "install a Hangul font (fonts-noto-cjk)"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 and Xvfb are Linux's")
def test_the_window_starts_on_a_real_x_server(tmp_path, lorvania_db):
    xvfb_run = shutil.which("xvfb-run")
    assert xvfb_run, "Xvfb is needed for this test: scripts/dev.sh test installs it"
    target = tmp_path / "window.png"
    env = {**os.environ, "QT_QPA_PLATFORM": "xcb", "HOME": str(tmp_path)}
    result = subprocess.run(
        [xvfb_run, "-a", "-s", "-screen 0 1024x768x24", sys.executable, "-m", "cityviewer",
         "--screenshot", str(target), "--dataset", str(lorvania_db), "--city", "castorby"],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1024, 768)
