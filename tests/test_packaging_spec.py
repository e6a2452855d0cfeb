"""The bundle's bytecode is built without docstrings and asserts (PyInstaller's optimize=2, as python -OO): less
memory at start. That is safe only while the app keeps no assert whose failure matters; explicit checks stand in
for them (tests/gui/test_explicit_checks.py)."""

from __future__ import annotations

import ast
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "cityviewer.spec"
APP = ROOT / "src" / "cityviewer"


def _keywords(call_name: str) -> dict[str, object]:
    """The literal keyword arguments of the spec's call to call_name."""
    for node in ast.walk(ast.parse(SPEC.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id == call_name:
            return {k.arg: k.value.value for k in node.keywords if k.arg and isinstance(k.value, ast.Constant)}
    raise AssertionError(f"the spec calls no {call_name}")


def test_the_bundle_is_built_without_docstrings_and_asserts():
    assert _keywords("Analysis").get("optimize") == 2


def test_the_bundled_code_has_no_assert():
    """optimize=2 strips them: a check the app needs is an if and a raise (databuild is not bundled)."""
    found = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in sorted(APP.rglob("*.py"))
        if "databuild" not in path.relative_to(APP).parts
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Assert)
    ]
    assert found == []
