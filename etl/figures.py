"""Case text -> quantitative results.  OWNER: normaliser helper (placeholder)."""
from etl.records import Figure


def extract_figures(text: str, start: int, end: int) -> list[Figure]:
    return []
