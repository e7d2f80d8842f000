"""Figure -> indicator key from etl/vocab/indicators.csv.  OWNER: benchmark helper (placeholder)."""
from etl.records import Figure


def map_indicator(figure: Figure) -> str | None:
    return None
