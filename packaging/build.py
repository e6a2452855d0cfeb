#!/usr/bin/env python3
"""Build installers into dist/ (README: "Building the installers").

    python packaging/build.py [--target native|linux|windows|all] [--dist DIR] [--work DIR]

--target native (the default) builds this machine's own: on Linux dist/cityviewer/ (the one-folder bundle), the
portable .tar.gz and the .deb; on Windows the bundle, the MSI and the portable zip; on macOS Cityviewer.app, the
.dmg and the .pkg. On Linux, --target windows builds the real Windows bundle under Wine (winbuild.py) into
dist/windows/cityviewer/, and the MSI and portable zip around it; --target all builds Linux's and Windows'.
Linux also gets a flat apt repository of the .deb (dist/apt/: Packages, Packages.gz, Release); Windows gets
cityviewer.exe and the MSI signed (signing.py: a release's certificate from the environment, else a throwaway test
one) and a winget manifest of the MSI (dist/winget/, winget.py).
SHA256SUMS lists every installer built. Reproducible: PYTHONHASHSEED=0, times stamped from the last commit, archives
sorted (README says what is not).
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import PORTABLE_TEXT, ROOT, install_packages, licence_texts, platform_tag, run, source_date_epoch, version

PYINSTALLER = "pyinstaller==6.22.3"  # the Windows build pins the same (windows/requirements.txt)
LINUX_BUILD_TOOLS = {"dpkg-deb": "dpkg", "objdump": "binutils", "patchelf": "patchelf", "apt-ftparchive": "apt-utils"}
# Besides Wine's (wine.py): signing (signing.py) and setting the MSI's conditions (windows.py).
WINDOWS_BUILD_TOOLS = {"osslsigncode": "osslsigncode", "openssl": "openssl", "msibuild": "msitools"}
HOST = {"linux": "linux", "win32": "windows", "darwin": "macos"}.get(sys.platform, "linux")


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


def ensure_build_tools(targets: set[str]) -> None:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        run(sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check", PYINSTALLER)
    if HOST != "linux":
        return
    missing = {pkg for tool, pkg in LINUX_BUILD_TOOLS.items() if shutil.which(tool) is None}
    if sys.base_prefix == "/usr" and shutil.which("dpkg-query"):
        # Debian's own Python keeps the shared library PyInstaller bundles in a package of its own.
        lib = f"libpython{sys.version_info.major}.{sys.version_info.minor}"
        status = subprocess.run(["dpkg-query", "-W", "-f=${Status}", lib], capture_output=True, text=True)
        if "install ok installed" not in status.stdout:
            missing.add(lib)
    if "windows" in targets:
        missing |= {pkg for tool, pkg in WINDOWS_BUILD_TOOLS.items() if shutil.which(tool) is None}
    install_packages(sorted(missing))
    if "windows" in targets:
        import wine

        wine.ensure_packages()


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


def targets_of(name: str) -> set[str]:
    if name == "native":
        return {HOST}
    wanted = {"linux", "windows"} if name == "all" else {name}
    if HOST != "linux" and wanted != {HOST}:
        raise SystemExit(f"build.py: on {HOST} only --target native ({HOST}) can be built")
    return wanted


def build_linux(dist: Path, work: Path, ver: str, epoch: int, icons: dict[str, Path]) -> list[Path]:
    import linux

    folder = bundle(dist, work, epoch)
    linux.tidy_bundle(folder)
    deb = linux.deb(folder, dist, ver, epoch, work, icons["png256"])
    linux.apt_repository(deb, dist / "apt", epoch)
    return [linux.portable_tarball(folder, dist, ver, epoch, work), deb]


def build_windows(dist: Path, work: Path, ver: str, epoch: int, icons: dict[str, Path]) -> list[Path]:
    """The Windows bundle (natively, or on Linux under Wine) with its exe signed, the signed MSI, the portable zip
    and the winget manifest (dist/winget/)."""
    import signing
    import windows
    import winget

    from cityviewer.resources import PORTABLE_MARKER

    started = time.monotonic()
    windows.version_resource(work / "version-info.txt", ver)
    if HOST == "windows":
        folder = bundle(dist, work, epoch)
    else:
        import winbuild

        folder = winbuild.build_bundle(dist / "windows", work, epoch, PYINSTALLER)
    signer = signing.signer(work, epoch)
    try:
        if signer:
            signer.sign(folder / "cityviewer.exe")  # before the MSI and the zip take it
        msi = windows.msi(folder, dist / f"cityviewer-{ver}-windows-x64.msi", ver, icons["ico"], work / "wix")
        if signer:
            signer.sign(msi)
    finally:
        if signer:
            signer.close()
    made = [
        msi,
        windows.portable_zip(folder, dist / f"cityviewer-{ver}-windows-x64-portable.zip", epoch, {
            PORTABLE_MARKER: PORTABLE_TEXT.encode(), "README.txt": windows.portable_readme(ver).encode(),
            **licence_texts()}),
    ]  # fmt: skip
    winget.manifests(msi, dist / "winget", ver)
    print(f"Windows stage (bundle, signing, MSI, zip, winget) took {time.monotonic() - started:.0f} s", flush=True)
    return made


def build_macos(dist: Path, work: Path, ver: str, epoch: int, _icons: dict[str, Path]) -> list[Path]:
    import macos

    bundle(dist, work, epoch)
    app = dist / "Cityviewer.app"
    macos.sign(app)
    return [macos.dmg(app, dist / f"cityviewer-{ver}-macos.dmg", work),
            macos.pkg(app, dist / f"cityviewer-{ver}-macos.pkg", ver, work)]  # fmt: skip


BUILDERS = {"linux": build_linux, "windows": build_windows, "macos": build_macos}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", choices=["native", "linux", "windows", "all"], default="native",
                        help="what to build (default: this machine's own installers)")  # fmt: skip
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="work folder (default: build/)")
    args = parser.parse_args(argv)
    targets = targets_of(args.target)
    ensure_environment()
    ensure_build_tools(targets)

    from icons import make_icons

    dist, work = args.dist.resolve(), args.work.resolve()
    for folder in (dist, work):
        fresh_folder(folder)
    ver, epoch = version(), source_date_epoch()
    print(f"Cityviewer {ver}, {platform_tag()}, targets {sorted(targets)}, SOURCE_DATE_EPOCH={epoch}", flush=True)
    icons = make_icons(ROOT / "resources" / "icons" / "cityviewer.svg", work / "icons")
    made: list[Path] = []
    for target in sorted(targets):
        made += BUILDERS[target](dist, work, ver, epoch, icons)
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
