"""cityviewer-data: check the dataset's sources and build the SQLite file from them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cityviewer import resources
from cityviewer.databuild import regions
from cityviewer.databuild.build import build
from cityviewer.databuild.entries import SourceError, Sources, load_sources, romanization_notes
from cityviewer.databuild.japanese_readings import load_table, reading_problems, readings
from cityviewer.databuild.stated_distances import check_statements, distance_problems


def _load(source: Path) -> Sources | None:
    try:
        return load_sources(source)
    except SourceError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) in {source}", file=sys.stderr)
        return None


def _content_problems(sources: Sources, folder: Path, verbose: bool) -> list[str]:
    """What the entries' text and names must agree with beyond their shape: the Japanese reading of every Hanja
    name (the reading table), every distance stated against the volume's coordinates. verbose lists each."""
    entries = [(f"cities/{c['id']}.toml", c) for c in sources.cities]
    entries += [(f"divisions/{d['id']}.toml", d) for d in sources.divisions]
    problems = []
    table_name = sources.dataset.get("reading_table")  # a volume whose names have Japanese readings names its table
    if table_name:
        table_path = folder / table_name
        if table_path.is_file():
            table = load_table(table_path)
            problems += reading_problems(entries, table)
            if verbose:
                for line in readings(entries, table):
                    print(f"reading: {line}")
        else:
            problems.append(f"{table_name}: missing (the Japanese readings of the Hanja)")
    problems += distance_problems(sources.cities, sources.divisions)
    statements = check_statements(sources.cities, sources.divisions)
    if verbose:
        for s in statements:
            verdict = {True: "agrees", False: "DISAGREES", None: "not checked"}[s.agrees]
            print(f"distance: {s.where} '{s.stated}': {verdict} ({s.computed or s.reason})")
    problems += _region_problems(sources, verbose)
    hanja = sum(1 for _, entry in entries if entry["names"].get("hanja"))
    unchecked = sum(1 for s in statements if s.agrees is None)
    print(f"checked: the Japanese readings of {hanja} Hanja names; {len(statements) - unchecked} stated distances"
          f" against the coordinates ({unchecked} figures more not checkable: --verbose says why)")  # fmt: skip
    return problems


def _region_problems(sources: Sources, verbose: bool) -> list[str]:
    """Every city's regions against the rules the volume gives its regions (databuild.regions); verbose prints
    each city's distance to each rule's line."""
    highlight = sources.volume.map.highlight
    rules = regions.rules_of(sources.dataset, regions.neighbours_of(sources.outlines, highlight), [])
    if not rules or not highlight:
        return []
    projection = sources.volume.map.projection
    lines = regions.country_lines(sources.outlines, highlight, projection)
    measures = regions.measure(sources.cities, rules, lines, projection)
    if verbose:
        for city in sources.cities:
            found = [m for m in measures if m.city == city["id"]]
            print(f"regions: {city['id']} ({', '.join(city['location']['regions'])}): "
                  + "; ".join(f"{m.rule.describe()} {m.km:.1f} km{'' if m.agrees else ' DISAGREES'}"
                              for m in found))  # fmt: skip
    print(f"checked: the regions of {len(sources.cities)} cities against {len(rules)} rules from the map")
    return [regions.disagreement(m) for m in measures if not m.agrees]


def _build_scale(places: int, output: Path) -> int:
    from cityviewer.databuild.scale import ScaleError, scale_sources

    try:
        sources = scale_sources(places)
        build(sources, output, output.parent)
    except ScaleError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:
        print(f"error: cannot write {output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"built {output}: {len(sources.cities):,} places")
    return 0


def _build_font(dataset: Path, source: Path, output: Path) -> int:
    from cityviewer.databuild.hangulfont import build_font

    try:
        path = build_font(dataset, output, source)
    except (OSError, ValueError) as exc:  # hangulfont.MissingCharacters is a ValueError
        print(f"error: {exc}", file=sys.stderr)
        return 1
    print(f"built {path}: {path.stat().st_size / 1e6:.2f} MB")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cityviewer-data", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate a volume's source files")
    check.add_argument(
        "--verbose",
        "-v",
        action="store_true",
        help="list every Japanese reading, stated distance and region checked",
    )
    make = commands.add_parser("build", help="build the SQLite dataset of a volume from its sources")
    for command in (check, make):
        command.add_argument("volume", type=Path, nargs="?", help="the volume's folder (default: the shipped volume)")
        command.add_argument("--source", type=Path, help="the same as VOLUME")
    make.add_argument(
        "--output",
        type=Path,
        default=resources.source_data_dir() / "cities.sqlite",
        help="database file to write (default: the shipped data/cities.sqlite)",
    )
    scale = commands.add_parser("build-scale", help="build a dataset of N real places from GeoNames, for measuring")
    scale.add_argument("--places", type=int, required=True, help="how many places (the most populous first)")
    scale.add_argument("--output", type=Path, required=True, help="database file to write")
    font = commands.add_parser(
        "build-font", help="make the bundled Hangul font (a subset of Noto Sans CJK KR) with fontTools"
    )
    font.add_argument(
        "--dataset",
        type=Path,
        default=resources.source_data_dir() / "cities.sqlite",
        help="the built dataset whose Han characters (Hanja) the subset holds (default: the shipped one)",
    )
    font.add_argument("--source-font", type=Path, help="the font to take the subset from (default: Debian's)")
    font.add_argument(
        "--output",
        type=Path,
        default=resources.path("resources/fonts"),
        help="folder to write the font to (default: the bundled resources/fonts)",
    )
    args = parser.parse_args(argv)

    if args.command == "build-scale":
        return _build_scale(args.places, args.output)
    if args.command == "build-font":
        from cityviewer.databuild.hangulfont import SOURCE_FONT

        return _build_font(args.dataset, args.source_font or SOURCE_FONT, args.output)
    args.source = args.volume or args.source or resources.source_data_dir()
    sources = _load(args.source)
    if sources is None:
        return 1
    if args.command == "check":
        for note in romanization_notes(sources):
            print(f"note: {note}")
        problems = _content_problems(sources, args.source, args.verbose)
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        if problems:
            print(f"{len(problems)} problem(s) in {args.source}", file=sys.stderr)
            return 1
        divisions = sources.volume.divisions.count(len(sources.division_names))  # the volume's word: 13 provinces
        print(f"ok: {len(sources.cities)} cities, {divisions} in {args.source}")
        return 0
    try:
        build(sources, args.output, args.source)
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(
        f"built {args.output}: {len(sources.cities)} cities, {sources.volume.divisions.count(len(sources.divisions))}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
