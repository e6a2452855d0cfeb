"""Regression: PySide6 6.12.0 on CPython 3.11 loses a reference to None in void calls and aborts the interpreter
(see the README, "Versions"). The pinned combination must survive tens of thousands of such calls."""

import subprocess
import sys

SCRIPT = """
import os
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtGui import QPainterPath
from PySide6.QtWidgets import QApplication, QListWidget
app = QApplication([])
path = QPainterPath()
for i in range(100_000):
    path.lineTo(i % 100, i % 37)
widget = QListWidget()
for i in range(20_000):
    widget.addItem(str(i))
print("survived", path.elementCount(), widget.count())
"""


def test_many_void_qt_calls_do_not_crash_the_interpreter():
    result = subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "survived 100000 20000" in result.stdout
