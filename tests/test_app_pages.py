"""Every dashboard page through Streamlit's AppTest, with and without filters and with bad URLs.

The app reads the snapshot named by REFORM_DATA_DIR: the real ETL run on
data/raw, or the small hand-written snapshot where a view needs scores,
provinces and years that five sample documents may not yield.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from streamlit.testing.v1 import AppTest

from app import queries
from app.db import Database
from app.downloads import to_csv_bytes
from app.filters import Filters
from etl.snapshot import build_snapshot

sys.path.insert(0, str(Path(__file__).resolve().parent))
from app_fixtures import write_fixture_snapshot  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["pages/overview.py", "pages/leaderboard.py", "pages/themes.py", "pages/case.py", "pages/data.py"]


@pytest.fixture(scope="session")
def real_snapshot(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("app_real") / "parquet"
    build_snapshot(ROOT / "data" / "raw", out, workers=1)
    return out


@pytest.fixture(scope="session")
def fixture_snapshot(tmp_path_factory) -> Path:
    return write_fixture_snapshot(tmp_path_factory.mktemp("app_fixture") / "parquet")


def open_page(monkeypatch, data_dir: Path, page: str | None = None, **params) -> AppTest:
    """Run dashboard.py (as `streamlit run` does), switched to `page`, with URL params."""
    monkeypatch.setenv("REFORM_DATA_DIR", str(data_dir))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    if page and page != "pages/overview.py":
        at.run()
        at.switch_page(page)
    at.query_params.clear()
    at.query_params.update(params)
    return at.run()


def assert_clean(at: AppTest) -> None:
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]


def warnings(at: AppTest) -> str:
    return " ".join(w.value for w in at.warning)


def shown_table(at: AppTest, key: str):
    return next(d for d in at.dataframe if d.proto.id and key in d.proto.id).value


# --- the real corpus ------------------------------------------------------------------------

@pytest.mark.parametrize("page", PAGES)
def test_page_renders_on_the_real_snapshot(monkeypatch, real_snapshot, page):
    at = open_page(monkeypatch, real_snapshot, page)
    assert_clean(at)
    assert at.title


def test_overview_counts_the_real_documents(monkeypatch, real_snapshot):
    at = open_page(monkeypatch, real_snapshot)
    assert at.metric[0].label == "文档"
    assert at.metric[0].value == "5"


def test_case_page_shows_a_real_case(monkeypatch, real_snapshot):
    case_id = queries.filtered_cases(Database(real_snapshot), Filters())["case_id"].iloc[0]
    at = open_page(monkeypatch, real_snapshot, "pages/case.py", case=case_id)
    assert_clean(at)
    assert any('class="case-text"' in h.proto.body for h in at.get("html"))


# --- filters ------------------------------------------------------------------------------

@pytest.mark.parametrize("page", PAGES)
def test_page_renders_with_filters(monkeypatch, fixture_snapshot, page):
    at = open_page(monkeypatch, fixture_snapshot, page, year="2024", type="court", q="调解",
                   case="c_court_cq")
    assert_clean(at)
    assert not at.warning


def test_overview_counts_follow_the_filters(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, year="2023-2024", province="浙江省")
    counts = {m.label: m.value for m in at.metric}
    assert counts["案例"] == "2"


def test_search_with_a_quote_finds_the_case(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/data.py", q="O'Brien")
    assert_clean(at)
    assert shown_table(at, "data_cases_table")["title"].tolist() == ["O'Brien 式审判提速"]


def test_empty_result_shows_a_helpful_message(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, q="没有这个词")
    assert_clean(at)
    assert "没有符合当前筛选条件的结果" in " ".join(i.value for i in at.info)


@pytest.mark.parametrize("page", PAGES)
def test_bad_query_params_warn_and_the_page_still_renders(monkeypatch, fixture_snapshot, page):
    at = open_page(monkeypatch, fixture_snapshot, page, year="abc", type="army", foo="1")
    assert_clean(at)
    text = warnings(at)
    assert "年份参数 abc" in text and "type=army" in text and "未知的链接参数 foo" in text


def test_bad_params_are_dropped_from_the_url(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, year="abc", province="浙江省", foo="1")
    assert at.query_params == {"province": "浙江省"}


def test_changing_a_filter_widget_writes_the_url(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot)
    at.multiselect(key="flt_type").select("court").run()
    assert at.query_params.get("type") == "court"
    assert {m.label: m.value for m in at.metric}["案例"] == "2"


def test_page_links_carry_the_filters(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, year="2023", province="重庆市")
    links = [parse_qs(link.proto.query_string) for link in at.get("page_link")]
    assert links and all(q.get("year") == ["2023"] and q.get("province") == ["重庆市"] for q in links)


def test_missing_snapshot_says_so_in_chinese(monkeypatch, tmp_path):
    at = open_page(monkeypatch, tmp_path / "nothing")
    assert not at.exception
    assert "尚无数据快照" in at.error[0].value


# --- leaderboard --------------------------------------------------------------------------

def test_leaderboard_ranks_by_the_default_weights(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py")
    assert shown_table(at, "lb_table_cases")["title"].iloc[0] == "公共法律服务进万家"


def test_leaderboard_weights_come_from_the_url(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py", w_evidence="0", w_performance="0",
                   w_recognition="1", w_replication="0")
    assert_clean(at)
    assert shown_table(at, "lb_table_cases")["title"].iloc[0] == "公益诉讼守护绿水青山"


def test_moving_a_weight_slider_re_ranks_and_writes_the_url(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py")
    at.slider(key="lb_w_performance").set_value(0.0).run()
    at.slider(key="lb_w_evidence").set_value(0.0).run()
    at.slider(key="lb_w_recognition").set_value(0.0).run()
    assert at.query_params.get("w_recognition") == "0"
    assert shown_table(at, "lb_table_cases")["title"].iloc[0] == "=SUM(A1) 基层治理网格化"


def test_selecting_a_row_opens_the_case_with_the_filters(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py", year="2023-2024")
    at.session_state["lb_table_cases"] = {"selection": {"rows": [0], "columns": [], "cells": []}}
    at.run()
    assert_clean(at)
    assert at.title[0].value == "智慧警务提升见警率"
    assert at.query_params["case"] == "c_police_cq"
    assert at.query_params["year"] == "2023-2024"


def test_bad_weight_warns(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py", w_evidence="abc")
    assert_clean(at)
    assert "w_evidence=abc" in warnings(at)


@pytest.mark.parametrize("view, key", [("agencies", "lb_table_agencies"), ("regions", "lb_table_regions")])
def test_leaderboard_rolls_up(monkeypatch, fixture_snapshot, view, key):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py", view=view)
    assert_clean(at)
    assert len(shown_table(at, key)) == (6 if view == "agencies" else 2)


def test_leaderboard_on_one_indicator(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py", view="indicator",
                   ind="ind:mediation_success_rate")
    assert_clean(at)
    assert shown_table(at, "lb_table_indicator")["value"].tolist() == [95.0, 92.0, 90.0]


def test_leaderboard_unknown_view_warns(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py", view="nonsense")
    assert_clean(at)
    assert "view=nonsense" in warnings(at)


# --- themes -------------------------------------------------------------------------------

def test_themes_drill_down_to_a_province(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/themes.py", drill="重庆市", map_theme="诉源治理")
    assert_clean(at)
    assert at.selectbox(key="th_drill").value == "重庆市"


def test_themes_unknown_province_warns(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/themes.py", drill="火星")
    assert_clean(at)
    assert "drill=火星" in warnings(at)


# --- one case -----------------------------------------------------------------------------

def test_case_page_highlights_every_figure(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/case.py", case="c_court_zj")
    assert_clean(at)
    body = next(h.proto.body for h in at.get("html") if "case-text" in h.proto.body)
    assert body.count('<mark class="figure"') == 3
    assert ">1.4万件</mark>" in body


def test_case_page_escapes_the_text(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/case.py", case="c_court_cq")
    body = next(h.proto.body for h in at.get("html") if "case-text" in h.proto.body)
    assert "O&#x27;Brien" in body


def test_case_page_lists_similar_cases(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/case.py", case="c_court_zj")
    similar = shown_table(at, "case_similar_table")
    assert 0 < len(similar) <= 5
    assert all(link.startswith("case?case=") for link in similar["link"])


def test_unknown_case_says_so(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/case.py", case="no-such-case")
    assert not at.exception
    assert "找不到案例编号为“no-such-case”的案例" in at.error[0].value


def test_case_page_without_id_explains(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/case.py")
    assert_clean(at)
    assert "请选择一个案例" in at.info[0].value


# --- data ---------------------------------------------------------------------------------

def test_data_page_downloads_exactly_the_rows_shown(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/data.py", province="重庆市")
    shown = shown_table(at, "data_cases_table")
    exported = to_csv_bytes(queries.filtered_cases(Database(fixture_snapshot), Filters(provinces=("重庆市",))))
    assert len(shown) == 4
    assert exported.decode("utf-8-sig").count("\r\n") - 1 == len(shown)


def test_data_page_has_a_data_dictionary(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/data.py")
    dictionary = next(d.value for d in at.dataframe if "中文名" in d.value.columns)
    assert "案例编号" in dictionary["中文名"].tolist()


# --- time limits --------------------------------------------------------------------------

def _page_with_a_slow_query():
    from pathlib import Path

    import streamlit as st

    from app.db import Database, guarded
    from app.filters import Filters
    from app.queries import headline_counts

    class SlowDatabase(Database):
        def __init__(self):
            super().__init__(Path("/nonexistent"))

        def query(self, sql, params=None, *, what="", timeout=None):
            # An expensive query standing in for a slow facet: cut off after 0.1 s.
            return super().query("SELECT count(*) FROM range(100000000000) a WHERE a.range % 7 = 3",
                                 timeout=0.1, what=what)

    counts = guarded(headline_counts, SlowDatabase(), Filters())
    st.write("其余部分照常显示" if counts is None else "未超时")


def test_a_slow_query_is_cut_off_and_the_page_still_renders():
    at = AppTest.from_function(_page_with_a_slow_query, default_timeout=60).run()
    assert not at.exception
    assert "查询超时" in at.warning[0].value and "总数" in at.warning[0].value
    assert at.markdown[0].value == "其余部分照常显示"


# --- what people read: Chinese codes, blank gaps, plain numbers ----------------------------

@pytest.fixture()
def downloads(monkeypatch) -> dict:
    """{file name: the bytes it would download} for every download button the page drew."""
    from streamlit.runtime.media_file_manager import MediaFileManager

    files: dict = {}
    original = MediaFileManager.add_deferred

    def add_deferred(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        files[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)
    return files


def csv_rows(data: bytes) -> list[list[str]]:
    import csv
    import io
    return list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))


def table_with(at: AppTest, column: str):
    """The first table with this column (a table without selection has no key in its id)."""
    return next(d.value for d in at.dataframe if column in d.value.columns)


def all_text(at: AppTest) -> str:
    return " ".join(str(e.value) for kind in ("markdown", "caption", "info", "warning", "subheader", "header")
                    for e in at.get(kind))


def test_missing_places_show_blank_not_none(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/data.py", province="浙江省")
    cases = shown_table(at, "data_cases_table")
    assert cases["county"].tolist() == ["", ""]
    assert not cases.isin(["None"]).any().any()


def test_data_page_shows_codes_in_chinese(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/data.py")
    documents = table_with(at, "script")
    assert set(documents["script"]) == {"简体"} and set(documents["encoding"]) == {"UTF-8"}
    metrics = shown_table(at, "data_metrics_table")
    assert "调解（化解）成功率" in set(metrics["indicator"]) and "mediation_success_rate" not in set(metrics["indicator"])
    assert {"数量", "比率", "金额"} <= set(metrics["kind"])


def test_data_downloads_carry_the_chinese_codes(monkeypatch, fixture_snapshot, downloads):
    open_page(monkeypatch, fixture_snapshot, "pages/data.py")
    rows = csv_rows(downloads["数据_全部.csv"]())
    indicator = rows[0].index("指标")
    assert "调解（化解）成功率" in {r[indicator] for r in rows[1:]}
    documents = csv_rows(downloads["文档_全部.csv"]())
    assert {r[documents[0].index("字形")] for r in documents[1:]} == {"简体"}


def test_data_dictionary_types_are_chinese(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/data.py")
    dictionary = next(d.value for d in at.dataframe if "中文名" in d.value.columns)
    assert set(dictionary["类型"]) <= {"文本", "整数", "数值", "日期", "文本列表"}


def test_case_page_shows_recognition_level_and_figure_kind_in_chinese(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/case.py", case="c_proc_zj")
    assert table_with(at, "level")["level"].tolist() == ["国家级"]
    assert set(table_with(at, "label")["kind"]) == {"数量", "金额"}


def test_case_page_marks_a_figure_inside_a_recognition_phrase(monkeypatch, real_snapshot):
    import duckdb
    # a real case whose recognition phrase holds a figure (全国已有20余个省区市…引进推广)
    case_id, n_figures = duckdb.sql(f"""
        SELECT r.case_id, (SELECT count(*) FROM '{real_snapshot}/metrics.parquet' a WHERE a.case_id = r.case_id)
        FROM '{real_snapshot}/recognitions.parquet' r JOIN '{real_snapshot}/metrics.parquet' m
          ON m.case_id = r.case_id AND m.char_start >= r.char_start AND m.char_end <= r.char_end
        ORDER BY r.case_id LIMIT 1""").fetchall()[0]
    at = open_page(monkeypatch, real_snapshot, "pages/case.py", case=case_id)
    body = next(h.proto.body for h in at.get("html") if "case-text" in h.proto.body)
    assert body.count('<mark class="figure"') == n_figures
    assert re.search(r'<mark class="recognition"[^>]*>[^<]*<mark class="figure"', body)


# --- leaderboard -----------------------------------------------------------------------------

def test_leaderboard_shows_rank_and_score_before_the_title(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py")
    columns = list(shown_table(at, "lb_table_cases").columns)
    assert columns[:4] == ["link", "rank", "score", "n_results"]
    assert columns.index("replication") < columns.index("title")


def test_indicator_view_puts_direction_after_unit_and_keeps_the_sentence(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py", view="indicator",
                   ind="ind:mediation_success_rate")
    columns = list(shown_table(at, "lb_table_indicator").columns)
    assert columns.index("direction") == columns.index("unit") + 1
    assert columns.index("sentence") < columns.index("title")


def test_indicator_download_names_the_indicator_and_has_its_column(monkeypatch, fixture_snapshot, downloads):
    open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py", view="indicator",
              ind="ind:mediation_success_rate")
    name = "指标排行_调解（化解）成功率_全部"
    assert {f"{name}.csv", f"{name}.xlsx"} <= set(downloads)
    rows = csv_rows(downloads[f"{name}.csv"]())
    assert {r[rows[0].index("指标")] for r in rows[1:]} == {"调解（化解）成功率"}
    assert {r[rows[0].index("方向")] for r in rows[1:]} == {"越高越好"}


@pytest.mark.parametrize("view, stem", [("cases", "案例排行"), ("agencies", "机构排行"), ("regions", "地区排行")])
def test_leaderboard_download_names_the_view(monkeypatch, fixture_snapshot, downloads, view, stem):
    open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py", view=view, year="2024")
    assert {f"{stem}_2024.csv", f"{stem}_2024.xlsx"} <= set(downloads)


def test_region_rollup_explains_its_order_and_the_link(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py", view="regions")
    table = shown_table(at, "lb_table_regions")
    assert list(table.columns[:6]) == ["link", "rank", "region", "n", "mean_score", "best_score"]
    hint = " ".join(c.value for c in at.caption)
    assert "按平均得分排序" in hint and "最少案例数" in hint and "得分最高的案例" in hint


def test_minimum_cases_drops_thin_regions(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py", view="regions", min_cases="3")
    assert_clean(at)
    table = shown_table(at, "lb_table_regions")
    assert table["region"].tolist() == ["重庆市"] and table["n"].tolist() == [4]


@pytest.fixture(scope="session")
def unscored_snapshot(fixture_snapshot, tmp_path_factory) -> Path:
    import shutil
    out = tmp_path_factory.mktemp("unscored") / "parquet"
    shutil.copytree(fixture_snapshot, out)
    (out / "case_scores.parquet").unlink()
    return out


def test_unscored_rollup_is_labelled_as_quantified_results(monkeypatch, unscored_snapshot):
    at = open_page(monkeypatch, unscored_snapshot, "pages/leaderboard.py", view="agencies")
    assert_clean(at)
    columns = list(shown_table(at, "lb_table_agencies").columns)
    assert "mean_results" in columns and "best_results" in columns
    assert "n_figures" not in columns and "n_results" not in columns


# --- weights ---------------------------------------------------------------------------------

def test_weights_sit_in_an_expander_above_the_table(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py")
    expander = at.expander[0]
    assert expander.label == "评分权重"
    assert {s.key for s in expander.slider} == {"lb_w_evidence", "lb_w_performance", "lb_w_recognition",
                                                 "lb_w_replication"}
    assert "当前使用默认权重" in " ".join(c.value for c in at.caption)


def test_page_links_leave_out_default_weights(monkeypatch, fixture_snapshot):
    defaults = {f"w_{k}": f"{v:g}" for k, v in queries.default_weights().items()}
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py", **defaults)
    links = [parse_qs(link.proto.query_string) for link in at.get("page_link")]
    assert links and not any(k.startswith("w_") for q in links for k in q)


def test_page_links_carry_custom_weights(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py", w_recognition="1")
    links = [parse_qs(link.proto.query_string) for link in at.get("page_link")]
    assert all(q.get("w_recognition") == ["1"] and "w_evidence" not in q for q in links)


def test_case_page_says_which_weights_the_score_uses(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/case.py", case="c_court_zj")
    assert "得分按默认权重计算" in all_text(at)
    at = open_page(monkeypatch, fixture_snapshot, "pages/case.py", case="c_court_zj", w_recognition="1")
    assert "得分按链接中的自定义权重计算" in all_text(at) and "荣誉认可 1" in all_text(at)


# --- search, similar cases, overview ---------------------------------------------------------

def test_search_in_traditional_characters_finds_the_simplified_text(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/data.py", q="審判提速")
    assert_clean(at)
    assert shown_table(at, "data_cases_table")["title"].tolist() == ["O'Brien 式审判提速"]


def test_similar_cases_below_the_threshold_are_hidden_and_explained(monkeypatch, fixture_snapshot):
    # c_court_zj shares 0.11 and 0.10 of its text's bigrams with two cases and 0.02 with a third
    at = open_page(monkeypatch, fixture_snapshot, "pages/case.py", case="c_court_zj")
    similar = shown_table(at, "case_similar_table")
    assert similar["title"].tolist() == ["O'Brien 式审判提速", "公共法律服务进万家"]
    assert "Jaccard" in all_text(at) and "低于 0.07" in all_text(at)


def test_overview_labels_regions_and_newest_reports_honestly(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot)
    assert "涉及地区（省/市/县）" in [m.label for m in at.metric]
    assert "最新报告中的案例" in [s.value for s in at.subheader]


# --- themes ----------------------------------------------------------------------------------

def plotly_spec(at: AppTest, key: str) -> dict:
    import json
    chart = next(c for c in at.get("plotly_chart") if key in c.proto.id)
    return json.loads(chart.proto.spec)


def test_themes_with_no_matching_case_shows_the_empty_state(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/themes.py", q="zzzz")
    assert_clean(at)
    infos = " ".join(i.value for i in at.info)
    assert "没有符合当前筛选条件的结果" in infos and "无法上图" not in infos


def test_themes_by_year_orders_the_years(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/themes.py")
    layout = plotly_spec(at, "th_year_chart")["layout"]
    assert layout["xaxis"]["categoryorder"] == "category ascending"
    assert layout["yaxis"]["dtick"] == 1 and layout["yaxis"]["tickformat"] == ",d"


def test_theme_heatmaps_count_in_whole_numbers_with_a_level_axis_title(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/themes.py")
    layout = plotly_spec(at, "th_heatmap_chart")["layout"]
    assert layout["coloraxis"]["colorbar"]["dtick"] == 1
    assert not layout["yaxis"].get("title", {}).get("text")
    assert any(a["text"] == "主题" for a in layout["annotations"])


def test_drill_map_has_no_second_title_and_counts_cases_without_a_district(monkeypatch, fixture_snapshot):
    # 重庆市 in the fixture: two cases name a district, 市司法局 and 市委政法委 do not
    at = open_page(monkeypatch, fixture_snapshot, "pages/themes.py", drill="重庆市")
    assert_clean(at)
    assert not plotly_spec(at, "th_region_chart")["layout"].get("title", {}).get("text")
    assert "另有 2 个案例只识别到重庆市一级、没有具体的区县" in all_text(at)


def test_charts_have_no_plotly_toolbar(monkeypatch, fixture_snapshot):
    import json
    at = open_page(monkeypatch, fixture_snapshot)
    charts = at.get("plotly_chart")
    assert charts and all(json.loads(c.proto.config)["displayModeBar"] is False for c in charts)


def test_the_tables_own_csv_export_is_switched_off():
    import tomllib
    config = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text(encoding="utf-8"))
    assert config["client"]["disableDataExport"] is True


# --- year parameter --------------------------------------------------------------------------

def test_a_year_after_the_data_says_it_is_ignored(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, year="2030")
    assert "超出数据范围（2022–2024），没有这些年份的案例，年份筛选已忽略" in warnings(at)
    assert "截取" not in warnings(at)


def test_a_well_formed_year_before_the_data_is_out_of_range(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, year="1800-1900")
    assert "超出数据范围" in warnings(at) and "格式不对" not in warnings(at)


# --- methodology -----------------------------------------------------------------------------

def test_methodology_is_titled_as_the_issue_names_it(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/methodology.py")
    assert_clean(at)
    assert at.title[0].value == "方法说明"


def test_methodology_tables_have_chinese_headings(monkeypatch, fixture_snapshot):
    from app.ui_text import COLUMNS
    at = open_page(monkeypatch, fixture_snapshot, "pages/methodology.py")
    for table in at.dataframe:
        # every column is one the page labels in Chinese through app/ui_text.py
        assert set(table.value.columns) <= set(COLUMNS), table.value.columns


def test_methodology_shows_shares_as_percent_and_parameters_readably(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/methodology.py")
    coverage = next(d for d in at.dataframe if "share_mapped" in d.value.columns)
    assert '"format":"percent"' in coverage.proto.columns.replace(" ", "")
    components = table_with(at, "parameters")
    assert "国家级 1.0；省级 0.7；市级 0.4；其他 0.2" in components["parameters"].tolist()
    assert not any("=" in p for p in components["parameters"])


def test_methodology_writes_formulas_out_in_full(monkeypatch, fixture_snapshot):
    import csv
    at = open_page(monkeypatch, fixture_snapshot, "pages/methodology.py")
    markdown = " ".join(m.value for m in at.markdown)
    with (ROOT / "etl" / "vocab" / "score_components.csv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            assert row["formula_zh"] in markdown


def test_methodology_recognitions_count_recognitions_and_cases(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/methodology.py")
    recognitions = table_with(at, "level")
    assert list(recognitions.columns) == ["level", "kind", "n_recognitions", "n_cases"]
    assert set(recognitions["level"]) == {"国家级"}


# --- compare ---------------------------------------------------------------------------------

def test_compare_writes_numbers_plainly_and_links_each_case(monkeypatch, fixture_snapshot):
    # both cases report disputes resolved: 14,000 件 and 8,000 件
    at = open_page(monkeypatch, fixture_snapshot, "pages/compare.py", cases="c_court_zj,c_committee_cq")
    assert_clean(at)
    shared = next(d.value for d in at.dataframe if "指标" in d.value.columns)
    cells = " ".join(shared.astype(str).to_numpy().ravel())
    assert "14,000 件" in cells and "8,000 件" in cells and "e+" not in cells
    facts = next(d.value for d in at.dataframe if "机构" in list(d.value.index))
    assert not facts.astype(str).apply(lambda c: c.str.contains("case?case=", regex=False)).any().any()
    links = [parse_qs(link.proto.query_string) for link in at.get("page_link")]
    assert {"c_court_zj", "c_committee_cq"} <= {q.get("case", [""])[0] for q in links}


def test_compare_says_which_weights_the_scores_use(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/compare.py", cases="c_court_zj,c_committee_cq",
                   w_evidence="1")
    assert "得分按链接中的自定义权重计算" in all_text(at)


def test_compare_picker_has_a_chinese_placeholder(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/compare.py")
    assert at.multiselect(key="compare_cases").proto.placeholder == "选择要对比的案例"


def test_resetting_the_weights_clears_them_from_the_url(monkeypatch, fixture_snapshot):
    at = open_page(monkeypatch, fixture_snapshot, "pages/leaderboard.py", w_recognition="1")
    assert "当前使用自定义权重" in " ".join(c.value for c in at.caption)
    at.button(key="lb_w_reset").click().run()
    assert_clean(at)
    assert not any(k.startswith("w_") for k in at.query_params)
    assert shown_table(at, "lb_table_cases")["title"].iloc[0] == "公共法律服务进万家"


def test_case_page_shows_its_documents_own_figures(monkeypatch, real_snapshot):
    # a figure outside every case (an award list's preamble) is shown with the document's cases
    db = Database(real_snapshot)
    own = db.query("SELECT doc_id, value FROM metrics WHERE case_id IS NULL ORDER BY char_start")
    assert not own.empty
    case_id = db.query("SELECT case_id FROM cases WHERE doc_id = $d ORDER BY seq LIMIT 1",
                       {"d": own["doc_id"].iloc[0]})["case_id"].iloc[0]
    at = open_page(monkeypatch, real_snapshot, "pages/case.py", case=case_id)
    assert_clean(at)
    from app.ui_text import T
    assert T["case_document_figures"] in [s.value for s in at.subheader]
    # the document's own figures are a table of their own, not among the case's figures
    sentences = [list(d.value.iloc[:, -1]) for d in at.dataframe]
    own_sentences = db.query("SELECT sentence FROM metrics WHERE case_id IS NULL AND doc_id = $d ORDER BY char_start",
                             {"d": own["doc_id"].iloc[0]})["sentence"].str.strip().tolist()
    assert own_sentences in sentences
