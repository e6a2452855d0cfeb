"""Where bundled files are: one answer for a source checkout and for the frozen app.

Bundled files keep the same relative paths everywhere ("data/cities.sqlite", "resources/icons/..."), under a
bundle root that is:
- the frozen app's folder (PyInstaller's sys._MEIPASS; the spec copies data/ and resources/ there);
- the repository's top level in a checkout or an editable install (src/cityviewer/ -> ../../).
"""

from __future__ import annotations

import sys
from pathlib import Path, PurePosixPath

_PACKAGE_DIR = Path(__file__).resolve().parent
DATASET = "data/cities.sqlite"
ICON = "resources/icons/cityviewer.svg"
# The windows' icon: the SVG drawn at each size (packaging/icons.py, `python packaging/icons.py` writes them), read
# without QtSvg and its icon engine plugin (~1.2 MiB of start-up's peak memory).
WINDOW_ICON_SIZES = (16, 24, 32, 48, 64, 128, 256)
WINDOW_ICONS = tuple(f"resources/icons/cityviewer-{size}.png" for size in WINDOW_ICON_SIZES)
# Portable mode: with this file next to the program, settings live in a "settings" folder beside it.
PORTABLE_MARKER = "cityviewer-portable.txt"


def bundle_root() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    return _PACKAGE_DIR.parent.parent


def app_dir() -> Path:
    """The folder the program runs from: the frozen executable's folder, or the checkout's top level."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return bundle_root()


def path(name: str) -> Path:
    """The path of the bundled file name, a relative POSIX path without '..'."""
    relative = PurePosixPath(name)
    if relative.is_absolute() or ".." in relative.parts:
        raise ValueError(f"not a bundled file name: {name!r}")
    return bundle_root().joinpath(*relative.parts)


def dataset_path() -> Path:
    return path(DATASET)


def source_data_dir() -> Path:
    """The dataset's human-readable sources: the data/ folder of a checkout."""
    return _PACKAGE_DIR.parent.parent / "data"
