"""The map pane: the peninsula drawn from bundled vector data, a marker per city, in step with the list and the
article. A pane of the main window like the others (see MainWindow.subscribe).

Nothing slow runs on the GUI thread: the outlines and the places are read on the dataset thread when the pane is
first shown; labels are placed once per zoom level (core.map.model.Labels); each paint draws only the markers a
spatial index finds in view.

Keys (with the map focused): arrows pan, + and - zoom, Home shows the whole country again, N and P (or Page Down
and Page Up) show the next and previous city in the list's order, Enter opens the article. The mouse: drag to
pan, wheel or pinch to zoom, double-click to zoom in there, click a marker to show its city, hover for its name,
Hangul, population and division.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleInterface,
    QFontInfo,
    QHelpEvent,
    QImage,
    QImageWriter,
    QKeyEvent,
    QMouseEvent,
    QNativeGestureEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QShowEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QAccessibleWidget, QGestureEvent, QPinchGesture, QToolTip, QWidget

from cityviewer.core.dataset import Dataset
from cityviewer.core.map.basemap import FULL, Basemap, BasemapError, parse_basemap
from cityviewer.core.map.geo import Viewport
from cityviewer.core.map.model import (
    BOUNDS_MARGIN_KM,
    MIN_LEVEL,
    Labels,
    MapLayer,
    clamp_level,
    fitting_level,
    scale_of,
)
from cityviewer.core.records import MapPoint
from cityviewer.core.request import SearchResults
from cityviewer.core.volume import Volume, population_label
from cityviewer.gui.background import DatasetThread, Op
from cityviewer.gui.colours import Colours, watch_colours
from cityviewer.gui.localeformats import formats
from cityviewer.gui.map.render import (
    BasePaths,
    MapState,
    label_size,
    paint_furniture,
    paint_hover,
    paint_map,
    paint_overlay,
)
from cityviewer.gui.map.tiles import TileCache, snapped
from cityviewer.gui.messages import Kind, tell
from cityviewer.gui.zoom import base_font

log = logging.getLogger("cityviewer.map")
PAN_FRACTION = 0.125  # an arrow key moves the map by this share of the pane
DRAG_THRESHOLD = 4  # pixels a press may move and still be a click
WHEEL_NOTCH = 120  # angleDelta of one wheel step
MARGIN_PX = 40  # a city brought into view keeps this far from the pane's edges


@dataclass(frozen=True)
class MapData:
    basemap: Basemap
    layer: MapLayer


def load_map_data(dataset: Dataset) -> MapData | str:
    """Runs on the dataset thread: the outlines and the places, projected and indexed; or why it failed."""
    spec = dataset.info.volume.map
    try:
        basemap = parse_basemap(dataset.basemap(FULL) or "", spec.projection, FULL)
    except BasemapError as exc:
        log.error("%s", exc)
        return QCoreApplication.translate("Map", "The map's outlines could not be read; reinstall Cityviewer.")
    points = dataset.map_points()
    if dataset.info.volume.local_first:  # read in the language of its script: 평양 Pyongyang, as the list has it
        points = [point.local_leading() for point in points]
    return MapData(basemap, MapLayer(points, basemap.extent, spec))


MARKERS_MAX_SCALE = 2.0  # the markers grow with the zoom up to twice their size


def _accessible_map(_class_name: str, widget: QObject) -> QAccessibleInterface | None:
    """Assistive technology sees the map as a picture (a plain widget would be a nameless "filler"), named "Map",
    its description saying which city it shows."""
    return QAccessibleWidget(widget, QAccessible.Role.Graphic) if isinstance(widget, MapPane) else None


@functools.cache
def _install_accessible_map() -> None:
    QAccessible.installFactory(_accessible_map)  # once, when the first map is built


class MapPane(QWidget):
    """Signals: city_chosen(id) when a marker is clicked or N/P pressed; city_hovered(id or "") as the pointer
    moves over markers; open_requested on Enter (read the article of the city on show); loaded when the map's data
    has arrived.

    Attributes: layer (None until loaded), level (the zoom level), center (map km at the pane's centre)."""

    city_chosen = Signal(str)
    city_hovered = Signal(str)
    open_requested = Signal()
    loaded = Signal()

    def __init__(self, thread: DatasetThread, volume: Volume, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._thread = thread
        self.volume = volume
        _install_accessible_map()
        self.setObjectName("Map")
        self.setAccessibleName(QCoreApplication.translate("Map", "Map"))
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(240, 200)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.grabGesture(Qt.GestureType.PinchGesture)
        self.layer: MapLayer | None = None
        self.base_paths: BasePaths | None = None
        self.tiles: TileCache | None = None
        self._labels: Labels | None = None
        self._message = QCoreApplication.translate("Map", "Loading the map…")
        self._requested = False
        self._results: SearchResults | None = None
        self._listed: frozenset[int] | None = None
        self._order: tuple[int, ...] = ()
        self._shown: str | None = None
        self._hovered: str | None = None
        self._press: QPointF | None = None
        self._dragged = False
        self._homed = False  # the first size the pane gets shows the whole country
        self.level = MIN_LEVEL
        home = volume.map.home_rect()
        self.center = ((home.left + home.right) / 2, (home.bottom + home.top) / 2)
        self._update_description()
        self.colours = watch_colours(self, self._set_colours)

    def _set_colours(self, colours: Colours) -> None:
        """The palette or the colour scheme changed: the map again in the new colours."""
        self.colours = colours
        if self.tiles is not None:
            self.tiles.set_colours(colours.map)
        self.update()

    # -- loading, when first shown ---------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.load()

    def load(self) -> None:
        """Start reading the map's data (once); loaded is emitted when it is there."""
        if self._requested:
            return
        self._requested = True
        self._thread.run(Op(work=load_map_data, done=self._on_loaded, pane=self))

    def _on_loaded(self, data: MapData | str) -> None:
        if isinstance(data, str):
            tell(self, Kind.PANE, data)
            return
        self.base_paths = BasePaths.build(data.basemap, self.volume.map)
        self.tiles = TileCache(self.base_paths, self._paint_overlay, self, self.colours.map)
        self.layer = data.layer
        self._fit_to_font()
        self._message = ""
        self._update_description()  # the city on show has a name now
        self.update()
        if self._shown is not None:
            self._bring_into_view(self._shown)
        self.loaded.emit()

    def show_notice(self, text: str) -> None:
        """The map cannot be drawn: say why where it would be (gui.messages)."""
        self._message = text
        self.update()

    def _fit_to_font(self) -> None:
        """Markers and labels at the size of the pane's font (the window's zoom, gui.zoom)."""
        if self.layer is None:
            return
        scale = QFontInfo(self.font()).pixelSize() / max(1, QFontInfo(base_font()).pixelSize())
        self.layer.scale_markers(min(scale, MARKERS_MAX_SCALE))  # labels grow further: markers would cover them
        self._labels = Labels(self.layer, self._label_size)
        self._relabel()
        self.update()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    def _label_size(self, point: MapPoint, with_local_name: bool) -> tuple[float, float]:
        return label_size(self.font(), point, with_local_name)

    # -- a pane: the window's events -------------------------------------------------------------------
    def on_results(self, results: SearchResults) -> None:
        """Fade the places the search and filters leave out."""
        self._results = results
        everything = not results.request.text.strip() and not results.request.has_filters()
        self._listed = None if everything else frozenset(results.keys)
        self._order = results.keys
        self._relabel()
        self.update()

    def on_city_shown(self, city_id: str) -> None:
        """Highlight city_id and bring it into view."""
        self._shown = city_id
        self._relabel()
        self._bring_into_view(city_id)
        self._update_description()
        self.update()

    def _relabel(self) -> None:
        """What the markers and labels show changed: place labels again, draw the tiles again as needed."""
        if self._labels is not None:
            self._labels.invalidate(self._listed, self._shown)
        if self.tiles is not None:
            self.tiles.overlay_changed()

    def _update_description(self) -> None:
        point = self._point(self._shown)
        if point is None:
            self.setAccessibleDescription(
                QCoreApplication.translate("Map", "Map of {area} and its cities.").format(area=self.volume.area)
            )
            return
        name = f"{point.name} ({point.local_name})" if point.local_name else point.name
        self.setAccessibleDescription(
            QCoreApplication.translate("Map", "Map of {area}; showing {city}.").format(area=self.volume.area, city=name)
        )

    def _point(self, city_id: str | None) -> MapPoint | None:
        if city_id is None or self.layer is None:
            return None
        i = self.layer.position.get(city_id)
        return self.layer.markers[i].point if i is not None else None

    # -- the view --------------------------------------------------------------------------------------
    def viewport(self) -> Viewport:
        """The view on screen, on whole pixels of the level's grid (so tiles and live drawing align)."""
        return snapped(Viewport(self.center[0], self.center[1], scale_of(self.level), self.width(), self.height()))

    def reset_view(self) -> None:
        """Home: the whole of the volume's area."""
        home = self.volume.map.home_rect()
        self.level = fitting_level(home.width, home.height, self.width(), self.height())
        self.center = ((home.left + home.right) / 2, (home.bottom + home.top) / 2)
        self.update()

    def zoom(self, steps: int, anchor: QPointF | None = None) -> None:
        """Zoom by steps levels, keeping the map point under anchor (default: the centre) where it is."""
        level = clamp_level(self.level + steps)
        if level == self.level:
            return
        if anchor is not None:
            ax, ay = self.viewport().to_map(anchor.x(), anchor.y())
            self.level = level
            after = self.viewport().to_map(anchor.x(), anchor.y())
            self.center = (self.center[0] + ax - after[0], self.center[1] + ay - after[1])
        else:
            self.level = level
        self._clamp_center()
        self.update()

    def pan_pixels(self, dx: float, dy: float) -> None:
        """Move the map's content by (dx, dy) pixels (right and down are positive)."""
        scale = scale_of(self.level)
        self.center = (self.center[0] - dx / scale, self.center[1] + dy / scale)
        self._clamp_center()
        self.update()

    def _clamp_center(self) -> None:
        bounds = self.volume.map.home_rect(BOUNDS_MARGIN_KM)
        self.center = (min(max(self.center[0], bounds.left), bounds.right),
                       min(max(self.center[1], bounds.bottom), bounds.top))  # fmt: skip

    def _bring_into_view(self, city_id: str) -> None:
        if self.layer is None or self.width() <= 0:
            return
        i = self.layer.position.get(city_id)
        if i is None:
            return
        m = self.layer.markers[i]
        x, y = self.viewport().to_screen(m.x, m.y)
        if MARGIN_PX <= x <= self.width() - MARGIN_PX and MARGIN_PX <= y <= self.height() - MARGIN_PX:
            return
        self.center = (m.x, m.y)
        self._clamp_center()

    def state(self) -> MapState:
        return MapState(self._listed, self._shown, self._hovered)

    # -- drawing ----------------------------------------------------------------------------------------
    def render_to(self, painter: QPainter, width: float, height: float, *, vectors: bool = True) -> None:
        """Draw the map as the pane shows it now into a painter of width x height (logical) pixels: as vectors
        (exports), or from the tiles (the screen)."""
        view = snapped(Viewport(self.center[0], self.center[1], scale_of(self.level), width, height))
        if self.base_paths is None:
            painter.fillRect(QRectF(0, 0, width, height), self.palette().window())
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, self._message)
            return
        if vectors or self.tiles is None:
            labels = self._labels.at_level(self.level) if self._labels is not None else []
            paint_map(painter, view, self.base_paths, self.volume.map, self.layer, labels, self.state(), self.font(),
                      self.colours.map)  # fmt: skip
        else:
            self.tiles.draw(painter, view, self.level)
            if self.layer is not None:
                paint_hover(painter, view, self.layer, self._hovered, self.colours.map)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            paint_furniture(painter, view, self.font(), self.volume.map.projection, self.colours.map)
        if self._message:
            painter.drawText(QRectF(0, 0, width, height), Qt.AlignmentFlag.AlignCenter, self._message)

    def _paint_overlay(self, painter: QPainter, view: Viewport, level: int) -> None:
        """Names, markers and labels into one tile (view is the tile's): what the tiles keep above the land."""
        labels = self._labels.at_level(level) if self._labels is not None else []
        state = MapState(self._listed, self._shown, None)
        paint_overlay(painter, view, self.volume.map, self.layer, labels, state, self.font(), self.colours.map)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        self.render_to(painter, self.width(), self.height(), vectors=False)
        if self.hasFocus():
            painter.setPen(self.colours.focus)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(0.5, 0.5, self.width() - 1, self.height() - 1))
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if not self._homed and event.size().width() > 0:
            self._homed = True
            self.reset_view()
            if self._shown is not None:
                self._bring_into_view(self._shown)

    def sizeHint(self) -> QSize:
        return QSize(560, 520)

    # -- export -----------------------------------------------------------------------------------------
    def export_png(self, path: Path, factor: float = 2.0) -> bool:
        """The current view at factor times the pane's size; False if the file could not be written."""
        image = QImage(round(self.width() * factor), round(self.height() * factor), QImage.Format.Format_RGB32)
        image.fill(self.colours.map.sea)
        painter = QPainter(image)
        painter.scale(factor, factor)
        self.render_to(painter, self.width(), self.height())
        painter.end()
        return QImageWriter(str(path), b"PNG").write(image)  # QImage.save: its stub and PySide differ on the format

    def export_svg(self, path: Path) -> bool:
        """The current view as an SVG drawing (vectors and text), the pane's size in pixels."""
        from PySide6.QtSvg import QSvgGenerator  # only when exporting: it costs start-up nothing

        generator = QSvgGenerator()
        generator.setFileName(str(path))
        generator.setSize(self.size())
        generator.setViewBox(QRectF(0, 0, self.width(), self.height()))
        generator.setTitle(QCoreApplication.translate("Map", "Map of {area}").format(area=self.volume.area))
        generator.setDescription(self.accessibleDescription())
        painter = QPainter()
        if not painter.begin(generator):
            return False
        self.render_to(painter, self.width(), self.height())
        return painter.end()

    # -- the keyboard -----------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, step = event.key(), PAN_FRACTION
        moves: dict[int, Callable[[], None]] = {
            Qt.Key.Key_Left: lambda: self.pan_pixels(self.width() * step, 0),
            Qt.Key.Key_Right: lambda: self.pan_pixels(-self.width() * step, 0),
            Qt.Key.Key_Up: lambda: self.pan_pixels(0, self.height() * step),
            Qt.Key.Key_Down: lambda: self.pan_pixels(0, -self.height() * step),
            Qt.Key.Key_Plus: lambda: self.zoom(1),
            Qt.Key.Key_Equal: lambda: self.zoom(1),
            Qt.Key.Key_Minus: lambda: self.zoom(-1),
            Qt.Key.Key_Home: self.reset_view,
            Qt.Key.Key_N: lambda: self.step_city(1),
            Qt.Key.Key_PageDown: lambda: self.step_city(1),
            Qt.Key.Key_P: lambda: self.step_city(-1),
            Qt.Key.Key_PageUp: lambda: self.step_city(-1),
            Qt.Key.Key_Return: self.open_requested.emit,
            Qt.Key.Key_Enter: self.open_requested.emit,
        }
        plain = not event.modifiers() & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
        move = moves.get(Qt.Key(key)) if plain else None
        if move is None:
            super().keyPressEvent(event)
            return
        move()
        event.accept()

    def step_city(self, steps: int) -> None:
        """Show the city steps places after (before, if negative) the one on show, in the list's order."""
        if self.layer is None or not self._order:
            return
        ids = [self.layer.markers[i].point.id for i in _positions(self.layer, self._order)]
        if not ids:
            return
        here = ids.index(self._shown) if self._shown in ids else (-1 if steps > 0 else 0)
        self.city_chosen.emit(ids[(here + steps) % len(ids)])

    # -- the mouse --------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press, self._dragged = event.position(), False
            self.setFocus(Qt.FocusReason.MouseFocusReason)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and event.buttons() & Qt.MouseButton.LeftButton:
            delta = event.position() - self._press
            if self._dragged or delta.manhattanLength() >= DRAG_THRESHOLD:
                self._dragged = True
                self._press = event.position()
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
                self.pan_pixels(delta.x(), delta.y())
            return
        self._hover(self.city_at(event.position()))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self._press is not None:
            if not self._dragged:
                city = self.city_at(event.position())
                if city is not None:
                    self.city_chosen.emit(city)
            self._press, self._dragged = None, False
            self.unsetCursor()
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.city_at(event.position()) is None:
            self.zoom(2, event.position())

    def wheelEvent(self, event: QWheelEvent) -> None:
        notches = round(event.angleDelta().y() / WHEEL_NOTCH)
        if notches:
            self.zoom(notches, event.position())
        event.accept()

    def leaveEvent(self, event: QEvent) -> None:
        self._hover(None)
        super().leaveEvent(event)

    def city_at(self, position: QPointF) -> str | None:
        if self.layer is None:
            return None
        i = self.layer.at(self.viewport(), position.x(), position.y())
        return self.layer.markers[i].point.id if i is not None else None

    def _hover(self, city_id: str | None) -> None:
        if city_id != self._hovered:
            self._hovered = city_id
            self.setCursor(Qt.CursorShape.PointingHandCursor if city_id else Qt.CursorShape.ArrowCursor)
            self.city_hovered.emit(city_id or "")
            self.update()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            self._tooltip(event)
            return True
        if isinstance(event, QNativeGestureEvent):
            if event.gestureType() == Qt.NativeGestureType.ZoomNativeGesture and abs(event.value()) > 0.05:
                self.zoom(1 if event.value() > 0 else -1, event.position())
            return True
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture) and pinch.state() == Qt.GestureState.GestureFinished:
                factor = pinch.totalScaleFactor()
                if abs(factor - 1) > 0.1:
                    self.zoom(1 if factor > 1 else -1)
            return True
        return super().event(event)

    def _tooltip(self, event: QHelpEvent) -> None:
        text = self.tooltip_text(self.city_at(QPointF(event.pos())))
        if text is None:
            QToolTip.hideText()
        else:
            QToolTip.showText(event.globalPos(), text, self)

    def tooltip_text(self, city_id: str | None) -> str | None:
        """A marker's tooltip (rich text): name, Hangul, population, division; None for no such marker."""
        point = self._point(city_id)
        if point is None:
            return None
        population = formats().integer(point.population) if point.population else "—"
        lines = [
            f"<b>{escape(point.name)}</b> {escape(point.local_name)}",
            escape(
                QCoreApplication.translate("Map", "{label}: {population}").format(
                    label=population_label(self.volume, QCoreApplication.translate), population=population
                )
            ),
            escape(
                QCoreApplication.translate("Map", "{division}: {name}").format(
                    division=self.volume.divisions.label, name=point.division
                )
            ),
        ]
        if point.is_capital:
            lines.insert(1, escape(QCoreApplication.translate("Map", "Capital")))
        return "<br>".join(lines)


def _positions(layer: MapLayer, keys: tuple[int, ...]) -> list[int]:
    by_key = {m.point.key: i for i, m in enumerate(layer.markers)}
    return [by_key[k] for k in keys if k in by_key]
