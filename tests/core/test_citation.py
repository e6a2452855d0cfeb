"""Copy citation and Copy facts as plain text: what they say, with no Qt."""

import datetime

from cityviewer.core.citation import cite, facts_text

DAY = datetime.date(2026, 11, 30)


def test_the_citation_names_the_city_the_dataset_its_version_the_sources_and_the_day(dataset):
    entry = dataset.entry("hamhung")
    citation = cite(entry, dataset.info, "1.2.3", DAY)
    for form in (citation.plain, citation.apa):
        for part in ("Hamhung", dataset.info.title, dataset.info.data_version, "1.2.3", "2026-11-30",
                     "https://www.geonames.org/1877449", "2008 Population Census of the DPRK"):  # fmt: skip
            assert part in form, (part, form)
    assert citation.apa.startswith("Cityviewer developers. (2026). Hamhung. In ")
    assert citation.text() == f"{citation.plain}\n\n{citation.apa}"


def test_the_citation_is_translated_before_it_is_filled_in(dataset):
    seen = []

    def tr(context, text):
        seen.append(context)
        return "[tr] " + text

    citation = cite(dataset.entry("hamhung"), dataset.info, "1", DAY, tr)
    assert set(seen) == {"Citation"}
    assert citation.plain.startswith("[tr] “Hamhung”") and citation.apa.startswith("[tr] Cityviewer developers")


def test_facts_as_plain_text_are_one_label_and_value_a_line(dataset, volume):
    entry = dataset.entry("hamhung")
    text = facts_text(entry, volume)
    lines = text.splitlines()
    assert lines[0] == "Hamhung (함흥)"
    assert "McCune–Reischauer: Hamhŭng" in lines
    assert "Revised Romanization: Hamheung" in lines
    assert "Population (2008 census): 768,551" in lines
    assert "Census rank (2008): 2" in lines
    assert any(line.startswith("Division: South Hamgyong") for line in lines)
    assert any(line.startswith("Coordinates: 39.918° N, 127.536° E") and "39.9183, 127.5364" in line for line in lines)
    assert all(": " in line for line in lines[1:])
    assert "<" not in text  # plain text, no markup


def test_a_divisions_facts_and_citation_are_copied_as_a_citys_are(dataset, volume):
    from cityviewer.core.records import DivisionEntry

    code, name = dataset.provinces()[0]
    entry = dataset.entry(code)
    assert isinstance(entry, DivisionEntry)
    lines = facts_text(entry, volume).splitlines()
    assert lines[0].startswith(name) and len(lines) > 3 and all(": " in line for line in lines[1:])
    assert not any(line.startswith("Coordinates") for line in lines)  # an area has no one point
    assert cite(entry, dataset.info, "1", DAY).plain.startswith(f"“{name}”, in ")
