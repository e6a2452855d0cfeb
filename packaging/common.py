"""What every packaging step shares: the project's version, the reproducible timestamp, paths, running tools."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
APP_ID = "org.cityviewer.Cityviewer"
# The portable archives (Linux .tar.gz, Windows .zip) carry cityviewer.resources.PORTABLE_MARKER with this text.
PORTABLE_TEXT = (
    "This copy of Cityviewer is portable: it keeps its settings in the 'settings' folder next to it, so it works\n"
    "from a USB stick on any machine. Delete this file to keep settings in your home folder instead.\n"
)


def version() -> str:
    """The version, from pyproject.toml alone."""
    with (ROOT / "pyproject.toml").open("rb") as f:
        return tomllib.load(f)["project"]["version"]


def source_date_epoch() -> int:
    """The commit's time, so that two builds of one commit stamp the same times into their archives."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return int(os.environ["SOURCE_DATE_EPOCH"])
    try:
        out = subprocess.run(["git", "log", "-1", "--format=%ct"], cwd=ROOT, capture_output=True, text=True,
                             check=True).stdout.strip()  # fmt: skip
        return int(out)
    except (OSError, subprocess.CalledProcessError, ValueError):
        return 315532800  # 1980-01-01, the earliest time a zip can hold


class Failed(Exception):
    """A check that did not hold (packaging/check.py)."""


def sh(*args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None, timeout: float = 1800) -> str:
    """Run a command for a check; its output, or Failed with what it printed."""
    try:
        result = subprocess.run([str(a) for a in args], capture_output=True, text=True, cwd=cwd,
                                env={**os.environ, **(env or {})}, timeout=timeout)  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        raise Failed(f"{' '.join(map(str, args))} did not finish in {exc.timeout} s") from exc
    if result.returncode != 0:
        raise Failed(f"{' '.join(map(str, args))} exited {result.returncode}:\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def run(*args: str | Path, cwd: Path | None = None, env: dict[str, str] | None = None) -> None:
    printable = " ".join(str(a) for a in args)
    print(f"+ {printable}", flush=True)
    subprocess.run([str(a) for a in args], cwd=cwd, check=True, env={**os.environ, **(env or {})})


def install_packages(packages: list[str]) -> None:
    """apt-get install these Debian packages (as root, or through sudo); nothing when the list is empty."""
    if not packages:
        return
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    run(*sudo, "apt-get", "update", "-qq", env=env)
    run(*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *packages, env=env)


def set_mtimes(tree: Path, epoch: int) -> None:
    """Give every file and folder under tree (and tree itself) the same modification time."""
    for path in sorted(tree.rglob("*"), reverse=True):
        os.utime(path, (epoch, epoch), follow_symlinks=False)
    os.utime(tree, (epoch, epoch))


def platform_tag() -> str:
    if sys.platform.startswith("linux"):
        return "linux-x86_64"
    if sys.platform == "win32":
        return "windows-x64"
    return "macos"


_PYTHON = f"{sys.version_info[0]}.{sys.version_info[1]}"
# The licences the portable archives carry at their top: ours, the list of the parts and their licences (the
# .deb's copyright file), and the full texts of the LGPL (Qt, PySide6) with the GPL it adds to, Python's, and the
# SIL Open Font License of the bundled Hangul font (resources/fonts).
LICENCE_FILES = {
    "LICENSE.txt": (ROOT / "LICENSE",),
    "licences/COPYRIGHT.txt": (ROOT / "packaging" / "linux" / "copyright",),
    "licences/LGPL-3.txt": (Path("/usr/share/common-licenses/LGPL-3"),),
    "licences/GPL-3.txt": (Path("/usr/share/common-licenses/GPL-3"),),
    "licences/OFL-1.1.txt": (ROOT / "resources" / "fonts" / "OFL.txt",),
    # pyenv's and python.org's builds keep it beside the library; Debian's Python among its documents.
    "licences/Python.txt": (
        Path(sys.base_prefix) / "lib" / f"python{_PYTHON}" / "LICENSE.txt",
        Path(f"/usr/share/doc/python{_PYTHON}/copyright"),
    ),
}


def licence_texts() -> dict[str, bytes]:
    """LICENCE_FILES' texts, each from the first of its places that exists on this machine."""
    texts = {}
    for name, places in LICENCE_FILES.items():
        found = next((place for place in places if place.is_file()), None)
        if found is None:
            raise SystemExit(f"build.py: no licence text for {name} at {', '.join(map(str, places))}")
        texts[name] = found.read_bytes()
    return texts
