"""The window on the shipped volume, where what it shows is the content: its Hangul names in the search, the
article and the title, its census's 27 cities and 13 provinces, and the ten cities of its source article marked and
filtered in the list. (The behaviour, on the made-up volume: tests/gui/test_mainwindow.py, test_census_volume.py
and test_accessibility.py.)"""

from helpers import article_of, listed, set_query
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QPixmap

from cityviewer.core.request import Show


def _choose_show(qtbot, window, show: Show) -> None:
    combo = window.filter_bar.showing
    with qtbot.waitSignal(window.results_changed, check_params_cb=lambda r: r.request.show == show):
        combo.setCurrentIndex(combo.findData(show))


def test_hangul_query(qtbot, window):
    set_query(qtbot, window, "혜산")  # as an input method commits it; QTest cannot type Hangul
    assert listed(window) == ["hyesan"]


def test_a_city_shown_has_its_hangul_name_in_the_article_and_the_title(qtbot, window):
    row = listed(window).index("wonsan")
    window.table.setFocus()
    window.table.selectRow(row)
    assert "Wonsan" in article_of(qtbot, window, "wonsan")
    assert "원산" in window.detail.toPlainText()
    assert window.windowTitle() == "Wonsan 원산 — Cityviewer"


def test_the_show_filter_lists_the_censuss_divisions_or_the_articles_ten(qtbot, window):
    _choose_show(qtbot, window, Show.DIVISIONS)
    assert len(listed(window)) == 13 and all(i.startswith("KP-") for i in listed(window))
    assert window.filter_bar.count.text() == "13 provinces"
    _choose_show(qtbot, window, Show.ARTICLE)
    assert sorted(listed(window)) == sorted(
        ["pyongyang", "hamhung", "chongjin", "nampo", "wonsan", "sinuiju", "kaesong", "hyesan", "rason", "kimchaek"]
    )
    assert window.filter_bar.count.text() == "10 cities"
    with qtbot.waitSignal(window.results_changed):
        window.filter_bar.clear_button.click()
    assert len(listed(window)) == 40 and window.filter_bar.showing.currentData() is None


def test_the_articles_ten_carry_a_visible_mark_in_the_list(window):
    model = window.city_list.model
    marked = [
        i
        for i in listed(window)
        if isinstance(model.index(listed(window).index(i), 0).data(Qt.ItemDataRole.DecorationRole), QPixmap)
    ]
    assert len(marked) == 10 and "hyesan" in marked and "anju" not in marked
    row = listed(window).index("hyesan")
    assert "listed 8 of 10" in model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)


def _name_cell(window, row: int):
    """The accessible cell of the list's name column in row (Qt's table interface: the header row first, then a
    row-header column first)."""
    columns = window.city_list.model.columnCount() + 1
    return QAccessible.queryAccessibleInterface(window.table).child((row + 1) * columns + 1)


def test_the_name_cell_says_the_star_and_the_source_articles_badge(qtbot, window):
    name = QAccessible.Text.Name
    model = window.city_list.model
    row = model.row_of_key(window.dataset.rows_of(["pyongyang"])[0].key)
    assert _name_cell(window, row).text(name).startswith("Pyongyang; One of the 10 cities of the source article")
    window.show_city("pyongyang")
    window.toggle_star()
    spoken = _name_cell(window, row).text(name)
    assert spoken.startswith("Pyongyang, starred; One of the 10") and "(listed 1 of 10)" in spoken
    plain = model.row_of_key(window.dataset.rows_of(["anju"])[0].key)  # neither starred nor of the article
    assert _name_cell(window, plain).text(name) == "Anju"
