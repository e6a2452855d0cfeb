"""cityviewer-data: check the dataset's sources and build the SQLite file from them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cityviewer import resources
from cityviewer.databuild.build import build
from cityviewer.databuild.entries import SourceError, Sources, load_sources, romanization_notes


def _load(source: Path) -> Sources | None:
    try:
        return load_sources(source)
    except SourceError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) in {source}", file=sys.stderr)
        return None


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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cityviewer-data", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate a volume's source files")
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
    args = parser.parse_args(argv)

    if args.command == "build-scale":
        return _build_scale(args.places, args.output)
    args.source = args.volume or args.source or resources.source_data_dir()
    sources = _load(args.source)
    if sources is None:
        return 1
    if args.command == "check":
        for note in romanization_notes(sources):
            print(f"note: {note}")
        print(f"ok: {len(sources.cities)} cities, {len(sources.provinces)} provinces in {args.source}")
        return 0
    try:
        build(sources, args.output, args.source)
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"built {args.output}: {len(sources.cities)} cities, {len(sources.divisions)} provinces")
    return 0


if __name__ == "__main__":
    sys.exit(main())
