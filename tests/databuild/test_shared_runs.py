"""scripts/shared_runs.py: the check that an entry's sentences are not a source's sentences (issue 22)."""

import importlib.util
import sys
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "shared_runs.py"
_spec = importlib.util.spec_from_file_location("shared_runs", SCRIPT)
assert _spec is not None and _spec.loader is not None
shared_runs = importlib.util.module_from_spec(_spec)
sys.modules["shared_runs"] = shared_runs
_spec.loader.exec_module(shared_runs)

SOURCE = "Kusong is also home to much of North Korea's military industry, with both munitions factories in the area."


def test_a_copied_run_is_reported_whole_across_case_diacritics_and_apostrophes():
    run = "kusong is also home to much of north koreas military industry"
    mine = "Reports say KUSONG is also home to much of North Korea’s military industry, and more."
    assert shared_runs.shared_runs(mine, SOURCE) == [run]
    accented = "Kusŏng is also home to much of North Korea's military industry today."
    assert shared_runs.shared_runs(accented, SOURCE, 8) == [run]


def test_a_run_shorter_than_the_minimum_is_not_reported():
    seven = "Experts say much of north korea's military industry lies here."  # 6 shared words
    assert shared_runs.shared_runs(seven, SOURCE) == []
    assert shared_runs.shared_runs(seven, SOURCE, 6) == ["much of north koreas military industry"]


def test_two_separate_runs_are_two_reports():
    source = "one two three four five six seven eight nine ten. alpha beta gamma delta epsilon zeta eta theta"
    mine = "one two three four five six seven eight and then alpha beta gamma delta epsilon zeta eta theta"
    assert shared_runs.shared_runs(mine, source) == [
        "one two three four five six seven eight",
        "alpha beta gamma delta epsilon zeta eta theta",
    ]


def _entry(tmp_path: Path, note: str) -> Path:
    path = tmp_path / "x.toml"
    path.write_text(
        'id = "x"\nsummary = "A short summary."\n'
        f'landmarks = [{{ name = "Fort", note = "{note}" }}]\n'
        '[names]\nother = [{ name = "Y", kind = "variant", '
        'note = "Kusong is also home to much of North Korea\'s military industry" }]\n'
        '[[sections]]\nheading = "H"\nbody = "Nothing copied here."\n'
        '[[sources]]\ntitle = "Kusong is also home to much of North Korea\'s military industry"\n',
        encoding="utf-8",
    )
    return path


def test_the_command_reads_an_entrys_prose_but_not_its_names_or_sources(tmp_path, capsys):
    source = tmp_path / "source.txt"
    source.write_text(SOURCE, encoding="utf-8")
    clean = _entry(tmp_path, "a fortress of the Koryo period")
    assert shared_runs.main([str(clean), str(source)]) == 0
    assert "no shared run of 8 or more words" in capsys.readouterr().out

    copied = _entry(tmp_path, "home to much of North Korea's military industry, with both munitions factories")
    assert shared_runs.main([str(copied), str(source)]) == 1
    run = "home to much of north koreas military industry with both munitions factories"
    expected = f"x.toml ~ source.txt: 12 words: {run}"
    assert capsys.readouterr().out.splitlines() == [expected]
