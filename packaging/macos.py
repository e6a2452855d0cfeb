"""macOS installers: the .app (made by the spec's BUNDLE), signed, in a .dmg, and a .pkg for MDM deployments.
Runs on macOS only (hdiutil, pkgbuild and codesign are Apple's tools)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from common import APP_ID, run


def sign(app: Path) -> None:
    """Sign with MACOS_SIGN_IDENTITY (a Developer ID) when CI provides one; otherwise ad hoc, which lets the app
    run on the machine that built it and is what an unsigned CI build can do."""
    identity = os.environ.get("MACOS_SIGN_IDENTITY", "-")
    run("codesign", "--force", "--deep", "--options", "runtime", "--sign", identity, app)
    run("codesign", "--verify", "--deep", "--strict", app)


def dmg(app: Path, out: Path, work: Path) -> Path:
    stage = work / "dmg"
    shutil.rmtree(stage, ignore_errors=True)
    stage.mkdir(parents=True)
    shutil.copytree(app, stage / app.name, symlinks=True)
    (stage / "Applications").symlink_to("/Applications")
    run("hdiutil", "create", "-volname", "Cityviewer", "-srcfolder", stage, "-format", "UDZO", "-ov", out)
    return out


def pkg(app: Path, out: Path, version: str, work: Path) -> Path:
    root = work / "pkgroot"
    shutil.rmtree(root, ignore_errors=True)
    root.mkdir(parents=True)
    shutil.copytree(app, root / app.name, symlinks=True)
    run("pkgbuild", "--root", root, "--install-location", "/Applications", "--identifier", APP_ID,
        "--version", version, out)  # fmt: skip
    return out
