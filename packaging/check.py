#!/usr/bin/env python3
"""Prove the Linux installers that packaging/build.py made (CI runs this after the build).

    python packaging/check.py [--dist DIR] [--reproducible]

Validates the .desktop file, the AppStream metainfo and the .deb (lintian, with the package's override file);
installs the .deb, runs the installed app's --self-test from another folder, removes it and looks for leftovers;
unpacks the portable archive into a read-only folder whose path has spaces and Hangul and runs it as an
unprivileged user with a read-only home; inspects the MSI that wixl assembled; checks sizes. --reproducible also
builds everything a second time and compares the .deb and .tar.gz byte for byte.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import APP_ID, ROOT, version

CHECK_TOOLS = {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream", "lintian": "lintian",
               "msiinfo": "msitools", "setpriv": "util-linux"}  # fmt: skip
DEB_LIMIT_MB = 50
UNPRIVILEGED = "65534"  # nobody


class Failed(Exception):
    pass


def sh(*args: str | Path, env: dict[str, str] | None = None, cwd: Path | None = None) -> str:
    """Run a command; its output, or Failed with what it printed."""
    try:
        result = subprocess.run([str(a) for a in args], capture_output=True, text=True, cwd=cwd,
                                env={**os.environ, **(env or {})}, timeout=1800)  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        raise Failed(f"{' '.join(map(str, args))} did not finish in {exc.timeout} s") from exc
    if result.returncode != 0:
        raise Failed(f"{' '.join(map(str, args))} exited {result.returncode}:\n{result.stdout}{result.stderr}")
    return result.stdout + result.stderr


def ensure_tools() -> None:
    missing = sorted({pkg for tool, pkg in CHECK_TOOLS.items() if shutil.which(tool) is None})
    if missing:
        env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
        subprocess.run(["apt-get", "update", "-qq"], check=True, env=env)
        subprocess.run(["apt-get", "install", "-y", "-qq", "--no-install-recommends", *missing], check=True, env=env)


def check_metadata(deb: Path, tmp: Path) -> str:
    tree = tmp / "deb-contents"
    sh("dpkg-deb", "-x", deb, tree)
    desktop = tree / "usr/share/applications" / f"{APP_ID}.desktop"
    metainfo = tree / "usr/share/metainfo" / f"{APP_ID}.metainfo.xml"
    sh("desktop-file-validate", desktop)
    out = sh("appstreamcli", "validate", "--no-net", metainfo)
    for icon in ("usr/share/icons/hicolor/256x256/apps", "usr/share/icons/hicolor/scalable/apps"):
        if not any((tree / icon).glob(f"{APP_ID}.*")):
            raise Failed(f"no icon in {icon}")
    return f"desktop file valid; AppStream: {out.strip().splitlines()[-1]}; icons 256 px and scalable present"


def check_lintian(deb: Path, _tmp: Path) -> str:
    out = sh("lintian", "--fail-on", "error,warning", deb)
    notes = [line for line in out.splitlines() if line.strip() and "root privileges" not in line]
    return "lintian: no errors or warnings" + (f" ({'; '.join(notes)})" if notes else "")


def check_install_cycle(deb: Path, tmp: Path) -> str:
    contents = [line.split()[-1].lstrip(".") for line in sh("dpkg-deb", "-c", deb).splitlines()]
    files = [c for c in contents if c and not c.endswith("/")]
    sh("dpkg", "-i", deb)
    try:
        elsewhere = tmp / "elsewhere"
        elsewhere.mkdir()
        out = sh("/usr/bin/cityviewer", "--self-test", cwd=elsewhere, env={"HOME": str(elsewhere)})
        if "self-test passed" not in out:
            raise Failed(f"installed self-test said: {out}")
        version_line = sh("/usr/bin/cityviewer", "--version", cwd=elsewhere).strip()
        if not Path("/usr/share/applications", f"{APP_ID}.desktop").is_file():
            raise Failed("the menu entry was not installed")
    finally:
        sh("dpkg", "-r", "cityviewer")
    left = [f for f in files if os.path.lexists(f)] + [d for d in ("/opt/cityviewer",) if os.path.lexists(d)]
    if left:
        raise Failed(f"left behind after dpkg -r: {left[:5]}")
    return (
        f"dpkg -i, installed {version_line!r} passed --self-test from {elsewhere}, "
        f"dpkg -r left none of {len(files)} files"
    )


def check_portable(tarball: Path, tmp: Path) -> str:
    place = tmp / "교실 USB 자료 (read only)"
    place.mkdir()
    sh("tar", "-xzf", tarball, "-C", place)
    (program,) = place.glob("cityviewer-*/cityviewer")
    home = tmp / "read-only home"
    home.mkdir()
    shots = tmp / "shots"
    shots.mkdir()
    for path in (place, home):
        sh("chmod", "-R", "a-w", path)
    sh("chmod", "777", shots)
    as_nobody = ["setpriv", f"--reuid={UNPRIVILEGED}", f"--regid={UNPRIVILEGED}", "--clear-groups", "--"]
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config")}
    sh("chmod", "a+x", tmp)
    sh(*as_nobody, program, "--self-test", env=env, cwd=home)
    out = sh(*as_nobody, program, "--screenshot", shots / "shot.png", env=env, cwd=home)
    if "Settings cannot be saved" not in out:
        raise Failed(f"expected a note that settings cannot be saved, got: {out}")
    if not (shots / "shot.png").is_file():
        raise Failed("no screenshot from the read-only copy")
    return f"ran as nobody from {place} with a read-only HOME: self-test passed; it said 'Settings cannot be saved'"


def check_msi(_dist: Path, _tmp: Path, work: Path) -> str:
    msi = work / "windows" / "cityviewer-standin.msi"
    props = dict(line.split("\t", 1) for line in sh("msiinfo", "export", msi, "Property").splitlines()[3:])
    upgrade = sh("msiinfo", "export", msi, "Upgrade")
    shortcut = sh("msiinfo", "export", msi, "Shortcut")
    expected = {"ALLUSERS": "1", "UpgradeCode": "{CB60F62F-85F6-4CF2-9471-5890CA223F60}", "ProductVersion": version()}
    for key, value in expected.items():
        if props.get(key) != value:
            raise Failed(f"MSI property {key} is {props.get(key)!r}, not {value!r}")
    if "WIX_UPGRADE_DETECTED" not in upgrade or "ProgramMenuFolder" not in shortcut:
        raise Failed("MSI lacks the MajorUpgrade rows or the Start menu shortcut")
    size = msi.stat().st_size / 1e6
    return (
        f"wixl assembled {msi.name} ({size:.0f} MB): ALLUSERS=1, fixed UpgradeCode, MajorUpgrade, Start menu shortcut"
    )


def check_sizes(deb: Path, tarball: Path) -> str:
    deb_mb = deb.stat().st_size / 1e6
    if deb_mb > DEB_LIMIT_MB:
        raise Failed(f".deb is {deb_mb:.1f} MB, over {DEB_LIMIT_MB} MB")
    return f".deb {deb_mb:.1f} MB (limit {DEB_LIMIT_MB}), .tar.gz {tarball.stat().st_size / 1e6:.1f} MB"


def check_reproducible(deb: Path, tarball: Path, tmp: Path) -> str:
    again = tmp / "second-build"
    sh(sys.executable, ROOT / "packaging" / "build.py", "--dist", again / "dist", "--work", again / "work")
    for first in (deb, tarball):
        if (again / "dist" / first.name).read_bytes() != first.read_bytes():
            raise Failed(f"{first.name} differs between two builds of the same commit")
    return f"a second build gave byte-identical {deb.name} and {tarball.name}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--reproducible", action="store_true", help="build a second time and compare")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        print("check.py: runs on Linux as root (it installs and removes the .deb)", file=sys.stderr)
        return 2
    ensure_tools()
    ver = version()
    deb = args.dist / f"cityviewer_{ver}_amd64.deb"
    tarball = args.dist / f"cityviewer-{ver}-linux-x86_64.tar.gz"
    checks: list[tuple[str, Callable[[Path], str]]] = [
        ("desktop file, AppStream, icons", lambda t: check_metadata(deb, t)),
        ("lintian", lambda t: check_lintian(deb, t)),
        ("install, self-test, remove", lambda t: check_install_cycle(deb, t)),
        ("portable, read-only, Hangul path", lambda t: check_portable(tarball, t)),
        ("MSI from the WiX source", lambda t: check_msi(args.dist, t, args.work)),
        ("sizes", lambda t: check_sizes(deb, tarball)),
    ]
    if args.reproducible:
        checks.append(("reproducible", lambda t: check_reproducible(deb, tarball, t)))
    failures = 0
    for name, check in checks:
        with tempfile.TemporaryDirectory(prefix="cityviewer-check-") as tmp:
            try:
                print(f"PASS {name}: {check(Path(tmp))}", flush=True)
            except (Failed, OSError, ValueError) as exc:
                failures += 1
                print(f"FAIL {name}: {exc}", flush=True)
    print(f"{len(checks) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
