"""Screenshots to look at, as a person would see the app: the main window (article), its map, Compare and the quiz,
in each theme and at each zoom, drawn into one contact sheet per theme (and each shot on its own).

    .venv/bin/python scripts/look.py --out /tmp/look [--themes light,dark,high-contrast] [--zooms 50,100,200,300]
        [--size 1024x768] [--lang ko] [--dataset FILE] [--city ID]

Runs offscreen unless QT_QPA_PLATFORM says otherwise (under Xvfb: QT_QPA_PLATFORM=xcb). Settings are a fresh
temporary file: nothing of the user's is read or written. Prints the path of every picture it writes."""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QSettings, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication, QWidget

_SETTLE_PASSES = 8


def _settle(window: QWidget) -> None:
    from cityviewer.gui.diagnostics.screenshot import _wait_for_reads

    _wait_for_reads(window)
    for _ in range(_SETTLE_PASSES):
        QApplication.processEvents()


def _until(condition: Callable[[], bool], timeout_s: float = 30.0) -> None:
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.WaitForMoreEvents, 50)


def _shot(widget: QWidget, target: Path) -> QImage:
    _settle(widget)
    image = widget.grab().toImage()
    image.save(str(target))
    print(target)
    return image


def _sheet(images: list[list[QImage]], target: Path, scale: float = 0.5) -> None:
    """A grid: a row per zoom, a column per view, each picture scaled by scale."""
    cell_w = max(int(i.width() * scale) for row in images for i in row)
    cell_h = max(int(i.height() * scale) for row in images for i in row)
    columns = max(len(row) for row in images)
    sheet = QImage(cell_w * columns, cell_h * len(images), QImage.Format.Format_RGB32)
    sheet.fill(Qt.GlobalColor.gray)
    painter = QPainter(sheet)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    for r, row in enumerate(images):
        for c, image in enumerate(row):
            scaled = image.scaled(
                int(image.width() * scale),
                int(image.height() * scale),
                Qt.AspectRatioMode.KeepAspectRatio,
                Qt.TransformationMode.SmoothTransformation,
            )
            painter.drawImage(c * cell_w, r * cell_h, scaled)
    painter.end()
    sheet.save(str(target))
    print(target)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--themes", default="light,dark,high-contrast")
    parser.add_argument("--zooms", default="50,100,200,300")
    parser.add_argument("--size", default="1024x768")
    parser.add_argument("--lang", default=None, help="the interface's language (as --lang gives the app)")
    parser.add_argument("--dataset", type=Path, default=None)
    parser.add_argument("--city", default=None, help="the entry on show (default: the first listed)")
    args = parser.parse_args(argv)
    width, height = (int(n) for n in args.size.lower().split("x"))
    args.out.mkdir(parents=True, exist_ok=True)

    from cityviewer import app as cityviewer_app
    from cityviewer import resources
    from cityviewer.core.dataset import Dataset
    from cityviewer.gui.application import create_application
    from cityviewer.gui.mainwindow import MainWindow
    from cityviewer.gui.settings import Settings

    qt_app = create_application([sys.argv[0]], cityviewer_app.chosen_language(args.lang))
    path = args.dataset or resources.dataset_path()
    dataset = Dataset.open(path, language=cityviewer_app.reading_language(args.lang))
    with tempfile.TemporaryDirectory() as folder:
        for theme in args.themes.split(","):
            rows: list[list[QImage]] = []
            for zoom in (int(z) for z in args.zooms.split(",")):
                settings = Settings(QSettings(str(Path(folder) / f"{theme}-{zoom}.ini"), QSettings.Format.IniFormat))
                window = MainWindow(dataset, settings)
                window.resize(width, height)
                window.set_theme(theme)
                window.set_zoom(zoom)
                window.show()
                _settle(window)
                city = args.city or window.city_list.first_city()
                if city:
                    window.show_city(city)
                stem = args.out / f"{theme}-{zoom}"
                row = [_shot(window, Path(f"{stem}-article.png"))]
                window.tabs.setCurrentIndex(1)
                _until(lambda w=window: getattr(getattr(w.tabs, "map", None), "layer", None) is not None)
                row.append(_shot(window, Path(f"{stem}-map.png")))
                window.tabs.setCurrentIndex(0)
                compare = window.show_compare()
                _until(lambda c=compare: bool(c.cities()) and not c.reading())
                compare.resize(min(width, compare.width()), min(height, compare.height()))
                row.append(_shot(compare, Path(f"{stem}-compare.png")))
                compare.close()
                quiz = window.show_quiz()
                row.append(_shot(quiz, Path(f"{stem}-quiz.png")))
                quiz.close()
                rows.append(row)
                window.shut_down()
                window.deleteLater()
                QApplication.processEvents()
            _sheet(rows, args.out / f"sheet-{theme}.png")
    dataset.close()
    del qt_app
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
