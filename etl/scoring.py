"""Score components over a written snapshot.  OWNER: benchmark helper (placeholder)."""
from pathlib import Path

import pyarrow as pa

from etl import schema


def score_snapshot(con, tables_dir: Path) -> dict[str, pa.Table]:
    return {name: schema.TABLES[name].empty_table() for name in ("case_scores", "indicator_percentiles")}
