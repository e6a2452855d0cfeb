"""The printed sheet's and the cover's HTML: complete, escaped, links where paper can follow them."""

import re

from cityviewer.core.paper.sheet import comparison_html, cover_html, sheet_html
from cityviewer.core.records import Source


def test_the_sheet_holds_the_whole_entry_in_reading_order(dataset, volume):
    entry = dataset.entry("kaesong")
    html = sheet_html(entry, volume)
    parts = [entry.name, entry.local_name, entry.spelling("mccune_reischauer"), entry.summary[:40],
             "Census rank (2008)", entry.sections[0].heading, entry.sections[-1].heading, "Other names:", "Industries:",
             "Landmarks</h2><ul>", "Related cities", "Corrections to the source article", "Sources"]  # fmt: skip
    positions = [html.find(p) for p in parts]
    assert -1 not in positions, [p for p, at in zip(parts, positions, strict=True) if at == -1]
    assert positions == sorted(positions)


def test_sources_addresses_are_links_and_city_links_are_not(dataset, volume):
    entry = dataset.entry("hamhung")
    html = sheet_html(entry, volume)
    assert "<a href='https://www.geonames.org/1877449'>" in html
    assert "city:" not in html  # a city: link means nothing on paper or in a PDF


def test_a_related_city_in_the_handout_says_where_its_sheet_is(dataset, volume):
    entry = dataset.entry("nampo")  # related: pyongyang
    assert "page 7" in sheet_html(entry, volume, pages={"pyongyang": 7})
    assert "<a href='cityviewer-page:0007'>Pyongyang</a>" in sheet_html(entry, volume, pages={"pyongyang": 7})
    assert "page" not in sheet_html(entry, volume, pages={"kaesong": 3}).split("Related cities")[1].split("</ul>")[0]


def test_without_a_map_no_room_is_left_and_with_one_it_sits_beside_the_facts(dataset, volume):
    entry = dataset.entry("hamhung")
    assert "<img" not in sheet_html(entry, volume)
    with_map = sheet_html(entry, volume, map_url="map:hamhung")
    assert "<img src='map:hamhung'" in with_map
    facts_table = with_map.split("<table class='facts'")[1].split("</table>")[0]
    assert "<img" in facts_table and "rowspan=" in facts_table  # a column of the facts table, beside them all


def test_dataset_text_is_escaped(dataset, volume):
    entry = dataset.entry("hamhung")._replace(summary="<img src='x'>", sources=(
        Source("<b>t</b>", None, None, "https://x.test/?a=1&b='2'"),))  # fmt: skip
    html = sheet_html(entry, volume)
    assert "<img src='x'>" not in html and "&lt;img" in html
    assert "<b>t</b>" not in html
    assert "href='https://x.test/?a=1&amp;b=&#x27;2&#x27;'" in html


def test_the_cover_lists_the_cities_in_order_with_populations_bars_and_pages(dataset, volume):
    rows = dataset.rows_of(["hyesan", "pyongyang"])
    html = cover_html("Atlas", rows, {"hyesan": 2, "pyongyang": 4}, volume)
    assert html.index("Hyesan") < html.index("Pyongyang")
    assert "3,255,288" in html and "192,680" in html
    assert "width='100%' height=" in html  # Pyongyang's bar, the largest: the full width
    assert "width='6%' height=" in html  # Hyesan's: 192,680 / 3,255,288
    assert ">4</td>" in html and ">2</td>" in html


def test_a_division_has_a_sheet_of_its_own(dataset, volume):
    html = sheet_html(dataset.entry("KP-09"), volume)
    assert "North Hamgyong" in html and "Cities of this volume in North Hamgyong" in html and "Chongjin" in html
    assert "Corrections to the source article" not in html and "href='city:" not in html  # no dead links on paper


def test_the_comparison_sheet_has_every_fact_the_distances_and_bars_or_the_chart(dataset, volume):
    from cityviewer.core.compare import FACTS, compare
    from cityviewer.core.translatable import untranslated

    cities = [dataset.entry(i) for i in ("wonsan", "nampo", "hyesan")]
    comparison = compare(cities)
    html = comparison_html(comparison, volume)
    assert html.index("Wonsan") < html.index("Nampo") < html.index("Hyesan")  # the order chosen
    assert all(f">{label(volume, untranslated)}</th>" in html for label, _value in FACTS)
    km = f"{comparison.km('nampo', 'hyesan'):,.0f} km"
    assert html.count(f">{km}</td>") == 2  # both halves of the square table
    widths = [int(w) for w in re.findall(r"class='bar' width='(\d+)%'", html)]
    populations = [c.population_total for c in cities]
    assert widths == [round(100 * p / max(populations)) for p in populations]
    with_chart = comparison_html(comparison, volume, chart=("chart:x", 600, 200))
    assert "<img src='chart:x'" in with_chart and "class='bar'" not in with_chart
    odd = cities[0]._replace(name="<b>Wonsan</b>", industries=("a & b",))
    assert "<b>Wonsan" not in comparison_html(compare([odd, cities[1]]), volume) and "a &amp; b" in comparison_html(
        compare([odd, cities[1]]), volume)  # fmt: skip


def test_read_in_korean_titles_and_the_cover_lead_with_the_hangul(dataset, volume):
    korean = volume.in_language("ko")
    entry = dataset.entry("hamhung")
    assert "<h1>Hamhung <span class='local'>함흥</span></h1>" in sheet_html(entry, volume)
    assert "<h1>함흥 <span class='local'>Hamhung</span></h1>" in sheet_html(entry, korean)
    rows = dataset.rows_of(["hyesan", "pyongyang"])
    english, hangul_first = cover_html("Atlas", rows, {}, volume), cover_html("Atlas", rows, {}, korean)
    assert "<td>Hyesan</td><td>혜산</td>" in english
    assert "<td>혜산</td><td>Hyesan</td>" in hangul_first
    assert "<td>Ryanggang</td>" in english and "<td>량강도</td>" in hangul_first  # the division's local name too
    assert korean.local_system is not None  # its label in Korean: 한글
    assert hangul_first.index(f">{korean.local_system.label}</th>") < hangul_first.index(">City</th>")


def test_a_volume_without_a_script_titles_its_places_by_name_in_any_language(lorvania_db):
    from cityviewer.core.dataset import Dataset

    dataset = Dataset.open(lorvania_db, language="ko")
    try:
        entry = dataset.entry("amberlee")
        assert "<h1>Amberlee</h1>" in sheet_html(entry, dataset.info.volume)
        rows = dataset.rows_of(["amberlee"])
        cover = cover_html("Atlas", rows, {}, dataset.info.volume)
        assert "<tr><td>Amberlee</td><td>" in cover and "<th align='left'>군</th>" in cover  # the volume's word
    finally:
        dataset.close()


def test_read_in_korean_a_sheet_gives_the_korean_summary_first_and_marks_the_english(dataset, volume):
    entry = dataset.entry("hamhung")
    korean_summary = entry.summary_in("ko")
    assert korean_summary
    html = sheet_html(entry, volume.in_language("ko"))
    assert html.index(korean_summary[:20]) < html.index(entry.summary[:20]) < html.index("<table class='facts'")
    assert "lang='ko'" in html and "(English)" in html
    assert korean_summary[:20] not in sheet_html(entry, volume)
