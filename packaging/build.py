#!/usr/bin/env python3
"""Build every installer this machine can build, into dist/ (README: "Building the installers").

    python packaging/build.py [--dist DIR] [--work DIR]

Linux: dist/cityviewer/ (the one-folder bundle), the portable .tar.gz, the .deb and SHA256SUMS; plus, as a check
of the Windows source, an MSI assembled by wixl around the Linux bundle (in the work folder, not shipped).
Windows: the bundle, the MSI and the portable zip. macOS: Cityviewer.app, the .dmg and the .pkg.
Reproducible: PYTHONHASHSEED=0, every time stamped from the last commit, archives sorted.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PORTABLE_TEXT, ROOT, platform_tag, run, source_date_epoch, version

PYINSTALLER = "pyinstaller==6.22.3"
LINUX_BUILD_TOOLS = {"dpkg-deb": "dpkg", "objdump": "binutils", "patchelf": "patchelf", "wixl": "wixl"}


def ensure_environment() -> None:
    """Run inside the project's environment: from a fresh clone, set it up first (scripts/dev.sh setup)."""
    try:
        import PySide6  # noqa: F401

        import cityviewer  # noqa: F401
    except ImportError:
        if sys.platform == "win32":
            sys.exit("build.py: install the project first: python -m pip install -e .[test]")
        run("bash", ROOT / "scripts" / "dev.sh", "setup")
        venv_python = ROOT / ".venv" / "bin" / "python"
        os.execv(venv_python, [str(venv_python), *sys.argv])


def ensure_build_tools() -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        run(sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", PYINSTALLER)
    if sys.platform.startswith("linux"):
        missing = {pkg for tool, pkg in LINUX_BUILD_TOOLS.items() if shutil.which(tool) is None}
        if sys.base_prefix == "/usr" and shutil.which("dpkg-query"):
            # Debian's own Python keeps the shared library PyInstaller bundles in a package of its own.
            lib = f"libpython{sys.version_info.major}.{sys.version_info.minor}"
            status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", lib], capture_output=True, text=True)
            if "install ok installed" not in status.stdout:
                missing.add(lib)
        if missing:
            sudo = [] if os.geteuid() == 0 else ["sudo"]
            env = {"DEBIAN_FRONTEND": "noninteractive"}
            run(*sudo, "apt-get", "update", "-qq", env=env)
            run(*sudo, "apt-get", "install", "-y", "-qq", "--no-install-recommends", *sorted(missing), env=env)


def bundle(dist: Path, work: Path, epoch: int) -> Path:
    """The PyInstaller one-folder bundle, dist/cityviewer/ (and Cityviewer.app on macOS)."""
    env = {"PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": str(epoch), "CITYVIEWER_BUILD_DIR": str(work)}
    spec = ROOT / "packaging" / "cityviewer.spec"
    run(sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
        "--distpath", dist, "--workpath", work / "pyinstaller", spec, env=env)  # fmt: skip
    return dist / "cityviewer"


OUTPUT_MARK = ".cityviewer-build-output"


def fresh_folder(folder: Path) -> None:
    """Empty folder for a new build; refuse one that holds anything but an earlier build's output."""
    if folder.exists() and any(folder.iterdir()) and not (folder / OUTPUT_MARK).exists():
        raise SystemExit(f"build.py: {folder} is not empty and not an earlier build's output; choose another folder")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    (folder / OUTPUT_MARK).write_text("made by packaging/build.py; emptied by the next build\n", encoding="utf-8")


def checksums(dist: Path, files: list[Path]) -> Path:
    lines = [f"{hashlib.sha256(f.read_bytes()).hexdigest()}  {f.name}\n" for f in sorted(files)]
    out = dist / "SHA256SUMS"
    out.write_text("".join(lines), encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder (default: build/)")
    args = parser.parse_args(argv)
    ensure_environment()
    ensure_build_tools()

    from icons import make_icons

    dist, work = args.dist.resolve(), args.work.resolve()
    for folder in (dist, work):
        fresh_folder(folder)
    ver, epoch = version(), source_date_epoch()
    print(f"Cityviewer {ver}, {platform_tag()}, SOURCE_DATE_EPOCH={epoch}", flush=True)
    icons = make_icons(ROOT / "resources" / "icons" / "cityviewer.svg", work / "icons")
    folder = bundle(dist, work, epoch)
    made: list[Path] = []

    if sys.platform.startswith("linux"):
        import linux
        import windows

        linux.tidy_bundle(folder)
        made.append(linux.portable_tarball(folder, dist, ver, epoch, work))
        made.append(linux.deb(folder, dist, ver, epoch, work, icons["png256"]))
        windows.msi(folder, work / "windows" / "cityviewer-standin.msi", ver, icons["ico"], work / "windows")
    elif sys.platform == "win32":
        import windows

        from cityviewer.resources import PORTABLE_MARKER

        made.append(windows.msi(folder, dist / f"cityviewer-{ver}-windows-x64.msi", ver, icons["ico"], work / "wix"))
        made.append(windows.portable_zip(folder, dist / f"cityviewer-{ver}-windows-x64-portable.zip", epoch,
                                         PORTABLE_MARKER, PORTABLE_TEXT))  # fmt: skip
    elif sys.platform == "darwin":
        import macos

        app = dist / "Cityviewer.app"
        macos.sign(app)
        made.append(macos.dmg(app, dist / f"cityviewer-{ver}-macos.dmg", work))
        made.append(macos.pkg(app, dist / f"cityviewer-{ver}-macos.pkg", ver, work))
    made.append(checksums(dist, made))
    for path in made:
        size = path.stat().st_size / 1e6
        print(f"built {path.relative_to(dist.parent) if dist.parent in path.parents else path}  {size:.1f} MB")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except subprocess.CalledProcessError as exc:
        print(f"build.py: a step failed: {' '.join(map(str, exc.cmd))} (exit {exc.returncode})", file=sys.stderr)
        sys.exit(1)
