"""/compare?cases=…: two to four cases side by side, on the real corpus snapshot."""
from __future__ import annotations

from pathlib import Path

import duckdb
import pytest
from streamlit.testing.v1 import AppTest

from app.ui_text import column_label
from etl.snapshot import build_snapshot

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def snapshot(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("compare") / "parquet"
    build_snapshot(ROOT / "data" / "raw", out, workers=1)
    return out


def case_ids(snapshot: Path, where: str = "true", n: int = 2) -> list[str]:
    return [r[0] for r in duckdb.sql(
        f"SELECT case_id FROM '{snapshot}/cases.parquet' WHERE {where} ORDER BY doc_id, seq LIMIT {n}").fetchall()]


def open_compare(monkeypatch, snapshot: Path, **params) -> AppTest:
    monkeypatch.setenv("REFORM_DATA_DIR", str(snapshot))
    at = AppTest.from_file(str(ROOT / "dashboard.py"), default_timeout=60)
    at.run()
    at.switch_page("pages/compare.py")
    at.query_params.clear()
    at.query_params.update(params)
    return at.run()


def facts_table(at: AppTest):
    """The facts table: one row per attribute (机构, 年份 …), one column per case."""
    return next(d.value for d in at.dataframe if column_label("agency") in list(d.value.index))


def shared_table(at: AppTest):
    """The shared-indicator table sits right after the subheader that names it."""
    return next(d.value for d in at.dataframe if column_label("indicator") in d.value.columns)


def test_two_cases_from_the_url_are_shown_side_by_side(monkeypatch, snapshot):
    ids = case_ids(snapshot, "agency_type = 'procuratorate'")
    at = open_compare(monkeypatch, snapshot, cases=",".join(ids))
    assert not at.exception and not at.error
    facts = facts_table(at)
    assert len(facts.columns) == 2
    titles = [r[0] for r in duckdb.sql(f"SELECT title FROM '{snapshot}/cases.parquet' WHERE case_id IN {tuple(ids)}"
                                      ).fetchall()]
    assert all(any(t in col for col in facts.columns) for t in titles)


def test_shared_indicators_list_only_indicators_every_compared_case_has_in_common(monkeypatch, snapshot):
    # two cases sharing an indicator, found from the snapshot itself
    pair = duckdb.sql(f"""
        SELECT a.case_id, b.case_id, a.indicator FROM '{snapshot}/indicator_percentiles.parquet' a
        JOIN '{snapshot}/indicator_percentiles.parquet' b ON a.indicator = b.indicator AND a.case_id < b.case_id
        ORDER BY a.indicator, a.case_id, b.case_id LIMIT 1""").fetchall()
    assert pair, "the corpus has two cases on one indicator"
    pair = pair[0]
    at = open_compare(monkeypatch, snapshot, cases=f"{pair[0]},{pair[1]}")
    shared = shared_table(at)
    assert len(shared) >= 1
    assert (shared.iloc[:, 2:] != "").all().all()  # every shared row has a value for both cases


def test_one_case_asks_for_a_second(monkeypatch, snapshot):
    at = open_compare(monkeypatch, snapshot, cases=case_ids(snapshot, n=1)[0])
    assert not at.exception
    assert any("至少选择 2 个" in i.value for i in at.info)


def test_unknown_ids_and_more_than_four_are_reported_not_raised(monkeypatch, snapshot):
    ids = case_ids(snapshot, n=5)
    at = open_compare(monkeypatch, snapshot, cases=",".join(["nosuchcase'--", *ids]))
    assert not at.exception
    text = " ".join(w.value for w in at.warning)
    assert "最多对比 4 个" in text
    assert "nosuchcase" in text
    assert len(facts_table(at).columns) == 3
