"""The map pane: built when first shown, in step with the list and the article, driven by mouse and keys."""

from xml.etree import ElementTree

import pytest
from helpers import article_of, listed
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter

from cityviewer.gui.map.tab import MAP_TAB


def marker_position(pane, city_id) -> QPoint:
    marker = pane.layer.markers[pane.layer.position[city_id]]
    x, y = pane.viewport().to_screen(marker.x, marker.y)
    return QPoint(round(x), round(y))


def pixel(pane, city_id) -> QColor:
    image = QImage(pane.size(), QImage.Format.Format_RGB32)
    painter = QPainter(image)
    pane.render_to(painter, pane.width(), pane.height())
    painter.end()
    at = marker_position(pane, city_id)
    return image.pixelColor(at.x() + 2, at.y() + 1)  # inside the marker, off its centre


def test_the_map_is_built_only_when_its_tab_is_first_shown(qtbot, window):
    assert window.tabs.map is None
    assert window.findChild(type(window.tabs), "Article and map") is window.tabs
    window.tabs.setCurrentIndex(MAP_TAB)
    assert window.tabs.map is not None
    qtbot.waitUntil(lambda: window.tabs.map.layer is not None, timeout=10_000)
    assert len(window.tabs.map.layer) == window.dataset.info.city_count  # every city; no division


def test_it_is_named_map_and_describes_the_city_on_show(qtbot, window, map_pane):
    assert map_pane.accessibleName() == "Map"
    window.show_city("dunmere")
    assert "Dunmere" in map_pane.accessibleDescription()


def test_clicking_a_marker_shows_its_city_and_selects_it_in_the_list(qtbot, window, map_pane):
    window.show_city("amberlee")
    with qtbot.waitSignal(window.city_shown, timeout=2000):
        qtbot.mouseClick(map_pane, Qt.MouseButton.LeftButton, pos=marker_position(map_pane, "castorby"))
    assert window.current_city() == "castorby"
    assert window.table.currentIndex().siblingAtColumn(0).data() == "Castorby"
    qtbot.waitUntil(lambda: "Castorby" in window.detail.toPlainText())  # the article is read on the dataset thread


def test_a_click_on_the_sea_or_a_drag_shows_nothing_new(qtbot, window, map_pane):
    window.show_city("amberlee")
    qtbot.mouseClick(map_pane, Qt.MouseButton.LeftButton, pos=QPoint(5, map_pane.height() - 60))
    start = marker_position(map_pane, "castorby")
    qtbot.mousePress(map_pane, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(map_pane, start + QPoint(40, 25))
    qtbot.mouseRelease(map_pane, Qt.MouseButton.LeftButton, pos=start + QPoint(40, 25))
    assert window.current_city() == "amberlee"
    assert marker_position(map_pane, "castorby") == start + QPoint(40, 25)  # the drag moved the map


def test_cities_the_filter_leaves_out_fade_but_stay(qtbot, window, map_pane):
    before = pixel(map_pane, "dunmere")
    assert before.red() > 150 and before.green() < 90  # a city's red
    with qtbot.waitSignal(window.results_changed, timeout=5000):
        window.filter_bar.tag.setCurrentIndex(window.filter_bar.tag.findData("port"))
    assert "dunmere" not in listed(window)
    faded = pixel(map_pane, "dunmere")
    assert abs(faded.red() - faded.green()) < 30  # grey, not red
    grey = map_pane.colours.map.faded
    assert faded.green() > grey.green() + 20  # and see-through: lighter than the grey itself, over the land
    assert pixel(map_pane, "castorby").red() > 150 and pixel(map_pane, "castorby").green() < 90  # a port stays red
    assert (
        map_pane.state().listed is not None
        and window.dataset.rows_of(["dunmere"])[0].key not in map_pane.state().listed
    )
    assert map_pane.colours.map.city != map_pane.colours.map.faded


def test_the_city_on_show_is_brought_into_view(qtbot, window, map_pane):
    window.show_city("amberlee")
    for _ in range(6):
        qtbot.keyClick(map_pane, Qt.Key.Key_Plus)
    window.show_city("greyhollow")
    at = marker_position(map_pane, "greyhollow")
    assert map_pane.rect().contains(at)
    assert map_pane.state().shown == "greyhollow"


def test_keys_pan_zoom_and_reset(qtbot, map_pane):
    map_pane.setFocus()
    home_level, home_center = map_pane.level, map_pane.center
    qtbot.keyClick(map_pane, Qt.Key.Key_Plus)
    assert map_pane.level == home_level + 1
    qtbot.keyClick(map_pane, Qt.Key.Key_Minus)
    qtbot.keyClick(map_pane, Qt.Key.Key_Minus)
    assert map_pane.level == home_level - 1
    qtbot.keyClick(map_pane, Qt.Key.Key_Right)
    assert map_pane.center[0] > home_center[0]
    qtbot.keyClick(map_pane, Qt.Key.Key_Up)
    assert map_pane.center[1] > home_center[1]
    qtbot.keyClick(map_pane, Qt.Key.Key_Home)
    assert (map_pane.level, map_pane.center) == (home_level, home_center)


def test_the_wheel_zooms_about_the_pointer(qtbot, map_pane):
    from PySide6.QtGui import QWheelEvent

    P = QPointF
    anchor = P(200, 150)
    before = map_pane.viewport().to_map(anchor.x(), anchor.y())
    event = QWheelEvent(
        anchor, P(map_pane.mapToGlobal(anchor)), QPoint(0, 0), QPoint(0, 240), Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False,
    )  # fmt: skip
    level = map_pane.level
    map_pane.wheelEvent(event)
    assert map_pane.level == level + 2
    assert map_pane.viewport().to_map(anchor.x(), anchor.y()) == pytest.approx(before)


def test_n_and_p_move_between_cities_in_the_lists_order(qtbot, window, map_pane):
    order = listed(window)
    window.show_city(order[0])
    map_pane.setFocus()
    with qtbot.waitSignal(window.city_shown, timeout=2000):
        qtbot.keyClick(map_pane, Qt.Key.Key_N)
    assert window.current_city() == order[1]
    with qtbot.waitSignal(window.city_shown, timeout=2000):
        qtbot.keyClick(map_pane, Qt.Key.Key_P)
    assert window.current_city() == order[0]


def test_tab_reaches_the_map(qtbot, window, map_pane):
    window.filter_bar.search.setFocus()
    for _ in range(20):
        if map_pane.hasFocus():
            break
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)
    assert map_pane.hasFocus()


def test_ctrl_2_shows_the_map_and_ctrl_1_the_article(qtbot, window):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentIndex() == MAP_TAB and window.tabs.map is not None
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.article_page  # the article, the note under it


def test_a_markers_tooltip_names_the_city_with_population_and_division(map_pane):
    text = map_pane.tooltip_text("amberlee")
    assert "Amberlee" in text and "48,210" in text and "County: North County" in text  # the volume's word
    assert "Capital" in text
    assert "South County" in map_pane.tooltip_text("eskfield")
    assert map_pane.tooltip_text(None) is None
    assert map_pane.city_at(QPointF(marker_position(map_pane, "eskfield"))) == "eskfield"


def test_a_tooltip_event_over_a_marker_shows_its_tooltip_and_over_the_sea_hides_it(qtbot, map_pane):
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QApplication, QToolTip

    at = marker_position(map_pane, "eskfield")
    QApplication.sendEvent(map_pane, QHelpEvent(QEvent.Type.ToolTip, at, map_pane.mapToGlobal(at)))
    qtbot.waitUntil(lambda: QToolTip.isVisible() and "Eskfield" in QToolTip.text())
    sea = QPoint(2, 2)  # the top left corner: no marker there
    assert map_pane.city_at(QPointF(sea)) is None
    QApplication.sendEvent(map_pane, QHelpEvent(QEvent.Type.ToolTip, sea, map_pane.mapToGlobal(sea)))
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_a_pinch_on_a_touchpad_zooms_in_and_out(map_pane):
    from PySide6.QtGui import QNativeGestureEvent, QPointingDevice
    from PySide6.QtWidgets import QApplication

    def pinch(value: float) -> None:
        at = QPointF(200, 150)
        QApplication.sendEvent(map_pane, QNativeGestureEvent(
            Qt.NativeGestureType.ZoomNativeGesture, QPointingDevice.primaryPointingDevice(), 2, at, at,
            QPointF(map_pane.mapToGlobal(at)), value, QPointF(0, 0)))  # fmt: skip

    level = map_pane.level
    pinch(0.3)
    assert map_pane.level == level + 1
    pinch(-0.3)
    pinch(-0.3)
    assert map_pane.level == level - 1
    pinch(0.01)  # too slight to count
    assert map_pane.level == level - 1


def test_export_writes_a_png_of_the_chosen_size_and_an_svg_that_parses(tmp_path, window, map_pane):
    png = tmp_path / "map.png"
    assert map_pane.export_png(png, 2)
    image = QImage(str(png))
    assert (image.width(), image.height()) == (map_pane.width() * 2, map_pane.height() * 2)
    at = marker_position(map_pane, "castorby") * 2  # drawn at twice the size, not in a corner
    assert image.pixelColor(at.x() + 3, at.y() + 2) == pixel(map_pane, "castorby")
    svg = tmp_path / "map.svg"
    assert map_pane.export_svg(svg)
    root = ElementTree.parse(svg).getroot()
    assert root.tag.endswith("svg")
    assert any(text.strip() == "Amberlee" for text in root.itertext())


def test_export_from_the_menu_asks_where_and_how_big(qtbot, tmp_path, window, map_pane, monkeypatch):
    from cityviewer.gui.map import export as mapexport

    target = tmp_path / "worksheet.png"
    monkeypatch.setattr(mapexport.ExportDialogs, "ask_file", classmethod(lambda cls, parent: (target, "png")))
    monkeypatch.setattr(mapexport.ExportDialogs, "ask_factor", classmethod(lambda cls, parent, w, h: 3))
    window.window_actions.export_map.trigger()
    assert QImage(str(target)).width() == map_pane.width() * 3


def test_hovering_a_marker_tints_its_row_in_the_list(qtbot, window, map_pane):
    from cityviewer.gui.citymodel import BACKGROUND_ROLE

    def tint(city_id):
        row = listed(window).index(city_id)
        return window.city_list.model.index(row, 0).data(BACKGROUND_ROLE)

    def hover(at: QPoint) -> None:  # a pointer move as the platform delivers it (QTest's may be merged away)
        from PySide6.QtCore import QEvent
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        none, plain = Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier
        event = QMouseEvent(QEvent.Type.MouseMove, QPointF(at), QPointF(map_pane.mapToGlobal(at)), none, none, plain)
        QApplication.sendEvent(map_pane, event)

    assert tint("eskfield") is None
    with qtbot.waitSignal(window.city_hovered, timeout=2000, check_params_cb=lambda city: city == "eskfield"):
        hover(marker_position(map_pane, "eskfield"))
    assert tint("eskfield") is not None and tint("amberlee") is None
    with qtbot.waitSignal(window.city_hovered, timeout=2000, check_params_cb=lambda city: city == ""):
        hover(QPoint(5, map_pane.height() - 60))
    assert tint("eskfield") is None


def test_a_double_click_on_the_land_zooms_in_there_and_on_a_marker_does_not(qtbot, window, map_pane):
    level = map_pane.level
    spot = QPoint(map_pane.width() // 2, map_pane.height() // 2)
    before = map_pane.viewport().to_map(spot.x(), spot.y())
    qtbot.mouseDClick(map_pane, Qt.MouseButton.LeftButton, pos=spot)
    assert map_pane.level == level + 2
    assert map_pane.viewport().to_map(spot.x(), spot.y()) == pytest.approx(before, abs=2 / map_pane.viewport().scale)
    qtbot.keyClick(map_pane, Qt.Key.Key_Home)
    qtbot.mouseDClick(map_pane, Qt.MouseButton.LeftButton, pos=marker_position(map_pane, "castorby"))
    assert map_pane.level == level


def _differing_share(a: QImage, b: QImage, step: int = 3) -> float:
    """The share of sampled pixels that differ visibly between two images of one size."""
    differ = total = 0
    for y in range(0, a.height(), step):
        for x in range(0, a.width(), step):
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            total += 1
            differ += max(abs(ca.red() - cb.red()), abs(ca.green() - cb.green()), abs(ca.blue() - cb.blue())) > 40
    return differ / total


@pytest.mark.parametrize("zoom", [0, 3])
def test_the_screens_tiles_draw_what_the_vectors_draw(qtbot, window, map_pane, zoom):
    window.show_city("castorby")
    for _ in range(zoom):
        map_pane.zoom(1)
    map_pane.pan_pixels(37, -21)  # off the tiles' grid
    on_screen = map_pane.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
    vectors = QImage(map_pane.size(), QImage.Format.Format_RGB32)
    painter = QPainter(vectors)
    map_pane.render_to(painter, map_pane.width(), map_pane.height())
    painter.end()
    assert on_screen.size() == vectors.size()
    assert _differing_share(on_screen, vectors) < 0.01


def test_enter_in_the_map_opens_the_article_of_the_city_on_show(qtbot, window, map_pane):
    window.show_city("farrowgate")
    map_pane.setFocus()
    qtbot.keyClick(map_pane, Qt.Key.Key_Return)
    assert window.tabs.currentWidget() is window.article_page  # the article, the note under it
    qtbot.waitUntil(window.detail.hasFocus)
    assert "Farrowgate" in article_of(qtbot, window)
