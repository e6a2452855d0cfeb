"""An entry (a city's or a division's) as the detail pane's HTML. Every piece of dataset text is escaped: markup
in the data shows as text and can load nothing. Links to other entries use the city: scheme."""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

from cityviewer.core import vocabulary
from cityviewer.core.numbers import PLAIN, Formats
from cityviewer.core.records import CityEntry, DivisionEntry, Entry, OtherName
from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate, untranslated
from cityviewer.core.volume import (
    FALLBACK_LANGUAGE,
    Volume,
    counted_in_label,
    population_label,
    rank_label,
    urban_label,
)

if TYPE_CHECKING:  # the distances come after the first paint (gui.detailview): start-up does not import them
    from cityviewer.core.distances import CityDistances

CITY_SCHEME = "city"
_ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))  # "&" first


def escape(text: str) -> str:
    """text with its markup characters written as entities, as html.escape writes them: importing the html package
    would load its table of every named entity (html.entities), which start-up has no use for."""
    for character, entity in _ESCAPES:
        text = text.replace(character, entity)
    return text


# Every text below is marked with its context for lupdate; render() translates it with the Translate it is given.
CONTEXT = "Article"
_STATUS = QT_TRANSLATE_NOOP("Article", "Status")
_STATUS_SINCE = QT_TRANSLATE_NOOP("Article", "{status} (since {year})")
_EARLIER_STATUS = QT_TRANSLATE_NOOP("Article", "Earlier status")
_IN_ARTICLE = QT_TRANSLATE_NOOP("Article", "In the source article")
_ARTICLE_RANK = QT_TRANSLATE_NOOP("Article", "listed {rank} of {size}")
_REGION = QT_TRANSLATE_NOOP("Article", "Region")
_COORDINATES = QT_TRANSLATE_NOOP("Article", "Coordinates")
_TAGS = QT_TRANSLATE_NOOP("Article", "Tags")
_ARTICLES_TEN = QT_TRANSLATE_NOOP(
    "Article", "One of the {size} cities of the source article “{title}” (listed {rank} of {size})"
)
_CAPITAL = QT_TRANSLATE_NOOP("Article", "Capital")
_AREA = QT_TRANSLATE_NOOP("Article", "Area")
_AREA_VALUE = QT_TRANSLATE_NOOP("Article", "{area} km²")
_POPULATION_FROM = QT_TRANSLATE_NOOP("Article", "Population: {source}.")
_AREA_FROM = QT_TRANSLATE_NOOP("Article", "Area: {source}.")
_DIVISION_POPULATION = QT_TRANSLATE_NOOP("Article", "Population ({year})")
_FIGURES = QT_TRANSLATE_NOOP("Article", "About the figures")
_CITIES_HERE = QT_TRANSLATE_NOOP("Article", "Cities of this volume in {division}")
_NO_CITIES_HERE = QT_TRANSLATE_NOOP("Article", "None of the cities of this volume lies in {division}.")
_PEOPLE = QT_TRANSLATE_NOOP("Article", "{population} people")
_PEOPLE_OF_CENSUS = QT_TRANSLATE_NOOP("Article", "{population} people ({census})")
_DISTANCE_TO = QT_TRANSLATE_NOOP("Article", "Distance to {city}")
_NEAREST = QT_TRANSLATE_NOOP("Article", "Nearest city in the dataset")
_LOCATOR_ALT = QT_TRANSLATE_NOOP("Article", "Locator map: where {city} lies in {area}")
# The locator map's alternative text: where the city lies in the volume's map, one whole sentence for each part.
_LOCATOR_IN = {
    "north": QT_TRANSLATE_NOOP("Article", "Locator map: {city}, in the north of {area}"),
    "north-east": QT_TRANSLATE_NOOP("Article", "Locator map: {city}, in the north-east of {area}"),
    "east": QT_TRANSLATE_NOOP("Article", "Locator map: {city}, in the east of {area}"),
    "south-east": QT_TRANSLATE_NOOP("Article", "Locator map: {city}, in the south-east of {area}"),
    "south": QT_TRANSLATE_NOOP("Article", "Locator map: {city}, in the south of {area}"),
    "south-west": QT_TRANSLATE_NOOP("Article", "Locator map: {city}, in the south-west of {area}"),
    "west": QT_TRANSLATE_NOOP("Article", "Locator map: {city}, in the west of {area}"),
    "north-west": QT_TRANSLATE_NOOP("Article", "Locator map: {city}, in the north-west of {area}"),
    "centre": QT_TRANSLATE_NOOP("Article", "Locator map: {city}, in the centre of {area}"),
}
_KM = QT_TRANSLATE_NOOP("Article", "{km} km (great circle)")
_NEAREST_KM = QT_TRANSLATE_NOOP("Article", "{city}, {km} km (great circle)")
# Section headings the printed sheet (core.paper.sheet) uses too.
OTHER_NAMES = QT_TRANSLATE_NOOP("Article", "Other names")
INDUSTRIES = QT_TRANSLATE_NOOP("Article", "Industries")
LANDMARKS = QT_TRANSLATE_NOOP("Article", "Landmarks")
RELATED = QT_TRANSLATE_NOOP("Article", "Related cities")
_CORRECTIONS = QT_TRANSLATE_NOOP("Article", "Corrections to the source article")
_ARTICLE_SAYS = QT_TRANSLATE_NOOP("Article", "The article says:")
_SOURCES_SAY = QT_TRANSLATE_NOOP("Article", "The sources say:")
SOURCES = QT_TRANSLATE_NOOP("Article", "Sources")
_BACKED_BY = QT_TRANSLATE_NOOP("Article", "source: {source}")
# Marks the entry's English text (its summary, its sections' headings) in an article read in another language.
_IN_ENGLISH = QT_TRANSLATE_NOOP("Article", "(English)")
_NOTHING_TO_CORRECT = QT_TRANSLATE_NOOP(
    "Article",
    "What the source article says about {city} was checked against the sources below; nothing needed correcting.",
)


def city_link(city_id: str) -> str:
    return f"{CITY_SCHEME}:{city_id}"


def _paragraphs(text: str) -> str:
    parts = [p.strip() for p in text.split("\n\n") if p.strip()]
    return "".join(f"<p>{escape(' '.join(p.split()))}</p>" for p in parts)


def _number(value: int | None, fmt: Formats = PLAIN) -> str:
    return fmt.integer(value) if value is not None else "—"


# A place's coordinates, by its hemispheres (north or south, east or west): whole, so a language may order them.
_LATITUDE_LONGITUDE = {
    (True, True): QT_TRANSLATE_NOOP("Article", "{lat}° N, {lon}° E"),
    (True, False): QT_TRANSLATE_NOOP("Article", "{lat}° N, {lon}° W"),
    (False, True): QT_TRANSLATE_NOOP("Article", "{lat}° S, {lon}° E"),
    (False, False): QT_TRANSLATE_NOOP("Article", "{lat}° S, {lon}° W"),
}


def _coordinates(lat: float, lon: float, translate: Translate = untranslated, fmt: Formats = PLAIN) -> str:
    template = _LATITUDE_LONGITUDE[(lat >= 0, lon >= 0)]
    return translate("Article", template).format(lat=fmt.decimal(abs(lat), 3), lon=fmt.decimal(abs(lon), 3))


def _link(entry_id: str, text: str) -> str:
    return f"<a href='{escape(city_link(entry_id))}'>{escape(text)}</a>"


# A fact: its label, its value (plain text) and the entry its value links to, if any.
Fact = tuple[str, str, str | None]


def _name_facts(entry: Entry, volume: Volume) -> list[Fact]:
    """The entry's name in each of the volume's name systems, labelled as the volume names them."""
    return [(system.label, entry.spelling(system.key), None) for system in volume.name_systems]


def _status_facts(status: str, since: int | None, note: str | None, tr: Translate) -> list[Fact]:
    shown = tr(CONTEXT, _STATUS_SINCE).format(status=status, year=since) if since else status
    facts: list[Fact] = [(tr(CONTEXT, _STATUS), shown, None)]
    if note:
        facts.append((tr(CONTEXT, _EARLIER_STATUS), note, None))
    return facts


def _distance_facts(distances: CityDistances | None, tr: Translate, fmt: Formats) -> list[Fact]:
    if distances is None:
        return []
    facts: list[Fact] = []
    if distances.capital is not None:
        km = fmt.decimal(distances.capital.km, 0)
        label = tr(CONTEXT, _DISTANCE_TO).format(city=distances.capital.to.name)
        facts.append((label, tr(CONTEXT, _KM).format(km=km), None))
    if distances.nearest is not None:
        km, city = fmt.decimal(distances.nearest.km, 0), distances.nearest.to
        facts.append((tr(CONTEXT, _NEAREST), tr(CONTEXT, _NEAREST_KM).format(city=city.name, km=km), city.id))
    return facts


def _city_facts(entry: CityEntry, volume: Volume, tr: Translate, fmt: Formats) -> list[Fact]:
    def t(text: str) -> str:
        return tr(CONTEXT, text)

    division = f"{entry.division} ({entry.division_local_name})" if entry.division_local_name else entry.division
    facts = _name_facts(entry, volume)
    facts.append((volume.divisions.label, f"{division}, {entry.division_code}",  # the volume's word: County
                  entry.division_code if entry.division_has_entry else None))  # fmt: skip
    facts += _status_facts(entry.status, entry.status_since, entry.status_note, tr)
    facts += [
        (population_label(volume, tr), _number(entry.population_total, fmt), None),
        (urban_label(volume, tr), _number(entry.population_urban, fmt), None),
        (rank_label(volume, tr), _number(entry.census_rank, fmt), None),
    ]
    if entry.division_at_census and volume.census:
        facts.append((counted_in_label(volume, tr), entry.division_at_census, None))
    if entry.article_rank and volume.source_article:
        size = volume.source_article.size
        facts.append((t(_IN_ARTICLE), t(_ARTICLE_RANK).format(rank=entry.article_rank, size=size), None))
    coordinates = _coordinates(entry.latitude, entry.longitude, tr, fmt)
    facts += [
        (t(_REGION), volume.regions_label(entry.regions), None),
        (t(_COORDINATES), f"{coordinates} ({entry.coordinates_source})", None),
        (t(_TAGS), ", ".join(vocabulary.term(tag, tr) for tag in entry.tags), None),
    ]
    return facts


def _division_facts(entry: DivisionEntry, volume: Volume, tr: Translate, fmt: Formats) -> list[Fact]:
    def t(text: str) -> str:
        return tr(CONTEXT, text)

    facts = _name_facts(entry, volume)
    facts += [(volume.division_code_label, entry.id, None), (t(_CAPITAL), entry.capital, entry.capital_id)]
    facts += _status_facts(volume.division_kind_label(entry.division_kind), entry.status_since, entry.status_note, tr)
    notes: list[str | None] = []
    if entry.population is not None:
        facts.append((t(_DIVISION_POPULATION).format(year=entry.population_year), _number(entry.population, fmt), None))
        notes += [t(_POPULATION_FROM).format(source=entry.population_source), entry.population_note]
    if entry.area_km2 is not None:
        facts.append((t(_AREA), t(_AREA_VALUE).format(area=fmt.decimal(entry.area_km2, 0)), None))
        notes += [t(_AREA_FROM).format(source=entry.area_source), entry.area_note]
    if notes:
        facts.append((t(_FIGURES), " ".join(n for n in notes if n), None))
    return facts


def _facts(entry: Entry, volume: Volume, tr: Translate, fmt: Formats) -> list[Fact]:
    """The facts box of either kind of entry, the blank ones left out (a place with no local name, say)."""
    if isinstance(entry, DivisionEntry):
        found = _division_facts(entry, volume, tr, fmt)
    else:
        found = _city_facts(entry, volume, tr, fmt)
    return [fact for fact in found if fact[1].strip()]


def romanizations(entry: Entry, volume: Volume) -> list[str]:
    """The entry's spellings in the volume's romanizations, each once (two systems often agree: Hyesan, Hyesan)."""
    found = (entry.spelling(s.key) for s in volume.name_systems if s.romanization)
    return list(dict.fromkeys(s for s in found if s))


def title_names(name: str, local_name: str, volume: Volume) -> tuple[str, str]:
    """A place's two names in the order a title gives them: the name, then the local one (Pyongyang 평양); the
    local one first when the volume is read in its language (평양 Pyongyang: Volume.local_first). The second is ""
    when the entry has no local name."""
    if local_name and volume.local_first:
        return local_name, name
    return name, local_name


def title_html(name: str, local_name: str, volume: Volume) -> str:
    """The two names of a title as HTML, the second in the lighter style of class 'local'."""
    first, second = title_names(name, local_name, volume)
    return escape(first) + (f" <span class='local'>{escape(second)}</span>" if second else "")


def _title(entry: Entry, volume: Volume) -> str:
    spellings = romanizations(entry, volume)
    line = f"<p class='romanizations'>{' · '.join(escape(s) for s in spellings)}</p>" if spellings else ""
    return f"<h1>{title_html(entry.name, entry.local_name, volume)}</h1>{line}"


def _facts_html(facts: list[Fact], narrow: bool) -> str:
    def value(text: str, link: str | None) -> str:
        return _link(link, text) if link else escape(text)

    if narrow:  # labels above their values, so neither is squeezed into a sliver
        rows = "".join(f"<p class='fact'><b>{escape(k)}</b><br>{value(v, link)}</p>" for k, v, link in facts)
        return f"<div class='facts'>{rows}</div>"
    rows = "".join(
        f"<tr><th align='left' valign='top'>{escape(k)}</th><td>{value(v, link)}</td></tr>" for k, v, link in facts
    )
    return f"<table class='facts' cellspacing='0' cellpadding='4' width='100%'>{rows}</table>"


def _corrections(entry: CityEntry, volume: Volume, tr: Translate) -> str:
    """What the entry corrects in the source article, each with the source that backs it; for a city of the
    article with nothing to correct, a word that it was checked, so that "checked, fine" and "missing" differ."""
    if not entry.corrections and not entry.article_rank:
        return ""
    about = escape(volume.source_article.about) if volume.source_article else ""
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


def _other_names(names: tuple[OtherName, ...], volume: Volume, tr: Translate) -> str:
    """Each other name with what kind of name it is (historic, Japanese-era reading, ...) and its note."""
    if not names:
        return ""
    items = "".join(
        f"<li><b>{escape(n.name)}</b> <i>({escape(volume.name_kind_label(n.kind))})</i>"
        + (f" — {escape(n.note)}" if n.note else "")
        + "</li>"
        for n in names
    )
    return f"<h2>{escape(tr(CONTEXT, OTHER_NAMES))}</h2><ul>{items}</ul>"


def _sources(entry: Entry, tr: Translate) -> str:
    items = "".join(
        "<li>"
        + escape(s.title)
        + "".join(f", {escape(str(x))}" for x in (s.publisher, s.year) if x)
        + (f" <span class='url'>({escape(s.url)})</span>" if s.url else "")
        + "</li>"
        for s in entry.sources
    )
    return f"<h2>{escape(tr(CONTEXT, SOURCES))}</h2><ol class='sources'>{items}</ol>"


def _in_english(volume: Volume) -> bool:
    """Whether the article is read in another language than the entries' text (English): their text is marked."""
    return volume.language != FALLBACK_LANGUAGE


def _summary(entry: Entry, volume: Volume, tr: Translate, image: str = "") -> str:
    """The summary: in the volume's language when the entry has one written in it, then the English one marked as
    such; else the English one."""
    own = entry.summary_in(volume.language) if _in_english(volume) else None
    if own is None:
        return f"<p class='summary'>{image}{escape(entry.summary)}</p>"
    english = f"<small class='language'>{escape(tr(CONTEXT, _IN_ENGLISH))}</small> {escape(entry.summary)}"
    return (f"<p class='summary' lang='{escape(volume.language)}'>{image}{escape(own)}</p>"
            f"<p class='summary-english' lang='en'>{english}</p>")  # fmt: skip


def _sections(entry: Entry, volume: Volume, tr: Translate) -> list[str]:
    """The sections, their headings marked as English in an article read in another language."""
    mark = f" <small class='language'>{escape(tr(CONTEXT, _IN_ENGLISH))}</small>" if _in_english(volume) else ""
    return [
        f"<div lang='en'><h2>{escape(section.heading)}{mark}</h2>{_paragraphs(section.body)}</div>"
        if mark else f"<h2>{escape(section.heading)}</h2>{_paragraphs(section.body)}"
        for section in entry.sections
    ]  # fmt: skip


def people(population: int | None, volume: Volume, tr: Translate, fmt: Formats = PLAIN) -> str:
    """ "3,255,288 people (2008 census)"."""
    if volume.census is None:
        return tr(CONTEXT, _PEOPLE).format(population=_number(population, fmt))
    return tr(CONTEXT, _PEOPLE_OF_CENSUS).format(population=_number(population, fmt), census=volume.census.label)


def _division_cities(entry: DivisionEntry, volume: Volume, tr: Translate, fmt: Formats, *, linked: bool = True) -> str:
    heading = f"<h2>{escape(tr(CONTEXT, _CITIES_HERE).format(division=entry.name))}</h2>"
    if not entry.cities:
        return heading + f"<p>{escape(tr(CONTEXT, _NO_CITIES_HERE).format(division=entry.name))}</p>"
    items = "".join(
        f"<li>{_link(c.id, c.name) if linked else escape(c.name)}: {escape(people(c.population, volume, tr, fmt))}</li>"
        for c in entry.cities
    )
    return heading + f"<ul>{items}</ul>"


def render(
    entry: Entry,
    volume: Volume,
    tr: Translate = untranslated,
    *,
    narrow: bool = False,
    distances: CityDistances | None = None,
    locator: str | None = None,
    fmt: Formats = PLAIN,
) -> str:
    """The whole entry as HTML (the subset QTextBrowser renders); narrow puts the facts' labels above their values,
    for a pane too narrow (or text too large) for two columns; distances adds rows to a city's facts; locator is
    the address of a locator map image (the viewer supplies it), shown beside a city's summary; fmt writes its
    numbers."""
    out = [_title(entry, volume)]
    if isinstance(entry, DivisionEntry):
        out += [_summary(entry, volume, tr), _facts_html(_facts(entry, volume, tr, fmt), narrow)]
        out += [_division_cities(entry, volume, tr, fmt), _other_names(entry.other_names, volume, tr)]
        out += _sections(entry, volume, tr)
        out.append(_sources(entry, tr))
        return "\n".join(part for part in out if part)
    mark = articles_ten_mark(entry.article_rank, volume, tr) if entry.article_rank else ""
    if mark:
        out.append(f"<p class='articles-ten'>{escape(mark)}</p>")
    image = ""
    if locator:
        alt = escape(locator_alt(entry, volume, tr))
        image = f"<img class='locator' src='{escape(locator)}' alt='{alt}' align='right'>"
    facts = _facts(entry, volume, tr, fmt) + _distance_facts(distances, tr, fmt)
    out += [_summary(entry, volume, tr, image), _facts_html(facts, narrow)]
    out += [_other_names(entry.other_names, volume, tr), *_sections(entry, volume, tr)]
    if entry.industries:
        out.append(f"<h2>{escape(tr(CONTEXT, INDUSTRIES))}</h2><p>{escape(', '.join(entry.industries))}</p>")
    if entry.landmarks:
        items = "".join(
            f"<li><b>{escape(n.name)}</b>" + (f" — {escape(n.note)}" if n.note else "") + "</li>"
            for n in entry.landmarks
        )
        out.append(f"<h2>{escape(tr(CONTEXT, LANDMARKS))}</h2><ul>{items}</ul>")
    if entry.related:
        items = "".join(f"<li>{_link(r.id, r.name)}: {escape(r.relation)}</li>" for r in entry.related)
        out.append(f"<h2>{escape(tr(CONTEXT, RELATED))}</h2><ul>{items}</ul>")
    out += [_corrections(entry, volume, tr), _sources(entry, tr)]
    return "\n".join(part for part in out if part)


def part_of_map(longitude: float, latitude: float, home: tuple[float, float, float, float]) -> str | None:
    """Which part of the map's home box (west, south, east, north) a point lies in: "centre", or one of the eight
    compass directions from the box's centre, as the locator map shows it; None outside the box."""
    west, south, east, north = home
    if not (west <= longitude <= east and south <= latitude <= north):
        return None
    x = (longitude - (west + east) / 2) / ((east - west) / 2)  # -1 at the west edge, 1 at the east
    y = (latitude - (south + north) / 2) / ((north - south) / 2)
    if max(abs(x), abs(y)) < 1 / 3:
        return "centre"
    sectors = ("east", "north-east", "north", "north-west", "west", "south-west", "south", "south-east")
    return sectors[round(math.degrees(math.atan2(y, x)) / 45) % 8]


def locator_alt(entry: CityEntry, volume: Volume, tr: Translate = untranslated) -> str:
    """The locator map's alternative text: "Locator map: Kaesong, in the south of North Korea"."""
    part = part_of_map(entry.longitude, entry.latitude, volume.map.home)
    template = _LOCATOR_IN[part] if part is not None else _LOCATOR_ALT
    return tr(CONTEXT, template).format(city=entry.name, area=volume.area)


def articles_ten_mark(rank: int, volume: Volume, tr: Translate = untranslated) -> str:
    """The sentence that marks one of the source article's places (the article's line, the list's tooltip); ""
    for a volume without a source article."""
    article = volume.source_article
    if article is None:
        return ""
    return tr(CONTEXT, _ARTICLES_TEN).format(title=article.title, rank=rank, size=article.size)


# -- the pieces the printed sheet (core.paper.sheet) shares with the pane ------------------------------------------
def facts(entry: Entry, volume: Volume, tr: Translate = untranslated, fmt: Formats = PLAIN) -> list[tuple[str, str]]:
    """The facts box's (label, value) pairs, in order, values that are blank left out."""
    return [(k, v) for k, v, _link in _facts(entry, volume, tr, fmt)]


def corrections_html(entry: CityEntry, volume: Volume, tr: Translate = untranslated) -> str:
    return _corrections(entry, volume, tr)


def division_cities_html(
    entry: DivisionEntry, volume: Volume, tr: Translate = untranslated, fmt: Formats = PLAIN
) -> str:
    """The cities of a division with their population, as text (no links: for paper)."""
    return _division_cities(entry, volume, tr, fmt, linked=False)


def summary_html(entry: Entry, volume: Volume, tr: Translate = untranslated) -> str:
    """The summary as the article gives it (the one in the volume's language first, where the entry has one)."""
    return _summary(entry, volume, tr)


def paragraphs_html(text: str) -> str:
    return _paragraphs(text)


def in_english_mark(volume: Volume, tr: Translate = untranslated) -> str:
    """What follows an English heading in an article read in another language (" (영어)" in Korean), else ""."""
    return f" <small class='language'>{escape(tr(CONTEXT, _IN_ENGLISH))}</small>" if _in_english(volume) else ""
