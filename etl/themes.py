"""Case text -> themes from etl/vocab/themes.csv.  OWNER: places helper (placeholder)."""


def assign_themes(title: str, case_text: str) -> list[str]:
    return []
