"""tests/gui: the app's behaviour. The fixtures are tests/qtfixtures.py's: `dataset` (and so `window`) is the
shipped dataset unless a file overrides it with the made-up volume, as a behaviour test should:

    @pytest.fixture
    def dataset(made_up_dataset):
        return made_up_dataset

Assertions about the shipped content (its cities, names, counts, script) belong in tests/content."""

from __future__ import annotations

from qtfixtures import (  # noqa: F401 (fixtures: pytest finds them here)
    _normal_size_and_theme,
    _private_user_settings,
    _translations,
    dataset,
    dialogs,
    made_up_dataset,
    settings,
    shipped_dataset,
    window,
)
