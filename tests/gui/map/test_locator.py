"""The article's locator map (gui.map.locator)."""

import json

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


def _subpaths(locator: Locator) -> int:
    paths = locator._paths
    assert paths is not None
    return sum(len(p.toSubpathPolygons()) for p in (paths.home, paths.others, paths.home_lines, paths.other_lines))


def test_the_locator_leaves_out_the_outlines_wholly_beyond_its_image(qapp, dataset):
    """Rings and lines wholly beyond the image (more than half of the shipped volume's) are left out: the same
    pixels, and Qt's stroker, which keeps buffers as large as the largest path it stroked, strokes fewer points."""
    outlines = dataset.basemap(LOCATOR)  # read here, as the article's are (gui.syncreads OUTLINES)
    raw = json.loads(outlines)
    near = raw["countries"][0]
    far = {  # the same shapes, 5,000 km east: wholly beyond the image
        "name": "Faraway",
        "rings": [[v + 5000 if i % 2 == 0 else v for i, v in enumerate(ring)] for ring in near["rings"]],
        "lines": [[v + 5000 if i % 2 == 0 else v for i, v in enumerate(line)] for line in near["lines"]],
    }
    with_far = json.dumps({**raw, "countries": [*raw["countries"], far]})
    place = dataset.map_points()[0]
    spec = dataset.info.volume.map
    alone = Locator(spec, lambda: outlines, paper_map())
    beside = Locator(spec, lambda: with_far, paper_map())
    image = alone.image(place.longitude, place.latitude)
    assert image is not None
    assert beside.image(place.longitude, place.latitude) == image
    assert _subpaths(beside) == _subpaths(alone) > 0


def test_a_new_ratio_draws_the_outline_again_at_it(qapp, dataset):
    """The view moved to a screen of another ratio: the next image is drawn at that ratio, its outline too."""
    place = dataset.map_points()[0]
    outlines = dataset.basemap(LOCATOR)  # read here, as the article's are (gui.syncreads OUTLINES)
    locator = Locator(dataset.info.volume.map, lambda: outlines, paper_map(), 1.0)
    at_one = locator.image(place.longitude, place.latitude)
    assert at_one is not None and at_one.devicePixelRatio() == 1.0
    assert (at_one.width(), at_one.height()) == (locator_module.WIDTH, locator_module.HEIGHT)
    locator.set_ratio(2.0)
    assert locator.ratio == 2.0
    at_two = locator.image(place.longitude, place.latitude)
    assert at_two is not None and at_two.devicePixelRatio() == 2.0
    assert (at_two.width(), at_two.height()) == (2 * locator_module.WIDTH, 2 * locator_module.HEIGHT)
    kept = locator._outline()
    assert kept is not None and kept.size() == at_two.size()
