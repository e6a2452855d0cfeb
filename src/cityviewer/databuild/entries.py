"""The content rules: the source files of the dataset, read and checked.

A dataset's sources are a folder with dataset.toml, cities/<id>.toml and provinces/<id>.toml, one entry for
each of the 13 first-level divisions (see data/README.md).
load_sources() returns them as plain data, or raises SourceError listing every problem, each naming the file
and the field.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from cityviewer.core import falsefriends
from cityviewer.core.folding import normalize
from cityviewer.core.romanize import disagreements, is_hangul
from cityviewer.core.vocabulary import DIVISION_KIND_KEYS, NAME_KIND_KEYS, REGION_KEYS, TAG_KEYS

_ID = re.compile(r"^[a-z][a-z0-9-]*$")
_ISO = re.compile(r"^KP-\d\d$")

# A spec is a type, a list of one spec (a list of such items), or a dict of key -> (spec, required).
Spec = Any
_NAME_NOTE: Spec = {"name": (str, True), "note": (str, False)}
# kind: one of vocabulary.NAME_KINDS (historic, japanese-era, ...).
_OTHER_NAME: Spec = {"name": (str, True), "kind": (str, True), "note": (str, False)}
_NAMES: Spec = {
    "hangul": (str, True),
    "hanja": (str, False),
    "mccune_reischauer": (str, True),
    "revised_romanization": (str, True),
    "dprk": (str, False),
    "other": ([_OTHER_NAME], False),
}
_SECTIONS: Spec = [{"heading": (str, True), "body": (str, True)}]
_SOURCES: Spec = [{"title": (str, True), "publisher": (str, False), "year": (int, False), "url": (str, False)}]
CITY_SPEC: Spec = {
    "id": (str, True),
    "name": (str, True),
    "article_rank": (int, False),  # only the ten cities of the source article have one
    "summary": (str, True),
    "names": (_NAMES, True),
    "admin": (
        {
            "iso_3166_2": (str, True),
            "status": (str, True),
            "status_since": (int, False),
            "status_note": (str, False),
        },
        True,
    ),
    "census_2008": (
        {"total": (int, True), "urban": (int, False), "rank": (int, True), "province_at_census": (str, True)},
        True,
    ),
    "location": (
        {
            "latitude": (float, True),
            "longitude": (float, True),
            "coordinates_source": (str, True),
            "region": (str, True),
            "tags": ([str], True),
        },
        True,
    ),
    "industries": ([str], False),
    "landmarks": ([_NAME_NOTE], False),
    "sections": (_SECTIONS, True),
    "related": ([{"id": (str, True), "relation": (str, True)}], False),
    # source: the position (1-based) in the entry's sources of the one that backs the correction.
    "corrections": ([{"claim": (str, True), "correction": (str, True), "source": (int, True)}], False),
    "sources": (_SOURCES, True),
}
# A first-level division (provinces/<id>.toml): see data/README.md.
DIVISION_SPEC: Spec = {
    "id": (str, True),
    "name": (str, True),
    "code": (str, True),
    "kind": (str, True),
    "summary": (str, True),
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
    "names": (_NAMES, True),
    "sections": (_SECTIONS, True),
    "sources": (_SOURCES, True),
}
# A figure needs its source (and a population its year).
_FIGURE_NEEDS = {"area_km2": ("area_source",), "population": ("population_year", "population_source")}
# A place outside the volume a reader may type for one of its entries (false-friends.toml): see data/README.md.
FALSE_FRIEND_SPEC: Spec = {
    "name": (str, True),
    "hangul": (str, True),
    "kind": (str, True),  # one of core.falsefriends.KINDS
    "where": (str, True),
    "confused_with": (str, True),  # the id of an entry (a city's or a division's file name)
    "names": ([str], False),  # what else a reader types for it, besides name and hangul
    "note": (str, False),
    "source": (str, True),
}
FALSE_FRIENDS_SPEC: Spec = {"false_friends": ([FALSE_FRIEND_SPEC], True)}
DATASET_SPEC: Spec = {
    "title": (str, True),
    "data_version": (str, True),
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

    dataset: dict[str, Any]
    provinces: list[dict[str, Any]]  # code, name, hangul, kind of every division, by code (the filter's list)
    cities: list[dict[str, Any]]  # sorted by id
    files: list[Path]  # every file read, sorted
    divisions: list[dict[str, Any]] = field(default_factory=list)  # the divisions' entries, by code
    false_friends: list[dict[str, Any]] = field(default_factory=list)  # false-friends.toml, in its order


def _type_name(spec: Spec) -> str:
    if isinstance(spec, dict):
        return "a table"
    if isinstance(spec, list):
        return "a list"
    return {str: "text", int: "a whole number", float: "a number"}[spec]


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


def _check_entry_rules(entry: dict[str, Any], where: str, stem: str, problems: list[str]) -> None:
    """The rules every entry follows, city or division."""
    if entry["id"] != stem:
        problems.append(f"{where} id: '{entry['id']}' must equal the file name '{stem}'")
    if not _ID.match(entry["id"]):
        problems.append(f"{where} id: use lowercase letters, digits and hyphens")
    names = entry["names"]
    if "dprk" in names and normalize(names["dprk"]) in {
        normalize(names["mccune_reischauer"]),
        normalize(names["revised_romanization"]),
    }:
        problems.append(f"{where} names.dprk: give it only where it differs from the other romanizations")
    for i, other in enumerate(names.get("other", [])):
        if other["kind"] not in NAME_KIND_KEYS:
            problems.append(
                f"{where} names.other[{i}].kind: '{other['kind']}' is not one of {', '.join(NAME_KIND_KEYS)}"
            )
    for key in ("sections", "sources"):
        if not entry[key]:
            problems.append(f"{where} {key}: at least one")


def _check_city_rules(city: dict[str, Any], stem: str, province_codes: set[str], problems: list[str]) -> None:
    where = f"cities/{stem}.toml:"
    _check_entry_rules(city, where, stem, problems)
    if "article_rank" in city and not 1 <= city["article_rank"] <= 10:
        problems.append(f"{where} article_rank: must be 1-10")
    admin, census, loc = city["admin"], city["census_2008"], city["location"]
    if admin["iso_3166_2"] not in province_codes:
        problems.append(f"{where} admin.iso_3166_2: '{admin['iso_3166_2']}' is not a division in provinces/")
    if "status_since" in admin and not 1900 <= admin["status_since"] <= 2100:
        problems.append(f"{where} admin.status_since: must be a year")
    if not 1 <= census["rank"] <= 1000:
        problems.append(f"{where} census_2008.rank: must be 1-1000")
    if census["total"] <= 0:
        problems.append(f"{where} census_2008.total: must be positive")
    if "urban" in census and not 0 < census["urban"] <= census["total"]:
        problems.append(f"{where} census_2008.urban: must be positive and at most the total")
    if not 37.5 <= loc["latitude"] <= 43.1:
        problems.append(f"{where} location.latitude: {loc['latitude']} is outside North Korea (37.5-43.1)")
    if not 124.0 <= loc["longitude"] <= 130.8:
        problems.append(f"{where} location.longitude: {loc['longitude']} is outside North Korea (124.0-130.8)")
    if loc["region"] not in REGION_KEYS:
        problems.append(f"{where} location.region: '{loc['region']}' is not one of {', '.join(REGION_KEYS)}")
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


def _check_division_rules(division: dict[str, Any], stem: str, problems: list[str]) -> None:
    where = f"provinces/{stem}.toml:"
    _check_entry_rules(division, where, stem, problems)
    if not _ISO.match(division["code"]):
        problems.append(f"{where} code: '{division['code']}' is not KP-nn")
    if division["kind"] not in DIVISION_KIND_KEYS:
        problems.append(f"{where} kind: '{division['kind']}' is not one of {', '.join(DIVISION_KIND_KEYS)}")
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
        where = f"provinces/{division['id']}.toml:"
        if division["code"] in codes:
            problems.append(f"{where} code: {division['code']} is also {codes[division['code']]}'s")
        codes[division["code"]] = division["id"]
        inside = sorted(c["id"] for c in cities if c["admin"]["iso_3166_2"] == division["code"])
        if division["cities"] != inside:
            problems.append(f"{where} cities: {division['cities']} differs from the cities whose"
                            f" admin.iso_3166_2 is {division['code']} ({inside})")  # fmt: skip
        ids = {c["id"] for c in cities}
        if division["capital"] in ids and division["capital"] not in inside:
            problems.append(f"{where} capital: '{division['capital']}' is a city of another division")


def _check_census(cities: list[dict[str, Any]], census_csv: Path, problems: list[str]) -> None:
    """Prove every city against the census table: its row (by name), total, urban figure, rank and the division it
    was counted in; and every city of the census has an entry."""
    with census_csv.open(encoding="utf-8", newline="") as f:
        table = {row["city"]: row for row in csv.DictReader(f)}
    for city in cities:
        where = f"cities/{city['id']}.toml:"
        row = table.pop(city["name"], None)
        if row is None:
            problems.append(f"{where} name: '{city['name']}' is not a city of reference/census-2008.csv")
            continue
        census = city["census_2008"]
        expected = {
            "total": int(row["population_total_2008"]),
            "rank": int(row["census_rank"]),
            "urban": int(row["population_urban_2008"]) if row["population_urban_2008"] else None,
            # the table adds the division's status in brackets: "Rason (special city)"
            "province_at_census": row["province_at_census"].split(" (")[0],
        }
        for key, value in expected.items():
            if census.get(key) != value:
                problems.append(f"{where} census_2008.{key}: {census.get(key)!r} differs from"
                                f" reference/census-2008.csv ({value!r})")  # fmt: skip
        if city["names"]["hangul"] != row["hangul"]:
            problems.append(f"{where} names.hangul: '{city['names']['hangul']}' differs from"
                            f" reference/census-2008.csv ('{row['hangul']}')")  # fmt: skip
    for name in table:
        problems.append(f"cities/: no entry for {name}, a city of reference/census-2008.csv")


def _check_false_friends(friends: list[dict[str, Any]], entries: list[dict[str, Any]], problems: list[str]) -> None:
    """Each false friend is of a known kind, written in Hangul, confused with an entry of the volume, and never
    named like an entry's own English name (a search for one of ours must not be told it is somewhere else)."""
    ids = {entry["id"] for entry in entries}
    ours = {falsefriends.key(entry["name"]): entry["id"] for entry in entries}
    for i, friend in enumerate(friends):
        where = f"false-friends.toml: false_friends[{i}]"
        if friend["kind"] not in falsefriends.KINDS:
            problems.append(f"{where}.kind: '{friend['kind']}' is not one of {', '.join(falsefriends.KINDS)}")
        if not is_hangul(friend["hangul"]):
            problems.append(f"{where}.hangul: '{friend['hangul']}' is not written in Hangul")
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


def load_sources(folder: Path) -> Sources:
    """Read and check every source file under folder; raise SourceError listing all problems."""
    problems: list[str] = []
    folder = Path(folder)
    if not folder.is_dir():
        raise SourceError([f"{folder}: not a folder"])
    files = [folder / "dataset.toml"]
    dataset = _read_toml(files[0], problems)
    if dataset is not None:
        check_shape(dataset, DATASET_SPEC, "dataset.toml:", problems)

    divisions = []
    for stem, doc in _read_entries(folder / "provinces", DIVISION_SPEC, files, problems):
        _check_division_rules(doc, stem, problems)
        divisions.append(doc)
    divisions.sort(key=lambda d: d["code"])
    codes = {d["code"] for d in divisions}
    cities = []
    for stem, doc in _read_entries(folder / "cities", CITY_SPEC, files, problems):
        _check_city_rules(doc, stem, codes, problems)
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

    census_csv = folder / "reference" / "census-2008.csv"
    if census_csv.is_file():
        _check_census(cities, census_csv, problems)
        files.append(census_csv)

    friends: list[dict[str, Any]] = []
    friends_toml = folder / "false-friends.toml"
    if friends_toml.is_file():
        files.append(friends_toml)
        doc = _read_toml(friends_toml, problems)
        before = len(problems)
        if doc is not None:
            check_shape(doc, FALSE_FRIENDS_SPEC, "false-friends.toml:", problems)
        if doc is not None and len(problems) == before:
            friends = doc["false_friends"]
            _check_false_friends(friends, [*cities, *divisions], problems)

    if problems:
        raise SourceError(problems)
    assert dataset is not None
    provinces = [
        {"code": d["code"], "name": d["name"], "hangul": d["names"]["hangul"], "kind": d["kind"]} for d in divisions
    ]
    return Sources(
        dataset=dataset, provinces=provinces, cities=cities, files=sorted(files), divisions=divisions,
        false_friends=friends,
    )  # fmt: skip


def romanization_notes(sources: Sources) -> list[str]:
    """Where an entry's hand-written romanizations differ from what the romanization engine makes of its Hangul
    (core.romanize): worth a look, not an error (some names keep an established irregular spelling)."""
    notes = []
    for folder, entries in (("cities", sources.cities), ("provinces", sources.divisions)):
        for entry in entries:
            names = entry["names"]
            for message in disagreements(
                names["hangul"], names["mccune_reischauer"], names["revised_romanization"], names.get("dprk")
            ):
                notes.append(f"{folder}/{entry['id']}.toml: names: {message}")
    return notes
