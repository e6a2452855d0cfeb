"""The star beside the source article's badge in the list: the shipped volume has a source article, and Kaesong
is one of its ten."""

from helpers import article_of, listed
from PySide6.QtCore import Qt

from cityviewer.gui.citymodel import Column


def _row(window, entry_id: str) -> int:
    return listed(window).index(entry_id)


def test_a_star_shows_in_the_list_and_the_article(qtbot, window):
    model = window.city_list.model
    window.show_city("kaesong")
    index = model.index(_row(window, "kaesong"), Column.NAME)
    badge_only = index.data(Qt.ItemDataRole.DecorationRole)  # Kaesong is one of the article's ten
    assert "Starred" not in article_of(qtbot, window)
    with qtbot.waitSignal(model.dataChanged):
        window.toggle_star()
    starred = index.data(Qt.ItemDataRole.DecorationRole)
    assert starred.width() > badge_only.width()  # the star beside the badge
    assert "Starred" in index.data(Qt.ItemDataRole.ToolTipRole)
    assert window.detail.toPlainText().startswith("★ Starred")
    plain = model.index(_row(window, "KP-09"), Column.NAME)
    assert plain.data(Qt.ItemDataRole.DecorationRole) is None
    window.notes.set_starred("KP-09", True)
    assert plain.data(Qt.ItemDataRole.DecorationRole) is not None
