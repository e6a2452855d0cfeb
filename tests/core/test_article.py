"""The article HTML: complete, linked, and escaped so dataset text can never be markup."""

import dataclasses

from cityviewer.core.article import city_link, render
from cityviewer.core.dataset import Dataset
from cityviewer.core.records import NameNote, Section, Source


def _entry(built_db, city_id="kaesong"):
    ds = Dataset.open(built_db)
    try:
        return ds.entry(city_id)
    finally:
        ds.close()


def test_the_article_shows_names_facts_sections_and_sources(built_db):
    entry = _entry(built_db)
    html = render(entry)
    for text in (
        entry.name,
        entry.hangul,
        entry.mccune_reischauer,
        entry.revised_romanization,
        "308,440",
        "Census rank (2008)",
        "In the source article",
        "Sources",
        entry.sections[0].heading,
    ):
        assert text in html, text  # fmt: skip


def test_related_cities_are_city_links(built_db):
    entry = _entry(built_db, "nampo")
    assert f"href='{city_link('pyongyang')}'" in render(entry)


def test_corrections_are_shown(built_db):
    html = render(_entry(built_db, "hyesan"))
    assert "Corrections to the source article" in html and "Samjiyon" in html


def test_markup_in_the_data_is_shown_as_text(built_db):
    hostile = '<img src="http://example.com/x.png"><script>alert(1)</script><a href="http://x">x</a>'
    entry = dataclasses.replace(
        _entry(built_db),
        name=hostile,
        summary=hostile,
        sections=(Section(hostile, hostile),),
        other_names=(NameNote(hostile, hostile),),
        sources=(Source(hostile, hostile, 2000, hostile),),
    )
    html = render(entry)
    assert "<img" not in html and "<script" not in html and 'href="http' not in html
    assert "&lt;img src=&quot;http://example.com/x.png&quot;&gt;" in html


def test_labels_go_through_the_translator(built_db):
    html = render(_entry(built_db), tr=lambda context, s: f"~{context}:" + s)
    assert "~Article:Sources" in html and "~Article:Census rank (2008)" in html
    assert "~Vocabulary:Near the DMZ" in html  # region names too, in their own context
