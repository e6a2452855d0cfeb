"""The populations of the cities compared as horizontal bars, their lengths proportional to the population (the
volume's census), on an axis from 0 with round ticks (core.compare.axis_ticks) and a label: drawn in the Compare window
(PopulationChart) and, as an image, on its printed sheet (chart_image, on any thread)."""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QImage, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from cityviewer.core.compare import MIN_CITIES, axis_ticks
from cityviewer.core.records import CityEntry
from cityviewer.core.volume import Volume, population_label
from cityviewer.gui.colours import ChartColours, Colours, paper_chart, watch_colours
from cityviewer.gui.localeformats import formats


def axis_label(volume: Volume) -> str:
    """ "Population (2008 census)", in the volume's words."""
    return population_label(volume, QCoreApplication.translate)


def chart_layout(cities: tuple[CityEntry, ...], metrics: QFontMetricsF, width: float,
                 height: float) -> tuple[list[QRectF], QRectF, list[int]]:  # fmt: skip
    """Each city's bar, the plot's rectangle (names to its left, tick labels and the axis label below) and the
    ticks, in a width x height area."""
    line = metrics.height()
    label_width = max((metrics.horizontalAdvance(c.name) for c in cities), default=0) + line
    largest = max((c.population_total or 0 for c in cities), default=0)
    ticks = axis_ticks(largest)
    plot = QRectF(label_width, line * 0.5, max(10.0, width - label_width - line * 2.5), max(10.0, height - line * 3.5))
    rects = []
    slot = plot.height() / max(1, len(cities))
    for n, city in enumerate(cities):
        length = plot.width() * (city.population_total or 0) / ticks[-1]
        rects.append(QRectF(plot.left(), plot.top() + n * slot + slot * 0.2, length, slot * 0.6))
    return rects, plot, ticks


def tick_labels(ticks: list[int], plot: QRectF, metrics: QFontMetricsF) -> list[tuple[QRectF, str]]:
    """Where each tick's label is drawn under the plot; a label that would overlap the one before it (large type
    in a narrow chart) is left out."""
    boxes: list[tuple[QRectF, str]] = []
    labelled_to = -math.inf  # where the last label drawn ends
    numbers = formats()
    for tick in ticks:
        x = plot.left() + plot.width() * tick / ticks[-1]
        label = numbers.integer(tick)
        width = metrics.horizontalAdvance(label)
        if x - width / 2 < labelled_to + metrics.averageCharWidth():
            continue
        labelled_to = x + width / 2
        boxes.append((QRectF(x - width / 2 - 2, plot.bottom() + 2, width + 4, metrics.height()), label))
    return boxes


def paint_chart(painter: QPainter, cities: tuple[CityEntry, ...], width: float, height: float,
                colours: ChartColours, axis: str) -> None:  # fmt: skip
    """The chart in the painter's font, filling width x height from the painter's origin."""
    metrics = QFontMetricsF(painter.font(), painter.device())
    rects, plot, ticks = chart_layout(cities, metrics, width, height)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    text_pen = QPen(colours.text)
    for tick in ticks:
        x = plot.left() + plot.width() * tick / ticks[-1]
        painter.setPen(QPen(colours.grid))
        painter.drawLine(round(x), round(plot.top()), round(x), round(plot.bottom()))
    painter.setPen(text_pen)
    for box, label in tick_labels(ticks, plot, metrics):
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, label)
    painter.drawLine(round(plot.left()), round(plot.bottom()), round(plot.right()), round(plot.bottom()))
    painter.drawText(QRectF(plot.left(), plot.bottom() + metrics.height() + 4, plot.width(), metrics.height()),
                     Qt.AlignmentFlag.AlignHCenter, axis)  # fmt: skip
    for city, rect in zip(cities, rects, strict=True):
        painter.fillRect(rect, colours.bar)
        painter.setPen(text_pen)
        name_box = QRectF(0, rect.top() - metrics.height(), plot.left() - metrics.height() / 2,
                          rect.height() + 2 * metrics.height())  # fmt: skip
        painter.drawText(name_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, city.name)


def chart_height(cities: tuple[CityEntry, ...], metrics: QFontMetricsF) -> float:
    """The height that gives each bar room, for a font's metrics."""
    return metrics.height() * (1.8 * max(len(cities), MIN_CITIES) + 3.5)


def chart_image(cities: tuple[CityEntry, ...], width: int, font: QFont, ratio: float, axis: str) -> QImage:
    """The chart as an image width logical pixels wide (ratio device pixels each), for paper (transparent: the
    page shows through)."""
    probe = QImage(1, 1, QImage.Format.Format_RGB32)
    probe.setDevicePixelRatio(ratio)
    height = chart_height(cities, QFontMetricsF(font, probe))
    image = QImage(round(width * ratio), round(height * ratio), QImage.Format.Format_ARGB32_Premultiplied)
    image.setDevicePixelRatio(ratio)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    try:
        painter.setFont(font)
        paint_chart(painter, cities, width, height, paper_chart(), axis)
    finally:
        painter.end()
    return image


class PopulationChart(QWidget):
    """The chart in the Compare window (accessible description: each city's population, in words)."""

    def __init__(self, volume: Volume, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Population chart")
        self.setAccessibleName(self.tr("Population chart"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self._cities: tuple[CityEntry, ...] = ()
        self.axis_label = axis_label(volume)
        self.colours = watch_colours(self, self._set_colours)

    def _set_colours(self, colours: Colours) -> None:
        self.colours = colours
        self.update()

    def set_cities(self, cities: tuple[CityEntry, ...]) -> None:
        self._cities = cities
        numbers = formats()
        text = "; ".join(f"{c.name}: {numbers.integer(c.population_total or 0)}" for c in cities)
        self.setAccessibleDescription(text)
        self.setToolTip(text)
        self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(400, round(chart_height(self._cities, QFontMetricsF(self.font()))))

    def minimumSizeHint(self) -> QSize:
        """Room for each name beside its bar, in the font of now (the window's zoom): the tables above give way."""
        line = QFontMetricsF(self.font()).height()
        return QSize(200, round(line * (1.2 * max(len(self._cities), 1) + 3.5)))

    def bar_rects(self) -> list[QRectF]:
        """Where each city's bar is drawn (for the tests: lengths in proportion to the populations)."""
        return chart_layout(self._cities, QFontMetricsF(self.font()), self.width(), self.height())[0]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setFont(self.font())
            paint_chart(painter, self._cities, self.width(), self.height(), self.colours.chart(), self.axis_label)
        finally:
            painter.end()
