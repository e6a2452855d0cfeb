"""Every text the code marks for translation reaches the translator: lupdate extracts it in its literal context.

Read with Python's own parser, each call of self.tr, QCoreApplication.translate (or QApplication's) and
QT_TRANSLATE_NOOP whose text is written in the call must be in what lupdate extracts, in the same context (lupdate
misses a call inside an f-string, and one whose count for %n is anything but a plain name); a context must be a
literal (a variable one is filed by lupdate under no context, or not at all); and no module defines a tr() wrapper.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from cityviewer import resources
from cityviewer.gui.pseudolocale import Key, extract, sources
from cityviewer.gui.translations import TRANSLATIONS

_TRANSLATE_OWNERS = {"QCoreApplication", "QApplication", "QGuiApplication"}


def _literal(node: ast.expr | None) -> str | None:
    if node is None:
        return ""
    if isinstance(node, ast.Constant) and (node.value is None or isinstance(node.value, str)):
        return node.value or ""
    return None


def _translates(func: ast.expr) -> bool:
    """QCoreApplication.translate (or QApplication's), or QT_TRANSLATE_NOOP."""
    if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name):
        return func.attr == "translate" and func.value.id in _TRANSLATE_OWNERS
    return isinstance(func, ast.Name) and func.id == "QT_TRANSLATE_NOOP"


class _Marked(ast.NodeVisitor):
    """The marked texts of one module: (key, line) where the text is literal; problems otherwise."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.keys: list[tuple[Key, int]] = []
        self.problems: list[str] = []
        self._classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._classes.append(node.name)
        self.generic_visit(node)
        self._classes.pop()

    def _where(self, node: ast.AST) -> str:
        return f"{self.path.name}:{getattr(node, 'lineno', 0)}"

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        args = node.args
        if isinstance(func, ast.Attribute) and func.attr == "tr" and isinstance(func.value, ast.Name):
            if func.value.id == "self" and self._classes and args:
                text = _literal(args[0])
                if text is not None:
                    comment = _literal(args[1] if len(args) > 1 else None)
                    self.keys.append(((self._classes[-1], text, comment or ""), node.lineno))
        elif _translates(func) and len(args) >= 2:
            context, text = _literal(args[0]), _literal(args[1])
            if context is None:
                self.problems.append(f"{self._where(node)}: a context that is not a literal")
            elif text is not None:
                if len(args) > 3 and not isinstance(args[3], ast.Constant):
                    self.problems.append(f"{self._where(node)}: a count lupdate does not read as a plural")
                comment = _literal(args[2] if len(args) > 2 else None)
                self.keys.append(((context, text, comment or ""), node.lineno))
        self.generic_visit(node)


def _modules() -> list[tuple[Path, ast.Module]]:
    return [(path, ast.parse(path.read_text(encoding="utf-8"), str(path))) for path in sources()]


@pytest.fixture(scope="module")
def extracted() -> set[Key]:
    return extract()


def test_every_marked_text_is_extracted_in_its_literal_context(extracted):
    problems: list[str] = []
    count = 0
    for path, module in _modules():
        marked = _Marked(path)
        marked.visit(module)
        problems += marked.problems
        for key, line in marked.keys:
            count += 1
            if key not in extracted:
                problems.append(f"{path.name}:{line}: lupdate does not extract {key[1]!r} in the context {key[0]!r}")
    assert count > 300  # the walk found the marked texts
    assert not problems, "\n".join(problems)


def test_no_text_is_extracted_without_a_context(extracted):
    assert not [text for context, text, _ in extracted if not context]


def test_no_module_defines_a_tr_wrapper():
    wrappers = [
        f"{path.name}:{node.lineno}"
        for path, module in _modules()
        for node in module.body
        if isinstance(node, ast.FunctionDef) and node.name.lstrip("_") in {"tr", "translate"}
    ]
    assert not wrappers


def test_english_carries_every_plural_lupdate_extracts():
    """Qt asks for the plural forms even in the source language: cityviewer_en.ts has each text written with %n."""
    tools = Path(sys.executable).parent
    with tempfile.TemporaryDirectory() as folder:
        ts = Path(folder) / "all.ts"
        files = [str(path) for path in sources()]
        subprocess.run([str(tools / "pyside6-lupdate"), *files, "-ts", str(ts)], check=True, capture_output=True)
        plurals = _messages(ts, numerus=True)
    english = _messages(resources.path(TRANSLATIONS) / "cityviewer_en.ts", numerus=True)
    assert plurals and plurals == english


def _messages(ts: Path, *, numerus: bool) -> set[tuple[str, str]]:
    root = ET.parse(ts).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or "")
        for context in root.iter("context")
        for message in context.iter("message")
        if (message.get("numerus") == "yes") == numerus
    }
