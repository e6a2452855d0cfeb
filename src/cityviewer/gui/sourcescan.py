"""PySide6 reads the source of every module imported after it (shibokensupport.feature._mod_uses_pyside, to know
whether `from __feature__ import ...` may switch it) through inspect.getsource, which keeps each file in linecache
for the life of the process: run from source, the ~100 modules read before the first paint held 4.5 MiB (a twentieth
of the window's peak memory at start; bench/run.py). read_sources_uncached makes that check read each file once and
keep nothing: the same answer (whether the text "PySide6" is in the module's source), none of the memory. A frozen
app has no sources to read, so there it changes nothing. Call it before the GUI's modules are imported."""

from __future__ import annotations

import sys
from types import ModuleType


def _uses_pyside(module: ModuleType) -> bool:
    """Whether "PySide6" is in module's source, as shibokensupport.feature asks, read without linecache."""
    loader = getattr(module, "__loader__", None)
    get_source = getattr(loader, "get_source", None)
    name = getattr(module, "__name__", None)
    if get_source is None or not isinstance(name, str):
        return False
    try:
        source = get_source(name)
    except (ImportError, OSError, SyntaxError, UnicodeError):  # a module without a readable source file
        return False
    return isinstance(source, str) and "PySide6" in source


def read_sources_uncached() -> bool:
    """Make PySide6's per-import check keep no source (see above); whether it was found to change (a PySide6 that
    no longer has the check is left as it is)."""
    import shiboken6  # noqa: F401  # its loader installs the check (shibokensupport.feature)

    feature = sys.modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    setattr(feature, "_mod_uses_pyside", _uses_pyside)  # noqa: B010  # a module mypy has no stub for
    return True
