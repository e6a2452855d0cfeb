"""The notes file survives a save killed midway and two instances saving at once (as the settings do)."""

import json
import os
import random
import signal
import subprocess
import sys
import time

from cityviewer.core.notes import FileState, NotesFile

WRITER = """
import sys
from cityviewer.core.notes import NoteEntry, NotesFile
path, prefix, rounds = sys.argv[1], sys.argv[2], int(sys.argv[3])
generation = 0
while rounds == 0 or generation < rounds:
    generation += 1
    changes = {f"{prefix}-{n:03d}": NoteEntry(n % 2 == 0, f"{generation}:" + "x" * 200) for n in range(300)}
    NotesFile(path).save(changes)
    print(generation, flush=True)
"""


def _generations(path, prefix):
    entries = json.loads(path.read_text(encoding="utf-8"))["volumes"][""]["entries"]
    return {entries[f"{prefix}-{n:03d}"]["note"].split(":")[0] for n in range(300)}


def test_a_save_killed_midway_leaves_the_old_or_the_new_file(tmp_path):
    path = tmp_path / "notes.json"
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    rng = random.Random(11)
    for _ in range(12):
        child = subprocess.Popen([sys.executable, str(script), str(path), "w", "0"], stdout=subprocess.PIPE, text=True)
        child.stdout.readline()  # one complete save, then kill it at a random moment of the next ones
        time.sleep(rng.uniform(0, 0.05))
        child.send_signal(signal.SIGKILL)
        child.wait()
        child.stdout.close()
        loaded = NotesFile(path).load()
        assert loaded.state is FileState.GOOD, loaded.reason
        found = _generations(path, "w")
        assert len(found) == 1 and found.pop().isdigit(), "a torn notes file"


def test_two_instances_saving_at_once_lose_nothing(tmp_path):
    path = tmp_path / "notes.json"
    script = tmp_path / "writer.py"
    script.write_text(WRITER, encoding="utf-8")
    children = [subprocess.Popen([sys.executable, str(script), str(path), prefix, "40"], stdout=subprocess.DEVNULL)
                for prefix in ("a", "b")]  # fmt: skip
    assert [c.wait(timeout=300) for c in children] == [0, 0]
    assert _generations(path, "a") == {"40"}
    assert _generations(path, "b") == {"40"}
    assert os.path.getsize(path) > 0
