"""The map of a map question in the Quiz window: the peninsula with North Korea highlighted, fitted to the widget,
and the four places as large numbered markers (1 to 4, no names: those would give the answer away). Clicking a
marker chooses it; after the answer the right marker turns green, a wrong choice red, and every marker gets its
city's name. The outlines (the dataset's FULL map) are read the first time a question is shown."""

from __future__ import annotations

import logging
import math
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cityviewer.core.map.basemap import FULL, BasemapError, parse_basemap
from cityviewer.core.map.geo import Viewport, fitted
from cityviewer.core.quiz import MAP_SEPARATION_KM, Question
from cityviewer.core.volume import MapSpec
from cityviewer.gui.colours import Colours, watch_colours
from cityviewer.gui.map.render import BasePaths, paint_base

log = logging.getLogger("cityviewer.quiz")
MAX_RADIUS, MIN_RADIUS = 26.0, 11.0  # marker radii in pixels: as large as the separation of the places allows
MARKER_GAP = 3.0  # pixels between two markers at the least separation
SLOP = 4.0  # pixels beyond a marker's circle that still click it
LABEL_PAD = 4.0


class QuizMap(QWidget):
    """chosen(n): the marker of choice n (0-based) was clicked, before the answer. Show a question with
    set_question(), the answer with show_answer()."""

    chosen = Signal(int)

    def __init__(self, spec: MapSpec, outlines: Callable[[], str | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._spec = spec
        self._outlines = outlines  # the dataset's FULL map, read when the first map question is shown
        self.setObjectName("QuizMap")
        self.setAccessibleName(self.tr("Map question"))
        self.setAccessibleDescription(self.tr("Press 1 to 4, or click a numbered place on the map."))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the keys 1-4 go to the Quiz window
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(*_least_size(spec))
        self.question: Question | None = None
        self.answered: int | None = None
        self.message = ""  # why the map cannot be drawn ("" when it can)
        self._paths: BasePaths | None = None
        self._loaded = False
        self._pressed: int | None = None
        self.colours = watch_colours(self, self._set_colours)

    def _set_colours(self, colours: Colours) -> None:
        self.colours = colours
        self.update()

    # -- the question ---------------------------------------------------------------------------------
    def set_question(self, question: Question) -> None:
        """Show question's places, numbered, without names (reads the outlines the first time)."""
        self._load()
        self.question, self.answered, self._pressed = question, None, None
        self.unsetCursor()
        self.update()

    def show_answer(self, choice: int) -> None:
        """The right place in green, choice in red if it is wrong, and every place named."""
        self.answered = choice
        self.unsetCursor()
        self.update()

    def _load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            text = self._outlines() or ""
            self._paths = BasePaths.build(parse_basemap(text, self._spec.projection, FULL), self._spec)
        except BasemapError as exc:
            log.error("%s", exc)
            self.message = self.tr("The map's outlines could not be read; reinstall Cityviewer.")

    # -- geometry -------------------------------------------------------------------------------------
    def view(self) -> Viewport:
        """The volume's home box fitted whole to the widget, its shape kept."""
        return fitted(self._spec.home_rect(), self.width(), self.height())

    def radius(self) -> float:
        """The markers' radius: two places at the least separation never overlap."""
        apart = MAP_SEPARATION_KM * self.view().scale
        return max(MIN_RADIUS, min(MAX_RADIUS, apart / 2 - MARKER_GAP))

    def marker_center(self, n: int) -> QPointF:
        """Where the marker of choice n is drawn (widget pixels)."""
        longitude, latitude = self._asked().points[n]
        return QPointF(*self.view().to_screen(*self._spec.projection.forward(longitude, latitude)))

    def _asked(self) -> Question:
        """The question on show (the markers are drawn and placed only while there is one)."""
        if self.question is None:
            raise RuntimeError("the map has no question on show")
        return self.question

    def marker_at(self, pos: QPointF) -> int | None:
        """The choice whose marker is under pos (within its radius and a few pixels), the nearest if two are."""
        if self.question is None or self.message:
            return None
        reach = self.radius() + SLOP
        distances = [(math.dist(_xy(self.marker_center(n)), _xy(pos)), n) for n in range(len(self.question.points))]
        near = [(d, n) for d, n in distances if d <= reach]
        return min(near)[1] if near else None

    # -- the mouse ------------------------------------------------------------------------------------
    def _clickable(self, pos: QPointF) -> int | None:
        return self.marker_at(pos) if self.answered is None else None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._clickable(event.position()) is None:
            self.unsetCursor()
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        super().mouseMoveEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._pressed = self._clickable(event.position())
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        pressed, self._pressed = self._pressed, None
        left = event.button() == Qt.MouseButton.LeftButton
        if left and pressed is not None and self._clickable(event.position()) == pressed:
            self.chosen.emit(pressed)
        super().mouseReleaseEvent(event)

    # -- drawing --------------------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        view = self.view()
        if self._paths is None:
            painter.fillRect(self.rect(), self.colours.map.sea)
            painter.setPen(self.colours.map.label_text)
            painter.setFont(self._font(1.4, bold=False))
            flags = Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap
            painter.drawText(QRectF(self.rect()).adjusted(20, 20, -20, -20), flags, self.message)
            painter.end()
            return
        paint_base(painter, view, self._paths, self.colours.map)
        if self.question is not None:
            self._paint_markers(painter)
            if self.answered is not None:
                self._paint_names(painter)
        painter.end()

    def _font(self, factor: float, bold: bool = True) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * factor)
        font.setBold(bold)
        return font

    def _colour(self, n: int) -> QColor:
        if self.answered is not None and n == self._asked().answer:
            return self.colours.right
        if self.answered is not None and n == self.answered:
            return self.colours.wrong
        return self.colours.quiz_marker

    def _paint_markers(self, painter: QPainter) -> None:
        question = self._asked()
        radius = self.radius()
        number = QFont(self.font())
        number.setBold(True)
        number.setPixelSize(max(10, round(radius * 1.25)))
        painter.setFont(number)
        for n in range(len(question.points)):
            center = self.marker_center(n)
            painter.setPen(QPen(self.colours.on_feedback, max(2.0, radius / 8)))
            painter.setBrush(self._colour(n))
            painter.drawEllipse(center, radius, radius)
            painter.setPen(self.colours.on_feedback)
            box = QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, str(n + 1))

    def _paint_names(self, painter: QPainter) -> None:
        """Each place's name in a box beside its marker, where it covers no marker and no other name."""
        question = self._asked()
        font = self._font(1.6)  # as large as the buttons' names
        painter.setFont(font)
        metrics = QFontMetricsF(font)
        radius = self.radius()
        markers = [self._marker_rect(n, radius + 2) for n in range(len(question.choices))]
        placed: list[QRectF] = []
        for n, name in enumerate(question.choices):
            text = metrics.size(0, name)
            width, height = text.width() + 2 * LABEL_PAD, text.height() + 2 * LABEL_PAD
            box = self._label_box(self.marker_center(n), radius, width, height, [*markers, *placed])
            placed.append(box)
            painter.setPen(QPen(self._colour(n), 2.0))
            painter.setBrush(self.colours.map.label_back)
            painter.drawRoundedRect(box, 4, 4)
            painter.setPen(self.colours.map.label_text)
            painter.drawText(box, Qt.AlignmentFlag.AlignCenter, name)

    def _marker_rect(self, n: int, reach: float) -> QRectF:
        center = self.marker_center(n)
        return QRectF(center.x() - reach, center.y() - reach, 2 * reach, 2 * reach)

    def _label_box(self, center: QPointF, radius: float, width: float, height: float, taken: list[QRectF]) -> QRectF:
        """The first of the places around the marker (right, left, above, below, the corners) that lies inside the
        widget and overlaps nothing taken; the first inside the widget if each overlaps something."""
        gap = radius + 6
        x, y = center.x(), center.y()
        candidates = [
            QRectF(x + gap, y - height / 2, width, height),
            QRectF(x - gap - width, y - height / 2, width, height),
            QRectF(x - width / 2, y - gap - height, width, height),
            QRectF(x - width / 2, y + gap, width, height),
            QRectF(x + radius * 0.7, y - radius * 0.7 - height, width, height),
            QRectF(x + radius * 0.7, y + radius * 0.7, width, height),
            QRectF(x - radius * 0.7 - width, y - radius * 0.7 - height, width, height),
            QRectF(x - radius * 0.7 - width, y + radius * 0.7, width, height),
        ]
        inside = [box for box in candidates if QRectF(self.rect()).contains(box)] or candidates
        free = [box for box in inside if not any(box.intersects(other) for other in taken)]
        return (free or inside)[0]


def _least_size(spec: MapSpec) -> tuple[int, int]:
    """The smallest widget in which markers of MIN_RADIUS at the least separation do not overlap."""
    box = spec.home_rect()
    scale = 2 * (MIN_RADIUS + MARKER_GAP) / MAP_SEPARATION_KM
    return math.ceil(box.width * scale), math.ceil(box.height * scale)


def _xy(point: QPointF) -> tuple[float, float]:
    return point.x(), point.y()
