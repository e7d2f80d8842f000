"""Theme assignment (etl.themes) and its vocabulary etl/vocab/themes.csv."""
import csv
import pathlib

import pytest

from etl.themes import THEMES_CSV, assign_themes

RAW = pathlib.Path(__file__).resolve().parents[1] / "data" / "raw"
YANCHENG = (RAW / "000_7fc214eba3235496.txt").read_text(encoding="utf-8")
ARTICLES = (RAW / "003_1d099fc2dfaf510c.txt").read_text(encoding="utf-8")


def between(text, start, end):
    i = text.index(start)
    return text[i:text.index(end, i + len(start))]


def vocabulary_rows():
    with THEMES_CSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


# (title, case text) cut from the real documents at their headings
IP_MEDIATION = ("探索知识产权纠纷多元解纷“盐城模式”",
                between(YANCHENG, "探索知识产权纠纷多元解纷", "盐城市人民检察院\n"))
PUBLIC_INTEREST = ("推动检察公益诉讼高质量发展",
                   between(ARTICLES, "推动检察公益诉讼高质量发展", "孙养统"))
SAFETY_TALKS = ("检察约谈促进企业“警钟长鸣”", between(YANCHENG, "检察约谈促进企业", "获评2021"))
POLICE_SERVICES = ("升级政务服务综合管理平台", between(YANCHENG, "升级政务服务综合管理平台", "盐城市司法局\n"))
SINO_KOREAN_PARK = ("培植中韩(盐城)法律服务产业园", between(YANCHENG, "培植中韩", "东台市人民检察院\n"))


def test_ip_mediation_practice_is_ip_and_dispute_resolution():
    themes = assign_themes(*IP_MEDIATION)
    assert {"知识产权", "多元解纷/诉源治理"} <= set(themes)


def test_public_interest_article_is_public_interest_litigation_and_environment():
    themes = assign_themes(*PUBLIC_INTEREST)
    assert {"公益诉讼", "生态环境"} <= set(themes)


@pytest.mark.parametrize("case, first", [
    (IP_MEDIATION, "多元解纷/诉源治理"),
    (SAFETY_TALKS, "安全生产"),
    (POLICE_SERVICES, "政务服务"),
    (SINO_KOREAN_PARK, "公共法律服务"),
])
def test_strongest_theme_comes_first(case, first):
    assert assign_themes(*case)[0] == first


def test_sino_korean_legal_services_park_is_also_foreign_related():
    assert "涉外法治" in assign_themes(*SINO_KOREAN_PARK)


@pytest.mark.parametrize("title, text, expected", [
    ("潮汐车道破解拥堵难题", "交巡警支队实施潮汐车道改革，早高峰拥堵时长下降。", "交通治理"),
    ("守护未成年人健康成长", "检察院对涉罪未成年人开展帮教。", "未成年人保护"),
    ("创设金融法律服务中心", "防范金融风险，打击非法集资。", "金融风险"),
    ("社区矫正智慧管控", "对社区矫正对象实行分类管理。", "社区矫正"),
    ("常态化开展扫黑除恶", "依法打击黑恶势力犯罪。", "扫黑除恶/平安建设"),
    ("党建引领检察工作", "开展主题党日活动，推进机关党建与业务融合。", "党建引领"),
])
def test_short_practice_gets_its_theme_first(title, text, expected):
    assert assign_themes(title, text)[0] == expected


def test_a_single_supporting_keyword_still_gives_one_theme():
    assert assign_themes("", "组织开展调解工作") == ["多元解纷/诉源治理"]


def test_text_without_keywords_has_no_theme():
    assert assign_themes("会议召开", "会议于上午九点召开。") == []


def test_title_outweighs_passing_mentions_in_text():
    text = "围绕营商环境开展工作。对未成年人开展帮教。"
    assert assign_themes("守护未成年人", text)[0] == "未成年人保护"


def test_themes_are_unique_and_have_keywords():
    rows = vocabulary_rows()
    names = [r["theme"] for r in rows]
    assert len(names) == len(set(names))
    for r in rows:
        assert r["core_keywords"].strip(), r["theme"]
        keywords = (r["core_keywords"] + "|" + r["keywords"]).split("|")
        assert all(k.strip() for k in keywords), r["theme"]
        assert len(keywords) == len(set(keywords)), r["theme"]


def test_vocabulary_covers_the_genre_themes():
    names = {r["theme"] for r in vocabulary_rows()}
    assert {"多元解纷/诉源治理", "数字赋能", "公益诉讼", "政务服务", "营商环境", "未成年人保护",
            "执法司法监督", "公共法律服务", "基层社会治理", "安全生产", "金融风险", "知识产权",
            "生态环境", "队伍建设"} <= names
