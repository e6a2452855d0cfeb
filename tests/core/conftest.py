from __future__ import annotations

import pytest

from cityviewer.core.dataset import Dataset


@pytest.fixture(scope="module")
def dataset(built_db):
    """The dataset built from the repo's sources, open read-only (one per module: the tests only read)."""
    ds = Dataset.open(built_db)
    yield ds
    ds.close()
