"""Label placement: never two labels on top of each other, never a label over a marker, the less populous city
loses its label."""

from hypothesis import given, settings
from hypothesis import strategies as st

from cityviewer.core.map.geo import Rect
from cityviewer.core.map.labels import LabelRequest, candidate_boxes, marker_box, place_labels

requests = st.lists(
    st.builds(
        LabelRequest,
        x=st.floats(0, 600),
        y=st.floats(0, 400),
        radius=st.floats(1, 15),
        width=st.floats(20, 140),
        height=st.floats(10, 20),
        rank=st.integers(0, 3_000_000).map(float),
    ),
    max_size=80,
)


def _overlap(a: Rect, b: Rect) -> bool:
    return a.intersects(b)


@settings(max_examples=150, deadline=None)
@given(requests)
def test_placed_labels_never_overlap_each_other_or_any_marker(cities):
    placed = place_labels(cities)
    boxes = list(placed.values())
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            assert not _overlap(a, b)
    for box in boxes:
        for city in cities:
            assert not _overlap(box, marker_box(city))


@settings(max_examples=150, deadline=None)
@given(requests)
def test_a_label_is_dropped_only_where_a_marker_or_a_more_important_label_takes_every_place(cities):
    placed = place_labels(cities)
    markers = [marker_box(c) for c in cities]
    for i, city in enumerate(cities):
        if i in placed:
            assert placed[i] in candidate_boxes(city)  # beside its own marker
            continue
        for box in candidate_boxes(city):
            blocked_by_marker = any(_overlap(box, m) for m in markers)
            blocked_by_label = any(
                _overlap(box, other) and cities[j].rank >= city.rank for j, other in placed.items() if j != i
            )
            assert blocked_by_marker or blocked_by_label


def test_of_two_cities_in_the_same_place_the_more_populous_is_labelled():
    small = LabelRequest(100, 100, 3, 60, 14, rank=200_000)
    big = LabelRequest(101, 100, 3, 60, 14, rank=3_000_000)
    placed = place_labels([small, big])
    assert 1 in placed
    assert not any(_overlap(placed[1], box) for j, box in placed.items() if j != 1)


def test_the_first_choice_is_right_of_the_marker_and_a_request_of_no_size_gets_no_label():
    city = LabelRequest(100, 100, 5, 60, 14, rank=1)
    blocker = LabelRequest(300, 300, 5, 0, 0, rank=9)
    placed = place_labels([city, blocker])
    assert list(placed) == [0]
    assert placed[0].left > 105 and placed[0].bottom < 100 < placed[0].top
