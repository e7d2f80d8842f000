"""CSV / Excel exports: BOM, formula injection neutralised, numbers stay numbers, named after the slice."""
from __future__ import annotations

import io
import re
import zipfile

import pandas as pd
import pytest

from app.downloads import file_name, neutralise_cell, to_csv_bytes, to_xlsx_bytes
from app.filters import Filters


@pytest.fixture
def frame() -> pd.DataFrame:
    return pd.DataFrame({
        "title": ["=HYPERLINK(\"x\")", "+1", "-2", "@SUM(A1)", "\t制表", "\r回车", "普通标题"],
        "value": [-14.92, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        "themes": [["诉源治理", "多元解纷"], [], [], [], [], [], ["公益诉讼"]],
    })


def read_csv(data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str, keep_default_na=False)


def xlsx_cells(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("xl/worksheets/sheet1.xml").decode("utf-8")


def xlsx_strings(data: bytes) -> str:
    with zipfile.ZipFile(io.BytesIO(data)) as z:
        return z.read("xl/sharedStrings.xml").decode("utf-8")


@pytest.mark.parametrize("value, expected", [
    ("=1+1", "'=1+1"), ("+86", "'+86"), ("-3", "'-3"), ("@cmd", "'@cmd"), ("\tx", "'\tx"), ("\rx", "'\rx"),
    ("调解成功率", "调解成功率"), ("a=b", "a=b"), (-14.92, -14.92), (None, None),
])
def test_neutralise_cell(value, expected):
    assert neutralise_cell(value) == expected


def test_csv_starts_with_a_utf8_bom(frame):
    assert to_csv_bytes(frame).startswith(b"\xef\xbb\xbf")


def test_csv_headers_are_chinese(frame):
    assert list(read_csv(to_csv_bytes(frame)).columns) == ["标题", "数值", "主题"]


def test_csv_neutralises_formula_cells(frame):
    titles = read_csv(to_csv_bytes(frame))["标题"].tolist()
    assert titles[:4] == ["'=HYPERLINK(\"x\")", "'+1", "'-2", "'@SUM(A1)"]
    assert titles[6] == "普通标题"


def test_csv_negative_number_stays_a_number(frame):
    text = to_csv_bytes(frame).decode("utf-8-sig")
    assert ",-14.92," in text
    assert "'-14.92" not in text


def test_csv_row_count_equals_frame(frame):
    assert len(read_csv(to_csv_bytes(frame))) == len(frame)


def test_csv_joins_list_cells(frame):
    assert read_csv(to_csv_bytes(frame))["主题"].iloc[0] == "诉源治理、多元解纷"


def test_xlsx_numbers_are_numeric_cells(frame):
    sheet = xlsx_cells(to_xlsx_bytes(frame))
    assert re.search(r'<c r="B2"[^>]*><v>-14\.92</v></c>', sheet)


def test_xlsx_has_no_formulas_and_neutralised_text(frame):
    data = to_xlsx_bytes(frame)
    assert "<f>" not in xlsx_cells(data)
    assert "&apos;=HYPERLINK" in xlsx_strings(data) or "'=HYPERLINK" in xlsx_strings(data)


def test_xlsx_row_count_equals_frame(frame):
    rows = re.findall(r'<row r="(\d+)"', xlsx_cells(to_xlsx_bytes(frame)))
    assert len(rows) == len(frame) + 1  # plus the header row


@pytest.mark.parametrize("kind, filters, ext, expected", [
    ("案例", Filters(year_from=2023, year_to=2023, agency_types=("court",)), "csv", "案例_2023_法院.csv"),
    ("数据", Filters(year_from=2022, year_to=2024, provinces=("重庆市",)), "xlsx", "数据_2022-2024_重庆市.xlsx"),
    ("案例", Filters(q="a/b:c"), "csv", "案例_a_b_c.csv"),
    ("案例", Filters(), "csv", "案例.csv"),
])
def test_file_name_says_what_the_slice_is(kind, filters, ext, expected):
    assert file_name(kind, filters.slug(), ext) == expected


def test_xlsx_sheet_named_after_an_indicator_with_a_slash(frame):
    # a figure label such as 申请/受理 names the indicator view's file and sheet
    with zipfile.ZipFile(io.BytesIO(to_xlsx_bytes(frame, sheet="指标排行_申请/受理[件]"))) as z:
        assert 'name="指标排行_申请_受理_件_"' in z.read("xl/workbook.xml").decode("utf-8")


def test_file_name_of_an_indicator_view_says_the_indicator():
    assert file_name("指标排行_调解（化解）成功率", "2024_重庆市", "csv") == "指标排行_调解（化解）成功率_2024_重庆市.csv"
