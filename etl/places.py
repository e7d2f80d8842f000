"""Agency/case text -> province, city, county, adcode.  OWNER: places helper (placeholder)."""
from etl.records import Agency, DocumentMeta, Region


def resolve_region(agency: Agency, case_text: str, doc_text: str, meta: DocumentMeta) -> Region:
    return Region()
