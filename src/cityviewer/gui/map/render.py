"""Drawing the map with a QPainter: one function for the screen, the PNG export and the SVG export.

The base layer (countries, graticule) is drawn as vector paths in map kilometres under the painter's transform,
with cosmetic pens, so it stays crisp at every zoom and on every device. Markers and labels are drawn in pixels.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, NamedTuple

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF, QTransform

from cityviewer.core.map.basemap import Basemap
from cityviewer.core.map.geo import LambertConformalConic, Viewport, graticule, scale_bar
from cityviewer.core.records import MapPoint
from cityviewer.core.volume import MapSpec
from cityviewer.gui.colours import FADED_OPACITY, MapColours
from cityviewer.gui.localeformats import formats

if TYPE_CHECKING:  # the article's locator map draws with this module and needs none of the map pane's model (its
    from cityviewer.core.map.model import MapLayer, PlacedLabel  # and the labels' import: ~1 MiB at start)

LABEL_PAD = 2.0
BORDER_WIDTH, HOME_BORDER_WIDTH = 0.9, 1.6  # pixels

GRATICULE_STEP = 1.0  # degrees


def _polygon(flat: tuple[float, ...]) -> QPolygonF:
    return QPolygonF([QPointF(flat[i], flat[i + 1]) for i in range(0, len(flat), 2)])


class BasePaths(NamedTuple):
    """The base layer as painter paths in map km (y north): built once."""

    home: QPainterPath
    others: QPainterPath
    home_lines: QPainterPath
    other_lines: QPainterPath
    graticule: QPainterPath

    @classmethod
    def build(cls, basemap: Basemap, spec: MapSpec) -> BasePaths:
        """The paths of basemap, the volume's country (spec.highlight) apart from the others."""
        home, others, home_lines, other_lines = QPainterPath(), QPainterPath(), QPainterPath(), QPainterPath()
        for country in basemap.countries:
            fill, stroke = (home, home_lines) if country.name == spec.highlight else (others, other_lines)
            for ring in country.rings:
                fill.addPolygon(_polygon(ring))
                fill.closeSubpath()
            for line in country.lines:
                stroke.addPolygon(_polygon(line))
        lines = QPainterPath()
        for polyline in graticule(spec.projection, *basemap.extent, GRATICULE_STEP):
            lines.addPolygon(QPolygonF([QPointF(x, y) for x, y in polyline]))
        return cls(home, others, home_lines, other_lines, lines)

    def mapped(self, transform: QTransform) -> BasePaths:
        """The same paths in another space (pixels at one scale): drawn there with plain pens, which Qt strokes
        many times faster than wide cosmetic pens under a scaling transform."""
        return BasePaths(*(transform.map(p) for p in (self.home, self.others, self.home_lines, self.other_lines,
                                                       self.graticule)))  # fmt: skip


class MapState(NamedTuple):
    """What the markers show: the listed keys (None: every place is listed), the city on show, the one hovered."""

    listed: frozenset[int] | None
    shown: str | None
    hovered: str | None


def map_transform(view: Viewport) -> QTransform:
    """Map km (y north) to widget pixels (y down)."""
    s = view.scale
    return QTransform(s, 0, 0, -s, view.width / 2 - view.center_x * s, view.height / 2 + view.center_y * s)


def line_pen(color: QColor, width: float) -> QPen:
    pen = QPen(color, width)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def draw_base_paths(painter: QPainter, paths: BasePaths, colours: MapColours) -> None:
    """The land (the volume's country highlighted), the graticule, coasts and borders, from paths in pixels."""
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.land)
    painter.drawPath(paths.others)
    painter.setBrush(colours.home_land)
    painter.drawPath(paths.home)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(line_pen(colours.graticule, 1.0))
    painter.drawPath(paths.graticule)
    painter.setPen(line_pen(colours.border, BORDER_WIDTH))
    painter.drawPath(paths.other_lines)
    painter.setPen(line_pen(colours.home_border, HOME_BORDER_WIDTH))
    painter.drawPath(paths.home_lines)


def paint_base(painter: QPainter, view: Viewport, paths: BasePaths, colours: MapColours) -> None:
    """The sea and draw_base_paths() as vectors, paths given in map km: for exports, and the benchmark's
    baseline."""
    painter.fillRect(QRectF(0, 0, view.width, view.height), colours.sea)
    draw_base_paths(painter, paths.mapped(map_transform(view)), colours)


def paint_names(painter: QPainter, view: Viewport, font: QFont, spec: MapSpec, colours: MapColours) -> None:
    """The names the volume writes on its map: the neighbours' and the seas'."""
    painter.save()
    country_font = QFont(font)
    country_font.setPointSizeF(font.pointSizeF() * 1.15)
    country_font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 118)
    sea_font = QFont(font)
    sea_font.setItalic(True)
    sea_font.setPointSizeF(font.pointSizeF() * 1.1)
    for label in spec.labels:
        sea = label.kind == "sea"
        painter.setFont(sea_font if sea else country_font)
        painter.setPen(colours.sea_text if sea else colours.country_text)
        x, y = view.to_screen(*spec.projection.forward(label.longitude, label.latitude))
        box = QRectF(x - 150, y - 40, 300, 80)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label.text)
    painter.restore()


def _star(cx: float, cy: float, outer: float) -> QPolygonF:
    inner = outer * 0.45
    points = []
    for k in range(10):
        r = outer if k % 2 == 0 else inner
        a = -math.pi / 2 + k * math.pi / 5
        points.append(QPointF(cx + r * math.cos(a), cy + r * math.sin(a)))
    return QPolygonF(points)


def paint_markers(
    painter: QPainter, view: Viewport, layer: MapLayer, indexes: list[int], state: MapState, colours: MapColours
) -> None:
    """The markers in indexes (largest first, so small ones stay on top); the capital as a star in a ring; faded
    where the filter leaves them out; the city on show with a halo."""
    from cityviewer.core.map.model import SHOWN_RING  # imported by the map pane already (not by the locator)

    painter.save()
    edge = QPen(colours.marker_edge, 1.2)
    shown_at: tuple[float, float, float] | None = None
    for i in indexes:
        m = layer.markers[i]
        x, y = view.to_screen(m.x, m.y)
        listed = state.listed is None or m.point.key in state.listed
        painter.setOpacity(1.0 if listed else FADED_OPACITY)
        color = (colours.capital if m.point.is_capital else colours.city) if listed else colours.faded
        painter.setPen(edge)
        painter.setBrush(color)
        painter.drawEllipse(QPointF(x, y), m.radius, m.radius)
        if m.point.is_capital:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colours.marker_edge)
            painter.drawPolygon(_star(x, y, m.radius * 0.75))
        if m.point.id == state.shown:
            shown_at = (x, y, m.radius)
    if shown_at is not None:
        x, y, r = shown_at
        painter.setOpacity(1.0)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colours.shown_halo, 4.0))
        painter.drawEllipse(QPointF(x, y), r + 3.5, r + 3.5)
        painter.setPen(QPen(colours.label_text, 1.2))
        painter.drawEllipse(QPointF(x, y), r + SHOWN_RING - 2, r + SHOWN_RING - 2)
    painter.restore()


def paint_hover(painter: QPainter, view: Viewport, layer: MapLayer, city_id: str | None, colours: MapColours) -> None:
    """A ring around the marker under the pointer (drawn live, over the tiles)."""
    i = layer.position.get(city_id) if city_id is not None else None
    if i is None:
        return
    m = layer.markers[i]
    x, y = view.to_screen(m.x, m.y)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(colours.label_text, 1.5))
    painter.drawEllipse(QPointF(x, y), m.radius + 2.5, m.radius + 2.5)
    painter.restore()


def label_text(point: MapPoint, with_local_name: bool) -> str:
    return f"{point.name} {point.local_name}" if with_local_name and point.local_name else point.name


def label_font(font: QFont, point: MapPoint) -> QFont:
    if point.is_capital:
        bold = QFont(font)
        bold.setBold(True)
        return bold
    return font


def label_size(font: QFont, point: MapPoint, with_local_name: bool) -> tuple[float, float]:
    metrics = QFontMetricsF(label_font(font, point))
    return metrics.horizontalAdvance(label_text(point, with_local_name)) + 2 * LABEL_PAD, metrics.height()


def paint_labels(
    painter: QPainter,
    view: Viewport,
    layer: MapLayer,
    labels: list[PlacedLabel],
    state: MapState,
    font: QFont,
    colours: MapColours,
) -> None:
    """Labels placed for this zoom level, moved with the view; those off screen are skipped."""
    painter.save()
    # A label's place is in pixels at the level's scale with y down: shift it by where the view's origin falls.
    origin_x = view.width / 2 - view.center_x * view.scale
    origin_y = view.height / 2 + view.center_y * view.scale
    for label in labels:
        left, top = label.left + origin_x, label.top + origin_y
        if left > view.width or top > view.height or left + label.width < 0 or top + label.height < 0:
            continue
        point = layer.markers[label.marker].point
        listed = state.listed is None or point.key in state.listed
        shown = point.id == state.shown
        # A label left out fades its box, not its text: faded_label_text is still readable on what shows through.
        painter.setOpacity(1.0 if listed else FADED_OPACITY)
        box = QRectF(left, top, label.width, label.height)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colours.shown_halo if shown else colours.label_back)
        painter.drawRoundedRect(box, 3, 3)
        painter.setOpacity(1.0)
        painter.setFont(label_font(font, point))
        text = colours.label_text if listed else colours.faded_label_text
        painter.setPen(colours.shown_label_text if shown else text)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label_text(point, label.with_local_name))
    painter.restore()


def _places(km: float) -> int:
    """The decimals a scale bar's round length needs (0 for 1 km and more, 1 for 0.5, 2 for 0.05)."""
    return max(0, math.ceil(-math.log10(km))) if km > 0 else 0


def paint_furniture(
    painter: QPainter, view: Viewport, font: QFont, projection: LambertConformalConic, colours: MapColours
) -> None:
    """The scale bar (bottom left) and the north arrow (bottom right), turned as the meridian at the centre runs."""
    painter.save()
    painter.setFont(font)
    metrics = QFontMetricsF(font)
    km, pixels = scale_bar(1 / view.scale, min(160.0, view.width / 3))
    numbers = formats()
    x0, y0 = 14.0, view.height - 16.0
    text = QCoreApplication.translate("Map", "{km} km").format(km=numbers.decimal(km, _places(km)))
    back = QRectF(x0 - 6, y0 - metrics.height() - 10, pixels + 12, metrics.height() + 18)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.label_back)
    painter.drawRoundedRect(back, 3, 3)
    painter.setPen(QPen(colours.label_text, 1.5))
    painter.drawLine(QPointF(x0, y0), QPointF(x0 + pixels, y0))
    for x in (x0, x0 + pixels / 2, x0 + pixels):
        painter.drawLine(QPointF(x, y0 - (5 if x != x0 + pixels / 2 else 3)), QPointF(x, y0))
    painter.drawText(QRectF(x0, y0 - metrics.height() - 5, pixels, metrics.height()), Qt.AlignmentFlag.AlignCenter,
                     text)  # fmt: skip
    lon, _lat = projection.inverse(view.center_x, view.center_y)
    cx, cy, r = view.width - 30.0, view.height - 34.0, 14.0  # bottom right, opposite the scale bar
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colours.label_back)
    painter.drawEllipse(QPointF(cx, cy - 4), r + 10, r + 10)
    painter.translate(cx, cy)
    painter.rotate(projection.north_angle(lon))
    painter.setPen(QPen(colours.label_text, 1.0))
    painter.setBrush(colours.label_text)
    painter.drawPolygon(QPolygonF([QPointF(0, -r), QPointF(r * 0.45, r * 0.6), QPointF(0, r * 0.25),
                                   QPointF(-r * 0.45, r * 0.6)]))  # fmt: skip
    bold = QFont(font)
    bold.setBold(True)
    painter.setFont(bold)
    painter.drawText(QRectF(-12, -r - metrics.height() - 2, 24, metrics.height()), Qt.AlignmentFlag.AlignCenter,
                     QCoreApplication.translate("Map", "N"))  # fmt: skip
    painter.restore()


def paint_overlay(
    painter: QPainter,
    view: Viewport,
    spec: MapSpec,
    layer: MapLayer | None,
    labels: list[PlacedLabel],
    state: MapState,
    font: QFont,
    colours: MapColours,
) -> None:
    """What lies over the base layer and moves with it: names, markers, labels."""
    paint_names(painter, view, font, spec, colours)
    if layer is not None:
        paint_markers(painter, view, layer, layer.visible(view), state, colours)
        paint_labels(painter, view, layer, labels, state, font, colours)


def paint_map(
    painter: QPainter,
    view: Viewport,
    paths: BasePaths,
    spec: MapSpec,
    layer: MapLayer | None,
    labels: list[PlacedLabel],
    state: MapState,
    font: QFont,
    colours: MapColours,
) -> None:
    """The whole map as vectors, as the view shows it: for exports (the screen draws tiles, see gui.map.tiles)."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing, True)
    paint_base(painter, view, paths, colours)
    paint_overlay(painter, view, spec, layer, labels, state, font, colours)
    if layer is not None:
        paint_hover(painter, view, layer, state.hovered, colours)
    paint_furniture(painter, view, font, spec.projection, colours)
