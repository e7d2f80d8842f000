"""Records passed between ETL stages (one stage's output is the next one's input).

Offsets are positions in the normalised document text, end exclusive.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


class UnreadableFile(Exception):
    """A raw file the ETL skips; str(exc) is the reason shown to the user (Chinese)."""


@dataclass(frozen=True)
class NormalisedText:
    text: str
    script: str                      # 'hans' or 'hant', as found in the raw text
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class DocumentMeta:
    title: str | None
    publisher: str | None
    published_date: dt.date | None
    year: int | None


@dataclass(frozen=True)
class CaseSpan:
    seq: int                         # 1-based
    char_start: int
    char_end: int
    title: str                       # the practice's title
    agency_raw: str | None           # agency/place as written in the heading or subject, if any


@dataclass(frozen=True)
class Agency:
    name: str | None                 # full name, or the place when a case is headed by one
    agency_type: str                 # one of schema.AGENCY_TYPES


@dataclass(frozen=True)
class Region:
    province: str | None = None
    city: str | None = None
    county: str | None = None
    adcode: str | None = None        # 6 digits, most specific level resolved


# Not frozen: a frozen dataclass sets each field through object.__setattr__, which makes
# building one 3x slower, and a report's cases make thousands of figures.
@dataclass(slots=True)
class Figure:
    value: float
    unit: str
    label: str
    kind: str                        # one of schema.METRIC_KINDS
    qualifier: str | None
    period: int | None
    sentence: str
    char_start: int
    char_end: int


@dataclass(frozen=True)
class Recognition:
    level: str                       # one of schema.RECOGNITION_LEVELS
    kind: str                        # one of schema.RECOGNITION_KINDS
    issuer: str | None
    text: str
    char_start: int
    char_end: int
