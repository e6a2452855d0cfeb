"""Linux installers: the portable .tar.gz and the .deb, both reproducible."""

from __future__ import annotations

import email.utils
import gzip
import io
import os
import re
import shutil
import subprocess
import tarfile
import time
from pathlib import Path

from common import APP_ID, PORTABLE_TEXT, ROOT, licence_texts, run, set_mtimes

from cityviewer.resources import PORTABLE_MARKER  # the name the app looks for

LINUX = ROOT / "packaging" / "linux"


def write_gzip(path: Path, data: bytes) -> Path:
    """gzip data into path with no name or time in the header, so the bytes depend on data alone."""
    with path.open("wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0, compresslevel=9) as gz:
        gz.write(data)
    return path


def runtime_packages() -> list[str]:
    lines = (LINUX / "runtime-packages.txt").read_text(encoding="utf-8").splitlines()
    return [line.strip() for line in lines if line.strip() and not line.startswith("#")]


def required_glibc(bundle: Path) -> str:
    """The newest GLIBC symbol version any file of the bundle needs (objdump -T)."""
    newest = (2, 0)
    for path in _elf_files(bundle):
        out = subprocess.run(["objdump", "-T", str(path)], capture_output=True, text=True).stdout
        for major, minor in re.findall(r"GLIBC_(\d+)\.(\d+)", out):
            newest = max(newest, (int(major), int(minor)))
    return f"{newest[0]}.{newest[1]}"


def _elf_files(bundle: Path) -> list[Path]:
    found = []
    for path in sorted(bundle.rglob("*")):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as f:
                if f.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def tidy_bundle(bundle: Path) -> None:
    """Shared libraries need no execute bit, and none may search the build machine's folders: drop the RUNPATHs
    that name an absolute path (pyenv's lib folder, say), keep the $ORIGIN-relative ones."""
    for path in _elf_files(bundle):
        if ".so" in path.name:
            path.chmod(0o644)
        rpath = subprocess.run(["patchelf", "--print-rpath", str(path)], capture_output=True, text=True).stdout.strip()
        if rpath:
            kept = [p for p in rpath.split(":") if p.startswith("$ORIGIN")]
            if kept != rpath.split(":"):
                args = ["--set-rpath", ":".join(kept)] if kept else ["--remove-rpath"]
                subprocess.run(["patchelf", *args, str(path)], check=True)


def _tar_filter(epoch: int):  # noqa: ANN202 - tarfile's filter signature
    def reset(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = epoch
        info.mode = 0o755 if info.isdir() or info.mode & 0o111 else 0o644
        return info

    return reset


def tarball(stage: Path, out: Path, epoch: int) -> Path:
    """A gzip'd tar of stage/'s single folder, members sorted, owners and times fixed, gzip header without a time."""
    buffer = io.BytesIO()
    reset = _tar_filter(epoch)
    with tarfile.open(fileobj=buffer, mode="w", format=tarfile.GNU_FORMAT) as tar:
        for path in sorted(stage.rglob("*")):
            tar.add(path, arcname=path.relative_to(stage).as_posix(), recursive=False, filter=reset)
    return write_gzip(out, buffer.getvalue())


def portable_readme(version: str, glibc: str) -> str:
    return (
        f"Cityviewer {version}, portable for Linux (x86-64)\n\n"
        "An offline encyclopedia of cities; it never uses the network.\n\n"
        "Run: ./cityviewer (from this folder, or double-click it in a file manager).\n"
        f"Needs: glibc {glibc} or newer (Ubuntu 22.04, Debian 12, Fedora 36 and later), an X11 or XWayland desktop,\n"
        "and the libraries every desktop has (libstdc++, libexpat, fontconfig, the xcb libraries) and a Hangul\n"
        "font such as Noto Sans CJK.\n"
        f"Settings: kept in the 'settings' folder here while {PORTABLE_MARKER} is here (delete that file to keep\n"
        "them in ~/.config/Cityviewer instead). Nothing is installed; to remove Cityviewer, delete this folder.\n"
        "Licences: LICENSE.txt (Cityviewer, MIT) and the licences folder (Qt and PySide6 under the LGPL 3,\n"
        "Python under the PSF licence, the data's credits in COPYRIGHT.txt).\n"
    )


def portable_tarball(bundle: Path, dist: Path, version: str, epoch: int, work: Path) -> Path:
    stage = work / "tar"
    shutil.rmtree(stage, ignore_errors=True)
    top = stage / f"cityviewer-{version}"
    shutil.copytree(bundle, top, symlinks=True)
    (top / PORTABLE_MARKER).write_text(PORTABLE_TEXT, encoding="utf-8")
    (top / "README.txt").write_text(portable_readme(version, required_glibc(bundle)), encoding="utf-8")
    for name, text in licence_texts().items():
        (top / name).parent.mkdir(parents=True, exist_ok=True)
        (top / name).write_bytes(text)
    set_mtimes(stage, epoch)
    return tarball(stage, dist / f"cityviewer-{version}-linux-x86_64.tar.gz", epoch)


def _control(version: str, installed_kib: int, glibc: str) -> str:
    depends = ", ".join([f"libc6 (>= {glibc})", *runtime_packages()])
    return (
        "Package: cityviewer\n"
        f"Version: {version}\n"
        "Section: education\n"
        "Priority: optional\n"
        "Architecture: amd64\n"
        "Maintainer: The Cityviewer developers <cityviewer@example.org>\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {depends}\n"
        "Description: offline encyclopedia of cities for classrooms\n"
        " Cityviewer is an offline desktop encyclopedia of cities. Its first volume\n"
        " is North Korea: ten cities with names in Hangul and every romanization,\n"
        " census figures, history, landmarks, related cities and sources.\n"
        " It never uses the network.\n"
    )


def deb(bundle: Path, dist: Path, version: str, epoch: int, work: Path, icon_png256: Path) -> Path:
    root = work / "deb"
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(bundle, root / "opt" / "cityviewer", symlinks=True)
    (root / "usr" / "bin").mkdir(parents=True)
    (root / "usr" / "bin" / "cityviewer").symlink_to("/opt/cityviewer/cityviewer")
    share = root / "usr" / "share"
    for folder, name, source in (
        ("applications", f"{APP_ID}.desktop", LINUX / f"{APP_ID}.desktop"),
        ("icons/hicolor/scalable/apps", f"{APP_ID}.svg", ROOT / "resources" / "icons" / "cityviewer.svg"),
        ("lintian/overrides", "cityviewer", LINUX / "lintian-overrides"),
        ("doc/cityviewer", "copyright", LINUX / "copyright"),
    ):
        (share / folder).mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, share / folder / name)
    (share / "icons/hicolor/256x256/apps").mkdir(parents=True)
    shutil.copyfile(icon_png256, share / "icons/hicolor/256x256/apps" / f"{APP_ID}.png")
    (share / "metainfo").mkdir()
    release_date = time.strftime("%Y-%m-%d", time.gmtime(epoch))
    metainfo = (LINUX / f"{APP_ID}.metainfo.xml").read_text(encoding="utf-8")
    (share / "metainfo" / f"{APP_ID}.metainfo.xml").write_text(
        metainfo.replace("@VERSION@", version).replace("@DATE@", release_date), encoding="utf-8"
    )
    changelog = (
        f"cityviewer ({version}) unstable; urgency=medium\n\n  * Release {version}.\n\n"
        f" -- The Cityviewer developers <cityviewer@example.org>  "
        f"{time.strftime('%a, %d %b %Y %H:%M:%S +0000', time.gmtime(epoch))}\n"
    )
    (share / "man/man1").mkdir(parents=True)
    write_gzip(share / "doc/cityviewer/changelog.gz", changelog.encode())
    write_gzip(share / "man/man1/cityviewer.1.gz", (LINUX / "cityviewer.1").read_bytes())
    for path in root.rglob("*"):
        if not path.is_symlink():
            path.chmod(0o755 if path.is_dir() or path.stat().st_mode & 0o111 else 0o644)
    installed = sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    (root / "DEBIAN").mkdir()
    (root / "DEBIAN" / "control").write_text(_control(version, installed, required_glibc(bundle)), encoding="utf-8")
    set_mtimes(root, epoch)
    out = dist / f"cityviewer_{version}_amd64.deb"
    run("dpkg-deb", "--root-owner-group", "-Zxz", "-z9", "--build", root, out, env={"SOURCE_DATE_EPOCH": str(epoch)})
    return out


APT_SUITE = "stable"


def apt_repository(deb: Path, out: Path, epoch: int) -> list[Path]:
    """A flat apt repository in out/ holding the .deb (a hard link to it), with its Packages, Packages.gz and
    Release written by apt-ftparchive (the Release's Date set to the commit's time, so one commit gives one file).
    IT serves out/ from any web server or shared folder: deb [trusted=yes] http://server/path ./ (README)."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    try:
        os.link(deb, out / deb.name)
    except OSError:  # another file system: a copy
        shutil.copyfile(deb, out / deb.name)
    packages = subprocess.run(["apt-ftparchive", "packages", "."], cwd=out, capture_output=True, text=True,
                              check=True).stdout  # fmt: skip
    (out / "Packages").write_text(packages, encoding="utf-8")
    write_gzip(out / "Packages.gz", packages.encode())
    fields = {"Origin": "Cityviewer", "Label": "Cityviewer", "Suite": APT_SUITE, "Architectures": "amd64",
              "Description": "Cityviewer, an offline encyclopedia of cities for classrooms"}  # fmt: skip
    options = [arg for name, value in fields.items() for arg in ("-o", f"APT::FTPArchive::Release::{name}={value}")]
    release = subprocess.run(["apt-ftparchive", *options, "release", "."], cwd=out, capture_output=True, text=True,
                             check=True).stdout  # fmt: skip
    date = email.utils.formatdate(epoch, usegmt=True)
    release = re.sub(r"(?m)^Date: .*$", f"Date: {date}", release, count=1)
    (out / "Release").write_text(release, encoding="utf-8")
    return [out / "Packages", out / "Packages.gz", out / "Release"]
