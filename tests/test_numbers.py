"""Numerals as reports write them -> values (etl.numbers)."""
import pytest

from etl.numbers import parse_numeral, parse_quantity


@pytest.mark.parametrize("phrase, value, qualifier", [
    ("1.4万余", 14000, "余"),
    ("66.2216万", 662216, None),
    ("14.3亿", 1430000000, None),
    ("三十余", 30, "余"),
    ("130余万", 1300000, "余"),
    ("一千万", 10000000, None),
    ("两", 2, None),
    ("十五万", 150000, None),
    ("2000多", 2000, "余"),
    ("1,234.5", 1234.5, None),
    ("3千", 3000, None),
])
def test_parse_quantity_scales_to_base_units(phrase, value, qualifier):
    assert parse_quantity(phrase) == (value, qualifier)


@pytest.mark.parametrize("numeral, value", [
    ("316", 316), ("99.42", 99.42), ("二十一", 21), ("一百零八", 108), ("两千三百", 2300),
])
def test_parse_numeral(numeral, value):
    assert parse_numeral(numeral) == value


@pytest.mark.parametrize("phrase", ["", "件", "百姓", "万警", "12a"])
def test_non_numbers_are_rejected(phrase):
    assert parse_quantity(phrase) is None
