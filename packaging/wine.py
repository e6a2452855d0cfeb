"""Wine on this Linux machine: the packages, a fresh 64-bit prefix, and Windows programs run with a time limit.

Traps measured here (../shared/notes/packaging.md), each handled once, in this file:
- Wine hides QT_* variables from Windows programs: WINEQT_QPA_PLATFORM reaches them as QT_QPA_PLATFORM.
- A console python.exe whose output goes to a regular file dies: output is always read through a pipe.
- A Windows program can spin forever with no display: every run has a time limit, and the wineserver (with all
  it runs) is ended when one is overrun, and by stop() when the work is done.
- Wine's menu builder writes .desktop files and icons into the host's home: it is switched off, and so are the
  Mono and Gecko installers.
- wineboot links the user's Desktop, Documents, Music, Pictures, Videos and Downloads to the host's home, where an
  installer's desktop shortcut (or a save dialog) would write: they are made plain folders inside the prefix.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path, PurePosixPath, PureWindowsPath

from common import ROOT, install_packages

# The tools the Windows build and its checks need, and the Debian packages that have them.
TOOLS = {
    "wine": "wine",
    "wineserver": "wine64",
    "x86_64-w64-mingw32-gcc": "gcc-mingw-w64-x86-64-win32",
    "wixl": "wixl",
    "msiinfo": "msitools",
    "xvfb-run": "xvfb",
    "xauth": "xauth",
}
ICU_STANDIN = ROOT / "packaging" / "windows" / "icuuc-standin.c"
BOOT_TIMEOUT = 300


class WineError(Exception):
    pass


def ensure_packages() -> None:
    """Install with apt-get whatever of Wine, MinGW, msitools and Xvfb is missing (as scripts/dev.sh does)."""
    install_packages(sorted({pkg for tool, pkg in TOOLS.items() if shutil.which(tool) is None}))


def windows_path(path: Path) -> str:
    """A Linux path as Windows programs under Wine see it: Wine maps / to drive Z:."""
    return str(PureWindowsPath("Z:\\", *PurePosixPath(path.resolve()).parts[1:]))


def build_icu_standin(out: Path) -> Path:
    """Compile the ICU stand-in (icuuc-standin.c) with MinGW; it goes into a Wine prefix's system32, never into
    the bundle."""
    out.parent.mkdir(parents=True, exist_ok=True)
    flags = ["-O2", "-Wall", "-Wextra", "-Werror", "-Wno-unused-parameter", "-shared", "-s"]
    flags.append("-Wl,--no-insert-timestamp")  # the same DLL from the same source
    subprocess.run(["x86_64-w64-mingw32-gcc", *flags, "-o", str(out), str(ICU_STANDIN)], check=True)
    return out


def icu_files(tree: Path) -> list[Path]:
    """Any ICU library in tree (the bundle must carry none: Windows has its own, and the stand-in is for Wine)."""
    return sorted(p for p in tree.rglob("*") if p.name.lower().startswith("icu") and p.suffix.lower() == ".dll")


class Wine:
    """One Wine prefix, made fresh; every program run with a time limit."""

    def __init__(self, prefix: Path) -> None:
        self.prefix = prefix.resolve()

    def env(self, qt_platform: str | None = None, extra: dict[str, str] | None = None) -> dict[str, str]:
        env = {
            **os.environ,
            "WINEPREFIX": str(self.prefix),
            "WINEARCH": "win64",
            "WINEDEBUG": "-all",
            "WINEDLLOVERRIDES": "winemenubuilder.exe=d;mscoree,mshtml=",
            **(extra or {}),
        }
        if qt_platform:
            env["WINEQT_QPA_PLATFORM"] = qt_platform
        return env

    @property
    def drive_c(self) -> Path:
        return self.prefix / "drive_c"

    def create(self, icu_standin: Path) -> float:
        """A new prefix with the ICU stand-in in its system32; the seconds it took."""
        started = time.monotonic()
        shutil.rmtree(self.prefix, ignore_errors=True)
        self.prefix.parent.mkdir(parents=True, exist_ok=True)
        self.run("wineboot", "-u", timeout=BOOT_TIMEOUT, program="wineboot")
        shutil.copyfile(icu_standin, self.drive_c / "windows" / "system32" / "icuuc.dll")
        self.unlink_host_folders()
        return time.monotonic() - started

    def unlink_host_folders(self) -> None:
        """Replace each user folder that wineboot linked outside the prefix (to the host's home) with a plain one."""
        for link in sorted((self.drive_c / "users").glob("*/*")):
            if link.is_symlink() and self.prefix not in link.resolve().parents:
                link.unlink()
                link.mkdir()

    def run(self, *args: str | Path, timeout: float, cwd: Path | None = None, program: str = "wine",
            qt_platform: str | None = None, env: dict[str, str] | None = None,
            check: bool = True) -> subprocess.CompletedProcess[str]:  # fmt: skip
        """Run a Windows program (or a Wine tool named by program) and wait at most timeout seconds; output is
        read through a pipe. On a time-out the wineserver and all it runs are ended."""
        command = [program, *map(str, args)]
        print(f"+ [wine] {' '.join(command)}", flush=True)
        try:
            result = subprocess.run(command, cwd=cwd, env=self.env(qt_platform, env), stdout=subprocess.PIPE,
                                    stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL, text=True,
                                    errors="replace", timeout=timeout)  # fmt: skip
        except subprocess.TimeoutExpired as exc:
            self.stop()
            raise WineError(f"{' '.join(command)} did not finish in {timeout:.0f} s; wineserver ended") from exc
        if check and result.returncode != 0:
            raise WineError(f"{' '.join(command)} exited {result.returncode}:\n{result.stdout[-3000:]}")
        return result

    def start(self, *args: str | Path, qt_platform: str | None = None) -> subprocess.Popen[str]:
        """Start a Windows program and return at once; its output goes to a pipe (call communicate())."""
        print(f"+ [wine] wine {' '.join(map(str, args))} &", flush=True)
        pipe, output = subprocess.PIPE, subprocess.STDOUT
        command = ["wine", *map(str, args)]
        env = self.env(qt_platform)
        return subprocess.Popen(command, env=env, stdout=pipe, stderr=output, stdin=subprocess.DEVNULL, text=True)

    def stop(self) -> None:
        """End the prefix's wineserver and every Windows program still running in it."""
        if self.prefix.exists():
            subprocess.run(["wineserver", "-k"], env=self.env(), timeout=60, check=False)
            subprocess.run(["wineserver", "-w"], env=self.env(), timeout=60, check=False)
