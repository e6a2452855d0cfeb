"""The base layer in tiles: the outlines rendered once per zoom level into pixmaps of TILE pixels, so a repaint
while panning copies pixmaps instead of filling and stroking thousands of vertices.

Tiles are rendered from the same vector paths at the level's exact scale and the screen's device pixel ratio, so
they are as crisp as drawing the vectors; exports (PNG, SVG) draw the vectors themselves. Tiles that the view will
need next (the ring around the visible ones) are rendered when the event loop is idle.
"""

from __future__ import annotations

import math
from collections import OrderedDict

from PySide6.QtCore import QPointF, QRectF, QTimer
from PySide6.QtGui import QPainter, QPixmap, QTransform
from PySide6.QtWidgets import QWidget

from cityviewer.core.mapmodel import Viewport
from cityviewer.gui.maprender import SEA, BasePaths, draw_base_paths

TILE = 256  # logical pixels
CAPACITY = 160  # tiles kept (about 40 MB at a device pixel ratio of 1)

Key = tuple[int, int, int]  # level, column, row


class TileCache:
    """Tiles of the base layer by zoom level, column and row of the level's pixel grid (x east, y down)."""

    def __init__(self, paths: BasePaths, owner: QWidget) -> None:
        """Tiles for owner's screen (its device pixel ratio); the idle work stops when owner is deleted."""
        self._paths = paths
        self._ratio = owner.devicePixelRatioF
        self._tiles: OrderedDict[Key, QPixmap] = OrderedDict()
        self._level_paths: dict[int, BasePaths] = {}  # the paths in each level's pixel grid
        self._wanted: list[Key] = []
        self._scale = 1.0
        self._idle = QTimer(owner)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._render_one_wanted)
        self.rendered = 0  # how many tiles were rendered (for tests and the benchmark)

    def clear(self) -> None:
        self._tiles.clear()
        self._level_paths.clear()
        self._wanted.clear()

    def draw(self, painter: QPainter, view: Viewport, level: int) -> None:
        """Draw the base layer as view shows it at level, rendering the tiles it lacks now and the ones around
        them later."""
        painter.fillRect(QRectF(0, 0, view.width, view.height), SEA)
        origin_x = round(view.width / 2 - view.center_x * view.scale)
        origin_y = round(view.height / 2 + view.center_y * view.scale)
        first_col, last_col = math.floor(-origin_x / TILE), math.floor((view.width - origin_x) / TILE)
        first_row, last_row = math.floor(-origin_y / TILE), math.floor((view.height - origin_y) / TILE)
        for col in range(first_col, last_col + 1):
            for row in range(first_row, last_row + 1):
                pixmap = self._tile((level, col, row), view.scale)
                painter.drawPixmap(QPointF(origin_x + col * TILE, origin_y + row * TILE), pixmap)
        self._wanted = [
            (level, col, row)
            for col in range(first_col - 1, last_col + 2)
            for row in range(first_row - 1, last_row + 2)
            if (level, col, row) not in self._tiles
        ]
        self._scale = view.scale
        if self._wanted:
            self._idle.start()

    def _tile(self, key: Key, scale: float) -> QPixmap:
        pixmap = self._tiles.get(key)
        if pixmap is None:
            pixmap = self._render(key, scale)
            self._tiles[key] = pixmap
            while len(self._tiles) > CAPACITY:
                self._tiles.popitem(last=False)
        else:
            self._tiles.move_to_end(key)
        return pixmap

    def _render(self, key: Key, scale: float) -> QPixmap:
        level, col, row = key
        paths = self._level_paths.get(level)
        if paths is None:
            # The level's pixel grid: x * scale east, -y * scale down.
            paths = self._level_paths[level] = self._paths.mapped(QTransform(scale, 0, 0, -scale, 0, 0))
        ratio = self._ratio()
        pixmap = QPixmap(round(TILE * ratio), round(TILE * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(SEA)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(-col * TILE, -row * TILE)  # this tile starts at (col, row) * TILE of the grid
        draw_base_paths(painter, paths)
        painter.end()
        self.rendered += 1
        return pixmap

    def _render_one_wanted(self) -> None:
        while self._wanted:
            key = self._wanted.pop(0)
            if key not in self._tiles:
                self._tile(key, self._scale)
                break
        if self._wanted:
            self._idle.start()
