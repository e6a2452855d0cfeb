"""The order of names in a volume's own script (core.collation): 가나다 for Hangul, a rule for mixed scripts, and
the dataset sorting its list's local-name column by it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from cityviewer.core import collation
from cityviewer.core.dataset import Dataset
from cityviewer.core.request import SearchRequest, SortKey
from cityviewer.databuild.build import build
from cityviewer.databuild.entries import load_sources


def ordered(names: list[str]) -> list[str]:
    return sorted(names, key=collation.sort_key)


def test_hangul_in_dictionary_order():
    # The 14 basic consonants' first syllables, shuffled: 가나다라마바사아자차카타파하.
    assert ordered(list("하가타나파다카라차마자바아사")) == list("가나다라마바사아자차카타파하")
    assert ordered(["각", "가나", "간", "가", "나", "힣", "까"]) == ["가", "가나", "각", "간", "까", "나", "힣"]
    assert ordered(["평양직할시", "평양", "평성", "평안남도"]) == ["평성", "평안남도", "평양", "평양직할시"]


def test_a_lone_jamo_sorts_before_the_syllables_it_begins():
    assert ordered(["가", "ㄴ", "ㄱ", "나", "ㅏ", "아", "앞"]) == ["ㄱ", "가", "ㄴ", "나", "ㅏ", "아", "앞"]


def test_mixed_scripts_digits_latin_hangul_then_hanja():
    mixed = ["平壤", "평양", "Pyongyang", "2.8 Vinalon", "開城", "개성"]
    assert ordered(mixed) == ["2.8 Vinalon", "Pyongyang", "개성", "평양", "平壤", "開城"]  # Hanja by code point


def test_latin_ignores_case_accents_and_punctuation_first():
    assert ordered(["Zed", "abbot", "Ábel", "acre", "P'yŏngyang", "Pyongyang", "pyongyang"]) == [
        "abbot", "Ábel", "acre", "pyongyang", "Pyongyang", "P'yŏngyang", "Zed"]  # fmt: skip
    assert ordered(["나 선", "나선", "나-선"]) == ["나선", "나 선", "나-선"]  # the same name first without a mark


def test_compare_is_a_total_order():
    assert collation.compare("가", "나") == -1
    assert collation.compare("나", "가") == 1
    assert collation.compare("가", "가") == 0


@pytest.fixture(scope="module")
def scripted_volume(tmp_path_factory, lorvania_dir) -> Path:
    """The made-up volume given a script of its own, written in a language of its own ("xx"), whose names mix
    Latin with and without accents and case, Hangul and Han characters: sorting them by code point (SQLite's
    own order) differs from the collation at every step."""
    folder = tmp_path_factory.mktemp("scripted") / "lorvania"
    shutil.copytree(lorvania_dir, folder)
    volume = folder / "volume.toml"
    volume.write_text(
        volume.read_text(encoding="utf-8")
        + '\n[[name_systems]]\nkey = "lorvan"\nlabel = "Lorvan"\nlocal = true\nlanguage = "xx"\n',
        encoding="utf-8",
    )
    names = {"amberlee": "Ábel", "castorby": "Acre", "dunmere": "abbot", "eskfield": "Zed", "farrowgate": "나루",
             "greyhollow": "平川"}  # fmt: skip
    for city, name in names.items():
        path = folder / "cities" / f"{city}.toml"
        path.write_text(path.read_text(encoding="utf-8").replace("[names]\n", f'[names]\nlorvan = "{name}"\n'),
                        encoding="utf-8")  # fmt: skip
    out = folder / "lorvania.sqlite"
    build(load_sources(folder), out, folder)
    return out


def test_the_list_sorts_its_local_names_by_the_collation(scripted_volume):
    dataset = Dataset.open(scripted_volume, language="xx")
    try:
        assert dataset.info.volume.local_first
        rows = dataset.rows(dataset.answer(SearchRequest(sort=SortKey.LOCAL_NAME)).keys)
        local = [row.local_name for row in rows if row.local_name]
        assert local == ["abbot", "Ábel", "Acre", "Zed", "나루", "平川"]
        backwards = dataset.rows(dataset.answer(SearchRequest(sort=SortKey.LOCAL_NAME, descending=True)).keys)
        assert [row.local_name for row in backwards if row.local_name] == local[::-1]
    finally:
        dataset.close()


def test_local_names_lead_only_in_their_own_language(scripted_volume, lorvania_db, built_db):
    cases = [(scripted_volume, "en", False), (lorvania_db, "xx", False), (lorvania_db, "ko", False),
             (built_db, "ko", True), (built_db, "en", False)]  # fmt: skip
    for path, language, leads in cases:
        dataset = Dataset.open(path, language=language)
        try:
            assert dataset.info.volume.local_first is leads, (path.name, language)
        finally:
            dataset.close()


def test_the_shipped_volume_sorts_in_korean_dictionary_order(built_db):
    dataset = Dataset.open(built_db, language="ko")
    try:
        local = [row.local_name for row in dataset.rows(dataset.answer(SearchRequest(sort=SortKey.LOCAL_NAME)).keys)]
    finally:
        dataset.close()
    assert len(local) == 40
    assert local == ordered(local)
    assert local[:4] == ["강계", "강원도", "개성", "개성특별시"]
    assert local[-2:] == ["회령", "희천"]
