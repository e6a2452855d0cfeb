#!/usr/bin/env python3
"""Cityviewer's benchmark: every figure beside a baseline measured in the same run (README, "Benchmark").

    .venv/bin/python bench/run.py [--runs N] [--places N] [--skip-frozen] [--startup-only] [--windows]
                                  [--markdown FILE]

- Start-up (to the window's first paint) and peak memory, from source and frozen, against a bare PySide6 window
  that the same Python and PyInstaller run and freeze; the frozen bundle's size against the bare window's bundle.
  Runs alternate between Cityviewer and its baseline (interleaved pairs); each figure is the median of --runs runs.
  Start-up phase by phase (gui/diagnostics/phases.py): interpreter and Qt (to the QApplication), dataset open, our
  imports, window built, first paint, first article (whole, after the first paint), each beside the bare window's
  where it has one; then the modules imported and the files opened before the first paint (strace -e openat, one run
  each, frozen), those the bare window does not open named. --windows adds the Windows bundle's size beside the bare
  window's, both frozen for Windows under Wine as packaging/build.py does.
- The floor: the least window (bench/least_window.py: the list and the first article, no Cityviewer code) in the
  same interleaved rounds, beside the bare window, and Cityviewer beside it.
- Keystroke to updated list while typing (p50, p95) in the real window, at the shipped dataset and at --places
  places (cityviewer-data build-scale, kept in build/bench/), against a QLineEdit filtering a QStringListModel of
  the same names; the search work alone against a bare FTS5 prefix query on the same database; and the
  Did-you-mean lookup for misspelled words against difflib.get_close_matches over the same names
  (bench/typing_latency.py).
- Seconds to export the source article's ten cities as PDF sheets with a cover, against Qt's QTextDocument.print() of
  the same entries' HTML (bench/pdf_export.py).
- Map repaint while panning (p50, p95) at the shipped dataset and at --places places, against a bare QWidget drawing
  the same outlines with no markers (bench/map_repaint.py).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))


@dataclass
class Figure:
    name: str
    ours: float
    baseline: float | None  # None: the baseline has no such figure
    unit: str
    target: str
    met: bool | None  # None: no target to meet

    def row(self) -> str:
        ratio = f"{self.ours / self.baseline:.2f}x" if self.baseline else "—"
        verdict = {True: "yes", False: "NO", None: "—"}[self.met]
        baseline = "—" if self.baseline is None else f"{_number(self.baseline)} {self.unit}"
        return (f"| {self.name} | {_number(self.ours)} {self.unit} | {baseline} | {ratio} "
                f"| {self.target} | {verdict} |")  # fmt: skip


def _number(value: float) -> str:
    return f"{value:,.1f}" if value >= 10 else f"{value:.3g}"


def ratio_figure(name: str, ours: float, base: float, unit: str, limit: float) -> Figure:
    return Figure(name, ours, base, unit, f"≤ {limit:.2f}x", ours <= limit * base)


def measured(script: str, path: Path, env: dict[str, str], what: str, timeout: int = 900) -> dict[str, Any]:
    """Run bench/<script> on the dataset at path in a process of its own; the JSON line it prints last."""
    result = subprocess.run([sys.executable, str(ROOT / "bench" / script), str(path)],
                            capture_output=True, text=True, env={**os.environ, **env}, timeout=timeout)  # fmt: skip
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"bench: {what} failed: {result.stderr[-800:]}")
    return json.loads(lines[-1])


def _within(name: str, r: dict[str, Any], key: str, limit: float | None) -> Figure:
    """r[key] (ms) beside the bare list's r['bare_' + key], within limit ms (None: no target)."""
    if limit is None:
        return Figure(name, r[key], r[f"bare_{key}"], "ms", "—", None)
    return Figure(name, r[key], r[f"bare_{key}"], "ms", f"≤ {limit:g} ms", r[key] <= limit)


def typing_figures(path: Path, label: str, env: dict[str, str], large: bool) -> list[Figure]:
    """Keystroke to list (issue 24): p50 within a frame at the shipped dataset; at the large one, p95 within 50 ms
    and every keystroke, the first letter typed in the window (cold) and each later word's (warm), within 100 ms."""
    r = measured("typing_latency.py", path, env, f"typing at {label}")
    return [
        _within(f"keystroke to updated list p50, {label}", r, "keystroke_p50", None if large else 16),
        _within(f"keystroke to updated list p95, {label}", r, "keystroke_p95", 50 if large else 100),
        _within(f"keystroke to updated list, slowest, {label}", r, "keystroke_max", 100 if large else None),
        _within(f"first letter typed, cold (the window's first search), {label}", r, "first_letter_cold",
                100 if large else None),
        _within(f"first letter typed, warm (each later word's), slowest, {label}", r, "first_letter_warm_max",
                100 if large else None),
        # The search work alone, a diagnostic of the keystroke figures above (no target: a bare prefix query does a
        # fraction of what a search does, so the ratio measures the extra features, not what a person waits for)
        Figure(f"search work p50 vs bare FTS5, {label}", r["search_p50"], r["bare_search_p50"], "ms", "—", None),
        Figure(f"search work p95 vs bare FTS5, {label}", r["search_p95"], r["bare_search_p95"], "ms", "—", None),
        Figure(f"did you mean p50 vs difflib, {label}", r["suggest_p50"], r["bare_suggest_p50"], "ms", "—", None),
        Figure(f"did you mean p95 vs difflib, {label}", r["suggest_p95"], r["bare_suggest_p95"], "ms", "≤ 100 ms",
               r["suggest_p95"] <= 100),
        Figure(f"did you mean, first (reads the names) vs bare read, {label}", r["suggest_first"],
               r["bare_suggest_first"], "ms", "≤ 1000 ms", r["suggest_first"] <= 1000),
    ]  # fmt: skip


def pdf_figure(path: Path, env: dict[str, str]) -> Figure:
    """Seconds to export the source article's ten cities as sheets with a cover (bench/pdf_export.py)."""
    r = measured("pdf_export.py", path, env, "the PDF export", timeout=600)
    return Figure(f"export {r['cities']} sheets to PDF ({r['pages']} pages) vs QTextDocument.print", r["ours_s"],
                  r["bare_s"], "s", "≤ 2 s", r["ours_s"] <= 2.0)  # fmt: skip


def map_figures(path: Path, label: str, limit_ms: float, env: dict[str, str]) -> list[Figure]:
    """Repaint while panning the map (bench/map_repaint.py) against the bare outline drawn the same way."""
    r = measured("map_repaint.py", path, env, f"map repaint at {label}")
    where = f"{label} ({r['on_map']:,} on the map)"
    return [
        Figure(f"map repaint while panning p50 vs bare outline, {where}", r["repaint_p50"], r["bare_p50"], "ms",
               "—", None),
        Figure(f"map repaint while panning p95 vs bare outline, {where}", r["repaint_p95"], r["bare_p95"], "ms",
               f"< {limit_ms:g} ms", r["repaint_p95"] < limit_ms),
    ]  # fmt: skip


def scale_dataset(places: int) -> Path:
    """The build-scale dataset, kept between runs; its name changes with the schema, so a stale one is not used."""
    import hashlib

    from cityviewer.core.schema import DDL

    schema = hashlib.sha256(DDL.encode()).hexdigest()[:8]
    path = ROOT / "build" / "bench" / f"scale-{places}-{schema}.sqlite"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        subprocess.run([sys.executable, "-m", "cityviewer.databuild.cli", "build-scale", "--places", str(places),
                        "--output", str(path)], check=True)  # fmt: skip
    return path


@dataclass
class Started:
    """One start: seconds from starting the process to the end of each phase, peak MiB, modules at first paint."""

    phases: dict[str, float]
    peak_mib: float
    modules: list[str]


def probe(command: list[str], env: dict[str, str]) -> Started:
    """Start command, wait for its startup probe's JSON line."""
    started = time.monotonic()
    result = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120)
    lines = [line for line in result.stdout.splitlines() if line.startswith("{")]
    if result.returncode != 0 or not lines:
        raise SystemExit(f"bench: {command[0]} failed ({result.returncode}): {result.stderr[-500:]}")
    report = json.loads(lines[-1])
    phases = {name: at - started for name, at in report["phases"].items()}
    phases["paint"] = report["shown_at"] - started
    return Started(phases, report["peak_kib"] / 1024, report.get("modules", []))


def alternate(runs: int, *starts: Callable[[], Started]) -> tuple[list[Started], ...]:
    """runs interleaved rounds: Cityviewer, then the bare window (then the least window), and again."""
    found: tuple[list[Started], ...] = tuple([] for _ in starts)
    for _ in range(runs):
        for start, runs_of_it in zip(starts, found, strict=True):
            runs_of_it.append(start())
    return found


def least_inputs(folder: Path) -> list[str]:
    """The least window's arguments (bench/least_window.py): the shipped dataset, the bundled Hangul font, and the
    article of the entry Cityviewer's window lists first (the first key of its first search, nothing typed), written
    by Cityviewer's core into folder."""
    from cityviewer import resources
    from cityviewer.core.article import render
    from cityviewer.core.dataset import Dataset
    from cityviewer.core.request import SearchRequest

    path = resources.dataset_path()
    dataset = Dataset.open(path)
    keys = dataset.answer(SearchRequest()).keys
    entry = dataset.entry(dataset.rows(keys[:1])[0].id) if keys else None
    if entry is None:
        raise SystemExit(f"bench: {path} lists no entry")
    article = folder / "least-article.html"
    article.write_text(render(entry, dataset.info.volume), encoding="utf-8")
    return [str(path), str(resources.path("resources/fonts/CityviewerHangul-Regular.otf")), str(article)]


def least_figures(ours: list[Started], base: list[Started], least: list[Started], label: str) -> list[Figure]:
    """The floor (bench/least_window.py): what a window with the list and the article, and no Cityviewer code,
    costs beside the bare window; and Cityviewer beside it. No targets: issue 24 sets them on the bare window."""
    med = statistics.median
    paint = [med(r.phases["paint"] for r in runs) * 1000 for runs in (ours, base, least)]
    peak = [med(r.peak_mib for r in runs) for runs in (ours, base, least)]
    return [
        Figure(f"start to first paint, {label}: least window (list and article, no Cityviewer code) vs bare",
               paint[2], paint[1], "ms", "—", None),
        Figure(f"peak memory at start, {label}: least window vs bare", peak[2], peak[1], "MiB", "—", None),
        Figure(f"start to first paint, {label}: Cityviewer vs least window", paint[0], paint[2], "ms", "—", None),
        Figure(f"peak memory at start, {label}: Cityviewer vs least window", peak[0], peak[2], "MiB", "—", None),
    ]  # fmt: skip


# Start-up's phases (src/cityviewer/gui/diagnostics/phases.py): each one's name, and the marks it runs between
# for Cityviewer and for the bare window (None: the bare window has no such phase).
PHASES = [
    ("interpreter and Qt (to the QApplication)", (None, "qt"), (None, "qt")),
    ("dataset open", ("qt", "dataset"), None),
    ("our imports", ("dataset", "imports"), None),
    ("window built", ("imports", "window"), ("qt", "window")),
    ("first paint", ("window", "paint"), ("window", "paint")),
    ("first article, whole (after the first paint)", ("paint", "article"), None),
]


def _phase(runs: list[Started], marks: tuple[str | None, str]) -> float:
    begin, end = marks
    return statistics.median(r.phases[end] - (r.phases[begin] if begin else 0.0) for r in runs) * 1000


def startup_figures(ours: list[Started], base: list[Started], label: str) -> list[Figure]:
    med = statistics.median
    figures = [
        ratio_figure(f"start to first paint, {label}", med(r.phases["paint"] for r in ours) * 1000,
                     med(r.phases["paint"] for r in base) * 1000, "ms", 1.25),
        ratio_figure(f"peak memory at start, {label}", med(r.peak_mib for r in ours), med(r.peak_mib for r in base),
                     "MiB", 1.3),
    ]  # fmt: skip
    for name, our_marks, bare_marks in PHASES:
        bare = _phase(base, bare_marks) if bare_marks else None
        figures.append(Figure(f"phase: {name}, {label}", _phase(ours, our_marks), bare, "ms", "—", None))
    return figures


MARKER = "/cityviewer-first-paint"  # the probes open it (and fail) at the first paint: strace's mark


def opened_before_paint(command: list[str], env: dict[str, str], root: Path) -> list[str] | None:
    """The files command opened before its first paint (strace -f -e openat; None without strace): those under
    root relative to it, others as they are; /proc, /sys and /dev left out."""
    if shutil.which("strace") is None:
        return None
    with tempfile.TemporaryDirectory(prefix="cityviewer-bench-strace-") as tmp:
        log = Path(tmp) / "openat.log"
        subprocess.run(["strace", "-f", "-qq", "-e", "trace=openat", "-o", str(log), *command], capture_output=True,
                       env=env, timeout=300)  # fmt: skip
        found: list[str] = []
        for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
            if MARKER in line:
                break
            parts = line.split('"')
            if len(parts) < 3 or "= -1" in parts[-1]:
                continue
            name = parts[1]
            if name.startswith(("/proc", "/sys", "/dev")):
                continue
            path = Path(name)
            shown = str(path.relative_to(root)) if path.is_relative_to(root) else name
            if shown not in found:
                found.append(shown)
        return found


def loaded_lists(label: str, ours: list[Started], base: list[Started], files: tuple[list[str], list[str]] | None,
                 ) -> list[str]:  # fmt: skip
    """What the first paint loaded: the modules (ours beyond the bare window's named) and the files opened."""
    our_modules, bare_modules = set(ours[0].modules), set(base[0].modules)
    beyond = ", ".join(sorted(our_modules - bare_modules))
    lines = [f"Before the first paint, {label}: {len(our_modules)} modules imported (the bare window "
             f"{len(bare_modules)}); beyond the bare window's: {beyond}."]  # fmt: skip
    if files is not None:
        our_files, bare_files = files
        extra = [name for name in our_files if name not in bare_files]
        lines.append(f"Files opened before the first paint, {label}: {len(our_files)} (the bare window "
                     f"{len(bare_files)}); beyond the bare window's: {', '.join(extra)}.")  # fmt: skip
    return lines


def folder_size_mb(folder: Path) -> float:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink()) / 1e6


def default_freeze(name: str) -> list[str]:
    """PyInstaller's options for a baseline (the bare and least windows): its defaults, one folder called name."""
    return ["--onedir", "--name", name]


def freeze(work: Path) -> tuple[Path, Path, Path]:
    """Freeze Cityviewer (its spec, trimmed as shipped), and the bare and least windows (PyInstaller's defaults, one
    folder each): the three bundles' folders."""
    import linux
    from build import bundle, ensure_build_tools
    from common import source_date_epoch

    ensure_build_tools({"linux"})  # PyInstaller in this venv, as packaging/build.py makes sure of
    ours = bundle(work / "ours", work / "ours-work", source_date_epoch())
    if sys.platform.startswith("linux"):
        linux.tidy_bundle(ours)
    for name in ("bare", "least"):
        subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                        *default_freeze(name), "--distpath", work / name, "--workpath", work / f"{name}-work",
                        "--specpath", work, ROOT / "bench" / f"{name}_window.py"],
                       check=True, env={**os.environ, "PYTHONHASHSEED": "0"})  # fmt: skip
    return ours, work / "bare" / "bare", work / "least" / "least"


def freeze_windows(work: Path) -> tuple[Path, Path]:
    """Freeze both for Windows as packaging/build.py --target windows does: the Windows CPython and PyInstaller
    under Wine (packaging/winbuild.py); Cityviewer from its spec, the bare window with the options above."""
    import winbuild
    import windows
    import wine
    from build import PYINSTALLER
    from common import source_date_epoch, version
    from icons import make_icons

    wine.ensure_packages()
    epoch = source_date_epoch()
    make_icons(ROOT / "resources" / "icons" / "cityviewer.svg", work / "icons")
    windows.version_resource(work / "version-info.txt", version())
    prefix, python = winbuild.prepare(work, PYINSTALLER)
    bare_script = wine.windows_path(ROOT / "bench" / "bare_window.py")
    try:
        winbuild.pyinstaller(prefix, python, [wine.windows_path(winbuild.SPEC)], work / "ours", work, epoch)
        winbuild.pyinstaller(prefix, python, [*default_freeze("bare"), "--specpath", wine.windows_path(work),
                                              bare_script], work / "bare", work, epoch)  # fmt: skip
    finally:
        prefix.stop()
    return work / "ours" / "cityviewer", work / "bare" / "bare"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--places", type=int, default=100_000, help="the large dataset's size")
    parser.add_argument("--skip-frozen", action="store_true", help="only the source figures")
    parser.add_argument("--startup-only", action="store_true", help="only start-up, memory and the bundle's size")
    parser.add_argument("--markdown", type=Path, help="also write the table to this file")
    windows_help = "also the Windows bundle's size against the bare window's, both frozen under Wine"
    parser.add_argument("--windows", action="store_true", help=windows_help)
    args = parser.parse_args(argv)

    home = Path(tempfile.mkdtemp(prefix="cityviewer-bench-home-"))
    env = {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "HOME": str(home),
           "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}  # fmt: skip
    figures: list[Figure] = []

    lists: list[str] = []
    source_ours = [sys.executable, "-m", "cityviewer", "--exit-when-shown"]
    source_bare = [sys.executable, str(ROOT / "bench" / "bare_window.py"), "--exit-when-shown"]
    least_args = [*least_inputs(home), "--exit-when-shown"]
    source_least = [sys.executable, str(ROOT / "bench" / "least_window.py"), *least_args]
    ours_runs, base_runs, least_runs = alternate(args.runs, lambda: probe(source_ours, env),
                                                 lambda: probe(source_bare, env),
                                                 lambda: probe(source_least, env))  # fmt: skip
    figures += startup_figures(ours_runs, base_runs, "source")
    figures += least_figures(ours_runs, base_runs, least_runs, "source")
    lists += loaded_lists("source", ours_runs, base_runs, None)

    if not args.skip_frozen:
        with tempfile.TemporaryDirectory(prefix="cityviewer-bench-freeze-") as tmp:
            ours_dir, bare_dir, least_dir = freeze(Path(tmp))
            frozen_ours = [str(ours_dir / "cityviewer"), "--exit-when-shown"]
            frozen_bare = [str(bare_dir / "bare"), "--exit-when-shown"]
            frozen_least = [str(least_dir / "least"), *least_args]
            ours_runs, base_runs, least_runs = alternate(args.runs, lambda: probe(frozen_ours, env),
                                                         lambda: probe(frozen_bare, env),
                                                         lambda: probe(frozen_least, env))  # fmt: skip
            figures += startup_figures(ours_runs, base_runs, "frozen")
            figures += least_figures(ours_runs, base_runs, least_runs, "frozen")
            figures.append(ratio_figure("one-folder bundle size", folder_size_mb(ours_dir),
                                        folder_size_mb(bare_dir), "MB", 1.0))  # fmt: skip
            files = opened_before_paint(frozen_ours, env, ours_dir), opened_before_paint(frozen_bare, env, bare_dir)
            lists += loaded_lists("frozen", ours_runs, base_runs, None if None in files else files)  # type: ignore[arg-type]

    if args.windows:
        with tempfile.TemporaryDirectory(prefix="cityviewer-bench-windows-") as tmp:
            ours_dir, bare_dir = freeze_windows(Path(tmp))
            figures.append(ratio_figure("one-folder bundle size, Windows (frozen under Wine)",
                                        folder_size_mb(ours_dir), folder_size_mb(bare_dir), "MB", 1.0))  # fmt: skip

    from cityviewer import resources

    if not args.startup_only:
        figures += typing_figures(resources.dataset_path(), "shipped dataset", env, large=False)
        figures.append(pdf_figure(resources.dataset_path(), env))
        figures += typing_figures(scale_dataset(args.places), f"{args.places:,} places", env, large=True)
        figures += map_figures(resources.dataset_path(), "shipped dataset", 4, env)
        figures += map_figures(scale_dataset(args.places), f"{args.places:,} places", 16, env)

    header = [
        f"Measured {time.strftime('%Y-%m-%d')} on {platform.platform()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, Qt platform '{env['QT_QPA_PLATFORM']}', median of {args.runs} runs.",
        "",
        "| measure | Cityviewer | baseline | ratio | target | met |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    rows = [f.row() for f in figures]
    table = "\n".join(header + rows)
    print(table)
    print("\n" + "\n\n".join(lists))
    if args.markdown:
        args.markdown.write_text(table + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
