"""Case text -> recognitions (入选典型案例, 获评…奖, 在全国推广 …).  OWNER: benchmark helper (placeholder)."""
from etl.records import Recognition


def extract_recognitions(text: str, start: int, end: int) -> list[Recognition]:
    return []
