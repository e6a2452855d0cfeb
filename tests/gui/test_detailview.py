"""The detail pane: a city's article on show, links that choose a city, zoom, and nothing loaded from outside."""

import pytest
from PySide6.QtCore import QRectF, QUrl
from PySide6.QtGui import QColor, QFont, QTextDocument

from cityviewer.core.request import SearchRequest, SearchResults
from cityviewer.gui.background import DatasetThread
from cityviewer.gui.detailview import DetailView


@pytest.fixture
def detail(qtbot, dataset, lorvania_db):
    thread = DatasetThread(lorvania_db)
    view = DetailView(dataset, thread=thread)  # as the window has it: articles read on the dataset thread
    qtbot.addWidget(view)
    view.resize(500, 400)
    view.show()
    yield view
    thread.close()


def test_it_shows_the_article_of_the_city_on_show(qtbot, detail):
    detail.on_city_shown("castorby")
    qtbot.waitUntil(lambda: "Castorby" in detail.toPlainText())
    assert "Castor's Landing" in detail.toPlainText() and "Tellis" in detail.toPlainText()  # its names, its text


def test_an_article_no_longer_wanted_is_never_shown(qtbot, detail):
    titles: list[str] = []
    detail.textChanged.connect(lambda: titles.append(detail.toPlainText().split("\n")[0]))
    detail.on_city_shown("castorby")
    detail.on_city_shown("greyhollow")  # before Castorby's article has come
    qtbot.waitUntil(lambda: "Greyhollow" in detail.toPlainText())
    assert titles and not any("Castorby" in title for title in titles)


def test_the_same_city_again_keeps_the_readers_place(qtbot, detail):
    detail.resize(400, 200)  # the made-up volume's articles are short: a small pane scrolls them
    detail.on_city_shown("amberlee")
    qtbot.waitUntil(lambda: "Amberlee" in detail.toPlainText())
    bar = detail.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum() // 2)
    place = bar.value()
    assert place > 0
    detail.on_city_shown("amberlee")
    assert bar.value() == place


def test_an_unknown_city_is_said_plainly(qtbot, detail):
    detail.on_city_shown("atlantis")
    qtbot.waitUntil(lambda: "The dataset has no city “atlantis”." in detail.toPlainText())


def test_a_city_link_chooses_the_city_and_other_links_do_nothing(qtbot, detail):
    with qtbot.waitSignal(detail.city_chosen, timeout=0) as chosen:
        detail.anchorClicked.emit(QUrl("city:eskfield"))
    assert chosen.args == ["eskfield"]
    with qtbot.assertNotEmitted(detail.city_chosen):
        detail.anchorClicked.emit(QUrl("https://example.com/"))


def test_nothing_is_loaded_from_outside(detail):
    assert detail.loadResource(QTextDocument.ResourceType.ImageResource, QUrl("https://example.com/x.png")) is None
    assert not detail.openLinks() and not detail.openExternalLinks()


def test_the_article_follows_the_pane_font_and_its_facts_fold_when_large(qtbot, detail):
    detail.resize(700, 500)
    detail.on_city_shown("dunmere")
    qtbot.waitUntil(lambda: "<table" in detail.toHtml())  # two columns at the normal size
    size = detail.document().defaultFont().pointSizeF()
    larger = QFont(detail.font())
    larger.setPointSizeF(size * 3)
    detail.setFont(larger)  # as the window's zoom changes the application's font
    assert detail.document().defaultFont().pointSizeF() == size * 3
    assert "<table" not in detail.toHtml()  # labels above their values


def test_the_article_has_a_locator_map_drawn_in_memory(qtbot, detail):
    from PySide6.QtGui import QImage

    image_kind = int(QTextDocument.ResourceType.ImageResource.value)
    detail.on_city_shown("dunmere")
    qtbot.waitUntil(lambda: "locator:dunmere" in detail.toHtml())  # from the first paint on
    image = detail.loadResource(image_kind, QUrl("locator:dunmere"))
    assert isinstance(image, QImage) and not image.isNull()
    assert detail.loadResource(image_kind, QUrl("locator:farrowgate")) is None  # not the city on show
    assert detail.loadResource(image_kind, QUrl("https://example.org/y.png")) is None


def test_the_locator_map_is_drawn_at_the_screens_pixel_ratio(qtbot, detail, monkeypatch):
    """At the screen's ratio, not more: an image at ratio 2 on a screen at 1 holds four times the pixels it shows
    (~0.5 MiB at start-up's peak with the outline kept); on a screen of another ratio, it is drawn again at that."""
    from cityviewer.gui.map.locator import HEIGHT, WIDTH

    detail.on_city_shown("dunmere")
    qtbot.waitUntil(lambda: detail._locator_image is not None)  # asked for by the article from the first paint on
    ratio = detail.devicePixelRatioF()
    image = detail._locator_image
    assert image.devicePixelRatio() == ratio
    assert (image.width(), image.height()) == (round(WIDTH * ratio), round(HEIGHT * ratio))
    monkeypatch.setattr(detail, "devicePixelRatioF", lambda: ratio * 2)  # the window moved to a sharper screen
    detail.viewport().update()
    qtbot.waitUntil(lambda: detail._locator_image is not None and detail._locator_image.devicePixelRatio() == ratio * 2)
    assert detail._locator_image.width() == round(WIDTH * ratio * 2)


def test_the_notices_new_first_listed_follows_the_list_once_it_is_drawn(qtbot, detail, dataset):
    detail.on_city_shown("castorby")
    qtbot.waitUntil(lambda: detail.entry_id == "castorby")
    found = dataset.rows(dataset.answer(SearchRequest("greyhollow")).keys) + dataset.rows(
        dataset.answer(SearchRequest("farrowgate")).keys
    )
    rows = {row.id: row for row in found}
    detail.set_first_listed(lambda results: next(r for r in rows.values() if r.key == results.keys[0]))
    detail.on_results(SearchResults(SearchRequest("greyhollow"), (rows["greyhollow"].key,)))
    assert "city:greyhollow" in detail.toHtml()  # the notice comes with the list
    detail.on_results(SearchResults(SearchRequest("farrowgate"), (rows["farrowgate"].key,)))
    assert "city:greyhollow" in detail.toHtml()  # a new first listed: drawn once the list has been...
    qtbot.waitUntil(lambda: "city:farrowgate" in detail.toHtml())  # ...in the next turn of the event loop
    assert "city:greyhollow" not in detail.toHtml()
    assert "Castorby is not among the places listed." in detail.toPlainText()


def _map_and_facts(view: DetailView) -> tuple[QRectF, QRectF]:
    """The floated locator map's rectangle and the facts table's, as the article's layout has them now."""
    from PySide6.QtGui import QTextFrameFormat, QTextTable

    layout = view.document().documentLayout()
    frames = view.document().rootFrame().childFrames()
    (floated,) = [f for f in frames if f.frameFormat().position() == QTextFrameFormat.Position.FloatRight]
    (table,) = [f for f in frames if isinstance(f, QTextTable)]
    return layout.frameBoundingRect(floated), layout.frameBoundingRect(table)


def test_the_facts_start_below_the_locator_map_however_the_article_is_drawn_again(qtbot, detail):
    """Qt's first layout of a new document put the facts table beside the floated map, over it; the scroll bar
    coming or going during setHtml laid it out again, right, only by chance (the bar is held: _set_html). Each
    route that draws the article again, with the bar shown and without, keeps the table below the map."""
    from PySide6.QtGui import QPalette

    def below() -> None:
        image, table = _map_and_facts(detail)
        assert image.height() > 0 and table.top() >= image.bottom(), (image, table)

    for size in ((500, 300), (700, 2000)):  # the bar shown; the whole article fits (no bar ever)
        detail.resize(*size)
        detail.on_city_shown("dunmere" if size[0] == 500 else "castorby")  # and a city change
        qtbot.waitUntil(lambda: detail._locator_image is not None and detail._distances is not None)
        below()  # the article with its map and its distances, just drawn
        detail.set_star_lookup(lambda _id: True)  # drawn again: a star above its title
        below()
        detail.set_star_lookup(lambda _id: False)
        below()
        palette = QPalette(detail.palette())
        palette.setColor(QPalette.ColorRole.Base, QColor("#2d2d2d"))
        palette.setColor(QPalette.ColorRole.Text, QColor("#eeeeec"))
        detail.setPalette(palette)  # a theme change: drawn again in its colours
        qtbot.waitUntil(lambda: detail.colours.dark)
        below()
        detail.setPalette(QPalette())
        qtbot.waitUntil(lambda: not detail.colours.dark)
        below()
