"""--city NAME: every spelling the search accepts names its city; a beginning, a word of the text or a misspelling
names none, and the refusal says what was probably meant."""

import pytest

from cityviewer.core.cityname import Resolved, all_names, resolve


@pytest.mark.parametrize(
    ("name", "city"),
    [
        ("hamhung", "hamhung"),  # the id
        ("Hamhŭng", "hamhung"),  # McCune-Reischauer
        ("Hamheung", "hamhung"),  # Revised Romanization
        ("함흥", "hamhung"),  # Hangul
        ("HAMHUNG", "hamhung"),
        ("  Kaesŏng ", "kaesong"),
        ("P'yŏngyang", "pyongyang"),
        ("Songjin", "kimchaek"),  # a historic name
        ("Heijo", "pyongyang"),
        ("Sŏn'bong", "rason"),
    ],
)
def test_any_name_in_any_spelling_names_its_city(dataset, name, city):
    assert resolve(dataset, name) == Resolved(name, city_id=city)


@pytest.mark.parametrize("name", ["hamh", "vinalon", "Juche Tower", "pyongyng", "xyzzy", "", "'; DROP TABLE entries"])
def test_a_beginning_a_word_of_the_text_or_a_misspelling_names_no_city(dataset, name):
    resolved = resolve(dataset, name)
    assert resolved.city_id is None
    assert f"“{name}”" in resolved.problem()


def test_the_refusal_names_the_closest_cities(dataset):
    assert resolve(dataset, "pyongyng").closest[0] == "Pyongyang"  # Did you mean: nothing matched
    assert resolve(dataset, "hamh").closest[0] == "Hamhung"  # what the search found, best first
    assert "the closest: Pyongyang" in resolve(dataset, "pyongyng").problem()


def test_a_city_goes_before_the_division_of_the_same_name(dataset):
    assert resolve(dataset, "Kaesong").city_id == "kaesong"  # not KP-15, Kaesong the special city
    assert resolve(dataset, "North Hamgyong").city_id == "KP-09"  # a division named alone is found
    assert resolve(dataset, "함경북도").city_id == "KP-09"


def test_a_name_two_cities_share_is_ambiguous(dataset, monkeypatch):
    # Every city that mentions Pyongyang also goes by that name: the resolver must not choose between them.
    monkeypatch.setattr("cityviewer.core.cityname.all_names", lambda entry: (*all_names(entry), "Pyongyang"))
    resolved = resolve(dataset, "P'yŏngyang")
    assert resolved.city_id is None
    assert resolved.ambiguous[0] == "pyongyang" and len(resolved.ambiguous) > 1
    assert "names more than one city" in resolved.problem()


def test_all_names_lists_each_spelling_once(dataset):
    names = all_names(dataset.entry("hyesan"))
    assert len(names) == len(set(names))
    assert "혜산" in names and "Hyesan" in names
