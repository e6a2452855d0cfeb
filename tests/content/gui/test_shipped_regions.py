"""The region filter in the window lists a city under every region it lies in (Rason: the northern border and
the East coast), and its article names them all."""

from helpers import article_of, listed


def test_the_east_coast_filter_lists_rason(qtbot, window):
    combo = window.filter_bar.region
    with qtbot.waitSignal(window.results_changed):
        combo.setCurrentIndex(combo.findData("east-coast"))
    east = listed(window)
    assert "rason" in east and {"wonsan", "chongjin", "hamhung"} <= set(east)
    assert "pyongyang" not in east
    with qtbot.waitSignal(window.results_changed):
        combo.setCurrentIndex(combo.findData("northern-border"))
    assert "rason" in listed(window) and "wonsan" not in listed(window)


def test_rasons_article_names_both_its_regions(qtbot, window):
    combo = window.filter_bar.region
    with qtbot.waitSignal(window.results_changed):
        combo.setCurrentIndex(combo.findData("east-coast"))
    window.table.setFocus()
    window.table.selectRow(listed(window).index("rason"))
    assert "Northern border, East coast" in article_of(qtbot, window, "rason")
