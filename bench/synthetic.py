"""A deterministic, clearly synthetic snapshot for the dashboard benchmark.

    .venv/bin/python -m bench.synthetic --out bench/out/synthetic [--cases 100000 --figures 1500000]

Every table of etl/schema.py is written with its exact schema, sized like a
national collection (100,000 cases, 1.5 million figures by default).  Regions
are real names from the administrative dataset (so map and region queries group
the way they will in production); every title, text and sentence is marked
【合成数据】 and made of placeholder phrases, never real reports.  The files are
generated at bench time into bench/out/ (gitignored) and never shipped.
"""
from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from etl import divisions, schema

ROOT = Path(__file__).resolve().parent.parent
SEED = 20261122
MARK = "【合成数据】"
YEARS = np.arange(2016, 2026)
AGENCY_TYPE_WEIGHTS = {"court": 0.28, "procuratorate": 0.24, "police": 0.2, "justice": 0.12,
                       "committee": 0.1, "other": 0.06}
AGENCY_SUFFIX = {"court": "人民法院", "procuratorate": "人民检察院", "police": "公安局",
                 "justice": "司法局", "committee": "委政法委", "other": "综治中心"}
# Placeholder labels written for the benchmark; the real vocabularies live in etl/vocab.
THEMES = ["诉源治理", "多元解纷", "公益诉讼", "智慧司法", "繁简分流", "社区矫正", "法律援助", "未成年人保护",
          "营商环境", "执行攻坚", "平安建设", "网格治理", "在线诉讼", "司法公开", "认罪认罚", "矛盾调处"]
DOMAINS = ["促进公平正义", "提高执法司法效率", "法治化社会治理", "法治化营商环境", "公共法律服务"]
UNITS = [("件", "count"), ("人", "count"), ("人次", "count"), ("%", "rate"), ("元", "money"),
         ("天", "duration"), ("个", "count"), ("次", "count"), ("%", "change"), ("名", "rank")]
LABELS = ["受理事项", "化解纠纷", "办结案件", "服务群众", "培训人员", "建成站点", "线上办理", "回访对象"]
QUALIFIERS = np.array([None, None, None, "余", "超", "近", "约"], dtype=object)
REC_LEVELS = np.array(schema.RECOGNITION_LEVELS, dtype=object)
REC_KINDS = np.array(schema.RECOGNITION_KINDS, dtype=object)
ISSUERS = np.array(["最高人民法院", "最高人民检察院", "公安部", "司法部", "中央政法委", "省委政法委", "市委政法委"], dtype=object)


def _indicator_keys() -> list[str]:
    with open(ROOT / "etl" / "vocab" / "indicators.csv", encoding="utf-8") as fh:
        return [row["key"] for row in csv.DictReader(fh)]


def _counties() -> pd.DataFrame:
    """Every county-level division with its province and city, from the dataset index."""
    rows = [(d.province, d.city, d.county, d.adcode) for d in divisions.load_index().divisions if d.level == "county"]
    return pd.DataFrame(rows, columns=["province", "city", "county", "adcode"])


def _ids(prefix: str, n: int) -> pa.Array:
    return pa.array([f"{prefix}{i:015d}" for i in range(n)], pa.string())


def _list_column(rng, n: int, vocabulary: list[str], max_items: int) -> pa.Array:
    lengths = rng.integers(0, max_items + 1, n)
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int32)
    values = np.array(vocabulary, dtype=object)[rng.integers(0, len(vocabulary), offsets[-1])]
    return pa.ListArray.from_arrays(pa.array(offsets), pa.array(values, pa.string()))


def _table(name: str, columns: dict) -> pa.Table:
    target = schema.TABLES[name]
    arrays = [pa.array(columns[f.name], f.type) if not isinstance(columns[f.name], pa.Array)
              else columns[f.name].cast(f.type) for f in target]
    return pa.Table.from_arrays(arrays, schema=target)


def synthetic_tables(n_cases: int = 100_000, n_figures: int = 1_500_000, seed: int = SEED) -> dict[str, pa.Table]:
    rng = np.random.default_rng(seed)
    n_docs = max(1, n_cases // 20)

    # documents ---------------------------------------------------------------
    doc_ids = _ids("d", n_docs)
    doc_year = rng.choice(YEARS, n_docs)
    doc_text = pd.Series(np.arange(n_docs)).map(lambda i: f"{MARK}第{i}号汇编。" + "改革举措与成效的占位文字。" * 80)
    documents = _table("documents", {
        "doc_id": doc_ids, "source_path": [f"synthetic/{i:06d}.txt" for i in range(n_docs)],
        "title": [f"{MARK}政法改革案例汇编第{i}号" for i in range(n_docs)],
        "publisher": rng.choice(ISSUERS, n_docs), "published_date": pd.to_datetime(
            doc_year.astype(str) + "-12-01").date, "year": doc_year, "script": ["hans"] * n_docs,
        "encoding": ["utf-8"] * n_docs, "n_chars": doc_text.str.len().to_numpy(),
        "sha256": [f"{i:064x}" for i in range(n_docs)], "warnings": [[]] * n_docs, "text": doc_text.to_numpy(),
    })

    # cases -------------------------------------------------------------------
    case_doc = np.sort(rng.integers(0, n_docs, n_cases))
    seq = np.arange(n_cases) - np.searchsorted(case_doc, case_doc) + 1
    types = np.array(list(AGENCY_TYPE_WEIGHTS), dtype=object)
    agency_type = rng.choice(types, n_cases, p=list(AGENCY_TYPE_WEIGHTS.values()))
    counties = _counties()
    # population-like skew: a few provinces hold most cases, as in real collections
    weight = 1.0 / (rng.permutation(len(counties)) + 20.0)
    place = counties.iloc[rng.choice(len(counties), n_cases, p=weight / weight.sum())].reset_index(drop=True)
    depth = rng.choice([3, 2, 1, 0], n_cases, p=[0.5, 0.3, 0.15, 0.05])  # how far the ETL resolved the place
    province = place.province.where(depth >= 1)
    city = place.city.where(depth >= 2)
    county = place.county.where(depth >= 3)
    adcode = place.adcode.where(depth >= 3, place.adcode.str[:4] + "00").where(depth >= 2, place.adcode.str[:2] + "0000")
    adcode = adcode.where(depth >= 1)
    where = county.fillna(city).fillna(province).fillna("某地")
    agency = where + pd.Series(agency_type).map(AGENCY_SUFFIX)
    case_no = pd.Series(np.arange(n_cases)).astype(str)
    text = MARK + agency + "推行改革举措第" + case_no + "项，" + "占位说明文字。" * 20
    char_start = rng.integers(0, 1000, n_cases)
    cases = _table("cases", {
        "case_id": _ids("c", n_cases), "doc_id": doc_ids.take(pa.array(case_doc)), "seq": seq,
        "agency": agency, "agency_key": agency, "agency_type": agency_type, "province": province, "city": city,
        "county": county, "adcode": adcode, "year": doc_year[case_doc],
        "title": MARK + agency + "改革案例" + case_no, "summary": MARK + agency + "的改革做法摘要" + case_no,
        "text": text, "char_start": char_start, "char_end": char_start + text.str.len().to_numpy(),
        "themes": _list_column(rng, n_cases, THEMES, 3), "domain": rng.choice(DOMAINS, n_cases),
    })

    # metrics (figures) -------------------------------------------------------
    fig_case = np.sort(rng.integers(0, n_cases, n_figures))
    unit_idx = rng.integers(0, len(UNITS), n_figures)
    unit = np.array([u for u, _ in UNITS], dtype=object)[unit_idx]
    kind = np.array([k for _, k in UNITS], dtype=object)[unit_idx]
    value = np.round(rng.lognormal(5, 2, n_figures), 2)
    indicators = np.array(_indicator_keys() + [None] * 20, dtype=object)
    indicator = indicators[rng.integers(0, len(indicators), n_figures)]
    label = np.array(LABELS, dtype=object)[rng.integers(0, len(LABELS), n_figures)]
    sentence = MARK + pd.Series(label) + pd.Series(value).astype(str) + pd.Series(unit)
    fig_start = rng.integers(0, 1000, n_figures)
    metrics = _table("metrics", {
        "metric_id": _ids("m", n_figures), "case_id": cases["case_id"].take(pa.array(fig_case)),
        "doc_id": cases["doc_id"].take(pa.array(fig_case)), "value": value, "unit": unit, "label": label,
        "kind": kind, "qualifier": QUALIFIERS[rng.integers(0, len(QUALIFIERS), n_figures)],
        "period": cases["year"].to_numpy(zero_copy_only=False)[fig_case], "indicator": indicator,
        "sentence": sentence, "char_start": fig_start, "char_end": fig_start + 12,
    })

    # recognitions ------------------------------------------------------------
    n_rec = n_cases * 3 // 10
    rec_case = np.sort(rng.integers(0, n_cases, n_rec))
    rec_start = rng.integers(0, 1000, n_rec)
    recognitions = _table("recognitions", {
        "recognition_id": _ids("r", n_rec), "case_id": cases["case_id"].take(pa.array(rec_case)),
        "doc_id": cases["doc_id"].take(pa.array(rec_case)), "level": rng.choice(REC_LEVELS, n_rec),
        "kind": rng.choice(REC_KINDS, n_rec), "issuer": rng.choice(ISSUERS, n_rec),
        "text": [MARK + "入选典型案例"] * n_rec, "char_start": rec_start, "char_end": rec_start + 8,
    })

    # indicator_percentiles: one figure per (case, indicator, unit), ranked within (indicator, unit)
    figs = pd.DataFrame({"case_id": fig_case, "indicator": indicator, "unit": unit,
                         "metric_id": np.arange(n_figures), "value": value}).dropna(subset=["indicator"])
    figs = figs.drop_duplicates(["case_id", "indicator", "unit"])
    figs["percentile"] = figs.groupby(["indicator", "unit"])["value"].rank(pct=True)
    figs["n_cases"] = figs.groupby(["indicator", "unit"])["value"].transform("size")
    metric_ids = metrics["metric_id"]
    case_ids = cases["case_id"]
    percentiles = _table("indicator_percentiles", {
        "case_id": case_ids.take(pa.array(figs.case_id.to_numpy())), "indicator": figs.indicator.to_numpy(),
        "unit": figs.unit.to_numpy(), "metric_id": metric_ids.take(pa.array(figs.metric_id.to_numpy())), "value": figs.value.to_numpy(),
        "percentile": figs.percentile.to_numpy(), "n_cases": figs.n_cases.to_numpy(),
    })

    # case_scores -------------------------------------------------------------
    n_ind = np.bincount(figs.drop_duplicates(["case_id", "indicator"]).case_id.to_numpy(), minlength=n_cases)
    perf = figs.groupby("case_id")["percentile"].mean().reindex(range(n_cases), fill_value=0.0)
    top_level = pd.Series(rec_case).groupby(rec_case).size().reindex(range(n_cases))
    top_rec = np.where(top_level.notna(), rng.choice(REC_LEVELS[:3], n_cases), None)
    recognition_score = pd.Series(top_rec).map({"national": 1.0, "provincial": 0.6, "municipal": 0.3}).fillna(0.0)
    case_scores = _table("case_scores", {
        "case_id": case_ids, "evidence": np.minimum(n_ind / 5.0, 1.0), "performance": perf.to_numpy(),
        "recognition": recognition_score.to_numpy(), "replication": np.round(rng.random(n_cases), 3),
        "n_indicators": n_ind, "top_recognition_level": top_rec,
    })
    return {"documents": documents, "cases": cases, "metrics": metrics, "recognitions": recognitions,
            "case_scores": case_scores, "indicator_percentiles": percentiles}


def write_snapshot(out_dir: Path, n_cases: int = 100_000, n_figures: int = 1_500_000, seed: int = SEED) -> dict:
    """Write the tables and a manifest like the ETL's; returns the manifest."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    tables = synthetic_tables(n_cases, n_figures, seed)
    for name, table in tables.items():
        if name in schema.LOOKUP_ROW_GROUP_ROWS:    # as the ETL writes them: by case, in small groups
            table = table.sort_by("case_id")
        pq.write_table(table, out_dir / f"{name}.parquet", compression="zstd",
                       row_group_size=schema.LOOKUP_ROW_GROUP_ROWS.get(name, 256_000))
    manifest = {
        "snapshot_id": f"synthetic-{seed}-{n_cases}-{n_figures}",
        "input_dir": "synthetic", "synthetic": True,
        **{name: table.num_rows for name, table in tables.items()},
    }
    (out_dir / "_snapshot.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
    return manifest


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.synthetic", description="生成基准测试用的合成数据快照（不随产品发布）")
    parser.add_argument("--out", type=Path, default=ROOT / "bench" / "out" / "synthetic")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--figures", type=int, default=1_500_000)
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    manifest = write_snapshot(args.out, args.cases, args.figures, args.seed)
    print(json.dumps(manifest, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
