"""raw file -> normalised text -> cases -> figures/recognitions -> table rows.

`extract_document` is the whole per-document path and runs in worker
processes; `etl.snapshot` streams its rows into Parquet.  Nothing here knows
about files on disk beyond the bytes it is handed.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from etl import agencies, domains, figures, indicators, normalise, places, recognitions, segment, themes
from etl.records import UnreadableFile


# "%s\x1f%s…" per number of parts: %-formatting a tuple beats "\x1f".join(map(str, parts))
_ID_FORMATS = {n: "\x1f".join(["%s"] * n) for n in range(1, 9)}


def stable_id(*parts: object) -> str:
    """Ids are hashes of content and position, so re-runs give the same ids."""
    fmt = _ID_FORMATS.get(len(parts)) or "\x1f".join(["%s"] * len(parts))
    return hashlib.sha256((fmt % parts).encode("utf-8")).hexdigest()[:16]


@dataclass
class DocumentRows:
    """Rows for every table, from one document."""
    sha256: str
    documents: list[dict] = field(default_factory=list)
    cases: list[dict] = field(default_factory=list)
    metrics: list[dict] = field(default_factory=list)
    recognitions: list[dict] = field(default_factory=list)


def _outside(found: list, holes: list[tuple[int, int]]) -> list:
    """What was found, less what lies inside an inner case."""
    if not holes:
        return found
    return [f for f in found if not any(a <= f.char_start and f.char_end <= z for a, z in holes)]


# (most stretches between cases are a line break: no numeral, no call)
_NUMERAL = re.compile(r"[0-9零〇一二两三四五六七八九十百千万亿]")


def _uncovered(spans: list, n_chars: int) -> list[tuple[int, int]]:
    """The stretches of the document outside every case (an award list's preamble, a closing
    paragraph): their figures are the document's own (申报项目241个), not any case's."""
    gaps, at = [], 0
    for span in sorted(spans, key=lambda s: s.char_start):
        if span.char_start > at:
            gaps.append((at, span.char_start))
        at = max(at, span.char_end)
    if at < n_chars:
        gaps.append((at, n_chars))
    return gaps


_MIN_HAN = 10
_HAN_PROBE = 5000        # (enough of the text to tell: counting a long report's every character is waste)


def extract_document(raw: bytes, source_path: str) -> DocumentRows:
    """Raise UnreadableFile for a file the user should be told was skipped."""
    sha = hashlib.sha256(raw).hexdigest()
    decoded, encoding = normalise.decode(raw)
    norm = normalise.normalise(decoded)
    text = norm.text
    if not text.strip():
        raise UnreadableFile("规范化后没有正文")
    if len(normalise.HAN_RX.findall(text, 0, _HAN_PROBE)) < _MIN_HAN:
        # (a list of links, a log, an English note: no report to read cases from)
        raise UnreadableFile("没有中文正文,不是中文报告")
    doc_id = sha[:16]
    meta = segment.describe_document(text)
    out = DocumentRows(sha256=sha)
    out.documents.append({
        "doc_id": doc_id, "source_path": source_path, "title": meta.title,
        "publisher": meta.publisher, "published_date": meta.published_date, "year": meta.year,
        "script": norm.script, "encoding": encoding, "n_chars": len(text), "sha256": sha,
        "warnings": list(norm.warnings), "text": text,
    })
    # Each stage runs over all the cases of the document before the next stage starts: its
    # regexes and tables stay in the CPU caches, which is faster than taking each case
    # through every stage in turn.  The rows come out in the same order either way.
    spans = list(segment.segment_cases(text, meta))
    case_texts = [text[span.char_start:span.char_end] for span in spans]
    case_agencies = [agencies.resolve_agency(span, text, meta) for span in spans]
    regions = [places.resolve_region(agency, case_text, text, meta)
               for agency, case_text in zip(case_agencies, case_texts)]
    case_themes = [themes.assign_themes(span.title, case_text) for span, case_text in zip(spans, case_texts)]
    case_domains = [domains.assign_domain(th, span.title, case_text)
                    for th, span, case_text in zip(case_themes, spans, case_texts)]
    summaries = [segment.summarise_case(text, span.char_start, span.char_end) for span in spans]
    # a figure or a recognition belongs to the innermost case holding it: a lower unit's example
    # inside the report's own case gives its figures to the example only (none counted twice)
    inner = [[(o.char_start, o.char_end) for o in spans if o is not span and span.char_start <= o.char_start
              and o.char_end <= span.char_end and o.char_end - o.char_start < span.char_end - span.char_start]
             for span in spans]
    case_figures = [_outside(figures.extract_figures(text, span.char_start, span.char_end), holes)
                    for span, holes in zip(spans, inner)]
    indicator_keys = [[indicators.map_indicator(fig) for fig in figs] for figs in case_figures]
    case_recognitions = [_outside(recognitions.extract_recognitions(text, span.char_start, span.char_end), holes)
                         for span, holes in zip(spans, inner)]
    case_ids = [stable_id(doc_id, span.seq, span.char_start, span.char_end) for span in spans]
    # (case_id None: a figure or a recognition of the document itself, such as an honour roll's
    # units named with nothing they did)
    figure_owners = list(zip(case_ids, case_figures, indicator_keys))
    recognition_owners = list(zip(case_ids, case_recognitions))
    for a, z in _uncovered(spans, len(text)):
        own = figures.extract_figures(text, a, z) if _NUMERAL.search(text, a, z) else []
        if own:
            figure_owners.append((None, own, [indicators.map_indicator(fig) for fig in own]))
        honours = recognitions.extract_recognitions(text, a, z)
        if honours:
            recognition_owners.append((None, honours))
    for i, span in enumerate(spans):
        case_id = case_ids[i]
        agency, region = case_agencies[i], regions[i]
        agency_key = agencies.standard_name(agency.name, region)
        out.cases.append({
            "case_id": case_id, "doc_id": doc_id, "seq": span.seq,
            # (named in full as the text supports it, and by its own level's place as its key across
            # reports, once the region is read from the name as written)
            "agency": agencies.full_name(agency.name, agency_key, region),
            "agency_key": agency_key, "agency_type": agency.agency_type,
            "province": region.province, "city": region.city, "county": region.county,
            "adcode": region.adcode, "year": meta.year, "title": span.title,
            "summary": summaries[i],
            "text": case_texts[i], "char_start": span.char_start, "char_end": span.char_end,
            "themes": case_themes[i],
            "domain": case_domains[i],
        })
    for case_id, recs in recognition_owners:
        for rec in recs:
            out.recognitions.append({
                "recognition_id": stable_id(case_id or doc_id, rec.char_start, rec.char_end, rec.kind),
                "case_id": case_id, "doc_id": doc_id, "level": rec.level, "kind": rec.kind,
                "issuer": rec.issuer, "text": rec.text,
                "char_start": rec.char_start, "char_end": rec.char_end,
            })
    for case_id, figs, keys in figure_owners:
        for fig, indicator in zip(figs, keys):
            out.metrics.append({
                "metric_id": stable_id(case_id or doc_id, fig.char_start, fig.char_end, fig.value, fig.unit),
                "case_id": case_id, "doc_id": doc_id, "value": fig.value, "unit": fig.unit,
                "label": fig.label, "kind": fig.kind, "qualifier": fig.qualifier,
                "period": fig.period, "indicator": indicator,
                "sentence": fig.sentence, "char_start": fig.char_start, "char_end": fig.char_end,
            })
    return out
