"""Case -> one of the five reform domains (etl/domains.py, etl/vocab/domains.csv)."""
import csv
from pathlib import Path

import pytest

from etl.domains import DOMAINS, VOCAB, assign_domain

THEMES_CSV = Path(__file__).resolve().parent.parent / "etl" / "vocab" / "themes.csv"


def test_every_theme_named_in_domains_csv_exists():
    with VOCAB.open(encoding="utf-8") as fh:
        named = {t for r in csv.DictReader(fh) if r["source"] == "theme" for t in r["term"].split("|")}
    with THEMES_CSV.open(encoding="utf-8") as fh:
        themes = {r["theme"] for r in csv.DictReader(fh)}
    assert named <= themes, named - themes


@pytest.mark.parametrize("themes, title, expected", [
    (["营商环境", "金融风险"], "创设西部金融法律服务中心 助推防范金融风险和营商环境最优区建设", "法治化营商环境"),
    (["多元解纷/诉源治理"], "迭代升级综调机制3.0版 打造“渝事荣易解”品牌", "法治化社会治理"),
    (["数字赋能"], "5G“车载便民法庭” 打造老百姓家门口法院", "提高执法司法效率"),
    (["未成年人保护"], "持续擦亮“莎姐”品牌 守护未成年人健康成长", "促进公平正义"),
    (["公共法律服务"], "远程公证服务送到“家门口”", "公共法律服务"),
])
def test_themes_decide_the_domain(themes, title, expected):
    assert assign_domain(themes, title, "") == expected


@pytest.mark.parametrize("title, text, expected", [
    ("“五化”运行模式赋能执法司法监督", "构建执法司法监督制约机制", "促进公平正义"),
    ("远程公证服务送到“家门口”", "开通镇(街道)远程公证服务", "公共法律服务"),
    ("潮汐车道“小改革” 破解拥堵“大难题”", "四公里立交是主城区交通网络上的关键节点", "法治化社会治理"),
])
def test_keywords_work_without_themes(title, text, expected):
    assert assign_domain([], title, text) == expected


def test_no_clue_gives_none():
    assert assign_domain([], "编者按", "以飨读者。") is None


def test_result_is_one_of_the_five_domains():
    assert assign_domain(["队伍建设"], "检察工作", "检察建议") in DOMAINS
