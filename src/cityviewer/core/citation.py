"""What Edit > Copy Citation, Copy Sources and Copy Facts as Plain Text put on the clipboard: plain text, no Qt.

A citation is short, in one style the school uses (plain, APA, MLA or Chicago): the entry, the dataset and its
version, the app, the date it was read (an ISO date, 2026-11-30, the same in every language). The sources the
entry's facts come from are copied on request, one a line (sources_text).
"""

from __future__ import annotations

import datetime
from enum import StrEnum

from cityviewer.core.article import facts
from cityviewer.core.numbers import PLAIN, Formats
from cityviewer.core.records import CityEntry, DatasetInfo, Entry, Source
from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate, untranslated
from cityviewer.core.volume import Volume

CONTEXT = "Citation"
AUTHOR = "Cityviewer developers"


class CitationStyle(StrEnum):
    PLAIN = "plain"
    APA = "apa"
    MLA = "mla"
    CHICAGO = "chicago"


DEFAULT_STYLE = CitationStyle.PLAIN
# Each style's pattern: the same facts (the entry, the dataset's title and version, the app, the date read).
_FORMS = {
    CitationStyle.PLAIN: QT_TRANSLATE_NOOP(
        "Citation", "“{city}”, in {title} (data version {data_version}), Cityviewer {app_version}. Accessed {accessed}."
    ),
    CitationStyle.APA: QT_TRANSLATE_NOOP(
        "Citation",
        "{author}. ({year}). {city}. In {title} (Data version {data_version}) [Offline encyclopedia; Cityviewer"
        " {app_version}]. Retrieved {accessed}.",
    ),
    CitationStyle.MLA: QT_TRANSLATE_NOOP(
        "Citation",
        "“{city}.” {title}, data version {data_version}, Cityviewer {app_version}, {year}. Accessed {accessed}.",
    ),
    CitationStyle.CHICAGO: QT_TRANSLATE_NOOP(
        "Citation",
        "{author}. “{city}.” In {title}, data version {data_version}. Cityviewer {app_version}, {year}."
        " Accessed {accessed}.",
    ),
}
# The styles' names, as the Edit menu offers them.
STYLE_NAMES = {
    CitationStyle.PLAIN: QT_TRANSLATE_NOOP("Citation", "Plain"),
    CitationStyle.APA: QT_TRANSLATE_NOOP("Citation", "APA"),
    CitationStyle.MLA: QT_TRANSLATE_NOOP("Citation", "MLA"),
    CitationStyle.CHICAGO: QT_TRANSLATE_NOOP("Citation", "Chicago"),
}
_SOURCES = QT_TRANSLATE_NOOP("Citation", "Sources of “{city}” in {title}:")
_FACTS_TITLE = QT_TRANSLATE_NOOP("Citation", "{city} ({local_name})")
_COORDINATES = QT_TRANSLATE_NOOP("Article", "Coordinates")


def style_named(name: str) -> CitationStyle:
    """The style a setting names, or the default for a name that is none (an old or damaged setting)."""
    try:
        return CitationStyle(name.strip().lower())
    except ValueError:
        return DEFAULT_STYLE


def _source(source: Source) -> str:
    parts = [source.title, *(str(x) for x in (source.publisher, source.year) if x)]
    return ", ".join(parts) + (f" <{source.url}>" if source.url else "")


def _year(data_version: str) -> str:
    """The dataset's year, from a data version such as 2026.11.2; n.d. (no date) when it has none."""
    head = data_version.split(".", 1)[0]
    return head if len(head) == 4 and head.isdigit() else "n.d."


def cite(entry: Entry, info: DatasetInfo, app_version: str, accessed: datetime.date,
         style: CitationStyle = DEFAULT_STYLE, tr: Translate = untranslated) -> str:  # fmt: skip
    """The entry's citation in style, as read on accessed: one short paragraph, without the entry's sources."""
    values = {"city": entry.name, "title": info.title or "Cityviewer", "data_version": info.data_version,
              "app_version": app_version, "accessed": accessed.isoformat(), "author": AUTHOR,
              "year": _year(info.data_version)}  # fmt: skip
    return tr(CONTEXT, _FORMS[style]).format(**values)


def sources_text(entry: Entry, info: DatasetInfo, tr: Translate = untranslated) -> str:
    """The sources of the entry's facts, one a line (title, publisher, year, address), under a line naming it."""
    head = tr(CONTEXT, _SOURCES).format(city=entry.name, title=info.title or "Cityviewer")
    return "\n".join([head, *(f"- {_source(s)}" for s in entry.sources)]) + "\n"


def facts_text(entry: Entry, volume: Volume, translate: Translate = untranslated, fmt: Formats = PLAIN) -> str:
    """The facts box as plain text: the name and Hangul on the first line, then one "label: value" a line
    (romanizations, division, population, rank, coordinates and the rest), its numbers written by fmt (the
    decimal degrees stay plain, for a spreadsheet)."""
    title = (
        translate("Citation", _FACTS_TITLE).format(city=entry.name, local_name=entry.local_name)
        if entry.local_name
        else entry.name
    )
    lines = [title]
    coordinates = translate("Article", _COORDINATES)
    for label, value in facts(entry, volume, translate, fmt):
        if label == coordinates and isinstance(entry, CityEntry):  # the decimal degrees too, for a spreadsheet
            value = f"{value}; {entry.latitude:.4f}, {entry.longitude:.4f}"
        lines.append(f"{label}: {value}")
    return "\n".join(lines) + "\n"
