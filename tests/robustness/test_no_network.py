"""The app never touches the network: under strace, starting, searching and opening every entry create no socket
but local (AF_UNIX) ones. strace sees what Qt's C++ does too, not only Python."""

import os
import re
import shutil
import subprocess
import sys

import pytest

SESSION = """
import os, sys
from pathlib import Path
from PySide6.QtCore import QEventLoop, QSettings, QTimer
from PySide6.QtWidgets import QApplication
from cityviewer.core.dataset import Dataset
from cityviewer.gui.application import create_application
from cityviewer.gui.background import Op
from cityviewer.gui.mainwindow import MainWindow
from cityviewer.gui.settings import Settings


def settle():  # until what the window asked of its dataset thread has arrived (ops answer in order)
    loop = QEventLoop()
    window.dataset_thread.run(Op(work=lambda _dataset: None, done=lambda _result: loop.quit()))
    QTimer.singleShot(10000, loop.quit)
    loop.exec()


app = create_application(["cityviewer"])
dataset = Dataset.open(sys.argv[1])
window = MainWindow(dataset, Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
window.show()
for query in ["pyongyang", "평양", "steel", "Kaesong"]:
    window.filter_bar.search.setText(query)
    window.filter_bar.flush()
    loop = QEventLoop()
    window.results_changed.connect(loop.quit)
    QTimer.singleShot(5000, loop.quit)
    loop.exec()
pane = window.tabs.show_map()  # the map: outlines and places read from the bundle, drawn, exported
loop = QEventLoop()
pane.loaded.connect(loop.quit)
QTimer.singleShot(10000, loop.quit)
if pane.layer is None:
    loop.exec()
assert pane.layer is not None
for city_id in dataset.entry_ids():
    assert window.show_city(city_id)
    settle()  # its article, read on the dataset thread, drawn
    pane.repaint()
pane.export_svg(sys.argv[2] + ".svg")
pane.export_png(sys.argv[2] + ".png", 2)
window.notes.toggle_star("kaesong")  # stars, notes, the Starred pane and a reading list
window.show_starred()
window.note_editor.edit.setPlainText("a note")
window.notes.export_to(Path(sys.argv[2] + ".json"))
window.show_compare().add_city("rason")  # the Compare and Quiz windows
quiz = window.show_quiz()
settle()  # the quiz's cities, read on the dataset thread, and its first round
quiz.answer(0)
quiz.next_question()
for kind, box in quiz.kinds.items():  # a round of map questions: the quiz's map drawn, a place clicked
    box.setChecked(kind.value == "map")
quiz.start_round(seed=1)
quiz.map.repaint()
quiz.map.chosen.emit(0)
quiz.map.repaint()
# printing: a sheet with its map, a comparison
from cityviewer.gui.paper.printing import Paper, SheetOptions, export_pdf
export_pdf(dataset, ["hyesan"], Path(sys.argv[2] + "-sheet.pdf"), SheetOptions(Paper.A4))
export_pdf(dataset, ["pyongyang", "rason"], Path(sys.argv[2] + "-compared.pdf"), SheetOptions(Paper.A4), compared=True)
window.close()
print("session done")
"""


def _sockets(log: str) -> list[str]:
    return [line for line in log.splitlines() if re.search(r"\bsocket\(|\bconnect\(", line)]


def _traced(tmp_path, *command):
    strace = shutil.which("strace")
    assert strace, "strace is needed: scripts/dev.sh test installs it"
    log = tmp_path / "strace.log"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run([strace, "-f", "-qq", "-e", "trace=socket,connect", "-o", str(log), *command],
                            capture_output=True, text=True, timeout=300, env=env)  # fmt: skip
    assert result.returncode == 0, result.stderr
    return result.stdout, _sockets(log.read_text())


@pytest.mark.gui
def test_self_test_opens_no_network_socket(tmp_path):
    out, calls = _traced(tmp_path, sys.executable, "-m", "cityviewer", "--self-test")
    assert "self-test passed" in out
    assert [c for c in calls if "AF_UNIX" not in c] == []


@pytest.mark.gui
def test_a_browsing_session_opens_no_network_socket(tmp_path, built_db):
    script = tmp_path / "session.py"
    script.write_text(SESSION, encoding="utf-8")
    out, calls = _traced(tmp_path, sys.executable, str(script), str(built_db), str(tmp_path / "s.ini"))
    assert "session done" in out
    assert (tmp_path / "s.ini-compared.pdf").stat().st_size > 0 and (tmp_path / "s.ini-sheet.pdf").stat().st_size > 0
    assert [c for c in calls if "AF_UNIX" not in c] == []


def test_the_check_would_see_a_network_socket(tmp_path):
    """The probe itself works: a program that does open an internet socket is caught."""
    _out, calls = _traced(tmp_path, sys.executable, "-c", "import socket; socket.socket(socket.AF_INET)")
    assert any("AF_INET" in c for c in calls)
