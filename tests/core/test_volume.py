"""The volume record: what a dataset is about, read from its metadata; and a second volume that needs no code."""

import json

import pytest

from cityviewer.core.dataset import Dataset
from cityviewer.core.errors import DatasetDamaged
from cityviewer.core.request import SearchRequest
from cityviewer.core.volume import VolumeError, read_volume, volume_from_json


@pytest.fixture(scope="module")
def lorvania(lorvania_db):
    dataset = Dataset.open(lorvania_db)
    yield dataset
    dataset.close()


def test_the_shipped_volume_is_read_from_the_datasets_metadata(built_db):
    dataset = Dataset.open(built_db)
    try:
        volume = dataset.info.volume
    finally:
        dataset.close()
    assert (volume.id, volume.area, volume.census.label, volume.census.year) == (
        "kp",
        "North Korea",
        "2008 census",
        2008,
    )
    assert volume.local_system.key == "hangul" and [s.key for s in volume.name_systems if s.romanization] == [
        "mccune_reischauer", "revised_romanization", "dprk"]  # fmt: skip
    assert volume.map.contains(125.75, 39.03) and not volume.map.contains(2.35, 48.85)
    assert volume.source_article.size == 10 and volume.region_label("dmz") == "Near the DMZ"


def test_a_second_volume_is_data_only(lorvania):
    volume = lorvania.info.volume
    assert (volume.id, volume.area, volume.census.year, volume.source_article) == ("lorvania", "Lorvania", 1999, None)
    assert volume.local_system is None and volume.foldings == frozenset()
    assert lorvania.regions() == ["north-shore", "highlands", "south-shore"]  # the volume's order, not alphabetical
    assert [row.name for row in lorvania.rows(lorvania.answer(SearchRequest("amber")).keys)] == ["Amberlee"]
    assert [row.name for row in lorvania.rows(lorvania.answer(SearchRequest("Old Amber")).keys)] == ["Amberlee"]
    assert lorvania.basemap("full") and lorvania.basemap("locator")


def test_romanization_folding_is_the_volumes_not_every_names(lorvania, built_db):
    """Korean romanization folding (d = t, b = p, ...) applies to a volume whose names need it: in Lorvania
    "Tunmere" is not Dunmere, while in the shipped volume "Danchon" finds Tanchon."""
    assert lorvania.rows(lorvania.answer(SearchRequest("Tunmere")).keys) == []
    assert [row.name for row in lorvania.rows(lorvania.answer(SearchRequest("Dunmere")).keys)] == ["Dunmere"]
    shipped = Dataset.open(built_db)
    try:
        assert "Tanchon" in [row.name for row in shipped.rows(shipped.answer(SearchRequest("Danchon")).keys)]
    finally:
        shipped.close()


def test_texts_are_read_in_the_language_asked_for_falling_back_to_english(lorvania):
    raw = {**lorvania.info.volume.raw, "area": {"en": "Lorvania", "ko": "로르바니아"}}
    assert read_volume(raw, "ko").area == "로르바니아"
    assert read_volume(raw, "fr").area == "Lorvania"
    assert read_volume(raw).in_language("ko").area == "로르바니아"


def test_the_volume_names_its_divisions_and_counts_them_in_each_language(lorvania):
    words = lorvania.info.volume.divisions
    assert (words.one, words.many, words.label, words.label_many) == ("county", "counties", "County", "Counties")
    assert [words.count(n) for n in (0, 1, 2)] == ["0 counties", "1 county", "2 counties"]
    assert words.count(1234, "1,234") == "1,234 counties"  # the number as the interface's locale writes it
    korean = lorvania.info.volume.in_language("ko").divisions
    assert (korean.one, korean.label_many, korean.count(1), korean.count(2)) == ("군", "군", "군 1곳", "군 2곳")
    unnamed = {key: value for key, value in lorvania.info.volume.raw.items() if key != "divisions"}
    assert read_volume(unnamed).divisions.count(2) == "2 divisions"  # a volume that does not say


@pytest.mark.parametrize(
    ("change", "named"),
    [
        ({"map": {}}, "map.projection"),
        ({"title": 3}, "title"),
        ({"census": {"label": "x", "year": "1999"}}, "census.year"),
        ({"name_systems": [{"key": "x", "label": "X", "folding": "klingon"}]}, "name_systems[0].folding"),
        ({"division_code": "("}, "division_code"),
        (
            {"divisions": {"one": "county", "many": "counties", "counted": ["a county", "%n counties"]}},
            "divisions.counted",
        ),
        ({"divisions": {"one": "county", "many": "counties", "counted": ["%n", "%n", "%n"]}}, "divisions.counted"),
        ({"divisions": {"many": "counties", "counted": "%n counties"}}, "divisions.one"),
    ],
)
def test_a_malformed_volume_is_refused_naming_the_field(lorvania, change, named):
    with pytest.raises(VolumeError, match=named.replace("[", r"\[").replace("]", r"\]")):
        read_volume({**lorvania.info.volume.raw, **change})


def test_a_dataset_whose_volume_record_is_damaged_says_so(lorvania_db, tmp_path):
    import shutil
    import sqlite3

    copy = tmp_path / "damaged.sqlite"
    shutil.copy(lorvania_db, copy)
    db = sqlite3.connect(copy)
    db.execute("UPDATE meta SET value = '{\"id\": 1' WHERE key = 'volume'")
    db.commit()
    db.close()
    with pytest.raises(DatasetDamaged, match="volume description"):
        Dataset.open(copy)
    assert volume_from_json(json.dumps(read_volume(json.loads(Dataset.open(lorvania_db).info.volume.to_json())).raw))


def test_names_are_rows_of_any_system_a_volume_declares(tmp_path, lorvania_dir):
    """A volume of another script: its own name systems (here a Greek local script and a transliteration), kept
    as rows (system, spelling), shown with their labels and searched."""
    import shutil

    from cityviewer.core.article import render, romanizations
    from cityviewer.databuild.build import build
    from cityviewer.databuild.entries import load_sources

    folder = tmp_path / "greek"
    shutil.copytree(lorvania_dir, folder)
    volume_file = folder / "volume.toml"
    volume_file.write_text(
        volume_file.read_text(encoding="utf-8").replace(
            "[census]",
            '[[name_systems]]\nkey = "greek"\nlabel = "Greek"\nlocal = true\n\n'
            '[[name_systems]]\nkey = "elot"\nlabel = "ELOT 743"\nromanization = true\n\n[census]',
        ),
        encoding="utf-8",
    )
    town = folder / "cities" / "dunmere.toml"
    town.write_text(
        town.read_text(encoding="utf-8").replace("[names]\n", '[names]\ngreek = "Ντανμιρ"\nelot = "Ntanmir"\n'),
        encoding="utf-8",
    )
    out = tmp_path / "greek.sqlite"
    build(load_sources(folder), out, folder)
    dataset = Dataset.open(out)
    try:
        entry = dataset.entry("dunmere")
        volume = dataset.info.volume
        assert entry.spellings == (("greek", "Ντανμιρ"), ("elot", "Ntanmir")) and entry.local_name == "Ντανμιρ"
        assert romanizations(entry, volume) == ["Ntanmir"]
        html = render(entry, volume)
        assert "Ντανμιρ" in html and ">Greek<" in html and ">ELOT 743<" in html
        assert [row.id for row in dataset.rows(dataset.answer(SearchRequest("Ντανμιρ")).keys)] == ["dunmere"]
        assert [row.id for row in dataset.rows(dataset.answer(SearchRequest("ntanmir")).keys)] == ["dunmere"]
    finally:
        dataset.close()


def test_the_languages_every_entry_has_a_summary_in(built_db, lorvania):
    dataset = Dataset.open(built_db)
    try:
        assert dataset.info.volume.summary_languages == ("ko",)
        assert dataset.info.volume.in_language("ko").summary_languages == ("ko",)
    finally:
        dataset.close()
    assert lorvania.info.volume.summary_languages == ()
    raw = json.loads(lorvania.info.volume.to_json())
    for bad in ("ko", ["Korean"], ["ko", "ko"], [1]):
        with pytest.raises(VolumeError, match="summary_languages"):
            read_volume({**raw, "summary_languages": bad})
