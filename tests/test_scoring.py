"""Score components (etl/scoring.py, etl/vocab/score_components.csv)."""
import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from etl import schema
from etl.scoring import COMPONENTS, combine, default_weights, load_components, score_snapshot

CRITERIA = {"创新性", "典型性", "实效性", "操作性", "借鉴性"}


def write_tables(folder, cases, metrics=(), recognitions=()):
    """Parquet with the full table contract; unspecified columns are null."""
    for name, rows in (("cases", [{"case_id": c} for c in cases]), ("metrics", metrics),
                       ("recognitions", recognitions)):
        sch = schema.TABLES[name]
        pq.write_table(pa.table({f.name: [r.get(f.name) for r in rows] for f in sch}, schema=sch),
                       folder / f"{name}.parquet")


def metric(mid, case, indicator, value, char_start=0, unit=None):
    return {"metric_id": mid, "case_id": case, "indicator": indicator, "value": value, "char_start": char_start,
            "unit": unit}


def recognition(rid, case, level, kind="typical_case"):
    return {"recognition_id": rid, "case_id": case, "level": level, "kind": kind}


def run(tmp_path, cases, metrics=(), recognitions=()):
    write_tables(tmp_path, cases, metrics, recognitions)
    out = score_snapshot(duckdb.connect(), tmp_path)
    scores = {r["case_id"]: r for r in out["case_scores"].to_pylist()}
    pct = {(r["case_id"], r["indicator"]): r for r in out["indicator_percentiles"].to_pylist()}
    return scores, pct


def score_of(row, weights=None):
    return combine({k: row[k] for k in COMPONENTS}, weights or default_weights())


# --- the component file -------------------------------------------------------

def test_components_file_names_the_four_components_in_order():
    assert tuple(c.key for c in load_components()) == COMPONENTS


def test_each_component_stands_for_one_criterion():
    for c in load_components():
        assert c.criterion in CRITERIA and c.formula_zh and c.default_weight > 0


# --- combine -----------------------------------------------------------------

def test_combine_is_the_weighted_mean_times_100():
    assert combine({"evidence": 1.0, "performance": 0.5, "recognition": 0.0, "replication": 0.0},
                   {"evidence": 1, "performance": 1, "recognition": 0, "replication": 0}) == pytest.approx(75.0)


def test_combine_with_zero_weights_is_zero():
    assert combine({"evidence": 1.0}, {"evidence": 0, "performance": 0}) == 0.0


# --- the tables --------------------------------------------------------------

def test_output_tables_follow_the_contract(tmp_path):
    write_tables(tmp_path, ["a"], [metric("m1", "a", "disputes_resolved", 5.0)])
    out = score_snapshot(duckdb.connect(), tmp_path)
    assert out["case_scores"].schema == schema.CASE_SCORES
    assert out["indicator_percentiles"].schema == schema.INDICATOR_PERCENTILES


def test_every_case_gets_a_row_even_without_figures(tmp_path):
    scores, _ = run(tmp_path, ["a", "b"])
    assert scores["b"]["evidence"] == 0.0 and scores["b"]["performance"] == 0.0
    assert scores["b"]["top_recognition_level"] is None


def test_higher_is_better_percentile(tmp_path):
    _, pct = run(tmp_path, ["a", "b", "c"], [metric("m1", "a", "disputes_resolved", 10.0),
                                              metric("m2", "b", "disputes_resolved", 20.0),
                                              metric("m3", "c", "disputes_resolved", 30.0)])
    assert [pct[(c, "disputes_resolved")]["percentile"] for c in "abc"] == [0.0, 0.5, 1.0]


def test_lower_is_better_percentile_is_inverted(tmp_path):
    _, pct = run(tmp_path, ["a", "b"], [metric("m1", "a", "avg_handling_days", 19.0),
                                         metric("m2", "b", "avg_handling_days", 99.52)])
    assert pct[("a", "avg_handling_days")]["percentile"] == 1.0
    assert pct[("b", "avg_handling_days")]["percentile"] == 0.0


def test_bigger_decline_in_new_cases_ranks_better(tmp_path):
    _, pct = run(tmp_path, ["a", "b"], [metric("m1", "a", "new_cases_change", -14.92),
                                         metric("m2", "b", "new_cases_change", 5.0)])
    assert pct[("a", "new_cases_change")]["percentile"] == 1.0


def test_ties_share_the_average_rank(tmp_path):
    _, pct = run(tmp_path, ["a", "b", "c"], [metric("m1", "a", "disputes_resolved", 10.0),
                                              metric("m2", "b", "disputes_resolved", 10.0),
                                              metric("m3", "c", "disputes_resolved", 30.0)])
    assert pct[("a", "disputes_resolved")]["percentile"] == pct[("b", "disputes_resolved")]["percentile"] == 0.25


def test_an_indicator_only_one_case_reports_is_neutral(tmp_path):
    _, pct = run(tmp_path, ["a"], [metric("m1", "a", "visits", 5.4e8)])
    assert pct[("a", "visits")]["percentile"] == 0.5
    assert pct[("a", "visits")]["n_cases"] == 1


def test_count_indicator_takes_the_headline_total(tmp_path):
    _, pct = run(tmp_path, ["a"], [metric("m1", "a", "registered_users", 2e5, 10),
                                   metric("m2", "a", "registered_users", 1.714e7, 20)])
    assert pct[("a", "registered_users")]["metric_id"] == "m2"


def test_rate_like_indicator_takes_the_best_value(tmp_path):
    # 执行结案平均用时99.52天, 比全省平均值(113.09天): the case's own, lower, figure.
    _, pct = run(tmp_path, ["a"], [metric("m1", "a", "avg_handling_days", 99.52, 10),
                                   metric("m2", "a", "avg_handling_days", 113.09, 20)])
    assert pct[("a", "avg_handling_days")]["value"] == 99.52


def test_figures_in_different_units_are_not_ranked_together(tmp_path):
    # 惠及群众50万人 vs 服务13万人次: people and visits are different quantities.
    write_tables(tmp_path, ["a", "b", "c"], [metric("m1", "a", "people_reached", 5e5, unit="人"),
                                             metric("m2", "b", "people_reached", 1.3e5, unit="人次"),
                                             metric("m3", "c", "people_reached", 2e5, unit="人次"),
                                             metric("m4", "a", "people_reached", 9e5, 30, unit="人次")])
    out = score_snapshot(duckdb.connect(), tmp_path)
    rows = {(r["case_id"], r["unit"]): r for r in out["indicator_percentiles"].to_pylist()}
    assert rows[("a", "人")]["n_cases"] == 1 and rows[("a", "人")]["percentile"] == 0.5
    assert rows[("b", "人次")]["n_cases"] == 3 and rows[("b", "人次")]["percentile"] == 0.0
    assert rows[("a", "人次")]["percentile"] == 1.0
    scores = {r["case_id"]: r for r in out["case_scores"].to_pylist()}
    assert scores["a"]["n_indicators"] == 1          # one indicator, quantified in two units


def test_a_documents_own_figure_ranks_no_case(tmp_path):
    # (case_id null: a figure outside every case, such as an award list's 申报项目156个)
    scores, pct = run(tmp_path, ["a", "b"], [metric("m1", "a", "disputes_resolved", 10.0),
                                              metric("m2", "b", "disputes_resolved", 20.0),
                                              metric("m3", None, "disputes_resolved", 5.0)])
    assert set(pct) == {("a", "disputes_resolved"), ("b", "disputes_resolved")}
    assert pct[("a", "disputes_resolved")]["percentile"] == 0.0
    assert pct[("a", "disputes_resolved")]["n_cases"] == 2
    assert set(scores) == {"a", "b"}


def test_unmapped_figures_do_not_count(tmp_path):
    scores, pct = run(tmp_path, ["a"], [metric("m1", "a", None, 5.0)])
    assert pct == {} and scores["a"]["n_indicators"] == 0


def test_evidence_saturates(tmp_path):
    keys = ["disputes_resolved", "cases_accepted", "cases_closed", "visits", "trainings", "hearings", "case_leads"]
    scores, _ = run(tmp_path, ["a"], [metric(f"m{i}", "a", k, 1.0) for i, k in enumerate(keys)])
    assert scores["a"]["evidence"] == 1.0 and scores["a"]["n_indicators"] == 7


def test_recognition_is_the_highest_level(tmp_path):
    scores, _ = run(tmp_path, ["a"], [], [recognition("r1", "a", "municipal"), recognition("r2", "a", "national")])
    assert scores["a"]["recognition"] == 1.0 and scores["a"]["top_recognition_level"] == "national"


def test_replication_counts_only_promotions(tmp_path):
    scores, _ = run(tmp_path, ["a", "b"], [], [recognition("r1", "a", "national", "typical_case"),
                                                recognition("r2", "b", "provincial", "promotion")])
    assert scores["a"]["replication"] == 0.0
    assert scores["b"]["replication"] == 0.6


def test_national_recognition_and_many_results_rank_above_neither(tmp_path):
    keys = ["disputes_resolved", "cases_accepted", "mediation_success_rate", "satisfaction", "visits"]
    metrics = [metric(f"a{i}", "a", k, 100.0) for i, k in enumerate(keys)] + [metric("b0", "b", "disputes_resolved", 1.0)]
    scores, _ = run(tmp_path, ["a", "b"], metrics, [recognition("r1", "a", "national")])
    assert score_of(scores["a"]) > score_of(scores["b"])


# --- monotonicity ------------------------------------------------------------

BASE_METRICS = [metric("m1", "a", "disputes_resolved", 50.0), metric("m2", "b", "disputes_resolved", 80.0),
                metric("m3", "a", "avg_handling_days", 30.0), metric("m4", "b", "avg_handling_days", 20.0)]


@pytest.mark.parametrize("level", ["national", "provincial", "municipal", "other"])
@pytest.mark.parametrize("kind", ["award", "typical_case", "promotion", "pilot", "other"])
def test_adding_a_recognition_never_lowers_the_score(tmp_path, level, kind):
    (tmp_path / "before").mkdir()
    (tmp_path / "after").mkdir()
    start = [recognition("r0", "a", "municipal", "promotion")]
    before, _ = run(tmp_path / "before", ["a", "b"], BASE_METRICS, start)
    after, _ = run(tmp_path / "after", ["a", "b"], BASE_METRICS, start + [recognition("r1", "a", level, kind)])
    assert score_of(after["a"]) >= score_of(before["a"])


@pytest.mark.parametrize("new_metric", [
    metric("m9", "a", "disputes_resolved", 90.0),     # a larger total
    metric("m9", "a", "avg_handling_days", 10.0),     # fewer days (lower is better)
])
def test_a_better_value_never_lowers_the_score(tmp_path, new_metric):
    (tmp_path / "before").mkdir()
    (tmp_path / "after").mkdir()
    before, _ = run(tmp_path / "before", ["a", "b"], BASE_METRICS)
    after, _ = run(tmp_path / "after", ["a", "b"], BASE_METRICS + [new_metric])
    assert score_of(after["a"]) > score_of(before["a"])


def test_a_worse_extra_value_on_the_same_indicator_changes_nothing(tmp_path):
    (tmp_path / "before").mkdir()
    (tmp_path / "after").mkdir()
    before, _ = run(tmp_path / "before", ["a", "b"], BASE_METRICS)
    after, _ = run(tmp_path / "after", ["a", "b"], BASE_METRICS + [metric("m9", "a", "avg_handling_days", 60.0)])
    assert score_of(after["a"]) == score_of(before["a"])


def test_improving_any_value_never_lowers_that_case_in_random_snapshots(tmp_path):
    import random
    rng = random.Random(7)
    keys = ["disputes_resolved", "avg_handling_days", "mediation_success_rate", "new_cases_change"]
    lower = {"avg_handling_days", "new_cases_change"}
    for trial in range(8):
        metrics = [metric(f"m{i}", f"c{rng.randrange(6)}", rng.choice(keys), float(rng.randrange(1, 50)), i)
                   for i in range(20)]
        pick = rng.choice(metrics)
        better = dict(pick, value=pick["value"] - 10 if pick["indicator"] in lower else pick["value"] + 10)
        (tmp_path / f"{trial}a").mkdir()
        (tmp_path / f"{trial}b").mkdir()
        before, _ = run(tmp_path / f"{trial}a", [f"c{i}" for i in range(6)], metrics)
        after, _ = run(tmp_path / f"{trial}b", [f"c{i}" for i in range(6)],
                       [better if m is pick else m for m in metrics])
        case = pick["case_id"]
        assert score_of(after[case]) >= score_of(before[case]) - 1e-9
