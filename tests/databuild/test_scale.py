"""build-scale: datasets of the real schema at any size, from GeoNames' world data."""

import pytest

from cityviewer.core.dataset import Dataset
from cityviewer.core.request import SearchRequest
from cityviewer.databuild.build import build
from cityviewer.databuild.cli import main
from cityviewer.databuild.scale import ScaleError, scale_sources


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    out = tmp_path_factory.mktemp("scale") / "world.sqlite"
    assert main(["build-scale", "--places", "2000", "--output", str(out)]) == 0
    ds = Dataset.open(out)
    yield ds
    ds.close()


def test_it_holds_the_most_populous_places(world):
    assert world.info.city_count == 2000
    rows = world.rows(list(world.answer(SearchRequest("")).keys)[:3])
    assert rows[0].population >= rows[1].population >= rows[2].population
    assert world.rows(list(world.answer(SearchRequest("Tokyo")).keys))[0].name == "Tokyo"


def test_entries_say_they_are_generated_and_credit_geonames(world):
    entry = world.entry(world.rows(list(world.answer(SearchRequest("Paris")).keys))[0].id)
    assert "generated for measuring" in entry.summary
    assert any("GeoNames" in (s.publisher or "") for s in entry.sources)
    assert any(name == "GeoNames" for name, _text in world.info.credits)


def test_the_same_size_builds_the_same_bytes(tmp_path):
    sources = scale_sources(300)
    build(sources, tmp_path / "a.sqlite", tmp_path)
    build(scale_sources(300), tmp_path / "b.sqlite", tmp_path)
    assert (tmp_path / "a.sqlite").read_bytes() == (tmp_path / "b.sqlite").read_bytes()


def test_an_impossible_size_is_refused(capsys, tmp_path):
    with pytest.raises(ScaleError):
        scale_sources(0)
    assert main(["build-scale", "--places", "99999999", "--output", str(tmp_path / "x.sqlite")]) == 1
    assert "--places must be between 1 and" in capsys.readouterr().err
