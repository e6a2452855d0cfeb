"""The shipped volume read in Korean: its own Korean title in the About box, and its entries' Korean summaries once
View > Language chooses Korean. (The behaviour, on the made-up volume that has no Korean texts:
tests/gui/test_korean_translation.py and test_language.py.)"""

from __future__ import annotations

import sqlite3

from helpers import article_of

from cityviewer.core.dataset import Dataset
from cityviewer.gui import settings as keys
from cityviewer.gui.about import about_html


def test_the_about_box_in_korean_names_the_volume_in_korean(korean_ui, built_db):
    dataset = Dataset.open(built_db, language="ko")
    try:
        html = about_html(dataset.info)
    finally:
        dataset.close()
    assert "데이터 세트: 북한: 2008년 인구 조사의 도시 27곳과 도 13곳, 버전 " in html
    assert "도시 27곳, 도 13곳." in html


def test_one_choice_drives_the_volumes_language_too(qtbot, switcher, settings, built_db):
    with sqlite3.connect(built_db) as db:
        (korean_summary,) = db.execute(
            "SELECT text FROM summaries JOIN entries ON entries.rowid = summaries.entry"
            " WHERE entries.id = 'hamhung' AND language = 'ko'"
        ).fetchone()
    switcher.window.show_city("hamhung")
    assert korean_summary not in article_of(qtbot, switcher.window, "hamhung")
    korean = switcher.switch("ko")
    assert korean.dataset.info.volume.language == "ko" and settings.get(keys.LANGUAGE) == "ko"
    assert " ".join(korean_summary.split()) in " ".join(article_of(qtbot, korean, "hamhung").split())
