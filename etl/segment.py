"""Normalised document -> document metadata and one span per practice.  OWNER: segmentation helper (placeholder)."""
from etl.records import CaseSpan, DocumentMeta


def describe_document(text: str) -> DocumentMeta:
    return DocumentMeta(title=text.strip().splitlines()[0][:60] if text.strip() else None,
                        publisher=None, published_date=None, year=None)


def segment_cases(text: str, meta: DocumentMeta) -> list[CaseSpan]:
    return [CaseSpan(seq=1, char_start=0, char_end=len(text), title=meta.title or "", agency_raw=None)]


def summarise_case(text: str, start: int, end: int) -> str:
    return text[start:end].strip()[:120]
