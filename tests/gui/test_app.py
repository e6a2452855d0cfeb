"""The cityviewer command: switches, self-test, screenshot, and bad datasets told clearly."""

import os
import subprocess
import sys

import pytest
from PySide6.QtGui import QImage

from cityviewer import app, version


def run_cli(*args, cwd=None, env=None):
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    return subprocess.run([sys.executable, "-m", "cityviewer", *args], capture_output=True, text=True, timeout=120,
                          cwd=cwd, env=full_env)  # fmt: skip


def test_version(capsys):
    assert app.main(["--version"]) == 0
    assert capsys.readouterr().out.strip() == f"Cityviewer {version()}"


def test_self_test_passes_and_counts_the_volume(capsys, qapp, lorvania_db, dataset):
    assert app.main(["--self-test", "--dataset", str(lorvania_db)]) == 0
    assert "self-test passed: 6 cities, 2 counties, data test.1" in capsys.readouterr().out  # its word for them


def test_screenshot_writes_a_png_of_the_requested_size(tmp_path, qapp, lorvania_db):
    target = tmp_path / "shot.png"
    island = ["--dataset", str(lorvania_db)]
    assert app.main(["--screenshot", str(target), *island, "--size", "1024x768", "--city", "castorby"]) == 0
    image = QImage(str(target))
    assert (image.width(), image.height()) == (1024, 768)


def test_screenshot_rejects_a_bad_size(tmp_path, qapp, capsys):
    assert app.main(["--screenshot", str(tmp_path / "x.png"), "--size", "big"]) == 1
    assert "--size must look like 1024x768" in capsys.readouterr().err


@pytest.fixture
def shown_dialogs(dialogs):
    return dialogs  # the text of each dialog gui.messages showed


def _bad_datasets(tmp_path, good):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    random = tmp_path / "random.sqlite"
    random.write_bytes(os.urandom(2048))
    truncated = tmp_path / "truncated.sqlite"
    truncated.write_bytes(good.read_bytes()[:5000])
    return {"missing": tmp_path / "missing.sqlite", "empty": empty, "random": random, "truncated": truncated}


def test_a_bad_dataset_shows_a_dialog_in_the_window(tmp_path, lorvania_db, qapp, shown_dialogs, capsys):
    for path in _bad_datasets(tmp_path, lorvania_db).values():
        before = path.read_bytes() if path.exists() else None
        assert app.main(["--dataset", str(path)]) == 2
        assert str(path) in shown_dialogs[-1]
        assert (path.read_bytes() if path.exists() else None) == before
    assert len(shown_dialogs) == 4
    assert "Traceback" not in capsys.readouterr().err


def _with_a_damaged_index(good, tmp_path):
    """A copy of good whose last index page is damaged: it opens (verify=False) and lists, quick_check finds it."""
    import sqlite3

    from cityviewer.core.dataset import Dataset
    from cityviewer.core.errors import DatasetDamaged

    with sqlite3.connect(good) as db:
        (page_size,) = db.execute("PRAGMA page_size").fetchone()
        indexes = "SELECT max(rootpage) FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL"
        (page,) = db.execute(indexes).fetchone()
    data = bytearray(good.read_bytes())
    data[(page - 1) * page_size] = 0  # the b-tree page's type: none that SQLite knows
    damaged = tmp_path / "damaged index.sqlite"
    damaged.write_bytes(bytes(data))
    Dataset.open(damaged, verify=False).close()
    with pytest.raises(DatasetDamaged):
        Dataset.open(damaged).close()
    return damaged


def _main_with_its_windows_closed(argv: list[str], earlier: set[int]) -> int:
    """app.main(argv)'s exit code, its windows (those not in earlier, other tests' by id) closed after it; a check
    that never ends fails the test (exit code 99) instead of hanging it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from cityviewer.gui.mainwindow import MainWindow

    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(lambda: QApplication.exit(99))
    guard.start(60_000)
    try:
        return app.main(argv)
    finally:
        guard.stop()
        for window in QApplication.topLevelWidgets():
            if isinstance(window, MainWindow) and id(window) not in earlier:
                window.shut_down()
                window.hide()
                window.deleteLater()


def test_the_window_shows_before_every_page_is_read_and_a_damaged_one_is_told(tmp_path, lorvania_db, qapp, monkeypatch,
                                                                                   capsys):  # fmt: skip
    """Reading every page (seconds at 100,000 places) runs on a thread of its own while the window shows; a damaged
    page is then said in a dialog, over the window, and the app ends with exit code 2, as at start-up."""
    from PySide6.QtWidgets import QApplication

    from cityviewer.gui import messages
    from cityviewer.gui.mainwindow import MainWindow

    damaged = _with_a_damaged_index(lorvania_db, tmp_path)
    told = []
    earlier = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}  # other tests' windows

    def dialog(cls, parent, title, text, icon):
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        told.append((text, len([w for w in windows if id(w) not in earlier])))

    monkeypatch.setattr(messages.Dialog, "show", classmethod(dialog))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    assert _main_with_its_windows_closed(["--dataset", str(damaged)], earlier) == 2
    assert len(told) == 1
    text, windows_shown = told[0]
    assert str(damaged) in text and "damaged" in text
    assert windows_shown == 1  # the window was up while the pages were read
    assert "Traceback" not in capsys.readouterr().err


def test_every_page_is_read_once_the_first_article_is_whole(lorvania_db, qapp, monkeypatch):
    """The check of every page starts once the first article is whole (its distances and locator map), not at the
    first paint: its thread, malloc arena and connection (~0.3 MiB) do not add to start-up's peak, nor its work to
    the article's."""
    from PySide6.QtWidgets import QApplication

    from cityviewer.core.dataset import Dataset
    from cityviewer.core.errors import DatasetDamaged
    from cityviewer.gui import messages
    from cityviewer.gui.diagnostics import phases
    from cityviewer.gui.mainwindow import MainWindow

    monkeypatch.setattr(phases, "marks", {})  # this run's phases, not an earlier test's
    whole_when_read: list[bool] = []

    def verify_pages(dataset: Dataset) -> None:
        whole_when_read.append(phases.ARTICLE in phases.marks)
        raise DatasetDamaged("damaged", path=dataset.info.path)  # ends the app (exit 2), as a damaged page does

    monkeypatch.setattr(Dataset, "verify_pages", verify_pages)
    monkeypatch.setattr(messages.Dialog, "show", classmethod(lambda *_args: None))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    earlier = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}  # other tests' windows
    assert _main_with_its_windows_closed(["--dataset", str(lorvania_db)], earlier) == 2
    assert whole_when_read == [True]


def test_a_language_chosen_before_the_first_article_is_whole_starts_the_check_at_once(qtbot, window, dataset,
                                                                                       monkeypatch):  # fmt: skip
    """View > Language builds the window again, and its dataset thread's queue is dropped with the old window:
    the check of every page, which waited behind that queue, starts when the language is chosen."""
    from cityviewer.core.dataset import Dataset

    read: list[str] = []
    monkeypatch.setattr(Dataset, "verify_pages", lambda dataset: read.append(str(dataset.info.path)))
    app.verify_while_shown(dataset, window)
    window.shut_down()  # as the language switcher does: what waits on the window's thread is dropped
    window.language_chosen.emit("ko")
    qtbot.waitUntil(lambda: read == [str(dataset.info.path)])


def test_a_bad_dataset_on_the_command_line_is_a_message_and_an_exit_code(tmp_path, lorvania_db):
    for name, path in _bad_datasets(tmp_path, lorvania_db).items():
        result = run_cli("--self-test", "--dataset", str(path))
        assert result.returncode == 2, name
        assert result.stderr.startswith("cityviewer: The "), result.stderr
        assert "Traceback" not in result.stderr


def test_runs_from_a_hangul_folder_with_spaces(tmp_path, lorvania_db):
    folder = tmp_path / "교실 자료 (읽기 전용)"
    folder.mkdir()
    target = folder / "cities.sqlite"
    target.write_bytes(lorvania_db.read_bytes())
    result = run_cli("--self-test", "--dataset", str(target), cwd=folder)
    assert result.returncode == 0, result.stderr
    assert sorted(p.name for p in folder.iterdir()) == ["cities.sqlite"]


def test_excepthook_logs_and_shows_plain_words(qapp, shown_dialogs, monkeypatch, caplog):
    from cityviewer.gui.application import install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        sys.excepthook(*sys.exc_info())
    assert "Something unexpected went wrong: boom" in shown_dialogs[-1]
    assert "Traceback" not in shown_dialogs[-1]
    assert "RuntimeError: boom" in caplog.text


def test_unwritable_settings_folder_is_told_not_fatal(tmp_path, qapp, caplog, lorvania_db):
    from PySide6.QtCore import QSettings

    blocker = tmp_path / "home is read-only"
    blocker.write_text("a file where the settings folder should be")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(blocker))
    assert app.main(["--screenshot", str(tmp_path / "shot.png"), "--dataset", str(lorvania_db)]) == 0
    assert "Settings cannot be saved" in caplog.text


def test_self_test_fails_when_the_maps_outlines_are_missing(capsys, qapp, monkeypatch, lorvania_db):
    monkeypatch.setattr("cityviewer.core.dataset.Dataset.basemap", lambda _dataset, _name: None)
    assert app.main(["--self-test", "--dataset", str(lorvania_db)]) != 0
    assert "cannot read the map outlines" in capsys.readouterr().err


def test_the_city_to_open_may_be_given_by_any_of_its_names(tmp_path, qapp, capsys, monkeypatch, lorvania_db):
    from cityviewer.gui.mainwindow import MainWindow

    shown = []
    original = MainWindow.show_city
    monkeypatch.setattr(MainWindow, "show_city", lambda self, city_id: shown.append(city_id) or original(self, city_id))
    island = ["--dataset", str(lorvania_db)]
    assert app.main(["--screenshot", str(tmp_path / "a.png"), *island, "--city", "Castor's Landing"]) == 0
    assert "castorby" in shown and capsys.readouterr().err == ""
    assert app.main(["--screenshot", str(tmp_path / "b.png"), *island, "--city", "Dunmre"]) == 0  # still opens
    err = capsys.readouterr().err
    assert "Dunmre" in err and "Dunmere" in err  # what was asked, and the closest name offered


def test_the_volume_is_read_in_the_chosen_language_else_the_systems(tmp_path, qapp, monkeypatch, lorvania_db):
    """view/language (the user's, else the administrator's) decides the language the volume is read in; with none
    set, the system's; the window's dataset thread reads in the same language."""
    from PySide6.QtCore import QLocale, QSettings

    from cityviewer.core.dataset import Dataset
    from cityviewer.gui import settings

    user = QSettings(str(tmp_path / "user.ini"), QSettings.Format.IniFormat)
    system = QSettings(str(tmp_path / "system.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(settings, "default_store", lambda: user)
    monkeypatch.setattr(settings, "default_system_store", lambda: system)
    assert app.reading_language() == QLocale().name().split("_")[0]
    system.setValue("view/language", "ko")
    assert app.reading_language() == "ko"
    user.setValue("view/language", "en")
    assert app.reading_language() == "en"
    system.setValue("policy/locked", "view/language")  # the administrator's, where locked, as the window reads it
    assert app.reading_language() == "ko"
    dataset = Dataset.open(lorvania_db, language="ko")
    try:
        assert dataset.info.volume.language == "ko"
    finally:
        dataset.close()


def test_the_settings_are_read_once_for_the_interfaces_and_the_volumes_language(capsys, qapp, monkeypatch,
                                                                                   lorvania_db):  # fmt: skip
    """view/language gives both languages: start-up reads the settings for it once (the window reads its own)."""
    from cityviewer.gui import settings

    made = []
    real_init = settings.Settings.__init__

    def counted(self, *args, **kwargs):
        made.append(kwargs.get("check", True))
        real_init(self, *args, **kwargs)

    monkeypatch.setattr(settings.Settings, "__init__", counted)
    assert app.main(["--self-test", "--dataset", str(lorvania_db)]) == 0  # no window: only the language is read
    assert made == [False]


@pytest.mark.parametrize("argv", [[], ["--exit-when-shown"]])
def test_a_start_without_switches_has_the_parsers_defaults_without_building_it(argv, monkeypatch):
    """A double-click gives no switches: app._arguments gives what the parser would, without argparse's parser."""
    parsed = vars(app._parser().parse_args(argv))
    monkeypatch.setattr(app, "_parser", lambda: pytest.fail("the parser was built"))
    assert vars(app._arguments(argv)) == parsed


def test_any_other_switch_is_parsed(capsys):
    assert vars(app._arguments(["--exit-when-shown", "--lang", "ko"]))["lang"] == "ko"
    with pytest.raises(SystemExit):
        app._arguments(["--no-such-switch"])
    assert "unrecognized arguments: --no-such-switch" in capsys.readouterr().err
