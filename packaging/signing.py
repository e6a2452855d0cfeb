"""Authenticode signing of the Windows installers (cityviewer.exe and the MSI) with osslsigncode, SHA-256.

The certificate comes from the environment, as a release gets it from a CI secret:
    CITYVIEWER_SIGNING_PFX       a PKCS#12 file holding the code-signing certificate, its key and its chain
    CITYVIEWER_SIGNING_PASSWORD  that file's password (written to a private file for osslsigncode, never printed)
    CITYVIEWER_TIMESTAMP_URL     an RFC 3161 timestamp server (a release sets it; this machine reaches none)
Without CITYVIEWER_SIGNING_PFX, the build signs with a throwaway test CA and code-signing certificate (openssl),
made once per machine and kept in the build cache (~/.cache/cityviewer-build/signing), so that two builds of one
commit sign alike (check.py --reproducible compares the zips); the CA is written to
build/windows/signing/test-ca.pem for check.py, never into dist/. Untimestamped signatures carry the commit's time
(-time SOURCE_DATE_EPOCH) as their signing time.
On a Windows build machine (the release workflow's native job) the Windows SDK's signtool signs instead, and only
with a release's certificate: without CITYVIEWER_SIGNING_PFX that build is left unsigned (signer() gives None).
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from common import run

# The tools signing and its checks need, and the Debian packages that have them.
TOOLS = {"osslsigncode": "osslsigncode", "openssl": "openssl"}
PFX_ENV, PASSWORD_ENV, TIMESTAMP_ENV = (
    "CITYVIEWER_SIGNING_PFX",
    "CITYVIEWER_SIGNING_PASSWORD",
    "CITYVIEWER_TIMESTAMP_URL",
)
TEST_CA = Path("windows") / "signing" / "test-ca.pem"  # under the build's work folder
TEST_PASSWORD = "cityviewer-test-only"  # the throwaway certificate's: not a secret
PROGRAM_NAME, PROGRAM_URL = "Cityviewer", "https://cityviewer.example.org/"
TEST_SUBJECT = "/CN=Cityviewer test code signing (not for release)/O=The Cityviewer developers"
TEST_CA_SUBJECT = "/CN=Cityviewer test CA (not for release)"
DAYS = "3650"


def cache_dir() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "cityviewer-build" / "signing"


def _openssl(*args: str | Path) -> None:
    subprocess.run(["openssl", *map(str, args)], check=True, capture_output=True)


def test_certificate(folder: Path) -> tuple[Path, Path]:
    """A throwaway CA and a code-signing certificate it issued, as a PKCS#12 file: (pfx, ca.pem). Made once in
    folder, then reused."""
    pfx, ca = folder / "test-signing.pfx", folder / "test-ca.pem"
    if pfx.is_file() and ca.is_file():
        return pfx, ca
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, mode=0o700)
    ca_key, key, request, cert = (
        folder / name for name in ("test-ca.key", "signing.key", "signing.csr", "signing.pem")
    )
    print(f"signing: no {PFX_ENV}: making a throwaway test CA and code-signing certificate in {folder}", flush=True)
    _openssl("req", "-x509", "-newkey", "rsa:3072", "-nodes", "-keyout", ca_key, "-out", ca, "-days", DAYS,
             "-subj", TEST_CA_SUBJECT, "-addext", "basicConstraints=critical,CA:TRUE",
             "-addext", "keyUsage=critical,keyCertSign,cRLSign")  # fmt: skip
    _openssl("req", "-newkey", "rsa:3072", "-nodes", "-keyout", key, "-out", request, "-subj", TEST_SUBJECT)
    extensions = folder / "extensions.cnf"
    extensions.write_text("basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n"
                          "extendedKeyUsage=codeSigning\n", encoding="utf-8")  # fmt: skip
    _openssl("x509", "-req", "-in", request, "-CA", ca, "-CAkey", ca_key, "-set_serial", "2", "-days", DAYS,
             "-out", cert, "-extfile", extensions)  # fmt: skip
    _openssl("pkcs12", "-export", "-inkey", key, "-in", cert, "-certfile", ca, "-out", pfx.with_suffix(".tmp"),
             "-passout", f"pass:{TEST_PASSWORD}")  # fmt: skip
    pfx.with_suffix(".tmp").replace(pfx)  # last: a half-made folder is made again
    return pfx, ca


@dataclass(frozen=True)
class Signer:
    """Signs files in place with one certificate. ca: the test CA that verifies it (None with a real one)."""

    pfx: Path
    password_file: Path
    ca: Path | None
    timestamp_url: str | None
    epoch: int

    def sign(self, path: Path) -> Path:
        if sys.platform == "win32":
            return self._signtool(path)
        signed = path.with_name(f"{path.name}.signed")
        args: list[str | Path] = ["osslsigncode", "sign", "-pkcs12", self.pfx, "-readpass", self.password_file,
                                  "-h", "sha256", "-n", PROGRAM_NAME, "-i", PROGRAM_URL]  # fmt: skip
        args += ["-ts", self.timestamp_url] if self.timestamp_url else ["-time", str(self.epoch)]
        run(*args, "-in", path, "-out", signed)
        signed.replace(path)
        return path

    def _signtool(self, path: Path) -> Path:
        """The Windows SDK's signtool (the newest installed), SHA-256, timestamped when a server is given."""
        found = sorted(glob.glob(r"C:\Program Files (x86)\Windows Kits\10\bin\10.*\x64\signtool.exe"))
        if not found:
            raise SystemExit("signing: no signtool.exe (Windows SDK) on this machine")
        password = self.password_file.read_text(encoding="utf-8")
        stamp = ["/tr", self.timestamp_url, "/td", "sha256"] if self.timestamp_url else []
        subprocess.run([found[-1], "sign", "/fd", "sha256", "/f", str(self.pfx), "/p", password, *stamp,
                        "/d", PROGRAM_NAME, "/du", PROGRAM_URL, str(path)], check=True)  # fmt: skip
        return path

    def close(self) -> None:
        """Remove the password file (a release's password must not stay in the build folder)."""
        self.password_file.unlink(missing_ok=True)


def signer(work: Path, epoch: int) -> Signer | None:
    """The release's certificate from the environment, or the throwaway test one (its CA copied to
    WORK/windows/signing/test-ca.pem); None on Windows without a release's certificate."""
    if sys.platform == "win32" and not os.environ.get(PFX_ENV):
        print(f"signing: no {PFX_ENV}: the Windows installers are not signed", flush=True)
        return None
    folder = work / "windows" / "signing"
    folder.mkdir(parents=True, exist_ok=True)
    password_file = folder / "password"
    password_file.touch(mode=0o600)
    timestamp = os.environ.get(TIMESTAMP_ENV) or None
    if os.environ.get(PFX_ENV):
        password_file.write_text(os.environ.get(PASSWORD_ENV, ""), encoding="utf-8")
        return Signer(Path(os.environ[PFX_ENV]), password_file, None, timestamp, epoch)
    pfx, ca = test_certificate(cache_dir())
    shutil.copyfile(ca, work / TEST_CA)
    password_file.write_text(TEST_PASSWORD, encoding="utf-8")
    return Signer(pfx, password_file, work / TEST_CA, timestamp, epoch)


def verify(path: Path, ca: Path) -> str:
    """osslsigncode verify against ca: the signature's digest and signer, or raise ValueError with its output."""
    result = subprocess.run(["osslsigncode", "verify", "-CAfile", str(ca), "-in", str(path)], capture_output=True,
                            text=True)  # fmt: skip
    out = result.stdout + result.stderr
    if result.returncode != 0 or "Signature verification: ok" not in out:
        raise ValueError(f"osslsigncode verify {path.name} exited {result.returncode}:\n{out[-2000:]}")
    if "SHA256" not in out.split("Message digest algorithm", 1)[-1].splitlines()[0]:
        raise ValueError(f"{path.name} is not signed with SHA-256:\n{out[-2000:]}")
    subject = next((line.split(":", 1)[1].strip() for line in out.splitlines() if "Subject:" in line), "?")
    return subject
