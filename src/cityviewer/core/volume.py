"""A volume: what one dataset is about, as data. Everything the app would otherwise say about one country (its
name, its census, its script and name systems, its map, its regions and kinds of division, the article it began
from) comes from the volume file (`volume.toml` in the sources, built into the dataset's metadata), never from code.

A text of the volume is either a string or a table of strings by language ({en = "...", ko = "..."}); a Volume is
read in one language (falling back to English, then to the first given), and read again when the language changes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping, Sequence
from typing import Any, NamedTuple

from cityviewer.core.folding import ALL_FOLDINGS
from cityviewer.core.map.geo import LambertConformalConic, Rect, projected_bounds
from cityviewer.core.translatable import QT_TRANSLATE_NOOP, Translate

FALLBACK_LANGUAGE = "en"
# The only folding rules the search knows by name (core.folding): a name system lists the ones that apply to it.
KNOWN_FOLDINGS = tuple(sorted(ALL_FOLDINGS))
# A language as the volume and the entries name it: an ISO 639 code ("ko", "en").
LANGUAGE_CODE = re.compile(r"[a-z]{2,3}")


class VolumeError(ValueError):
    """The volume's description is missing or malformed; the message names the field."""


def text_in(value: object, language: str, where: str) -> str:
    """value (a string, or a table of strings by language) in language, else English, else the first given."""
    if isinstance(value, str):
        return value
    if isinstance(value, Mapping) and value and all(isinstance(v, str) for v in value.values()):
        for wanted in (language, FALLBACK_LANGUAGE):
            if wanted in value:
                return str(value[wanted])
        return str(next(iter(value.values())))
    raise VolumeError(f"{where}: a text (a string, or strings by language) is needed")


class Label(NamedTuple):
    """A key the entries use (a region, a kind of division, a kind of name) and its label for people; old marks a
    kind of name that is a former name (the quiz asks "which city was once called ...?")."""

    key: str
    label: str
    old: bool = False


def capitalized(word: str) -> str:
    """word with its first letter in upper case, for a label it begins ("county" -> "County"; "군" stays)."""
    return word[:1].upper() + word[1:]


class DivisionWords:
    """What the volume calls its first-level divisions, whatever their kinds (division_kinds): one and many as
    written inside a sentence ("county", "counties"), and counted, the forms of a count with %n for the number: one
    and many (("%n county", "%n counties")), or one form for a language that has no plural ("군 %n곳"). Not changed
    once made. A plain class, as Volume is (a dataclass compiles its methods at import, before the first paint; a
    NamedTuple's own count() is tuple's)."""

    __slots__ = ("counted", "many", "one")

    def __init__(self, one: str, many: str, counted: tuple[str, ...]) -> None:
        self.one = one
        self.many = many
        self.counted = counted

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DivisionWords):
            return NotImplemented
        return (self.one, self.many, self.counted) == (other.one, other.many, other.counted)

    def __hash__(self) -> int:
        return hash((self.one, self.many, self.counted))

    def __repr__(self) -> str:
        return f"DivisionWords(one={self.one!r}, many={self.many!r}, counted={self.counted!r})"

    @property
    def label(self) -> str:
        """The word as a label or a heading begins with it ("County")."""
        return capitalized(self.one)

    @property
    def label_many(self) -> str:
        return capitalized(self.many)

    def count(self, n: int, number: str | None = None) -> str:
        """n of them ("2 counties"), the number written as number (the interface's locale's) if given."""
        form = self.counted[0] if n == 1 or len(self.counted) == 1 else self.counted[1]
        return form.replace("%n", str(n) if number is None else number)


# What a volume that does not name its divisions calls them.
DIVISIONS = DivisionWords("division", "divisions", ("%n division", "%n divisions"))


class Census(NamedTuple):
    """The census the volume's population figures come from: label as people say it ("2008 census")."""

    label: str
    year: int


class NameSystem(NamedTuple):
    """A way the entries' names are written: a script or a romanization. key is the field of an entry's [names];
    local marks the volume's own script (the name shown beside the English one); folding names the search's
    folding rules that apply to spellings in it (KNOWN_FOLDINGS); language is the language its names are in
    ("ko"): read in that language, the volume leads with them (Volume.local_first)."""

    key: str
    label: str
    required: bool
    local: bool
    folding: str | None
    romanization: bool  # a spelling in Latin letters: shown under the title
    language: str | None = None


class MapLabel(NamedTuple):
    """A name written on the map (a neighbouring country, a sea), at a point given in degrees."""

    text: str
    longitude: float
    latitude: float
    kind: str  # "country" or "sea"


class MapSpec(NamedTuple):
    """The volume's map: its projection, the box Home shows (west, south, east, north in degrees), the country
    the map highlights (a name in the outlines) and the names written on it."""

    projection: LambertConformalConic
    home: tuple[float, float, float, float]
    highlight: str
    labels: tuple[MapLabel, ...]

    def home_rect(self, margin_km: float = 0.0) -> Rect:
        """The home box on the projection's plane (km), grown by margin_km: what the map, the locator, the quiz
        map and the build fit to."""
        rect = projected_bounds(self.projection, *self.home)
        return rect.grown(margin_km) if margin_km else rect

    def contains(self, longitude: float, latitude: float) -> bool:
        west, south, east, north = self.home
        return west <= longitude <= east and south <= latitude <= north


class SourceArticle(NamedTuple):
    """The article a volume began from, when it has one: its entries carry their place in it (article_rank)."""

    title: str
    about: str  # one sentence saying what it is
    size: int  # how many places it lists


class Volume:
    """What one dataset is about, read in one language (see the module's docstring). Not changed once made; compared
    by identity. A plain class: a dataclass compiles its methods when the module is imported, before the first paint.

    area: the place the volume covers, as a name ("North Korea"); division_code: a regular expression every
    division's code matches; division_code_label: what the code is called in the facts ("ISO 3166-2 code");
    divisions_about: one sentence on the first-level divisions, for the filter's tooltip; summary_languages: the
    languages every entry has a summary in besides its own text's (an entry's summaries: {ko = "..."}); divisions:
    what the filter, the count and the list call the divisions."""

    __slots__ = (
        "area",
        "census",
        "division_code",
        "division_code_label",
        "division_kinds",
        "divisions",
        "divisions_about",
        "id",
        "language",
        "map",
        "name_kinds",
        "name_systems",
        "raw",
        "regions",
        "source_article",
        "summary_languages",
        "title",
    )

    def __init__(
        self,
        id: str,
        title: str,
        area: str,
        census: Census | None,
        name_systems: tuple[NameSystem, ...],
        map: MapSpec,
        regions: tuple[Label, ...],
        division_kinds: tuple[Label, ...],
        name_kinds: tuple[Label, ...],
        division_code: str,
        division_code_label: str,
        divisions_about: str,
        source_article: SourceArticle | None,
        language: str,
        raw: Mapping[str, Any],
        summary_languages: tuple[str, ...] = (),
        divisions: DivisionWords = DIVISIONS,
    ) -> None:
        self.id = id
        self.title = title
        self.area = area
        self.census = census
        self.name_systems = name_systems
        self.map = map
        self.regions = regions
        self.division_kinds = division_kinds
        self.name_kinds = name_kinds
        self.division_code = division_code
        self.division_code_label = division_code_label
        self.divisions_about = divisions_about
        self.source_article = source_article
        self.language = language
        self.raw = raw
        self.summary_languages = summary_languages
        self.divisions = divisions

    @property
    def local_system(self) -> NameSystem | None:
        return next((s for s in self.name_systems if s.local), None)

    @property
    def local_first(self) -> bool:
        """Whether the volume is read in the language of its own script's names: then the list leads with them,
        sorted by core.collation, and the titles, sheets and the quiz give them first."""
        local = self.local_system
        return local is not None and local.language is not None and local.language == self.language

    def system(self, key: str) -> NameSystem | None:
        return next((s for s in self.name_systems if s.key == key), None)

    @property
    def foldings(self) -> frozenset[str]:
        """The folding rules the search applies (those of any of the name systems)."""
        return frozenset(s.folding for s in self.name_systems if s.folding)

    def region_label(self, key: str) -> str:
        return _label_of(self.regions, key)

    def regions_label(self, keys: Sequence[str]) -> str:
        """The labels of a place's regions, in its order, joined with ", " ("Northern border, East coast")."""
        return ", ".join(self.region_label(key) for key in keys)

    def division_kind_label(self, key: str) -> str:
        return _label_of(self.division_kinds, key)

    def name_kind_label(self, key: str) -> str:
        return _label_of(self.name_kinds, key)

    def in_language(self, language: str) -> Volume:
        """The same volume read in another language."""
        return read_volume(self.raw, language)

    def to_json(self) -> str:
        """The volume's description as the dataset's metadata keeps it."""
        return json.dumps(self.raw, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _label_of(labels: tuple[Label, ...], key: str) -> str:
    """The label of key; an unknown key (a newer dataset's) shows as it is."""
    return next((item.label for item in labels if item.key == key), key)


class _Reader:
    """Reads the fields of one table of the description, naming the field in every error."""

    def __init__(self, raw: object, where: str, language: str) -> None:
        if not isinstance(raw, Mapping):
            raise VolumeError(f"{where or 'volume'}: a table is needed")
        self.raw, self.where, self.language = raw, where, language

    def _name(self, key: str) -> str:
        return f"{self.where}.{key}" if self.where else key

    def has(self, key: str) -> bool:
        return key in self.raw

    def text(self, key: str, default: str | None = None) -> str:
        if key not in self.raw:
            if default is not None:
                return default
            raise VolumeError(f"{self._name(key)}: missing")
        return text_in(self.raw[key], self.language, self._name(key))

    def string(self, key: str, default: str | None = None) -> str:
        value = self.raw.get(key, default)
        if not isinstance(value, str):
            raise VolumeError(f"{self._name(key)}: a string is needed")
        return value

    def number(self, key: str) -> float:
        value = self.raw.get(key)
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise VolumeError(f"{self._name(key)}: a number is needed")
        return float(value)

    def integer(self, key: str) -> int:
        value = self.raw.get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            raise VolumeError(f"{self._name(key)}: a whole number is needed")
        return value

    def flag(self, key: str) -> bool:
        value = self.raw.get(key, False)
        if not isinstance(value, bool):
            raise VolumeError(f"{self._name(key)}: true or false is needed")
        return value

    def table(self, key: str) -> _Reader:
        return _Reader(self.raw.get(key), self._name(key), self.language)

    def tables(self, key: str) -> list[_Reader]:
        items = self.raw.get(key, [])
        if not isinstance(items, list):
            raise VolumeError(f"{self._name(key)}: a list of tables is needed")
        return [_Reader(item, f"{self._name(key)}[{n}]", self.language) for n, item in enumerate(items)]

    def labels(self, key: str) -> tuple[Label, ...]:
        return tuple(Label(r.string("key"), r.text("label"), r.flag("old")) for r in self.tables(key))


def read_volume(raw: Mapping[str, Any], language: str = FALLBACK_LANGUAGE) -> Volume:
    """The volume described by raw (volume.toml as parsed, or the dataset's metadata), in language."""
    top = _Reader(raw, "", language)
    census = None
    if top.has("census"):
        c = top.table("census")
        census = Census(c.text("label"), c.integer("year"))
    systems = []
    for s in top.tables("name_systems"):
        folding = s.raw.get("folding")
        if folding is not None and folding not in KNOWN_FOLDINGS:
            raise VolumeError(f"{s.where}.folding: '{folding}' is not one of {', '.join(KNOWN_FOLDINGS)}")
        written_in = s.raw.get("language")
        if written_in is not None and not (isinstance(written_in, str) and LANGUAGE_CODE.fullmatch(written_in)):
            raise VolumeError(f'{s.where}.language: a language code (such as "ko") is needed')
        systems.append(NameSystem(s.string("key"), s.text("label"), s.flag("required"), s.flag("local"), folding,
                                  s.flag("romanization"), written_in))  # fmt: skip
    if sum(system.local for system in systems) > 1:
        raise VolumeError("name_systems: at most one system is the local script")
    m = top.table("map")
    p = m.table("projection")
    if p.string("kind", "lambert-conformal-conic") != "lambert-conformal-conic":
        raise VolumeError(f"{p.where}.kind: only 'lambert-conformal-conic' is known")
    projection = LambertConformalConic(
        p.number("parallel_1"), p.number("parallel_2"), p.number("origin_latitude"), p.number("central_meridian")
    )
    h = m.table("home")
    home = (h.number("west"), h.number("south"), h.number("east"), h.number("north"))
    if not (home[0] < home[2] and home[1] < home[3]):
        raise VolumeError(f"{h.where}: west must be less than east, south less than north")
    labels = tuple(
        MapLabel(r.text("text"), r.number("longitude"), r.number("latitude"), r.string("kind", "country"))
        for r in m.tables("labels")
    )
    article = None
    if top.has("source_article"):
        a = top.table("source_article")
        article = SourceArticle(a.text("title"), a.text("about"), a.integer("size"))
    division_code = top.string("division_code", r".+")
    try:
        re.compile(division_code)
    except re.error as exc:
        raise VolumeError(f"division_code: not a regular expression ({exc})") from None
    return Volume(
        id=top.string("id"),
        title=top.text("title"),
        area=top.text("area"),
        census=census,
        name_systems=tuple(systems),
        map=MapSpec(projection, home, m.string("highlight", ""), labels),
        regions=top.labels("regions"),
        division_kinds=top.labels("division_kinds"),
        name_kinds=top.labels("name_kinds"),
        division_code=division_code,
        division_code_label=top.text("division_code_label", "Code"),
        divisions_about=top.text("divisions_about", ""),
        source_article=article,
        language=language,
        raw=raw,
        summary_languages=_languages(top.raw.get("summary_languages", []), "summary_languages"),
        divisions=_division_words(top),
    )


def _division_words(top: _Reader) -> DivisionWords:
    """The volume's [divisions] (DIVISIONS where it has none)."""
    if not top.has("divisions"):
        return DIVISIONS
    words = top.table("divisions")
    where = words._name("counted")
    counted = words.raw.get("counted")
    if isinstance(counted, Mapping) and counted:  # by language: the reader's, else English, else the first given
        counted = next((counted[w] for w in (top.language, FALLBACK_LANGUAGE) if w in counted), None) or next(
            iter(counted.values())
        )
    forms = (counted,) if isinstance(counted, str) else counted
    if not isinstance(forms, list | tuple) or not 1 <= len(forms) <= 2:
        raise VolumeError(f"{where}: one form, or two (one and many), is needed")
    if not all(isinstance(form, str) and "%n" in form for form in forms):
        raise VolumeError(f"{where}: each form is a text with %n where the number goes")
    return DivisionWords(words.text("one"), words.text("many"), tuple(forms))


def _languages(value: object, where: str) -> tuple[str, ...]:
    """A list of language codes ("ko"), each once."""
    if not isinstance(value, list) or not all(isinstance(v, str) and LANGUAGE_CODE.fullmatch(v) for v in value):
        raise VolumeError(f'{where}: a list of language codes (such as "ko") is needed')
    if len(set(value)) != len(value):
        raise VolumeError(f"{where}: a language is repeated")
    return tuple(value)


# How the app names a population figure: with the volume's census where it has one.
CONTEXT = "Volume"
_POPULATION = QT_TRANSLATE_NOOP("Volume", "Population")
_POPULATION_OF_CENSUS = QT_TRANSLATE_NOOP("Volume", "Population ({census})")
_URBAN = QT_TRANSLATE_NOOP("Volume", "Urban population")
_URBAN_IN_YEAR = QT_TRANSLATE_NOOP("Volume", "Urban population ({year})")
_RANK = QT_TRANSLATE_NOOP("Volume", "Rank by population")
_RANK_IN_YEAR = QT_TRANSLATE_NOOP("Volume", "Census rank ({year})")
_COUNTED_IN_YEAR = QT_TRANSLATE_NOOP("Volume", "Counted in ({year})")


def population_label(volume: Volume, tr: Translate) -> str:
    """ "Population (2008 census)", or "Population" for a volume without a census."""
    if volume.census is None:
        return tr(CONTEXT, _POPULATION)
    return tr(CONTEXT, _POPULATION_OF_CENSUS).format(census=volume.census.label)


def urban_label(volume: Volume, tr: Translate) -> str:
    if volume.census is None:
        return tr(CONTEXT, _URBAN)
    return tr(CONTEXT, _URBAN_IN_YEAR).format(year=volume.census.year)


def rank_label(volume: Volume, tr: Translate) -> str:
    if volume.census is None:
        return tr(CONTEXT, _RANK)
    return tr(CONTEXT, _RANK_IN_YEAR).format(year=volume.census.year)


def counted_in_label(volume: Volume, tr: Translate) -> str:
    """Where the census counted a place ("Counted in (2008)"); only asked of a volume with a census."""
    return tr(CONTEXT, _COUNTED_IN_YEAR).format(year=volume.census.year if volume.census else "")


def volume_from_json(text: str, language: str = FALLBACK_LANGUAGE) -> Volume:
    try:
        raw = json.loads(text)
    except ValueError as exc:
        raise VolumeError(f"the volume's description is not JSON ({exc})") from None
    return read_volume(raw, language)
