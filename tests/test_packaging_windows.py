"""The Windows packaging's pure helpers (packaging/winbuild.py, wine.py, wincheck.py, windows.py); the Wine build
and its checks themselves run in packaging/check.py (CI)."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))

import winbuild
import wincheck
import windows
import wine


def test_the_windows_build_pins_what_linux_uses():
    # A PySide6 bump in pyproject.toml without the Windows wheels (or the reverse) fails here, not in a release.
    from build import PYINSTALLER

    winbuild.check_same_pins(PYINSTALLER)
    with pytest.raises(SystemExit, match="pyinstaller"):
        winbuild.check_same_pins("pyinstaller==0.0.1")


def test_every_windows_download_is_pinned_by_hash():
    for requirements in (winbuild.REQUIREMENTS, winbuild.PYTHON_REQUIREMENT):
        lines = [line for line in requirements.read_text(encoding="utf-8").splitlines()
                 if line.strip() and not line.startswith("#")]  # fmt: skip
        assert lines
        for line in lines:
            assert "==" in line and "--hash=sha256:" in line, line


def test_packed_guid_is_the_installers_registry_form():
    # As seen in a Wine prefix's registry after installing the MSI: Installer\UpgradeCodes\F26F06BC...
    assert wincheck.packed_guid(wincheck.UPGRADE_CODE) == "F26F06BC6F582FC449178509AC22F306"


def test_versions():
    assert wincheck.next_version("0.1.0") == "0.1.1"
    assert wincheck.next_version("1.2.9") == "1.2.10"
    assert wincheck.version_numbers("0.1.0") == (0, 1, 0, 0)


def test_version_resource_is_filled_in(tmp_path):
    text = windows.version_resource(tmp_path / "v.txt", "1.2.3").read_text(encoding="utf-8")
    assert "filevers=(1, 2, 3, 0)" in text
    assert "StringStruct('ProductVersion', '1.2.3')" in text
    assert "@" not in text


def test_registry_files_are_read(tmp_path):
    (tmp_path / "system.reg").write_text(
        "WINE REGISTRY Version 2\n\n"
        "[Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\{X}] 1764000000\n"
        '#time=1\n"DisplayName"="Cityviewer"\n"DisplayVersion"="0.1.0"\n"Version"=dword:00010000\n',
        encoding="utf-8",
    )
    (tmp_path / "user.reg").write_text("[Software\\\\Wine] 1\n", encoding="utf-8")
    keys = wincheck.registry(tmp_path)
    entry = keys["Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Uninstall\\\\{X}"]
    assert entry["DisplayName"] == "Cityviewer" and entry["DisplayVersion"] == "0.1.0"
    assert "Software\\\\Wine" in keys


def test_only_the_installers_own_keys_are_not_ours():
    assert wincheck.NOT_OURS_KEYS.match("Software\\\\Classes\\\\Installer\\\\Products")
    assert not wincheck.NOT_OURS_KEYS.match("Software\\\\Classes\\\\Installer\\\\Products\\\\56F4C0952E80A324")
    assert not wincheck.NOT_OURS_KEYS.match("Software\\\\Cityviewer")


def test_icu_libraries_are_found_in_any_case(tmp_path):
    (tmp_path / "_internal").mkdir()
    (tmp_path / "_internal" / "ICUUC.DLL").write_bytes(b"")
    (tmp_path / "_internal" / "qicns.dll").write_bytes(b"")
    assert [p.name for p in wine.icu_files(tmp_path)] == ["ICUUC.DLL"]


def test_windows_paths_are_on_drive_z():
    assert wine.windows_path(Path("/tmp/a b/교실")) == "Z:\\tmp\\a b\\교실"
