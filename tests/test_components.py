"""Page building blocks: the case text's highlighting, codes shown in Chinese, plain numbers."""
from __future__ import annotations

import re

import pandas as pd
import pytest

from app.charts import integer_ticks
from app.components import format_number, highlight_html, readable, readable_parameters, readable_type


def unmarked(body: str) -> str:
    return re.sub(r"</?mark[^>]*>", "", body)


# --- highlight_html ------------------------------------------------------------------------

RECOGNITION = "全国已有20余个省区市法院引进推广"


def test_a_figure_inside_a_recognition_phrase_is_marked_inside_it():
    # 20余个 (offsets 104–108) lies inside the recognition phrase (100–117)
    body = highlight_html(RECOGNITION, [(100, 117, "recognition", "推广"), (104, 108, "figure", "20个")], base=100)
    assert body == ('<mark class="recognition" title="推广">全国已有'
                    '<mark class="figure" title="20个">20余个</mark>省区市法院引进推广</mark>')


def test_a_figure_ending_where_the_phrase_ends_is_marked():
    text = "入选国家级典型案例8件、省级典型案例15件"
    body = highlight_html(text, [(0, 21, "recognition", ""), (9, 11, "figure", ""), (18, 21, "figure", "")])
    assert body.count('<mark class="figure"') == 2
    assert '<mark class="figure" title="">15件</mark></mark>' in body


def test_crossing_spans_are_both_marked_in_full():
    body = highlight_html("abcdef", [(0, 4, "recognition", ""), (2, 6, "figure", "")])
    assert unmarked(body) == "abcdef"
    figure_text = "".join(re.findall(r'<mark class="figure" title="">([^<]*)', body))
    assert figure_text == "cdef"
    assert body.count("<mark") == body.count("</mark>")


def test_every_extracted_figure_is_marked_once():
    text = "化解纠纷1.4万件，调解成功率达92%，新收案件同比下降14.92%。"
    spans = [(4, 9, "figure", ""), (16, 19, "figure", ""), (28, 34, "figure", "")]
    body = highlight_html(text, spans)
    assert re.findall(r'<mark class="figure" title="">([^<]*)</mark>', body) == ["1.4万件", "92%", "14.92%"]


def test_spans_reaching_outside_the_text_are_cut_to_it():
    assert highlight_html("abc", [(-5, 2, "x", ""), (2, 99, "y", "")]) == (
        '<mark class="x" title="">ab</mark><mark class="y" title="">c</mark>')


def test_text_and_tooltips_are_escaped():
    body = highlight_html("O'Brien <b>", [(0, 1, "figure", '"x"')])
    assert body == '<mark class="figure" title="&quot;x&quot;">O</mark>&#x27;Brien &lt;b&gt;'


# --- codes and missing values --------------------------------------------------------------

def test_codes_are_shown_in_chinese():
    frame = pd.DataFrame({"level": ["national", "provincial", "municipal"], "kind": ["count", "typical_case", "rate"],
                          "script": ["hans", "hant", "hans"], "encoding": ["utf-8", "gb18030", "big5hkscs"],
                          "direction": ["higher", "lower", "higher"], "agency_type": ["court", "police", "other"],
                          "top_recognition_level": ["national", None, "other"]})
    shown = readable(frame)
    assert shown["level"].tolist() == ["国家级", "省级", "市级"]
    assert shown["kind"].tolist() == ["数量", "典型案例", "比率"]
    assert shown["script"].tolist() == ["简体", "繁体", "简体"]
    assert shown["encoding"].tolist() == ["UTF-8", "GB18030（含 GBK、GB2312）", "BIG5HKSCS"]
    assert shown["direction"].tolist() == ["越高越好", "越低越好", "越高越好"]
    assert shown["agency_type"].tolist() == ["法院", "公安", "其他"]
    assert shown["top_recognition_level"].tolist() == ["国家级", "", "其他"]


def test_downloads_get_the_same_chinese_codes():
    frame = pd.DataFrame({"level": ["national"], "script": ["hant"]})
    assert readable(frame, blank_missing=False).iloc[0].tolist() == ["国家级", "繁体"]


def test_indicator_keys_become_the_catalogue_names():
    frame = pd.DataFrame({"indicator": ["mediation_success_rate", None, "调解（化解）成功率"]})
    assert readable(frame)["indicator"].tolist() == ["调解（化解）成功率", "", "调解（化解）成功率"]


def test_missing_places_are_blank_on_screen_and_empty_in_files():
    frame = pd.DataFrame({"city": ["盐城市", None], "county": [None, None], "adcode": ["320900", None]},
                         dtype="str")
    assert readable(frame)[["city", "county", "adcode"]].values.tolist() == [["盐城市", "", "320900"], ["", "", ""]]
    assert readable(frame, blank_missing=False)["county"].isna().all()


def test_years_with_a_gap_stay_whole_numbers():
    frame = pd.DataFrame({"period": [2023.0, None], "value": [1.5, None]})
    shown = readable(frame)
    assert str(shown["period"].dtype) == "Int64" and shown["period"].iloc[0] == 2023
    assert shown["value"].iloc[0] == 1.5  # other numbers are left alone


@pytest.mark.parametrize("arrow_type, expected", [
    ("string", "文本"), ("large_string", "文本"), ("int16", "整数"), ("int32", "整数"), ("double", "数值"),
    ("date32[day]", "日期"), ("list<item: string>", "文本列表"),
])
def test_data_dictionary_types_are_chinese(arrow_type, expected):
    assert readable_type(arrow_type) == expected


@pytest.mark.parametrize("text, expected", [
    ("national=1.0;provincial=0.7;municipal=0.4;other=0.2", "国家级 1.0；省级 0.7；市级 0.4；其他 0.2"),
    ("K=5", "满分所需指标数 K 5"),
    ("single_case=0.5", "只有一个案例写出的指标 0.5"),
    ("", ""),
])
def test_score_parameters_are_readable(text, expected):
    assert readable_parameters(text) == expected


@pytest.mark.parametrize("value, expected", [
    (300000.0, "300,000"), (14000, "14,000"), (99.42, "99.42"), (-14.92, "-14.92"), (0.5, "0.5"),
    (1430000000.0, "1,430,000,000"), (None, ""),
])
def test_numbers_are_written_plainly(value, expected):
    assert format_number(value) == expected


@pytest.mark.parametrize("top, step", [(1, 1), (4, 1), (6, 1), (12, 2), (30, 5), (250, 50)])
def test_count_ticks_are_whole_numbers(top, step):
    assert integer_ticks(top) == {"tick0": 0, "dtick": step, "tickformat": ",d"}
