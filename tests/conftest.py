"""Shared fixtures. Qt runs offscreen; tests under tests/gui/ are marked 'gui' (pytest -m "not gui" runs the rest)."""

from __future__ import annotations

import importlib.util
import os
import shutil
import tomllib
from pathlib import Path, PurePosixPath

import pytest
from hypothesis import settings

from cityviewer import resources
from cityviewer.core.volume import Volume, read_volume
from cityviewer.databuild.build import build
from cityviewer.databuild.entries import load_sources

# Before any Qt import: the tests' Qt has no screen.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Property-based tests: a few hundred examples in CI; HYPOTHESIS_PROFILE=long runs many thousands.
settings.register_profile("ci", max_examples=200, deadline=None)
settings.register_profile("long", max_examples=10_000, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


# Test modules that import Qt at their top: every test in them is "gui". Where PySide6 is not installed at all
# (CI runs `pytest -m "not gui"` so once, to prove the core needs no Qt) they cannot even be imported, so they are
# not collected there; everything else is, and runs. A test elsewhere that needs Qt imports it inside the test and
# is marked gui: by hand when it starts Qt in a subprocess, by its qtbot or qapp fixture otherwise.
QT_MODULES = ("gui/*", "content/gui/*", "robustness/test_user_data.py", "robustness/test_typing_anything.py")
HAS_QT = importlib.util.find_spec("PySide6") is not None
collect_ignore_glob = [] if HAS_QT else ["gui", "content/gui", *QT_MODULES]  # their conftest.py imports Qt too


def _in_qt_module(path: Path) -> bool:
    relative = PurePosixPath(path.relative_to(Path(__file__).parent).as_posix())
    return any(relative.match(pattern) for pattern in QT_MODULES)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if _in_qt_module(item.path) or "qtbot" in fixtures or "qapp" in fixtures:
            item.add_marker(pytest.mark.gui)


@pytest.fixture(autouse=True)
def _no_dataset_reads_on_the_gui_thread(request: pytest.FixtureRequest):
    """Every gui test (all of tests/gui/, and any with qtbot or qapp) fails if the GUI thread queries the dataset
    from a GUI module outside the reads gui.syncreads declares: the query raises, and in case something caught it,
    the test fails at its end. (gui.syncreads imports no Qt.)"""
    if request.node.get_closest_marker("gui") is None:
        yield
        return
    from cityviewer.gui import syncreads

    syncreads.violations.clear()
    syncreads.install()
    yield
    syncreads.uninstall()
    found, syncreads.violations[:] = list(syncreads.violations), []
    assert not found, f"dataset queries on the GUI thread: {found}"


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


@pytest.fixture(scope="session")
def volume(source_dir: Path) -> Volume:
    """The shipped volume (data/volume.toml), in English."""
    with (source_dir / "volume.toml").open("rb") as f:
        return read_volume(tomllib.load(f))


FIXTURE_VOLUME = Path(__file__).parent / "fixtures" / "lorvania"


@pytest.fixture(scope="session")
def lorvania_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The made-up volume of tests/fixtures/lorvania (an imaginary island: no script of its own, no source
    article, a census of its own, a southern map), built: the app must work on it as on the shipped volume."""
    out = tmp_path_factory.mktemp("lorvania") / "lorvania.sqlite"
    build(load_sources(FIXTURE_VOLUME), out, FIXTURE_VOLUME)
    return out


@pytest.fixture(scope="session")
def lorvania_dir() -> Path:
    """The made-up volume's sources (read only: copy them to change them)."""
    return FIXTURE_VOLUME
