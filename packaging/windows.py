"""Windows installers: the exe's version resource, the per-machine MSI (WiX 3 schema) and the portable zip.

On Windows, WiX 3's candle and light build the MSI; on Linux, wixl builds it from the same WiX source, around the
real Windows bundle that winbuild.py makes under Wine.
"""

from __future__ import annotations

import hashlib
import os
import re
import time
import uuid
import zipfile
from pathlib import Path
from xml.sax.saxutils import quoteattr

from common import ROOT, run

WXS = ROOT / "packaging" / "windows" / "cityviewer.wxs"
VERSION_INFO = ROOT / "packaging" / "windows" / "version-info.txt"
_GUIDS = uuid.UUID("2b1f4c8e-6f0a-4d59-9a57-0c4e1b7d9e21")  # namespace for the files' component GUIDs
# The MSI's public properties for machine-wide defaults (README "Deploying in a school"): each writes one setting
# (gui/settings.py) under HKLM\Software\Cityviewer, where the app reads them for every user, when it is given.
MACHINE_DEFAULTS = {
    "LANGUAGE": "view/language",
    "THEME": "view/theme",
    "ZOOM": "view/uiZoom",
    "STARTCITY": "browse/startCity",
    "NOTESEXPORT": "notes/exportAllowed",
    "LOCKED": "policy/locked",
}
REGISTRY_KEY = "Software\\Cityviewer"
# Conditions on components, set in the built MSI (wixl cannot write them): a machine-wide default is written only
# when its property is given; the desktop shortcut unless DESKTOPSHORTCUT=0. Each also holds while the product is
# removed (REMOVE~="ALL", as in msiexec /x and a major upgrade's removal of the older version), when no property is
# given: a component whose condition is false then is left installed, its value orphaned (measured under Wine).
_WHEN_REMOVED = ' OR REMOVE~="ALL"'
CONDITIONS = {f"Default{prop}": prop + _WHEN_REMOVED for prop in MACHINE_DEFAULTS} | {
    "DesktopShortcut": 'DESKTOPSHORTCUT = "1"' + _WHEN_REMOVED
}
# MajorUpgrade's own (as wixl and WiX write them), and the administrator's properties: passed to the elevated part
# of a per-machine install.
SECURE_PROPERTIES = ["WIX_DOWNGRADE_DETECTED", "WIX_UPGRADE_DETECTED", *MACHINE_DEFAULTS, "DESKTOPSHORTCUT"]


def version_resource(out: Path, version: str) -> Path:
    """The exe's version resource (windows/version-info.txt filled in), which the spec gives PyInstaller."""
    numbers = [int(n) for n in re.findall(r"\d+", version)[:4]]
    numbers += [0] * (4 - len(numbers))
    text = VERSION_INFO.read_text(encoding="utf-8")
    text = text.replace("@VERSION_TUPLE@", ", ".join(map(str, numbers))).replace("@VERSION@", version)
    out.write_text(text, encoding="utf-8")
    return out


def _id(prefix: str, relative: str) -> str:
    return prefix + hashlib.sha1(relative.encode()).hexdigest()[:20]


def _fragment(directory: str) -> list[str]:
    """The opening of a WiX fragment whose components go under directory."""
    return ['<?xml version="1.0" encoding="utf-8"?>', '<Wix xmlns="http://schemas.microsoft.com/wix/2006/wi">',
            "  <Fragment>", f'    <DirectoryRef Id="{directory}">']  # fmt: skip


def _write_fragment(out: Path, lines: list[str], group: str, components: list[str]) -> Path:
    """Close the fragment begun by _fragment with a ComponentGroup of components, and write it to out."""
    lines = [*lines, "    </DirectoryRef>", f'    <ComponentGroup Id="{group}">']
    lines += [f'      <ComponentRef Id="{cid}" />' for cid in components]
    lines += ["    </ComponentGroup>", "  </Fragment>", "</Wix>", ""]
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text("\n".join(lines), encoding="utf-8")
    return out


def harvest(bundle: Path, out: Path, base: Path) -> Path:
    """Write a WiX fragment that installs every file of bundle under INSTALLDIR, one component per file, with
    GUIDs derived from the file's path (stable across builds, so upgrades replace files cleanly). Source paths
    are relative to base, where the tools run."""
    lines = _fragment("INSTALLDIR")
    components: list[str] = []

    def walk(folder: Path, depth: int) -> None:
        pad = "  " * depth
        for path in sorted(folder.iterdir(), key=lambda p: p.name):
            relative = path.relative_to(bundle).as_posix()
            if path.is_dir() and not path.is_symlink():
                lines.append(f"{pad}<Directory Id={quoteattr(_id('d', relative))} Name={quoteattr(path.name)}>")
                walk(path, depth + 1)
                lines.append(f"{pad}</Directory>")
            elif path.is_file() and not path.is_symlink():
                cid = _id("c", relative)
                components.append(cid)
                guid = str(uuid.uuid5(_GUIDS, relative)).upper()
                lines.append(f'{pad}<Component Id="{cid}" Guid="{guid}" Win64="yes">')
                source = quoteattr(os.path.relpath(path, base))
                lines.append(f'{pad}  <File Id={quoteattr(_id("f", relative))} Source={source} KeyPath="yes" />')
                lines.append(f"{pad}</Component>")

    walk(bundle, 3)
    return _write_fragment(out, lines, "BundleFiles", components)


def machine_defaults(out: Path) -> Path:
    """A WiX fragment with one component per MACHINE_DEFAULTS property, writing the property's value into the
    setting's registry value (view/uiZoom: the value uiZoom of HKLM\\Software\\Cityviewer\\view, as QSettings
    reads it)."""
    lines = _fragment("TARGETDIR")
    for prop, setting in MACHINE_DEFAULTS.items():
        group, name = setting.split("/")
        guid = str(uuid.uuid5(_GUIDS, f"machine-default:{setting}")).upper()
        lines += [f'      <Component Id="Default{prop}" Guid="{guid}" Win64="yes">',
                  f'        <RegistryValue Root="HKLM" Key="{REGISTRY_KEY}\\{group}" Name="{name}" Type="string"'
                  f' Value="[{prop}]" KeyPath="yes" />', "      </Component>"]  # fmt: skip
    return _write_fragment(out, lines, "MachineDefaults", [f"Default{prop}" for prop in MACHINE_DEFAULTS])


def set_conditions(msi_file: Path) -> None:
    """Write CONDITIONS and SECURE_PROPERTIES into the built MSI (msibuild here; Python's msilib on Windows)."""
    queries = [f"UPDATE `Component` SET `Condition` = '{condition}' WHERE `Component` = '{component}'"
               for component, condition in CONDITIONS.items()]  # fmt: skip
    queries.append(f"UPDATE `Property` SET `Value` = '{';'.join(SECURE_PROPERTIES)}' "
                   "WHERE `Property` = 'SecureCustomProperties'")  # fmt: skip
    if os.name == "nt":
        import msilib  # type: ignore[import-not-found]  # Windows' CPython 3.11 only

        database = msilib.OpenDatabase(str(msi_file), msilib.MSIDBOPEN_TRANSACT)
        for query in queries:
            database.OpenView(query).Execute(None)
        database.Commit()
    else:
        for query in queries:
            run("msibuild", msi_file, "-q", query)


def msi(bundle: Path, out: Path, version: str, icon: Path, work: Path) -> Path:
    base = bundle.parent
    fragment = harvest(bundle, work / "bundle-files.wxs", base)
    defaults = machine_defaults(work / "machine-defaults.wxs")
    defines = [f"-dVersion={version}", f"-dIconFile={os.path.relpath(icon, base)}"]
    if os.name == "nt":
        wix_bin = Path(os.environ.get("WIX", r"C:\Program Files (x86)\WiX Toolset v3.14")) / "bin"
        objects = work / "obj"
        objects.mkdir(parents=True, exist_ok=True)
        run(wix_bin / "candle.exe", "-nologo", "-arch", "x64", *defines, "-out", f"{objects}\\", WXS, fragment,
            defaults, cwd=base)  # fmt: skip
        run(wix_bin / "light.exe", "-nologo", "-sval", "-out", out, objects / "cityviewer.wixobj",
            objects / "bundle-files.wixobj", objects / "machine-defaults.wixobj", cwd=base)  # fmt: skip
    else:
        wixl_defines = [arg for d in defines for arg in ("--define", d[2:])]
        run("wixl", "--arch", "x64", *wixl_defines, "-o", out, WXS, fragment, defaults, cwd=base)
    set_conditions(out)
    return out


def portable_readme(version: str) -> str:
    return (
        f"Cityviewer {version}, portable for Windows (x64)\r\n\r\n"
        "An offline encyclopedia of cities; it never uses the network.\r\n\r\n"
        "Run: cityviewer.exe in this folder (no installation, no administrator rights).\r\n"
        "Needs: Windows 10 version 1809 or newer, or Windows 11, 64-bit.\r\n"
        "Settings: kept in the 'settings' folder here while cityviewer-portable.txt is here (delete that file to\r\n"
        "keep them in %APPDATA%\\Cityviewer instead). To remove Cityviewer, delete this folder.\r\n"
        "Licences: LICENSE.txt (Cityviewer, MIT) and the licences folder (Qt and PySide6 under the LGPL 3,\r\n"
        "Python under the PSF licence, the data's credits in COPYRIGHT.txt).\r\n"
    )


def portable_zip(bundle: Path, out: Path, epoch: int, extras: dict[str, bytes]) -> Path:
    """A zip of the bundle in a Cityviewer/ folder, with extras (the portable marker, the README, the licences)
    at its top; entries sorted, times fixed."""
    stamp = time.gmtime(max(epoch, 315532800))[:6]
    files = {path.relative_to(bundle).as_posix(): path.read_bytes() for path in bundle.rglob("*") if path.is_file()}
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in sorted({**files, **extras}.items()):
            info = zipfile.ZipInfo(f"Cityviewer/{name}", date_time=stamp)
            info.external_attr = 0o644 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return out
