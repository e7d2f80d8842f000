"""Case text -> recognitions (入选典型案例, 获评…奖, 被…转发, 在全国推广, 试点 …).

Vocabulary in etl/vocab/recognitions.csv:
  level rows        issuer names and scope words -> national / provincial / municipal / other
  kind rows         the noun a phrase ends on (奖, 典型案例, 试点 …) -> award / typical_case / pilot / other
  *_verb rows       the verbs that start a phrase
  collective        a document head saying every practice in it was selected
                    (重庆 “十大最佳实践”, 盐城 “培优类入库案例”, 最高检发布…典型案例)

A phrase's level is the highest level named inside the phrase; when the phrase
names none (获评优秀组织奖), the text just before it in the same sentence is
read (在全省…活动中, …获评…).  A phrase that names no level at all is 'other'.
"""
from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from etl.divisions import province_short_names
from etl.records import Recognition

VOCAB = Path(__file__).parent / "vocab" / "recognitions.csv"
LEVEL_RANK = {"national": 4, "provincial": 3, "municipal": 2, "other": 1}
# The head of a document (title, 编者按, first lines) is where a bulletin says
# all its practices were selected; the first practice starts well before 600 chars.
HEAD_CHARS = 600
LOOKBACK_CHARS = 40
# Scraped reports break lines inside sentences (盐城检察机关\n\n关优秀…典型案例),
# so a newline never ends a phrase; punctuation does.
CLAUSE_PUNCT = "，,。；;！!？?：:"
SENTENCE_PUNCT = "。；;！!？?\n"
_C = f"[^{CLAUSE_PUNCT}]"

PROVINCES = "|".join(province_short_names())
_PLACE_TOKENS = {
    "<province>": f"(?:{PROVINCES})(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?",
    # A city name: 2-3 characters that are not function words, then 市 (not 市场/市民/市域).
    "<city>": "(?:(?![在全各本我该省区县的和与及被由向对为从把将等了年月日])[一-龥]){2,3}市(?![场民域值面容井])",
}


@dataclass(frozen=True)
class _LevelRule:
    regex: re.Pattern
    level: str
    is_issuer: bool


@dataclass(frozen=True)
class _Vocab:
    levels: tuple[_LevelRule, ...]
    any_level: re.Pattern            # all level rules in one: most windows name no level
    direct_municipality: re.Pattern
    not_place: re.Pattern
    kinds: tuple[tuple[re.Pattern, str], ...]
    passive: re.Pattern
    write_in: re.Pattern
    write_in_firsts: str             # the first characters of write_in's verbs (_finditer_from)
    select: re.Pattern
    scope_promote: re.Pattern
    exchange: re.Pattern
    pilot: re.Pattern
    collective: re.Pattern
    intent: re.Pattern
    any_verb: re.Pattern
    pilot_verb: re.Pattern
    media: re.Pattern
    media_level: str
    praise: re.Pattern
    promote_verbs: frozenset[str]


def _alternation(cells: list[str]) -> str:
    words = [w for cell in cells for w in cell.split("|") if w]
    return "|".join(sorted(set(words), key=len, reverse=True))


@lru_cache(maxsize=1)
def _vocab() -> _Vocab:
    with VOCAB.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    by_field: dict[str, list[dict]] = {}
    for r in rows:
        by_field.setdefault(r["field"], []).append(r)

    def expand(pattern: str) -> str:
        for token, rx in _PLACE_TOKENS.items():
            pattern = pattern.replace(token, rx)
        return pattern

    levels = tuple(_LevelRule(re.compile(expand(r["pattern"])), r["value"], r["is_issuer"] == "yes")
                   for r in by_field["level"])
    kinds = tuple((re.compile(r["pattern"]), r["value"]) for r in by_field["kind"])
    cells = lambda f: [r["pattern"] for r in by_field[f]]  # noqa: E731
    select, promote = _alternation(cells("select_verb")), _alternation(cells("promote_verb"))
    endorse, write_in = _alternation(cells("endorse_verb")), _alternation(cells("write_in_verb"))
    exchange = _alternation(cells("exchange"))
    scopes = _alternation(cells("promote_scope"))
    return _Vocab(
        levels=levels,
        any_level=re.compile("|".join(f"(?:{rule.regex.pattern})" for rule in levels)),
        direct_municipality=re.compile(_alternation(cells("direct_municipality"))),
        not_place=re.compile(_alternation(cells("not_place"))),
        kinds=kinds,
        # 被最高检、省检察院转发; 得到中央政法委肯定.  Greedy: the last verb in the clause.
        passive=re.compile(f"(?:被|得到|受到)(?P<by>{_C}{{1,30}})(?P<verb>{promote}|{endorse})"),
        write_in=re.compile(f"(?P<verb>{write_in}){_C}{{0,30}}?(?:工作报告|报告|白皮书|蓝皮书|文件)"),
        write_in_firsts="".join(sorted({w[0] for w in write_in.split("|")})),
        select=re.compile(f"(?P<verb>{select})(?P<obj>{_C}{{1,60}})"),
        scope_promote=re.compile(f"(?P<scope>{scopes}){_C}{{0,20}}?(?P<verb>{promote})"),
        # 在全市政法工作会议上作交流; 在全国、全省检察机关作经验交流
        exchange=re.compile(f"在{_C}{{0,24}}?(?:(?:会议|大会|论坛|座谈会|会)上?(?:作|进行|做)?|(?:作|进行|做))"
                            f"(?P<verb>{exchange})"),
        pilot=re.compile(f"试点(?!期间|探索)(?P<unit>{_alternation(cells('pilot_unit'))})?"),
        pilot_verb=re.compile(_alternation(cells("pilot_verb"))),
        # 中央、省、市级多家媒体对该平台报道宣传 (the level is read before 媒体)
        media=re.compile(f"(?:{_alternation(cells('media_word'))}){_C}{{0,12}}?(?:{_alternation(cells('media_verb'))})"),
        # 市委主要领导对此给予批示肯定
        media_level=by_field["media_word"][0]["value"] or "other",
        praise=re.compile(f"(?:{_alternation(cells('praise_verb'))}){_C}{{0,4}}?(?:{endorse})"),
        collective=re.compile("|".join(f"(?:{c})" for c in cells("collective"))),
        intent=re.compile(_alternation(cells("intent"))),
        any_verb=re.compile(f"被|{select}|{promote}|{endorse}"),
        promote_verbs=frozenset(promote.split("|")),
    )


def _kind_of(phrase: str) -> str | None:
    for regex, kind in _vocab().kinds:
        if regex.search(phrase):
            return kind
    return None


@lru_cache(maxsize=4096)   # windows are short phrases (入选最高检典型案例) that recur
def _level_in(window: str, municipal_is_provincial: bool) -> tuple[str | None, str | None]:
    """(highest level named in window, issuer as written at that level)."""
    v = _vocab()
    if not v.any_level.search(window):
        return None, None
    best: tuple[int, int, str, str | None] | None = None   # rank, -position, level, issuer
    # 示范城市, 智慧城市: a "…市" inside these words is not a city.
    not_place = [(m.start(), m.end()) for m in v.not_place.finditer(window)]
    for rule in v.levels:
        for m in rule.regex.finditer(window):
            text = m.group()
            if not text:
                continue
            if any(a < m.end() and m.start() < b for a, b in not_place):
                continue
            level = rule.level
            if level == "municipal" and municipal_is_provincial and text.startswith(("市", "全市")):
                level = "provincial"
            key = (LEVEL_RANK[level], 1 if rule.is_issuer else 0, -m.start())
            if best is None or key > best[:3]:
                best = (*key, level, text if rule.is_issuer else None)
    if best is None:
        return None, None
    return best[3], best[4]


def _sentence_start(text: str, pos: int, floor: int) -> int:
    start = max(floor, pos - LOOKBACK_CHARS)
    for i in range(pos - 1, start - 1, -1):
        if text[i] in SENTENCE_PUNCT:
            return i + 1
    return start


def _extend_award_list(text: str, end: int, limit: int) -> int:
    """获评…特等奖,工信部…一等奖,被…评为…: take the following verb-less clauses
    that are further items of the same list (they end on 奖/案例/称号)."""
    for _ in range(3):
        if end >= limit or text[end] not in "，,、":
            break
        m = _LIST_ITEM_RX.match(text, end + 1, limit)
        if not m or _vocab().any_verb.search(m.group()) or not _LIST_ITEM_END_RX.search(m.group()):
            break
        end = m.end()
    return end


# 得到了浙江省委、省政府和公安部领导的充分肯定 -> issuer 浙江省委、省政府和公安部领导
_ISSUER_TRIM_RX = re.compile("^了|的?(?:充分|高度|一致|广泛|大力)?的?$")
_LIST_ITEM_RX = re.compile(f"{_C}{{1,40}}")
_LIST_ITEM_END_RX = re.compile("(?:奖|案例|称号|品牌|项目)[”\"’'」』]*$")
_HEAD_TAIL_RX = re.compile(f"{_C}{{0,10}}")
_OWN_SELECTION_RX = re.compile("入选|获评|荣获")
# 被 + issuer, ending where the verb starts (the search window ends there).
_BY_RX = re.compile(f"被(?P<by>{_C}{{0,20}})$")
# The clause before 试点, and in it the first verb that makes the practice a pilot.
_CLAUSE_TAIL_RX = re.compile(f"{_C}*$")


@dataclass
class _Found:
    start: int
    end: int
    kind: str
    issuer_hint: str | None = None
    level: str | None = None         # fixed level (media reports), else read from the text


def _finditer_from(rx: re.Pattern, firsts: str, text: str, start: int, end: int):
    """rx.finditer(text, start, end) for a pattern whose every match starts with one of the
    rare characters `firsts` (写入, 载入), begun at the first of them.  `re` looks for a start
    from a set of characters by testing the set at every position; str.find jumps to each
    one far faster, so a case without them (most) costs two finds instead of a scan."""
    at = [i for i in (text.find(c, start, end) for c in firsts) if i >= 0]
    return rx.finditer(text, min(at), end) if at else iter(())


def _find_phrases(text: str, start: int, end: int) -> list[_Found]:
    v = _vocab()
    found: list[_Found] = []

    def taken(s: int, e: int) -> bool:
        return any(s < f.end and f.start < e for f in found)

    def intended(s: int) -> bool:
        return bool(v.intent.search(text, max(start, s - 4), s))

    for m in v.passive.finditer(text, start, end):
        kind = "promotion" if m["verb"] in v.promote_verbs else "other"
        found.append(_Found(m.start(), m.end(), kind, _ISSUER_TRIM_RX.sub("", m["by"])))
    for m in _finditer_from(v.write_in, v.write_in_firsts, text, start, end):
        if not taken(m.start(), m.end()):
            found.append(_Found(m.start(), m.end(), "other"))
    for m in v.select.finditer(text, start, end):
        kind = _kind_of(m["obj"])
        if kind is None:
            continue
        # 被盐城市人民检察院列入…: the phrase starts at 被 and names its issuer.
        by = _BY_RX.search(text, max(start, m.start() - 20), m.start())
        s = by.start() if by else m.start()
        if (m["verb"] == "记" and not by) or taken(s, m.end()):
            continue
        e = _extend_award_list(text, m.end(), end) if kind in ("award", "typical_case") else m.end()
        found.append(_Found(s, e, kind, by["by"] if by else None))
    for matches, kind, level in ((v.scope_promote.finditer(text, start, end), "promotion", None),
                                 (v.exchange.finditer(text, start, end), "promotion", None),
                                 (v.media.finditer(text, start, end), "other", v.media_level),
                                 (v.praise.finditer(text, start, end), "other", None)):
        for m in matches:
            if not taken(m.start(), m.end()) and not intended(m.start()):
                found.append(_Found(m.start(), m.end(), kind, level=level))
    for m in v.pilot.finditer(text, start, end):
        # 被确定为…试点 / 作为…试点; or a named pilot unit: 全国市域社会治理现代化试点城市.
        clause_start = _CLAUSE_TAIL_RX.search(text, max(start, m.start() - 26), m.start()).start()
        verb = v.pilot_verb.search(text, clause_start, m.start())
        if verb:
            s = verb.start()
        elif m["unit"]:
            s = max(clause_start, m.start() - 12)
        else:
            continue
        if not taken(s, m.end()) and not intended(s):
            found.append(_Found(s, m.end(), "pilot"))
    return found


def _collective(text: str, limit: int) -> _Found | None:
    """The first collective selection named in the document head, if any.
    Every case of a document asks about the same head: remember the last answer."""
    key = (limit, text[:limit])
    if _last_collective[0] != key:
        _last_collective[:] = [key, _find_collective(text, limit)]
    return _last_collective[1]


# One entry: the pipeline asks about each case of a document in turn.
_last_collective: list = [None, None]


def _find_collective(text: str, limit: int) -> _Found | None:
    v = _vocab()
    for m in v.collective.finditer(text, 0, limit):
        # 入选…联合发布的…典型案例 is the practice's own selection, not the bulletin's.
        before = text[_sentence_start(text, m.start(), 0):m.start()]
        if _OWN_SELECTION_RX.search(before):
            continue
        tail = _HEAD_TAIL_RX.match(text, m.end(), limit)
        phrase_end = tail.end() if tail else m.end()
        kind = ("promotion" if "交流会" in m.group()
                else _kind_of(m.group()) or _kind_of(text[m.start():phrase_end]) or "typical_case")
        return _Found(m.start(), m.end(), kind)
    return None


def extract_recognitions(text: str, start: int, end: int) -> list[Recognition]:
    v = _vocab()
    head_end = min(HEAD_CHARS, start)
    # 重庆市…/长寿区 (重庆) in the head or the case's opening: its bare 市… and 全市 are provincial.
    municipal_is_provincial = bool(v.direct_municipality.search(text, 0, HEAD_CHARS)
                                   or v.direct_municipality.search(text, start, min(end, start + 200)))
    phrases = _find_phrases(text, start, end)
    collective = _collective(text, head_end) if head_end > 0 else None
    out: list[Recognition] = []
    seen: set[tuple] = set()
    previous_end = start
    for f in ([collective] if collective else []) + sorted(phrases, key=lambda f: f.start):
        # The look-back never reaches into the phrase before: 荣获“全国…”等荣誉,集体受到上级表彰
        # must not borrow 全国.
        floor = 0 if f is collective else max(start, previous_end)
        if f is not collective:
            previous_end = max(previous_end, f.end)
        level, issuer = _level_in(text[f.start:f.end], municipal_is_provincial)
        if f.level:
            level = f.level
        elif level is None:
            back = _sentence_start(text, f.start, floor)
            level, issuer = _level_in(text[back:f.start], municipal_is_provincial)
        level = level or "other"
        if f.issuer_hint and _level_in(f.issuer_hint, municipal_is_provincial)[0]:
            issuer = f.issuer_hint  # 被最高检、省检察院转发: the issuers as written
        phrase = text[f.start:f.end]
        # One pilot per level: 试点 recurs in every paragraph of a pilot's write-up.
        key = ("pilot", level) if f.kind == "pilot" else (f.kind, level, phrase.replace("了", ""))
        if key in seen:
            continue
        seen.add(key)
        out.append(Recognition(level=level, kind=f.kind, issuer=issuer, text=phrase,
                               char_start=f.start, char_end=f.end))
    return out
