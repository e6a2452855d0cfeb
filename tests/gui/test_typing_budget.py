"""What keeps every keystroke within its budget: the debounce fits what a search costs (none under a frame), and
the window answers the names' first letters on its dataset thread once it is painted, before they are typed.
(The figures are bench/run.py's; this suite keeps no timed test.)"""

import contextlib
import threading
from collections.abc import Iterator

from cityviewer.core.dataset import Dataset
from cityviewer.gui.filterbar import FRAME_MS, MAX_DEBOUNCE_MS, FilterBar
from cityviewer.gui.mainwindow import MainWindow


def test_the_debounce_fits_what_a_search_costs(qtbot, volume):
    bar = FilterBar(volume)
    qtbot.addWidget(bar)
    assert bar.debounce_ms() == 0  # nothing measured yet: at once
    bar.fit_debounce(FRAME_MS - 1)
    assert bar.debounce_ms() == 0
    bar.fit_debounce(FRAME_MS + 4)
    assert bar.debounce_ms() == FRAME_MS + 4
    bar.fit_debounce(10 * MAX_DEBOUNCE_MS)
    assert bar.debounce_ms() == MAX_DEBOUNCE_MS


def test_the_window_fits_its_debounce_to_what_its_searches_cost(qtbot, window):
    """After a search the pause fits what it cost (none under a frame: on the made-up volume's few entries, unless
    the machine is very busy); no figure of this machine's speed is asserted."""
    window.filter_bar.fit_debounce(10 * MAX_DEBOUNCE_MS)  # as if searches had been slow
    with qtbot.waitSignal(window.results_changed, timeout=5000):
        qtbot.keyClicks(window.filter_bar.search, "a")
    cost = window.searcher.cost()
    assert window.filter_bar.debounce_ms() == (0 if cost < FRAME_MS else min(round(cost), MAX_DEBOUNCE_MS))


def test_the_first_letters_are_answered_on_the_dataset_thread_after_the_first_paint(
    qtbot, dataset, settings, monkeypatch
):
    asked: list[tuple[str, bool]] = []
    original = Dataset.answer

    def recording(self, request):
        asked.append((request.text, threading.current_thread() is threading.main_thread()))
        return original(self, request)

    monkeypatch.setattr(Dataset, "answer", recording)
    letters = set(dataset.prepare_search())
    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    try:
        assert not letters & {text for text, _ in asked}  # not while the window is built
        window.show()
        qtbot.waitUntil(lambda: {text for text, _ in asked} >= letters, timeout=10_000)
        assert letters and not any(on_gui for text, on_gui in asked if text in letters)
    finally:
        window.shut_down()


@contextlib.contextmanager
def _a_search_typed_behind_a_letter(
    qtbot, dataset, settings, monkeypatch
) -> Iterator[tuple[MainWindow, list[str], list[str]]]:
    """A window whose dataset thread is held by the names' first letter it answers first until "zz", typed, waits
    behind it; then let go, and yielded once the search's results arrive: the window, the letters
    (dataset.prepare_search()'s) and those asked so far, in order."""
    letters = dataset.prepare_search()
    asked: list[str] = []
    typed = threading.Event()
    original = Dataset.answer

    def recording(self, request):
        if request.text in letters:
            asked.append(request.text)
            typed.wait(10)  # the first letter holds the dataset thread until a search is waiting behind it
        return original(self, request)

    monkeypatch.setattr(Dataset, "answer", recording)
    window = MainWindow(dataset, settings)
    qtbot.addWidget(window)
    try:
        window.show()
        qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
        qtbot.keyClicks(window.filter_bar.search, "zz")
        qtbot.waitUntil(window.searcher.pending, timeout=5000)
        with qtbot.waitSignal(window.results_changed, timeout=10_000):
            typed.set()
        yield window, letters, asked
    finally:
        typed.set()
        window.shut_down()


def test_the_first_letters_go_on_after_a_search_typed_while_they_are_answered(qtbot, dataset, settings, monkeypatch):
    """A search typed while the letters are answered goes first; the letters not answered yet are answered after
    it, not dropped (each later word's first letter would wait for its search)."""
    with _a_search_typed_behind_a_letter(qtbot, dataset, settings, monkeypatch) as (_window, letters, asked):
        assert len(letters) > 1
        qtbot.waitUntil(lambda: set(asked) >= set(letters), timeout=10_000)


def test_the_first_letters_wait_while_the_person_types(qtbot, dataset, settings, monkeypatch):
    """Between two keystrokes the letters still to answer wait (they would take the dataset thread from the word
    being typed); once typing pauses they go on."""
    from cityviewer.gui import mainwindow
    from cityviewer.gui.background import Op

    monkeypatch.setattr(mainwindow, "LETTERS_PAUSE_MS", 60_000)  # the typing here never pauses long enough
    with _a_search_typed_behind_a_letter(qtbot, dataset, settings, monkeypatch) as (window, letters, asked):
        ran: list[object] = []
        window.dataset_thread.run(Op(work=lambda _dataset: None, done=ran.append))
        qtbot.waitUntil(lambda: bool(ran), timeout=10_000)  # whatever was queued before it has run
        assert asked == letters[:1]
        window._letters_pause.setInterval(0)  # typing pauses
        window._letters_pause.start()
        qtbot.waitUntil(lambda: set(asked) >= set(letters), timeout=10_000)
