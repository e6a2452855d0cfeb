"""Settings survive being killed mid-save, two instances at once, and a damaged file."""

import os
import random
import signal
import subprocess
import sys
import time

from PySide6.QtCore import QSettings

from cityviewer.gui import settings as keys
from cityviewer.gui.settings import Settings

WRITER = """
import sys
from PySide6.QtCore import QCoreApplication, QSettings
from cityviewer.gui.settings import Key, Settings
app = QCoreApplication([])
path, prefix, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
generation = 0
while rounds == 0 or generation < rounds:
    generation += 1
    settings = Settings(QSettings(path, QSettings.Format.IniFormat))
    for n in range(300):
        settings.set(Key(f"{prefix}/k{n:03d}", ""), f"{generation}:" + "x" * 60)
    assert settings.save()
    del settings
    print(generation, flush=True)
"""


def _generations(path, prefix):
    store = QSettings(str(path), QSettings.Format.IniFormat)
    values = [store.value(f"{prefix}/k{n:03d}") for n in range(300)]
    return {v.split(":")[0] if isinstance(v, str) else repr(v) for v in values}


def test_a_save_killed_midway_leaves_the_old_or_the_new_file(tmp_path):
    path = tmp_path / "settings.ini"
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    rng = random.Random(7)
    for _ in range(12):
        child = subprocess.Popen([sys.executable, str(script), str(path), "w", "0"], stdout=subprocess.PIPE,
                                 text=True, env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})  # fmt: skip
        child.stdout.readline()  # one complete save, then kill it at a random moment of the next ones
        time.sleep(rng.uniform(0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        found = _generations(path, "w")
        assert len(found) == 1 and found.pop().isdigit(), "a torn settings file"
        assert not Settings(QSettings(str(path), QSettings.Format.IniFormat)).notice


def test_two_instances_saving_at_once_lose_nothing(tmp_path):
    path = tmp_path / "settings.ini"
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    children = [subprocess.Popen([sys.executable, str(script), str(path), prefix, "40"], stdout=subprocess.DEVNULL,
                                 env=env) for prefix in ("a", "b")]  # fmt: skip
    assert [c.wait(timeout=300) for c in children] == [0, 0]
    assert _generations(path, "a") == {"40"}
    assert _generations(path, "b") == {"40"}


def test_a_damaged_file_is_set_aside_and_defaults_used(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_bytes(b"[view]\nuiZoom=250\n\x00\x93\xff garbage from a bad disk")
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert "damaged" in settings.notice
    assert settings.get(keys.ZOOM) == 100
    aside = [p for p in tmp_path.iterdir() if p.name.startswith("settings.ini.damaged-")]
    assert len(aside) == 1 and b"garbage" in aside[0].read_bytes()  # kept, not deleted
    settings.set(keys.ZOOM, 200)
    assert settings.save()
    assert Settings(QSettings(str(path), QSettings.Format.IniFormat)).get(keys.ZOOM) == 200


def test_a_value_of_the_wrong_kind_counts_as_damage(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("[view]\nuiZoom=huge\n", encoding="utf-8")
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert settings.notice and settings.get(keys.ZOOM) == 100


def test_a_good_file_is_left_alone(tmp_path):
    path = tmp_path / "settings.ini"
    path.write_text("; a comment\n[view]\nuiZoom=200\n[browse]\nlastCity=kaesong\n", encoding="utf-8")
    settings = Settings(QSettings(str(path), QSettings.Format.IniFormat))
    assert settings.notice == ""
    assert settings.get(keys.ZOOM) == 200 and settings.get(keys.LAST_CITY) == "kaesong"
