"""Figure -> indicator mapping (etl/indicators.py, etl/vocab/indicators.csv).

Phrases are sentences of the reports in data/raw (simplified script, as the
normaliser hands them on); labels are what the figure extractor cuts before the
number.
"""
import pytest

from etl import schema
from etl.indicators import label_clause, load_catalog, map_indicator
from etl.records import Figure


def fig(label: str, sentence: str, kind: str, unit: str, value: float = 1.0) -> Figure:
    return Figure(value=value, unit=unit, label=label, kind=kind, qualifier=None, period=None,
                  sentence=sentence, char_start=0, char_end=1)


CATALOG = {i.key: i for i in load_catalog()}


def test_catalog_has_at_least_25_indicators():
    assert len(CATALOG) >= 25


@pytest.mark.parametrize("key", [
    "disputes_resolved", "mediation_success_rate", "cases_accepted", "cases_closed", "closure_rate",
    "new_cases_change", "pre_litigation_share", "avg_handling_days", "handling_minutes", "online_rate",
    "registered_users", "visits", "services_delivered", "people_reached", "money_involved",
    "money_recovered", "typical_cases_selected", "satisfaction", "coverage_rate", "trainings",
    "supervision_opinions",
])
def test_catalog_covers_the_issue_list(key):
    assert key in CATALOG


def test_every_catalog_row_is_complete():
    for ind in CATALOG.values():
        assert ind.name_zh and ind.name_en and ind.terms, ind.key
        assert ind.direction in ("higher", "lower"), ind.key
        assert ind.kind in schema.METRIC_KINDS, ind.key
        assert set(ind.metric_kinds) <= set(schema.METRIC_KINDS), ind.key


@pytest.mark.parametrize("key, direction", [
    ("avg_handling_days", "lower"),
    ("handling_minutes", "lower"),
    ("new_cases_change", "lower"),
    ("incidence_change", "lower"),
    ("case_ratio", "lower"),
    ("ranking", "lower"),
    ("disputes_resolved", "higher"),
    ("mediation_success_rate", "higher"),
    ("satisfaction", "higher"),
])
def test_direction(key, direction):
    assert CATALOG[key].direction == direction


@pytest.mark.parametrize("label, sentence, kind, unit, expected", [
    ("成功化解矛盾纠纷", "2017至2022年,中心直接收案24336件,成功化解矛盾纠纷16206件,涉案标的14.3亿元。", "count", "件", "disputes_resolved"),
    ("中心直接收案", "2017至2022年,中心直接收案24336件,成功化解矛盾纠纷16206件,涉案标的14.3亿元。", "count", "件", "cases_accepted"),
    ("涉案标的", "2017至2022年,中心直接收案24336件,成功化解矛盾纠纷16206件,涉案标的14.3亿元。", "money", "元", "money_involved"),
    ("实现新收案件", "2022年,实现新收案件同比下降14.92%,诉源治理成效明显", "change", "%", "new_cases_change"),
    ("成功率", "化解矛盾纠纷20570件、成功率达99.42%,化“小矛盾”为“大和谐”", "rate", "%", "mediation_success_rate"),
    ("调解成功率", "同比分别增长280%、59%,调解成功率达96%", "rate", "%", "mediation_success_rate"),
    ("群众安全感指数", "群众安全感指数达99.8%,成功创建了全国信访工作“三无”区县。", "rate", "%", "satisfaction"),
    ("平均审理时长", "速裁结案12045件,平均审理时长控制在19天内。", "duration", "天", "avg_handling_days"),
    ("当事人", "大大简化了司法流程,当事人仅需20分钟,即可领取法院的司法确认书", "duration", "分钟", "handling_minutes"),
    ("全市法院受理案件", "截至目前,全市法院受理案件57876件,结案46407件,审判质效居全省前列。", "count", "件", "cases_accepted"),
    ("结案", "截至目前,全市法院受理案件57876件,结案46407件,审判质效居全省前列。", "count", "件", "cases_closed"),
    ("全市法院网上立案", "全市法院网上立案16505件、网上缴费7588件、电子送达8210件", "count", "件", "online_cases"),
    ("是全程网办率", "是全程网办率超过75%的4个平台之一", "rate", "%", "online_rate"),
    ("注册人数从最开始", "注册人数从最开始的不到20万持续增加到1714万,累计访问量5.4亿人次", "count", "", "registered_users"),
    ("访问量", "注册人数从最开始的不到20万持续增加到1714万,累计访问量5.4亿人次", "count", "人次", "visits"),
    ("提供智能诉讼服务", "开展全域立案、巡回审判等3600余场次,提供智能诉讼服务7000余件次", "count", "件次", "services_delivered"),
    ("惠及基层群众", "提供智能诉讼服务7000余件次,惠及基层群众30万人以上", "count", "人", "people_reached"),
    ("回经济损失和追缴赃款赃物", "积极加强与金融机构协作配合,挽回经济损失和追缴赃款赃物300余万元。", "money", "元", "money_recovered"),
    ("罪案件入选国家级典型案例", "该院办理和指导办理的涉众型网络经济犯罪案件入选国家级典型案例8件、省级典型案例15件", "count", "件", "typical_cases_selected"),
    ("点位覆盖率", "开通57个镇(街道)远程公证服务,点位覆盖率达41%", "rate", "%", "coverage_rate"),
    ("参训", "创新性开展“半月一讲”活动,参训590余人次。", "count", "人次", "trainings"),
    ("发出监督意见", "已评查案件125件,发出监督意见13份", "count", "份", "supervision_opinions"),
    ("自动履行率", "申请司法确认11729件,自动履行率达80%以上", "rate", "%", "compliance_rate"),
    ("优化降低“案-件比”", "优化降低“案-件比”至1:1.104,全省领先", "ratio", "比", "case_ratio"),
    ("该市执行质效总体排名全省", "该市执行质效总体排名全省第三。", "rank", "名次", "ranking"),
    ("非法集资案件", "累计挤压、驱离P2P业务公司186家,非法集资案件同比下降30%", "change", "%", "incidence_change"),
])
def test_maps_real_phrases(label, sentence, kind, unit, expected):
    assert map_indicator(fig(label, sentence, kind, unit)) == expected


def test_a_share_reads_the_clause_it_is_a_share_of():
    # 占一审立案数量的59.26%: the clause before says the share is of 诉前调解.
    f = fig("占一审立案数量", "全市法院诉前调解纠纷14304件,占一审立案数量的59.26%。", "ratio", "%")
    assert map_indicator(f) == "pre_litigation_share"


@pytest.mark.parametrize("label, sentence, kind, unit", [
    # a background figure, not a result
    ("全县主要劳动力输出占比", "全县主要劳动力输出占比30%,农村“三留守”现象突出", "rate", "%"),
    # a change in days is not a percentage change; no indicator compares it
    ("比全省平均值", "执行结案平均用时99.52天,比全省平均值(113.09天)少13.57天。", "change", "天"),
    # a list of departments: 宣传 is a department here, not publicity work
    ("中小学资源", "有效整合纪委监委、宣传、公安、市场监管等20多个职能部门、8个镇街和30所中小学资源", "count", "所"),
])
def test_unrelated_figures_stay_unmapped(label, sentence, kind, unit):
    assert map_indicator(fig(label, sentence, kind, unit)) is None


def test_neighbouring_figure_noun_is_not_borrowed():
    # 9个警种的400余项政务服务事项: the 9 counts 警种, not 事项.
    s = "让治安户政、交巡警、出入境等9个警种的400余项政务服务事项“上一张网”"
    assert map_indicator(fig("警种", s, "count", "个")) is None
    assert map_indicator(fig("警种政务服务事项", s, "count", "项")) == "service_items"


def test_days_and_minutes_are_separate_indicators():
    s = "当事人仅需20分钟办理"
    assert map_indicator(fig("当事人仅需", s, "duration", "分钟")) == "handling_minutes"
    assert map_indicator(fig("当事人仅需办理", "当事人仅需2天办理", "duration", "天")) == "avg_handling_days"


def test_decline_keeps_its_sign_and_lower_is_better():
    # The extractor signs 下降 negative; the indicator says lower is better, so
    # a bigger decline ranks better in scoring.
    f = fig("实现新收案件", "2022年,实现新收案件同比下降14.92%", "change", "%", value=-14.92)
    key = map_indicator(f)
    assert key == "new_cases_change" and CATALOG[key].direction == "lower"


def test_label_clause_stops_at_next_figure():
    s = "让治安户政、交巡警、出入境等9个警种的400余项政务服务事项“上一张网”"
    assert label_clause("警种", s) == "让治安户政、交巡警、出入境等9个警种的"


@pytest.mark.parametrize("label, sentence, kind, unit, expected", [
    # phrases written for the terms added after reading reports beyond the corpus
    ("督促复垦耕地", "督促复垦耕地21亩,清理河道3公里", "other", "亩", "public_interest_restored"),
    ("清理河道", "督促复垦耕地21亩,清理河道3公里", "other", "公里", "public_interest_restored"),
    ("保护省级文物", "保护省级文物8处", "count", "处", "public_interest_restored"),
    ("已收缴罚款", "已收缴罚款70万余元", "money", "元", "money_recovered"),
    ("提出刑事抗诉", "提出刑事抗诉780件", "count", "件", "supervision_opinions"),
    ("法院审结后改变率", "法院审结后改变率79%", "rate", "%", "judicial_quality_rate"),
    ("打掉犯罪团伙", "打掉犯罪团伙4个", "count", "个", "enforcement_actions"),
    ("重复报警率", "重复报警率同比下降22%", "change", "%", "incidence_change"),
    ("盗窃案件破案率", "盗窃案件破案率保持100%", "rate", "%", "closure_rate"),
    ("工作实绩考核", "工作实绩考核保持在全省前三位", "rank", "名次", "ranking"),
    ("建立协作办公室", "建立协作办公室360多个", "count", "个", "sites_established"),
])
def test_maps_phrases_beyond_the_corpus(label, sentence, kind, unit, expected):
    assert map_indicator(fig(label, sentence, kind, unit)) == expected


@pytest.mark.parametrize("label, sentence, kind, unit, expected", [
    ("执行到位金额", "执结190万件,执行到位金额4.4亿元,同比分别增长10.5%和7.2%", "change", "%", "output_change"),
    ("发放案款", "发放案款96亿元", "money", "元", "money_recovered"),
    ("全年结收案比", "全年结收案比达到107.6%", "rate", "%", "closure_rate"),
])
def test_maps_enforcement_phrases(label, sentence, kind, unit, expected):
    assert map_indicator(fig(label, sentence, kind, unit)) == expected
