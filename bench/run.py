#!/usr/bin/env python3
"""Cityviewer's benchmark: every figure beside a baseline measured in the same run (README, "Benchmark").

    .venv/bin/python bench/run.py [--runs N] [--skip-frozen] [--markdown FILE]

Start-up (to the window's first paint) and peak memory, from source and frozen, against a bare PySide6 window that
the same Python and PyInstaller run and freeze; the frozen bundle's size against the bare window's bundle.
Runs alternate between Cityviewer and its baseline, and each figure is the median of --runs runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))


@dataclass
class Figure:
    name: str
    ours: float
    baseline: float
    unit: str
    target: str
    met: bool

    def row(self) -> str:
        ratio = self.ours / self.baseline if self.baseline else float("nan")
        verdict = "yes" if self.met else "NO"
        return (f"| {self.name} | {self.ours:,.1f} {self.unit} | {self.baseline:,.1f} {self.unit} | {ratio:.2f}x "
                f"| {self.target} | {verdict} |")  # fmt: skip


def probe(command: list[str], env: dict[str, str]) -> tuple[float, float]:
    """Start command, wait for its startup probe's JSON line; (seconds to first paint, peak MiB)."""
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"bench: {command[0]} failed ({result.returncode}): {result.stderr[-500:]}")
    report = json.loads(lines[-1])
    return report["shown_at"] - started, report["peak_kib"] / 1024


def alternate(runs: int, ours: Callable[[], tuple[float, float]], base: Callable[[], tuple[float, float]]) -> tuple:
    ours_runs, base_runs = [], []
    for _ in range(runs):
        ours_runs.append(ours())
        base_runs.append(base())
    med = statistics.median
    return (med(r[0] for r in ours_runs), med(r[0] for r in base_runs),
            med(r[1] for r in ours_runs), med(r[1] for r in base_runs))  # fmt: skip


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def freeze(work: Path) -> tuple[Path, Path]:
    """Freeze Cityviewer (its spec, trimmed as shipped) and the bare window (PyInstaller's defaults)."""
    import linux
    from build import bundle
    from common import source_date_epoch

    ours = bundle(work / "ours", work / "ours-work", source_date_epoch())
    if sys.platform.startswith("linux"):
        linux.tidy_bundle(ours)
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--onedir", "--name", "bare", "--distpath", work / "bare", "--workpath", work / "bare-work",
                    "--specpath", work, ROOT / "bench" / "bare_window.py"],
                   check=True, env={**os.environ, "PYTHONHASHSEED": "0"})  # fmt: skip
    return ours, work / "bare" / "bare"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--skip-frozen", action="store_true", help="only the source figures")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    args = parser.parse_args(argv)

    home = Path(tempfile.mkdtemp(prefix="cityviewer-bench-home-"))
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}  # fmt: skip
    figures: list[Figure] = []

    source_ours = [sys.executable, "-m", "cityviewer", "--exit-when-shown"]
    source_bare = [sys.executable, str(ROOT / "bench" / "bare_window.py"), "--exit-when-shown"]
    t_ours, t_bare, m_ours, m_bare = alternate(args.runs, lambda: probe(source_ours, env),
                                               lambda: probe(source_bare, env))  # fmt: skip
    figures.append(Figure("start to shown window, source", t_ours * 1000, t_bare * 1000, "ms", "≤ 1.25x",
                          t_ours <= 1.25 * t_bare))  # fmt: skip
    figures.append(Figure("peak memory at start, source", m_ours, m_bare, "MiB", "≤ 1.3x", m_ours <= 1.3 * m_bare))

    if not args.skip_frozen:
        with tempfile.TemporaryDirectory(prefix="cityviewer-bench-freeze-") as tmp:
            ours_dir, bare_dir = freeze(Path(tmp))
            frozen_ours = [str(ours_dir / "cityviewer"), "--exit-when-shown"]
            frozen_bare = [str(bare_dir / "bare"), "--exit-when-shown"]
            t_ours, t_bare, m_ours, m_bare = alternate(args.runs, lambda: probe(frozen_ours, env),
                                                       lambda: probe(frozen_bare, env))  # fmt: skip
            figures.append(Figure("start to shown window, frozen", t_ours * 1000, t_bare * 1000, "ms", "≤ 1.25x",
                                  t_ours <= 1.25 * t_bare))  # fmt: skip
            figures.append(Figure("peak memory at start, frozen", m_ours, m_bare, "MiB", "≤ 1.3x",
                                  m_ours <= 1.3 * m_bare))  # fmt: skip
            s_ours, s_bare = folder_size_mb(ours_dir), folder_size_mb(bare_dir)
            figures.append(Figure("one-folder bundle size", s_ours, s_bare, "MB", "≤ 1.00x", s_ours <= s_bare))

    header = [
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.platform()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, Qt platform '{env['QT_QPA_PLATFORM']}', median of {args.runs} runs.",
        "",
        "| measure | Cityviewer | baseline | ratio | target | met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    table = "\n".join(header + [f.row() for f in figures])
    print(table)
    if args.markdown:
        args.markdown.write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
