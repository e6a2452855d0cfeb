"""What the first paint needs: the list and the article's text. Everything a later pane or command needs is
imported after it (the start-up's figures are bench/run.py's; this suite keeps no timed test)."""

import json
import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QIcon

# Each is imported when first used or just after the first paint (the comment at each import says where).
LATER = (
    "cityviewer.gui.map.pane",  # the Map tab, when first shown
    "cityviewer.gui.map.render",  # the map and the article's locator map
    "cityviewer.gui.map.locator",  # the article's locator map, just after the first paint
    "cityviewer.core.distances",  # the article's distances, on the dataset thread
    "cityviewer.gui.paper.printing",  # File > Print, Export as PDF, Export Handout
    "cityviewer.gui.paper.commands",  # File > Print, Export..., Edit > Copy... (MainWindow.print_commands)
    "cityviewer.gui.savefolder",  # where a PDF is offered to be saved
    "cityviewer.gui.study.compare",  # Go > Compare Cities
    "cityviewer.gui.populationchart",  # Compare's chart and the handout's cover
    "cityviewer.gui.study.quiz",  # Go > Quiz
    "cityviewer.gui.study.starred",  # View > Starred List
    "cityviewer.gui.study.readinglist",  # File > Export/Import Reading List
    "cityviewer.gui.language",  # View > Language (app.main makes its LanguageSwitcher just after the first paint)
    "cityviewer.gui.about",  # Help > About
    "cityviewer.core.falsefriends",  # the first search with words in it (Dataset._false_friends, FilterBar)
    "cityviewer.core.suggest",  # Did you mean ...?, when a search first finds nothing (Dataset._suggestions)
    "cityviewer.core.paper.colours",  # the colours of paper, when first printed (gui.colours.paper, PAPER)
    "html",  # core.article.escape writes what html.escape does; the html package would load html.entities
    "cityviewer.gui.pseudolocale",  # --lang pseudo, for developers (gui.translations.set_language)
    "cityviewer.gui.articleinterfaces",  # the article for a screen reader, when one first asks (gui.articleaccess)
    "PySide6.QtPrintSupport",
    "PySide6.QtSvg",
    "subprocess",  # only the pseudo-locale runs a program (lupdate)
    "dataclasses",  # the records start-up makes are NamedTuples or plain classes (the Map tab's and paper's are not)
    "copy",  # (imported by dataclasses)
)
# PySide6 classes (each with its enums) the first paint makes none of: gui.style draws our way from its end on (a
# Python override of drawPrimitive or drawControl would convert the first option, and so make every QStyleOption).
# Nor the article's accessible interfaces' classes: a screen reader asks for them (gui.articleinterfaces); nor these.
LATER_QT_TYPES = (
    "QStyleOption",  # (a metric asked with a None option, gui.style's field edge painted with an option, made it)
    "QStyleOptionViewItem",
    "QStyleOptionTab",
    "QStyleOptionHeader",
    "QStyleOptionFrame",
    "QAccessibleWidget",
    "QAccessibleObject",
    "QAccessibleTextInterface",
    "QAccessibleActionInterface",
    "QUrl",  # the article's links and images (gui.detailview)
    "QDockWidget",  # the Starred pane's dock, when first shown (MainWindow.show_starred)
    "QGradient",  # a QBrush built (gui.citymodel gives colours)
)
# Qt's libraries and plugins loaded only when first used (an SVG map export): the windows' icon, set just after
# the first paint, is read from PNGs (resources.WINDOW_ICONS).
LATER_FILES = ("libQt6Svg", "libqsvgicon")


def _started(tmp_path, *args):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-m", "cityviewer", "--exit-when-shown", *args], capture_output=True,
                          text=True, timeout=120, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    return json.loads([line for line in done.stdout.splitlines() if line.startswith("{")][-1])


def test_the_first_paint_imports_nothing_a_later_pane_needs(tmp_path, lorvania_db):
    report = _started(tmp_path, "--dataset", str(lorvania_db))
    assert set(LATER) & set(report["modules"]) == set()
    assert "cityviewer.gui.mainwindow" in report["modules"]  # the report does list what was imported
    loaded = [name for name in report["files"] if any(part in os.path.basename(name) for part in LATER_FILES)]
    assert loaded == []
    assert any("libQt6Widgets" in name for name in report["files"])  # it does list the libraries loaded
    assert set(LATER_QT_TYPES) & set(report["qt_types"]) == set()
    assert "QMainWindow" in report["qt_types"]  # it does list the classes made


def test_the_phases_end_in_order_and_the_article_after_the_first_paint(tmp_path, lorvania_db):
    phases = _started(tmp_path, "--dataset", str(lorvania_db))["phases"]
    order = ["qt", "dataset", "imports", "window", "paint", "article"]
    assert list(phases) == order
    assert [phases[name] for name in order] == sorted(phases.values())


def test_start_up_keeps_no_module_source_in_memory(tmp_path, lorvania_db):
    """PySide6 reads each imported module's source; gui.sourcescan has it keep none (linecache held ~100 files,
    4.5 MiB, before the first paint). The two left are read while shiboken6 itself loads, before it can be asked."""
    kept = _started(tmp_path, "--dataset", str(lorvania_db))["sources_kept"]
    assert [name for name in kept if "/cityviewer/" in name.replace(os.sep, "/")] == []
    assert len(kept) <= 2, kept


def test_the_window_icon_is_set_just_after_the_first_paint(qapp, qtbot, dataset, settings):
    from cityviewer.gui.mainwindow import MainWindow

    qapp.setWindowIcon(QIcon())
    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    assert qapp.windowIcon().isNull()  # not while the window is built
    window.show()
    qtbot.waitUntil(lambda: not qapp.windowIcon().isNull())
    window.shut_down()


# The window, shown, until its icon is set (just after the first paint): what that loaded.
ICON_SET = """
import json, sys, time
from PySide6.QtCore import QEventLoop
from cityviewer.core.dataset import Dataset
from cityviewer.gui.application import create_application, open_window

app = create_application(["cityviewer"])
window = open_window(Dataset.open(sys.argv[1]))
window.show()
deadline = time.monotonic() + 60
while app.windowIcon().isNull() and time.monotonic() < deadline:
    app.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 100)
with open("/proc/self/maps", encoding="utf-8") as maps:
    files = sorted({line.split()[-1] for line in maps if "/" in line})
sizes = sorted(size.width() for size in app.windowIcon().availableSizes())
print(json.dumps({"sizes": sizes, "modules": sorted(sys.modules), "files": files}))
window.shut_down()
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/maps")
def test_the_window_icon_is_read_without_qtsvg(tmp_path, lorvania_db):
    """The icon drawn at each size (resources.WINDOW_ICONS): the SVG would load QtSvg and its icon engine plugin."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path)}
    done = subprocess.run([sys.executable, "-c", ICON_SET, str(lorvania_db)], capture_output=True, text=True,
                          timeout=120, env=env)  # fmt: skip
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.strip().splitlines()[-1])
    assert found["sizes"] == [16, 24, 32, 48, 64, 128, 256]
    assert "PySide6.QtSvg" not in found["modules"]
    assert [name for name in found["files"] if any(part in os.path.basename(name) for part in LATER_FILES)] == []
    assert any("libQt6Gui" in name for name in found["files"])  # it does list the libraries loaded


def test_what_start_up_leaves_for_later_runs_once_the_window_is_painted(qtbot, dataset, settings):
    """first_painted (reading every page of the dataset waits for it, and the window's own later work): nothing
    before the first paint, once after it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cityviewer.gui.mainwindow import MainWindow

    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    ran = []
    window.first_painted.connect(lambda: ran.append(window.isVisible()))
    QApplication.processEvents()
    assert ran == []  # not painted yet: nothing runs
    window.show()
    qtbot.waitUntil(lambda: ran == [True])
    window.repaint()  # painted again
    turned = []
    QTimer.singleShot(0, lambda: turned.append(True))
    qtbot.waitUntil(lambda: turned == [True])  # the event loop's next turn, when it would run again
    assert ran == [True]
    window.shut_down()


def test_whether_the_settings_can_be_saved_is_tried_just_after_the_first_paint(qtbot, dataset, monkeypatch):
    """open_window tries the settings folder with a scratch file (Settings.writable) once the window is painted,
    and says then if it cannot be written: the first paint does not wait for the disk."""
    from PySide6.QtWidgets import QApplication

    from cityviewer.gui import application
    from cityviewer.gui.settings import Settings

    tried, told = [], []
    monkeypatch.setattr(Settings, "writable", lambda _settings: tried.append(True) and False)
    monkeypatch.setattr(application, "tell", lambda _parent, _kind, text: told.append(text))
    window = application.open_window(dataset)
    qtbot.addWidget(window)
    QApplication.processEvents()
    assert tried == []  # not while the window is built, nor before it is painted
    window.show()
    qtbot.waitUntil(lambda: told != [])
    assert tried == [True]
    assert "Settings cannot be saved" in told[0]
    window.shut_down()


def test_the_first_article_is_drawn_once_at_the_width_the_window_gives_it(qtbot, dataset, settings, monkeypatch):
    """Read as the window is built, drawn as it shows: once before the first paint, at the pane's final width.
    Zoomed to 200%, that width puts the facts' labels above their values; drawn as it was read (in two columns: the
    pane had no width yet), the article was drawn again before the first paint."""
    from cityviewer.gui import settings as keys
    from cityviewer.gui.detailview import DetailView
    from cityviewer.gui.mainwindow import MainWindow

    drawn = []
    draw = DetailView._set_html
    monkeypatch.setattr(DetailView, "_set_html", lambda view, html: drawn.append(html) or draw(view, html))
    settings.set(keys.ZOOM, 200)
    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    at_first_paint = []
    window.first_painted.connect(lambda: at_first_paint.append(list(drawn)))
    window.show()
    qtbot.waitUntil(lambda: at_first_paint != [])
    [html] = at_first_paint[0]
    assert "<div class='facts'>" in html  # one column: labels above values
    window.shut_down()


def test_a_returning_users_settings_file_is_not_written_as_the_window_is_built_and_painted(qtbot, dataset, tmp_path):
    """The window sets its zoom and whether the list shows as it is built: set again to what the file holds,
    QSettings wrote the whole file before the first paint."""
    from PySide6.QtCore import QSettings

    from cityviewer.gui.mainwindow import MainWindow
    from cityviewer.gui.settings import Settings

    path = tmp_path / "returning.ini"
    last_time = MainWindow(dataset, Settings(QSettings(str(path), QSettings.Format.IniFormat)))
    qtbot.addWidget(last_time)
    assert last_time.save_state()
    last_time.shut_down()
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    path.unlink()  # what is written from now on makes it again
    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    painted = []
    window.first_painted.connect(lambda: painted.append(True))
    window.show()
    qtbot.waitUntil(lambda: painted == [True])
    assert settings.save()
    assert not path.exists()
    window.shut_down()


def test_the_article_locator_map_is_drawn_without_the_map_panes_model(lorvania_db):
    """The locator draws with gui.map.render alone: the map pane's model and the labels' placement (core.map.model,
    core.map.labels) are imported when the Map tab is first shown, not for the first article's locator map."""
    script = f"""
import json, sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from cityviewer.core.dataset import Dataset
from cityviewer.core.map.basemap import LOCATOR
from cityviewer.gui.colours import paper_map
from cityviewer.gui.map.locator import Locator
dataset = Dataset.open({str(lorvania_db)!r})
place = dataset.map_points()[0]
image = Locator(dataset.info.volume.map, lambda: dataset.basemap(LOCATOR), paper_map()).image(place.longitude,
                                                                                             place.latitude)
print(json.dumps({{"drawn": image is not None and not image.isNull(), "modules": sorted(sys.modules)}}))
"""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert done.returncode == 0, done.stderr
    found = json.loads(done.stdout.splitlines()[-1])
    assert found["drawn"]
    assert {"cityviewer.core.map.model", "cityviewer.core.map.labels"} & set(found["modules"]) == set()


def _first_paint_layouts(qtbot, window) -> tuple[list[int], bool, bool]:
    """The viewport widths at which the article pane laid out a document (its resize events with one in it) up to
    the first paint; whether its scroll bar shows then, and whether the article needs it."""
    from PySide6.QtCore import QEvent, QObject

    detail = window.detail
    seen: list[int] = []

    class Widths(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Resize and not detail.document().isEmpty() and not painted:
                seen.append(watched.width())
            return False

    widths = Widths(detail)
    detail.viewport().installEventFilter(widths)
    painted: list[bool] = []
    window.first_painted.connect(lambda: painted.append(True))
    window.show()
    qtbot.waitUntil(lambda: painted == [True])
    needs_bar = detail.document().size().height() > detail.viewport().height()
    return seen, detail.verticalScrollBar().isVisible(), needs_bar


def test_the_first_article_is_laid_out_beside_its_scroll_bar_once(qtbot, dataset, settings):
    """An article longer than the pane was laid out at the pane's whole width, then again, narrower, when its
    scroll bar appeared (the first paint's dearest resize event): now beside the bar from the start."""
    from cityviewer.gui.mainwindow import MainWindow

    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    widths, bar_shown, needs_bar = _first_paint_layouts(qtbot, window)
    assert needs_bar and bar_shown
    assert widths == []
    window.shut_down()


def test_a_first_article_that_fits_its_pane_shows_no_scroll_bar(qtbot, dataset, settings):
    from cityviewer.gui.mainwindow import MainWindow

    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    window.resize(1024, 4000)  # taller than any article
    _widths, bar_shown, needs_bar = _first_paint_layouts(qtbot, window)
    assert not needs_bar and not bar_shown
    window.shut_down()


def test_an_actions_toolbar_text_follows_its_text_without_a_call_into_python_at_each_change(
    qtbot, dataset, settings, monkeypatch
):
    """An action's toolbar button shows its text without the mnemonic (gui.actions), set as the action is made and
    whenever its text is set again: its changed signal, connected to Python, was called at every change of any
    action (enabled, checked, tips), ~130 times as the window was built."""
    from cityviewer.gui import actions
    from cityviewer.gui.mainwindow import MainWindow

    calls = []
    plain = actions._plain_icon_text
    monkeypatch.setattr(actions, "_plain_icon_text", lambda action: calls.append(action) or plain(action))
    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    made = len(calls)
    assert made == len(set(calls)) > 10  # once for each action, as it was made
    zoom_in, star = window.window_actions.zoom_in, window.window_actions.star
    zoom_in.setEnabled(False)
    zoom_in.setEnabled(True)
    zoom_in.setStatusTip("Larger")
    star.setChecked(not star.isChecked())
    assert len(calls) == made
    zoom_in.setText("Zoom &Larger")
    assert zoom_in.iconText() == "Zoom Larger"
    assert len(calls) == made + 1
    window.shut_down()
