"""The searcher: only the newest request is answered, whatever order the work finishes in."""

import threading

from cityviewer.core.dataset import Dataset
from cityviewer.core.request import SearchRequest
from cityviewer.gui.background import DatasetThread
from cityviewer.gui.searcher import Searcher


def test_only_the_newest_search_is_answered(qtbot, qapp, lorvania_db, monkeypatch):
    original = Dataset.answer
    started, gate = threading.Event(), threading.Event()

    def held_for_castorby(self, request):
        if request.text == "Castorby":
            started.set()
            gate.wait(5)  # Python work, which SQLite's interrupt cannot stop: it finishes, and must be dropped
        return original(self, request)

    monkeypatch.setattr(Dataset, "answer", held_for_castorby)
    thread = DatasetThread(lorvania_db)
    searcher = Searcher(thread)
    answers = []
    searcher.results.connect(answers.append)
    try:
        searcher.search(SearchRequest("Castorby"))
        assert started.wait(5)  # running, so it will finish: its answer has to be dropped
        searcher.search(SearchRequest("Eskford"))
        assert searcher.pending()
        gate.set()
        with qtbot.waitSignal(searcher.results, timeout=5000):
            pass
        assert [a.request.text for a in answers] == ["Eskford"]
        assert len(answers[0].keys) == 1 and not searcher.pending()
    finally:
        thread.close()
