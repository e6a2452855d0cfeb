"""The article's locator map: a thumbnail of the volume's area with the city marked, drawn from the simplified
outlines (the dataset's LOCATOR map, a few kilobytes: read when the first article asks for it)."""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QImage, QPainter, QPen, QTransform

from cityviewer.core.map.basemap import LOCATOR, Basemap, BasemapError, Country, parse_basemap
from cityviewer.core.map.geo import fitted
from cityviewer.core.volume import MapSpec
from cityviewer.gui.colours import MapColours
from cityviewer.gui.map.render import BasePaths, draw_base_paths, map_transform

log = logging.getLogger("cityviewer.map")
WIDTH, HEIGHT = 150, 142  # logical pixels
MARGIN = 4.0  # logical pixels beyond the image where an outline still counts (its pen and antialiasing reach in)
SCHEME = "locator"


class Locator:
    """Locator images by coordinates; None if the outlines cannot be read (the article then goes without).
    outlines gives the dataset's LOCATOR map (called once, when the first image is wanted). device_pixel_ratio:
    device pixels per logical pixel of the images (the screen's, for the article: an image at ratio 2 shown at 1
    holds four times the pixels it shows, ~0.5 MiB with the outline kept; paper's own for paper)."""

    def __init__(
        self,
        spec: MapSpec,
        outlines: Callable[[], str | None],
        colours: MapColours,
        device_pixel_ratio: float = 2.0,
    ) -> None:
        self._spec = spec
        self._outlines = outlines
        self._colours = colours
        self._ratio = device_pixel_ratio
        self._paths: BasePaths | None = None
        self._failed = False
        self._base: QImage | None = None

    @property
    def ratio(self) -> float:
        """The images' device pixel ratio."""
        return self._ratio

    def set_ratio(self, device_pixel_ratio: float) -> None:
        """Draw the next images at device_pixel_ratio (the outline is drawn again): the view moved to a screen of
        another ratio."""
        if device_pixel_ratio != self._ratio:
            self._ratio, self._base = device_pixel_ratio, None

    def set_colours(self, colours: MapColours) -> None:
        """Draw the next images in colours (the outline is drawn again)."""
        if colours != self._colours:
            self._colours, self._base = colours, None

    def _load(self) -> BasePaths | None:
        if self._paths is None and not self._failed:
            try:
                text = self._outlines() or ""
                basemap = parse_basemap(text, self._spec.projection, LOCATOR)
                self._paths = BasePaths.build(self._within_image(basemap), self._spec)
            except BasemapError as exc:
                log.error("%s", exc)
                self._failed = True
        return self._paths

    def _within_image(self, basemap: Basemap) -> Basemap:
        """basemap without the rings and lines that lie wholly beyond the image (more than half of the shipped
        volume's locator outlines, mostly the neighbours'): the same pixels, and drawing the borders strokes less
        than half the points (Qt's stroker keeps buffers as large as the largest path stroked)."""
        inverted, _invertible = self._transform().inverted()
        seen = inverted.mapRect(QRectF(-MARGIN, -MARGIN, WIDTH + 2 * MARGIN, HEIGHT + 2 * MARGIN))
        left, right, bottom, top = seen.left(), seen.right(), seen.top(), seen.bottom()  # y north: top() is south

        def meets(flat: tuple[float, ...]) -> bool:
            xs, ys = flat[0::2], flat[1::2]
            return max(xs) >= left and min(xs) <= right and max(ys) >= bottom and min(ys) <= top

        countries = tuple(
            Country(c.name, tuple(filter(meets, c.rings)), tuple(filter(meets, c.lines))) for c in basemap.countries
        )
        return Basemap(countries, basemap.extent)

    def _outline(self) -> QImage | None:
        """The peninsula alone, drawn once: each city's map is a copy with its mark."""
        if self._base is None:
            paths = self._load()
            if paths is None:
                return None
            image = QImage(round(WIDTH * self._ratio), round(HEIGHT * self._ratio), QImage.Format.Format_RGB32)
            image.setDevicePixelRatio(self._ratio)
            image.fill(
                self._colours.sea
            )  # every pixel: at a ratio that is not whole, the last row is only partly painted below
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            draw_base_paths(painter, paths.mapped(self._transform()), self._colours)
            painter.setPen(QPen(self._colours.frame, 1.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(QRectF(0.5, 0.5, WIDTH - 1, HEIGHT - 1))  # one whole pixel inside the edge at any ratio
            painter.end()
            # A copy without the image's paint engine, which keeps what drawing the outlines allocated (two buffers
            # the image's size and more, ~1 MiB at ratio 2) for as long as its image lives.
            self._base = image.copy()
        return self._base

    def image(self, longitude: float, latitude: float) -> QImage | None:
        outline = self._outline()
        if outline is None:
            return None
        image = outline.copy()
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        place = self._transform().map(QPointF(*self._spec.projection.forward(longitude, latitude)))
        painter.setPen(QPen(self._colours.marker_edge, 2.0))
        painter.setBrush(self._colours.capital)
        painter.drawEllipse(place, 5, 5)
        painter.end()
        return image

    def _transform(self) -> QTransform:
        """Map km (y north) to the image's pixels (y down): the volume's home box whole and centred, its shape kept."""
        return map_transform(fitted(self._spec.home_rect(), WIDTH, HEIGHT))
