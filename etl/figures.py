"""Case text -> quantitative results (Figure records).

A figure is a number with a unit read as a result: 化解纠纷20570件, 成功率达99.42%,
同比下降14.92%, 涉案标的14.3亿元, 排名全省第三, 案-件比1:1.104.  Values are
scaled to base units (1.4万余件 -> 14000 件, qualifier 余); changes are signed.
A range is one figure, its lower bound with qualifier 超 (as 以上), its offsets over both
numbers: 2至3名 -> 2 名 超, 3—5个工作日 -> 3 工作日 超 (由5%至8% is two levels, not a range).
A result a lead restates from the body (same value, unit, label, kind and qualifier in an
earlier paragraph of the case) is kept once, from the body.
A streak is a count too: 连续5年位居全省第一 -> 5 年 (kind count, label 位居全省第一), beside
the rank 第一 it continued.
Dates, article numbers, names built from numerals (“两个维护”, 十九届四中全会,
“5+6”工作法) and hotline numbers are not figures.

The vocabulary (units, qualifiers, change verbs, cue and name words, label trimming)
is in etl/vocab/units.csv and etl/vocab/figure_words.csv; this module holds only the
grammar.
"""
from __future__ import annotations

import bisect
import csv
import re
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

import numpy as np

from etl.keywords import finditer_at
from etl.numbers import ARABIC, ARABIC_TAIL, CHINESE, MAGNITUDES, is_arabic, parse_numeral, round6, scaled_value
from etl.places import is_known_place
from etl.records import Figure

_VOCAB = Path(__file__).with_name("vocab")


def _read_csv(name: str) -> list[dict[str, str]]:
    with open(_VOCAB / name, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_UNITS = {row["surface"]: row for row in _read_csv("units.csv")}
_WORDS: dict[str, dict[str, str]] = defaultdict(dict)
for _row in _read_csv("figure_words.csv"):
    _WORDS[_row["role"]][_row["word"]] = _row["value"]


def _unit_pattern(units: dict[str, dict[str, str]]) -> str:
    """Any unit surface, the longest that fits first, each behind its not_followed_by guard.

    A character trie after a look-ahead on the first character: a flat alternation made `re`
    try every surface after every number.  A greedy tail tries the longer surface first and
    falls back to the shorter one when the longer is absent or its guard fails, exactly as
    the longest-first alternation did."""
    trie: dict = {}
    for surface, row in units.items():
        node = trie
        for ch in surface:
            node = node.setdefault(ch, {})
        node[""] = row["not_followed_by"]

    def branch(node: dict) -> str:
        alts = [re.escape(ch) + branch(sub) for ch, sub in sorted(node.items()) if ch]
        body = "" if not alts else alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        if "" not in node:
            return body
        guard = f"(?!{node['']})" if node[""] else ""
        if not body:
            return guard
        return f"(?:{body}|{guard})" if guard else f"(?:{body})?"

    return f"(?=[{re.escape(''.join(sorted(trie)))}])" + branch(trie)


_UNIT_PATTERN = _unit_pattern(_UNITS)
# units whose name begins with a magnitude's character (千克, 千米): 84.82千克 is 84.82 of them,
# not 84.82 thousand 克
_MAGNITUDE_NAMED_UNITS = _alternation(s for s, row in _UNITS.items() if s[:1] in "万亿千" and float(row["scale"]) == 1)

# number, qualifier 余/多 before or after the magnitude (一个多亿元: with 个 too; 两个多小时 is read
# whole, then dropped as a duration in Chinese numerals), magnitude, unit, trailing qualifier.
# (17大项101小项: a size word may stand between a number and 项/类)
# A magnitude or a unit is required: a bare number is a list marker, a code or a date part.
_QUANTITY_TAIL = (
    rf"(?: ?(?P<q1>余|多|个多(?=万|亿|小时|月)))? ?"
    rf"(?:(?!{_MAGNITUDE_NAMED_UNITS})(?P<mag>万亿|亿|万|千)(?P<q2>余|多)? ?(?P<unit>{_UNIT_PATTERN})?|(?:[大小](?=[项类]))?(?P<bare_unit>{_UNIT_PATTERN}))"
    rf"(?P<post>{_alternation(_WORDS['qualifier_after'])})?")
# Each pattern starts with a character class so the regex engine can skip ahead to the
# next digit instead of trying every position (the main cost on long texts).
_ARABIC_FIGURE_RX = re.compile(rf"(?P<num>\d(?:{ARABIC_TAIL})){_QUANTITY_TAIL}")
_CHINESE_FIGURE_RX = re.compile(rf"(?P<num>{CHINESE}){_QUANTITY_TAIL}")
# 近千件, 逾百人, 上万人: a bare 百/千/万 after an approximating word is a round number.
_ROUND_NUMBERS = {"百": 100.0, "千": 1000.0, "万": 10000.0}
_ROUND_APPROX = "近逾超上"
_ROUND_DIGITS = "".join(_ROUND_NUMBERS)
_ROUND_FIGURE_RX = re.compile(rf"[{_ROUND_APPROX}](?P<num>[百千万]){_QUANTITY_TAIL}")
# 解答法律咨询万余人次, 千余名干警, 百多名: a bare 百, 千 or 万 with 余/多 is a round number too
# (the class first, the look-behind after it: re then skips ahead to the next 百/千/万)
_ROUND_WITH_YU_RX = re.compile(rf"(?P<num>[{_ROUND_DIGITS}])(?<![\d一二两三四五六七八九十百千万亿几数近逾超上][百千万])(?=[余多]){_QUANTITY_TAIL}")
# 半小时, 半个月: half of a span (上半年, 多半, 一个半小时 are not read)
_HALF_FIGURE_RX = re.compile(rf"(?P<num>半)(?<![上下前后多大个过一]半)(?=个?(?:小时|天|工作日|月)){_QUANTITY_TAIL}")
# 三分之一, 百分之九十, 千分之三
_FRACTION_RX = re.compile(
    rf"(?P<den>百|千|{ARABIC}|{CHINESE})分之(?P<num>{ARABIC}|[零〇一二两三四五六七八九十百点]+)")
# 案-件比1:1.104
_RATIO_RX = re.compile(r"(?P<a>\d[\d.]*) ?[:：] ?(?P<b>\d[\d.]*)")
# What a _RATIO_RX match holds around its colon.
_RATIO_AROUND_RX = re.compile(r"[\d.] ?[:：] ?\d")
# (the patterns that start with a character set of rare characters are run where those are:
# etl.keywords.finditer_at, 2-5x faster than `re` looking for them)
# 排名第一, 全省第25名
# 第二批试点, 第三届, 第5次, 第33个“宣传日”: ordinals of batches, sessions and editions, not ranks;
# 第一方阵, 第一梯队: a tier, not a place in a ranking
_RANK_FIRSTS = "第首"
_RANK_RX = re.compile(rf"第(?P<num>\d+|[一二三四五六七八九十]+)(?![\d一二三四五六七八九十批届次期轮季个]|方阵|梯队|方队)(?P<unit>名|位)?"
                      rf"|(?P<first>首)(?P<first_unit>位)")       # 居全省首位: first
# 全省前三(位): a place among the top N; 前5个月, 前三季度 are periods
_TOP_RANK_RX = re.compile(rf"前(?P<num>\d+|[一二两三四五六七八九十]+)(?![\d个季年月天日周批届次轮期])(?P<unit>名|位)?")
# the peers ranked, each (各) and with their kinds in brackets as written: 各县(市、区), 各市（州）
_PEER = rf"各?(?:{_alternation(_WORDS['rank_peer'])})(?:[(（][^()（）\n]{{1,8}}[)）])?"
_SCOPE = f"(?:{_alternation(_WORDS['rank_scope'])})(?:{_PEER})?"
_CUE_THEN_SCOPE = rf"(?:{_alternation(_WORDS['rank_cue'])})(?:{_SCOPE})?"
_RANK_BEFORE_RX = re.compile(rf"(?:{_CUE_THEN_SCOPE}|{_SCOPE})$")
# 居龙岩市第一: a place named as the scope right after the cue (a place the division dataset
# knows: not 居民区第一党支部, 安排社区第一书记)
_CUE_THEN_PLACE_RX = re.compile(rf"(?:{_alternation(_WORDS['rank_cue'])})(?P<place>[\u4e00-\u9fff]{{1,5}}[省市州县区])"
                                rf"(?:{_PEER})?$")
# 在全省排名, 位居全国: words around a rank that name no measure
_RANK_WON_RX = re.compile(rf"(?:{_alternation(_WORDS['rank_won'])})$")
_SCOPE_IN_RX = re.compile(_SCOPE)
_PLACE_LEVEL_ENDS = "省市区县州国"
_HAN_NOT_OF_RX = re.compile(r"[\u4e00-\u9fff](?<!的)")
_RANK_LABEL_TAIL_RX = re.compile(rf"(?:{_CUE_THEN_SCOPE}|{_SCOPE}|在)+$")
_RANK_IN_CLAUSE_RX = re.compile(_alternation(_WORDS["rank_clause_cue"]))
_RATIO_CUE_RX = re.compile(_alternation(_WORDS["ratio_cue"]))

_QUALIFIER_BEFORE_RX = re.compile(f"(?:{_alternation(_WORDS['qualifier_before'])})$")
_CHANGE_FILLERS = ("了", "达到", "达", "约", "近", "超过", "超", "逾", "分别", " ")
# (缩短为22.19天 is the level reached; 增幅为15.3% is still the change)
_CHANGE_RX = re.compile(
    rf"(?P<verb>{_alternation(list(_WORDS['change_up']) + list(_WORDS['change_down']))})(?:幅度)?"
    rf"(?:{'|'.join(_CHANGE_FILLERS)}|(?<=幅|度)为)*$")     # (下降幅度达53%: the change is the verb's)
# `re` tries a pattern anchored at the end at every position of the string; these can only
# match a string whose last character ends one of their words (or a newline, for `$`).
_QUALIFIER_BEFORE_LAST = frozenset(w[-1] for w in _WORDS["qualifier_before"]) | {"\n"}
_CHANGE_LAST = frozenset(w[-1] for w in [*_WORDS["change_up"], *_WORDS["change_down"], *_CHANGE_FILLERS]) | {"\n", "为"}
# 案件比同比下降0.04: a change of a unitless measure, the verb right before the number
_BARE_CHANGE_RX = re.compile(
    rf"(?P<verb>{_alternation(list(_WORDS['change_up']) + list(_WORDS['change_down']))})(?:了|分别)?"
    rf"(?P<num>\d+(?:\.\d+)?)(?=[,，。；;）)\n]|$)")
# (the word may follow a pair: 14.8%和11.3%的双降)
_CHANGE_AFTER_RX = re.compile(rf"(?:[和、与及][\d.]+%)?的?(?P<word>{_alternation(_WORDS['change_after'])})")
_CHANGE_AFTER_FIRST = frozenset("的和、与及" + "".join(w[0] for w in _WORDS["change_after"]))
# 1/3的案件: a fraction written with a slash (not a date 2023/5/6)
# (not a page's timestamp: 2025 11/23 16:06)
_SLASH_FRACTION_RX = re.compile(r"(?<![\d/.])(?<!(?:19|20)\d\d )(?P<num>\d{1,2})/(?P<den>\d{1,2})(?![\d/.]| ?[日号月]| \d{1,2}:\d\d)")
_DURATION_CUE_RX = re.compile(f"(?:{_alternation(_WORDS['duration_cue'])})[^，,。；;]{{0,2}}$")
# (用 of 采用, 运用, 使用 is no measure of time)
_DURATION_CUE_END_RX = re.compile(f"(?:{_alternation(_WORDS['duration_cue'])})(?<![采运使应利适作费信享]用)$")
# a change verb, then the two to four characters of what it changes, right before a percentage
# (not a level reached: 提高到, 降低至, 下降率为)
_CHANGE_OBJECT_RX = re.compile(
    rf"(?P<verb>{_alternation(list(_WORDS['change_up']) + list(_WORDS['change_down']))})"
    rf"(?:(?![为至到的是了率比后前达])[\u4e00-\u9fff]){{2,4}}$")
# a page's own counters (浏览:464次, 阅读次数:11686, 点击量：2万): page furniture, no result
_PAGE_COUNTER_RX = re.compile(r"(?:浏览|阅读|点击|访问)(?:次数|量|数)?\s*[:：]\s*$")
# 排名提升14位, 位次前移3位: 位 counts places in a ranking
_PLACING_BEFORE_RX = re.compile(r"(?:排名|位次|名次|排位)[\u4e00-\u9fff]{0,4}$")
# what makes N日 a span of days, not a day of the month
_DAYS_AFTER = ("内", "以内", "之内", "为周期", "为一个周期", "为一周期")
_ENUMERATION_GAP = {"、", "和", "及", "与", "或"}
# 比前五年分别上升78.9%和3.5倍: one verb over a list that mixes these units
_CHANGE_UNITS = {"%", "倍", "百分点"}
_CHANGE_VERBS = set(_WORDS["change_up"]) | set(_WORDS["change_down"])
_RESPECTIVELY_RX = re.compile(_alternation(_WORDS["respectively"]))
_LIST_IN_LABEL_RX = re.compile("[和、及与]")

# The lower bound of a range before its upper bound's number: 2至, 10%-, 1.5万—, 两到
_RANGE_LINKS = frozenset("至到-—–~～－ ")
_RANGE_LOW_RX = re.compile(
    rf"(?<![\d.,/:：\-—–~～－零〇一二两三四五六七八九十百千万])(?P<low>{ARABIC}|{CHINESE})(?P<mag>万亿|亿|万|千)?"
    r"(?P<pct>%|％)? ?(?:至|到|-|—|–|~|～|－) ?$")
# 连续5年位居全省第一, 连续三次获评: a streak (连续3年以上, 连续两年来 are periods)
_STREAK_RX = re.compile(r"连续(?P<num>\d{1,3}|[两二三四五六七八九十]+)(?P<unit>年|次|届|个月)(?![以来度内前后底初末中])")
_STREAK_UNITS = {"年": "年", "次": "次", "届": "届", "个月": "月"}
_STREAK_AFTER_RX = re.compile(r"[^，,。；;：:！？!?\n（(\d]{1,40}")
# a result this short (全市第一, 零发案) is joined to the subject before the streak
_STREAK_SUBJECT_JOIN = 4
# (?<!\d)(?:19|20), written with the look-behind after the first digit: a pattern that starts
# with a literal lets `re` skip ahead to the next 1 or 2 instead of trying every position
_YEAR_RX = re.compile(r"((?:1(?<!\d1)9|2(?<!\d2)0)\d{2}) ?年")
# 从2017年7月至今年6月: the first year of a range (至今 = "up to now" keeps its year)
_RANGE_AFTER_RX = re.compile(r"(?:\d{1,2}月(?:份)?(?:\d{1,2}日)?)? ?(?:至|到|-|—|–|~|－)(?!今(?!年))")
_RANGE_BEFORE_RX = re.compile(r"\d{4} ?年?(?:\d{1,2}月(?:\d{1,2}日)?)? ?(?:至|到|-|—|–|~|－)+ ?$")
_COMPARISON_BASE_RX = re.compile(f"(?:{_alternation(_WORDS['comparison_base'])}) ?$")
# Time phrases are context, not what is counted: drop them from labels.
_TIME_PHRASE_RX = re.compile(
    r"(?:(?:连续|近)(?:\d+|[一二两三四五六七八九十]+)年(?:来|以来)?|(?:(?:19|20)\d{2} ?年?(?:至|到|-|—|–) ?)?(?:19|20)\d{2} ?年(?:\d{1,2}月(?:份)?)?(?:\d{1,2}日)?|(?:\d{1,2} ?[-—–~至到] ?)?\d{1,2}月(?:份)?(?:\d{1,2}日)?|(?:第|今年)?[一二三四1-4]季度末?|今年|去年|当年|历年|全年|上半年|下半年|同期)"
    r"(?:以来|至今|底|末|初|前|度|上半年|下半年|全年)?(?:的)?")
# List bullets and an opening bracket whose content is cut off start no label (●批捕, (含旧存)
_LABEL_PREFIX_CHARS = "、，,：:）)」』的 ●•·▪■◆◇○★☆※(（"
_LABEL_PREFIX_RX = re.compile(f"^(?:{_alternation(_WORDS['label_prefix'])}|[{_LABEL_PREFIX_CHARS}])+")
_LABEL_PREFIX_FIRST = frozenset(w[0] for w in _WORDS["label_prefix"]) | frozenset(_LABEL_PREFIX_CHARS)
# 比前五年, 较之(2023年同期), 相较于上年(同期)的增幅: the base of a comparison names nothing
_COMPARISON_TAIL_RX = re.compile(
    r"(?:(?:同比|环比|相较于|相比于|较之|与|比|较)(?:上年|去年|上一?年度?|前[一二三四五六七八九十\d]+年)(?:相比)?"
    r"|相较于|相比于|较之)的?(?:增幅|增速|降幅|涨幅)?$")
# Where a long label can be cut when no word list helps: after a function word, and
# only then after a conjunction (which splits 民事抗诉和再审检察建议 in two)
_LABEL_BOUNDARY_RXS = (re.compile("以及|各类|各项|各种|各级|[的在对向将把从并、，等]"), re.compile("[和与及或]"))
_QUOTE_END_RX = re.compile("[”》」]")
def _suffix_pattern(word: str, not_after: str) -> str:
    # 电子送达8210件: 达 after 送 is part of a word, not "reached"
    return (f"(?<![{re.escape(not_after)}])" if not_after else "") + re.escape(word)


_LABEL_SUFFIX_WORDS = {**{w: "" for w in list(_WORDS["change_up"]) + list(_WORDS["change_down"])},
                       **_WORDS["label_suffix"]}
_LABEL_SUFFIX_PUNCT = "、，,：:（( "
_LABEL_SUFFIX_RX = re.compile("(?:" + "|".join(
    _suffix_pattern(word, not_after) for word, not_after in sorted(
        _LABEL_SUFFIX_WORDS.items(), key=lambda kv: len(kv[0]), reverse=True))
    + f"|[{_LABEL_SUFFIX_PUNCT}])+$")
# A pattern anchored at the end is tried at every position by `re`; it can only match a
# label whose last character ends one of its words (or a trailing newline, for `$`).
_LABEL_SUFFIX_LAST = frozenset(w[-1] for w in _LABEL_SUFFIX_WORDS) | frozenset(_LABEL_SUFFIX_PUNCT + "\n")
# Every time phrase holds a digit, 年, 季 or 同.
_TIME_PHRASE_HINT_RX = re.compile(r"[\d年季同]")
_EMPTY_LABELS = set(_WORDS["label_empty"])
_COMPARISON_LAST = frozenset("年度比较之于幅速")
_SHARE_WORDS = set(_WORDS["share_word"])
_IMPLIED_UNIT_RX = re.compile(_alternation(_WORDS["implied_unit"]))
_LABEL_CUT_RX = re.compile(_alternation(_WORDS["label_prefix"]))
_LABEL_BREAK_AFTER_RX = re.compile(_alternation(_WORDS["label_break_after"]))
_LABEL_START_RX = re.compile(_alternation(_WORDS["label_start"]))
_LABEL_START_END_RX = re.compile(f"(?:{_alternation(_WORDS['label_start'])})$")
_LABEL_START_LAST = frozenset(w[-1] for w in _WORDS["label_start"])
_LABEL_AFTER_RX = re.compile(r'的?([^，,。；;、：:！？!?（）()的和与及等…—\s\d"]{1,16})')
_MAX_LABEL_AFTER = 12
_OBJECT_MARKERS = tuple(_WORDS["object_marker"])
_DISPOSAL_MARKERS = tuple(_WORDS["disposal_marker"])
_EXAMPLES_RX = re.compile(r"等[^、，,]{0,3}$")
_LABEL_STOP_RX = re.compile(_alternation(_WORDS["label_stop"]))
_MAX_LABEL = 12
# A label with no word boundary to cut at may run this long: a mid-word cut (政机关…) is worse.
_MAX_UNCUT_LABEL = 16
# 学报2022年2期: the year an issue number follows
_YEAR_BEFORE_RX = re.compile(r"(?:19|20)\d\d年(?:第)?$")
# 多元, 多方, 多部门: a 多 right after a count's unit that starts a word is no qualifier (after a
# duration it is: 3年多的时间)
_MORE_STARTS_WORD_RX = re.compile("多(?=[\u4e00-\u9fff])")
# Hard-wrapped text leaves a space inside a word (办理司 法鉴定); Chinese puts none between words.
_WRAP_SPACE_RX = re.compile(r"(?<=[^\x00-\x7f]) +(?=[^\x00-\x7f])")
# 从历年办案数量看: a topic frame names what the figures after it count
_TOPIC_FRAME_RX = re.compile(r"^从(.{2,})(?:来)?看$")
# 与去年同期48.8%上升了…, 1.08%相比下降…: words after a number that are a verb or a comparison name nothing
_NOT_A_NOUN_AFTER_RX = re.compile(
    f"(?:{_alternation([*_WORDS['change_up'], *_WORDS['change_down'], *_WORDS['comparison_base'], '至'])})")

_SENTENCE_ENDS = "。！？；\n!?;"
_CLAUSE_ENDS = _SENTENCE_ENDS + "，,：:"
_ASCII_LETTERS = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ")
# P2P, “5+6”, 1.2.3, 第十条: a number glued to these is a code, a name or an article number.
# (每10万人拥有…: a per-capita base, not a count)
_NOT_BEFORE_NUMBER = _ASCII_LETTERS | set("+.第每")
_RANGE_DASHES = set("-~—–－")
_CODES = set(_WORDS["code"])
_VAGUE_BEFORE = tuple(_WORDS["vague_before"])
_KIN_BEFORE = tuple(_WORDS["kin_before"])
_CATEGORY_AFTER = tuple(_WORDS["category_after"])
# 连续3年以上, 近20年以上: still a period, not a measured duration
_PERIOD_BEFORE = ("连续", "近")
_BARE_LIST_RX = re.compile(r"(?<![\d.])(?:\d+(?:\.\d+)?、)+$")
_BARE_NUMBER_RX = re.compile(r"\d+(?:\.\d+)?")
# 唯一一个, 一二三: adjacent digits without a place value are not one Chinese numeral.
_ADJACENT_CN_DIGITS_RX = re.compile("[一二两三四五六七八九][一二两三四五六七八九]")
_NAME_SUFFIXES = tuple(_WORDS["name_suffix"])
# (two words at most between: 五项保障机制, not 五个乡镇推行清单制)
_PACKAGE_RX = re.compile(rf"[项条个][\u4e00-\u9fff]{{0,2}}?(?:{_alternation(_WORDS['package_noun'])})")
# Measure words: what they count usually follows the number (开通57个镇(街道)).
_NOUN_FOLLOWS = {row["unit"] for row in _UNITS.values() if row["noun_follows"] == "yes"}


def extract_figures(text: str, start: int, end: int) -> list[Figure]:
    """Every quantitative result in text[start:end]; offsets index the full `text`."""
    found: list[tuple[int, int, dict]] = []
    for matches in (_ARABIC_FIGURE_RX.finditer(text, start, end), _CHINESE_FIGURE_RX.finditer(text, start, end),
                    finditer_at(_ROUND_FIGURE_RX, _ROUND_APPROX, text, start, end),
                    finditer_at(_ROUND_WITH_YU_RX, _ROUND_DIGITS, text, start, end),
                    _HALF_FIGURE_RX.finditer(text, start, end)):
        for m in matches:
            fig = _read_quantity(text, m, start)
            if fig:
                if m.start("num") > start and text[m.start("num") - 1] == "、":   # (rare: spare the call)
                    found.extend(_unit_sharing_list(text, m, fig, start))
                found.append((fig.pop("start"), fig.pop("end"), fig))
    for m in _BARE_CHANGE_RX.finditer(text, start, end):
        fig = _read_bare_change(text, m, start)
        if fig:
            found.append((m.start("num"), m.end("num"), fig))
    for matches in (finditer_at(_RANK_RX, _RANK_FIRSTS, text, start, end), _TOP_RANK_RX.finditer(text, start, end)):
        for m in matches:
            fig = _read_rank(text, m, start)
            if fig:
                found.append((m.start(), m.end(), fig))
    # Ratios and fractions are rare: look for their infix (1:1.104, 三分之一) before the grammar.
    for infix, rx, reader in ((":", _RATIO_RX, _read_ratio), ("：", _RATIO_RX, _read_ratio),
                              ("分之", _FRACTION_RX, _read_fraction), ("/", _SLASH_FRACTION_RX, _read_fraction)):
        i = text.find(infix, start, end)
        while i >= 0:
            # a colon in prose (领导：…) has no number on both sides: skip the regex for it
            near = rx is not _RATIO_RX or _RATIO_AROUND_RX.search(text, max(0, i - 2), i + 3)
            m = near and next((m for m in rx.finditer(text, max(start, i - 8), min(end, i + 12))
                               if m.start() < i < m.end()), None)
            fig = reader(text, m, start) if m else None
            if fig:
                found.append((m.start(), m.end(), fig))
            i = text.find(infix, i + len(infix), end)
    found.sort(key=lambda f: (f[0], -f[1]))
    streaks = list(_STREAK_RX.finditer(text, start, end)) if text.find("连续", start, end) >= 0 else []
    if not found and not streaks:
        return []
    sentence_ends, clause_ends = _document_ends(text)
    sentences = _Boundaries(sentence_ends, start, end)
    clauses = _Boundaries(clause_ends, start, end)

    figures: list[Figure] = []
    prev: Figure | None = None
    last_end = start
    respectively_from: int | None = None
    split_from: int | None = None           # first figure of a 分别 list whose label names k things
    split_before = ""                       # the words before it, split only once a list follows
    for fig_start, fig_end, fig in found:
        if fig_start < last_end:            # overlaps a figure already read (rank 第18名 vs 18名)
            continue
        last_end = fig_end
        sent_start, sent_end = sentences.around(fig_start, fig_end)
        clause_start = clauses.start_of(fig_start)
        same_clause = prev is not None and prev.char_end > clause_start
        label_from = prev.char_end if same_clause else clause_start
        before = text[label_from:fig["prefix_end"]]
        gap_end = fig["prefix_end"] if fig["prefix_end"] > label_from else fig_start
        gap = text[prev.char_end:gap_end].strip() if same_clause else None

        value, kind = fig["value"], fig["kind"]
        if fig.get("sign"):
            value, kind = value * fig["sign"], "change"
        elif same_clause and prev.kind == "change" and gap in _ENUMERATION_GAP and (
                prev.unit == fig["unit"] or {prev.unit, fig["unit"]} <= _CHANGE_UNITS):
            # 分别下降31.5%、22.5%: the verb covers the whole enumeration.
            value, kind = abs(value) * (1 if prev.value >= 0 else -1), "change"

        own_label = _label(before)
        prev_in_sentence = prev if prev is not None and prev.char_end > sent_start else None
        label = _choose_label(own_label, before, fig["unit"], _label_after(text, fig["rest_start"], end),
                              prev if same_clause else None, prev_in_sentence)
        if not label and clause_start > sent_start:
            # 上诉率、申诉率明显趋优,同比分别下降…: what changed is named in the clause before
            label = _label(text[clauses.start_of(clause_start - 1):clause_start - 1])

        unit = fig["unit"]
        if not unit:                        # 解决了50余万群众出行难题: 万 without a unit
            implied = _IMPLIED_UNIT_RX.search(label)
            if implied:
                unit = _WORDS["implied_unit"][implied[0]]
                kind = "money" if unit == "元" else kind
        prev = Figure(
            value=value, unit=unit, label=label, kind=kind, qualifier=fig.get("qualifier"),
            period=_period(text, sent_start, fig_start), sentence=text[sent_start:sent_end].strip(),
            char_start=fig_start, char_end=fig_end)
        figures.append(prev)
        # 调解纠纷15.3万件,同比分别增长280%、59%: a 分别 clause that names nothing itself
        starts_respectively = not own_label and _RESPECTIVELY_RX.search(text, clause_start, fig["prefix_end"])
        continues_list = same_clause and (gap in _ENUMERATION_GAP or (
            gap[:1] in _ENUMERATION_GAP and gap[1:] in _CHANGE_VERBS))   # 分别下降38.6%、上升2.8%
        if respectively_from is not None and not continues_list:
            _pair_respectively(figures, respectively_from, len(figures) - 1)
            respectively_from = None
        if respectively_from is None and starts_respectively:
            respectively_from = len(figures) - 1
        if split_from is not None and not continues_list:
            _split_label(figures, split_from, len(figures) - 1, split_before)
            split_from = None
        # 电诈警情、损失数同比下降24.8%、39.1%: with or without 分别, k names before k listed values
        if split_from is None and own_label and not same_clause and _LIST_IN_LABEL_RX.search(before):
            split_from, split_before = len(figures) - 1, before
    if respectively_from is not None:
        _pair_respectively(figures, respectively_from, len(figures))
    if split_from is not None:
        _split_label(figures, split_from, len(figures), split_before)
    if streaks:
        figures = _with_streaks(figures, streaks, text, start, sentences)
    return _without_repeats(figures, text)


def _without_repeats(figures: list[Figure], text: str) -> list[Figure]:
    """A lead (or headline) restating a result of the body gives it once: the same value, unit,
    label, kind and qualifier in an earlier paragraph is the body's figure told twice.  Within
    one paragraph equal figures are separate facts (两个法庭调解率均为91%)."""
    told_again: set[int] = set()
    later: dict[tuple, int] = {}            # figure key -> start of its latest occurrence
    for i in range(len(figures) - 1, -1, -1):
        fig = figures[i]
        key = (fig.value, fig.unit, fig.label, fig.kind, fig.qualifier)
        seen = later.get(key) if fig.label else None
        if seen is not None and text.find("\n", fig.char_end, seen) >= 0:
            told_again.add(i)
        later[key] = fig.char_start
    # …unless the figure tied to it is new (其他案件29件,占比1.84% in the cases received, 29件,
    # 占比1.80% in those closed): then it is its own fact that happens to be equal
    return [fig for i, fig in enumerate(figures) if i not in told_again or (
        i + 1 < len(figures) and i + 1 not in told_again and figures[i + 1].sentence == fig.sentence
        and figures[i + 1].char_start - fig.char_end <= _TIED_FIGURE_GAP)]


_TIED_FIGURE_GAP = 6                        # (29件,占比1.84%: the share of the count just read)


def _with_streaks(figures: list[Figure], streaks: list[re.Match], text: str, lo: int,
                  sentences: "_Boundaries") -> list[Figure]:
    """连续5年位居全省第一, 连续三次获评: a streak is a count of years (times) with what
    continued as its label; it replaces a figure read inside it (3次 of 连续3次)."""
    added = []
    for m in streaks:
        value = parse_numeral(m["num"])
        if value is None or not 2 <= value <= 100:
            continue
        label = _streak_label(text, m, lo)
        if not label:
            continue
        sent_start, sent_end = sentences.around(m.start(), m.end())
        added.append(Figure(
            value=value, unit=_STREAK_UNITS[m["unit"]], label=label, kind="count", qualifier=None,
            period=_period(text, sent_start, m.start()), sentence=text[sent_start:sent_end].strip(),
            char_start=m.start(), char_end=m.end()))
    if not added:
        return figures
    inside = set()
    starts = [f.char_start for f in figures]
    for s in added:
        inside.update(range(bisect.bisect_left(starts, s.char_start), bisect.bisect_left(starts, s.char_end)))
    kept = [f for i, f in enumerate(figures) if i not in inside]
    return sorted(kept + added, key=lambda f: f.char_start)


def _streak_label(text: str, m: re.Match, lo: int) -> str:
    """What continued: the words after 连续N年 in the clause; a short result (全市第一, 下降)
    takes the clause's subject before it (考评连续四年全市第一 -> 考评全市第一)."""
    after = _STREAK_AFTER_RX.match(text, m.end())
    # not _label: its trimming drops the verbs (下降, 保持) that say what continued
    continued = _WRAP_SPACE_RX.sub("", after[0]).strip() if after else ""
    quoted = continued.rfind("“")
    if len(continued) > _MAX_UNCUT_LABEL and continued.endswith("”") and quoted > 2:
        continued = continued[:2] + continued[quoted:]   # 实现…纠纷“零新增”: the verb and the quoted result
    if len(continued) > _MAX_UNCUT_LABEL or (after and text[after.end():after.end() + 1].isdigit()):
        continued = _label(continued)       # 连续三年实现化解率达100%: up to the number
    if len(continued) > _STREAK_SUBJECT_JOIN:
        return continued
    before = text[max(lo, m.start() - 20):m.start()]
    subject = _label(before[max(before.rfind(c) for c in _CLAUSE_ENDS) + 1:])
    if not subject:                         # 连续三年上升: nothing named, nothing to count
        return continued if continued and continued not in _CHANGE_VERBS and len(continued) > 2 else ""
    if len(subject + continued) <= _MAX_UNCUT_LABEL:
        return subject + continued
    return subject if continued in _CHANGE_VERBS else continued


def _shared_head(parts: list[str]) -> list[str]:
    """刑事、“两抢一盗”案件 / 民事、行政案件: the head noun of the last name is the first names' too."""
    last = parts[-1] if len(parts) >= 2 else ""
    if last.startswith("“") and "”" in last:
        head = last[last.rfind("”") + 1:]
    elif len(last) == 4 and all(len(p) == 2 for p in parts[:-1]):
        head = last[2:]
    else:
        return parts
    if len(head) < 2:
        return parts
    return [p if p.endswith(head) or p is last else p + head for p in parts]


def _split_label(figures: list[Figure], first: int, stop: int, before: str) -> None:
    """结案率和息诉率分别提高到99.4%和83.1%: the k figures take the k names in turn."""
    if stop - first < 2:
        return
    parts = _shared_head([p for p in (_label(part) for part in _LIST_IN_LABEL_RX.split(_full_label(before))) if p])
    if stop - first == len(parts):
        for i, part in zip(range(first, stop), parts):
            figures[i] = replace(figures[i], label=part)


def _choose_label(own: str, before: str, unit: str, after: str,
                  prev_in_clause: Figure | None, prev_in_sentence: Figure | None) -> str:
    """What is counted: the words before the number, or after it for measure words, or the
    label of the figure this one continues."""
    if prev_in_clause and prev_in_clause.unit in _NOUN_FOLLOWS and before.rstrip()[-1:] in _ENUMERATION_GAP:
        return after                        # 416名检察官、1800余名志愿者: the words between belong to 416名
    if own.startswith(_DISPOSAL_MARKERS) and before.rstrip().endswith(("由", "从")):
        own = own[1:]                       # 将审批时限由5个工作日压缩至1个: the levels of what 将 names
    label = own
    if after and (_EXAMPLES_RX.search(own) or own.endswith(_OBJECT_MARKERS) or own.startswith(_DISPOSAL_MARKERS)
                  or (unit in _NOUN_FOLLOWS and "、" in before)):
        label = after                       # 出入境等9个警种, 将28项工作纳入, 立案服务、审判管理6个团队
    elif after and unit in _NOUN_FOLLOWS and own[-1:] in _LABEL_START_LAST and _LABEL_START_END_RX.search(own):
        label = after                       # 发挥4000余个全科网格: the verb's object follows the number
    elif after and (len(own) <= 1 or (len(own) <= 2 and unit in _NOUN_FOLLOWS | {""})):
        label = (own + after)[:_MAX_LABEL]  # 帮助100余名失足少年, 解决了50余万群众
    if label[:1] in _CHANGE_AFTER_FIRST and _CHANGE_AFTER_RX.match(label):
        label = ""                          # 17.35%的增幅: the change of what is named before
    if prev_in_sentence and not label:
        return prev_in_sentence.label       # 从29km/h提升至47.5km/h; 办理案件63件186人
    if prev_in_sentence and label in _SHARE_WORDS:
        return (prev_in_sentence.label + "占比")[-_MAX_LABEL:]   # 资源保护14175件,占71.97%
    return label


def _pair_respectively(figures: list[Figure], first: int, stop: int) -> None:
    """同比分别增长280%、59%: the k values take the labels of the k figures before them."""
    k = stop - first
    if k < 2 or first < k:
        return
    sources = figures[first - k:first]
    if any(s.sentence != figures[first].sentence for s in sources):
        return
    for i, source in zip(range(first, stop), sources):
        figures[i] = replace(figures[i], label=source.label)


# ---------------------------------------------------------------- readers

def _read_quantity(text: str, m: re.Match, lo: int) -> dict | None:
    numeral, unit, bare_unit, mag, post = m.group("num", "unit", "bare_unit", "mag", "post")
    unit_surface = unit or bare_unit
    if not unit_surface and not mag:
        return None                         # a bare number: list marker, code, part of a date
    unit_row = _UNITS.get(unit_surface) if unit_surface else None
    arabic = is_arabic(numeral)
    # 一个多亿元: one and more (elsewhere a lone 一 is an article: 一个平台)
    lone_one = numeral == "一" and m["q1"] != "个多"
    rest_start = m.end()
    if post == "多" and (not unit_row or unit_row["kind"] != "duration") and _MORE_STARTS_WORD_RX.match(text, m.start("post")):
        post, rest_start = None, m.start("post")   # 三个多元解纷中心: 多 is the next word's
    # 近百处, 逾千户, 万余顶: a bare 百/千/万 made round is a quantity whatever its measure word
    round_number = numeral in _ROUND_NUMBERS and bool(unit_row) and (
        bool(m["q1"] or m["q2"]) or (m.start("num") > lo and text[m.start("num") - 1] in "近逾超上"))
    half = numeral == "半"                 # (_HALF_FIGURE_RX admits it only before a span)
    # 为期一周, 历时三个月: a span in Chinese numerals right after a word that measures time
    cued_span = not arabic and bool(unit_row) and unit_row["kind"] == "duration" and bool(
        _DURATION_CUE_END_RX.search(text, max(lo, m.start("num") - 4), m.start("num"))) \
        and text[m.end():m.end() + 1] != "一"       # 采用一日一报: a rhythm, not a span
    worded = round_number or half or cued_span   # a Chinese numeral read whatever the unit's row says
    if not arabic and not worded and (lone_one or not unit_row or unit_row["with_chinese_numeral"] != "yes"):
        return None                         # (checked again below; most Chinese numerals stop here)
    unit_end = m.end("unit") if unit else m.end("bare_unit") if bare_unit else m.end("mag")
    n0, num_end = m.span("num")
    before_char = text[n0 - 1] if n0 > lo else ""
    after = text[num_end:num_end + 1]
    if before_char in _NOT_BEFORE_NUMBER or after == "+":
        return None                         # P2P, “5+6”, 第十条, 每10万人
    if before_char in ":：" and n0 - 2 >= lo and text[n0 - 2].isdigit():
        return None                         # 23:55分: the minutes of a clock time
    if arabic and after in _ASCII_LETTERS and not (unit_surface and unit_surface[0].isascii()):
        return None                         # 5G, 3D
    if numeral in _CODES and not unit_row:
        return None                         # 拨打110, 12345热线; but 破获案件120起 counts
    low = _RANGE_LOW_RX.search(text, max(lo, n0 - 12), n0) if before_char in _RANGE_LINKS else None
    if low and (is_arabic(low["low"]) != arabic or text.endswith(("由", "从"), lo, low.start())):
        low = None                          # 由5%至8%: two levels, not a range
    if not arabic and unit_end < len(text) and text[unit_end] in "“\"‘":
        return None                         # 三个“一体”, 两个“维护”: a slogan's count, not a result
    unit_kind = unit_row["kind"] if unit_row else "count"
    if numeral in _ROUND_NUMBERS:          # 近千件, 近千万元
        value = _ROUND_NUMBERS[numeral] * (MAGNITUDES[mag] if mag else 1)
    elif half:
        value = 0.5
    else:
        value = scaled_value(numeral, mag)
    if value is None:
        return None
    if arabic and value.is_integer() and 1900 <= value <= 2100 and (not unit_row or unit_row["unit"] == "年"):
        return None                         # a year
    prefix = text[max(lo, n0 - 12):n0]
    if unit_row and unit_row["unit"] == "年" and not (
            _DURATION_CUE_RX.search(prefix) or text.startswith("时间", unit_end)
            or (m["post"] == "以上" and not prefix.endswith(_PERIOD_BEFORE))
            or (arabic and m["q1"] in ("余", "多") and not prefix.endswith(_PERIOD_BEFORE)
                and not _inside_quotes(text, n0, lo))):
        return None                         # 近五年来, 连续2年: a period, not a measured duration (20多年的纠纷 is one)
    if unit_surface == "日" and (text[n0 - 1:n0] == "月" or not (
            _DURATION_CUE_RX.search(prefix) or text.startswith(_DAYS_AFTER, unit_end))):
        return None                         # 18日揭晓, 3月5日: a date (but 30日内, 3日为周期)
    if unit_row and unit_row["unit"] == "月" and prefix.endswith("前") and not _DURATION_CUE_RX.search(prefix):
        return None                         # 前5个月: the period a figure covers (but 提前5个月)
    if unit_row and unit_row["unit"] == "期" and _YEAR_BEFORE_RX.search(prefix):
        return None                         # 学报2022年2期: a journal's issue, not a count
    if unit_row and unit_row["unit"] == "分" and prefix.endswith("时"):
        return None                         # 00时00分: a clock time, not a score
    if unit_row and unit_row["unit"] == "人" and prefix.endswith(_KIN_BEFORE):
        return None                         # 夫妻二人, 兄弟2人: the parties of a story
    if _PAGE_COUNTER_RX.search(prefix):
        return None                         # 浏览:464次, 阅读次数:11686: the page's counter, no result
    if unit_kind == "duration" and text.startswith(_CATEGORY_AFTER, rest_start):
        return None                         # 超12个月未结案件: a duration that names a kind of case
    if arabic and (_inside_quotes(text, n0, lo, _BOOK_TITLE_QUOTES)
                   or (before_char == "“" and text.startswith("”", unit_end))):
        return None                         # 《…20条措施》, “10条”: a name made of a number
    if not arabic:
        if (not worded and (lone_one or not unit_row or unit_row["with_chinese_numeral"] != "yes")) \
                or _ADJACENT_CN_DIGITS_RX.search(numeral) or prefix.endswith(_VAGUE_BEFORE):
            return None
        if (_inside_quotes(text, n0, lo) or text.startswith(_NAME_SUFFIXES, num_end)
                or _PACKAGE_RX.match(text, num_end)):
            return None                     # “两个维护”, 十九届, 四项重点, 五项保障机制
    if unit_row:
        value *= float(unit_row["scale"])
    qualifier = None
    prefix_end = n0
    if low:                                 # 2至3名, 3—5个工作日, 10%-15%: the lower bound, 超
        low_value = scaled_value(low["low"], low["mag"] or (mag if not low["pct"] else None))
        if low_value is None:
            return None
        low_value *= float(unit_row["scale"]) if unit_row and not low["mag"] else 1
        if not low_value < value:
            return None                     # 12-3: a code, not a range
        value, prefix_end, n0 = low_value, low.start(), low.start()
        prefix = text[max(lo, n0 - 12):n0]
    q = _QUALIFIER_BEFORE_RX.search(prefix) if prefix[-1:] in _QUALIFIER_BEFORE_LAST else None
    if q:
        qualifier = _WORDS["qualifier_before"][q[0]] or None
        prefix_end = n0 - len(q[0])
    if m["q1"] or m["q2"]:
        qualifier = "余"
    if post:
        qualifier = _WORDS["qualifier_after"][post]
    if low:
        qualifier = "超"
    if numeral in _ROUND_NUMBERS and prefix.endswith("上"):
        qualifier, prefix_end = "超", n0 - 1   # 上万人: ten thousand and more
    unit = unit_row["unit"] if unit_row else ""
    if unit_surface == "位" and _PLACING_BEFORE_RX.search(prefix):
        unit, unit_kind = "名次", "rank"    # 排名提升14位: places in a ranking, not people
    fig = {"value": round6(value), "unit": unit,
           "kind": unit_kind, "qualifier": qualifier,
           "start": n0,                     # where the figure's own text starts (a range: its lower bound)
           "prefix_end": prefix_end,        # where the words before the figure stop
           "end": unit_end,                 # end of number + unit: the figure's own text
           "rest_start": rest_start}        # where the words after it start (past 以上/左右)
    sign = _change_sign(text, lo, prefix_end)
    if not sign and prefix_end > lo and text[prefix_end - 1] in "-－−":
        # 同比增长-4.21%: a minus after the verb turns the change round
        sign = -_change_sign(text, lo, prefix_end - 1)
        fig["prefix_end"] = prefix_end - 1 if sign else prefix_end
    if not sign and fig["unit"] == "%" and prefix_end - lo >= 3 and "\u4e00" <= text[prefix_end - 1] <= "\u9fff":
        # 压减时限76%, 提高审判效率30%: the verb, then what it changes, then by how much
        verb = _CHANGE_OBJECT_RX.search(text, max(lo, prefix_end - 8), prefix_end)
        sign = (-1 if verb["verb"] in _WORDS["change_down"] else 1) if verb and verb["verb"] != "少" else 0
    if not sign and text[rest_start:rest_start + 1] in _CHANGE_AFTER_FIRST and fig["unit"] in ("%", "百分点"):
        after_word = _CHANGE_AFTER_RX.match(text, rest_start)
        sign = int(_WORDS["change_after"][after_word["word"]]) if after_word else 0
        if sign and after_word["word"].startswith("双") and not after_word[0].startswith(tuple("和、与及")) \
                and not text[max(0, m.start() - 2):m.start()].endswith(("%和", "%、", "%与", "%及")):
            sign = 0                        # 结案率95%和满意度98%的双升: two levels that rose, not two changes
    if sign and unit_kind != "money":
        fig["sign"] = sign
    return fig


def _read_bare_change(text: str, m: re.Match, lo: int) -> dict | None:
    """同比下降0.04: a change without a unit (a ratio or an index); only with the verb
    right before the number and the clause ending right after it."""
    n0 = m.start("num")
    value = float(m["num"])
    if value.is_integer() and 1900 <= value <= 2100:
        return None
    sign = _change_sign(text, lo, n0)
    if not sign:
        return None
    return {"value": round6(value), "unit": "", "kind": "change", "qualifier": None,
            "prefix_end": m.start("verb"), "rest_start": m.end("num"), "sign": sign}


def _unit_sharing_list(text: str, m: re.Match, head: dict, lo: int) -> list[tuple[int, int, dict]]:
    """分别下降0.72、0.06、7.39个百分点: bare numbers listed before a figure share its unit.

    Only after 分别, where a list of values is certain; `head` (the figure with the unit)
    takes the list's change verb too.
    """
    n0 = m.start("num")
    if n0 <= lo or text[n0 - 1] != "、":
        return []
    chain = _BARE_LIST_RX.search(text, max(lo, n0 - 40), n0)
    if not chain or not _RESPECTIVELY_RX.search(text, max(lo, chain.start() - 8), chain.start()):
        return []
    head_numeral = parse_numeral(m["num"])
    if not head_numeral or not is_arabic(m["num"]):
        return []
    factor = head["value"] / head_numeral
    head["prefix_end"] = chain.start()
    sign = _change_sign(text, lo, chain.start())
    if sign and head["kind"] != "money":
        head["sign"] = sign
    listed = []
    for n in _BARE_NUMBER_RX.finditer(text, chain.start(), chain.end()):
        fig = {**head, "value": round6(float(n[0]) * factor), "qualifier": None, "rest_start": n.end()}
        fig.pop("end", None)
        listed.append((n.start(), n.end(), fig))
    return listed


_RANK_YEARS = ("去年", "今年", "上年", "当年")


def _read_rank(text: str, m: re.Match, lo: int) -> dict | None:
    before = text[max(lo, m.start() - 14):m.start()]
    clause = before[max(before.rfind(c) for c in _CLAUSE_ENDS) + 1:]
    placed_scope = _CUE_THEN_PLACE_RX.search(clause)
    if placed_scope and not is_known_place(placed_scope["place"]):
        placed_scope = None
    if not (_RANK_BEFORE_RX.search(clause) or _RANK_IN_CLAUSE_RX.search(clause) or placed_scope):
        # 获得第五名, 全国法院第一名: a placing won, its 名 written (not 第一名被告人)
        # (…or 位 right after a place's level: 保持云南省第8位; not 第三位代表)
        # (or after the year it held: 从去年第8位升至今年第3位)
        after_place = (clause[-1:] != "" and clause[-1] in _PLACE_LEVEL_ENDS   # (an empty clause: "" is in any string)
                       or clause.endswith(_RANK_YEARS))
        placed = (m["unit"] == "名" or m["unit"] == "位" and after_place) and not _HAN_NOT_OF_RX.match(text, m.end())
        if not (placed and (_RANK_WON_RX.search(clause) or _SCOPE_IN_RX.search(clause) or after_place)):
            return None                     # 第十条, 第一届, 第一议题
    if m.groupdict().get("first") and _HAN_NOT_OF_RX.match(text, m.end()):
        return None                         # 全省首位女性法官: the first of a kind, no placing
    value = 1.0 if m.groupdict().get("first") else parse_numeral(m["num"])
    if value is None:
        return None
    cue = placed_scope or _RANK_LABEL_TAIL_RX.search(clause)
    return {"value": value, "unit": "名次", "kind": "rank", "rest_start": m.end(),
            "prefix_end": m.start() - (len(cue[0]) if cue else 0)}   # 考评在全省排名第一: the label is 考评


def _read_ratio(text: str, m: re.Match, lo: int) -> dict | None:
    if not _RATIO_CUE_RX.search(text, max(lo, m.start() - 8), m.start()):
        return None                         # a clock time 10:30, a score
    a, b = parse_numeral(m["a"]), parse_numeral(m["b"])
    if not a or b is None:
        return None
    return {"value": round(b / a, 6), "unit": "比", "kind": "ratio",
            "prefix_end": m.start(), "rest_start": m.end()}


def _read_fraction(text: str, m: re.Match, lo: int) -> dict | None:
    den_raw, num = m["den"], parse_numeral(m["num"])
    if num is None:
        return None
    if "/" in m[0] and not 0 < num < parse_numeral(den_raw):
        return None                         # 1/3 is a share; 5/2 is not
    q = _QUALIFIER_BEFORE_RX.search(text, max(lo, m.start() - 3), m.start())
    qualifier = (_WORDS["qualifier_before"][q[0]] or None) if q else None
    if den_raw == "百":
        value, unit = num, "%"
    elif den_raw == "千":
        value, unit = num, "‰"
    else:
        den = parse_numeral(den_raw)
        if not den:
            return None
        value, unit = round(100 * num / den, 2), "%"
    prefix_end = q.start() if q else m.start()
    fig = {"value": value, "unit": unit, "kind": "rate", "qualifier": qualifier,
           "prefix_end": prefix_end, "rest_start": m.end()}
    sign = _change_sign(text, lo, prefix_end)
    if sign:                                # 办案周期缩短三分之一
        fig["sign"] = sign
    return fig


# ---------------------------------------------------------------- context

def _change_sign(text: str, lo: int, prefix_end: int) -> int:
    """+1 / -1 when a change verb ends the ten characters before prefix_end, else 0."""
    if prefix_end <= lo or text[prefix_end - 1] not in _CHANGE_LAST:
        return 0                            # (most numbers: no slice, no regex)
    c = _CHANGE_RX.search(text[max(lo, prefix_end - 10):prefix_end])
    if not c:
        return 0
    verb = c["verb"]
    if verb in _WORDS["change_down"]:
        if verb == "少":                    # 比全省平均值少13.57天; otherwise 少 is not a verb here
            window = text[max(lo, prefix_end - 20):prefix_end]
            if "比" not in window[max(window.rfind(c) for c in _CLAUSE_ENDS) + 1:]:
                return 0
        return -1
    return 1


_QUOTES = (("“", "”", 12), ("《", "》", 40), ("「", "」", 12), ('"', '"', 12))
_BOOK_TITLE_QUOTES = _QUOTES[1:2]


def _inside_quotes(text: str, pos: int, lo: int, quotes=_QUOTES) -> bool:
    for open_q, close_q, reach in quotes:
        start = max(lo, pos - reach)        # (searched in place: a slice per number adds up)
        i = text.rfind(open_q, start, pos)
        if i >= 0 and text.rfind(close_q, start, pos) <= i and text.find(close_q, pos, pos + reach) >= 0:
            if open_q != close_q or text.count('"', start, pos) % 2 == 1:
                return True
    return False


# Per character: 2 ends a sentence (and so a clause), 1 ends a clause only.  A look-up table
# over the Basic Multilingual Plane; U+FFFF (not a character, 0) stands in for every code
# point above it.
_END_KIND = np.zeros(0x10000, dtype=np.uint8)
_END_KIND[[ord(c) for c in _CLAUSE_ENDS]] = 1
_END_KIND[[ord(c) for c in _SENTENCE_ENDS]] = 2


def _ends(text: str) -> tuple[list[int], list[int]]:
    """(sentence ends, clause ends) in text: one table look-up over the code points in numpy,
    twice as fast as collecting a character-class regex's matches (and clause ends include
    the sentence ends, so those are picked from them)."""
    code_points = np.minimum(np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32), 0xFFFF)
    kinds = _END_KIND[code_points]
    clause_ends = np.flatnonzero(kinds)
    return clause_ends[kinds[clause_ends] == 2].tolist(), clause_ends.tolist()


# One document: the pipeline asks about each of its cases in turn.
_last_ends: list = [None, None]


def _document_ends(text: str) -> tuple[list[int], list[int]]:
    if _last_ends[0] is not text:
        _last_ends[:] = [text, _ends(text)]
    return _last_ends[1]


class _Boundaries:
    """Sentence (or clause) ends in text[lo:hi], looked up by bisection.

    The ends of the whole text are found once per document (_document_ends) and cut to
    [lo, hi): the ends are single characters, so the ends inside a case are the same
    either way."""

    def __init__(self, ends: list[int], lo: int, hi: int):
        self.ends = ends[bisect.bisect_left(ends, lo):bisect.bisect_left(ends, hi)]
        self.lo, self.hi = lo, hi

    def start_of(self, pos: int) -> int:
        i = bisect.bisect_left(self.ends, pos)
        return self.ends[i - 1] + 1 if i > 0 else self.lo

    def around(self, fig_start: int, fig_end: int) -> tuple[int, int]:
        i = bisect.bisect_left(self.ends, fig_start)
        start = self.ends[i - 1] + 1 if i > 0 else self.lo
        j = bisect.bisect_left(self.ends, fig_end)
        end = self.ends[j] + 1 if j < len(self.ends) else self.hi
        return start, end


def _period(text: str, sent_start: int, fig_start: int) -> int | None:
    """The year stated before the figure in its sentence; None for ranges (2017至2022年)."""
    last = None
    if text.find("年", sent_start, fig_start) < 0:
        return None
    for year in _YEAR_RX.finditer(text, sent_start, fig_start):
        # 比2020年增长41.5%: the base of a comparison; 2004年以来的首次下降: describes another event
        if not _COMPARISON_BASE_RX.search(text, max(sent_start, year.start() - 3), year.start()) \
                and not text.startswith("以来的", year.end()):
            last = year
    if last is None or _RANGE_BEFORE_RX.search(text, max(sent_start, last.start() - 12), last.start()) \
            or _RANGE_AFTER_RX.match(text, last.end()):
        return None
    return int(last[1])


def _label(before: str) -> str:
    label = _full_label(before)
    if len(label) > _MAX_LABEL:
        cuts = [c.end() for c in _LABEL_CUT_RX.finditer(label) if len(label) - c.end() >= 2]
        if cuts:
            label = label[cuts[-1]:]
    if len(label) > _MAX_LABEL:
        label = _shorten(label)
        close = label.find("”")
        if close >= 0 and "“" not in label[:close] and len(label) - close > 3:
            label = label[close + 1:].lstrip("等")   # cut inside a quotation: keep what follows it
    return label


def _full_label(before: str) -> str:
    """The words before a figure less time phrases, links and verbs, not yet shortened."""
    # 占审结数的43%: a 的 right before the number links, it is not part of the label
    # (but 涉案标的达7亿元 keeps its 的).
    before = before.rstrip()
    if " " in before:
        before = _WRAP_SPACE_RX.sub("", before)
    if not before.endswith("标的"):          # 涉案标的14.3亿元: 标的 is the word for the amount at stake
        before = before.removesuffix("的")
    label = (_TIME_PHRASE_RX.sub("", before) if _TIME_PHRASE_HINT_RX.search(before) else before).strip()
    trimmed = None
    while trimmed != label:                 # 累计…已 / …达到了: trim until nothing more goes
        trimmed = label
        if label[:1] in _LABEL_PREFIX_FIRST:
            label = _LABEL_PREFIX_RX.sub("", label)
        if label[-1:] in _LABEL_SUFFIX_LAST:
            label = _LABEL_SUFFIX_RX.sub("", label)
        if label[-1:] in _COMPARISON_LAST:
            label = _COMPARISON_TAIL_RX.sub("", label)
        if label[-1:] == "的" and not label.endswith("标的"):
            label = label[:-1]              # 司法行政领域的全部: the 的 before a trimmed word
        label = label.strip()
    label = label.rstrip("“《").lstrip("”》")      # 实现省内“24小时…”: a quote mark left dangling
    frame = _TOPIC_FRAME_RX.match(label) if label[:1] == "从" else None
    if frame:
        label = frame[1]
    return "" if label in _EMPTY_LABELS else label


def _shorten(label: str) -> str:
    """Cut a long label at a word boundary: before a result verb, else after a particle,
    else after a list comma; the earliest that leaves at most _MAX_LABEL characters."""
    for breaks, shortest in (([b.start() for b in _LABEL_START_RX.finditer(label)], 4),
                             ([b.end() for b in _LABEL_BREAK_AFTER_RX.finditer(label)], 3),
                             ([b.end() for b in re.finditer("、", label)], 3)):
        fits = [b for b in breaks
                if shortest <= len(label) - b <= _MAX_LABEL and not _opens_inside_quote(label[b:])]
        if fits:
            return label[min(fits):].lstrip("、，,：: ")
    function_words, conjunctions = _LABEL_BOUNDARY_RXS
    # 犯罪以及电信网络诈骗犯罪: cut after a function word
    fits = [b.end() for b in function_words.finditer(label) if 3 <= len(label) - b.end() <= _MAX_LABEL]
    if not fits:                            # 提出民事抗诉和再审检察建议: a verb start, slightly long
        fits = [b.start() for b in _LABEL_START_RX.finditer(label) if len(label) - b.start() <= _MAX_LABEL + 2]
    if not fits:                            # a conjunction, when the second conjunct is not too short
        fits = [b.end() for b in conjunctions.finditer(label) if 6 <= len(label) - b.end() <= _MAX_LABEL]
    if fits:
        return label[min(fits):]
    if len(label) <= _MAX_UNCUT_LABEL:
        return label
    # the longest tail that starts at a boundary (a quotation's end too) and fits the longer limit
    boundaries = [b.end() for rx in (*_LABEL_BOUNDARY_RXS, _QUOTE_END_RX) for b in rx.finditer(label)]
    fits = [b for b in boundaries if 3 <= len(label) - b <= _MAX_UNCUT_LABEL]
    if fits:
        return label[min(fits):]
    return label[-_MAX_LABEL:].lstrip("、，,：: ")


def _opens_inside_quote(part: str) -> bool:
    close = part.find("”")
    return close >= 0 and "“" not in part[:close]


def _label_after(text: str, pos: int, end: int) -> str:
    m = _LABEL_AFTER_RX.match(text, pos, end)
    if not m:
        return ""
    noun = m[1].replace("“", "").replace("”", "")
    if _NOT_A_NOUN_AFTER_RX.match(noun):
        return ""
    stop = _LABEL_STOP_RX.search(noun)
    return (noun[:stop.start()] if stop else noun)[:_MAX_LABEL_AFTER]
