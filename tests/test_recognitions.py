"""Recognition phrases (etl/recognitions.py, etl/vocab/recognitions.csv).

Sentences are from the reports in data/raw; the Chongqing ones are in
simplified script, as the normaliser hands them on.
"""
from pathlib import Path

import pytest

from etl.recognitions import extract_recognitions

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def recs(text: str):
    return extract_recognitions(text, 0, len(text))


def only(text: str):
    found = recs(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("sentence, level, kind", [
    ("2023年6月,相关做法入选最高人民法院办公厅、国家知识产权局办公室联合发布的全国首批10个知识产权多元调解典型案例做法和优秀案例,系全省唯一。",
     "national", "typical_case"),
    ("近年来,该院办理的涉众型网络经济犯罪案件入选国家级典型案例8件、省级典型案例15件。", "national", "typical_case"),
    ("连续四年入选全省服务保障民营经济高质量发展典型案例。", "provincial", "typical_case"),
    ("打造的经济检察“盐城模式”荣获全省法治建设创新奖。", "provincial", "award"),
    ("荣获2023年盐城市“数字盐城”应用场景优秀案例一等奖。", "municipal", "award"),
    ("精心打造“蓝纸鹤”检察文化,获评全国检察机关“十佳文化品牌”。", "national", "award"),
    ("被最高检记“集体一等功”。", "national", "award"),
    ("“五项协作机制”获评江苏省检察院典型案例。", "provincial", "typical_case"),
    ("“5+6”民事检察和解引导工作法被盐城市人民检察院列入党组创新项目。", "municipal", "award"),
    ("获评2021—2023年度江苏省法治建设创新项目。", "provincial", "award"),
    ("入选全省检察改革创新工作培育项目。", "provincial", "award"),
    ("1份建议入选盐城检察机关优秀社会治理检察建议典型案例。", "municipal", "typical_case"),
    ("被法治日报评为智慧法院十大创新案例。", "national", "typical_case"),
    ("工作成果被写入2022年最高人民法院工作报告。", "national", "other"),
    ("目前,全国已有20余个省区市法院引进推广该模式。", "national", "promotion"),
    ("巴南区法院首创的这一机制作为矛盾纠纷化解的利器,已在全国进行推广。", "national", "promotion"),
    ("自主研发的医疗机构违法排污监督模型被最高检推广。", "national", "promotion"),
    ("1份建议被省检察院社会治理检察建议专刊转发。", "provincial", "promotion"),
    ("2023年4月,现场会召开,在全市层面推广滨海检察院的工作模式。", "municipal", "promotion"),
    ("“四三”绿色赋能工作法在全市政法工作会议上作交流。", "municipal", "promotion"),
    ("受到高检院和省检察院的肯定。", "national", "other"),
    ("盘踞河畔十余年的养牛场被依法拆除,市委主要领导对此给予批示肯定。", "municipal", "other"),
    # a media report is exposure, not an authority's recognition: level other
    ("受到社会各界广泛好评,中央、省、市级多家媒体对该平台报道宣传。", "other", "other"),
    ("经验做法被人民日报报道。", "other", "other"),
    ("成功创建了全国信访工作“三无”区县。", "national", "award"),
    ("2022年10月,盐城市检察机关积极开展“行政机关负责人参与行政争议实质性化解工作”试点工作。", "municipal", "pilot"),
])
def test_phrase_level_and_kind(sentence, level, kind):
    r = only(sentence)
    assert (r.level, r.kind) == (level, kind)


def test_several_issuers_give_the_highest_level_and_keep_the_issuers_as_written():
    r = only("3项机制创新被最高检、省检察院转发。")
    assert (r.level, r.kind, r.issuer) == ("national", "promotion", "最高检、省检察院")


def test_list_of_awards_reads_the_issuer_of_a_later_item():
    # 工信部 names the level of the second award in the same list.
    r = only("2023年,5G“车载便民法庭”获评人民法院重大科技创新成果唯一特等奖,工信部5G应用征集大赛社会治理专题一等奖,")
    assert (r.level, r.kind) == ("national", "award")
    assert r.text.endswith("一等奖")


def test_issuer_is_trimmed_to_the_bodies_named():
    r = only("这一做法得到了省委和公安部领导的充分肯定。")
    assert (r.level, r.kind, r.issuer) == ("national", "other", "省委和公安部领导")


def test_exchange_at_national_and_provincial_meetings():
    r = only("多项工作在全国、全省法院系统作经验交流。")
    assert (r.level, r.kind) == ("national", "promotion")


def test_level_is_not_borrowed_from_the_previous_phrase():
    text = "该院荣获“全国模范检察院”称号,集体多次受到上级表彰。"
    assert [(r.level, r.kind) for r in recs(text)] == [("national", "award"), ("other", "other")]


def test_level_from_earlier_in_the_sentence():
    r = only("在全省检察机关党支部建设“三个一”主题活动中,衡水市检察院获评优秀组织奖和主题党日精品案例。")
    assert (r.level, r.kind) == ("provincial", "award")


@pytest.mark.parametrize("sentence", [
    "让人民群众有更多获得感、幸福感、安全感。",
    "“莎姐”不仅成为具有全国影响力的未成年人保护品牌。",
    "我们将在全省推广这一做法。",
    "试点期间,该院初步形成了行政调解与审判调解有效衔接的格局。",
    "全域推广新型巡逻防控勤务模式。",
    "利用新闻媒体宣传法律知识。",
])
def test_not_a_recognition(sentence):
    assert recs(sentence) == []


def test_offsets_point_into_the_full_text():
    text = "前言。" * 300 + "自主研发的医疗机构违法排污监督模型被最高检推广。"
    start = 900
    [r] = extract_recognitions(text, start, len(text))
    assert text[r.char_start:r.char_end] == r.text == "被最高检推广"


def test_chongqing_top_ten_applies_to_every_case_and_is_provincial():
    # 重庆 is a municipality directly under the centre: its 市委政法委 selection is provincial.
    head = "7月11日,重庆市政法领域改革最佳实践评选活动发布仪式现场,重庆市政法领域改革“十大最佳实践”颁奖。\n"
    case = "1 市高法院\n5G“车载便民法庭”\n打造老百姓家门口法院\n"
    text = head + case
    [r] = extract_recognitions(text, len(head), len(text))
    assert (r.level, r.kind) == ("provincial", "typical_case")
    assert r.char_end <= len(head)


def test_yancheng_case_library_from_real_document():
    text = (RAW / "000_7fc214eba3235496.txt").read_text(encoding="utf-8")
    start = text.index("射阳县人民检察院\n")
    end = text.index("盐城经济技术开发区政法委")
    got = [(r.level, r.kind) for r in extract_recognitions(text, start, end)]
    assert got == [
        ("municipal", "typical_case"),   # 2024年盐城市政法改革项目培优类入库案例 (document head)
        ("national", "award"),           # 获评全国检察机关“十佳文化品牌”
        ("national", "typical_case"),    # 15件案件入选国家级、省级典型案例
        ("national", "promotion"),       # 被最高检、省检察院转发
        ("national", "award"),           # 被最高检记“集体一等功”
        ("municipal", "promotion"),      # 在全市政法工作会议上作交流
    ]


def test_pilot_is_counted_once_per_level():
    text = "该院被确定为全省试点单位。试点期间,该院被确定为全省试点单位,成效明显。"
    assert [(r.level, r.kind) for r in recs(text)] == [("provincial", "pilot")]
