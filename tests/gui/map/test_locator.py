"""The article's locator map (gui.map.locator)."""

from PySide6.QtGui import QPainter

from cityviewer.core.map.basemap import LOCATOR
from cityviewer.gui.colours import paper_map
from cityviewer.gui.map import locator as locator_module
from cityviewer.gui.map.locator import Locator


def test_the_outline_kept_for_later_cities_is_not_the_image_it_was_drawn_on(qapp, dataset, monkeypatch):
    """A QImage keeps its paint engine, and with it what drawing the outlines allocated (~1 MiB at ratio 2), for
    as long as it lives: the locator keeps a copy, never an image a painter drew on."""
    painted: list[int] = []

    class Recording(QPainter):
        def __init__(self, device) -> None:
            painted.append(device.cacheKey() >> 32)  # the image's serial number (the low half counts detaches)
            super().__init__(device)

    monkeypatch.setattr(locator_module, "QPainter", Recording)
    place = dataset.map_points()[0]
    outlines = dataset.basemap(LOCATOR)  # read here, as the article's are (gui.syncreads OUTLINES)
    locator = Locator(dataset.info.volume.map, lambda: outlines, paper_map())
    first = locator.image(place.longitude, place.latitude)
    assert first is not None and not first.isNull()
    assert locator.image(place.longitude, place.latitude) is not None  # the second from the outline kept
    kept = locator._outline()
    assert kept is not None
    assert len(painted) == 3  # the outline once, the mark on each city's copy
    assert kept.cacheKey() >> 32 not in painted
