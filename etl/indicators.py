"""Figure -> indicator key from etl/vocab/indicators.csv.

The rule, so a domain expert can predict the result from the CSV alone:

1. Candidate rows are those whose `metric_kinds` list the figure's kind and,
   when `metric_units` is filled, its unit (a 天 duration is never compared with
   a 分钟 one; a change in 天 is not a percentage change).
2. Each candidate's `terms` are looked for in the figure's label.  The longest
   matching term wins (its length counts characters, not the … gap); a tie
   goes to the row higher up in the file, so specific rows sit above generic ones.
3. When no term is in the label, rule 2 runs on the clause of the sentence
   around the label (see `label_clause`); for counts only terms of
   CONTEXT_MIN_TERM or more characters count there (see SHORT_CONTEXT_KINDS).
4. Otherwise None: a figure no row fits stays unmapped rather than guessed.

A term "化解…纠纷" means 化解, then up to GAP characters inside the same clause,
then 纠纷.  The sign of a change is the figure extractor's (下降 -> negative);
the indicator only says which direction is better.
"""
from __future__ import annotations

import csv
import itertools
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from etl.records import Figure

VOCAB = Path(__file__).parent / "vocab" / "indicators.csv"
GAP = 12
_CLAUSE_PUNCT = ",，;；。!！?？:：\n"
_GAP_RX = f"[^{re.escape(_CLAUSE_PUNCT)}]{{0,{GAP}}}"


@dataclass(frozen=True)
class Indicator:
    key: str
    name_zh: str
    name_en: str
    unit: str
    kind: str
    direction: str                   # 'higher' or 'lower' is better
    metric_kinds: tuple[str, ...]
    metric_units: tuple[str, ...]    # empty: any unit
    terms: tuple[str, ...]
    note: str


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(t.strip() for t in (cell or "").split("|") if t.strip())


@lru_cache(maxsize=1)
def load_catalog() -> tuple[Indicator, ...]:
    with VOCAB.open(encoding="utf-8", newline="") as fh:
        rows = [Indicator(
            key=r["key"], name_zh=r["name_zh"], name_en=r["name_en"], unit=r["unit"], kind=r["kind"],
            direction=r["direction"], metric_kinds=_split(r["metric_kinds"]),
            metric_units=_split(r["metric_units"]), terms=_split(r["terms"]), note=r["note"] or "",
        ) for r in csv.DictReader(fh)]
    keys = [r.key for r in rows]
    if len(set(keys)) != len(keys):
        raise ValueError(f"{VOCAB}: duplicate indicator keys")
    for r in rows:
        if r.direction not in ("higher", "lower"):
            raise ValueError(f"{VOCAB}: {r.key} has direction {r.direction!r}, expected higher or lower")
    return tuple(rows)


def _term_regex(term: str) -> str:
    return _GAP_RX.join(re.escape(part) for part in term.split("…"))


def _term_length(term: str) -> int:
    return len(term.replace("…", ""))


@dataclass(frozen=True)
class _Term:
    length: int                      # characters, not counting the … gap
    row: int                         # first catalogue row (of this kind/unit) listing the term
    literal: str | None              # plain terms are compared with startswith
    regex: re.Pattern | None         # gap terms


@lru_cache(maxsize=256)
def _matcher(kind: str, unit: str) -> dict[str, tuple[_Term, ...]]:
    """Candidate terms for a (kind, unit), indexed by first character and longest
    first, so matching a short label is a few string comparisons per character."""
    best_row: dict[str, int] = {}
    for i, ind in enumerate(load_catalog()):
        if kind not in ind.metric_kinds or (ind.metric_units and unit not in ind.metric_units):
            continue
        for term in ind.terms:
            best_row.setdefault(term, i)
    index: dict[str, list[_Term]] = {}
    for term, row in best_row.items():
        gap = "…" in term
        index.setdefault(term[0], []).append(_Term(
            _term_length(term), row, None if gap else term, re.compile(_term_regex(term)) if gap else None))
    return {ch: tuple(sorted(ts, key=lambda t: (-t.length, t.row))) for ch, ts in index.items()}


def _best_row(matcher: dict[str, tuple[_Term, ...]], text: str, min_length: int = 1) -> int | None:
    """Row of the longest term found anywhere in text (ties: the higher row).

    Where a term is does not matter, so each first character of the text is tried once and
    its terms are searched for in the whole text (str.find, not a loop over positions)."""
    best: _Term | None = None
    for ch in matcher.keys() & set(text):
        for term in matcher[ch]:            # longest first, so the first found is the best here
            if term.length < min_length or (best and (term.length, -term.row) <= (best.length, -best.row)):
                break
            if (term.literal is not None and term.literal in text) or \
                    (term.regex is not None and term.regex.search(text)):
                best = term
                break
    return None if best is None else best.row


_PUNCT_RX = re.compile(f"[{re.escape(_CLAUSE_PUNCT)}]")
_DIGITS_RX = re.compile(r"\d[\d.,]*")
# Rates and changes are labelled by a short word (成功率, 同比) whose subject sits
# earlier in the clause; for counts a two-character word elsewhere in the clause
# (宣传 in a list of departments) is too weak a clue.
SHORT_CONTEXT_KINDS = ("rate", "ratio", "change", "money", "duration", "rank", "speed")
CONTEXT_MIN_TERM = 3


def _locate(label: str, sentence: str) -> tuple[int, str]:
    """Where the label sits in the sentence.  Labels are stitched around the
    number (全国已有20余个省区市法院 -> 全国省区市法院), so when the whole label
    is not there its longest end piece, then its longest start piece, of two or
    more characters is used."""
    if len(label) < 2:
        return -1, label
    # (generated: the whole label is usually there, and its pieces need not be cut)
    pieces = itertools.chain((label,), (label[i:] for i in range(1, len(label) - 1)),
                             (label[:j] for j in range(len(label) - 1, 1, -1)))
    for piece in pieces:
        at = sentence.find(piece)
        if at >= 0:
            return at, piece
    return -1, label


def label_clause(label: str, sentence: str) -> str:
    """The context of `label` in `sentence`: its clause (between commas / full
    stops), cut before the next figure so a neighbour's noun is not borrowed
    (9个警种的400余项政务服务事项).  A share (占审结数的43%) also gets the clause
    before it, which names what the share is of.  Empty when the label is not in
    the sentence or is a single character."""
    at, found = _locate(label, sentence)
    if at < 0:
        return ""
    label = found
    marks = [m.end() for m in _PUNCT_RX.finditer(sentence, 0, at)]
    left = marks[-1] if marks else 0
    if label.startswith("占") and len(marks) >= 2:
        left = marks[-2]
    right_m = _PUNCT_RX.search(sentence, at + len(label))
    right = right_m.start() if right_m else len(sentence)
    # The figure's own number is just before the label (9个警种) or after it
    # (成功化解矛盾纠纷16206件); any further number belongs to a neighbour.
    own_before = bool(_DIGITS_RX.search(sentence[max(left, at - 4):at]))
    numbers = list(_DIGITS_RX.finditer(sentence, at + len(label), right))
    neighbour = 0 if own_before else 1
    if len(numbers) > neighbour:
        right = numbers[neighbour].start()
    return sentence[left:right]


@lru_cache(maxsize=8192)
def _label_row(kind: str, unit: str, label: str) -> int | None:
    """The row a label alone maps to; labels (化解纠纷, 调解成功率) recur across cases."""
    return _best_row(_matcher(kind, unit), label)


def map_indicator(figure: Figure) -> str | None:
    matcher = _matcher(figure.kind, figure.unit or "")
    if not matcher:
        return None
    label = figure.label or ""
    row = _label_row(figure.kind, figure.unit or "", label) if label else None
    if row is None:
        context = label_clause(label, figure.sentence or "")
        min_length = 1 if figure.kind in SHORT_CONTEXT_KINDS else CONTEXT_MIN_TERM
        row = _best_row(matcher, context, min_length) if context else None
    return None if row is None else load_catalog()[row].key
