#!/usr/bin/env python3
"""Map repaint while panning, against a same-run baseline: a bare QWidget drawing the same outlines (the same
painter paths, transform and pens) with no markers, labels, names or scale bar.

    .venv/bin/python bench/map_repaint.py DATASET [--frames N] [--size WxH] [--zoom STEPS]

Both widgets are panned by the same steps (sweeps from edge to edge of the map, 12 px a frame) and repainted
synchronously; each frame's paint is timed, tiles rendered on the way included. Between frames the event loop runs
once, as it does between two mouse moves. The first paint at a zoom level places its labels and renders its
first tiles (once per level): that is reported apart, not among the frames. Prints
one JSON line.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEventLoop, QTimer
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QApplication, QWidget

from cityviewer.core.dataset import Dataset
from cityviewer.core.map.model import Viewport, scale_of
from cityviewer.gui.background import DatasetThread
from cityviewer.gui.colours import colours_of
from cityviewer.gui.map.pane import MapPane
from cityviewer.gui.map.render import BasePaths, paint_base


class BareOutline(QWidget):
    """The baseline: the outlines alone, drawn as the map draws them."""

    def __init__(self, paths: BasePaths) -> None:
        super().__init__()
        self.paths = paths
        self.view = Viewport(0, 0, 1, 1, 1)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        paint_base(painter, self.view, self.paths, colours_of(self).map)
        painter.end()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, math.ceil(q * len(ordered)) - 1)]


def timed(widget: QWidget) -> float:
    started = time.perf_counter()
    widget.repaint()
    return (time.perf_counter() - started) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("dataset", type=Path)
    parser.add_argument("--frames", type=int, default=200)
    parser.add_argument("--size", default="600x640", help="the map pane's size (its size at 1024x768)")
    parser.add_argument("--zoom", type=int, default=0, help="zoom steps in from the whole country")
    args = parser.parse_args()
    width, height = (int(v) for v in args.size.split("x"))

    app = QApplication(sys.argv[:1])
    opened = Dataset.open(args.dataset, verify=False)  # the volume the map is drawn for
    volume = opened.info.volume
    opened.close()
    thread = DatasetThread(args.dataset)
    pane = MapPane(thread, volume)
    pane.resize(width, height)
    loop = QEventLoop()
    pane.loaded.connect(loop.quit)
    QTimer.singleShot(120_000, loop.quit)
    pane.show()
    loop.exec()
    if pane.layer is None:
        print("map_repaint: the map did not load", file=sys.stderr)
        return 1
    pane.reset_view()
    pane.zoom(args.zoom)
    started = time.perf_counter()
    pane.repaint()  # places the labels of this level
    first = (time.perf_counter() - started) * 1000

    bare = BareOutline(pane.base_paths)  # the very same paths
    bare.resize(width, height)
    bare.show()
    app.processEvents()

    ours, base = [], []
    step = 12.0  # pixels a frame: a brisk drag
    direction = 1.0
    for frame in range(args.frames):
        before = pane.center
        pane.pan_pixels(direction * step, step / 3 * math.sin(frame / 15))
        if pane.center[0] == before[0]:  # at the edge of the map: sweep back
            direction = -direction
        bare.view = Viewport(pane.center[0], pane.center[1], scale_of(pane.level), width, height)
        ours.append(timed(pane))
        base.append(timed(bare))
        app.processEvents()  # between two mouse moves the event loop idles (and renders tiles around the view)
    thread.close()
    report = {
        "places": len(thread_places(args.dataset)),
        "on_map": len(pane.layer),
        "level": pane.level,
        "labels_first_paint": first,
        "repaint_p50": statistics.median(ours),
        "repaint_p95": percentile(ours, 0.95),
        "bare_p50": statistics.median(base),
        "bare_p95": percentile(base, 0.95),
    }
    print(json.dumps(report), flush=True)
    return 0


def thread_places(path: Path) -> list[str]:
    from cityviewer.core.dataset import Dataset

    dataset = Dataset.open(path, verify=False)
    try:
        return dataset.entry_ids()
    finally:
        dataset.close()


if __name__ == "__main__":
    sys.exit(main())
