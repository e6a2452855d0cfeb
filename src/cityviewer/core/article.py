"""A city's entry as the detail pane's HTML. Every piece of dataset text is escaped: markup in the data
shows as text and can load nothing. Links to other cities use the city: scheme."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from cityviewer.core.dataset import CityEntry

CITY_SCHEME = "city"
REGION_NAMES = {
    "west-coast": "West coast",
    "east-coast": "East coast",
    "northern-border": "Northern border",
    "inland": "Inland",
    "dmz": "Near the DMZ",
}
Translate = Callable[[str], str]


def city_link(city_id: str) -> str:
    return f"{CITY_SCHEME}:{city_id}"


def _paragraphs(text: str) -> str:
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(' '.join(p.split()))}</p>" for p in parts)


def _number(value: int | None) -> str:
    return f"{value:,}" if value is not None else "—"


def _coordinates(lat: float, lon: float) -> str:
    return f"{abs(lat):.3f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.3f}° {'E' if lon >= 0 else 'W'}"


def _facts(entry: CityEntry, tr: Translate) -> list[tuple[str, str]]:
    status = entry.status + (tr(" (since {year})").format(year=entry.status_since) if entry.status_since else "")
    facts = [
        (tr("Hangul"), entry.hangul + (f" ({entry.hanja})" if entry.hanja else "")),
        (tr("McCune–Reischauer"), entry.mccune_reischauer),
        (tr("Revised Romanization"), entry.revised_romanization),
    ]
    if entry.dprk:
        facts.append((tr("DPRK romanization"), entry.dprk))
    division = f"{entry.province} ({entry.province_hangul})" if entry.province_hangul else entry.province
    facts += [
        (tr("Division"), f"{division}, {entry.province_code}"),
        (tr("Status"), status),
    ]
    if entry.status_note:
        facts.append((tr("Earlier status"), entry.status_note))
    facts += [
        (tr("Population (2008 census)"), _number(entry.population_total)),
        (tr("Urban population (2008)"), _number(entry.population_urban)),
        (tr("Census rank (2008)"), _number(entry.census_rank)),
    ]
    if entry.province_at_census:
        facts.append((tr("Counted in (2008)"), entry.province_at_census))
    if entry.article_rank:
        facts.append((tr("In the source article"), tr("listed {rank} of 10").format(rank=entry.article_rank)))
    facts += [
        (tr("Region"), tr(REGION_NAMES.get(entry.region, entry.region))),
        (tr("Coordinates"), f"{_coordinates(entry.latitude, entry.longitude)} ({entry.coordinates_source})"),
        (tr("Tags"), ", ".join(t.replace("-", " ") for t in entry.tags)),
    ]
    return facts


def render(entry: CityEntry, tr: Translate = lambda s: s) -> str:
    """The whole entry as HTML (the subset QTextBrowser renders)."""
    out: list[str] = []
    hangul = f" <span class='hangul'>{escape(entry.hangul)}</span>" if entry.hangul else ""
    out.append(
        f"<h1>{escape(entry.name)}{hangul}</h1>"
        f"<p class='romanizations'>{escape(entry.mccune_reischauer)} · {escape(entry.revised_romanization)}"
        + (f" · {escape(entry.dprk)}" if entry.dprk else "")
        + "</p>"
    )
    out.append(f"<p class='summary'>{escape(entry.summary)}</p>")
    rows = "".join(
        f"<tr><th align='left' valign='top'>{escape(k)}</th><td>{escape(v)}</td></tr>"
        for k, v in _facts(entry, tr)
        if v.strip()  # a place with no Hangul name, say
    )
    out.append(f"<table class='facts' cellspacing='0' cellpadding='4' width='100%'>{rows}</table>")
    if entry.other_names:
        items = "".join(
            f"<li>{escape(n.name)}" + (f" — {escape(n.note)}" if n.note else "") + "</li>" for n in entry.other_names
        )
        out.append(f"<h2>{escape(tr('Other names'))}</h2><ul>{items}</ul>")
    for section in entry.sections:
        out.append(f"<h2>{escape(section.heading)}</h2>{_paragraphs(section.body)}")
    if entry.industries:
        out.append(f"<h2>{escape(tr('Industries'))}</h2><p>{escape(', '.join(entry.industries))}</p>")
    if entry.landmarks:
        items = "".join(
            f"<li><b>{escape(n.name)}</b>" + (f" — {escape(n.note)}" if n.note else "") + "</li>"
            for n in entry.landmarks
        )
        out.append(f"<h2>{escape(tr('Landmarks'))}</h2><ul>{items}</ul>")
    if entry.related:
        items = "".join(
            f"<li><a href='{escape(city_link(r.id))}'>{escape(r.name)}</a>: {escape(r.relation)}</li>"
            for r in entry.related
        )
        out.append(f"<h2>{escape(tr('Related cities'))}</h2><ul>{items}</ul>")
    if entry.corrections:
        items = "".join(
            f"<li><p><i>{escape(tr('The article says:'))}</i> {escape(c.claim)}</p>"
            f"<p><i>{escape(tr('The sources say:'))}</i> {escape(c.correction)}</p></li>"
            for c in entry.corrections
        )
        out.append(f"<h2>{escape(tr('Corrections to the source article'))}</h2><ul>{items}</ul>")
    items = "".join(
        "<li>"
        + escape(s.title)
        + "".join(f", {escape(str(x))}" for x in (s.publisher, s.year) if x)
        + (f" <span class='url'>({escape(s.url)})</span>" if s.url else "")
        + "</li>"
        for s in entry.sources
    )
    out.append(f"<h2>{escape(tr('Sources'))}</h2><ol class='sources'>{items}</ol>")
    return "\n".join(out)
