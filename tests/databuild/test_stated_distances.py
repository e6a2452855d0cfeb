"""Distances and directions stated in the entries' text agree with the volume's own coordinates."""

from cityviewer.databuild.cli import main
from cityviewer.databuild.entries import load_sources
from cityviewer.databuild.stated_distances import check_statements


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _statements(folder):
    sources = load_sources(folder)
    return check_statements(sources.cities, sources.divisions)


def test_every_distance_the_shipped_entries_state_between_two_places_agrees(source_dir):
    found = _statements(source_dir)
    checked = [s for s in found if s.agrees is not None]
    assert len(checked) >= 10
    assert [s for s in checked if not s.agrees] == []
    pyongsong = [s for s in checked if s.where == "cities/pyongsong.toml: summary"]
    assert [s.stated for s in pyongsong] == ["26 km north-north-east of Pyongyang"]
    assert pyongsong[0].computed.startswith("25.7 km")


def test_a_distance_the_coordinates_contradict_fails_the_check(capsys, sources_copy):
    _edit(
        sources_copy / "cities" / "pyongsong.toml",
        "about 26 km north-north-east of Pyongyang",
        "about 32 km north-north-east of Pyongyang",
    )
    assert main(["check", "--source", str(sources_copy)]) == 1
    err = capsys.readouterr().err
    assert (
        "error: cities/pyongsong.toml: summary: '32 km north-north-east of Pyongyang' disagrees with the coordinates"
        in err
    )
    assert "a city created in the 1960s about 32 km north-north-east of Pyongyang" in err  # the sentence


def test_a_wrong_direction_fails_the_check(capsys, sources_copy):
    _edit(
        sources_copy / "cities" / "sariwon.toml",
        "Pyongyang lies about 60 km to the north",
        "Pyongyang lies about 60 km to the east",
    )
    assert main(["check", "--source", str(sources_copy)]) == 1
    assert (
        "error: cities/sariwon.toml: related[2].relation: 'pyongyang 60 km east' disagrees" in capsys.readouterr().err
    )


def test_the_capital_named_before_a_place_is_where_it_is_measured_from(sources_copy):
    path = sources_copy / "divisions" / "south-phyongan.toml"
    _edit(path, "Pyongsong about 26 km to the north-north-east", "Pyongsong about 40 km to the north-north-east")
    wrong = [s for s in _statements(sources_copy) if s.agrees is False]
    assert [(s.where, s.stated) for s in wrong] == [
        ("divisions/south-phyongan.toml: sections[0]", "pyongsong 40 km north-north-east")
    ]


def test_a_range_agrees_when_the_distance_is_near_either_end(sources_copy):
    _edit(sources_copy / "cities" / "sariwon.toml", "about 60 km to the north", "some 62-70 km to the north")
    assert [s for s in _statements(sources_copy) if s.agrees is False] == []
    _edit(sources_copy / "cities" / "sariwon.toml", "some 62-70 km to the north", "some 70-80 km to the north")
    assert [s.stated for s in _statements(sources_copy) if s.agrees is False] == ["pyongyang 70-80 km north"]


def test_a_figure_with_no_place_of_the_volume_is_listed_unchecked(source_dir, capsys):
    reasons = {s.stated: s.reason for s in _statements(source_dir) if s.agrees is None}
    assert reasons["60 km north-west of Seoul"] == "Seoul is not a city of the volume"
    assert main(["check", "--source", str(source_dir), "-v"]) == 0
    assert (
        "distance: cities/kaesong.toml: sections[0] '60 km north-west of Seoul': not checked" in capsys.readouterr().out
    )
