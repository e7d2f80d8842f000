"""The dashboard's query module and URL filter parsing, on real and hand-written snapshots."""
from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pandas as pd
import pytest

from app import queries
from app.db import Database, QueryTimeout, current_snapshot
from app.filters import FilterOptions, Filters, parse_query_params, split_values
from etl.snapshot import build_snapshot

sys.path.insert(0, str(Path(__file__).resolve().parent))
from app_fixtures import write_fixture_snapshot  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
WEIGHTS = {"evidence": 0.2, "performance": 0.35, "recognition": 0.3, "replication": 0.15}


@pytest.fixture(scope="module")
def real_db(tmp_path_factory) -> Database:
    out = tmp_path_factory.mktemp("real") / "parquet"
    build_snapshot(ROOT / "data" / "raw", out, workers=1)
    return Database(out)


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Database:
    return Database(write_fixture_snapshot(tmp_path_factory.mktemp("fixture") / "parquet"))


def case_ids(frame) -> list[str]:
    return frame["case_id"].tolist()


# --- the real corpus --------------------------------------------------------------------

def test_real_snapshot_counts_every_document(real_db):
    assert queries.headline_counts(real_db, Filters())["documents"] == len(list((ROOT / "data" / "raw").glob("*.txt")))


def test_real_snapshot_search_finds_a_phrase_of_the_corpus(real_db):
    # 公益诉讼 is the subject of one of the five sample reports.
    assert queries.headline_counts(real_db, Filters(q="公益诉讼"))["cases"] >= 1


def test_real_snapshot_lists_an_agency_by_its_key_and_finds_it_by_its_full_name(real_db):
    # a corpus report writes 江苏省南京市人民检察院 in full: the pages rank and filter it as the
    # name it has in every report, and a search for the name as written still finds it
    full = real_db.query("SELECT agency, agency_full FROM case_facts WHERE agency <> agency_full", what="t")
    assert len(full) >= 1
    key, written = full.iloc[0]["agency"], full.iloc[0]["agency_full"]
    assert written.endswith(key) and len(written) > len(key)
    assert key in queries.filter_options(real_db).agencies
    assert written not in queries.filter_options(real_db).agencies
    assert queries.headline_counts(real_db, Filters(q=written))["cases"] >= 1
    assert queries.headline_counts(real_db, Filters(agencies=(key,)))["cases"] >= 1


def test_real_snapshot_every_view_query_runs(real_db):
    f = Filters()
    queries.filter_options(real_db)
    queries.case_leaderboard(real_db, f, WEIGHTS)
    queries.agency_leaderboard(real_db, f, WEIGHTS)
    queries.region_leaderboard(real_db, f, WEIGHTS)
    queries.theme_province_matrix(real_db, f)
    queries.theme_agency_type_matrix(real_db, f)
    queries.themes_by_year(real_db, f)
    frame = queries.filtered_cases(real_db, f)
    assert len(queries.filtered_documents(real_db, f)) >= 1
    case_id = frame["case_id"].iloc[0]
    assert queries.case_detail(real_db, case_id, WEIGHTS)["case_id"] == case_id
    assert case_id not in case_ids(queries.similar_cases(real_db, case_id))


# --- filters ----------------------------------------------------------------------------

@pytest.mark.parametrize("filters, expected", [
    (Filters(), {"c_court_zj", "c_proc_zj", "c_police_cq", "c_justice_cq", "c_committee_cq", "c_court_cq"}),
    (Filters(year_from=2023, year_to=2023), {"c_court_zj", "c_police_cq"}),
    (Filters(agency_types=("court",)), {"c_court_zj", "c_court_cq"}),
    (Filters(provinces=("浙江省",)), {"c_court_zj", "c_proc_zj"}),
    (Filters(themes=("多元解纷",)), {"c_court_zj", "c_justice_cq"}),
    (Filters(domains=("社会治理",)), {"c_police_cq", "c_committee_cq"}),
    (Filters(agencies=("重庆市司法局",)), {"c_justice_cq"}),
    (Filters(q="挽回损失"), {"c_proc_zj"}),
    (Filters(q="O'Brien"), {"c_court_cq"}),
    (Filters(q="' OR 1=1 --"), set()),
    (Filters(agency_types=("court",), provinces=("重庆市",), year_from=2024, year_to=2024), {"c_court_cq"}),
])
def test_case_filter_selects_cases(db, filters, expected):
    assert set(case_ids(queries.filtered_cases(db, filters))) == expected


def test_filter_options_list_snapshot_values(db):
    options = queries.filter_options(db)
    assert (options.year_min, options.year_max) == (2022, 2024)
    assert set(options.provinces) == {"浙江省", "重庆市"}
    assert "诉源治理" in options.themes


def test_metrics_follow_case_filters(db):
    frame = queries.filtered_metrics(db, Filters(provinces=("浙江省",)))
    assert set(frame["case_id"]) == {"c_court_zj", "c_proc_zj"}
    assert len(frame) == 5


# --- leaderboard ------------------------------------------------------------------------

def test_case_leaderboard_ranks_by_weighted_score(db):
    frame = queries.case_leaderboard(db, Filters(), WEIGHTS)
    # c_justice_cq: 100 * (0.2*0.4 + 0.35*1.0) / 1.0 = 43
    assert frame["case_id"].iloc[0] == "c_justice_cq"
    assert frame["score"].iloc[0] == pytest.approx(43.0)


def test_weights_re_rank_the_leaderboard(db):
    only_recognition = {"evidence": 0, "performance": 0, "recognition": 1, "replication": 0}
    assert queries.case_leaderboard(db, Filters(), only_recognition)["case_id"].iloc[0] == "c_proc_zj"


def test_without_scores_cases_rank_by_distinct_results(tmp_path):
    folder = write_fixture_snapshot(tmp_path / "parquet")
    (folder / "case_scores.parquet").unlink()
    bare = Database(folder)
    assert not bare.has_scores()
    frame = queries.case_leaderboard(bare, Filters(), WEIGHTS)
    detail = queries.case_detail(bare, "c_court_zj", WEIGHTS)
    assert not detail["scored"] and detail["score"] is None
    assert frame["score"].isna().all()
    assert frame["case_id"].iloc[0] == "c_court_zj"  # three distinct figures
    assert frame["n_results"].iloc[0] == 3


def test_agency_rollup_counts_and_best_case(db):
    frame = queries.region_leaderboard(db, Filters(), WEIGHTS).set_index("name")
    assert frame.loc["重庆市", "n"] == 4
    assert frame.loc["重庆市", "case_id"] == "c_justice_cq"


def test_indicator_ranking_orders_by_value_and_direction(db):
    frame = queries.indicator_ranking(db, Filters(), "ind:mediation_success_rate")
    assert frame["value"].tolist() == [95.0, 92.0, 90.0]
    lower = queries.indicator_ranking(db, Filters(), "ind:mediation_success_rate", lower_is_better=True)
    assert lower["value"].tolist() == [90.0, 92.0, 95.0]


def test_indicator_ranking_by_label_and_unit_when_no_indicator(db):
    frame = queries.indicator_ranking(db, Filters(), "lu:挽回损失|元")
    assert frame["case_id"].tolist() == ["c_proc_zj"]
    assert frame["value"].iloc[0] == 30000000.0


def test_indicator_choices_count_cases(db):
    choices = {c.key: c.n_cases for c in queries.indicator_choices(db, Filters())}
    assert choices["ind:mediation_success_rate"] == 3
    assert choices["lu:挽回损失|元"] == 1


# --- themes and one case ------------------------------------------------------------------

def test_cases_by_province_for_a_theme(db):
    frame = queries.cases_by_province(db, Filters(), "诉源治理")
    assert dict(zip(frame["province"], frame["n"])) == {"浙江省": 1, "重庆市": 1}


def test_region_drill_down_counts_districts(db):
    frame = queries.cases_by_region_in_province(db, Filters(), "重庆市", level="county")
    assert dict(zip(frame["name"], frame["n"])) == {"渝中区": 1, "渝北区": 1}


def test_unknown_case_is_none(db):
    assert queries.case_detail(db, "no-such-case", WEIGHTS) is None


def test_similar_cases_exclude_the_case_and_are_limited(db):
    frame = queries.similar_cases(db, "c_court_zj", limit=2)
    assert len(frame) == 2
    assert "c_court_zj" not in case_ids(frame)
    assert frame["similarity"].is_monotonic_decreasing


# --- engineering: time limits, snapshot swaps, missing tables -----------------------------

def test_slow_query_is_interrupted(db):
    with pytest.raises(QueryTimeout):
        db.query("SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3", timeout=0.2,
                 what="slow")


def test_new_snapshot_is_seen_without_reopening(tmp_path):
    current = tmp_path / "parquet"
    build_snapshot(ROOT / "data" / "raw", current, workers=1)
    live = Database(current)
    before = current_snapshot(current).snapshot_id
    assert queries.headline_counts(live, Filters())["documents"] == 5
    # A later ETL run swaps a different snapshot in under the same folder name.
    write_fixture_snapshot(tmp_path / "next")
    os.rename(current, tmp_path / "old")
    os.rename(tmp_path / "next", current)
    assert queries.headline_counts(live, Filters())["documents"] == 3
    assert current_snapshot(current).snapshot_id != before
    shutil.rmtree(tmp_path / "old")


def test_new_snapshot_gets_fresh_derived_tables(tmp_path):
    # The per-case counts and the indicator picker are counted once per snapshot in memory:
    # a swapped-in snapshot must replace them, not leave the old snapshot's counts.
    current = tmp_path / "parquet"
    build_snapshot(ROOT / "data" / "raw", current, workers=1)
    live = Database(current)
    old_key = live.snapshot_key
    queries.indicator_choices(live, Filters())
    write_fixture_snapshot(tmp_path / "next")
    os.rename(current, tmp_path / "old")
    os.rename(tmp_path / "next", current)
    choices = {c.key: c.n_cases for c in queries.indicator_choices(live, Filters())}
    assert choices["ind:mediation_success_rate"] == 3
    assert live.snapshot_key != old_key
    assert queries.headline_counts(live, Filters())["figures"] == queries.headline_counts(
        Database(current), Filters())["figures"]
    shutil.rmtree(tmp_path / "old")


def test_case_detail_carries_the_case_text(db):
    # The text sits apart from the case facts (hot.case_texts); it is joined for the one case shown.
    text = pd.read_parquet(db.folder / "cases.parquet").set_index("case_id").at["c_proc_zj", "text"]
    assert queries.case_detail(db, "c_proc_zj", WEIGHTS)["text"] == text


def test_case_detail_carries_score_recognitions_and_document(db):
    detail = queries.case_detail(db, "c_proc_zj", WEIGHTS)
    scores = pd.read_parquet(db.folder / "case_scores.parquet").set_index("case_id").loc["c_proc_zj"]
    expected = 100 * sum(WEIGHTS[c] * scores[c] for c in queries.COMPONENTS) / sum(WEIGHTS.values())
    assert detail["scored"] and detail["score"] == pytest.approx(expected)
    recognitions = pd.read_parquet(db.folder / "recognitions.parquet")
    mine = recognitions[recognitions.case_id == "c_proc_zj"].sort_values(["char_start", "recognition_id"])
    assert len(mine) > 0
    assert [r["recognition_id"] for r in detail["recognitions"]] == mine["recognition_id"].tolist()
    assert set(detail["recognitions"][0]) == set(queries.RECOGNITION_FIELDS)
    documents = pd.read_parquet(db.folder / "documents.parquet").set_index("doc_id")
    assert detail["doc_text"] == documents.at[detail["doc_id"], "text"]


def test_figure_rows_carry_their_own_sentence(db):
    sentences = pd.read_parquet(db.folder / "metrics.parquet").set_index("metric_id")["sentence"]
    for frame in (queries.filtered_metrics(db, Filters()),
                  queries.indicator_ranking(db, Filters(), "ind:mediation_success_rate")):
        assert len(frame) > 0
        if "metric_id" in frame.columns:
            assert frame["sentence"].tolist() == sentences.loc[frame["metric_id"]].tolist()
        else:
            assert set(frame["sentence"]) <= set(sentences)


def test_filtered_metrics_limit_keeps_table_order(db):
    everything = queries.filtered_metrics(db, Filters())
    first_four = queries.filtered_metrics(db, Filters(), limit=4)
    assert first_four["metric_id"].tolist() == everything["metric_id"].head(4).tolist()


def test_search_with_other_filters_only_keeps_cases_matching_both(db):
    frame = queries.filtered_cases(db, Filters(q="挽回损失", provinces=("重庆市",)))
    assert frame.empty


def test_missing_table_reads_as_empty(tmp_path):
    folder = write_fixture_snapshot(tmp_path / "parquet")
    (folder / "recognitions.parquet").unlink()
    assert queries.case_detail(Database(folder), "c_proc_zj", WEIGHTS)["recognitions"] == []


# --- URL parameters ------------------------------------------------------------------------

OPTIONS = FilterOptions(year_min=2020, year_max=2024, agencies=("重庆市司法局", "宁波市人民检察院"),
                        agency_types=("court", "justice"), provinces=("浙江省", "重庆市"),
                        themes=("诉源治理", "公益诉讼"), domains=("执法司法",))


@pytest.mark.parametrize("params, expected", [
    ({"year": ["2023-2024"]}, Filters(year_from=2023, year_to=2024)),
    ({"year": ["2023"]}, Filters(year_from=2023, year_to=2023)),
    ({"year": ["2024-2022"]}, Filters(year_from=2022, year_to=2024)),
    ({"type": ["court,justice"]}, Filters(agency_types=("court", "justice"))),
    ({"type": ["法院"]}, Filters(agency_types=("court",))),
    ({"province": ["浙江省", "重庆市"]}, Filters(provinces=("浙江省", "重庆市"))),
    ({"theme": ["诉源治理，公益诉讼"]}, Filters(themes=("诉源治理", "公益诉讼"))),
    ({"agency": ["重庆市司法局"]}, Filters(agencies=("重庆市司法局",))),
    ({"q": ["  调解 "]}, Filters(q="调解")),
    ({"case": ["abc"], "w_evidence": ["0.5"]}, Filters()),
])
def test_query_params_parse_without_warnings(params, expected):
    parsed = parse_query_params(params, OPTIONS)
    assert parsed.filters == expected
    assert parsed.warnings == []


@pytest.mark.parametrize("params, fragment", [
    ({"year": ["abc"]}, "年份参数 abc"),
    ({"year": ["20233"]}, "年份参数 20233"),
    ({"type": ["army"]}, "type=army"),
    ({"province": ["火星"]}, "province=火星"),
    ({"theme": ["不存在"]}, "theme=不存在"),
    ({"foo": ["1"]}, "未知的链接参数 foo"),
])
def test_bad_query_params_warn_in_chinese_and_are_ignored(params, fragment):
    parsed = parse_query_params(params, OPTIONS)
    assert parsed.filters == Filters()
    assert any(fragment in w for w in parsed.warnings)


def test_year_outside_the_data_is_clamped_with_a_warning():
    parsed = parse_query_params({"year": ["2010-2022"]}, OPTIONS)
    assert (parsed.filters.year_from, parsed.filters.year_to) == (2020, 2022)
    assert parsed.warnings


def test_filters_round_trip_through_the_url():
    f = Filters(year_from=2023, year_to=2024, agency_types=("court",), provinces=("重庆市",), q="调解")
    url = {k: v if isinstance(v, list) else [v] for k, v in f.query_params().items()}
    assert parse_query_params(url, OPTIONS).filters == f


def test_split_values_accepts_repeats_and_comma_lists():
    assert split_values(["a,b", "c", "a"]) == ["a", "b", "c"]


def _document_text(db, doc_id):
    """A document's text as the case page gets it: through one of its cases."""
    case_id = db.scalar("SELECT case_id FROM case_facts WHERE doc_id = $d ORDER BY case_id LIMIT 1", {"d": doc_id})
    return None if case_id is None else queries.case_detail(db, case_id, WEIGHTS)["doc_text"]


def test_texts_and_snapshot_answers_follow_a_swapped_in_snapshot(tmp_path):
    # Texts live in memory and some answers are kept per snapshot (has_scores, indicator
    # directions): a new snapshot must replace both, not serve the old snapshot's.
    current = tmp_path / "parquet"
    build_snapshot(ROOT / "data" / "raw", current, workers=1)
    live = Database(current)
    some_doc = live.scalar("SELECT doc_id FROM case_facts ORDER BY doc_id LIMIT 1")
    assert live.has_scores() and len(_document_text(live, some_doc)) > 100
    write_fixture_snapshot(tmp_path / "next")
    os.rename(current, tmp_path / "old")
    os.rename(tmp_path / "next", current)
    assert _document_text(live, some_doc) is None               # not in the new snapshot
    fresh = Database(current)
    assert live.has_scores() == fresh.has_scores()
    doc = fresh.scalar("SELECT doc_id FROM case_facts ORDER BY doc_id LIMIT 1")
    assert _document_text(live, doc) == _document_text(fresh, doc) is not None
    shutil.rmtree(tmp_path / "old")


def test_low_cardinality_columns_reach_pages_as_plain_strings(db):
    frame = queries.cases_by_agency_type(db, Filters())
    assert frame["agency_type"].map(type).eq(str).all()
    listing = queries.filtered_cases(db, Filters())
    for col in ("agency_type", "province", "domain"):
        assert not isinstance(listing[col].dtype, pd.CategoricalDtype)
