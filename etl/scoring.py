"""Score components over a written snapshot (issue 4), in DuckDB SQL.

`score_snapshot` reads the cases / metrics / recognitions Parquet the pipeline
has just written and returns two tables (schemas in etl.schema):

  indicator_percentiles  one row per (case, indicator, unit): the figure that
                         stands for the case and its direction-aware percentile
  case_scores            the four components in [0, 1] per case

The dashboard turns components into a 0–100 score with the user's weights,
exactly as `combine` does: score = 100 * sum(w_i * c_i) / sum(w_i).  Default
weights, parameters and the Chinese formula of every component live in
etl/vocab/score_components.csv; each component stands for one of the criteria
of the Chongqing 最佳实践 selection (创新性 is not scored: see the CSV).

Choices, and why:
* Like with like: an indicator is compared only between figures in the same
  unit (people reached in 人 and in 人次, cases in 件 and in 人 are different
  quantities), so every step below works per (indicator, unit).
* One figure per (case, indicator, unit).  For counts and money the largest |value|:
  reports give a headline total next to its parts (受理 57876 件 … 其中 …), and
  the total is what describes the practice.  For rates, durations, changes,
  ranks and speeds the best value by the indicator's direction: a report states
  one headline rate, and the others in the same case are sub-units or baselines
  (执行结案平均用时99.52天, 比全省平均值113.09天).  Ties go to the figure that
  comes first in the text.  Either way a better figure never lowers the pick.
* Percentile among the cases that quantify the same indicator in that unit: average rank of
  ties, (avg_rank - 1) / (n - 1), flipped for lower-is-better; an indicator only
  one case reports gets `single_case` (0.5): no peer, neither reward nor penalty.
* Evidence counts distinct indicators; performance averages over the case's
  (indicator, unit) rows.
* Only indicators the catalogue knows count; a metric with indicator null
  is kept in the metrics table but is not compared.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import duckdb
import pyarrow as pa

from etl import schema
from etl.indicators import load_catalog

VOCAB = Path(__file__).parent / "vocab" / "score_components.csv"
COMPONENTS = ("evidence", "performance", "recognition", "replication")
LEVELS = schema.RECOGNITION_LEVELS


@dataclass(frozen=True)
class Component:
    key: str
    name_zh: str
    name_en: str
    criterion: str
    default_weight: float
    parameters: dict[str, float]
    formula_zh: str


@lru_cache(maxsize=1)
def load_components() -> tuple[Component, ...]:
    with VOCAB.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    out = []
    for r in rows:
        params = {}
        for item in filter(None, (p.strip() for p in r["parameters"].split(";"))):
            name, _, value = item.partition("=")
            params[name.strip()] = float(value)
        out.append(Component(r["key"], r["name_zh"], r["name_en"], r["criterion"],
                             float(r["default_weight"]), params, r["formula_zh"]))
    if tuple(c.key for c in out) != COMPONENTS:
        raise ValueError(f"{VOCAB}: expected components {COMPONENTS}, found {[c.key for c in out]}")
    return tuple(out)


def default_weights() -> dict[str, float]:
    return {c.key: c.default_weight for c in load_components()}


def combine(components: dict[str, float], weights: dict[str, float]) -> float:
    """0–100: 100 * sum(w_i * c_i) / sum(w_i) over the weighted components.

    Negative weights count as 0; all-zero weights give 0.  The dashboard's SQL
    computes the same expression over case_scores.
    """
    total = sum(max(0.0, w) for w in weights.values())
    if total <= 0:
        return 0.0
    return 100.0 * sum(max(0.0, w) * float(components.get(k, 0.0) or 0.0) for k, w in weights.items()) / total


def _parameters() -> dict[str, dict[str, float]]:
    return {c.key: c.parameters for c in load_components()}


def _catalog_table() -> pa.Table:
    cat = load_catalog()
    return pa.table({"key": [i.key for i in cat], "direction": [i.direction for i in cat],
                     "indicator_kind": [i.kind for i in cat]})


def _level_table(component: str) -> pa.Table:
    params = _parameters()[component]
    return pa.table({"level": list(LEVELS), "score": [params.get(level, 0.0) for level in LEVELS],
                     "level_rank": [len(LEVELS) - i for i in range(len(LEVELS))]})


_PERCENTILES_SQL = """
WITH m AS (
    SELECT m.metric_id, m.case_id, m.indicator, coalesce(m.unit, '') AS unit, m.value, m.char_start,
           k.direction, k.indicator_kind
    FROM read_parquet($metrics) m
    JOIN indicator_catalog k ON k.key = m.indicator
    WHERE m.value IS NOT NULL AND isfinite(m.value)
      AND m.case_id IS NOT NULL   -- a document's own figure (申报项目241个) ranks no case
),
picked AS (
    SELECT * FROM m
    QUALIFY row_number() OVER (
        PARTITION BY case_id, indicator, unit
        ORDER BY CASE WHEN indicator_kind IN ('count', 'money') THEN -abs(value)
                      WHEN direction = 'higher' THEN -value
                      ELSE value END,
                 char_start, metric_id) = 1
),
ranked AS (
    SELECT *,
           count(*) OVER (PARTITION BY indicator, unit) AS n,
           rank() OVER (PARTITION BY indicator, unit ORDER BY value) AS rank_low,
           count(*) OVER (PARTITION BY indicator, unit ORDER BY value
                          RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW) AS rank_high
    FROM picked
)
SELECT case_id, indicator, unit, metric_id, value,
       CASE WHEN n = 1 THEN $single_case
            WHEN direction = 'higher' THEN ((rank_low + rank_high) / 2.0 - 1) / (n - 1)
            ELSE 1 - ((rank_low + rank_high) / 2.0 - 1) / (n - 1) END AS percentile,
       n::INTEGER AS n_cases
FROM ranked
ORDER BY case_id, indicator, unit
"""

_CASE_SCORES_SQL = """
WITH perf AS (
    -- summed in a fixed order: a parallel avg() can differ in the last bit between runs
    SELECT case_id, count(DISTINCT indicator) AS n_ind,
           list_avg(list(percentile ORDER BY indicator, unit)) AS mean_pct
    FROM indicator_percentiles GROUP BY case_id
),
rec AS (
    SELECT r.case_id, max(l.score) AS score, arg_max(r.level, l.level_rank) AS top_level
    FROM read_parquet($recognitions) r JOIN recognition_levels l ON l.level = r.level
    GROUP BY r.case_id
),
rep AS (
    SELECT r.case_id, max(l.score) AS score
    FROM read_parquet($recognitions) r JOIN replication_levels l ON l.level = r.level
    WHERE r.kind = 'promotion'
    GROUP BY r.case_id
)
SELECT c.case_id,
       least(1.0, coalesce(perf.n_ind, 0) / $k) AS evidence,
       coalesce(perf.mean_pct, 0.0) AS performance,
       coalesce(rec.score, 0.0) AS recognition,
       coalesce(rep.score, 0.0) AS replication,
       coalesce(perf.n_ind, 0)::SMALLINT AS n_indicators,
       rec.top_level AS top_recognition_level
FROM read_parquet($cases) c
LEFT JOIN perf USING (case_id)
LEFT JOIN rec USING (case_id)
LEFT JOIN rep USING (case_id)
ORDER BY c.case_id
"""


def _as_schema(table: pa.Table, target: pa.Schema) -> pa.Table:
    return table.select(target.names).cast(target)


def score_snapshot(con: duckdb.DuckDBPyConnection, tables_dir: Path) -> dict[str, pa.Table]:
    tables_dir = Path(tables_dir)
    params = _parameters()
    paths = {name: str(tables_dir / f"{name}.parquet") for name in ("cases", "metrics", "recognitions")}
    con.register("indicator_catalog", _catalog_table())
    con.register("recognition_levels", _level_table("recognition"))
    con.register("replication_levels", _level_table("replication"))
    percentiles = con.sql(_PERCENTILES_SQL, params={
        "metrics": paths["metrics"], "single_case": params["performance"].get("single_case", 0.5),
    }).to_arrow_table()
    con.register("indicator_percentiles", percentiles)
    scores = con.sql(_CASE_SCORES_SQL, params={
        "recognitions": paths["recognitions"], "cases": paths["cases"], "k": params["evidence"].get("K", 5.0),
    }).to_arrow_table()
    for name in ("indicator_catalog", "recognition_levels", "replication_levels", "indicator_percentiles"):
        con.unregister(name)
    return {"case_scores": _as_schema(scores, schema.CASE_SCORES),
            "indicator_percentiles": _as_schema(percentiles, schema.INDICATOR_PERCENTILES)}
