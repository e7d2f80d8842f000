"""Every dashboard page through Streamlit's AppTest, with and without filters and with bad URLs.

The app reads the snapshot named by REFORM_DATA_DIR: the real ETL run on
data/raw, or the small hand-written snapshot where a view needs scores,
provinces and years that five sample documents may not yield.
"""
from __future__ import annotations

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
