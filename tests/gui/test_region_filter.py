"""The region filter in the window lists a city under every region it lies in (on the made-up volume, Castorby:
the North shore and the Highlands), and its article names them all. The shipped volume's: tests/content/gui."""

from helpers import article_of, listed


def _choose_region(qtbot, window, key: str) -> None:
    combo = window.filter_bar.region
    qtbot.waitUntil(lambda: combo.findData(key) > 0)  # the facets are read on the dataset thread
    with qtbot.waitSignal(window.results_changed):
        combo.setCurrentIndex(combo.findData(key))


def test_a_region_lists_each_city_that_lies_in_it_and_no_other(qtbot, window):
    _choose_region(qtbot, window, "highlands")
    assert set(listed(window)) == {"castorby", "dunmere", "eskfield"}
    _choose_region(qtbot, window, "north-shore")
    assert set(listed(window)) == {"amberlee", "castorby"}


def test_a_citys_article_names_all_its_regions(qtbot, window):
    _choose_region(qtbot, window, "highlands")
    window.table.setFocus()
    window.table.selectRow(listed(window).index("castorby"))
    assert "North shore, Highlands" in article_of(qtbot, window, "castorby")
