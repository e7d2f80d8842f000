"""Agency as written -> full name and type.  OWNER: segmentation helper (placeholder)."""
from etl.records import Agency, CaseSpan, DocumentMeta


def resolve_agency(span: CaseSpan, text: str, meta: DocumentMeta) -> Agency:
    return Agency(name=span.agency_raw, agency_type="other")
