"""The article HTML: complete, linked, and escaped so dataset text can never be markup."""

from html import escape

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cityviewer.core import article
from cityviewer.core.article import city_link, locator_alt, part_of_map, render
from cityviewer.core.dataset import Dataset
from cityviewer.core.records import OtherName, Section, Source


def _entry(built_db, city_id="kaesong"):
    ds = Dataset.open(built_db)
    try:
        return ds.entry(city_id)
    finally:
        ds.close()


def test_the_article_shows_names_facts_sections_and_sources(built_db, volume):
    entry = _entry(built_db)
    html = render(entry, volume)
    for text in (
        entry.name,
        entry.local_name,
        entry.spelling("mccune_reischauer"),
        entry.spelling("revised_romanization"),
        "308,440",
        "Census rank (2008)",
        "In the source article",
        "Sources",
        entry.sections[0].heading,
    ):
        assert text in html, text  # fmt: skip


def test_related_cities_are_city_links(built_db, volume):
    entry = _entry(built_db, "nampo")
    assert f"href='{city_link('pyongyang')}'" in render(entry, volume)


def test_corrections_are_shown(built_db, volume):
    html = render(_entry(built_db, "hyesan"), volume)
    assert "Corrections to the source article" in html and "Samjiyon" in html


def test_markup_in_the_data_is_shown_as_text(built_db, volume):
    hostile = '<img src="http://example.com/x.png"><script>alert(1)</script><a href="http://x">x</a>'
    entry = _entry(built_db)._replace(
        name=hostile,
        summary=hostile,
        sections=(Section(hostile, hostile),),
        other_names=(OtherName(hostile, hostile, hostile),),
        sources=(Source(hostile, hostile, 2000, hostile),),
    )
    html = render(entry, volume)
    assert "<img" not in html and "<script" not in html and 'href="http' not in html
    assert "&lt;img src=&quot;http://example.com/x.png&quot;&gt;" in html


def test_labels_go_through_the_translator(built_db, volume):
    html = render(_entry(built_db), volume, tr=lambda context, s: f"~{context}:" + s)
    assert "~Article:Sources" in html and "~Volume:Census rank (2008)" in html
    # The volume's own words (its regions, its kinds of name) are the volume's data, in its languages.
    assert ">Near the DMZ<" in html and "~Vocabulary:Near" not in html


def test_a_spelling_is_not_repeated_in_the_title_line(built_db, volume):
    html = render(_entry(built_db, "hyesan"), volume)
    line = html.split("<p class='romanizations'>", 1)[1].split("</p>", 1)[0]
    assert line == "Hyesan"  # McCune-Reischauer and Revised Romanization agree


def test_the_source_article_is_identified_and_each_correction_names_its_source(built_db, volume):
    entry = _entry(built_db, "hyesan")
    html = render(entry, volume)
    assert "“The 10 biggest cities in North Korea”, an undated web article whose author and publisher" in html
    assert html.count("class='backing'") == len(entry.corrections) > 0
    titles = {s.title for s in entry.sources}
    assert all(c.source in titles for c in entry.corrections)


def test_an_entry_with_nothing_to_correct_says_it_was_checked(built_db, volume):
    entry = _entry(built_db, "chongjin")
    assert entry.corrections == () and entry.article_rank
    assert "was checked against the sources below; nothing needed correcting" in render(entry, volume)


def test_narrow_puts_labels_above_values(built_db, volume):
    wide, narrow = render(_entry(built_db), volume), render(_entry(built_db), volume, narrow=True)
    assert "<table class='facts'" in wide and "<table" not in narrow and "<p class='fact'>" in narrow


def test_a_city_links_to_its_division_and_a_division_to_its_capital_and_cities(built_db, volume):
    html = render(_entry(built_db, "chongjin"), volume)
    assert f"<a href='{city_link('KP-09')}'>North Hamgyong (함경북도), KP-09</a>" in html
    division = render(_entry(built_db, "KP-09"), volume)
    assert f"<a href='{city_link('chongjin')}'>Chongjin</a>" in division  # the capital
    cities = division.split("Cities of this volume in North Hamgyong", 1)[1].split("</ul>", 1)[0]
    assert [c.split("'")[0] for c in cities.split("href='city:")[1:]] == ["chongjin", "kimchaek", "hoeryong"]
    assert "Population (2008)" in division and "2,327,362" in division and "km²" in division


def test_other_names_say_what_kind_of_name_they_are(built_db, volume):
    html = render(_entry(built_db, "pyongyang"), volume)
    assert "<b>Heijō</b> <i>(Japanese-era reading)</i>" in html
    kaesong = render(_entry(built_db, "kaesong"), volume, tr=lambda c, s: f"~{c}:" + s)
    assert "<i>(historic name)</i>" in kaesong  # the volume's label of the kind of name
    assert "~Vocabulary:Historic, " in kaesong  # the tag keeps its own label, translated


def test_the_articles_ten_carry_its_mark_and_the_others_do_not(built_db, volume):
    assert "class='articles-ten'" in render(_entry(built_db, "hyesan"), volume)
    assert "listed 8 of 10" in render(_entry(built_db, "hyesan"), volume)
    for other in ("anju", "KP-10"):
        html = render(_entry(built_db, other), volume)
        assert "articles-ten" not in html and "Corrections to the source article" not in html


def test_a_locator_map_goes_beside_the_summary_when_the_viewer_supplies_one(built_db, volume):
    entry = _entry(built_db, "hyesan")
    html = render(entry, volume, locator="locator:hyesan")
    assert "<img class='locator' src='locator:hyesan'" in html
    assert "alt='Locator map: Hyesan, in the north-east of North Korea'" in html
    assert "<img" not in render(entry, volume)


@pytest.mark.parametrize(
    ("longitude", "latitude", "part"),
    [(10.0, 20.0, "centre"), (10.0, 29.0, "north"), (19.0, 29.0, "north-east"), (19.0, 20.0, "east"),
     (1.0, 11.0, "south-west"), (10.0, 11.0, "south"), (1.0, 29.0, "north-west"), (30.0, 20.0, None)],
)  # fmt: skip
def test_the_locator_says_which_part_of_the_map_a_city_lies_in(longitude, latitude, part):
    assert part_of_map(longitude, latitude, (0.0, 10.0, 20.0, 30.0)) == part


def test_the_locator_text_names_the_city_and_its_part_of_the_volume(built_db, volume):
    assert locator_alt(_entry(built_db, "kaesong"), volume) == "Locator map: Kaesong, in the south of North Korea"
    assert locator_alt(_entry(built_db, "sinuiju"), volume) == "Locator map: Sinuiju, in the west of North Korea"


def _between(html: str, start: str, end: str) -> str:
    return html.split(start, 1)[1].split(end, 1)[0]


def test_in_korean_the_korean_summary_comes_first_and_the_english_text_is_marked(built_db, volume):
    korean = volume.in_language("ko")
    for entry_id in ("kaesong", "KP-10"):
        entry = _entry(built_db, entry_id)
        html = render(entry, korean, tr=lambda context, s: {"(English)": "(영어)"}.get(s, s))
        first = _between(html, "<p class='summary' lang='ko'>", "</p>")
        assert first == entry.summary_in("ko")
        english = escape(entry.summary)
        assert html.index(first) < html.index(english) < html.index("<table class='facts'")
        assert f"<small class='language'>(영어)</small> {english}</p>" in html  # the English summary, marked
        for section in entry.sections:
            assert f"<div lang='en'><h2>{escape(section.heading)} <small class='language'>(영어)</small></h2>" in html


def test_in_english_the_article_has_no_korean_summary_and_no_marks(built_db, volume):
    entry = _entry(built_db)
    html = render(entry, volume)
    assert entry.summary_in("ko") not in html and "(English)" not in html and "lang=" not in html
    assert f"<p class='summary'>{escape(entry.summary)}</p>" in html


def test_in_korean_an_entry_without_a_korean_summary_shows_the_english_one_and_marks_its_sections(built_db, volume):
    entry = _entry(built_db, "hyesan")._replace(summaries=())
    html = render(entry, volume.in_language("ko"))
    assert f"<p class='summary'>{escape(entry.summary)}</p>" in html and "<p class='summary-english'" not in html
    assert f"<h2>{escape(entry.sections[0].heading)} <small class='language'>(English)</small></h2>" in html


def test_a_korean_summary_is_shown_as_text(built_db, volume):
    entry = _entry(built_db)._replace(summaries=(("ko", "<b>굵게</b><script>x</script>"),))
    html = render(entry, volume.in_language("ko"))
    assert "<script" not in html and "&lt;b&gt;굵게&lt;/b&gt;&lt;script&gt;" in html


def test_read_in_korean_the_title_leads_with_the_hangul(built_db, volume, lorvania_db):
    entry = _entry(built_db, "hyesan")
    assert render(entry, volume).startswith("<h1>Hyesan <span class='local'>혜산</span></h1>")
    assert render(entry, volume.in_language("ko")).startswith("<h1>혜산 <span class='local'>Hyesan</span></h1>")
    town = _entry(lorvania_db, "amberlee")  # no script of its own: its name alone, whatever the language
    lorvania = Dataset.open(lorvania_db, language="ko")
    try:
        assert render(town, lorvania.info.volume).startswith("<h1>Amberlee</h1>")
    finally:
        lorvania.close()


def test_a_citys_division_is_named_in_the_volumes_word(built_db, volume, lorvania_db):
    assert "<b>Province</b><br>" in render(_entry(built_db, "hamhung"), volume, narrow=True)
    island = Dataset.open(lorvania_db)
    try:
        page = render(_entry(lorvania_db, "castorby"), island.info.volume, narrow=True)
        assert "<b>County</b><br>" in page and "Division" not in page and "Province" not in page
    finally:
        island.close()


@given(st.text(alphabet=st.sampled_from("&<>\"'; #ax평양") | st.characters()))
def test_the_article_escapes_text_as_html_escape_does(text):
    """core.article.escape, which start-up uses instead of importing the html package, writes what html.escape
    writes (markup characters as entities, & first so that none is written twice)."""
    assert article.escape(text) == escape(text)
    assert article.escape("<a href='x'>&amp;</a>") == "&lt;a href=&#x27;x&#x27;&gt;&amp;amp;&lt;/a&gt;"
