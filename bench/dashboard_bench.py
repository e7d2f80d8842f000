"""Dashboard query latency and app memory at national scale, on a synthetic snapshot.

    .venv/bin/python -m bench.dashboard_bench [--reps 15] [--no-browser] [--strict]

1. Writes a deterministic synthetic snapshot (bench/synthetic.py: 100,000 cases,
   1.5 million figures, every table of etl/schema.py) into bench/out/synthetic.
2. Times every public query function of app/queries.py (discovered, not listed:
   a new query is benchmarked without touching this file) with representative
   arguments, p50/p95 over --reps runs after one warm-up, for three filter states;
   beside it the same aggregation in pandas on DataFrames already in memory
   (PANDAS_TWINS), in the same run.
3. Starts `streamlit run dashboard.py` on that snapshot, opens every page with
   headless chromium and reads the server's resident memory (psutil).

Targets: p95 < 100 ms per query; no query slower than its pandas twin; app < 1 GB.
Results are printed as a table and written to bench/out/dashboard_bench.json.
"""
from __future__ import annotations

import argparse
import inspect
import json
import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import psutil

from bench import synthetic

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out"
SNAPSHOT = OUT / "synthetic"
P95_TARGET_MS = 100.0
MEMORY_TARGET_MB = 1024.0
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
NAV_LINKS = '[data-testid="stSidebar"] a[data-testid="stPageLink-NavLink"], [data-testid="stSidebarNavLink"]'
NOT_QUERIES = {"case_filter", "default_weights"}  # build SQL or read a CSV; they never touch the database


# --- the synthetic snapshot --------------------------------------------------------------

def ensure_snapshot(n_cases: int, n_figures: int, regenerate: bool) -> dict:
    manifest_path = SNAPSHOT / "_snapshot.json"
    wanted = f"synthetic-{synthetic.SEED}-{n_cases}-{n_figures}"
    if not regenerate and manifest_path.exists():
        manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
        if manifest.get("snapshot_id") == wanted:
            return manifest
    return synthetic.write_snapshot(SNAPSHOT, n_cases, n_figures)


# --- representative arguments -----------------------------------------------------------

@dataclass
class Samples:
    """Real values from the snapshot, so lookups hit rows and filters select something."""
    case_id: str
    doc_id: str
    province: str
    level: str
    indicator: str
    theme: str
    case_ids: list[str]   # a handful, for the compare page


def pick_samples(db) -> Samples:
    from etl import geo

    richest = db.query("""
        SELECT c.case_id, c.doc_id FROM cases c JOIN (SELECT case_id, count(*) n FROM metrics GROUP BY 1) m
        USING (case_id) ORDER BY m.n DESC, c.case_id LIMIT 4""")
    case_id, doc_id = richest.iloc[0]
    province = db.scalar("SELECT province FROM cases WHERE province IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
    indicator = db.scalar("SELECT indicator FROM metrics WHERE indicator IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
    theme = db.scalar("SELECT t FROM (SELECT unnest(themes) t FROM cases) GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")
    return Samples(case_id, doc_id, province, geo.region_level(province), indicator, theme,
                   richest.case_id.tolist())


def filter_states(samples: Samples) -> dict:
    from app.filters import Filters

    return {
        "全部": Filters(),
        "年份+法院": Filters(year_from=2020, year_to=2022, agency_types=("court",)),
        "省份+搜索": Filters(provinces=(samples.province,), q="改革案例12"),
    }


def arguments_for(fn, db, f, samples: Samples, weights) -> dict | None:
    """Keyword arguments by parameter name; None when a required one is unknown (the
    lead wires it in EXTRA_ARGUMENTS).  Optional parameters keep the page's defaults."""
    known = {"db": db, "f": f, "weights": weights, "case_id": samples.case_id, "doc_id": samples.doc_id,
             "province": samples.province, "level": samples.level, "indicator": samples.indicator,
             "key": f"ind:{samples.indicator}", "theme": samples.theme, "case_ids": samples.case_ids}
    kwargs = {}
    for name, param in inspect.signature(fn).parameters.items():
        if name in EXTRA_ARGUMENTS.get(fn.__name__, {}):
            kwargs[name] = EXTRA_ARGUMENTS[fn.__name__][name](samples)
        elif name in known and (param.default is inspect.Parameter.empty or name == "level"):
            kwargs[name] = known[name]
        elif param.default is inspect.Parameter.empty:
            return None
    return kwargs


# Arguments the name-based wiring above cannot guess: {function: {param: lambda samples: value}}.
EXTRA_ARGUMENTS: dict[str, dict] = {}


def query_functions():
    from app import queries

    for name, fn in inspect.getmembers(queries, inspect.isfunction):
        if fn.__module__ == queries.__name__ and not name.startswith("_") and name not in NOT_QUERIES \
                and "db" in inspect.signature(fn).parameters:
            yield name, fn


# --- the pandas twins --------------------------------------------------------------------

class Frames:
    """Every table in memory, as a pandas user would hold it."""

    def __init__(self, folder: Path):
        read = lambda name: pd.read_parquet(folder / f"{name}.parquet")  # noqa: E731
        self.cases, self.metrics, self.documents = read("cases"), read("metrics"), read("documents")
        self.recognitions, self.scores = read("recognitions"), read("case_scores")
        self.percentiles = read("indicator_percentiles")
        self.vocab = pd.read_csv(ROOT / "etl" / "vocab" / "indicators.csv", dtype=str)


def _filtered(P: Frames, f) -> pd.DataFrame:
    c, m = P.cases, np.ones(len(P.cases), dtype=bool)
    if f.year_from is not None:
        m &= c.year.between(f.year_from, f.year_to).fillna(False).to_numpy(bool)
    for col, values in (("agency", f.agencies), ("agency_type", f.agency_types),
                        ("province", f.provinces), ("domain", f.domains)):
        if values:
            m &= c[col].isin(values).to_numpy()
    if f.themes:
        wanted = set(f.themes)
        m &= c.themes.map(lambda ts: bool(wanted.intersection(ts))).to_numpy(bool)
    if f.q:
        hit = (c.title.fillna("").str.contains(f.q, regex=False) | c.agency.fillna("").str.contains(f.q, regex=False)
               | c.text.str.contains(f.q, regex=False))
        m &= hit.to_numpy(bool)
    return c[m]


def _score(P: Frames, w: dict) -> pd.Series:
    s = P.scores.set_index("case_id")
    total = sum(w.values())
    return 100 * sum(w[k] * s[k].fillna(0) for k in ("evidence", "performance", "recognition", "replication")) / total


def _n_results(P: Frames) -> pd.Series:
    m = P.metrics
    key = m.indicator.fillna(m.label + "|" + m.unit.fillna(""))
    return key.groupby(m.case_id).nunique()


def _exploded(fc: pd.DataFrame, cols: list[str]) -> pd.DataFrame:
    return fc[["themes", *cols]].explode("themes").dropna(subset=["themes"]).rename(columns={"themes": "theme"})


def _top_theme_matrix(fc, col, max_themes):
    t = _exploded(fc, [col]).dropna(subset=[col])
    top = t.theme.value_counts().head(max_themes).index
    return t[t.theme.isin(top)].groupby(["theme", col]).size().reset_index(name="n")


def _rollup(P, f, w, col, limit):
    fc = _filtered(P, f)[["case_id", "title", col]].dropna(subset=[col])
    score = _score(P, w).reindex(fc.case_id).fillna(_n_results(P).reindex(fc.case_id).fillna(0)).to_numpy()
    fc = fc.assign(score=score)
    g = fc.groupby(col)
    out = pd.DataFrame({"n": g.size(), "mean_score": g.score.mean(), "best_score": g.score.max()})
    best = fc.loc[g.score.idxmax()].set_index(col)
    out = out.join(best[["title", "case_id"]])
    return out.sort_values(["mean_score", "n"], ascending=[False, False]).head(limit)


def _recent(P, f, limit=10):
    fc = _filtered(P, f)[["case_id", "title", "agency", "agency_type", "province", "year", "doc_id", "seq"]]
    d = P.documents[["doc_id", "published_date", "source_path"]]
    return fc.merge(d, on="doc_id").sort_values(["published_date", "year", "source_path", "seq"],
                                                 ascending=[False, False, False, True]).head(limit)


def _leaderboard(P, f, weights, limit=100):
    fc = _filtered(P, f)[["case_id", "title", "agency", "agency_type", "province", "city", "year", "domain"]]
    out = fc.assign(score=_score(P, weights).reindex(fc.case_id).to_numpy(),
                    n_results=_n_results(P).reindex(fc.case_id).fillna(0).to_numpy())
    return out.sort_values(["score", "n_results", "year"], ascending=False).head(limit)


def _indicator_choices(P, f, limit=300):
    m = P.metrics[P.metrics.case_id.isin(_filtered(P, f).case_id)]
    key = ("ind:" + m.indicator).fillna("lu:" + m.label + "|" + m.unit.fillna(""))
    return m.case_id.groupby(key).nunique().sort_values(ascending=False).head(limit)


def _indicator_ranking(P, f, key, lower_is_better=False, limit=100):
    m = P.metrics[P.metrics.indicator == key[4:]]
    fc = _filtered(P, f)[["case_id", "title", "agency", "province", "year"]]
    j = m.merge(fc, on="case_id").sort_values("value", ascending=lower_is_better)
    return j.drop_duplicates("case_id").head(limit)


def _similar(P, case_id, limit=5, candidates=200, prefix_chars=3000):
    c = P.cases
    target = c[c.case_id == case_id].iloc[0]
    tthemes = set(target.themes)
    pool = c[(c.case_id != case_id) & ((c.agency_type == target.agency_type) | (c.domain == target.domain)
                                       | c.themes.map(lambda ts: bool(tthemes.intersection(ts))))]
    shared = pool.themes.map(lambda ts: len(tthemes.intersection(ts)))
    pool = pool.assign(shared=shared.to_numpy()).sort_values(["shared", "case_id"], ascending=[False, True]).head(candidates)

    def grams(t):
        t = t[:prefix_chars]
        return {t[i:i + 2] for i in range(len(t) - 1)}
    tg = grams(target.text)
    sims = pool.text.map(lambda t: len(grams(t) & tg) / max(len(grams(t) | tg), 1))
    return pool.assign(similarity=sims.to_numpy()).nlargest(limit, "similarity")


def _lookup(frame, col, value):
    return frame[frame[col] == value]


def _case_detail(P, case_id, weights):
    case = _lookup(P.cases, "case_id", case_id).merge(P.documents, on="doc_id", suffixes=("", "_doc"))
    score = _lookup(P.scores, "case_id", case_id)
    total = sum(weights.values())
    points = 100 * sum(weights[k] * score[k].fillna(0) for k in ("evidence", "performance", "recognition",
                                                                 "replication")) / total
    recognitions = _lookup(P.recognitions, "case_id", case_id).sort_values(["char_start", "recognition_id"])
    return case.assign(score=points.to_numpy()[:1] if len(points) else None,
                       recognitions=[recognitions.to_dict("records")])


PANDAS_TWINS = {
    "filter_options": lambda P: (P.cases.year.min(), P.cases.year.max(), P.cases.agency.value_counts(),
                                 P.cases.agency_type.value_counts(), P.cases.province.value_counts(),
                                 P.cases.themes.explode().value_counts(), P.cases.domain.value_counts()),
    "headline_counts": lambda P, f: (lambda fc: {
        "documents": fc.doc_id.nunique(), "cases": len(fc), "agencies": fc.agency.nunique(),
        "regions": fc.adcode.fillna(fc.province).nunique(),
        "figures": int(P.metrics.case_id.isin(fc.case_id).sum())})(_filtered(P, f)),
    "cases_by_year": lambda P, f: _filtered(P, f).dropna(subset=["year"]).groupby("year").size(),
    "cases_by_agency_type": lambda P, f: _filtered(P, f).agency_type.fillna("other").value_counts(),
    "top_themes": lambda P, f, limit=15: _filtered(P, f).themes.explode().value_counts().head(limit),
    "recent_cases": _recent,
    "case_leaderboard": _leaderboard,
    "agency_leaderboard": lambda P, f, weights, limit=100: _rollup(P, f, weights, "agency", limit),
    "region_leaderboard": lambda P, f, weights, limit=100: _rollup(
        P, f, weights, "city" if len(f.provinces) == 1 else "province", limit),
    "indicator_choices": _indicator_choices,
    "indicator_direction": lambda P, indicator: P.vocab.loc[P.vocab.key == indicator, "direction"].head(1),
    "indicator_ranking": _indicator_ranking,
    "cases_by_province": lambda P, f, theme=None: _filtered(P, f).province.value_counts(),
    "cases_by_region_in_province": lambda P, f, province, theme=None, level="city": (
        lambda fc: fc[fc.province == province][level].value_counts())(_filtered(P, f)),
    "theme_province_matrix": lambda P, f, max_themes=25: _top_theme_matrix(_filtered(P, f), "province", max_themes),
    "theme_agency_type_matrix": lambda P, f, max_themes=25: _top_theme_matrix(
        _filtered(P, f).assign(agency_type=lambda d: d.agency_type.fillna("other")), "agency_type", max_themes),
    "themes_by_year": lambda P, f, max_themes=10: _top_theme_matrix(_filtered(P, f), "year", max_themes),
    "case_detail": _case_detail,
    "case_metrics": lambda P, case_id: _lookup(P.metrics, "case_id", case_id).sort_values(["char_start", "metric_id"]),
    "case_percentiles": lambda P, case_id: _lookup(P.percentiles, "case_id", case_id).sort_values("percentile"),
    "similar_cases": _similar,
    "filtered_cases": lambda P, f, limit=5000: _filtered(P, f).drop(columns=["text"]).sort_values(
        ["year", "province", "agency", "doc_id", "seq"], ascending=[False, True, True, True, True]).head(limit),
    "filtered_metrics": lambda P, f, limit=5000: (lambda fc: P.metrics.merge(
        fc[["case_id", "title", "agency", "year", "doc_id", "seq"]], on="case_id").sort_values(
        ["year", "doc_id_y", "seq", "char_start"], ascending=[False, True, True, True]).head(limit))(_filtered(P, f)),
    "filtered_documents": lambda P, f, limit=5000: P.documents[P.documents.doc_id.isin(_filtered(P, f).doc_id)]
        .drop(columns=["text"]).sort_values(["published_date", "source_path"], ascending=False).head(limit),
}


# --- timing ------------------------------------------------------------------------------

def timed(call, reps: int) -> tuple[float, float, object]:
    result = call()  # warm-up: first reads of the Parquet footers, pandas' first allocations
    samples = []
    for _ in range(reps):
        t0 = time.perf_counter()
        result = call()
        samples.append((time.perf_counter() - t0) * 1000)
    samples.sort()
    p95 = samples[min(len(samples) - 1, int(round(0.95 * (len(samples) - 1))))]
    return statistics.median(samples), p95, result


def _rows(result) -> str:
    if isinstance(result, dict):
        return "1"
    if isinstance(result, (pd.DataFrame, pd.Series, list, tuple)):
        return str(len(result))
    return "1" if result is not None else "0"


def load_tables_into_memory(db) -> None:
    """Experiment (--tables-in-memory): replace the read_parquet views by DuckDB tables,
    to show what re-reading the Parquet files on every query costs."""
    from etl import schema

    for name in schema.TABLES:
        db.con.execute(f"CREATE TABLE {name}__mem AS SELECT * FROM {name}")
        db.con.execute(f"DROP VIEW IF EXISTS {name}")
        db.con.execute(f"DROP TABLE IF EXISTS {name}")
        db.con.execute(f"ALTER TABLE {name}__mem RENAME TO {name}")


def bench_queries(reps: int, tables_in_memory: bool = False, only: list[str] | None = None) -> list[dict]:
    from app import queries
    from app.db import open_database

    db = open_database(SNAPSHOT)
    if tables_in_memory:
        load_tables_into_memory(db)
    samples = pick_samples(db)
    weights = queries.default_weights()
    t0 = time.perf_counter()
    P = Frames(SNAPSHOT)
    print(f"pandas: all tables loaded in {time.perf_counter() - t0:.1f} s "
          f"({psutil.Process().memory_info().rss / 2**20:.0f} MB RSS in this process)", flush=True)
    rows = []
    for name, fn in query_functions():
        if only and not any(word in name for word in only):
            continue
        takes_filters = "f" in inspect.signature(fn).parameters
        states = filter_states(samples).items() if takes_filters else [("—", None)]
        for state, f in states:
            kwargs = arguments_for(fn, db, f, samples, weights)
            row = {"query": name, "filters": state}
            if kwargs is None:
                row["note"] = "参数未知：在 EXTRA_ARGUMENTS 中补充"
                rows.append(row)
                continue
            try:
                row["p50_ms"], row["p95_ms"], result = timed(lambda: fn(**kwargs), reps)
            except Exception as exc:  # a broken query is a finding of the benchmark, not the end of it
                row["note"] = f"查询出错：{type(exc).__name__}: {exc}"[:160]
                rows.append(row)
                print(_format_row(row), flush=True)
                continue
            row["rows"] = _rows(result)
            twin = PANDAS_TWINS.get(name)
            if twin is not None:
                twin_kwargs = {k: v for k, v in kwargs.items() if k != "db"}
                try:
                    row["pandas_p50_ms"], row["pandas_p95_ms"], twin_result = timed(
                        lambda: twin(P, **twin_kwargs), reps)
                    row["pandas_rows"] = _rows(twin_result)
                except Exception as exc:  # the twin is ours: report it beside the row
                    row["pandas_rows"] = f"twin error {type(exc).__name__}: {exc}"[:80]
            rows.append(row)
            print(_format_row(row), flush=True)
    return rows


# --- app memory --------------------------------------------------------------------------

def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _tree_rss_mb(proc: psutil.Process) -> float:
    total = 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_info().rss
        except psutil.NoSuchProcess:
            pass
    return total / 2**20


def bench_app_memory(samples_case: str) -> dict:
    """RSS of the streamlit server after each page, over the synthetic snapshot."""
    if not (ROOT / "dashboard.py").exists():
        return {"note": "dashboard.py 尚不存在"}
    if not Path(CHROMIUM).exists():
        return {"note": f"{CHROMIUM} 不存在（apt-get install chromium fonts-noto-cjk）"}
    from playwright.sync_api import sync_playwright

    port = _free_port()
    env = {**os.environ, "REFORM_DATA_DIR": str(SNAPSHOT)}
    log = open(OUT / "dashboard_bench_streamlit.log", "w", encoding="utf-8")
    server = subprocess.Popen([sys.executable, "-m", "streamlit", "run", "dashboard.py", "--server.headless", "true",
                               "--server.port", str(port), "--server.address", "127.0.0.1",
                               "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
                              cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
    proc = psutil.Process(server.pid)
    url = f"http://127.0.0.1:{port}"
    result = {"pages": {}}
    try:
        for _ in range(200):
            try:
                urllib.request.urlopen(url + "/_stcore/health", timeout=1)
                break
            except OSError:
                time.sleep(0.3)
        result["idle_mb"] = _tree_rss_mb(proc)
        with sync_playwright() as pw:
            browser = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            page = browser.new_page(viewport={"width": 1440, "height": 1000})
            page.goto(url + "/")
            page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=120_000)
            # The first run also opens the snapshot (builds its in-memory tables, a few seconds):
            # wait for the page navigation before reading it.
            try:
                page.wait_for_selector(NAV_LINKS, timeout=60_000)
            except Exception:  # noqa: BLE001 - a single-page app has no navigation: measure "/" only
                pass
            paths = [p for p in page.locator(NAV_LINKS).evaluate_all(
                "els => els.map(e => new URL(e.href).pathname)")] or ["/"]
            paths = [p + (f"?case={samples_case}" if p.rstrip("/").endswith("case") else "") for p in paths]
            for path in paths + ["/data?type=court"]:
                t0 = time.perf_counter()
                page.goto(url + path)
                page.wait_for_timeout(300)
                page.wait_for_selector('[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=120_000)
                result["pages"][path] = {"seconds": round(time.perf_counter() - t0, 2), "rss_mb": _tree_rss_mb(proc),
                                         "exception": page.locator('[data-testid="stException"]').count() > 0}
                print(f"  {path:40s} {result['pages'][path]['seconds']:6.2f} s  "
                      f"RSS {result['pages'][path]['rss_mb']:7.0f} MB"
                      + ("  EXCEPTION on page" if result["pages"][path]["exception"] else ""), flush=True)
            browser.close()
        result["peak_mb"] = max([result["idle_mb"], *(p["rss_mb"] for p in result["pages"].values())])
    finally:
        server.terminate()
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()
    return result


# --- report ------------------------------------------------------------------------------

def _ms(value) -> str:
    return f"{value:8.1f}" if isinstance(value, float) else f"{'—':>8}"


def _verdict(row) -> str:
    if "p95_ms" not in row:
        return row.get("note", "")
    marks = ["OK" if row["p95_ms"] < P95_TARGET_MS else "SLOW(>100ms)"]
    if "pandas_p50_ms" in row and row["p50_ms"] > row["pandas_p50_ms"]:
        marks.append("slower-than-pandas")
    return " ".join(marks)


def _format_row(row) -> str:
    return (f"{row['query']:28s} {row['filters']:10s} {_ms(row.get('p50_ms'))} {_ms(row.get('p95_ms'))}   "
            f"{_ms(row.get('pandas_p50_ms'))} {_ms(row.get('pandas_p95_ms'))}  "
            f"{row.get('rows', ''):>6s}/{row.get('pandas_rows', '—'):<6s} {_verdict(row)}")


HEADER = (f"{'query':28s} {'filters':10s} {'p50 ms':>8s} {'p95 ms':>8s}   {'pd p50':>8s} {'pd p95':>8s}  "
          f"{'rows sql/pd':13s} verdict")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.dashboard_bench", description="仪表盘查询延迟与内存基准（合成数据）")
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--figures", type=int, default=1_500_000)
    parser.add_argument("--reps", type=int, default=15)
    parser.add_argument("--regenerate", action="store_true", help="重新生成合成快照")
    parser.add_argument("--no-browser", action="store_true", help="不测应用内存")
    parser.add_argument("--strict", action="store_true", help="未达标时以非零状态退出")
    parser.add_argument("--only", action="append", metavar="NAME",
                        help="只测名字含 NAME 的查询（可重复）；用于改查询时快速迭代")
    parser.add_argument("--tables-in-memory", action="store_true",
                        help="实验：先把各表（连同大文本列）载入 DuckDB 内存再计时（应用本身只把不含大文本的派生表放进内存）")
    args = parser.parse_args(argv)

    OUT.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    manifest = ensure_snapshot(args.cases, args.figures, args.regenerate)
    print(f"synthetic snapshot {manifest['snapshot_id']} in {SNAPSHOT} ({time.perf_counter() - t0:.1f} s): "
          f"{manifest['cases']:,} cases, {manifest['metrics']:,} figures, "
          f"{manifest['indicator_percentiles']:,} percentiles", flush=True)
    print(HEADER)
    t1 = time.perf_counter()
    rows = bench_queries(args.reps, args.tables_in_memory, args.only)
    print(f"database opened and queries timed in {time.perf_counter() - t1:.1f} s", flush=True)
    memory = {}
    if not args.no_browser:
        from app.db import open_database
        print("app memory (streamlit server + children, RSS after each page):", flush=True)
        memory = bench_app_memory(pick_samples(open_database(SNAPSHOT)).case_id)

    timed_rows = [r for r in rows if "p95_ms" in r]
    slow = [r for r in timed_rows if r["p95_ms"] >= P95_TARGET_MS]
    behind = [r for r in timed_rows if "pandas_p50_ms" in r and r["p50_ms"] > r["pandas_p50_ms"]]
    print("\n" + HEADER)
    for row in rows:
        print(_format_row(row))
    print(f"\n{len(timed_rows)} query runs; p95 ≥ {P95_TARGET_MS:.0f} ms: {len(slow)}; "
          f"slower than pandas (p50): {len(behind)}")
    for r in slow:
        print(f"  SLOW   {r['query']} [{r['filters']}] p95 {r['p95_ms']:.0f} ms")
    for r in behind:
        print(f"  BEHIND {r['query']} [{r['filters']}] {r['p50_ms']:.1f} ms vs pandas {r['pandas_p50_ms']:.1f} ms")
    if memory.get("peak_mb") is not None:
        print(f"app memory: idle {memory['idle_mb']:.0f} MB, peak {memory['peak_mb']:.0f} MB "
              f"(target < {MEMORY_TARGET_MB:.0f} MB)")
    elif memory:
        print(f"app memory: not measured — {memory.get('note')}")
    (OUT / "dashboard_bench.json").write_text(json.dumps(
        {"snapshot": manifest, "queries": rows, "memory": memory}, ensure_ascii=False, indent=1, default=str),
        encoding="utf-8")
    failed = bool(slow or behind or (memory.get("peak_mb") or 0) >= MEMORY_TARGET_MB)
    return 1 if (args.strict and failed) else 0


if __name__ == "__main__":
    sys.exit(main())
