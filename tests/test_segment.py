"""Document metadata and case segmentation (etl.segment) on the real corpus and on
short heading shapes of the genre written for these tests."""
from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import opencc
import pytest

from etl.agencies import agency_type_of, resolve_agency
from etl.normalise import normalise
from etl.records import CaseSpan
from etl.segment import candidate_cases, describe_document, segment_cases, summarise_case

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"
_T2S = opencc.OpenCC("t2s")
# scraped traditional text glues pinyin after characters: 領(lǐng)
_PINYIN = re.compile(r"\([a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)")


def clean(text: str) -> str:
    """What the segmenter expects; the extra steps are no-ops once etl.normalise does them."""
    text = normalise(text).text
    return re.sub(r"[|｜]", "", _T2S.convert(_PINYIN.sub("", text)))


def lightly_cleaned(name: str) -> str:
    """Script and pinyin fixed but nothing collapsed: a normaliser that missed the repeat."""
    raw = (RAW / name).read_text(encoding="utf-8")
    return _T2S.convert(_PINYIN.sub("", raw))


def corpus_doc(prefix: str) -> str:
    path = next(RAW.glob(f"{prefix}_*.txt"))
    return clean(path.read_text(encoding="utf-8"))


def loose(s: str | None) -> str | None:
    """Compare punctuation loosely: the normaliser may make ASCII , ( ) : full-width."""
    return s.translate(str.maketrans("，（）：", ",():")) if s is not None else None


def cases_of(text: str):
    meta = describe_document(text)
    return meta, segment_cases(text, meta)


def resolved_names(text: str, meta, cases) -> list[str]:
    """The cases' agencies as the tables name them (resolved in context, at their own level)."""
    from etl.agencies import resolve_agency, standard_name
    from etl.places import resolve_region
    names = []
    for c in cases:
        agency = resolve_agency(c, text, meta)
        names.append(standard_name(agency.name, resolve_region(agency, text[c.char_start:c.char_end], text, meta)))
    return names


# What a careful reader finds, per document: (agency as resolved, agency type) per case.
EXPECTED = {
    "000": (2024, [
        ("盐城市中级人民法院", "court"),
        ("盐城市人民检察院", "procuratorate"),
        ("盐城市公安局", "police"),
        ("盐城市司法局", "justice"),
        ("滨海县人民检察院", "procuratorate"),
        ("亭湖区委政法委", "committee"),
        ("响水县人民检察院", "procuratorate"),
        ("射阳县人民检察院", "procuratorate"),
        ("盐城经济技术开发区政法委", "committee"),
        ("东台市人民检察院", "procuratorate"),
    ]),
    "001": (2023, [
        ("重庆市高级人民法院", "court"),
        ("重庆市荣昌区", "committee"),
        ("重庆市江北区", "committee"),
        ("重庆市公安局", "police"),
        ("重庆市南岸区", "committee"),
        ("重庆市大渡口区", "committee"),
        ("重庆市巴南区", "committee"),
        ("重庆市司法局", "justice"),
        ("重庆市石柱县", "committee"),
        ("重庆市垫江县", "committee"),
    ]),
    "002": (2020, [
        ("衡水市人民检察院", "procuratorate"),
        ("衡水市中级人民法院", "court"),
        ("深州市委政法委", "committee"),
        ("武邑县委政法委", "committee"),
    ]),
    # one newspaper page of four signed articles
    "003": (2022, [
        ("江苏省南京市人民检察院", "procuratorate"),
        ("重庆市涪陵区人民法院", "court"),
        ("黑龙江省司法厅", "justice"),
        ("江西省萍乡市公安局", "police"),
    ]),
    # one signed article, pasted twice in the raw file
    "004": (2025, [
        ("重庆市长寿区人民检察院", "procuratorate"),
    ]),
}

AGENCY_AS_WRITTEN = {
    "001": ["市高法院", "荣昌区", "江北区", "市公安局", "南岸区", "大渡口区", "巴南区", "市司法局", "石柱县", "垫江县"],
    "003": ["江苏省南京市人民检察院", "重庆市涪陵区人民法院", "黑龙江省司法厅", "市公安局"],
}

CASE_TITLES = {
    "000": ["探索知识产权纠纷多元解纷“盐城模式”", "一体化治理涉众型网络经济犯罪", "升级政务服务综合管理平台",
            "远程公证服务送到“家门口”", "试点行政争议实质性化解新路径", "“五化”运行模式赋能执法司法监督",
            "创新“5+6”工作法打造民事检察和解样板", "“四三”工作法践行“二十条”", "培植中韩(盐城)法律服务产业园",
            "检察约谈促进企业“警钟长鸣”"],
    "002": ["党建和业务深度融合 推动全市检察工作创新发展",
            "把握核心 突出重点 实现突破 在创新中大力提升审判质效",
            "践行社会治理新理念 打造平安深州新亮点",
            "多维发力夯基础 多元衔接聚合力 聚力“四个一” 积极探索市域社会治理新路径"],
    # the page prints titles away from their bylines; each goes to its own article
    "003": ["推动检察公益诉讼高质量发展", "以创新方法激发司法活力",
            "创新机制让非诉讼纠纷化解提质增效", "全力推进更高水平平安建设"],
    "004": ["推动法律监督与社会治理效能双提升"],
}


@pytest.mark.parametrize("doc", sorted(EXPECTED))
def test_case_count_per_document(doc):
    _, cases = cases_of(corpus_doc(doc))
    assert len(cases) == len(EXPECTED[doc][1])


def test_corpus_has_twenty_nine_cases():
    assert sum(len(cases_of(corpus_doc(d))[1]) for d in EXPECTED) == 29


@pytest.mark.parametrize("doc", sorted(EXPECTED))
def test_agencies_and_types_per_document(doc):
    text = corpus_doc(doc)
    meta, cases = cases_of(text)
    got = [(a.name, a.agency_type) for a in (resolve_agency(c, text, meta) for c in cases)]
    assert got == EXPECTED[doc][1]


@pytest.mark.parametrize("doc", sorted(EXPECTED))
def test_year_per_document(doc):
    assert describe_document(corpus_doc(doc)).year == EXPECTED[doc][0]


@pytest.mark.parametrize("doc", sorted(AGENCY_AS_WRITTEN))
def test_agency_raw_is_as_written_in_the_heading(doc):
    _, cases = cases_of(corpus_doc(doc))
    assert [c.agency_raw for c in cases] == AGENCY_AS_WRITTEN[doc]


@pytest.mark.parametrize("doc", sorted(CASE_TITLES))
def test_case_titles(doc):
    _, cases = cases_of(corpus_doc(doc))
    assert [loose(c.title) for c in cases] == CASE_TITLES[doc]


def test_numbered_heading_with_title_below_gives_title_lines():
    _, cases = cases_of(corpus_doc("001"))
    assert cases[0].title == "5G“车载便民法庭” 打造老百姓家门口法院"
    assert cases[3].title == "“警快办”——不见面就能办"


@pytest.mark.parametrize("doc", sorted(EXPECTED))
def test_spans_are_ordered_disjoint_and_inside_the_text(doc):
    text = corpus_doc(doc)
    _, cases = cases_of(text)
    assert [c.seq for c in cases] == list(range(1, len(cases) + 1))
    for c in cases:
        assert 0 <= c.char_start < c.char_end <= len(text)
    for a, b in zip(cases, cases[1:]):
        assert a.char_end <= b.char_start


def test_editors_note_belongs_to_no_case():
    text = corpus_doc("000")
    _, cases = cases_of(text)
    assert cases[0].char_start > text.index("以飨读者")


def test_expert_comment_stays_with_the_practice_it_follows():
    text = corpus_doc("001")
    _, cases = cases_of(text)
    first = text[cases[0].char_start:cases[0].char_end]
    assert "专家点评" in first and "黄东东" in first
    assert "周振超" not in first     # the next practice's comment is not pulled in


def test_page_furniture_after_the_last_case_is_cut():
    text = corpus_doc("001")
    _, cases = cases_of(text)
    assert "国脉" not in text[cases[-1].char_start:cases[-1].char_end]


def test_sections_of_a_signed_article_stay_in_one_case():
    text = corpus_doc("004")
    _, cases = cases_of(text)
    body = text[cases[0].char_start:cases[0].char_end]
    assert "一、突出稳进增效" in body and "四、突出富民强企" in body


def test_article_pasted_twice_yields_one_case_when_not_collapsed():
    text = lightly_cleaned(next(RAW.glob("004_*.txt")).name)
    _, cases = cases_of(text)
    assert len(cases) == 1
    assert text[cases[0].char_start:cases[0].char_end].count("一、突出稳进增效") == 1


def test_list_pasted_twice_yields_its_cases_once():
    text = corpus_doc("000")
    _, cases = cases_of(text + "\n" + text)
    assert len(cases) == 10


@pytest.mark.parametrize("doc, title, publisher, published", [
    ("000", "打造政法改革引领区 激发政法工作新活力", None, None),
    ("001", "重庆市政法领域改革最佳实践评选活动发布仪式现场,重庆市政法领域改革“十大最佳实践”颁奖",
     "重庆市委政法委、重庆市法学会", None),
    ("002", "衡水市召开了全市政法工作创新交流会", None, None),
    ("003", "推动检察公益诉讼高质量发展", None, None),
    ("004", "推动法律监督与社会治理效能双提升", "法治日报", dt.date(2025, 3, 31)),
])
def test_document_meta(doc, title, publisher, published):
    meta = describe_document(corpus_doc(doc))
    # the normaliser may or may not turn ASCII commas full-width
    assert loose(meta.title) == title
    assert meta.publisher == publisher
    assert meta.published_date == published


# ---------------------------------------------------------------- year rules

@pytest.mark.parametrize("text, year", [
    ("——2024年某市政法改革项目简介\n近年来，2022年以来办理案件30件。", 2024),
    ("标题文字在这里\n( 2025-03-31 ) 稿件来源: 某报\n2023年办理案件100件。", 2025),
    ("某县创新基层治理\n2019年度满意度全省第18名，2020年10月评价全市第1名，到2023年底实现全覆盖。", 2020),
    ("某县创新基层治理\n落实《法治政府建设实施纲要(2021—2025年)》，2022年办结案件50件。", 2022),
    ("某县创新基层治理\n2017至2022年，中心直接收案2000件。", 2022),
    ("某县创新基层治理\n2021年获评“2017—2024年度平安建设示范县”，当年化解纠纷300件。", 2021),
    ("某县创新基层治理\n二〇二三年，全县化解纠纷300件。", 2023),
    # a dateline with a clock time and no label, before a speech quoted from an older year
    ("某派出所创新枫桥经验\n某某网 2024/8/2 10:40:32\n2019年5月7日,某领导在此视察。今年以来,化解纠纷150起。", 2024),
    # when a pilot began is not the year of the report
    ("某省社区矫正开放日\n自2006年试点以来,全省累计接收社区矫正对象10万余人。", None),
    # a title year that opens a period running to now: the dateline's year
    ("某地:2019年3月以来法律援助挽回经济损失3.1亿元\n发布时间:2024-11-08\n某司法局通报法律援助工作情况。", 2024),
    ("2018年以来某县化解纠纷3000件\n兵团司法局通报法律援助工作情况。", 2018),   # (no dateline: the title's)
])
def test_year_the_report_is_about(text, year):
    assert describe_document(text).year == year


# ---------------------------------------------------------------- heading shapes (own words)

def segmented(text: str) -> list[tuple[str | None, str]]:
    meta, cases = cases_of(text)
    return [(c.agency_raw, c.title) for c in cases]


def entries_of(text: str):
    """The entries the layout gives before units named only with an honour are dropped:
    how an honour roll is read (who is on it, under which honour, where each entry ends).
    The tests of roll reading assert these; segment_cases keeps the entries that tell a deed."""
    meta = describe_document(text)
    return meta, candidate_cases(text, meta)


def entries_read(text: str) -> list[tuple[str | None, str]]:
    return [(c.agency_raw, c.title) for c in entries_of(text)[1]]


def test_agency_dash_title_lines():
    text = ("创新奖获奖项目简介\n"
            "宁安市司法局——行政复议便民窗口全覆盖\n宁安市司法局在乡镇设立受理点，群众就近申请。全年受理300件。\n"
            "青川县人民法院——巡回审判进山村\n青川县人民法院组建巡回法庭，去年巡回开庭120次。\n")
    assert segmented(text) == [("宁安市司法局", "行政复议便民窗口全覆盖"), ("青川县人民法院", "巡回审判进山村")]


def test_agency_book_title_lines():
    text = ("江口县公安局《警保联动快处交通事故》\n江口县公安局与保险公司共建快处中心，处理时间缩短一半。\n"
            "柳河区人民检察院《公益诉讼守护饮用水源》\n柳河区人民检察院办理水源地保护案件12件。\n")
    assert segmented(text) == [("江口县公安局", "警保联动快处交通事故"), ("柳河区人民检察院", "公益诉讼守护饮用水源")]


def test_agency_line_below_its_slogan_title():
    text = ("会议交流发言摘登\n某日，全省政法工作会议召开，各地作交流发言。\n"
            "织密基层治理网络\n提升平安建设水平\n南湖省委政法委\n南湖省委政法委牵头建立协调机制。一、加大打击力度，打掉团伙12个。二、强化源头防范。\n"
            "以数字赋能推动执法规范\n北川省公安厅\n北川省公安厅上线执法监督平台，发现问题线索800条。\n")
    assert segmented(text) == [("南湖省委政法委", "织密基层治理网络 提升平安建设水平"),
                               ("北川省公安厅", "以数字赋能推动执法规范")]


def test_yishi_ershi_are_sub_points_not_cases():
    text = ("创新调解机制\n长宁县人民法院\n长宁县人民法院建立诉调对接中心。一是整合调解力量，吸纳调解员50名；"
            "二是完善对接流程；三是强化司法确认，确认协议300份。\n"
            "护航民营经济\n长宁县人民检察院\n长宁县人民检察院开展涉企案件专项监督，办理案件40件。\n")
    assert [a for a, _ in segmented(text)] == ["长宁县人民法院", "长宁县人民检察院"]


def test_places_run_together_with_semicolons_give_one_case_each():
    text = ("各地因地制宜推进诉源治理\n近年来，各地积极探索基层解纷新路子。北京在街道设立诉源治理工作站，化解纠纷2万件；"
            "福建平潭建成海岛共享法庭，实现矛盾不出岛；浙江安吉推行调解新方法，调解成功率达98%。\n")
    assert [a for a, _ in segmented(text)] == ["北京", "福建平潭", "浙江安吉"]


def test_counties_named_in_passing_do_not_split_a_single_report():
    text = ("南湖市推进诉源治理纪实\n"
            "近年来，南湖市委政法委牵头建设矛盾纠纷调处中心，统一受理群众诉求，全年受理纠纷1.2万件，化解率达98%。"
            "中心整合人民调解、行政调解、司法调解力量，实行一窗受理、分类流转、限时办结，群众满意度持续提升。\n"
            "调处中心还建立了回访制度，每月抽查已办结纠纷，对不满意的重新交办，形成闭环管理。\n"
            "各县也积极跟进：东山县在乡镇设立分中心；西河县推行线上受理。\n")
    assert [a for a, _ in segmented(text)] == ["南湖市委政法委"]


def test_digest_of_agencies_speaking_in_turn():
    text = ("全市政法工作创新经验交流摘要\n"
            "市法院：以智慧法院建设为抓手，推行全流程网上办案，全年网上立案1万件。\n"
            "市检察院：深化认罪认罚从宽制度适用，适用率达90%。\n"
            "市公安局：推行一窗通办，办理户籍业务2万件。\n")
    assert [a for a, _ in segmented(text)] == ["市法院", "市检察院", "市公安局"]


def test_numbered_practices_whose_subject_opens_the_paragraph():
    text = ("全省政法领域改革创新案例\n1.“流动法庭”进乡村\n雁门县人民法院以巡回审判车为载体，全年巡回办案500件。\n"
            "2.“检察+网格”守护平安\n清河市人民检察院联合网格员排查线索，办理案件60件。\n")
    assert segmented(text) == [("雁门县人民法院", "“流动法庭”进乡村"), ("清河市人民检察院", "“检察+网格”守护平安")]


def test_place_dash_and_numbered_place_colon_headings():
    text = ("十佳案例\n荣南区——综调机制迭代升级\n荣南区建成便民纠纷解决中心，化解纠纷1.6万件。\n"
            "（二）江川县：创设金融法律服务中心\n江川县在新区创设中心，受理案件1.4万件。\n")
    assert segmented(text) == [("荣南区", "综调机制迭代升级"), ("江川县", "创设金融法律服务中心")]


def test_unnumbered_place_lines_above_their_titles():
    text = ("全市十佳实践\n某日，全市评选结果揭晓。\n"
            "荣南区\n综调机制迭代升级\n荣南区建成便民纠纷解决中心，化解纠纷1.6万件。\n"
            "江川县\n金融法律服务进园区\n江川县在新区创设中心，受理案件1.4万件。\n")
    assert segmented(text) == [("荣南区", "综调机制迭代升级"), ("江川县", "金融法律服务进园区")]


def test_numbered_highlights_led_by_national_agencies():
    text = ("年度法治改革亮点\n回顾这一年，各政法部门推出一系列改革措施。\n"
            "1.最高人民法院、司法部出台调解意见,夯实人民调解第一道防线\n两部门联合出台意见，诉前调解纠纷895万件。\n"
            "2.公安部推行便民措施,便利群众办事\n公安部推出26项措施，惠及群众3000万人次。\n")
    assert [a for a, _ in segmented(text)] == ["最高人民法院、司法部", "公安部"]


def test_one_line_bylines_open_one_case_per_signed_article():
    text = ("推动公益诉讼高质量发展\n□ 江东省南湖市人民检察院党组书记、检察长 王小明\n"
            "近年来，南湖市检察机关办理公益诉讼案件300件。一、聚焦大局。二、聚焦民生。\n"
            "以改革激发活力\n李大为（西川省北山区人民法院党组书记、院长）\n"
            "北山区人民法院推行繁简分流，结案率提升10%。\n")
    assert segmented(text) == [("江东省南湖市人民检察院", "推动公益诉讼高质量发展"),
                               ("西川省北山区人民法院", "以改革激发活力")]


def test_author_of_a_headed_list_does_not_make_it_one_article():
    text = ("政法改革创新案例选编\n王小明\n南湖市委政法委副书记\n"
            + "".join(f"{p}县人民法院——{t}\n{p}县人民法院推行新机制，全年办结案件{n}件。\n"
                      for p, t, n in (("东山", "巡回审判进山村", 120), ("西河", "诉调对接一站办", 300),
                                      ("北岭", "执行攻坚不停歇", 80))))
    assert [a for a, _ in segmented(text)] == ["东山县人民法院", "西河县人民法院", "北岭县人民法院"]


@pytest.mark.parametrize("heading", [
    "【东山县人民法院】巡回审判进山村",
    "◆东山县人民法院——巡回审判进山村",
    "东山县人民法院：巡回审判进山村",
])
def test_bracket_bullet_and_colon_headings(heading):
    text = (f"{heading}\n东山县人民法院组建巡回法庭，去年巡回开庭120次。\n"
            "西河县人民检察院——公益诉讼守护水源\n西河县人民检察院办理水源地保护案件12件。\n")
    assert segmented(text) == [("东山县人民法院", "巡回审判进山村"), ("西河县人民检察院", "公益诉讼守护水源")]


def test_place_names_starting_with_numerals_are_not_list_numbers():
    text = ("三明市委政法委\n三明市委政法委建设综治中心，化解纠纷300件。\n"
            "十堰市中级人民法院\n十堰市中级人民法院推行速裁，结案1000件。\n")
    assert [a for a, _ in segmented(text)] == ["三明市委政法委", "十堰市中级人民法院"]


def test_author_note_at_the_end_names_the_agency():
    text = ("以改革激发司法活力\n近年来，我们坚持改革创新，全年结案率提升10%。一、完善机制。二、强化监督。\n"
            "（作者系西川省北山区人民法院党组书记、院长）\n")
    assert [a for a, _ in segmented(text)] == ["西川省北山区人民法院"]


def test_single_report_takes_its_agency_from_the_subtitle():
    text = ("打造新时代枫桥式派出所\n——白沙县公安局基层治理工作纪实\n近年来，白沙县公安局坚持和发展新时代枫桥经验。"
            "一、建强阵地。新建警务室10个。二、做实调解。化解纠纷800起。\n")
    assert segmented(text) == [("白沙县公安局", "打造新时代枫桥式派出所")]


def test_only_agency_is_my_city():
    text = "我市深化行政执法监督改革\n近年来，我市持续深化行政执法监督改革，建立执法监督平台，全年督办案件200件。\n"
    assert [a for a, _ in segmented(text)] == ["我市"]


# ---------------------------------------------------------------- summaries

@pytest.mark.parametrize("doc", sorted(EXPECTED))
def test_summaries_are_short_and_do_not_repeat_the_heading(doc):
    text = corpus_doc(doc)
    _, cases = cases_of(text)
    for c in cases:
        summary = summarise_case(text, c.char_start, c.char_end)
        assert 10 <= len(summary) <= 120
        assert not summary.startswith(c.title)


def test_summary_is_the_first_sentence_of_the_body():
    text = corpus_doc("000")
    _, cases = cases_of(text)
    assert loose(summarise_case(text, cases[4].char_start, cases[4].char_end)) == \
        "2022年10月,盐城市检察机关积极开展“行政机关负责人参与行政争议实质性化解工作”试点工作。"


# ---------------------------------------------------------------- unseen-genre shapes (own words)

@pytest.mark.parametrize("text, agencies", [
    # an announced list written as one paragraph: each "；" clause is one practice
    ("年度创新案例揭晓\n本年度入选案例分别是(排名不分先后)：东湖市打造一站式调解平台；南岭检察机关推行数字监督模型；"
     "西川高院推进执行难综合治理；北港以信用修复助企纾困。\n",
     ["东湖市", "南岭检察机关", "西川高院", "北港"]),
    ("评选结果公布\n提名案例包括：青山市清水区综合执法一码通；白云法院推动家事审判改革；红河市司法局依托调解中心化解商事纠纷。\n",
     ["青山市清水区", "白云法院", "红河市司法局"]),
])
def test_announced_list_in_one_paragraph_gives_one_case_per_clause(text, agencies):
    assert [a for a, _ in segmented(text)] == agencies


def test_an_announced_list_under_its_intro_line_gives_one_case_per_clause():
    # the intro ends the line above; the projects are named, not told; a long zone's organ is one name
    text = ("南通发布政法领域改革“十大创新项目”\n"
            "经过广泛征集、网络投票,最终评选出2023年全市政法领域改革“十大创新”项目,分别是:\n"
            "南通市公安局“一网通办”交通事故快处机制;海门区委政法委“三前”工作法;"
            "如皋市人民法院打造“1+3”诉源治理新模式;南通经济技术开发区人民检察院涉企合规办案团队建设;南\n")
    assert [a for a, _ in segmented(text)] == ["南通市公安局", "海门区委政法委", "如皋市人民法院",
                                               "南通经济技术开发区人民检察院"]


def test_a_roundup_of_units_practices_run_clause_after_clause_gives_one_case_each():
    text = ("社区矫正创新实践综述\n"
            "近年来各地积极探索,杭州西湖区试点推行的“分类矫正清单”,将矫正对象细化为5类,"
            "深圳宝安区建立的“三色预警机制”,预警准确率达92.3%。\n"
            "成都武侯区首创的“矫正合伙人”制度,引入社会力量,累计帮扶1200人次,"
            "南京鼓楼区开发的“矫正通”平台集成12项功能。\n")
    assert [a for a, _ in segmented(text)] == ["杭州西湖区", "深圳宝安区", "成都武侯区", "南京鼓楼区"]


def test_one_units_practice_named_in_a_relative_clause_stays_one_case():
    text = ("南湖县深化社区矫正\n南湖县司法局推行的“分类矫正清单”,将矫正对象细化为5类,"
            "该局建立的“三色预警机制”,预警准确率达92.3%。\n")
    assert [a for a, _ in segmented(text)] == ["南湖县司法局"]


@pytest.mark.parametrize("measures", [
    "一是在全县推行网格调解；二是在乡镇设立受理窗口；三是在村居配备调解员",
    "建立调解中心统一受理；推行线上申请；开展回访评议",
])
def test_an_announced_list_of_measures_stays_one_practice(measures):
    text = ("南湖县创新基层解纷\n南湖县人民法院牵头建设解纷中心，主要做法包括：" + measures +
            "。全年化解纠纷3000件，群众满意度达到98%，诉讼案件数量同比下降15%。\n")
    assert [a for a, _ in segmented(text)] == ["南湖县人民法院"]


def test_semicolons_without_a_list_intro_do_not_split_a_report():
    text = ("南湖市推进诉源治理\n南湖市委政法委牵头建设调处中心，一是整合调解力量；二是完善流程；三是强化回访，"
            "全年受理纠纷1.2万件，化解率达98%，群众满意度持续提升，形成了可复制的经验。\n")
    assert [a for a, _ in segmented(text)] == ["南湖市委政法委"]


@pytest.mark.parametrize("text, year", [
    # a body sentence standing in for a missing title is no title: its years are events
    ("某区检察院在履职中发现，辖区企业自2014年起私自取水，长期未缴费用，损害国家利益。\n"
     "2018年8月，该院发出检察建议，2018年9月追缴费用800万元。", 2018),
    # the only year is in the name of an annual document the report describes
    ("政法护航发展\n今年4月，我市出台《2025年度优化营商环境十条措施》，走访企业99家。", 2025),
])
def test_year_without_a_headline_title(text, year):
    assert describe_document(text).year == year


def test_source_line_publisher_stops_before_the_date_label():
    text = "某区推动政法改革走深走实\n来源:东湖区委政法委发布时间:2025-09-08\n近年来，东湖区深化改革，化解纠纷2100件。\n"
    assert describe_document(text).publisher == "东湖区委政法委"


@pytest.mark.parametrize("source, publisher", [
    ("作者 : 人民公安报 来源 : 赵某某 时间:2015年12月24日", None),     # the author filed under 来源
    ("来源:长安网 时间:2025-01-02", "长安网"),
    ("来源:新华社 时间:2025-01-02", "新华社"),
])
def test_a_persons_name_under_the_source_label_is_no_publisher(source, publisher):
    text = "禁毒整治工作开创新局面\n" + source + "\n近年来，各地深入开展禁毒整治，破获毒品案件178起。\n"
    assert describe_document(text).publisher == publisher


def test_site_banner_above_the_title_is_not_the_practice_heading():
    text = ("东湖市西岭区人民政府\n"
            "西岭区|守正创新 推动政法改革\n"
            "来源:西岭区委政法委发布时间:2025-09-08\n"
            "近年来，西岭区政法系统坚持改革创新，化解矛盾纠纷2100余件，覆盖干警4000人次，群众满意度持续提升。\n"
            "一、健全制度机制\n（一）完善议事规则。建立健全区委政法委员会全体会议议事规则。\n")
    meta, cases = cases_of(text)
    assert len(cases) == 1 and cases[0].agency_raw != "东湖市西岭区人民政府"


@pytest.mark.parametrize("sentence, agency", [
    ("东岭市西湖区位于东岭中心城区，人口众多，西湖区坚持改革创新，化解纠纷3000件，群众满意度持续提升。", "东岭市西湖区"),
])
def test_single_report_subject_does_not_run_across_a_verb(sentence, agency):
    meta, cases = cases_of("政法工作现代化的探索\n" + sentence + "\n")
    assert [c.agency_raw for c in cases] == [agency]


def test_a_reporter_byline_is_not_the_title():
    text = normalise("某某日报全媒体记者 王明\n"
                     "近日,南京市鼓楼区人民法院推出诉前调解新机制,全年化解纠纷1200件,调解成功率达92%。").text
    meta, spans = cases_of(text)
    assert "记者" not in (meta.title or "") and "记者" not in spans[0].title


def test_an_agency_line_ending_in_a_colon_opens_the_title_on_the_next_line():
    text = normalise("温州市委政法委:\n"
                     "守底线护平安促发展\n"
                     "2023年,温州市委政法委统筹推进平安建设,取得新成效。\n"
                     "全年排查化解矛盾纠纷3.2万件,防范化解金融风险,累计挽损3.6亿元。"
                     "成立市涉企法律研究中心,组织开展“法治温州大讲堂”120场次,评查涉企案件12起。\n").text
    meta, spans = cases_of(text)
    assert meta.title == "温州市委政法委:守底线护平安促发展"
    # (成立市涉企法律研究中心: the verb before 市 opens no place's name, nor the centre a case)
    assert [s.agency_raw for s in spans] == ["温州市委政法委"]


def test_practices_listed_in_one_sentence_become_one_case_each():
    text = normalise("全省政法系统创新成果评选揭晓\n"
                     "本次调研将走进三市,就南京市公安局“警情早知道”、鼓楼区委政法委“邻里议事厅”、"
                     "玄武区人民检察院“检护民生工作室”、江宁区人民法院“一站式解纷”等创新成果开展采访。").text
    meta, spans = cases_of(text)
    assert [(s.agency_raw, s.title) for s in spans] == [
        ("南京市公安局", "警情早知道"), ("鼓楼区委政法委", "邻里议事厅"),
        ("玄武区人民检察院", "检护民生工作室"), ("江宁区人民法院", "一站式解纷")]


def test_an_agency_of_project_list_splits_only_when_the_count_matches():
    listed = ("会上,城管局的老旧小区改造工程、妇联的妇女儿童维权中心、法院的线上诉讼服务建设"
              "等{n}个法治创新项目负责人作了交流发言。会议要求各单位继续深化法治创新,推动形成更多可复制的经验。")
    assert len(cases_of(normalise(listed.format(n=3)).text)[1]) == 3
    assert len(cases_of(normalise(listed.format(n=5)).text)[1]) == 1


def test_a_place_line_or_a_letter_spaced_banner_is_not_the_title():
    text = normalise("吉林省长春市\n政 法 工 作 简 报\n打造公共法律服务新生态\n"
                     "近年来,长春市司法局聚焦群众需求,建成公共法律服务站点1200个,全年提供法律咨询8.6万人次。").text
    assert describe_document(text).title == "打造公共法律服务新生态"


@pytest.mark.parametrize("sentence, agency", [
    ("为从源头上化解矛盾，丹凤法院提出“关口前置”的工作思路，在全县设立诉前调解室26个。", "丹凤县人民法院"),
    # a word that is no place before 法院 names no agency
    ("为从源头上化解矛盾，基层法院提出“关口前置”的工作思路，在全县设立诉前调解室26个。", None),
])
def test_a_bare_county_name_before_a_court_word_is_the_court(sentence, agency):
    text = "能动司法，积极探索诉前调解工作新思路\n" + sentence + "\n"
    meta, spans = cases_of(text)
    assert len(spans) == 1
    assert resolve_agency(spans[0], text, meta).name == agency


def test_a_headline_announcing_a_release_is_no_agency_heading():
    text = ("最高检发布检察机关\n全面开展公益诉讼五周年工作情况\n五年共立案公益诉讼案件67万余件\n"
            "检察公益诉讼制度是一项重大改革举措。五年来，全国检察机关共立案办理公益诉讼案件67万余件。\n")
    meta, spans = cases_of(text)
    assert len(spans) == 1
    assert resolve_agency(spans[0], text, meta).name == "最高人民检察院"


def test_ministry_authors_writing_up_a_local_practice_give_the_local_agency():
    text = ("王某某(司法部法制宣传司司长)\n李某 赵某(司法部预防犯罪研究所)\n"
            "人民调解是维护社会稳定的第一道防线。四川省雅安市司法局着眼维护社会稳定大局，"
            "建立了矛盾纠纷动态管理评估机制，全市排查纠纷1.2万件，调解成功率98%。\n")
    meta, spans = cases_of(text)
    assert len(spans) == 1
    assert resolve_agency(spans[0], text, meta).name.endswith("雅安市司法局")


def test_a_work_report_to_the_congress_is_about_the_year_before():
    text = ("区\n人 大 工 作 会 议\n暨县十八届人大三次\n会 议 文 件(六)\n某某区人民检察院工作报告\n"
            "—2024年1月19日在某某区人大工作会议\n暨某某县第十八届人民代表大会第三次会议上\n"
            "某某区人民检察院检察长 王某\n各位代表,同志们:\n现在,我代表区人民检察院向大会报告工作,请予审议。\n"
            "一、2023年工作回顾\n2023年,全区检察机关共受理审查逮捕案件210件,起诉案件480件。\n")
    meta = describe_document(text)
    assert meta.title == "某某区人民检察院工作报告"     # not the cover page's broken lines
    assert meta.year == 2023


def test_a_special_report_to_the_congress_standing_committee_is_about_its_own_year():
    text = ("关于2025年矛盾纠纷多元化解工作情况的报告\n"
            "——2025年6月26日在某市第十七届人民代表大会常务委员会第二十次会议上\n"
            "主任、各位副主任、秘书长、各位委员:\n今年以来,全市共化解矛盾纠纷1.2万件,化解率达97%。\n")
    assert describe_document(text).year == 2025


def test_a_work_report_delivered_in_december_is_about_its_own_year():
    text = ("某某区人民检察院工作报告\n——2022年12月27日在某某区第六届人民代表大会第二次会议上\n"
            "各位代表:\n2022年的主要工作\n全年共受理审查逮捕案件210件,起诉案件480件。\n")
    assert describe_document(text).year == 2022


def test_a_feature_naming_no_subject_whose_examples_are_one_units_is_that_units_case():
    text = ("与法治同行 赴山水之约\n生态文明关系人民福祉、关乎民族未来。人民法院始终把常态化开展生态环境法治宣传教育作为环境资源审判工作的重要内容。\n"
            "在江边,看碳汇林形成“恢复性司法”理念实景;听巡回法庭的法槌敲响,“邂逅”环境资源法治“公开课”……\n"
            "近年来,各地人民法院建设集巡回审判、生态修复、法治宣传、实践教育等功能于一体的生态环境司法保护基地,"
            "并深化设施开放与利用,让“看得见的正义”转化为“走得进的风景”。\n"
            "恢复性司法\n“峡江秀色美如画。”位于长江之畔的湖北省宜昌市秭归县,山水林湖一应俱全,有着丰富的自然资源和人文资源。\n"
            "多年来,各方共抓长江大保护、严格落实长江“十年禁渔”,让碧水重现。法官们曾在轻舟上的“水上法庭”开庭,开展环境资源审判工作。\n"
            "2023年3月,秭归县人民法院挂牌成立生态保护司法教育基地,在辖区内相继建立司法保护基地5个,增殖放流鱼苗32万余尾。\n"
            "如何让基地发挥更大的价值?今年5月,秭归县法院创新打造“司法保护基地旅游专线”,串联起基地6处,接待群众1.2万人次。\n")
    meta, cases = cases_of(text)
    # (one case, the court's, over the whole feature: not the scene's lead beside the court's two paragraphs)
    assert len(cases) == 1 and cases[0].agency_raw in ("秭归县人民法院", "秭归县法院")
    assert "1.2万人次" in text[cases[0].char_start:cases[0].char_end] and cases[0].char_start < text.index("峡江")
    # …but examples of two units stay the report's examples
    two = text.replace("今年5月,秭归县法院", "今年5月,兴山县法院")
    assert len(cases_of(two)[1]) >= 2


@pytest.mark.parametrize("after, agency", [
    ("县司法局获悉后,第一时间指派调解专家赶到现场,促成双方达成调解协议。", "南靖县司法局"),
    ("经多方协调,双方达成调解协议。", "南靖县"),                     # (no organ acts: the county)
    ("区司法局获悉后,指派调解专家赶到现场。", "南靖县"),              # (another level's organ: not the county's)
])
def test_a_places_example_is_the_organ_of_its_level_that_acted(after, agency):
    text = ("漳州市司法行政机关深化矛盾纠纷化解\n今年以来,漳州市司法局坚持抓基础、抓排查,全市排查化解纠纷3955件。"
            "全市建立调委会2158个。如南靖县发生一起工伤赔偿纠纷,死者家属纠集30多人到县信访局上访。" + after + "\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases][1:] == [agency]


def test_the_scope_of_an_honour_is_not_who_acts():
    text = ("以公益诉讼助力生态保护\n本报讯(记者 张某) 9月27日,市检察院举办检察开放日活动。2022年以来,市检察机关"
            "制发诉前检察建议183份,其中1份被评为全省检察机关优秀检察建议;提起公益诉讼47件。\n")
    assert describe_document(text) and [c.agency_raw for c in cases_of(text)[1]] != ["全省检察机关"]
    acting = text.replace("市检察院举办", "全省检察机关举办")
    assert [c.agency_raw for c in cases_of(acting)[1]] == ["全省检察机关"]


def test_a_paragraph_touring_places_scene_by_scene_gives_each_place_its_case():
    text = ("江苏推进综治中心规范化建设\n"
            "走进宿迁市宿城区社会治安综合治理中心,16个部门“组团坐镇”,今年化解纠纷3200件。\n"
            "近年来,江苏各地着力提升综治中心实体化运行水平。在无锡梁溪区,综治中心整合了66个诉求渠道,对矛盾纠纷开展“一站式”调处。"
            "在扬州邗江区,法院组建速裁团队成建制入驻区综治中心,及时将各类矛盾纠纷化解在早。\n")
    agencies = [c.agency_raw for c in cases_of(text)[1]]
    assert agencies[1:] == ["无锡梁溪区综治中心", "扬州邗江区法院"]
    # (one scene is the story's setting, not a tour)
    one = text.replace("在扬州邗江区,法院", "同时,法院")
    assert len(cases_of(one)[1]) == 1


def test_a_question_headline_over_the_editors_line_ends_no_case():
    text = ("3年发14份家庭教育指导令,西岭法院如何推动“依法带娃”?\n责任编辑:张某 来源:东湖市西岭区人民法院 发布日期:2025-08-20\n"
            "8月20日,东湖市西岭区人民法院召开新闻发布会,通报开展家庭教育指导工作情况。\n"
            "2022年以来,该院累计开展家庭教育指导1600余次,发出家庭教育指导令14份。\n")
    meta, cases = cases_of(text)
    assert len(cases) == 1 and "1600余次" in text[cases[0].char_start:cases[0].char_end]


def test_a_sites_greeting_banner_is_no_title():
    text = ("【司法为民】西岭法院联动专业调解 化解12起物业纠纷\n欢迎光临 东湖市西岭区人民法院网站\n"
            "当前位置: 网站首页 >> 新闻中心\n作者: 张某 时间:2025-07-04\n"
            "近日,小区12户业主与物业公司之间的系列纠纷在西岭区人民法院调解下成功化解。\n")
    assert describe_document(text).title == "【司法为民】西岭法院联动专业调解 化解12起物业纠纷"


def test_a_site_record_number_or_a_salutation_is_no_title():
    text = ("11010502036085号\n\n从“基础服务达标”向“优质服务出彩”跨越\n"
            "法律援助是保障社会公平正义的重要民生工程。市司法局推进法律援助提质增效,全年办理案件1.2万件。\n")
    assert describe_document(text).title == "从“基础服务达标”向“优质服务出彩”跨越"
    speech = ("某市人民检察院检察长 张某\n各位代表:\n现在,我代表市人民检察院向大会报告工作,请予审议。\n"
              "2019年,全市检察机关办理公益诉讼案件320件,同比上升15%。\n")
    _, spans = cases_of(speech)
    assert [s.title for s in spans] != ["各位代表:"] and "各位代表" not in spans[0].title


def test_a_listed_town_heads_its_practice_and_wrapped_headings_stay_whole():
    text = ("区委政法委现将确定的2024年度“十大创新课题”予以公布。\n"
            "区法院:创建“党建+N”工作模式,助推法院工作高质量发展\n"
            "紧扣司法为民主线,创新“党建+N”工作模式,推进党建与审判深度融合,全年调解案件1200件。\n"
            "区公安分局:依托网安构建合成作战机制,推动基层警务实战\n转型升级\n"
            "围绕落实职责定位,依托网安大队建设大数据侦察战队,推动基层警务实战迭代升级。\n"
            "张山子镇:深化网格化服务\n管理,加强基层乡村社会治理\n"
            "坚持党建引领网格化服务管理,以网格为基础,化解矛盾纠纷300余件。\n")
    meta, spans = cases_of(normalise(text).text)
    assert [s.title for s in spans] == ["创建“党建+N”工作模式,助推法院工作高质量发展",
                                        "依托网安构建合成作战机制,推动基层警务实战转型升级",
                                        "深化网格化服务管理,加强基层乡村社会治理"]
    assert spans[-1].agency_raw == "张山子镇"


def test_agencies_researched_in_a_list_own_nothing_but_their_clauses_tell_a_case_each():
    text = ("法治保障优化营商环境专题调研报告\n"
            "根据年度监督工作安排,市人大常委会组成调研组,先后对市中级人民法院、市人民检察院、市公安局、"
            "市司法局及相关基层单位开展调研。现将调研情况报告如下:\n一、主要做法及成效\n"
            "近年来,我市政法机关以法治化营商环境为主线,实施“十大行动”,取得显著成效。\n"
            "市法院发布167个司法政策文件;市检察院推出71项护企措施。常州市优化营商环境条例施行以来,涉企检查频次下降33%。\n")
    meta, spans = cases_of(text)
    # the researched list owns nothing: the report is its organs' together, and each organ's
    # clause telling a result (even one as short as 市检察院推出71项护企措施) is that organ's case
    assert [s.agency_raw for s in spans] == ["我市政法机关", "市法院", "市检察院"]
    assert resolve_agency(spans[0], text, meta).name == "常州市政法机关"
    assert text[spans[2].char_start:spans[2].char_end].startswith("市检察院推出71项护企措施")


def test_award_news_naming_one_example_per_award_gives_a_case_each():
    text = ("第六届“法治政府奖”终评评审会在我校举行\n"
            "评委分别是:最高人民法院副院长某某,司法部某局局长某某。\n"
            "经过公开计票,主持人宣布上海市人民政府办公厅“‘制度+科技’提升行政规范性文件法治化水平”等15个项目"
            "获得第六届“法治政府奖”、成都市成华区人民政府“打造智慧警务驿站推进‘放管服’改革”等20个项目获得“法治政府奖提名奖”。\n")
    meta, spans = cases_of(text)
    assert [(s.agency_raw, s.title) for s in spans] == [
        ("上海市人民政府办公厅", "‘制度+科技’提升行政规范性文件法治化水平"),
        ("成都市成华区人民政府", "打造智慧警务驿站推进‘放管服’改革")]


def test_a_news_lead_and_co_author_lines_are_no_titles():
    news = ("台海网12月27日讯 据新华网福州报道 2016年至2020年,全省刑事案件立案数由32万起降至15万起,"
            "破案率从35.9%提升至51.4%。福建省公安厅深化警务改革。\n")
    assert describe_document(news).title.startswith("2016年至2020年")
    signed = ("王某某(司法部法制宣传司司长)\n李某 赵 某(司法部预防犯罪研究所)\n"
              "人民调解是维护社会稳定的第一道防线。四川省雅安市司法局建立矛盾纠纷动态管理评估机制,全市排查纠纷1.2万件。\n")
    _, spans = cases_of(signed)
    assert spans[0].title.startswith("人民调解是维护社会稳定的第一道防线")


def test_paragraphs_opened_by_peer_agencies_of_different_places_are_a_case_each():
    text = ("下面梳理今年两会法院工作报告中宣布案件数实现下降的几个法院,供读者参考比较。这些数据值得关注。\n"
            "广东高院2024年工作报告显示,全省法院收案262.23万件,结案269.37万件,同比下降1.4%,继续保持下降态势。\n"
            "如此数据意味着,广东法院已经实现了全省法院案件数的连续“两连降”,这一成绩来之不易。\n"
            "上海高院2024年工作报告显示,从前端减少诉讼增量,全市受理案件86万件,同比下降11.4%,降幅明显。\n"
            "陕西高院2024年工作报告显示,全省法院受理案件95.53万件,审执结86.03万件,同比下降12.36%。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["广东高院", "上海高院", "陕西高院"]
    assert "两连降" in text[spans[0].char_start:spans[0].char_end]
    # one city's organs, each opening a paragraph, are one report
    one_city = ("常州市法院发布167个司法政策文件,32个典型案例,为企业提供司法保障,成效明显。\n"
                "常州市检察院推出71项护企措施,办理涉企案件同比下降12%,企业满意度持续提升。\n"
                "常州市公安局推行“综合查一次”,涉企检查频次下降33%,营商环境持续优化提升。\n")
    assert len(cases_of(one_city)[1]) == 1


def test_numbered_items_name_their_agency_in_a_labelled_body_or_a_bare_place():
    text = ("“社会治理十大创新”候选条目\n1.大连构建平安志愿活动“O2O”工作新模式\n"
            "内容摘要:大连市综治办充分运用“互联网+”的思维,建立平安志愿者网站,注册志愿者12万人。\n"
            "2.海城公安“情指一体”立体化治安防控体系全国叫响\n"
            "内容摘要:在上级公安机关的指导下,全力打造立体化治安防控体系,建设高清视频监控点位1200个。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["大连市综治办", "海城公安"]


def test_a_byline_with_the_name_glued_to_the_post_signs_the_article_under_its_title():
    text = ("深入推进综治中心规范化建设实战化运行\n为平安甘肃法治甘肃建设提供有力支撑\n省委常委、省委政法委书记刘某某\n"
            "综治中心是推进平安建设的重要平台。中央政法委统筹谋划推动,各级综治中心规范化建设取得新成效。"
            "甘肃省委、省政府全面贯彻中央部署,全省建成综治中心1400余个。\n"
            "主动创安创稳底板工程\n全省排查化解矛盾纠纷3.2万件,化解率96%。\n")
    meta, spans = cases_of(text)
    assert len(spans) == 1
    assert spans[0].title == "深入推进综治中心规范化建设实战化运行"
    assert resolve_agency(spans[0], text, meta).name == "甘肃省委政法委"


def test_a_post_on_the_line_above_the_name_signs_the_article():
    text = ("福建:以改革创新推动平安建设提质增效\n"
            "以改革创新推动平安建设提质增效\n福建省委政法委常务副书记\n林某某\n"
            "近年来,福建省坚持和发展新时代“枫桥经验”,全省建成县级综治中心84个,"
            "矛盾纠纷化解率达97.6%。一是健全工作机制,二是夯实基层基础。\n")
    meta, spans = cases_of(text)
    assert len(spans) == 1
    assert resolve_agency(spans[0], text, meta).name == "福建省委政法委"
    # …and a line with no post above a name signs nothing
    plain = text.replace("福建省委政法委常务副书记", "平安建设新观察")
    assert resolve_agency(cases_of(plain)[1][0], plain, cases_of(plain)[0]).name != "福建省委政法委"


@pytest.mark.parametrize("body, year", [
    ("去年,全省法律援助为农民工讨薪4.4亿元。2022年,全省法律援助全年办理案件34.62万件。", 2022),
    ("今年以来,全省法律援助办理案件3.2万件,较2022年同期增长12%。", 2023),
    ("2021年以来,全省打造法律援助品牌。截至2022年12月,全省法律援助累计办理案件34.62万件。", 2022),
])
def test_a_news_item_early_in_a_year_is_about_the_year_it_reports(body, year):
    text = "安徽法律援助为民办实事\n2023-02-16 09:30 来源:某某日报\n" + body + "\n"
    assert describe_document(text).year == year
    # …but an item later in the year is its own year's news, whatever it recalls of the year before
    assert describe_document(text.replace("2023-02-16", "2023-05-16")).year == 2023


def test_a_contents_page_of_numbered_cases_gives_a_case_each_without_page_numbers():
    text = ("新时代人民法庭建设案例选编(一)\n2021-09-15 15:04:59 | 来源:最高人民法院\n目录\n"
            "【案例1】北京市丰台区人民法院花乡法庭:积极服务基层社会治理 构建诉源治理新格局6\n"
            "【案例2】吉林省高级人民法院:突出时代性 优化全省人民法庭布局15\n"
            "【案例3】湖北省人大常委会:出台《决定》 明确人民法庭参与基层治理的职责和路径36\n"
            "【案例4】浙江省永康市人民法院龙山法庭:强化诉源治理 打造“龙山经验”24\n")
    _, spans = cases_of(text)
    assert [(s.agency_raw, s.title) for s in spans] == [
        ("北京市丰台区人民法院花乡法庭", "积极服务基层社会治理 构建诉源治理新格局"),
        ("吉林省高级人民法院", "突出时代性 优化全省人民法庭布局"),
        ("湖北省人大常委会", "出台《决定》 明确人民法庭参与基层治理的职责和路径"),
        ("浙江省永康市人民法院龙山法庭", "强化诉源治理 打造“龙山经验”")]


def test_record_fields_and_a_site_footer_head_no_case():
    text = ("发文机关最高人民法院\n发文日期2023年08月25日\n新时代人民法庭建设案例第164号\n"
            "河北省围场满族蒙古族自治县人民法院半截塔人民法庭\n扎实推进“一站式”建设 让司法服务便捷高效\n"
            "近年来,该法庭依托辖区法官工作站,设置乡镇级法官工作站13个、村级法官工作室79个,化解纠纷1200余件。\n"
            "吉林省人民政府台湾事务办公室\n某某网版权所有\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["河北省围场满族蒙古族自治县人民法院半截塔人民法庭"]
    assert spans[0].title == "扎实推进“一站式”建设 让司法服务便捷高效"


def test_a_day_first_dateline_and_a_byline_post_in_its_county_committee():
    meta = describe_document("全国公安机关扫黑除恶专项斗争成效明显\n28.08.2018 11:25\n"
                             "截至7月底,全国公安机关共打掉涉黑组织514个,刑事治安警情同比下降6.1%。\n")
    assert meta.published_date.isoformat() == "2018-08-28" and meta.year == 2018
    from etl.segment import _byline_agency
    assert _byline_agency("合浦县委常委、政法委书记") == "合浦县委政法委"


def test_a_work_report_is_about_the_year_it_reviews_not_the_year_it_plans():
    text = ("1月3日,某区人民法院院长在某区第十七届人民代表大会第五次会议上作《某区人民法院工作报告》。\n"
            "2024年,区法院坚持司法为民,全年受理案件1.2万件,审结1.1万件。\n"
            "2025年,区法院将坚持公正司法,推动审判工作高质量发展。\n")
    assert describe_document(text).year == 2024
    # "部署要求" is no plan: the only year stated stays the year
    single = "“检察蓝助企红”\n2024年,浙江省检察机关认真贯彻专项行动部署要求,办理涉企案件3200件。\n"
    assert describe_document(single).year == 2024


def test_agencies_that_each_won_the_award_are_an_entry_each_named_in_full():
    text = ("喜报!三家公安派出所荣获全国首批“枫桥式公安派出所”称号\n"
            "今天,公安部揭晓了全国首批100个“枫桥式公安派出所”。上海市公安局浦东分局周浦派出所、宝山分局顾村派出所"
            "和长宁分局北新泾派出所分别荣获“枫桥式公安派出所”称号。\n据介绍,全市400家派出所投入创建活动。\n")
    _, spans = entries_of(text)
    assert [s.agency_raw for s in spans] == ["上海市公安局浦东分局周浦派出所", "上海市公安局宝山分局顾村派出所",
                                             "上海市公安局长宁分局北新泾派出所"]
    assert {s.title for s in spans} == {"枫桥式公安派出所"}


def test_a_spaced_two_character_name_before_its_post_is_a_byline():
    text = "徐 前(浙江省杭州市司法局党委书记、局长)\n近年来,杭州市司法局深化公共法律服务体系建设,全年办理法律援助案件1.2万件。\n"
    meta, spans = cases_of(text)
    assert resolve_agency(spans[0], text, meta).name.endswith("杭州市司法局")


def test_a_closing_paragraph_of_lower_units_practices_adds_a_case_each_after_the_report():
    text = ("为依法保障和促进非公有制企业健康发展,6月中旬,宁波市检察院组织开展“百名检察官走访百家非公企业”活动,"
            "听取意见建议85条,并与市工商联签署实施意见,建立联席会议制度。\n"
            "部分县(市)区检察院也进行了积极探索。宁海县检察院主动对接环保部门,成立驻环保局联络室;"
            "慈溪市周巷检察室主动走访企业,确定首个企业检察工作联络点;北仑区检察院主动与非公企业结对,提供专项法律服务。\n"
            "(张某 李某)\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans][1:] == ["宁海县检察院", "慈溪市周巷检察室", "北仑区检察院"]
    assert text.index("百名检察官") in range(spans[0].char_start, spans[0].char_end)


def test_peers_naming_their_practices_mid_report_are_a_case_each():
    # A report on a province's tribunals, with one paragraph of peer courts' named practices
    # (bare places: 吴江法院, 栖霞法院), the first after a lead-in; more of the report follows.
    text = ("全省人民法庭服务乡村振兴纪实\n"
            "全省法院301个人民法庭深度参与基层治理,省法院在多地挂牌成立实践基地,全年化解涉农纠纷1.2万件。\n"
            "全省人民法庭下沉司法力量走进乡村,吴江法院各人民法庭在辖区成立“乡村法官驿站”,指派法官定点联络;"
            "栖霞法院栖霞法庭成立“旅游巡回审判点”,服务辖区旅游经济发展;"
            "江宁法院设立“法润乡村”工作站,方便偏远地区群众。\n"
            "下一步,全省法院将继续推进人民法庭建设,完善便民诉讼网络,建好用好乡村法官工作站和巡回审判点,"
            "让群众在家门口就能解决纠纷,努力打通诉讼服务最后一公里。\n")
    agencies = [a for a, _ in segmented(text)]
    assert agencies[1:] == ["吴江法院", "栖霞法院栖霞法庭", "江宁法院"]
    assert len(agencies) == 4
    report = cases_of(text)[1][0]
    assert report.char_end > text.index("下一步")        # the report's case spans the whole report


def test_peers_listed_mid_report_without_named_practices_stay_examples():
    text = ("全省人民法庭服务乡村振兴纪实\n"
            "全省法院301个人民法庭深度参与基层治理,全年化解涉农纠纷1.2万件。\n"
            "吴江法院在辖区设点,指派法官定点联络;栖霞法院服务辖区旅游经济发展;江宁法院方便偏远地区群众。\n"
            "下一步,全省法院将继续推进人民法庭建设,完善便民诉讼网络,建好用好乡村法官工作站和巡回审判点,"
            "让群众在家门口就能解决纠纷,努力打通诉讼服务最后一公里。\n")
    assert len(segmented(text)) == 1


def test_units_honoured_by_example_are_a_case_each():
    text = ("全国检察机关表彰大会召开\n"
            "会议宣布,人社部、最高检决定,授予天津市和平区人民检察院等38个单位“全国模范检察院”称号;"
            "授予张某等44名同志“全国模范检察官”称号。\n"
            "最高人民检察院决定,为河北省正定县人民检察院等98个先进集体记集体一等功,为李某等128名先进个人记个人一等功。\n")
    assert segmented(text) == [("天津市和平区人民检察院", "“全国模范检察院”"),
                               ("河北省正定县人民检察院", "记集体一等功")]


def test_news_of_a_selection_is_about_the_local_unit_selected():
    text = ("全省十大典型案例发布 我市一起公益诉讼案入选\n"
            "当天,省检察院、省河长制办公室联合发布了10件涉水典型案例,我市小店区检察院办理的盗伐林木公益诉讼案入选。"
            "该院运用一体化办案机制,督促被告人补植复绿,回植五角枫50棵。\n"
            "当天通报的另外9起典型案例为:阳泉市检察院助推水库工程项目行政公益诉讼案,洪洞县检察院督促整治非法采砂行政公益诉讼案。\n")
    assert [a for a, _ in segmented(text)] == ["小店区检察院", "阳泉市检察院", "洪洞县检察院"]


def test_a_signed_article_with_its_byline_run_in_takes_the_authors_committee_and_long_headline():
    text = normalise("学思践悟守初心 真抓实干担使命 奋力推进新时代闽清政法工作高质量发展\n"
                     "□闽清县委常委、政法委书记 洪某 在全党全国各族人民迈上新征程的关键时刻召开党的二十大,"
                     "闽清政法系统把思想和行动统一到学习贯彻党的二十大精神上来,以新担当新作为开创政法工作新局面。"
                     "一要旗帜鲜明讲政治,坚持党对政法工作的绝对领导。二要坚持以人民为中心,全年化解矛盾纠纷1200件。\n").text
    assert segmented(text) == [("闽清县委政法委", "学思践悟守初心 真抓实干担使命 奋力推进新时代闽清政法工作高质量发展")]


def test_digest_paragraphs_opened_by_regions_are_a_case_each():
    text = ("完善治安防控体系\n——各地创新开展平安建设纪实\n"
            "党的十八大以来,各级党委政府和政法机关不断实践探索,建立完善立体化社会治安防控体系。\n"
            "湖北省各级党委政府把平安建设作为基础性工程来抓,每半年召开一次市州党委书记维稳工作专题会议。\n"
            "而北京市,则充分利用汇聚1800多家律师事务所的区位优势,将律师公益法律服务纳入平安建设格局。\n"
            "在上海,为破解特殊群体的服务管理难题,政府积极培育专业社会组织,服务对象超过5万人。\n")
    assert [a for a, _ in segmented(text)] == ["湖北省", "北京市", "上海市"]


def test_news_of_a_published_signed_article_is_about_the_authors_agency():
    text = ("《长安》杂志刊发某某市人民检察院党组书记、检察长王某署名文章\n"
            "近日,由中央政法委主管的《长安》杂志刊发了某某市人民检察院检察长王某署名文章《当好检察卫士》。\n"
            "全文如下:某某市检察机关办理涉黄河流域公益诉讼案件120件,督促修复河道30公里。\n")
    assert [a for a, _ in segmented(text)] == ["某某市人民检察院"]


def test_peers_in_comma_clauses_of_a_work_report_are_a_case_each():
    text = ("某省人民检察院工作报告\n"
            "着力做好公益诉讼检察。聚焦生态环境和资源保护等领域,办理公益诉讼案件9555件,占办案总数的72.6%。"
            "厦门市检察机关创新“检察监督+社会共管”文物保护模式,泉州市检察机关开展“检察护宝”专项监督,"
            "三明市检察机关以专项监督促成修缮21处革命文物。以诉前实现保护公益目的为最佳司法状态,"
            "99.5%的案件在诉前环节得以解决。\n"
            "四、凝心聚力推进改革创新\n坚持守正创新,向改革要动力、向管理要质效,形成一批可复制可推广的检察样本,"
            "全省检察机关办理案件数量同比增长12%。\n")
    assert [a for a, _ in segmented(text)][1:] == ["厦门市检察机关", "泉州市检察机关", "三明市检察机关"]


def test_a_list_of_places_with_their_projects_gives_one_case_each():
    text = ("创新社会治理典型案例揭晓\n近日,全国创新社会治理典型案例征集活动公布结果,共选出最佳案例10个。\n"
            "最佳案例(排名不分先后)\n"
            "浙江省宁波市鄞州区:创新升级“365社区治理工作规程” 探索社区治理新解法\n"
            "山东省济宁市嘉祥县:建立“平安周例会”制度 打造新时代“枫桥经验”\n"
            "重庆市南岸区:建设“六个美丽”共享“幸福街道”\n")
    assert [a for a, _ in segmented(text)] == ["浙江省宁波市鄞州区", "山东省济宁市嘉祥县", "重庆市南岸区"]


def test_bulletin_serial_numbers_number_a_list():
    text = ("新时代人民法庭建设案例(九)\n目 录\n一、涉农纠纷化解\n"
            "【第292号】湖南省永顺法院芙蓉人民法庭:创新“三阶护航”工作法 绘就涉农纠纷化解新图景\n"
            "【第293号】天津市宝坻法院林亭口人民法庭:打造无人机低空经济行业治理新“枫”景\n"
            "【第294号】浙江省三门法院浦坝港人民法庭:做实指导调解 护航“鲜甜”产业发展\n")
    assert [a for a, _ in segmented(text)] == ["湖南省永顺法院芙蓉人民法庭", "天津市宝坻法院林亭口人民法庭",
                                               "浙江省三门法院浦坝港人民法庭"]


def test_a_visitor_named_by_post_and_name_is_not_the_practising_agency():
    text = ("省综治办副主任孙某某莅临调研平安建设工作\n"
            "8月12日上午,省综治办副主任孙某某一行4人莅临我县调研平安建设工作。"
            "我县推行“一村一干一警”机制,全县刑事案件同比下降12%,群众安全感达98%。\n")
    assert segmented(text)[0][0] != "省综治办"


def test_the_unit_honoured_is_the_subject_not_the_body_honouring_it():
    text = ("近日,公安部发布《关于命名“全国公安机关执法示范单位”的决定》,某某县公安局被命名为“全国公安机关执法示范单位”。\n"
            "近年来,该局将执法办案管理中心作为法治公安建设的总抓手,案件办理时长缩短40%。\n")
    assert segmented(text)[0][0] == "某某县公安局"


def test_the_datelines_own_year_is_not_a_year_the_report_states():
    text = ("各地行政复议典型经验\n日期: 2026年02月24日 11时08分 来源:\n"
            "为加强行政复议与行政诉讼工作衔接,各地积极探索。\n"
            "2025年,某市司法局以行政争议化解中心实体化运行为牵引,行政复议案件办理时长缩短30%。\n")
    meta = describe_document(text)
    assert meta.year == 2025
    assert meta.publisher is None                 # an empty 来源: takes nothing from the next line


def test_a_byline_of_names_is_no_title():
    text = ("文/胡某某 耿某某\n某某“旅游警务”改革实践与创新价值\n文/胡某某 耿某某\n"
            "随着经济社会发展,旅游已经成为人们生活的重要组成部分,某某市公安局推行旅游警务改革,游客投诉下降30%。\n")
    assert describe_document(text).title == "某某“旅游警务”改革实践与创新价值"


def test_honour_news_gives_each_honoured_unit_its_entry():
    text = ("泉州市荣膺平安中国建设示范市\n"
            "15日上午,平安中国建设表彰大会召开。泉州市荣膺平安中国建设示范市,泉州市丰泽区荣膺平安中国建设示范县,"
            "泉州市委政法委荣膺平安中国建设先进集体。\n")
    assert [a for a, _ in entries_read(text)] == ["泉州市", "泉州市丰泽区", "泉州市委政法委"]


def test_a_report_listing_its_counties_honours_stays_one_case():
    text = ("十载春华秋实 打造平安建设强市\n党的十八大以来,全市政法系统紧紧围绕打造平安建设强市,忠诚履职尽责。\n"
            "信访工作综合成绩持续保持在全省前列。2021年,虞城县被评为全国信访工作“三无”县,民权县被评为全国信访工作示范县;"
            "全市命案发案同比下降20%。\n")
    assert len(segmented(text)) == 1


def test_a_media_masthead_before_a_colon_is_not_the_subject():
    text = ("“和为贵”劳动争议预防调解\n"
            "山东法制传媒网:(记者 张某 王某)近年来,山东省济宁市深入挖掘优秀传统文化和谐理念,"
            "构建“1+2+N”预防协商化解工作体系,全市劳动争议调解成功率达92%。\n")
    assert segmented(text)[0][0] == "山东省济宁市"


def test_a_contents_page_of_numbered_titles_over_agencies_gives_one_case_each():
    text = ("某省检察机关未成年人司法保护典型案例\n目录\n"
            "1.融合式监督 护航未成年人个人信息安全\n杭州市拱墅区人民检察院\n"
            "2.数字赋能监督 促推涉未网约房新业态治理\n杭州市临平区人民检察院\n"
            "3.依法能动履职 精准办理涉未正当防卫案件\n余姚市人民检察院\n"
            "案例一\n融合式监督\n护航未成年人个人信息安全\n杭州市拱墅区人民检察院\n【基本案情】\n"
            "2020年4月至10月,肖某等人建立网络交易平台非法买卖公民个人信息95万余条,检察机关依法提起公益诉讼。\n")
    cases = segmented(text)
    assert sorted(a for a, _ in cases) == sorted(["杭州市拱墅区人民检察院", "杭州市临平区人民检察院", "余姚市人民检察院"])
    assert dict(cases)["杭州市拱墅区人民检察院"] == "融合式监督 护航未成年人个人信息安全"   # not 【基本案情】


def test_winners_listed_without_respectively_are_an_entry_each():
    text = ("近日,司法部下发表彰决定,授予597个司法所“全国模范司法所”称号,"
            "聊城市茌平区司法局乐平铺司法所、莘县司法局朝城司法所荣获“全国模范司法所”称号。\n"
            "近年来,聊城市积极推动司法所助推基层法治建设工作,全市司法所收集立法意见建议300余条。\n")
    assert [a for a, _ in entries_read(text)] == ["聊城市茌平区司法局乐平铺司法所", "莘县司法局朝城司法所"]


def test_the_unit_that_won_the_honour_is_the_subject():
    text = ("本报讯 记者昨日获悉,司法部日前通报表彰了全国22个公共法律服务先进集体,凌海市公共法律服务中心获此殊荣。\n"
            "近年来,凌海市高标准打造公共法律服务中心,在全市256个行政村设立法律援助联系点,年均接待群众咨询1.2万人次。\n")
    assert segmented(text)[0][0] == "凌海市公共法律服务中心"


def test_the_nations_organs_together_are_the_subject_of_a_national_digest():
    text = ("“八个方面”接受锻造 教育整顿成效显著\n"
            "全国政法队伍教育整顿总结会在北京召开。会议指出,全国政法机关坚持试点先行、自下而上,"
            "分两批次开展教育整顿,立案审查调查政法干警2.5万人。\n")
    assert segmented(text)[0][0] == "全国政法机关"


def test_a_bullet_list_of_results_is_read_from_under_its_title():
    text = ("某某检察院工作报告摘要\n2023年工作回顾\n全市检察机关共办案4253件,同比上升28.9%。\n"
            "●批捕726人,起诉1688人\n●起诉涉黑涉恶犯罪15人\n●起诉电信网络诈骗犯罪510人\n"
            "●监督侦查机关立案、撤案139件,提出刑事抗诉78件,法院审结后改变率79.9%,较上年提高5个百分点\n")
    meta, spans = cases_of(text)
    assert len(spans) == 1
    assert spans[0].char_start <= text.index("全市检察机关共办案")


def test_the_newspaper_that_ran_the_story_is_no_agency():
    text = ("全国监狱教育改造交出答卷\n2024-03-01 来源:法治日报\n"
            "近年来,全国监狱系统坚持以改造人为中心,推行分类改造、精准矫治,罪犯教育改造质量持续提升,"
            "刑满释放人员重新犯罪率下降10%。\n")
    meta, spans = cases_of(text)
    assert meta.publisher == "法治日报"
    assert spans[0].agency_raw != "法治日报"


def test_a_court_calling_itself_we_after_a_national_policy_is_the_local_court():
    text = ("诉源治理工作总结\n"
            "一站式多元解纷和诉讼服务体系建设,是最高人民法院从群众多元司法需求出发提出的系统性改革。"
            "腾冲法院重点聚焦多元解纷,选任特邀调解员85名。\n"
            "今年以来,我院共进行诉前调解案件1200件,调解成功率达65%。\n")
    assert segmented(text)[0][0] == "腾冲法院"


def test_winners_named_after_a_selection_are_a_case_each():
    text = ("荆州新增3个全国民主法治示范村\n"
            "此次全国1136个村入选第九批“全国民主法治示范村”,其中,荆州市有3个村上榜,"
            "分别为湖北省荆州市荆州区马山镇双垱村、湖北省江陵县沙岗镇九甲湖村、湖北省石首市高基庙镇高基庙村。\n")
    assert segmented(text) == [("湖北省荆州市荆州区马山镇双垱村", "全国民主法治示范村"),
                               ("湖北省江陵县沙岗镇九甲湖村", "全国民主法治示范村"),
                               ("湖北省石首市高基庙镇高基庙村", "全国民主法治示范村")]


def test_peers_practices_as_sentences_over_paragraphs_are_a_case_each():
    text = ("大数据法律监督模型的实践探索\n"
            "在数字化浪潮的推动下,检察机关正经历从传统办案向数智监督的转型。本文结合各地实践案例作一探讨。\n"
            "例如,深圳市检察院2024年上线231个大数据法律监督模型,依托模型立案1864件。"
            "安徽省淮北市检察院开发的“外卖商家违规行为监督模型”筛查出问题线索400余条。\n"
            "模型的应用打破了部门间数据壁垒,促进跨领域协作。江苏省南通市检察院通过“公益诉讼+数据分析”模式,"
            "督促行政机关整治机动车维修废机油问题。\n"
            "下一步,检察机关将继续深化数字检察战略,推动法律监督提质增效,更好服务经济社会高质量发展。\n")
    agencies = [a for a, _ in segmented(text)]
    assert {"深圳市检察院", "安徽省淮北市检察院", "江苏省南通市检察院"} <= set(agencies)


def test_a_list_of_agency_lines_under_an_honours_heading_gives_one_entry_each():
    text = ("全国模范!宜都这个集体拟获司法部表彰\n司法部近日发布公示公告,其中宜都市一个人民调解委员会上榜。\n"
            "全国模范人民调解委员会\n拟表彰名单\n"
            "武汉市江夏区道路交通事故纠纷人民调解委员会\n阳新县医疗纠纷人民调解委员会\n襄阳市房产和物业纠纷人民调解委员会\n"
            "宜都市五眼泉镇弭水桥村人民调解委员会\n"
            "近年来,弭水桥村人民调解委员会把调解工作落到实处,年均调解纠纷50余起,调解成功率98%。\n")
    cases = entries_read(text)
    assert [a for a, _ in cases] == ["武汉市江夏区道路交通事故纠纷人民调解委员会", "阳新县医疗纠纷人民调解委员会",
                                     "襄阳市房产和物业纠纷人民调解委员会", "宜都市五眼泉镇弭水桥村人民调解委员会"]
    assert cases[0][1] == "全国模范人民调解委员会 拟表彰名单"


def test_signature_lines_without_a_list_heading_stay_dropped():
    text = ("某县司法局推进人民调解工作\n近年来,某县司法局推进人民调解规范化建设,全县调解纠纷1200件,调解成功率98%。\n"
            "某县司法局\n某县人民调解协会\n某县法律援助中心\n")
    assert len(segmented(text)) == 1


def test_the_honoured_unit_with_the_honouring_body_between_is_the_subject():
    text = ("日前,司法部印发表彰决定,兴宁市福兴街道人民调解委员会被司法部评为“全国模范人民调解委员会”。"
            "近年来,该调委会年均调解纠纷200余件,调解成功率98%。\n")
    assert segmented(text)[0][0] == "兴宁市福兴街道人民调解委员会"


def test_a_numbered_heading_names_the_report_after_a_national_preamble():
    text = ("派出所作为公安机关的最基层单位,在公安工作中具有基础性地位。公安部党委提出加快形成公安机关新质战斗力的战略部署,"
            "要求基层派出所进一步落实主防职责。\n"
            "一、侯马市公安局落实派出所主防责任\n"
            "侯马市公安局开展降警情控发案专项行动,全市警情同比下降15%,刑事案件下降20%。\n")
    assert segmented(text)[0][0] == "侯马市公安局"


def test_a_long_list_of_winners_is_read_at_its_clause_starts():
    names = ["某某市第%s区人民检察院" % "一二三四五六七八九十"[i % 10] for i in range(12)]
    text = "表彰决定\n经评审," + "、".join(names[:3]) + "荣获“全国模范检察院”称号。\n"
    assert [a for a, _ in entries_read(text)] == names[:3]


def test_closing_peer_clauses_lose_no_text_of_the_report():
    text = ("全省法院诉源治理工作综述\n全省法院坚持把非诉纠纷解决机制挺在前面,推动矛盾纠纷源头化解,全年诉前化解纠纷32万件。\n"
            "其中,南京市中级人民法院诉前受理纠纷1200件,苏州市中级人民法院诉前受理纠纷900件,"
            "无锡市中级人民法院诉前受理纠纷800件。全省法院坚持问题导向。\n下一步工作\n")
    meta, spans = cases_of(text)
    covered = set()
    for sp in spans:
        covered.update(range(sp.char_start, sp.char_end))
    body_start = text.index("全省法院坚持把")
    # every figure and sentence of the body is in some case (separators between clauses aside)
    assert all(i in covered for i in range(body_start, text.index("下一步"))
               if text[i].isalnum() and i not in range(text.index("其中"), text.index("其中") + 2))
    assert text.index("全省法院坚持问题导向") < spans[-1].char_end


def test_a_meeting_demand_on_the_citys_organs_is_no_placed_agency():
    from etl.segment import _placed_agency_opening
    assert _placed_agency_opening("会议要求全市检察机关强化法律监督") is None


def test_two_practices_of_one_agency_in_a_list_are_both_kept():
    text = ("典型案例\n1.打造枫桥式人民法庭\n宁海县人民法院\n宁海县人民法院在乡镇设立法庭,就地化解纠纷1200件,调解成功率90%。\n"
            "2.推行诉前调解\n宁海县人民法院\n宁海县人民法院建立诉前调解中心,全年诉前调解纠纷3000件,分流率60%。\n")
    meta, spans = cases_of(text)
    assert len(spans) == 2


def test_an_ordinary_heading_with_a_colon_is_no_news_lead():
    from etl.segment import _NEWS_LEAD
    for heading in ("织密一张网:全面推进", "社会治安防控网:提质增效", "法治快报:某某", "工作月报:第三期"):
        lead = _NEWS_LEAD.match(heading)
        assert lead is None or not lead.group(0)
    assert _NEWS_LEAD.match("山东法制传媒网:(记者 张某)近年来").group(0)


def test_honour_clauses_keep_the_reports_own_place_and_all_its_text():
    text = ("东湖市获评全国平安建设先进\n"
            "近日,全国平安建设表彰大会召开。我市荣获平安中国建设示范市,鼓楼区荣获平安中国建设示范县,"
            "市委政法委荣获先进集体。\n"
            "多年来,我市坚持党建引领,化解矛盾纠纷2万件。\n")
    meta, cases = entries_of(text)
    assert [c.agency_raw for c in cases] == ["我市", "鼓楼区", "市委政法委"]
    # the lead opens the first honoured unit's case and the closing paragraph ends the last one's
    assert text[cases[0].char_start:].startswith("近日")
    assert text[:cases[-1].char_end].endswith("化解矛盾纠纷2万件。")


def test_a_work_reports_list_of_major_cases_is_no_list_of_selected_cases():
    text = ("东湖区人民法院2023年工作报告\n"
            "2023年,我院审结各类案件1.2万件,同比上升5%。审结的重大案件包括:甲县检察院提起公诉的张某贪污案,"
            "乙市检察院提起公诉的李某受贿案,丙区检察院提起公诉的王某诈骗案。\n")
    assert len(segmented(text)) == 1


def test_a_work_report_naming_an_honoured_court_is_not_that_courts_news():
    text = ("我市召开政法工作会议\n"
            "2月10日,全市政法工作会议召开。会议指出,鼓楼区人民法院荣获全国优秀法院,会议要求全市政法机关坚持党的领导。\n")
    meta, cases = cases_of(text)
    assert meta.title == "我市召开政法工作会议"
    from etl.segment import _document_subject, _lines
    assert _document_subject(text, _lines(text), meta) != "鼓楼区人民法院"


def test_a_source_label_with_unicode_spaces_names_the_publisher():
    assert describe_document("某某工作纪实\n来源\u2002:\u2002东湖县人民法院\n正文。\n").publisher == "东湖县人民法院"


def test_a_lower_units_example_inside_its_parents_report_is_a_case_of_its_own():
    text = ("全省检察建议工作新闻发布会召开\n"
            "近日,东海省人民检察院举行新闻发布会。2020年至今,全省检察机关共制发检察建议4100件,采纳率为99%。\n"
            "围绕养老、就业等民生问题,东海省检察机关提出检察建议476件。其中,厦门市湖里区人民检察院办理全省首例旅游养老诈骗案件,"
            "发出检察建议6份,入选最高检典型案例。\n"
            "东海省检察机关还探索检察建议与司法建议协同联动。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases][1:] == ["厦门市湖里区人民检察院"]
    example = cases[1]
    assert text[example.char_start:example.char_end].endswith("入选最高检典型案例。")
    # the report's own case still spans the whole report
    assert cases[0].char_end >= len(text.rstrip()) - 1


def test_a_breakdown_after_a_comma_is_no_example():
    text = ("全省法院审判工作情况\n"
            "2023年,全省法院共受理案件12000件,其中,南京市中级人民法院受理1200件,苏州市中级人民法院受理980件。\n")
    assert len(segmented(text)) == 1


def test_a_systems_organs_together_stand_for_its_lead_institution():
    from etl.agencies import expand_abbreviation
    names = {n: expand_abbreviation(n, province=None, city=None, county=None)
             for n in ("上海检察机关", "浙江公安机关", "丽水市公安机关", "福建省检察机关", "深圳法院")}
    assert names == {"上海检察机关": "上海市人民检察院", "浙江公安机关": "浙江省公安厅", "丽水市公安机关": "丽水市公安局",
                     "福建省检察机关": "福建省人民检察院", "深圳法院": "深圳法院"}


def test_the_whole_citys_procuratorates_in_a_citys_report_are_its_procuratorate():
    text = ("丽水市人民检察院工作报告\n2023年,全市检察机关在市委的坚强领导下,共办理审查起诉案件5600件,同比上升8%。\n")
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw="全市检察机关")
    assert resolve_agency(span, text, describe_document(text)).name == "丽水市人民检察院"


@pytest.mark.parametrize("byline", ["□ 本报通讯员 周 俊", "■通讯员 赵 娟", "余某华 张某含", "(来源:东湖日报)"])
def test_bylines_and_source_lines_are_no_title(byline):
    text = (f"{byline}\n"
            "8月29日,东湖县人民法院依法对一家酒店进行强制执行,执行到位金额6160万元,查封土地60宗,全年执结案件3200件。\n")
    assert describe_document(text).title != byline


def test_a_summary_label_is_not_part_of_the_fallback_title():
    text = "内容提要:今年以来,东湖县检察院推行“一案五查”工作机制,办理未成年人案件120件,同比上升8%,取得良好效果。\n"
    assert describe_document(text).title.startswith("今年以来")


def test_a_spam_line_above_the_headline_is_no_lead():
    text = ("某某免费观看,高清在线直播,精品视频自拍在线观看,免费成人高清在线观看直播,久久精品成人\n\n"
            "公安机关11个月破获电诈犯罪案37万余起\n发布时间:2022-01-04 10:53\n来源:法治日报\n\n"
            "法治日报全媒体记者 董某某 记者近日从公安部获悉,2021年,全国公安机关共破获电信网络诈骗案件37.1万起。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["公安部"]
    assert cases[0].char_start > text.index("37万余起")      # the spam line is in no case


def test_stations_rooms_heading_a_bulletins_items_are_a_case_each_titled_under_their_label():
    text = ("东湖市公安局以“枫桥经验”为引领,在各基层派出所设置调解室,积极创新发展公调对接工作,人民群众满意度不断提升。\n"
            "江阴市公安局城东派出所调解室\n特色亮点\n全面建立矛盾联调一体化“公调对接”工作机制。\n"
            "城东派出所组建由2名专职调解员组成的调解队伍。2020年以来,该调解室共调解各类纠纷280余起。\n"
            "宜兴市公安局环科园派出所调解室\n特色亮点\n创新“大数据+铁脚板”调解工作模式。\n"
            "环科园派出所依托网格警务建设,2020年以来共调解纠纷286起,群众满意率100%。\n")
    assert segmented(text) == [("江阴市公安局城东派出所", "全面建立矛盾联调一体化“公调对接”工作机制"),
                               ("宜兴市公安局环科园派出所", "创新“大数据+铁脚板”调解工作模式")]


def test_a_feature_opening_on_a_scene_is_about_the_agency_it_turns_to():
    text = ("□ 本报记者 杨某\n“保安,使用防暴盾牌!”酒店有关负责人这样喊道。\n"
            "8月29日,东海省成都市金牛区人民法院依法对一家酒店进行强制执行。\n"
            "这是东海各级法院开展“万人亮剑”执行大会战的一个画面。8月29日上午9时,四川省高级人民法院执行指挥中心"
            "采用远程视频统一指挥,全省法院执结案件1.2万件,执行到位金额14.3亿元。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["四川省高级人民法院"]


def test_an_agency_right_after_a_verb_can_act():
    from etl.segment import _actor_agency
    assert _actor_agency("新收案件数“拐点”的出现,让武汉市中级人民法院院长看到了方向。") == "武汉市中级人民法院"


def test_an_honour_clause_that_names_no_honour_is_no_entry():
    text = ("漳州市荣膺平安中国建设示范市\n"
            "15日上午,平安中国建设表彰大会在北京召开,其中,漳州市榜上有名。漳州市荣膺平安中国建设示范市,"
            "漳州市芗城区荣膺平安中国建设示范县,漳州市委政法委荣获平安中国建设先进集体。\n")
    assert [t for _, t in entries_read(text)] == ["平安中国建设示范市", "平安中国建设示范县", "平安中国建设先进集体"]


def test_another_units_practice_selected_in_passing_is_a_case_of_its_own():
    text = ("汉中市中级人民法院发布破产审判工作白皮书\n"
            "5月4日,汉中市中级人民法院发布破产审判工作白皮书。近5年来,全市法院累计清偿债权11.6亿元,安置职工2900余人。"
            "城固县人民法院的府院联动机制入选去年全省第一批优化营商环境典型经验做法。\n"
            "汉中市中级人民法院还建设专业化审判团队。\n")
    assert [a for a, _ in segmented(text)] == ["汉中市中级人民法院", "城固县人民法院"]


def test_a_feature_set_at_a_unit_is_that_units_before_the_nations_organs():
    text = ("“枫桥式公安派出所”的温度\n  光明日报记者 彭某\n"
            "  在浙江省诸暨市公安局枫桥派出所的“老杨调解中心”,放有100余本日记,记录着调解员30多年来的1万多个故事。"
            "这个调解中心已成立9年,累计受理各类纠纷2000起,群众满意率100%。\n"
            "  50多年来,“枫桥经验”在全国公安机关服务人民的发展路上不断创新。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["浙江省诸暨市公安局枫桥派出所"]


def test_another_units_sentence_naming_its_practice_and_result_is_a_case():
    text = ("大数据法律监督模型的应用\n"
            "在数字化浪潮的推动下,深圳市人民检察院上线大数据法律监督平台,发现监督线索1200余条。"
            "安徽省淮北市检察院开发的“外卖商家违规行为监督模型”则筛查出400余条违规线索,成案19件。\n"
            "福建平潭建成运行4个“一站式”服务中心。\n")
    assert [a for a, _ in segmented(text)] == ["深圳市人民检察院", "安徽省淮北市检察院"]


def test_an_empty_source_field_takes_no_label_as_publisher():
    assert describe_document("某某工作纪实\n作者: 文章来源: 更新时间:2024-01-01\n正文。\n").publisher is None


def test_a_crawlers_code_is_no_source_and_a_catalogue_names_the_issuing_body():
    # 来源: followed by letters and digits only (a crawler's code) names no publisher
    assert describe_document("某地调解工作纪实\n发布时间:2024-04-27 来源: sp20240427\n正文。\n").publisher is None
    page = ("东岭市司法局 sfj.dongling.gov.cn\n政府信息公开\n索引号: 0151-202112-3253 主题分类: 2021年\n"
            "发布机构:  东岭市司法局 发布日期: 2021-07-14\n关于市政协提案答复的函\n"
            "我市积极推进公共法律服务体系建设,建成公共法律服务站点1200个。\n")
    meta = describe_document(page)
    assert meta.publisher == "东岭市司法局"
    # a site's banner with its domain, a catalogue field and the column's name are no title
    assert meta.title == "关于市政协提案答复的函"


def test_a_place_then_a_verb_is_the_place_acting_not_a_unit_named():
    text = ("便捷背后的五年坚持\n"
            "2025年年初,辽阳市全面启动综治中心规范化建设工作,全市化解矛盾纠纷8600件。\n")
    assert segmented(text)[0][0] == "辽阳市"


def test_peers_in_a_digests_clauses_count_when_most_name_a_result():
    text = ("近日,陕西省高级人民法院联合金融监管部门举办金融协同治理专题新闻发布会,发布协同助力金融业高质量发展的"
            "典型案例和事例,覆盖多元解纷、风险防控、服务创新领域。\n"
            "  在多元解纷方面,西安市碑林区法院构建“即时受理+前端调解”治理闭环,成功调解金融案件6505件;"
            "宝鸡市金台区法院累计调解案件321件,为当事人节约诉讼费用98万余元;"
            "咸阳市秦都区法院加强诉前调解。风险防控方面,安康中院发出司法建议,2024年全市金融借款合同纠纷同比大幅下降。\n"
            "  此外,在服务创新方面,全省法院坚持依法规范与促进发展并重,对新型供应链金融模式给予司法确认;"
            "汉中法院通过重整程序帮助16家企业重生,化解金融债务9.93亿元,实现“破产不停产,员工不失业”。\n")
    agencies = [a for a, _ in segmented(text)]
    # (秦都区 names no result: it stays in the report's case; 汉中法院 is an example after the peers)
    assert agencies == ["陕西省高级人民法院", "西安市碑林区法院", "宝鸡市金台区法院", "安康中院", "汉中法院"]


def test_the_host_of_its_own_meeting_is_its_agency_but_not_of_anothers_selection():
    from etl.segment import _actor_agency
    assert _actor_agency("海口市公安局召开夏季治安打击整治推进会,通报前期工作。") == "海口市公安局"
    assert _actor_agency("广州市委政法委召开改革创新案例发布会,我院申报的诉源治理项目入选。") != "广州市委政法委"


@pytest.mark.parametrize("caption", ["(资料图片)", "【图】"])
def test_a_caption_line_is_no_title(caption):
    assert describe_document(f"{caption}\n海口市公安局召开夏季治安打击整治推进会,通报前期工作,全市刑事警情同比下降12%。\n").title != caption


def test_each_unit_on_an_honour_roll_is_an_entry_but_not_the_people_or_a_tally():
    text = ("公安英模代表载誉归来\n"
            "    本报杭州5月20日讯 20日,出席全国公安系统英雄模范立功集体表彰大会的7名浙江英模代表载誉归来。\n"
            "    此次表彰大会上,杭州市公安局交警支队机动大队获国务院“先进模范交警队”表彰;长兴县公安局、海宁市公安局、"
            "义乌市公安局被评为“全国优秀公安局”;杭州市拘留所等16个单位被评为全国优秀公安基层单位;"
            "杭州市公安局下城区分局刑侦大队大队长叶某等8名同志被评为“全国特级优秀人民警察”。\n")
    assert entries_read(text) == [("杭州市公安局交警支队机动大队", "先进模范交警队"), ("长兴县公安局", "全国优秀公安局"),
                               ("海宁市公安局", "全国优秀公安局"), ("义乌市公安局", "全国优秀公安局"),
                               ("杭州市拘留所", "全国优秀公安基层单位")]
    meta, cases = entries_of(text)
    assert text[cases[-1].char_start:cases[-1].char_end].endswith("全国特级优秀人民警察”。")   # no text outside an entry


def test_units_honoured_together_whose_work_the_report_then_tells_are_a_case_each():
    text = ("我市公共法律服务获司法部表彰\n"
            "近日,司法部表彰全国公共法律服务工作先进集体,无锡市法律援助中心、无锡市锡山区公证处、江苏某某律师事务所获评先进集体,"
            "无锡市司法局某处副处长王某等2名同志获评先进个人。\n"
            "据介绍,无锡市法律援助中心累计办理法律援助案件980件,群众满意率达99%。"
            "无锡市锡山区公证处2020年以来共办理公证事项1.2万件。江苏某某律师事务所共提供法律咨询2000余人次。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["无锡市法律援助中心", "无锡市锡山区公证处", "江苏某某律师事务所"]
    assert not any("王某" in (c.agency_raw or "") for c in cases)      # (people are no units)


def test_an_honour_roll_of_units_joined_by_commas_and_its_tally():
    text = ("近日,共青团中央、公安部等23家单位联合印发决定,广东公安共有8个集体被命名为“第21届全国青年文明号”。"
            "其中,广州市公安局特警支队特警五大队、中山市公安局指挥中心指挥调度科被认定为首批“二星级全国青年文明号”,"
            "佛山市公安局禅城分局公共关系科、东莞市公安局铁骑办被认定为“一星级全国青年文明号”。\n")
    assert [a for a, _ in entries_read(text)] == ["广州市公安局特警支队特警五大队", "中山市公安局指挥中心指挥调度科",
                                               "佛山市公安局禅城分局公共关系科", "东莞市公安局铁骑办"]


def test_a_towns_station_named_in_a_list_of_honoured_units_is_the_subject():
    text = ("不久前,省司法厅发文公布了第一批60家浙江省“枫桥式”司法所名单,瓜沥司法所名列其中,成为我区首家获得该称号的基层司法所。"
            "该所积极推进多元化解平台融合,全年化解矛盾纠纷1200余件。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["瓜沥司法所"]


def test_a_station_winning_an_honour_in_the_headline_over_the_dateline_is_the_subject():
    text = ("客户端下载\n"
            "【余杭区】擦亮“枫桥经验”金名片,良渚派出所获得“枫桥式”公安派出所荣誉!\n"
            "2023-11-20 09:15\n"
            "全区公安机关加强派出所工作会议11月18日至19日在杭州召开,会议传达全国公安机关加强派出所工作推进会议精神,"
            "命名了20个全区“枫桥式”公安派出所,良渚派出所名列其中。\n"
            "今年以来,良渚派出所以“警网融合”为抓手,化解矛盾纠纷860余起,辖区刑事警情同比下降21%。\n")
    meta, cases = cases_of(text)
    assert meta.title == "【余杭区】擦亮“枫桥经验”金名片,良渚派出所获得“枫桥式”公安派出所荣誉!"
    assert [c.agency_raw for c in cases] == ["良渚派出所"]


def test_a_feature_opening_on_a_scene_is_the_honoured_units_when_its_lead_tells_the_honour():
    text = ("□记者 王芳\n"
            "本报讯“在群里说了一句,民警当天就上门了。”近日,朱家角古镇一位店主在警民微信群里反映招牌松动,"
            "民警随即上门查看并联系物业修复。日前,在上海市公安局“枫桥式公安派出所”评选活动中,"
            "朱家角派出所荣获“枫桥式公安派出所”称号。今年以来,辖区刑事警情同比下降18%。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["朱家角派出所"]


def test_a_places_work_honoured_in_the_headline_is_the_places_case():
    text = ("宁陕县人民调解典型案例获评全省人民调解优秀案例\n"
            "近日,从省司法厅通报获悉,宁陕县人民调解典型案例《邻里纠纷巧化解》获评全省人民调解优秀案例。\n"
            "今年以来,宁陕县各级调解组织共调解纠纷860件,调解成功率达98%。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["宁陕县"]


def test_an_agency_over_a_date_after_the_reports_prose_is_a_cover_not_a_heading():
    text = ("最高检:2024年起诉侵害未成年人犯罪7万多人\n2025-06-16 10:53 检察日报正义网\n"
            "白皮书透露,2024年,全国检察机关共批准逮捕侵害未成年人犯罪57156人,提起公诉74476人,同比分别上升7.3%、11%。\n"
            "白皮书介绍,2024年,全国检察机关共制发“督促监护令”31809份,立案办理未成年人保护公益诉讼案件12062件。\n"
            "未成年人检察工作白皮书\n(2024)\n最高人民检察院\n2025年6月\n目 录\n前 言\n")
    meta, cases = cases_of(text)
    assert len(cases) == 1 and cases[0].char_start < text.index("白皮书透露")     # the news body is in the case


def test_the_unit_named_for_an_honours_many_winners_is_an_example_but_a_tally_is_not():
    text = ("观海新闻1月7日讯 最高人民法院日前印发决定,授予北京市第二中级人民法院刑事审判第一庭等197个集体“全国法院先进集体”称号,"
            "授予王某等195名同志“全国法院先进个人”称号。山东法院有10个集体被授予“全国法院先进集体”称号。"
            "其中,青岛市中级人民法院审判监督庭被授予“全国法院先进集体”称号。\n"
            "决定指出,近年来,各级人民法院坚持司法为民,全年审结案件3000万件。\n")
    # (the court that gave the honour is no case of its own: the honoured units are, the news's text with them)
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["北京市第二中级人民法院刑事审判第一庭", "青岛市中级人民法院审判监督庭"]
    assert cases[0].char_start == 0 and text[:cases[-1].char_end].endswith("3000万件。")


def test_a_headline_verb_inside_a_known_place_does_not_unmake_the_agency():
    from etl.segment import _valid_agency
    assert _valid_agency("大庆市让胡路区人民法院")          # 让 is a headline verb, but here part of 让胡路区
    assert not _valid_agency("让群众满意的人民法院")


def test_examples_told_from_a_report_or_added_with_besides_are_cases():
    text = ("全国大法官研讨班在北京举行\n21日至22日,全国大法官研讨班在北京举行。最高人民法院要求各级法院依法平等保护各类经营主体,"
            "全国法院审结涉企案件1200万件。记者从研讨班获悉,辽宁法院建立与政府部门协同联动机制,2021年以来审结破产案件1468件。"
            "此外,天津法院自2022年以来共审结各类涉企案件80.1万余件,诉讼标的额9000余亿元。\n")
    assert [a for a, _ in segmented(text)] == ["最高人民法院", "辽宁法院", "天津法院"]


@pytest.mark.parametrize("text, agencies", [
    ("首页\n诉源治理见实效", 1),                                                     # a headline on the last line
    ("福州市检察院工作情况\n2023年,福州市人民检察院共办理案件500件,同比上升5%。其中,鼓楼区办理120件,仓山区办理80件。\n", 1),
    ("福州市检察院工作情况\n2023年,福州市人民检察院共办理案件500件,同比上升5%。此外,福建省高级人民法院调研组一行5人到院调研。\n", 1),
])
def test_breakdowns_visits_and_a_last_line_headline_make_no_extra_case(text, agencies):
    assert len(segmented(text)) == agencies


def test_a_work_reports_honoured_courts_are_no_honour_roll():
    text = ("东湖市中级人民法院工作报告\n"
            "2023年,全市法院共受理案件30万件,审执结28万件,同比上升5%。鼓楼区人民法院、仓山区人民法院被评为全国优秀法院,"
            "晋安区人民法院荣获全省先进集体。\n")
    assert len(segmented(text)) == 1


def test_the_units_listed_after_an_honour_are_an_entry_each_and_keep_the_news():
    text = ("东岭省9个基层法院被授予“全国优秀法院”称号\n"
            "5月8日,记者从省法院获悉,最高人民法院公布了第五届“全国优秀法院”名单,我省9个基层法院获此殊荣。\n"
            "据了解,我省获得“全国优秀法院”称号的基层法院分别是:南京市鼓楼区人民法院、苏州市姑苏区人民法院、"
            "江阴市人民法院(无锡市)、沭阳县人民法院。此外,扬州市中级人民法院、盐城市中级人民法院被授予“组织奖”。\n"
            "(来源:某某网)\n")
    meta, cases = entries_of(text)
    assert [(c.agency_raw, c.title) for c in cases] == [
        ("南京市鼓楼区人民法院", "全国优秀法院"), ("苏州市姑苏区人民法院", "全国优秀法院"),
        ("江阴市人民法院", "全国优秀法院"), ("沭阳县人民法院", "全国优秀法院"),
        ("扬州市中级人民法院", "组织奖"), ("盐城市中级人民法院", "组织奖")]
    assert cases[0].char_start < text.index("记者从省法院")      # the news's lead is the first unit's
    # a list of people after an honour is no roll
    people = ("东岭省表彰一批先进个人\n记者获悉,我省获得“全国优秀法官”称号的法官分别是:南京市鼓楼区人民法院张某、"
              "苏州市姑苏区人民法院李某。\n")
    assert len(entries_of(people)[1]) <= 1


def test_an_honour_board_gives_each_unit_under_its_honour_but_not_the_people():
    text = ("近日,全国公安系统英雄模范立功集体表彰大会召开,大会授予杭州市公安局西湖分局北山派出所“全国模范公安单位”称号。"
            "杭州市公安局组织民警收看表彰大会。\n"
            "【光荣榜】\n"
            "●“全国模范公安单位”\n"
            "杭州市公安局西湖分局北山派出所\n"
            "●“全国公安机关爱民模范集体”\n"
            "杭州市反诈骗中心\n"
            "●“全国优秀人民警察”\n"
            "杭州市公安局上城分局刑侦大队大队长王某等3名同志\n")
    assert [a for a, _ in segmented(text)] == ["杭州市公安局西湖分局北山派出所", "杭州市反诈骗中心"]


def test_units_listed_under_a_paragraph_closing_on_its_honour_are_an_entry_each():
    text = ("过去一年,全市各方力量齐心参与禁毒工作,涌现出一批先进典型。市禁毒委员会评选出5个单位为2023年度“护苗先锋”。\n"
            "荆州安康精神病医院\n"
            "荆州市司法局强制隔离戒毒所\n"
            "荆州市公安局沙市区分局\n"
            "江汉检查站\n"
            "荆州市荆州区西城街道戒毒社区\n"
            "荆州市第三中学\n")
    assert [a for a, _ in entries_read(text)] == [
        "荆州安康精神病医院", "荆州市司法局强制隔离戒毒所", "荆州市公安局沙市区分局江汉检查站",
        "荆州市荆州区西城街道戒毒社区", "荆州市第三中学"]
    # a community on the line under a branch is a unit of its own, not the branch's
    after_branch = text.replace("江汉检查站\n", "江汉社区\n")
    assert "荆州市公安局沙市区分局江汉社区" not in [a for a, _ in entries_read(after_branch)]
    # 获得“…”称号 closes a paragraph on its honour too
    won = text.replace("市禁毒委员会评选出5个单位为2023年度“护苗先锋”。", "经评选,以下5个单位获得“护苗先锋”称号。")
    assert len(entries_read(won)) == 5
    # a paragraph that closes on no honour it gives heads no roll
    plain = text.replace("市禁毒委员会评选出5个单位为2023年度“护苗先锋”。", "下面是参与单位。")
    assert len(entries_read(plain)) <= 1


def test_units_heading_the_groups_an_honour_commends_are_cases_not_the_commending_body():
    text = ("2024年东岭省公安机关通报表扬仪式举行\n"
            "本报讯 5月11日,东岭省公安机关通报表扬仪式在省公安厅举行。\n"
            "省公安厅、省总工会决定,对兰州市公安局城关分局九州派出所等16个成绩突出集体和天水市公安局秦州分局"
            "大城派出所等16个成绩突出青年集体、张某等30名成绩突出个人予以通报表扬。\n")
    assert segmented(text) == [("兰州市公安局城关分局九州派出所", "成绩突出集体"),
                               ("天水市公安局秦州分局大城派出所", "成绩突出青年集体")]
    # 对…等N个单位 without an honour is no roll
    inspection = ("省公安厅开展执法检查\n省公安厅对兰州市公安局城关分局九州派出所等16个单位开展执法检查,发现问题20个。\n")
    assert [a for a, _ in segmented(inspection)] == ["省公安厅"]


def test_one_places_organs_told_in_turn_are_a_case_each_under_the_report():
    text = ("今年以来,全市政法机关聚焦中心大局,扎实推进平安建设,努力建设更高水平的平安晋中。"
            "市公安局部署开展“平安晋中”专项行动,破获刑事案件2793起,刑事立案数同比下降12.3%。\n"
            "全市法院做了哪些工作?各相关单位负责人介绍,晋中两级法院创建“1332”多元化解矛盾纠纷模式,诉前调解成功率达到68%。"
            "全市检察机关今年开展“检察护企”专项行动,挽回企业损失1.2亿元。\n")
    meta, cases = cases_of(text)
    # (the organs' lead tells no result of its own: it opens the first organ's case)
    assert [c.agency_raw for c in cases] == ["市公安局", "晋中两级法院", "全市检察机关"]
    police = text[cases[0].char_start:cases[0].char_end]
    assert police.startswith("今年以来,全市政法机关") and "下降12.3%" in police and "1332" not in police
    # …a lead that tells a result is the report's own practice, before its organs'
    told = text.replace("扎实推进平安建设", "化解矛盾纠纷1.2万件")
    meta, cases = cases_of(told)
    assert [c.agency_raw for c in cases] == ["全市政法机关", "市公安局", "晋中两级法院", "全市检察机关"]
    assert told[cases[1].char_start:cases[1].char_end].startswith("市公安局部署")
    assert "1.2万件" not in told[cases[1].char_start:cases[1].char_end]
    # one organ's report that mentions another organ in passing is no digest
    own = ("市公安局深化警务改革\n市公安局部署开展“平安晋中”专项行动,破获刑事案件2793起,刑事立案数同比下降12.3%。"
           "市检察院派员提前介入重大案件36件,引导侦查取证,起诉率达到98%。\n")
    assert [c.agency_raw for c in cases_of(own)[1]] == ["市公安局"]


def test_an_organ_told_at_length_without_a_figure_is_its_case_among_the_organs():
    text = ("开展以来,惠水县政法系统深入开展“我为群众办实事”活动,以实事检验学习成效。\n"
            "“零距离”,关注群众冷暖事\n"
            "惠水县检察院针对河道垃圾堆放污染环境的问题,依法履行公益监督职能,向相关单位发出诉前检察建议,"
            "督促立行立改,维护环境卫生和公众健康;县法院开展20余次巡回审判,把庭审搬到村委会;"
            "县司法局开展远程会见30余次,解决服刑人员家属探监难。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["惠水县政法系统", "惠水县检察院", "县法院", "县司法局"]
    # …but an organ named in a short clause with no result is no practice of its own
    short = text.replace("针对河道垃圾堆放污染环境的问题,依法履行公益监督职能,向相关单位发出诉前检察建议,"
                         "督促立行立改,维护环境卫生和公众健康", "积极参与")
    assert [c.agency_raw for c in cases_of(short)[1]] == ["惠水县政法系统", "县法院", "县司法局"]


def test_an_agency_written_short_and_with_its_province_is_one_agency():
    text = ("襄阳公安交出平安答卷:盗窃发案降两成\n\n襄阳公安交出平安答卷:盗窃发案降两成\n2026年01月12日 09:10 某某网\n\n"
            "近日,湖北省襄阳市公安局召开“向人民报告”新闻发布会,通报2025年公安工作情况。发布会围绕维护稳定、"
            "服务发展、深化改革三大维度,全面展现了公安机关在推进平安建设方面取得的实质性进展。\n\n"
            "2025年,襄阳市公安局忠诚履职,全市刑事案件同比下降18.6%,破获电信网络诈骗案件1200余起,"
            "为群众挽回损失3.2亿元。\n\n在公共安全治理领域,公安机关强化校园隐患排查,城区300个路口信号灯实现联网控制,"
            "群众满意度达到97.5%。\n")
    meta, cases = cases_of(text)
    # (襄阳公安 in the headline, 湖北省襄阳市公安局 in the lead: one agency's one report)
    assert len(cases) == 1 and "下降18.6%" in text[cases[0].char_start:cases[0].char_end]


def test_an_examples_setting_in_a_place_is_the_case_of_the_places_organ_that_acted():
    text = ("5月8日,扬州中院召开劳动争议新闻发布会。去年扬州两级法院受理劳动争议案件3645件,同比下降4.13%。\n"
            "扬州构建了“五位一体”协作联动机制,形成解纷合力。例如,高邮市某镇一家企业停工停产,三十余名职工面临欠薪,"
            "矛盾一度僵持不下。高邮法院联合市人社局劳动监察大队,耗时八个小时,帮助职工梳理欠薪数额,最终促成双方达成一致。\n")
    meta, cases = cases_of(text)
    # (the place the dispute arose in is where its court acted: one example, the court's)
    assert [c.agency_raw for c in cases] == ["扬州中院", "高邮法院"]
    example = text[cases[1].char_start:cases[1].char_end]
    assert example.startswith("高邮市某镇") and "促成双方达成一致" in example


def test_the_unit_a_reporter_walks_into_is_the_scene_not_the_subject():
    text = ("张某某\n7月2日,记者走进通江县法律援助中心受案大厅看到,除了一张张奖牌外,写有“扶危济困解民忧”等字样的锦旗"
            "引人注目。一面面锦旗,见证了警民鱼水之情。\n"
            "“我们县将警民亲活动作为政法机关服务中心大局的重要载体。”县委政法委书记说。\n便民利民的新举措\n"
            "“一小时法律援助服务圈”“巡回审理”“假日法庭”……通江县政法机关推出系列让老百姓得实惠的便民新举措。\n"
            "一年来,通江县法院调解结案2850余件,强制执行财产到位金额4000余万元。\n")
    meta, cases = cases_of(text)
    assert len(cases) == 1 and cases[0].agency_raw != "通江县法律援助中心"
    assert resolve_agency(cases[0], text, meta).name.startswith("通江县")


def test_a_name_the_organs_serve_in_their_lead_is_no_practice_of_the_report():
    text = ("今年以来,全市政法机关聚焦市委“156”战略举措,服务中心大局,努力建设更高水平的平安晋中。"
            "市公安局部署开展“平安晋中”专项行动,破获刑事案件2793起,刑事立案数同比下降12.3%。\n"
            "晋中两级法院创建“1332”多元化解矛盾纠纷模式,诉前调解成功率达到68%。"
            "全市检察机关今年开展“检察护企”专项行动,挽回企业损失1.2亿元。\n")
    # (the committee's strategy the organs serve tells nothing of theirs: the lead opens the first organ's case)
    assert [c.agency_raw for c in cases_of(text)[1]] == ["市公安局", "晋中两级法院", "全市检察机关"]
    # …but a practice the organs name as theirs does
    own = text.replace("聚焦市委“156”战略举措", "推行“三官一律”进网格")
    assert [c.agency_raw for c in cases_of(own)[1]] == ["全市政法机关", "市公安局", "晋中两级法院", "全市检察机关"]


def test_a_countys_release_telling_its_organs_tallies_in_turn_gives_each_a_case():
    text = ("11月26日,我县召开扫黑除恶专项斗争新闻发布会。县领导出席发布会。\n"
            "据了解,今年以来,县公安局侦破各类涉黑恶犯罪案件88起,刑事拘留犯罪嫌疑人105人,查扣涉案资产7432.88万元。"
            "县法院共受理指控涉黑恶犯罪案件5件,涉及被告人54人。现已判决3件6人。"
            "县检察院共受理提请批准逮捕涉黑涉恶案件32件91人,批准逮捕24件60人。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["县公安局", "县法院", "县检察院"]
    assert "现已判决3件6人" in text[cases[1].char_start:cases[1].char_end]
    # …but one organ's report naming another organ's tally in passing stays its own
    own = ("县公安局深化警务改革\n今年以来,县公安局侦破各类刑事案件88起,刑事拘留犯罪嫌疑人105人。"
           "县检察院共批准逮捕24人,起诉率达到98%。\n")
    assert [c.agency_raw for c in cases_of(own)[1]] == ["县公安局"]


def test_a_piece_on_the_provinces_bodies_acting_together_is_the_provinces():
    text = ("人们至今仍记得,2005年12月,陕西省委、省政府召开了创建“平安陕西”活动动员大会,对全省平安建设作出部署。\n"
            "五年来,全省各级党委、政府和政法综治部门不断深化“平安陕西”创建活动,全省公众安全感由84.66%上升到90.84%。\n")
    meta, cases = cases_of(text)
    assert len(cases) == 1
    assert resolve_agency(cases[0], text, meta).name == "陕西省"


def test_a_report_in_a_summary_and_its_measures_is_one_case():
    text = ("最高检通报“检察护企”专项行动阶段性成效\n"
            "最高人民检察院部署开展“检察护企”专项行动。专项行动开展以来,各地检察机关扎实推进各项重点任务。\n"
            "一、总体工作情况\n检察机关聚焦重点任务,上半年起诉破坏市场经济秩序犯罪6.2万人,同比上升36.5%。\n"
            "二、主要举措和成效\n检察机关深入开展涉企“挂案”清理,清理涉企“挂案”4800余件,推动监督立案1200件。\n")
    assert len(cases_of(text)[1]) == 1


def test_a_systems_results_over_its_organs_headed_parts_are_its_own_case():
    text = ("“千手护蕾”,守护花儿向阳而生;警务深度融合,构建基层治理支撑……2024年,大足区政法系统坚持办好每一件实事,"
            "全区街面警情同比下降32.8%,八类治安警情同比下降31.5%。\n"
            "区委政法委:打造“千手护蕾” 花儿向阳而开\n"
            "大足区开展“千手护蕾”专项行动,实现性侵留守女童案件零发生,帮扶留守女童1200余人。\n"
            "区公安局:警务深度融合 构建基层治理支撑\n"
            "区公安局推动派出所与网格深度融合,化解矛盾纠纷3200余件。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["大足区政法系统", "区委政法委", "区公安局"]
    assert "下降32.8%" in text[cases[0].char_start:cases[0].char_end]
    # …but a list's preamble telling no system's results is no case (申报项目156个: the document's own)
    plain = text.replace("2024年,大足区政法系统坚持办好每一件实事,", "今年共申报项目156个,")
    assert [c.agency_raw for c in cases_of(plain)[1]] == ["区委政法委", "区公安局"]


def test_the_body_a_practice_follows_and_a_disposal_word_are_no_part_of_the_agency():
    text = ("为做好矛盾化解工作,依据自治区政法委关于推进社会矛盾化解的工作部署,博乐市司法局与相关部门配合联动,"
            "设立人民调解室12个,全年调解纠纷1300余件。\n")
    assert [c.agency_raw for c in cases_of(text)[1]] == ["博乐市司法局"]
    text = "嵩明县将综治中心实体化运行作为提升基层治理效能的关键抓手,全年化解矛盾纠纷2100余件。\n"
    assert [c.agency_raw for c in cases_of(text)[1]] == ["嵩明县综治中心"]
    # …after a township too, and with 以 (its unit as the object of the means)
    text = "扎兰屯市河西街道以综治中心实体化运行为抓手,全年化解矛盾纠纷180件。\n"
    assert [c.agency_raw for c in cases_of(text)[1]] == ["扎兰屯市河西街道综治中心"]
    # a place leading a body is a place the dataset knows: not 锦旗 (锦 + 旗)
    text = "锦旗,是群众最大的褒奖。近日,某人民法庭成功调解一起相邻关系纠纷,当事人送来锦旗。\n"
    assert [c.agency_raw for c in cases_of(text)[1]] == [None]


def test_a_reposts_original_title_line_above_the_body_ends_nothing():
    text = ("东岭省立案公益诉讼案件4744件\n东岭省立案公益诉讼案件4744件\n原标题:东岭省立案公益诉讼案件4744件\n"
            "东岭日报讯 从省检察院获悉,全省检察机关共立案公益诉讼案件4744件,提起诉讼164件。\n"
            "原标题:东岭省立案公益诉讼案件4744件\n")
    meta, cases = cases_of(text)
    assert len(cases) == 1 and "提起诉讼164件" in text[cases[0].char_start:cases[0].char_end]
    assert not text[cases[0].char_start:cases[0].char_end].rstrip().endswith("4744件\n原标题")


def test_a_reports_honours_laid_out_a_line_each_are_entries_inside_it():
    text = ("2016年,安康市法律援助中心超额完成全年办案2420件工作任务,全市受理法律援助案件2872件,增长18.7%。\n"
            "旬阳县司法局、白河县司法局荣获2016年度全省法律援助案件质量评查优秀单位;\n"
            "我市4个案例荣获2016年度全省优秀法律援助典型案例,承办单位分别是:汉滨区148法律服务所、镇坪县法律援助中心;\n"
            "镇坪县律师易某某荣获法律援助项目优秀案件承办人。\n")
    assert [a for a, _ in entries_read(text)] == ["安康市法律援助中心", "旬阳县司法局", "白河县司法局",
                                               "汉滨区148法律服务所", "镇坪县法律援助中心"]
    # one honour told in a work report's prose is no roll
    prose = ("2016年,安康市法律援助中心超额完成全年办案2420件工作任务,全市受理法律援助案件2872件,增长18.7%,"
             "旬阳县司法局荣获全省优秀单位,办案质量位居全省前列。\n")
    assert [a for a, _ in entries_read(prose)] == ["安康市法律援助中心"]


def test_a_digests_dated_examples_of_lower_units_are_cases_but_not_in_one_agencys_report():
    digest = ("平安江西建设工作综述\n"
              "江西公安机关始终保持高压态势,全省刑事案件立案数下降19%,群众满意度达97.09%。\n"
              "铁腕重拳,战果丰硕。今年初,九江市公安局联合烟草部门历时81天跨省追查,行程7000余公里,成功捣毁制售假烟网络,"
              "抓获犯罪嫌疑人19人,涉案金额近亿元。\n"
              "1小时,紧急止损100万元。3月26日,抚州市公安局高新分局反诈中心快速响应,成功阻止一起100万元的电信诈骗案,"
              "民警第一时间赶到现场,通过耐心疏导将受害人劝返。\n")
    assert [a for a, _ in segmented(digest)] == ["江西公安机关", "九江市公安局", "抚州市公安局高新分局"]
    report = ("山西省人民检察院发布公益诉讼典型案例\n"
              "山西省人民检察院深入推进公益诉讼检察工作,全年立案办理公益诉讼案件3200件。\n"
              "2019年3月,尖草坪区人民检察院向区水务局发出诉前检察建议,督促其履行辖区河道管理职责,"
              "清理河道垃圾120吨,整治排污口16个。\n")
    assert [a for a, _ in segmented(report)] == ["山西省人民检察院"]


def test_the_unit_an_honour_news_names_among_the_honoured_is_its_subject_not_the_issuer():
    text = ("淮阴法警大队荣获“全国法院先进集体”称号\n"
            "近日,最高人民法院下发《关于表彰全国法院先进集体、先进个人的决定》,授予201个集体“全国法院先进集体”称号,"
            "江苏省淮安市淮阴区人民法院司法警察大队名列其中。\n"
            "近年来,淮阴区法院法警大队围绕司法为民主线,持续推进司法警察工作正规化建设,全年完成押解任务1200余次。\n")
    assert [a for a, _ in segmented(text)] == ["江苏省淮安市淮阴区人民法院司法警察大队"]


def test_the_host_of_others_event_is_no_actor_when_its_deputy_speaks_next():
    from etl.segment import _actor_agency
    s = ("7月26日,省高院召开全省法院诉源治理现场会,发布典型案例10个。"
         "省高院党组成员、副院长某某讲话,马鞍山市中级人民法院作交流发言。")
    assert _actor_agency(s) == "马鞍山市中级人民法院"
    own = "市公安局召开夏季治安打击整治推进会,通报前期工作,全市破获刑事案件120起。"
    assert _actor_agency(own) == "市公安局"


def test_the_host_of_a_meeting_where_another_unit_presents_its_experience_is_no_actor():
    # no headline: the opening sentence is read with its paragraph, where the speaker is named
    text = ("7月26日上午,省高院召开全省法院诉源治理工作推进会,会议通报了上半年全省诉源治理工作情况。"
            "省高院党组成员、副院长某某讲话。市中院党组成员、副院长某某作经验交流发言。\n"
            "今年以来,马鞍山法院不断丰富完善“马鞍山经验”,上半年全市法院新收诉前调解纠纷12586件。\n")
    assert [a for a, _ in segmented(text)] == ["市中院"]
    own = ("省高院召开全省法院诉源治理工作推进会,会议通报了上半年全省诉源治理工作情况。\n"
           "上半年,全省法院新收诉前调解纠纷12万件,诉前调解成功率81.61%。\n")
    assert [a for a, _ in segmented(own)] == ["省高院"]


def test_the_units_listed_after_an_honour_told_the_sentence_before_are_its_winners():
    text = ("辽宁新增6家全国公安机关执法示范单位\n"
            "9月8日,记者从省公安厅获悉,公安部近日命名“全国公安机关执法示范单位”,我省共有6家单位获此殊荣。\n"
            "这6家单位分别是:沈阳市公安局经侦支队、大连市公安局执法办案管理中心、丹东市公安局元宝分局、大石桥市公安局。"
            "据了解,该奖项每两年评选一次。\n")
    assert entries_read(text) == [(a, "全国公安机关执法示范单位") for a in
                               ("沈阳市公安局经侦支队", "大连市公安局执法办案管理中心", "丹东市公安局元宝分局", "大石桥市公安局")]
    # with no honour told before, 这几个单位分别是 lists no winners
    plain = ("全市公安机关开展执法规范化建设。\n"
             "这4家单位分别是:沈阳市公安局经侦支队、大连市公安局执法办案管理中心、丹东市公安局元宝分局、大石桥市公安局。\n")
    assert len(entries_read(plain)) <= 1


def test_a_contests_results_told_unit_by_unit_are_a_case_each():
    text = ("12月23日下午,分局举办基层基础工作精品案例评比活动,各派出所,刑警、交警大队等10个案例参加评比。\n"
            "通过现场演示角逐,刑警大队“打造数据战队强引擎”案例获评一等奖,潞城派出所“深度融合警网提升基层治理效能”、"
            "交警大队“打通民意快车道”案例获评二等奖,芙蓉派出所“‘破小案’服务‘大民生’”案例获评三等奖。\n")
    assert segmented(text) == [("刑警大队", "打造数据战队强引擎"), ("潞城派出所", "深度融合警网提升基层治理效能"),
                               ("交警大队", "打通民意快车道"), ("芙蓉派出所", "‘破小案’服务‘大民生’")]
    # the brand first, its unit in brackets
    brands = ("近日,全省基层检察院特色品牌建设成果展示会在省检察院举行。\n"
              "最终“天涯蓝盾”(三亚市城郊检察院)特色品牌获得一等奖,“乐于奉献 检在心中”(乐东县检察院)、"
              "儋检护小侬(儋州市检察院)两个特色品牌获得二等奖。\n")
    assert segmented(brands) == [("三亚市城郊检察院", "天涯蓝盾"), ("乐东县检察院", "乐于奉献 检在心中"),
                                 ("儋州市检察院", "儋检护小侬")]
    # names starting 和… keep it, and the grades may be told a line each
    lines = ("全市法院精品案例评比揭晓。\n和平区人民法院“和美调解”案例获评一等奖。\n"
             "河西区人民法院“和谐共治”案例、南开区人民法院“一站式解纷”案例获评二等奖。\n")
    assert segmented(lines) == [("和平区人民法院", "和美调解"), ("河西区人民法院", "和谐共治"),
                                ("南开区人民法院", "一站式解纷")]
    # one unit's award is no list of results
    one = "近年来,某县人民法院深化诉源治理,“无讼村居”项目获评全省一等奖,诉前化解纠纷1200件。\n"
    assert len(segmented(one)) == 1


def test_a_place_honoured_in_honour_news_is_its_subject_not_the_organ_that_spread_its_practice():
    text = ("12月15日,平安中国建设表彰大会在北京举行。宁夏隆德县荣获2017—2020年度平安中国建设示范县。\n"
            "多年来,隆德县坚持以人民为中心,隆德县“125”矛盾纠纷排查化解机制被中央政法委列入新时代“枫桥经验”向全国推广。\n"
            "规范化建成县、乡、村综治中心122个。\n")
    assert [a for a, _ in segmented(text)] == ["宁夏隆德县"]
    from etl.segment import _actor_agency
    assert _actor_agency("该机制被中央政法委列入全国推广") is None   # who acts on the subject is not its actor


def test_places_run_into_one_sentence_each_with_its_quoted_practice_are_a_case_each():
    text = ("东岭省各地探索基层治理新路\n"
            "4月10日—12日,河北省举办综治中心建设培训,共2800余人参加。\n"
            "会上,各市交流了基层治理做法,有石家庄市长安区“三级联动”调处纠纷、保定市莲池区“四微共治”、"
            "邯郸市丛台区“老党员调解法”、邢台市信都区“小网格服务”等等,各具特色。\n")
    meta, cases = cases_of(text)
    assert [(c.agency_raw, c.title) for c in cases] == [
        ("石家庄市长安区", "三级联动"), ("保定市莲池区", "四微共治"), ("邯郸市丛台区", "老党员调解法"),
        ("邢台市信都区", "小网格服务")]
    # the report's lead goes to the first practice: its figures are in a case
    assert cases[0].char_start < text.index("2800余人") < cases[0].char_end


def test_a_selections_list_a_line_per_winner_brand_then_unit_is_a_case_each():
    text = ("喜报!首届全省法院十佳文化品牌揭晓\n"
            "10月8日,首届全省法院文化品牌评选会召开,评出十佳文化品牌名单。\n"
            "首届全省法院十佳文化品牌\n"
            "海韵法苑 福建省厦门市思明区人民法院\n"
            "泉城法韵 山东省济南市历下区人民法院\n"
            "林海·丹心 吉林省敦化市人民法院\n")
    assert segmented(text) == [("福建省厦门市思明区人民法院", "海韵法苑"), ("山东省济南市历下区人民法院", "泉城法韵"),
                               ("吉林省敦化市人民法院", "林海·丹心")]
    # people honoured a line each (name, court) are no brands
    people = ("第二届十佳法官名单揭晓\n评出十佳法官名单。\n第二届十佳法官\n张三丰 北京市第一中级人民法院\n"
              "李四光 北京市第二中级人民法院\n王五 北京市朝阳区人民法院\n")
    assert len(segmented(people)) <= 1


def test_places_honoured_with_huoshou_are_on_the_roll():
    text = ("平安湖北建设工作会议4月8日召开。会上表彰了平安湖北建设工作先进,我市江夏区、蔡甸区获授“平安金鼎”,"
            "新洲区荣获“平安银鼎”。\n近年来,全市群众安全感达99.1%。\n")
    assert [a for a, _ in entries_read(text)] == ["江夏区", "蔡甸区", "新洲区"]


def test_a_digest_visiting_places_in_turn_gives_a_case_each():
    text = ("省委政法委供图\n"
            "从79.2%到86.5%,群众安全感年年提升,平安建设成效明显。近年来,我省着力推进社会治理现代化。\n"
            "在西宁市,建成平安示范街区,推行社区“掌上议事厅”,还有治安“三色预警”机制;\n"
            "在海东市,乡村技防工程覆盖城乡,群众安全感不断增强;\n"
            "在玉树藏族自治州,“村社联防”综合治理模式成效明显;\n")
    assert [a for a, _ in segmented(text)] == ["西宁市", "海东市", "玉树藏族自治州"]


def test_places_that_won_a_named_honour_are_on_the_roll_but_not_a_plain_gain():
    text = ("2021年度社会治理创新典型案例颁奖暨交流活动在江苏省南京市举行。\n"
            "活动由某媒体联合主办,最终评选出一批社会治理创新典型案例。吉林省延边州敦化市、湖南省长沙市雨花区、"
            "重庆市江北区获得最佳案例。\n")
    assert [a for a, _ in entries_read(text)] == ["吉林省延边州敦化市", "湖南省长沙市雨花区", "重庆市江北区"]
    news = ("漯河获评“平安中国建设示范市”荣誉称号\n"
            "来源:某某新闻网 | 2021-12-21 10:05:00\n"
            "日前,平安中国建设表彰大会在北京召开。会上,漯河市获得“2017—2020年度平安中国建设示范市”荣誉称号。\n")
    assert [a for a, _ in entries_read(news)] == ["漯河市"]
    plain = "近年来,射阳县人民法院推行诉前调解,海河镇、兴桥镇获得群众好评,化解纠纷1200件。\n"
    assert [a for a, _ in entries_read(plain)] == ["射阳县人民法院"]


def test_a_selections_winners_listed_project_then_unit_in_brackets_are_a_case_each():
    text = ("7月11日,由市委政法委、市法学会主办的重庆市政法领域十大改革最佳实践评选活动结果揭晓。\n"
            "评选出的十大最佳范例分别是:5G“车载便民法庭” 打造老百姓家门口法院(市高法院);"
            "迭代升级综调机制3.0版打造“渝事荣易解”品牌(荣昌区委政法委);“警快办”——不见面就能办(市公安局)。\n"
            "据悉,此次评选活动先后共征集到89个实践范例。\n")
    assert segmented(text) == [("市高法院", "5G“车载便民法庭” 打造老百姓家门口法院"),
                               ("荣昌区委政法委", "迭代升级综调机制3.0版打造“渝事荣易解”品牌"),
                               ("市公安局", "“警快办”——不见面就能办")]


def test_paragraphs_opened_by_two_lower_units_of_the_reports_kind_are_its_examples():
    text = ("雪城公安:把调解送到田间地头\n"
            "近年来,黑龙江省哈尔滨市公安局坚持和发展新时代“枫桥经验”,聚焦农忙时节的矛盾纠纷,推动纠纷就地化解。\n"
            "依兰县公安局针对邻里之间可能出现的小摩擦、小矛盾,通过民警走访入户、发放警民联系卡、公开服务热线等方式,"
            "把纠纷预防工作做在前面,遇到纠纷及时介入调处,防止矛盾升级激化。\n"
            "方正县公安局借助各行政村、自然屯的广播系统,每天分时段定时播报纠纷预防常识和求助渠道等内容,"
            "引导村民理性表达诉求,促进邻里和睦相处。\n")
    assert [a for a, _ in segmented(text)] == ["黑龙江省哈尔滨市公安局", "依兰县公安局", "方正县公安局"]
    # one such paragraph is the report's own story told through its unit
    one = text.rsplit("方正县", 1)[0]
    assert [a for a, _ in segmented(one)] == ["黑龙江省哈尔滨市公安局"]


def test_units_a_report_says_emerged_as_models_are_its_examples():
    text = ("2024年以来,江西省深化矛盾纠纷多元化解,涌现出瑞金派出所、井冈山人民法庭等一批全国“枫桥式公安派出所”,"
            "91.5%的矛盾纠纷在基层化解,群众安全感达98.9%。\n")
    assert entries_read(text)[1:] == [("瑞金派出所", "枫桥式公安派出所"), ("井冈山人民法庭", "枫桥式公安派出所")]
    unnamed = text.replace("全国“枫桥式公安派出所”", "先进典型")
    assert entries_read(unnamed)[1:] == [("瑞金派出所", "先进典型"), ("井冈山人民法庭", "先进典型")]
    plain = "2024年以来,江西省深化矛盾纠纷多元化解,涌现出好做法、好经验等一批成果,91.5%的矛盾纠纷在基层化解。\n"
    assert len(entries_read(plain)) == 1


def test_units_each_building_its_brand_run_into_one_sentence_are_a_case_each():
    text = ("请到家门口的法庭——定西市陇西县人民法庭“一庭一特色”建设纪实\n"
            "来源:某某政法网 责任编辑:某某\n"
            "发布时间:2023-05-10\n"
            "文峰法庭打造“诉源治理法庭”品牌、首阳法庭打造“中药材法庭”品牌、云田法庭打造“ 乡风文明法庭 ”品牌 ……"
            "近日,记者走进定西市陇西县几个基层人民法庭,感受特色法庭带来的变化。\n")
    meta, cases = cases_of(text)
    assert meta.title.startswith("请到家门口的法庭")      # not the source line under it
    assert [(c.agency_raw, c.title) for c in cases] == [
        ("文峰法庭", "诉源治理法庭"), ("首阳法庭", "中药材法庭"), ("云田法庭", "乡风文明法庭")]


def test_a_phrase_with_de_is_no_agency_name():
    from etl.segment import _valid_agency
    assert not _valid_agency("请到家门口的法庭")
    assert _valid_agency("陇西县人民法院")


def test_a_visit_told_stop_by_stop_gives_a_case_per_unit_visited():
    text = ("6月3日至4日,由省委政法委组织的新闻采访活动走进扬州。记者深入基层,"
            "在扬州市检察院第四检察部,了解公益诉讼办案的新举措;在扬州经济开发区公安分局,探寻警务机制改革的做法;"
            "在广陵区东关街道司法所,体会基层公共法律服务的温度。\n")
    assert [a for a, _ in segmented(text)] == ["扬州市检察院第四检察部", "扬州经济开发区公安分局", "广陵区东关街道司法所"]
    # two stops are a visit, not a list of practices
    two = text.replace(";在广陵区东关街道司法所,体会基层公共法律服务的温度", "")
    assert len(segmented(two)) == 1


def test_a_releases_labelled_typical_cases_are_a_case_each():
    text = ("近年来,四川省检察机关围绕省委部署,立足检察职能,形成了一批典型案例。本次发布的十个案例覆盖“四大检察”。\n"
            "案例一:泸州市龙马潭区人民检察院督促保护罗沙贡米特色农产品种质资源行政公益诉讼案。罗沙贡米是四川省首个"
            "获得地理标志的大米品种,该院督促相关部门划定保护区1200亩。\n"
            "案例二:北川羌族自治县人民检察院督促保护传统村落行政公益诉讼系列案。该院把传统村落和羌寨保护作为履职重点,"
            "督促修缮古建筑36处。\n")
    assert [a for a, _ in segmented(text)] == ["泸州市龙马潭区人民检察院", "北川羌族自治县人民检察院"]


def test_case_labels_may_read_an_shi_li():
    text = ("云南法院人民法庭建设典型案(事)例发布\n"
            "云南高院12日召开新闻发布会,发布一批人民法庭建设典型案(事)例。\n"
            "案(事)例一:宣威市人民法院板桥人民法庭凝聚多方力量,推行“法庭+网格”联调,与综治中心、派出所联合化解纠纷280件,"
            "调解成功率达93%。\n"
            "案(事)例二:仁怀市人民法院茅台人民法庭服务白酒产业发展,在产区设立巡回审判点3个,联合行业协会审结涉酒纠纷210件,"
            "助力产业健康发展。\n")
    assert [a for a, _ in segmented(text)] == ["宣威市人民法院板桥人民法庭", "仁怀市人民法院茅台人民法庭"]


def test_the_unit_whose_case_a_report_names_in_a_frame_is_an_example():
    text = ("内蒙古自治区检察院发布公益诉讼检察典型案例\n"
            "近日,内蒙古自治区检察院发布2025年全区公益诉讼检察典型案例10件,涵盖山林草原、河湖水资源等关键领域。"
            "在呼和浩特市赛罕区检察院督促整治网络直播销售食品不规范行为行政公益诉讼案中,检察机关督促下架问题食品120批次。\n")
    assert [a for a, _ in segmented(text)][1:] == ["呼和浩特市赛罕区检察院"]


def test_an_honour_roll_runs_back_over_commas_and_a_division_after_a_unit_is_its_parents():
    text = ("日前,在全省法院开展的“先锋岗”示范创建活动中,滨州中院执行一庭、环资庭,无棣县法院刑事审判庭,"
            "博兴县法院行政审判庭被命名为“齐鲁天平先锋岗,滨城区法院被命名为“司法为民示范法院”。\n"
            "3月27日上午,省法院举行全省法院示范活动命名授牌仪式,滨城区法院现场接受命名授牌。\n")
    assert entries_read(text) == [("滨州中院执行一庭", "齐鲁天平先锋岗"), ("滨州中院环资庭", "齐鲁天平先锋岗"),
                               ("无棣县法院刑事审判庭", "齐鲁天平先锋岗"), ("博兴县法院行政审判庭", "齐鲁天平先锋岗"),
                               ("滨城区法院", "司法为民示范法院")]


def test_organs_in_turn_after_a_dateline_and_a_year_are_named_by_their_place():
    text = ("漳州政法机关努力建设更高水平的平安漳州\n"
            "福建法治报-海峡法治在线12月1日讯 2019年,漳州全市法院受理执行案件26110件,执结26466件,执行标的到位额72.73亿元;"
            "漳州全市公安机关深化“漳州110”警务改革,破获刑事案件3000余起,刑事警情同比下降12%。\n"
            "近年来漳州政法机关从学思践悟入手,坚决贯彻落实党中央决策部署,推动政法工作取得新成效。\n")
    # (the news's lead tells nothing of its own: the organs' cases are the report's)
    assert [a for a, _ in segmented(text)] == ["漳州市法院", "漳州市公安机关"]


def test_a_place_written_with_or_without_its_level_word_is_one_peer():
    from etl.segment import _are_peers, _actor_agency
    assert not _are_peers(["深圳市检察院", "安徽省淮北市检察院", "深圳检察机关"])
    assert _are_peers(["深圳市检察院", "安徽省淮北市检察院", "杭州检察机关"])
    assert _actor_agency("漳州政法机关努力建设更高水平的平安漳州") == "漳州政法机关"


def test_a_year_then_month_and_day_dateline_dates_the_page():
    text = ("2024 03/14 12:11:48\n来源:新华网\n\n平安辽宁丨沈阳公安夯实基层治理效能\n"
            "新华网沈阳3月14日电 沈阳公安落实全国公安厅局长座谈会精神,化解矛盾纠纷1200件。\n")
    meta = describe_document(text)
    assert (str(meta.published_date), meta.year) == ("2024-03-14", 2024)


def test_units_shortlisted_in_a_selection_and_the_heads_of_two_tallies_are_an_entry_each():
    text = ("今年8月,公安部启动第二批“枫桥式公安派出所”评选命名工作,湖北省公安厅迅速部署开展评选推荐工作。\n"
            "经过逐级推荐、资格审查,武汉市公安局经济技术开发区分局神龙派出所、大冶市公安局灵乡派出所、"
            "南漳县公安局东巩派出所等19个公安派出所入围申报参评全国第二批“枫桥式公安派出所”。\n")
    assert [a for a, _ in entries_read(text)] == ["武汉市公安局经济技术开发区分局神龙派出所", "大冶市公安局灵乡派出所",
                                               "南漳县公安局东巩派出所"]
    from etl.segment import _roll_items
    assert [n for _, n in _roll_items("西安市未央区人民法院未央宫人民法庭等25个人民法庭和西安市雁塔区人民法院"
                                      "高新开发区人民法庭等122个人民法庭")] == [
        "西安市未央区人民法院未央宫人民法庭", "西安市雁塔区人民法院高新开发区人民法庭"]


def test_one_agencys_report_stays_one_case_whatever_organs_and_honours_it_names():
    centre = ("东岭县综治中心实体化运行\n东岭县综治中心整合信访、调解等力量,全年受理群众诉求3200件,化解率达98%。"
              "县法院派驻法官在中心设立诉调对接工作室,诉前化解矛盾纠纷560件,同比上升12%。"
              "县司法局派驻人民调解员12名,调解婚姻家庭纠纷300余件,调解成功率达到96%。\n")
    assert len(cases_of(centre)[1]) == 1
    procuratorate = ("全市检察机关深化公益诉讼\n全市检察机关立案办理公益诉讼案件1200件,同比上升15%,发出诉前检察建议860件。"
                     "市公安局移送涉嫌破坏生态环境犯罪线索35件,检察机关全部依法审查并提起公诉,挽回损失1200万元。\n")
    assert len(cases_of(procuratorate)[1]) == 1
    court = ("鼓楼区人民法院推进诉源治理,全年诉前调解成功案件5600件,同比上升21%,万人起诉率下降8%。\n"
             "鼓楼区人民法院立案庭被评为全国法院先进集体;\n"
             "鼓楼区人民法院少年庭荣获全国青年文明号。\n")
    assert len(cases_of(court)[1]) == 1
    police = ("闽侯县公安局深化警务改革,全年破获刑事案件1200起,同比上升18%,电诈案件下降30%。"
              "在闽侯县人民检察院参与制定的联合工作方案中,双方明确了提前介入重大案件的工作流程和时限。\n")
    assert [c.agency_raw for c in cases_of(police)[1]] == ["闽侯县公安局"]


def test_a_list_of_typical_cases_named_by_their_places_gives_a_case_each():
    text = ("最高人民检察院发布公益诉讼典型案例\n"
            "10月10日上午,最高人民检察院召开新闻发布会,发布检察公益诉讼全面实施两周年典型案例17件。\n"
            "1.湖北省武汉市青山区长江武惠堤段违法堆存固体废物破坏生态环境系列案\n"
            "2.云南省安宁市温泉地下水资源保护公益诉讼系列案\n"
            "3.陕西省扶风县渭河沿线砂石企业违法占地破坏资源环境案\n")
    assert segmented(text) == [("湖北省武汉市青山区", "长江武惠堤段违法堆存固体废物破坏生态环境系列案"),
                               ("云南省安宁市", "温泉地下水资源保护公益诉讼系列案"),
                               ("陕西省扶风县", "渭河沿线砂石企业违法占地破坏资源环境案")]


def test_a_breadcrumb_trail_is_no_title_and_a_meetings_venue_is_no_reports_place():
    from etl.agencies import resolve_agency
    text = ("设为首页 加入收藏\n"
            "平安某某网 > 要闻 > 正文\n"
            "我市首获全国综治“长安杯”\n"
            "日前,全国社会治安综合治理表彰大会在北京召开。会上,我市获评全国社会治安综合治理优秀市,首次捧得“长安杯”。"
            "市委政法委有关负责人表示,将继续深化平安建设。\n")
    from etl.agencies import document_province
    meta, cases = cases_of(text)
    assert meta.title == "我市首获全国综治“长安杯”"
    assert document_province(text) is None                     # 北京 is only where the meeting was
    assert document_province("表彰大会在北京隆重召开。会议在四川成都举行。") is None
    # …and a title of honour (…综合治理优秀市) is no city before 市委政法委
    assert [resolve_agency(c, text, meta).name for c in cases] == ["市委政法委"]
    # a formula with one > in a sentence is no breadcrumb
    assert describe_document("“1+5>6”工作法助推未成年人综合司法保护\n漳县检察院探索“一案五查”,制发检察建议7份。\n").title \
        == "“1+5>6”工作法助推未成年人综合司法保护"


def test_a_title_under_a_sites_menu_and_its_subtitle_name_the_report():
    from etl.agencies import resolve_agency
    menu = "".join(f"  • {w}\n" for w in ("首页", "要闻关注", "国际国内", "龙江新闻", "民生关注", "经济农业",
                                           "文化旅游", "教育体育", "科技健康", "法治在线", "数字报刊"))
    text = (menu + "  • 黑龙江新闻网 >> 法治在线\n"
            "    守护公平正义 服务龙江发展\n"
            "    黑龙江全省法院2024年工作回眸\n"
            "    某中级人民法院法官开展巡回审判。\n"
            "    全省法院干警参加业务培训。\n"
            "    全年收案85.1万件,同比下降12.3%,诉前调解纠纷51.2万件,诉源治理成效明显。\n")
    meta, cases = cases_of(text)
    assert meta.title == "守护公平正义 服务龙江发展"
    assert [resolve_agency(c, text, meta).name for c in cases] == ["黑龙江省高级人民法院"]


def test_listed_places_grouped_by_county_are_one_winner_each():
    text = ("东岭市命名平安建设示范乡镇\n"
            "近日,东岭市命名表彰12个平安建设示范乡镇(街道)。\n"
            "首批命名的示范乡镇(街道)分别是:江夏区金口街道、山坡镇;汉南区纱帽街道;蔡甸区奓山镇、永安镇;"
            "新洲区旧街管理区、双柳镇。\n")
    meta, cases = entries_of(text)
    assert [c.agency_raw for c in cases] == ["江夏区金口街道", "江夏区山坡镇", "汉南区纱帽街道", "蔡甸区奓山镇",
                                             "蔡甸区永安镇", "新洲区旧街管理区", "新洲区双柳镇"]
    # the report's lead (and its figures) belongs to the first winner
    assert cases[0].char_start == text.index("近日")
    # a clause that does more than name places is one practice with its subject
    acts = ("东岭市发布基层治理创新案例\n入选案例分别是:荆州区、汉南区联合建立调解中心;蔡甸区推行网格化管理;"
            "新洲区打造“一站式”平台。\n")
    assert [c.agency_raw for c in entries_of(acts)[1]] == ["荆州区", "蔡甸区", "新洲区"]     # (荆州区, not 荆 + 州)


def test_each_grade_before_its_units_gives_one_case_per_unit():
    text = ("东岭市举办人民调解卷宗评比\n"
            "11月5日,市司法局举办年度人民调解卷宗评比,共收到参评卷宗30份。"
            "会上为一等奖青山县桥头乡、白水县城东街道人民调解委员会报送的卷宗,二等奖白水县河口镇人民调解委员会"
            "报送的卷宗颁发证书;对团体一等奖获得者青山县司法局,二等奖获得者白水县司法局颁发了奖牌。\n")
    meta, cases = cases_of(text)
    assert [(c.agency_raw, c.title) for c in cases] == [
        ("青山县桥头乡人民调解委员会", "一等奖"), ("白水县城东街道人民调解委员会", "一等奖"),
        ("白水县河口镇人民调解委员会", "二等奖"), ("青山县司法局", "一等奖"), ("白水县司法局", "二等奖")]
    assert cases[0].char_start == text.index("11月5日")      # the lead (and its 30份) in the first


def test_a_places_courts_report_then_its_other_organs_in_turn():
    text = ("本报讯 2023年,湖南法院受理各类案件50.2万件,同比下降3.1%。\n"
            "省人大常委会听取了湖南省高级人民法院工作报告。\n"
            "会议还听取了湖南省人民检察院的工作报告。湖南省人民检察院检察长李某表示,湖南检察机关推行“少捕慎诉”,深化认罪认罚从宽制度,"
            "今年以来不捕率为25%。\n"
            "此外,记者从湖南省公安厅了解到,全省推广“社区警务”模式,80%以上派出所建立调解室。\n")
    from etl.segment import _organs_in_turn, _lines
    organs = _organs_in_turn(text, _lines(text), "湖南法院")
    assert [(name, text[a:a + 6]) for a, _, _, name in organs] == [("湖南检察机关", "湖南检察机关"),
                                                                   ("湖南省公安厅", "湖南省公安厅")]
    # one court's own report names no organs together, nor does a county court's short name
    assert _organs_in_turn(text, _lines(text), "湖南市中级人民法院") == []
    assert _organs_in_turn(text.replace("湖南", "吴江"), _lines(text.replace("湖南", "吴江")), "吴江法院") == []
    # a place whose name starts with 从 (从江县) is not read as 从 + 江县
    county = ("从江县委政法委统筹推进平安建设。\n从江县人民法院深化诉源治理,诉前化解纠纷1200件,同比上升12%。\n"
              "从江县公安局推行“网格警务”,刑事警情同比下降15%,破获案件320起。\n")
    assert [name for *_, name in _organs_in_turn(county, _lines(county), "从江县委政法委")] == ["从江县人民法院", "从江县公安局"]


def test_a_briefings_paragraphs_told_by_peer_units_officials_are_a_case_each():
    text = ("本报讯 近日,全省公安机关新闻发布会举行,三个州市公安局负责人介绍了各地做法。\n"
            "据普洱市公安局副局长王某介绍,普洱市公安机关完善立体化防控网络,盗窃案件下降12.6%,电诈案件下降21.3%。\n"
            "西双版纳傣族自治州公安局副局长李某说,州公安机关严打走私犯罪,涉边案件同比下降40.2%。\n"
            "“我们推行村警共治,聘请村级联络员800名。”红河哈尼族彝族自治州公安局党委副书记张某说,联络员协助排查隐患,"
            "化解纠纷260余起。\n")
    assert [c.agency_raw for c in cases_of(text)[1]] == ["普洱市公安局", "西双版纳傣族自治州公安局",
                                                        "红河哈尼族彝族自治州公安局"]


def test_place_names_longer_than_eight_characters_are_places():
    from etl.agencies import PLACE_RE
    for name in ("德宏傣族景颇族自治州", "双江拉祜族佤族布朗族傣族自治县", "云南省德宏傣族景颇族自治州"):
        assert PLACE_RE.match(name + "公安局").group(0) == name


def test_numbered_contents_lines_whose_subtitle_opens_with_a_place_are_cases():
    text = ("东岭省发布一批商事纠纷化解典型案例,供各地参考。\n目 录\n"
            "1.多元共治化解商事纠纷——台州市黄岩区商会调解的实践\n"
            "2.府院联动护航企业——绍兴市柯桥区法院与工商联协同化解纠纷\n"
            "3.跨域协作解纷——金华东阳市商会调解模式的探索\n")
    assert segmented(text) == [("台州市黄岩区", "多元共治化解商事纠纷"), ("绍兴市柯桥区法院", "府院联动护航企业"),
                               ("金华东阳市", "跨域协作解纷")]
    # a subtitle that names no place is a title's second half
    plain = ("工作经验汇编\n1.多元共治化解商事纠纷——商会调解的实践\n2.府院联动护航企业——协同化解纠纷的探索\n")
    assert segmented(plain) == [(None, "工作经验汇编")]


def test_case_labels_alone_on_their_line_take_the_unit_acting_in_their_first_paragraph():
    text = ("案(事)例一\n建立未成年人保护联动机制\n一、基本情况\n"
            "为破解侵害未成年人案件线索少的难题,2020年5月,江西省检察院联合省民政厅建立线索移送机制,移送线索15条。\n"
            "二、典型意义\n该机制凝聚了保护合力。\n"
            "案(事)例二\n守护校园周边安全\n一、基本情况\n"
            "2021年9月,广东省检察院在专项监督中发现校园周边存在安全隐患,制发检察建议20份。\n")
    assert segmented(text) == [("江西省检察院", "建立未成年人保护联动机制"), ("广东省检察院", "守护校园周边安全")]


def test_units_honoured_one_by_one_in_a_sentence_are_an_entry_each():
    text = ("东岭法院表彰优秀法庭\n"
            "3月5日,天津法院召开会议进行表彰。决定授予静海区法院团泊法庭“优秀人民法庭特别奖”称号,"
            "授予武清区法院杨村法庭等8家法庭“优秀人民法庭”称号,授予宝坻区法院口东法庭等9家法庭“单项贡献奖”称号。\n")
    assert [a for a, _ in entries_read(text)] == ["静海区法院团泊法庭", "武清区法院杨村法庭", "宝坻区法院口东法庭"]
    cases = entries_of(text)[1]
    assert [c.char_start for c in cases] == [text.index(n) for n in ("静海区", "武清区", "宝坻区")]
    assert all(a.char_end <= b.char_start for a, b in zip(cases, cases[1:]))      # each up to the next


def test_lower_units_of_the_reports_kind_honoured_in_its_clauses_are_cases():
    text = ("本报讯 2月3日,长治市召开新闻发布会,长治公安发布年度工作情况。\n"
            "2023年,长治市公安机关围绕中心服务大局,依法打击各类违法犯罪,聚焦群众反映强烈的突出问题,持续开展专项整治"
            "行动,破获刑事案件同比上升21.4%,坚持重大案件快侦快破,全年破获积案9起。\n"
            "坚持预防为主,不断夯实基层基础,全市公安机关深入开展矛盾纠纷源头化解,全年排查纠纷3620起,"
            "深化派出所规范化建设,襄垣县公安局古韩派出所被公安部命名为全国“枫桥式公安派出所”,"
            "武乡县公安局故城派出所被评为全省优秀派出所,沁县某村被评为全国民主法治示范村。\n"
            "优化政务服务,全市公安机关推出便民措施12条。\n")
    cases = cases_of(text)[1]
    assert [c.agency_raw for c in cases] == ["长治市公安机关", "襄垣县公安局古韩派出所", "武乡县公安局故城派出所"]
    assert cases[1].char_end <= cases[2].char_start         # two honoured in one sentence: each up to the next


def test_a_unit_the_report_takes_as_its_example_is_a_case_inside_it():
    text = ("宝山公安分局推进“平安指标”建设\n"
            "近年来,宝山公安分局以“平安指标”为牵引,推动报警总量持续下降,2022年报警类警情较上年下降4.1%。\n"
            "以新桥派出所为例,所内每天开展警情“复盘会”,民警轮流通报警情处置情况,全年闭环处置风险隐患280处。\n"
            "下一步,分局将持续深化基层治理。\n")
    assert [c.agency_raw for c in cases_of(text)[1]] == ["宝山公安分局", "新桥派出所"]
    # the report's own place taken as its example is no other case
    own = ("杭州市司法局推进机构改革\n杭州市司法局梳理机构改革以来的工作,以杭州市为例,全面总结法治建设规律,"
           "建成公共法律服务中心15个。\n")
    assert [c.agency_raw for c in cases_of(own)[1]] == ["杭州市司法局"]


def test_a_compilations_contents_entries_that_open_with_a_place_are_cases():
    text = ("2024年平安建设经验汇编\n一、各级党委\n"
            "1.定西市平安创建经验谈……………1 2.曲靖市夯实平安建设根基…………3 "
            "3.新时代基层平安建设的几点思考………………6 4.北京市东城区社区平安共治小记…………9\n")
    assert [a for a, _ in segmented(text)] == ["定西市", "曲靖市", "北京市东城区"]
    meta, cases = cases_of(text)
    assert cases[1].char_start == text.index("2.曲靖市") and cases[1].char_end < text.index("3.新时代")
    # contents followed by the articles themselves: the articles' own reading, not the contents'
    body = "".join(f"{p}深入推进平安建设,坚持源头治理,完善矛盾纠纷多元化解机制,全年化解纠纷{n}件,群众安全感持续提升,"
                   "平安建设考评位居全省前列,为经济社会发展营造了安全稳定的社会环境。\n" for p, n in
                   (("定西市", 3000), ("曲靖市", 2000), ("东城区", 1000)))
    assert [a for a, _ in segmented(text + body)] != ["定西市", "曲靖市", "北京市东城区"]


def test_units_a_meeting_visited_each_with_its_quoted_practice_are_cases():
    text = ("东岭市公安机关经验交流会召开\n"
            "观摩中,与会代表依次观摩了玉舍镇“警民共治”道路交通联动机制、阿戛派出所“四微四员”基层治理"
            "工作经验、蟠龙派出所“两级联调”工作机制、钟山区公安局巡防勤务做法等特色亮点。\n")
    assert segmented(text) == [("玉舍镇", "警民共治"), ("阿戛派出所", "四微四员"), ("蟠龙派出所", "两级联调")]


def test_courts_listed_as_rated_excellent_are_an_entry_each_with_the_report_around_them():
    text = ("东岭市法院执行考核位列全省前茅\n"
            "日前召开的执行工作总结会通报,东岭市各基层法院年度执行考核成绩居全省前列,全年执结案件1.2万件。\n"
            "其中,宁乡市人民法院、浏阳市人民法院、长沙县人民法院考核结果为优秀,受到省高院通报表扬。\n")
    meta, cases = entries_of(text)
    assert [c.agency_raw for c in cases] == ["宁乡市人民法院", "浏阳市人民法院", "长沙县人民法院"]
    assert cases[0].char_start < text.index("1.2万件") < cases[0].char_end     # the lead's figure is in a case
    assert cases[1].char_start == text.index("浏阳市")                           # each from its own name


def test_units_honoured_clause_by_clause_without_a_tally_are_an_entry_each():
    text = ("关于表彰全省公安系统先进集体的决定\n"
            "各市人民政府,省政府各部门:\n"
            "为表彰先进,省政府决定,授予东阳市公安局“模范公安局”荣誉称号;授予义乌市公安局稠城派出所、"
            "嘉兴市公安局南湖分局新兴派出所“人民满意派出所”荣誉称号;授予湖州市公安局刑侦支队“优秀刑警队”荣誉称号。\n")
    assert [a for a, _ in entries_read(text)] == ["东阳市公安局", "义乌市公安局稠城派出所", "嘉兴市公安局南湖分局新兴派出所",
                                               "湖州市公安局刑侦支队"]


def test_units_whose_heads_tell_their_experience_at_a_meeting_are_a_case_each():
    text = ("本报讯 3月5日,全市公安机关基层基础工作推进会在市公安局召开。\n"
            "会上,宁远县公安局城关派出所所长周立新、道县公安局西洲派出所所长何建华、江永县公安局潇浦派出所所长蒋红梅"
            "先后讲述了本所化解邻里纠纷、守护一方平安的做法。会议要求各地对照先进找差距。\n")
    assert [a for a, _ in segmented(text)] == [
        "宁远县公安局城关派出所", "道县公安局西洲派出所", "江永县公安局潇浦派出所"]
    # people listed as attending tell nothing: the meeting's host stays the one case
    present = text.replace("先后讲述了本所化解邻里纠纷、守护一方平安的做法", "出席会议")
    assert len(segmented(present)) == 1


def test_a_county_officials_bureau_after_the_county_post_takes_the_county():
    text = ("全市治安工作片区会在岳阳县召开。\n"
            "岳阳县副县长、县公安局局长彭志远,平江县副县长、县公安局局长李卫国,华容县副县长、县公安局局长曾凡明"
            "分别介绍了本地打击整治电信网络诈骗的经验,与会人员进行了深入交流。\n")
    assert [a for a, _ in segmented(text)] == ["岳阳县公安局", "平江县公安局", "华容县公安局"]


def test_places_counted_with_their_organ_that_report_experience_are_a_case_each():
    text = ("运城市法院诉源治理工作推进会召开\n"
            "5月12日,运城市中级人民法院召开诉源治理工作推进会。会上,永济、河津、芮城3个法院"
            "结合本院推进诉源治理的实践作了交流发言。会议对下一步工作作出部署。\n")
    assert [a for a, _ in segmented(text)] == ["永济法院", "河津法院", "芮城法院"]
    # the count must be the number of places listed
    assert len(segmented(text.replace("3个法院", "4个法院"))) == 1


def test_units_a_visit_stops_at_in_one_clause_are_a_case_each():
    text = ("9月8日,省检察院调研组来我市调研未成年人检察工作,市检察院检察长陪同。\n"
            "调研组先后到市检察院未成年人检察工作室、新罗区检察院法治教育基地、市青少年活动中心、"
            "漳平市检察院观护基地进行实地调研,并召开座谈会听取意见。\n")
    assert [a for a, _ in segmented(text)] == ["市检察院", "新罗区检察院", "漳平市检察院"]


def test_units_before_a_checked_tally_that_are_honoured_or_report_are_an_entry_each():
    honoured = ("临沧市人民政府关于表彰平安建设先进县的决定\n"
                "各县(区)人民政府:\n"
                "一、对矛盾纠纷化解成效突出、群众安全感持续提升的凤庆、云县、永德、镇康等4县授予平安建设先进县称号。\n"
                "二、希望受表彰的县再接再厉。\n")
    assert [a for a, _ in entries_read(honoured)] == ["凤庆", "云县", "永德", "镇康"]
    # a tally that does not fit the list (5 named as 4) is not read as one
    assert len(entries_read(honoured.replace("等4县", "等5县"))) == 1
    spoke = ("全市社会治理现场推进会召开\n"
             "会上,市司法局、南湖区委政法委、秀洲区法院、嘉善县社会治理中心等4家单位作了交流发言。"
             "会议对下一阶段工作进行了部署。\n")
    assert [a for a, _ in entries_read(spoke)] == ["市司法局", "南湖区委政法委", "秀洲区法院", "嘉善县社会治理中心"]
    # bare places counted as courts are the courts
    three = ("2023年,广州法院的审判监督工作成效明显,越秀、海珠、荔湾等3家法院报送的案例入选全省精品案例。\n")
    assert [a for a, _ in entries_read(three)] == ["越秀法院", "海珠法院", "荔湾法院"]


def test_an_editors_note_listing_speakers_is_not_split():
    text = ("编者按:全省司法行政工作会议日前召开。南京、无锡、徐州、常州等4个市司法局负责同志作了交流发言,现摘登如下。\n"
            "近年来,南京市司法局深入推进公共法律服务体系建设,建成公共法律服务站1200个,群众满意率达98.5%。\n")
    assert len(segmented(text)) == 1


def test_a_visit_walking_through_sites_takes_units_and_communities_not_schools():
    text = ("调研组一行先后走进双流区司法局、双流区黄水镇司法所、市第三中学以及双流区东升街道白衣社区等点位,实地参观了"
            "“院坝说法”等基层法治建设项目。\n")
    assert [a for a, _ in segmented(text)] == ["双流区司法局", "双流区黄水镇司法所", "双流区东升街道白衣社区"]


def test_a_grade_of_unit_is_no_agency():
    from etl.segment import _valid_agency
    assert not _valid_agency("市级示范司法所")
    assert not _valid_agency("县级综治中心")
    assert _valid_agency("庐江县汤池司法所")
    assert _valid_agency("高级人民法院") and _valid_agency("中级人民法院")     # (a court's level, not a grade)
    text = ("庐江县汤池司法所建成调解室、法律援助工作站,全年调解纠纷120件,调解成功率98%,"
            "今年被评为市级示范司法所。\n")
    assert all("级" not in (a or "") for a, _ in segmented(text))


def test_sibling_units_sharing_their_unit_word_are_a_case_each():
    text = ("近年来,我市法院深入推进人民法庭建设。\n"
            "南岗、北湖、西岭法庭获评全省新时代人民法庭建设优秀案例;东湖法庭家事审判工作受到省法院通报表扬。"
            "全市27个法庭配备员额法官54名,审结案件1.2万件。\n")
    assert [a for a, _ in segmented(text)] == ["南岗法庭", "北湖法庭", "西岭法庭"]
    # …not when the listed names carry their own unit word (a tally's list)
    own = text.replace("南岗、北湖、西岭法庭获评", "南岗法院、北湖法院、西岭法庭获评")
    assert "南岗法院法庭" not in [a for a, _ in segmented(own)]
    # every sentence stays inside a case: the last sibling's case runs to the report's end
    meta, cases = cases_of(text)
    assert cases[-1].char_end >= text.index("1.2万件")


def test_a_roll_of_dashed_lines_naming_the_unit_before_the_year_of_its_honour():
    text = ("这些集体先后荣获表彰\n"
            "近年来,总站坚持把服务各族群众作为基层建设的重要内容。\n"
            "——那曲边境管理支队(原那曲公安边防支队),2012年荣获“全国民族团结进步模范集体”。\n"
            "图为民警为牧民送医送药\n"
            "——昌都边境管理支队,2021年荣获“全国民族团结进步示范单位”。\n")
    agencies = [a for a, _ in entries_read(text)]
    assert "那曲边境管理支队" in agencies and "昌都边境管理支队" in agencies
    assert agency_type_of("昌都边境管理支队") == "police"


def test_a_bodys_report_outside_the_system_gives_the_places_organs_in_turn():
    text = ("关于法治化营商环境建设情况的调研报告\n"
            "——2024年9月12日在常州市人大常委会会议上 常州市人大常委会法制工委主任 王立 主任、各位委员: "
            "今年以来,市人大常委会聚焦法治化营商环境开展专题调研。调研发现,各部门协同发力,营商环境持续改善。"
            "市法院推行涉企案件“快立快审”,审结商事案件8600件,平均审理周期缩短12天;"
            "市检察院开展涉企“法治体检”,走访企业410家,提出风险防范建议260条;"
            "市公安局推行涉企警情“一站受理”,统筹开展入企检查,涉企检查频次下降28%。\n")
    meta, cases = cases_of(text)
    # (the congress's own lead tells no result: the organs' practices are the report's cases)
    assert [c.agency_raw for c in cases] == ["市法院", "市检察院", "市公安局"]


def test_an_organ_told_again_in_another_numbered_part_of_the_report_is_another_practice():
    text = ("关于法治化营商环境建设情况的调研报告\n"
            "今年以来,常州市人大常委会聚焦法治化营商环境开展专题调研。现将有关情况报告如下:\n"
            "(一)健全制度,筑牢法治根基。市法院推行涉企案件“快立快审”,审结商事案件8600件,平均审理周期缩短12天;"
            "市司法局清理涉企规范性文件41件,建立涉企立法意见征集“直通站”,收集企业意见520余条。\n"
            "(二)优化服务,激发市场活力。市检察院开展涉企“法治体检”,走访企业410家,提出风险防范建议260条;"
            "市司法局建成“企业法务驿站”18个,为企业提供法律咨询3100余次。\n")
    meta, cases = cases_of(text)
    # (each part is a practice area: the justice bureau's practice in each is its own case)
    assert [c.agency_raw for c in cases] == ["市法院", "市司法局", "市检察院", "市司法局"]
    assert "驿站" in text[cases[3].char_start:cases[3].char_end]
    assert "驿站" not in text[cases[2].char_start:cases[2].char_end]
    # …told in one part, an organ's second sentence stays in its first practice
    one_part = text.replace("\n(二)优化服务,激发市场活力。", "")
    assert [c.agency_raw for c in cases_of(one_part)[1]] == ["市法院", "市司法局", "市检察院"]


def test_one_speaker_per_sentence_splits_no_story_and_a_speakers_unit_is_named_as_it_is():
    text = ("我市推进诉源治理成效明显\n"
            "据市中级人民法院院长张立介绍,全市法院今年诉前化解纠纷1.1万件。"
            "市检察院检察长王平表示,检察机关将深化公益诉讼。"
            "市司法局局长李红介绍,全市建成调解组织860个。\n")
    assert len(segmented(text)) == 1
    speakers = ("全市政法工作会议召开\n会上,雁塔区副区长、市公安局雁塔分局局长赵明,"
                "未央区副区长、西安市公安局未央分局局长钱亮,灞桥区副区长、区公安分局局长孙强,"
                "长安区副区长、区公安分局局长周峰分别介绍了本地经验。\n")
    agencies = [a for a, _ in segmented(speakers)]
    assert agencies == ["西安市公安局未央分局", "灞桥区公安分局", "长安区公安分局"]
    assert "雁塔区公安局雁塔分局" not in agencies            # nothing invented from the post before
    spoke = speakers.replace("雁塔区副区长、市公安局雁塔分局局长赵明", "据雁塔区人民法院院长赵明")
    assert "据雁塔区人民法院" not in [a for a, _ in segmented(spoke)]


def test_places_chained_after_a_for_example_are_examples_too():
    text = ("综治中心建设的荆楚实践\n"
            "近年来,湖北省各地推进综治中心规范化建设,群众反映问题“只进一扇门”。"
            "例如,襄阳市樊城区综治中心推行“多部门常驻、专业力量轮驻”模式,化解纠纷3200件。"
            "宜都市更探索“一窗受理、分流交办”机制,法院、检察院、司法局派员常驻。"
            "五峰土家族自治县则通过“调诉衔接”机制把矛盾化解在基层。这些做法值得总结推广。\n")
    agencies = [a for a, _ in segmented(text)]
    assert "宜都市" in agencies and "五峰土家族自治县" in agencies
    # a place sentence that does not follow an example is not read as one
    alone = text.replace("例如,襄阳市樊城区综治中心推行“多部门常驻、专业力量轮驻”模式,化解纠纷3200件。", "")
    assert "宜都市" not in [a for a, _ in segmented(alone)]
    # …and so are units chained by ；, naming their practice without quotes or figures
    courts = ("湖北法院服务营商环境\n湖北省高级人民法院发布一批创新事例。"
              "例如,宜昌法院与金融机构签订诉调对接协议,化解金融纠纷1200件；"
              "荆门法院与外省法院共建跨区域知识产权保护协作机制,打破区域壁垒,提升协同保护效能。\n")
    assert "荆门法院" in [a for a, _ in segmented(courts)]
    assert "孝感法院" not in [a for a, _ in segmented(courts.replace("。\n", "；孝感法院依托\n"))]   # (cut off: no practice)
    # a place's tribunal given as the example (如宁波宁海县的西店法庭…) is the tribunal, not the place
    tribunal = ("浙江法院推进诉源治理\n浙江省高级人民法院推动人民法庭参与基层治理,全省诉前化解纠纷12万件。"
                "如宁波宁海县的西店法庭,推行“引导分流+办案指导”模式,化解纠纷300件。\n")
    assert "宁波宁海县西店法庭" in [a for a, _ in segmented(tribunal)]


def test_a_province_before_the_titles_colon_is_where_the_story_is_filed():
    text = ("山西:调解前移化纠纷\n"
            "一场邻里纠纷在村口调解室化解,当事人握手言和。\n"
            "今年以来,山西省高级人民法院推动诉讼服务向乡村延伸,诉前化解纠纷8600件。\n")
    assert segmented(text)[0][0] == "山西省高级人民法院"
    # (a verb opens no station's name: the bureau convening its stations is the actor)
    bureau = text.replace("山西省高级人民法院推动诉讼服务向乡村延伸", "山西省司法厅专门召开全省司法所规范化建设推进会")
    assert segmented(bureau)[0][0] == "山西省司法厅"
    # no agency of the province acting in the lead: the region stays the case's
    other = text.replace("山西省高级人民法院", "晋城市城区人民法院")
    assert segmented(other)[0][0] == "山西"


def test_places_listed_before_one_organ_are_that_organ_each():
    text = ("平安建设表彰揭晓\n"
            "近日,中央综治委对全国平安建设先进集体予以表彰,全省上下深受鼓舞。"
            "此次表彰中,我省襄阳市、荆州市、十堰市及孝感市孝南区综治委榜上有名。\n")
    assert [a for a, _ in entries_read(text)] == ["襄阳市综治委", "荆州市综治委", "十堰市综治委", "孝感市孝南区综治委"]
    counted = ("人民调解宣传工作会议召开\n"
               "会议总结了近年来人民调解宣传工作成效,通报了表彰决定,部署了下一步工作。"
               "会上,赣州市、吉安市、南昌市3个设区市司法局获得全国人民调解宣传工作先进单位。\n")
    assert [a for a, _ in entries_read(counted)] == ["赣州市司法局", "吉安市司法局", "南昌市司法局"]
    # a count that does not fit the list shares nothing
    assert "赣州市司法局" not in [a for a, _ in entries_read(counted.replace("3个设区市", "5个设区市"))]


def test_the_named_unit_of_each_tally_in_an_honour_sentence_is_an_entry():
    text = ("我省普法先进名单揭晓\n"
            "全国普法先进名单近日揭晓。其中,我省绵阳市等4个城市被表彰为法治宣传教育先进城市,"
            "绵阳市涪城区等23个县(市、区)被表彰为法治宣传教育先进县(市、区),"
            "绵阳市总工会等23个单位被表彰为法治宣传教育先进单位,王某等3人被表彰为法治宣传教育模范个人。\n")
    assert [a for a, _ in entries_read(text)] == ["绵阳市", "绵阳市涪城区", "绵阳市总工会"]


def test_townships_are_units_of_an_honour_list():
    text = ("枫桥式工作法单位公布\n"
            "近日,全国“枫桥式工作法”单位名单公布,南京市栖霞区尧化街道、苏州市吴江区委政法委、淮安市淮阴区司法局"
            "以及泰州市泰兴市黄桥镇荣获全国“枫桥式工作法”单位称号。\n")
    assert [a for a, _ in entries_read(text)] == ["南京市栖霞区尧化街道", "苏州市吴江区委政法委", "淮安市淮阴区司法局",
                                               "泰州市泰兴市黄桥镇"]


def test_an_unquoted_honour_heading_over_lines_of_places_is_a_board():
    text = ("全国平安建设表彰公示\n"
            "近日,中央综治委对拟表彰的先进集体进行公示。\n"
            "拟表彰全国平安建设\n先进县(市、区、旗)\n▽\n德安县\n浮梁县\n婺源县\n"
            "快来看看有没有你的家乡!\n")
    assert [a for a, _ in entries_read(text)] == ["德安县", "浮梁县", "婺源县"]


def test_a_places_public_security_departments_are_not_the_ministry():
    text = ("道路安全整治见成效\n"
            "今年以来,咸宁市公安部门对照公安部部署整治道路隐患,亡人事故同比下降21%。\n")
    assert segmented(text)[0][0] == "咸宁市公安部门"


def test_a_board_on_a_page_of_short_lines_takes_the_lead_above_it():
    text = ("好消息!\n近日,中央综治委对拟表彰名单\n进行了公示\n我省有2个市、3个县入围\n"
            "拟表彰全国平安建设\n先进县(市、区、旗)\n德安县\n浮梁县\n婺源县\n")
    meta, cases = entries_of(text)
    assert [c.agency_raw for c in cases] == ["德安县", "浮梁县", "婺源县"]
    assert cases[0].char_start <= text.index("我省有2个市")      # (its figures belong to a case)


def test_a_lists_count_after_its_last_unit_is_checked_and_dropped():
    text = ("全省基层检察工作受表彰\n"
            "日前召开的全省检察工作会议表彰了一批先进单位,与会代表深受鼓舞。"
            "其中,东岭县人民检察院、西岭县人民检察院、南岭区人民检察院3家单位获“先进基层检察院”称号,"
            "北岭市人民检察院获“基层建设组织奖”。\n")
    assert [a for a, _ in entries_read(text)] == ["东岭县人民检察院", "西岭县人民检察院", "南岭区人民检察院",
                                               "北岭市人民检察院"]


def test_these_n_units_are_the_winners_of_the_honour_told_before():
    text = ("近日,在“2023年度某省青年文明号”评选活动中,我市法院系统3个青年集体获此殊荣。\n"
            "这3个集体是:城关区人民法院民事审判第一庭、七里河区人民法院研究室、西固区人民法院法警大队。\n"
            "上述集体处于执法办案第一线,展现了青春风采。\n")
    assert [a for a, _ in segmented(text)] == ["城关区人民法院民事审判第一庭", "七里河区人民法院研究室", "西固区人民法院法警大队"]


def test_the_provinces_own_units_are_roll_units():
    text = ("平安建设表彰会召开\n"
            "全省平安建设表彰会日前召开,会议对过去一年成绩突出的集体予以表彰。"
            "会上,省人民检察院、省司法厅2家单位获得平安建设先进单位荣誉称号,"
            "昆明市西山区人民检察院获得先进集体荣誉称号。\n")
    assert [a for a, _ in entries_read(text)] == ["省人民检察院", "省司法厅", "昆明市西山区人民检察院"]


def test_a_catalogue_flattened_onto_one_line_gives_each_units_item():
    text = ("公益诉讼典型案例目录 一、生态环境领域典型案例(3件) (1)东台市检察院诉东台市某局行政公益诉讼案 "
            "(2)某船业公司非法占用湿地公益诉前程序案——诉前磋商 (3)盐城市检察院诉李某某等5人民事公益诉讼案 "
            "二、食品药品安全领域典型案例(2件) (4)大丰区检察院督促区市场监督管理局依法履职案 "
            "(5)射阳县检察院诉王某某生产销售伪劣产品刑事附带民事公益诉讼案\n")
    agencies = [a for a, _ in segmented(text)]
    assert agencies == ["东台市检察院", "盐城市检察院", "大丰区检察院", "射阳县检察院"]
    # numbers out of order are no catalogue
    shuffled = text.replace("(3)", "(9)").replace("(4)", "(7)")
    assert len(segmented(shuffled)) < 4
    # one unit numbering its own measures is one practice
    own = ("东台市人民法院推行诉源治理\n东台市人民法院推行诉源治理工作。(1)东台市人民法院设立诉调对接中心,化解纠纷300件;"
           "(2)东台市人民法院推行巡回审判,开庭120次;(3)东台市人民法院建立法官进网格机制,覆盖村居100个。\n")
    assert len(segmented(own)) == 1


def test_the_unit_visited_to_learn_from_is_the_practices_not_the_visitor():
    text = ("5月10日,东岭市中级人民法院某院长带队到西岭县人民法院考察交流。西岭县人民法院院长陪同。\n"
            "座谈中,西岭县人民法院介绍了该院依托乡贤调解化解邻里纠纷的做法,今年诉前化解纠纷860件。\n")
    assert segmented(text)[0][0] == "西岭县人民法院"
    # a unit going out to do its own work, or to watch a trial, stays the actor
    own = text.replace("带队到西岭县人民法院考察交流", "带队到西岭县开展普法宣传")
    assert segmented(own)[0][0] == "东岭市中级人民法院"
    watch = text.replace("某院长带队到西岭县人民法院考察交流", "组织青年法官到西岭县人民法院观摩庭审")
    assert segmented(watch)[0][0] == "东岭市中级人民法院"


def test_railway_police_divisions_are_placed_agencies_and_peers_of_a_digest():
    from etl.segment import _placed_agency_opening
    assert _placed_agency_opening("临汾铁路公安处组织打击小分队进站上车") == "临汾铁路公安处"
    assert _placed_agency_opening("兰州铁路运输法院审理一起案件") == "兰州铁路运输法院"
    text = ("暑运铁路治安情况通报\n"
            "暑运以来,各地铁路警方把守护旅客平安出行作为头等大事,加强站车巡查和重点部位防控,"
            "全国铁路公安机关查处治安案件逾千起。\n"
            "各地铁路公安机关结合管内实际推出便民举措。柳州铁路公安处在候车室设立便民警务点,"
            "为旅客寻找失物、指引乘车,接受求助230次。怀化铁路公安处与沿线派出所建立联勤机制,共同守好站区秩序。\n"
            "西宁铁路公安处开展“清朗车厢”行动,组织乘警在列车上反复巡查,查获违禁品96件。"
            "南昌铁路公安处推行“一车一警”包保,把责任落实到每一趟列车,列车发案同比下降18%。\n")
    agencies = [a for a, _ in segmented(text)]
    # each division telling its result is a case; one telling none stays in the report's
    assert [a for a in agencies if a.endswith("公安处")] == ["柳州铁路公安处", "西宁铁路公安处", "南昌铁路公安处"]


def test_a_caption_over_a_related_link_is_no_heading_and_the_story_stays():
    text = ("检察官走村入户听民声 东岭检察工作扎根农村\n"
            "“那天有几个人到村里来,说是县检察院下来走访的,我就把听到的村里账目不清的事讲了。”西岭县某村村民老王对记者说。\n"
            "走访的检察官来自西岭县检察院。两年来,东岭市检察院在全市开展“进村入户”活动,要求检察官走到每个村庄和社区,"
            "把检察服务送到群众身边,全市已建立9个派驻基层检察室。\n"
            "相关阅读\n某市检察官讲述办案故事:一起小额借贷纠纷\n(点击图片查看视频)检察院\n某区检察院编印办案指引规范执法\n")
    meta, cases = cases_of(text)
    assert len(cases) == 1 and cases[0].char_start < text.index("走访的检察官")
    # the county is read past the running words glued before it (检察官来自西岭县)
    assert resolve_agency(cases[0], text, meta).name == "东岭市西岭县人民检察院"


def test_a_sentence_listing_units_named_methods_gives_each_unit_a_case():
    text = ("安庆市推广基层解纷经验\n"
            "近年来,安庆市政法机关坚持和发展新时代“枫桥经验”,基层涌现出一批解纷好办法,全市化解矛盾纠纷1.2万件。"
            "今年,安庆市总结推广宜秀区罗岭镇桃园村化解宅基地纠纷“板凳夜谈”工作法、"
            "宜秀区白泽湖乡柳塘社区化解邻里纠纷“三问三帮”工作法、桐城市人民检察院化解信访积案工作法、"
            "怀宁县公安局石牌派出所“一线调处”解纷法。\n"
            "这些方法在全市推开后,基层矛盾纠纷就地化解率明显提升。\n")
    agencies = [a for a, _ in segmented(text)]
    assert agencies[1:] == ["宜秀区罗岭镇桃园村", "宜秀区白泽湖乡柳塘社区", "桐城市人民检察院", "怀宁县公安局石牌派出所"]
    titles = [t for _, t in segmented(text)]
    assert titles[1] == "化解宅基地纠纷“板凳夜谈”工作法"
    # a list of tasks, not of units' methods, is no list of cases
    tasks = text.replace("宜秀区罗岭镇桃园村化解", "推广化解").replace("宜秀区白泽湖乡柳塘社区化解", "化解")
    assert len(segmented(tasks)) == 1


def test_a_releases_cases_listed_by_numbered_title_lines_are_cases():
    text = ("省检察院发布生态环境公益诉讼典型案例\n"
            "6月5日,四川省人民检察院召开新闻发布会,通报全省检察机关开展生态环境公益诉讼工作情况,"
            "发布了全省检察机关办理的4起生态环境公益诉讼典型案例,并就案件办理中的协作机制答记者问。"
            "会上还通报了与省生态环境厅会签协作意见、共建线索移送机制的情况。\n"
            "典型案例\n"
            "1. 阿坝州若尔盖县湿地草原生态修复公益诉讼案\n"
            "2.甘孜州石渠县长江源头非法采砂公益诉讼案\n"
            "3. 长江上游某水电站库区消落带保护公益诉讼案\n"
            "4.凉山州会理市铜矿尾矿库污染整治公益诉讼案\n")
    agencies = [a for a, _ in segmented(text)]
    # the news of the release is the publisher's case (named in full as its lead writes it);
    # a title naming no place gives none
    assert agencies == ["四川省检察院", "阿坝州若尔盖县", "甘孜州石渠县", "凉山州会理市"]


def test_a_headline_the_page_repeats_above_its_story_gives_the_copy_that_holds_it():
    text = ("正在阅读:丰都县:警民同心守护留守儿童平安\n"
            "丰都县:警民同心守护留守儿童平安\n"
            "来源:某某网 2024-07-02\n"
            "丰都县:警民同心守护留守儿童平安\n"
            "暑假来临,丰都县公安局名山派出所联合镇政府开展“护苗”行动,民警走访留守儿童家庭126户,"
            "为孩子们上安全教育课18场,辖区涉未成年人警情同比下降21%。\n")
    meta, cases = cases_of(text)
    assert len(cases) == 1
    assert text[cases[0].char_start:cases[0].char_end].count("126户") == 1


def test_the_unit_whose_case_is_honoured_is_the_subject_not_the_body_that_selected():
    text = ("日前,芜湖市检察机关优秀法律文书和典型案例评选结果揭晓,鸠江区人民检察院第一检察部办理的"
            "“督促整治长江岸线非法码头行政公益诉讼案”获评全市典型案例。\n"
            "近年来,鸠江区人民检察院坚持把办案质量放在首位,持续提升法律文书质量,以典型案例带动全院公益诉讼工作。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["鸠江区人民检察院"]


def test_units_telling_their_experience_in_one_sentence_are_cases():
    speakers = ("三地检察机关召开刑事检察协作座谈会\n"
                "座谈会上,福安市检察院检察长某某、寿宁县检察院检察长某某、周宁县检察院分管业务工作的副检察长某某"
                "分别结合本院实际,就加强协作、提升办案质效提出思路与举措。与会人员还就下一步工作进行了讨论。\n")
    assert [a for a, _ in segmented(speakers)] == ["福安市检察院", "寿宁县检察院", "周宁县检察院"]
    towns = ("县委政法委召开全县综治工作现场会\n"
             "与会人员观摩了该镇综治中心的运行情况。随后,东关、西岭、南坪和北湖镇的同志先后作了交流发言,"
             "介绍了各自排查化解矛盾纠纷的做法。\n")
    assert [a for a, _ in segmented(towns)] == ["东关镇", "西岭镇", "南坪镇", "北湖镇"]


def test_a_quote_led_scene_may_take_a_fourth_line_before_it_turns_to_its_subject():
    text = ("“楼道里的灯修好了!”“小区门口再也没人乱停车了!”……\n"
            "这天一早,在和平区某某里社区,“老李警务室”负责人老李正和志愿者们一起巡查楼院。\n"
            "一句“有事找老李”在社区居民中口口相传。有老人外出就医,把家里钥匙交给老李保管;独居老人生病住院,也是老李跑前跑后。\n"
            "作为全市第一个以社区民警名字命名的警务室,“老李警务室”是天津公安机关推进基层治理的缩影。"
            "近年来,天津公安机关持续打造社区警务团队,累计排查化解矛盾纠纷8.6万余起。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["天津公安机关"]


def test_a_meeting_held_at_a_place_is_about_the_host_units_practice_not_the_attendees():
    text = ("德阳市诉源治理工作推进会在中江县召开\n"
            "5月12日,德阳市诉源治理工作推进会在中江县召开,市中院党组书记、院长某某,市委政法委副书记某某,"
            "中江县县委常委、政法委书记某某及各区县法院负责人参加了会议。会议由市中院副院长某某主持。\n"
            "会前,与会人员实地参观了某镇无讼村居创建点,了解该点将乡贤调解与法官指导结合起来化解纠纷的情况。\n"
            "在中江县委、县委政法委的领导下,中江县法院积极探索“法官进网格”机制,今年诉前化解纠纷1200余件。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["中江县法院"]
    # a meeting at a place whose units show nothing: the attendees' report as before
    plain = text.replace("中江县法院积极探索", "全市法院积极探索")
    assert cases_of(plain)[1][0].agency_raw != "中江县法院"


def test_units_given_an_honour_listed_before_their_count_are_entries():
    text = ("全省法院表彰优秀人民法庭\n"
            "近日,省高院下发通报,决定授予马鞍山市含山县人民法院林头人民法庭、和县人民法院石杨人民法庭、"
            "当涂县人民法院护河人民法庭3个工作业绩突出的人民法庭“全省优秀人民法庭”荣誉称号。\n"
            "希望受表彰的法庭珍惜荣誉,再接再厉。\n")
    assert [a for a, _ in entries_read(text)] == ["马鞍山市含山县人民法院林头人民法庭", "和县人民法院石杨人民法庭",
                                               "当涂县人民法院护河人民法庭"]


def test_a_page_headline_with_its_province_still_reads_the_lower_units_inside_the_report():
    text = ("浙江:反诈专班上半年止付涉案资金过亿元\n"
            "记者近日从浙江省公安厅获悉,今年上半年,浙江公安机关反诈专班紧盯资金链、信息链,累计止付涉案资金1.2亿元,"
            "劝阻潜在受害群众3.5万人次,电信网络诈骗发案同比下降18%。\n"
            "各地结合实际推出新招。杭州市公安局反诈专班建立预警劝阻“一键直达”机制,上半年预警劝阻1.1万人次;"
            "宁波市公安局反诈专班联合银行设立止付专窗,止付资金3200万元;"
            "温州市公安局反诈专班组织民警进社区宣讲600余场,覆盖群众40余万人次。\n")
    agencies = [a for a, _ in segmented(text)]
    assert agencies[1:] == ["杭州市公安局", "宁波市公安局", "温州市公安局"]


def test_peers_told_in_two_paragraphs_of_a_report_are_all_cases():
    text = ("全省公安机关打击盗窃犯罪成效明显\n"
            "记者从浙江省公安厅获悉,今年以来,浙江公安机关深入开展打击盗窃犯罪专项行动,共破获盗窃案件1.2万起。\n"
            "据介绍,浙江公安机关把打击重点放在入室盗窃上,破案率提高15%。杭州市公安局打掉盗窃团伙12个,抓获嫌疑人86名;"
            "宁波市公安局破获一起跨省盗窃案件,追回被盗财物;温州市公安局破获一起盗窃电缆系列案件。\n"
            "针对群众反映强烈的扒窃犯罪,浙江公安机关组织开展集中打击。嘉兴市公安局在车站地区开展打扒行动5轮次;"
            "湖州市公安局打掉一个盗窃电动车团伙,破获案件100多起;绍兴市公安局抓获扒窃嫌疑人32名。\n"
            "下一步,全省公安机关将继续保持高压态势,坚决遏制盗窃犯罪多发势头,切实维护群众财产安全。\n")
    agencies = [a for a, _ in segmented(text)]
    assert agencies[1:] == ["杭州市公安局", "宁波市公安局", "温州市公安局", "嘉兴市公安局", "湖州市公安局", "绍兴市公安局"]


def test_review_probes_prose_is_no_list_of_units():
    from etl.segment import _method_unit, _names_its_practice
    # a township is no verb's object: 化解乡邻…, 推进乡村…
    assert _method_unit("宜秀区化解乡邻纠纷“和为贵”工作法") == "宜秀区"
    assert _method_unit("宜秀区罗岭镇化解村级债务纠纷“清单”工作法") == "宜秀区罗岭镇"
    # a Chinese numeral is a result only after a result verb (not 一起开展, 千家万户)
    prose = "嘉兴市公安局组织民警和志愿者一起开展夜间巡逻,走进千家万户"
    assert not _names_its_practice(prose, 0, len(prose))
    result = "湖州市公安局破获一起盗窃电缆系列案件"
    assert _names_its_practice(result, 0, len(result))
    # 乡村 is no township shared by a list of names
    towns = ("县委政法委召开平安建设现场会\n"
             "与会人员观摩了示范点。随后,平安、法治、诚信和文明乡村建设示范点的负责人先后作了交流发言。\n")
    assert not any(a and a.endswith("乡") for a, _ in segmented(towns))


def test_review_probes_a_meetings_attendee_is_not_its_host_unit():
    text = ("全市法院执行工作推进会在中江县召开\n"
            "5月12日,全市法院执行工作推进会在中江县召开,中江县法院院长某某及各区县法院负责人参加了会议。\n"
            "会议指出,德阳市中级人民法院今年以来深入推进执行攻坚,执结案件1.2万件,执行到位金额15亿元。\n")
    from etl.segment import _lines, _venue_unit
    assert _venue_unit(_lines(text), "中江县") is None
    acts = text.replace("会议指出,德阳市中级人民法院", "会上介绍,中江县法院")
    assert _venue_unit(_lines(acts), "中江县") == "中江县法院"


BRIEFS = ("政法快讯\n"
          "本周要闻\n"
          "最高法:近日发布一批涉企产权保护典型案例,要求各级法院依法平等保护各类市场主体合法权益。(最高法网站)\n"
          "社会治理|近日,南平市延平区人民法院联合区司法局在城区开设“共享法庭”12个,方便群众就近解纷。(延平法院)\n"
          "平安守护|3月2日凌晨,漳州市龙海区公安局巡特警大队在巡逻中救助一名落水群众,并将其安全送回家中。(龙海公安)\n"
          "三明市沙县区人民检察院 围绕生态环境保护开展公益诉讼专项监督,立案办理案件26件,督促修复林地80亩。(沙县检察)\n")


def test_page_of_news_briefs_gives_one_case_per_brief_an_agency_opens():
    cases = segmented(BRIEFS)
    assert [a for a, _ in cases] == ["最高法", "南平市延平区人民法院", "漳州市龙海区公安局巡特警大队", "三明市沙县区人民检察院"]
    _, spans = cases_of(BRIEFS)
    assert spans[1].title.startswith("近日,南平市延平区人民法院")     # the column tag is no part of the title
    assert all(BRIEFS[s.char_start:s.char_end].endswith(")") for s in spans)


def test_report_quoting_a_source_now_and_then_is_no_page_of_briefs():
    # two of four paragraphs end on a source: the report's own story is one case
    text = ("南平市延平区人民法院推进“共享法庭”建设\n"
            "今年以来,南平市延平区人民法院在城区和乡镇开设“共享法庭”12个,方便群众就近解纷。(延平法院)\n"
            "该院组织法官定期到共享法庭开展巡回审判,共化解矛盾纠纷300余件,群众满意度明显提升。\n"
            "该院还与区司法局建立诉调对接机制,引导当事人选择调解,调解成功率达到85%以上。(延平法院)\n"
            "下一步,该院将继续深化共享法庭建设,推动更多纠纷在基层得到实质化解,助力平安延平建设。\n")
    assert len(segmented(text)) == 1


def test_a_city_named_as_the_subject_in_a_systems_report_is_its_own_organ():
    text = ("全省检察机关扎实推进未成年人检察工作\n"
            "今年以来,甘肃省检察机关坚持“预防就是保护”理念,综合履职护航未成年人健康成长,取得明显成效。\n"
            "全省检察机关深入开展专项行动,制定重点任务清单8项,推动形成齐抓共管工作格局。"
            "张掖市创新打造“一站式”未检工作模式,联合30家单位建立观护基地,全年帮教涉罪未成年人52名。\n"
            "下一步,全省检察机关将持续深化综合履职,为未成年人撑起法治蓝天。\n")
    cases = segmented(text)
    assert [a for a, _ in cases][1:] == ["张掖市检察院"]
    assert cases[1][1].startswith("张掖市创新打造")
    # a place outside the report's region is no lower unit of it
    assert len(segmented(text.replace("张掖市创新打造", "西安市创新打造"))) == 1


def test_a_place_in_a_committees_report_is_no_organ_of_another_system():
    # the report's agency has no organ word of its own (a committee): the place stays unnamed
    text = ("全市平安建设工作综述\n"
            "今年以来,张掖市委政法委统筹推进平安建设,群众安全感持续提升,各项工作取得新成效。\n"
            "全市上下深入开展矛盾纠纷排查化解,化解纠纷3200件。甘州区创新打造“一站式”调解中心,化解纠纷800件。\n")
    assert not any(a == "甘州区检察院" for a, _ in segmented(text))


def test_a_page_cut_from_its_headline_keeps_its_short_lead():
    # no headline: the page opens on a short lead sentence, then longer paragraphs
    text = ("面对电诈犯罪多发态势,北川县公安局把反诈作为民心工程来抓,工作取得明显成效。\n"
            "据介绍,该县公安局在局内开辟专门空间作为反诈中心办公用房,投入资金200余万元进行升级改造,"
            "划分预警劝阻、资金处置、研判打击等功能区域,形成各司其职、密切配合的实战实体。\n"
            "同时,该局依托大数据平台开展精准预警,全年劝阻潜在受害群众3000余人次,挽回损失500余万元。\n")
    _, spans = cases_of(text)
    assert len(spans) == 1
    assert spans[0].char_start == 0


def test_the_story_under_a_list_of_units_is_the_unit_it_tells_of():
    text = ("好消息!我县一调委会拟获全国表彰\n"
            "全国模范人民调解委员会\n拟表彰名单\n"
            "东海市海事纠纷人民调解委员会\n"
            "南陵县青石镇人民调解委员会\n"
            "北岭县医疗纠纷人民调解委员会\n"
            "青石镇位于南陵县东部,辖12个行政村,总人口3万人。\n"
            "近年来,青石镇人民调解委员会坚持矛盾不出镇,全年调处各类纠纷320件,调解成功率达98%。\n")
    _, spans = entries_of(text)
    agencies = [s.agency_raw for s in spans]
    assert agencies == ["东海市海事纠纷人民调解委员会", "北岭县医疗纠纷人民调解委员会", "南陵县青石镇人民调解委员会"]
    story = spans[-1]
    assert text[story.char_start:].startswith("青石镇位于") and "全国模范" not in story.title
    assert text[spans[1].char_start:spans[1].char_end].strip() == "北岭县医疗纠纷人民调解委员会"
    # (the told unit's own line stays in a case: the rows still tile the list)
    line = text.index("南陵县青石镇人民调解委员会\n")
    assert any(s.char_start <= line < s.char_end for s in spans)


def test_the_work_behind_units_honoured_together_is_their_parents_entry():
    text = ("喜报!东海三家派出所获评全国“枫桥式公安派出所”\n"
            "今天,公安部公布了全国“枫桥式公安派出所”名单。东海市公安局北湖分局青石派出所、南山分局柳村派出所和西岭分局石桥派出所分别荣获“枫桥式公安派出所”称号。\n"
            "据介绍,自创建工作部署以来,东海公安机关紧密结合基层基础建设,动员全市300家派出所投入创建活动,全面提升派出所工作水平。\n"
            "期间,经逐级推荐、考察评估等环节,三家派出所脱颖而出。\n")
    _, spans = entries_of(text)
    assert [s.agency_raw for s in spans] == ["东海市公安局北湖分局青石派出所", "东海市公安局南山分局柳村派出所",
                                              "东海市公安局西岭分局石桥派出所", "东海公安机关"]
    work = spans[-1]
    assert text[work.char_start:].startswith("据介绍") and "300家" in text[work.char_start:work.char_end]
    assert "300家" not in text[spans[2].char_start:spans[2].char_end]


def test_each_case_a_selections_sentence_names_is_a_case():
    text = ("“2020年度十大执行案件”评选结果揭晓\n"
            "由某部门举办的“2020年度十大执行案件”评选结果日前揭晓,共报送参选案件120件。\n"
            "根据投票结果,最终确定上海静安法院某航空器执行案、四川崇州法院善意执行案、黑龙江高院执结亿元标的案、"
            "天津二中院引入第三方注资执结大案等4个案件入选。\n"
            "据介绍,获选案件社会关注度高、执行效果好。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["上海静安法院", "四川崇州法院", "黑龙江高院", "天津二中院"]
    from etl.agencies import resolve_agency, standard_name
    from etl.places import resolve_region
    names = []
    for s in spans:
        agency = resolve_agency(s, text, meta)
        region = resolve_region(agency, text[s.char_start:s.char_end], text, meta)
        names.append(standard_name(agency.name, region))
    assert names == ["上海市静安区人民法院", "崇州市人民法院", "黑龙江省高级人民法院", "天津市第二中级人民法院"]


def test_a_list_entry_whose_province_is_written_short_is_an_entry():
    text = ("全国创新社会治理典型案例揭晓\n最佳案例\n"
            "浙江省宁波市鄞州区:创新升级社区治理工作规程\n"
            "山东省济宁市嘉祥县:建立平安周例会制度\n"
            "福建南平市:创新突破整治库区用电秩序\n"
            "云南省昆明市:构建多民族共居社区治理新格局\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["浙江省宁波市鄞州区", "山东省济宁市嘉祥县", "福建南平市", "云南省昆明市"]


def test_a_section_cut_from_its_page_is_headed_by_its_numbered_heading():
    text = ("亮点一:党建引领政法工作走深走实\n"
            "以贯彻落实政法工作条例为抓手,党委政法委领导和管理政法工作的职能作用发挥更加明显,政法工作合力不断增强。\n"
            "年内东海州委政法委牵头组织开展了5期政治轮训,覆盖全州政法各部门干警1200人次。\n")
    _, spans = cases_of(text)
    assert len(spans) == 1 and spans[0].char_start == 0


def test_a_releases_titled_cases_are_each_the_court_that_tried_it():
    text = ("东海省高级人民法院发布劳动争议十大典型案例\n"
            "2023年,东海法院新收劳动争议一审案件57819件。东海省高级人民法院发布劳动争议典型案例。\n"
            "案例一:先予执行及时医治,依法保障工伤职工生存权\n"
            "【基本案情】2021年4月,某便利店安排黄某从事配送工作,后黄某在工作中受伤,申请先予执行医疗补助金12万元。\n"
            "【裁判情况】北湖区人民法院经审理认为,工伤保险待遇中的医疗补助金具有医疗费用的性质,裁定先予执行。\n"
            "案例二:维护哺乳期女职工岗位稳定\n"
            "【基本案情】董某入职某置业公司,双方约定工作地点为多个城市,后公司调整其工作地点。\n"
            "【裁判情况】南山县人民法院经审理认为,公司调岗缺乏合理性,判决公司支付工资差额3万元。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["北湖区人民法院", "南山县人民法院"]
    assert text[spans[1].char_start:].startswith("案例二")


def test_sections_numbered_by_the_page_layout_are_each_their_agencys():
    text = ("近日,东海省高院通报了全省基层法院参与综治中心建设典型经验。其中北湖区人民法院和南山县人民法院的经验做法入选。\n"
            "01\n北湖法院深度参与综治中心建设\n"
            "2024年以来,北湖法院推动诉讼服务中心入驻区综治中心,纠纷分流率从33%提升至73%,调解成功876件。\n"
            "02\n南山法院打造一站式解纷平台\n"
            "南山法院整合调解资源,全年诉前化解纠纷1200件,同比上升12%。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["北湖法院", "南山法院"]
    assert [text[s.char_start:s.char_end].split("\n")[1] for s in spans] == ["北湖法院深度参与综治中心建设",
                                                                              "南山法院打造一站式解纷平台"]


def test_a_digests_speeches_are_the_cases_not_the_sentence_naming_the_speakers():
    text = ("研讨班在北京举办。天津、河北、福建等3个省级检察院的检察长分别作交流发言。现将发言摘要刊发。\n"
            "推动法律监督与其他监督贯通协同\n"
            "近年来,天津检察机关积极推动法律监督与其他监督贯通协同,今年办理监督案件1200件,同比上升12%。\n"
            "以数字检察赋能法律监督\n"
            "河北检察机关坚持数字赋能,建成大数据监督模型30个,发现监督线索5000余条。\n"
            "做实公益诉讼守护绿水青山\n"
            "福建检察机关聚焦生态环境保护,立案办理公益诉讼案件2300件。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["天津检察机关", "河北检察机关", "福建检察机关"]
    assert [s.title for s in spans] == ["推动法律监督与其他监督贯通协同", "以数字检察赋能法律监督", "做实公益诉讼守护绿水青山"]


def test_a_national_roundups_sentences_opened_by_a_place_are_its_examples():
    text = ("专项斗争服务经济发展成效显著\n"
            "据最新消息,截至今年8月底,全国累计打掉涉黑组织3347个、查控资产3793亿余元,地方经济发展环境得到明显优化。\n"
            "——为重大战略护航。全国打掉农村涉黑涉恶组织4473个。河北打掉容城县“丁氏家族”等黑恶势力,服务了雄安新区建设。\n"
            "——为营商环境清淤。全国打掉强揽工程等涉黑组织1128个。海南万宁打掉25个黑恶组织后,市场主体增长65%。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans][1:] == ["河北省", "万宁市"]
    assert text[spans[2].char_start:spans[2].char_end].startswith("海南万宁打掉25个")


def test_a_roundups_sentence_opened_by_a_places_organ_is_the_organs_example():
    text = ("全国公安机关严打多发性侵财犯罪\n"
            "据公安部消息,春节以来全国公安机关保持严打高压态势,破获一批现行案件。\n"
            "河北省沧州市公安局破获一起持械抢劫案,抓获犯罪嫌疑人3名。海南万宁打掉25个盗窃团伙后,警情下降35%。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans][1:] == ["河北省沧州市公安局", "万宁市"]


def test_a_roundups_place_tells_its_paragraph_and_may_follow_a_short_lead():
    text = ("各地积极探索社会治理新举措\n"
            "交流会上,各地介绍了基层治理的新做法。\n"
            "江西引入行业性专业性调解组织,进驻各级矛调平台。近年来,江西各地每年排查矛盾纠纷20万件左右。\n"
            "海岸线长,这是广西化解涉海纠纷必须面对的特点。为此,广西北海、钦州等地整合涉海部门力量,构建“海上调解”体系。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans][1:] == ["江西省", "广西壮族自治区"]
    assert "20万件" in text[spans[1].char_start:spans[1].char_end]


def test_a_sentence_listing_places_practices_by_commas_gives_a_case_each():
    text = ("全省公安机关交流年度工作亮点\n"
            "2月6日,江苏省公安厅召开全省公安工作会议,听取各市公安局年度工作汇报。\n"
            "会上,各市公安局交流了一年来的亮点工作:南京市推行“警快办”一网通办模式、无锡市建成全域智慧安防小区、"
            "徐州市探索“警保联控”处置交通事故、常州市上线反诈预警劝阻平台、苏州市打造“平安前哨”工作站。\n"
            "会议要求,全省公安机关要持续深化改革创新,不断提升工作质效。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans][1:] == ["南京市公安局", "无锡市公安局", "徐州市公安局", "常州市公安局", "苏州市公安局"]
    assert [s.title for s in spans][2] == "无锡市建成全域智慧安防小区"
    # a list naming the places only, without their practices, gives none
    names = text.replace("推行“警快办”一网通办模式", "").replace("建成全域智慧安防小区", "").replace(
        "探索“警保联控”处置交通事故", "").replace("上线反诈预警劝阻平台", "").replace("打造“平安前哨”工作站", "等地作了交流")
    assert len(cases_of(names)[1]) == 1


def test_a_national_bodys_press_conference_gives_the_places_organs_practices_and_no_case_of_its_own():
    text = ("最高人民检察院举行新闻发布会介绍社区矫正监督工作\n"
            "本报讯 今天上午,最高人民检察院举行新闻发布会,第五检察厅负责人介绍了各地检察机关的新探索。\n"
            "该负责人说,针对社区矫正对象脱管漏管的问题,甘肃定西检察机关推动建立矫正对象电子围栏,与司法所每周比对轨迹信息。"
            "云南曲靖检察机关根据矫正对象的风险等级分类开展走访,并联合派出所建立异常情况通报机制。\n"
            "在教育帮扶方面,湖北省宜昌市等地检察机关探索引入社工力量,帮助矫正对象及其家庭修复关系,重新融入社区生活。"
            "河南洛阳涧西区检察院等单位则借助远程视频系统,开展线上训诫教育,构建全天候监督新平台。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["定西市检察机关", "曲靖市检察机关", "宜昌市检察机关", "洛阳市涧西区检察院"]
    assert text[spans[3].char_start:spans[3].char_end].startswith("河南洛阳涧西区检察院等单位")
    assert spans[3].title.startswith("借助远程视频系统")


def test_places_clauses_end_the_example_whose_paragraph_runs_into_them():
    text = ("公安政务服务“一窗通办”试点见成效\n"
            "记者从公安部获悉,各试点地方公安机关推进公安政务服务“一窗通办”,群众办事更加便捷。"
            "公安部部署在全国12个省份开展试点,各试点地方公安机关加强组织领导,成立工作专班,制定工作方案,"
            "梳理公布综合窗口可办事项清单,推动治安、户政、出入境、交管等业务在综合窗口一窗受理、集成办理。\n"
            "其中,江苏公安机关充分发挥派出所点多面广的优势,在户籍派出所增加其他警种高频事项。"
            "全省1200家派出所建成综合窗口；"
            "河北在石家庄、唐山等8个市政务服务中心设置公安综合窗口120个；"
            "福建平潭建成运行4个“一站式”公安政务服务中心,实现274项审批业务无须离岛。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans][1:] == ["江苏公安机关", "河北", "福建平潭"]
    assert text[spans[1].char_start:spans[1].char_end].endswith("综合窗口；")


def test_a_national_reports_short_sentence_of_a_places_organs_is_its_example():
    text = ("全国公安机关推进执法办案中心建设\n"
            "记者从公安部获悉,全国公安机关已建成执法办案管理中心2900个,执法办案质效有效提升。"
            "甘肃公安机关依托办案中心推行集约办案,统一看管涉案人员,有效保障办案安全。"
            "天津公安机关通过开展远程提讯、远程案件审核等,大大降低执法成本。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans][1:] == ["甘肃省公安机关", "天津市公安机关"]


def test_a_national_bodys_own_work_stays_its_case_beside_the_places_examples():
    # (no places' practices presented: the ministry's own work, its places' examples inside)
    text = ("全国检察机关深化社区矫正监督\n"
            "最高人民检察院部署开展社区矫正专项监督,全年纠正脱管漏管1200人。\n"
            "甘肃定西检察机关推动建立矫正对象电子围栏,与司法所每周比对轨迹信息,发现异常情况及时通报,督促整改。"
            "云南曲靖检察机关根据矫正对象的风险等级分类开展走访,并联合派出所建立异常情况通报机制,实现全程跟踪监督。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["最高人民检察院", "定西市检察机关", "曲靖市检察机关"]


@pytest.mark.parametrize("opening", ["新华社北京3月5日电 最高人民检察院今天发布,2024年共立案19万件。",
                                     "光明日报记者了解到,全国检察机关共办理案件12万件。",
                                     "同心协力推进诉源治理,全年诉前化解纠纷3000件。"])
def test_a_word_that_is_also_a_countys_short_name_opens_no_place_example(opening):
    text = ("全国检察工作综述\n" + opening + "\n河北打掉容城县“丁氏家族”等黑恶势力。海南万宁打掉25个黑恶组织后,市场主体增长65%。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans][1:] == ["河北省", "万宁市"]


def test_the_organ_a_survey_comes_from_is_not_the_place_it_ranks():
    text = ("辽宁铁岭群众安全感和满意率全省最高\n"
            "辽宁省综治委、省统计局最新发布的年度群众安全感调查结果显示,铁岭市群众安全感达到95.14%,居全省第一位。\n"
            "近年来,铁岭市坚持把平安建设作为民生工程,全市刑事案件同比下降12%。\n")
    meta, spans = cases_of(text)
    from etl.agencies import resolve_agency
    assert [resolve_agency(s, text, meta).name for s in spans] == ["铁岭市"]


def test_the_body_giving_an_honour_is_not_the_practices_agency():
    from etl.segment import _actor_agency
    assert _actor_agency("近日,司法部决定授予299个人民调解委员会“全国模范人民调解委员会”称号,东海县人民调解委员会位列其中。") != "司法部"
    assert _actor_agency("司法部出台意见,推进公共法律服务体系建设。") == "司法部"


def test_a_releases_items_labelled_shiliN_are_cases():
    text = ("东海公布智慧法院建设十大典型事例\n"
            "近日,东海省高级人民法院发布智慧法院建设十大典型事例,覆盖智慧服务、智慧审判等领域。\n"
            "事例1,北湖市中级人民法院研发虚假诉讼智能预警系统,累计预警疑似案件1200件。\n"
            "事例2,南山县人民法院建成在线调解平台,全年在线调解纠纷3000件。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["北湖市中级人民法院", "南山县人民法院"]


def test_a_lower_units_result_in_the_reports_region_is_its_example():
    text = ("六安市检察机关护航民营经济发展\n"
            "今年以来,六安市人民检察院坚持依法平等保护各类市场主体,全市检察机关办理涉企案件320件,同比上升15%。\n"
            "市检察院制定服务保障民营经济发展十条措施,健全涉企案件快速办理机制。金寨县人民检察院依法提前介入一起合同诈骗案,批准逮捕13名犯罪嫌疑人,挽回企业损失500万元。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans][1:] == ["金寨县人民检察院"]
    assert text[spans[1].char_start:].startswith("金寨县人民检察院依法提前介入")


# ---------------------------------------------------------------- units named only with an honour

_ROLL_WITH_ONE_STORY = (
    "全国模范!宜都一个调委会拟获司法部表彰\n司法部近日发布公示公告,其中宜都市一个人民调解委员会上榜。\n"
    "全国模范人民调解委员会\n拟表彰名单\n"
    "武汉市江夏区道路交通事故纠纷人民调解委员会\n阳新县医疗纠纷人民调解委员会\n"
    "宜都市五眼泉镇弭水桥村人民调解委员会\n"
    "近年来,弭水桥村人民调解委员会把调解工作落到实处,年均调解纠纷50余起,调解成功率98%。\n")


def test_units_a_roll_names_with_nothing_they_did_are_no_cases():
    assert len(entries_read(_ROLL_WITH_ONE_STORY)) == 3          # the roll is read…
    assert [a for a, _ in segmented(_ROLL_WITH_ONE_STORY)] == ["宜都市五眼泉镇弭水桥村人民调解委员会"]   # …its story is the case
    meta, cases = cases_of(_ROLL_WITH_ONE_STORY)
    assert [c.seq for c in cases] == [1]
    assert "年均调解纠纷50余起" in _ROLL_WITH_ONE_STORY[cases[0].char_start:cases[0].char_end]


def test_places_and_organs_named_only_with_their_honour_are_no_cases_beside_a_report():
    text = ("2016年,安康市法律援助中心全年办案2420件,全市受理法律援助案件2872件,增长18.7%。\n"
            "旬阳县司法局、白河县司法局荣获2016年度全省法律援助案件质量评查优秀单位;\n"
            "我市4个案例荣获全省优秀法律援助典型案例,承办单位分别是:汉滨区148法律服务所、镇坪县法律援助中心;\n")
    assert len(entries_read(text)) == 5
    assert [a for a, _ in segmented(text)] == ["安康市法律援助中心"]
    places = ("泉州市荣膺平安中国建设示范市\n15日上午,平安中国建设表彰大会召开。泉州市荣膺平安中国建设示范市,"
              "泉州市丰泽区荣膺平安中国建设示范县,泉州市委政法委荣膺平安中国建设先进集体。\n")
    assert len(entries_read(places)) == 3
    assert not {"泉州市丰泽区", "泉州市委政法委"} & {a for a, _ in segmented(places)}


def test_a_document_that_is_one_honoured_unit_keeps_its_case():
    text = "喜报\n长兴县公安局被评为“全国优秀公安局”。\n"
    assert len(cases_of(text)[1]) == 1


def test_a_cheer_opening_the_headline_is_layout():
    text = ("喜报!石门县人民法院获评“全省法院诉讼服务示范窗口单位”\n"
            "近日,湖南省高级人民法院公布了“全省法院诉讼服务示范窗口单位”评选结果,并予以通报表扬,石门县人民法院入选。"
            "近年来,石门县人民法院打造诉讼服务中心,设立8个服务窗口。\n")
    meta, cases = cases_of(text)
    assert meta.title == "石门县人民法院获评“全省法院诉讼服务示范窗口单位”"
    assert [resolve_agency(c, text, meta).name for c in cases] == ["石门县人民法院"]


def test_a_digest_paragraph_may_open_with_its_units_words_or_a_time_before_the_unit():
    text = ("公安英模代表与记者见面\n"
            "本报讯 公安系统英模代表日前与记者见面,讲述了各自的故事。\n"
            "福建省厦门市公安局思明分局莲前派出所所长某某表示,派出所把科技应用摆在首位,辖区警情同比下降21%。\n"
            "“3年来,我和战友们侦破电信网络诈骗案件3000余起,止损2亿余元。”上海市公安局浦东分局刑侦支队队长某某说,"
            "他们建立了止付快速通道。\n"
            "一年来,云南省昆明市公安局治安管理支队副支队长某某处置涉爆警情20余起,圆满完成安保任务。\n")
    meta, cases = cases_of(text)
    assert len(cases) == 3
    assert "3000余起" in text[cases[1].char_start:cases[1].char_end]
    assert text[cases[2].char_start:].startswith("一年来")


def test_a_briefs_short_form_subject_takes_the_full_name_its_opening_writes():
    text = ("记者从市公安局8日召开的新闻发布会上获悉,福州警方去年多项工作走在全省前列,执法工作满意率达95.29%。\n"
            "去年,福州警方创建合成作战体系,现行命案全破,八类暴力案件破案率达96.9%。\n"
            "此外,福州警方建立积分制考核制度。值得一提的是,涌现出“全国优秀公安基层单位”东街派出所,"
            "福清市公安局出入境管理大队等一大批先进典型。(福州日报记者 某某)\n")
    for page in (text, "福州警方多项工作走在全省前列\n" + text):      # (with a headline above the opening too)
        meta, cases = cases_of(page)
        assert len(cases) == 1                                # 福州警方 is the report's own unit, no example of it
        assert resolve_agency(cases[0], page, meta).name == "福州市公安局"


@pytest.mark.parametrize("furniture", ["第A12版:看无锡", "责任编辑:某某某", "文、图/某某某", "当前版:04版",
                                       "无锡日报 数字报纸", "00003版:法治新闻"])
def test_a_pages_label_or_credit_is_no_title(furniture):
    """(but a version named in a headline is: “枫桥经验”升级版:…)"""
    text = (furniture + "\n跨域立案 方便群众打官司\n"
            "宜兴市人民法院推行跨域立案服务,今年以来为群众办理跨域立案220件,平均用时缩短至20分钟。\n")
    assert describe_document(text).title == "跨域立案 方便群众打官司"


def test_an_honours_quoted_name_is_no_agency_and_we_are_the_honoured_unit():
    text = ("热烈祝贺我院被授予“广东省优秀法院”荣誉!\n"
            "(某某日报记者 某某)9月20日,广东省高级人民法院对全省优秀法院进行表彰。"
            "肇庆市怀集县人民法院被评为“全省优秀法院”,成为全省16个优秀法院之一。\n"
            "2009年以来,怀集法院大力开展“三创”活动,三年来受理各类案件8648件,年均结案率达到99.4%。\n")
    meta, cases = cases_of(text)
    assert len(cases) == 1 and resolve_agency(cases[0], text, meta).name.endswith("怀集县人民法院")


@pytest.mark.parametrize("paper", ["民主与法制周刊", "人民法院报"])
def test_a_paper_that_published_a_review_is_not_its_agency(paper):
    """(an organ's own outlet is the organ's: see the test below)"""
    text = ("2023年法治领域改革十大亮点\n发布日期:2024-01-12 来源:" + paper + " 作者:某某\n\n"
            "党的十八大以来,法治领域改革全面发力,在司法体制、社会治理等一系列重大改革上扎实推进,取得了显著的成效。\n\n"
            "各政法部门根据相关要求分别制定了工作规划和行动规划,一批改革举措落地见效。\n")
    meta, cases = cases_of(text)
    assert meta.publisher == paper
    assert paper not in {resolve_agency(c, text, meta).name for c in cases}


def test_districts_of_the_reports_city_written_alone_open_their_courts_clauses():
    text = ("阳泉市法院执行工作综述\n"
            "2018年,阳泉市中级人民法院举全院之力攻坚执行难,全市法院执结案件8200件,执行到位金额9.6亿元。"
            "各基层法院中,城区法院以繁简分流为抓手,优化执行力量;矿区法院立足工矿区特点,执结涉民生案件320件;"
            "郊区法院服务辖区企业,执结涉企案件410件;平定县法院打击拒执犯罪,判处12人;"
            "盂县法院开展专项活动,执行到位1.2亿元。\n")
    from etl.pipeline import extract_document
    named = [c["agency"] for c in extract_document(text.encode(), "x.txt").cases]
    assert named[1:] == ["阳泉市城区人民法院", "阳泉市矿区人民法院", "阳泉市郊区人民法院", "平定县人民法院", "盂县人民法院"]
    # with no city to read them under, a bare 城区/郊区 names no place
    elsewhere = text.replace("阳泉市", "某市")
    assert "城区法院" not in {c.agency_raw for c in cases_of(elsewhere)[1]}


@pytest.mark.parametrize("title", ["“枫桥经验”升级版:东岭县打造解纷新格局", "诉源治理2.0版：东岭法院再出发"])
def test_a_headline_naming_a_version_is_a_title(title):
    text = title + "\n东岭县人民法院推进诉源治理,今年诉前化解纠纷1200件。\n"
    assert describe_document(text).title == title



@pytest.mark.parametrize("outlet", ["东岭县人民法院新闻中心", "东岭县司法局工作简报"])
def test_an_organs_own_outlet_speaks_for_the_organ(outlet):
    text = ("2023年工作亮点\n发布日期:2024-01-12 来源:" + outlet + " 作者:某某\n\n"
            "一年来,各项工作扎实推进,取得了显著的成效,群众满意度持续提升。\n")
    meta, cases = cases_of(text)
    assert [resolve_agency(c, text, meta).name.startswith(outlet[:5]) for c in cases] == [True]


def test_a_district_whose_name_starts_with_shi_is_no_short_form():
    text = ("市中区法院深化诉源治理\n"
            "市中区人民法院在济南市中级人民法院指导下推进诉源治理,今年诉前化解纠纷1200件,同比上升15%。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["市中区法院"]


def test_an_entry_telling_a_deed_is_a_case_though_its_practice_looks_like_a_name():
    text = ("全市法院先进集体名单\n"
            "东岭县人民法院:创建智慧法院,荣获先进集体称号;\n"
            "西岭县人民法院:打造平安乡镇,荣获先进集体称号;\n"
            "南岭县人民法院:建立示范社区调解室,荣获先进集体称号;\n")
    assert len(segmented(text)) == 3


def test_the_first_unit_of_a_roll_is_judged_without_the_news_lead_it_holds():
    text = ("长沙中院辖区法院考核结果揭晓\n近日,湖南省高级人民法院通报了全省法院绩效考核结果,"
            "宁乡市人民法院、浏阳市人民法院、长沙县人民法院考核结果为优秀,受到省高院通报表扬。\n")
    assert len(entries_read(text)) == 3
    assert segmented(text) == []                              # three units named, none with a deed


def test_a_bureaus_report_then_its_countys_other_organs_tallies_in_turn():
    # the other organs are named bare (the county understood) and each tells a tally (共/已…)
    text = ("沅陵县专项斗争取得显著成效\n近日,沅陵县公安局介绍,三年专项斗争中,沅陵县公安机关共打掉恶势力团伙6个,破获刑事案件48起。\n"
            "3年来,沅陵县检察机关共起诉涉恶案件19件71人,批准逮捕21件33人;审判机关共判决涉恶案件18件70人,判处罚金600余万元,"
            "追缴违法所得2100余万元。\n"
            "今年以来,县公安局开展“夏季攻势”,抓获在逃人员12人。\n")
    meta, cases = cases_of(text)
    assert [c.agency_raw for c in cases] == ["沅陵县公安局", "沅陵县检察机关", "沅陵县审判机关"]
    assert resolved_names(text, meta, cases)[1:] == ["沅陵县人民检察院", "沅陵县人民法院"]
    # the bureau's own report tells no other organ's work unless as a tally: 检察机关推行… stays in it
    told = text.replace("共起诉", "推行认罪认罚,起诉").replace("共判决", "审结")
    assert [c.agency_raw for c in cases_of(told)[1]] == ["沅陵县公安局"]


def test_a_bureaus_own_lower_unit_after_qizhong_is_its_example_when_it_acts():
    text = ("南昌警方夏季行动战果显著\n"
            "今年以来,南昌市公安局深入推进夏季治安打击整治行动,共破获刑事案件1200余起,抓获犯罪嫌疑人860名。"
            "在打击养老诈骗中,全市公安机关重拳出击。其中,市公安局青山湖分局捣毁一个诈骗窝点,抓获犯罪嫌疑人9名,"
            "为60名老年人挽回损失320万元。\n"
            "全市刑事警情同比下降12.5%,电信网络诈骗案件同比下降18.3%。其中,西湖分局今年上半年刑事警情同比下降20.1%,"
            "电信网络诈骗案件同比下降25.6%。\n")
    meta, cases = cases_of(text)
    # (the short-form parent, 市公安局, is the report's own bureau; a share of its figure is no case)
    assert resolved_names(text, meta, cases) == ["南昌市公安局", "南昌市公安局青山湖分局"]
    assert text[cases[1].char_start:].startswith("市公安局青山湖分局捣毁")


def test_an_award_roll_of_units_each_over_its_practice_title_is_a_case_per_unit():
    text = ("2024年度全省政法领域改革创新优秀案例名单\n"
            "日前,省委政法委公布了2024年度全省政法领域改革创新优秀案例评选结果,共有4个案例入选。\n"
            "南京市中级人民法院\n“一站式”多元解纷机制建设\n"
            "苏州市公安局\n“警务大脑”助推社会治理现代化\n"
            "无锡市人民检察院\n公益诉讼“检察+”协作机制\n"
            "常州市委政法委\n矛盾纠纷联调联处工作法\n")
    meta, spans = cases_of(text)
    assert [(s.agency_raw, s.title) for s in spans] == [
        ("南京市中级人民法院", "“一站式”多元解纷机制建设"), ("苏州市公安局", "“警务大脑”助推社会治理现代化"),
        ("无锡市人民检察院", "公益诉讼“检察+”协作机制"), ("常州市委政法委", "矛盾纠纷联调联处工作法")]
    # a list of units' names alone stays a list of names (no unit's line is a practice's title)
    names = ("市禁毒委员会评选出3个单位为2023年度先进集体。\n荆州市公安局沙市区分局\n江汉检查站\n"
             "荆州市司法局强制隔离戒毒所\n荆州市第三中学\n")
    assert not any(s.title == "江汉检查站" for s in cases_of(names)[1])


def test_a_contents_page_dotting_each_unit_out_from_its_title_is_a_case_per_entry():
    # the units are whatever the page names (a street, a community, a 信访办), grouped by province
    text = ("全国“枫桥式工作法”入选单位事迹选登\n"
            "现将部分入选单位的工作法予以选登。\n目录\n"
            "北京\n1\n“接诉即办”前端化解工作法\n………………北京市东城区人民法院\n"
            "2\n物业纠纷“三方共议”工作法\n………………北京市朝阳区劲松街道\n"
            "河北\n3\n“五老”调解工作法\n………………河北省保定市莲池区五四路街道红星社区\n"
            "4\n信访积案“四个一”化解工作法\n………………河北省邢台市信访局\n")
    meta, spans = cases_of(text)
    assert [(s.agency_raw, s.title) for s in spans] == [
        ("北京市东城区人民法院", "“接诉即办”前端化解工作法"), ("北京市朝阳区劲松街道", "物业纠纷“三方共议”工作法"),
        ("河北省保定市莲池区五四路街道红星社区", "“五老”调解工作法"), ("河北省邢台市信访局", "信访积案“四个一”化解工作法")]
    # each entry's text runs from its title to its unit
    assert text[spans[0].char_start:spans[0].char_end].startswith("“接诉即办”")


def test_a_title_over_its_dashed_subtitle_above_the_dateline_is_the_title():
    text = ("深化诉源治理 推进市域社会治理现代化\n"
            "——关于全市矛盾纠纷多元化解工作的调研报告\n"
            "2024-05-20 中共嘉兴市委政法委课题组\n"
            "近年来,嘉兴市坚持把非诉讼纠纷解决机制挺在前面,全市万人成讼率同比下降12.5%。\n")
    assert describe_document(text).title == "深化诉源治理 推进市域社会治理现代化"
    # a dashed line that is the title itself stays the title
    assert describe_document("——记嘉兴市南湖区人民法院调解团队\n2024-05-20\n近年来,该团队化解纠纷3000余件。\n").title \
        == "——记嘉兴市南湖区人民法院调解团队"


def test_a_unit_listed_among_a_reports_feats_is_not_who_the_report_is_about():
    # the opening lists the city's feats, a county's centre among them; the practices are the city's own
    text = ("\n政法工作连着发展,连着民生。\n"
            "近年来,全市政法干警坚守一线。“孝感智治”获评全省政法智能化建设十佳案例、大悟县综治中心经验走进全省培训课堂……"
            "一个个故事体现了政法为民初心。\n"
            "今年以来,我市出台优化法治化营商环境十条措施,走访企业120家,收集意见建议35条。\n")
    meta, spans = cases_of(text)
    assert resolved_names(text, meta, spans) == ["孝感市"]     # (我市, of the 孝感 its feats name)
    # an agency that opens the sentence is still its actor
    opened = text.replace("“孝感智治”获评全省政法智能化建设十佳案例、大悟县综治中心", "大悟县综治中心")
    meta, spans = cases_of(opened)
    assert resolved_names(opened, meta, spans)[0] == "大悟县综治中心"


def test_a_city_overview_whose_organs_follow_its_political_legal_system_is_a_case_per_organ():
    # one paragraph: the system, then each organ in turn, the court and the justice bureau written short
    text = ("荆门市以改革创新推动政法工作提质增效\n2023-11-02 来源:荆门日报\n"
            "今年以来,荆门市政法系统紧紧围绕中心工作,坚持改革创新。我市出台《关于加强矛盾纠纷多元化解工作的实施意见》,"
            "建成市县乡三级综治中心86个,全年化解各类矛盾纠纷1.9万件。"
            "市中级法院深化诉源治理,在全市设立“法官工作室”41个,诉前调解成功案件6120件,同比上升18.4%。"
            "市检察院聚焦公益诉讼,办理生态环境和资源保护领域案件215件,挽回国有财产损失2400万元。"
            "全市司法行政系统打造“15分钟公共法律服务圈”,建成村(社区)法律服务室1900余个,提供法律咨询3.8万人次。\n")
    meta, spans = cases_of(text)
    assert resolved_names(text, meta, spans) == ["荆门市政法系统", "荆门市中级人民法院", "荆门市人民检察院", "荆门市司法行政系统"]
    assert [agency_type_of(n) for n in resolved_names(text, meta, spans)] == ["committee", "court", "procuratorate", "justice"]
    # the levels of a network (市县乡三级综治中心) are no unit, nor the system's subject
    assert all("三级" not in (s.agency_raw or "") for s in spans)


def test_a_contents_list_then_the_cases_written_out_gives_each_entry_its_written_case():
    text = ("最高检发布公益诉讼典型案例\n时间:2025-03-19\n目 录\n"
            "1.湖南省永州市检察机关督促保护摩崖石刻群行政公益诉讼案\n"
            "2.江苏省东海县人民检察院督促整治报废机动车回收拆解行业环境污染行政公益诉讼案\n"
            "3.贵州省人民检察院督促整治库区违建水上浮动设施行政公益诉讼案\n"
            "典型案例一:湖南省永州市检察机关督促保护摩崖石刻群行政公益诉讼案\n【关键词】\n"
            "行政公益诉讼 文物保护\n【基本案情】\n永州现存石刻2100余方,其中全国重点文物保护单位7处,检察机关督促修缮石刻32处。\n"
            "典型案例二:江苏省东海县人民检察院督促整治报废机动车回收拆解行业环境污染行政公益诉讼案\n【基本案情】\n"
            "东海县报废机动车回收拆解企业违规露天拆解,检察机关立案后督促整改企业12家。\n")
    meta, spans = cases_of(text)
    by_agency = {s.agency_raw: text[s.char_start:s.char_end] for s in spans}
    assert list(by_agency) == ["贵州省人民检察院", "湖南省永州市检察机关", "江苏省东海县人民检察院"]
    assert "修缮石刻32处" in by_agency["湖南省永州市检察机关"] and "整改企业12家" not in by_agency["湖南省永州市检察机关"]
    assert "整改企业12家" in by_agency["江苏省东海县人民检察院"]
    # an entry the page does not write out keeps only its own line
    assert by_agency["贵州省人民检察院"].strip() == "3.贵州省人民检察院督促整治库区违建水上浮动设施行政公益诉讼案"


def test_lower_units_each_under_a_slogan_headline_are_a_case_each():
    text = ("近年来,福建公安聚焦“派出所主防”,涌现出一批基层治理典型案例。\n"
            "“网格+警务” 激活城区治理动能\n"
            "“不到10分钟就找到了!”11月13日晚,南平市公安局延平分局水南派出所接到求助后,民警立即将信息推送至网格群。\n"
            "水南派出所将辖区划分为210个网格,化解矛盾纠纷90余起。\n"
            "水南派出所民警开展反诈宣传 南平公安供图\n"
            "“护茶兴业” 护航特色经济发展\n"
            "在南平市武夷山市星村镇,茶农占人口七成。武夷山市公安局星村派出所以“护茶兴业”为己任,三年来办理户籍业务6000余次。\n")
    meta, spans = cases_of(text)
    assert resolved_names(text, meta, spans) == ["南平市公安局延平分局水南派出所", "武夷山市公安局星村派出所"]
    assert [s.title for s in spans] == ["“网格+警务” 激活城区治理动能", "“护茶兴业” 护航特色经济发展"]
    # one unit's sections are no cases of their own
    one = text.replace("武夷山市公安局星村派出所", "南平市公安局延平分局水南派出所")
    assert "“护茶兴业” 护航特色经济发展" not in [s.title for s in cases_of(one)[1]]


def test_an_organ_opened_after_a_time_lead_under_its_run_in_title_is_its_case():
    text = ("咸阳市召开政法领域改革新闻发布会\n"
            "本报讯 9月30日上午,咸阳市召开新闻发布会,咸阳市委政法委专职委员王某做介绍。\n"
            "“分调裁审”机制改革取得新成效。今年以来,咸阳市法院速裁结案3912件,法定审限内结案率为100%。"
            "公益诉讼制度改革取得新进展。咸阳市检察机关办理公益诉讼案件426件,督促整改问题180个。\n")
    meta, spans = cases_of(text)
    court = next(s for s in spans if (s.agency_raw or "").endswith("法院"))
    assert court.title == "“分调裁审”机制改革取得新成效"
    court_text = text[court.char_start:court.char_end]
    assert "“分调裁审”机制改革取得新成效" in court_text and "公益诉讼制度改革" not in court_text
    procuratorate = next(s for s in spans if (s.agency_raw or "").endswith("检察机关"))
    assert text[procuratorate.char_start:procuratorate.char_end].startswith("公益诉讼制度改革取得新进展。")


def test_a_contents_list_of_places_then_a_case_label_over_its_title_written_out():
    text = ("典型案例目录\n"
            "1.北京市破解检查站“通勤难” 协同提速惠企解民忧\n"
            "2.天津蓟州区聚焦安全生产风险隐患 包容审慎助企除患纾困\n"
            "3.河北廊坊广阳区主动化解产品仿冒纠纷 助企跨省维权挽损\n"
            "案例一\n北京市破解检查站“通勤难”\n协同提速惠企解民忧\n【关键词】\n部门协同 规范执法\n【基本情况】\n"
            "专项行动开展期间,工作专班发现通州区共有9处进京综检站,两处检查站完成改造后通行效率提升40%。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["天津蓟州区", "河北廊坊广阳区", "北京市"]
    beijing = spans[-1]
    assert text[beijing.char_start:beijing.char_end].startswith("案例一") and "提升40%" in text[beijing.char_start:beijing.char_end]


def test_news_naming_a_places_selected_practices_in_one_sentence_is_a_case_each():
    text = ("龙岩市2项实践入选全国优秀案例\n"
            "近日,2025年全国优秀案例征集活动结果出炉,共评选出100个优秀案例。龙岩市入选的2个优秀案例,分别为"
            "长汀县《创新“三联”工作机制激发基层治理活力》、连城县庙前镇《以客家文化赋能乡村治理的新探索》,"
            "为基层治理提供了鲜活样本。\n"
            "此次入选的案例中,长汀县创新推行“三联”工作机制,化解矛盾纠纷1300余件;连城县庙前镇立足客家文化资源,"
            "以文化赋能乡村治理,信访量同比下降30%。\n")
    meta, spans = cases_of(text)
    assert [(s.agency_raw, s.title) for s in spans] == [
        ("长汀县", "创新“三联”工作机制激发基层治理活力"), ("连城县庙前镇", "以客家文化赋能乡村治理的新探索")]
    county, town = (text[s.char_start:s.char_end] for s in spans)
    assert "化解矛盾纠纷1300余件" in county and "下降30%" in town and "1300余件" not in town
    # a count the names do not match is no such list
    assert len(cases_of(text.replace("入选的2个优秀案例", "入选的3个优秀案例"))[1]) == 1


def test_a_feature_on_a_station_named_without_its_place_is_that_stations():
    text = ("创新“枫桥警务”模式,打造百姓身边“平安哨所”\n新浪财经·2025-12-21\n"
            "走进石桥派出所,一项名为“清单+闭环”的工作机制正有序运转。石桥派出所将走访排查等工作量化为“任务清单”,"
            "自该机制运行以来,辖区违法犯罪警情同比下降43.6%。石桥派出所所长王某说,这套机制就像导航仪。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["石桥派出所"]


def test_cities_by_their_short_names_each_over_a_slogan_head_a_digests_entries():
    text = ("全省矛盾纠纷化解经验亮点\n"
            "近年来,全省政法系统坚持和发展新时代“枫桥经验”,形成了一批各具特色的经验做法。\n"
            "鞍山\n“三零”目标赋能治理\n"
            "鞍山市委、市政府聚焦公共安全、治安防范、纠纷化解3个领域,建成工作室1200余个,化解矛盾纠纷3.1万余起。\n"
            "锦州\n培育品牌有声有色\n"
            "锦州市在社会调解组织中培育一批“品牌调解室”,全年调解纠纷9000余件,调解成功率达97%。\n")
    meta, spans = cases_of(text)
    assert resolved_names(text, meta, spans) == ["鞍山市", "锦州市"]
    assert [s.title for s in spans] == ["“三零”目标赋能治理", "培育品牌有声有色"]


def test_one_units_numbered_practices_are_a_case_each_but_a_reports_sections_are_not():
    text = ("某县司法局突出四项重点开创普法新格局\n"
            "一是以干部学法用法为重点。2023年来,全县举办领导干部法治讲座60余场次,组织800余名领导干部参加法律知识考试。"
            "二是以校园普法教育为重点。发动全县30多名法治副校长深入校园开展普法授课50余场(次)。"
            "三是以普法阵地建设为重点。设立公共法律服务中心,实现98个村(社区)法律顾问全覆盖,满意率达100%。\n")
    meta, spans = cases_of(text)
    assert [s.title for s in spans] == ["以干部学法用法为重点", "以校园普法教育为重点", "以普法阵地建设为重点"]
    assert len({s.agency_raw for s in spans}) == 1
    assert "满意率达100%" in text[spans[2].char_start:spans[2].char_end]
    # numbered lines too, each a practice of the one place
    lines = ("某区创新“五位一体”社会治理格局\n"
             "一、创新实施“以房管人”模式,破解流动人口管理难题。全区纳入管理的出租房屋3.6万户,租住人口12.7万人。\n"
             "二、创新实施“6+1”多元调处模式,破解矛盾化解难题。全年调处矛盾纠纷4100余件,调处成功率达96%。\n")
    assert len(cases_of(lines)[1]) == 2
    # a work report's sections (主要做法 / 存在问题) are no practices of their own
    report = lines.replace("创新实施“6+1”多元调处模式,破解矛盾化解难题", "存在问题")
    assert len(cases_of(report)[1]) == 1
    # the points of one numbered section are no practices of their own
    section = text.replace("\n一是", "\n一、党政主导,构建多元化解平台\n一是", 1)
    assert len(cases_of(section)[1]) == 1
    # a headline naming one practice over its numbered parts is that one practice
    named = text.replace("某县司法局突出四项重点开创普法新格局", "某县司法局打造普法“三进”模式")
    assert len(cases_of(named)[1]) == 1
    # titles written to one pattern are the parts of one practice, or one report's areas of work…
    facets = ("宁海县人民法院深入推进诉前调解,取得明显成效。\n"
              "一是统筹调解力量,建立特邀调解名册。全年吸纳特邀调解员120名,覆盖18个乡镇。\n"
              "二是统筹场所建设,打造“家门口”调解室。建成调解室15个,调解纠纷900余件。\n"
              "三是统筹经费保障,落实以案定补。全年落实调解经费80万元。\n")
    assert len(cases_of(facets)[1]) == 1
    areas = facets.replace("一是统筹调解力量,建立特邀调解名册", "一是服务发展大局取得新成效").replace(
        "二是统筹场所建设,打造“家门口”调解室", "二是深化诉源治理取得新成效").replace(
        "三是统筹经费保障,落实以案定补", "三是加强队伍建设取得新成效")
    assert len(cases_of(areas)[1]) == 1
    # …and so are a work report's section headings, each an aim and how, naming no practice
    sections = ("2023年以来,宁海县人民法院着力构建调解、速裁、审判相衔接的解纷体系。\n"
                "一、完善组织体系,夯实诉源治理工作基础\n"
                "在全县18个乡镇设立诉讼服务站,全年接待群众咨询2100余人次。\n"
                "二、深化诉调对接,提升纠纷化解质效\n"
                "委派特邀调解员调解纠纷900余件,调解成功率达72%。\n"
                "三、加强宣传引导,营造共建共治良好氛围\n"
                "开展巡回审判进村居活动60余场,旁听群众3000余人次。\n")
    assert len(cases_of(sections)[1]) == 1
    assert len(cases_of(sections.replace("完善组织体系,夯实诉源治理工作基础", "推行“村居联调”模式"))[1]) == 3
    # (a heading of the verb and its aim alone, too: 强化案件评查 / 统一裁判尺度)
    short = ("宁海县人民法院院长在全市法院工作会议上的交流发言\n"
             "今年以来,宁海县人民法院聚焦审判质效提升,结案率达98%。一是强化案件评查。全年评查案件300件。"
             "二是统一裁判尺度。召开专业法官会议40次。三是加强院庭长阅核。阅核文书1200份。\n")
    assert len(cases_of(short)[1]) == 1
    # …and so are numbered titles each naming the one practice the lead introduces
    named_parts = ("南湖县推进网格警务\n南湖县公安局创新推出“清网行动”,三年来全县刑事发案下降21%。\n"
                   "一是依托网格开展常态“清网行动”。划分警格120个,民警全部下沉社区。\n"
                   "二是针对突出问题发起“清网行动”集中攻坚。组织集中行动6次,抓获违法人员310人。\n")
    assert len(cases_of(named_parts)[1]) == 1
    assert len(cases_of(named_parts.replace("“清网行动”,", "“网格警务”,"))[1]) == 2
    # …or each a quoted part of the name its title gives (“打防管控” / 加大“打”的力度 / 增强“防”的主动)
    parts = ("“打防管控”并举 提升治理效能\n南湖县委政法委牵头建立平安建设协调机制,成员单位扩增到74个。\n"
             "一、加大“打”的力度,形成强大震慑。全年打掉犯罪团伙12个。\n"
             "二、增强“防”的主动,源头化解矛盾。排查化解矛盾纠纷3200件。\n")
    assert len(cases_of(parts)[1]) == 1
    # …and the labelled parts of a report announcing so many measures (措施一:…), results or not
    measures = ("便民服务再提速\n记者从宁海县公安局获悉,该局推出三项便民措施,进一步方便群众办事。\n"
                "措施一:户籍业务全城通办。群众可在任一派出所办理户籍迁移等业务。\n"
                "措施二:开通“宁海警务”微信服务号。群众可在线预约办证。\n"
                "措施三:设立夜间办证窗口。每周三延时服务至晚上八点。\n")
    assert [s.title for s in cases_of(measures)[1]] == ["户籍业务全城通办", "开通“宁海警务”微信服务号", "设立夜间办证窗口"]
    # …unless the report announces them as so many practices
    announced = facets.replace("深入推进诉前调解", "推出三项举措深入推进诉前调解")
    assert len(cases_of(announced)[1]) == 3
    # …nor are the numbered practices of a report that names no unit
    nobody = ("建平安 享平安——致广大市民朋友的一封信\n"
              "广大市民朋友们:近年来,我们坚持以人民为中心,平安建设取得新成效。\n"
              "一是始终保持严打高压态势。今年以来破获刑事案件860起,抓获犯罪嫌疑人420名。\n"
              "二是经常性开展集中整治。整治治安乱点52处,查处治安案件1300起。\n"
              "三是强化公共安全监管。排查整改安全隐患2100处,群众安全感达98%。\n")
    assert [s.agency_raw for s in cases_of(nobody)[1]] == [None]    # (致广大市民: no city 广大市)
    # …and so is a lead naming one method whose parts the numbers tell
    method = text.replace("某县司法局突出四项重点开创普法新格局\n", "某县司法局突出四项重点开创普法新格局\n"
                          "某县司法局推出“学用讲评”四步工作法,推动普法由“大水漫灌”转向“精准滴灌”。\n")
    assert len(cases_of(method)[1]) == 1
    # nor do numbers that tell no result split a report
    plain = text.replace("60余场次", "多场").replace("800余名", "全体").replace("50余场(次)", "多场").replace(
        "98个村(社区)", "各村").replace("满意率达100%", "群众满意")
    assert len(cases_of(plain)[1]) == 1


def test_a_station_under_a_branch_written_short_takes_the_city_bureau_the_story_names():
    text = ("芜湖这个派出所辖区电诈案件同比下降35%\n"
            "电诈案件发案同比下降35%……自今年芜湖市公安局启动电诈宣防专项行动以来,湾沚分局六郎派出所进一步创新反诈宣传方式。\n"
            "六郎派出所联合辖区5家金融机构建立“警银反诈联席机制”,成功拦截可疑转账38笔,避免群众损失120余万元。\n")
    meta, spans = cases_of(text)
    assert resolved_names(text, meta, spans) == ["芜湖市公安局湾沚分局六郎派出所"]


def test_a_stations_bare_name_is_read_from_the_word_before_it_not_cut_short():
    text = ("走进基层看平安\n"
            "本报记者 李明\n"
            "荣誉墙上挂满了群众送来的锦旗,这里是皇姑分局东华路派出所。\n"
            "近年来,东华路派出所组建社区警务团队,今年以来化解矛盾纠纷300余件,辖区刑事案件同比下降28%。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["东华路派出所"]
    # …and a verb before it is no part of it
    visit = text.replace("这里是皇姑分局东华路派出所", "记者走进东华路派出所")
    assert [s.agency_raw for s in cases_of(visit)[1]] == ["东华路派出所"]


def test_a_county_overview_in_sections_named_for_their_work_is_a_case_per_sections_organ():
    text = ("守护平安 护航发展——洮南县政法工作综述\n"
            "近年来,洮南县政法机关紧紧围绕县委、县政府中心工作,努力做好各项工作,取得一定成效。\n"
            "综合治理篇\n"
            "平安创建是社会治安综合治理重点工作,近几年来,洮南县综治办深入开展平安建设创建工作,建成综治中心151个。\n"
            "执法监督篇\n"
            "政法系统职能性质决定了加强执法监督的重要性,几年来,洮南县政法委开展专项监督检查,接待信访群众1440人次。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["洮南县综治办", "洮南县政法委"]
    assert [s.title for s in spans] == ["综合治理篇", "执法监督篇"]


def test_a_countys_organs_together_then_each_in_turn_are_a_case_per_organ():
    text = ("今年以来,宝鸡市凤县政法综治部门紧扣目标任务,担当实干,为县域发展护航助力。\n"
            "送法服务强引导。凤县政法综治部门积极开展法律进村组、进农户、进产业园区等送法下基层活动。"
            "县检察院开展法律基层行宣讲活动20余次,编印公益诉讼手册3000余册;县司法局开展公益性法律服务5场次,"
            "巡回各镇法治宣传8场次,编印涉农法律法规读本10万余册。"
            "县公安局打掉农村涉恶违法犯罪团伙1个,上门为困难群众办证、送证230余人次。\n")
    meta, spans = cases_of(text)
    # (the organs together only lead: their lead tells no result of its own)
    assert resolved_names(text, meta, spans) == ["凤县人民检察院", "凤县司法局", "凤县公安局"]   # (not 进产业园区…)
    assert text[spans[0].char_start:spans[0].char_end].startswith("今年以来,宝鸡市凤县政法综治部门")


def test_places_run_together_in_one_paragraph_split_by_semicolons_are_a_case_each():
    scene = ("各地政法机关推进矛盾纠纷多元化解\n"
             "近年来,各地政法机关积极探索基层治理新路径,推动矛盾纠纷就地化解。\n"
             "在杭州,“共享法庭”延伸到村社,群众在家门口就能参与调解;在合肥,调解组织进驻各大产业园区;"
             "在成都,组建调解志愿者队伍300余支,实现社区全覆盖。\n")
    meta, spans = cases_of(scene)
    assert [s.agency_raw for s in spans][1:] == ["杭州市", "合肥市", "成都市"]
    assert spans[2].title == "调解组织进驻各大产业园区"
    subject = ("各地政法机关推进矛盾纠纷多元化解\n"
               "近年来,各地政法机关积极探索基层治理新路径,推动矛盾纠纷就地化解。\n"
               "江西省将法院、司法行政等力量下沉到乡镇,减少诉讼案件的发生;"
               "湖北省在村级综治中心设立调解窗口,方便群众就近反映诉求。\n"
               "基础不牢,地动山摇。实现矛盾化解在基层,必须推动力量资源下沉到基层一线,把非诉讼纠纷解决机制挺在前面,"
               "让群众遇到矛盾纠纷时找得到地方、找得到人,从源头上减少诉讼增量,推动基层社会治理从被动应对向主动预防转变,"
               "切实把矛盾纠纷化解在基层、化解在萌芽状态。\n")
    meta, spans = cases_of(subject)
    assert [s.agency_raw for s in spans][-2:] == ["江西省", "湖北省"]
    # one place in passing is the report's own practice
    single = subject.replace("湖北省在村级综治中心设立调解窗口", "同时在村级综治中心设立调解窗口")
    assert len(cases_of(single)[1]) == 1


def test_dated_incidents_in_a_provinces_police_report_are_its_units_cases():
    text = ("浙江警方一个月破获涉疫诈骗案件300余起\n"
            "浙江警方一个月来破获此类案件312起,抓获犯罪嫌疑人260名,止付冻结资金2000余万元。\n"
            "2月9日晚,杭州市公安局西湖分局接群众报警,称网购口罩被骗2万元。民警经过8小时工作,抓获嫌疑人1名。\n"
            "2月12日10时20分,宁波市反诈中心接到三方通话报警,五分钟内成功拦截被骗资金36万元。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["浙江警方", "杭州市公安局西湖分局", "宁波市反诈中心"]
    assert agency_type_of("宁波市反诈中心") == "police"


def test_a_list_flattened_to_spaces_gives_each_entry_with_its_title():
    text = normalise("重庆市政法领域改革最佳实践评选结果揭晓\n"
                     "经过初选、复选及专家评议,十大改革最佳实践范例从候选案例中脱颖而出。\n"
                     "(“流动法庭”进社区【资料图】) 市高法院: “流动法庭”进社区 打造家门口的法院 为方便群众诉讼,流动法庭驶入社区。"
                     "2023年,流动法庭开展巡回审判1200余场次。 永川区: 调解中心提档升级 打造“永解纷”品牌 "
                     "在永川区矛盾纠纷调解中心,12间调解室覆盖各类纠纷。2023年调解纠纷5600件。\n").text
    meta, spans = cases_of(text)
    assert [(s.agency_raw, s.title) for s in spans] == [
        ("市高法院", "“流动法庭”进社区 打造家门口的法院"), ("永川区", "调解中心提档升级 打造“永解纷”品牌")]


def test_a_bulletins_cases_under_headlines_of_the_agencys_deed_are_a_case_each():
    text = ("市检察院发布公益诉讼典型案例\n"
            "少缴土地出让金300余万元\n"
            "历下区检察院依法督促追缴土地出让金\n"
            "历下区检察院在履职中发现,某公司少缴土地出让金300余万元,遂向主管部门发出检察建议。\n"
            "典型意义\n"
            "检察机关与行政机关积极配合,挽回国有财产损失。\n"
            "骗取养老保险金58万元\n"
            "槐荫区检察院依法督促追回被骗养老保险金\n"
            "槐荫区检察院在履职中发现,王某冒领养老保险金共计58万元,遂发出检察建议,督促追回全部资金。\n")
    meta, spans = cases_of(text)
    assert [(s.agency_raw, s.title) for s in spans] == [
        ("历下区检察院", "少缴土地出让金300余万元"), ("槐荫区检察院", "骗取养老保险金58万元")]


def test_a_tallys_units_are_cases_where_the_sentences_after_it_tell_their_practices():
    text = ("上海高院发布司法改革优秀案例\n"
            "2023年,上海法院在深化司法责任制方面做了大量工作,上海市高院、一中院、浦东法院、闵行法院等4家法院的入选案例,"
            "充分体现了审判权运行和监督机制的完善。上海高院制定《关于审判监督管理的实施细则》,全市法院案件改发率同比下降12%。"
            "一中院构建“全流程”审判监督体系,积案清理同比提高15.3%。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["上海市高院", "一中院"]
    assert "下降12%" in text[spans[0].char_start:spans[0].char_end]


def test_a_provinces_organs_report_gives_its_lower_places_told_as_scenes():
    text = ("江苏检察护航民营经济\n"
            "本报讯 我省检察机关又将出台服务民营经济新举措。3月1日,省检察院召开座谈会,听取企业家意见建议。\n"
            "在沿海开放城市苏州,检察机关加大打击整治力度,共批捕强迫交易案件66件140人。"
            "在“世界工厂”所在地昆山,检察机关与企业建立“一企一档”登记制,帮助120家企业修复信用。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans][1:] == ["苏州市", "昆山市"]
    # (a place outside the report's province is no lower place of its organs)
    outside = text.replace("开放城市苏州", "开放城市温州").replace("所在地昆山", "所在地义乌")
    assert len(cases_of(outside)[1]) == 1


def test_a_city_commissions_report_gives_its_lower_places_paragraphs():
    text = ("解纷阵地向市场延伸\n"
            "5月8日,记者从绵阳市委政法委获悉,绵阳已在多个专业市场设立解纷工作站。\n"
            "为此,江油市委政法委启动农贸市场社会治理中心建设,近一年来调解成功率达97.5%。\n"
            "绵阳市游仙区现有建材市场3个,经营主体900余家。\n"
            "去年来,游仙区建立建材领域纠纷“一站式”调处中心,受理纠纷320件。\n"
            "德阳市旌阳区也建立了类似的调处中心,化解纠纷210件。\n")
    _, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["绵阳市委政法委", "江油市委政法委", "绵阳市游仙区"]
    assert "320件" in text[spans[2].char_start:spans[2].char_end]     # (its next paragraph, opening on it again)


def test_a_pages_list_of_its_contributors_heads_no_cases():
    text = ("让改革成为政法工作主旋律\n"
            "宁海县公安局党委副书记、常务副局长 王某\n"
            "宁海县司法局党组书记、局长 李某\n"
            "宁海县委常委、政法委书记 张某\n"
            "深化执法权力运行机制改革\n"
            "宁海县公安局\n"
            "今年以来,宁海县公安局持续深化执法权力运行机制改革,受理案件3200件,执法质量考评全市第一。\n")
    _, spans = cases_of(text)
    assert [(s.agency_raw, s.title) for s in spans] == [("宁海县公安局", "深化执法权力运行机制改革")]


def test_the_organs_a_first_is_counted_among_are_not_the_reports_subject():
    text = ("审批改革五周年\n"
            "2019年3月1日,南宁市公安局政务服务中心揭牌成立,成为全省公安机关首个集中审批的专门机构。"
            "五年来,南宁公安持续推进审批集成改革,办理业务120万件。\n")
    meta, spans = cases_of(text)
    assert resolve_agency(spans[0], text, meta).name.startswith("南宁市公安局")


def test_a_provinces_organs_at_every_level_report_their_counties_matters_each_a_case():
    text = ("护航民生 检察有为\n"
            "2024年05月20日 来源:安徽法治报\n"
            "近年来,我省三级检察机关坚持司法为民,把矛盾纠纷化解贯穿办案全过程。\n"
            "2023年3月,在公安机关移送的王某盗窃案中,凤台县检察院经审查认为证据不足,依法作出不批准逮捕决定。\n"
            "2023年7月,霍邱县30多名务工人员拿到拖欠的52万余元工资后,赶到县检察院表示感谢。\n"
            "2023年9月,金寨县检察院在履职中发现,一起危险作业案的取证存在问题。该院随即")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["我省检察机关", "凤台县检察院", "霍邱县", "金寨县检察院"]
    assert resolve_agency(spans[0], text, meta).name == "安徽省人民检察院"     # (安徽 of the paper: the province)


def test_a_roundups_place_named_again_in_its_paragraph_keeps_the_paragraph_one_case():
    text = ("各地积极探索社会治理新举措\n"
            "11月12日,全国社会治理经验交流大会在北京举行,各地交流了新时代“枫桥经验”的实践。\n"
            "湖南依托综治中心搭台,引入调解组织进驻。近年来,湖南各级综治中心每年排查矛盾纠纷25万件左右。\n"
            "广东组建“粤调解”平台,全年化解纠纷18万件。\n")
    from etl.segment import _lines, _place_examples
    examples = _place_examples(text, _lines(text))
    assert [agency for *_, agency in examples] == ["湖南省", "广东省"]
    assert "25万件" in text[examples[0][0]:examples[0][1]]


def test_a_feature_on_a_districts_political_legal_system_gives_each_organs_paragraph_a_case():
    text = ("警民同心——洛阳市涧西区政法系统“平安进小区”活动纪实\n"
            "今年春天,涧西区政法系统围绕“民心工程”开展了“平安进小区”活动,目的是服务群众。\n"
            "活动开展后,涧西区公安局率先推行“民警驻小区”工作法,截至6月底共破获盗窃团伙8个,抓获犯罪嫌疑人40余名。\n"
            "涧西区检察院主动走进辖区企业开展法治讲座,上半年讲课10次,听课人数超过3000人次,批捕案件审查时间缩短一半。\n"
            "涧西区法院推出当日立案制度,当事人到院符合条件的当天办结立案手续,上半年调解结案率达到60%以上。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["涧西区公安局", "涧西区检察院", "涧西区法院"]
    # (the headline's slogan, shaped like a community's name, heads nothing: 警民同心 is no 社区)
    assert all(not s.agency_raw.startswith("警民") for s in spans)


def test_a_clauses_practice_verb_is_no_part_of_its_places_name():
    text = ("“枫桥经验”在某市落地开花\n"
            "去年以来,宿州市各级司法行政机关全力推进矛盾不上交试点工作,全市调委会调解信访事项520件,调解成功410件。"
            "泗县筹建成立县矛盾调解中心,把医疗、交通事故、物业纠纷纳入大调解中心。"
            "埇桥区司法局率先在乡镇成立个人品牌调解室,总结出“情、理、法”调解法;"
            "灵璧县大力加强人民调解员队伍建设,为每个村配备1名专职人民调解员;"
            "萧县充分发挥乡贤作用,成立乡贤理事会,参与矛盾化解,促进基层和谐稳定。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans][-4:] == ["泗县", "埇桥区司法局", "灵璧县", "萧县"]


def test_a_briefing_speakers_paragraph_is_his_places_case():
    text = ("平安建设专场新闻发布会举行\n"
            "9月6日上午,省政府新闻办召开平安建设专场新闻发布会,介绍全省平安建设的实践和成就。\n"
            "浙江省委政法委副书记王某就近年来全省平安建设作了介绍。全省群众安全感从2012年的95%提高到2022年的99.1%,"
            "政法队伍满意度从86%提高到96%,平安建设考核持续走在全国前列。\n"
            "发布会上,湖州市副市长、市委政法委副书记、市公安局局长李某分享了平安湖州建设特别是风险隐患化解工作的情况。"
            "近年来,湖州市没有发生有重大影响的案件事件,群众安全感连续多年保持在99%左右,矛盾纠纷化解率达到98%。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans][-1] == "湖州市"
    assert "99%左右" in text[spans[-1].char_start:spans[-1].char_end]
    assert len(spans) == 2


def test_a_photos_caption_over_the_lead_does_not_name_the_reports_subject():
    text = ("法治日报全媒体记者 张某 通讯员 李某\n"
            "图为松滋市综治中心接待群众。\n"
            "深化命案防控、电信诈骗打击四大攻坚,群众安全感连续三年位居全省前列;宜昌市规范建成1个市级、8个县级综治中心。\n"
            "回眸2025年,湖北宜昌政法机关聚焦使命、忠诚履职,全力以赴防风险、保安全、护稳定、促发展。\n"
            "宜昌全力优化信访攻坚“领导包案”制度,全市各级“一把手”累计领办信访积案1586件。\n")
    meta, spans = cases_of(text)
    assert len(spans) == 1
    assert "松滋" not in (spans[0].agency_raw or "")


def test_headlines_over_dated_stories_of_the_agency_they_name_are_a_digests_items():
    text = ("上海发布2023年知识产权司法保护状况\n"
            "4月20日,上海市高级人民法院召开新闻发布会,介绍全市法院知识产权审判工作情况。2023年全市三级法院共新收知识产权案件4.1万件,同比增长13.1%。\n"
            "浙江高院发布2023年知识产权司法保护白皮书\n"
            "4月17日,浙江省高级人民法院在宁波召开新闻发布会,发布白皮书和十大典型案例。全年审结知识产权案件3.6万件,调撤率达到62%。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["上海市高级人民法院", "浙江省高级人民法院"]
    assert "62%" in text[spans[1].char_start:spans[1].char_end]


def test_a_congress_reviewing_an_agencys_report_is_not_the_reports_subject():
    text = ("重庆半年知识产权案件同比增长41%\n"
            "2022-06-02 15:50 来源: 中新网\n"
            "最近几天,重庆市六届人大常委会第三十次会议审议了重庆市高级人民法院关于知识产权审判工作的报告。报告显示,"
            "半年来,重庆法院新收知识产权案件6100件,同比上升41%,审结7000件,民事案件撤诉率达到70%。\n")
    meta, spans = cases_of(text)
    assert len(spans) == 1
    assert spans[0].agency_raw == "重庆市高级人民法院"


def test_places_alone_on_lines_over_paragraphs_opening_on_them_head_an_honour_rolls_entries():
    text = ("台州多地法治建设交出满意成绩单\n"
            "日前,浙江省委依法治省办公布关于表扬2021年度法治浙江建设优秀单位的通报。\n"
            "其中,台州市椒江区、黄岩区、温岭市等3地获得通报表扬,一起来看看\n"
            "椒江区\n"
            "2021年以来,椒江区坚持运用法治思维破解社会治理难题,全年全区人民调解组织成功调解矛盾纠纷9431件,调解率100%。\n"
            "黄岩区\n"
            "近年来,黄岩区坚持全面依法治区,创新海陆联动建设平安海区,全区成功调处矛盾纠纷2065件,涉及金额1.8亿元。\n"
            "温岭市\n"
            "2021年,温岭市紧紧围绕共同富裕示范区建设,建成共享法庭33个,办理行政公益诉讼31件。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["椒江区", "黄岩区", "温岭市"]
    assert "9431件" in text[spans[0].char_start:spans[0].char_end]


def test_a_clauses_time_word_is_no_part_of_the_agency_it_opens_on():
    from etl.segment import _valid_agency
    assert not _valid_agency("今年市局")
    assert _valid_agency("市公安局")


def test_a_peer_telling_a_deed_at_length_in_a_run_of_peers_results_is_a_case_too():
    text = ("淮南警方强力推进禁毒会战\n"
            "今年以来,淮南公安机关多措并举,强力推进禁毒会战,全市共抓获毒品犯罪嫌疑人31人,同比增长138%。\n"
            "春节期间,各县区打破警种界限,主动出击,合成作战。凤台县公安局刑侦大队禁毒中队在春运高峰期间,联合市公安局禁毒部门前往武汉、上海等地开展毒品案件侦破工作;"
            "寿县公安局刑侦大队在春节长假上班第一天,在侦破盗窃案件中查获6名吸毒人员;"
            "潘集区公安分局主动研判,一周内查获5名吸毒人员;元宵节前夜,谢家集区公安分局打掉一贩毒团伙,抓获贩毒嫌疑人3名。\n"
            "为有效遏制毒品蔓延趋势,全市公安机关开展了针对外出务工人员和娱乐服务场所从业人员的禁毒宣传,"
            "较好地提高了全民禁毒意识,共悬挂禁毒宣传标语90余条、发放宣传资料3万余份。\n")
    meta, spans = cases_of(text)
    names = [s.agency_raw for s in spans]
    assert names[0].startswith("淮南")
    assert names[1:] == ["凤台县公安局刑侦大队禁毒中队", "寿县公安局刑侦大队", "潘集区公安分局", "谢家集区公安分局"]


def test_the_journal_a_piece_is_reposted_from_is_not_its_subject():
    text = ("《长安》杂志刊发苏州、无锡等2地工作经验\n"
            "中央政法委《长安》杂志\n"
            "2025年第9期刊登了\n"
            "江苏多地工作经验\n"
            "苏州市深入推进预防和治理未成年人违法犯罪工作\n"
            "苏州市纵深推进预防和治理未成年人违法犯罪工作,建成1个市级、10个区级家庭教育指导服务中心,"
            "全市公检法机关共向监护人制发家庭教育指导令187份,打造未成年人保护的苏州样本。\n")
    meta, spans = cases_of(text)
    assert len(spans) == 1
    assert spans[0].agency_raw != "中央政法委"


def test_a_last_entry_cut_off_under_its_heading_tells_no_practice():
    text = ("第七届法治政府奖获奖项目公布\n"
            "杭州市司法局——“一码通办”行政复议改革\n"
            "杭州市司法局推行行政复议“一码通办”,全年受理复议案件1200件,调撤率达到45%。\n"
            "湖南省司法厅——行政执法协调监督“全省一网”\n"
            "湖南省司法厅建成行政执法监督平台,覆盖14个市州,纠正违法执法行为320件。\n"
            "成都市人民政府办公厅——“制度+科技”提升规范性文件质量\n"
            "成都市人民政府办公厅建立规范性文件智能审查系统,审查文件860件,纠错率下降30%。\n"
            "包头市人民政府办公室——“合法性审核+公平竞争审查”联审驱动")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["杭州市司法局", "湖南省司法厅", "成都市人民政府办公厅"]


def test_a_provinces_police_report_gives_its_places_clauses_after_an_each_place_lead():
    text = ("甘肃开展反诈专项攻坚行动\n"
            "甘肃公安以严防范、强打击为核心,构建全方位反诈体系。下一步,甘肃公安将持续深化预警劝阻机制。\n"
            "兰州12月20日电 记者从甘肃省公安厅新闻通气会上获悉,专项行动以来全省电诈案件发案率同比下降54.29%,成功扭转发案上升态势。\n"
            "甘肃公安以严防范、强打击为核心,构建全方位反诈体系,开展宣传活动2000余场次,累计处置预警信息7.2万条,日均劝阻群众595人次。\n"
            "各地同步创新反诈举措,临洮县构建县乡村三级联动体系,通过方言短视频实现精准宣传,累计预警劝阻498人次;"
            "天水、白银等地警方成功拦截多起大额诈骗,其中秦州区公安分局紧急止付避免群众150万元损失。"
            "甘肃公安机关提示,刷单返利、虚假投资理财等仍是高发骗局,群众遇可疑情况要及时拨打反诈专线咨询。\n")
    meta, spans = cases_of(text)
    names = [s.agency_raw for s in spans]
    assert "临洮县" in names and "天水、白银等地警方" in names


def test_townships_of_the_reports_county_telling_their_practice_are_cases_each():
    text = ("探索矛盾纠纷多元化解的新路径\n"
            "近年来,湖南省浏阳市司法局坚持和发展新时代“枫桥经验”,构建多元协同的调解体系,调解成功率达98.6%。\n"
            "党员先锋作用制度化。全市65%的调解员为党员。青山街道调委会试点“调解日历”公示制度,"
            "要求党员调解员每月下沉村组不少于6次。农民返乡创业带动就业300人。全镇建立调解室12个。\n"
            "健全信息化建设,白石镇综治平台实现社情民意、人口计生、重点人群等信息的联通联动,畅通政民互动渠道；"
            "柳湾街道东风村将闲置校舍改造为调解驿站,2024年以来累计化解纠纷86件。\n")
    meta, spans = cases_of(text)
    # the bureau's own report, then each township that opens a clause telling its work, placed
    # in the bureau's county; 返乡 and 全镇 name no township
    assert [s.agency_raw for s in spans] == [
        "湖南省浏阳市司法局", "湖南省浏阳市青山街道调委会", "湖南省浏阳市白石镇", "湖南省浏阳市柳湾街道东风村"]
    assert text[spans[3].char_start:spans[3].char_end].endswith("累计化解纠纷86件")
    from etl.places import resolve_region
    agency = resolve_agency(spans[3], text, meta)
    assert resolve_region(agency, text[spans[3].char_start:spans[3].char_end], text, meta).county == "浏阳市"


def test_a_city_and_its_counties_organs_together_are_the_citys_organs():
    text = ("公安服务“一窗通办”试点取得积极成效\n"
            "本报北京3月2日电 公安部组织部分地方公安机关开展“一窗通办”试点工作,取得积极成效。\n"
            "各地公安机关不断健全运行机制。江苏南京及11个区县公安机关全部组建网办中心,将分散在不同警种的160个服务事项统一汇聚;"
            "广东深圳公安机关推出“一件事”集成服务,办理时间压缩60%。\n")
    meta, spans = cases_of(text)
    # 南京及11个区县: the city with its counties, not the province it is written under
    assert "南京市公安机关" in [s.agency_raw for s in spans]
    assert not any(s.agency_raw.startswith("江苏") for s in spans)


def test_a_provinces_dispute_centres_report_and_its_other_organs_example_written_as_that_province():
    text = ("本报杭州11月3日电 截至今年三季度末,江西省县级社会矛盾纠纷调处化解中心共接待群众80.2万人次,"
            "受理矛盾纠纷21.5万余件,化解成功率达98.7%。\n"
            "3日举行的江西省人大常委会会议上,副省长某某就矛盾纠纷调处化解工作情况作了报告。\n"
            "此外,为构建县域社会治理新模式,某某表示,江西深入开展“网格化管理、组团式服务”,目前该省共有21万名网格员。"
            "如该省公安机关采取“一警格一微信群”等举措,先后摸排矛盾纠纷1.2万件,成功化解9100件。\n")
    meta, spans = cases_of(text)
    # the centres (their agency word holds the verb 化解) are the report's subject, not the
    # congress it was told to; 该省公安机关 is the province's police, another organ of it
    assert [s.agency_raw for s in spans] == ["江西省县级社会矛盾纠纷调处化解中心", "江西省公安机关"]
    assert text[spans[1].char_start:spans[1].char_end].startswith("该省公安机关采取")
    assert agency_type_of(spans[0].agency_raw) == "committee"


def test_the_unit_of_who_a_quoted_remark_is_from_is_not_the_storys_subject():
    text = ("处警用时缩短 发案下降\n"
            "“以前交警管交通,派出所管治安,力量分散。现在不一样了。”宁波 市公安局海曙分局一名基层民警的感受,道出了警务机制重塑带来的变化。"
            "2025年,宁波公安以新建的8个街面警务站为支点,全面推行“交巡一体”模式,平均处警用时缩短三分之一,可防性案件下降21.5%。\n")
    meta, spans = cases_of(text)
    assert [resolve_agency(s, text, meta).name for s in spans] == ["宁波市公安局"]


def test_a_paragraph_opened_by_the_reports_own_tribunal_telling_its_practice_is_its_case():
    text = ("改革创新促发展 提质增效谱新篇\n——宁乡法院2025年审判质效提升工作综述\n"
            "近年来,宁乡法院紧紧围绕“公正与效率”工作主题,持续深化司法体制改革,系统性提升审判质量、效率和效果。\n"
            "深化诉源治理,筑牢基层解纷防线\n"
            "为从源头减少诉讼增量,宁乡法院积极探索新时代“枫桥经验”的本地实践。\n"
            "花明楼法庭创新打造“乡贤调解+共享法庭”双平台,将德高望重的乡贤调解与配备智能终端的共享法庭深度融合。"
            "村民既可面对面倾诉,也能在线进行调解、签署协议甚至远程开庭。\n"
            "宁乡法院建立四级审判管理责任体系,全年结案1.2万件。\n")
    meta, spans = cases_of(text)
    assert [s.agency_raw for s in spans] == ["宁乡法院", "宁乡法院花明楼法庭"]
    body = text[spans[1].char_start:spans[1].char_end]
    assert body.startswith("花明楼法庭创新打造") and body.endswith("远程开庭。")


def test_a_county_systems_summary_in_figures_over_its_units_sections_is_its_own_case():
    text = ("守护平安 护航发展——宁乡市政法工作综述\n"
            "近年来,宁乡市政法机关紧紧围绕市委中心工作,努力做好各项工作,取得一定成效。"
            "2024年,宁乡市群众安全感为96.1%,居全省前列。\n"
            "综合治理篇\n"
            "近几年来,宁乡市综治办深入开展平安建设“五个一”创建工作,建成综治中心32个,发展综治协管员310人。\n"
            "执法监督篇\n"
            "几年来,宁乡市委政法委坚持执法监督与执纪监督相结合,开展“警风警纪督察活动月”等活动,接待信访群众1440人次。\n")
    meta, spans = cases_of(text)
    # the system's results over the sections are its own case, not the lead of the first section
    assert [s.agency_raw for s in spans] == ["宁乡市政法机关", "宁乡市综治办", "宁乡市委政法委"]
    assert text[spans[1].char_start:spans[1].char_end].startswith("综合治理篇")


def test_news_of_a_release_one_of_whose_cases_is_the_units_is_that_units_case():
    text = ("12月31日,省高院召开“全省法院矛盾纠纷源头预防化解工作”新闻发布会,通报2024年全省法院矛盾纠纷源头预防化解工作情况,"
            "发布五例典型案例。其中,宁乡市人民法院一案例成功入选。\n"
            "【基本情况】宁乡法院立足县域基层治理特点,以“共享法庭”为阵地,建立三级“共享法庭”140个。"
            "今年以来,诉前调解中心化解行业纠纷1412件,成功率达85.33%。\n"
            "【典型意义】宁乡法院因地制宜,把非诉讼纠纷解决机制挺在前面。\n")
    meta, spans = cases_of(text)
    # the host that released the cases is no case; the selected unit's write-up is one
    assert [s.agency_raw for s in spans] == ["宁乡市人民法院"]
