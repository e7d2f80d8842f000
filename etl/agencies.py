"""Agency as written -> full name and type.

The vocabulary (etl/vocab/agency_types.csv) holds these kinds of rows:
  suffix  -- how a name ends decides its type (…检察院 -> procuratorate);
  abbrev  -- short forms the genre uses (市高法院, 市院, 区检察院) and the full
             form they stand for, with {province}/{city}/{county} filled from context;
  bureau_word -- words of a bureau's work (我局 of 司法所 is a 司法局);
  running_word -- verbs and adverbs of running text, which open no unit's name;
  group_suffix -- endings of a place's organs together (我市政法机关): a type, no agency word;
  system_word -- words by which a report's head says which system it speaks for
             (平安建设 -> committee), the type of a case headed by a place only;
  civil_unit -- endings of units outside the system (医院, 学校, 公司) an honour roll
             may list among its units;
  organ_word -- the short word for a place's organ of a type (检察院 for procuratorate).
Place names for the context come from the document itself (the names written
before agency words); only a short form with no such name in reach (市公安局 in a
report that writes 常州 in passing) asks the places stage where the case is.
"""
from __future__ import annotations

import csv
import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from etl.divisions import load_index, municipalities, province_short_names
from etl.places import (SELF_PLACES, STATION_WORDS, TOWNSHIP_WORDS, WHOLE_PLACES, ZONE_WORDS, canonical_place, case_region, find_places,
                        is_common_noun_place, is_known_place, known_tail)
from etl.records import Agency, CaseSpan, DocumentMeta, Region

VOCAB = Path(__file__).resolve().parent / "vocab"
AGENCY_TYPES = ("court", "procuratorate", "police", "justice", "committee", "other")


def _rows(name: str) -> list[dict[str, str]]:
    with open(VOCAB / name, encoding="utf-8", newline="") as fh:
        return [{k: (v or "").strip() for k, v in row.items()} for row in csv.DictReader(fh)]


_TYPE_ROWS = _rows("agency_types.csv")
# a police bureau's squads by branch of work (交警, 经侦…), each a 支队 or a 大队
_SQUAD_ROWS = [r for r in _TYPE_ROWS if r["kind"] == "squad"]
POLICE_SQUADS = tuple(r["pattern"] for r in _SQUAD_ROWS)
# longest first, so 人民检察院 wins over 院-like generic endings
SUFFIX_TYPES: list[tuple[str, str]] = sorted(
    [(r["pattern"], r["value"]) for r in _TYPE_ROWS if r["kind"] in ("suffix", "type_suffix")]
    + [(r["pattern"] + level, r["value"]) for r in _SQUAD_ROWS for level in ("支队", "大队")],
    key=lambda kv: -len(kv[0]))
# a place's organs together (我市政法机关): typed by their ending, never an agency word in running text
CIVIL_UNIT_ENDS = tuple(r["pattern"] for r in _TYPE_ROWS if r["kind"] == "civil_unit")
ORGAN_WORDS = {r["value"]: r["pattern"] for r in _TYPE_ROWS if r["kind"] == "organ_word"}
_GROUP_TYPES = tuple((r["pattern"], r["value"]) for r in _TYPE_ROWS if r["kind"] == "group_suffix")
# endings that give a type but make no agency of a bare word (人民调解委员会)
_TYPE_ONLY = {r["pattern"] for r in _TYPE_ROWS if r["kind"] == "type_suffix"}
ABBREVIATIONS: list[tuple[str, str]] = sorted(
    ((r["pattern"], r["value"]) for r in _TYPE_ROWS if r["kind"] == "abbrev"),
    key=lambda kv: -len(kv[0]))
# 我局 in a report of its own: which bureau, from the words of its work (司法所, 民警 …)
BUREAU_WORDS: dict[str, tuple[str, ...]] = {}
for _row in _TYPE_ROWS:
    if _row["kind"] == "bureau_word":
        BUREAU_WORDS[_row["value"]] = BUREAU_WORDS.get(_row["value"], ()) + (_row["pattern"],)
_BUREAU_NAME = {"justice": "司法局", "police": "公安局"}
# the system a report's head speaks of, for a case headed by a place only (its organs together too)
SYSTEM_WORDS: dict[str, tuple[str, ...]] = {}
for _row in _TYPE_ROWS:
    if _row["kind"] in ("system_word", "group_suffix"):
        SYSTEM_WORDS[_row["value"]] = SYSTEM_WORDS.get(_row["value"], ()) + (_row["pattern"],)
# the title and the lines under it: far enough down for a dateline and a lead, not the body
_REPORT_HEAD = 200
for _suffix, _type in SUFFIX_TYPES:
    if _type not in AGENCY_TYPES:
        raise ValueError(f"agency_types.csv: unknown type {_type!r} for {_suffix!r}")

PROVINCES: dict[str, str] = province_short_names()      # 重庆 -> 重庆市, 广西 -> 广西壮族自治区
MUNICIPALITIES = municipalities()

_HAN = r"\u4e00-\u9fff"
# Agency words: the political-legal suffixes of the vocabulary (generic ones such as
# 局/中心 excluded: they would turn ordinary words into agencies).
_PL_SUFFIXES = [s for s, t in SUFFIX_TYPES if (t != "other" or s in ("法学会", "人民政府")) and s not in _TYPE_ONLY]
PL_SUFFIX_ALT = "|".join(map(re.escape, _PL_SUFFIXES))
ALL_SUFFIX_ALT = "|".join(map(re.escape, (s for s, _ in SUFFIX_TYPES)))

# A place prefix written before an agency word: 2-8 Han characters ending in a
# level (省/市/区/县/旗/州/盟), e.g. 重庆市, 江苏省南京市, 盐城经济技术开发区.
# Words such as 全市/我市/该市 are not places.
# Characters that never start a place name but often precede one in running text
# (出台《2025年度咸宁市…》, 全市, 该县).  Numerals are allowed only before two or more
# characters (三明市, 十堰市) so that 三县 / 两市 are not places.
_NOT_PLACE_HEAD = "全我该本各此每城都门上下超夜股集闹副正年度月日的了在于对向从由将把被与及是为按据经到图"
_NUMERALS = "一二三四五六七八九十两"
_PLACE_CHAR = rf"(?:(?![省市区县])[{_HAN}])"


def _head_exceptions() -> str:
    """Cities and counties of the division dataset whose name starts with one of those
    characters (上饶, 正定, 门头沟, 于都, 集安 …), as an alternation grouped by first character."""
    stems: dict[str, set[str]] = {}
    for d in load_index().divisions:
        if d.level in ("city", "county"):
            stem = re.sub(r"(市|区|县|旗|地区|盟|林区|特区)$", "", d.name)
            if len(stem) >= 2 and stem[0] in _NOT_PLACE_HEAD and stem[0] != "全" and "自治" not in stem:
                # each with its own level next (于都 before 县, not 于都市场)
                stems.setdefault(stem[0], set()).add(re.escape(stem[1:]) + f"(?={re.escape(d.name[len(stem):])})")
    groups = [f"{c}(?:{'|'.join(sorted(rest, key=len, reverse=True))})" for c, rest in sorted(stems.items())]
    return f"(?=[{''.join(sorted(stems))}])(?:{'|'.join(groups)})" if groups else "(?!)"


def _long_names() -> str:
    """Division names too long for the pattern's 1-7 characters before the level (德宏傣族景颇族自治州,
    双江拉祜族佤族布朗族傣族自治县): each spelled out, its level next."""
    stems = sorted({re.escape(d.name[:-1]) + f"(?={re.escape(d.name[-1])})" for d in load_index().divisions
                    if d.level in ("city", "county") and len(d.name) > 8}, key=len, reverse=True)
    first = "".join(sorted({stem[0] for stem in stems}))
    return f"(?=[{first}])(?:{'|'.join(stems)})" if stems else "(?!)"


_NAME = (rf"(?:{_long_names()}|{_head_exceptions()}|(?![{_NOT_PLACE_HEAD}{_NUMERALS}]){_PLACE_CHAR}{{1,7}}?"
         rf"|[{_NUMERALS}]{_PLACE_CHAR}{{1,6}}?)")


def _zone_heads() -> str:
    """The short names of the cities and counties a long zone name opens with (芜湖, 江宁): not a
    word like 国家级 or 加快 before 经济技术开发区."""
    stems = {re.sub(r"(市|区|县|旗|地区|盟)$", "", d.name) for d in load_index().divisions if d.level in ("city", "county")}
    return "|".join(sorted((re.escape(x) for x in stems if 2 <= len(x) <= 4), key=len, reverse=True))


# A development zone (places.ZONE_WORDS): most fit _NAME's 1-7 characters before 区; the long kinds
# after a city's short name do not, and get a pattern of their own.
ZONE_PLACE = rf"(?:(?:{_zone_heads()})市?(?:经济技术开发区|高新技术产业开发区|经济开发区))"

PLACE_RE = re.compile(
    rf"{ZONE_PLACE}(?=[{_HAN}])|"
    rf"(?:(?:{'|'.join(map(re.escape, PROVINCES))})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?)"
    rf"(?:{_NAME}(?:市|州|盟|地区))?(?:{_NAME}(?:区|县|旗|市))?"
    rf"|{_NAME}(?:市|州|盟)(?:{_NAME}(?:区|县|旗|市))?"
    rf"|{_NAME}(?:区|县|旗)")

# City / county names written right before an agency or institutional word.
_INSTITUTION_AFTER = rf"(?=委|人民|中级|高级|公安|司法|检察|法院|中院|政法|政府|法学会|综治|党委|政法领域)"
# Found from the level character backwards (fast: 市 and 区/县 are rare enough), the
# character right before it may not make 全市/我市/该县 a place.
_NOT_BEFORE_LEVEL = "全我该本各此每城都门两"
# (The level character comes first and the look-behind checks the one before it, so the
# regex engine can skip ahead to the level characters instead of trying every position.)
_CITY_END = re.compile(rf"市(?<![{_NOT_BEFORE_LEVEL}]市){_INSTITUTION_AFTER}")
_COUNTY_END = re.compile(rf"[区县旗](?<![{_NOT_BEFORE_LEVEL}][区县旗]){_INSTITUTION_AFTER}")
_CITY_BACK = re.compile(
    rf"((?:{'|'.join(map(re.escape, PROVINCES))})(?:省|自治区)?)?((?![{_NOT_PLACE_HEAD}省]){_PLACE_CHAR}{{1,4}})\Z")
# (\Z, not $: a place ends right before its level word, not before a line break)
_COUNTY_BACK = re.compile(rf"((?![{_NOT_PLACE_HEAD}]){_PLACE_CHAR}{{1,5}})\Z")


# The grass-roots unit written right after its parent bureau or court (易门县公安局绿汁派出所),
# a district branch first (合肥市公安局蜀山分局五里墩派出所, 武汉市公安局东湖新技术开发区分局).
_BRANCH_CHAR = rf"(?![各和与及同对向在由从等联属辖])[{_HAN}]"   # not 联合各分局, 所属分局, 法院各人民法庭
# (a verb opens no unit's name: 公安局落实派出所主防责任 is the bureau acting on its stations)
RUNNING_WORDS = tuple(r["pattern"] for r in _TYPE_ROWS if r["kind"] == "running_word")   # (and adverbs before a verb)
_NOT_UNIT_HEAD = f"(?!{'|'.join(RUNNING_WORDS)})"
# (a checkpoint is named after its road too: 京港澳高速窦店公安检查站)
_STATION = rf"{_NOT_UNIT_HEAD}(?:{_BRANCH_CHAR}{{1,6}}?(?:{STATION_WORDS})|{_BRANCH_CHAR}{{7,8}}?公安检查站)"
# a police bureau's detachment by its branch of work (交通警察支队直属一大队, 刑侦大队)
_DETACHMENT = (rf"(?:{'|'.join(POLICE_SQUADS)})(?:支队|大队)"
               rf"(?:直属[一二三四五六七八九十]{{1,2}}大队|{_BRANCH_CHAR}{{1,4}}?(?:大队|中队))?")
# …and a court's division (审判监督庭, 民事审判第一庭, 执行局)
# (or its short form: 执行一庭, 环资庭, 刑一庭; and its judicial police: 司法警察大队)
COURT_DIVISION = (r"(?:(?:审判监督|立案|民事审判|刑事审判|行政审判|少年审判|家事审判|环境资源审判|知识产权审判|金融审判"
                   r"|执行|环资|民|刑)(?:第?[一二三四五六七八九十]{1,2})?庭|执行局|(?:司法警察|法警)(?:支队|大队))")
SUB_UNIT = re.compile(rf"{_NOT_UNIT_HEAD}(?:{_BRANCH_CHAR}{{1,10}}?[区县市]|{_BRANCH_CHAR}{{2,3}})(?:公安)?分局(?:{_STATION}|{_DETACHMENT})?"
                      rf"|{_STATION}|{_DETACHMENT}|{COURT_DIVISION}"
                      # (a procuratorate's branch: 天津市人民检察院第二分院, 河南省检察院郑州铁路运输分院)
                      rf"|第[一二三四五六七八九十]{{1,2}}分院|{_BRANCH_CHAR}{{2,6}}?铁路运输分院")

_LEAD_TO_PREPOSITION = re.compile(rf"^[{_HAN}]*[从在由向据经]")


# What running text puts before a level word and no unknown city name holds: an agency's
# ending (司法局会同市中院), a joining verb or conjunction, a preposition (先后对市中院).
_RUNNING_TEXT = re.compile(r"[局院委厅所办部和与及同对向赴在由从]|会同|机关|" + "|".join(RUNNING_WORDS))


def _cities(text: str) -> list[str]:
    out = []
    for m in _CITY_END.finditer(text):
        b = _CITY_BACK.search(text, max(0, m.start() - 10), m.start())
        if b:
            # "记者从东岭市委…": no city name holds these prepositions; cut the lead off
            name = _LEAD_TO_PREPOSITION.sub("", b.group(2), count=1)
            city = (name if len(name) >= 2 else b.group(2)) + "市"
            # (5起杭州市, 今年芜湖市: the known city the words before it run into)
            city = next((city[k:] for k in range(1, len(city) - 2) if not is_known_place(city)
                         and is_known_place(city[k:])), city)
            if is_known_place(city) or (len(city) > 2 and not _RUNNING_TEXT.search(city)
                                        and not _PREPOSITION_IN_PLACE.search(city[:-1])):
                out.append(city)    # not 按照市委… (照市), 市司法局会同市中院 (法局会同市), 我代表市…
    return out


def _counties(text: str) -> list[str]:
    out = []
    for m in _COUNTY_END.finditer(text):
        b = _COUNTY_BACK.search(text, max(0, m.start() - 5), m.start())
        if b:
            county = b.group(1) + m.group(0)[0]
            if not is_known_place(county):
                # 检察官来自灌南县检察院: the running words glued before a county are not its name
                glued = [g.end() for g in _RUNNING_TEXT.finditer(county, 0, len(county) - 1)]
                county = known_tail(county, 3) or (county[glued[-1]:] if glued else county)
            # (下称县级…): 称县 is no county; nor 局积极参加县 (县司法局积极参加县委…)
            # (…确保全县: 全县/我县 ends no county's name)
            if is_known_place(county) or (len(county) > 2 and not _RUNNING_TEXT.search(county)
                                          and not county.endswith(_OWN_PLACE_ORGANS)
                                          and not _PREPOSITION_IN_PLACE.search(county[:-1])):
                out.append(county)
    return out


PROVINCE_RE = re.compile(rf"({'|'.join(map(re.escape, PROVINCES))})(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?")
# Counted with str.count: none of these words can overlap another, so the sum of the
# counts is what a regex scan for the alternation would find, at a fraction of the cost.
_PROCURATORATE_WORDS = ("检察",)
_COURT_WORDS = ("法院", "审判", "法官")


_NAME_LIST_SEPARATOR = re.compile(r"[、,，和及与]")


def first_listed(name: str) -> str:
    """The first name of a list (甲院和乙院, 甲局、乙局), not cut inside a known place that
    holds a joining character (呼和浩特市, 和田地区, 和平区)."""
    written = PLACE_RE.match(name)
    known = written.end() if written and is_known_place(written.group(0)) else 0
    return name[:known] + _NAME_LIST_SEPARATOR.split(name[known:])[0]


@lru_cache(maxsize=4096)      # agency names recur across a report's cases (and reports)
def agency_type_of(name: str | None) -> str:
    """Type from how the (first) agency name ends; 'other' when nothing fits."""
    if not name:
        return "other"
    first = first_listed(name)
    for suffix, kind in SUFFIX_TYPES:
        if first.endswith(suffix):
            if kind != "other":
                return kind
            break           # …公安局…开发区分局, …政法委员会办公室: the type word inside decides
    # a name that carries a type word inside (某市公安“某某办”应用) still has a type
    for suffix, kind in SUFFIX_TYPES:
        if kind != "other" and suffix in first:
            return kind
    return next((kind for suffix, kind in _GROUP_TYPES if first.endswith(suffix)), "other")


def _most_common(matches: list[str]) -> str | None:
    if not matches:
        return None
    counts: dict[str, int] = {}
    for m in matches:
        counts[m] = counts.get(m, 0) + 1
    return max(counts, key=lambda k: (counts[k], -matches.index(k)))


def document_city(text: str, meta: DocumentMeta | None = None) -> str | None:
    """The city a document is about: the city most often written before an agency word."""
    heads = " ".join(filter(None, [meta.title, meta.publisher])) if meta else ""
    return _document_city(text, heads)


@lru_cache(maxsize=8)   # asked once per case of the same document
def _document_city(text: str, heads: str) -> str | None:
    found = _cities(heads) + _cities_cached(text)
    # a city the dataset knows wins; a long one it does not know (认真落实市委…) only when written twice
    known = [c for c in found if is_known_place(c)]
    return _most_common(known or [c for c in found if len(c) <= 3 or found.count(c) >= 2])


@lru_cache(maxsize=8)
def _cities_cached(text: str) -> list[str]:
    return _cities(text)


def document_province(text: str, city: str | None = None) -> str | None:
    """The province most often named; a municipality (重庆市) is its own province."""
    if city in MUNICIPALITIES:
        return city
    return _province_cached(text)


# 表彰大会在北京(隆重)召开, 在四川成都举行: where a meeting was held, not what the report is about
_HELD_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:召开|举行|举办|开幕|闭幕)")


@lru_cache(maxsize=8)
def _province_cached(text: str) -> str | None:
    short = _most_common([m.group(1) for m in PROVINCE_RE.finditer(text)
                          if not (text[m.start() - 1:m.start()] == "在" and _HELD_AFTER.match(text, m.end()))])
    return PROVINCES.get(short) if short else None


def _county_in(text: str) -> str | None:
    return _most_common(_counties(text))


def _with_level(place: str, level: str) -> str:
    """衡水 -> 衡水市 for a city (广州 -> 广州市: the dataset knows 州 is part of the name);
    a name already ending in a level is kept."""
    known = canonical_place(place)
    if known and known[1] == level:
        return known[0]
    if re.search(r"(省|市|区|县|旗|州|盟|自治区)$", place):
        return place
    if level == "province":
        return PROVINCES.get(place, place + "省")
    return place + ("市" if level == "city" else "区")


# "所有…" words before an agency word: the organs of a system together (浙江各级法院, 市县两级法院)
_COLLECTIVE_ENDS = ("各级", "两级", "三级", "全国", "各地") + WHOLE_PLACES
_NUMBERED_COURT = frozenset("一二三四五")
# A province's bureau is a 厅 (a municipality's stays a 局)
_PROVINCIAL_TAIL = {"公安局": "公安厅", "司法局": "司法厅"}


def _county_level(place: str) -> bool:
    """A county-level place, written alone or after its city (常德津市市: 津市市)."""
    tail = None if is_known_place(place) else known_tail(place)
    known = canonical_place(tail or place)
    return bool(known) and known[1] == "county"


@lru_cache(maxsize=4096)      # the same names in the same document's places, case after case
def expand_abbreviation(name: str, *, province: str | None, city: str | None,
                        county: str | None, procuratorate_context: bool = True) -> str:
    """市高法院 -> 重庆市高级人民法院; 衡水中院 -> 衡水市中级人民法院; full names unchanged."""
    for short, full in ABBREVIATIONS:
        if not name.endswith(short):
            continue
        prefix = name[: -len(short)]
        level = None
        tail = full
        if full.startswith("{"):
            level = full[1:full.index("}")]
            tail = full[full.index("}") + 1:]
        if short in ("市院", "区院", "县院") and not procuratorate_context:
            tail = "中级人民法院" if short == "市院" else "人民法院"
        if level is None:                   # 地名+检察院 -> 地名+人民检察院
            known = canonical_place(prefix) if prefix else None
            if not known and prefix and (prefix.endswith("地区") or is_known_place(prefix)):
                return name                 # 南通地区法院 (an area's courts), 栖霞法院 (栖霞区 or 栖霞市?)
            if not known and (short.endswith("机关") or prefix.endswith(_COLLECTIVE_ENDS)):
                return name                 # 全国公安机关, 浙江各级法院: organs together, no one agency
            if known and known[1] == "county":
                written = PROVINCE_RE.match(prefix)   # (湖南省永顺法院: the province written first stays)
                prefix = known[0] if not written or known[0].startswith(written.group(1)) else written.group(0) + known[0]
                # 广州黄埔法院 -> 广州市黄埔区人民法院, 湖南省永顺法院 -> 湖南省永顺县人民法院
            elif known and tail == "人民法院":
                return name                 # 深圳法院, 吉林法院: a city's or province's courts together
            elif known:
                prefix = known[0]           # 深圳公安 -> 深圳市公安局, 上海检察机关 -> 上海市人民检察院
                if known[1] == "province" and prefix not in MUNICIPALITIES:
                    tail = _PROVINCIAL_TAIL.get(tail, tail)     # 浙江公安机关 -> 浙江省公安厅
            return name if name.endswith(tail) else prefix + tail
        lead = short[0] if short[0] in "省市区县" else ""
        if short == "中院" and prefix[-1:] in _NUMBERED_COURT:
            # 北京二中院, 市二中院, 第二中院: a city's numbered intermediate court (北京市第二中级人民法院)
            base = prefix[:-1].removesuffix("第")
            # (a municipality is its own city: 二中院 in a 北京 report)
            place = (_with_level(base, "city") if base not in ("", "市")
                     else city or (province if province in MUNICIPALITIES else None))
            return (place or "") + "第" + prefix[-1] + "中级人民法院" if place else name
        if lead and (prefix + lead).endswith(WHOLE_PLACES):
            # 吉安全市法院, 全市法院: the city's courts together (吉安市法院), no one court
            return prefix[:-1] + short if is_known_place(prefix[:-1]) else name
        if prefix + lead in SELF_PLACES and {"province": province, "city": city, "county": county}[level]:
            prefix = ""                     # 我省公安机关: the province of the context, as 省公安机关
        if prefix:
            # 长寿区检察院 matches 区检察院 with prefix 长寿: the level character belongs to the place
            place = _with_level(prefix + lead, level)
            if len(place) < len(prefix + lead) and is_known_place(prefix + lead):
                place = prefix + lead       # 北京市西城区委政法委: the city written before stays
        else:
            place = {"province": province, "city": city, "county": county}[level]
        if not place:
            return name
        if level == "city" and tail == "中级人民法院" and _county_level(place):
            tail = "人民法院"               # 邹平市法院, 常德津市市法院: a county-level city's court is a basic court
        if (level == "county" and city and not prefix and not place.startswith(city)
                and not PROVINCE_RE.match(place)):
            place = city + place        # 区检察院 under a 长寿区 context -> 重庆市长寿区…
        return place + tail
    return name


def _expand_with_unit(name: str, **context) -> str:
    """expand_abbreviation, also for a short-form parent with its unit (市公安局城关分局 ->
    兰州市公安局城关分局) and for a level word before any agency (区法律援助中心 -> 福山区…)."""
    full = expand_abbreviation(name, **context)
    if full != name:
        return full
    if name[0] in "省市区县" and not name.startswith("级", 1):     # (县级综治中心 is a level's)
        level = SHORT_FORM_LEVEL[name[0]]
        place = context.get(level)
        if place and place.endswith(name[0]) and agency_type_of(name) != "other" and not PLACE_RE.match(name):
            return place + name[1:]
    # (常州市中院民三庭: the parent in full, its division as written)
    for m in _PL_SUFFIX_RX.finditer(name):
        parent, unit = name[:m.end()], name[m.end():]
        if unit and SUB_UNIT.fullmatch(unit) and (full := expand_abbreviation(parent, **context)) != parent:
            return full + unit
    return name


# 市公安局, 区法院: a level word for the report's own place at that level, right before an
# organ's word (not 市中区法院, 市北区…: districts)
SHORT_FORM_LEVEL = {"省": "province", "市": "city", "区": "county", "县": "county"}
SHORT_FORM_RX = re.compile(rf"[省市区县]{_INSTITUTION_AFTER}")
_COUNTY_NAME = re.compile(rf"[{_HAN}]{{1,5}}(区|县)")
_PLACE_NAME = re.compile(rf"[{_HAN}]{{1,12}}(区|县|旗|市|州|{TOWNSHIP_WORDS})")


def _qualify_with_city(name: str, city: str | None, province: str | None) -> str:
    """区/县-level names get their city in front when the document has one city."""
    if not city or name.startswith(city) or PROVINCE_RE.match(name):
        return name
    if city in MUNICIPALITIES and _COUNTY_NAME.match(name):
        return city + name
    return name


def _place_before(head: str, pos: int) -> str | None:
    """The last place of three characters or more written before pos (a byline's 江西省萍乡市)."""
    # (a place the dataset does not know only in the same sentence: not 进产业园区等…活动。县检察院…)
    found = [_after_preposition(m.group(0)) for m in PLACE_RE.finditer(head[:pos]) if len(m.group(0)) >= 3
             and (is_known_place(m.group(0)) or not any(c in head[m.end():pos] for c in "。！？!?；;"))]
    # (我代表市人民检察院…, 全市政法机关聚焦市委…: running text, no place)
    # (走在渭南城市大街小巷: 城市 is the common noun, vocab/not_places.csv; …综合治理优秀市: a title
    # of honour, no unknown city has so long a name)
    found = [p for p in found if is_known_place(p) or not (_PREPOSITION_IN_PLACE.search(p[:-1]) or _RUNNING_TEXT.search(p[:-1])
                                                           or is_common_noun_place(p) or (len(p) > 5 and p.endswith("市")))]
    return found[-1] if found else None


_PREPOSITION = re.compile(rf"^[{_HAN}]*?[从在由向据经]")


def _after_preposition(place: str) -> str:
    """"记者从重庆市…获悉": a news lead glues its subject and preposition onto the place."""
    rest = _PREPOSITION.sub("", place, count=1)
    return rest if rest != place and len(rest) >= 3 and PLACE_RE.fullmatch(rest) else place


_PL_SUFFIX_RX = re.compile(PL_SUFFIX_ALT)


def known_zone(place: str) -> bool:
    """A development zone of a known place (芜湖经济技术开发区, 郑州航空港区, 保定高新区)."""
    zone = next((z for z in ZONE_WORDS if place.endswith(z)), None)
    return zone is not None and is_known_place(place[:-len(zone)].removesuffix("市"))


@lru_cache(maxsize=4096)      # agency names recur across a report's cases
def trim_false_place(name: str) -> str:
    """Cut off what running text glued onto an agency name as if it were its place.

    按照市委政法委 reads as 照市 + 委政法委, (下称县级矛调中心) as 称县 + …, and
    建湖法院围绕市中院 as a place 建湖法院围绕市: a place that the division dataset does
    not know, with one character before its level word or an agency word inside it."""
    m = PLACE_RE.match(name)
    if not m or is_known_place(m.group(0)) or known_zone(m.group(0)):
        return name
    place = m.group(0)
    if is_common_noun_place(place):
        return name[len(place):]            # 首届社区矫正中心: 社区 is no place
    tail = None if place.startswith("中共") else known_tail(place, 3)
    if tail:
        return name[len(place) - len(tail):]   # 负责人来到滨海新区公安局 -> 滨海新区公安局
    inner = _PL_SUFFIX_RX.search(place)
    if inner and inner.start() > 0:
        if canonical_place(place[inner.end():]):
            return name                     # 三明市公安局沙县分局: the bureau's branch in a county it names
        return name[:inner.end()]           # 建湖法院围绕市中院 -> 建湖法院
    if len(place) == 2:
        return name[1:]                     # 照市委政法委 -> 市委政法委
    prep = _PREPOSITION_IN_PLACE.search(place[:-1])
    if prep:
        return name[prep.end():]            # 先后对市中级人民法院 -> 市中级人民法院
    return name


# 先后对市中院…, 并向县检察院…, 背后是云县人民法院…, 听取了县检察院…, 高标准新建的高县…: a
# preposition (or a verb, or 的, which no place name holds) inside an unknown "place" ends running text
_PREPOSITION_IN_PLACE = re.compile(r"^[\u4e00-\u9fff]{0,5}?(?:对|向|赴|到|经|是|由|从|与|和|同|并|及|据|照|内|代表|会议上|会上|会议|听取了?|了|的)")   # (年内大理州…: a time word's tail; 第三次会议上区人民法院)


def _own_bureau(raw: str, case_text: str, place: str | None) -> Agency:
    """我局 when no source line names the bureau: a justice or police bureau as its work
    says (twice as many of its words as of the other's), of the document's place."""
    counts = {kind: sum(map(case_text.count, words)) for kind, words in BUREAU_WORDS.items()}
    kind, n = max(counts.items(), key=lambda kv: kv[1])
    if n == 0 or any(other * 2 > n for k, other in counts.items() if k != kind):
        return Agency(name=raw, agency_type="other")
    return Agency(name=place + _BUREAU_NAME[kind] if place else raw, agency_type=kind)


_STATION_END = re.compile(rf"(?:{STATION_WORDS})$")


def _written_in_full(raw: str, case_text: str) -> str:
    """A headline's short form of a station (咸阳茂陵派出所) as the body writes it in full
    (咸阳市公安局秦都分局茂陵派出所): the same place first, the same station last."""
    place = PLACE_RE.match(raw)
    stem = place.group(0) if place else raw[:2]
    stem = stem.rstrip("省市区县")
    tail = raw[len(place.group(0)) if place else 2:]
    if len(stem) < 2 or len(tail) < 4 or not _STATION_END.search(tail):
        return raw
    at = case_text.find(tail)
    while at >= 0:
        back = case_text[max(0, at - 20):at]
        i = back.rfind(stem)
        full = back[i:] + tail if i >= 0 else ""
        # the words between are the parent's name (…公安局秦都分局), not running text (…的王某来到)
        if len(full) > len(raw) and re.fullmatch(rf"[{_HAN}]+", full) and re.search(r"(?:局|分局|院)$", back[i:]):
            return full
        at = case_text.find(tail, at + 1)
    return raw


_BARE_BRANCH = re.compile(r"^[\u4e00-\u9fff]{2,3}分局")


def _under_its_bureau(raw: str, case_text: str) -> str:
    """A branch written without its bureau (潘集分局田集派出所) under the one city bureau the case
    names (淮南市公安局): 淮南市公安局潘集分局田集派出所."""
    if not _BARE_BRANCH.match(raw) or PLACE_RE.match(raw):
        return raw
    bureaus = set()
    for m in _CITY_BUREAU.finditer(case_text):
        # (the city is the known place right before 公安局: 自今年淮南市 -> 淮南市)
        head = case_text[max(0, m.start() - 6):m.start() + 1]
        city = head if is_known_place(head) else known_tail(head)
        if city:
            bureaus.add(city + "公安局")
    return bureaus.pop() + raw if len(bureaus) == 1 else raw


_CITY_BUREAU = re.compile("市公安局")


# How a report names its own place's organs: 我市政法机关, 全市检察机关, 全县公安机关
_OWN_PLACE_ORGANS = SELF_PLACES + WHOLE_PLACES
_SELF_PLACE_RX = re.compile("|".join(SELF_PLACES))
_GUIDES_LOWER_UNITS = ("指导", "全市法院", "全市检察机关", "辖区法院", "基层法院", "基层检察院", "两级法院", "两级检察院")


def resolve_agency(span: CaseSpan, text: str, meta: DocumentMeta) -> Agency:
    agency = _resolved(span, text, meta)
    return replace(agency, name=_tribunal_in_full(_province_in_full(agency.name))) if agency.name else agency


def _tribunal_in_full(name: str) -> str:
    """A county's tribunal written after the county alone (永康市龙山法庭): under its court, by
    its full name (永康市人民法院龙山人民法庭)."""
    m = _COUNTY_TRIBUNAL.fullmatch(name)
    place = canonical_place(m[1]) if m and "法院" not in name and m[2] not in _TRIBUNAL_KINDS else None
    return f"{m[1]}人民法院{m[2]}人民法庭" if place and place[1] == "county" else name


# (a town's name: a tribunal of a kind, 共享法庭, 旅游环保法庭, keeps its name as written)
_TRIBUNAL_KINDS = frozenset(("人民", "共享", "巡回", "流动", "派出", "家事", "少年", "金融", "速裁", "专业", "旅游",
                             "环境", "环保", "商事", "劳动", "知产", "互联网", "海事", "自贸"))
_COUNTY_TRIBUNAL = re.compile(r"(.+?[县市区旗])([\u4e00-\u9fff]{2,4}?)(?:人民)?法庭")


def _province_in_full(name: str) -> str:
    """A province's organ written with its short name (内蒙古司法厅, 广西公安厅): the province in
    full (内蒙古自治区司法厅); a short name over a lower place is full_name's (四川崇州市…)."""
    short = _province_written(name)
    if not short or name.startswith(PROVINCES[short]):
        return name
    rest = name[len(short):]
    if rest[:1] in "省市" or PLACE_RE.match(rest) or not _PROVINCIAL_ORGAN.match(rest):
        return name
    return PROVINCES[short] + rest


# the organs a province has of its own: its departments and its high court and procuratorate
_PROVINCIAL_ORGAN = re.compile(r"(?:司法厅|公安厅|高级人民法院|人民检察院|委政法委|政法委)")


def _resolved(span: CaseSpan, text: str, meta: DocumentMeta) -> Agency:
    raw = trim_false_place((span.agency_raw or "").strip())
    case_text = text[span.char_start:span.char_end]
    if not raw:
        return _place_told_of(case_text, text, meta)
    raw = _under_its_bureau(_written_in_full(raw, case_text), case_text)
    city = document_city(text, meta)
    province = document_province(text, city)
    county = _county_in(case_text)
    written = PLACE_RE.match(raw)
    if written and raw[written.end():written.end() + 2] in WHOLE_PLACES and canonical_place(written.group(0)):
        # 黑龙江全省法院: the province's courts together, 全省法院 of a 黑龙江 report
        full, level = canonical_place(written.group(0))
        province, city, county = ((full, city, county) if level == "province" else
                                  (province, full, county) if level == "city" else (province, city, full))
        raw = raw[written.end():]
        written = PLACE_RE.match(raw)
    if raw.startswith("自治区") and province and province.endswith("自治区"):
        raw = province + raw[3:]            # 自治区司法厅 in a 宁夏 report: the region's own
        written = PLACE_RE.match(raw)
    if (written and len(written.group(0)) == 3 and raw[2] in "区县" and not raw.startswith("级", 3)
            and written.group(0) != "自治区"
            and not is_known_place(written.group(0))
            and case_region(case_text, text, meta, raw[2]).county not in (None, written.group(0))):
        raw = raw[2:]       # 参加县司法局 (参加县委县政府…) in a report on 三门县: the county's own bureau
    if raw[0] in "市区县" and not raw.startswith("级", 1):     # (县级综治中心: a level, not 县 + its name)
        # a byline such as "江西省萍乡市副市长、市公安局党委书记" names the place just before
        pos = case_text.find(raw, 0, 300)
        near = _place_before(case_text[:300], pos) if pos > 0 else None
        if near and near.endswith("市") and raw[0] == "市":
            city = near
        elif near and near.endswith(("区", "县")) and raw[0] in "区县":
            county = near
    def placed(level: str):
        """Where the places stage puts the case, no deeper than `level` (市/区/县): for names
        whose place is written only in passing (市公安局 in a report on 平安常州, 我市…)."""
        return case_region(case_text, text, meta, level)

    if raw[0] == "省" and not province:
        province = placed("省").province    # 省法院 in a report that names only its counties
    if raw[0] == "市" and not city and province in MUNICIPALITIES:
        city = province                     # 市检察院 in a report on 重庆: the municipality's own
    if raw[0] in "市区县" and not (city if raw[0] == "市" else county):
        where = placed(raw[0])
        city = city or where.city
        county = county or (where.county if raw[0] in "区县" else None)
        province = province or where.province
    n_proc = sum(map(case_text.count, _PROCURATORATE_WORDS))
    n_court = sum(map(case_text.count, _COURT_WORDS))

    if raw[0] in "我本" and not city:
        # 我市深化… : the place comes from the title or the publisher
        for hint in filter(None, [meta.title, meta.publisher]):
            # (a place the dataset knows: not 打造平安建设强市)
            m = next((p for p in PLACE_RE.finditer(_SELF_PLACE_RX.sub("", hint))
                      if is_known_place(p.group(0))), None)
            if m:
                # (by its level, in full: 河南 of a 河南法制报 is the province 河南省, no city)
                full, level = canonical_place(m.group(0)) or (m.group(0), "city")
                if level == "province":
                    province = full
                else:
                    city = province = full
                break
    own_city = raw[:2] in _OWN_PLACE_ORGANS and raw[1] == "市"
    if own_city and not city:
        city = placed("市").city
    if own_city and len(raw) == 2:
        return Agency(name=city, agency_type=reporting_system(meta, text))
    if raw[:2] in _OWN_PLACE_ORGANS and len(raw) > 2:
        # 全市检察机关 in a 福州 report: 市检察机关, the city's procuratorate (福州市人民检察院);
        # 我市政法机关 (no one agency leads them): 常州市政法机关
        level = raw[1]
        if level == "区" and not county and province and province.endswith("自治区"):
            level = "省"                    # 全区检察机关 in a 广西 report: the region's
        if level in "区县" and not county:
            county = placed("县").county
        place = {"市": city, "省": province}.get(level, county)
        short = level + raw[2:]
        name = expand_abbreviation(short, province=province, city=city, county=county)
        if name != short or place:
            name = name if name != short else place + raw[2:]
            return Agency(name=name, agency_type=agency_type_of(name))
        if raw[0] == "全":
            return Agency(name=raw, agency_type=agency_type_of(raw))   # 全市检察机关, the place unknown
        # no place known: as written, with its agency word in full (我县法院 -> 我县人民法院)
    if raw in _OWN_PLACE_ORGANS and raw[1] == "省":
        return Agency(name=province, agency_type=reporting_system(meta, text))
    if raw in SELF_PLACES and raw[1] in "区县":
        # the title names the county (某县…的交流发言, 东山县…): that is who 我县 is
        for hint in filter(None, [meta.title, meta.publisher]):
            m = _COUNTY_NAME.search(hint)
            if m and not m.group(0).startswith(("全", "我", "本", "该")):
                return Agency(name=m.group(0), agency_type=reporting_system(meta, text))
        region = canonical_place(province) if province else None
        # (unless a district is named before it: then 我区 is that district)
        if raw[1] == "区" and region and region[1] == "province" and region[0].endswith("自治区") and not any(
                d.level == "county" for m in find_places(case_text[:max(0, case_text.find(raw))]) for d in m.candidates):
            return Agency(name=region[0], agency_type=reporting_system(meta, text))   # 我区 in a 宁夏 report: the region

    if raw in ("我局", "本局"):
        return _own_bureau(raw, case_text, city or county or placed("市").city)
    if raw in ("我院", "本院") and max(n_proc, n_court) > 0:
        # a court's or procuratorate's own report: the one of the place the report is about
        where = placed("县")
        court = n_court > n_proc
        # an intermediate court or city procuratorate speaks of the lower units it guides
        # (我院指导某区法院…, 全市法院): its own level is the city, not the county it names
        guides = any(w in case_text for w in _GUIDES_LOWER_UNITS)
        if where.county and not (guides and where.city and where.city not in MUNICIPALITIES):
            name = where.county + ("人民法院" if court else "人民检察院")
        elif where.city and where.city not in MUNICIPALITIES:
            name = where.city + ("中级人民法院" if court else "人民检察院")
        else:
            return Agency(name=raw, agency_type="court" if court else "procuratorate")
        return Agency(name=name, agency_type="court" if court else "procuratorate")

    names = [n for n in re.split(r"[、,，]", raw) if n]
    resolved = []
    for n in names:
        resolved.append(_qualify_with_city(_expand_with_unit(
            n, province=province, city=city, county=county, procuratorate_context=n_proc >= n_court), city, province))
    name = "、".join(resolved)
    kind = agency_type_of(name)
    if kind == "other" and (_PLACE_NAME.fullmatch(resolved[0]) or resolved[0] in PROVINCES):   # (甘肃, 宁夏 too)
        # a case headed by a place: its 政法委 when the case says so, else the system that reports
        place = names[0]
        head = case_text[:300]
        if place + "政法委" in head or place + "委政法委" in head:
            kind = "committee"
        else:
            kind = reporting_system(meta, text)
    return Agency(name=name, agency_type=kind)


# a place the case keeps naming, more than half of its places: what the case is about
_MIN_PLACE_MENTIONS = 2


def _place_told_of(case_text: str, text: str, meta: DocumentMeta) -> Agency:
    """No agency named (说起合山的平安建设…, 镇原县牢固树立…理念): the county or city the case
    tells of, acting for the system the report speaks for, as a case headed by a place does."""
    told = Counter(m.candidates[0] for m in find_places(case_text)
                   if len(m.candidates) == 1 and m.candidates[0].level != "province")
    if told:
        place, n = told.most_common(1)[0]
        # (该县, 全县 …: the county named once, told of again; counted when it is the one such place)
        level = place.name[-1]
        if sum(1 for p in told if p.name.endswith(level)) == 1:
            # (全市, 全区 are words of any report; 全县 speaks of a county as 该县 does)
            n += sum(case_text.count(w + level) for w in (("该", "全") if level in "县旗" else ("该",)))
            # (…and its own party committee and government by their level alone: 区委书记, 区政府常务会议)
            n += len(re.findall(rf"(?<![社小园景街校营厂矿]){level}(?:委|政府|党政|人大|政协)", case_text.replace(place.name, "")))
        if n >= _MIN_PLACE_MENTIONS and n * 2 > sum(told.values()):
            return Agency(name=place.name, agency_type=reporting_system(meta, text))
    return Agency(name=None, agency_type="other")


def reporting_system(meta: DocumentMeta, text: str) -> str:
    """The system a report speaks for, from its title and head: the committee's words first
    (a 平安建设 report names courts and police too), else the one system named, else other."""
    head = " ".join(filter(None, [meta.title, text[:_REPORT_HEAD]]))
    for m in reversed(find_places(head)):   # (公安县, 平安区: places, not the words of a system)
        head = head[:m.start] + " " + head[m.end:]
    named = [kind for kind, words in SYSTEM_WORDS.items() if any(w in head for w in words)]
    if "committee" in named:
        return "committee"
    return named[0] if len(named) == 1 else "other"


def full_name(name: str | None, own: str | None, region: Region | None = None) -> str | None:
    """The fullest name the text supports, from the name as written and its standard_name `own`:
    as written, completed where standard_name completes it (沙市区人民法院 in a 荆州 report ->
    荆州市沙市区人民法院), never cut to its own level: 江苏省南通市中级人民法院 stays whole, and
    the places above it written short are written in full (四川崇州市人民法院 -> 四川省崇州市…,
    江西赣州上犹县 -> 江西省赣州市上犹县, 河北廊坊广阳区 -> 河北省廊坊市广阳区)."""
    if not name or not own or name == own or own.startswith("中共"):
        return own                          # (a commission's full name is whole: 中共北京市东城区委政法委员会)
    if name.endswith(own):
        return _above_in_full(name[:-len(own)], region) + own
    written = _province_written(name)
    if region and written and PROVINCES[written] == region.province and not own.startswith(region.province):
        city = region.city if region.city and region.city != region.province and not own.startswith(region.city) else ""
        return region.province + city + own
    return own


def _above_in_full(above: str, region: Region | None) -> str:
    """The places written above a name, in full: 四川 -> 四川省, 江西赣州 -> 江西省赣州市 (the
    city the region resolved); else as written."""
    if above in PROVINCES:
        return PROVINCES[above]
    written = _province_written(above)
    if region and region.city and written and PROVINCES[written] == region.province:
        city = canonical_place(above[len(written):])
        if city and city[0] == region.city:
            return region.province + region.city
    place = canonical_place(above) if region and not written else None
    if place and place[1] == "city" and place[0] == region.city:
        return place[0]                     # (温州乐清市人民检察院: 温州市, the city it resolved to)
    return above


def _province_written(name: str) -> str | None:
    """The province's short name `name` opens with (江西赣州上犹县 -> 江西), if any."""
    return next((p for p in PROVINCES if name.startswith(p)), None)


# A party committee's political-legal commission, however written (泰安市委政法委, 浙江省政法委,
# 莱阳市委员会政法委员会, 中国共产党莱阳市委员会政法委员会): its place and level, named in full as
# 中共…委政法委员会
_PL_COMMISSION = re.compile(r"^(?:中共|中国共产党)?(?P<place>.+?(?:自治区|自治州|自治县|省|市|区|县|州|旗|盟))"
                            r"(?P<committee>委员会|委)?政法委(?:员会)?$")
_ZONE_END = re.compile(f"(?:{'|'.join(ZONE_WORDS)})$")


@lru_cache(maxsize=4096)      # one agency, one region: the same answer for each of its cases
def standard_name(name: str | None, region: Region | None = None) -> str | None:
    """The agency's name from its own level's place (see _own_level_name), a political-legal
    commission by its full name (泰安市委政法委 -> 中共泰安市委政法委员会)."""
    own = _own_level_name(name, region)
    commission = _PL_COMMISSION.match(own) if own else None
    if commission and not commission["committee"] and _ZONE_END.search(commission["place"]):
        return own                          # (盐城经济技术开发区政法委: a zone has no 区委 to name it by)
    return f"中共{commission['place']}委政法委员会" if commission else own


_LEVEL_WORDS = frozenset({"省", "市", "县", "区", "旗", "盟", "自治区", "地区"})


def _own_level_name(name: str | None, region: Region | None = None) -> str | None:
    """An agency's name from its own level's place, so one agency reads the same in every report:
    河南省巩义市人民法院 -> 巩义市人民法院, 山东省聊城市东阿县司法局 -> 东阿县司法局,
    江苏省南京市中级人民法院 -> 南京市中级人民法院.  A district keeps its city (district names
    repeat: 鼓楼区 is in 南京, 福州, 徐州 and 开封): 浙江省宁波市海曙区… -> 宁波市海曙区…, and a
    district written alone is given the city of the `region` read for it (沙市区人民法院 in a
    荆州 report -> 荆州市沙市区人民法院); a municipality's units keep it, as their official names
    do (重庆市长寿区人民法院)."""
    if not name:
        return name
    if "、" in name:
        name = name.split("、")[0]      # 甲局、乙局、丙局 holding one project: the first, its lead
    place = canonical_place(name) if len(name) <= 4 else None
    if place:
        name = place[0]                 # a place that acts, by its short name (惠州 -> 惠州市, 河北 -> 河北省)
    zone = PLACE_RE.match(name)
    if zone and known_zone(zone.group(0)) and not is_known_place(zone.group(0)):
        # a district's development zone keeps the district's city (江宁经济技术开发区 -> 南京市江宁…)
        kind = next(z for z in ZONE_WORDS if zone.group(0).endswith(z))
        head = next(iter(find_places(zone.group(0)[:-len(kind)].removesuffix("市"), whole_name=True)), None)
        own = head.candidates[0] if head and len(head.candidates) == 1 else None
        if own and own.level == "county" and own.name.endswith("区") and own.city and not name.startswith(own.city):
            return (own.province if own.province in MUNICIPALITIES else own.city) + name
        return name
    mention = next(iter(find_places(name)), None)
    if mention is not None and 0 < mention.start <= 3 and name[:mention.start] in PROVINCES \
            and all(c.province == PROVINCES[name[:mention.start]] for c in mention.candidates):
        # 四川崇州市人民法院: a province's short name before its county's full one (北京大兴区…: the
        # municipality's, written in full)
        province = PROVINCES[name[:mention.start]]
        rest = _own_level_name(name[mention.start:], region)
        return province + rest if province in MUNICIPALITIES and not rest.startswith(province) else rest
    if mention is None or mention.start != 0:
        return name                     # no place first
    candidates = mention.candidates
    if len(candidates) > 1 and region is not None and region.county:
        candidates = tuple(c for c in candidates if c.county == region.county and c.city == region.city)
    if len(candidates) != 1:
        return name                     # a place the dataset cannot tell apart
    own = candidates[0]
    written = name[:mention.end]
    if written[-1:] in "州县旗" and written != own.name and own.name.startswith(written[:-1]) \
            and own.name.endswith("自治" + written[-1]):
        # an autonomous prefecture or county by its short form (大理州 -> 大理白族自治州)
        name, written = own.name + name[mention.end:], own.name
    if written != own.name and own.name[len(written):] in _LEVEL_WORDS and own.name.startswith(written) \
            and name[mention.end:]:
        # a place's organ under its short name (苏州公安局, 南京法院, 杭州人大): the place in full
        name, written = own.name + name[mention.end:], own.name
    if not written.endswith(own.name):
        return name
    district = own.level == "county" and own.name.endswith("区") and own.city
    if written == own.name:
        # (the region must be the district's own: a district the report names in passing stays)
        if district and region is not None and region.county == own.county and region.city == own.city:
            parent = own.province if own.province in MUNICIPALITIES else own.city
            return parent + name
        return name
    if own.province in MUNICIPALITIES and own.level != "province" and not written.startswith(own.province):
        return own.province + own.name + name[mention.end:]    # 北京大兴区… -> 北京市大兴区…
    if own.level == "province" or own.province in MUNICIPALITIES:
        return name
    keep = own.city + own.name if district else own.name
    return keep + name[mention.end:]
