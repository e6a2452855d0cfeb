"""Read in Korean, the shipped volume's map leads with the Hangul names, as its list does: 평양 on the map, not
Pyongyang, and 평양 Pyongyang once the map is close enough for both."""

from __future__ import annotations

import pytest

from cityviewer.core.dataset import Dataset
from cityviewer.gui.map.render import label_text


@pytest.fixture
def dataset(built_db):
    opened = Dataset.open(built_db, language="ko")
    yield opened
    opened.close()


def test_the_labels_tooltips_and_description_lead_with_the_hangul_name(window, map_pane):
    point = map_pane.layer.markers[map_pane.layer.position["pyongyang"]].point
    assert label_text(point, with_local_name=False) == "평양"
    assert label_text(point, with_local_name=True) == "평양 Pyongyang"
    assert map_pane.tooltip_text("pyongyang").startswith("<b>평양</b> Pyongyang")
    window.show_city("hyesan")
    assert "혜산 (Hyesan)" in map_pane.accessibleDescription()
