"""Copy citation and Copy facts as plain text: what they say, with no Qt."""

import datetime

import pytest

from cityviewer.core.citation import (
    DEFAULT_STYLE,
    STYLE_NAMES,
    CitationStyle,
    cite,
    facts_text,
    sources_text,
    style_named,
)

DAY = datetime.date(2026, 11, 30)


EXPECTED = {
    CitationStyle.PLAIN: "“Hamhung”, in {title} (data version {v}), Cityviewer 1.2.3. Accessed 2026-11-30.",
    CitationStyle.APA: "Cityviewer developers. ({year}). Hamhung. In {title} (Data version {v}) [Offline encyclopedia;"
    " Cityviewer 1.2.3]. Retrieved 2026-11-30.",
    CitationStyle.MLA: "“Hamhung.” {title}, data version {v}, Cityviewer 1.2.3, {year}. Accessed 2026-11-30.",
    CitationStyle.CHICAGO: "Cityviewer developers. “Hamhung.” In {title}, data version {v}. Cityviewer 1.2.3, {year}."
    " Accessed 2026-11-30.",
}


@pytest.mark.parametrize("style", list(CitationStyle))
def test_each_style_is_one_short_citation_of_the_entry_the_dataset_its_version_and_the_day(dataset, style):
    info = dataset.info
    citation = cite(dataset.entry("hamhung"), info, "1.2.3", DAY, style)
    year = info.data_version.split(".")[0]
    assert citation == EXPECTED[style].format(title=info.title, v=info.data_version, year=year)
    assert "\n" not in citation and len(citation) < 250  # one short paragraph, for a worksheet
    assert "geonames" not in citation and "Census" not in citation  # the sources only on request


def test_the_styles_are_told_apart_and_an_unknown_setting_is_the_plain_one():
    assert {style_named(s.value) for s in CitationStyle} == set(CitationStyle)
    assert style_named(" APA ") is CitationStyle.APA
    assert style_named("harvard") is DEFAULT_STYLE is CitationStyle.PLAIN
    assert set(STYLE_NAMES) == set(CitationStyle)


def test_the_sources_are_copied_one_a_line(dataset):
    entry = dataset.entry("hamhung")
    lines = sources_text(entry, dataset.info).splitlines()
    assert lines[0] == f"Sources of “Hamhung” in {dataset.info.title}:"
    assert len(lines) == 1 + len(entry.sources) and all(line.startswith("- ") for line in lines[1:])
    assert any("https://www.geonames.org/1877449" in line for line in lines)
    assert any("2008 Population Census of the DPRK" in line for line in lines)


def test_the_citation_is_translated_before_it_is_filled_in(dataset):
    seen = []

    def tr(context, text):
        seen.append(context)
        return "[tr] " + text

    for style in CitationStyle:
        assert cite(dataset.entry("hamhung"), dataset.info, "1", DAY, style, tr).startswith("[tr] ")
    assert sources_text(dataset.entry("hamhung"), dataset.info, tr).startswith("[tr] Sources")
    assert set(seen) == {"Citation"}


def test_facts_as_plain_text_are_one_label_and_value_a_line(dataset, volume):
    entry = dataset.entry("hamhung")
    text = facts_text(entry, volume)
    lines = text.splitlines()
    assert lines[0] == "Hamhung (함흥)"
    assert "McCune–Reischauer: Hamhŭng" in lines
    assert "Revised Romanization: Hamheung" in lines
    assert "Population (2008 census): 768,551" in lines
    assert "Census rank (2008): 2" in lines
    assert any(line.startswith("Province: South Hamgyong") for line in lines)
    assert any(line.startswith("Coordinates: 39.918° N, 127.536° E") and "39.9183, 127.5364" in line for line in lines)
    assert all(": " in line for line in lines[1:])
    assert "<" not in text  # plain text, no markup


def test_a_divisions_facts_and_citation_are_copied_as_a_citys_are(dataset, volume):
    from cityviewer.core.records import DivisionEntry

    code, name = dataset.divisions()[0]
    entry = dataset.entry(code)
    assert isinstance(entry, DivisionEntry)
    lines = facts_text(entry, volume).splitlines()
    assert lines[0].startswith(name) and len(lines) > 3 and all(": " in line for line in lines[1:])
    assert not any(line.startswith("Coordinates") for line in lines)  # an area has no one point
    assert cite(entry, dataset.info, "1", DAY).startswith(f"“{name}”, in ")
