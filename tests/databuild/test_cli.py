"""cityviewer-data: check and build from the command line."""

import pytest

from cityviewer.databuild.cli import main


def test_check_passes_on_the_shipped_sources(capsys, source_dir):
    assert main(["check", "--source", str(source_dir)]) == 0
    assert "ok: 27 cities, 13 provinces" in capsys.readouterr().out


def test_check_names_file_and_field(capsys, sources_copy):
    path = sources_copy / "cities" / "nampo.toml"
    path.write_text(path.read_text(encoding="utf-8").replace("[names]", "[names]\nnickname = 'x'", 1), "utf-8")
    assert main(["check", "--source", str(sources_copy)]) == 1
    assert "error: cities/nampo.toml: names.nickname: unknown key" in capsys.readouterr().err


def test_check_and_build_count_the_divisions_in_the_volumes_word(tmp_path, capsys, lorvania_dir):
    assert main(["check", "--source", str(lorvania_dir)]) == 0
    assert "ok: 6 cities, 2 counties" in capsys.readouterr().out
    assert main(["build", "--source", str(lorvania_dir), "--output", str(tmp_path / "island.sqlite")]) == 0
    assert capsys.readouterr().out.endswith(": 6 cities, 2 counties\n")


def test_build_writes_the_output(tmp_path, capsys, source_dir):
    out = tmp_path / "sub" / "out.sqlite"
    assert main(["build", "--source", str(source_dir), "--output", str(out)]) == 0
    assert out.stat().st_size > 0
    assert "built" in capsys.readouterr().out


def test_build_refuses_invalid_sources_and_keeps_the_old_file(tmp_path, sources_copy):
    out = tmp_path / "out.sqlite"
    out.write_bytes(b"old")
    (sources_copy / "cities" / "wonsan.toml").write_text("broken = ", encoding="utf-8")
    assert main(["build", "--source", str(sources_copy), "--output", str(out)]) == 1
    assert out.read_bytes() == b"old"


def test_a_command_is_required():
    with pytest.raises(SystemExit):
        main([])


def test_check_notes_a_romanization_the_engine_spells_otherwise(capsys, sources_copy):
    path = sources_copy / "cities" / "wonsan.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('mccune_reischauer = "Wŏnsan"', 'mccune_reischauer = "Wonsahn"'), "utf-8")
    assert main(["check", "--source", str(sources_copy)]) == 0  # a note, not an error
    out = capsys.readouterr().out
    assert "note: cities/wonsan.toml: names: 원산: McCune-Reischauer is written 'Wonsahn', the engine gives" in out


def test_the_shipped_romanizations_agree_with_the_engine(capsys, source_dir):
    assert main(["check", "--source", str(source_dir)]) == 0
    assert "note:" not in capsys.readouterr().out


def test_check_fails_naming_each_entry_without_its_korean_summary(capsys, sources_copy):
    for path in (sources_copy / "cities" / "sinpo.toml", sources_copy / "divisions" / "kangwon.toml"):
        text = path.read_text(encoding="utf-8")
        path.write_text("".join(line for line in text.splitlines(True) if not line.startswith("summaries =")), "utf-8")
    assert main(["check", "--source", str(sources_copy)]) == 1
    err = capsys.readouterr().err
    assert "error: cities/sinpo.toml: summaries.ko: missing" in err
    assert "error: divisions/kangwon.toml: summaries.ko: missing" in err
    assert err.count("summaries.ko: missing") == 2
