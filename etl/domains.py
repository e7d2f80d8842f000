"""Case -> one of the five reform domains.  OWNER: benchmark helper (placeholder)."""


def assign_domain(themes: list[str], title: str, case_text: str) -> str | None:
    return None
