"""What IT deploys with, in packaging/: the winget manifest (winget.py) and the MSI's machine-wide defaults
(windows.py). Signing, the apt repository and the MSI under Wine are proven by packaging/check.py (CI)."""

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))

import windows
import winget

PRODUCT_CODE = "{9E4D82E9-F039-44D7-A81B-E92E3E39F690}"


def test_the_winget_manifest_validates_and_names_the_msi(tmp_path):
    msi = tmp_path / "cityviewer-0.1.0-windows-x64.msi"
    msi.write_bytes(b"not really an MSI, but its bytes have a hash")
    written = winget.manifests(msi, tmp_path / "winget", "0.1.0", PRODUCT_CODE)
    assert sorted(p.name for p in written) == sorted(winget.FILES.values())
    read = winget.validate(tmp_path / "winget")
    (installer,) = read["installer"]["Installers"]
    assert installer["InstallerSha256"] == hashlib.sha256(msi.read_bytes()).hexdigest().upper()
    assert installer["InstallerUrl"].endswith("/0.1.0/cityviewer-0.1.0-windows-x64.msi")
    assert read["installer"]["ProductCode"] == PRODUCT_CODE and read["installer"]["Scope"] == "machine"
    assert read["locale"]["ShortDescription"] == winget.DESCRIPTION["ko-KR"][0]
    assert read["version"]["PackageVersion"] == "0.1.0"  # a string, never read as a number


def test_a_manifest_that_breaks_the_schema_is_refused(tmp_path):
    msi = tmp_path / "x.msi"
    msi.write_bytes(b"x")
    winget.manifests(msi, tmp_path, "0.1.0", PRODUCT_CODE)
    installer = tmp_path / winget.FILES["installer"]
    installer.write_text(installer.read_text(encoding="utf-8").replace('"machine"', '"everyone"'), encoding="utf-8")
    with pytest.raises(ValueError, match="Scope"):
        winget.validate(tmp_path)


def test_the_download_url_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv(winget.DOWNLOAD_URL_ENV, "https://school.example/software/")
    msi = tmp_path / "c.msi"
    msi.write_bytes(b"x")
    winget.manifests(msi, tmp_path, "0.1.0", PRODUCT_CODE)
    assert (
        winget.validate(tmp_path)["installer"]["Installers"][0]["InstallerUrl"]
        == "https://school.example/software/c.msi"
    )


def test_the_kept_schemas_and_their_licence_are_there():
    for manifest_type in winget.FILES:
        assert winget.schema(manifest_type).is_file()
    assert "MIT License" in (winget.SCHEMAS / "LICENSE").read_text(encoding="utf-8")


@pytest.mark.gui
def test_each_msi_property_writes_a_setting_the_app_reads(tmp_path):
    """The MSI's properties and the app's settings name the same keys: a renamed key fails here, not in a school."""
    from cityviewer.gui import settings

    names = {key.name for key in vars(settings).values() if isinstance(key, settings.Key)}
    assert set(windows.MACHINE_DEFAULTS.values()) <= names
    assert settings.WINDOWS_SYSTEM_KEY == "HKEY_LOCAL_MACHINE\\" + windows.REGISTRY_KEY
    fragment = windows.machine_defaults(tmp_path / "defaults.wxs").read_text(encoding="utf-8")
    for prop, setting in windows.MACHINE_DEFAULTS.items():
        group, name = setting.split("/")
        assert f'Key="Software\\Cityviewer\\{group}" Name="{name}" Type="string" Value="[{prop}]"' in fragment
        assert windows.CONDITIONS[f"Default{prop}"] == f'{prop} OR REMOVE~="ALL"'  # when given; removed with the rest
    assert set(windows.MACHINE_DEFAULTS) <= set(windows.SECURE_PROPERTIES)


def test_sha256sums_must_list_every_installer_with_its_hash(tmp_path):
    from build import checksums
    from check import check_sums
    from common import Failed

    deb, msi = tmp_path / "cityviewer_0.1.0_amd64.deb", tmp_path / "cityviewer-0.1.0-windows-x64.msi"
    deb.write_bytes(b"a deb")
    msi.write_bytes(b"an msi")
    checksums(tmp_path, [deb, msi])  # what build.py writes
    assert "2 files" in check_sums(tmp_path, [deb, msi])
    msi.write_bytes(b"an msi changed after the build")
    with pytest.raises(Failed, match=r"another hash for cityviewer-0\.1\.0-windows-x64\.msi"):
        check_sums(tmp_path, [deb, msi])
    checksums(tmp_path, [deb])
    with pytest.raises(Failed, match=r"does not list cityviewer-0\.1\.0-windows-x64\.msi"):
        check_sums(tmp_path, [deb, msi])
