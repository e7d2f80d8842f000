"""Case -> one of the five reform domains (etl/vocab/domains.csv).

The domains are Chongqing's 最佳实践 frame (促进公平正义, 提高执法司法效率,
法治化社会治理, 法治化营商环境, 公共法律服务).  Each domain scores
THEME_WEIGHT per theme of the case mapped to it, TITLE_WEIGHT per distinct
keyword in the title and 1 per distinct keyword in the text; the highest score
wins, a tie goes to the domain listed first in the CSV, no hit at all gives None.
Themes come from etl/vocab/themes.csv (the theme engineer's); keywords keep the
mapping working for a case without themes.
"""
from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import Callable

from etl.keywords import keyword_finder

VOCAB = Path(__file__).parent / "vocab" / "domains.csv"
DOMAINS = ("促进公平正义", "提高执法司法效率", "法治化社会治理", "法治化营商环境", "公共法律服务")
THEME_WEIGHT = 3
TITLE_WEIGHT = 3


@lru_cache(maxsize=1)
def _vocab() -> tuple[dict[str, str], Callable[[str], list[str]], dict[str, str]]:
    theme_domain: dict[str, str] = {}
    keyword_domain: dict[str, str] = {}
    with VOCAB.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["domain"] not in DOMAINS:
                raise ValueError(f"{VOCAB}: unknown domain {row['domain']!r}")
            target = theme_domain if row["source"] == "theme" else keyword_domain
            for term in filter(None, (t.strip() for t in row["term"].split("|"))):
                target.setdefault(term, row["domain"])
    return theme_domain, keyword_finder(keyword_domain), keyword_domain


def assign_domain(themes: list[str], title: str, case_text: str) -> str | None:
    theme_domain, findall, keyword_domain = _vocab()
    score = dict.fromkeys(DOMAINS, 0)
    for theme in themes or ():
        if theme in theme_domain:
            score[theme_domain[theme]] += THEME_WEIGHT
    for text, weight in ((title or "", TITLE_WEIGHT), (case_text or "", 1)):
        for word in set(findall(text)):
            score[keyword_domain[word]] += weight
    best = max(DOMAINS, key=score.__getitem__)     # (max keeps the first of equal scores)
    return best if score[best] > 0 else None
