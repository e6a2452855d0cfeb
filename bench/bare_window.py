"""The baseline for start-up, size and memory: a bare PySide6 window, nothing else. bench/run.py runs it from
source and freezes it with the same PyInstaller as Cityviewer. With --exit-when-shown it reports like Cityviewer's
probe (src/cityviewer/gui/diagnostics/startup_probe.py): the monotonic time of its first paint and its peak memory."""

import contextlib
import json
import resource
import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow


class FirstPaint(QObject):
    def eventFilter(self, watched, event):  # noqa: ANN001, ANN201
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, report)
        return False


def report():  # noqa: ANN201
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    marks["paint"] = time.monotonic()
    with contextlib.suppress(OSError):
        open("/cityviewer-first-paint").close()  # bench/run.py's mark in strace, as in Cityviewer's probe
    print(json.dumps({"shown_at": marks["paint"], "peak_kib": peak_kib, "phases": marks,
                      "modules": sorted(sys.modules)}), flush=True)  # fmt: skip
    QApplication.quit()


marks = {}  # the phases, as Cityviewer's (src/cityviewer/gui/diagnostics/phases.py) name them
app = QApplication(sys.argv[:1])
marks["qt"] = time.monotonic()
window = QMainWindow()
window.setCentralWidget(QLabel("A bare PySide6 window"))
window.resize(1024, 768)
marks["window"] = time.monotonic()
probe = FirstPaint()
if "--exit-when-shown" in sys.argv:
    window.installEventFilter(probe)
window.show()
sys.exit(app.exec())
