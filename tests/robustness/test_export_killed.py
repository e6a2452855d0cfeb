"""A PDF export killed with SIGKILL at any moment leaves the old file or the new one, never a torn one."""

import datetime
import os
import random
import signal
import subprocess
import sys
import time

from cityviewer.core.dataset import Dataset

WHEN = datetime.datetime(2026, 11, 30, tzinfo=datetime.UTC)
IDS = ["pyongyang", "hamhung", "chongjin", "nampo"]
WRITER = """
import datetime, sys
from pathlib import Path
from PySide6.QtGui import QGuiApplication
app = QGuiApplication([])
from cityviewer.core.dataset import Dataset
from cityviewer.gui.paper.printing import Paper, SheetOptions, export_pdf
dataset, target = Dataset.open(sys.argv[1]), Path(sys.argv[2])
when = datetime.datetime(2026, 11, 30, tzinfo=datetime.UTC)
n = 0
while True:  # with and without a cover, in turn: the old and the new file differ
    n += 1
    export_pdf(dataset, sys.argv[3].split(","), target, SheetOptions(Paper.A4, n % 2 == 0, when))
    print(n, flush=True)
"""


def test_an_export_killed_midway_leaves_the_old_or_the_new_file(qapp, built_db, tmp_path):
    from cityviewer.gui.paper.printing import Paper, SheetOptions, pdf_bytes, read_handout  # Qt: a gui test (qapp)
    from cityviewer.gui.syncreads import SyncRead, sync_read

    dataset = Dataset.open(built_db)
    with sync_read(SyncRead.NO_WINDOW):  # read here, as --export-pdf does with no window
        handout = read_handout(dataset, IDS)
    dataset.close()
    whole = {pdf_bytes(handout, SheetOptions(Paper.A4, cover, WHEN))[0] for cover in (False, True)}
    target = tmp_path / "handout.pdf"
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    rng = random.Random(10)
    for _ in range(10):
        child = subprocess.Popen([sys.executable, str(script), str(built_db), str(target), ",".join(IDS)],
                                 stdout=subprocess.PIPE, text=True,
                                 env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
        child.stdout.readline()  # one export done; kill it at a random moment of the next ones
        time.sleep(rng.uniform(0, 0.4))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        assert target.read_bytes() in whole, "a torn PDF"
    # What a kill can leave is a temporary file beside it (never under the target's name).
    assert all(name == "handout.pdf" or name.endswith(".part") or name == "writer.py" for name in os.listdir(tmp_path))
