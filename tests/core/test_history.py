from cityviewer.core.history import History


def test_back_and_forward_walk_the_visits():
    h = History()
    for city in ("a", "b", "c"):
        h.visit(city)
    assert h.back() == "b"
    assert h.back() == "a"
    assert not h.can_go_back()
    assert h.back() is None
    assert h.forward() == "b"


def test_a_new_visit_drops_the_forward_history():
    h = History()
    for city in ("a", "b", "c"):
        h.visit(city)
    h.back()
    h.visit("d")
    assert not h.can_go_forward()
    assert h.back() == "b"


def test_visiting_the_current_item_again_adds_nothing():
    h = History()
    h.visit("a")
    h.visit("a")
    assert not h.can_go_back()


def test_the_history_is_bounded():
    h = History(limit=3)
    for city in "abcde":
        h.visit(city)
    assert [h.back(), h.back(), h.back()] == ["d", "c", None]
