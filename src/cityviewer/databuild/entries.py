"""The content rules: the source files of the dataset, read and checked.

A volume's sources are a folder with volume.toml (what the volume is about: core.volume), cities/<id>.toml and
divisions/<id>.toml, one entry for each first-level division, and map/outlines.geojson (see docs/volumes.md).
load_sources() returns them as plain data, or raises SourceError listing every problem, each naming the file
and the field.
"""

from __future__ import annotations

import csv
import json
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cityviewer.core import falsefriends
from cityviewer.core.folding import KOREAN_ROMANIZATION, normalize
from cityviewer.core.romanize import disagreements, is_hangul
from cityviewer.core.vocabulary import TAG_KEYS
from cityviewer.core.volume import LANGUAGE_CODE, Volume, VolumeError, read_volume
from cityviewer.databuild.regions import neighbours_of, rules_of

_ID = re.compile(r"^[a-z][a-z0-9-]*$")
OUTLINES = "map/outlines.geojson"

# A spec is a type, a list of one spec (a list of such items), or a dict of key -> (spec, required).
Spec = Any
_NAME_NOTE: Spec = {"name": (str, True), "note": (str, False)}
# kind: one of the volume's name_kinds (historic, japanese-era, ...).
_OTHER_NAME: Spec = {"name": (str, True), "kind": (str, True), "note": (str, False)}
_SECTIONS: Spec = [{"heading": (str, True), "body": (str, True)}]
_SOURCES: Spec = [{"title": (str, True), "publisher": (str, False), "year": (int, False), "url": (str, False)}]

# Other spellings of a product or landmark the entry names (vinylon for vinalon): indexed for search, not shown.
_SPELLINGS: Spec = [{"name": (str, True), "of": (str, True)}]


def names_spec(volume: Volume) -> Spec:
    """An entry's [names]: a field for each of the volume's name systems, and the other names."""
    spec: dict[str, Any] = {system.key: (str, system.required) for system in volume.name_systems}
    return {**spec, "other": ([_OTHER_NAME], False)}


def city_spec(volume: Volume) -> Spec:
    return {**_CITY_SPEC, "names": (names_spec(volume), True), "census": (_CENSUS, volume.census is not None)}


def division_spec(volume: Volume) -> Spec:
    return {**_DIVISION_SPEC, "names": (names_spec(volume), True)}


_CENSUS: Spec = {"total": (int, True), "urban": (int, False), "rank": (int, True), "division_at_census": (str, True)}
_CITY_SPEC: Spec = {
    "id": (str, True),
    "name": (str, True),
    "article_rank": (int, False),  # only the places of the volume's source article have one
    "summary": (str, True),
    "summaries": (object, False),  # the summary in other languages, {ko = "..."}: see _check_summaries
    "admin": (
        {
            "division": (str, True),
            "status": (str, True),
            "status_since": (int, False),
            "status_note": (str, False),
        },
        True,
    ),
    "location": (
        {
            "latitude": (float, True),
            "longitude": (float, True),
            "coordinates_source": (str, True),
            "regions": ([str], True),  # keys of the volume's regions, the main one first
            "tags": ([str], True),
        },
        True,
    ),
    "industries": ([str], False),
    "landmarks": ([_NAME_NOTE], False),
    "spellings": (_SPELLINGS, False),
    "sections": (_SECTIONS, True),
    "related": ([{"id": (str, True), "relation": (str, True)}], False),
    # source: the position (1-based) in the entry's sources of the one that backs the correction.
    "corrections": ([{"claim": (str, True), "correction": (str, True), "source": (int, True)}], False),
    "sources": (_SOURCES, True),
}
# A first-level division (divisions/<id>.toml): see data/README.md.
_DIVISION_SPEC: Spec = {
    "id": (str, True),
    "name": (str, True),
    "code": (str, True),
    "kind": (str, True),
    "summary": (str, True),
    "summaries": (object, False),  # the summary in other languages, {ko = "..."}: see _check_summaries
    "capital": (str, True),  # a city's id, or the capital's name when it is not a city of the volume
    "status_since": (int, False),
    "status_note": (str, False),
    "area_km2": (float, False),
    "area_source": (str, False),
    "area_note": (str, False),
    "population": (int, False),
    "population_year": (int, False),
    "population_source": (str, False),
    "population_note": (str, False),
    "cities": ([str], True),
    "spellings": (_SPELLINGS, False),
    "sections": (_SECTIONS, True),
    "sources": (_SOURCES, True),
}
# A figure needs its source (and a population its year).
_FIGURE_NEEDS = {"area_km2": ("area_source",), "population": ("population_year", "population_source")}
# A place outside the volume a reader may type for one of its entries (false-friends.toml): see data/README.md.
FALSE_FRIEND_SPEC: Spec = {
    "name": (str, True),
    "local_name": (str, True),  # as the volume's own script writes it
    "kind": (str, True),  # one of core.falsefriends.KINDS
    "where": (str, True),
    "confused_with": (str, True),  # the id of an entry (a city's or a division's file name)
    "names": ([str], False),  # what else a reader types for it, besides name and local_name
    "note": (str, False),
    "source": (str, True),
}
FALSE_FRIENDS_SPEC: Spec = {"false_friends": ([FALSE_FRIEND_SPEC], True)}
# volume.toml: what core.volume reads, and the dataset's version and credits.
_VOLUME_KEYS = ("id", "title", "area", "census", "name_systems", "map", "regions", "division_kinds", "name_kinds",
                "division_code", "division_code_label", "divisions_about", "divisions", "source_article",
                "summary_languages")  # fmt: skip
VOLUME_SPEC: Spec = {
    **{key: (object, False) for key in _VOLUME_KEYS},
    "data_version": (str, True),
    "census_table": (
        {
            "file": (str, True),
            "columns": (
                {
                    "city": (str, True),
                    "total": (str, True),
                    "urban": (str, True),
                    "rank": (str, True),
                    "division": (str, True),
                    "local_name": (str, False),
                },
                True,
            ),
        },
        False,
    ),
    "reading_table": (str, False),
    # The word for "city" written after a name in one of its systems ({ hangul = "시", hanja = "市" }): searched too.
    "name_suffixes": (object, False),  # the table of the Japanese readings of the Hanja (databuild.japanese_readings)
    "credits": ([{"name": (str, True), "text": (str, True)}], True),
}


class SourceError(Exception):
    """The sources are not valid; .problems lists each as 'file: field: what is wrong'."""

    def __init__(self, problems: list[str]) -> None:
        super().__init__("\n".join(problems))
        self.problems = problems


@dataclass(frozen=True)
class Sources:
    """Everything a dataset is built from, checked."""

    dataset: dict[str, Any]  # volume.toml as read
    volume: Volume
    outlines: dict[str, Any]  # map/outlines.geojson
    division_names: list[dict[str, Any]]  # code, name, local_name, kind of every division, by code (the filter's list)
    cities: list[dict[str, Any]]  # sorted by id
    files: list[Path]  # every file read, sorted
    divisions: list[dict[str, Any]] = field(default_factory=list)  # the divisions' entries, by code
    false_friends: list[dict[str, Any]] = field(default_factory=list)  # false-friends.toml, in its order


def _type_name(spec: Spec) -> str:
    if isinstance(spec, dict):
        return "a table"
    if isinstance(spec, list):
        return "a list"
    return {str: "text", int: "a whole number", float: "a number", object: "a value"}[spec]


def _join(where: str, key: str) -> str:
    """'file.toml:' + 'names' -> 'file.toml: names'; 'file.toml: names' + 'hangul' -> '... names.hangul'."""
    return f"{where} {key}" if where.endswith(":") else f"{where}.{key}"


def check_shape(value: Any, spec: Spec, where: str, problems: list[str]) -> None:
    """Check value against spec: types, required keys, unknown keys. Appends to problems."""
    if isinstance(spec, dict):
        if not isinstance(value, dict):
            problems.append(f"{where}: must be {_type_name(spec)}")
            return
        for key in value:
            if key not in spec:
                problems.append(f"{_join(where, key)}: unknown key")
        for key, (sub, required) in spec.items():
            path = _join(where, key)
            if key in value:
                check_shape(value[key], sub, path, problems)
            elif required:
                problems.append(f"{path}: missing (required)")
        return
    if isinstance(spec, list):
        if not isinstance(value, list):
            problems.append(f"{where}: must be a list")
            return
        for i, item in enumerate(value):
            check_shape(item, spec[0], f"{where}[{i}]", problems)
        return
    if spec is object:
        return  # checked by its own reader (core.volume)
    ok = isinstance(value, spec) and not isinstance(value, bool)
    if spec is float and isinstance(value, int) and not isinstance(value, bool):
        ok = True
    if spec is str and ok and not value.strip():
        problems.append(f"{where}: must not be empty")
    elif not ok:
        problems.append(f"{where}: must be {_type_name(spec)}, not {type(value).__name__}")


def _read_toml(path: Path, problems: list[str]) -> dict[str, Any] | None:
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except OSError as exc:
        problems.append(f"{path.name}: cannot be read ({exc.strerror})")
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        problems.append(f"{path.name}: not valid TOML ({exc})")
    return None


def _check_summaries(entry: dict[str, Any], where: str, volume: Volume, problems: list[str]) -> None:
    """summaries is a table of the summary by language ({ko = "..."}), with one for each of the volume's
    summary_languages."""
    summaries = entry.get("summaries", {})
    if not isinstance(summaries, dict):
        problems.append(f'{where} summaries: must be a table of texts by language ({{ko = "..."}})')
        return
    for language, text in summaries.items():
        if not LANGUAGE_CODE.fullmatch(language):
            problems.append(f"{where} summaries.{language}: not a language code (such as ko)")
        elif not isinstance(text, str) or not text.strip():
            problems.append(f"{where} summaries.{language}: must be a text, not empty")
    for language in volume.summary_languages:
        if language not in summaries:
            problems.append(f"{where} summaries.{language}: missing (volume.toml's summary_languages asks for"
                            f" a summary in {language})")  # fmt: skip


def _check_entry_rules(entry: dict[str, Any], where: str, stem: str, volume: Volume, problems: list[str]) -> None:
    """The rules every entry follows, city or division."""
    _check_summaries(entry, where, volume, problems)
    if entry["id"] != stem:
        problems.append(f"{where} id: '{entry['id']}' must equal the file name '{stem}'")
    if not _ID.match(entry["id"]):
        problems.append(f"{where} id: use lowercase letters, digits and hyphens")
    names = entry["names"]
    if "dprk" in names and normalize(names["dprk"]) in {
        normalize(names.get("mccune_reischauer", "")),
        normalize(names.get("revised_romanization", "")),
    }:
        problems.append(f"{where} names.dprk: give it only where it differs from the other romanizations")
    kinds = [kind.key for kind in volume.name_kinds]
    for i, other in enumerate(names.get("other", [])):
        if other["kind"] not in kinds:
            problems.append(f"{where} names.other[{i}].kind: '{other['kind']}' is not one of {', '.join(kinds)}")
    for key in ("sections", "sources"):
        if not entry[key]:
            problems.append(f"{where} {key}: at least one")
    text = f" {normalize(' '.join(entry_text(entry)))} "
    for i, spelling in enumerate(entry.get("spellings", [])):
        if f" {normalize(spelling['of'])} " not in text:
            problems.append(f"{where} spellings[{i}].of: '{spelling['of']}' is not named in the entry's text")


def entry_text(entry: dict[str, Any]) -> list[str]:
    """The entry's running text: summary, sections, industries, landmarks and what they say of them."""
    parts = [entry["summary"], *entry.get("industries", [])]
    parts += [f"{lm['name']} {lm.get('note', '')}" for lm in entry.get("landmarks", [])]
    return parts + [f"{s['heading']} {s['body']}" for s in entry["sections"]]


def _check_city_rules(
    city: dict[str, Any], stem: str, division_codes: set[str], volume: Volume, problems: list[str]
) -> None:
    where = f"cities/{stem}.toml:"
    _check_entry_rules(city, where, stem, volume, problems)
    article = volume.source_article
    if "article_rank" in city and not (article and 1 <= city["article_rank"] <= article.size):
        problems.append(f"{where} article_rank: must be 1-{article.size if article else 0} (the source article's)")
    admin, loc = city["admin"], city["location"]
    if admin["division"] not in division_codes:
        problems.append(f"{where} admin.division: '{admin['division']}' is not a division in divisions/")
    if "status_since" in admin and not 1000 <= admin["status_since"] <= 2100:
        problems.append(f"{where} admin.status_since: must be a year")
    if "census" in city:
        census = city["census"]
        if not 1 <= census["rank"] <= 100_000:
            problems.append(f"{where} census.rank: must be 1-100000")
        if census["total"] <= 0:
            problems.append(f"{where} census.total: must be positive")
        if "urban" in census and not 0 < census["urban"] <= census["total"]:
            problems.append(f"{where} census.urban: must be positive and at most the total")
    west, south, east, north = volume.map.home
    if not volume.map.contains(loc["longitude"], loc["latitude"]):
        problems.append(f"{where} location: {loc['latitude']}, {loc['longitude']} is outside the volume's map"
                        f" (latitude {south}-{north}, longitude {west}-{east})")  # fmt: skip
    regions = [region.key for region in volume.regions]
    if not loc["regions"]:
        problems.append(f"{where} location.regions: at least one region")
    for region in loc["regions"]:
        if region not in regions:
            problems.append(f"{where} location.regions: '{region}' is not one of {', '.join(regions)}")
    if len(set(loc["regions"])) != len(loc["regions"]):
        problems.append(f"{where} location.regions: a region is repeated")
    if not loc["tags"]:
        problems.append(f"{where} location.tags: at least one tag")
    for tag in loc["tags"]:
        if tag not in TAG_KEYS:
            problems.append(f"{where} location.tags: '{tag}' is not in the vocabulary ({', '.join(TAG_KEYS)})")
    if len(set(loc["tags"])) != len(loc["tags"]):
        problems.append(f"{where} location.tags: a tag is repeated")
    for i, correction in enumerate(city.get("corrections", [])):
        if not 1 <= correction["source"] <= len(city["sources"]):
            problems.append(f"{where} corrections[{i}].source: {correction['source']} is not one of its sources"
                            f" (1-{len(city['sources'])})")  # fmt: skip


def _check_division_rules(division: dict[str, Any], stem: str, volume: Volume, problems: list[str]) -> None:
    where = f"divisions/{stem}.toml:"
    _check_entry_rules(division, where, stem, volume, problems)
    if not re.fullmatch(volume.division_code, division["code"]):
        problems.append(f"{where} code: '{division['code']}' does not match the volume's division_code")
    kinds = [kind.key for kind in volume.division_kinds]
    if division["kind"] not in kinds:
        problems.append(f"{where} kind: '{division['kind']}' is not one of {', '.join(kinds)}")
    for figure, needs in _FIGURE_NEEDS.items():
        for key in needs:
            if figure in division and key not in division:
                problems.append(f"{where} {key}: missing (required with {figure})")
    if division.get("area_km2", 1) <= 0 or division.get("population", 1) <= 0:
        problems.append(f"{where} area_km2, population: must be positive")


def _check_divisions(divisions: list[dict[str, Any]], cities: list[dict[str, Any]], problems: list[str]) -> None:
    """Each division lists exactly the volume's cities in it; its capital is one of them (or not in the volume)."""
    codes: dict[str, str] = {}
    for division in divisions:
        where = f"divisions/{division['id']}.toml:"
        if division["code"] in codes:
            problems.append(f"{where} code: {division['code']} is also {codes[division['code']]}'s")
        codes[division["code"]] = division["id"]
        inside = sorted(c["id"] for c in cities if c["admin"]["division"] == division["code"])
        if division["cities"] != inside:
            problems.append(f"{where} cities: {division['cities']} differs from the cities whose"
                            f" admin.division is {division['code']} ({inside})")  # fmt: skip
        ids = {c["id"] for c in cities}
        if division["capital"] in ids and division["capital"] not in inside:
            problems.append(f"{where} capital: '{division['capital']}' is a city of another division")


def _check_census(
    cities: list[dict[str, Any]], census_csv: Path, columns: dict[str, str], local: str | None, problems: list[str]
) -> None:
    """Prove every city against the census table (volume.toml's census_table: the file, and which of its columns
    holds what): its row (by name), total, urban figure, rank and the division it was counted in; and every city
    of the census has an entry."""
    table_name = census_csv.relative_to(census_csv.parent.parent).as_posix()
    try:
        with census_csv.open(encoding="utf-8", newline="") as f:
            table = {row[columns["city"]]: row for row in csv.DictReader(f)}
    except (OSError, KeyError, UnicodeDecodeError, csv.Error) as exc:
        problems.append(f"{table_name}: cannot be read as the census table ({exc})")
        return
    for city in cities:
        where = f"cities/{city['id']}.toml:"
        row = table.pop(city["name"], None)
        if row is None:
            problems.append(f"{where} name: '{city['name']}' is not a city of {table_name}")
            continue
        census = city.get("census", {})
        expected = {
            "total": int(row[columns["total"]]),
            "rank": int(row[columns["rank"]]),
            "urban": int(row[columns["urban"]]) if row[columns["urban"]] else None,
            # the table may add the division's status in brackets: "Rason (special city)"
            "division_at_census": row[columns["division"]].split(" (")[0],
        }
        for key, value in expected.items():
            if census.get(key) != value:
                problems.append(f"{where} census.{key}: {census.get(key)!r} differs from {table_name} ({value!r})")
        if local and "local_name" in columns and city["names"].get(local) != row[columns["local_name"]]:
            problems.append(f"{where} names.{local}: '{city['names'].get(local)}' differs from"
                            f" {table_name} ('{row[columns['local_name']]}')")  # fmt: skip
    for name in table:
        problems.append(f"cities/: no entry for {name}, a city of {table_name}")


def _check_false_friends(
    friends: list[dict[str, Any]], entries: list[dict[str, Any]], korean: bool, problems: list[str]
) -> None:
    """Each false friend is of a known kind, written in Hangul where the volume is Korean, confused with an entry of
    the volume, and never named like an entry's own English name (a search for one of ours must not be told it is
    somewhere else)."""
    ids = {entry["id"] for entry in entries}
    ours = {falsefriends.key(entry["name"]): entry["id"] for entry in entries}
    for i, friend in enumerate(friends):
        where = f"false-friends.toml: false_friends[{i}]"
        if friend["kind"] not in falsefriends.KINDS:
            problems.append(f"{where}.kind: '{friend['kind']}' is not one of {', '.join(falsefriends.KINDS)}")
        if korean and not is_hangul(friend["local_name"]):
            problems.append(f"{where}.local_name: '{friend['local_name']}' is not written in Hangul")
        if friend["confused_with"] not in ids:
            problems.append(f"{where}.confused_with: no entry '{friend['confused_with']}'")
        for name in [friend["name"], *friend.get("names", [])]:
            if falsefriends.key(name) in ours:
                problems.append(f"{where}: '{name}' is the name of the entry '{ours[falsefriends.key(name)]}'")


def _read_entries(folder: Path, spec: Spec, files: list[Path], problems: list[str]) -> list[tuple[str, dict[str, Any]]]:
    """(file stem, document) of every *.toml in folder whose shape is right; the others' problems noted."""
    found = []
    for path in sorted(folder.glob("*.toml")):
        files.append(path)
        doc = _read_toml(path, problems)
        if doc is None:
            continue
        before = len(problems)
        check_shape(doc, spec, f"{folder.name}/{path.name}:", problems)
        if len(problems) == before:
            found.append((path.stem, doc))
    if not found and not any(p.startswith(f"{folder.name}/") for p in problems):
        problems.append(f"{folder.name}/: no entries (*.toml)")
    return found


def _read_volume(folder: Path, files: list[Path], problems: list[str]) -> tuple[dict[str, Any], Volume] | None:
    files.append(folder / "volume.toml")
    raw = _read_toml(files[-1], problems)
    if raw is None:
        return None
    before = len(problems)
    check_shape(raw, VOLUME_SPEC, "volume.toml:", problems)
    suffixes = raw.get("name_suffixes", {})
    if not isinstance(suffixes, dict) or not all(isinstance(v, str) and v for v in suffixes.values()):
        problems.append("volume.toml: name_suffixes: a table of a name system's key -> the suffix is needed")
    try:
        volume = read_volume({k: v for k, v in raw.items() if k in _VOLUME_KEYS})
    except VolumeError as exc:
        problems.append(f"volume.toml: {exc}")
        return None
    return (raw, volume) if len(problems) == before else None


def _read_outlines(folder: Path, files: list[Path], problems: list[str]) -> dict[str, Any]:
    path = folder / OUTLINES
    files.append(path)
    try:
        outlines = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        problems.append(f"{OUTLINES}: cannot be read ({exc.strerror})")
        return {}
    except ValueError as exc:
        problems.append(f"{OUTLINES}: not valid JSON ({exc})")
        return {}
    if not isinstance(outlines, dict) or not isinstance(outlines.get("features"), list):
        problems.append(f"{OUTLINES}: not a GeoJSON FeatureCollection")
        return {}
    return outlines


def load_sources(folder: Path) -> Sources:
    """Read and check every source file under folder; raise SourceError listing all problems."""
    problems: list[str] = []
    folder = Path(folder)
    if not folder.is_dir():
        raise SourceError([f"{folder}: not a folder"])
    files: list[Path] = []
    read = _read_volume(folder, files, problems)
    if read is None:
        raise SourceError(problems or ["volume.toml: not valid"])
    dataset, volume = read
    outlines = _read_outlines(folder, files, problems)
    if (
        outlines
        and volume.map.highlight
        and not any(f.get("properties", {}).get("name") == volume.map.highlight for f in outlines["features"])
    ):
        problems.append(f"volume.toml: map.highlight: no country '{volume.map.highlight}' in {OUTLINES}")
    if outlines:
        rules_of(dataset, neighbours_of(outlines, volume.map.highlight), problems)

    divisions = []
    for stem, doc in _read_entries(folder / "divisions", division_spec(volume), files, problems):
        _check_division_rules(doc, stem, volume, problems)
        divisions.append(doc)
    divisions.sort(key=lambda d: d["code"])
    codes = {d["code"] for d in divisions}
    cities = []
    for stem, doc in _read_entries(folder / "cities", city_spec(volume), files, problems):
        _check_city_rules(doc, stem, codes, volume, problems)
        cities.append(doc)
    cities.sort(key=lambda c: c["id"])

    ids = {c["id"] for c in cities}
    ranks: dict[int, str] = {}
    for city in cities:
        where = f"cities/{city['id']}.toml:"
        rank = city.get("article_rank")
        if rank in ranks:
            problems.append(f"{where} article_rank: {rank} is also {ranks[rank]}'s")
        if rank is not None:
            ranks[rank] = city["id"]
        for i, rel in enumerate(city.get("related", [])):
            if rel["id"] not in ids:
                problems.append(f"{where} related[{i}].id: no city '{rel['id']}'")
            elif rel["id"] == city["id"]:
                problems.append(f"{where} related[{i}].id: a city cannot be related to itself")
    _check_divisions(divisions, cities, problems)

    census_table = dataset.get("census_table")
    if census_table:
        census_csv = folder / census_table["file"]
        local = volume.local_system.key if volume.local_system else None
        _check_census(cities, census_csv, census_table["columns"], local, problems)
        files.append(census_csv)

    friends: list[dict[str, Any]] = []
    friends_toml = folder / "false-friends.toml"
    if friends_toml.is_file():
        files.append(friends_toml)
        friends_doc = _read_toml(friends_toml, problems)
        before = len(problems)
        if friends_doc is not None:
            check_shape(friends_doc, FALSE_FRIENDS_SPEC, "false-friends.toml:", problems)
        if friends_doc is not None and len(problems) == before:
            friends = friends_doc["false_friends"]
            _check_false_friends(friends, [*cities, *divisions], KOREAN_ROMANIZATION in volume.foldings, problems)

    if problems:
        raise SourceError(problems)
    local_key = volume.local_system.key if volume.local_system else None
    division_names = [
        {"code": d["code"], "name": d["name"], "local_name": d["names"].get(local_key, "") if local_key else "",
         "kind": d["kind"]}
        for d in divisions
    ]  # fmt: skip
    return Sources(
        dataset=dataset, volume=volume, outlines=outlines, division_names=division_names, cities=cities,
        files=sorted(files), divisions=divisions, false_friends=friends,
    )  # fmt: skip


def romanization_notes(sources: Sources) -> list[str]:
    """Where an entry's hand-written romanizations differ from what the romanization engine makes of its Hangul
    (core.romanize): worth a look, not an error (some names keep an established irregular spelling)."""
    notes: list[str] = []
    if KOREAN_ROMANIZATION not in sources.volume.foldings:
        return notes
    for folder, entries in (("cities", sources.cities), ("divisions", sources.divisions)):
        for entry in entries:
            names = entry["names"]
            if not all(names.get(key) for key in ("hangul", "mccune_reischauer", "revised_romanization")):
                continue
            for message in disagreements(
                names["hangul"], names["mccune_reischauer"], names["revised_romanization"], names.get("dprk")
            ):
                notes.append(f"{folder}/{entry['id']}.toml: names: {message}")
    return notes
