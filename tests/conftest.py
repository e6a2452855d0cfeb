"""Shared fixtures. Qt runs offscreen; tests under tests/gui/ are marked 'gui' (pytest -m "not gui" runs the rest)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from hypothesis import settings

from cityviewer import resources
from cityviewer.databuild.build import build
from cityviewer.databuild.entries import load_sources

# Before any Qt import: the tests' Qt has no screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property-based tests: a few hundred examples in CI; HYPOTHESIS_PROFILE=long runs many thousands.
settings.register_profile("ci", max_examples=200, deadline=None)
settings.register_profile("long", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "tests/gui/" in item.path.as_posix() or "qtbot" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.gui)


@pytest.fixture(scope="session")
def source_dir() -> Path:
    return resources.source_data_dir()


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory, source_dir: Path) -> Path:
    """The dataset built from the repo's sources into a temporary file."""
    out = tmp_path_factory.mktemp("built") / "cities.sqlite"
    build(load_sources(source_dir), out, source_dir)
    return out


@pytest.fixture
def sources_copy(tmp_path: Path, source_dir: Path) -> Path:
    """A writable copy of the sources, to break on purpose."""
    target = tmp_path / "data"
    shutil.copytree(source_dir, target, ignore=shutil.ignore_patterns("*.sqlite"))
    return target
