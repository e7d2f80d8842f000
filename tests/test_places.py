"""Region resolution (etl.places) and the division index helpers (etl.divisions)."""
import pathlib

import pytest

from etl.divisions import adcode_of, children, geojson_path, province_names
from etl.places import document_place, find_places, resolve_region
from etl.records import Agency, DocumentMeta, Region

RAW = pathlib.Path(__file__).resolve().parents[1] / "data" / "raw"
YANCHENG = (RAW / "000_7fc214eba3235496.txt").read_text(encoding="utf-8")
HENGSHUI = (RAW / "002_9ad7854ab247dcce.txt").read_text(encoding="utf-8")
NO_META = DocumentMeta(title=None, publisher=None, published_date=None, year=None)


def region_of(agency_name, case_text="", doc_text="", meta=NO_META):
    return resolve_region(Agency(agency_name, "other"), case_text, doc_text, meta)


@pytest.mark.parametrize("agency, expected", [
    ("盐城市中级人民法院", Region("江苏省", "盐城市", None, "320900")),
    ("重庆市长寿区人民检察院", Region("重庆市", "重庆市", "长寿区", "500115")),
    ("衡水市人民检察院", Region("河北省", "衡水市", None, "131100")),
    ("江苏省南京市人民检察院", Region("江苏省", "南京市", None, "320100")),
    ("重庆市涪陵区人民法院", Region("重庆市", "重庆市", "涪陵区", "500102")),
    ("江苏省高级人民法院", Region("江苏省", None, None, "320000")),
    ("北京市朝阳区人民法院", Region("北京市", "北京市", "朝阳区", "110105")),
    ("恩施州中级人民法院", Region("湖北省", "恩施土家族苗族自治州", None, "422800")),
    ("石柱县", Region("重庆市", "重庆市", "石柱土家族自治县", "500240")),
    ("郑州市管城区人民检察院", Region("河南省", "郑州市", "管城回族区", "410104")),   # (its people left out)
    ("荣昌法院", Region("重庆市", "重庆市", "荣昌区", "500153")),
    ("衡水中院", Region("河北省", "衡水市", None, "131100")),
    ("广西壮族自治区人民检察院", Region("广西壮族自治区", None, None, "450000")),
    ("新疆法院", Region("新疆维吾尔自治区", None, None, "650000")),
    ("两江新区法院", Region("重庆市", "重庆市", None, "500000")),
    # a district's former name as a county-level city or a county, in older reports
    ("江苏省海门市人民法院", Region("江苏省", "南通市", "海门区", "320614")),
    ("密云县人民检察院", Region("北京市", "北京市", "密云区", "110118")),
])
def test_agency_name_alone_gives_region(agency, expected):
    assert region_of(agency) == expected


@pytest.mark.parametrize("agency, expected", [
    ("射阳县人民检察院", Region("江苏省", "盐城市", "射阳县", "320924")),
    ("东台市人民检察院", Region("江苏省", "盐城市", "东台市", "320981")),
    ("亭湖区委政法委", Region("江苏省", "盐城市", "亭湖区", "320902")),
    ("滨海县人民检察院", Region("江苏省", "盐城市", "滨海县", "320922")),
    ("盐城经济技术开发区政法委", Region("江苏省", "盐城市", None, "320900")),
    ("市公安局", Region("江苏省", "盐城市", None, "320900")),
])
def test_agencies_in_the_yancheng_report(agency, expected):
    assert region_of(agency, "", YANCHENG) == expected


def test_city_agency_is_not_pushed_down_to_a_county_its_text_names():
    assert region_of("市公安局", "射阳县公安局先行试点", YANCHENG) == Region("江苏省", "盐城市", None, "320900")


def test_wo_shi_in_a_hengshui_report_is_hengshui():
    assert region_of(None, "我市政法机关积极探索", HENGSHUI) == Region("河北省", "衡水市", None, "131100")


def test_document_place_of_the_hengshui_report():
    assert document_place(None, None, HENGSHUI).adcode == "131100"


@pytest.mark.parametrize("doc_text, expected", [
    ("南京市法院系统推进改革。", Region("江苏省", "南京市", "鼓楼区", "320106")),
    ("福州市法院系统推进改革。", Region("福建省", "福州市", "鼓楼区", "350102")),
    ("某地法院推进改革。", Region()),
])
def test_ambiguous_district_is_settled_by_context_or_left_empty(doc_text, expected):
    assert region_of("鼓楼区人民法院", "该院探索诉源治理。", doc_text) == expected


def test_national_agency_has_no_region():
    assert region_of("最高人民法院", "盐城市中级人民法院入选", YANCHENG) == Region()


@pytest.mark.parametrize("text", [
    "身穿中山装出席",
    "江南水乡风貌",
    "推进经济开发区建设",
    "创新县域社会治理",
    "地处长江上游南岸",
    "主城区交通拥堵",
    "省、市和县三级联动",
    "长治久安",
    "铁路公安派出所",
    "会同省委政法委督办",
    "全州政法机关",
    "建设新城市民服务中心",           # (新城区's former name read only before an agency word)
])
def test_words_that_merely_contain_place_characters_are_not_places(text):
    assert find_places(text) == []


@pytest.mark.parametrize("text, adcode", [
    ("河北省献县人民法院", "130929"),     # two-character county after its province
    ("西安市新城区", "610102"),           # common-word district after its city
    ("重庆公安推出警快办", "500000"),     # short name before an agency word
    ("盐城市场监管局", "320900"),
])
def test_place_forms_found_in_text(text, adcode):
    assert [c.adcode for m in find_places(text) for c in m.candidates] == [adcode]


def test_province_names_are_the_map_names():
    names = province_names()
    assert len(names) == 34
    assert {"重庆市", "江苏省", "广西壮族自治区", "香港特别行政区"} <= set(names)


@pytest.mark.parametrize("names, adcode", [
    (("江苏省",), "320000"),
    (("江苏省", "盐城市"), "320900"),
    (("重庆市", "重庆市", "长寿区"), "500115"),
    (("江苏省", "重庆市"), None),
])
def test_adcode_of(names, adcode):
    assert adcode_of(*names) == adcode


def test_children_of_a_city():
    assert ("320924", "射阳县") in children("320900")
    assert len(children("320900")) == 9


def test_children_of_a_municipality_are_its_districts():
    assert ("500115", "长寿区") in children("500000")


def test_geojson_path_exists():
    assert geojson_path("320900").name == "320900.geojson"
    assert geojson_path("320900").exists()


def test_a_campaign_named_after_the_reports_place_places_it():
    text = ("10月22日,县人民调解协会成立大会召开,64名会员参加会议。近年来,县司法局坚守“平安德清”工作第一线,"
            "全年调解纠纷1200余件。")
    assert region_of("县司法局", text, text) == Region("浙江省", "湖州市", "德清县", "330521")
    # (平安中国, 平安建设: no place)
    assert find_places("推进平安中国建设,深化平安建设") == []


def test_case_without_agency_place_takes_the_place_its_text_is_about():
    dongtai_case = YANCHENG[YANCHENG.index("检察约谈促进企业"):YANCHENG.index("获评2021")]
    assert region_of("该院", dongtai_case, YANCHENG) == Region("江苏省", "盐城市", "东台市", "320981")


def test_a_short_form_of_two_places_is_settled_by_the_documents_region():
    from etl.places import canonical_place, find_places
    assert canonical_place("巴州") is None      # 巴中市巴州区 or 巴音郭楞蒙古自治州
    assert {c.name for m in find_places("巴州公安机关") for c in m.candidates} == {"巴州区", "巴音郭楞蒙古自治州"}


def test_a_grass_roots_unit_is_named_after_its_township_not_a_county():
    # 潞城区 (长治) and 芙蓉区 (长沙) exist, but a station's short name is its township's
    assert region_of("潞城派出所", "潞城派出所“公园壹号”案例获评二等奖") == Region()
    assert region_of("芙蓉法庭", "芙蓉法庭巡回审判") == Region()
    assert region_of("潞城司法所", "潞城司法所调解纠纷") == Region()    # (司法所 starts with 司法)
    assert region_of("潞城检察室", "潞城检察室接待群众") == Region()
    # the county written with its level is still the county
    assert region_of("潞城区公安局", "潞城区公安局").county == "潞城区"


@pytest.mark.parametrize("written, full", [
    ("四川崇州", ("崇州市", "county")),             # a province's short name before its county's
    ("广州黄埔", ("广州市黄埔区", "county")),       # a district written with its city keeps it
    ("北京大兴", ("北京市大兴区", "county")),
    ("黄埔", ("黄埔区", "county")),                 # (a district written alone stays alone here)
    ("福建南平市", ("南平市", "city")),             # a province's short name before a city's full one
])
def test_a_place_written_as_a_chain_of_short_names(written, full):
    from etl.places import canonical_place
    assert canonical_place(written) == full
