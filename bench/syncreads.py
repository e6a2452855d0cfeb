"""The cost of each dataset read gui.syncreads lets the GUI thread make itself.

    .venv/bin/python bench/syncreads.py [DATASET ...]   (default: the shipped data/cities.sqlite)

For each dataset, the median of RUNS runs (of FRESH_RUNS for FIRST_LIST, on a fresh connection each time: the first
answer reads every key once per connection; of RESOLVE_RUNS for START_CITY), in milliseconds. Make a large dataset with
`cityviewer-data build-scale --places 100000 --output /tmp/scale.sqlite`.
"""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

from cityviewer.core.cityname import resolve
from cityviewer.core.dataset import Dataset
from cityviewer.core.map.basemap import FULL, LOCATOR
from cityviewer.core.request import SearchRequest

RUNS = 200
FRESH_RUNS = 20  # runs that open a new connection each time
RESOLVE_RUNS = 20
PAGE_SIZE = 200  # gui.citymodel.PAGE_SIZE (not imported: this bench needs no Qt)


def _median_ms(run: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        run()
        times.append(time.perf_counter() - start)
    return statistics.median(times) * 1000


def measure(path: Path) -> dict[str, float]:
    dataset = Dataset.open(path)
    keys = dataset.answer(SearchRequest()).keys
    middle = len(keys) // 2
    page = list(keys[middle : middle + PAGE_SIZE])
    (last,) = dataset.rows([keys[-1]])
    (largest,) = dataset.rows([keys[0]])
    last_id, entry_id, largest_name = last.id, largest.id, largest.name

    def first_list() -> None:
        fresh = Dataset.open(path, verify=False)
        start = time.perf_counter()
        fresh.answer(SearchRequest())
        first_list.taken.append(time.perf_counter() - start)  # type: ignore[attr-defined]
        fresh.close()

    first_list.taken = []  # type: ignore[attr-defined]
    for _ in range(FRESH_RUNS):
        first_list()
    figures = {
        "places": float(len(keys)),
        "LIST_PAGE (200 rows)": _median_ms(lambda: dataset.rows(page), RUNS),
        "FIRST_LIST (fresh connection)": statistics.median(first_list.taken) * 1000,  # type: ignore[attr-defined]
        "CITY_ROW (rows_of one id)": _median_ms(lambda: dataset.rows_of([last_id]), RUNS),
        "FIRST_ARTICLE (one entry)": _median_ms(lambda: dataset.entry(entry_id), RUNS),
        "OUTLINES (the locator's)": _median_ms(lambda: dataset.basemap(LOCATOR), RUNS),
        "OUTLINES (the quiz map's)": _median_ms(lambda: dataset.basemap(FULL), RUNS),
        "START_CITY (resolve the largest's name)": _median_ms(lambda: resolve(dataset, largest_name), RESOLVE_RUNS),
    }
    dataset.close()
    return figures


def main(argv: list[str]) -> None:
    paths = [Path(a) for a in argv] or [Path(__file__).resolve().parent.parent / "data" / "cities.sqlite"]
    for path in paths:
        figures = measure(path)
        print(f"{path} ({int(figures.pop('places')):,} places)")
        for name, ms in figures.items():
            print(f"  {name:40} {ms:8.3f} ms")


if __name__ == "__main__":
    main(sys.argv[1:])
