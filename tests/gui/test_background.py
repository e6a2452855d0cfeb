"""The dataset thread: work off the GUI thread, answers on it, failures by kind, stale work skipped and stopped."""

import threading

import pytest

from cityviewer.core.errors import DatasetDamaged, DatasetInterrupted
from cityviewer.gui.background import DatasetThread, Failure, Op

# A query that never ends by itself: only SQLite's interrupt stops it.
ENDLESS = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT count(*) FROM n"


@pytest.fixture
def thread(qapp, lorvania_db):
    worker = DatasetThread(lorvania_db)
    yield worker
    worker.close()


class Recorder:
    def __init__(self):
        self.done, self.failed, self.threads = [], [], []

    def on_done(self, result):
        self.threads.append(threading.get_ident())
        self.done.append(result)

    def on_failed(self, failure):
        self.threads.append(threading.get_ident())
        self.failed.append(failure)


def test_work_runs_off_the_gui_thread_and_the_answer_comes_back_on_it(qtbot, thread):
    seen = Recorder()
    worked_on = []

    def work(dataset):
        worked_on.append(threading.get_ident())
        return dataset.entry_ids()

    thread.run(Op(work, seen.on_done, seen.on_failed))
    qtbot.waitUntil(lambda: bool(seen.done))
    assert "castorby" in seen.done[0]
    assert worked_on != [threading.get_ident()]
    assert seen.threads == [threading.get_ident()]


def test_a_dataset_problem_is_told_in_its_words(qtbot, thread):
    seen = Recorder()

    def work(_dataset):
        raise DatasetDamaged("The dataset x is damaged and cannot be read (database disk image is malformed).")

    thread.run(Op(work, seen.on_done, seen.on_failed))
    qtbot.waitUntil(lambda: bool(seen.failed))
    assert seen.failed == [Failure("The dataset x is damaged and cannot be read (database disk image is malformed).")]


def test_a_bug_goes_to_the_excepthook_and_fails_as_internal(qtbot, thread):
    seen = Recorder()

    def work(_dataset):
        raise KeyError("a bug")

    with qtbot.captureExceptions() as exceptions:
        thread.run(Op(work, seen.on_done, seen.on_failed))
        qtbot.waitUntil(lambda: bool(seen.failed))
    assert [type(e[1]) for e in exceptions] == [KeyError]
    assert seen.failed[0].internal and seen.done == []


def test_stale_work_is_skipped_and_its_answer_dropped(qtbot, thread):
    seen, ran = Recorder(), []
    gate = threading.Event()
    stale = [False]
    thread.run(Op(lambda _d: gate.wait(5), seen.on_done, seen.on_failed))  # holds the thread
    thread.run(Op(lambda _d: ran.append("old"), seen.on_done, seen.on_failed, stale=lambda: stale[0]))
    stale[0] = True
    thread.run(Op(lambda _d: "new", seen.on_done, seen.on_failed))
    gate.set()
    qtbot.waitUntil(lambda: "new" in seen.done)
    assert ran == [] and seen.done == [True, "new"]


def test_a_running_stale_query_is_interrupted(qtbot, thread):
    seen, interrupted = Recorder(), []
    started = threading.Event()
    stale = [False]

    def endless(dataset):
        started.set()
        try:
            return dataset._query(ENDLESS)
        except DatasetInterrupted:
            interrupted.append(True)
            raise

    thread.run(Op(endless, seen.on_done, seen.on_failed, stale=lambda: stale[0]))
    assert started.wait(5)
    stale[0] = True
    thread.run(Op(lambda _d: "next", seen.on_done, seen.on_failed))  # unless the stale query stops, never
    qtbot.waitUntil(lambda: seen.done == ["next"], timeout=5000)
    assert interrupted == [True] and seen.failed == []


def test_a_thread_given_the_checked_info_reads_with_it_rather_than_parsing_the_volume_again(
    qtbot, qapp, lorvania_db, monkeypatch
):
    from cityviewer.core import dataset as dataset_module

    opened = dataset_module.Dataset.open(lorvania_db, verify=False)
    opened.close()

    def parsed_again(*_args, **_kwargs):
        raise AssertionError("the worker read and parsed the volume again")

    monkeypatch.setattr(dataset_module, "volume_from_json", parsed_again)
    worker = DatasetThread(lorvania_db, info=opened.info)
    seen = Recorder()
    try:
        worker.run(
            Op(work=lambda dataset: (dataset.info, dataset.entry_ids()), done=seen.on_done, failed=seen.on_failed)
        )
        qtbot.waitUntil(lambda: bool(seen.done or seen.failed))
    finally:
        worker.close()
    assert seen.failed == []
    info, ids = seen.done[0]
    assert info is opened.info and ids
