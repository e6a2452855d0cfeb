"""tests/gui: the app's behaviour, on the made-up volume of tests/fixtures/lorvania. The fixtures are
tests/qtfixtures.py's, but `dataset` (and so `window`) is the made-up volume here: a change of the shipped content
breaks no test in this folder. Assertions about the shipped content (its cities, names, counts, script) belong in
tests/content (the window's in tests/content/gui, where `dataset` is the shipped one)."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from cityviewer.core.dataset import Dataset
from cityviewer.core.volume import Volume, read_volume
from qtfixtures import (  # noqa: F401 (fixtures: pytest finds them here)
    _no_window_left_to_the_garbage_collector,
    _normal_size_and_theme,
    _private_user_settings,
    _translations,
    dialogs,
    korean_ui,
    made_up_dataset,
    map_pane,
    settings,
    shipped_dataset,
    switcher,
    window,
)


@pytest.fixture
def dataset(made_up_dataset: Dataset) -> Dataset:  # noqa: F811 (the fixture imported above)
    """The made-up volume: every behaviour test's data."""
    return made_up_dataset


@pytest.fixture(scope="session")
def volume(lorvania_dir: Path) -> Volume:
    """The made-up volume's record (tests/fixtures/lorvania/volume.toml), in English: what a widget built without a
    dataset (the filter bar) is given here."""
    with (lorvania_dir / "volume.toml").open("rb") as f:
        return read_volume(tomllib.load(f))
