"""Prove the Windows installers under Wine (packaging/check.py runs these, inside one Xvfb display).

In a fresh Wine prefix, with the ICU stand-in in its system32 only:
1. the bundle carries no ICU library, has the icon and the version resource; the frozen exe's --self-test passes
   (offscreen) and --screenshot draws the window with the real Windows platform (Hangul through Wine's fonts);
2. msiexec installs the MSI per machine into Program Files, the installed exe passes its self-test, a second MSI
   with a higher version upgrades it in place (one Add/Remove Programs entry, the new files), the older one is then
   refused with the downgrade message, and msiexec /x leaves no file, folder or registry key of ours;
3. the portable zip, unpacked into a folder with spaces and Hangul in its name, passes its self-test and keeps its
   settings beside the program;
4. the MSI's tables (msiinfo) say what IT needs: ALLUSERS, the UpgradeCode, the ARP properties, MajorUpgrade;
5. cityviewer.exe (in the bundle, the zip and as installed) and the MSI carry SHA-256 Authenticode signatures that
   osslsigncode verifies against the build's test CA (WORK/windows/signing/test-ca.pem; CITYVIEWER_SIGNING_CA for a
   release's certificate);
6. the winget manifest (dist/winget/) validates against winget's schemas and names the MSI's SHA256 and ProductCode;
7. the MSI's public properties (LANGUAGE=ko ZOOM=200 ...) write the machine-wide defaults under
   HKLM\\Software\\Cityviewer (read back with wine reg query), a new user's window follows them (--screenshot
   --report), DESKTOPSHORTCUT=0 leaves out the desktop shortcut, and msiexec /x removes them.
The screenshots are kept in WORK/check-windows/ to be looked at.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import struct
import subprocess
import time
import zipfile
from collections.abc import Callable
from pathlib import Path

import signing
import windows
import winget
from common import LICENCE_FILES, Failed, sh, version
from wine import Wine, WineError, build_icu_standin, icu_files, windows_path

UPGRADE_CODE = "{CB60F62F-85F6-4CF2-9471-5890CA223F60}"
PUBLISHER = "The Cityviewer developers"
DOWNGRADE_MESSAGE = "A newer version of Cityviewer is already installed."
UNINSTALL = r"Software\\Microsoft\\Windows\\CurrentVersion\\Uninstall\\"
PRODUCTS = r"Software\\Classes\\Installer\\Products\\"
# Keys that are not ours: those the Windows Installer makes for itself the first time it installs anything and
# keeps (empty) after, and the RunServices key Wine makes when it first starts services for a program.
NOT_OURS_KEYS = re.compile(
    r"^Software\\\\(Classes\\\\Installer\\\\(Features|Products|UpgradeCodes)"
    r"|Microsoft\\\\Windows\\\\CurrentVersion\\\\Installer\\\\"
    r"(UpgradeCodes|UserData\\\\S-1-5-18\\\\(Components|Products))"
    r"|(Wow6432Node\\\\)?Microsoft\\\\Windows\\\\CurrentVersion\\\\RunServices)$"
)
# Folders the Windows Installer keeps (empty): its cache of installed packages.
INSTALLER_OWN_FOLDERS = {"windows/Installer"}
# What the MSI's tables must hold: MajorUpgrade's rows and downgrade refusal, the Start menu shortcut, 64-bit
# Program Files, the Add/Remove Programs icon, the program.
MSI_TABLES_HOLD = {
    "Upgrade": ["WIX_UPGRADE_DETECTED", "WIX_DOWNGRADE_DETECTED"],
    "LaunchCondition": ["NOT WIX_DOWNGRADE_DETECTED", DOWNGRADE_MESSAGE],
    "Shortcut": ["ProgramMenuFolder", "[INSTALLDIR]cityviewer.exe"],
    "Directory": ["ProgramFiles64Folder"],
    "Icon": ["cityviewer.ico"],
    "File": ["cityviewer.exe"],
}
# What IT passes to msiexec in the check of machine-wide defaults, what each writes (registry key, value), and
# what a new user's window then reports (--screenshot --report).
MSI_PROPERTIES = {"LANGUAGE": "ko", "THEME": "dark", "ZOOM": "200", "STARTCITY": "kaesong", "NOTESEXPORT": "0",
                  "LOCKED": "view/uiZoom", "DESKTOPSHORTCUT": "0"}  # fmt: skip
MACHINE_KEY = r"HKLM\Software\Cityviewer"
NEW_USER_SEES = ["city: kaesong", "zoom: 200", "notes export: turned off", "language: ko", "theme: dark",
                 "machine-wide defaults: \\HKEY_LOCAL_MACHINE\\Software\\Cityviewer"]  # fmt: skip
CA_ENV = "CITYVIEWER_SIGNING_CA"
RUN_TIMEOUT = 180
MSIEXEC_TIMEOUT = 300
SELF_TEST_PASSED = "self-test passed"


def packed_guid(guid: str) -> str:
    """The Windows Installer's registry form of a GUID: each group's hex digits reversed (the last two in pairs)."""
    groups = guid.strip("{}").split("-")
    pairs = "".join(groups[3:])
    return "".join(g[::-1] for g in groups[:3]) + "".join(pairs[i + 1] + pairs[i] for i in range(0, len(pairs), 2))


def registry(prefix: Path) -> dict[str, dict[str, str]]:
    """The prefix's registry (system.reg and user.reg, as Wine saved them): each key's values, raw."""
    keys: dict[str, dict[str, str]] = {}
    current: dict[str, str] = {}
    for hive in ("system.reg", "user.reg"):
        for line in (prefix / hive).read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("["):
                current = keys.setdefault(line[1 : line.index("]")], {})
            elif line.startswith('"') and "=" in line:
                name, _, value = line.partition("=")
                current[name.strip('"')] = value.strip('"')
    return keys


def files(root: Path) -> set[str]:
    return {p.relative_to(root).as_posix() for p in root.rglob("*")}


def version_numbers(text: str) -> tuple[int, int, int, int]:
    numbers = [int(n) for n in re.findall(r"\d+", text)[:4]]
    return tuple(numbers + [0] * (4 - len(numbers)))  # type: ignore[return-value]


def next_version(text: str) -> str:
    """The same version with its last number one higher: 0.1.0 -> 0.1.1."""
    head, _, last = text.rpartition(".")
    return f"{head}.{int(last) + 1}"


def exe_resources(exe: Path) -> tuple[tuple[int, ...], str, int]:
    """The exe's file version (VS_FIXEDFILEINFO), version strings and number of icon images (wrestool)."""
    raw = subprocess.run(["wrestool", "-x", "--raw", "--type=16", str(exe)], capture_output=True, check=True).stdout
    at = raw.find(struct.pack("<I", 0xFEEF04BD))
    if at < 0:
        raise Failed(f"{exe.name} has no version resource")
    ms, ls = struct.unpack_from("<II", raw, at + 8)
    group = subprocess.run(["wrestool", "-x", "--raw", "--type=14", str(exe)], capture_output=True, check=True).stdout
    icons = struct.unpack_from("<H", group, 4)[0] if len(group) >= 6 else 0
    return (ms >> 16, ms & 0xFFFF, ls >> 16, ls & 0xFFFF), raw.decode("utf-16-le", errors="ignore"), icons


class WindowsChecks:
    def __init__(self, dist: Path, work: Path) -> None:
        self.version = version()
        self.bundle = dist / "windows" / "cityviewer"
        self.msi = dist / f"cityviewer-{self.version}-windows-x64.msi"
        self.zip = dist / f"cityviewer-{self.version}-windows-x64-portable.zip"
        self.icon = work / "icons" / "cityviewer.ico"
        self.place = work / "check-windows"
        self.wine = Wine(self.place / "prefix")
        self.winget = dist / "winget"
        self.ca = Path(os.environ.get(CA_ENV) or work / signing.TEST_CA)

    def checks(self) -> list[tuple[str, Callable[[Path], str]]]:
        return [
            ("Windows: a fresh Wine prefix", self.check_prefix),
            ("Windows: the MSI's tables (msiinfo)", self.check_tables),
            ("Windows: bundle contents, icon, version resource", self.check_bundle),
            ("Windows: the frozen exe's self-test and screenshot", self.check_frozen),
            ("Windows: Authenticode signatures (exe, zip's exe, MSI)", self.check_signatures),
            ("Windows: winget manifest", self.check_winget),
            ("Windows: msiexec install, upgrade, downgrade refused, uninstall", self.check_msiexec),
            ("Windows: MSI properties write machine-wide defaults", self.check_machine_defaults),
            ("Windows: portable zip in a folder with spaces and Hangul", self.check_portable),
        ]

    def close(self) -> None:
        self.wine.stop()

    # -- running the app ----------------------------------------------------------------------------------------
    def run(self, *args: str | Path, timeout: float = RUN_TIMEOUT,
            qt_platform: str | None = None) -> subprocess.CompletedProcess[str]:  # fmt: skip
        try:
            return self.wine.run(*args, timeout=timeout, check=False, qt_platform=qt_platform)
        except WineError as exc:
            raise Failed(str(exc)) from exc

    def self_test(self, exe: Path, tmp: Path) -> str:
        """The exe's --self-test, offscreen; it reports through its exit code and a file (no console on Windows)."""
        report = tmp / f"self-test-{time.monotonic_ns()}.txt"
        result = self.run(exe, "--self-test", "--report", windows_path(report), qt_platform="offscreen")
        said = report.read_text(encoding="utf-8").strip() if report.exists() else "(no report file)"
        if result.returncode != 0 or not said.startswith(SELF_TEST_PASSED):
            raise Failed(f"{exe} --self-test exited {result.returncode}: {said}\n{result.stdout[-2000:]}")
        return said

    def screenshot(self, exe: Path, name: str) -> Path:
        """--screenshot with Qt's real Windows platform on the Xvfb display, kept in WORK/check-windows/."""
        shot = self.place / name
        shot.unlink(missing_ok=True)
        result = self.run(exe, "--screenshot", windows_path(shot), "--city", "pyongyang", qt_platform="windows")
        if result.returncode != 0 or not shot.is_file():
            raise Failed(f"{exe} --screenshot exited {result.returncode}:\n{result.stdout[-2000:]}")
        width, height = struct.unpack(">II", shot.read_bytes()[16:24])
        if (width, height) != (1024, 768):
            raise Failed(f"the screenshot is {width}x{height}, not 1024x768")
        return shot

    def open_and_close(self, exe: Path, *args: str) -> str:
        """Open the app's window on the display and close it as a user would (WM_CLOSE, which taskkill without
        /f sends), so that it saves its settings; what it printed."""
        process = self.wine.start(exe, *args, qt_platform="windows")
        deadline = time.monotonic() + RUN_TIMEOUT
        try:
            while process.poll() is None and time.monotonic() < deadline:
                time.sleep(2)
                self.run("taskkill", "/im", exe.name, timeout=60)
            output, _ = process.communicate(timeout=60)
        except subprocess.TimeoutExpired as exc:
            raise Failed(f"{exe} did not close within {RUN_TIMEOUT} s") from exc
        finally:
            if process.poll() is None:
                process.kill()
                self.wine.stop()
        if process.returncode != 0:
            raise Failed(f"{exe} exited {process.returncode} when closed:\n{output[-2000:]}")
        return output

    def msiexec(self, *args: str | Path, log: Path) -> tuple[int, str]:
        result = self.run("msiexec", *args, "/qn", "/norestart", "/l*v", windows_path(log), timeout=MSIEXEC_TIMEOUT)
        self.settle()
        text = log.read_bytes().decode("utf-16" if log.read_bytes()[:2] == b"\xff\xfe" else "utf-8", "replace")
        return result.returncode, text

    def settle(self) -> None:
        """Wait until the wineserver has exited, so the registry is saved to the prefix's files."""
        subprocess.run(["wineserver", "-w"], env=self.wine.env(), timeout=120, check=False)

    # -- the checks ---------------------------------------------------------------------------------------------
    def check_prefix(self, tmp: Path) -> str:
        shutil.rmtree(self.place, ignore_errors=True)
        self.place.mkdir(parents=True)
        try:
            seconds = self.wine.create(build_icu_standin(tmp / "icuuc.dll"))
        except WineError as exc:
            raise Failed(str(exc)) from exc
        return f"wineboot made {self.wine.prefix} in {seconds:.0f} s; the ICU stand-in is in its system32 only"

    def check_tables(self, _tmp: Path) -> str:
        props = dict(line.split("\t", 1) for line in sh("msiinfo", "export", self.msi, "Property").splitlines()[3:])
        expected = {"ALLUSERS": "1", "UpgradeCode": UPGRADE_CODE, "ProductVersion": self.version,
                    "Manufacturer": PUBLISHER, "ProductName": "Cityviewer", "ARPPRODUCTICON": "cityviewer.ico",
                    "ARPNOMODIFY": "1"}  # fmt: skip
        wrong = {k: props.get(k) for k, v in expected.items() if props.get(k) != v}
        if wrong:
            raise Failed(f"MSI properties differ from {expected}: {wrong}")
        tables = {table: sh("msiinfo", "export", self.msi, table) for table in MSI_TABLES_HOLD}
        missing = [f"{t}: {w}" for t, words in MSI_TABLES_HOLD.items() for w in words if w not in tables[t]]
        if missing:
            raise Failed(f"MSI tables lack {missing}")
        if re.search(r"(?i)icu\w*\.dll", tables["File"]):
            raise Failed("the MSI carries an ICU library")
        template = sh("msiinfo", "suminfo", self.msi)
        if "x64;1033" not in template:
            raise Failed(f"the MSI is not for x64: {template}")
        return (f"ALLUSERS=1, UpgradeCode {UPGRADE_CODE}, ProductVersion {self.version}, Manufacturer "
                f"'{PUBLISHER}', ARPPRODUCTICON, ARPNOMODIFY; MajorUpgrade with the downgrade message; "
                "Start menu shortcut; ProgramFiles64Folder; x64")  # fmt: skip

    def check_bundle(self, _tmp: Path) -> str:
        exe = self.bundle / "cityviewer.exe"
        found = icu_files(self.bundle) + [Path(n) for n in zipfile.ZipFile(self.zip).namelist() if "/icu" in n.lower()]
        if found:
            raise Failed(f"the Windows bundle or zip carries ICU: {found}")
        numbers, strings, icons = exe_resources(exe)
        if numbers != version_numbers(self.version):
            raise Failed(f"cityviewer.exe's file version is {numbers}, not {self.version}")
        for text in ("Cityviewer", PUBLISHER, self.version):
            if text not in strings:
                raise Failed(f"cityviewer.exe's version resource lacks {text!r}")
        with self.icon.open("rb") as f:
            wanted = struct.unpack("<HHH", f.read(6))[2]
        if icons != wanted:
            raise Failed(f"cityviewer.exe has {icons} icon images, the .ico {wanted}")
        size = sum(p.stat().st_size for p in self.bundle.rglob("*") if p.is_file()) / 1e6
        return (f"no ICU library in the bundle or zip; file version {'.'.join(map(str, numbers))}, product, "
                f"company; {icons} icon images; bundle {size:.1f} MB")  # fmt: skip

    def check_frozen(self, tmp: Path) -> str:
        exe = self.bundle / "cityviewer.exe"
        said = self.self_test(exe, tmp)
        shot = self.screenshot(exe, "bundle.png")
        return f"{said}; screenshot {shot}"

    def check_msiexec(self, tmp: Path) -> str:
        installed = self.wine.drive_c / "Program Files" / "Cityviewer"
        newer = next_version(self.version)
        newer_msi = self.newer_msi(tmp, newer)
        self.settle()
        keys_before, files_before = set(registry(self.wine.prefix)), files(self.wine.drive_c)
        code, log = self.msiexec("/i", windows_path(self.msi), log=self.place / "install.log")
        if code != 0 or not (installed / "cityviewer.exe").is_file():
            raise Failed(f"msiexec /i exited {code}; {installed} has {sorted(files(installed))[:5]}\n{log[-1500:]}")
        self.expect_entries([self.version])
        signed = self.installed_is_signed(installed / "cityviewer.exe")
        if not self.desktop_shortcuts():
            raise Failed("no desktop shortcut after an install without DESKTOPSHORTCUT=0")
        said = self.self_test(installed / "cityviewer.exe", tmp)
        shot = self.screenshot(installed / "cityviewer.exe", "installed.png")
        code, log = self.msiexec("/i", windows_path(newer_msi), log=self.place / "upgrade.log")
        if code != 0 or not (installed / "upgraded-to.txt").is_file():
            raise Failed(f"msiexec /i of {newer} exited {code} or did not replace the files\n{log[-1500:]}")
        self.expect_entries([newer])
        self.self_test(installed / "cityviewer.exe", tmp)
        code, log = self.msiexec("/i", windows_path(self.msi), log=self.place / "downgrade.log")
        # The LaunchCondition refuses it (ERROR_INSTALL_FAILURE, 1603; a Unix exit status keeps its low byte).
        # Wine's msiexec does not log the condition's message, which check_tables finds in the MSI instead.
        if code not in (1603, 1603 & 0xFF) or "WIX_DOWNGRADE_DETECTED = {" not in log:
            raise Failed(f"installing {self.version} over {newer} was not refused as a downgrade (exit {code})")
        self.expect_entries([newer])
        if not (installed / "upgraded-to.txt").is_file():
            raise Failed("the refused downgrade changed the installed files")
        code, log = self.msiexec("/x", windows_path(newer_msi), log=self.place / "uninstall.log")
        if code != 0:
            raise Failed(f"msiexec /x exited {code}\n{log[-1500:]}")
        settings = self.leftovers(keys_before, files_before)
        return (f"installed into {installed}, one ARP entry {self.version}, the desktop shortcut; {signed}; {said}; "
                f"screenshot {shot}; upgraded to "
                f"{newer} in place (one entry, new files, self-test passed); {self.version} then refused as a "
                f"downgrade (1603, files kept); msiexec /x left no file, folder or key of ours{settings}")  # fmt: skip

    def check_signatures(self, tmp: Path) -> str:
        with zipfile.ZipFile(self.zip) as archive:
            zipped = tmp / "zipped-cityviewer.exe"
            zipped.write_bytes(archive.read("Cityviewer/cityviewer.exe"))
        if not self.ca.is_file():
            raise Failed(f"no CA to verify the signatures with: {self.ca} (set {CA_ENV} for a release certificate)")
        said = []
        for path in (self.bundle / "cityviewer.exe", zipped, self.msi):
            try:
                said.append(f"{path.name}: {signing.verify(path, self.ca)}")
            except ValueError as exc:
                raise Failed(str(exc)) from exc
        if any(p.name == "test-ca.pem" for p in self.msi.parent.rglob("*.pem")):
            raise Failed("the test CA is in dist/")
        return f"SHA-256 signatures verified against {self.ca.name}: {'; '.join(said)}"

    def installed_is_signed(self, exe: Path) -> str:
        """The exe msiexec installed is the bundle's signed one, and its signature verifies."""
        if exe.read_bytes() != (self.bundle / "cityviewer.exe").read_bytes():
            raise Failed(f"the installed {exe.name} differs from the signed one in the bundle")
        try:
            return f"the installed exe is the signed one ({signing.verify(exe, self.ca)})"
        except ValueError as exc:
            raise Failed(str(exc)) from exc

    def check_winget(self, _tmp: Path) -> str:
        try:
            read = winget.validate(self.winget)
        except (ValueError, OSError) as exc:
            raise Failed(str(exc)) from exc
        installer = read["installer"]
        (entry,) = installer["Installers"]
        sha256 = hashlib.sha256(self.msi.read_bytes()).hexdigest().upper()
        product_code = winget.msi_property(self.msi, "ProductCode")
        (arp,) = installer["AppsAndFeaturesEntries"]
        expected = [
            ("InstallerSha256", entry["InstallerSha256"], sha256),
            ("ProductCode", installer["ProductCode"], product_code),
            ("AppsAndFeaturesEntries ProductCode", arp["ProductCode"], product_code),
            ("UpgradeCode", arp["UpgradeCode"], UPGRADE_CODE),
            ("PackageVersion", installer["PackageVersion"], self.version),
            ("InstallerUrl", entry["InstallerUrl"].rsplit("/", 1)[-1], self.msi.name),
        ]
        wrong = {name: value for name, value, wanted in expected if value != wanted}
        if wrong:
            raise Failed(f"the winget manifest does not match the MSI: {wrong}")
        return (f"{len(read)} files validate against winget's {winget.SCHEMA_VERSION} schemas; InstallerSha256 "
                f"{sha256[:12]}... and ProductCode {product_code} are the MSI's")  # fmt: skip

    def desktop_shortcuts(self) -> list[str]:
        return sorted(f for f in files(self.wine.drive_c) if re.search(r"(?i)/Desktop/Cityviewer\.lnk$", f))

    def reg_query(self, key: str, name: str) -> str | None:
        """A registry value as wine reg query reads it back, or None when there is none."""
        result = self.run("reg", "query", key, "/v", name, timeout=60)
        found = re.search(rf"(?m)^\s*{re.escape(name)}\s+REG_\w+\s+(.*?)\s*$", result.stdout)
        return found.group(1) if result.returncode == 0 and found else None

    def check_machine_defaults(self, tmp: Path) -> str:
        installed = self.wine.drive_c / "Program Files" / "Cityviewer" / "cityviewer.exe"
        for user_settings in self.wine.drive_c.glob("users/*/AppData/Roaming/Cityviewer"):
            shutil.rmtree(user_settings)  # a new user: none of their own settings
        properties = [f"{name}={value}" for name, value in MSI_PROPERTIES.items()]
        code, log = self.msiexec("/i", windows_path(self.msi), *properties, log=self.place / "install-defaults.log")
        if code != 0 or not installed.is_file():
            raise Failed(f"msiexec /i {' '.join(properties)} exited {code}\n{log[-1500:]}")
        written = {}
        for setting in windows.MACHINE_DEFAULTS.values():
            group, name = setting.split("/")
            written[setting] = self.reg_query(f"{MACHINE_KEY}\\{group}", name)
        wanted = {setting: MSI_PROPERTIES[prop] for prop, setting in windows.MACHINE_DEFAULTS.items()}
        if written != wanted:
            raise Failed(f"wine reg query read {written}, the properties were {wanted}")
        report, shot = tmp / "new-user.txt", self.place / "machine-defaults.png"
        result = self.run(installed, "--screenshot", windows_path(shot), "--report", windows_path(report),
                          qt_platform="windows")  # fmt: skip
        seen = report.read_text(encoding="utf-8").splitlines() if report.is_file() else []
        missing = [line for line in NEW_USER_SEES if line not in seen]
        if result.returncode != 0 or missing:
            raise Failed(f"a new user's window lacks {missing}: it reported {seen}\n{result.stdout[-1500:]}")
        shortcuts = self.desktop_shortcuts()
        if shortcuts:
            raise Failed(f"DESKTOPSHORTCUT=0, yet the desktop has {shortcuts}")
        code, log = self.msiexec("/x", windows_path(self.msi), log=self.place / "uninstall-defaults.log")
        left = {
            setting: value
            for setting in wanted
            if (value := self.reg_query(f"{MACHINE_KEY}\\{setting.split('/')[0]}", setting.split("/")[1]))
        }
        keys = [k for k in registry(self.wine.prefix) if k.lower().startswith("software\\\\cityviewer")]
        if code != 0 or left or keys or installed.exists():
            raise Failed(f"msiexec /x exited {code}; left {left}, keys {keys}")
        return (f"msiexec /i {' '.join(properties)}: wine reg query read each value back under {MACHINE_KEY}; a new "
                f"user's window showed {', '.join(NEW_USER_SEES[:5])}; no desktop shortcut; msiexec /x removed "
                "them")  # fmt: skip

    def newer_msi(self, tmp: Path, newer: str) -> Path:
        """An MSI of a higher version, from a copy of the bundle with one more file, to tell the upgrade by."""
        import windows

        copy = tmp / "newer" / "cityviewer"
        shutil.copytree(self.bundle, copy)
        (copy / "upgraded-to.txt").write_text(f"{newer}\n", encoding="utf-8")
        return windows.msi(copy, tmp / f"cityviewer-{newer}-windows-x64.msi", newer, self.icon, tmp / "newer-wix")

    def expect_entries(self, versions: list[str]) -> None:
        """The Add/Remove Programs entries named Cityviewer have exactly these versions."""
        entries = [v for k, v in registry(self.wine.prefix).items() if k.startswith(UNINSTALL)
                   and v.get("DisplayName") == "Cityviewer"]  # fmt: skip
        found = sorted(e.get("DisplayVersion", "?") for e in entries)
        if found != sorted(versions):
            raise Failed(f"Add/Remove Programs lists Cityviewer {found}, expected {versions}")
        for entry in entries:
            if entry.get("Publisher") != PUBLISHER:
                raise Failed(f"the Add/Remove Programs entry lacks the publisher: {entry}")
        # Add/Remove Programs shows an MSI product's icon from the Installer's product key (ARPPRODUCTICON).
        icons = [v.get("ProductIcon", "") for k, v in registry(self.wine.prefix).items()
                 if k.startswith(PRODUCTS) and v.get("ProductName") == "Cityviewer"]  # fmt: skip
        if len(icons) != len(versions) or not all(i.lower().endswith("cityviewer.ico") for i in icons):
            raise Failed(f"the installed product's icons are {icons}")

    def leftovers(self, keys_before: set[str], files_before: set[str]) -> str:
        """Fail on any key, value, file or folder of ours left after uninstalling. Per-user settings that running
        the app wrote (AppData\\Roaming\\Cityviewer) are the user's, as on Windows: reported, not failed."""
        keys = registry(self.wine.prefix)
        new_keys = [k for k in set(keys) - keys_before if not NOT_OURS_KEYS.match(k)]
        ours = [k for k, values in keys.items() if any(re.search(r"(?i)cityviewer", f"{k}{v}")
                for v in values.values()) or packed_guid(UPGRADE_CODE) in k or "cityviewer" in k.lower()]  # fmt: skip
        user_settings = {f for f in files(self.wine.drive_c) - files_before if "/AppData/Roaming/Cityviewer" in f}
        new_files = sorted(files(self.wine.drive_c) - files_before - INSTALLER_OWN_FOLDERS - user_settings)
        if new_keys or ours or new_files:
            raise Failed(f"left behind: keys {sorted(new_keys)[:5]} {ours[:5]}, files {new_files[:5]}")
        return f" (the user's settings {sorted(user_settings)[:1]} stay, as on Windows)" if user_settings else ""

    def check_portable(self, tmp: Path) -> str:
        place = tmp / "교실 USB 자료 (휴대용)"
        with zipfile.ZipFile(self.zip) as archive:
            archive.extractall(place)
        exe = place / "Cityviewer" / "cityviewer.exe"
        missing = [name for name in ("README.txt", *LICENCE_FILES) if not (exe.parent / name).is_file()]
        if missing:
            raise Failed(f"the portable zip lacks {missing} at its top level")
        for user_settings in self.wine.drive_c.glob("users/*/AppData/Roaming/Cityviewer"):
            shutil.rmtree(user_settings)  # left by the runs before: the portable copy must not make them again
        appdata_before = files(self.wine.drive_c)
        said = self.self_test(exe, tmp)
        self.screenshot(exe, "portable.png")
        self.open_and_close(exe, "--city", "kaesong")
        kept = place / "Cityviewer" / "settings" / "cityviewer.ini"
        if not kept.is_file() or "lastCity=kaesong" not in kept.read_text(encoding="utf-8"):
            raise Failed(f"no settings (last city kaesong) beside the program: {sorted(files(place))[:3]}")
        elsewhere = [f for f in files(self.wine.drive_c) - appdata_before if "cityviewer" in f.lower()]
        if elsewhere:
            raise Failed(f"the portable copy wrote settings into the prefix: {elsewhere}")
        return (f"{said} from {place}; opened and closed, it kept its settings (last city) in "
                f"{kept.relative_to(place)}, none in the user's profile")  # fmt: skip
