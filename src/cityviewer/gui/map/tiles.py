"""The map in tiles, so that a repaint while panning copies pixmaps instead of drawing thousands of vertices,
markers and labels.

Each zoom level has a grid of TILE-pixel tiles (x east, y down). A tile is drawn in two layers, each kept:
- the base: land, graticule, coasts and borders, from the vector paths mapped once per level to its pixels;
- the full tile: the base with the overlay on it (names, markers, labels), drawn by the pane's overlay function
  for a viewport that is exactly the tile; cleared whenever what the markers show changes (filter, city on show).
Tiles are rendered at the level's exact scale and the screen's device pixel ratio, as crisp as the vectors; the
tiles around the view are rendered when the event loop is idle. Exports draw the vectors themselves.
"""

from __future__ import annotations

import math
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer
from PySide6.QtGui import QPainter, QPixmap, QPolygonF, QTransform
from PySide6.QtWidgets import QWidget

from cityviewer.core.map.geo import Viewport
from cityviewer.core.map.model import scale_of
from cityviewer.gui.colours import MapColours
from cityviewer.gui.map.render import BORDER_WIDTH, HOME_BORDER_WIDTH, BasePaths, line_pen

TILE = 256  # logical pixels
CAPACITY = 120  # tiles kept in each layer (about 30 MB each at a device pixel ratio of 1)

Key = tuple[int, int, int]  # level, column, row
CHUNK = 48  # points per piece of a coast or border: a tile draws only the pieces that cross it


class LevelPaths:
    """The base layer in one level's pixels, cut into pieces with their bounds, so that drawing a tile walks only
    the rings and the stretches of coast that cross it (the source's rings have no holes: each is filled alone)."""

    def __init__(self, paths: BasePaths, scale: float) -> None:
        grid = QTransform(scale, 0, 0, -scale, 0, 0)  # x * scale east, -y * scale down
        self.fills = [
            [(poly.boundingRect(), poly) for poly in path.toSubpathPolygons(grid)]
            for path in (paths.others, paths.home)
        ]
        self.lines = [self._pieces(path.toSubpathPolygons(grid)) for path in (paths.other_lines, paths.home_lines)]
        self.graticule = grid.map(paths.graticule)

    @staticmethod
    def _pieces(polylines: list[QPolygonF]) -> list[tuple[QRectF, QPolygonF]]:
        pieces = []
        for line in polylines:
            for start in range(0, max(1, line.size() - 1), CHUNK):
                piece = QPolygonF(line.mid(start, CHUNK + 1))
                pieces.append((piece.boundingRect().adjusted(-2, -2, 2, 2), piece))  # with the pen's width
        return pieces

    def draw(self, painter: QPainter, area: QRectF, colours: MapColours) -> None:
        """Everything that crosses area (level pixels), as draw_base_paths would draw it all."""
        painter.setPen(Qt.PenStyle.NoPen)
        for brush, polygons in zip((colours.land, colours.home_land), self.fills, strict=True):
            painter.setBrush(brush)
            for bounds, polygon in polygons:
                if bounds.intersects(area):
                    painter.drawPolygon(polygon)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(line_pen(colours.graticule, 1.0))
        painter.drawPath(self.graticule)
        pens = (line_pen(colours.border, BORDER_WIDTH), line_pen(colours.home_border, HOME_BORDER_WIDTH))
        for pen, pieces in zip(pens, self.lines, strict=True):
            painter.setPen(pen)
            for bounds, piece in pieces:
                if bounds.intersects(area):
                    painter.drawPolyline(piece)


Overlay = Callable[[QPainter, Viewport, int], None]  # a tile's painter, its viewport, its zoom level


def tile_view(key: Key) -> Viewport:
    """The viewport that shows exactly tile key: its top left corner at (column, row) * TILE of the level's grid."""
    level, col, row = key
    scale = scale_of(level)
    return Viewport((col + 0.5) * TILE / scale, -(row + 0.5) * TILE / scale, scale, TILE, TILE)


def snapped(view: Viewport) -> Viewport:
    """view moved by less than a pixel so that the level's grid falls on whole pixels (tiles drawn there align
    with everything drawn live)."""
    origin_x = round(view.width / 2 - view.center_x * view.scale)
    origin_y = round(view.height / 2 + view.center_y * view.scale)
    return Viewport((view.width / 2 - origin_x) / view.scale, (origin_y - view.height / 2) / view.scale, view.scale,
                    view.width, view.height)  # fmt: skip


class TileCache:
    """Tiles of the map by zoom level, column and row."""

    def __init__(self, paths: BasePaths, overlay: Overlay, owner: QWidget, colours: MapColours) -> None:
        """Tiles for owner's screen (its device pixel ratio) in colours; the idle work stops when owner is
        deleted."""
        self._paths = paths
        self.colours = colours
        self._overlay = overlay
        self._ratio = owner.devicePixelRatioF
        self._base: OrderedDict[Key, QPixmap] = OrderedDict()
        self._full: OrderedDict[Key, QPixmap] = OrderedDict()
        self._level_paths: dict[int, LevelPaths] = {}  # the paths in each level's pixel grid
        self._wanted: list[Key] = []
        self._idle = QTimer(owner)
        self._idle.setSingleShot(True)
        self._idle.setInterval(0)
        self._idle.timeout.connect(self._render_one_wanted)
        self.rendered = 0  # how many tiles were drawn (base or full), for tests and the benchmark

    def set_colours(self, colours: MapColours) -> None:
        """The palette or the colour scheme changed: every tile is drawn again, in colours."""
        self.colours = colours
        self._base.clear()
        self._full.clear()

    def overlay_changed(self) -> None:
        """What the markers or labels show changed: the full tiles are drawn again as they are needed."""
        self._full.clear()

    def draw(self, painter: QPainter, view: Viewport, level: int) -> None:
        """Draw the map as view (snapped) shows it at level, drawing the tiles it lacks now and the ones around
        them later."""
        painter.fillRect(QRectF(0, 0, view.width, view.height), self.colours.sea)
        origin_x = round(view.width / 2 - view.center_x * view.scale)
        origin_y = round(view.height / 2 + view.center_y * view.scale)
        first_col, last_col = math.floor(-origin_x / TILE), math.floor((view.width - origin_x) / TILE)
        first_row, last_row = math.floor(-origin_y / TILE), math.floor((view.height - origin_y) / TILE)
        for col in range(first_col, last_col + 1):
            for row in range(first_row, last_row + 1):
                pixmap = self._full_tile((level, col, row))
                painter.drawPixmap(QPointF(origin_x + col * TILE, origin_y + row * TILE), pixmap)
        self._wanted = [
            (level, col, row)
            for col in range(first_col - 1, last_col + 2)
            for row in range(first_row - 1, last_row + 2)
            if (level, col, row) not in self._full
        ]
        if self._wanted:
            self._idle.start()

    @staticmethod
    def _keep(tiles: OrderedDict[Key, QPixmap], key: Key, pixmap: QPixmap) -> QPixmap:
        tiles[key] = pixmap
        while len(tiles) > CAPACITY:
            tiles.popitem(last=False)
        return pixmap

    def _blank(self) -> QPixmap:
        ratio = self._ratio()
        pixmap = QPixmap(round(TILE * ratio), round(TILE * ratio))
        pixmap.setDevicePixelRatio(ratio)
        return pixmap

    def _base_tile(self, key: Key) -> QPixmap:
        pixmap = self._base.get(key)
        if pixmap is not None:
            self._base.move_to_end(key)
            return pixmap
        level, col, row = key
        paths = self._level_paths.get(level)
        if paths is None:
            paths = self._level_paths[level] = LevelPaths(self._paths, scale_of(level))
        pixmap = self._blank()
        pixmap.fill(self.colours.sea)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.translate(-col * TILE, -row * TILE)
        paths.draw(painter, QRectF(col * TILE, row * TILE, TILE, TILE), self.colours)
        painter.end()
        self.rendered += 1
        return self._keep(self._base, key, pixmap)

    def _full_tile(self, key: Key) -> QPixmap:
        pixmap = self._full.get(key)
        if pixmap is not None:
            self._full.move_to_end(key)
            return pixmap
        pixmap = self._blank()
        painter = QPainter(pixmap)
        painter.drawPixmap(0, 0, self._base_tile(key))
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
        self._overlay(painter, tile_view(key), key[0])
        painter.end()
        self.rendered += 1
        return self._keep(self._full, key, pixmap)

    def _render_one_wanted(self) -> None:
        while self._wanted:
            key = self._wanted.pop(0)
            if key not in self._full:
                self._full_tile(key)
                break
        if self._wanted:
            self._idle.start()
