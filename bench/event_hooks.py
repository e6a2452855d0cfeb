"""The calls from Qt into Python before the first paint: every eventFilter, event and xxxEvent method a class in
cityviewer.gui defines, wrapped as the class is made, counted (and timed, wall, with what each wraps) until the
start-up probe marks the first paint (gui.diagnostics.phases PAINT). Each is a call from C++ into Python for every
event it sees, converting the event and its type.

    QT_QPA_PLATFORM=offscreen .venv/bin/python bench/event_hooks.py [--kinds]

Run it twice with PYTHONDONTWRITEBYTECODE unset: the first run compiles. --kinds lists each event type too.
"""

from __future__ import annotations

import atexit
import builtins
import collections
import re
import sys
import time
from collections.abc import Callable
from typing import Any

from cityviewer.gui.diagnostics import phases

HOOK = re.compile(r"^(eventFilter|event|[a-z][A-Za-z]*Event)$")
calls: collections.Counter[tuple[str, str]] = collections.Counter()
spent: collections.Counter[tuple[str, str]] = collections.Counter()
_build_class = builtins.__build_class__


def _wrap(name: str, method: Callable[..., Any]) -> Callable[..., Any]:
    def counted(*args: Any) -> Any:
        if phases.PAINT in phases.marks:
            return method(*args)
        event = args[-1]
        kind = event.type().name if hasattr(event, "type") else "?"
        start = time.perf_counter()
        try:
            return method(*args)
        finally:
            calls[name, kind] += 1
            spent[name, kind] += time.perf_counter() - start

    counted.__name__, counted.__qualname__ = method.__name__, method.__qualname__
    return counted


def _counting_build_class(func: Any, name: str, *bases: Any, **kwargs: Any) -> Any:
    made = _build_class(func, name, *bases, **kwargs)
    module = getattr(made, "__module__", "")
    if module.startswith("cityviewer.gui"):
        for attr, value in list(vars(made).items()):
            if HOOK.match(attr) and callable(value):
                setattr(made, attr, _wrap(f"{module.removeprefix('cityviewer.gui.')}.{name}.{attr}", value))
    return made


def _report(kinds: bool) -> None:
    by_hook: collections.Counter[str] = collections.Counter()
    time_by_hook: collections.Counter[str] = collections.Counter()
    for (name, _kind), count in calls.items():
        by_hook[name] += count
        time_by_hook[name] += spent[name, _kind]
    print(f"{sum(calls.values())} calls from Qt into Python before the first paint", file=sys.stderr)
    for name, count in by_hook.most_common():
        print(f"  {count:4d} {time_by_hook[name] * 1000:6.1f} ms  {name}", file=sys.stderr)
    if kinds:
        for (name, kind), count in calls.most_common():
            print(f"       {count:4d} {name} {kind}", file=sys.stderr)


def main() -> None:
    kinds = "--kinds" in sys.argv
    builtins.__build_class__ = _counting_build_class
    atexit.register(_report, kinds)
    sys.argv = ["cityviewer", "--exit-when-shown"]
    from cityviewer.app import main as app_main

    app_main()


if __name__ == "__main__":
    main()
