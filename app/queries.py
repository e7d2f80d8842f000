"""All SQL the dashboard runs: one named function per question a page asks.

Values are always bound parameters ($name), never formatted into the SQL; the
only SQL that is assembled is the fixed WHERE fragment chosen by which filters
are set.  Every function returns just what its view shows (aggregates, LIMIT),
never a whole table.

Queries run on the in-memory tables app/db.py derives from the snapshot
(case_facts, figure_facts, document_facts, score_facts, recognition_facts);
the big text columns (hot.case_texts, hot.figure_sentences, hot.document_texts)
are joined only for the rows a query returns, by their row position
(`text_row`, `sentence_row`) after the LIMIT.
"""
from __future__ import annotations

import csv
from dataclasses import dataclass

import pandas as pd

from app.db import VOCAB_DIR, Database
from app.filters import FilterOptions, Filters

COMPONENTS = ("evidence", "performance", "recognition", "replication")


# --- filters ---------------------------------------------------------------------------

def case_filter(f: Filters, alias: str = "c") -> tuple[str, dict]:
    """WHERE fragment over `case_facts c` for the sidebar filters, and its parameters."""
    c = alias
    clauses, params = ["TRUE"], {}
    if f.year_from is not None:
        clauses.append(f"{c}.year BETWEEN $year_from AND $year_to")
        params.update(year_from=f.year_from, year_to=f.year_to)
    if f.agencies:
        clauses.append(f"list_contains($agencies, {c}.agency)")
        params["agencies"] = list(f.agencies)
    if f.agency_types:
        clauses.append(f"list_contains($agency_types, {c}.agency_type)")
        params["agency_types"] = list(f.agency_types)
    if f.provinces:
        clauses.append(f"list_contains($provinces, {c}.province)")
        params["provinces"] = list(f.provinces)
    if f.themes:
        clauses.append(f"list_has_any({c}.themes, $themes::VARCHAR[])")
        params["themes"] = list(f.themes)
    if f.domains:
        clauses.append(f"list_contains($domains, {c}.domain)")
        params["domains"] = list(f.domains)
    if f.q:
        # Chinese has no word boundaries: plain substring search over title, agency and text.
        # The texts sit apart (hot.case_texts, by text_row); only the texts of the cases
        # the other filters keep are searched.
        others = " AND ".join(clauses).replace(f"{c}.", "k.")
        clauses.append(f"(strpos(coalesce({c}.title, ''), $q) > 0 OR strpos(coalesce({c}.agency_full, ''), $q) > 0"
                       f" OR {c}.text_row IN (SELECT t.text_row FROM case_facts k JOIN hot.case_texts t"
                       f" ON t.text_row = k.text_row WHERE {others} AND strpos(t.text, $q) > 0))")
        params["q"] = f.q
    return " AND ".join(clauses), params


def filter_options(db: Database) -> FilterOptions:
    """The values each sidebar filter can take in this snapshot."""
    years = db.query("SELECT min(year) AS lo, max(year) AS hi FROM case_facts", what="年份范围")

    def distinct(sql: str, what: str) -> tuple[str, ...]:
        return tuple(db.query(sql, what=what).iloc[:, 0].tolist())

    lo, hi = years.at[0, "lo"], years.at[0, "hi"]
    return FilterOptions(
        year_min=None if pd.isna(lo) else int(lo),
        year_max=None if pd.isna(hi) else int(hi),
        agencies=distinct("SELECT agency FROM case_facts WHERE agency IS NOT NULL GROUP BY agency "
                          "ORDER BY count(*) DESC, agency", "机构列表"),
        agency_types=distinct("SELECT agency_type FROM case_facts WHERE agency_type IS NOT NULL "
                              "GROUP BY agency_type ORDER BY count(*) DESC", "机构类型"),
        provinces=distinct("SELECT province FROM case_facts WHERE province IS NOT NULL GROUP BY province "
                           "ORDER BY count(*) DESC, province", "省份列表"),
        themes=distinct("SELECT theme FROM (SELECT unnest(themes) AS theme FROM case_facts) "
                        "GROUP BY theme ORDER BY count(*) DESC, theme", "主题列表"),
        domains=distinct("SELECT domain FROM case_facts WHERE domain IS NOT NULL GROUP BY domain "
                         "ORDER BY count(*) DESC, domain", "领域列表"),
    )


# --- overview --------------------------------------------------------------------------

def headline_counts(db: Database, f: Filters) -> dict[str, int]:
    where, params = case_filter(f)
    frame = db.query(f"""
        SELECT count(DISTINCT c.doc_id) AS documents, count(*) AS cases, count(DISTINCT c.agency) AS agencies,
               count(DISTINCT coalesce(c.adcode, c.province)) AS regions,
               coalesce(sum(c.n_figures), 0) AS figures
        FROM case_facts c WHERE {where}
        """, params, what="总数")
    return {k: int(v) for k, v in frame.iloc[0].items()}


def _once_unfiltered(db: Database, name: str, f: Filters, count):
    """Counts before any filter is set are the same for every visitor until the next
    snapshot: counted once per snapshot (a copy each time: pages may change their frame)."""
    return db.per_snapshot(name, count).copy() if f.is_empty() else count()


def cases_by_year(db: Database, f: Filters) -> pd.DataFrame:
    where, params = case_filter(f)
    return _once_unfiltered(db, "cases_by_year", f, lambda: db.query(
        f"SELECT c.year, count(*) AS n FROM case_facts c WHERE {where} AND c.year IS NOT NULL "
        "GROUP BY c.year ORDER BY c.year", params, what="各年份案例数"))


def cases_by_agency_type(db: Database, f: Filters) -> pd.DataFrame:
    where, params = case_filter(f)
    # Counted by the ENUM first (cheap), then untyped cases join 'other'.
    return _once_unfiltered(db, "cases_by_agency_type", f, lambda: db.query(
        f"""SELECT coalesce(agency_type, 'other') AS agency_type, sum(n)::BIGINT AS n FROM (
                SELECT c.agency_type, count(*) AS n FROM case_facts c WHERE {where} GROUP BY 1)
            GROUP BY 1 ORDER BY n DESC, agency_type""", params, what="各类机构案例数"))


def top_themes(db: Database, f: Filters, limit: int = 15) -> pd.DataFrame:
    where, params = case_filter(f)
    return db.query(f"SELECT theme, count(*) AS n FROM (SELECT unnest(c.themes) AS theme FROM case_facts c "
                    f"WHERE {where}) GROUP BY theme ORDER BY n DESC, theme LIMIT $limit",
                    {**params, "limit": limit}, what="主要主题")


def recent_cases(db: Database, f: Filters, limit: int = 10) -> pd.DataFrame:
    """Newest first: by the document's date, then the year the case is about."""
    where, params = case_filter(f)
    return db.query(f"""
        SELECT c.case_id, c.title, c.agency, c.agency_type, c.province, c.year, d.published_date
        FROM case_facts c JOIN document_facts d ON d.doc_id = c.doc_id
        WHERE {where}
        ORDER BY d.published_date DESC NULLS LAST, c.year DESC NULLS LAST, d.source_path DESC, c.seq
        LIMIT $limit""", {**params, "limit": limit}, what="最近收录的案例")


# --- leaderboard -----------------------------------------------------------------------

def default_weights() -> dict[str, float]:
    """Weights from etl/vocab/score_components.csv; equal weights when it is missing."""
    weights = {c: 1.0 for c in COMPONENTS}
    path = VOCAB_DIR / "score_components.csv"
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            for row in csv.DictReader(fh):
                key = (row.get("component") or row.get("key") or "").strip()
                if key in weights:
                    try:
                        weights[key] = float(row.get("default_weight") or 1)
                    except ValueError:
                        pass
    except OSError:
        pass
    return weights


def _weight_params(weights: dict[str, float]) -> dict[str, float]:
    return {f"w_{c}": float(weights.get(c, 0.0)) for c in COMPONENTS}


# The score of issue 4: 100 * sum(w_i * c_i) / sum(w_i), with the user's weights bound.
_SCORE = """CASE WHEN s.case_id IS NULL THEN NULL ELSE
    100 * ($w_evidence * coalesce(s.evidence, 0) + $w_performance * coalesce(s.performance, 0)
         + $w_recognition * coalesce(s.recognition, 0) + $w_replication * coalesce(s.replication, 0))
    / nullif($w_evidence + $w_performance + $w_recognition + $w_replication, 0) END"""

# Evidence without a score table: case_facts.n_results, how many distinct quantified
# results (indicator, or label+unit) a case reports, counted once per snapshot (app/db.py).


def case_leaderboard(db: Database, f: Filters, weights: dict[str, float], limit: int = 100) -> pd.DataFrame:
    where, params = case_filter(f)
    return db.query(f"""
        SELECT c.case_id, c.title, c.agency, c.agency_type, c.province, c.city, c.year, c.domain,
               {_SCORE} AS score,
               s.evidence, s.performance, s.recognition, s.replication, s.top_recognition_level,
               c.n_results
        FROM case_facts c LEFT JOIN score_facts s ON s.case_id = c.case_id
        WHERE {where}
        ORDER BY score DESC NULLS LAST, n_results DESC, c.year DESC NULLS LAST, c.title, c.case_id
        LIMIT $limit""", {**params, **_weight_params(weights), "limit": limit}, what="案例排行")


def _rollup(db: Database, f: Filters, weights: dict[str, float], group_sql: str, limit: int,
            what: str) -> pd.DataFrame:
    where, params = case_filter(f)
    return db.query(f"""
        WITH scored AS (
            SELECT {group_sql} AS region_or_agency, c.case_id, c.title,
                   coalesce({_SCORE}, c.n_results) AS score
            FROM case_facts c LEFT JOIN score_facts s ON s.case_id = c.case_id
            WHERE {where})
        SELECT region_or_agency AS name, count(*) AS n, avg(score) AS mean_score, max(score) AS best_score,
               arg_max(title, score) AS best_case, arg_max(case_id, score) AS case_id
        FROM scored WHERE region_or_agency IS NOT NULL
        GROUP BY region_or_agency
        ORDER BY mean_score DESC, n DESC, name
        LIMIT $limit""", {**params, **_weight_params(weights), "limit": limit}, what=what)


def agency_leaderboard(db: Database, f: Filters, weights: dict[str, float], limit: int = 100) -> pd.DataFrame:
    return _rollup(db, f, weights, "c.agency", limit, "机构排行")


def region_leaderboard(db: Database, f: Filters, weights: dict[str, float], limit: int = 100) -> pd.DataFrame:
    """Provinces; with one province chosen in the filters, its cities."""
    group = "c.city" if len(f.provinces) == 1 else "c.province"
    return _rollup(db, f, weights, group, limit, "地区排行")


@dataclass(frozen=True)
class IndicatorChoice:
    key: str            # 'ind:<indicator>' or 'lu:<label>|<unit>'
    label: str
    n_cases: int


def indicator_choices(db: Database, f: Filters, limit: int = 300) -> list[IndicatorChoice]:
    """Indicators (or label+unit when no indicator fits) quantified by the filtered cases."""
    where, params = case_filter(f)
    if where == "TRUE":  # no filter: counted once per snapshot (app/db.py)
        sql = "SELECT key, label, n_cases FROM result_key_totals ORDER BY n_cases DESC, key LIMIT $limit"
    else:
        sql = f"""
        WITH fm AS (
            SELECT m.case_id,
                   CASE WHEN m.indicator IS NOT NULL THEN 'ind:' || m.indicator
                        ELSE 'lu:' || m.label || '|' || coalesce(m.unit, '') END AS key,
                   coalesce(v.name_zh, m.indicator, m.label) || '（' || coalesce(m.unit, '') || '）' AS label
            FROM figure_facts m SEMI JOIN (SELECT c.text_row FROM case_facts c WHERE {where}) fc
                ON fc.text_row = m.case_row
            LEFT JOIN indicator_vocab v ON v.key = m.indicator
            WHERE m.indicator IS NOT NULL OR m.label IS NOT NULL)
        SELECT key, min(label) AS label, count(DISTINCT case_id) AS n_cases
        FROM fm GROUP BY key
        ORDER BY n_cases DESC, key
        LIMIT $limit"""
    frame = db.query(sql, {**params, "limit": limit}, what="指标列表")
    return [IndicatorChoice(r.key, r.label, int(r.n_cases)) for r in frame.itertuples()]


def indicator_direction(db: Database, indicator: str) -> str | None:
    """'higher' or 'lower' is better, as etl/vocab/indicators.csv says; None when it does not."""
    directions = db.per_snapshot("indicator_directions", lambda: {
        key: value.strip().lower() for key, value in db.query(
            "SELECT key, direction FROM indicator_vocab WHERE direction IS NOT NULL", what="指标方向").itertuples(
            index=False)})
    value = directions.get(indicator)
    return value if value in ("higher", "lower") else None


def indicator_ranking(db: Database, f: Filters, key: str, lower_is_better: bool = False,
                      limit: int = 100) -> pd.DataFrame:
    """Each filtered case's best figure on one indicator (or label+unit), ranked."""
    where, params = case_filter(f)
    if key.startswith("ind:"):
        match, params["indicator"] = "m.indicator = $indicator", key[4:]
    else:
        label, _, unit = key[3:].rpartition("|")
        match = "m.indicator IS NULL AND m.label = $label AND coalesce(m.unit, '') = $unit"
        params.update(label=label, unit=unit)
    return db.query(f"""
        WITH ranked AS (
            SELECT c.case_id, c.title, c.agency, c.province, m.value, m.unit, m.qualifier,
                   coalesce(m.period, c.year) AS year, m.label, m.sentence_row,
                   CASE WHEN $lower THEN m.value ELSE -m.value END AS rank_value
            FROM figure_facts m JOIN case_facts c ON c.text_row = m.case_row
            WHERE {where} AND {match}
            QUALIFY row_number() OVER (PARTITION BY m.case_id ORDER BY rank_value, m.metric_id) = 1
            ORDER BY rank_value, c.title, c.case_id
            LIMIT $limit)
        {_WITH_SENTENCE.format(rows="ranked", order="rank_value, title, case_id")}""",
                    {**params, "lower": lower_is_better, "limit": limit}, what="单项指标排行")


# The figures' sentences (compressed, apart from the figures): joined to the rows shown only.
_WITH_SENTENCE = """SELECT r.* EXCLUDE (sentence_row, rank_value), s.sentence
        FROM {rows} r LEFT JOIN hot.figure_sentences s ON s.sentence_row = r.sentence_row
        ORDER BY {order}"""


# --- themes ----------------------------------------------------------------------------

def _theme_filter(theme: str | None) -> tuple[str, dict]:
    if theme:
        return "list_contains(c.themes, $map_theme)", {"map_theme": theme}
    return "TRUE", {}


def cases_by_province(db: Database, f: Filters, theme: str | None = None) -> pd.DataFrame:
    where, params = case_filter(f)
    tw, tp = _theme_filter(theme)
    return _once_unfiltered(db, f"cases_by_province:{theme or ''}", f, lambda: db.query(
        f"SELECT c.province, count(*) AS n FROM case_facts c WHERE {where} AND {tw} "
        "AND c.province IS NOT NULL GROUP BY c.province ORDER BY n DESC, c.province",
        {**params, **tp}, what="各省案例数"))


def cases_by_region_in_province(db: Database, f: Filters, province: str, theme: str | None = None,
                                level: str = "city") -> pd.DataFrame:
    """A province's cities (level 'city') or districts (level 'county'): name, n."""
    where, params = case_filter(f)
    tw, tp = _theme_filter(theme)
    return db.query(f"""
        SELECT CASE WHEN $level = 'county' THEN c.county ELSE c.city END AS name, count(*) AS n
        FROM case_facts c WHERE {where} AND {tw} AND c.province = $province
        GROUP BY 1 HAVING name IS NOT NULL ORDER BY n DESC, name""",
                    {**params, **tp, "province": province, "level": level}, what="市县案例数")


def theme_province_matrix(db: Database, f: Filters, max_themes: int = 25) -> pd.DataFrame:
    where, params = case_filter(f)
    return db.query(f"""
        WITH t AS (SELECT unnest(c.themes) AS theme, c.province FROM case_facts c
                   WHERE {where} AND c.province IS NOT NULL),
        top AS (SELECT theme FROM t GROUP BY theme ORDER BY count(*) DESC, theme LIMIT $max_themes)
        SELECT theme, province, count(*) AS n FROM t SEMI JOIN top USING (theme)
        GROUP BY theme, province ORDER BY theme, province""",
                    {**params, "max_themes": max_themes}, what="主题×省份")


def theme_agency_type_matrix(db: Database, f: Filters, max_themes: int = 25) -> pd.DataFrame:
    where, params = case_filter(f)
    return db.query(f"""
        WITH t AS (SELECT unnest(c.themes) AS theme, coalesce(c.agency_type, 'other') AS agency_type
                   FROM case_facts c WHERE {where}),
        top AS (SELECT theme FROM t GROUP BY theme ORDER BY count(*) DESC, theme LIMIT $max_themes)
        SELECT theme, agency_type, count(*) AS n FROM t SEMI JOIN top USING (theme)
        GROUP BY theme, agency_type ORDER BY theme, agency_type""",
                    {**params, "max_themes": max_themes}, what="主题×机构类型")


def themes_by_year(db: Database, f: Filters, max_themes: int = 10) -> pd.DataFrame:
    where, params = case_filter(f)
    return db.query(f"""
        WITH t AS (SELECT unnest(c.themes) AS theme, c.year FROM case_facts c WHERE {where} AND c.year IS NOT NULL),
        top AS (SELECT theme FROM t GROUP BY theme ORDER BY count(*) DESC, theme LIMIT $max_themes)
        SELECT year, theme, count(*) AS n FROM t SEMI JOIN top USING (theme)
        GROUP BY year, theme ORDER BY year, theme""", {**params, "max_themes": max_themes}, what="各年份主题")


# --- one case --------------------------------------------------------------------------

# What the case page shows of each recognition, in this order.
RECOGNITION_FIELDS = ("recognition_id", "level", "kind", "issuer", "text", "char_start", "char_end")
_RECOGNITION_STRUCT = ", ".join(f"'{name}': r.{name}" for name in RECOGNITION_FIELDS)
_SCORE_FIELDS = (*COMPONENTS, "top_recognition_level")
_SCORE_PARTS = ", ".join(f"'{name}': s.{name}" for name in _SCORE_FIELDS)


def case_detail(db: Database, case_id: str, weights: dict[str, float]) -> dict | None:
    """Everything the case page shows of one case, in one round trip: its facts and text,
    its source document with the full text, its score under `weights` with the components
    (`scored` False and NULLs when the snapshot has none) and its recognitions (a list of
    dicts in text order)."""
    # Score and recognitions as uncorrelated subqueries on the case_id: joined, DuckDB
    # would hash all 100k scores to find one.
    row = db.record(f"""
        SELECT c.* EXCLUDE (text_row, n_figures, n_results, case_list_order, figure_list_order), t.text,
               d.title AS doc_title, d.source_path, d.publisher,
               d.published_date, d.warnings AS doc_warnings, d.n_chars AS doc_n_chars, dt.text AS doc_text,
               (SELECT {{'score': {_SCORE}, {_SCORE_PARTS}}}
                FROM score_facts s WHERE s.case_id = $case_id LIMIT 1) AS score_parts,
               coalesce((SELECT list({{{_RECOGNITION_STRUCT}}} ORDER BY r.char_start, r.recognition_id)
                         FROM recognition_facts r WHERE r.case_id = $case_id), []) AS recognitions
        FROM case_facts c JOIN document_facts d ON d.doc_id = c.doc_id
        LEFT JOIN hot.case_texts t ON t.text_row = c.text_row
        LEFT JOIN hot.document_texts dt ON dt.text_row = d.text_row
        WHERE c.case_id = $case_id LIMIT 1""", {"case_id": case_id, **_weight_params(weights)}, what="案例详情")
    if row is None:
        return None
    parts = row.pop("score_parts")
    row["scored"] = parts is not None
    row.update(parts or dict.fromkeys(("score", *_SCORE_FIELDS)))
    return row


def case_metrics(db: Database, case_id: str) -> pd.DataFrame:
    return db.query("""
        SELECT m.metric_id, m.label, m.value, m.unit, m.qualifier, m.kind, coalesce(v.name_zh, m.indicator) AS indicator,
               m.period, m.sentence, m.char_start, m.char_end
        FROM metrics m LEFT JOIN indicator_vocab v ON v.key = m.indicator
        WHERE m.case_id = $case_id ORDER BY m.char_start, m.metric_id""",
                    {"case_id": case_id}, what="案例数据")


def document_figures(db: Database, doc_id: str) -> pd.DataFrame:
    """The figures of a document that lie outside every case (an award list's preamble:
    申报项目241个): the document's own, shown with its cases and scored for none."""
    return db.query("""
        SELECT m.metric_id, m.label, m.value, m.unit, m.qualifier, m.kind, coalesce(v.name_zh, m.indicator) AS indicator,
               m.period, m.sentence, m.char_start, m.char_end
        FROM metrics m LEFT JOIN indicator_vocab v ON v.key = m.indicator
        WHERE m.doc_id = $doc_id AND m.case_id IS NULL ORDER BY m.char_start, m.metric_id""",
                    {"doc_id": doc_id}, what="文档数据")


def case_percentiles(db: Database, case_id: str) -> pd.DataFrame:
    return db.query("""
        SELECT coalesce(v.name_zh, p.indicator) AS indicator, p.value, p.percentile, p.n_cases
        FROM indicator_percentiles p LEFT JOIN indicator_vocab v ON v.key = p.indicator
        WHERE p.case_id = $case_id ORDER BY p.percentile DESC, p.indicator""", {"case_id": case_id}, what="指标百分位")


def similar_cases(db: Database, case_id: str, limit: int = 5, candidates: int = 200,
                  prefix_chars: int = 3000) -> pd.DataFrame:
    """Cases whose text shares the most character bigrams (Jaccard) with this one.

    Only cases sharing a theme, the agency type or the domain are compared, at most
    `candidates` of them (most shared themes first), on the first `prefix_chars`
    characters: the cost stays flat however large the snapshot grows.
    """
    # Candidates are chosen on the in-memory facts; only their texts are read from Parquet.
    return db.query("""
        WITH tf AS (SELECT case_id, themes, agency_type, domain, text_row FROM case_facts WHERE case_id = $case_id),
        cf AS (
            SELECT c.case_id, c.title, c.agency, c.province, c.year, c.text_row
            FROM case_facts c, tf
            WHERE c.case_id <> tf.case_id
              AND (list_has_any(c.themes, tf.themes) OR c.agency_type = tf.agency_type OR c.domain = tf.domain)
            ORDER BY len(list_intersect(c.themes, tf.themes)) DESC, c.case_id
            LIMIT $candidates),
        texts AS (
            SELECT text_row, left(text, $prefix_chars) AS t FROM hot.case_texts
            WHERE text_row IN (SELECT text_row FROM cf UNION ALL SELECT text_row FROM tf)),
        target AS (SELECT texts.t FROM tf JOIN texts ON texts.text_row = tf.text_row),
        cand AS (SELECT cf.*, texts.t FROM cf JOIN texts ON texts.text_row = cf.text_row),
        grams AS (
            SELECT case_id, title, agency, province, year,
                   list_distinct([substr(t, i::INTEGER, 2) FOR i IN range(1, length(t))]) AS g
            FROM cand),
        tg AS (SELECT list_distinct([substr(t, i::INTEGER, 2) FOR i IN range(1, length(t))]) AS g FROM target)
        SELECT grams.case_id, grams.title, grams.agency, grams.province, grams.year,
               len(list_intersect(grams.g, tg.g)) / greatest(len(list_distinct(list_concat(grams.g, tg.g))), 1)
                   AS similarity
        FROM grams, tg
        ORDER BY similarity DESC, grams.case_id
        LIMIT $limit""", {"case_id": case_id, "limit": limit, "candidates": candidates,
                          "prefix_chars": prefix_chars}, what="相似案例")


# --- data page -------------------------------------------------------------------------

def filtered_cases(db: Database, f: Filters, limit: int = 5000) -> pd.DataFrame:
    where, params = case_filter(f)
    return db.table(f"""
        SELECT c.case_id, c.title, c.agency, c.agency_type, c.province, c.city, c.county, c.adcode, c.year,
               c.domain, c.themes, c.summary, c.doc_id, c.seq
        FROM case_facts c WHERE {where}
        ORDER BY c.case_list_order  -- year DESC NULLS LAST, province, agency, doc_id, seq (app/db.py)
        LIMIT $limit""", {**params, "limit": limit}, what="案例表")


def filtered_metrics(db: Database, f: Filters, limit: int = 5000) -> pd.DataFrame:
    where, params = case_filter(f)
    return db.table(f"""
        WITH fc AS (  -- the first cases in table order, just enough of them to hold $limit figures
            SELECT c.case_id, c.text_row, c.title, c.agency, c.figure_list_order
            FROM case_facts c WHERE {where}
            -- figure_list_order: year DESC NULLS LAST, doc_id, seq, case_id (app/db.py)
            QUALIFY sum(c.n_figures) OVER (ORDER BY c.figure_list_order
                                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) < $limit
                 OR row_number() OVER (ORDER BY c.figure_list_order) = 1),
        ranked AS (
            SELECT m.metric_id, m.case_id, fc.title, fc.agency, m.label, m.value, m.unit, m.qualifier, m.kind,
                   m.indicator, m.period, m.sentence_row, fc.figure_list_order AS _order, m.char_start AS rank_value
            FROM figure_facts m JOIN fc ON fc.text_row = m.case_row
            ORDER BY fc.figure_list_order, m.char_start
            LIMIT $limit)
        SELECT * EXCLUDE (_order) FROM ({_WITH_SENTENCE.format(rows="ranked", order="_order, rank_value")})""",
                    {**params, "limit": limit}, what="量化数据表")


def filtered_documents(db: Database, f: Filters, limit: int = 5000) -> pd.DataFrame:
    where, params = case_filter(f)
    return db.table(f"""
        SELECT d.doc_id, d.title, d.publisher, d.published_date, d.year, d.source_path, d.n_chars,
               d.encoding, d.script, d.warnings
        FROM document_facts d
        WHERE d.doc_id IN (SELECT c.doc_id FROM case_facts c WHERE {where})
        ORDER BY d.published_date DESC NULLS LAST, d.source_path
        LIMIT $limit""", {**params, "limit": limit}, what="文档表")


# ======================================================================================
# Benchmark methodology / comparison queries (issue 4) — owned by the benchmark engineer.
# Add functions below this line; keep the section delimited.
# ======================================================================================

def methodology_components(db: Database) -> pd.DataFrame:
    """The score components as etl/vocab/score_components.csv defines them."""
    return db.query("""
        SELECT key, name_zh, criterion, TRY_CAST(default_weight AS DOUBLE) AS default_weight, parameters, formula_zh
        FROM read_csv($path, header = true, all_varchar = true)""",
                    {"path": str(VOCAB_DIR / "score_components.csv")}, what="评分构成")


def methodology_indicators(db: Database) -> pd.DataFrame:
    """The indicator catalogue, with how many figures and cases of this snapshot use each indicator."""
    return db.query("""
        WITH used AS (SELECT indicator, n_figures, n_cases FROM indicator_use)
        SELECT v.key, v.name_zh, v.name_en, v.unit, v.kind, v.direction, v.terms,
               coalesce(used.n_figures, 0) AS n_figures, coalesce(used.n_cases, 0) AS n_cases
        FROM read_csv($path, header = true, all_varchar = true) v
        LEFT JOIN used ON used.indicator = v.key
        ORDER BY n_figures DESC, v.key""",
                    {"path": str(VOCAB_DIR / "indicators.csv")}, what="指标目录")


def methodology_coverage(db: Database) -> pd.DataFrame:
    """Figures per kind and how many of them map to an indicator (one row per kind, plus the total)."""
    return db.query("""
        SELECT coalesce(kind, '合计') AS kind, count(*) AS n_figures, count(indicator) AS n_mapped,
               count(indicator) / nullif(count(*), 0) AS share_mapped
        FROM figure_facts GROUP BY ROLLUP (kind)
        ORDER BY kind IS NULL, n_figures DESC""", what="指标覆盖率")


def methodology_recognitions(db: Database) -> pd.DataFrame:
    """Recognitions by level and kind."""
    return db.query("""
        SELECT level, kind, count(*) AS n, count(DISTINCT case_id) AS n_cases
        FROM recognition_facts GROUP BY level, kind
        ORDER BY CASE level WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END, kind""",
                    what="荣誉层级")


def methodology_domains(db: Database) -> pd.DataFrame:
    """Cases per reform domain (null: no clue to a domain)."""
    return db.query("SELECT domain, count(*) AS n FROM case_facts GROUP BY domain ORDER BY n DESC, domain",
                    what="改革领域")


def compare_cases(db: Database, case_ids: list[str], weights: dict[str, float]) -> pd.DataFrame:
    """The chosen cases with their facts and score, in the order asked for."""
    return db.query(f"""
        SELECT c.case_id, c.title, c.agency, c.agency_type, c.province, c.city, c.county, c.year, c.domain,
               c.themes, {_SCORE} AS score, s.evidence, s.performance, s.recognition, s.replication,
               s.top_recognition_level
        FROM case_facts c LEFT JOIN score_facts s ON s.case_id = c.case_id
        WHERE list_contains($ids, c.case_id)
        ORDER BY list_position($ids, c.case_id)""",
                    {"ids": list(case_ids), **_weight_params(weights)}, what="案例对比")


def compare_indicators(db: Database, case_ids: list[str]) -> pd.DataFrame:
    """Long table: every indicator any chosen case quantifies, with each case's value and percentile.

    `n_sharing` says how many of the chosen cases quantify the indicator, so the page can
    put the shared ones first (like is compared with like)."""
    return db.query("""
        SELECT p.case_id, p.indicator, coalesce(v.name_zh, p.indicator) AS indicator_name, v.direction,
               p.value, m.unit, p.percentile, p.n_cases,
               count(*) OVER (PARTITION BY p.indicator) AS n_sharing
        FROM indicator_percentiles p
        LEFT JOIN (SELECT metric_id, unit FROM figure_facts    -- on the integer case_row: a string scan of 1.5M costs 50 ms
                   WHERE case_row IN (SELECT text_row FROM case_facts WHERE list_contains($ids, case_id))) m
            ON m.metric_id = p.metric_id
        LEFT JOIN indicator_vocab v ON v.key = p.indicator
        WHERE list_contains($ids, p.case_id)
        ORDER BY n_sharing DESC, indicator_name, p.indicator, list_position($ids, p.case_id), p.metric_id""",
                    {"ids": list(case_ids)}, what="对比指标")


def compare_recognitions(db: Database, case_ids: list[str]) -> pd.DataFrame:
    return db.query("""
        SELECT case_id, level, kind, issuer, text FROM recognition_facts
        WHERE list_contains($ids, case_id)
        ORDER BY list_position($ids, case_id),
                 CASE level WHEN 'national' THEN 1 WHEN 'provincial' THEN 2 WHEN 'municipal' THEN 3 ELSE 4 END,
                 char_start""", {"ids": list(case_ids)}, what="对比荣誉")


def compare_candidates(db: Database, f: Filters, weights: dict[str, float], limit: int = 200) -> pd.DataFrame:
    """Cases to pick from on the compare page: the best-scored ones under the current filters."""
    frame = case_leaderboard(db, f, weights, limit=limit)
    return frame[["case_id", "title", "agency"]]
