import pytest

from cityviewer import resources


def test_bundled_files_are_found():
    assert resources.dataset_path().is_file()
    assert resources.path(resources.ICON).is_file()


@pytest.mark.parametrize("name", ["../secret", "/etc/passwd", "data/../../x"])
def test_names_must_stay_inside_the_bundle(name):
    with pytest.raises(ValueError):
        resources.path(name)


def test_the_frozen_app_looks_in_its_own_folder(monkeypatch, tmp_path):
    monkeypatch.setattr("sys._MEIPASS", str(tmp_path), raising=False)
    assert resources.dataset_path() == tmp_path / "data" / "cities.sqlite"
