"""Numbers as reports write them -> float.

Arabic (316, 1,234, 99.42), Chinese (三十, 两, 一千万) and mixed forms with a
magnitude character (1.4万, 14.3亿, 3千).  The quantity grammar around a number
(qualifiers 余/多, units) lives in etl.figures; this module only turns the
numeral itself into a value.
"""
from __future__ import annotations

import re
from functools import lru_cache

import cn2an

# Magnitude characters written after an Arabic number: 1.4万 = 14000.
MAGNITUDES = {"万亿": 1e12, "亿": 1e8, "万": 1e4, "千": 1e3}

# An Arabic number; thousands separators only in strict groups of three so a
# clause comma in "审结5641件,经调解" is never read as a separator.
ARABIC = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
# The same after its first digit, for patterns that must start with a character class.
ARABIC_TAIL = r"\d{0,2}(?:,\d{3})+(?:\.\d+)?|\d*(?:\.\d+)?"
# A Chinese numeral must start with a digit or 十: 百姓, 千方百计, 万警千车 are words.
CHINESE = r"[一二两三四五六七八九十][零〇一二两三四五六七八九十百千万亿]*"

_ARABIC_RX = re.compile(rf"(?:{ARABIC})")
_CHINESE_RX = re.compile(rf"(?:{CHINESE})")
_DIGITS = set("0123456789")


def is_arabic(numeral: str) -> bool:
    return bool(numeral) and numeral[0] in _DIGITS


@lru_cache(maxsize=4096)
def parse_numeral(numeral: str) -> float | None:
    """'1,234.5' -> 1234.5, '三十' -> 30.0, '一千万' -> 1e7; None when it is not a number."""
    numeral = numeral.strip()
    if not numeral:
        return None
    if _ARABIC_RX.fullmatch(numeral):
        return float(numeral.replace(",", ""))
    if _CHINESE_RX.fullmatch(numeral):
        try:
            return float(cn2an.cn2an(numeral, "smart"))
        except (ValueError, KeyError):
            return None
    return None


_QUANTITY_RX = re.compile(
    rf"(?P<num>{ARABIC}|{CHINESE})(?P<q1>余|多)?(?P<mag>万亿|亿|万|千)?(?P<q2>余|多)?")


def parse_quantity(phrase: str) -> tuple[float, str | None] | None:
    """A bare quantity without its unit: '1.4万余' -> (14000, '余'), '130余万' -> (1300000, '余').

    Returns None when the phrase is not entirely a quantity.
    """
    m = _QUANTITY_RX.fullmatch(phrase.strip())
    if not m:
        return None
    value = scaled_value(m["num"], m["mag"])
    if value is None:
        return None
    return value, ("余" if (m["q1"] or m["q2"]) else None)


@lru_cache(maxsize=8192)   # called for every number in a case; the same numbers recur
def scaled_value(numeral: str, magnitude: str | None) -> float | None:
    """The numeral times its magnitude character; for Chinese numerals cn2an reads 万/亿 itself."""
    if magnitude and not is_arabic(numeral):
        numeral, magnitude = numeral + magnitude, None
    value = parse_numeral(numeral)
    if value is None:
        return None
    if magnitude:
        value *= MAGNITUDES[magnitude]
    return round6(value)


def round6(value: float) -> float:
    """round(value, 6); a whole number is already that, and float rounding is slow."""
    return value if value.is_integer() else round(value, 6)
