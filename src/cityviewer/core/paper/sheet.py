"""A city's printed sheet and a handout's cover page as HTML laid out for paper (no Qt here: gui/paper/printing.py pages
it, adds the footer and writes the PDF).

The sheet says what the detail pane says (the same facts, corrections and wording, from core.article) in an order
and style for a page: the title with Hangul and romanizations, the summary (in the reading language first, as the
pane puts it), the facts beside the locator map (when there is one: map_url; otherwise the facts take the whole
width, and no space is left), the sections (marked as English in another reading language), other names,
industries, landmarks, related cities, corrections and sources. Sources' addresses are links; a related city
that is in the same handout says on which page its sheet starts, and its name links there. Every piece of dataset
text is escaped.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from html import escape

from cityviewer.core.article import CONTEXT as ARTICLE
from cityviewer.core.article import (
    INDUSTRIES,
    LANDMARKS,
    OTHER_NAMES,
    RELATED,
    SOURCES,
    corrections_html,
    division_cities_html,
    facts,
    in_english_mark,
    paragraphs_html,
    romanizations,
    summary_html,
    title_html,
    title_names,
)
from cityviewer.core.compare import Comparison, fact_rows
from cityviewer.core.numbers import PLAIN, Formats
from cityviewer.core.paper.colours import PAPER
from cityviewer.core.records import CityEntry, Entry, EntryRow
from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate, untranslated
from cityviewer.core.volume import Volume, rank_label

CONTEXT = "Sheet"
# Qt's rich text reads a length in pixels (a table's padding, a bar's height) as a CSS pixel, 1/96 inch, whatever
# the device: a fixed length on paper.
CSS_PX_PER_INCH = 96
PAGE_SCHEME = "cityviewer-page"
# Font sizes in points; spacing in em (Qt's rich text reads other CSS units as pixels).
# Colours from core.paper.colours: dark on white whatever the screen's theme (text through the universal selector: Qt's
# rich text takes no colour from body or html, and would print unstyled text in the desktop's text colour).
STYLE = f"""
* {{ color: {PAPER.text}; }}
h1 {{ font-size: 20pt; font-weight: bold; margin-top: 0; margin-bottom: 0; }}
h2 {{ font-size: 11pt; font-weight: bold; margin-top: 0.6em; margin-bottom: 0.2em; color: {PAPER.heading}; }}
p {{ margin-top: 0; margin-bottom: 0.35em; line-height: 88%; }}
ul, ol {{ margin-top: 0; margin-bottom: 0.3em; }}
li {{ margin-bottom: 0.1em; line-height: 88%; }}
.local {{ font-weight: normal; }}
.runin {{ margin-top: 0.5em; }}
.romanizations {{ font-size: 11pt; color: {PAPER.romanizations}; margin-bottom: 0.4em; }}
.summary {{ font-size: 10pt; margin-bottom: 0.8em; }}
.summary-english {{ font-size: 9pt; margin-bottom: 0.8em; }}
.language {{ font-weight: normal; color: {PAPER.muted}; }}
table.facts {{ border-collapse: collapse; }}
table.facts th {{ font-size: 9pt; font-weight: bold; color: {PAPER.label}; background-color: {PAPER.label_back}; }}
table.facts td {{ font-size: 9pt; line-height: 88%; }}
.note, .backing, .page {{ color: {PAPER.muted}; }}
.sources li {{ font-size: 8pt; }}
a {{ color: {PAPER.link}; }}
.cover-title {{ font-size: 22pt; font-weight: bold; }}
.cover-subtitle {{ font-size: 13pt; color: {PAPER.romanizations}; margin-bottom: 0.4em; }}
table.cities th {{ font-size: 9pt; background-color: {PAPER.label_back}; }}
table.cities td {{ font-size: 10pt; }}
.bar {{ background-color: {PAPER.bar}; }}
"""
MAP_POINTS = 170  # the locator map's width on paper (6 cm), beside the facts
_LONG_FACT = 34  # characters: a value longer than this gets a row of its own
_MAP = QT_TRANSLATE_NOOP("Sheet", "Locator map of {city}")
_SEE_PAGE = QT_TRANSLATE_NOOP("Sheet", "(its sheet: page {page})")
_COVER_INTRO = QT_TRANSLATE_NOOP("Sheet", "A class handout: one sheet for each city below, in this order.")
_POPULATION_FROM = QT_TRANSLATE_NOOP("Sheet", "Population: {census}.")
_CITY = QT_TRANSLATE_NOOP("Sheet", "City")
_POPULATION = QT_TRANSLATE_NOOP("Sheet", "Population")
_PAGE = QT_TRANSLATE_NOOP("Sheet", "Page")
_COMPARED = QT_TRANSLATE_NOOP("Sheet", "Population compared")
_CITIES_COMPARED = QT_TRANSLATE_NOOP("Sheet", "Cities compared")
_COMPARISON_INTRO = QT_TRANSLATE_NOOP("Sheet", "Distances: along the Earth's surface (great circle), in kilometres.")
_DISTANCES = QT_TRANSLATE_NOOP("Sheet", "Distances")
_KM = QT_TRANSLATE_NOOP("Sheet", "{km} km")
_CHART = QT_TRANSLATE_NOOP("Sheet", "Bar chart of the populations of {cities}")


def _px(points: float) -> int:
    """A length in points as pixels of the layout."""
    return max(1, round(points * CSS_PX_PER_INCH / 72))


def page_link(page: int) -> str:
    """A link to a page of the same PDF, as an address Qt writes out (it writes no links inside a document):
    core.paper.pdffile.link_pages turns it into a jump to that page."""
    return f"{PAGE_SCHEME}:{page:04d}"


def _number(value: int | None, fmt: Formats = PLAIN) -> str:
    return fmt.integer(value) if value is not None else "—"


def _title(entry: Entry, volume: Volume) -> str:
    spellings = romanizations(entry, volume)
    line = f"<p class='romanizations'>{' · '.join(escape(s) for s in spellings)}</p>" if spellings else ""
    return f"<a name='city-{escape(entry.id)}'></a><h1>{title_html(entry.name, entry.local_name, volume)}</h1>{line}"


def _population_source(volume: Volume, tr: Translate) -> str:
    """ "Population: 2008 census." ("" for a volume without a census)."""
    return " " + tr(CONTEXT, _POPULATION_FROM).format(census=volume.census.label) if volume.census else ""


def _facts_table(entry: Entry, volume: Volume, tr: Translate, fmt: Formats, map_cell: str = "") -> str:
    """The facts two to a row (label, value, label, value), which halves the table's height; a long value (the
    earlier status, say), or a short one with no short one beside it, takes the row's width. Reading order stays
    the pane's: left to right, top to bottom. With a map_cell (a cell holding the map), one fact a row, the map in
    a third column beside them all."""
    two_a_row = not map_cell

    def label(text: str) -> str:
        return f"<th align='left' valign='top' width='{19 if two_a_row else 22}%'>{escape(text)}</th>"

    def wide(key: str, value: str) -> str:
        return f"<tr>{label(key)}<td valign='top' colspan='3'>{escape(value)}</td></tr>"

    rows: list[str] = []
    pending: tuple[str, str] | None = None
    for key, value in facts(entry, volume, tr, fmt):
        if not two_a_row:
            rows.append(f"<tr>{label(key)}<td valign='top'>{escape(value)}</td>{'' if rows else map_cell}</tr>")
        elif len(value) > _LONG_FACT:
            if pending:
                rows.append(wide(*pending))
                pending = None
            rows.append(wide(key, value))
        elif pending:
            cells = "".join(
                f"{label(k)}<td valign='top' width='31%'>{escape(v)}</td>" for k, v in (pending, (key, value))
            )
            rows.append(f"<tr>{cells}</tr>")
            pending = None
        else:
            pending = (key, value)
    if pending:
        rows.append(wide(*pending))
    return (f"<table class='facts' width='100%' cellspacing='0' cellpadding='{_px(1.5)}' border='{_px(0.5)}'"
            f" style='border-color: {PAPER.rule}; margin-top: 6px;'>{''.join(rows)}</table>")  # fmt: skip


def _facts_and_map(entry: Entry, volume: Volume, tr: Translate, fmt: Formats, map_url: str | None) -> str:
    if not map_url:  # no map yet: the facts take the width, nothing is left blank
        return _facts_table(entry, volume, tr, fmt)
    alt = escape(tr(CONTEXT, _MAP).format(city=entry.name))
    cell = (f"<td rowspan='{len(facts(entry, volume, tr))}' valign='top' align='center' width='40%'>"
            f"<img src='{escape(map_url)}' alt='{alt}' width='{_px(MAP_POINTS)}'></td>")  # fmt: skip
    return _facts_table(entry, volume, tr, fmt, cell)


def _name_notes(heading: str, items: Sequence[tuple[str, str | None]], bold: bool = False) -> str:
    if not items:
        return ""
    b, _b = ("<b>", "</b>") if bold else ("", "")
    lis = "".join(f"<li>{b}{escape(name)}{_b}" + (f" <span class='note'>— {escape(note)}</span>" if note else "")
                  + "</li>" for name, note in items)  # fmt: skip
    return f"<h2>{escape(heading)}</h2><ul>{lis}</ul>"


def _link(url: str) -> str:
    return f"<a href='{escape(url)}'>{escape(url)}</a>"


def sheet_html(entry: Entry, volume: Volume, tr: Translate = untranslated, *, map_url: str | None = None,
               pages: Mapping[str, int] | None = None, fmt: Formats = PLAIN) -> str:  # fmt: skip
    """The entry's sheet (a city's or a division's). map_url: the locator map's image resource, or None for no
    map. pages: the page each city's sheet starts on, for a handout (a related city in it says where to turn).
    fmt writes its numbers."""
    t: Callable[[str], str] = lambda text: tr(ARTICLE, text)  # noqa: E731
    out = [_title(entry, volume), summary_html(entry, volume, tr),
           _facts_and_map(entry, volume, tr, fmt, map_url)]  # fmt: skip
    if not isinstance(entry, CityEntry):
        out.append(division_cities_html(entry, volume, tr, fmt))
    mark = in_english_mark(volume, tr)  # the sections are English: marked so in another reading language
    out += [f"<h2>{escape(s.heading)}{mark}</h2>{paragraphs_html(s.body)}" for s in entry.sections]
    # Other names and industries run in (a label, then the items in one paragraph): short items, and the room
    # they save keeps a long entry on two pages.
    if entry.other_names:
        names = "; ".join(escape(n.name) + (f" <span class='note'>({escape(n.note)})</span>" if n.note else "")
                          for n in entry.other_names)  # fmt: skip
        out.append(f"<p class='runin'><b>{escape(t(OTHER_NAMES))}:</b> {names}.</p>")
    if isinstance(entry, CityEntry):
        out += _city_parts(entry, volume, tr, pages)
    sources = "".join(
        "<li>" + escape(s.title) + "".join(f", {escape(str(x))}" for x in (s.publisher, s.year) if x)
        + (f" ({_link(s.url)})" if s.url else "") + "</li>"
        for s in entry.sources
    )  # fmt: skip
    out.append(f"<h2>{escape(t(SOURCES))}</h2><ol class='sources'>{sources}</ol>")
    return "\n".join(part for part in out if part)


def _city_parts(entry: CityEntry, volume: Volume, tr: Translate, pages: Mapping[str, int] | None) -> list[str]:
    """What only a city's sheet has: industries, landmarks, related cities, corrections of the source article."""
    t: Callable[[str], str] = lambda text: tr(ARTICLE, text)  # noqa: E731
    out = []
    if entry.industries:
        out.append(f"<p class='runin'><b>{escape(t(INDUSTRIES))}:</b> {escape(', '.join(entry.industries))}.</p>")
    out.append(_name_notes(t(LANDMARKS), [(n.name, n.note) for n in entry.landmarks], bold=True))
    if entry.related:
        items = []
        for r in entry.related:
            page = (pages or {}).get(r.id)
            name = f"<a href='{page_link(page)}'>{escape(r.name)}</a>" if page else escape(r.name)
            where = f" <span class='page'>{escape(tr(CONTEXT, _SEE_PAGE).format(page=page))}</span>" if page else ""
            items.append(f"<li><b>{name}</b>: {escape(r.relation)}{where}</li>")
        out.append(f"<h2>{escape(t(RELATED))}</h2><ul>{''.join(items)}</ul>")
    out.append(corrections_html(entry, volume, tr))
    return out


def _bar(value: int, largest: int) -> str:
    """A horizontal bar value/largest of its cell's width (at least a sliver, so that every city shows one)."""
    share = max(1, round(100 * value / largest))
    rest = f"<td width='{100 - share}%'></td>" if share < 100 else ""
    return (f"<table width='100%' cellspacing='0' cellpadding='0'><tr>"
            f"<td class='bar' width='{share}%' height='{_px(7)}'></td>{rest}</tr></table>")  # fmt: skip


def _table(header: str, rows: Sequence[str]) -> str:
    """A ruled table: a row of headings, then rows."""
    return (f"<table class='cities' width='100%' cellspacing='0' cellpadding='{_px(3)}' border='{_px(0.5)}'"
            f" style='border-color: {PAPER.rule}; margin-top: 6px;'><tr>{header}</tr>"
            f"{''.join(rows)}</table>")  # fmt: skip


def _bars(populations: Sequence[tuple[str, int | None]], fmt: Formats) -> str:
    """A bar for each (name, population), scaled to the largest, with the figure beside it."""
    largest = max((p or 0 for _name, p in populations), default=0) or 1
    rows = "".join(
        f"<tr><td width='22%'>{escape(name)}</td><td width='64%'>{_bar(population or 0, largest)}</td>"
        f"<td width='14%' align='right'>{_number(population, fmt)}</td></tr>"
        for name, population in populations
    )
    return f"<table width='100%' cellspacing='0' cellpadding='{_px(2)}'>{rows}</table>"


def cover_html(title: str, rows: Sequence[EntryRow], pages: Mapping[str, int], volume: Volume,
               tr: Translate = untranslated, subtitle: str = "", fmt: Formats = PLAIN) -> str:  # fmt: skip
    """A handout's cover: its title (and the subtitle, when there is one), the cities it holds, in its order, with
    their population side by side (a bar each, scaled to the largest) and the page each sheet starts on."""
    t: Callable[[str], str] = lambda text: tr(CONTEXT, text)  # noqa: E731
    local = volume.local_system
    names = [t(_CITY), *([local.label] if local else [])]
    if volume.local_first:  # read in the local names' language, they lead
        names.reverse()
    columns = [*((name, "left") for name in names), (volume.divisions.label, "left"),
               (t(_POPULATION), "right"), (rank_label(volume, tr), "right"), (t(_PAGE), "right")]  # fmt: skip
    head = "".join(f"<th align='{a}'>{escape(h)}</th>" for h, a in columns)

    def name_cells(r: EntryRow) -> str:
        first, second = title_names(r.name, r.local_name, volume)
        return f"<td>{escape(first)}</td>" + (f"<td>{escape(second)}</td>" if local else "")

    body = [
        "<tr>" + name_cells(r)
        + f"<td>{escape(r.division_local_name if volume.local_first and r.division_local_name else r.division)}</td>"
        f"<td align='right'>{_number(r.population, fmt)}</td><td align='right'>{_number(r.census_rank, fmt)}</td>"
        f"<td align='right'>{pages.get(r.id, '')}</td></tr>"
        for r in rows
    ]  # fmt: skip
    second = f"<p class='cover-subtitle'>{escape(subtitle)}</p>" if subtitle else ""
    return (f"<p class='cover-title'>{escape(title)}</p>{second}"
            f"<p class='summary'>{escape(t(_COVER_INTRO) + _population_source(volume, tr))}</p>"
            + _table(head, body)
            + f"<h2>{escape(t(_COMPARED))}</h2>{_bars([(r.name, r.population) for r in rows], fmt)}")  # fmt: skip


def comparison_html(comparison: Comparison, volume: Volume, tr: Translate = untranslated, *,
                    chart: tuple[str, int, int] | None = None, fmt: Formats = PLAIN) -> str:  # fmt: skip
    """The Compare window on paper: the cities' facts side by side (a column each), the distance between each
    pair, and their populations as bars: the chart image when there is one (its resource's address, width and
    height in CSS pixels), bars in the page's HTML otherwise."""
    t: Callable[[str], str] = lambda text: tr(CONTEXT, text)  # noqa: E731
    cities = comparison.cities
    share = 84 // len(cities)
    names = "".join(f"<th align='left' width='{share}%'>{title_html(c.name, c.local_name, volume)}</th>"
                    for c in cities)  # fmt: skip
    facts_rows = [
        f"<tr><th align='left' valign='top' width='16%'>{escape(label)}</th>"
        + "".join(f"<td valign='top'>{'<br>'.join(escape(line) for line in value.splitlines())}</td>"
                  for value in values) + "</tr>"
        for label, values in fact_rows(cities, volume, tr, fmt)
    ]  # fmt: skip
    distance_rows = []
    for row in cities:
        cells = "".join(
            "<td align='right'>—</td>" if row.id == column.id else
            f"<td align='right'>{escape(t(_KM).format(km=fmt.decimal(comparison.km(row.id, column.id) or 0, 0)))}</td>"
            for column in cities
        )  # fmt: skip
        distance_rows.append(f"<tr><th align='left' width='16%'>{escape(row.name)}</th>{cells}</tr>")
    if chart:
        url, width, height = chart
        alt = escape(t(_CHART).format(cities=", ".join(c.name for c in cities)))
        bars = f"<p><img src='{escape(url)}' alt='{alt}' width='{width}' height='{height}'></p>"
    else:
        bars = _bars([(c.name, c.population_total) for c in cities], fmt)
    return (f"<p class='cover-title'>{escape(t(_CITIES_COMPARED))}</p>"
            f"<p class='summary'>{escape((_population_source(volume, tr) + ' ' + t(_COMPARISON_INTRO)).strip())}</p>"
            + _table(f"<th width='16%'></th>{names}", facts_rows)
            + f"<h2>{escape(t(_DISTANCES))}</h2>"
            + _table(f"<th width='16%'></th>{names}", distance_rows)
            + f"<h2>{escape(t(_COMPARED))}</h2>{bars}")  # fmt: skip
