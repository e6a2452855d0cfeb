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


def test_the_window_icons_are_the_svg_drawn_at_each_size(qapp):
    """The app reads the window icon from these PNGs (not the SVG, which would load QtSvg at start): each is the SVG
    drawn at its size, as packaging/icons.py draws it (`python packaging/icons.py` writes them again)."""
    import sys
    from pathlib import Path

    from PySide6.QtGui import QImage

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "packaging"))
    from icons import _png

    for size, name in zip(resources.WINDOW_ICON_SIZES, resources.WINDOW_ICONS, strict=True):
        bundled = QImage(str(resources.path(name)))
        assert (bundled.width(), bundled.height()) == (size, size), name
        assert bundled == QImage.fromData(_png(resources.path(resources.ICON), size)), f"{name} is not the SVG's"
