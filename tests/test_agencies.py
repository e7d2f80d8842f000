"""Agency names as written -> full name and type (etl.agencies)."""
from __future__ import annotations

import csv

import pytest

from etl.agencies import (AGENCY_TYPES, VOCAB, agency_type_of, expand_abbreviation, full_name, resolve_agency, standard_name,
                          trim_false_place)
from etl.normalise import normalise
from etl.records import CaseSpan, DocumentMeta, Region
from etl.segment import describe_document, segment_cases
from test_segment import cases_of, corpus_doc

NO_META = DocumentMeta(title=None, publisher=None, published_date=None, year=None)


@pytest.mark.parametrize("name, kind", [
    ("盐城市中级人民法院", "court"),
    ("市高法院", "court"),
    ("巴南区人民法庭", "court"),
    ("滨海县人民检察院", "procuratorate"),
    ("衡水市检察机关", "procuratorate"),
    ("盐城市公安局", "police"),
    ("南岸区公安分局", "police"),
    ("南坪派出所", "police"),
    ("刑警大队", "police"),                 # a bureau's squads: police, unlike a 大队 of anything else
    ("沈阳市公安局经侦支队", "police"),
    ("城管执法大队", "other"),
    ("反诈大队", "police"),                 # every squad of vocab kind squad, 支队 or 大队
    ("黑龙江省司法厅", "justice"),
    ("城关司法所", "justice"),
    ("市律师协会", "justice"),
    ("东城公证处", "justice"),
    ("亭湖区委政法委", "committee"),
    ("盐城经济技术开发区政法委", "committee"),
    ("盐城市委政法委员会", "committee"),
    ("县综治中心", "committee"),
    ("宁波市数据局", "other"),
    ("市法学会", "other"),
    ("荣昌区", "other"),
    (None, "other"),
])
def test_agency_type_from_how_the_name_ends(name, kind):
    assert agency_type_of(name) == kind


def test_several_agencies_take_the_type_of_the_first():
    assert agency_type_of("深圳市中级人民法院、深圳市盐田区人民检察院") == "court"


@pytest.mark.parametrize("short, context, full", [
    ("市高法院", {"city": "重庆市"}, "重庆市高级人民法院"),
    ("市中院", {"city": "衡水市"}, "衡水市中级人民法院"),
    ("衡水中院", {}, "衡水市中级人民法院"),
    ("市院", {"city": "衡水市"}, "衡水市人民检察院"),
    ("区检察院", {"city": "重庆市", "county": "长寿区"}, "重庆市长寿区人民检察院"),
    ("大渡口区检察院", {"city": "重庆市"}, "大渡口区人民检察院"),
    ("巴南区法院", {}, "巴南区人民法院"),
    ("深圳法院", {}, "深圳法院"),                # a city's courts together: no invented 深圳人民法院
    ("深圳公安", {}, "深圳市公安局"),
    ("市公安局", {"city": "重庆市"}, "重庆市公安局"),
    ("市司法局", {"city": "盐城市"}, "盐城市司法局"),
    ("市委政法委", {"city": "盐城市"}, "盐城市委政法委"),
    ("省检察院", {"province": "江苏省"}, "江苏省人民检察院"),
    ("盐城市中级人民法院", {"city": "重庆市"}, "盐城市中级人民法院"),
    ("滨海县人民检察院", {"city": "盐城市"}, "滨海县人民检察院"),
    ("市公安局", {}, "市公安局"),   # no context: left as written
    ("吉安全市法院", {"city": "吉安市"}, "吉安市法院"),      # 吉安 + 全市法院: the city's courts together
    ("全市检察院", {"city": "吉安市"}, "全市检察院"),
    ("二中院", {"city": "北京市"}, "北京市第二中级人民法院"),   # a numbered intermediate court
    ("二中院", {"province": "北京市"}, "北京市第二中级人民法院"),   # a municipality is its own city
    ("上海一中院", {}, "上海市第一中级人民法院"),
    ("市二中院", {"city": "天津市"}, "天津市第二中级人民法院"),
    ("第二中院", {"city": "天津市"}, "天津市第二中级人民法院"),
    ("第二中院", {}, "第二中院"),                               # no city known: as written
    ("我省公安机关", {"province": "福建省"}, "福建省公安厅"),   # 我省 is the context's province
    ("我市检察机关", {"city": "福州市"}, "福州市人民检察院"),
])
def test_abbreviations_expand_with_the_places_in_context(short, context, full):
    ctx = {"province": None, "city": None, "county": None} | context
    assert expand_abbreviation(short, **ctx) == full


def test_shi_yuan_in_a_court_text_is_the_intermediate_court():
    assert expand_abbreviation("市院", province=None, city="衡水市", county=None,
                               procuratorate_context=False) == "衡水市中级人民法院"


def _span(text: str, agency_raw: str) -> CaseSpan:
    return CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw=agency_raw)


def test_shi_yuan_in_a_hengshui_procuratorate_report():
    text = "衡水市人民检察院\n市院党组理论学习中心组通过立专题深化政治学习，衡水市检察机关开展检察业务培训。"
    agency = resolve_agency(_span(text, "市院"), text, NO_META)
    assert (agency.name, agency.agency_type) == ("衡水市人民检察院", "procuratorate")


def test_district_procuratorate_under_a_changshou_context():
    text = "重庆市长寿区人民政府联合出台意见。区检察院建立府检联动机制，与长寿区政府会签文件9份。"
    agency = resolve_agency(_span(text, "区检察院"), text, NO_META)
    assert (agency.name, agency.agency_type) == ("重庆市长寿区人民检察院", "procuratorate")


@pytest.mark.parametrize("head, body, kind", [
    ("", "桃城区委政法委牵头建立矛盾纠纷调处中心，化解纠纷300件。", "committee"),
    # the place takes the type of the system its report speaks for
    ("", "桃城区人民法院建立速裁团队，速裁结案1200件。", "court"),
    ("平安建设优秀案例\n", "桃城区人民法院、公安分局联合建立调处中心，化解纠纷300件。", "committee"),
    ("创新社会治理典型案例\n", "桃城区建立“红色物业”，服务群众1200人次。", "other"),
])
def test_case_headed_by_a_district_keeps_the_district(head, body, kind):
    text = head + "桃城区\n" + body
    agency = resolve_agency(_span(text, "桃城区"), text, NO_META)
    assert (agency.name, agency.agency_type) == ("桃城区", kind)


def test_byline_city_completes_a_bare_shi_agency():
    text = corpus_doc("003")
    meta, cases = cases_of(text)
    assert resolve_agency(cases[3], text, meta).name == "江西省萍乡市公安局"


def test_my_city_takes_the_place_from_the_publisher():
    text = "我市深化行政执法监督改革\n近年来，我市持续深化改革，全年督办案件200件。"
    meta = DocumentMeta(title="我市深化行政执法监督改革", publisher="嘉兴市委政法委", published_date=None, year=None)
    assert resolve_agency(_span(text, "我市"), text, meta).name == "嘉兴市"


def test_our_region_in_an_autonomous_regions_report_is_the_region():
    text = "基层法律服务走进千家万户\n近年来，我区整合司法行政职能，建成公共法律服务站点2300个，人民调解、法律援助就近可办。"
    meta = DocumentMeta(title="基层法律服务走进千家万户", publisher="广西日报", published_date=None, year=None)
    agency = resolve_agency(_span(text, "我区"), text, meta)
    assert (agency.name, agency.agency_type) == ("广西壮族自治区", "justice")
    # a district's report in the region's paper: 我区 is the district, not the region
    text = "南宁市青秀区:基层法律服务走进千家万户\n近年来，青秀区整合司法行政职能，我区建成公共法律服务站点230个。"
    assert resolve_agency(_span(text, "我区"), text, meta).name != "广西壮族自治区"


def test_vocabulary_rows_use_known_types_and_kinds():
    with open(VOCAB / "agency_types.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert {r["kind"] for r in rows} == {"suffix", "type_suffix", "abbrev", "bureau_word", "running_word", "squad",
                                          "system_word", "group_suffix", "civil_unit", "organ_word"}
    assert {r["value"] for r in rows if r["kind"] in ("suffix", "type_suffix", "bureau_word", "squad", "system_word", "group_suffix",
                                                      "civil_unit", "organ_word")} <= set(AGENCY_TYPES)


def test_a_count_before_a_known_city_is_not_part_of_it():
    text = ("市检察院发布7起济南市检察公益诉讼典型案例\n"
            "历下区检察院在履职中发现,某企业少缴契税200余万元,依法督促追缴税款。\n")
    meta = describe_document(text)
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw="市检察院")
    assert resolve_agency(span, text, meta).name == "济南市人民检察院"


def test_a_whole_places_word_ends_no_unknown_places_name():
    text = ("【人民调解工作】 2005年,人民调解工作与市中级人民法院建立了联席会议制度,培训调解骨干1200名。"
            "对全市调解组织进行了整顿。整顿后全市现有调委会2599个,全年调解纠纷3万余件。\n")
    assert "整顿后全市现有调委会" not in [c.agency_raw for c in segment_cases(text, describe_document(text))]


def test_news_lead_before_the_place_is_not_part_of_it():
    text = "本网讯 日前，记者从东岭市委政法委获悉，市委政法委牵头开展评选活动，收到申报项目80个。"
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw="市委政法委")
    assert resolve_agency(span, text, NO_META).name == "东岭市委政法委"


# Running text glues words onto an agency name; the division dataset tells a place from them.
@pytest.mark.parametrize("written, name", [
    ("照市委政法委", "市委政法委"),              # 按照市委政法委部署
    ("称县级矛调中心", "县级矛调中心"),          # (下称县级矛调中心)
    ("湖滨法院围绕市中院", "湖滨法院"),          # a "place" with an agency word inside
    ("沛县人民法院", "沛县人民法院"),            # a real one-character county stays
    ("津市人民检察院", "津市人民检察院"),        # a real one-character city stays
    ("盐城经济技术开发区政法委", "盐城经济技术开发区政法委"),
    ("背后是云县人民法院", "云县人民法院"),      # 这一幕背后是云县人民法院…: a copula, and a two-character county
    ("三明市公安局沙县分局", "三明市公安局沙县分局"),   # a bureau's branch named for a county is no running text
])
def test_false_place_before_an_agency_is_cut_off(written, name):
    assert trim_false_place(written) == name


def one_practice(body: str):
    text = normalise(body).text
    meta, spans = cases_of(text)
    assert len(spans) == 1
    return resolve_agency(spans[0], text, meta)


def test_a_visiting_agency_is_not_the_practising_one():
    agency = one_practice("本报讯 昨天,省政法委有关领导莅临我县,就矛盾纠纷化解工作开展调研。\n"
                          "去年以来,我县把网格走访作为基层治理的重要抓手,累计走访群众3000余户,化解纠纷210件。")
    assert agency.name != "省政法委"


def test_an_instructing_agency_is_not_the_practising_one():
    agency = one_practice("我区在全市平安建设推进会上的交流发言\n"
                          "去年,我区按照市委政法委关于基层治理的部署要求,建成区级调解中心,全年化解纠纷1200件。")
    assert agency.name == "我区"


def test_supreme_court_short_form_in_a_headline():
    agency = one_practice("一站式解纷成效显著?最高法发布数据\n"
                          "记者从有关方面获悉,人民法院诉前调解案件数量持续增长,去年达到895万件,同比增长46.6%。")
    assert (agency.name, agency.agency_type) == ("最高人民法院", "court")


def test_a_police_station_under_its_bureau_is_the_station():
    agency = one_practice("近年来,江苏省徐州市沛县公安局城东派出所坚持和发展新时代“枫桥经验”,"
                          "全年化解矛盾纠纷320起,辖区警情同比下降18%。")
    assert (agency.name, agency.agency_type) == ("江苏省徐州市沛县公安局城东派出所", "police")


def test_we_the_court_is_the_publishing_court():
    agency = one_practice("我院诉源治理项目入选全市政法领域改革创新案例\n"
                          "来源:广州市黄埔区人民法院\n"
                          "近日,中共广州市委政法委员会召开改革创新案例发布会,我院申报的诉源治理项目入选,"
                          "该项目运行以来化解纠纷1500件。")
    assert (agency.name, agency.agency_type) == ("广州市黄埔区人民法院", "court")


@pytest.mark.parametrize("short, full", [
    ("广州中院", "广州市中级人民法院"),       # 广州 ends in 州 without being a 州
    ("建湖法院", "建湖县人民法院"),           # a county's short name takes its level
    ("衡水中院", "衡水市中级人民法院"),
])
def test_short_place_names_take_their_dataset_names(short, full):
    assert expand_abbreviation(short, province=None, city=None, county=None) == full


def test_an_agency_researched_by_the_author_is_cut_at_the_preposition():
    assert trim_false_place("先后对市中级人民法院") == "市中级人民法院"
    assert trim_false_place("从化区人民法院") == "从化区人民法院"      # 从化 is a real district
    assert trim_false_place("听取了县检察院") == "县检察院"             # a verb glued on, not a place


def test_a_common_noun_before_shi_is_no_place_for_the_city_organs_of_a_report():
    agency = one_practice("奋力谱写渭南政法工作新篇章\n"
                          "夜幕降临,行走在渭南城市街头,巡逻警灯与街边灯火相映成辉。\n"
                          "一年来,市委政法委连续多年在全市目标责任考核中获评优秀等次,化解纠纷2000件。\n")
    assert agency.name == "渭南市委政法委"


def test_our_county_takes_the_county_named_in_the_title():
    agency = one_practice("东山县在全市矛盾纠纷化解推进会上的交流发言\n"
                          "近年来,我县坚持和发展新时代“枫桥经验”,建成县乡村三级调解网络,全年化解纠纷2100件,化解率达98%。")
    assert agency.name == "东山县"


def test_a_short_form_takes_the_city_the_report_writes_only_in_passing():
    # no "常州市" right before an agency word: the places stage says where the case is
    text = ("2024年，市公安局深入推进更高水平平安常州建设，全面深化警务改革。"
            "去年，常州市警方攻克命案积案3起，刑事案件下降16.4%。")
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw="市公安局")
    assert resolve_agency(span, text, NO_META).name == "常州市公安局"


@pytest.mark.parametrize("work, name, kind", [
    ("我局统筹人民调解、法律援助和公证工作，全市司法所全部建成标准化调解室。", "宁波市司法局", "justice"),
    ("我局推进警务机制改革，派出所民警下沉社区，警情同比下降12%。", "宁波市公安局", "police"),
    ("我局深入贯彻上级部署，持续深化改革创新，取得显著成效。", "我局", "other"),
])
def test_our_bureau_is_the_bureau_its_work_describes(work, name, kind):
    text = "宁波市坚持机制创新。" + work
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw="我局")
    agency = resolve_agency(span, text, NO_META)
    assert (agency.name, agency.agency_type) == (name, kind)


def test_an_agency_ending_before_a_level_word_is_no_city():
    # 市司法局会同市中院: "法局会同" + 市 is running text, not a city
    text = "宁波市司法局牵头试点。2006年底，市司法局会同市中院、市检察院联合下发意见。我局统筹人民调解和法律援助。"
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw="我局")
    assert resolve_agency(span, text, NO_META).name == "宁波市司法局"


def test_the_agency_a_reporter_heard_from_is_the_subject():
    text = "记者昨天从市司法局了解到,我市司法行政工作受到司法部的肯定,常州市4个集体受到表彰。"
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw="市司法局")
    assert trim_false_place("记者昨天从市司法局") == "市司法局"
    assert resolve_agency(span, text, NO_META).name == "常州市司法局"


def test_a_time_words_tail_is_no_part_of_the_place():
    assert trim_false_place("内大理州委政法委") == "大理州委政法委"


@pytest.mark.parametrize("name, kind", [
    ("武汉市公安局东湖新技术开发区分局", "police"),      # ends in a generic 局: the type word inside decides
    ("某市委政法委员会办公室", "committee"),
])
def test_a_generic_ending_takes_the_type_word_inside(name, kind):
    assert agency_type_of(name) == kind


@pytest.mark.parametrize("written, name", [
    ("责人来到滨海新区公安局", "滨海新区公安局"),       # (负责人来到…): the known district inside running text
    ("中共绍兴市委政法委员会", "中共绍兴市委政法委员会"),  # 中共 is part of the name
])
def test_running_text_before_a_known_place_is_cut_off(written, name):
    assert trim_false_place(written) == name


def test_a_common_noun_ending_in_qu_is_no_place():
    agency = one_practice("我省首届社区矫正中心开放日活动举行\n"
                          "近日,省司法厅决定在全省开展社区矫正中心开放日活动,全省建成标准化社区矫正中心105个。")
    assert (agency.name, agency.agency_type) != ("首届社区矫正中心", "other")
    assert agency.agency_type == "justice"


def test_provincial_court_short_form_takes_the_province_of_its_counties():
    agency = one_practice("全省人民法庭助推乡村振兴\n"
                          "省法院指导吴江、相城等地法庭走进乡村,苏州市吴江区人民法院设立巡回审判点12个,"
                          "常熟市人民法院化解涉农纠纷1200件。")
    assert agency.name == "江苏省高级人民法院"


def test_a_verb_glued_onto_a_county_bureau_gives_the_county_of_the_report():
    agency = one_practice("三门县司法局2023年工作总结\n"
                          "一年来,三门县司法局积极参加县委县政府中心工作,县司法局全年办理法律援助案件560件。")
    assert agency.name in ("三门县司法局", "台州市三门县司法局")
    span_text = "2023年,县司法局积极参加县委县政府中心工作,全年办理法律援助案件560件,调解纠纷1200件。"
    span = CaseSpan(seq=1, char_start=0, char_end=len(span_text), title="", agency_raw="参加县司法局")
    meta = DocumentMeta(title="浙江省三门县司法局2023年工作总结", publisher=None, published_date=None, year=None)
    assert resolve_agency(span, span_text, meta).name.endswith("三门县司法局")


def test_a_station_under_a_district_branch_is_the_station():
    agency = one_practice("近年来,合肥市公安局蜀山分局五里墩派出所推行网上警民议事厅,"
                          "累计收集群众意见1.2万条,辖区警情同比下降12%。")
    assert agency.name == "合肥市公安局蜀山分局五里墩派出所"


def test_a_checkpoint_on_a_highway_under_its_branch_is_the_checkpoint():
    agency = one_practice("北京市公安局房山分局京港澳高速窦店公安检查站是进京的重要关口,"
                          "去年查获犯罪嫌疑人120名,查获违禁品300余件。")
    assert agency.name == "北京市公安局房山分局京港澳高速窦店公安检查站"


def test_a_station_under_a_branch_named_with_its_police_word_is_the_station():
    agency = one_practice("近年来,绵阳市公安局城北公安分局元通派出所创建枫桥式派出所,化解矛盾纠纷320起,辖区警情下降18%。")
    assert agency.name == "绵阳市公安局城北公安分局元通派出所"


def test_a_places_police_as_the_press_names_them_is_its_bureau():
    agency = one_practice("近日,钟祥警方开展夏季治安打击整治行动,破获盗窃案件45起,抓获嫌疑人12名。")
    assert (agency.name, agency.agency_type) == ("钟祥市公安局", "police")


def test_a_short_form_bureau_with_its_branch_takes_the_city():
    span_text = "兰州市推进警务改革。市公安局城关分局推行快速处警机制,处警用时缩短至5分钟,可防性案件下降20%。"
    span = CaseSpan(seq=1, char_start=0, char_end=len(span_text), title="", agency_raw="市公安局城关分局")
    assert resolve_agency(span, span_text, NO_META).name == "兰州市公安局城关分局"


def test_the_city_written_before_a_district_committee_stays():
    assert expand_abbreviation("北京市西城区委政法委", province=None, city="北京市", county=None) == "北京市西城区委政法委"


def test_a_level_word_before_any_agency_takes_the_county_of_the_case():
    span_text = "烟台市福山区推进法律援助。区法律援助中心为农民工追回工资120万元,办理援助案件300件。"
    span = CaseSpan(seq=1, char_start=0, char_end=len(span_text), title="", agency_raw="区法律援助中心")
    assert resolve_agency(span, span_text, NO_META).name.endswith("福山区法律援助中心")


def test_running_text_before_a_level_word_is_no_city():
    # a work report: "我代表市人民检察院…", "认真落实市委…全会精神": neither 代表市 nor 认真落实市 is a city
    text = ("各位代表:\n现在,我代表市人民检察院向大会报告工作,请予审议。\n2023年工作回顾\n"
            "2023年,全市检察机关认真落实市委全会精神,共办理审查起诉案件5600件,同比上升8%。")
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="2023年工作回顾", agency_raw="市人民检察院")
    name = resolve_agency(span, text, NO_META).name
    assert name == "市人民检察院"


def test_a_verb_after_a_place_is_no_part_of_an_agency_name():
    agency = one_practice("近年来,丽江市古城区紧扣综治中心规范化建设目标,构建“1+N”工作体系,"
                          "全区化解矛盾纠纷2300件,化解率98.5%。")
    assert "紧扣" not in (agency.name or "")


@pytest.mark.parametrize("written, place", [
    ("正定县人民法院", "正定县"),          # names that start with a character running text also starts with
    ("上饶市中级人民法院", "上饶市"),
    ("北京市门头沟区人民法院", "北京市门头沟区"),
    ("于都县公安局", "于都县"),
])
def test_places_whose_name_starts_like_running_text_are_places(written, place):
    from etl.agencies import PLACE_RE
    assert PLACE_RE.match(written).group(0) == place


def test_we_the_court_without_a_publisher_is_the_court_of_the_reports_county():
    text = ("坚持综合治理 切实解决执行难\n"
            "近年来,浙江省开化县委、县政府高度重视执行工作。我院坚持府院联动,开展执行“大会战”,"
            "全年执结案件3200件,执行到位金额5.6亿元,法院执行工作获上级肯定。\n")
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw="我院")
    agency = resolve_agency(span, text, NO_META)
    assert (agency.name, agency.agency_type) == ("开化县人民法院", "court")


def test_a_headlines_short_form_of_a_station_takes_the_full_name_the_body_writes():
    text = ("5月15日上午,咸阳市公安局秦都分局茂陵派出所户籍大厅的叫号屏刚亮起,市民就来办理户口登记,"
            "综合窗口办理时间缩短一半。")
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="“一窗通办”省时省心", agency_raw="咸阳茂陵派出所")
    assert resolve_agency(span, text, NO_META).name == "咸阳市公安局秦都分局茂陵派出所"


def test_a_city_short_form_in_a_municipalitys_report_is_the_municipalitys():
    text = ("现在,我代表市人民检察院向大会报告工作。2023年,全市检察机关为重庆建设提供有力司法保障,"
            "办理审查起诉案件5.6万件,认罪认罚适用率90%。")
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw="市人民检察院")
    assert resolve_agency(span, text, NO_META).name == "重庆市人民检察院"


def test_a_mediation_committee_is_typed_justice_but_no_agency_alone():
    assert agency_type_of("阳新县医疗纠纷人民调解委员会") == "justice"
    from etl.segment import _valid_agency
    assert not _valid_agency("人民调解委员会")


def test_running_text_before_a_station_is_no_part_of_its_name():
    text = "家住咸阳的王某来到茂陵派出所户籍大厅,办理时间缩短一半。"
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw="咸阳茂陵派出所")
    assert "王某" not in resolve_agency(span, text, NO_META).name


def test_a_place_whose_level_is_another_is_no_place():
    from etl.agencies import PLACE_RE
    assert PLACE_RE.match("于都市场监管") is None or PLACE_RE.match("于都市场监管").group(0) != "于都市"


def test_a_police_bureaus_detachment_keeps_its_full_name():
    agency = one_practice("湖南省常德市公安局交通警察支队直属一大队,按照省公安厅推进县域警务工作要求,"
                          "创新道路交通事故防控,事故起数同比下降15%。")
    assert agency.name.endswith("常德市公安局交通警察支队直属一大队")


def test_a_province_short_name_before_a_known_city_is_no_common_noun():
    # (晋城市 ends like 城市): the province's short name is read as its place, and dropped from the name
    assert standard_name(trim_false_place("山西晋城市人民检察院")) == "晋城市人民检察院"


def test_a_work_reports_cover_lines_give_no_county_and_the_court_is_of_its_dateline_place():
    text = ("2024年1月29日在舟山市普陀区\n第十八届人民代表大会第三次会议上\n区人民法院院长 卢某\n各位代表:\n"
            "现在,我代表区人民法院向大会报告工作。\n2023年工作回顾\n2023年,区人民法院审结案件1.2万件,同比上升5%。\n")
    from etl.segment import describe_document, segment_cases
    meta = describe_document(text)
    span = segment_cases(text, meta)[0]
    assert resolve_agency(span, text, meta).name == "舟山市普陀区人民法院"


@pytest.mark.parametrize("name", ["全国公安机关", "浙江各级法院", "市县两级法院"])
def test_organs_together_with_no_place_stay_as_written(name):
    assert expand_abbreviation(name, province=None, city=None, county=None) == name


def test_we_the_city_takes_a_known_place_from_the_title_not_a_phrase_ending_in_city():
    text = ("十载春华秋实\n党的十八大以来,全市政法系统紧紧围绕打造平安建设强市,为商丘在全省大局中奋勇争先提供了有力法治保障。"
            "2020年,我市政法综合满意度位居全省第一位。\n")
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw="我市")
    meta = DocumentMeta(title="党的十八大以来,全市政法系统紧紧围绕打造平安建设强市", publisher=None, published_date=None, year=None)
    assert resolve_agency(span, text, meta).name != "打造平安建设强市"


@pytest.mark.parametrize("sentence, agency", [
    ("青岛市中级人民法院审判监督庭坚持能动司法,全年审查申请再审案件1200件。", "青岛市中级人民法院审判监督庭"),
    ("深圳市交警局推出“秒处”机制,事故处理时间缩短一半。", "深圳市交警局"),
])
def test_a_courts_division_and_a_traffic_police_bureau_keep_their_names(sentence, agency):
    from etl.segment import _actor_agency
    assert _actor_agency(sentence) == agency


@pytest.mark.parametrize("raw, text, name", [
    ("我县法院", "2023年,我县法院审结案件1200件。", "我县人民法院"),
    ("全区检察机关", "2023年,广西壮族自治区全区检察机关办理案件1.2万件。", "广西壮族自治区人民检察院"),
])
def test_a_reports_own_organs_without_a_known_county_or_in_an_autonomous_region(raw, text, name):
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw=raw)
    assert resolve_agency(span, text, NO_META).name == name


def test_running_text_before_a_city_word_is_no_city_and_a_local_paper_names_the_place():
    text = ("今年以来,全市政法机关聚焦市委战略举措,努力建设更高水平的平安晋中。"
            "市公安局部署开展专项行动,破获刑事案件2793起。晋中两级法院创建多元解纷模式。")
    span = _span(text, "市公安局")
    meta = DocumentMeta(title=None, publisher="晋中日报", published_date=None, year=None)
    assert resolve_agency(span, text, NO_META).name != "政法机关聚焦市公安局"
    assert resolve_agency(span, text, meta).name == "晋中市公安局"


@pytest.mark.parametrize("written, full", [
    ("上海金融法院", "上海金融法院"), ("海口海事法院", "海口海事法院"), ("北京互联网法院", "北京互联网法院"),
    ("邹平市法院", "邹平市人民法院"), ("常德津市市法院", "常德津市市人民法院"), ("滁州市法院", "滁州市中级人民法院"),
])
def test_special_courts_keep_their_names_and_a_county_level_citys_court_is_a_basic_court(written, full):
    assert expand_abbreviation(written, province="山东省", city="滨州市", county=None) == full


def test_a_short_parent_is_written_in_full_with_its_division_or_tribunal_as_written():
    text = "湖南省永顺法院芙蓉人民法庭创新“三阶护航”工作法,全年化解涉农纠纷300余件。"
    assert resolve_agency(_span(text, "湖南省永顺法院芙蓉人民法庭"), text, NO_META).name == "湖南省永顺县人民法院芙蓉人民法庭"
    text = "博兴县法院行政审判庭被命名为“齐鲁天平先锋岗”。"
    assert resolve_agency(_span(text, "博兴县法院行政审判庭"), text, NO_META).name == "博兴县人民法院行政审判庭"


@pytest.mark.parametrize("name, kind", [
    ("呼和浩特市赛罕区检察院", "procuratorate"), ("和田地区于田县公安局", "police"), ("和平区人民法院", "court"),
    ("甲县法院和乙县检察院", "court"),
])
def test_a_place_holding_a_joining_character_is_not_cut_as_a_list(name, kind):
    assert agency_type_of(name) == kind


def test_the_autonomous_regions_own_bureau_is_named_with_the_region():
    text = "宁夏多点发力提升法律援助惠民质效。自治区司法厅深化法律援助改革,宁夏全区办理法律援助案件1.2万件。"
    meta = DocumentMeta(title="宁夏多点发力提升法律援助惠民质效", publisher="宁夏日报", published_date=None, year=None)
    assert resolve_agency(_span(text, "自治区司法厅"), text, meta).name == "宁夏回族自治区司法厅"


def test_a_bureaus_squad_is_police_and_a_sub_unit_of_its_bureau_from_one_list():
    from etl.agencies import POLICE_SQUADS, SUB_UNIT
    assert "刑警" in POLICE_SQUADS and "反诈" in POLICE_SQUADS
    for squad in POLICE_SQUADS:
        assert agency_type_of(squad + "大队") == "police"
        assert SUB_UNIT.match("开发区分局" + squad + "支队").group(0) == "开发区分局" + squad + "支队"


def test_no_place_holds_de_and_a_level_word_is_no_county():
    # 高标准新建的高县综治中心: "准新建的高县" is running text, and 县级综治中心 is the county level's centre
    agency = one_practice("县级综治中心——调度有力的“中枢”\n"
                          "2024年9月,高标准新建的高县综治中心投入使用,设置受理区、化解区、调度区,"
                          "全年受理群众诉求1100件。\n")
    assert "的" not in agency.name and not agency.name.startswith("准")


@pytest.mark.parametrize("name, kind", [("海南省政法机关", "committee"), ("宝安区政法系统", "committee"),
                                        ("全省检察机关", "procuratorate"), ("新疆维吾尔自治区各级反诈中心", "police")])   # (反诈中心: the police's)
def test_a_places_organs_together_are_typed_by_their_ending(name, kind):
    assert agency_type_of(name) == kind


@pytest.mark.parametrize("body, name", [
    ("会泽县推进基层治理,确保全县纠纷就地化解,由县委政法委统筹,化解纠纷2600件。", "会泽县委政法委"),
    ("剑阁县位于川北山区,压实县委县政府主体责任,县委政法委牵头推进,化解纠纷900件。", "剑阁县委政法委"),
])
def test_a_bare_county_organ_takes_the_reports_county_not_the_words_before_it(body, name):
    span = CaseSpan(seq=1, char_start=0, char_end=len(body), title="", agency_raw="县委政法委")
    assert resolve_agency(span, body, NO_META).name == name


def test_a_province_by_its_short_name_is_typed_by_the_system_reporting():
    text = "甘肃创新“三调对接”机制\n甘肃发挥综治中心作用,三年化解矛盾纠纷七十余万件。"
    meta = DocumentMeta(title="甘肃创新“三调对接”机制", publisher=None, published_date=None, year=None)
    agency = resolve_agency(_span(text, "甘肃"), text, meta)
    assert (agency.name, agency.agency_type) == ("甘肃", "committee")


@pytest.mark.parametrize("name", ["常熟市社会治安综合治理中心", "西宁市社会管理综合治理委员会", "黄石市西塞山区综治委"])
def test_a_comprehensive_governance_centre_or_committee_written_in_full_is_a_committee(name):
    assert agency_type_of(name) == "committee"


@pytest.mark.parametrize("written, standard", [
    ("河南省巩义市人民法院竹林人民法庭", "巩义市人民法院竹林人民法庭"),   # a county-level city: no province
    ("山东省聊城市东阿县司法局", "东阿县司法局"),                        # a county: no city, no province
    ("江苏省南通市中级人民法院", "南通市中级人民法院"),
    ("浙江省宁波市海曙区人民法院", "宁波市海曙区人民法院"),              # a district keeps its city
    ("重庆市长寿区人民法院", "重庆市长寿区人民法院"),                    # a municipality's unit keeps it
    ("安徽省高级人民法院", "安徽省高级人民法院"),
    # a political-legal commission, however written, by its full name
    ("亭湖区委政法委", "中共亭湖区委政法委员会"),
    ("枣庄市委政法委", "中共枣庄市委政法委员会"),
    ("中国共产党荣成市委员会政法委员会", "中共荣成市委政法委员会"),
    ("浙江省政法委", "中共浙江省委政法委员会"),   # (written without the committee's 委)
    ("宁海经济开发区政法委", "宁海经济开发区政法委"),   # (a zone has no 区委 to name it by)
    ("深圳市坪山区委政法委", "中共深圳市坪山区委政法委员会"),
    ("市委政法委", "市委政法委"),                                      # (no place: as written)
    # a place's organs under its short name: the place in full
    ("苏州公安局", "苏州市公安局"),
    ("南京法院", "南京市法院"),
    ("杭州人大", "杭州市人大"),
    ("江苏检察机关", "江苏省检察机关"),
    ("朝阳法院", "朝阳法院"),                       # (a name many districts and cities share: as written)
])
def test_agency_is_named_from_its_own_levels_place(written, standard):
    assert standard_name(written) == standard


@pytest.mark.parametrize("written, region, standard", [
    ("沙市区人民法院", ("湖北省", "荆州市", "沙市区"), "荆州市沙市区人民法院"),
    ("城中区司法局", ("广西壮族自治区", "柳州市", "城中区"), "柳州市城中区司法局"),   # 城中区 is in several cities
    ("长寿区人民法院", ("重庆市", "重庆市", "长寿区"), "重庆市长寿区人民法院"),
    ("张店区", ("山东省", "淄博市", "张店区"), "淄博市张店区"),                       # a district that acts
    ("城中区司法局", ("广西壮族自治区", "柳州市", None), "城中区司法局"),              # region not the district's
    ("东阿县司法局", ("山东省", "聊城市", "东阿县"), "东阿县司法局"),                  # a county stays alone
])
def test_a_district_written_alone_is_given_the_city_read_for_it(written, region, standard):
    from etl.records import Region
    assert standard_name(written, Region(*region)) == standard


def test_pipeline_names_the_agency_in_full_and_keys_it_by_its_own_level():
    from etl.pipeline import extract_document
    text = ("河南省巩义市人民法院推进诉源治理\n"
            "今年以来,河南省巩义市人民法院深化诉源治理,联合乡镇设立调解工作室20个,化解纠纷1200余件。\n")
    case = extract_document(text.encode("utf-8"), "x.txt").cases[0]
    assert (case["agency"], case["agency_key"], case["province"], case["county"]) == (
        "河南省巩义市人民法院", "巩义市人民法院", "河南省", "巩义市")
    # a province written by its short name is written in full; the same court written from its own
    # level in another report has the same key
    short = extract_document(text.replace("河南省", "河南").encode("utf-8"), "y.txt").cases[0]
    own = extract_document(text.replace("河南省", "").encode("utf-8"), "z.txt").cases[0]
    assert short["agency"] == "河南省巩义市人民法院"
    assert short["agency_key"] == own["agency_key"] == own["agency"] == "巩义市人民法院"


def test_a_case_naming_no_agency_is_the_place_it_keeps_naming():
    text = ("镇原县推进平安建设\n"
            "近年来,镇原县坚持把平安建设摆在突出位置,健全矛盾纠纷多元化解机制,调处矛盾纠纷1500起。"
            "镇原县还在各乡镇建成综治中心19个,群众安全感持续提升。\n")
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw=None)
    assert resolve_agency(span, text, NO_META).name == "镇原县"
    # a place named once among others is no subject of the case
    once = "今年以来,各地深化诉源治理,镇原县、环县和华池县分别建成调解中心,化解纠纷1500起。"
    span = CaseSpan(seq=1, char_start=0, char_end=len(once), title="", agency_raw=None)
    assert resolve_agency(span, once, NO_META).name is None


def test_a_place_named_once_whose_own_committee_and_government_act_is_the_cases_subject():
    text = ("工作开展意义 近年来,峄城区党政主要负责人切实履行推进法治建设第一责任人职责,打造矛盾纠纷多元化解品牌。"
            "自2022年以来,区委书记主持召开常委会6次,听取矛盾纠纷化解工作;区政府常务会议4次研究部署调解工作,化解纠纷25件。\n")
    span = CaseSpan(seq=1, char_start=0, char_end=len(text), title="", agency_raw=None)
    assert resolve_agency(span, text, NO_META).name == "峄城区"
    # (a community's committee is no district's)
    words = text.replace("区委书记", "社区委员会").replace("区政府常务会议", "小区委员会")
    span = CaseSpan(seq=1, char_start=0, char_end=len(words), title="", agency_raw=None)
    assert resolve_agency(span, words, NO_META).name is None


@pytest.mark.parametrize("written", ["芜湖经济技术开发区人民检察院", "江宁经济技术开发区人民法院", "盐城经济技术开发区政法委"])
def test_a_development_zones_agency_keeps_its_zone(written):
    # (the long kinds of zone do not fit a place name's usual length before 区)
    assert trim_false_place(written + "诉某公司污染环境案") == written + "诉某公司污染环境案"
    from etl.segment import _placed_agency_opening
    assert _placed_agency_opening(written + "诉某公司污染环境案") == written


def test_a_report_opened_by_a_zones_court_is_that_courts():
    from etl.pipeline import extract_document
    text = ("郑州航空港区法院注重发挥人民调解的基础性作用,持续深化诉源治理,2023年通过诉前调解成功化解纠纷3493件。\n"
            "该院主动向区党工委、政法委请示汇报,由区政法委牵头抓总,整合21家单位,建成平安建设促进中心。\n")
    rows = extract_document(text.encode(), "x.txt")
    assert [c["agency"] for c in rows.cases] == ["郑州航空港区人民法院"]


@pytest.mark.parametrize("written, standard", [
    ("四川崇州市人民法院", "崇州市人民法院"),
    ("湖南衡南县人民法院", "衡南县人民法院"),
    ("北京大兴区人民法院", "北京市大兴区人民法院"),
    ("大理州委政法委", "中共大理白族自治州委政法委员会"),    # an autonomous prefecture by its short form
    ("石柱县人民法院", "石柱土家族自治县人民法院"),
    ("江宁经济技术开发区人民法院", "南京市江宁经济技术开发区人民法院"),   # a district's zone keeps its city
    ("芜湖经济技术开发区人民检察院", "芜湖经济技术开发区人民检察院"),       # a city's zone is named after it
    ("宁波市数据局、宁波市财政局、宁波市司法局", "宁波市数据局"),           # co-holders: the lead
])
def test_a_provinces_short_name_before_a_county_is_dropped_but_a_municipalitys_written_out(written, standard):
    assert standard_name(written) == standard


def test_a_case_naming_its_county_once_then_as_the_county_is_that_county():
    from etl.pipeline import extract_document
    text = ("为把矛盾调处关口前移,2017年以来,东海县先后出台三份大调解工作的规范化文件,压实基层责任。\n"
            "2018年度,该县调解组织共受理矛盾纠纷4769件,调解成功率达99.8%;全县诉讼案件同比下降16.2%。\n"
            "该县成立社会矛盾调处服务中心,负责全县矛盾调处工作的综合协调。\n")
    rows = extract_document(text.encode(), "x.txt")
    assert [c["agency"] for c in rows.cases] == ["东海县"]


@pytest.mark.parametrize("written, standard", [("惠州", "惠州市"), ("河北", "河北省"), ("天津", "天津市")])
def test_a_place_that_acts_written_short_is_named_in_full(written, standard):
    assert standard_name(written) == standard


def test_a_headline_telling_who_was_honoured_is_no_agency_name():
    from etl.segment import _actor_agency
    assert _actor_agency("淮北市一集体一个人获司法部表彰") in (None, "司法部")   # (the giver, if any: never the headline)


@pytest.mark.parametrize("phrase", ["国家级经济技术开发区在全国率先建立", "加快经济技术开发区建设"])
def test_a_zone_word_after_no_place_is_no_place(phrase):
    from etl.agencies import PLACE_RE
    assert PLACE_RE.match(phrase) is None or not PLACE_RE.match(phrase).group(0).endswith("开发区")
    assert trim_false_place(phrase) == phrase


def test_a_citys_whole_is_no_mention_of_the_city():
    from etl.pipeline import extract_document
    text = ("近日,扬州市召开平安建设推进会。某街道坚持在全市率先推行网格化管理,化解纠纷300件,全市排名第一,成为全市标杆。\n")
    rows = extract_document(text.encode(), "x.txt")
    assert rows.cases[0]["agency"] != "扬州市"


def test_a_procuratorates_branch_is_kept_in_its_name():
    from etl.segment import _actor_agency
    assert _actor_agency("天津市人民检察院第二分院办理的某公益诉讼案") == "天津市人民检察院第二分院"


def test_a_traffic_management_squad_is_kept_after_its_bureau():
    from etl.segment import _actor_agency
    assert _actor_agency("今年以来,澄城县公安局交通管理大队在国省道沿线安装语音提示器90余部") == "澄城县公安局交通管理大队"


# The name a case shows: as written, never cut, the places above it written in full.
@pytest.mark.parametrize("written, own, region, shown", [
    ("沙市区人民法院", "荆州市沙市区人民法院", Region("湖北省", "荆州市", "沙市区"), "荆州市沙市区人民法院"),
    ("江苏省南通市中级人民法院", "南通市中级人民法院", Region("江苏省", "南通市"), "江苏省南通市中级人民法院"),
    ("四川崇州市人民法院", "崇州市人民法院", Region("四川省", "成都市", "崇州市"), "四川省崇州市人民法院"),
    ("江西赣州上犹县", "上犹县", Region("江西省", "赣州市", "上犹县"), "江西省赣州市上犹县"),
    ("河北廊坊广阳区", "廊坊市广阳区", Region("河北省", "廊坊市", "广阳区"), "河北省廊坊市广阳区"),
    ("天津蓟州区", "天津市蓟州区", Region("天津市", "天津市", "蓟州区"), "天津市蓟州区"),
    ("台州温岭市人民法院", "温岭市人民法院", Region("浙江省", "台州市", "温岭市"), "台州市温岭市人民法院"),
    # a province the region does not confirm is left as the standard name has it
    ("河北廊坊广阳区", "廊坊市广阳区", Region(None, "廊坊市", "广阳区"), "廊坊市广阳区"),
])
def test_a_cases_agency_is_shown_in_full_with_its_places_written_out(written, own, region, shown):
    assert full_name(written, own, region) == shown


@pytest.mark.parametrize("written, named", [
    ("宁海县西店法庭", "宁海县人民法院西店人民法庭"), ("宁海县西店人民法庭", "宁海县人民法院西店人民法庭"),
    ("宁海县人民法院西店人民法庭", "宁海县人民法院西店人民法庭"),
    ("余杭区共享法庭", "余杭区共享法庭"), ("崇州市街子旅游环保法庭", "崇州市街子旅游环保法庭"),    # (a tribunal of a kind)
])
def test_a_countys_tribunal_written_after_the_county_is_named_under_its_court(written, named):
    text = f"诉源治理见成效\n{written}深化诉前调解,全年化解纠纷1200件。\n"
    meta = describe_document(text)
    span = next(iter(segment_cases(text, meta)))
    assert resolve_agency(span, text, meta).name == named


@pytest.mark.parametrize("written, named", [
    ("宁夏司法厅", "宁夏回族自治区司法厅"), ("贵州公安厅", "贵州省公安厅"), ("吉林高级人民法院", "吉林省高级人民法院"),
    ("贵州省公安厅", "贵州省公安厅"), ("吉林市公安局", "吉林市公安局"),
])
def test_a_provinces_department_written_with_its_short_name_is_named_in_full(written, named):
    text = f"全省推进改革\n{written}深化改革,全年办理业务12万件。\n"
    meta = describe_document(text)
    span = next(iter(segment_cases(text, meta)))
    assert resolve_agency(span, text, meta).name == named
