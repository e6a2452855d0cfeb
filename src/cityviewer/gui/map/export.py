"""Export the map's current view for worksheets: a PNG at a chosen size, or an SVG drawing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QInputDialog, QWidget

from cityviewer.gui.messages import Kind, tell
from cityviewer.gui.savefolder import Location, suggested

if TYPE_CHECKING:
    from cityviewer.gui.map.pane import MapPane

PNG_FACTORS = (1, 2, 3, 4)  # times the map pane's size on screen


class ExportDialogs:
    """The questions export asks, as class methods so tests can replace them."""

    @classmethod
    def ask_file(cls, parent: QWidget) -> tuple[Path, str] | None:
        png, svg = (
            QCoreApplication.translate("MapExport", "PNG image (*.png)"),
            QCoreApplication.translate("MapExport", "SVG drawing (*.svg)"),
        )
        where = suggested(QCoreApplication.translate("MapExport", "map.png"), Location.PicturesLocation)
        name, chosen = QFileDialog.getSaveFileName(
            parent, QCoreApplication.translate("MapExport", "Export Map"), where, f"{png};;{svg}"
        )
        if not name:
            return None
        path = Path(name)
        kind = "svg" if path.suffix.lower() == ".svg" or (chosen == svg and path.suffix.lower() != ".png") else "png"
        return path.with_suffix(f".{kind}") if not path.suffix else path, kind

    @classmethod
    def ask_factor(cls, parent: QWidget, width: int, height: int) -> int | None:
        choices = [
            QCoreApplication.translate("MapExport", "{width} × {height} pixels").format(
                width=width * f, height=height * f
            )
            for f in PNG_FACTORS
        ]
        choice, ok = QInputDialog.getItem(
            parent,
            QCoreApplication.translate("MapExport", "Export Map"),
            QCoreApplication.translate("MapExport", "Size of the image:"),
            choices,
            1,
            False,
        )
        return PNG_FACTORS[choices.index(choice)] if ok and choice in choices else None


def export_map(parent: QWidget, pane: MapPane, dialogs: type[ExportDialogs] = ExportDialogs) -> Path | None:
    """Ask where and how big, then write the map pane's view; the file written, or None."""
    asked = dialogs.ask_file(parent)
    if asked is None:
        return None
    path, kind = asked
    if kind == "svg":
        written = pane.export_svg(path)
    else:
        factor = dialogs.ask_factor(parent, pane.width(), pane.height())
        if factor is None:
            return None
        written = pane.export_png(path, factor)
    if not written:
        tell(
            parent,
            Kind.FAILED,
            QCoreApplication.translate("MapExport", "The map could not be written to {path}.").format(path=path),
            QCoreApplication.translate("MapExport", "Export Map"),
        )
        return None
    return path
