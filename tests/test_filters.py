"""URL parameters -> filters: year ranges against the data's years, traditional search text."""
from __future__ import annotations

import pytest

from app.filters import FilterOptions, Filters, parse_query_params

OPTIONS = FilterOptions(year_min=2020, year_max=2025, provinces=("重庆市", "江苏省"))


def parse(**params):
    return parse_query_params({k: [v] for k, v in params.items()}, OPTIONS)


def test_a_year_inside_the_data_filters_on_it():
    parsed = parse(year="2023-2024")
    assert (parsed.filters.year_from, parsed.filters.year_to) == (2023, 2024)
    assert parsed.warnings == []


def test_a_range_reaching_past_the_data_is_cut_to_it_and_says_to_what():
    parsed = parse(year="2018-2023")
    assert (parsed.filters.year_from, parsed.filters.year_to) == (2020, 2023)
    assert parsed.warnings == ["年份 2018-2023 部分超出数据范围（2020–2025），已按 2020–2023 筛选。"]


def test_a_year_after_the_data_is_ignored_and_says_so():
    parsed = parse(year="2030")
    assert parsed.filters.year_from is None
    assert parsed.warnings == ["年份 2030 超出数据范围（2020–2025），没有这些年份的案例，年份筛选已忽略。"]


def test_a_well_formed_range_before_the_data_is_out_of_range_not_malformed():
    parsed = parse(year="1800-1900")
    assert parsed.filters.year_from is None
    assert len(parsed.warnings) == 1
    assert "超出数据范围" in parsed.warnings[0] and "格式不对" not in parsed.warnings[0]


def test_a_malformed_year_says_the_format_is_wrong():
    assert parse(year="20x4").warnings == ["年份参数 20x4 格式不对（应为 2024 或 2023-2024），已忽略。"]


def test_a_reversed_range_is_read_in_order():
    assert (parse(year="2024-2021").filters.year_from, parse(year="2024-2021").filters.year_to) == (2021, 2024)


@pytest.mark.parametrize("typed, searched", [("車載", "车载"), ("調解", "调解"), ("调解", "调解"), ("O'Brien", "O'Brien")])
def test_search_text_is_searched_in_simplified_characters(typed, searched):
    # the ETL stores every text simplified (etl/normalise.py)
    assert parse(q=typed).filters.q == searched


def test_filters_round_trip_through_the_url():
    f = Filters(year_from=2021, year_to=2022, provinces=("重庆市",), q="调解")
    assert parse_query_params({k: v if isinstance(v, list) else [v] for k, v in f.query_params().items()},
                              OPTIONS).filters == f
