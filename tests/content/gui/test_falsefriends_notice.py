"""The notice above the list when a search names a place outside the volume (a false friend)."""

from helpers import listed, set_query, type_query


def _notice(window):
    return window.filter_bar.notice


def test_a_false_friend_shows_ours_and_says_the_other_place_is_not_in_this_volume(qtbot, window):
    window.show()
    assert not _notice(window).isVisible()
    type_query(qtbot, window, "Cheongju")
    assert listed(window)[0] == "chongju"
    qtbot.waitUntil(_notice(window).isVisible)
    assert _notice(window).text() == "Cheongju (청주) is a different city, in South Korea: it is not in this volume."
    assert _notice(window).accessibleName() == "Not in this volume"


def test_the_same_hangul_lists_ours_with_the_notice_and_our_own_name_hides_it(qtbot, window):
    window.show()
    set_query(qtbot, window, "순천")
    assert listed(window) == ["sunchon"]
    qtbot.waitUntil(_notice(window).isVisible)
    assert "Suncheon (순천) is a different city" in _notice(window).text()
    set_query(qtbot, window, "Sunchon")
    qtbot.waitUntil(lambda: not _notice(window).isVisible())
    assert "sunchon" in listed(window)
