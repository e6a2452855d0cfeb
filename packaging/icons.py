"""The icon is drawn once, as SVG (resources/icons/cityviewer.svg); every other size and format is made from it
here, with Qt (offscreen), so the build needs no image tools."""

from __future__ import annotations

import os
import struct
from pathlib import Path

ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09", 1024: b"ic10"}


def _png(svg: Path, size: int) -> bytes:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def _ico(images: dict[int, bytes]) -> bytes:
    """A Windows .ico holding PNG images (valid since Windows Vista)."""
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = 6 + 16 * len(images)
    entries, blobs = b"", b""
    for size, png in sorted(images.items()):
        dim = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def _icns(images: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG images."""
    body = b"".join(ICNS_TYPES[size] + struct.pack(">I", 8 + len(png)) + png for size, png in sorted(images.items()))
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def make_window_icons(svg: Path, out: Path) -> list[Path]:
    """Write the windows' icon at each size (cityviewer.resources.WINDOW_ICONS) into out: the app reads these,
    not the SVG, so that it never loads QtSvg to draw its icon."""
    from cityviewer import resources

    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for size, name in zip(resources.WINDOW_ICON_SIZES, resources.WINDOW_ICONS, strict=True):
        paths.append(out / Path(name).name)
        paths[-1].write_bytes(_png(svg, size))
    return paths


def make_icons(svg: Path, out: Path) -> dict[str, Path]:
    """Write cityviewer-256.png, cityviewer.ico and cityviewer.icns into out; return their paths by kind."""
    out.mkdir(parents=True, exist_ok=True)
    sizes = sorted(set(ICO_SIZES) | set(ICNS_TYPES))
    pngs = {size: _png(svg, size) for size in sizes}
    paths = {"png256": out / "cityviewer-256.png", "ico": out / "cityviewer.ico", "icns": out / "cityviewer.icns"}
    paths["png256"].write_bytes(pngs[256])
    paths["ico"].write_bytes(_ico({s: pngs[s] for s in ICO_SIZES}))
    paths["icns"].write_bytes(_icns({s: pngs[s] for s in ICNS_TYPES}))
    return paths


if __name__ == "__main__":  # python packaging/icons.py: the windows' icons into resources/icons, after the SVG changed
    ROOT = Path(__file__).resolve().parent.parent
    for written in make_window_icons(ROOT / "resources" / "icons" / "cityviewer.svg", ROOT / "resources" / "icons"):
        print(written.relative_to(ROOT))
