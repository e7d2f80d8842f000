"""Normalised document -> document metadata and one span per practice.

The genre comes in three shapes, tried in this order:
  signed articles  -- a byline (name, agency, post such as 党组书记、检察长) opens
                      each article; the whole article is ONE case, its 一、二、
                      sections are parts of it;
  headed lists     -- each practice is headed by its agency or place: on its own
                      line above/below a slogan title, "机构——标题", "机构《标题》",
                      "机构:正文", numbered ("1 市高法院");
  running text     -- numbered sections whose subjects are different agencies,
                      or one paragraph of "；"-separated places (北京在…；福建…);
                      otherwise the whole document is one case.
Editor's notes and intros before the first case belong to no case; an expert
comment (专家点评) stays inside the practice it follows.
"""
from __future__ import annotations

import bisect
import csv
import datetime as dt
import os
import re
from collections import Counter
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

import numpy as np

from etl.agencies import (ABBREVIATIONS, ALL_SUFFIX_ALT, CIVIL_UNIT_ENDS, COURT_DIVISION, ORGAN_WORDS, PL_SUFFIX_ALT, PLACE_RE, PROVINCES, RUNNING_WORDS, SHORT_FORM_LEVEL, SHORT_FORM_RX, STATION_WORDS, SUB_UNIT, ZONE_PLACE, agency_type_of, document_city, document_province, first_listed,
                          known_zone, trim_false_place)
from etl.divisions import children
from etl.places import (SELF_PLACES, TOWNSHIP_WORDS, WHOLE_PLACES, ZONE_WORDS, canonical_place, find_places, is_common_noun_place,
                        is_known_place)
from etl.records import CaseSpan, DocumentMeta

VOCAB = Path(__file__).resolve().parent / "vocab"


def _markers() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    with open(VOCAB / "segment_markers.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            out.setdefault(row["kind"].strip(), []).append(row["pattern"].strip())
    return out


def _alt(words: list[str]) -> str:
    """Alternation of vocabulary words; ASCII and full-width : ( ) both match."""
    parts = []
    for w in sorted(words, key=len, reverse=True):
        p = re.escape(w)
        p = p.replace(":", "[:：]").replace(r"\(", "[(（]").replace(r"\)", "[)）]").replace("“", "[“\"]")
        parts.append(p)
    return "|".join(parts)


_M = _markers()
_HAN = r"\u4e00-\u9fff"
# A list number needs its separator: 一体化 / 三明市 start with numerals but are no numbers.
# (a case label may read 案(事)例一)
_CASE_WORD = r"案(?:[(（]事[)）])?例"
# what labels a release's case: 案例一, 案(事)例1, 事例1
_ITEM_WORD = rf"(?:{_CASE_WORD}|事例)"
_NUM = (r"(?:(?:[(（](?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]|(?:\d{1,2}|[一二三四五六七八九十]{1,3})[、.．:：]"
        rf"|(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})(?=\s)|(?:典型)?{_ITEM_WORD}(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[、.．:：，,]"
        rf"|[【\[](?:{_CASE_WORD}|典型{_CASE_WORD}|经验|亮点)?第?(?:\d{{1,4}}|[一二三四五六七八九十]{{1,3}})号?[】\]])\s*)")   # 【案例3】, 【第292号】, 案例一:
_NUMBERED = re.compile(rf"^(?:[【\[](?:{_CASE_WORD}|典型{_CASE_WORD}|经验|亮点)?第?[一二三四五六七八九十\d]{{1,4}}号?[】\]]|(?:{_ITEM_WORD}|亮点|做法|经验)[一二三四五六七八九十\d]{{1,3}}[:：、，,\s]?|\d{{1,2}}\s+|\d{{1,2}}[、.．]|[一二三四五六七八九十]{{1,3}}[、.．]|[(（][一二三四五六七八九十\d]{{1,3}}[)）]|第[一二三四五六七八九十]{{1,3}}[、，,章节部分])")
_SENT_END = "。！？!?"
_CLAUSE_MARKS = "。，,；;"          # a line holding one is prose, not a heading, name or title
# a post ends the byline line or is followed by 、: 重庆市长寿区 holds 市长 but is no post
_POST = re.compile(rf"(?:{_alt(_M['post'])})(?=$|[、，,\s])")
_NOT_A_NAME = set(_M["not_a_name"])
# (nor the words of an honour: 某法院表彰十佳法庭 is a headline)
_HEADLINE_VERB = re.compile(_alt(_M["headline_verb"] + _M["gives_honour"] + _M["award_verb"]))
_TRAILER = re.compile(rf"^(?:{_alt(_M['trailer'])})")
_NOT_TITLE_WORDS = re.compile(_alt(_M['not_title']))
# …and a breadcrumb trail, 平安某某网 > 要闻 > 正文: two steps at least, not 1+5>6; or one step of >>
_BREADCRUMB = re.compile(r"[^\s>»，。,]{1,15}\s*[>»]\s*[^\s>»，。,]{1,15}\s*[>»]|[^\s>»，。,]\s*(?:>>|»)\s*[^\s>»，。,]")


def _not_title(s: str) -> bool:
    """Page furniture that is never a title (vocab not_title, a breadcrumb trail, a site's
    banner with its domain: 某市司法局 sfj.km.gov.cn, a caption)."""
    return bool(_NOT_TITLE_WORDS.search(s) or (("»" in s or ">" in s) and _BREADCRUMB.search(s))
                or ("." in s and _DOMAIN.search(s)) or ("版" in s and _PAGE_LABEL.match(s))
                or _CAPTION_LINE.match(s) is not None)     # (图为…: a photo's caption)


# a newspaper's page label: 第A12版:看无锡, 第二-三版:司法行政, A3版：要闻 (not 升级版:…)
_PAGE_LABEL = re.compile(r"第?[A-Za-z]?[0-9一二三四五六七八九十〇○]{1,5}(?:[-—－][0-9一二三四五六七八九十〇○]{1,3})?版\s*[:：]")


_DOMAIN = re.compile(r"(?<![a-z0-9.-])[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:gov\.cn|com\.cn|org\.cn|cn|com|net|org)(?![a-z0-9.-])", re.I)


_FUTURE = re.compile(rf"(?:{_alt(_M['future'])})\s*$")

# One agency name: an optional place/qualifier then a type word from the vocabulary.
# The first character may not be a preposition (从市委政法委… is not a name).
_AGENCY = rf"(?![从由在据经和与及对向])[{_HAN}（）()·]{{0,24}}?(?:{ALL_SUFFIX_ALT})"
_AGENCY_LIST = rf"{_AGENCY}(?:[、和及与]{_AGENCY})*"
# (an agency's room or desk heads its practice too: 某某派出所调解室, 某某法庭工作室)
_AGENCY_LINE = re.compile(rf"^{_NUM}?({_AGENCY_LIST})(?:调解室|调解工作室|工作室|警务室|服务站)?$")
_DASH = r"\s*(?:——|—|－－|--|─{1,2})\s*"
_DASH_CHAR_RX = re.compile("[—－\\-─]")     # one of them is in every _DASH
_AGENCY_DASH_TITLE = re.compile(rf"^{_NUM}?({_AGENCY_LIST}){_DASH}(.{{2,80}})$")
_TITLE_DASH_AGENCY = re.compile(rf"^{_NUM}?(.{{4,60}}?){_DASH}({_AGENCY_LIST})$")
_AGENCY_BOOK_TITLE = re.compile(rf"^{_NUM}?({_AGENCY_LIST})\s*[《〈](.{{2,60}})[》〉]$")
_AGENCY_COLON_BODY = re.compile(rf"^{_NUM}?({_AGENCY_LIST})[:：]\s*(.{{2,}})$")
# "永川区: 标题 副题 正文…": a place's entry of a list whose line breaks were flattened to spaces
_PLACE_COLON_DIGEST = re.compile(rf"^{_NUM}?([{_HAN}]{{2,12}}?)[:：]\s*(.{{10,}})$")
_AGENCY_BRACKET = re.compile(rf"^{_NUM}?[【\[]({_AGENCY_LIST})[】\]]\s*(.{{0,60}})$")
_PLACE_SPLIT_TITLE = re.compile(rf"^{_NUM}?([{_HAN}]{{2,12}}?)(?:{_DASH}|\s*[:：]\s*)(.{{2,60}})$")
_PL_END = re.compile(rf"(?:{PL_SUFFIX_ALT})$")
_NAME_LINE = re.compile(rf"^(?:作者[:：]?\s*|文/|□\s*)?([{_HAN}]{{2,4}}|[{_HAN}]\s{{1,3}}[{_HAN}]{{1,2}}|[{_HAN}]{{2}}\s{{1,3}}[{_HAN}])$")
_NAME_AND_POST = re.compile(rf"^(?:作者[:：]?\s*|文/|□\s*)?([{_HAN}]{{2,4}})\s+(.{{4,50}})$")
_POST_AND_NAME = re.compile(rf"^(?:作者[:：]?\s*|文/|□\s*)?(.{{4,50}}?)\s+([{_HAN}]{{2,4}})$")
# "省委常委、省委政法委书记刘长根": the name glued right after the post
_POST_GLUED_NAME = re.compile(rf"^((?:[{_HAN}、]){{4,40}}?(?:{_alt(_M['post'])}))([{_HAN}]{{2,3}})$")
_NAME_PAREN_POST = re.compile(rf"^(?:作者[:：]?\s*|文/|□\s*)?([{_HAN}]{{2,4}}|[{_HAN}]\s{{1,3}}[{_HAN}]{{1,2}})\s*[(（](.{{4,50}})[)）]$")
_JUNK_LINE = re.compile(r"^[\s|｜·•\-—_=*#]*$")
_YEAR = re.compile(r"((?:19|20)\d\d)\s*(?:[—–\-至到~]\s*(?:19|20)\d\d\s*)?年")
_DATE = re.compile(r"((?:19|20)\d\d)\s*[-./年]\s*(\d{1,2})\s*[-./月]\s*(\d{1,2})\s*日?")
_DAY_FIRST_DATE = re.compile(r"(?<!\d)(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)(?!\d)")   # 28.08.2018 11:25
_YEAR_THEN_DAY = re.compile(r"^((?:19|20)\d\d)\s+(\d{1,2})/(\d{1,2})\s+\d{1,2}:\d\d")           # 2024 03/14 12:11:48
_DATELINE_HINT = re.compile(r"时间|日期|发布|来源|稿件|编辑|作者|^\s*[(（]?\s*(?:19|20)\d\d"
                            r"|(?:19|20)\d\d[-/]\d{1,2}[-/]\d{1,2}\s+\d{1,2}:\d\d")    # …网 2024/8/2 10:40:32
# scraped pages glue the next label on: "来源:某区委政法委发布时间:2025-09-08"
# (an empty "来源:" at a line's end takes nothing from the next line)
# (any space but a line break around the colon: 来源\u2002：\u2002某某县人民法院)
_SOURCE_WORDS = ("稿件来源", "来源", "供稿", "出处", "转自", "转载自", "发布机构", "发文机关")
_SOURCE = re.compile(rf"(?:{'|'.join(_SOURCE_WORDS)})[^\S\n]*[:：][^\S\n]*((?:(?!发布|时间|日期|作者|编辑|更新|浏览|点击|阅读|字号|责任)[^\s|｜,，。;；]){{2,30}})")
_NEWSPAPER = re.compile(rf"^([{_HAN}]{{2,10}}?(?:日报|晚报|时报|法制报|法治报|导报|报))")
_ORGANISER = re.compile(rf"({_AGENCY}(?:[、和及与]{_AGENCY})*)(?:联合|共同)?主办")
_EDITOR_NOTE = re.compile(r"^\s*(?:编者按|编者的话|按语|导语)\s*[:：]?\s*")
_EVENT = re.compile(r"召开|举办|举行|发布|评选|推出|刊发|刊登")
_LEADING_DATE = re.compile(r"^(?:(?:19|20)\d\d年)?\d{1,2}月\d{1,2}日(?:上午|下午|晚)?[,，]?")
_NAME_IN_BOOK = re.compile(r"《[^》]{0,60}》")
_NAME_IN_QUOTES = re.compile(r"“[^”]{0,30}(?:19|20)\d\d[^”]{0,30}”")
_PLAN_AFTER = re.compile(r"(?:远景|规划|纲要|愿景)")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")


class _Line(NamedTuple):         # a tuple: created for every line of every document
    start: int
    end: int
    s: str          # stripped text
    short: bool     # len(s) <= 60


_LEAD_JUNK = " \t\r\u3000|｜■◆●▲★☆◇▶►•※◎○"


@lru_cache(maxsize=4)   # describe_document and segment_cases read the same text
def _lines(text: str) -> tuple[_Line, ...]:
    return tuple(_iter_lines(text))


# What a _JUNK_LINE may start with besides whitespace (the other lines skip the regex).
_JUNK_FIRST = frozenset("|｜·•-—_=*#")


_CHEER_LEAD = re.compile(rf"(?:{_alt(_M['cheer_lead'])})\s*[!！:：|｜丨]+\s*")
_CHEER_FIRSTS = frozenset(w[0] for w in _M["cheer_lead"])


def _iter_lines(text: str):
    at = 0
    for raw in text.split("\n"):
        line_start, at = at, at + len(raw) + 1
        # leading bullets (◆盐城市中级人民法院) are layout, not part of the heading, nor is a cheer (喜报!)
        body = raw.lstrip(_LEAD_JUNK)
        if body[:1] in _CHEER_FIRSTS and (cheer := _CHEER_LEAD.match(body)):
            body = body[cheer.end():]
        s = body.rstrip(" \t\r\u3000|｜")
        if not s or ((s[0] in _JUNK_FIRST or s[0].isspace()) and _JUNK_LINE.match(s)):
            continue
        lead = len(raw) - len(body)
        yield _Line(line_start + lead, line_start + lead + len(s), s, len(s) <= 60)


_HEADLINE_STOP_RX = re.compile(f"[{_SENT_END}；;]")


# a subtitle opens on a dash (主标题 / ——某某调研报告); one dated so is a delivery note (——2024年8月29日在…)
_SUBTITLE_DASHES = "—–－-"
_SUBTITLE = re.compile(rf"^[{_SUBTITLE_DASHES}]{{1,2}}")
_DATED_SUBTITLE = re.compile(rf"^[{_SUBTITLE_DASHES}]{{1,2}}\s*(?:19|20)\d\d\s*年")


def _is_headline(s: str) -> bool:
    """A short line with no sentence punctuation: a title, slogan or label."""
    if not (4 <= len(s) <= 45) or _HEADLINE_STOP_RX.search(s) or _not_title(s) or _DATED_SUBTITLE.match(s):
        return False                        # (各位代表:, 关键词…, ——2024年8月29日在…: lead-ins, labels, delivery notes)
    commas = s.count(",") + s.count("，")
    return commas == 0 or (commas == 1 and len(s) <= 25)


_LEADING_NUM = re.compile(rf"^{_NUM}")
_NAME_SEPARATOR = re.compile(r"[、和及与]")


# What a list number (_NUM) can start with besides a digit: other lines skip the regex.
_NUM_FIRST = frozenset("(（一二三四五六七八九十【[")


def _strip_num(s: str) -> str:
    if s[:1] not in _NUM_FIRST and not s[:1].isdecimal():
        return s.strip()
    return _LEADING_NUM.sub("", s).strip()


_LEVEL_CHAIN = re.compile("[省市县区乡镇村]{2,4}[二两三四五]?级")


_CLAUSE_OPENERS = ("今年", "去年", "前年", "近年", "目前", "当前", "同时", "此外", "其中", "随后", "近期", "日前", "近日")


def _valid_agency(name: str) -> bool:
    if not name or len(name) > 40 or any(c in name for c in "“”\"‘’ 的被"):
        return False                        # (搬到群众家门口的法庭, 某县被中央某委员会: a phrase, no name holds 的 or 被)
    if name[0] in "(（[【":
        return False                        # (a caption, "(点击图片查看视频)检察院": a name opens with no aside)
    if name.startswith(_CLAUSE_OPENERS):
        return False                        # (今年市局结合…: a clause's time or link word, then its subject)
    if name[1:2] == "级" and name[0] in "省市县区乡镇" or name.startswith("国家级"):
        return False                        # (市级示范司法所, 省级平安县: a grade of unit, not one unit)
    written = PLACE_RE.match(name)
    if _LEVEL_CHAIN.search(name, written.end() if written and is_known_place(written.group(0)) else 0):
        return False                        # (建成市县乡三级综治中心: the levels of a network, not one unit; 浙江省县级…: one)
    if written and written.group(0).endswith(WHOLE_PLACES) and len(written.group(0)) > 2 \
            and not is_known_place(written.group(0)[:-2]):
        return False                        # (培训后全市现有调委会: 全市 ends no place's name, but a known one's: 漳州全市法院)
    # (a verb inside a known place is no verb: 大庆市让胡路区人民法院; nor inside the agency word:
    # 社会矛盾纠纷调处化解中心)
    if _HEADLINE_VERB.search(name, written.end() if written and is_known_place(written.group(0)) else 0,
                             word.start() if (word := _AGENCY_WORD_END.search(name)) else len(name)):
        return False
    first = first_listed(name)
    # generic endings (局, 中心…) only count when a place is written first (not 首届社区…)
    place = PLACE_RE.match(first)
    return bool(_PL_END.search(first) or (place and not is_common_noun_place(place.group(0))))


def _is_place_only(s: str) -> bool:
    body = _strip_num(s)
    if len(body) <= 12 and not _HEADLINE_VERB.search(body) and PLACE_RE.fullmatch(body) is not None:
        return True
    # (a city or province by its short name alone: 沈阳 / 大连 heading a digest's entries)
    place = canonical_place(body) if 2 <= len(body) <= 3 else None
    return place is not None and place[1] in ("city", "province") and place[0].startswith(body)


@dataclass
class _Anchor:
    line: int          # index in lines
    agency: str | None
    title: str | None  # when the heading line carries the title
    shape: str         # 'agency' | 'place' | 'inline'
    listed: bool = False   # one line of a list of units under the list's heading (…名单)
    dotted: bool = False   # a contents page's unit, dotted out from its entry's title


_PAGE_NUMBER = re.compile(r"(?<=[\u4e00-\u9fff”\"』」])\s*\d{1,3}$")
# A township or street (not in the division dataset) heading a practice in a list
_TOWN_HEAD = re.compile(rf"^([{_HAN}]{{2,8}}?(?:{TOWNSHIP_WORDS}))[:：](.{{4,40}})$")


# A document's record fields: "发文机关最高人民法院" names the issuer, it heads nothing
_FIELD_LABEL = re.compile(r"^(?:发文机关|发布机关|制定机关|发文单位|发布单位|作者单位|主办单位|承办单位|来源|出处)[:：]?")


# A numbered contents line of a case release: "3.标题——某市某区某某调解的实践", the subtitle
# opening with the case's place or unit
_NUMBERED_TITLE_DASH = re.compile(rf"^{_NUM}(?!\s)(.{{4,60}}?){_DASH}(.{{4,80}})$")


# A compilation's contents: "1.某市某某工作综述……………1 2.某市…………3", dotted leaders to a page
_LEADER = r"(?:…|\.{2}|·){3,}"
_LEADER_RX = re.compile(_LEADER)
_LEADER_LEAD = re.compile(rf"{_LEADER}\s*")
_DOTTED_UNIT = re.compile(rf"([{_HAN}（）()·]{{4,40}})")
_CONTENTS_ENTRY = re.compile(rf"(?<![\d.])\d{{1,3}}[.、．]\s*([^…·.\d][^…·]{{3,60}}?)\s*{_LEADER}\s*\d{{1,4}}")
# prose after the contents: the articles themselves follow, and their own headings are read instead
_MAX_AFTER_CONTENTS = 200


def _contents_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str | None]]:
    """One case per contents entry that opens with its place or unit (three or more), when the
    contents are what the document holds."""
    out, last = [], -1
    for k, ln in enumerate(lines):
        if not _LEADER_RX.search(ln.s):
            continue
        for m in _CONTENTS_ENTRY.finditer(ln.s):
            unit = _subtitle_unit(m.group(1))
            if unit:
                out.append((ln.start + m.start(), ln.start + m.end(), m.group(1), unit))
                last = k
    if len({o[3] for o in out}) < 3 or sum(len(ln.s) for ln in lines[last + 1:]) > _MAX_AFTER_CONTENTS:
        return []
    return _cover_report(text, lines, out)


def _subtitle_unit(sub: str) -> str | None:
    """The unit (宁波市奉化区法院…) or place (杭州市西湖区…, 温州乐清市…) a subtitle opens with."""
    agency = _placed_agency_opening(sub)
    if agency:
        return agency
    written = find_places(sub[:14])
    if not written or not (written[0].start == 0 or is_known_place(sub[:written[0].start])):
        return None
    at = written[0].start
    return (_placed_agency_opening(sub[at:]) if at else None) or sub[:written[0].end]


def _spaced_title(rest: str) -> str | None:
    """The title of an entry run into its body, set off by spaces where the page had line breaks
    (“流动法庭”进社区 打造家门口的法院 为方便群众…,): all before the last space of the
    first clause."""
    head = re.split(r"[，,。；;：:]", rest, maxsplit=1)[0]
    cut = head.rfind(" ")
    return head[:cut].strip() if cut >= 4 else None


def _deed_headline(line: _Line, below: _Line) -> str | None:
    """The agency a headline opens with when the rest of it is the agency's deed and the story
    under it opens on the same agency (历下区检察院依法督促追缴土地出让金 / 历下区检察院在履职中…)."""
    if not line.short or not _is_headline(line.s) or not any(c in below.s for c in _SENT_END):
        return None
    # (历下区检察院: a district named alone, as its city's report does, told by the story repeating it)
    strict = _STRICT_AGENCY.match(line.s)
    agency = _placed_agency_opening(line.s) or (strict.group(0) if strict and _valid_agency(strict.group(0)) else None)
    # (…or, for a story opening on its agency in full, the headline may open on the agency's place)
    place = PLACE_RE.match(line.s)
    opener = agency or (place.group(0) if place and is_known_place(place.group(0)) else None)
    if not opener or len(line.s) - len(opener) < _DEED_MIN:
        return None                         # (the headline tells a deed, not just who)
    # (the story may open on its date, and name its agency in full: 江苏高院发布… / 4月17日,江苏省高级人民法院…)
    lead = _TIME_LEAD_RX.match(below.s)
    story = below.s[lead.end():] if lead else below.s
    if agency and story.startswith(agency):
        return agency
    told = _STRICT_AGENCY.match(story)
    told = told.group(0) if told and _valid_agency(told.group(0)) else None
    if not told or not lead:
        return None
    # (北京发布… / 4月20日,北京市高级人民法院召开…: a headline opened by the place of the agency its story opens on)
    if _same_place(_agency_place(opener) if agency else opener, _agency_place(told)) and (
            agency is None or agency_type_of(agency) == agency_type_of(told)):
        return told
    return None


_DEED_MIN = 4


def _subtitle_names_the_place(head: str, rest: str) -> bool:
    """情满社区——郑州市上街区政法系统…: a slogan shaped like a community's name over a subtitle
    naming a place the dataset knows is the headline and its subtitle, not "甲社区——标题"."""
    place = PLACE_RE.match(rest)
    return (not is_known_place(_strip_num(head)) and place is not None
            and is_known_place(place.group(0)))


def _heading(line: _Line, places_ok: bool) -> _Anchor | None:
    s = line.s
    if lead := _LEADER_LEAD.match(s):
        # "………………某区人民法院": a contents page's unit, dotted out from its entry's title
        # (the dots vouch for a unit that no agency word ends: …某街道某社区, …某区信访办)
        m = _AGENCY_LINE.match(s[lead.end():]) or _DOTTED_UNIT.fullmatch(s, lead.end())
        if m and (_valid_agency(m.group(1)) or PLACE_RE.match(m.group(1))):
            return _Anchor(0, m.group(1), None, "agency", dotted=True)
        return None
    if _FIELD_LABEL.match(s):
        return None
    # Most lines hold neither a colon, a dash, 《 nor 【: the patterns that need one are
    # only tried when it is there (the same answers, without ~8 regex calls per line).
    colon = ":" in s or "：" in s
    if not line.short and not (colon and (_AGENCY_COLON_BODY.match(s[:45]) or _PLACE_COLON_DIGEST.match(s[:45]))):
        return None
    dash = _DASH_CHAR_RX.search(s) is not None
    m = _AGENCY_BOOK_TITLE.match(s) if "《" in s or "〈" in s else None
    if m and _valid_agency(m.group(1)):
        return _Anchor(0, m.group(1), m.group(2), "inline")
    m = _AGENCY_DASH_TITLE.match(s) if dash else None
    if m and _valid_agency(m.group(1)):
        return _Anchor(0, m.group(1), m.group(2).strip(), "inline")
    m = _TITLE_DASH_AGENCY.match(s) if dash else None
    if m and _valid_agency(m.group(2)) and not _valid_agency(m.group(1)):
        return _Anchor(0, m.group(2), m.group(1).strip(), "inline")
    m = _NUMBERED_TITLE_DASH.match(s) if dash else None
    unit = _subtitle_unit(m.group(2)) if m else None
    if unit:
        return _Anchor(0, unit, m.group(1).strip(), "inline")
    m = _AGENCY_LINE.match(s)
    if m and _valid_agency(m.group(1)):
        return _Anchor(0, m.group(1), None, "agency")
    if _is_place_only(s) and (places_ok or _NUMBERED.match(s)):
        return _Anchor(0, _strip_num(s), None, "place")
    m = _PLACE_SPLIT_TITLE.match(s) if dash or colon else None
    if (m and _is_place_only(m.group(1)) and not any(c in m.group(2) for c in _SENT_END)
            and (places_ok or _NUMBERED.match(s) or not re.search(r"[:：]", s[:14])
                 or is_known_place(_strip_num(m.group(1))))
            and not _subtitle_names_the_place(m.group(1), m.group(2))):
        # "甲区——标题", "（三）乙区：标题", "浙江省宁波市鄞州区：创新…"
        return _Anchor(0, m.group(1), m.group(2).strip(), "inline")
    m = _PLACE_COLON_DIGEST.match(s) if colon and not line.short else None
    title = _spaced_title(m.group(2)) if m and _is_place_only(m.group(1)) and is_known_place(_strip_num(m.group(1))) else None
    if title:
        return _Anchor(0, m.group(1), title, "inline")     # 永川区: 标题 正文… (a list run into one line per entry)
    m = _AGENCY_BRACKET.match(s) if "【" in s or "[" in s else None
    if m and _valid_agency(m.group(1)):
        return _Anchor(0, m.group(1), m.group(2).strip() or None, "inline" if m.group(2).strip() else "agency")
    m = _AGENCY_COLON_BODY.match(s) if colon else None
    if m and _valid_agency(m.group(1)):
        rest = m.group(2)
        if len(rest) <= 40 and not any(c in rest for c in _SENT_END):
            return _Anchor(0, m.group(1), rest.strip(), "inline")      # 机构:标题
        if len(rest) >= 10:                                           # 机构:正文 (a digest)
            return _Anchor(0, m.group(1), _spaced_title(rest) or _first_sentence(rest)[:40], "inline")
    return None


# ---------------------------------------------------------------- metadata

def _dateline(lines: tuple[_Line, ...]) -> tuple[int, dt.date] | None:
    for i, ln in enumerate(lines):
        if len(ln.s) > 80 or "。" in ln.s:
            continue
        m = _DATE.search(ln.s)
        ymd = (m.group(1), m.group(2), m.group(3)) if m else None
        if not m and len(ln.s) <= 20:
            m = _DAY_FIRST_DATE.search(ln.s)
            ymd = (m.group(3), m.group(2), m.group(1)) if m else None
        if not m and len(ln.s) <= 20:
            m = _YEAR_THEN_DAY.match(ln.s)
            ymd = m.groups() if m else None
        if m and (_DATELINE_HINT.search(ln.s) or len(ln.s) <= 20):
            try:
                return i, dt.date(*map(int, ymd))
            except ValueError:
                continue
    return None


# a sentence with its closing mark
_SENTENCE_RX = re.compile(rf"[^{_SENT_END}]+[{_SENT_END}]?")


def _first_sentence(s: str) -> str:
    return re.split(rf"[{_SENT_END}]", s)[0].strip()


def _opening_sentence(s: str) -> str:
    """The first sentence that says something (not the 本报讯? of a lead)."""
    return next((p for p in re.split(rf"[{_SENT_END}]", s) if len(p.strip()) >= 10), "")


# How far down a title may stand: under a site's menu of a dozen short lines
_TITLE_WINDOW = 20


def _doc_title(lines: tuple[_Line, ...], date_at: int | None) -> tuple[str | None, int]:
    """(title, index of the last title line)."""
    if date_at is not None:
        for j in range(date_at - 1, max(-1, date_at - 4), -1):
            if _is_headline(lines[j].s) and len(lines[j].s) >= 6 and _may_be_title(lines[j].s):
                # (not the source line between: 来源:某网 责任编辑:某某; nor a subtitle under
                # its title: 主标题 / ——某某调研报告)
                if j > 0 and _SUBTITLE.match(lines[j].s) and _is_headline(lines[j - 1].s) \
                        and _may_be_title(lines[j - 1].s):
                    return lines[j - 1].s, j
                return lines[j].s, j
        above = lines[date_at - 1].s if date_at > 0 else ""
        if _title_over_dateline(above) and _may_be_title(above):
            return above, date_at - 1
    for i, ln in enumerate(lines[:_TITLE_WINDOW]):     # (under a site's menu of short lines, too)
        if _EDITOR_NOTE.match(ln.s):
            note = _EDITOR_NOTE.sub("", ln.s) or (lines[i + 1].s if i + 1 < len(lines) else "")
            sents = [x for x in re.split(rf"[{_SENT_END}]", note) if x.strip()]
            event = next((x for x in sents if _EVENT.search(x)), sents[0] if sents else "")
            event = _LEADING_DATE.sub("", event.split("，")[-1].split(",")[-1].strip())
            return (event[:60] or None), i
        if ((_is_headline(ln.s) or (i == 0 and _is_question_headline(ln.s))) and len(ln.s) >= 6
                and not _NUMBERED.match(ln.s) and not _TRAILER.match(ln.s) and _may_be_title(ln.s)
                and ln.s.count("“") == ln.s.count("”")
                and not _LETTER_SPACED.match(ln.s) and not _is_place_only(ln.s) and _worded(ln.s)
                and not _CONTINUATION.match(ln.s) and not _NEWS_LEAD.fullmatch(ln.s)):
            if ln.s[-1] in ":：" and i + 1 < len(lines) and _is_headline(lines[i + 1].s):
                return ln.s + lines[i + 1].s, i + 1     # (温州市委政法委: / 守底线护平安…: one title on two lines)
            return ln.s, i
        if not ln.short:
            break
    # the first long line of prose, else the first line of prose, else the first line
    first = (next((ln.s for ln in lines if len(ln.s) > 60 and _may_be_title(ln.s)), None)
             or next((ln.s for ln in lines if _may_be_title(ln.s)), None) or (lines[0].s if lines else ""))
    first = _NEWS_LEAD.sub("", _first_sentence(_BODY_LABEL.sub("", first, count=1)))
    return (_LEADING_DATE.sub("", first)[:60] or None), 0


def _title_over_dateline(s: str) -> bool:
    """A news headline right over its dateline may run longer, split by one comma, and close on
    an exclamation (擦亮…金名片,某派出所获得…荣誉!)."""
    body = s.rstrip("!！")
    return (6 <= len(body) <= 45 and not _HEADLINE_STOP_RX.search(body) and not _not_title(body)
            and body.count(",") + body.count("，") <= 1)


def _may_be_title(s: str) -> bool:
    """Not a line that is never a title, headline or not: a byline, a source line, a caption,
    page furniture (vocab not_title)."""
    return not (_REPORTER_LINE.search(s) or _not_title(s) or _AUTHOR_LINE.match(s)
                or _search_source(s) or _CAPTION.match(s))


# A line wholly in brackets is a caption or a note: (资料图片), 【图】
_CAPTION = re.compile(r"^[(（【\[][^)）】\]]*[)）】\]]$")
# A cover page's letter-spaced banner (人 大 工 作 会 议) is no title
_LETTER_SPACED = re.compile(rf"^(?:[{_HAN}][ \u3000]+){{3,}}[{_HAN}](?:[(（][^)）]*[)）])?$")
# "某某日报全媒体记者 张三", "通讯员 李四": a byline, never a title
# (a name may be letter-spaced: "□ 本报通讯员 周 俊")
_REPORTER_LINE = re.compile(rf"(?:记者|通讯员)\s*(?:[{_HAN}]{{2,4}}|[{_HAN}](?:[ \u3000][{_HAN}]){{1,2}})(?:\s|$|[、,，])")
# News copy opens with its dateline: "本报讯", "某某网北京2月15日电（记者 某某）".
_NEWS_LEAD = re.compile(rf"^(?:本报讯|本网讯|[{_HAN}]{{1,12}}?[网报台社](?:全媒体|融媒体|客户端)?"
                        rf"(?:[-—－][{_HAN}]{{1,8}}?)?(?:[{_HAN}]{{0,6}}?\d{{1,2}}月\d{{1,2}}日)?[电讯]|"
                        rf"本网[{_HAN}]{{2,6}}讯|[{_HAN}]{{2,12}}?(?:网|(?<![简通汇情公年季海举预])报|电视台|广播电台)(?=[:：]\s*[(（]))"   # 某某传媒网:(记者…), not 工作简报:
                        rf"\s*[:：]?\s*(?:[(（][^)）]{{0,30}}[)）])?\s*[:：]?"
                        rf"(?:\s*据[{_HAN}]{{2,12}}?报道[,，]?\s*)?")   # 台海网12月27日讯 据新华网福州报道


# A co-author line "张某 李 某(司法部某研究所)": names, then their institution in brackets
# …or co-authors' names alone ("余某华 张某含")
_AUTHOR_LINE = re.compile(rf"^(?:[{_HAN}]\s?){{2,4}}(?:\s+(?:[{_HAN}]\s?){{2,4}})*\s*[(（][^)）]{{2,40}}[)）]$"
                          rf"|^[{_HAN}]{{2,3}}(?:[ \u3000]+[{_HAN}]{{2,3}}){{1,3}}$")
# A cover page's broken line goes on from the one above (…人大工作会议 / 暨县十八届人大三次)
_CONTINUATION = re.compile(r"^[暨及与并或]")


def _worded(s: str) -> bool:
    """A title is mostly words: not a site's record number (京ICP备…11010502036085号)."""
    han = len(re.findall(rf"[{_HAN}]", s))
    return han >= 4 and 2 * han >= len(s.replace(" ", ""))


def _is_question_headline(s: str) -> bool:
    """诉至法院的纠纷持续增长而法院收案量出现下降?最高法披露原因: a headline may ask."""
    return (6 <= len(s) <= 45 and any(c in s for c in "?？!！") and "。" not in s
            and s.count(",") + s.count("，") <= 1)


# 《2025年度…措施》: names are masked out of _years, but when the text states no other
# year, the annual document it describes dates the report.
_ANNUAL_NAME = re.compile(r"《((?:19|20)\d\d)年")


def _annual_name_years(text: str) -> list[int]:
    return [int(y) for y in _ANNUAL_NAME.findall(text)] if "《" in text else []


_HAN_DIGITS = str.maketrans("〇零一二三四五六七八九", "00123456789")
_HAN_YEAR = re.compile(r"[〇零一二][〇零一二三四五六七八九]{3}(?=年)")
# The same found from 年 (a literal `re` skips ahead to): the common 一/二 make the
# pattern above slow on text that has no such year, which is most text.
_HAN_YEAR_AT_NIAN = re.compile(r"年(?<=[〇零一二][〇零一二三四五六七八九]{3}年)")


_SINCE_START = re.compile(r"[^。，,；;]{0,8}?以来")
_TITLE_SINCE = re.compile(r"(?:19|20)\d\d年(?:\d{1,2}月)?以来")


def _years(text: str) -> list[int]:
    """Years the text states, minus targets (到2025年) and years inside names
    (《…(2021—2025年)》, “2017—2020年度平安中国建设示范市”)."""
    masked = _NAME_IN_BOOK.sub(lambda m: " " * len(m.group(0)), text)
    masked = _NAME_IN_QUOTES.sub(lambda m: " " * len(m.group(0)), masked)
    # official datelines write years in Chinese numerals: 二〇二三年
    if _HAN_YEAR_AT_NIAN.search(masked):
        masked = _HAN_YEAR.sub(lambda m: m.group(0).translate(_HAN_DIGITS), masked)
    out = []
    for m in _YEAR.finditer(masked):
        before = masked[max(0, m.start() - 4):m.start()]
        if _FUTURE.search(before):
            continue
        if _PLAN_AFTER.match(masked, m.end()):
            continue
        if _SINCE_START.match(masked, m.end()) and before.endswith(("自", "从")):
            continue                        # 自2006年试点以来: when something began, not the report's year
        out.append(int(_YEAR_DIGITS.findall(m.group(0))[-1]))
    return out


# Every _SOURCE match starts with one of _SOURCE_WORDS: the regex is tried only where
# they occur (str.find), not at every character of the text.


def _search_source(text: str) -> re.Match | None:
    """_SOURCE.search(text), the same leftmost match, that names a source in Chinese (a
    crawler's code, 来源: sp20240427, names none)."""
    starts = set()
    for w in _SOURCE_WORDS:
        i = text.find(w)
        while i >= 0:
            starts.add(i)
            i = text.find(w, i + 1)
    for i in sorted(starts):
        m = _SOURCE.match(text, i)
        if m and _HAN_CHAR_RX.search(m.group(1)):
            return m
    return None


_HAN_CHAR_RX = re.compile(rf"[{_HAN}]")


def _organiser_in(head: str) -> re.Match | None:
    """_ORGANISER tried just before each 主办: over 600 characters of listed names it
    backtracks for minutes."""
    i = head.find("主办")
    while i >= 0:
        m = _ORGANISER.search(head[:i + 2], max(0, i - 120))
        if m:
            return m
        i = head.find("主办", i + 2)
    return None


# a site that files its author under 来源 (作者:某报 来源:张某某): two or three characters that end
# in no outlet's or organ's word are a person's name, no publisher
_PERSON_AS_SOURCE = re.compile(rf"[{_HAN}]{{1,2}}(?![网社报台刊委院局厅部办会所站队署处宣湃省市县区州旗])[{_HAN}]")


def _publisher(text: str, lines: tuple[_Line, ...], meta_city: str | None) -> str | None:
    m = _search_source(text)
    if m and not _PERSON_AS_SOURCE.fullmatch(m.group(1)):
        src = m.group(1)
        paper = _NEWSPAPER.match(src)
        return paper.group(1) if paper else src
    head = text[:600]
    # every _ORGANISER match ends in 主办; the pattern is slow where it cannot match
    m = _organiser_in(head) if "主办" in head else None
    if m:
        names = re.split(r"[、和及与]", m.group(1))
        if all(_valid_agency(n) or n.startswith(("市", "省")) for n in names):
            if meta_city:
                names = [meta_city + n[1:] if n.startswith("市") else n for n in names]
            return "、".join(names)
    return None


# "2025年,区法院将…", "2025年工作安排": a year the report plans for, not one it reports on
_PLAN_YEAR = re.compile(r"((?:19|20)\d\d)年(?:[,，][^。；;]{0,40}?(?:将|拟|计划|力争)|的?(?:工作)?(?:安排|打算|计划|思路|目标|任务))")


def _plan_years(text: str) -> set[int]:
    """Years written only as plans: every mention of them looks ahead."""
    planned = {int(m.group(1)) for m in _PLAN_YEAR.finditer(text)}
    if not planned:
        return planned
    mentions: dict[int, int] = {}
    for m in re.finditer(r"((?:19|20)\d\d)年", text):
        mentions[int(m.group(1))] = mentions.get(int(m.group(1)), 0) + 1
    counted = {}
    for m in _PLAN_YEAR.finditer(text):
        counted[int(m.group(1))] = counted.get(int(m.group(1)), 0) + 1
    return {y for y in planned if counted[y] >= mentions.get(y, 0)}


# "——2020年1月5日在某市第十七届人民代表大会第五次会议上": when a work report was delivered
# (not its standing committee's session: a special report there is on the year it is given in)
_CONGRESS_REPORT = re.compile(r"在[^。，,]{0,30}?(?:人民代表大会|人大)(?!常务委员会|常委会)[^。，,]{0,20}?会议")


# a year's results are reviewed in the first months of the next (a later item dates its own year)
_REVIEW_MONTHS = 3


def describe_document(text: str) -> DocumentMeta:
    lines = _lines(text)
    if not lines:
        return DocumentMeta(title=None, publisher=None, published_date=None, year=None)
    dl = _dateline(lines)
    date_at, published = (dl if dl else (None, None))
    title, title_end = _doc_title(lines, date_at)
    # the title region: title plus a "——…" subtitle right below it
    # a body sentence standing in for a missing title is no title: its years are events
    region = [title] if title and _is_headline(title) else []
    if title_end + 1 < len(lines) and re.match(r"^[—–-]{1,2}", lines[title_end + 1].s):
        region.append(lines[title_end + 1].s)
    heading = " ".join(region)
    title_years = _years(heading)
    stated_in_title = list(_YEAR.finditer(heading))
    if published and title_years and stated_in_title and all(_TITLE_SINCE.match(heading, m.start()) for m in stated_in_title):
        title_years = []                    # 2019年3月以来某某…: the period runs to the dateline
    delivered = _DATE.search(" ".join(region))
    if title_years and _CONGRESS_REPORT.search(" ".join(region)) and not (delivered and int(delivered.group(2)) >= 10):
        # a work report delivered to the people's congress early in a year reviews the year
        # before (one delivered in December reviews its own year)
        title_years = [max(title_years) - 1]
    # the dateline's own year is when the report was published, not a year it reports on
    body = text if date_at is None else text[:lines[date_at].start] + text[lines[date_at].start + len(lines[date_at].s):]
    years = _years(body)
    planned = _plan_years(text)
    stated = [y for y in years if y not in planned] or years or _annual_name_years(text)
    if published:
        stated = [y for y in stated if y <= published.year]
    year = (max(title_years) if title_years else published.year if published
            else max(stated) if stated else None)
    if not title_years and published and published.month <= _REVIEW_MONTHS and stated and max(stated) == published.year - 1 \
            and "今年" not in text \
            and ("去年" in text or re.search(rf"(?:^|[{_SENT_END}\n])\s*(?:截至|截止|到)?{published.year - 1}年"
                                            rf"(?:\d{{1,2}}月)?(?:底|末)?[,，]", text)):
        year = published.year - 1           # a February news item on last year's results (去年, 2022年,…)
    if not title_years and published and published.month <= 3 and _CONGRESS_REPORT.search(text[:300]):
        year = published.year - 1           # "1月3日…在…人民代表大会…会议上作工作报告": the year before
    city = document_city(text)
    return DocumentMeta(title=title, publisher=_publisher(text, lines, city),
                        published_date=published, year=year)


# ---------------------------------------------------------------- signed articles

@dataclass
class _Byline:
    first: int        # line index of the name
    last: int         # last line of the byline block
    agency: str | None


_BYLINE_STOP_RX = re.compile("[。；;]")
_ONE_LINE_BYLINE_STOP_RX = re.compile("[。；;，,]")
# A one-line byline has a space or a bracket between name and post.
_NAME_POST_GAP_RX = re.compile(r"[\s(（]")


def _name_line(s: str) -> re.Match | None:
    """_NAME_LINE.match(s); a name alone is at most 6 characters, so longer lines only
    match with a 作者/文/□ lead and most lines skip the regex."""
    return _NAME_LINE.match(s) if len(s) <= 6 or s[:1] in "作文□" else None


def _bylines(lines: tuple[_Line, ...]) -> list[_Byline]:
    out = []
    i = 0
    while i < len(lines):
        s = lines[i].s
        m = _name_line(s)
        if m and s not in _NOT_A_NAME and not _is_place_only(s) and not _HEADLINE_VERB.search(s):
            block = []
            for j in range(i + 1, min(i + 4, len(lines))):
                t = lines[j].s
                if len(t) > 45 or _BYLINE_STOP_RX.search(t) or _name_line(t):
                    break
                block.append(j)
                if _POST.search(t) and not t.endswith(("、", "，", ",")):
                    break
            if block and any(_POST.search(lines[j].s) for j in block):
                out.append(_Byline(i, block[-1], _byline_agency(" ".join(lines[j].s for j in block))))
                i = block[-1] + 1
                continue
            # the post on the line above the name (重庆市委政法委副书记 / 马奇柯)
            above = lines[i - 1].s if i and not (out and out[-1].last >= i - 1) else ""
            if (not block and above and len(above) <= 45 and _POST.search(above)
                    and not _BYLINE_STOP_RX.search(above) and (agency := _byline_agency(above))):
                out.append(_Byline(i - 1, i, agency))
                i += 1
                continue
        if lines[i].short and not _ONE_LINE_BYLINE_STOP_RX.search(s) and _NAME_POST_GAP_RX.search(s):
            post = _one_line_byline(s)
            if post is not None:
                out.append(_Byline(i, i, _byline_agency(post)))
        elif lines[i].short and i <= 5 and not _ONE_LINE_BYLINE_STOP_RX.search(s):
            m = _POST_GLUED_NAME.match(s)
            agency = _byline_agency(m.group(1)) if m and m.group(2) not in _NOT_A_NAME else None
            if agency:
                out.append(_Byline(i, i, agency))
        i += 1
    return out


def _one_line_byline(s: str) -> str | None:
    """The post of a one-line byline: "熊毅 南京市人民检察院党组书记、检察长", the same with the name
    last, or "熊毅（南京市人民检察院党组书记、检察长）"."""
    if _ONE_LINE_BYLINE_STOP_RX.search(s) or not _NAME_POST_GAP_RX.search(s):
        return None
    for rx, name_at, post_at in ((_NAME_AND_POST, 1, 2), (_POST_AND_NAME, 2, 1), (_NAME_PAREN_POST, 1, 2)):
        m = rx.match(s)
        if m and _POST.search(m.group(post_at)) and m.group(name_at) not in _NOT_A_NAME:
            return m.group(post_at)
    return None


_AGENCY_IN_TEXT = re.compile(_AGENCY)


def _byline_agency(block: str) -> str | None:
    """The agency in "江苏省南京市人民检察院 党组书记、检察长" or "…副市长、市公安局党委书记、局长";
    "合浦县委常委、政法委书记": a post with no place of its own sits in the place named before it."""
    place = None
    for part in re.split(r"[、\s]", block):
        part = re.sub(rf"(?:党组|党委)?(?:副?书记|委员|成员|常委).*$", "", part)
        for m in _AGENCY_IN_TEXT.finditer(part):
            name = m.group(0)
            if _PL_END.search(name) or _valid_agency(name):
                if place and not PLACE_RE.match(name) and name[0] not in "省市区县":
                    name = place + ("委" if name.startswith("政法委") else "") + name
                return name
        written = PLACE_RE.match(part)
        if written and written.end() >= len(part) - 1:
            place = written.group(0)        # 合浦县 (of 合浦县委)
    return None


_NOT_WORD_CHAR = re.compile(rf"[^{_HAN}A-Za-z0-9]")


def _bigrams(s: str) -> set[int]:
    """The character pairs of s's words, each as one number (first code point << 21 | second):
    only the sizes of these sets and their overlaps are used, and numbers are built in numpy
    at a fraction of the cost of a two-character string per pair."""
    s = _NOT_WORD_CHAR.sub("", s)
    code_points = np.frombuffer(s.encode("utf-32-le"), dtype=np.uint32).astype(np.int64)
    return set(((code_points[:-1] << 21) | code_points[1:]).tolist())


def _signed_cases(text: str, lines: tuple[_Line, ...], bylines: list[_Byline]) -> list[CaseSpan]:
    in_block = {j for b in bylines for j in range(b.first, b.last + 1)}
    # floating headlines: a scanned newspaper page often puts a title far from its byline
    cands = [k for k, ln in enumerate(lines)
             if k not in in_block and _is_headline(ln.s) and 6 <= len(ln.s) <= 30
             and not _NUMBERED.match(ln.s) and not _DATE.search(ln.s) and not _SOURCE.search(ln.s)
             and not _not_title(ln.s) and not _REPORTER_LINE.search(ln.s) and not _AUTHOR_LINE.match(ln.s)]
    starts = [b.first for b in bylines] + [len(lines)]
    sigs = []
    for n, b in enumerate(bylines):
        body = "".join(lines[k].s for k in range(b.last + 1, starts[n + 1]) if k not in cands)
        if len(body) < 200:   # the article's body may stand before its byline
            prev = bylines[n - 1].last + 1 if n else 0
            before = "".join(lines[k].s for k in range(prev, b.first) if k not in cands)
            body = before if len(before) > len(body) else body
        sigs.append(_bigrams(body[:1500]))

    def adjacent(k: int, n: int) -> bool:
        """k is the headline right above byline n (a dateline may stand between)."""
        first = bylines[n].first
        return 0 < first - k <= 3 and all(_DATE.search(lines[j].s) or _SOURCE.search(lines[j].s)
                                          for j in range(k + 1, first))
    scores = []
    for k in cands:
        grams = _bigrams(lines[k].s)
        for n, sig in enumerate(sigs):
            bonus = 0.25 if adjacent(k, n) else 0.0
            scores.append((len(grams & sig) / max(1, len(grams)) + bonus, k, n))
    titles: dict[int, int] = {}
    used: set[int] = set()
    for floor in (0.2, 0.05):   # second round: leftovers go to the articles still untitled
        for score, k, n in sorted(scores, reverse=True):
            if score >= floor and n not in titles and k not in used:
                titles[n] = k
                used.add(k)
    above = [k for k in cands if k < bylines[0].first] or [
        k for k in range(bylines[0].first) if _is_headline(lines[k].s) and len(lines[k].s) <= 50
        and not _DATE.search(lines[k].s) and not _SOURCE.search(lines[k].s) and not _not_title(lines[k].s)]
    # (a headline of three slogans runs longer than a floating one: 学思践悟… 真抓实干… 奋力推进…)
    if len(bylines) == 1 and above and (0 not in titles or titles[0] > bylines[0].first):
        titles[0] = above[0]                # one signed article: its title stands above the byline
    # a page with as many headlines as articles: the last ones pair up by elimination
    untitled = [n for n in range(len(bylines)) if n not in titles]
    unused = [k for k in cands if k not in used]
    if len(untitled) == len(unused):
        titles.update(zip(untitled, unused))
    spans = []
    for n, b in enumerate(bylines):
        start_line = b.first
        if titles.get(n) is not None and adjacent(titles[n], n):
            start_line = titles[n]
        spans.append([lines[start_line].start, None, titles.get(n), b])
    for n in range(len(spans)):
        spans[n][1] = spans[n + 1][0] if n + 1 < len(spans) else _content_end(text, lines)
    if len(spans) == 1:
        b = bylines[0]
        after = sum(len(lines[k].s) for k in range(b.last + 1, len(lines)))
        if after < 200:   # the body came before the byline (or the copy after it was dropped)
            spans[0][0] = lines[0].start
    out = []
    for n, (a, z, tk, b) in enumerate(spans):
        if tk is not None:
            title = lines[tk].s
        else:   # the body's opening sentence, past co-authors and a salutation (各位代表:)
            k = min(b.last + 1, len(lines) - 1)
            while k + 1 < len(lines) and lines[k].short and (_not_title(lines[k].s)
                                                             or _AUTHOR_LINE.match(lines[k].s)):
                k += 1
            title = _first_sentence(lines[k].s)[:40]
        out.append((a, z, title, _author_or_subject(text, lines, b, in_block)))
    return _dedupe(text, out)


def _author_or_subject(text: str, lines: tuple[_Line, ...], b: _Byline, in_block: set[int]) -> str | None:
    """The byline's agency, unless the author works at a ministry or a supreme court writing up
    a local agency's practice (司法部… on 四川省雅安市司法局…): then the agency the body opens with."""
    if not b.agency or not _NATIONAL_AGENCY.match(b.agency):
        return b.agency
    k = b.last + 1
    while k < len(lines) and (k in in_block or lines[k].short):     # co-authors' lines
        k += 1
    if k >= len(lines):
        return b.agency
    subject = _actor_agency(text[lines[k].start:lines[k].start + 300])
    return subject if subject and not _NATIONAL_AGENCY.match(subject) else b.agency


# ---------------------------------------------------------------- headed lists

def _content_end(text: str, lines: tuple[_Line, ...], after: int = 0) -> int:
    """End of the last case: page furniture (更多精彩…, 责任编辑…) is cut off — after the
    case's first prose (a repost's 原标题:… line above its body ends nothing)."""
    told = False
    for ln in lines:
        if ln.start < after:
            continue
        if told and _TRAILER.match(ln.s):
            return ln.start
        # (a short line closing on ？ or ！ is a headline, 中山二法院如何推动“依法带娃”?, not prose)
        told = told or not ln.short or ln.s[-1:] in _PROSE_END
    return len(text.rstrip())


_PROSE_END = "。"


def _title_name_lists(lines: tuple[_Line, ...], anchors: list[_Anchor]) -> None:
    """Three or more agency lines in a row under a list's heading (…拟表彰名单 / 甲县…委员会 /
    乙市…委员会 …) are the units listed, each a case titled by the heading (not signature lines)."""
    run: list[_Anchor] = []
    for a in anchors + [None]:
        if a is not None and a.shape == "agency" and a.title is None and (not run or a.line == run[-1].line + 1):
            run.append(a)
            continue
        if len(run) >= 3:
            heads = [lines[k].s for k in range(max(0, run[0].line - 3), run[0].line)]
            listed = [i for i, h in enumerate(heads) if _HONOUR_NEWS.search(h) or "名单" in h]
            if listed:
                i = listed[-1]
                # a bare "拟表彰名单" takes the honour written on the line above it
                title = (heads[i - 1] + " " + heads[i] if i and len(heads[i]) <= 8
                         and not any(c in heads[i - 1] for c in _SENT_END) else heads[i])
                for r in run:
                    r.title, r.listed = title, True
        run = [a] if a is not None and a.shape == "agency" and a.title is None else []


# 【基本案情】, 【主要做法】: a section of a case, not its title
# 【基本案情】, or a bare label a bulletin puts over each item's parts (特色亮点, 主要做法)
_SECTION_LABEL = re.compile(rf"[【\[][\u4e00-\u9fff]{{2,8}}[】\]]|(?:{_alt(_M['section_label'])})[:：]?")


def _list_cases(text: str, lines: tuple[_Line, ...], anchors: list[_Anchor]) -> list[CaseSpan]:
    anchor_at = {a.line for a in anchors}

    def headline_at(k: int) -> bool:
        return (0 <= k < len(lines) and k not in anchor_at and _is_headline(lines[k].s)
                and not _SECTION_LABEL.fullmatch(lines[k].s) and _one_line_byline(lines[k].s) is None)

    below = sum(1 for a in anchors if a.title is None and headline_at(a.line + 1))
    above = sum(1 for a in anchors if a.title is None and headline_at(a.line - 1) and not headline_at(a.line + 1))
    title_below = below >= above
    starts: list[int] = []
    titles: list[str] = []
    prev_line = -1
    for a in anchors:
        start = a.line
        title = a.title
        if title is None:
            if title_below and headline_at(a.line + 1):
                ks = [k for k in range(a.line + 1, a.line + 4) if headline_at(k)]
                ks = ks[:next((i for i in range(1, len(ks)) if ks[i] != ks[i - 1] + 1), len(ks))]
                title = " ".join(lines[k].s for k in ks)
            else:
                ks = []
                k = a.line - 1
                while k > max(prev_line, 0) and len(ks) < 3 and headline_at(k):    # (line 0: the page's title)
                    ks.insert(0, k)
                    k -= 1
                if ks and not title_below:
                    start = ks[0]
                    title = " ".join(lines[k].s for k in ks)
                else:
                    body = next((lines[k].s for k in range(a.line + 1, len(lines))
                                 if not _SECTION_LABEL.fullmatch(lines[k].s)), "")
                    title = _first_sentence(body)[:40]
        starts.append(start)
        titles.append(title or "")
        prev_line = a.line
    trailers = [ln.start for ln in lines if _TRAILER.match(ln.s)]
    out = []
    for n, a in enumerate(anchors):
        a_start = lines[starts[n]].start
        z = lines[starts[n + 1]].start if n + 1 < len(anchors) else len(text.rstrip())
        # page furniture (更多精彩…) ends a case even when another copy follows
        z = min([z] + [t for t in trailers if a_start < t < z])
        told = lines[a.line].end + 1
        if a.listed and told < z and any(c in text[told:z] for c in _SENT_END):
            # the prose under a list of units is no part of its last unit's line: it is the story of
            # the unit it tells of (其中…弭水桥村人民调解委员会上榜, then the village's work), or its own
            # (the rows of this list: listed under its heading, one after another)
            run = [o for o in out if o[4] and o[2] == titles[n]] + [(a_start, told - 1, titles[n], a.agency, True)]
            teller = next((o for o in run if _tells_of(text[told:z], o[3])), None)
            out.append(run[-1])
            if teller is not None:
                k = out.index(teller)
                if k:                       # (its line goes to the row above: the rows still tile)
                    out[k - 1] = (out[k - 1][0], teller[1], *out[k - 1][2:])
                del out[k]
            out.append((told, z, _first_sentence(text[told:z])[:40], teller[3] if teller else None, False))
            continue
        out.append((a_start, z, titles[n], a.agency, a.listed))
    return _dedupe(text, [o[:4] for o in out])


def _tells_of(story: str, unit: str | None) -> bool:
    """The story names the unit by its last place (弭水桥村 of 宜都市五眼泉镇弭水桥村人民调解委员会),
    for a unit named by its places alone (not 阳新县医疗纠纷…, whose county any story may name)."""
    core = re.sub(rf"(?:{ALL_SUFFIX_ALT})$", "", unit or "")
    places = [m.group(0) for m in re.finditer(rf"[{_HAN}]*?(?:村|社区|镇|乡|街道|县|区|市)", core)]
    return bool(places) and "".join(places) == core and len(places[-1]) >= 3 and places[-1] in story


_SPACE_RX = re.compile(r"\s")
_DIGITS_AND_SPACE = re.compile(r"[\s\d]")   # (before names are read: 汉滨区148法律服务所)


# What a roll's entry holds besides the names of its units: the honour and its wording
# (荣获“…”荣誉称号, 被评为…先进集体); anything else left tells of a practice (甲院“某某工作室”).
_AWARD_VERBS = _alt(_M["award_verb"] + _M["honoured_after"])
_HONOUR_NAME = re.compile(
    rf"(?:{_AWARD_VERBS}|授予)[^，,。；;！!]*|[“\"‘「『][^”\"’」』]{{1,60}}[”\"’」』](?:荣誉)?(?:称号|奖项?|奖牌|牌匾|集体|单位)")
_LONGEST_ROLL_ENTRY = 240
_DEED_RX = re.compile(_alt(_M["deed_verb"]))
_QUOTES_RX = re.compile(r"[“”\"‘’「」『』《》]")
_HONOUR_WORDING = re.compile(rf"{_AGENCY}|{PLACE_RE.pattern}|[{_HAN}]{{1,6}}?(?:{TOWNSHIP_WORDS})|荣誉称号|称号|荣誉|表彰|表扬|通报|受到|予以|给予|先进集体|先进单位|分别|均|被|拟|名单|[\W_]")


def _names_only(text: str, entry: CaseSpan) -> bool:
    """广西桂林市法律援助中心 / 柳州市法律援助中心荣获“…”荣誉称号: a unit named with its honour
    and nothing it did is no practice (the honour stays in the text of the case around it).
    A practice named beside the unit keeps its case (妇联的妇女儿童维权中心, 甲委“邻里议事厅”).
    Only the entry from its unit's name on is read for a deed: the first entry of a roll also
    holds the news's lead (近日,省高院通报表扬…), which tells of the honouring."""
    body = text[entry.char_start:entry.char_end]
    if len(body) > _LONGEST_ROLL_ENTRY:
        return False                        # (a story is longer than any line of names: skip the regexes)
    body = _HONOUR_NAME.sub("", _DIGITS_AND_SPACE.sub("", body))
    named = _QUOTES_RX.sub("", _DIGITS_AND_SPACE.sub("", entry.title))
    if named and named in _QUOTES_RX.sub("", body):
        return False
    at = body.find(entry.agency_raw) if entry.agency_raw else -1
    own = body[at:] if at > 0 else body
    if _DEED_RX.search(own):
        return False                        # (甲院:创建智慧法院…: a deed told, whatever its nouns look like)
    return len(_HONOUR_WORDING.sub("", own)) <= 1


def _dedupe(text: str, spans: list[tuple[int, int, str, str | None]]) -> list[CaseSpan]:
    """The same article pasted twice yields its cases once (the first copy's); a heading
    repeated by the page above its article (正在阅读:X / X / X, then the story) gives the copy
    that holds the story."""
    keys = [(_SPACE_RX.sub("", agency or ""), _SPACE_RX.sub("", title or "")) for _, _, title, agency in spans]
    told = {}
    for key, (a, z, _, _) in zip(keys, spans):
        if key not in told and z > a and any(c in text[a:z] for c in _SENT_END):
            told[key] = a
    seen = set()
    out = []
    for key, (a, z, title, agency) in zip(keys, spans):
        if key in seen or z <= a or told.get(key, a) != a:
            continue
        seen.add(key)
        while z > a and (text[z - 1].isspace() or text[z - 1] in "|｜"):
            z -= 1
        out.append(CaseSpan(seq=len(out) + 1, char_start=a, char_end=z, title=title or "", agency_raw=agency))
    return out


# ---------------------------------------------------------------- running text

_SUBJECT_VERBS = ("在|建成|推出|探索|创新|建立|打造|推行|开展|出台|实施|率先|以|聚焦|坚持|构建|将|通过|针对"
                  "|联合|设立|组建|牵头|依托|围绕|积极|持续|深化|着力|首创|上线|成立|发挥|制定"
                  "|筹建|搭建|大力|充分|全面|加强|推进|推动|整合|引入")
# The subject opening a clause: a province (北京, 福建平潭), a place with its level
# (雁门县), optionally an agency word after it (雁门县人民法院), then a verb.
_SUBJECT = re.compile(
    rf"^\s*(?:{_NUM})?({ZONE_PLACE}|(?:{'|'.join(map(re.escape, PROVINCES))})(?:省|市|自治区)?[{_HAN}]{{0,4}}?"
    rf"|(?![全我该本各])[{_HAN}]{{1,5}}?(?:市|州|县|区|旗)(?:[{_HAN}]{{1,4}}?(?:市|县|区))?)"
    rf"((?:{ALL_SUFFIX_ALT})?)(?={_SUBJECT_VERBS})")
# An agency name that starts with a place or a level word: 白沙县公安局, 市检察院.
_AUTHOR_NOTE = re.compile(rf"作者(?:系|为|单位[:：]?)\s*({_AGENCY})")
# the words between a place and its agency word never run across 位于/的 ("某区位于城市中心" is no agency named 中心)
# (我区按照市委政法委…: the 区 of 我区 (or of 自治区) starts no agency, and a verb or preposition is no part of a name)
_STRICT_AGENCY = re.compile(rf"(?:{PLACE_RE.pattern}|(?<![我全该本各治])[省市区县])(?:委)?"
                            rf"(?:(?!位于|的|按照|根据|依照|关于|围绕|坚持|紧扣|聚焦|立足|着力|不断|持续|积极|获|[一二两三四五六七八九十](?:个|名|位|家|集体))[{_HAN}]){{0,10}}?(?:{ALL_SUFFIX_ALT})")


# 最高人民法院、司法部出台…: national agencies carry no place
_AGENCY_SUBJECT = re.compile(rf"^\s*(?:{_NUM})?({_AGENCY_LIST})()(?={_SUBJECT_VERBS}|出台|发布|印发|联合)")


def _subject(m: re.Match) -> str:
    return m.group(1) + m.group(2)


def _semicolon_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str | None]]:
    """北京在…；福建平潭建成…: one case per place that is the subject of a clause.

    Only when such clauses carry the document (>= 40% of its body): a report on one
    practice that lists a few counties in passing stays one case (inside a longer report,
    such a line's places are its examples: _place_clause_examples)."""
    out = []
    for ln in lines:
        if "；" not in ln.s and ";" not in ln.s:
            continue
        cuts = [0] + [m.end() for m in re.finditer(r"[；;:：。]", ln.s)]
        hits = [(c, m) for c in cuts
                if not _CLAUSE_NO_SUBJECT.match(ln.s[c:].lstrip()) and (m := _SUBJECT.match(ln.s[c:]))]
        if len({_subject(m) for _, m in hits}) < 2:
            continue
        for n, (c, m) in enumerate(hits):
            z = hits[n + 1][0] if n + 1 < len(hits) else len(ln.s)
            piece = ln.s[c:z].rstrip("；;。 ")
            out.append((ln.start + c, ln.start + c + len(piece), _first_sentence(piece)[:40], _subject(m)))
    body = sum(len(ln.s) for ln in lines if not _is_headline(ln.s))
    covered = sum(z - a for a, z, _, _ in out)
    return out if out and covered * 10 >= body * 4 else []


# (成立市涉企纠纷服务中心: a verb before 市 opens no unknown place's name)
_VERB_OPENING = re.compile(f"(?:{_SUBJECT_VERBS})")


def _placed_agency_opening(s: str) -> str | None:
    """The agency a paragraph or clause opens with, when it names its place (北仑区检察院…,
    or a bare place the division dataset knows: 吴江法院…)."""
    m = _STRICT_AGENCY.match(s)
    place = PLACE_RE.match(m.group(0)) if m else None
    if place and _VERB_OPENING.match(m.group(0), place.end()):
        return None                         # (江西省将法院、司法行政等力量下沉: the place acts, naming no agency)
    if (m and _valid_agency(m.group(0)) and place and PLACE_RE.match(trim_false_place(m.group(0)))
            and (is_known_place(place.group(0)) or known_zone(place.group(0)) or (
                len(place.group(0)) <= 4 and "全" not in place.group(0) and not _VERB_OPENING.match(place.group(0))))):
        name = m.group(0)                   # (not 交市县检察院…, 会议要求全市检察机关: no place)
    else:
        bare = _bare_place_agencies(s[:12])
        if not bare or bare[0][0] != 0:
            return None
        name = bare[0][2]
    # 栖霞法院栖霞法庭: the tribunal (not after a system's organs together: 上海公安机关…派出所)
    sub = SUB_UNIT.match(s, len(name)) if not name.endswith("机关") else None
    return name + sub.group(0) if sub else name


def _agency_place(agency: str) -> str:
    m = PLACE_RE.match(agency)
    return m.group(0) if m else _BARE_PLACE_SUFFIX.split(agency, 1)[0]


@lru_cache(maxsize=8192)
def _place_key(place: str) -> str:
    """深圳 and 深圳市 are one place (an agency written with or without its level word), and so are
    宜昌 and 湖北省宜昌市 (with or without the province above it)."""
    known = canonical_place(place) if place else None
    return (known[0] if known else place).rstrip("省市")


def _same_place(a: str | None, b: str | None) -> bool:
    return bool(a and b) and _place_key(a) == _place_key(b)


def _same_agency(a: str, b: str) -> bool:
    """One agency, written in full and short: the longer name is the shorter with places before it."""
    longer, shorter = (a, b) if len(a) >= len(b) else (b, a)
    return longer == shorter or (longer.endswith(shorter) and bool(PLACE_RE.fullmatch(longer[:-len(shorter)])))


def _are_peers(agencies: list[str]) -> bool:
    """Three or more agencies of one type, each of another place: the practices of peers,
    not one city's organs (市法院…, 市检察院…) nor one agency's own sections."""
    places = {_place_key(_agency_place(a)) for a in agencies}
    return len(agencies) >= 3 and len(places) == len(agencies) and len({agency_type_of(a) for a in agencies}) == 1


def _are_one_places_organs(agencies: list[str]) -> bool:
    """Three or more of one place's political-legal organs, each of another type (上街区公安局…,
    上街区检察院…, 上街区法院…): a feature on the place's system telling each organ's practice."""
    places = {_place_key(_agency_place(a)) for a in agencies}
    types = [agency_type_of(a) for a in agencies]
    return (len(agencies) >= 3 and len(places) == 1 and len(set(types)) == len(types)
            and all(t in _ORGAN_TYPES for t in types))


_ORGAN_TYPES = frozenset({"court", "procuratorate", "police", "justice"})
_SYSTEM_WORDS = re.compile("政法系统|政法机关|政法各部门|政法各单位|政法单位|政法战线")


# A clause naming its practice: 成立“乡村法官驿站”, 推行“一企一档”
# a result, not a year (made round or not: 20余次, 3000多册)
_DIGIT_RX = re.compile(r"\d+(?:\.\d+)?(?:余|多)?(?:%|％|万|亿|件|人|元|个|起|家|项|次|名|户|条|处|场|天|小时)")
# …and by any measure word (70余期, 3000余册): enough to tell a numbered practice from a heading
_RESULT_RX = re.compile(r"\d+(?:\.\d+)?(?:余|多)?(?:万|亿)?(?![年月日])[%％\u4e00-\u9fff]")
_NAMED_PRACTICE = re.compile(r"[“\"「『][^”\"」』]{2,20}[”\"」』]")
# (聚焦市委“156”战略举措: a name the organs serve, their committee's, not a practice of theirs)
_SERVES_ABOVE = re.compile(r"(?:聚焦|围绕|紧扣|贯彻|落实|服务|按照)(?:中央|省委|市委|州委|县委|区委|党委)?$")


def _clause_openings(text: str, lines: tuple[_Line, ...]) -> list[list[tuple[int, str]]]:
    """Per line, (position, agency) of every clause (after 。；，) that opens with a placed agency;
    on a line with two such clauses already, also one opened by a district of the report's city
    written alone (城区法院…；矿区法院…；郊区法院… in a 阳泉 report: names no dataset reads alone)."""
    out = []
    districts = None                        # (read once, and only for a line that needs them)
    for ln in lines:
        hits, unplaced = [], []
        if not ln.short:
            for c in [0] + [m.end() for m in _CLAUSE_CUT.finditer(ln.s)]:
                window = ln.s[c:c + 60]     # an opening agency is short: never the rest of the line
                piece = window.lstrip()
                agency = _placed_agency_opening(piece)
                if agency:
                    hits.append((c + len(window) - len(piece), agency))
                else:
                    unplaced.append((c + len(window) - len(piece), piece))
        if len(hits) >= 2 and unplaced:
            districts = _city_districts(text) if districts is None else districts
            for at, piece in unplaced:
                subject = _clause_subject(piece)
                if subject and _agency_place(subject) in districts:
                    hits.append((at, subject))
            hits.sort()
        out.append(hits)
    return out


def _city_districts(text: str) -> frozenset[str]:
    """The names of the divisions under the report's city (城区, 矿区, 平定县 under 阳泉市)."""
    city = document_city(text)
    found = find_places(city, whole_name=True) if city else []
    if len(found) != 1 or len(found[0].candidates) != 1:
        return frozenset()
    return frozenset(name for _, name in children(found[0].candidates[0].adcode))


_CLAUSE_CUT = re.compile(r"[；;。，,]")


_TOLD_PEER_CLAUSE = 40


def _peer_clauses(text: str, lines: tuple[_Line, ...]) -> tuple[int, list[tuple[int, int, str, str]], bool] | None:
    """Peers' practices, one per clause: "宁海县检察院主动…；慈溪市周巷检察室…；北仑区检察院…",
    "厦门市检察机关创新…，泉州市检察机关开展…" — three or more peers (one type, different places).
    Returns where the clauses start, one case per clause, and whether they close the report;
    None when there are none, or when more of the report follows and the clauses do not each
    name a practice or a result (then they are examples)."""
    openings = _clause_openings(text, lines)
    runs = []                               # (start, clauses, closing) of each line of peers
    for k, (ln, hits) in enumerate(zip(lines, openings)):
        if not _are_peers([a for _, a in hits]):
            continue
        out = []
        for n, (c, agency) in enumerate(hits):
            # a clause ends where the next peer's begins, or at its sentence's end
            z = min(hits[n + 1][0] if n + 1 < len(hits) else len(ln.s), _sentence_end(ln.s, c))
            piece = ln.s[c:z].rstrip("；;。，, ")
            out.append((ln.start + c, ln.start + c + len(piece), _first_sentence(piece)[:40], agency))
        closing = sum(len(x.s) for x in lines[k + 1:] if not x.short) == 0
        if not closing:
            # inside a report, the peers whose clause names a practice or a result (the rest
            # stay in the report's case); too few and they are examples, a later line may still be peers'
            told = [c for c in out if _names_its_practice(text, c[0], c[1])]
            if not _are_peers([c[3] for c in told]):
                continue
            # (…and, once three peers tell theirs, a peer of the same run whose clause tells a deed at
            # length: 甲县公安局禁毒中队…前往武汉开展侦破工作；乙县公安局…查获6名)
            out = [c for c in out if c in told or c[1] - c[0] >= _TOLD_PEER_CLAUSE]
        if closing:                         # the last clause runs to the end of the report: nothing is lost
            a, _, title, agency = out[-1]
            out[-1] = (a, _content_end(text, lines, a), title, agency)
        runs.append((ln.start + hits[0][0], out, closing))
    if len(runs) > 1:
        # peers in more than one paragraph of the report (…扬州市公安局…；淮安市公安局… / …南京市公安局…；
        # 无锡市公安局…): every run is the report's lower units', inside its case
        return runs[0][0], [c for _, out, _ in runs for c in out], False
    return runs[0] if runs else _peer_sentences(text, lines, openings)


def _names_its_practice(text: str, a: int, z: int) -> bool:
    """A peer's clause inside a report is a case when it names its practice or its result
    (a figure, or a change: …纠纷同比大幅下降)."""
    return bool(_NAMED_PRACTICE.search(text, a, z) or _DIGIT_RX.search(text, a, z)
                or _CHANGE_RESULT.search(text, a, z) or _CHINESE_COUNT.search(text, a, z))


# 破获一起…案件, 抓获两名…: a count in Chinese numerals is a result too, after a result verb or
# not opening on 一 (一起开展, 统一处理, 每一个 are prose) nor running into 万 (千家万户)
_CHINESE_COUNT = re.compile(rf"(?:{_alt(_M['result_verb'])})[{_HAN}]{{0,3}}?[一二两三四五六七八九十百千万]+(?:起|个|名|件|次|人|家|处)"
                            r"|(?<![一二两三四五六七八九十百千万])[二两三四五六七八九十百千][一二两三四五六七八九十百千]*(?:起|个|名|件|次|人|家|处)(?!万)")
_CHANGE_RESULT = re.compile(r"同比(?:大幅|明显|显著)?(?:下降|上升|增长|减少)")


# "其中,厦门市湖里区人民检察院办理…入选最高检典型案例", "如华安县…县司法局获悉后…成功化解":
# a lower unit's own practice given as an example inside its parent's report
# (or no lead word, when the unit's practice was selected: "城固县人民法院的府院联动机制入选…典型经验做法")
# (or a report it is told from: 记者从研讨班获悉, / 据某某报道, / 某某的报道显示,)
# (or when it happened: 今年初,某市公安局… / 3月26日,某分局反诈中心…)
# (a day may carry its hour: 2月9日晚, 2月12日10时20分, 3月1日上午9时左右)
_TIME_LEAD = (r"(?:(?:\d{4}年|今年|去年)?(?:\d{1,2}月(?:\d{1,2}日(?:凌晨|早上|上午|中午|下午|傍晚|晚上|晚间|夜间|晚)?"
              r"(?:\d{1,2}时(?:\d{1,2}分)?(?:许|左右)?)?)?|年?初|年?底|上半年|下半年)|近日|日前|近期)"
              r"(?:以来)?[,，]")
_TIME_LEAD_RX = re.compile(_TIME_LEAD)
# (or the case it handled: 在某区检察院督促整治…行政公益诉讼案中,)
# 在某院…案中: the case a unit handled; 据某报报道 / 据介绍: whom a sentence is told from
_IN_A_CASE = r"在[^，,。；;]{4,60}?(?<![方预档草提备议图])案(?:件)?(?:等[^，,。；;]{0,12})?中"
_REPORTED = r"据[^,，。；;]{0,30}?(?:报道|介绍|统计|了解)"
_EXAMPLE_LEAD = re.compile(rf"(?:(?<=[{_SENT_END}；;])|^)\s*((?:其中|例如|比如|譬如|如|此外|另外)[,，:：]?|{_TIME_LEAD}"
                           rf"|(?={_IN_A_CASE})在"
                           rf"|(?:{_REPORTED}|[^,，。；;]{{0,30}}?(?:获悉|报道显示|报道指出|数据显示))[,，])?\s*")
_FOR_EXAMPLE = re.compile(r"例如|比如|譬如|如")
_MIN_CHAINED_EXAMPLE = 15
_PLACES_STATION = re.compile(rf"的([{_HAN}]{{2,6}}?(?:人民法庭|法庭|派出所|司法所|检察室))")
# a place opening a sentence as the subject of a practice verb (中卫市创新打造…)
_PLACE_DOES = re.compile(rf"({PLACE_RE.pattern})(?={_SUBJECT_VERBS})")
_GIVES_HONOUR_WORDS = _alt(_M["gives_honour"])
# (为…记功: 为甲院等98个先进集体记集体一等功)
_GIVES_HONOUR = re.compile(rf"(?:日前|近日)?(?:{_GIVES_HONOUR_WORDS}|为)")
_SELECTED_PRACTICE = re.compile(rf"的[^{_SENT_END}；;]{{2,30}}?(?:入选|获评|被评为|被确定为|荣获)")
# where an example ends: the parent's next measure (二是…, 三、…) or the next example
_EXAMPLE_END = re.compile(rf"(?<=[{_SENT_END}；;])\s*(?:[一二三四五六七八九十]是|此外|另外|同时|{_NUM}|其中|例如|比如|譬如)")
_EXAMPLE_RESULT = re.compile(_alt(_M["example_result"]))


# "涌现出甲派出所、乙人民法庭等一批全国“枫桥式…”": the units a report holds up as models
_EMERGED_UNITS = re.compile(r"(?:涌现出|涌现了)([^。；;，,]{4,120}?)等(?:一批|一系列|\d{1,3}个|[一二三四五六七八九十]{1,3}个)")


def _emerged_units(lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    out = []
    for ln in lines:
        for m in _EMERGED_UNITS.finditer(ln.s):
            units, at = [], m.start(1)
            for part in m.group(1).split("、"):
                if _roll_unit(part) == part or _STATION_SUBJECT.fullmatch(part) or _placed_agency_opening(part) == part:
                    units.append((ln.start + at, ln.start + at + len(part), part))
                at += len(part) + 1
            if len(units) * 2 < len(m.group(1).split("、")):
                continue                    # (涌现出一批好做法、好经验: no units)
            honour = _NAMED_PRACTICE.search(ln.s, m.end(), _sentence_end(ln.s, m.end()))
            # (else what they are held up as: …等一批先进典型)
            title = honour.group(0).strip("“”") if honour else re.match(r"[^，,。；;]*", ln.s[m.end():]).group(0)
            out += [(a, z, title, unit) for a, z, unit in units]
    return out


def _lies_within(place: str, outer: str) -> bool:
    """依兰县 in 哈尔滨市: a division the dataset puts inside the other (either read of each)."""
    inner = [c for m in find_places(place, whole_name=True) for c in m.candidates]
    outers = [c for m in find_places(outer, whole_name=True) for c in m.candidates]
    return any(o.contains(c) and o != c for c in inner for o in outers)


# "以某派出所为例,所内…": a unit or place the report takes as its example
_TAKEN_AS_EXAMPLE = re.compile(rf"以([{_HAN}]{{2,20}}?)为例[,，:：]?")


def _taken_as_example(text: str, lines: tuple[_Line, ...], own: str | None) -> list[tuple[int, int, str, str]]:
    """A case per unit or place a report takes as its example (以某某派出所为例,…), told up to the
    next example or the paragraph's end with a practice or a result; not the report's own."""
    out = []
    for ln in lines:
        if "为例" not in ln.s:
            continue
        for m in _TAKEN_AS_EXAMPLE.finditer(ln.s):
            unit = m.group(1)
            if not (agency_type_of(unit) != "other" or _valid_agency(unit) or is_known_place(unit)):
                continue
            if own and (unit in own or own in unit or _same_place(_agency_place(unit), _agency_place(own))):
                continue                    # (以浙江省杭州市为例 in the 杭州 bureau's own article)
            end = _EXAMPLE_END.search(ln.s, m.end())
            z = len(ln.s[:end.start() if end else len(ln.s)].rstrip())
            if _names_its_practice(text, ln.start + m.end(), ln.start + z):
                out.append((ln.start + m.start(), ln.start + z, _first_sentence(ln.s[m.end():z])[:40], unit))
    return out


def _honoured_lower_units(lines: tuple[_Line, ...], own: str | None) -> list[tuple[int, int, str, str]]:
    """Lower units of the report's own kind, each honoured in a clause of its own (…,某县公安局某派出所
    被公安部命名为…): a case each, the clause up to its sentence's end."""
    own_place = _agency_place(own) if own else None
    kind = agency_type_of(own) if own else "other"
    if kind == "other" or not own_place:
        return []
    out = []
    for ln in lines:
        if ln.short or not _HONOURED_VERB.search(ln.s):
            continue
        hits = []
        for c in [0] + [m.end() for m in _CLAUSE_CUT.finditer(ln.s)]:
            agency = _placed_agency_opening(ln.s[c:c + 60])
            if (agency and _HONOURED_VERB.match(ln.s, c + len(agency)) and agency_type_of(agency) == kind
                    and not _same_place(_agency_place(agency), own_place)
                    and _lies_within(_agency_place(agency), own_place)):
                hits.append((c, agency))
        for n, (c, agency) in enumerate(hits):
            # (up to the next honoured unit, or its sentence's end)
            z = min(_sentence_end(ln.s, c), hits[n + 1][0] if n + 1 < len(hits) else len(ln.s))
            out.append((ln.start + c, ln.start + len(ln.s[:z].rstrip("。；;，, ")), ln.s[c:z][:40], agency))
    return out


def _own_place_written(agency: str, own: str | None) -> str | None:
    """福州警方 in a report whose own agency is 市公安局: the report's own agency with its place
    written out (the same kind of organ at the level the short form names); that place in full."""
    level = own and SHORT_FORM_RX.match(own) and SHORT_FORM_LEVEL[own[0]]
    if not level or agency_type_of(agency) != agency_type_of(own):
        return None
    place = canonical_place(_agency_place(agency))
    return place[0] if place and place[1] == level else None


# a unit doing the work it is named for (…分局捣毁…, …派出所今年以来化解…)
_UNIT_ACTS = re.compile(rf"[^，,。；;]{{0,8}}?(?:{_alt(_M['result_verb'] + _M['deed_verb'])})")
# the report's own organ written short before its lower unit (市公安局某分局, 县法院某法庭)
_SHORT_PARENT = re.compile(rf"[省市县区](?:{_alt(sorted(ORGAN_WORDS.values(), key=len, reverse=True))}|公安厅|中院)")


def _own_lower_unit(rest: str, own: str | None) -> str | None:
    """A lower unit of the report's own agency that rest opens with, its parent written short or
    not at all (市公安局晋安分局…, 晋安分局… in 福州市公安局's report): the unit in full."""
    kind = agency_type_of(own) if own else "other"
    parent = _SHORT_PARENT.match(rest)
    if kind == "other" or parent and agency_type_of(parent.group(0)) != kind:
        return None
    sub = SUB_UNIT.match(rest, parent.end() if parent else 0)
    if not sub or own.endswith(sub.group(0)):
        return None
    if not _UNIT_ACTS.match(rest, sub.end()):
        return None                         # (其中,某法庭第一季度结收案比达73%: a share of the report's figure)
    if own.endswith("机关"):                # (全市公安机关's report: its bureau's unit as written, to expand)
        unit = rest[:sub.end()] if parent else None
    else:
        unit = own + sub.group(0)
    return unit if unit and agency_type_of(unit) == kind else None


_LEVEL_ORGAN_ACTS = re.compile(r"[。；;，,](?P<level>[县区市旗])(?P<organ>司法局|公安局|人民法院|法院|人民检察院|检察院)"
                               r"(?=获悉|接到|得知|立即|迅速|第一时间|随即|及时|组织|指派|依法)")
_LEVEL_ORGAN_REACH = 160


def _named_examples(text: str, lines: tuple[_Line, ...], own: str | None) -> list[tuple[int, int, str, str]]:
    """A case per lower unit whose practice the report gives as an example, when the example
    names its place (a known one) and its result; not the report's own agency or place."""
    own_place = _agency_place(own) if own else None
    # a report on a place's organs together (江西公安机关…) gives its units' dated examples
    digest = not own or own.endswith(_ORGANS_ENDS) or agency_type_of(own) == "other"
    # (a system's report on its region, 宁夏检察机关…: 中卫市创新打造… is the city's own organ)
    own_organ = ORGAN_WORDS.get(agency_type_of(own)) if own and own_place else None
    out, seen = [], {own}
    lower = []                              # lower units' paragraphs: examples when two or more
    for ln in lines:
        if ln.short:
            continue
        chained_at = -1                     # where a sentence would continue a 例如 example's chain
        for lead in _EXAMPLE_LEAD.finditer(ln.s):
            rest = ln.s[lead.end():lead.end() + 60]
            this_place = None
            agency = _placed_agency_opening(rest)
            # (例如,甲区…。乙市更创新“…”。丙县则通过“…”: the places after the first example are examples too)
            chained = lead.start() == chained_at and not lead.group(1)
            for_example = chained or bool(lead.group(1) and _FOR_EXAMPLE.match(lead.group(1)))
            if not agency and for_example and (that := _THAT_PLACES_ORGAN.match(rest)) and own_place \
                    and (level := canonical_place(own_place)) and level[1] == SHORT_FORM_LEVEL[that["level"]] \
                    and agency_type_of(that["organ"]) != agency_type_of(own):
                agency = level[0] + that["organ"]    # (如该省公安机关采取…: the report's place, another of its organs)
                this_place = agency
            elif not agency and for_example:
                place = PLACE_RE.match(rest)        # 如华安县发生一起…: the county's own organs acted (not 其中,鼓楼区办理120件)
                agency = place.group(0) if place and is_known_place(place.group(0)) else None
                station = _PLACES_STATION.match(rest, place.end()) if agency else None
                if station:                 # (如金华永康市的龙山法庭…: the place's tribunal acts)
                    agency += station[1]
                elif agency:                # (…纠集30多人上访。县司法局获悉后…: the organ that acted, by its level)
                    reach = ln.s[lead.end():lead.end() + _LEVEL_ORGAN_REACH]
                    organ = _LEVEL_ORGAN_ACTS.search(reach)
                    if organ and organ["level"] == agency[-1]:
                        agency += organ["organ"]
                    else:                   # (…职工面临欠薪。江都法院联合…: by its bare place)
                        named = next((name for at, _, name in _bare_place_agencies(reach) if at and reach[at - 1] in _SENT_END
                                      and _same_place(_agency_place(name), agency)), None)
                        agency = named or agency
            elif not agency and own_organ and not lead.group(1):
                place = _PLACE_DOES.match(rest)
                if place and is_known_place(place[1]) and _lies_within(place[1], own_place):
                    agency = place[1] + own_organ
            if agency and for_example:
                chained_at = _sentence_end(ln.s, lead.end())
            # (…or opening a paragraph of its own: 巴河法庭创新打造… in 浠水法院's report)
            own_lower = None if agency or not (lead.group(1) or lead.start() == 0) else _own_lower_unit(rest, own)
            if own_lower:                   # (其中,市公安局某分局…: the report's own unit, below it)
                agency = own_lower
            elif not agency or (_same_place(_agency_place(agency), own_place) and agency != this_place) \
                    or _own_place_written(agency, own):
                continue
            if agency in seen:
                continue
            if lead.group(1) and _TIME_LEAD_RX.match(lead.group(1)) and not digest:
                continue                    # (in one agency's report a dated sentence tells its own story)
            if _VISITOR_AFTER.match(rest, len(agency)) or _GIVES_HONOUR.match(rest, len(agency)) \
                    or _SOURCE_AFTER.match(rest, len(agency)):
                continue                    # 此外,某院调研组一行5人…, 此外,某院授予…: it visits or honours, no practice
            end = _EXAMPLE_END.search(ln.s, lead.end())
            z = end.start() if end else len(ln.s)
            a = ln.start + lead.end()
            if not lead.group(1) and rest.startswith(("有", "共有"), len(agency)):
                continue                    # 山东法院有10个集体被授予…: a tally, not a practice
            # a paragraph opened by a lower unit of the report's own kind (哈尔滨市公安局's report:
            # 依兰县公安局对…, 方正县公安局通过…) is that unit's practice, told as the report's example
            lower_unit = (lead.start() == 0 and not lead.group(1) and own is not None and own_place is not None
                          and agency_type_of(agency) == agency_type_of(own) != "other"
                          and _lies_within(_agency_place(agency), own_place))
            told, told_to = True, z
            if not lead.group(1) and not _SELECTED_PRACTICE.match(rest, len(agency)):
                # without a lead word: the sentence names the unit's practice and its result
                # (安徽省淮北市检察院开发的“外卖商家违规行为监督模型”则筛查出400余条违规线索)
                told_to = _sentence_end(ln.s, lead.end())
                # (…or a lower unit of the report's own system in its region, with a result in figures:
                # 金寨县检察院依法提前介入…批准逮捕13名 in the city procuratorate's report)
                below = (own is not None and own_place is not None and agency != own
                         and agency_type_of(agency) == agency_type_of(own) != "other"
                         and _lies_within(_agency_place(agency), own_place))
                # (a 例如 example's chain tells its units' practices: 例如,甲…；乙法院与…共建…机制; a
                # clause cut off at the page's end, 乙市依托, tells none)
                named = _NAMED_PRACTICE.search(ln.s, lead.end(), told_to)
                told = bool((named or below or chained) and (chained or _DIGIT_RX.search(ln.s, lead.end(), told_to)))
                if own_lower and not told and len(ln.s) >= _TOLD_ORGAN_RUN and (
                        _NAMED_PRACTICE.search(ln.s) or _DIGIT_RX.search(ln.s)):
                    told, told_to = True, len(ln.s)     # (its paragraph tells its practice, at length)
                if chained and not named and told_to - lead.end() < _MIN_CHAINED_EXAMPLE:
                    told = False
            if told and lead.group(1) != "在" and not chained:   # (在某院…案中: the case it handled is its practice)
                told = bool(_names_its_practice(text, a, ln.start + told_to)
                            or _EXAMPLE_RESULT.search(ln.s, lead.end(), told_to))
            if not (told or lower_unit):
                continue
            z = told_to if told else z
            if told:
                seen.add(agency)            # (a lone lower unit, dropped below, blocks no later reading)
            if told and chained and out:    # (the example before runs up to this one)
                out[-1] = (out[-1][0], min(out[-1][1], ln.start + len(ln.s[:lead.start()].rstrip())), *out[-1][2:])
            (out if told else lower).append(
                (a, ln.start + len(ln.s[:z].rstrip()), _first_sentence(ln.s[lead.end():z])[:40], agency))
        for m in _AWARDED_EXAMPLE.finditer(ln.s):  # 授予甲市中院刑一庭等197个集体“…”称号: the one named
            if m.group(0)[0] in "对和" and not _HONOUR_EVENT.search(ln.s, m.end(), _sentence_end(ln.s, m.end())):
                continue
            places = find_places(m.group(1))
            agency = m.group(1)[places[0].start:] if places else None
            if agency and agency not in seen and not _same_place(_agency_place(agency), own_place):
                seen.add(agency)
                honour = _NAMED_PRACTICE.search(ln.s, m.end(), _sentence_end(ln.s, m.end()))
                out.append((ln.start + m.start(1) + places[0].start, ln.start + m.end(),
                            honour.group(0).strip("“”") if honour else m.group(2), agency))
    for e in sorted(_honoured_lower_units(lines, own) + _taken_as_example(text, lines, own)):
        # (one unit once, under either of its names, and no two cases over the same words)
        if not any(o[0] < e[1] and e[0] < o[1] or o[3].endswith(e[3]) or e[3].endswith(o[3]) for o in out) \
                and e[3] not in seen:
            out.append(e)
    out += [e for e in _emerged_units(lines) + _speakers_told(lines)
            if e[3] not in seen and not _same_place(_agency_place(e[3]), own_place)]
    lower = [e for n, e in enumerate(lower) if e[3] not in seen and all(e[3] != f[3] for f in lower[:n])]
    return sorted(out + (lower if len(lower) >= 2 else []))


# A briefing's paragraph given to one speaker: "发布会上,扬州市副市长、市委政法委副书记、市公安局局长
# 某某分享了平安扬州建设…的情况" — the speaker's place (a post of its government) or unit tells its practice.
_SPEAKER_POSTS = rf"(?:[{_HAN}]{{0,10}}?(?:党委|党组)?副?(?:{_alt(_M['post'])})、)*[{_HAN}]{{0,10}}?(?:党委|党组)?副?(?:{_alt(_M['post'])})"
_SPEAKER_TELLS = re.compile(rf"(?:[{_HAN}]{{1,5}}上[,，])?(?P<unit>{PLACE_RE.pattern}[{_HAN}]{{0,10}}?)"
                            rf"(?P<posts>{_SPEAKER_POSTS})[{_HAN}]{{2,3}}?(?:就|围绕|结合)?[^，,。；;]{{0,30}}?(?:{_alt(_M['tells_experience'])})")
_GOVERNMENT_POST = re.compile(rf"(?:市委|县委|区委|州委|省委)?副?(?:{_alt(_M['government_post'])})")
_MIN_TOLD = 80                              # (a paragraph of practice, not a line naming who spoke)


def _speakers_told(lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    out = []
    for ln in lines:
        if ln.short or len(ln.s) < _MIN_TOLD:
            continue
        m = _SPEAKER_TELLS.match(ln.s)
        if not m:
            continue
        head = ln.s[m.start("unit"):m.end("posts")]
        written = find_places(head, whole_name=True)     # (扬州市, with its level word, when written so)
        place = head[:written[0].end] if written and written[0].start == 0 else PLACE_RE.match(head).group(0)
        if not is_known_place(place):
            continue
        # (a post of the place's own government speaks for the place; an organ's head, for his organ)
        organ = _STRICT_AGENCY.match(head)
        unit = place if _GOVERNMENT_POST.match(head, len(place)) else (
            organ.group(0) if organ and _valid_agency(organ.group(0)) else None)
        if unit:
            out.append((ln.start + m.start("unit"), ln.end, _first_sentence(ln.s[m.end():])[:40] or ln.s[:40], unit))
    return out


def _peer_sentences(text: str, lines: tuple[_Line, ...], openings: list[list[tuple[int, str]]]
                    ) -> tuple[int, list[tuple[int, int, str, str]], bool] | None:
    """Peers' practices as sentences over several paragraphs ("例如，深圳市检察院上线…。安徽省
    淮北市检察院开发的…"; "深汕检察院通过…"): three or more peers, each the first of its place,
    each naming its practice or its result — one case per sentence, inside the report."""
    hits, places = [], set()
    for ln, line_hits in zip(lines, openings):
        for c, agency in line_hits:
            if _place_key(_agency_place(agency)) not in places:
                places.add(_place_key(_agency_place(agency)))
                hits.append((ln.start + c, ln.start + _sentence_end(ln.s, c), agency))
    out = [(a, a + len(text[a:z].rstrip("；;。，, ")), _first_sentence(text[a:z])[:40], agency)
           for a, z, agency in hits]
    # (a peer's sentence that names neither its practice nor a result stays in the report's case,
    # while most of them name one)
    named = [c for c in out if _names_its_practice(text, c[0], c[1])]
    if len(named) * 4 < len(out) * 3 or not _are_peers([c[3] for c in named]):
        return None
    out = named
    return out[0][0], out, False


# An award list written as one paragraph: "…分别是(排名不分先后)：甲市打造…；乙院推行…；丙区…".
# The announcing words and a colon make it a list, so each "；" clause is one practice
# even where its subject is a bare place (珠海首创…) or a short form (广州中院).
_LIST_INTRO = re.compile(r"(?:分别是|分别为|包括|如下|名单|依次为)[^:：；;。]{0,12}[:：]")
# (…ending the line above; not 报告如下: over a report's first part)
_LIST_INTRO_ABOVE = re.compile(r"(?:分别是|分别为|依次为|依次是)[^:：；;。]{0,12}[:：]\s*$")
_CLAUSE_SPLIT = re.compile(r"[；;]")
_CLAUSE_AGENCY = re.compile(rf"^[{_HAN}]{{0,14}}?(?:{ALL_SUFFIX_ALT}|人大)")   # (盐城经济技术开发区人民检察院)
_CLAUSE_CITY_COUNTY = re.compile(rf"^[{_HAN}]{{1,6}}?[市州][{_HAN}]{{1,4}}?[区县市旗]")
_CLAUSE_BARE_PLACE = re.compile(rf"^((?![全我该本各进])[{_HAN}]{{2,4}}?)(?:{_SUBJECT_VERBS})")


# clauses that open with an ordinal (一是…；二是…) or a verb (建立…；推行…) are the measures
# of one practice and have no subject of their own
_CLAUSE_NO_SUBJECT = re.compile(rf"^(?:[一二三四五六七八九十]是|首先|其次|再次|最后|第[一二三四五六七八九十]|{_SUBJECT_VERBS}|推进|推动|加强|完善|健全)")


def _clause_subject(c: str) -> str | None:
    if _CLAUSE_NO_SUBJECT.match(c):
        return None
    m = _SUBJECT.match(c)
    if m:
        return _subject(m)
    m = _CLAUSE_AGENCY.match(c)
    if m and (_valid_agency(m.group(0)) or c.startswith(tuple(PROVINCES))):
        return m.group(0)
    m = _CLAUSE_CITY_COUNTY.match(c) or PLACE_RE.match(c)
    written = find_places(c[:12])
    if written and written[0].start == 0 and (not m or written[0].end > m.end()):
        return c[:written[0].end]           # 荆州区…: the place the dataset knows, not 荆州 (荆 + 州)
    if m:
        return m.group(0)
    province = next((p for p in PROVINCES if c.startswith(p)), None)
    if province:
        return province
    m = _CLAUSE_BARE_PLACE.match(c)
    return m.group(1) if m else None


def _listed_clause_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str | None]]:
    out = []
    for k, ln in enumerate(lines):
        if ln.s.count("；") + ln.s.count(";") < 2:
            continue
        intro = _LIST_INTRO.search(ln.s)
        if intro:
            at = intro.end()
        elif k and _LIST_INTRO_ABOVE.search(lines[k - 1].s):
            at = 0                          # "…评选出十大创新项目，分别是：" ends the line above
        else:
            continue
        pieces = []
        for m in list(_CLAUSE_SPLIT.finditer(ln.s, at)) + [None]:
            z = m.start() if m else len(ln.s)
            pieces.append((at, z))
            at = z + 1 if m else z
        subjects = [_clause_subject(ln.s[a:z].strip()) for a, z in pieces]
        # most clauses must open with a place or agency: a list of measures is no list of practices
        if len(pieces) < 3 or sum(1 for x in subjects if x) * 3 < len(pieces) * 2:
            continue
        for (a, z), subject in zip(pieces, subjects):
            piece = ln.s[a:z].rstrip("。 ")
            if not subject and len(piece.strip()) < _MIN_LISTED_PRACTICE:
                continue                    # a stray tail (…；等。) is no practice
            lead = len(piece) - len(piece.lstrip())
            places = _place_items(piece.strip())
            if places:                      # 甲区某街道、某镇: each place its own
                out += [(ln.start + a + lead + i, ln.start + a + lead + j, name, name) for i, j, name in places]
                continue
            out.append((ln.start + a, ln.start + a + len(piece), _first_sentence(piece)[:40], subject))
    # (the report's lead and close go to the first and last practice: no figure outside a case)
    return _cover_report(text, lines, out) if out else out


# A listed winner that is a place alone: a county the dataset knows, or a township under one
# (东城街道, 大垸管理区), written after its county or not
_TOWNSHIP = re.compile(rf"[{_HAN}]{{1,6}}?(?:{TOWNSHIP_WORDS})")


def _place_items(piece: str) -> list[tuple[int, int, str]] | None:
    """(start, end, name) of each place in a clause that is nothing but places joined by 、
    (甲区某街道、某镇); the later townships are named under the first one's county.
    None when the clause holds anything else (甲县、乙县联合开展…)."""
    out, at, county = [], 0, ""
    for part in piece.split("、"):
        written = find_places(part)
        head = written[-1].end if written and written[0].start == 0 else 0
        if head and head == len(part) and is_known_place(part):
            name = part                     # 公安县: the county itself
        elif _TOWNSHIP.fullmatch(part, head):
            county = part[:head] or county
            name = part if head else county + part
        else:
            return None
        out.append((at, at + len(part), name))
        at += len(part) + 1
    return out


# A list of practices run into one sentence, each "agency (的) project", closed by 等:
# "…公安厅“云哨…”、某区委政法委“平安合伙人…”、某院“某某工作室”等创新成果",
# "城管局的…改造工程、妇联的…维权中心、法院的…平台建设等8个法治创新和特色项目".
_ITEM_LIST_END = re.compile(
    r"等(?P<n>\d{1,2}|[一二三四五六七八九十]{1,3})?(?:个|项|批|件)?"
    r"[\u4e00-\u9fff“”]{0,10}?(?:成果|项目|案例|经验|做法|品牌|实践|举措|亮点)|等等(?=[,，。])|\s*(?:…{2,}|\.{3,})")
_ITEM_AGENCY_END = rf"(?:{ALL_SUFFIX_ALT}|妇联|团委|工会|委|{TOWNSHIP_WORDS}|开发区|园区)"
# agency as the item's head: before its quoted title, or before 的
# (甲法庭打造“某某法庭”品牌: a verb before the name and its kind after it, too)
_ITEM_QUOTED = re.compile(rf"((?![就对将把由在经和与及])[{_HAN}]{{0,16}}?{_ITEM_AGENCY_END})"
                          rf"(?:打造|推出|创建|创新|探索|建立|推行)?“\s*([^”]{{2,40}}?)\s*”(?:品牌|模式|工作法|机制)?$")
# …or with a few words after saying what the quoted name is (某所“甲乙”社会治理工作经验)
_ITEM_QUOTED_KIND = re.compile(rf"^((?![就对将把由在经和与及])[{_HAN}]{{0,16}}?{_ITEM_AGENCY_END})“\s*([^”]{{2,40}}?)\s*”[{_HAN}]{{2,20}}$")
_ITEM_OF = re.compile(rf"^([{_HAN}]{{0,12}}?{_ITEM_AGENCY_END})的(.{{3,40}})$")
# …or a place before it, a few words after: 某市某区“某某体系”化解纠纷
_ITEM_PLACE_QUOTED = re.compile(rf"^([{_HAN}]{{2,12}}?[市区县旗])“([^”]{{2,40}})”[{_HAN}]{{0,10}}$")
_ITEM_LEAD = re.compile(rf"^(?:(?:“[^”]*”|[^“])*[,，:：])?(?:[^“”,，]{{0,10}}?(?:{_alt(_M['tour_verb'])})了?|就|对|将|把|包括|如|有)?")   # (a comma in quotes is the item's; 先后观摩了…)
_CN_COUNT = {c: i + 1 for i, c in enumerate("一二三四五六七八九十")} | {"两": 2}


def _count(n: str) -> int:
    """A list's count as written (8, 八, 两); 0 for one past ten written in Chinese."""
    return int(n) if n.isdigit() else _CN_COUNT.get(n, 0)


def _inline_item_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str | None]]:
    out = []
    for ln in lines:
        if "、" not in ln.s or ("等" not in ln.s and "…" not in ln.s and "..." not in ln.s):
            continue
        for end in _ITEM_LIST_END.finditer(ln.s):
            head_start = max(ln.s.rfind(c, 0, end.start()) for c in "。；;！？") + 1
            items, at = [], head_start
            for part in ln.s[head_start:end.start()].split("、"):
                items.append((at, part))
                at += len(part) + 1
            if len(items) < 3:
                continue
            n = end["n"]
            if n and _count(n) != len(items):
                continue                    # 等8个项目 after seven items: not a list of practices
            parsed = []
            for k, (at, part) in enumerate(items):
                part_clean = (_ITEM_LEAD.sub("", part, count=1) if k == 0 else part).rstrip()
                lead = len(part) - len(part_clean)
                m = _ITEM_QUOTED.search(part_clean) or _ITEM_OF.match(part_clean) or _ITEM_QUOTED_KIND.match(part_clean)
                place = None if m else _ITEM_PLACE_QUOTED.match(part_clean)
                if place and (found := find_places(place.group(1))) and found[0].start == 0 \
                        and found[-1].end == len(place.group(1)):
                    m = place
                if m:
                    parsed.append((at + lead, at + len(part), m.group(2), m.group(1)))
            if len(parsed) * 3 < len(items) * 2 or len(parsed) < 3:
                continue
            out += [(ln.start + a, ln.start + z, title, agency) for a, z, title, agency in parsed]
    # (the report's lead and close go to the first and last practice: no figure outside a case)
    return _cover_report(text, lines, out) if out else out


# A catalogue flattened onto one line: "(1)甲县检察院诉…案 (2)乙市检察院督促…案 (3)…"
_INLINE_NUMBER = re.compile(r"[(（](\d{1,2})[)）]")


def _inline_numbered_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str | None]]:
    """Items (1), (2), (3)… run together on one line, each opened by its unit: one case each
    (three or more, two in three items with a unit; an item naming none is no case)."""
    out = []
    for ln in lines:
        if ln.s.count("(") + ln.s.count("（") < 3:
            continue
        run = []
        for m in _INLINE_NUMBER.finditer(ln.s):
            if int(m.group(1)) == len(run) + 1:
                run.append(m)
        if len(run) < 3:
            continue
        items = []
        for n, m in enumerate(run):
            body = ln.s[m.end():run[n + 1].start() if n + 1 < len(run) else len(ln.s)]
            first = _FIRST_AGENCY.match(body)
            agency = _placed_agency_opening(body) or (first.group(0) if first and _valid_agency(first.group(0)) else None)
            if agency:
                items.append((ln.start + m.start(), body.split("——")[0].strip()[:60], agency))
        if len({agency for *_, agency in items}) >= 3 and len(items) * 3 >= len(run) * 2:
            # (one unit numbering its own measures is one practice; each runs to the next unit's item: one naming none stays inside the one before)
            out += [(a, items[n + 1][0] if n + 1 < len(items) else ln.end, title, agency)
                    for n, (a, title, agency) in enumerate(items)]
    return _cover_report(text, lines, out) if out else []


# A visit told stop by stop in one sentence: "在某市检察院某检察部,了解…;在某新区公安分局,探寻…"
_TOUR_STOP = re.compile(rf"在([{_HAN}]{{4,30}}?)[,，](?=[^；;。]{{0,6}}?(?:{_alt(_M['tour_verb'])}))")


def _tour_stop_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str | None]]:
    """One case per unit visited (three or more on one line), each running to its clause's end."""
    for ln in lines:
        if ln.s.count("在") < 3:
            continue
        stops = [m for m in _TOUR_STOP.finditer(ln.s) if _valid_agency(m.group(1))
                 and (m.start() == 0 or ln.s[m.start() - 1] in "；;,，")]
        if len(stops) >= 3:
            spans = []
            for m in stops:
                z = _sentence_end(ln.s, m.end())
                spans.append((ln.start + m.start(), ln.start + len(ln.s[:z].rstrip("；;。 ")),
                              ln.s[m.end():z].rstrip("；;。 ")[:40], m.group(1)))
            return _cover_report(text, lines, spans)
    return []


# Award news names one example per award: "宣布甲市某办“…”等15个项目获得某奖、乙区政府“…”等20个项目获得提名奖"
_AWARD_EXAMPLE = re.compile(rf"([{_HAN}]{{2,30}}?{_ITEM_AGENCY_END})“([^”]{{2,60}})”"
                            rf"等(?:\d{{1,3}}|[一二三四五六七八九十]{{1,3}})个?(?:项目|案例|成果)")


# A contest's results told unit by unit in one sentence, each grade closing its clause:
# "刑警大队“…”案例获评一等奖,潞城派出所“…”、交警大队“…”案例获评二等奖", or the brand first and
# its unit in brackets: "“天涯蓝盾”(三亚市城郊检察院)特色品牌获得一等奖,乐东…(乐东县检察院)…获得二等奖"
_GRADES = _alt(_M["award_grade"])
_AWARD_GRADE = re.compile(rf"(?:获评|获得|荣获|被评为|评为|获)了?(?:{_GRADES})")
_GRADE_LEAD = re.compile(r"^(?:最终|最后|其中|分别|以及)")     # (not 和/及/由: 和平区人民法院)
# …or each grade before its units: "一等奖甲县某乡、乙县某镇人民调解委员会报送的…,二等奖获得者丙县司法局"
# (the units before the last one share its agency word)
_GRADE_THEN_UNITS = re.compile(rf"({_GRADES})(?:获得者|获奖单位)?(?:为|是)?[:：]?"
                               rf"((?:[{_HAN}()（）]{{2,24}}、)*[{_HAN}()（）]{{2,24}}?(?:{ALL_SUFFIX_ALT}))")
_UNIT_THEN_PROJECT = re.compile(rf"([{_HAN}]{{2,24}}?(?:{ALL_SUFFIX_ALT}))[“\"]([^”\"]{{2,60}})[”\"]")
_PROJECT_THEN_UNIT = re.compile(rf"([^、,，；;。:：()（）]{{2,40}}?)[(（]([{_HAN}]{{2,24}}?(?:{ALL_SUFFIX_ALT}))[)）]")


def _award_grade_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str | None]]:
    """One case per graded unit of a contest's results (two or more, on one line or several),
    titled by its project and running to the next unit; the report's lead and close go to the
    first and last."""
    items = []
    for ln in lines:
        grades = list(_AWARD_GRADE.finditer(ln.s))
        if not grades:
            items += [(ln.start + a, ln.end, title, unit) for a, title, unit in _units_after_grades(ln.s)]
            continue
        at = max(ln.s.rfind(c, 0, grades[0].start()) for c in "。；;！？") + 1
        for grade in grades:
            clause = ln.s[at:grade.start()]
            unit_first = list(_UNIT_THEN_PROJECT.finditer(clause))
            unit_after = list(_PROJECT_THEN_UNIT.finditer(clause))
            for m in unit_first if len(unit_first) >= len(unit_after) else unit_after:
                if m.re is _UNIT_THEN_PROJECT:
                    unit, project = _GRADE_LEAD.sub("", m.group(1)), m.group(2)
                else:                       # (最终“天涯蓝盾”(…): the lead is before the brand)
                    unit, project = m.group(2), _GRADE_LEAD.sub("", m.group(1).strip())
                if _valid_agency(unit) or agency_type_of(unit) != "other":
                    if _NAMED_PRACTICE.fullmatch(project):
                        project = project[1:-1]     # “天涯蓝盾”: the name without its quotes
                    items.append((ln.start + at + m.start(), ln.end, project, unit))
            at = grade.end()
            while at < len(ln.s) and ln.s[at] in ",，、 ":
                at += 1
    if len(items) < 2:
        return []
    spans = [(a, min(z, items[n + 1][0]) if n + 1 < len(items) else z, title, unit)
             for n, (a, z, title, unit) in enumerate(items)]
    return _cover_report(text, lines, spans)


def _units_after_grades(s: str) -> list[tuple[int, str, str]]:
    """(start, title, unit) of each unit a grade names before it (一等奖甲乡、乙镇人民调解委员会):
    an item without an agency word is a place taking the last item's (甲乡人民调解委员会)."""
    out = []
    for m in _GRADE_THEN_UNITS.finditer(s):
        parts = m.group(2).split("、")
        word = _AGENCY_WORD_END.search(parts[-1]).group(0)
        at = m.start(2)
        for part in parts:
            unit = part
            if not _AGENCY_WORD_END.search(part):
                places = find_places(part)
                unit = part + word if _TOWNSHIP.fullmatch(part, places[-1].end if places else 0) \
                    or is_known_place(part) else None
            if unit and (_valid_agency(unit) or agency_type_of(unit) != "other"):
                out.append((at, m.group(1), unit))
            at += len(part) + 1
    return out


_AGENCY_WORD_END = re.compile(rf"(?:{ALL_SUFFIX_ALT})$")


# An honour list names one example of the units it honours: "授予甲区检察院等38个单位“…”称号",
# "为乙区检察院等98个先进集体记集体一等功"
# "对甲所等16个成绩突出集体和乙所等16个…集体予以通报表扬" (对/和 only where the sentence honours)
# (甲所等16个单位, 乙庭等10家法庭, 丙所等19个公安派出所: the head of a tally)
_TALLY_COUNT = r"(?:\d{1,4}|[一二两三四五六七八九十百]{1,4})"
_TALLY = rf"等{_TALLY_COUNT}(?:个|家)([{_HAN}]{{0,6}}?(?:单位|集体|组织|{STATION_WORDS}|法院|检察院|中心))"
_AWARDED_EXAMPLE = re.compile(rf"(?:授予|为|表彰|命名|追授|对|(?<=集体|单位|组织)和)([{_HAN}]{{2,30}}?{_ITEM_AGENCY_END}(?:{COURT_DIVISION})?)"
                              rf"{_TALLY}")
# …beside which the one unit given an honour of its own: "授予甲法庭“…特别奖”称号,授予乙法庭等10家法庭…"
_AWARDED_ONE = re.compile(rf"(?:{_alt(_M['gives_honour'])})((?:[{_HAN}]{{2,30}}?{_ITEM_AGENCY_END}(?:{COURT_DIVISION})?、)*"
                          rf"[{_HAN}]{{2,30}}?{_ITEM_AGENCY_END}(?:{COURT_DIVISION})?)(“[^”]{{2,40}}”)(?:称号|荣誉)")


def _award_example_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str | None]]:
    """Two or more named award examples in one sentence, or honoured units' examples over
    the document: one case each (the agency starts at its place name: 马怀德宣布上海市… is
    上海市…), titled by its project, else by the honour's sentence."""
    out, honoured = [], []
    for ln in lines:
        if "等" not in ln.s and "称号" not in ln.s:
            continue
        found = []
        for m in _AWARD_EXAMPLE.finditer(ln.s):
            places = find_places(m.group(1))    # the dataset's names: not 马怀德宣布上海市
            if places:
                at = m.start(1) + places[0].start
                found.append((ln.start + at, ln.start + m.end(), m.group(2), ln.s[at:m.end(1)]))
        if len(found) >= 2:
            out += found
        for m in _AWARDED_EXAMPLE.finditer(ln.s):
            places = find_places(m.group(1))
            end = _sentence_end(ln.s, m.end())
            if m.group(0)[0] in "对和" and not _HONOUR_EVENT.search(ln.s, m.end(), end):
                continue                        # (对甲所等16个单位开展检查: no honour)
            if places:
                at = m.start(1) + places[0].start
                honour = re.match(r"[^，,；;。]*", ln.s[m.end():end]).group(0)
                if m.group(0)[0] in "对和":     # (what follows 对甲所等16个集体 is the rest of the list)
                    honour = _NAMED_PRACTICE.search(ln.s, m.end(), end)
                    honour = honour.group(0) if honour else m.group(2)
                named = _NAMED_PRACTICE.search(honour)          # “全国模范检察院”称号, else 记集体一等功
                honoured.append((ln.start + at, ln.start + end, named.group(0) if named else honour[:40],
                                 ln.s[at:m.end(1)]))
        ones = list(_AWARDED_ONE.finditer(ln.s)) if "称号" in ln.s or "荣誉" in ln.s else []
        # beside a unit honoured with others (…等10家法庭), or two or more honoured one by one
        if ones and (honoured and _AWARDED_EXAMPLE.search(ln.s) or len(ones) >= 2):
            before = list(honoured)
            for m in ones:
                at = m.start(1)
                for name in m.group(1).split("、"):     # (授予甲所、乙所“…”称号: each of them)
                    places = find_places(name)
                    if places and not any(h[0] <= ln.start + at < h[1] for h in before):
                        honoured.append((ln.start + at + places[0].start, ln.start + _sentence_end(ln.s, m.end()),
                                         m.group(2), name[places[0].start:]))
                    at += len(name) + 1
    honoured.sort()
    # (units honoured in one sentence: each up to the next)
    honoured = [(a, min(z, honoured[n + 1][0]) if n + 1 < len(honoured) else z, title, agency)
                for n, (a, z, title, agency) in enumerate(honoured)]
    if len({agency for *_, agency in honoured}) >= 2:
        out += honoured
    return out or _named_winner_cases(lines)


# "…入选名单，其中某市有3个村上榜，分别为甲县乙镇丙村、丁县戊镇己村", "…获得“全国先进基层检察院”
# 称号的基层检察院分别是:甲院、乙院": the winners named after the honour, each a case
_WINNERS_NAMED = re.compile(r"(?:分别为|分别是|依次为|依次是|名单如下)[:：]?|(?:是|为)[:：]")   # (这7个集体是:…)
_WINNER_END = re.compile(rf"(?:村|社区|{TOWNSHIP_WORDS}|{ALL_SUFFIX_ALT})$")
_SELECTION_WORDS = re.compile(_alt(_M["selection_word"]))


_WINNER_ITEM = re.compile(r"[^、，,；;。]+")


# 这6家单位分别是: / 上述单位依次为: the winners of the honour told just before
_WINNERS_ANAPHOR = re.compile(r"^\s*(?:这|上述|以上)(?:\d{1,3}|[一二两三四五六七八九十]{1,3})?[家个批]?(?:单位|集体|派出所|法院|检察院|法庭)")


def _introduced_winners(ln: _Line, selected_only: bool = False, before: str = "") -> list[list[tuple[int, int, str, str]]]:
    """Per list in the line, (start, end, honour, name) of each winner it names; a list is
    introduced by a selection (入选名单…分别为) or an honour (…称号的…分别是), told in its
    sentence or, for 这6家单位分别是, in the sentence before (`before`: the line above)."""
    lists = []
    for intro in _WINNERS_NAMED.finditer(ln.s):
        opens = max(ln.s.rfind(c, 0, intro.start()) for c in "。；;") + 1
        head = ln.s[opens:intro.start()]
        if intro.group(0)[0] in "是为" and not _WINNERS_ANAPHOR.match(head):
            continue                        # (主要做法是: names no winners; 这7个集体是: does)
        if _WINNERS_ANAPHOR.match(head):
            told = ln.s[:opens].rstrip() or before.rstrip()
            head = told[max(told.rfind(c, 0, len(told) - 1) for c in "。；;") + 1:] + head
        honour = _NAMED_PRACTICE.search(head)     # 「全国民主法治示范村」
        won = _ROLL_VERB.search(head)            # 我市4个案例荣获…典型案例,承办单位分别是:
        title = (honour.group(0).strip("“”\"「」『』") if honour else
                 re.match(r"[^，,；;:：]*", head[won.end():]).group(0) if won else _first_sentence(ln.s)[:40])
        selected = _SELECTION_WORDS.search(ln.s[:intro.start()])
        if not (selected or (honour or won) and not selected_only) or _PEOPLE_HONOUR.search(title):
            continue
        found = []
        # (the list runs to the sentence's end: its items may be ；-separated)
        for item in _WINNER_ITEM.finditer(ln.s, intro.end(), _sentence_end(ln.s.replace("；", "，").replace(";", ","), intro.end())):
            start = ln.start + item.start() + len(item.group(0)) - len(item.group(0).lstrip())
            unit = _BRACKETED_UNIT.search(item.group(0).strip())
            project = item.group(0).strip()[:unit.start()].strip() if unit else ""
            if unit and agency_type_of(unit.group(1)) != "other" and not _roll_unit(project):
                # 十大范例分别是:“某某便民驿站”…(甲区委政法委);…: the project, then its unit
                # (not 陕西某律师事务所(石泉县): a unit with its place noted)
                found.append((start, start + len(item.group(0).strip()), project, unit.group(1)))
                continue
            name = _TRAILING_NOTE.sub("", item.group(0).strip())
            place = PLACE_RE.match(name)
            if (place and is_known_place(place.group(0)) and _WINNER_END.search(name) and len(name) <= 30
                    or _roll_unit(name)):
                found.append((start, start + len(name), title, name))
        lists.append(found)
    return lists


def _named_winner_cases(lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    for k, ln in enumerate(lines):
        before = lines[k - 1].s if k else ""
        found = next((f for f in _introduced_winners(ln, selected_only=True, before=before) if len(f) >= 2), None)
        if found:
            return found
    return []


_CLAUSE_SENTENCE_END = re.compile(rf"[；;{_SENT_END}]")


def _sentence_end(s: str, at: int) -> int:
    """Where the sentence (or ；-clause) around `at` ends."""
    m = _CLAUSE_SENTENCE_END.search(s, at)
    return m.end() if m else len(s)


# A digest paragraph opened by a region itself: "湖北省各级党委政府…", "而北京市，则…", "在上海，…"
_REGION_OPENING = re.compile(
    rf"^(?:在|而|据)?((?:{'|'.join(map(re.escape, PROVINCES))})(?:省|市|自治区|壮族自治区|回族自治区|维吾尔自治区)?)"
    r"(?=[,，]|则|各级|各地|全省|全市|省委|市委|党委)")


# …or a lower place the digest visits in turn: "在西宁市,有平安建设一条街…;在海东市,…"
_IN_PLACE_OPENING = re.compile(rf"^在([{_HAN}]{{2,14}}?(?:市|州|盟|地区|县|区|旗))[,，]")


def _region_opening(s: str) -> str | None:
    m = _REGION_OPENING.match(s)
    if m:
        return PROVINCES.get(m.group(1), m.group(1))
    m = _IN_PLACE_OPENING.match(s)
    return m.group(1) if m and is_known_place(m.group(1)) else None


# what a digest's paragraph may say before its unit: a quotation of the unit's own words
# (“3年来,我和战友们…。”某分局刑侦支队…) or a time (一年来, 近年来, 今年以来)
# (活动开展后, 试点启动以来: the campaign the paragraph's unit took part in, not its subject)
_PARAGRAPH_LEAD = re.compile(
    rf"(?:“[^”]{{2,160}}”[。，,！!？?]?|{_TIME_LEAD}|(?:[一二两三四五六七八九十]|\d{{1,2}}|近|多)年(?:多)?(?:以)?来[,，]"
    rf"|[{_HAN}]{{2,6}}(?:开展|启动|实施|部署)(?:以来|后)[,，])")


def _after_paragraph_lead(s: str) -> str:
    m = _PARAGRAPH_LEAD.match(s)
    return s[m.end():] if m else s


def _paragraph_subject_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str | None]]:
    """Paragraphs opened by peer agencies of different places (广东高院…, 上海高院…, 陕西高院…;
    北京市检察机关…, 辽宁省检察机关…) or by regions (湖北省各级党委…, 而北京市，则…, 在上海，…):
    one case per such paragraph, the paragraphs after it that name no new agency belonging
    to it; what comes before the first is the piece's preamble."""
    opens = []
    for k, ln in enumerate(lines):
        if not any(c in ln.s for c in "，,。"):
            continue                        # headings and captions open no paragraph
        # (a short line opens one only as a digest's clause: 在玉树藏族自治州,…模式效果良好;)
        region = _region_opening(ln.s) if len(ln.s) >= 30 or ln.s.endswith(("；", ";")) else None
        agency = (_placed_agency_opening(_after_paragraph_lead(_strip_num(ln.s))) or _speaker_opening(ln.s)
                  if len(ln.s) >= 30 else None) or region
        if agency:
            opens.append((k, agency))
    # (one place's organs are each a case only in a piece on the place's political-legal system:
    # a city's report listing what its court, procuratorate and police did is one report)
    if not (_are_peers([a for _, a in opens]) or (
            _are_one_places_organs([a for _, a in opens]) and _SYSTEM_WORDS.search(text, 0, lines[opens[0][0]].start))):
        return []
    out = []
    for n, (k, agency) in enumerate(opens):
        z = lines[opens[n + 1][0]].start if n + 1 < len(opens) else _content_end(text, lines, lines[k].start)
        out.append((lines[k].start, z, _first_sentence(lines[k].s)[:40], agency))
    return out


# A briefing's paragraph told by its unit's official: "据某市公安局副局长某某介绍,…", or after the
# quote it opens with (“…。”某州公安局党委副书记某某说)
# (a unit's official: its post, then a name of two or three characters)
_OFFICIAL = rf"(?:党委|党组)?副?(?:{_alt(_M['post'])})[{_HAN}]{{2,3}}?"
_SPEAKER = re.compile(rf"(?:据)?(?P<unit>[{_HAN}]{{2,30}}?){_OFFICIAL}(?:介绍|说|表示|谈到)")


def _speaker_opening(s: str) -> str | None:
    at = 0
    if s.startswith("“"):
        at = s.find("”") + 1
        if at == 0:
            return None
        at += len(s[at:]) - len(s[at:].lstrip("。，,！!？? "))
    m = _SPEAKER.match(s, at)
    return _placed_agency_opening(m["unit"]) if m else None


# "内容摘要:大连市综治办…": the label a bulletin puts before an item's body
_BODY_LABEL = re.compile(r"^(?:内容摘要|内容提要|内容简介|摘要|提要|简介|主要做法|基本做法|做法)[:：]\s*")


# "甲派出所、乙分局某派出所和丙派出所分别荣获“枫桥式公安派出所”称号": each awarded agency a case
_AWARD_VERB = re.compile(_alt(_M["award_verb"]))
_AWARDED_LIST = re.compile(rf"({_AGENCY}(?:[、和及与]{_AGENCY}){{1,9}})(?:分别|均|先后)?(?:{_AWARD_VERB.pattern})"
                           rf"([^。；;]{{2,40}}?)(?:称号|荣誉|。|；|;|,|，|$)")



def _awarded_list_in(s: str) -> re.Match | None:
    """_AWARDED_LIST in s, tried at the clause starts before each award verb: searched over a
    whole line, the list of names backtracks at every character (0.2 s for 30 names)."""
    for v in _AWARD_VERB.finditer(s):
        lo = max(0, v.start() - 400)
        head = s[:v.end() + 60]
        # the list opens a clause: tried where clauses start, not at every character
        for start in [lo] + [m.end() for m in _CLAUSE_CUT.finditer(s, lo, v.start())]:
            m = _AWARDED_LIST.match(head, start)
            if m:
                return m
    return None


# An honour roll's clause: units (甲、乙、丙 / 甲等16个单位) then how they were honoured
# (获得 only before an honour's name: 驻马店市获得“…示范市”荣誉称号, 获得最佳案例; not 获得群众好评)
_WON_HONOUR = rf"获得(?=[^，,。；;]{{0,20}}?(?:最佳|优秀|先进|示范|十佳|{_GRADES})|“[^”]{{2,30}}”(?:[{_HAN}]{{0,8}}?荣誉|(?:荣誉)?称号))"
_ROLL_VERB = re.compile(r"被(?:认定|评定|评|命名|授予|确定|表彰)为?|(?<![破查缴抓捕斩])获(?=[^，,。；;]{0,20}表彰|“[^”]{2,30}(?:奖|称号)”|“[^”]{2,30}”(?:荣誉)?称号)|荣获|荣膺|获评|获授|入围|入选|榜上有名|"
                        + _WON_HONOUR)
# (甲等23个单位, 乙等4个城市, 丙等23个县(市、区): the named one of a tally, whatever it counts)
_ROLL_COUNT = re.compile(rf"等{_TALLY_COUNT}(?:个|家)[{_HAN}()（）、]{{0,12}}$")
_PEOPLE_HONOUR = re.compile(_alt(_M["people_honour"]))
_HONOUR_EVENT = re.compile(_alt(_M["honour_event"]))
# (people are honoured by post and name: 某司法所所长某某, 某法庭副庭长某某(女); a count is a tally,
# the digits of a name are not: 汉滨区148法律服务所)
# (nor running text: 某分局先后…, 某局积极组织参加…)
_ROLL_NOT_UNIT = re.compile(r"同志|\d+[名个人位家项件次]|共有|[所庭处局科院队厅部组站警]长|主任|书记|法官|检察官|民警|警官|调解员|[(（]女[)）]|"
                            + "|".join(RUNNING_WORDS))
_CLAUSE_MARK = re.compile(r"[，,；;。]")


def _tells_of_honouring(lines: tuple[_Line, ...]) -> bool:
    """News of honours: its headline or first two sentences tell of the honouring (表彰, 命名,
    名单…), not a work report that mentions 某院被评为…."""
    lead = next((l.s for l in lines if not l.short), "")
    told = [l.s for l in lines[:3] if l.short] + re.split(rf"[{_SENT_END}]", lead)[:2]
    return any(_HONOUR_EVENT.search(t) for t in told)


def _honour_roll_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    """"甲市公安局特警支队五大队、乙市公安局指挥调度科被认定为…,丙市…被认定为…；丁县公安局获国务院
    “…”表彰；戊市拘留所等16个单位被评为…": every honoured unit of the roll a case (two or more),
    each named as written, and not the people honoured (某某等8名同志) nor a tally (广东公安共有8个集体)."""
    out = _roll(lines)
    return _cover_report(text, lines, out) if len(out) >= 2 else []


def _roll(lines: tuple[_Line, ...], short_lines: bool = False) -> list[tuple[int, int, str, str]]:
    """(start, end, honour, unit) of each unit the lines honour, in order."""
    out = _listed_roll(lines) + _board_roll(lines) + _brand_lines(lines)
    for ln in lines:
        if (ln.short and not short_lines) or not _ROLL_VERB.search(ln.s):
            continue
        for sentence in re.finditer(r"[^；;。]+", ln.s):
            cut = sentence.start()
            for v in _ROLL_VERB.finditer(ln.s, sentence.start(), sentence.end()):
                head_from = max([cut] + [ln.s.rfind(x, cut, v.start()) + 1 for x in "，,:："])
                told = next((m.start() for m in _CLAUSE_MARK.finditer(ln.s, v.end(), sentence.end())), sentence.end())
                honour = _NAMED_PRACTICE.search(ln.s, v.end(), told)
                title = (honour.group(0) if honour else ln.s[v.end():min(told, v.end() + 30)]).strip("“”\"「」『』 ")
                items = []
                if _PEOPLE_HONOUR.search(title):
                    cut = v.end()
                    continue                        # 全国法律援助工作先进个人: people, not units
                # (甲中院执行一庭、环资庭,乙县法院刑事审判庭被命名为…: a list runs back over commas
                # while every item of the part before is a unit)
                while head_from > cut + 1:
                    before = max([cut] + [ln.s.rfind(x, cut, head_from - 1) + 1 for x in "，,:："])
                    if not _roll_items(ln.s[before:head_from - 1]):
                        break
                    head_from = before
                if head_from > cut + 1 and _DATE_ONLY.match(ln.s[head_from:v.start()]):
                    # "——甲支队(原乙支队),2019年荣获…": the unit is the clause before the date
                    before = max([cut] + [ln.s.rfind(x, cut, head_from - 1) + 1 for x in "，,:："])
                    unit = _ROLL_LINE_HEAD.match(ln.s, before, head_from - 1)
                    head_at, head_end = (unit.start(1), unit.end(1)) if unit else (head_from, v.start())
                else:
                    head_at, head_end = head_from, v.start()
                for at, name in _roll_items(ln.s[head_at:head_end], partial=True):
                    items.append((ln.start + head_at + at, name))
                # each unit's case runs to the next one's; the last to where its honour is told
                z = ln.start + told
                for n, (a, name) in enumerate(items):
                    out.append((a, items[n + 1][0] - 1 if n + 1 < len(items) else z, title, name))
                cut = v.end()
    # (某市榜上有名。某市荣膺…: a unit said to be on the list, then told its honour, is told once)
    titled = {unit for _, _, title, unit in out if title}
    return sorted(o for o in out if o[2] or o[3] not in titled)


# (a line of its own: an honour told in passing sits in a longer paragraph)
_MAX_HONOUR_LINE = 200
# the unit in the clause before a date alone (2019年荣获), after a dash and without an aside in
# brackets (——甲支队(原乙支队),2005年荣获…)
_ROLL_LINE_HEAD = re.compile(r"[—\-·•\s]*([^()（）]+?)(?:[(（][^()（）]*[)）])?\s*$")
# a photo's caption between two lines of a roll (图为…) does not end the roll
_CAPTION_LINE = re.compile(r"^(?:图为|图片|[(（]图)")


def _own_unit(unit: str, own: str | None) -> bool:
    """The report's own agency, one of its units (鼓楼区人民法院立案庭 in its court's report),
    or a bare place (a work report's 某县荣获…: the place, not a unit of the report's own)."""
    return bool(PLACE_RE.fullmatch(unit)) or bool(own) and (
        unit.startswith(own) or _same_place(_agency_place(unit), _agency_place(own)))


def _honour_lines(lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    """A report's honours laid out a line each (甲局、乙局荣获…优秀单位；/ 我市4个案例荣获…，承办单位
    分别是:…；): two or more such lines in a row are a roll inside the report."""
    out, run = [], []
    for ln in list(lines) + [None]:
        if ln is not None and len(ln.s) <= _MAX_HONOUR_LINE and ln.s[-1:] in "；;。" and _ROLL_VERB.search(ln.s):
            run.append(ln)
            continue
        if ln is not None and run and _CAPTION_LINE.match(ln.s):
            continue
        if len(run) >= 2:
            out += _roll(tuple(run), short_lines=True)
        run = []
    return out


_ROLL_ITEM = re.compile(r"(?:(?!以及|及)[^、，,])+")
# (…丙院6家单位, …丁组8个集体, …5家某某领导小组成员单位: a list's count after its last item)
_LIST_COUNT = re.compile(rf"(?<![等\d])(?P<n>{_TALLY_COUNT})(?:家|个)[{_HAN}]{{0,24}}?(?:单位|集体|组织)$")


def _shared_organ(part: str) -> list[tuple[int, str]]:
    """甲市、乙市…及丙区综治委, 甲市、乙市…5个设区市司法局: the last place's organ (and the count)
    is every listed place's."""
    items = [(m.start(), m.group(0).strip()) for m in _ROLL_ITEM.finditer(part)]
    if len(items) < 2:
        return []
    last = items[-1][1]
    found = find_places(last)
    place_end = found[-1].end if found and found[0].start == 0 else 0
    organ = _SHARED_ORGAN.fullmatch(last, place_end) if place_end else None
    if not organ or (organ["n"] and _count(organ["n"]) != len(items)):
        return []
    places = [name[2:] if name[:2] in SELF_PLACES else name for _, name in items[:-1]] + [last[:place_end]]
    if not all(PLACE_RE.fullmatch(p) and is_known_place(p) for p in places):
        return []
    return [(at, place + organ["organ"]) for (at, _), place in zip(items, places)]
# (甲庭等25个人民法庭和乙庭等122个…: 和 after a tally joins two items; the same length as 、)
_TALLY_AND = re.compile(rf"({_TALLY})和")


def _roll_items(part: str, partial: bool = False) -> list[tuple[int, str]]:
    """(offset, unit) of each unit of a 、-list; a division after a unit is the same parent's
    (滨州中院执行一庭、环资庭). Empty unless every item is a unit, or `partial`."""
    out, parent = [], None
    part = _TALLY_AND.sub(r"\1、", part)
    counted = _LIST_COUNT.search(part)
    if counted and _count(counted["n"]) == len(_ROLL_ITEM.findall(part, 0, counted.start())):
        part = part[:counted.start()]       # 甲院、乙院…6家单位获…: the count checked, then dropped
    shared = _shared_organ(part)
    if shared:
        return shared
    for item in _ROLL_ITEM.finditer(part):
        name = _roll_unit(item.group(0))
        if not name and parent and SUB_UNIT.fullmatch(item.group(0).strip()):
            name = parent + item.group(0).strip()
        if not name:
            if not partial:
                return []
            continue
        unit = next((m for m in SUB_UNIT.finditer(name) if m.end() == len(name) and m.start() > 0), None)
        parent = name[:unit.start()] if unit else name
        out.append((item.start(), name))
    return out


def _opens_with_place(name: str) -> bool:
    """武汉万济医院, 林芝边境管理支队: a known place, written short or not, starts the name."""
    return any(is_known_place(name[:w]) for w in (4, 3, 2))


def _roll_unit(name: str) -> str | None:
    """A roll item that is an honoured unit, as written (not 某某等8名同志, not running text)."""
    name = _ROLL_COUNT.sub("", _TRAILING_NOTE.sub("", _QUOTED_TAIL.sub("", name.strip())))
    if name[:2] in SELF_PLACES + ("其中", "此外", "另外", "同时") and len(name) > 4:
        name = name[2:]                     # 我省无锡市, 其中信阳市: 无锡市, 信阳市
    if PLACE_RE.fullmatch(name) and is_known_place(name):
        return name                         # 光山县、商城县被评为…优秀县区: a place honoured
    places = find_places(name)
    if (places and places[0].start == 0 and _TOWNSHIP_UNIT.fullmatch(name, places[-1].end)
            and not name.startswith(RUNNING_WORDS + ("各", "全", "所有"), places[-1].end) and not _ROLL_NOT_UNIT.search(name)):
        return name                         # 某市某区仙林街道, 某市某市河失镇: a township honoured
    if _CIVIL_UNIT.match(name) and _opens_with_place(name) and not _ROLL_NOT_UNIT.search(name):
        return name                         # 某市总工会, 某市某医院: a unit outside the system
    if name[:1] in "省市" and len(name) <= 16 and _valid_agency(name) and not _ROLL_NOT_UNIT.search(name) \
            and not _ROLL_RUNNING_TAIL.search(name):
        return name                         # 省人民检察院, 省司法厅: the province's own, its place in the context
    agency = _placed_agency_opening(name)
    if not agency and _ROLL_UNIT_END.search(name):
        places = find_places(name)          # (a long name: 某市打击治理电信网络新型违法犯罪中心)
        # (or its place written short, without its level word: 林芝边境管理支队)
        agency = name if places and places[0].start == 0 or _opens_with_place(name) else None
    if agency and len(name) > len(agency) and not SUB_UNIT.fullmatch(name[len(agency):]) and (
            len(name) - len(agency) > 20 or _ROLL_RUNNING_TAIL.search(name, len(agency))):
        return None                         # 北京法院在…方面做了大量工作: running text after the agency
    return name if agency and _valid_agency(agency) and not _ROLL_NOT_UNIT.search(name) else None


_TOWNSHIP_UNIT = re.compile(rf"[{_HAN}]{{1,6}}?(?:{TOWNSHIP_WORDS})")
_ROLL_RUNNING_TAIL = re.compile(r"[在的“”《》]|方面|工作|召开|举行")
_ROLL_UNIT_END = re.compile(rf"^[{_HAN}][{_HAN}\d]{{3,30}}(?:{ALL_SUFFIX_ALT})$")
# (南通市“…”项目入选: the unit before its project's name)
_QUOTED_TAIL = re.compile(r"[“\"「][^”\"」]{2,40}[”\"」]$")


# (陕西某律师事务所(石泉县): where the unit is, noted after it)
_TRAILING_NOTE = re.compile(r"[(（][^()（）]{1,12}[)）]$")
# (…项目(江北区委政法委): the unit whose project it is, in brackets after it)
_BRACKETED_UNIT = re.compile(r"(?<=.{4})[(（]([^()（）]{2,24})[)）]$")
def _listed_roll(lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    """The winners listed after an honour (…称号的基层检察院分别是:甲院、乙院), each case running
    to the next one."""
    out = []
    for k, ln in enumerate(lines):
        for found in _introduced_winners(ln, before=lines[k - 1].s if k else ""):
            out += [(a, found[n + 1][0] - 1 if n + 1 < len(found) else z, title, name)
                    for n, (a, z, title, name) in enumerate(found)]
    return out


# 光荣榜: "●“全国模范公安单位”" on a line of its own, its units on the lines under it
_BOARD_MARKS = "●■◆▲★☆·•▶◎○▽▼△ \u3000"        # bullets before a board's lines
_BOARD_HONOUR = re.compile(rf"^[{_BOARD_MARKS}\s]*[“\"「]([^”\"」]{{2,30}})[”\"」]$")
# …or a line telling the honour unquoted: "拟表彰全国平安建设先进县(市、区、旗)" (a wrapped line's
# first part is the title)
_BOARD_HEADING = re.compile(rf"^[{_BOARD_MARKS}\s]*(?:{_alt(_M['board_heading'])})([^，,。；;！!？?]{{4,30}})$")


# …评选出10个基层单位为2018年度“禁毒先锋号”。: a paragraph closing on the honour it gives, its
# units on the lines under it
_HONOUR_CLOSING = re.compile(r"[“\"「]([^”\"」]{2,30})[”\"」](?:荣誉)?(?:称号)?(?:名单如下)?[。:：]?$")
_SELECTS = re.compile(rf"{_alt(_M['selects'])}|{_ROLL_VERB.pattern}")
_CIVIL_UNIT = re.compile(rf"^[{_HAN}]{{2,28}}(?:{'|'.join(CIVIL_UNIT_ENDS)})$")
_BRANCH_ENDS = ("分局", "支队", "大队")
_BRANCH_STATION = re.compile(rf"(?:{STATION_WORDS}|检查站)$")


def _board_roll(lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    out, honour = [], None
    for k, ln in enumerate(lines):
        board = _BOARD_HONOUR.match(ln.s) or (_BOARD_HEADING.match(ln.s) if ln.short else None)
        closing = None if board else _HONOUR_CLOSING.search(ln.s)
        selects = _SELECTS.search(ln.s, ln.s.rfind("。", 0, closing.start()) + 1, closing.end()) if closing else None
        if closing and not (selects and selects.start() < closing.start()):
            closing = None                  # (searched up to the quote's end: 获得“…” looks ahead at it)
        if board or closing:
            title = (board or closing).group(1)
            honour = None if _PEOPLE_HONOUR.search(title) else title
            continue
        if not ln.short or any(c in ln.s for c in _SENT_END):
            honour = None                   # the board ends where prose starts
            continue
        if not honour:
            continue
        if out and out[-1][1] == lines[k - 1].end and out[-1][3].endswith(_BRANCH_ENDS) \
                and _BRANCH_STATION.search(ln.s) and not find_places(ln.s):
            # (a bureau's branch, then its 关山检查站 on the next line: one unit broken over two)
            a, _, title, parent = out.pop()
            out.append((a, ln.end, title, parent + ln.s))
            continue
        unit = _roll_unit(ln.s.lstrip(_BOARD_MARKS))
        if unit:
            out.append((ln.start, ln.end, honour, unit))
    return out


# A selection's list a line per winner, its brand then its unit: "某某检察蓝 某省某县人民检察院"
_BRAND_THEN_UNIT = re.compile(r"^(\S.{1,24}?)\s+(\S{4,40})$")


def _brand_lines(lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    """(start, end, brand, unit) of each line in runs of three or more such lines (not under
    a heading of people honoured: 十佳法官 / 张三 某法院)."""
    out, run, people = [], [], False
    for ln in lines + (None,):
        m = _BRAND_THEN_UNIT.match(ln.s) if ln is not None and ln.short and not any(
            c in ln.s for c in _SENT_END + "，,") else None
        unit = m.group(2) if m else None
        if unit and (_placed_agency_opening(unit) == unit or _roll_unit(unit) == unit):
            if not people:
                run.append((ln.start, ln.end, m.group(1), unit))
            continue
        if len(run) >= 3:
            out += run
        run, people = [], ln is not None and bool(_PEOPLE_HONOUR.search(ln.s))
    return out


def _cover_report(text: str, lines: tuple[_Line, ...], spans: list[tuple]) -> list[tuple]:
    """The report's lead and closing text belong to the first and last case, so that no text
    (and no figure) is left outside a case."""
    # (the first line of prose, a long line or a short one of sentences; else, in a page of short
    # lines, the line under the title; else the line the first case is on)
    lead = (next((l for l in lines if not l.short or l.s[-1:] in _SENT_END and l.s.count("，") + l.s.count(",") >= 1), None)
            or next((l for l in lines[1:] if l.start < spans[0][0]), None)
            or next(l for l in lines if l.start <= spans[0][0] <= l.end))
    first, last = list(spans[0]), list(spans[-1]) if len(spans) > 1 else None
    first[0] = min(first[0], lead.start)
    if last is None:
        first[1] = _content_end(text, lines, first[1])
        return [tuple(first)]
    last[1] = _content_end(text, lines, last[1])
    return [tuple(first)] + spans[1:-1] + [tuple(last)]


def _awarded_list_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str | None]]:
    """Agencies listed as winners of the same award: one case each, named in full (宝山分局顾村派出所
    after 上海市公安局浦东分局周浦派出所 is 上海市公安局宝山分局顾村派出所); the first mention only."""
    if not _tells_of_honouring(lines):
        return _honour_clause_cases(text, lines)
    roll = _honour_roll_cases(text, lines)
    if roll:
        return roll
    for ln in lines:
        m = _awarded_list_in(ln.s)
        if not m:
            continue
        names = [n for n in _NAME_SEPARATOR.split(m.group(1)) if n]
        first = trim_false_place(names[0])
        parent = _STRICT_AGENCY.match(first)
        if not parent or not all(_valid_agency(n) or PLACE_RE.match(first) for n in names):
            continue
        head = parent.group(0)              # 上海市公安局 of 上海市公安局浦东分局周浦派出所
        full = [first] + [n if PLACE_RE.match(n) else head + n for n in names[1:]]
        title = m.group(2).strip("“”\" ")
        starts, at = [], m.start(1)
        for n in names:                     # each name from where it is written to the next one
            at = ln.s.index(n, at)
            starts.append(ln.start + at)
            at += len(n)
        starts[0] += len(names[0]) - len(first)
        ends = starts[1:] + [ln.start + m.end()]
        winners = [(a, z, title, name) for a, z, name in zip(starts, ends, full)]
        # (the report's lead and close go to the first and last winner: no figure outside a case)
        return _cover_report(text, lines, winners + _work_behind_honours(lines, ln, full))
    return _honour_clause_cases(text, lines)


# "…最终确定甲法院某某执行案、乙高院某某案…等10个案件入选": the cases selected, named in one
# sentence by their court's short name and the case's
_SELECTED_TALLY = re.compile(rf"等{_TALLY_COUNT}(?:个|件|起)(?:典型|优秀)?(?:案件|案例)(?:入选|当选|获评|获选)")
_CASE_NAME_END = re.compile(r"(?:案|案件)$")


def _selected_case_titles(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    """One case per selected case the sentence names (three or more, two in three opening with
    their agency), each over its own words; the news's lead and close go to the first and last."""
    if not any(_SELECTED_TALLY.search(ln.s) for ln in lines) or not _tells_of_honouring(lines):
        return []
    for ln in lines:
        tally = _SELECTED_TALLY.search(ln.s)
        if not tally:
            continue
        start = max(ln.s.rfind(c, 0, tally.start()) for c in "。；;:：，,") + 1
        parts, at = [], start
        for sep in _ITEM_SEPARATOR.finditer(ln.s, start, tally.start()):
            parts.append((at, ln.s[at:sep.start()]))
            at = sep.end()
        parts.append((at, ln.s[at:tally.start()]))
        items = []
        for n, (a, part) in enumerate(parts):
            # (the first item after the words leading the list: 最终确定上海静安法院…)
            lead = next((k for k in range(min(8, len(part) - 4)) if _placed_agency_opening(part[k:])), None) \
                if n == 0 else (0 if _placed_agency_opening(part) else None)
            if lead is not None and _CASE_NAME_END.search(part):
                agency = _placed_agency_opening(part[lead:])
                items.append((ln.start + a + lead, ln.start + a + len(part), part[lead + len(agency):], agency))
        if len(items) >= 3 and len(items) * 3 >= len(parts) * 2:
            return _cover_report(text, lines, items)
    return []


# "入选的2个优秀案例,分别为甲县《…》、乙县某乡《…》": the selected practices, each its unit's book title
_NAMED_SELECTION = re.compile(rf"(?P<n>{_TALLY_COUNT})(?:个|项|件)(?:优秀|典型|精品|示范)?(?:案例|经验|做法|成果|项目)"
                              r"[,，:：]?(?:分别为|分别是|分别是:|包括|即)[:：]?")
_NAMED_ITEM = re.compile(rf"(?P<unit>[{_HAN}]{{2,24}}?)(?:《(?P<title>[^》]{{4,60}})》|“(?P<quoted>[^”]{{4,60}})”)")


def _named_selection_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    """News that N practices of a place were selected, naming them in one sentence (分别为甲县《…》、
    乙县某乡《…》): one case per named practice, as many as the sentence counts (two or more),
    each its unit's, running to the next; the news's lead and close go to the first and last."""
    for ln in lines:
        for m in _NAMED_SELECTION.finditer(ln.s):
            n = _count(m["n"])
            items, at = [], m.end()
            while len(items) < n:
                item = _NAMED_ITEM.match(ln.s, at)
                unit = _subtitle_unit(item["unit"]) if item else None
                if not unit or not (unit == item["unit"] or (item["unit"].startswith(unit)
                                                             and _GRASS_ROOTS_END.search(item["unit"]))):
                    break                   # (政和县杨源乡: a township under its county is a unit too)
                items.append((ln.start + item.start(), item["title"] or item["quoted"], item["unit"]))
                at = item.end() + (1 if ln.s[item.end():item.end() + 1] in "、,，和及" else 0)
            if n >= 2 and len(items) == n:
                # (each told further on, where a clause opens with its unit: 浦城县创新推行…;政和县杨源乡立足…)
                told = [_clause_opened_by(text, unit, ln.start + at) for _, _, unit in items]
                if all(told) and told == sorted(told):
                    items = [(a, title, unit) for a, (_, title, unit) in zip(told, items)]
                spans = [(a, items[k + 1][0] if k + 1 < n else _content_end(text, lines, a), title, unit)
                         for k, (a, title, unit) in enumerate(items)]
                return _cover_report(text, lines, spans)
    return []


def _clause_opened_by(text: str, unit: str, after: int) -> int | None:
    """Where a clause after `after` first opens with `unit`, if one does."""
    at = text.find(unit, after)
    while at >= 0:
        if text[at - 1:at] in "，,；;。！？\n":
            return at
        at = text.find(unit, at + 1)
    return None


# a clause that sets the scene, not its subject: 据介绍, 自…以来, 为…, 在…中
_SCENE_CLAUSE = re.compile(r"^(?:据|自|从|为|在|随着|近年来|近日|今年以来|多年来|一直以来|此前)")


def _work_behind_honours(lines: tuple[_Line, ...], award: _Line, winners: list[str]) -> list[tuple]:
    """News of units honoured together, then a paragraph on the work that earned it done by their
    parent or place (…分别荣获…称号。 / 据介绍,自…以来,上海公安机关认真贯彻…): that paragraph and
    what follows it are the case of the one who did the work, not the last winner's."""
    k = lines.index(award)
    for ln in lines[k + 1:k + 3]:
        if ln.short:
            continue
        for clause in re.split(r"[,，]", re.split(rf"[{_SENT_END}]", ln.s)[0])[:4]:
            if _SCENE_CLAUSE.match(clause):
                continue
            agency = _placed_agency_opening(clause)
            if agency and not any(w.endswith(agency) or agency.endswith(w) for w in winners):
                return [(ln.start, ln.end, _first_sentence(ln.s)[:40], agency)]
            break
        return []
    return []


def _honour_clause_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    """"甲市荣膺示范市，甲市乙区荣膺示范县，甲市委政法委荣膺先进集体": two or more clauses of
    one sentence, each an agency or a place (or 我市) with its own honour, give a case each —
    in news of honours (its headline says so)."""
    if not any(_HONOUR_NEWS.search(ln.s) for ln in lines[:3] if ln.short):
        return []
    for ln in lines:
        if not _HONOURED_VERB.search(ln.s):
            continue
        found = []
        for clause in _CLAUSE.finditer(ln.s):
            v = _HONOURED_VERB.search(clause.group(0))
            subject = clause.group(0)[:v.start()].strip() if v else ""
            honour = clause.group(0)[v.end():].strip("“”\" ") if v else ""
            if subject and honour and (subject in SELF_PLACES or _valid_agency(subject) and _STRICT_AGENCY.fullmatch(subject)
                            or (PLACE_RE.fullmatch(subject) and is_known_place(subject))):
                start = ln.start + clause.start() + clause.group(0).index(subject)
                found.append([start, ln.start + clause.end(), honour[:40], subject])   # (not 福州市榜上有名)
        if len({subject for *_, subject in found}) >= 2:
            return _cover_report(text, lines, [tuple(f) for f in found])
    return []


# A clause of a sentence, without its closing mark
_CLAUSE = re.compile(r"[^，,。；;]+")


# Characters of news besides the titles that make a title-only release a report of its own (an
# announcement that the cases were released runs to about 50)
_MIN_RELEASE_NEWS = 100


def _numbered_subject_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str | None]]:
    """Numbered sections each led by a different agency or place: one case each."""
    # a numbered heading may be a whole clause ("1.最高人民法院、司法部出台《…》,夯实…")
    heads = [k for k, ln in enumerate(lines)
             if len(ln.s) <= 90 and _NUMBERED.match(ln.s) and not any(c in ln.s for c in _SENT_END)]
    # (a contents list's entries, then 案例一 alone over the first case written out: the label
    # starts a written-out case, it is no entry)
    labels = [k for k in heads if (m := _CASE_LABEL.match(lines[k].s)) and m.end() == len(lines[k].s)]
    entries = [k for k in heads if k not in labels]
    if labels and len(entries) >= 2 and labels[0] > entries[-1]:
        heads = entries
    if len(heads) < 2 or (_numbered_case_titles(lines) and all(b == a + 1 for a, b in zip(heads, heads[1:]))
                          and sum(len(ln.s) for ln in lines[1:]) - sum(len(lines[k].s) for k in heads) >= _MIN_RELEASE_NEWS):
        # (a release's cases named by title only, line under line, in news that tells more than
        # that it released them: the news is the release's case, the titles its cases)
        return _labelled_case_items(text, lines)
    # (a contents list, its entries line under line: an entry may open with its place alone,
    # 2.天津蓟州区聚焦安全生产风险隐患…)
    contents = all(b == a + 1 for a, b in zip(heads, heads[1:]))
    subjects = []
    for n, k in enumerate(heads):
        nxt = heads[n + 1] if n + 1 < len(heads) else len(lines)
        body = _BODY_LABEL.sub("", lines[k + 1].s, count=1) if k + 1 < nxt else ""
        head = _strip_num(lines[k].s)
        m = _SUBJECT.match(head) or _AGENCY_SUBJECT.match(head[:80]) or _SUBJECT.match(body)
        strict = _STRICT_AGENCY.match(head) or _STRICT_AGENCY.match(body)
        bare = _bare_place_agencies(head)
        # (a typical case named by its place: 1.湖北省武汉市青山区长江…系列案)
        place = PLACE_RE.match(head) if head.endswith("案") else None
        subjects.append(_subject(m) if m else strict.group(0) if strict
                        else bare[0][2] if bare and bare[0][0] == 0
                        else place.group(0) if place and is_known_place(place.group(0))
                        else _subtitle_unit(head) if contents else None)
    named = [s for s in subjects if s]
    if len(set(named)) < 2 or len(named) * 3 < len(heads) * 2:
        return _labelled_case_items(text, lines)    # (一、基本情况 / 二、典型意义 inside each labelled case)
    out = []
    for n, k in enumerate(heads):
        z = lines[heads[n + 1]].start if n + 1 < len(heads) else _content_end(text, lines, lines[k].start)
        title = _strip_num(lines[k].s)
        if subjects[n] and PLACE_RE.fullmatch(subjects[n]) and title.startswith(subjects[n]) and title.endswith("案"):
            title = title[len(subjects[n]):]    # the case's name without the place that heads it
        out.append((lines[k].start, z, title, subjects[n]))
    if contents:
        out = _written_out(text, lines, heads, out)
    return out


def _written_out(text: str, lines: tuple[_Line, ...], heads: list[int], entries: list[tuple]) -> list[tuple]:
    """A contents list of the cases, then the cases written out, each under its entry's title
    (目录 1.甲县检察院督促…案 … / 典型案例一:甲县检察院督促…案 / 【基本案情】…): a case written
    out is its entry's case; an entry the page does not write out keeps only its own line."""
    entry_titles = [_SPACE_RX.sub("", _strip_num(lines[k].s)) for k in heads]
    starts: dict[int, int] = {}             # entry -> the line its case is written out under
    for k in range(heads[-1] + 1, len(lines)):
        ln = lines[k]
        label = _CASE_LABEL.match(ln.s)
        restated = ln.s[label.end():] if label else _strip_num(ln.s)
        if label and not restated:          # 案例一 / 北京市破解… / 协同提速…: the title under its label
            restated = "".join(b.s for b in lines[k + 1:k + 3] if b.short)
        restated = _SPACE_RX.sub("", restated)
        i = next((i for i, t in enumerate(entry_titles) if i not in starts and len(t) >= _MIN_RESTATED_TITLE
                  and restated.startswith(t) and len(restated) - len(t) <= 2), None)
        if i is not None:
            starts[i] = k
    if not starts:
        return entries
    out = [(e[0], lines[heads[i]].end, *e[2:]) for i, e in enumerate(entries)]
    order = sorted(starts.items(), key=lambda item: item[1])
    for n, (i, k) in enumerate(order):
        z = lines[order[n + 1][1]].start if n + 1 < len(order) else _content_end(text, lines, lines[k].start)
        out[i] = (lines[k].start, z, *entries[i][2:])
    return sorted(out)


_MIN_RESTATED_TITLE = 8


# "案例一:甲县人民检察院督促保护…行政公益诉讼案。…": a release's typical cases, each a paragraph
_CASE_LABEL = re.compile(rf"^[【\[]?(?:典型)?{_ITEM_WORD}(?:\d{{1,2}}|[一二三四五六七八九十]{{1,3}})[】\]]?[:：、.．，,\s]?\s*")


def _labelled_case_items(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str | None]]:
    """Paragraphs labelled 案例一/案例二… that each open with a different placed agency: one case each."""
    items, titled = [], []
    labels = [k for k, ln in enumerate(lines) if _CASE_LABEL.match(ln.s)]
    for n, k in enumerate(labels):
        ln = lines[k]
        label = _CASE_LABEL.match(ln.s)
        agency = _placed_agency_opening(ln.s[label.end():]) if not ln.short or ln.s[-1:] in _SENT_END else None
        stop = labels[n + 1] if n + 1 < len(labels) else len(lines)
        if not agency and label.end() == len(ln.s):
            # the label alone on its line (案(事)例一), its title below: the unit acting in its first paragraph
            body = next((b for b in lines[k + 1:stop] if not b.short or b.s[-1:] in _SENT_END), None)
            agency = _actor_agency(body.s[:300]) if body else None
            agency = agency if agency and PLACE_RE.match(agency) else None
        elif not agency and ln.short:
            # 案例一:先予执行… over 【基本案情】… 【裁判情况】甲区人民法院经审理…: the court that tried it
            titled.append((k, label.end(), next((a for b in lines[k + 1:stop] if (
                a := _actor_agency(_SECTION_LABEL.sub("", b.s, count=1)[:300])) and PLACE_RE.match(a)), None)))
        if agency:
            items.append((k, label.end(), agency))
    if len({agency for *_, agency in items}) < 2:
        # a release's cases, each under its titled label and told at length, each its court's
        if len(titled) < 2 or len(titled) < len(labels) or not any(agency for *_, agency in titled):
            return []
        items = titled
    out = []
    for n, (k, at, agency) in enumerate(items):
        z = lines[items[n + 1][0]].start if n + 1 < len(items) else _content_end(text, lines, lines[k].start)
        title = lines[k].s[at:] or next((b.s for b in lines[k + 1:k + 3] if b.short), "")
        out.append((lines[k].start, z, _first_sentence(title)[:60], agency))
    return _cover_report(text, lines, out)


# A feature opens on a scene or a person, then turns to its subject: "这是四川各级法院开展…的一个画面。",
# "…是耒阳…的一个缩影。", "周某的感受,在武汉法院系统有一组数据为证——"
# (…为证: / …为证——, not 认为证据不足)
_SCENE_TURN = re.compile(r"(?:缩影|画面|剪影|写照|侧影|场景)[。！!]|为证(?:\s*[—–:：]+|[。！!])")


def _after_scene(body: list[str]) -> list[str]:
    """The opening lines from where a scene-setting lead turns to its subject (a lead opening
    on a quote may take a line more to set its scene)."""
    for i, s in enumerate(body[:4 if body and body[0].startswith("“") else 3]):
        turn = _SCENE_TURN.search(s, 0, 500)
        if turn and s[turn.end():].strip():
            return [s[turn.end():]] + body[i + 1:]
        if turn:
            return body[i + 1:] or body
    return body


def _below_chrome(lines: tuple[_Line, ...], meta: DocumentMeta) -> int:
    """Where the text starts when a page puts lines above its headline that are no sentences
    (a spam line of phrases, navigation): just under the headline; else 0."""
    at = next((k for k, ln in enumerate(lines[:20]) if meta.title and ln.s == meta.title), 0)
    if at and at + 1 < len(lines) and not any(c in ln.s for ln in lines[:at] for c in _SENT_END):
        return at + 1
    return 0


# A meeting held at a place ("…工作会在荣县召开"): the practice shown there is the host place's unit's
_ATTENDS = re.compile(_alt(_M["attends"]))
_MEETING_VENUE = re.compile(rf"在(?P<place>[{_HAN}]{{1,8}}?[市县区旗镇])(?:召开|举行|举办)")


def _venue_unit(lines: tuple[_Line, ...], place: str) -> str | None:
    """The first unit of the meeting's venue acting in the body (荣县法院 of a meeting in 荣县)."""
    if not is_known_place(place) and not place.endswith("镇"):
        return None
    for ln in lines:
        if place not in ln.s:
            continue
        # (not where the meeting is held or who attend it: 某县法院院长…参加了会议)
        told = "".join(sent.group(0) for sent in _SENTENCE_RX.finditer(ln.s) if not _ATTENDS.search(sent.group(0)))
        found = sorted([(m.start(), m.group(0)) for m in _STRICT_AGENCY.finditer(told)]
                       + [(a, name) for a, _, name in _bare_place_agencies(told)])
        for _, agency in found:
            # (an organ of the system, not the county's party committee whose leadership is thanked)
            if agency.startswith(place) and len(agency) > len(place) + 1 and (
                    agency_type_of(agency) in _ORGAN_TYPES or "政法委" in agency):
                return agency
    return None


_REVIEWING_BODY = re.compile("人大常委会|人民代表大会|政协")
_REVIEWED_REPORT = re.compile(rf"(?:审议|听取)(?:了)?(?P<unit>[{_HAN}]{{4,24}}?(?:{ALL_SUFFIX_ALT}))(?:关于|的)[^。]{{0,60}}?报告")


def _document_subject(text: str, lines: tuple[_Line, ...], meta: DocumentMeta, below: int = 0) -> str | None:
    """_subject_as_written, in full when the opening writes it so (记者从市公安局…获悉,福州警方去年…:
    福州警方, not the 市公安局 of whatever 市 the text names most)."""
    subject = _subject_as_written(text, lines, meta, below)
    if subject and _REVIEWING_BODY.search(subject):
        # (人大常委会会议审议了某市高级人民法院关于…的报告: the practice is the reporting agency's)
        head = next((ln.s[:300] for ln in lines[below:below + 6] if subject in ln.s), "")
        reviewed = _REVIEWED_REPORT.search(head)
        if reviewed and _valid_agency(reviewed["unit"]):
            return reviewed["unit"]
    if subject and SHORT_FORM_RX.match(subject):
        head = next((ln.s[:300] for ln in lines[below:below + 4] if not _is_headline(ln.s)), "")
        place = next(filter(None, (_own_place_written(m.group(0), subject) for m in _STRICT_AGENCY.finditer(head))), None)
        if place:                           # (its place, then the subject's own words: 市公安局城北分局…)
            return place + subject[1:]
    if subject is None and not meta.publisher and any(
            _PROVINCE_ACTS.search(ln.s) for ln in lines[below:below + _PROVINCE_ACTS_REACH]):
        # (全省各级党委、政府和政法综治部门…, in a piece naming one province most: that province's work)
        return document_province(text)
    return subject


# the province's bodies acting together, a sentence's subject
_PROVINCE_ACTS = re.compile(r"(?:^|[。，,；;])[^。，,；;]{0,12}?全省(?:各级|各地|上下|政法)")
_PROVINCE_ACTS_REACH = 3


# (被评为全省检察机关优秀检察建议: the honour's scope, not who acts)
_HONOUR_SCOPE_BEFORE = re.compile(r"(?:评为|入选|获评|荣获|列为|评选为)$")


# (某委《长安》杂志 under the title: the journal a piece is reposted from, not who acts)
_JOURNAL = re.compile(r"《[^》]{1,12}》(?:杂志|期刊|周刊|月刊|半月刊)")


def _subject_as_written(text: str, lines: tuple[_Line, ...], meta: DocumentMeta, below: int = 0) -> str | None:
    """Who a one-practice document is about, most specific evidence first: an agency in
    the title or subtitle, an agency opening the body (from line `below`, under any page
    chrome), 我市/我省, a place leading the title."""
    opening = [_NEWS_LEAD.sub("", ln.s, count=1) for ln in lines[below:below + 20]
               if not _is_headline(ln.s) and not _EDITOR_NOTE.match(ln.s)
               and not _CAPTION_LINE.match(ln.s)][:8]     # (not the masthead's place, nor a photo's caption)
    body = _after_scene(opening)[:3]
    # a title that is only the feature's opening sentence is part of its scene
    scene_title = body != opening[:3] and meta.title and not _is_headline(meta.title)
    # a title that is only the body's opening sentence, whose paragraph may say who presents
    opening_title = bool(meta.title and opening and not _is_headline(meta.title)
                         and meta.title[:20] in opening[0][:40])
    heads = [None if scene_title else meta.title] + [ln.s.lstrip(_SUBTITLE_DASHES + " ") for ln in lines[:3] if _SUBTITLE.match(ln.s)]
    # a headline right under the title is its subtitle (a slogan / 某省全省法院某年工作综述)
    at = next((k for k, ln in enumerate(lines[:_TITLE_WINDOW]) if ln.s == meta.title), None) if meta.title else None
    sub = lines[at + 1].s if at is not None and at + 1 < len(lines) else ""
    if (_is_headline(sub) and _may_be_title(sub) and not _DATE.search(sub) and sub not in heads
            and len(_actor_agency(sub) or "") + 2 < len(sub) and not _JOURNAL.search(sub)):
        heads.append(sub)                   # (not an agency line alone: the report's signature)
    for s in filter(None, heads):
        selected = _selected_unit(s)
        if selected:
            return selected                 # …公安部发布…决定，平罗县公安局被命名为…
        signed = _SIGNED_ARTICLE_OF.search(s)
        if signed and (author := _actor_agency(signed.group(1))):
            return author                   # 《长安》杂志刊发某市检察院检察长某某署名文章: the author's agency
        if any(w in s for w in _SELF_AGENCY) and _publisher_agency(meta):
            return meta.publisher           # 我院…项目入选…: the publishing court's own practice
        m = _actor_agency(s)
        if m and opening_title and s is meta.title:
            # (the title cut from the opening sentence: the whole sentence says who acts, the host of
            # a meeting where another unit tells its experience, or the unit another one visits)
            # (or the unit one of whose cases a release selected, 其中,某院一案例成功入选: not news of
            # an honour its giver tells, 某院日前印发决定,授予…)
            actor = _actor_agency(opening[0][:200])
            selected = None if actor and _issues_honour(opening[0][:300], actor) else _case_selected(opening[0][:300])
            m = _entered_unit(opening[0][:300]) or selected or actor or m
        if m:
            return m
    for ln in lines[-6:]:
        # "（作者系江苏省南京市人民检察院党组书记、检察长）" closes many signed articles
        m = _AUTHOR_NOTE.search(ln.s)
        if m and _valid_agency(m.group(1)):
            return m.group(1)
    venue = next((v for h in filter(None, heads) if (v := _MEETING_VENUE.search(h))), None)
    host = _venue_unit(lines, venue["place"]) if venue else None
    if host:
        return host                         # 某会在荣县召开 …荣县法院积极探索…: the host's practice, not the attendees'
    # (only in news of an honour or a selection: a work report's 鼓楼区人民法院荣获… is no subject)
    # (its title or its lead tells of the honour: a feature may open on a scene, 本报讯“…”近日,…。日前,…荣获…)
    # (not a meeting's lead: the units a meeting names as honoured are not its news)
    honour_news = any(_HONOUR_NEWS.search(h) or _SELECTION_WORDS.search(h) for h in filter(None, heads + [
        s[:300] if "会议" not in s[:300] else _opening_sentence(s) for s in body[:1]]))
    for s in body:
        selected = _selected_unit(s[:300]) if honour_news else None
        if selected:
            return selected                 # …联合发布了10件典型案例，我市某区检察院办理的…案入选
        # (not the set a first is counted in: 成为全省公安机关首个…)
        own = next((m for m in _SELF_REFERENCE.finditer(s[:200]) if not _FIRST_AMONG.match(s, m.end())
                    and not _HONOUR_SCOPE_BEFORE.search(s, max(0, m.start() - 4), m.start())), None)
        if own and len(own.group(0)) > 2:
            # 近年来，我市政法机关… / 全市检察机关… / 我省三级检察机关…: the place's organs
            return re.sub(_ORGAN_LEVELS, "", own.group(0))
        system = _PLACE_SYSTEM.search(_opening_sentence(s))
        if system and is_known_place(system["place"]):
            return system.group(0)          # 今年以来，宜昌市政法系统…: the place's organs, then each in turn
        m = _actor_agency(s[:200])
        if m:
            return _local_self(m, lines) or m
    for s in filter(None, [meta.title] + body):
        m = _SELF_REFERENCE.search(s)
        if m:
            if m.group(0) in _SELF_AGENCY and _publisher_agency(meta):
                return meta.publisher       # 我院 in a court's own release: the court that published it
            return m.group(0)
    for s in filter(None, heads + body[:1]):
        # (记者走进某县…中心看到: the reporter's scene is set in the place)
        lead = re.sub(r"^(?:(?:19|20)\d\d年(?:度|以来)?|近年来)[,，]?|^" + _REPORTER_SCENE, "", s)
        m = PLACE_RE.match(lead)
        short = _short_place_lead(lead)
        if short and (not m or short[1] > len(m.group(0))):
            return short[0]                 # 辽宁铁岭群众安全感…全省最高: 铁岭市 (not 辽宁 alone)
        # (a place the dataset knows, or one its sentence goes on from: not "锦旗," (锦 + 旗) alone)
        if m and (is_known_place(m.group(0)) or ("\u4e00" <= lead[m.end():m.end() + 1] <= "\u9fff"
                                                 and not lead.startswith(_LEVEL_WORDS, m.end() - 1))):
            # the source line names that place's agency (来源:盐田区委政法委): more specific
            pub = meta.publisher
            if pub and pub.startswith(m.group(0)) and _valid_agency(pub):
                return pub
            return m.group(0)
    media = (bool(meta.publisher) and _MEDIA_NAME.search(meta.publisher) is not None
             and not (_ORGANS_OUTLET.search(meta.publisher) and any(w in meta.publisher for w in ("法院", "检察", "公安", "司法", "政法", "政府"))))
    if not meta.publisher or media:
        for s in body[:1]:
            venue = _VENUE_AGENCY.search(s[:120])
            if venue and _valid_agency(venue.group(1)) and PLACE_RE.match(venue.group(1)):
                sub = SUB_UNIT.match(s, venue.end())
                # 在浙江省诸暨市公安局枫桥派出所的“老杨调解中心”…: a feature set at its unit
                return venue.group(1) + (sub.group(0) if sub else "")
        for s in filter(None, [meta.title] + body[:2]):
            m = _NATIONAL_ORGANS.search(s[:200])
            if m:
                return m.group(0)
        station = _recurring_station(lines[below:])
        if station:
            return station
    # a newspaper or site that ran the story (法治日报, 某某网) is no agency of the practice
    return None if media else meta.publisher


# words a level character begins (致广大市民: 广大 is no city before 市民)
_LEVEL_WORDS = ("市民", "市场", "市域", "区域", "县域", "省份")


# A grass-roots station named without its place (走进竹箦派出所…): the one the story keeps naming
_BARE_STATION = re.compile(rf"(?=(?P<name>(?![该本各我全此])[{_HAN}]{{2,3}}(?:{STATION_WORDS})))")
_MIN_STATION_MENTIONS = 2
# what a station's bare name follows in running text: a verb or preposition, a branch's 局
_BEFORE_A_NAME = frozenset("在的到进赴至从对向和与及、局是")


def _recurring_station(lines: tuple[_Line, ...]) -> str | None:
    """A station (派出所, 司法所, 人民法庭) the story names two times or more, by the same name;
    with its branch when the story writes one before it (潘集分局田集派出所)."""
    # (a name the story writes after a word's end: 走进竹箦派出所 names 竹箦, 分局东华路派出所 names 东华路)
    named = Counter(m["name"] for ln in lines for m in _BARE_STATION.finditer(ln.s)
                    if m.start() == 0 or not "\u4e00" <= ln.s[m.start() - 1] <= "\u9fff"
                    or ln.s[m.start() - 1] in _BEFORE_A_NAME)
    best = max(named.items(), key=lambda kv: (kv[1], len(kv[0])), default=None)
    if not best or best[1] < _MIN_STATION_MENTIONS:
        return None
    branch = next((m for ln in lines for m in _BRANCH_BEFORE.finditer(ln.s) if m["station"] == best[0]), None)
    return branch.group(0) if branch else best[0]


_BRANCH_BEFORE = re.compile(rf"(?<![{_HAN}])[{_HAN}]{{2,3}}分局(?P<station>[{_HAN}]{{2,3}}(?:{STATION_WORDS}))")


# "另外9起典型案例为:甲市检察院…案,乙县检察院…案": the cases a selection's news lists in one sentence
_CASE_LIST_INTRO = re.compile(r"(?:典型案例|优秀案例|案例|案件)(?:分别)?(?:为|是|包括|有)[:：]")
_SELECTION_NEWS = re.compile(_alt(_M["selection_news"]))


def _listed_case_items(lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    """One case per listed item opened by a placed agency (two or more): the lead's story
    of one selected case is told, the others only named."""
    # only in news of a selection (…发布了10件典型案例…入选), not a work report's 审结的重大案件包括：
    head = "".join(ln.s for ln in lines[:3])
    for ln in lines:
        intro = _CASE_LIST_INTRO.search(ln.s)
        if not intro or not _SELECTION_NEWS.search(head + ln.s[:intro.start()]):
            continue
        end = _sentence_end(ln.s, intro.end())
        items, at = [], intro.end()
        for part in re.split(r"[,，；;、]", ln.s[intro.end():end]):
            agency = _placed_agency_opening(part)
            piece = part.rstrip("。 ")
            if agency and len(piece) > len(agency) + 3:
                items.append((ln.start + at, ln.start + at + len(piece), piece[len(agency):][:40], agency))
            at += len(part) + 1
        if len(items) >= 2:
            return items
    return _numbered_case_titles(lines)


# A release's cases listed by title only, one numbered line each under the heading that names
# them: "典型案例 / 1. 甲州乙县…公益诉讼案 / 2.丙县…案 / 3. …案"
_TITLE_NUMBER = re.compile(r"^[(（]?(\d{1,2}|[一二三四五六七八九十]{1,3})")
_CASE_WORD_RX = re.compile(_CASE_WORD)


def _numbered_case_titles(lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    """One case per numbered title line that opens with its place or unit: three or more lines
    numbered in turn, each a case's name (…案), with nothing between them; two in three placed."""
    k = 0
    while k < len(lines):
        run = []
        while (k + len(run) < len(lines) and lines[k + len(run)].short and _NUMBERED.match(lines[k + len(run)].s)
               and (n := _TITLE_NUMBER.match(lines[k + len(run)].s)) and _count(n.group(1)) == len(run) + 1
               and lines[k + len(run)].s.endswith(("案", "案件"))):
            run.append(lines[k + len(run)])
        if len(run) >= 3 and k > 0 and _CASE_WORD_RX.search(lines[k - 1].s):
            items = [(ln, _subtitle_unit(_strip_num(ln.s))) for ln in run]
            titles = [_strip_num(ln.s) for ln, _ in items]
            placed = [(ln.start, ln.end, t[t.find(unit) + len(unit):] or t, unit)
                      for (ln, unit), t in zip(items, titles) if unit]
            if len(placed) * 3 >= len(run) * 2:
                return placed
        k += max(1, len(run))
    return []


_SIGNED_ARTICLE_OF = re.compile(r"(?:刊发|发表|刊登|刊载|推出)了?(.{4,60}?)(?:的)?署名文章")


# News of a selection names the local unit selected after the bodies that selected: that unit is the subject.
_SELECTED_AFTER_US = re.compile(rf"(?:{'|'.join(SELF_PLACES)})(?=[^，,。；;]{{4,60}}?(?:入选|获评|被评为|荣获|获得))")


# "公安部发布…决定，平罗县公安局被命名为…": the unit honoured, not the body honouring it
_HONOURED_VERB = re.compile(rf"被(?:[\u4e00-\u9fff]{{2,12}}?)?(?:命名为|评为|授予|确定为|表彰为)|{_WON_HONOUR}|{_alt(_M['honoured_after'])}")   # (被司法部评为)
_HONOUR_NEWS = re.compile(rf"{_HONOURED_VERB.pattern}|{_alt(_M['honour_news'])}")


_ITS_CASE = re.compile(r"(?:选送|报送|申报|办理)?的?(?:一|\d+|[两三四五六七八九十]+)?(?:个|件|例|起|项)?(?:典型)?(?:案例|案件|经验|做法|项目)")


def _case_selected(s: str) -> str | None:
    """长武县人民法院一案例成功入选: the unit one of whose cases was selected."""
    for subject in _honoured_subjects(s):
        agency = _placed_agency_opening(subject)
        if agency and _ITS_CASE.fullmatch(subject, len(agency)):
            return agency
    return None


def _selected_unit(s: str) -> str | None:
    for m in _SELECTED_AFTER_US.finditer(s):
        agency = _placed_agency_opening(s[m.end():])
        if agency:
            return agency
    for subject in _honoured_subjects(s):
        agency = _placed_agency_opening(subject)
        if agency and agency == subject:
            return agency
        agency = _entrant(subject)
        if agency:
            return agency
        if _STATION_SUBJECT.fullmatch(subject):
            return subject                  # …名单,瓜沥司法所名列其中: a town's station, named without its county
        places = find_places(subject) if len(subject) <= 12 and PLACE_RE.fullmatch(subject) else []
        if places and places[-1].end == len(subject):
            return subject                  # 宁夏隆德县荣获…示范县: the place honoured
        place = PLACE_RE.match(subject)
        level = canonical_place(place.group(0)) if place else None
        if level and level[1] in ("city", "county") and not _VERB_OPENING.match(subject, place.end()):
            return place.group(0)           # 宁陕县人民调解典型案例获评…: the place's work honoured
    return None


def _entrant(subject: str) -> str | None:
    """甲区检察院第二检察部办理的“…案”(获评…): the unit whose work is honoured."""
    entry = _ENTERED_BY.match(subject)
    return _placed_agency_opening(entry.group(1)) if entry else None


def _honoured_subjects(s: str):
    """The clause before each honour verb in s, which names who is honoured (…,甲区检察院…获评…)."""
    for v in _HONOURED_VERB.finditer(s):
        yield s[max(s.rfind(c, 0, v.start()) for c in "，,。；;") + 1:v.start()].strip()


def _entered_unit(s: str) -> str | None:
    return next(filter(None, map(_entrant, _honoured_subjects(s))), None)


_ENTERED_BY = re.compile(rf"^(.+?)(?:{_alt(_M['entered_by'])})的“[^”]+”[{_HAN}]{{0,4}}$")
_STATION_SUBJECT = re.compile(rf"(?![全我该本各每])[{_HAN}]{{2,6}}(?:{STATION_WORDS})")


def _local_self(national: str, lines: tuple[_Line, ...]) -> str | None:
    """A report that calls itself 我院/我局 and names a local agency of the same type (腾冲法院)
    after opening on the national one whose policy it carries out (是最高人民法院…提出的): the local one."""
    if not _NATIONAL_AGENCY.fullmatch(national):
        return None
    kind = agency_type_of(national)
    for ln in lines[:40]:                   # 一、侯马市公安局…: a numbered heading names the report's own agency
        m = _actor_agency(_strip_num(ln.s)) if _NUMBERED.match(ln.s) and ln.short else None
        if m and not _NATIONAL_AGENCY.fullmatch(m) and agency_type_of(m) == kind:
            return m
    if not any(w in ln.s for ln in lines for w in _SELF_AGENCY):
        return None
    for ln in lines[:40]:
        for start, _, name in _bare_place_agencies(ln.s):
            if agency_type_of(name) == kind:
                return name
        m = _actor_agency(ln.s)
        if m and not _NATIONAL_AGENCY.fullmatch(m) and agency_type_of(m) == kind:
            return m
    return None


# How a publisher names itself: a place (我市) or its own agency (我院).
# 我市 / 我市政法机关 (the city's organs together) / 我院 …
# a place's political-legal organs together (我市政法机关, 宜昌市政法系统, 某县政法综治部门)
# how a name of a place's organs together ends (江西公安机关, 宜昌市政法系统, 江苏警方)
_ORGANS_ENDS = ("机关", "系统", "警方", "公安")   # (宁夏公安: a province's police as the press names it)
_FIRST_AMONG = re.compile(r"(?:中的?|里的?)?(?:首个|首家|首批|第一|唯一|率先)")
# 我省三级检察机关, 全市两级法院: the organs at every level together
_ORGAN_LEVELS = "三级|各级|两级"
_ORGANS_TOGETHER_WORDS = "政法机关|政法系统|政法各部门|政法各单位|政法综治部门|政法部门|政法单位"
_SELF_REFERENCE = re.compile(rf"(?:{'|'.join(SELF_PLACES)})(?:{_ORGAN_LEVELS})?(?:{_ORGANS_TOGETHER_WORDS}|法院|检察机关|公安机关|司法行政机关)?"
                             rf"|(?:{'|'.join(WHOLE_PLACES)})(?:政法机关|检察机关|公安机关|司法行政机关)|我院|本院|我局|我所|我厅")
_SELF_AGENCY = ("我院", "本院", "我局", "我所", "我厅")
_PLACE_SYSTEM = re.compile(rf"(?P<place>[{_HAN}]{{1,10}}?[省市县区州旗])(?:{_ORGANS_TOGETHER_WORDS})")


def _publisher_agency(meta: DocumentMeta) -> bool:
    """The source line names an agency, which 我院/我局 then refers to."""
    return bool(meta.publisher) and _valid_agency(meta.publisher)
# An agency that visits, instructs or hosts is not the one whose practice is described:
# "省政法委有关领导莅临我县调研", "按照市委政法委部署", "在最高人民法院举行的发布会上".
_VISITOR_AFTER = re.compile(r"(?:有关|相关)?(?:领导|负责同志|同志|工作组|督导组|调研组|考察组"
                            r"|副?(?:主任|书记|局长|厅长|院长|检察长|处长|部长|主席)[\u4e00-\u9fff]{2,3}?)?"
                            r"(?:一行(?:\d{1,3}|[一二三四五六七八九十]{1,3})?人?)?"
                            r"(?:莅临|莅|来到|到我|赴我|深入我|调研|视察|督导|检查指导|考察|颁发)"
                            r"|(?:专门)?(?:组成|成立|派出)(?:调研组|督导组|检查组|考察组|工作组)")
# …or leads its people to another unit to learn from it: "甲法院某院长带队到乙法院考察交流", "甲县检察院
# 检察长某某带领…到乙县检察院进行工作交流学习", "甲区人大常委会组织…来到区人民检察院…进行调研"
_LEADS_A_VISIT = re.compile(rf"[^，,。；;！？]{{0,40}}?(?:带队|带领|一行|组织)[^，,。；;！？]{{0,30}}?(?:到|来到|赴|走进|前往)"
                            rf"(?=(?:我院|我局|[{_HAN}]{{1,20}}?(?:{ALL_SUFFIX_ALT}))[^。；;！？]{{0,40}}?"
                            rf"(?:{_alt(_M['exchange_visit'])}))")
# an organ giving an honour (司法部决定授予299个调委会…称号): no practice of its own there
_GIVER_AFTER = re.compile(rf"(?:日前|近日|近期)?(?:决定|研究决定)?(?:{_GIVES_HONOUR_WORDS})")
# an organ named as the source of the figures that follow (…、省统计局最新发布的…调查结果显示)
_SOURCE_AFTER = re.compile(r"(?:[、和与][^，,。；;]{1,12}?)?(?:最新|近日|日前|今天)?(?:公布|发布|通报)的")
# A quoted remark then the unit of who said it ("……。"某分局一名基层民警的感受,道出了…): the speaker's
# unit, not who the story is about
_QUOTE_BEFORE = re.compile(rf"[”\"」』][\s,，]?(?:[{_HAN}]{{2,4}}\s)?$")     # (…”兰州 市公安局: a place cut off by a wrap)
_SPEAKER_AFTER = re.compile(r"[^，,。；;]{0,8}?(?:民警|辅警|干警|法官|检察官|干部|工作人员|调解员|负责人)"
                            r"[^，,。；;]{0,4}?(?:的感受|的话|说|表示|坦言|感慨)")
# The host of an event where another's practice is selected or honoured (某市委政法委召开改革创新
# 案例发布会,我院申报的项目入选) is not the practice's agency; the host of its own meeting is.
_HOST_AFTER = re.compile(_alt(_M["host_verb"]))
_HOSTS_OTHERS = re.compile(_alt(_M["hosts_others"]))
_OTHERS_PRESENT = re.compile(_alt(_M["others_present"]))
# The grass-roots unit written right after its parent bureau or court
_INSTRUCTOR_BEFORE = re.compile(r"(?:按照|根据|依照|依据|遵照|落实|在|对|向|赴|被)$")
# (an agency inside a clause of time: 自今年某局启动专项行动以来, …)
_SINCE_BEFORE = re.compile(r"自(?:从)?(?:今年|去年|\d{4}年)?[^，,。；;]{0,4}$")
_SINCE_AFTER = re.compile(r"[^，,。；;]{1,30}?以来")
_REPORTER_SCENE = r"记者(?:一行)?(?:近日|日前)?(?:走进|来到|走访|探访|深入|在)"
_REPORTER_AT = re.compile(_REPORTER_SCENE + "$")
# A feature's opening scene set at a unit: "在某某派出所的…" (or "走进某某法院…")
_VENUE_AGENCY = re.compile(rf"^\s*(?:在|走进|来到)({_AGENCY})")
_NATIONAL_AGENCY = re.compile(r"最高人民法院|最高人民检察院|最高法|最高检|中央政法委|公安部|司法部")
_MEDIA_NAME = re.compile(r"(?:报|报社|杂志|杂志社|周刊|期刊|月刊|网|电视台|广播电台|新闻中心|客户端)$")
# …but an organ's own outlet speaks for the organ (某县人民法院网, 某县司法局工作简报), a paper does
# not (人民法院报, 检察日报)
_ORGANS_OUTLET = re.compile(r"(?:网|新闻中心|客户端|简报|公报|动态)$")
# the nation's organs together: the subject of a national digest that names no agency
_NATIONAL_ORGANS = re.compile(r"全国(?:铁路|森林|海关)?(?:政法机关|法院|检察机关|公安机关|司法行政机关)")


# 丹凤法院提出…: a place written without its level word, right before a court/police word
# The organs of a place's political-legal system, as a report names them after its place
# (丹凤法院, 晋中两级法院, 市公安局): longest first
_ORGAN_WORDS = ("高级人民法院|中级人民法院|高级法院|中级法院|人民法院|法院|中院|审判机关|人民检察院|检察院|检察机关|公安厅|公安局|公安分局|公安处"
                "|公安机关|司法厅|司法局|司法行政机关|司法行政系统|政法委")
_BARE_PLACE_SUFFIX = re.compile(rf"{_ORGAN_WORDS}|政法机关|公安|警方")
# (该省公安机关: the report's own place written as 该, with one of its organs)
_THAT_PLACES_ORGAN = re.compile(rf"该(?P<level>[省市县区])(?P<organ>{_ORGAN_WORDS})")
_SHARED_ORGAN = re.compile(rf"(?:(?P<n>{_TALLY_COUNT})个(?:设区市|县级|市级|区级)?)?(?P<organ>{_ORGAN_WORDS}|综治委|综治中心)$")


def _bare_place_agencies(s: str) -> list[tuple[int, int, str]]:
    """(start, end, name) of agencies named by a bare place the division dataset knows
    (丹凤法院, 建湖法院), the place starting a clause: not 城区法院, 基层法院."""
    found = []
    for m in _BARE_PLACE_SUFFIX.finditer(s):
        lead = m.start() - (2 if s.endswith("铁路", 0, m.start()) else 0)   # 临汾铁路公安处: a railway's
        for width in (4, 3, 2):
            start = lead - width
            if start < 0 or (start > 0 and "\u4e00" <= s[start - 1] <= "\u9fff"):
                continue
            if is_known_place(s[start:lead]):
                found.append((start, m.end(), s[start:m.end()]))
                break
    return found


_LIST_JOINERS = ("、", "和", "及", "与", ",", "，", "以及")


# a place then 以/将/把 its own unit as the object (…街道以综治中心…为突破口): no name holds the verb
_UNIT_AS_OBJECT = re.compile(r"(?<=[省市区县旗州盟镇乡道])(?:以|将|把)")


_OPEN_QUOTES, _CLOSE_QUOTES = "“\"‘「『", "”\"’」』"


def _actor_agency(s: str) -> str | None:
    """The first agency in s that acts in it (not a visitor, instructor or venue)."""
    # (judged without the running text glued on: 让武汉市中级人民法院…)
    found = [(m.start(), m.end(), m.group(0)) for m in _STRICT_AGENCY.finditer(s)
             if _valid_agency(m.group(0)) or _valid_agency(trim_false_place(m.group(0)))]
    found += [(m.start(), m.end(), m.group(0)) for m in _NATIONAL_AGENCY.finditer(s)]
    found += _bare_place_agencies(s)
    skipped_end = -1
    skipped = set()                         # (the host of others' event is not the actor when its deputy speaks)
    for m_start, m_end, written in sorted(found, key=lambda f: f[0]):
        if skipped_end >= 0 and s[skipped_end:m_start] in _LIST_JOINERS:
            skipped_end = m_end             # 对市中院、市检察院…开展调研: the whole list is researched
            continue
        skipped_end = -1
        name = trim_false_place(written)
        if name in skipped:
            continue
        start = m_end - len(name)           # 按照市委政法委: the match began inside 按照
        if start > 0 and s[start - 1] in _OPEN_QUOTES and s[m_end:m_end + 1] in _CLOSE_QUOTES:
            continue                        # 被授予“广东省优秀法院”: an honour's name, no organ
        place = PLACE_RE.match(name)
        verb = _UNIT_AS_OBJECT.search(name)
        if verb and s[m_end:m_end + 1] == "、" and PLACE_RE.fullmatch(name[:verb.start()]):
            return name[:verb.start()]      # 某省将法院、司法行政等力量下沉: the place acts on a list of forces
        if verb:                            # 某县将综治中心实体化运行, 某街道以综治中心…为突破口: the place's 综治中心
            name = name[:verb.start()] + name[verb.end():]
        place = PLACE_RE.match(name)
        if place and name.startswith(RUNNING_WORDS, place.end()) and is_known_place(place.group(0)):
            return place.group(0)           # 某市全面启动综治中心建设: the place acts, the centre is its object
        if (place and name.startswith("级", place.end())) or (name[1:2] == "级" and name[:1] in "省市区县乡镇"):
            continue                        # 建成区级调解中心, 10个县级矛调中心: 区级/县级 is a level, not a place
        if place and len(place.group(0)) >= 6 and not place.group(0).endswith(ZONE_WORDS) \
                and not is_known_place(place.group(0)):
            continue                        # 评选活动由各区…: a clause, not a place name
        if start > 0 and s[start - 1] == "、":
            continue                        # (…获评“十佳案例”、某县综治中心经验走进…: a later item of a list of feats)
        if _SINCE_BEFORE.search(s, max(0, start - 8), start) and _SINCE_AFTER.match(s, m_end):
            continue                        # 自今年某市公安局启动…以来,某派出所…: the time the actor's work began
        if _REPORTER_AT.search(s, max(0, start - 8), start):
            continue                        # 记者走进某县法律援助中心看到…: the scene the reporter sets
        visited = s[max(0, start - 1):start] in ("到", "赴")      # (到乙法院考察交流: the visitors' purpose)
        if ((_VISITOR_AFTER.match(s, m_end) and not visited) or _LEADS_A_VISIT.match(s, m_end)
                or _INSTRUCTOR_BEFORE.search(s[max(0, start - 2):start])
                or _HONOURED_VERB.match(s, m_end)     # 会议指出,鼓楼区人民法院荣获…: named, not acting
                or _SOURCE_AFTER.match(s, m_end)      # 省综治委最新发布的调查结果显示: the figures' source
                or (_QUOTE_BEFORE.search(s, max(0, start - 8), start) and _SPEAKER_AFTER.match(s, m_end))
                or _GIVER_AFTER.match(s, m_end)       # 司法部决定授予…称号, …位列其中: the honour's giver
                or (_HOST_AFTER.match(s, m_end) and (_HOSTS_OTHERS.search(s, m_end, _sentence_end(s, m_end))
                                                     or _OTHERS_PRESENT.search(s, m_end)))):
            skipped_end = m_end
            if _HOST_AFTER.match(s, m_end):
                skipped.add(name)
            continue
        sub = SUB_UNIT.match(s, m_end)
        return name + sub.group(0) if sub else name   # 易门县公安局绿汁派出所: the station, not the bureau
    return None


def _filed_under(lines: tuple[_Line, ...], a: _Anchor) -> str | None:
    """陕西:深化诉源治理…: a province before the title's colon is where a news site files the
    story; the province's own agency acting in the lead (陕西省高级人民法院…, 云南公安机关…),
    if one does, is whose practice it is (a story the lead opens elsewhere keeps the province)."""
    province = canonical_place(a.agency) if a.shape == "inline" and a.line <= 3 and a.agency else None
    if not province or province[1] != "province":
        return None
    for ln in lines[a.line + 1:a.line + 8]:
        if _is_headline(ln.s):
            continue
        for sentence in _SENTENCE_RX.findall(ln.s[:600]):
            actor = None if _CAPTION_LINE.match(sentence) else _actor_agency(sentence)   # (not a photo's venue)
            if actor and canonical_place(_agency_place(actor)) == province:
                return actor
    return None


def _site_banner(a: _Anchor, meta: DocumentMeta) -> bool:
    """A government site's name over the page ("某区人民政府") while the source line names a
    political-legal agency: the banner is page furniture, the source wrote the practice."""
    return (a.shape == "agency" and a.line <= 3 and bool(meta.publisher)
            and agency_type_of(a.agency) == "other" and _valid_agency(meta.publisher)
            and agency_type_of(meta.publisher) != "other")


# A line holding only a date (2025年6月, 2024-01-05): under an agency line it signs or dates a cover
_DATE_ONLY = re.compile(r"^\s*(?:(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?|(?:19|20)\d\d[-./]\d{1,2}(?:[-./]\d{1,2})?)\s*$")


# a section's number alone on its line, as a page's layout sets it (01, 02 …; not a page number)
_BLOCK_NUMBER = re.compile(r"0[1-9]|1\d|[一二三四五六七八九十]{1,2}")


def _numbered_block(lines: tuple[_Line, ...], k: int) -> _Anchor | None:
    """"01" over "吴江法院深度参与综治中心建设": a section numbered by the page's layout and headed by
    the agency whose practice it tells."""
    if not _BLOCK_NUMBER.fullmatch(lines[k].s) or k + 1 >= len(lines):
        return None
    head = lines[k + 1]
    if not head.short or any(c in head.s for c in _SENT_END):
        return None
    agency = _placed_agency_opening(head.s)
    return _Anchor(k, agency, head.s, "inline") if agency and len(agency) < len(head.s) else None


def _lone_heading(lines: tuple[_Line, ...], a: _Anchor) -> bool:
    """A single agency line heads a practice when the document opens with it, it carries
    its title, a slogan title stands next to it, or the paragraph below starts with it;
    otherwise it is a mention (a signature line, a caption)."""
    if a.shape == "inline" or a.line <= 3:
        return True
    if _DATE_ONLY.match(lines[a.line + 1].s if a.line + 1 < len(lines) else "") and any(
            not lines[k].short for k in range(a.line)):
        return False                        # after the report's prose, agency over date: a cover or signature
    near = [lines[k].s for k in (a.line - 1, a.line + 1) if 0 <= k < len(lines)]
    after = lines[a.line + 1].s if a.line + 1 < len(lines) else ""
    return (any(_is_headline(s) for s in near)
            or bool(a.agency) and after.startswith(a.agency[:4]))


def segment_cases(text: str, meta: DocumentMeta) -> list[CaseSpan]:
    """The practices the document describes.  A unit an honour roll names with nothing it did
    (广西桂林市法律援助中心 / 柳州市法律援助中心荣获“…”称号) describes no practice: its entry is
    no case, and its honour stays in the text of the case around it, if any (a document that
    is one such entry keeps it: the honour is all it tells)."""
    entries = candidate_cases(text, meta)
    if len(entries) < 2:
        return entries
    kept = [e for e in entries if not _names_only(text, e)]
    if len(kept) >= 3 and _heading_only(text, kept[-1]) and not any(_heading_only(text, e) for e in kept[:-1]):
        kept = kept[:-1]                    # (the page cut off right under the last entry's heading: no practice told)
    return [replace(e, seq=i) for i, e in enumerate(kept, 1)]


def _heading_only(text: str, entry: CaseSpan) -> bool:
    body = text[entry.char_start:entry.char_end].strip()
    return "\n" not in body and not any(c in body for c in _SENT_END + "，,；;")


_PLACE_OPENING_REACH = 16


def candidate_cases(text: str, meta: DocumentMeta) -> list[CaseSpan]:
    """Every entry the layout gives, the units an honour roll merely names among them."""
    lines = _lines(text)
    if not lines:
        return []
    briefs = _brief_cases(text, lines)
    if briefs:
        return briefs
    bylines = _bylines(lines)
    in_byline = {k for b in bylines for k in range(b.first, b.last + 1)}
    if len(bylines) >= 2 and all(b.first == a.last + 1 for a, b in zip(bylines, bylines[1:])):
        bylines = []                        # (a page's list of its contributors, one after another: no speech heads)
    # place names alone on a line head practices when the document does it repeatedly:
    # numbered ("2 荣昌区") or next to a slogan title
    # (or over a paragraph opening on that place: 鹿城区 / 2021年以来,鹿城区坚持…)
    place_heads = sum(1 for k, ln in enumerate(lines) if ln.short and _is_place_only(ln.s) and (
        _NUMBERED.match(ln.s) or any(0 <= j < len(lines) and _is_headline(lines[j].s)
                                     and not _is_place_only(lines[j].s) for j in (k - 1, k + 1))
        or (k + 1 < len(lines) and ln.s in lines[k + 1].s[:_PLACE_OPENING_REACH]
            and any(c in lines[k + 1].s for c in _SENT_END))))
    anchors = []
    for k, ln in enumerate(lines):
        a = None if k in in_byline else _heading(ln, place_heads >= 2) or _numbered_block(lines, k)
        if a:
            a.line = k
            anchors.append(a)
    if sum(1 for a in anchors if a.shape == "inline") >= 2:
        # a list of "机构:标题" items may give a town's practice as "张山子镇:标题"
        taken = {a.line for a in anchors}
        for k, ln in enumerate(lines):
            m = None if k in taken or k in in_byline else _TOWN_HEAD.match(ln.s)
            if m and not any(c in m.group(2) for c in _SENT_END):
                anchors.append(_Anchor(k, m.group(1), m.group(2).strip(), "inline"))
        anchors.sort(key=lambda a: a.line)
    if len(anchors) <= 1:
        # a bulletin's cases, each under a headline of the agency's deed (历下区检察院依法督促追缴…)
        # whose story opens on that agency: two or more
        taken = {a.line for a in anchors}
        deeds = [_Anchor(k, agency, None, "agency") for k in range(len(lines) - 1)
                 if k not in taken and k not in in_byline and (agency := _deed_headline(lines[k], lines[k + 1]))]
        if len(deeds) >= 2:
            anchors = sorted(anchors + deeds, key=lambda a: a.line)
    if sum(1 for a in anchors if a.dotted) >= 2:
        # a contents page groups its entries under their provinces (北京 / 1 / 标题 / ………单位)
        anchors = [a for a in anchors if a.shape != "place"]
    # a lone agency line with no sentence under it is a signature or a site footer
    # (…吉林省人民政府台湾事务办公室 / 某某网版权所有), not a heading
    _title_name_lists(lines, anchors)
    nexts = [a.line for a in anchors[1:]] + [len(lines)]
    for a in anchors:
        above = lines[a.line - 1].s if a.line > 0 else ""
        if a.shape == "agency" and a.title is None and _NUMBERED.match(above) and not any(c in above for c in _SENT_END):
            a.title = _strip_num(above)     # a contents page: "3.依法能动履职…" over "余姚市人民检察院"
    # …but an award roll writes each unit over its practice's title and nothing more (甲院 / “某某”工作法):
    # an agency line over a slogan line, again and again, is a roll's entry
    # (or under it: a contents page's "标题 / ………机构")
    heads = {a.line for a in anchors}
    told = {a.line for a, z in zip(anchors, nexts)
            if any(c in lines[k].s for k in range(a.line + 1, z) for c in _CLAUSE_MARKS)}

    def slogan_at(k: int) -> bool:
        # (a practice's title: quoted, a method, or a deed — a list of names holds none: 某医院 / 某检查站)
        return (0 <= k < len(lines) and k not in heads and _is_headline(lines[k].s)
                and (_QUOTES_RX.search(lines[k].s) is not None or _METHOD_END.search(lines[k].s) is not None
                     or _DEED_RX.search(lines[k].s) is not None))
    over_title = {a.line for a, z in zip(anchors, nexts) if a.shape == "agency" and a.title is None
                  and (slogan_at(a.line + 1) or slogan_at(a.line - 1)) and a.line not in told}
    if len(over_title) < 2:
        over_title = set()
    anchors = [a for a in anchors if a.shape != "agency" or a.title or a.line in over_title or a.line in told]
    # an entry of the contents whose practice is written out further down: the practice, with the entry's title
    later = {}
    for a in anchors:
        later.setdefault(a.agency, []).append(a)
    for same in later.values():
        if (len(same) == 2 and same[0].title and same[1].shape == "agency" and same[0].line + 1 < len(lines)
                and not any(c in lines[same[0].line + 1].s for c in _CLAUSE_MARKS)):
            same[1].title = same[1].title or same[0].title
            anchors.remove(same[0])
    titled = [a for a in anchors if a.title]
    if len(titled) >= 3 and sum(1 for a in titled if _PAGE_NUMBER.search(a.title)) * 3 >= len(titled) * 2:
        for a in titled:                    # a contents page: "…构建诉源治理新格局6" ends in its page
            a.title = _PAGE_NUMBER.sub("", a.title)
    # one author presenting a headed list of practices ("文/张三 市委政法委副书记"
    # above ten agencies) is a list, not a signed article
    if bylines and not (len(bylines) == 1 and len(anchors) >= 3):
        return _signed_cases(text, lines, bylines)
    if len(anchors) == 1 and _site_banner(anchors[0], meta):
        anchors = []
    if anchors and (len(anchors) >= 2 or _lone_heading(lines, anchors[0])):
        if len(anchors) == 1:
            anchors[0].agency = _filed_under(lines, anchors[0]) or anchors[0].agency
        listed = _list_cases(text, lines, anchors)
        summary = _system_summary(text, listed[0].char_start) if listed else None
        if summary:                         # (its system's year in figures, over the organs' headed parts)
            listed = [replace(c, seq=i) for i, c in enumerate([summary] + listed, 1)]
        if len(anchors) == 1 and len(listed) == 1:
            # one unit's report under its headline, its practices numbered: a case each
            enumerated = _enumerated_practices(text, lines, listed[0].char_start, listed[0].agency_raw)
            if enumerated:
                return _dedupe(text, enumerated)
        if len(anchors) == 1 and anchors[0].line == 0 and anchors[0].shape == "inline" and len(listed) == 1:
            # the page's own headline "江苏:标题" heads one report: its lower units' practices are read
            # inside it as in any report (…扬州市公安局…；淮安市公安局…；泰州市公安局…)
            inner = _unheaded_cases(text, lines, meta)
            # (the report's own case, titled by the page's title: not a first numbered section)
            if len(inner) > 1 and inner[0].char_start <= lines[0].end + 1 and inner[0].title == (meta.title or ""):
                return [replace(inner[0], title=listed[0].title, agency_raw=listed[0].agency_raw)] + inner[1:]
        return listed
    return _unheaded_cases(text, lines, meta)


def _system_summary(text: str, first: int) -> CaseSpan | None:
    """A headed list's preamble that tells a place's political-legal system's results (2024年,某区政法
    系统坚持…,全区警情同比下降32.8%…): the system's own case, before its organs' parts."""
    for m in _SYSTEM_SENTENCE.finditer(text, 0, first):
        system = _PLACE_SYSTEM.match(text, m.end())
        if is_known_place(system["place"]) and _DIGIT_RX.search(text, system.end(), first):
            return CaseSpan(0, system.start(), len(text[:first].rstrip()), _first_sentence(text[system.start():first])[:40],
                            system.group(0))
    return None


# (a sentence opening on a place's system, after its year)
_SYSTEM_SENTENCE = re.compile(rf"(?:^|(?<=[{_SENT_END}…]))\s*(?:\d{{4}}年(?:以来)?[,，]|近(?:几|些)?年来[,，]|{_TIME_LEAD})?"
                              rf"(?={_PLACE_SYSTEM.pattern})", re.M)


# A page of news briefs: one item a paragraph, closed by its source or credit in brackets after its
# last sentence (…服务大局。(某某网站), …万家安宁!(视频制作:…)), opened by its agency, perhaps after a
# column tag (法治宣传|), a date or 近日 (2月5日凌晨,某县公安局…), or as "最高检:…".
_BRIEF_SOURCE = re.compile(r"[。！!？?][(（][^()（）]{2,40}[)）]\s*$")
_BRIEF_TAG = re.compile(rf"^[{_HAN}]{{2,10}}[|｜丨]")
_BRIEF_LEAD = re.compile(rf"(?:近日|日前|近期|\d{{1,2}}月\d{{1,2}}日[{_HAN}]{{0,4}})[,，]")
_BRIEF_NAMED = re.compile(rf"([{_HAN}]{{2,12}})[:：]")
_SHORT_FORMS = frozenset(short for short, _ in ABBREVIATIONS)      # 最高检, 市高法院
# (most of the page's paragraphs are briefs: a report quoting its sources now and then is no page of briefs)
_MIN_BRIEFS, _BRIEF_SHARE = 3, 0.6


def _brief_agency(s: str) -> str | None:
    at = m.end() if (m := _BRIEF_TAG.match(s)) else 0
    at = m.end() if (m := _BRIEF_LEAD.match(s, at)) else at
    named = _BRIEF_NAMED.match(s, at)
    if named and (_valid_agency(named[1]) or named[1] in _SHORT_FORMS):
        return named[1]
    return _placed_agency_opening(s[at:at + 60])


def _brief_cases(text: str, lines: tuple[_Line, ...]) -> list[CaseSpan]:
    """A page of news briefs: one case per brief an agency opens, titled by its first sentence."""
    briefs = [ln for ln in lines if _BRIEF_SOURCE.search(ln.s)]     # (a brief may be one short sentence)
    if len(briefs) < _MIN_BRIEFS:
        return []
    body = [ln for ln in lines if any(c in ln.s for c in _SENT_END)]
    if len(briefs) < _BRIEF_SHARE * len(body):
        return []
    found = [(ln, agency) for ln in briefs if (agency := _brief_agency(ln.s))]
    if len(found) < _MIN_BRIEFS:
        return []
    return _dedupe(text, [(ln.start, ln.end, _first_sentence(_BRIEF_TAG.sub("", _BRIEF_SOURCE.sub("", ln.s), 1))[:40], agency)
                          for ln, agency in found])


def _unheaded_cases(text: str, lines: tuple[_Line, ...], meta: DocumentMeta) -> list[CaseSpan]:
    """The cases of a document no headings split: listed units, peers' clauses, the report's own
    practice and the lower units' examples inside it."""
    spans = (_contents_cases(text, lines) or _numbered_subject_cases(text, lines) or _listed_clause_cases(text, lines)
             or _semicolon_cases(text, lines) or _inline_item_cases(text, lines) or _inline_numbered_cases(text, lines)
             or _tour_stop_cases(text, lines)
             or _selected_case_titles(text, lines) or _named_selection_cases(text, lines) or _honoured_units_told(text, lines)
             or _gathering_cases(text, lines)
             or _award_example_cases(text, lines) or _paragraph_subject_cases(text, lines)
             or _award_grade_cases(text, lines) or _awarded_list_cases(text, lines)
             or _slogan_section_cases(text, lines) or _relative_practice_cases(text, lines))
    if spans:
        return _dedupe(text, spans)
    # one practice: the whole document after its title / editor's note
    below = _below_chrome(lines, meta)
    # (a short line of sentences is prose too: a page cut from its headline opens on its lead)
    first = next((k for k, ln in enumerate(lines) if k >= below and not _EDITOR_NOTE.match(ln.s) and (
        not ln.short or (ln.s[-1:] in _SENT_END and ("，" in ln.s or "," in ln.s)))), below)
    # …but a document of short lines (a bullet list of results) starts right under its title
    title_at = [k for k, ln in enumerate(lines[:8]) if meta.title and len(ln.s) >= 4 and ln.s in meta.title]
    if title_at:
        first = min(first, title_at[-1] + (1 if _is_headline(meta.title) else 0))
    if first > below and lines[first - 1].short and _NUMBERED.match(lines[first - 1].s) \
            and not any(c in lines[first - 1].s for c in _SENT_END):
        first -= 1                          # (亮点一:… over the text: a section cut from its page heads it)
    start = lines[first].start
    own = (start, _content_end(text, lines, start), meta.title or "", _document_subject(text, lines, meta, below))
    listed = _listed_case_items(lines)
    if listed:
        return _dedupe(text, [own] + listed)    # the story told, then the other selected cases it lists
    peers = _peer_clauses(text, lines)
    if peers and peers[0] > start:
        # the report's own practice, then its lower units' ones (closing it, or named
        # practices inside it: then the report's case spans the whole report)
        clauses_at, clauses, closing = peers
        if not closing:                     # the report's case spans it all: its own agency's clause is in it
            # (黑龙江省哈尔滨市公安局 and 哈尔滨市公安局: one agency written in full and short)
            # (…and so is its place's organs together: 江苏公安机关 in a report from 江苏省公安厅)
            clauses = [c for c in clauses if not (own[3] and (_same_agency(own[3], c[3]) or (
                c[3].endswith(_ORGANS_ENDS) and _same_place(_agency_place(own[3]), _agency_place(c[3])))))]
            named = {c[3] for c in clauses}     # …and other units' examples outside the peers' run
            clauses += [e for e in _named_examples(text, lines, own[3]) if e[3] not in named
                        and not any(c[0] <= e[0] < c[1] for c in clauses)]
        return _dedupe(text, [(start, clauses_at, *own[2:]) if closing else own] + clauses)
    organs = _organs_in_turn(text, lines, own[3])
    if organs:
        # the organs' practices tile the report from the first on (no text left between them); what
        # comes before is the report's own practice when it tells a result, else their lead
        tiled = [(a, organs[n + 1][0] if n + 1 < len(organs) else own[1], title, agency)
                 for n, (a, _, title, agency) in enumerate(organs)]
        lead_end = organs[0][0]
        if _DIGIT_RX.search(text, start, lead_end) or any(
                not _SERVES_ABOVE.search(text, max(start, n.start() - 8), n.start())
                for n in _NAMED_PRACTICE.finditer(text, start, lead_end)):
            return _dedupe(text, [(start, lead_end, *own[2:])] + tiled)
        return _dedupe(text, [(start, *tiled[0][1:])] + tiled[1:])
    enumerated = _enumerated_practices(text, lines, start, own[3])
    # (a national body's numbered areas of work: its places' examples inside them are the practices)
    if enumerated and not (own[3] and _NATIONAL_AGENCY.match(own[3]) and _place_examples(text, lines)):
        return _dedupe(text, enumerated)
    # the report's practice, and the lower units' practices it gives as examples (or honours)
    examples = _named_examples(text, lines, own[3])
    examples += [h for h in _honour_lines(lines) if not _own_unit(h[3], own[3]) and all(h[3] != e[3] for e in examples)]
    examples += [m for m in _method_list_cases(text, lines) if all(m[3] != e[3] for e in examples)]
    if not own[3] or _NATIONAL_AGENCY.match(own[3]) or own[3].startswith("全国"):
        examples += [p for p in _place_examples(text, lines) if all(p[3] != e[3] and not (e[0] <= p[0] < e[1])
                                                                     for e in examples)]
    if (not own[3] or _NATIONAL_AGENCY.match(own[3]) or own[3].startswith("全") or own[3].endswith(_ORGANS_ENDS)
            or PLACE_RE.fullmatch(own[3])):
        # (a report on a region's organs together, on a place, or from no one place: its places' practices)
        for p in _place_clause_examples(text, lines, own[3]):
            if any(_same_place(p[3], e[3]) or e[0] == p[0] for e in examples):
                continue
            # (上海公安机关…全市312家…；北京在…；福建平潭建成…: an example its paragraph ran on into
            # ends where the next place's clause begins)
            examples = [(e[0], p[0], *e[2:]) if e[0] < p[0] < e[1] else e for e in examples]
            examples.append(p)
    examples += [p for p in _listed_place_practices(text, lines, own[3]) + _scene_sentences(lines, own[3])
                 + _township_clauses(text, lines, own[3])
                 if all(not (e[0] <= p[0] < e[1] or p[0] <= e[0] < p[1]) for e in examples)]
    # (a report on a province's organs together: its lower places' paragraphs, 在…苏州,检察机关…; so
    # for a city's or a province's commission or organs together: 成都市委政法委…, 彭州市委政法委启动…)
    within = (document_province(text) if own[3] and own[3].startswith(("全省", "我省"))
              else _commission_place(own[3]) if own[3] else None)
    if within:
        examples += [p for p in _place_examples(text, lines, within=within)
                     if all(not _same_place(p[3], e[3]) and not (e[0] <= p[0] < e[1] or p[0] <= e[0] < p[1])
                            for e in examples)]
    examples.sort()
    if (own[3] and _NATIONAL_AGENCY.match(own[3]) and len(examples) >= 2
            and _PRESENTS_EXAMPLES.search(text, start, examples[0][0])):
        # (a national body presenting places' practices, 某部发布典型事例 / 新闻发布会上介绍: the
        # places' examples are the cases, its own lead none)
        return _dedupe(text, examples)
    if examples and own[3] and _tells_of_honouring(lines) and _issues_honour(text[start:start + 300], own[3]):
        # news of an honour the report's agency gave (最高人民法院日前印发决定,授予…): the honoured
        # units are the cases, each running to the next, with the news's lead and close
        tiled = [(a, examples[n + 1][0] if n + 1 < len(examples) else z, title, agency)
                 for n, (a, z, title, agency) in enumerate(examples)]
        return _dedupe(text, _cover_report(text, lines, tiled))
    if not own[3] and examples and len({_unit_key(e[3]) for e in examples}) == 1 and _unit_key(examples[0][3])[0]:
        # a feature naming no subject whose every example is one unit's (长阳土家族自治县人民法院挂牌成立…；
        # 今年5月,长阳县法院创新打造…): the whole feature is that unit's practice
        return _dedupe(text, [(own[0], own[1], own[2], examples[0][3])])
    return _dedupe(text, [own] + examples)


def _unit_key(agency: str) -> tuple[str | None, str]:
    """One unit however written (长阳县法院, 长阳土家族自治县人民法院): its place as the dataset
    names it, and its type."""
    place = canonical_place(_agency_place(agency))
    return (place[0] if place else None), agency_type_of(agency)


# "…，深圳宝安区建立的“三色预警机制”，通过…，杭州互联网法院首创的“云听证”系统，…": a clause
# opened by a place or agency and the verb of what it made, then the practice's quoted name
_RELATIVE_PRACTICE = re.compile(rf"[{_HAN}]{{0,6}}?(?:{_SUBJECT_VERBS}|试点|开发|研发|应用|推广)的[“\"「]")
_MIN_RELATIVE_PRACTICES = 3


def _relative_practice_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    """A roundup that runs its units' practices together clause after clause, each "甲区推行的
    “某某”…": one case per clause, to the next one (three or more units); the lead goes to the first."""
    hits = []                               # (line, position in it, unit)
    for k, ln in enumerate(lines):
        for c in [0] + [m.end() for m in _CLAUSE_CUT.finditer(ln.s)]:
            piece = ln.s[c:c + 40].lstrip()
            unit = None if _CLAUSE_NO_SUBJECT.match(piece) else _clause_subject(piece)
            if unit and _RELATIVE_PRACTICE.match(piece, len(unit)):
                hits.append((k, c + len(ln.s[c:c + 40]) - len(piece), unit))
    if len({unit for _, _, unit in hits}) < _MIN_RELATIVE_PRACTICES:
        return []
    out = []
    for n, (k, c, unit) in enumerate(hits):
        ln = lines[k]
        end = ln.start + hits[n + 1][1] if n + 1 < len(hits) and hits[n + 1][0] == k else ln.end
        out.append((ln.start + c, end, _first_sentence(ln.s[c:])[:40], unit))
    return _cover_report(text, lines, out)


def _slogan_section_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    """A report of lower units' practices, each under a slogan headline that names no unit
    (“警+N”联动 激活城区治理动能 / “守巢护业” 护航特色经济发展; 综合治理篇) and told by the unit its first
    paragraph names acting: one case per section (two or more, each its own unit's, each with a
    result or a named practice).  One unit's sections (以夯基为要… / 以赋智为先…) stay one case."""
    heads = [k for k, ln in enumerate(lines) if k > 0 and ln.short and _is_headline(ln.s)
             and (_QUOTES_RX.search(ln.s) or ln.s.endswith("篇")) and not _actor_agency(ln.s) and not _CREDIT.search(ln.s)]
    sections = []
    for n, k in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(lines)
        body = next((b for b in lines[k + 1:stop] if not b.short or b.s[-1:] in _SENT_END), None)
        unit = _actor_agency(body.s[:200]) if body else None
        z = lines[stop].start if stop < len(lines) else _content_end(text, lines, lines[k].start)
        if not unit or not (_DIGIT_RX.search(text, lines[k].end, z) or _NAMED_PRACTICE.search(text, lines[k].end, z)):
            return []
        sections.append((lines[k].start, z, lines[k].s, unit))
    units = [u for *_, u in sections]
    if len(sections) < 2 or any(_same_agency(a, b) for n, a in enumerate(units) for b in units[n + 1:]):
        return []
    summary = _system_summary(text, sections[0][0])
    if summary:                             # (its system's results in figures, over the sections)
        return [(summary.char_start, summary.char_end, summary.title, summary.agency_raw)] + sections
    return _cover_report(text, lines, sections)


# a photo's credit under a picture: 三明公安供图, 记者某某摄
_CREDIT = re.compile(r"(?:供图|摄|图片来源)[)）]?$")


# One unit's practices numbered in turn: "一、创新实施…模式,破解…难题。…" lines, "(一)…" lines, or
# "一是以…为重点。…二是…" sentences
# 措施一:… / 政策二:…: each announced part under its own label
_LABELLED_PARTS = re.compile(rf"^(?:{_alt(_M['announced_part'])}|政策)(?P<n>[一二三四五六七八九十]{{1,2}})[:：]")
_ENUMERATIONS = (re.compile(r"^(?P<n>[一二三四五六七八九十]{1,2})、"),
                 re.compile(r"^[(（](?P<n>[一二三四五六七八九十]{1,2})[)）]"),
                 re.compile(rf"(?:^|(?<=[{_SENT_END}；;]))\s*(?P<n>[一二三四五六七八九十]{{1,2}})是"),
                 _LABELLED_PARTS)
# a heading naming one practice: “荣昌模式”, “枫桥式”工作法
_ONE_NAMED_PRACTICE = re.compile(rf"“[^”]{{2,16}}(?:{_alt(_M['method_noun'])})”|”[{_HAN}]{{0,3}}?(?:{_alt(_M['method_noun'])})")
_METHOD_NOUN = re.compile(_alt(_M["method_noun"]))
_QUOTED_NAME = re.compile(r"“([^“”]{1,20})”")
# a work report's section heading, an aim and how (强化队伍建设,提升履职能力), naming no practice of its own
# (or the verb and its aim alone: 强化数据会商, 统一裁判尺度)
_SECTION_HEADING = re.compile(rf"[{_HAN}]{{4,6}}[，,][{_HAN}]{{4,24}}|(?:{_alt(_M['section_verb'])})[{_HAN}]{{2,6}}")
# sections of a work report that are no practice (基本情况, 存在问题, 下一步打算…)
_NOT_A_PRACTICE = re.compile(_alt(_M["not_practice_section"]))


# Titles written to one pattern share this many characters at their start or their end.
_PARALLEL_HEAD, _PARALLEL_TAIL = 2, 3
_TITLE_TRIM = "，,。；;：: "


# 突出四项重点, 推出五大举措: a report announcing how many practices it numbers
_ANNOUNCED_PARTS = re.compile(rf"[二两三四五六七八九十2-9](?:项|大|个|条|种)[{_HAN}]{{0,4}}?(?:{_alt(_M['announced_part'])})")


def _parallel_titles(titles: list[str]) -> bool:
    """Numbered titles written to one pattern, all opening or all closing on the same words
    (统筹调解力量… / 统筹场所建设… / 统筹经费保障…; …服务发展大局取得新成效 / …深化诉源治理取得新成效):
    the parts of one practice or the areas of one work report, not practices of their own."""
    cut = [t.strip(_TITLE_TRIM) for t in titles]
    if len(cut) < 2 or min(map(len, cut)) < _PARALLEL_HEAD + _PARALLEL_TAIL:
        return False
    head = os.path.commonprefix(cut)
    tail = os.path.commonprefix([t[::-1] for t in cut])
    return len(head) >= _PARALLEL_HEAD or len(tail) >= _PARALLEL_TAIL


def _enumerated_practices(text: str, lines: tuple[_Line, ...], start: int,
                          own: str | None) -> list[tuple[int, int, str, str | None]]:
    """A one-unit report that numbers its practices (一是…二是…, 一、…二、…): one case per numbered
    practice (two or more, counted from 一 in turn, all but one at most telling a result or a named practice),
    all the unit's; its lead goes to the first.  A section that is no practice (存在问题,
    下一步打算), or numbering that breaks, leaves the report one case; so does a report naming no
    unit (practices of no one are no use apart)."""
    if not own:
        return []
    for rx in _ENUMERATIONS:
        items = []                          # (start, title)
        for ln in lines:
            if ln.start < start:
                continue
            for m in rx.finditer(ln.s):
                if _count(m["n"]) != len(items) + 1:
                    continue                # (a second run of numbers, inside an item: its own points)
                items.append((ln.start + m.start("n"), _first_sentence(ln.s[m.end():])))
        if len(items) == 1:
            return []                       # (一、 over 一是…二是…: the points of one section, not practices)
        if not items:
            continue
        if any(_ONE_NAMED_PRACTICE.search(ln.s) for ln in lines if ln.start < items[0][0]):
            return []                       # (构建…的“荣昌模式” over its numbered parts: one practice told in parts)
        titles = [title for _, title in items]
        # (the head's quoted names, its title's too: “打防管控”多措并举 over 一、加大“打”的力度…)
        lead_names = {m[1] for m in _QUOTED_NAME.finditer(text, 0, items[0][0])}
        if any(all(any(q in name for q in _QUOTED_NAME.findall(t)) for t in titles) for name in lead_names):
            return []                       # (创新“某某”思路 / 一是开展常态“某某” / 二是发起“某某”集中行动: one practice's parts)
        if ((_parallel_titles(titles) or all(_SECTION_HEADING.fullmatch(t) for t in titles))
                and not _ANNOUNCED_PARTS.search(text, start, items[0][0])
                and not all(_METHOD_NOUN.search(title) for title in titles)):
            return []                       # (统筹…, 统筹…, 统筹… / …取得新成效 ×4: not announced as so many
                                            # practices, nor each naming its own “…”模式)
        end = _content_end(text, lines, items[-1][0])
        spans = [(a, items[k + 1][0] if k + 1 < len(items) else end, title[:40], own) for k, (a, title) in enumerate(items)]
        told = sum(1 for a, z, _, _ in spans if _RESULT_RX.search(text, a, z) or _NAMED_PRACTICE.search(text, a, z))
        # (all of them but one at most: a lead item may sum up the rest in words; the labelled parts
        # of a report announcing so many measures need tell no result)
        announced = rx is _LABELLED_PARTS and _ANNOUNCED_PARTS.search(text, start, items[0][0])
        if any(_NOT_A_PRACTICE.search(title) for _, _, title, _ in spans) or (
                told < max(2, len(spans) - 1) and not announced):
            return []
        return _cover_report(text, lines, spans)
    return []


# a place opening a sentence, as the subject of what follows (河北打掉…, 海南万宁打掉25个…后)
_PLACE_LEAD_MAX = 8
_NOT_AFTER_PLACE = frozenset("的、和与及等省市县区州旗盟镇乡村")
# (…but a city and its counties together are the city's: 杭州及14个区县公安机关)
_WITH_ITS_COUNTIES = re.compile(r"[及和](?:\d+|[一二三四五六七八九十]+)个?(?:区县|县区|县市区|县[(（]市、区[)）])")


def _short_place_lead(s: str) -> tuple[str, int] | None:
    """The place s opens with, written by its short names (辽宁铁岭…, 海南万宁…): (its name at
    its own level, how many characters it is written in)."""
    for n in range(_PLACE_LEAD_MAX, 1, -1):
        # (甘肃定西等地…, 湖南省张家界市区两级检察院: the place, then who of it)
        # (…and a county written with its level may be followed by a count: 某某县20多名农民工…)
        if (s[n:n + 1] in _NOT_AFTER_PLACE and s[n:n + 2] != "等地" and s[n + 1:n + 3] != "两级"
                and not _WITH_ITS_COUNTIES.match(s, n)) or not (
                "\u4e00" <= s[n:n + 1] <= "\u9fff" or (s[n:n + 1].isdigit() and s[n - 1] in "县区")) or s[n:n + 1] in _MEDIA_AFTER:
            continue
        written = s[:n]
        # (a county's bare short name opens many a sentence as a word: 新华社, 同心协力, 向阳而生; a
        # province's short name, a chain of them or a name with its level is a place)
        if not (written in PROVINCES or written[:2] in PROVINCES or written[-1] in _LEVEL_ENDS):
            continue
        place = canonical_place(written)
        if place:
            return place[0], n
    return None


_LEVEL_ENDS = frozenset("省市县区州盟旗")
_MEDIA_AFTER = frozenset("社网报台")


def _commission_place(own: str) -> str | None:
    """The city or province whose commission or organs together (成都市委政法委, 浙江政法机关) a
    report speaks for: the place its lower places' examples lie within."""
    if not (agency_type_of(own) == "committee" or own.endswith(_ORGANS_ENDS)):
        return None
    place = canonical_place(_agency_place(own).removesuffix("委"))
    return place[0] if place and place[1] in ("province", "city") else None


def _place_examples(text: str, lines: tuple[_Line, ...], within: str | None = None) -> list[tuple[int, int, str, str]]:
    """In a report from no one place (a national roundup), the sentences that open with a place
    the division dataset knows, telling a result (a figure) or a named practice: each the place's
    example, two or more of them.  `within`: a report on a province's organs together, whose
    examples are its lower places' (not a place outside it)."""
    out = []
    for ln in lines:
        if ln.short and not any(c in ln.s for c in _SENT_END):
            continue                        # (a heading; a short paragraph cut off at the page's end is prose)
        found = []                          # (sentence start, end, where the place is read from, place, written)
        for sent in _SENTENCE_START.finditer(ln.s):
            a = sent.end()
            z = _sentence_end(ln.s, a)
            place = _sentence_place(ln.s, a, z)
            if place and found and _same_place(found[-1][3], place[1]):
                continue                    # (近年来,湖南各级综治中心…: the paragraph's place again)
            if place and z - a >= 12 and (within is None or _lies_within(place[1], within)):
                found.append((a, z, *place))
        opened = False                      # (a place opening the paragraph's first sentences tells all of it)
        for n, (a, z, at, full, written) in enumerate(found):
            organ = _placed_agency_opening(ln.s[at:z])
            organ = None if organ and "等" in organ else organ     # (甘肃定西等地检察机关: no one agency)
            organs = _ORGANS_AFTER_PLACE.match(ln.s, at + written) if written else None
            if organ:                       # 河北省沧州市公安局破获…: the organ the place opens acts
                as_written = ln.s[at:at + written]
                above = as_written[:-len(full)] if as_written.endswith(full) else None
                if written and organ.startswith(as_written) and not (above is not None and (
                        not above or above[-1] in "省市州盟" or above.endswith("自治区"))):
                    # (广东南海检察机关: 南海区检察机关, its place at its own level; 河北省沧州市公安局 stays)
                    full, written = full + organ[written:], len(organ)
                else:
                    full, written = organ, len(organ)
            elif organs:                    # (甘肃定西等地检察机关: 定西市检察机关, its place's organs)
                full, written = full + (organs[1] or "") + organs[3], written + len(organs[0])
            # (湖南依托综治中心搭台,…。近年来,湖南各级综治中心…25万件: the paragraph is the place's, up
            # to another place opening a sentence: 河北省…。海南万宁…)
            first = not opened and ln.s.count("。", a) <= _PLACE_PARAGRAPH
            end = (found[n + 1][0] if n + 1 < len(found) else len(ln.s)) if first else z
            told = (_DIGIT_RX.search(ln.s, a, end) or _NAMED_PRACTICE.search(ln.s, a, end)
                    or ((organ or organs) and end - a >= _ORGANS_EXAMPLE_MIN))
            if (told and out and first and (_same_place(out[-1][3], full) or _same_agency(out[-1][3], full))
                    and not text[out[-1][1]:ln.start + a].strip()):
                # (the place's next paragraph opening on it again: 甲区现有…。/ 去年来,甲区建立…)
                out[-1] = (out[-1][0], ln.start + len(ln.s[:end].rstrip()), *out[-1][2:])
                opened = True
            elif told and not any(o[3] == full or o[0] <= ln.start + a < o[1] for o in out):
                # (titled from the place when a verb follows it: 江西省将…, 湖南依托…, not 将…)
                title = ln.s[at:z] if _VERB_OPENING.match(ln.s, at + written) else _AFTER_SUBJECT.sub("", ln.s[at + written:z], 1)
                out.append((ln.start + a, ln.start + len(ln.s[:end].rstrip()), _first_sentence(title)[:40], full))
                opened = True
    return out if len(out) >= 2 else []


def _sentence_place(s: str, a: int, z: int) -> tuple[int, str, int] | None:
    """The place a sentence s[a:z] opens with, as (where it is read from, its name at its own level,
    how many characters it is written in): after a date (2月10日,…), a short lead clause (为此,广西北海…)
    or as a scene's end (在沿海开放城市苏州,…: 0 written, the sentence goes on after the comma)."""
    at = a
    for rx in (_SPEAKER_LEAD, _TIME_LEAD_RX, _TOPIC_LEAD):
        lead = rx.match(s, at, z)
        at = lead.end() if lead else at
    place = _short_place_lead(s[at:z])      # 海南万宁 -> 万宁市: the place at its own level
    if place:
        return at, place[0], place[1]
    scene = _SCENE_PLACE.match(s, at, z)
    found = _place_ending(scene[1]) if scene else None
    if found:
        return scene.end(), found, 0
    lead = _PLACE_CLAUSE_LEAD.match(s, at, z)
    place = _short_place_lead(s[lead.end():z]) if lead else None
    return (lead.end(), place[0], place[1]) if place else None


_PRESENTS_EXAMPLES = re.compile(r"发布会|(?:发布|公布|通报|推出|编发)了?[^。]{0,20}?(?:典型|案例|事例|经验|做法)")
# 某某说,针对…问题,甘肃定西检察机关…: a speaker's word and the topic of what follows lead the
# place's sentence in a press conference's roundup
_SPEAKER_LEAD = re.compile(rf"[{_HAN}]{{1,12}}?(?:说|介绍|表示|指出)[,，:：]")
_TOPIC_LEAD = re.compile(rf"(?:在|针对|围绕|聚焦|对于)[^，,。；;]{{2,30}}?(?:方面|问题|领域)[,，]|{_IN_A_CASE}[,，]")
# 甘肃定西等地检察机关…: the place's organs acting (a practice told, figures or not)
# (or a county's, written after its city: 河南郑州金水区检察院)
_ORGANS_AFTER_PLACE = re.compile(rf"([{_HAN}]{{1,4}}?[区县旗])?(等地)?(?:各级|[市县区]{{0,2}}两级|{_WITH_ITS_COUNTIES.pattern})?({_ORGAN_WORDS})")
_ORGANS_EXAMPLE_MIN = 30
# 某县检察院等单位则利用…: what the title keeps of a clause after its subject
_AFTER_SUBJECT = re.compile(r"^(?:等(?:地|单位))?(?:则|还|也|均)?")

# 在沿海开放城市苏州, / 在“世界工厂”所在地昆山,: a scene ending on its place
_SCENE_PLACE = re.compile(r"在([^，,。；;]{2,24})[，,]")


def _place_ending(s: str) -> str | None:
    """The city or county a phrase ends on (…开放城市苏州 -> 苏州市), by its dataset name."""
    for n in range(min(len(s), 8), 1, -1):
        place = canonical_place(s[-n:])
        if place and place[1] in ("city", "county"):
            return place[0]
    return None


# 为此,广西北海…; 改革深化的当下,北京…: a short lead clause before the place
# (not 其中,/例如,: a lower unit's example, read by _named_examples)
_PLACE_CLAUSE_LEAD = re.compile(rf"(?!其中|例如|比如|譬如|此外|另外)[{_HAN}]{{2,10}}[,，](?=[{_HAN}])")
# a place's paragraph runs a few sentences at most (a longer one is a report of its own)
_PLACE_PARAGRAPH = 3


# 在杭州,…；在合肥,…: a clause opening on the place it happens in
_IN_PLACE_CLAUSE = re.compile(rf"在([{_HAN}]{{2,10}}?)[,，]")
_MIN_PLACE_CLAUSE = 10


# the organ a scene's clause opens with, written by its kind alone (在泰州海陵区,法院组建…: the district's court)
_SCENE_ORGAN = re.compile(r"(?:人民法院|法院|人民检察院|检察院|检察机关|公安机关|公安局|司法局|综治中心|政法委)")
_MIN_SCENES = 2


def _scene_sentences(lines: tuple[_Line, ...], own: str | None) -> list[tuple[int, int, str, str]]:
    """A paragraph touring places sentence by sentence, each opened by its scene (在苏州相城区,综治中心整合…。
    在泰州海陵区,法院组建…): two or more places in one paragraph, none the report's own, each
    sentence its place's example (its organ's when the clause opens with one), to the next scene."""
    own_place = _agency_place(own) if own else None
    out = []
    for ln in lines:
        if ln.short or ln.s.count("在") < _MIN_SCENES:
            continue
        found = []
        for sent in _SENTENCE_START.finditer(ln.s):
            scene = _IN_PLACE_CLAUSE.match(ln.s, sent.end())
            place = canonical_place(scene[1]) or (find_places(scene[1], whole_name=True) or [None])[0] if scene else None
            if not place or (own_place and _same_place(scene[1], own_place)):
                continue
            organ = _SCENE_ORGAN.match(ln.s, scene.end())
            found.append((sent.end(), scene[1] + (organ[0] if organ else ""), scene.end()))
        if len({unit for _, unit, _ in found}) < _MIN_SCENES:
            continue
        for n, (a, unit, body) in enumerate(found):
            z = found[n + 1][0] if n + 1 < len(found) else len(ln.s.rstrip())
            if z - body >= _MIN_PLACE_CLAUSE:
                out.append((ln.start + a, ln.start + z, _first_sentence(ln.s[body:z])[:40], unit))
    return out


_EACH_PLACE_LEAD = re.compile(r"(?:各地|各市|各县区|各地区)[^，,；;。]{0,20}[，,]")
_PLACES_ORGANS = re.compile(rf"(?P<first>[{_HAN}]{{2,4}})(?:、[{_HAN}]{{2,4}})+等地(?:警方|公安机关|法院|检察机关|司法行政机关)")


def _place_clause_examples(text: str, lines: tuple[_Line, ...], own: str | None) -> list[tuple[int, int, str, str]]:
    """Practices run together in one paragraph split by ；, each clause with a place as its
    subject (江西省将…下沉到乡镇；湖北省在…设立…) or its scene (在杭州,…；在合肥,…): two or more
    places in one line, each clause its place's example, none the report's own place."""
    own_place = _agency_place(own) if own else None
    out = []
    for ln in lines:
        if "；" not in ln.s and ";" not in ln.s:
            continue
        cuts = [0] + [m.end() for m in re.finditer(r"[；;。]", ln.s)]
        found = []
        for n, c in enumerate(cuts):
            z = cuts[n + 1] if n + 1 < len(cuts) else len(ln.s)
            piece = ln.s[c:z].lstrip()
            lead = _EACH_PLACE_LEAD.match(piece)
            piece = piece[lead.end():] if lead else piece    # (各地同步创新…举措,甲县构建…: the lead is no clause's)
            at = z - len(piece)
            piece = piece.rstrip("；;。…， ")
            scene = _IN_PLACE_CLAUSE.match(piece)
            place = canonical_place(scene[1]) if scene else None
            forces = None if place else _PLACES_ORGANS.match(piece)
            if place:                       # (titled by what happens there, 在杭州 aside)
                written, title = place[0], piece[scene.end():]
            elif not _CLAUSE_NO_SUBJECT.match(piece) and (m := _SUBJECT.match(piece)) and canonical_place(m[1]):
                written, title = _subject(m), piece
            elif forces and canonical_place(forces["first"]):
                written, title = forces.group(0), piece     # (甲、乙等地警方成功拦截…: those places' organs together)
            else:
                continue
            if len(piece) >= _MIN_PLACE_CLAUSE:
                found.append((ln.start + at, ln.start + at + len(piece), _first_sentence(title)[:40], written))
        # (the report's own place among them tells the report's own practice)
        if len({_place_key(f[3]) for f in found}) >= 2:
            out += [f for f in found if not _same_place(_agency_place(f[3]), own_place)]
    return out


# A township of the report's own county acting in a clause of its own (甲街道社区信息平台实现…；
# 乙镇“智慧社区”平台设置4大板块…; 丙街道丁村将闲置农房改造为…,累计化解纠纷117件): the division
# dataset stops at counties, so the township is read by its level word and placed in the county.
_TOWNSHIP_OPENING = re.compile(
    rf"(?P<name>(?![全各该本每我这其])[{_HAN}]{{2,4}}?(?<![乡城村])(?:{TOWNSHIP_WORDS})"
    rf"(?:[{_HAN}]{{2,4}}?(?:村|社区)(?!民))?(?:{_alt(_M['township_unit'])})?)"
    rf"(?!的|、|和|与|及|等|村民|居民|群众|干部|一|某|位于|地处|是|有)"
    # (a verb of its work soon after, not 返乡创业 or 城乡一体: words that end in a level word)
    rf"(?=[^，,。；;]{{0,8}}?(?:{_SUBJECT_VERBS}|{_alt(_M['deed_verb'] + _M['result_verb'])}|试点|实现|设置))")
# (…after a run-in phrase of its own: 健全信息化建设,某街道…)
_TOWNSHIP_RUN_IN = re.compile(r"[^，,。；;]{2,12}[，,]")
_TOWNSHIP_LEVELS = ("county", "city")
_TOLD_TOWNSHIP = 40                         # (…or told at length, with no figure)


def _township_clauses(text: str, lines: tuple[_Line, ...], own: str | None) -> list[tuple[int, int, str, str]]:
    """A case per township of the report's own county (or city) whose clause tells its practice:
    opened by the township, with a result in figures or a named practice, or told at length; the agency is the
    township under the report's place (某县某街道, 某区某街道某村, 某区某街道调委会)."""
    place = canonical_place(_agency_place(own)) if own else None
    if not place or place[1] not in _TOWNSHIP_LEVELS:
        return []
    out, seen = [], set()
    for ln in lines:
        if ln.short:
            continue
        cuts = [0] + [m.end() for m in re.finditer(r"[；;。！？]", ln.s)]
        for n, c in enumerate(cuts):
            z = cuts[n + 1] if n + 1 < len(cuts) else len(ln.s)
            at = c + len(ln.s[c:z]) - len(ln.s[c:z].lstrip())
            lead = _EXAMPLE_LEAD.match(ln.s, at)
            m = _TOWNSHIP_OPENING.match(ln.s, lead.end() if lead else at)
            if not m:
                run_in = _TOWNSHIP_RUN_IN.match(ln.s, at)
                m = _TOWNSHIP_OPENING.match(ln.s, run_in.end()) if run_in else None
            if not m or m["name"] in seen or m["name"] in own:
                continue
            end = len(ln.s[:z].rstrip("；;。…，, "))
            if end - m.start() < _MIN_PLACE_CLAUSE or not (end - m.start() >= _TOLD_TOWNSHIP or
                    _DIGIT_RX.search(ln.s, m.end(), end) or _NAMED_PRACTICE.search(ln.s, m.end(), end)):
                continue
            seen.add(m["name"])
            out.append((ln.start + m.start(), ln.start + end, _first_sentence(ln.s[m.start():end])[:40],
                        _agency_place(own) + m["name"]))
    return out


# 会上,各市晒出成绩单:甲市探索建立…机制、乙市完善…模式、丙市…: a sentence listing places' practices by 、
_MIN_LISTED_PLACES = 3
_MIN_LISTED_PRACTICE = 6
_EACH_PLACES_ORGAN = re.compile(r"各(?:市|县|区|县区|县\(市、区\)|地)(司法局|公安局|人民法院|法院|人民检察院|检察院)")
_LISTED_LEAD_REACH = 200


def _listed_place_practices(text: str, lines: tuple[_Line, ...], own: str | None) -> list[tuple[int, int, str, str]]:
    """One case per item of a sentence listing three or more places' practices, each item opened
    by its place written with its level (甲市…、乙县…), none the report's own place."""
    own_place = _agency_place(own) if own else None
    out = []
    for ln in lines:
        if ln.s.count("、") < _MIN_LISTED_PLACES - 1:
            continue
        for sent in _SENTENCE_START.finditer(ln.s):
            a = sent.end()
            z = _sentence_end(ln.s, a)
            colon = max(ln.s.rfind("：", a, z), ln.s.rfind(":", a, z))
            starts = [i + 1 for i in range(colon if colon >= 0 else a, z) if ln.s[i] in "、：:"]
            items = []                      # (start, place or agency, how many characters it is written in)
            for i in [a] + starts:
                place = _short_place_lead(ln.s[i:z])
                if place and ln.s[i + place[1] - 1] in _LEVEL_ENDS:
                    organ = _placed_agency_opening(ln.s[i:z])
                    items.append((i, organ or place[0], len(organ) if organ else place[1]))
            items = [(i, name, n) for k, (i, name, n) in enumerate(items)
                     if (items[k + 1][0] - 1 if k + 1 < len(items) else z) - i - n >= _MIN_LISTED_PRACTICE]
            if len({name for _, name, _ in items}) < _MIN_LISTED_PLACES or any(
                    ln.s[i - 1] not in "、：:" for i, _, _ in items[1:]):
                continue
            # (各市司法局汇报…:甲市…、乙市…: each place's bureau the lead names)
            organ = _EACH_PLACES_ORGAN.search(text, max(0, ln.start - _LISTED_LEAD_REACH), ln.start + items[0][0])
            if organ:
                items = [(i, name + organ[1] if name == _short_place_lead(ln.s[i:z])[0] else name, n)
                         for i, name, n in items]
            for k, (i, name, n) in enumerate(items):
                end = items[k + 1][0] - 1 if k + 1 < len(items) else len(ln.s[:z].rstrip("。；;"))
                if not _same_place(_agency_place(name), own_place):
                    out.append((ln.start + i, ln.start + end, _first_sentence(ln.s[i:end])[:40], name))
    return out


# A sentence listing units' named methods: "总结推广甲镇乙村化解土地纠纷“某某”工作法、丙街道丁社区…工作法、
# 戊县公安局…解纷法", "涌现出以甲县的…工作法、乙街道的…工作法…为代表": one case per unit's method.
_METHOD_END = re.compile(rf"(?:{_alt(_M['method_noun'])})(?:为代表.*|等.*)?$")
_METHOD_TAIL = re.compile(r"(?:为代表|等).*$")
_METHOD_INTRO = re.compile(rf"(?:{_alt(_M['method_list_intro'])})$")
# (not 化解乡邻…, 推进乡村…: a verb is no part of a township's name, nor 乡 of 乡村)
_TOWN_AFTER_PLACE = re.compile(rf"(?:(?!的)[{_HAN}]){{1,5}}?(?:{TOWNSHIP_WORDS})(?![村邻级民])")
_VILLAGE_AFTER_TOWN = re.compile(rf"(?:(?!的)[{_HAN}]){{1,5}}?(?:村|社区)(?![级民务])")
_QUOTES_OPEN, _QUOTES_CLOSE = "“《(（", "”》)）"


def _listed_parts(s: str) -> list[tuple[int, str]]:
    """s split at its 、 outside quotes and brackets (“管、评、调”三位一体 is one part)."""
    parts, depth, at = [], 0, 0
    for i, c in enumerate(s):
        depth += (c in _QUOTES_OPEN) - (c in _QUOTES_CLOSE)
        if c == "、" and depth <= 0:
            parts.append((at, s[at:i]))
            at = i + 1
    parts.append((at, s[at:]))
    return parts


def _method_unit(item: str) -> str | None:
    """Whose method an item names: an agency with its place, or a place down to its township
    and village (甲区乙镇丙村)."""
    agency = _placed_agency_opening(item)
    if agency:
        return agency
    end = 0
    for p in find_places(item[:24]):
        if p.start != end:
            break
        end = p.end
    if not end:
        return None
    town = _TOWN_AFTER_PLACE.match(item, end)
    if town and not _HEADLINE_VERB.search(town.group(0)):
        village = _VILLAGE_AFTER_TOWN.match(item, town.end())
        end = (village if village and not _HEADLINE_VERB.search(village.group(0)) else town).end()
    return item[:end]


def _method_list_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    out = []
    for ln in lines:
        if ln.s.count("、") < 2 or not any(w in ln.s for w in _M["method_noun"]):
            continue
        for sent in _SENTENCE_RX.finditer(ln.s):
            parts = _listed_parts(sent.group(0))
            if len(parts) < 3:
                continue
            first_at, first = parts[0]
            # the first item starts at the first place right after the list's opening word
            opening = next((p.start for p in find_places(first) if _METHOD_INTRO.search(first, 0, p.start)), None)
            if opening is None:
                continue
            parts[0] = (first_at + opening, first[opening:])
            items = []
            for at, part in parts:
                part = part.rstrip(_SENT_END)
                unit = _method_unit(part) if _METHOD_END.search(part) else None
                method = _METHOD_TAIL.sub("", part[len(unit):]).lstrip("的") if unit else ""
                if unit and len(method) >= 3:
                    a = ln.start + sent.start() + at
                    items.append((a, a + len(part), method, unit))
            if len(items) >= 3 and len(items) * 3 >= len(parts) * 2 and len({i[3] for i in items}) == len(items):
                out += items
    return out


# One place's organs in turn: "市公安局部署开展…行动,破获刑事案件2793起。…晋中两级法院创建“1332”模式…。
# 全市检察机关今年开展…": a sentence opened by the place's court, procuratorate, police or justice
# bureau (as 市/区/县/全市 or the place's name, 两级 or not), after an optional connective or
# source (各相关单位负责人介绍,…).
# (a span of years a tally covers: 3年来, 近五年来)
_YEARS_SPAN = r"(?:(?:近)?[\d一二三四五六七八九十两]{1,2}|今|去|近|多|近几|近些)年(?:来|以来)"
_ORGAN_OPENING = re.compile(rf"(?:同时|此外|另外|与此同时|[{_HAN}]{{0,16}}(?:介绍|表示|指出|获悉)|\d{{4}}年(?:以来)?|{_YEARS_SPAN}|{_TIME_LEAD})?"
                            rf"[,，:：]?(?:记者从|据)?(?P<place>[{_HAN}]{{1,8}}?)(?:两级|三级)?"
                            rf"(?P<organ>{_ORGAN_WORDS})(?![{_HAN}]{{0,3}}(?:领导|负责人|党组|副?(?:院长|检察长|局长|书记)))")
_BARE_LEVELS = ("市", "区", "县")
_OWN_LEVELS = _BARE_LEVELS + WHOLE_PLACES
# (…and one its place is understood for, telling a tally: 审判机关共判决…, 检察机关已起诉…)
_TALLY_AFTER_ORGAN = re.compile(r"(?:依法)?(?:共|累计|已|先后)")
_BARE_ORGAN_OPENING = re.compile(rf"(?:同时|此外|另外|与此同时|{_YEARS_SPAN}|{_TIME_LEAD})?"
                                 rf"[,，]?(?P<organ>审判机关|检察机关|公安机关|司法行政机关|人民法院|法院|人民检察院|检察院)"
                                 rf"(?={_TALLY_AFTER_ORGAN.pattern})")
# a province's courts (浙江法院) or procuratorates together, named by the province alone: not one
# agency (常州市法院 is the city's court, 吴江法院 the county's)
_ORGANS_TOGETHER = re.compile(rf"(?:{'|'.join(map(re.escape, PROVINCES))})(?:两级|三级)?(?:{_ORGAN_WORDS}|公安|检察)")
_ABOVE_THE_SYSTEM = ("人大常委会", "人民代表大会常务委员会", "人民政府")
_MIN_ORGAN_RUN = 10
_TOLD_ORGAN_RUN = 60     # (…or told at length, with no figure: 某县检察院针对…发出诉前检察建议,督促…)
_PART_HEADING_MAX = 30
_SENTENCE_START = re.compile(rf"(?:^|(?<=[{_SENT_END}；;]))\s*")


# Units at a meeting or on a visit, each telling its experience or shown its work: one case per
# unit (three or more), the news's lead and close going to the first and last.
#   甲派出所所长某某、乙派出所所长某某、丙派出所所长某某讲述了…
#   丁区副区长、市公安局丁区分局局长某某,戊市副市长、市公安局局长某某,…分别介绍了…经验
#   左权、寿阳、太谷3个法院结合…作了交流发言
#   先后到市检察院某中心、乙县检察院某基地、丙区检察院某站进行实地调研
_TELLS = _alt(_M["tells_experience"])
_SPEAKER_ITEM = re.compile(rf"(?:据)?(?P<unit>[{_HAN}]{{2,24}}?(?:{ALL_SUFFIX_ALT}))(?:分管[{_HAN}]{{1,8}}?的)?{_OFFICIAL}"
                           rf"(?=[、，,；;和]|等|分别|先后|依次|深情|结合|围绕|用|就|{_TELLS})")
# (丁区副区长、市公安局局长…: the county's own bureau, named after the county's post)
_POST_PLACE = re.compile(rf"([{_HAN}]{{2,8}}?[市县区旗])副?[市县区旗]长、$")
_VISIT_VERB = _alt(_M["visit_verb"])
_VISIT_LEAD = re.compile(rf"(?:先后|分别|依次)(?:实地)?(?P<verb>到|来到|走进|深入|前往|赴|{_VISIT_VERB})了?")
_LIST_STOP = re.compile(r"等|[，,。；;：:]|进行|开展|实地")
# 甲、乙、丙等3县授予…称号, 我市甲市、乙县…等7个县级综治中心被评为…, 甲、乙…等6家单位作了交流发言,
# 左权、寿阳、太谷 3 个法院…作了交流发言 (a count without 等 names its organ)
# (甲、乙、丙、丁4个工作业绩突出的人民法庭: what they are may be told before their unit word)
# 甲司法局、乙鉴定所、丙律师事务所获评…: units written in full, honoured together
_HONOURED_UNITS = re.compile(rf"(?P<list>(?:[{_HAN}]{{4,24}}、){{2,}}[{_HAN}]{{4,24}}?)(?P<act>获评|被评为|荣获|入选|被授予)")
_ENDS_AS_UNIT = re.compile(f"(?:{_ITEM_AGENCY_END})$")
# (not people: 甲、乙、丙等3名同志获评…)
_TALLY_AFTER_LIST = re.compile(rf"(?P<tally>等)? ?(?P<n>{_TALLY_COUNT}) ?(?:个|家)?(?![名位人])"
                               rf"(?:(?:[{_HAN}]{{1,10}}?的)?(?P<organ>{_ORGAN_WORDS}|{STATION_WORDS}))?")
# (决定)授予甲、乙、丙3个法庭…称号: the honour given before the list
_GIVES_HONOUR_OPENING = re.compile(rf"[{_HAN}]{{0,4}}?(?:{_GIVES_HONOUR_WORDS})")
# 铜城、乌衣、小岗法庭获评…, 甲、乙、丙三家法庭入选…: sibling units sharing their unit word
# (twelve names at most: a bounded list keeps the scan linear on a long honour roll; the kinds of
# case a court's divisions are named by, 刑事、民事、行政审判庭, are no sibling units)
_CASE_KIND = re.compile("刑事|民事|行政|商事|家事|少年|执行|立案|环资|知产|审判|速裁")
# (甲、乙、丙和丁镇的同志…交流发言: the last name joined by 和/及, the unit word shared by all)
_SIBLINGS = re.compile(rf"(?<![{_HAN}、])((?:[{_HAN}]{{2,4}}、){{1,11}}[{_HAN}]{{2,4}}?(?:[和及][{_HAN}]{{2,4}}?)?)"
                       rf"(?:(?P<n>{_TALLY_COUNT})[个家])?(?P<organ>{STATION_WORDS}|{_ORGAN_WORDS}|(?:{TOWNSHIP_WORDS})(?![村邻级民]))")
_LAST_JOINED = re.compile("[、和及]")
_RUNNING_NAME = re.compile("|".join(RUNNING_WORDS))
_LISTED_ACT = re.compile(f"{_alt([*_M['award_verb'], *_M['gives_honour'], '评为'])}|{_TELLS}|{_VISIT_VERB}")
_FIRST_AGENCY = re.compile(rf"[{_HAN}]{{1,20}}?(?:{ALL_SUFFIX_ALT})")
_ITEM_SEPARATOR = re.compile("、|以及")
# a township, street, community or village visited is a unit of its own (新津区某社区)
_GRASS_ROOTS_END = re.compile(rf"(?:{TOWNSHIP_WORDS}|社区|村)$")


def _is_unit(name: str) -> bool:
    return _valid_agency(name) or is_known_place(name)


def _visited_unit(stop: str) -> str | None:
    """The unit a visit's stop names: 甲检察院某中心 is 甲检察院 (the unit, not its site); a stop
    with no agency word is one when it is a political-legal unit or a township, community or village."""
    first = _FIRST_AGENCY.match(stop)
    if first and _valid_agency(first.group(0)):
        return first.group(0)
    if _valid_agency(stop) and (agency_type_of(stop) != "other" or _GRASS_ROOTS_END.search(stop)):
        return stop
    return None


def _tallied_items(s: str, a: int, z: int, n: int) -> list[tuple[int, str]]:
    """The n units listed in s[a:z] before a tally (等n个): read back from the tally, the first
    of them cut out of the words leading the list (…状态的马龙, 我市庐山市); none unless n fit
    and most are units (one 市版权服务站 among them is listed all the same)."""
    parts, at = [], a
    for sep in _ITEM_SEPARATOR.finditer(s, a, z):
        parts.append((at, s[at:sep.start()]))
        at = sep.end()
    parts.append((at, s[at:z]))
    if len(parts) < n:
        return []
    items = parts[len(parts) - n:]
    at, first = items[0]
    lead = next((k for k in range(len(first) - 1) if _is_unit(first[k:])), None)
    if lead is None:
        return []
    items[0] = (at + lead, first[lead:])
    if any(not part or len(part) > 24 for _, part in items) or sum(map(_is_unit, (p for _, p in items))) * 3 < n * 2:
        return []
    return items


def _gathering_cases(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str | None]]:
    """One case per unit listed in one sentence as doing one thing: telling its experience at a
    meeting, being visited, or a tally's units (等N个, the count checked) honoured or reporting."""
    items: list[tuple[int, str, str, int]] = []     # (start in text, unit, title, end of its sentence)
    for ln in lines:
        s = ln.s
        if _EDITOR_NOTE.match(s):
            continue                        # (an editor's note lists the units whose texts follow)
        for sent in _SENTENCE_START.finditer(s):
            z = _sentence_end(s, sent.end())
            if z <= sent.end():
                continue
            found = []
            speakers = list(_SPEAKER_ITEM.finditer(s, sent.end(), z))
            tells = speakers and re.search(_TELLS, s[speakers[-1].end():z])
            if tells:
                for m in speakers:
                    unit = m["unit"]
                    if not _valid_agency(unit):
                        continue
                    place = _POST_PLACE.search(s, max(sent.end(), m.start() - 12), m.start())
                    if place and unit[:1] in "市县区旗" and len(unit) <= 5:     # (市公安局, not 市公安局某分局)
                        unit = place.group(1) + unit[1:]
                    found.append((m.start(), unit, s[speakers[-1].end():z]))
            for m in _VISIT_LEAD.finditer(s, sent.end(), z):
                stop = _LIST_STOP.search(s, m.end(), z)
                list_end = stop.start() if stop else z
                if "、" not in s[m.end():list_end] or not (
                        re.fullmatch(_VISIT_VERB, m["verb"]) or re.search(_VISIT_VERB, s[list_end:list_end + 16])):
                    continue
                at = m.end()
                for sep in [*_ITEM_SEPARATOR.finditer(s, m.end(), list_end), None]:
                    part = s[at:sep.start() if sep else list_end]
                    unit = _visited_unit(part)
                    if unit:
                        found.append((at, unit, part))
                    at = sep.end() if sep else at
            for m in _SIBLINGS.finditer(s, sent.end(), z):
                act = _LISTED_ACT.search(s, m.end(), z)
                names = _LAST_JOINED.split(m.group(1)) if "、" in m.group(1) else []
                if names and (glued := list(_RUNNING_NAME.finditer(names[0]))):
                    names[0] = names[0][glued[-1].end():]   # 来自城关、新城…街道: 城关街道
                if names[0][:2] in SELF_PLACES:
                    names[0] = names[0][2:]         # 我市南岗、北湖…法庭: 南岗法庭
                # (not a tally's list, 甲院、乙院、丙等5家法院: names with their own unit word)
                if act and len(names) >= 3 and (not m["n"] or _count(m["n"]) == len(names)) and not any(
                        len(n) < 2 or n.endswith("等") or agency_type_of(n) != "other" or _CASE_KIND.search(n)
                        for n in names):
                    at = m.start()
                    for name in names:
                        found.append((at, name + m["organ"], s[act.start():z]))
                        at += len(name) + 1
            for m in _TALLY_AFTER_LIST.finditer(s, sent.end(), z):
                n = _count(m["n"])
                a = max(s.rfind(c, sent.end(), m.start()) for c in "，,；;：:") + 1
                given = _GIVES_HONOUR_OPENING.match(s, max(a, sent.end()))
                act = (m["tally"] or m["organ"]) and (_LISTED_ACT.search(s, m.end(), z) or given)
                if n < 3 or not act:
                    continue
                for at, unit in _tallied_items(s, given.end() if given else max(a, sent.end()), m.start(), n):
                    if m["organ"] and is_known_place(unit):
                        unit += m["organ"]      # 石景山、门头沟等5家法院: 石景山法院
                    # (titled by what they did: after the organ word, else from the act on)
                    found.append((at, unit, s[m.end() if m["organ"] else act.start():z]))
            # (three or more in the one sentence: a story's single speaker or visit splits nothing)
            if len({unit for _, unit, _ in found}) >= 3:
                items += [(ln.start + a, unit, title.strip("，,。；; ")[:40], ln.start + z) for a, unit, title in found]
    seen, kept = set(), []
    for item in sorted(items):
        if item[1] not in seen:
            seen.add(item[1])
            kept.append(item)
    if len(kept) < 3:
        return []
    sections = _sections_told(text, lines, [unit for _, unit, _, _ in kept], kept[-1][3])
    if sections:
        return sections
    told = _sentences_told(text, lines, [unit for _, unit, _, _ in kept], kept[-1][3])
    if len(told) >= 2:
        return _cover_report(text, lines, told)
    # (each runs to the next: no sentence between two of them is left outside a case)
    spans = [(a, kept[n + 1][0] if n + 1 < len(kept) else end, title, unit)
             for n, (a, unit, title, end) in enumerate(kept)]
    return _cover_report(text, lines, spans)


_SAID_LEAD = re.compile(rf"{_REPORTED}[,，]")


def _honoured_units_told(text: str, lines: tuple[_Line, ...]) -> list[tuple[int, int, str, str]]:
    """Units written in full and honoured together (甲司法局、乙鉴定所、丙律师事务所获评…) whose work
    the sentences after tell, each opened by its unit (乙鉴定所2016年以来共办理…): one case per such
    sentence, two or more (an honour roll telling nothing more is the award list's)."""
    units, after = [], 0
    for m in _HONOURED_UNITS.finditer(text):
        names = m["list"].split("、")
        if all(_valid_agency(n) and _ENDS_AS_UNIT.search(n) for n in names):
            units += names
            after = _sentence_end(text, m.end())
    told = _sentences_told(text, lines, units, after) if units else []
    return _cover_report(text, lines, told) if len(told) >= 2 else []


def _sentences_told(text: str, lines: tuple[_Line, ...], units: list[str], after: int) -> list[tuple]:
    """A tally's units (上海市高院、一中院、浦东法院…等4家法院的入选案例) whose practices the sentences
    after it tell, each opened by its unit (上海高院制定…。一中院构建…): one case per such sentence,
    running to the next or to its paragraph's end; a unit only named is no case."""
    # (a unit is written with or without its place's level: 上海市高院 / 上海高院)
    written = {v: u for u in units for v in (u, u.replace("市", "", 1) if PLACE_RE.match(u) else u) if len(v) >= 3}
    starts = []
    for ln in lines:
        if ln.end <= after:
            continue
        for sent in _SENTENCE_START.finditer(ln.s):
            a = ln.start + sent.end()
            said = _SAID_LEAD.match(text, a)   # (据介绍,甲中心累计办理…)
            a = said.end() if said else a
            unit = next((u for v, u in written.items() if a >= after and text.startswith(v, a)), None)
            if unit:
                starts.append((a, ln.end, unit))
    out = []
    for n, (a, line_end, unit) in enumerate(starts):
        z = min(line_end, starts[n + 1][0]) if n + 1 < len(starts) else line_end
        out.append((a, len(text[:z].rstrip()), _first_sentence(text[a:z])[:40], unit))
    return out


def _sections_told(text: str, lines: tuple[_Line, ...], units: list[str], after: int) -> list[tuple]:
    """A digest's sentence naming its speakers (天津、河北…等7个省级检察院的检察长分别作交流发言),
    then each speech under its own heading, opened by its unit (近年来,天津检察机关…): the
    speeches are the cases, each its unit's, and the sentence only names who spoke."""
    # (a speech opens with its unit's place written short or in full: 天津检察机关 for 天津市)
    places = [_place_key((PLACE_RE.match(u) or re.match(r".{2,3}", u)).group(0)) for u in units]
    opens = []
    for k, ln in enumerate(lines):
        if ln.start < after or (ln.short and ln.s[-1:] not in _SENT_END):
            continue
        for clause in re.split(r"[,，]", ln.s)[:3]:
            if _SCENE_CLAUSE.match(clause) and not any(clause.startswith(p) for p in places):
                continue
            place = next((p for p in places if clause.startswith(p)), None)
            if place and any(units[places.index(place)] == u for _, u, _ in opens):
                break                       # (a speech's later paragraph opening with its unit again)
            if place:
                head = k - 1 if k and lines[k - 1].short and not any(c in lines[k - 1].s for c in _SENT_END) \
                    and lines[k - 1].start >= after else k
                opens.append((head, units[places.index(place)], _placed_agency_opening(clause) or units[places.index(place)]))
            break
    # (two speeches or more; or the first speaker's, the page cut after it)
    if not opens or (len(opens) == 1 and opens[0][1] != units[0]):
        return []
    opens = [(k, agency) for k, _, agency in opens]
    out = []
    for n, (k, agency) in enumerate(opens):
        z = lines[opens[n + 1][0]].start if n + 1 < len(opens) else _content_end(text, lines, lines[k].start)
        out.append((lines[k].start, z, _first_sentence(lines[k].s)[:40], agency))
    return _cover_report(text, lines, out)


def _organs_in_turn(text: str, lines: tuple[_Line, ...], own: str | None) -> list[tuple[int, int, str, str]]:
    """The practices of one place's organs told in turn, in a report of its committee or of its
    organs together: the first run of sentences each organ opens and tells a result in, one
    case per organ (two or more organs)."""
    own_type = agency_type_of(own) if own else None
    own_place = _agency_place(own) if own else ""
    # (a report by a body above the system, a congress's committee or a government, tells of its
    # place's organs as a committee's does)
    above = own_type == "other" and own.endswith(_ABOVE_THE_SYSTEM) if own else False
    # one agency's report (a centre's) is no digest of organs, but for its place's organs' tallies
    # told in turn (县公安局…。3年来,县检察机关共起诉…;审判机关共判决…)
    tallies_only = bool(own) and not (above or own.endswith(("机关", "政法系统", "政法委", "政法委员会", "部门"))
                                      or PLACE_RE.fullmatch(own) or _ORGANS_TOGETHER.fullmatch(own))
    # (…its place known, or written by its level alone as its county's own report does: 县公安局…。县法院共受理…)
    if tallies_only and not (own_place and (is_known_place(own_place) or own_place in _BARE_LEVELS)):
        return []
    hits = []                               # (start, end of line, type, name as written)
    for ln in lines:
        if ln.short and not any(c in ln.s for c in _SENT_END):
            continue                        # (a heading ends no run: its paragraph does)
        lead = _NEWS_LEAD.match(ln.s)       # (本报讯 / 某某报-某某在线12月1日讯 before the first sentence)
        for st in _SENTENCE_START.finditer(ln.s):
            at = lead.end() if st.end() == 0 and lead else st.end()
            m = _ORGAN_OPENING.match(ln.s, at)
            place = m["place"] if m else ""
            bare = None if m else _BARE_ORGAN_OPENING.match(ln.s, at)
            if bare and own_place and is_known_place(own_place):
                # (审判机关共判决…: an organ the report's place is understood for, in a tally)
                name = own_place + bare["organ"]
                hits.append((ln.start + bare.start("organ"), ln.end, agency_type_of(name), name))
                continue
            if not m or not (place in _OWN_LEVELS or is_known_place(place)
                             or place.endswith(WHOLE_PLACES) and is_known_place(place[:-2])):   # 漳州全市法院
                continue
            if tallies_only and not (_same_place(place, own_place) and _TALLY_AFTER_ORGAN.match(ln.s, m.end())):
                continue
            if ln.s[_sentence_end(ln.s, m.end()) - 1:][:1] in "？?":
                continue                    # 全市法院做了哪些工作?: the interviewer's question
            name = ln.s[m.start("place"):m.end()]
            if place.endswith(WHOLE_PLACES) and len(place) > 2:
                name = place[:-2] + place[-1] + name[len(place):]     # 漳州全市法院: 漳州市法院
            hits.append((ln.start + _run_in_title_before(ln.s, at, m.start("place")), ln.end, agency_type_of(name), name))
    # an organ's first run in each numbered part of the report: the parts are practice areas
    # (（一）高位统筹…市法院… / （二）创新机制…市法院…), each its own practice
    parts = [ln.start for ln in lines if _NUMBERED.match(ln.s)]
    runs: dict[tuple[str, int], tuple[int, int, str, str]] = {}
    for n, (a, line_end, kind, name) in enumerate(hits):
        z = min(line_end, hits[n + 1][0]) if n + 1 < len(hits) else line_end
        part = bisect.bisect_right(parts, a)
        # (a practice of its own: a sentence's worth, with a result or a named practice)
        # (全市检察机关 leading the report: the procuratorate's run is the report's own)
        if kind in _ORGAN_TYPES and (kind, part) not in runs and kind != own_type and z - a >= _MIN_ORGAN_RUN and (
                _DIGIT_RX.search(text, a, z) or _NAMED_PRACTICE.search(text, a, z) or z - a >= _TOLD_ORGAN_RUN):
            # (the part's heading runs in before its first organ: （二）优化服务,激发活力。市检察院…)
            if part and 0 < a - parts[part - 1] <= _PART_HEADING_MAX and not any(
                    parts[part - 1] <= h[0] < a for h in hits):
                a = parts[part - 1]
            runs[kind, part] = (a, len(text[:z].rstrip()), _first_sentence(text[a:z])[:40], name)
    return sorted(runs.values()) if len({kind for kind, _ in runs}) >= 2 else []


def _run_in_title_before(s: str, sentence_at: int, organ_at: int) -> int:
    """Where an organ's practice starts: at the short run-in title ending the sentence before its
    own (“分调裁审”机制改革取得新成效。今年以来,某市法院…), else where the organ is named."""
    cut = max(s.rfind(c, 0, sentence_at - 1) for c in _SENT_END + "；;") + 1
    title = s[cut:sentence_at].strip()
    if (sentence_at > 0 and s[sentence_at - 1] in _SENT_END and _RUN_IN_TITLE_LEN[0] <= len(title) <= _RUN_IN_TITLE_LEN[1]
            and not any(c in title for c in "，,、:：了的") and not any(ch.isdigit() for ch in title)
            and not _STRICT_AGENCY.search(title)):   # (not 会议还听取了某院的工作报告。: a sentence of the story)
        return s.index(title, cut)
    return organ_at


_RUN_IN_TITLE_LEN = (5, 20)


# (the honouring verb in the agency's own sentence: 最高人民法院日前印发决定,授予…; 司法部决定授予…)
_GIVES_HONOUR_AFTER = re.compile(rf"[^。；;！？]{{0,20}}?(?:{_GIVES_HONOUR_WORDS})")


def _issues_honour(opening: str, agency: str) -> bool:
    """The agency is the one that honoured, not one honoured."""
    at = opening.find(agency)
    return at >= 0 and _GIVES_HONOUR_AFTER.match(opening, at + len(agency)) is not None


# ---------------------------------------------------------------- summary

_FRAGMENT_START = re.compile(r"^[的了和与及、，,。；;之而并]")
_SUMMARY_NUM = re.compile(r"^\s*(?:[一二三四五六七八九十]+、|\d+[、.．])")


def summarise_case(text: str, start: int, end: int) -> str:
    """First meaningful sentence(s) of the case body, <= 120 characters, heading not repeated."""
    # a scanned page may open an article with the tail of a broken paragraph: prefer a
    # substantial paragraph that does not start mid-sentence (lines are read only up to it)
    first = chosen = None
    for ln in _iter_lines(text[start:end]):
        if not ln.short or any(c in ln.s for c in _SENT_END):
            first = first or ln
            if not _FRAGMENT_START.match(ln.s) and len(ln.s) >= 40:
                chosen = ln
                break
    chosen = chosen or first
    if chosen is None:
        return ""
    body = _EDITOR_NOTE.sub("", chosen.s)
    body = _SUMMARY_NUM.sub("", body)
    sents = [s for s in _SENTENCE_RX.findall(body) if s.strip()]
    out = ""
    for s in sents:
        if out and len(out) + len(s) > 120:
            break
        out += s.strip()
        if len(out) >= 40:
            break
    if len(out) > 120:
        cut = max(out.rfind("，", 0, 119), out.rfind(",", 0, 119))
        out = (out[:cut] if cut > 40 else out[:119]) + "…"
    return out
