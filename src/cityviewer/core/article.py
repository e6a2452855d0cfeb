"""A city's entry as the detail pane's HTML. Every piece of dataset text is escaped: markup in the data
shows as text and can load nothing. Links to other cities use the city: scheme."""

from __future__ import annotations

from html import escape

from cityviewer.core import vocabulary
from cityviewer.core.distances import CityDistances
from cityviewer.core.records import CityEntry
from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate, untranslated
from cityviewer.core.vocabulary import VOCABULARY_CONTEXT

CITY_SCHEME = "city"
# Every text below is marked with its context for lupdate; render() translates it with the Translate it is given.
CONTEXT = "Article"
_HANGUL = QT_TRANSLATE_NOOP("Article", "Hangul")
_MR = QT_TRANSLATE_NOOP("Article", "McCune–Reischauer")
_RR = QT_TRANSLATE_NOOP("Article", "Revised Romanization")
_DPRK = QT_TRANSLATE_NOOP("Article", "DPRK romanization")
_DIVISION = QT_TRANSLATE_NOOP("Article", "Division")
_STATUS = QT_TRANSLATE_NOOP("Article", "Status")
_STATUS_SINCE = QT_TRANSLATE_NOOP("Article", "{status} (since {year})")
_EARLIER_STATUS = QT_TRANSLATE_NOOP("Article", "Earlier status")
_POPULATION = QT_TRANSLATE_NOOP("Article", "Population (2008 census)")
_URBAN = QT_TRANSLATE_NOOP("Article", "Urban population (2008)")
_CENSUS_RANK = QT_TRANSLATE_NOOP("Article", "Census rank (2008)")
_COUNTED_IN = QT_TRANSLATE_NOOP("Article", "Counted in (2008)")
_IN_ARTICLE = QT_TRANSLATE_NOOP("Article", "In the source article")
_ARTICLE_RANK = QT_TRANSLATE_NOOP("Article", "listed {rank} of 10")
_REGION = QT_TRANSLATE_NOOP("Article", "Region")
_COORDINATES = QT_TRANSLATE_NOOP("Article", "Coordinates")
_TAGS = QT_TRANSLATE_NOOP("Article", "Tags")
_DISTANCE_TO = QT_TRANSLATE_NOOP("Article", "Distance to {city}")
_NEAREST = QT_TRANSLATE_NOOP("Article", "Nearest city in the dataset")
_LOCATOR_ALT = QT_TRANSLATE_NOOP("Article", "Where {city} lies in North Korea")
_KM = QT_TRANSLATE_NOOP("Article", "{km} km (great circle)")
_NEAREST_KM = QT_TRANSLATE_NOOP("Article", "{city}, {km} km (great circle)")
_OTHER_NAMES = QT_TRANSLATE_NOOP("Article", "Other names")
_INDUSTRIES = QT_TRANSLATE_NOOP("Article", "Industries")
_LANDMARKS = QT_TRANSLATE_NOOP("Article", "Landmarks")
_RELATED = QT_TRANSLATE_NOOP("Article", "Related cities")
_CORRECTIONS = QT_TRANSLATE_NOOP("Article", "Corrections to the source article")
_ARTICLE_SAYS = QT_TRANSLATE_NOOP("Article", "The article says:")
_SOURCES_SAY = QT_TRANSLATE_NOOP("Article", "The sources say:")
_SOURCES = QT_TRANSLATE_NOOP("Article", "Sources")
_BACKED_BY = QT_TRANSLATE_NOOP("Article", "source: {source}")
SOURCE_ARTICLE_IS = QT_TRANSLATE_NOOP(
    "Article", "The source article is “{title}”, an undated web article whose author and publisher are not stated."
)
_NOTHING_TO_CORRECT = QT_TRANSLATE_NOOP(
    "Article",
    "What the source article says about {city} was checked against the sources below; nothing needed correcting.",
)
# The article this volume began from (../shared/source): named so wherever it is mentioned.
SOURCE_ARTICLE_TITLE = "The 10 biggest cities in North Korea"


def city_link(city_id: str) -> str:
    return f"{CITY_SCHEME}:{city_id}"


def _paragraphs(text: str) -> str:
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(' '.join(p.split()))}</p>" for p in parts)


def _number(value: int | None) -> str:
    return f"{value:,}" if value is not None else "—"


def _coordinates(lat: float, lon: float) -> str:
    return f"{abs(lat):.3f}° {'N' if lat >= 0 else 'S'}, {abs(lon):.3f}° {'E' if lon >= 0 else 'W'}"


def _distance_facts(distances: CityDistances | None, tr: Translate) -> list[tuple[str, str]]:
    if distances is None:
        return []
    facts = []
    if distances.capital is not None:
        km = f"{distances.capital.km:,.0f}"
        facts.append((tr(CONTEXT, _DISTANCE_TO).format(city=distances.capital.to.name), tr(CONTEXT, _KM).format(km=km)))
    if distances.nearest is not None:
        km, city = f"{distances.nearest.km:,.0f}", distances.nearest.to.name
        facts.append((tr(CONTEXT, _NEAREST), tr(CONTEXT, _NEAREST_KM).format(city=city, km=km)))
    return facts


def _facts(entry: CityEntry, tr: Translate) -> list[tuple[str, str]]:
    def t(text: str) -> str:
        return tr(CONTEXT, text)

    def term(key: str) -> str:
        return tr(VOCABULARY_CONTEXT, vocabulary.label(key))

    status = (
        t(_STATUS_SINCE).format(status=entry.status, year=entry.status_since) if entry.status_since else entry.status
    )
    facts = [
        (t(_HANGUL), entry.hangul + (f" ({entry.hanja})" if entry.hanja else "")),
        (t(_MR), entry.mccune_reischauer),
        (t(_RR), entry.revised_romanization),
    ]
    if entry.dprk:
        facts.append((t(_DPRK), entry.dprk))
    division = f"{entry.province} ({entry.province_hangul})" if entry.province_hangul else entry.province
    facts += [
        (t(_DIVISION), f"{division}, {entry.province_code}"),
        (t(_STATUS), status),
    ]
    if entry.status_note:
        facts.append((t(_EARLIER_STATUS), entry.status_note))
    facts += [
        (t(_POPULATION), _number(entry.population_total)),
        (t(_URBAN), _number(entry.population_urban)),
        (t(_CENSUS_RANK), _number(entry.census_rank)),
    ]
    if entry.province_at_census:
        facts.append((t(_COUNTED_IN), entry.province_at_census))
    if entry.article_rank:
        facts.append((t(_IN_ARTICLE), t(_ARTICLE_RANK).format(rank=entry.article_rank)))
    facts += [
        (t(_REGION), term(entry.region)),
        (t(_COORDINATES), f"{_coordinates(entry.latitude, entry.longitude)} ({entry.coordinates_source})"),
        (t(_TAGS), ", ".join(term(tag) for tag in entry.tags)),
    ]
    return facts


def _title(entry: CityEntry) -> str:
    hangul = f" <span class='hangul'>{escape(entry.hangul)}</span>" if entry.hangul else ""
    # Each spelling once: McCune-Reischauer and Revised Romanization are often the same (Hyesan, Hyesan).
    spellings = dict.fromkeys(s for s in (entry.mccune_reischauer, entry.revised_romanization, entry.dprk) if s)
    return (
        f"<h1>{escape(entry.name)}{hangul}</h1><p class='romanizations'>{' · '.join(escape(s) for s in spellings)}</p>"
    )


def _facts_html(entry: CityEntry, tr: Translate, narrow: bool, distances: CityDistances | None = None) -> str:
    facts = [(k, v) for k, v in _facts(entry, tr) + _distance_facts(distances, tr) if v.strip()]  # no Hangul, say
    if narrow:  # labels above their values, so neither is squeezed into a sliver
        rows = "".join(f"<p class='fact'><b>{escape(k)}</b><br>{escape(v)}</p>" for k, v in facts)
        return f"<div class='facts'>{rows}</div>"
    rows = "".join(f"<tr><th align='left' valign='top'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in facts)
    return f"<table class='facts' cellspacing='0' cellpadding='4' width='100%'>{rows}</table>"


def _corrections(entry: CityEntry, tr: Translate) -> str:
    """What the entry corrects in the source article, each with the source that backs it; for a city of the
    article with nothing to correct, a word that it was checked, so that "checked, fine" and "missing" differ."""
    if not entry.corrections and not entry.article_rank:
        return ""
    about = escape(tr(CONTEXT, SOURCE_ARTICLE_IS).format(title=SOURCE_ARTICLE_TITLE))
    if not entry.corrections:
        checked = escape(tr(CONTEXT, _NOTHING_TO_CORRECT).format(city=entry.name))
        return f"<h2>{escape(tr(CONTEXT, _CORRECTIONS))}</h2><p>{checked} {about}</p>"
    items = "".join(
        f"<li><p><i>{escape(tr(CONTEXT, _ARTICLE_SAYS))}</i> {escape(c.claim)}</p>"
        f"<p><i>{escape(tr(CONTEXT, _SOURCES_SAY))}</i> {escape(c.correction)}"
        + (f" <span class='backing'>({escape(tr(CONTEXT, _BACKED_BY).format(source=c.source))})</span>" if c.source
           else "")
        + "</p></li>"
        for c in entry.corrections
    )  # fmt: skip
    return f"<h2>{escape(tr(CONTEXT, _CORRECTIONS))}</h2><p>{about}</p><ul>{items}</ul>"


def render(
    entry: CityEntry,
    tr: Translate = untranslated,
    *,
    narrow: bool = False,
    distances: CityDistances | None = None,
    locator: str | None = None,
) -> str:
    """The whole entry as HTML (the subset QTextBrowser renders); narrow puts the facts' labels above their values,
    for a pane too narrow (or text too large) for two columns; distances adds rows to the facts; locator is the
    address of a locator map image (the viewer supplies it), shown beside the summary."""
    image = ""
    if locator:
        alt = escape(tr(CONTEXT, _LOCATOR_ALT).format(city=entry.name))
        image = f"<img class='locator' src='{escape(locator)}' alt='{alt}' align='right'>"
    out = [
        _title(entry),
        f"<p class='summary'>{image}{escape(entry.summary)}</p>",
        _facts_html(entry, tr, narrow, distances),
    ]
    if entry.other_names:
        items = "".join(
            f"<li>{escape(n.name)}" + (f" — {escape(n.note)}" if n.note else "") + "</li>" for n in entry.other_names
        )
        out.append(f"<h2>{escape(tr(CONTEXT, _OTHER_NAMES))}</h2><ul>{items}</ul>")
    for section in entry.sections:
        out.append(f"<h2>{escape(section.heading)}</h2>{_paragraphs(section.body)}")
    if entry.industries:
        out.append(f"<h2>{escape(tr(CONTEXT, _INDUSTRIES))}</h2><p>{escape(', '.join(entry.industries))}</p>")
    if entry.landmarks:
        items = "".join(
            f"<li><b>{escape(n.name)}</b>" + (f" — {escape(n.note)}" if n.note else "") + "</li>"
            for n in entry.landmarks
        )
        out.append(f"<h2>{escape(tr(CONTEXT, _LANDMARKS))}</h2><ul>{items}</ul>")
    if entry.related:
        items = "".join(
            f"<li><a href='{escape(city_link(r.id))}'>{escape(r.name)}</a>: {escape(r.relation)}</li>"
            for r in entry.related
        )
        out.append(f"<h2>{escape(tr(CONTEXT, _RELATED))}</h2><ul>{items}</ul>")
    out.append(_corrections(entry, tr))
    items = "".join(
        "<li>"
        + escape(s.title)
        + "".join(f", {escape(str(x))}" for x in (s.publisher, s.year) if x)
        + (f" <span class='url'>({escape(s.url)})</span>" if s.url else "")
        + "</li>"
        for s in entry.sources
    )
    out.append(f"<h2>{escape(tr(CONTEXT, _SOURCES))}</h2><ol class='sources'>{items}</ol>")
    return "\n".join(part for part in out if part)
