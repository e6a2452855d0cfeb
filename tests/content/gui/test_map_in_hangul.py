"""The map of the shipped volume speaks its script: the description and a marker's tooltip name the city in Hangul
(the behaviour, on the made-up volume: tests/gui/test_mappane.py)."""

from PySide6.QtCore import QPoint, QPointF


def marker_position(pane, city_id) -> QPoint:
    marker = pane.layer.markers[pane.layer.position[city_id]]
    x, y = pane.viewport().to_screen(marker.x, marker.y)
    return QPoint(round(x), round(y))


def test_it_is_named_map_and_describes_the_city_on_show(qtbot, window, map_pane):
    assert map_pane.accessibleName() == "Map"
    window.show_city("hyesan")
    assert "Hyesan" in map_pane.accessibleDescription() and "혜산" in map_pane.accessibleDescription()


def test_a_markers_tooltip_names_the_city_in_hangul_with_population_and_division(map_pane):
    text = map_pane.tooltip_text("pyongyang")
    assert "Pyongyang" in text and "평양" in text and "3,255,288" in text and "Pyongyang" in text
    assert "Capital" in text
    assert "North Hamgyong" in map_pane.tooltip_text("chongjin")
    assert map_pane.tooltip_text(None) is None
    assert map_pane.city_at(QPointF(marker_position(map_pane, "chongjin"))) == "chongjin"
