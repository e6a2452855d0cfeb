"""The window's zoom-in action, triggered again and again on a real window under the offscreen platform, where it
once crashed the interpreter (setHtml while QTextEdit shows or hides its scroll bar: see DetailView._set_html)."""

import os
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    """
    import faulthandler, sys
    faulthandler.enable()
    from PySide6.QtCore import QSettings, QTimer
    from cityviewer.core.dataset import Dataset
    from cityviewer.gui.application import create_application
    from cityviewer.gui.mainwindow import MainWindow
    from cityviewer.gui.settings import Settings

    app = create_application(sys.argv[:1])
    window = MainWindow(Dataset.open(sys.argv[1]), Settings(QSettings(sys.argv[2], QSettings.Format.IniFormat)))
    window.show()
    steps = []

    def zoom():
        window.window_actions.zoom_in.trigger()
        steps.append(window.detail.document().defaultFont().pointSizeF())
        if len(steps) < 8:
            QTimer.singleShot(0, zoom)
        else:
            app.quit()

    QTimer.singleShot(0, zoom)
    app.exec()
    window.shut_down()
    print(" ".join(f"{size:.1f}" for size in steps))
    """
)


def test_the_zoom_in_action_eight_times_on_a_real_window_offscreen(tmp_path, lorvania_db):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(lorvania_db), str(tmp_path / "settings.ini")],
        capture_output=True, text=True, timeout=120, env=env,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr[-3000:]
    sizes = [float(size) for size in result.stdout.split()]
    assert len(sizes) == 8
    assert sizes == sorted(sizes) and sizes[-1] > sizes[0]  # each step larger, up to the largest
