"""cityviewer-data: check the dataset's sources and build the SQLite file from them."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from cityviewer import resources
from cityviewer.core.build import build
from cityviewer.core.entries import SourceError, Sources, load_sources


def _load(source: Path) -> Sources | None:
    try:
        return load_sources(source)
    except SourceError as exc:
        for problem in exc.problems:
            print(f"error: {problem}", file=sys.stderr)
        print(f"{len(exc.problems)} problem(s) in {source}", file=sys.stderr)
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="cityviewer-data", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate the source files")
    check.add_argument("--source", type=Path, default=resources.source_data_dir(), help="sources folder")
    make = commands.add_parser("build", help="build the SQLite dataset from the sources")
    make.add_argument("--source", type=Path, default=resources.source_data_dir(), help="sources folder")
    make.add_argument(
        "--output",
        type=Path,
        default=resources.source_data_dir() / "cities.sqlite",
        help="database file to write (default: the shipped data/cities.sqlite)",
    )
    args = parser.parse_args(argv)

    sources = _load(args.source)
    if sources is None:
        return 1
    if args.command == "check":
        print(f"ok: {len(sources.cities)} cities, {len(sources.provinces)} provinces in {args.source}")
        return 0
    try:
        build(sources, args.output, args.source)
    except OSError as exc:
        print(f"error: cannot write {args.output}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    print(f"built {args.output}: {len(sources.cities)} cities")
    return 0


if __name__ == "__main__":
    sys.exit(main())
