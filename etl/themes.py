"""Case title and text -> themes from etl/vocab/themes.csv.

Each theme has core keywords (the words that define it: 公益诉讼, 知识产权) and supporting
keywords (调解, 网格 …).  A case scores, per theme, the weighted keyword hits in its text
(each keyword counted at most 3 times, so one repeated word cannot carry a theme) plus a
bonus for each keyword in its title, which is where these reports name the practice.
Themes scoring at least MIN_SCORE and at least RELATIVE_FLOOR of the best are returned,
strongest first, at most MAX_THEMES; the best one is returned whenever anything matched.
"""
from __future__ import annotations

import csv
import functools
import pathlib
from collections import Counter
from dataclasses import dataclass
from typing import Callable

from etl.keywords import keyword_finder

THEMES_CSV = pathlib.Path(__file__).with_name("vocab") / "themes.csv"

CORE_WEIGHT = 3.0
SUPPORT_WEIGHT = 1.0
TITLE_BONUS = 3.0        # a keyword in the title counts this many extra times
HITS_CAP = 3             # occurrences of one keyword that still add to the score
MIN_SCORE = 3.0          # one core hit, or three supporting hits
RELATIVE_FLOOR = 0.3     # of the best theme's score
MAX_THEMES = 4


@dataclass(frozen=True)
class ThemeVocabulary:
    themes: tuple[str, ...]
    weights: dict[str, tuple[tuple[str, float], ...]]   # keyword -> (theme, weight) …
    findall: Callable[[str], list[str]]   # the keywords in a text, longest first (etl.keywords)


def _split(cell: str | None) -> list[str]:
    return [k.strip() for k in (cell or "").split("|") if k.strip()]


@functools.cache
def load_vocabulary(path: pathlib.Path = THEMES_CSV) -> ThemeVocabulary:
    themes: list[str] = []
    weights: dict[str, dict[str, float]] = {}
    with path.open(encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            theme = row["theme"].strip()
            themes.append(theme)
            for weight, cell in ((SUPPORT_WEIGHT, row["keywords"]), (CORE_WEIGHT, row["core_keywords"])):
                for keyword in _split(cell):
                    weights.setdefault(keyword, {})[theme] = weight
    short = [k for k in weights if len(k) < 2]
    if short:
        raise ValueError(f"{path.name}: keywords need at least two characters: {short}")
    return ThemeVocabulary(themes=tuple(themes),
                           weights={k: tuple(v.items()) for k, v in weights.items()},
                           findall=keyword_finder(weights))


def theme_scores(title: str, case_text: str) -> Counter:
    vocab = load_vocabulary()
    weights = vocab.weights
    scores: dict[str, float] = {}
    body_hits = Counter(vocab.findall(case_text)) if case_text else Counter()
    title_hits = set(vocab.findall(title)) if title else set()
    # (the scores are whole numbers, so the order they are summed in does not matter)
    for keyword, hits in body_hits.items():
        count = (hits if hits < HITS_CAP else HITS_CAP) + (TITLE_BONUS if keyword in title_hits else 0)
        for theme, weight in weights[keyword]:
            scores[theme] = scores.get(theme, 0) + weight * count
    for keyword in title_hits.difference(body_hits):
        for theme, weight in weights[keyword]:
            scores[theme] = scores.get(theme, 0) + weight * TITLE_BONUS
    return Counter(scores)


def assign_themes(title: str, case_text: str) -> list[str]:
    scores = theme_scores(title, case_text)
    if not scores:
        return []
    ranked = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
    best = ranked[0][1]
    kept = [t for t, s in ranked if s >= MIN_SCORE and s >= RELATIVE_FLOOR * best]
    return (kept or [ranked[0][0]])[:MAX_THEMES]
