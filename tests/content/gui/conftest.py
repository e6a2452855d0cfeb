"""tests/content/gui: the shipped content as the window shows it (its false friends, its regions, its source
article). The window's fixtures are tests/qtfixtures.py's, on the shipped dataset."""

from __future__ import annotations

from qtfixtures import (  # noqa: F401 (fixtures: pytest finds them here)
    _no_window_left_to_the_garbage_collector,
    _normal_size_and_theme,
    _private_user_settings,
    _translations,
    dataset,
    dialogs,
    korean_ui,
    map_pane,
    settings,
    switcher,
    window,
)
