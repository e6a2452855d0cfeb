"""tests/gui is the app's behaviour, on the made-up volume (tests/gui/conftest.py makes it the `dataset`): no test or
fixture there asks for the shipped dataset, so a change of the shipped content breaks none of them. Assertions about
the shipped content live in tests/content (the window's in tests/content/gui). Read from the sources (Qt-free)."""

from __future__ import annotations

import ast
from pathlib import Path

GUI_TESTS = Path(__file__).parent / "gui"
SHIPPED = {"built_db", "shipped_dataset", "source_dir"}  # the fixtures that reach the shipped data
# The pseudo-locale's walk runs on both volumes on purpose: the shipped one's script, source article and false
# friends show interface texts the made-up volume has no use for, and each must reach the translator.
BOTH_ON_PURPOSE = {("test_pseudo_locale.py", "dataset")}


def shipped_requests(source: str) -> list[tuple[str, str]]:
    """(function, fixture) for every function (test or fixture) of source taking a fixture of the shipped data."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            names = {a.arg for a in node.args.args + node.args.kwonlyargs}
            found += [(node.name, fixture) for fixture in sorted(names & SHIPPED)]
    return found


def test_the_check_finds_a_test_that_asks_for_the_shipped_dataset():
    source = "def test_a(qtbot, built_db):\n    pass\n\n@pytest.fixture\ndef b(shipped_dataset):\n    return 1\n"
    assert shipped_requests(source) == [("test_a", "built_db"), ("b", "shipped_dataset")]
    assert shipped_requests("def test_c(window, lorvania_db):\n    pass\n") == []


def test_no_gui_test_or_fixture_asks_for_the_shipped_data():
    offenders = [
        f"{path.relative_to(GUI_TESTS)}: {function}({fixture})"
        for path in sorted(GUI_TESTS.rglob("*.py"))
        for function, fixture in shipped_requests(path.read_text(encoding="utf-8"))
        if (path.name, function) not in BOTH_ON_PURPOSE
    ]
    assert offenders == [], "on the made-up volume (made_up_dataset, lorvania_db), or in tests/content/gui"


def test_the_gui_tests_dataset_is_the_made_up_volume():
    tree = ast.parse((GUI_TESTS / "conftest.py").read_text(encoding="utf-8"))
    fixtures = {node.name: node for node in tree.body if isinstance(node, ast.FunctionDef)}
    assert "dataset" in fixtures, "tests/gui/conftest.py defines `dataset` (not qtfixtures' shipped one)"
    assert [a.arg for a in fixtures["dataset"].args.args] == ["made_up_dataset"]
