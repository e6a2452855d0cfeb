#!/usr/bin/env python3
"""Report the runs of words an entry shares with the text of a source.

    scripts/shared_runs.py data/cities/haeju.toml /tmp/haeju-britannica.txt [more sources ...]
    scripts/shared_runs.py --min 6 ENTRY.toml SOURCE.txt

Our rule for content: facts carry over, sentences are written anew. This prints, for each source, every
maximal run of at least --min (default 8) consecutive words that the entry's prose (summary, section bodies,
landmark and industry notes, status note, related-entry relations, corrections) shares with the source, and
exits with status 1 if there is any. Words are compared case-blind with diacritics and apostrophes dropped
(Ch'ŏngch'ŏn and Chongchon are one word), so a run is not hidden by a breve. Names, romanizations and the
entry's own source list are not prose and are left out. Standard library only.
"""

from __future__ import annotations

import argparse
import re
import sys
import tomllib
import unicodedata
from pathlib import Path

DEFAULT_MIN = 8


def words(text: str) -> list[str]:
    """The text's words, lower-case, without diacritics or apostrophes."""
    folded = unicodedata.normalize("NFKD", text)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    folded = re.sub(r"['\u2018\u2019\u02bc`]", "", folded.lower())
    return re.findall(r"[a-z0-9]+", folded)


def entry_prose(entry: dict) -> str:
    """Every sentence of an entry that a reader reads as text (not its names or its source list)."""
    parts: list[str] = [entry.get("summary", "")]
    parts += [section.get("body", "") for section in entry.get("sections", [])]
    parts += [item.get("note", "") for item in entry.get("landmarks", []) if isinstance(item, dict)]
    parts += [item for item in entry.get("industries", []) if isinstance(item, str)]
    admin = entry.get("admin", {})
    parts += [admin.get("status", ""), admin.get("status_note", ""), entry.get("status_note", "")]
    parts += [related.get("relation", "") for related in entry.get("related", [])]
    parts += [f"{c.get('claim', '')} {c.get('correction', '')}" for c in entry.get("corrections", [])]
    return "\n".join(part for part in parts if part)


def shared_runs(text: str, source: str, minimum: int = DEFAULT_MIN) -> list[str]:
    """Every maximal run of at least `minimum` consecutive words of `text` that also occurs in `source`."""
    mine, theirs = words(text), words(source)
    if minimum < 1 or len(mine) < minimum:
        return []
    grams = {tuple(theirs[i : i + minimum]) for i in range(len(theirs) - minimum + 1)}
    hits = [tuple(mine[i : i + minimum]) in grams for i in range(len(mine) - minimum + 1)]
    runs: list[str] = []
    i = 0
    while i < len(hits):
        if not hits[i]:
            i += 1
            continue
        start = i
        while i + 1 < len(hits) and hits[i + 1]:
            i += 1
        runs.append(" ".join(mine[start : i + minimum]))
        i += 1
    return runs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("entry", type=Path, help="an entry file, data/cities/<id>.toml or data/divisions/<id>.toml")
    parser.add_argument("sources", type=Path, nargs="+", help="plain-text copies of the sources' public text")
    parser.add_argument("--min", type=int, default=DEFAULT_MIN, help="the shortest run to report (default 8)")
    args = parser.parse_args(argv)
    prose = entry_prose(tomllib.loads(args.entry.read_text(encoding="utf-8")))
    found = False
    for source in args.sources:
        runs = shared_runs(prose, source.read_text(encoding="utf-8"), args.min)
        if runs:
            found = True
            for run in runs:
                print(f"{args.entry.name} ~ {source.name}: {len(run.split())} words: {run}")
        else:
            print(f"{args.entry.name} ~ {source.name}: no shared run of {args.min} or more words")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
