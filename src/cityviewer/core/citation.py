"""What Edit > Copy citation and Edit > Copy facts as plain text put on the clipboard: plain text, no Qt.

Two forms of citation: a plain one for a worksheet, and an APA-like one (author, year, title, the work it is part
of with its version, the app, the date it was read, where the entry's facts come from).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from cityviewer.core.article import facts
from cityviewer.core.records import CityEntry, DatasetInfo, Entry, Source
from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate, untranslated
from cityviewer.core.volume import Volume

CONTEXT = "Citation"
AUTHOR = "Cityviewer developers"
_PLAIN = QT_TRANSLATE_NOOP(
    "Citation",
    "“{city}”, in {title} (data version {data_version}), Cityviewer {app_version}. Accessed {accessed}."
    " Sources: {sources}.",
)
_APA = QT_TRANSLATE_NOOP(
    "Citation",
    "{author}. ({year}). {city}. In {title} (Data version {data_version}) [Offline encyclopedia; Cityviewer"
    " {app_version}]. Retrieved {accessed}. Based on: {sources}.",
)
_FACTS_TITLE = QT_TRANSLATE_NOOP("Citation", "{city} ({local_name})")
_COORDINATES = QT_TRANSLATE_NOOP("Article", "Coordinates")


@dataclass(frozen=True)
class Citation:
    plain: str
    apa: str

    def text(self) -> str:
        """Both forms, one paragraph each: what the clipboard gets."""
        return f"{self.plain}\n\n{self.apa}"


def _source(source: Source) -> str:
    parts = [source.title, *(str(x) for x in (source.publisher, source.year) if x)]
    return ", ".join(parts) + (f" <{source.url}>" if source.url else "")


def _year(data_version: str) -> str:
    """The dataset's year, from a data version such as 2026.11.2; n.d. (no date) when it has none."""
    head = data_version.split(".", 1)[0]
    return head if len(head) == 4 and head.isdigit() else "n.d."


def cite(entry: Entry, info: DatasetInfo, app_version: str, accessed: datetime.date,
         tr: Translate = untranslated) -> Citation:  # fmt: skip
    """The entry's citation, as read on accessed (written as an ISO date: 2026-11-30, the same in every language)."""
    sources = "; ".join(_source(s) for s in entry.sources) or "—"
    values = {"city": entry.name, "title": info.title or "Cityviewer", "data_version": info.data_version,
              "app_version": app_version, "accessed": accessed.isoformat(), "sources": sources,
              "author": AUTHOR, "year": _year(info.data_version)}  # fmt: skip
    return Citation(tr(CONTEXT, _PLAIN).format(**values), tr(CONTEXT, _APA).format(**values))


def facts_text(entry: Entry, volume: Volume, translate: Translate = untranslated) -> str:
    """The facts box as plain text: the name and Hangul on the first line, then one "label: value" a line
    (romanizations, province, population, rank, coordinates and the rest)."""
    title = (
        translate("Citation", _FACTS_TITLE).format(city=entry.name, local_name=entry.local_name)
        if entry.local_name
        else entry.name
    )
    lines = [title]
    coordinates = translate("Article", _COORDINATES)
    for label, value in facts(entry, volume, translate):
        if label == coordinates and isinstance(entry, CityEntry):  # the decimal degrees too, for a spreadsheet
            value = f"{value}; {entry.latitude:.4f}, {entry.longitude:.4f}"
        lines.append(f"{label}: {value}")
    return "\n".join(lines) + "\n"
