"""Quantitative results in case text (etl.figures.extract_figures)."""
from functools import lru_cache
from pathlib import Path

import pytest

from etl import schema
from etl.figures import extract_figures
from etl.normalise import normalise

RAW = Path(__file__).resolve().parent.parent / "data" / "raw"


def figures_in(text: str):
    return extract_figures(text, 0, len(text))


def only_figure(text: str):
    figures = figures_in(text)
    assert len(figures) == 1, figures
    return figures[0]


@lru_cache(maxsize=None)
def document(prefix: str) -> str:
    path = next(RAW.glob(f"{prefix}_*.txt"))
    return normalise(path.read_text(encoding="utf-8")).text


@lru_cache(maxsize=None)
def document_figures(prefix: str):
    text = document(prefix)
    return tuple(extract_figures(text, 0, len(text)))


def figure_at(prefix: str, written: str):
    """The figure whose own text (number + unit) is `written`, first occurrence."""
    text = document(prefix)
    for fig in document_figures(prefix):
        if text[fig.char_start:fig.char_end] == written:
            return fig
    raise AssertionError(f"{written} not extracted from {prefix}")


# ---------------------------------------------------------------- phrases

@pytest.mark.parametrize("phrase, value, unit, kind, qualifier", [
    ("破获案件120起", 120, "起", "count", None),   # a hotline's number with a unit is a count
    ("组织了5次全局性集中清查行动", 5, "次", "count", None),    # (not 五次全会)
    ("其中3例入选全省典型案例", 3, "例", "count", None),
    ("群众满意度从去年第9位升至今年第4位", 4, "名次", "rank", None),
    ("受理金融商事案件1.4万余件", 14000, "件", "count", "余"),
    ("和解金额达66.2216万元", 662216, "元", "money", None),
    ("涉案标的14.3亿元", 1430000000, "元", "money", None),
    ("帮助三十余人就业", 30, "人", "count", "余"),
    ("收缴子弹1.7万余枚", 17000, "枚", "count", "余"),
    ("摸排5571条线索", 5571, "条", "count", None),        # 条线索 is clues, unlike 各条线 (lines of work)
    ("新建站点130余万个", 1300000, "个", "count", "余"),
    ("投入资金一千万元", 10000000, "元", "money", None),
    ("投入一个多亿元建设指挥中心", 100000000, "元", "money", "余"),   # 一个多亿: one and more
    ("新建调解室占地1000多平米", 1000, "平方米", "other", "余"),
    ("缴获毒品海洛因2452.5克", 2452.5, "克", "other", None),
    ("将纠纷划分为4种类型", 4, "种", "count", None),            # 类型 is no 种类
    ("该做法在网络投票中获得295491票", 295491, "票", "count", None),
    ("组织民警培训共计910学时", 910, "学时", "duration", None),
    ("在车站地区开展打扒行动7轮次", 7, "轮次", "count", None),
    ("配备34架多旋翼无人机巡查边境", 34, "架", "count", None),
    ("绘制辖区风险地图82页", 82, "页", "count", None),
    ("建成两个平台", 2, "个", "count", None),
    ("平台日均办理事项超500件", 500, "件", "count", "超"),
    ("涉案标的额近16亿元", 1600000000, "元", "money", "近"),
    ("提供咨询约200次", 200, "次", "count", "约"),
    ("惠及群众30万人以上", 300000, "人", "count", "超"),
    ("服务企业2000多家", 2000, "家", "count", "余"),
    ("对接6300多家乡镇综治中心", 6300, "家", "count", "余"),   # 家 before 乡镇: a count of townships' centres
    ("逾百分之九十的纠纷", 90, "%", "rate", "超"),
    ("调解成功率达99.42%", 99.42, "%", "rate", None),
    ("平均审理时长控制在19天内", 19, "天", "duration", None),
    ("当事人仅需20分钟", 20, "分钟", "duration", None),
    ("用3年时间建成", 3, "年", "duration", None),
    ("累计访问量5.4亿人次", 540000000, "人次", "count", None),
    ("全省13个市(地)", 13, "个", "count", None),
    ("全院三分之一的干警", 33.33, "%", "rate", None),
    ("接入设备1,234台", 1234, "台", "count", None),
    ("八成以上的纠纷化解在基层", 80, "%", "rate", "超"),
    ("共排查出近百处存在隐患的路段", 100, "处", "count", "近"),       # a round 百 whatever its measure word
    ("向群众发放共享头盔2800余顶", 2800, "顶", "count", "余"),
    ("接入视频监控6.1万余路", 61000, "路", "count", "余"),
    ("建成1050㎡的指挥大厅", 1050, "平方米", "other", None),          # the one-character sign
    ("组建三支专业调解队伍", 3, "支", "count", None),
    ("制定三份规范化文件", 3, "份", "count", None),
    ("收到群众赠送锦旗10多面", 10, "面", "count", "余"),
    ("申请期限压缩在30日内", 30, "天", "duration", None),              # a span of days, not a date
    ("复杂警情以3日为周期跟踪回访", 3, "天", "duration", None),
    ("化解了一起20多年的地界纠纷", 20, "年", "duration", "余"),        # 多 makes it no date
    ("周某某等31人民事公益诉讼案", 31, "人", "count", None),           # 人 before 民事, not 人民
    ("调解室由3个人轮流值守", 3, "人", "count", None),                 # people counted with 个
    ("组建了一个由五个人组成的专班", 5, "人", "count", None),
    ("全市新建3个人民法庭", 3, "个", "count", None),                   # 个 of 人民法庭s
    ("侦破侵犯公民个人信息案件12起", 12, "起", "count", None),
])
def test_quantities_are_scaled_to_base_units(phrase, value, unit, kind, qualifier):
    fig = only_figure(phrase)
    assert (fig.value, fig.unit, fig.kind, fig.qualifier) == (value, unit, kind, qualifier)


@pytest.mark.parametrize("phrase, value, unit", [
    ("2022年,实现新收案件同比下降14.92%", -14.92, "%"),
    ("非法集资案件同比下降30%", -30, "%"),
    ("南山隧道单向高峰通行能力提升25%", 25, "%"),
    ("法官人均办案数量增长了20%", 20, "%"),
    ("拥堵时长减少2个小时", -2, "小时"),
    ("结案率提高3.5个百分点", 3.5, "百分点"),
    ("执行结案平均用时比全省平均值少13.57天", -13.57, "天"),
    ("刑事案件降幅达12%", -12, "%"),
    ("辖区电诈案件下降幅度达53%", -53, "%"),
    ("审批压减时限76%", -76, "%"),                 # the verb, what it changes, then by how much
    ("调解成功率比上年高出6个百分点", 6, "百分点"),
])
def test_changes_are_signed(phrase, value, unit):
    fig = figures_in(phrase)[-1]
    assert (fig.value, fig.unit, fig.kind) == (value, unit, "change")


def test_a_more_that_starts_the_next_word_is_no_qualifier():
    # 三个多元解纷中心 are three centres of 多元解纷, not "three-odd" of anything
    (fig,) = figures_in("全县建成三个多元解纷中心")
    assert (fig.value, fig.unit, fig.qualifier) == (3, "个", None)
    (fig,) = figures_in("共建成2000多个调解室")
    assert (fig.value, fig.qualifier) == (2000, "余")
    (fig,) = figures_in("用了3年多的时间完成试点")             # (after a duration 多 is "and more")
    assert (fig.value, fig.qualifier) == (3, "余")


def test_respectively_signs_every_value():
    figs = figures_in("两类案件同比分别下降31.5%、22.5%")
    assert [(f.value, f.unit, f.kind) for f in figs] == [(-31.5, "%", "change"), (-22.5, "%", "change")]


def test_respectively_pairs_values_with_the_figures_they_follow():
    figs = figures_in("排查矛盾纠纷11.4万件,调解纠纷15.3万件,同比分别增长280%、59%,调解成功率达96%")
    assert [(f.value, f.label) for f in figs] == [
        (114000, "排查矛盾纠纷"), (153000, "调解纠纷"), (280, "排查矛盾纠纷"), (59, "调解纠纷"),
        (96, "调解成功率")]


def test_bare_values_listed_after_respectively_share_the_unit_and_the_verb():
    figs = figures_in("上诉率、申诉率明显趋优,同比分别下降0.72、0.06、7.39个百分点")
    assert [(f.value, f.unit, f.kind) for f in figs] == [
        (-0.72, "百分点", "change"), (-0.06, "百分点", "change"), (-7.39, "百分点", "change")]
    assert figs[0].label == "上诉率、申诉率明显趋优"


def test_rise_from_one_year_to_another_gives_two_levels_with_their_periods():
    figs = figures_in("群众满意度由2018年的97.2%上升至2021年的99.8%")
    assert [(f.value, f.unit, f.kind, f.period, f.label) for f in figs] == [
        (97.2, "%", "rate", 2018, "群众满意度"), (99.8, "%", "rate", 2021, "群众满意度")]


def test_speed_from_and_to_are_two_speed_rows():
    figs = figures_in("进内环方向平均车速从29km/h提升至47.5km/h,同比增长63.8%")
    assert [(f.value, f.unit, f.kind) for f in figs] == [
        (29, "km/h", "speed"), (47.5, "km/h", "speed"), (63.8, "%", "change")]
    assert {f.label for f in figs} == {"进内环方向平均车速"}


@pytest.mark.parametrize("phrase, value", [
    ("优化降低“案-件比”至1:1.104,全省领先", 1.104),
    ("案件比为1：1.25", 1.25),
])
def test_case_ratio_one_to_x_is_x(phrase, value):
    fig = only_figure(phrase)
    assert (fig.value, fig.kind) == (value, "ratio")


@pytest.mark.parametrize("phrase, value", [
    ("连续2年群众满意度在全省排名第一", 1),
    ("该市执行质效总体排名全省第三", 3),
    ("深州位居全省第25名", 25),
    ("综合排名全省168个县市区第18名", 18),
    ("群众安全感连续3年保持贵州省第6位", 6),      # 第N位 right after a place
    ("全县群众安全感蝉联湖北省第一", 1),
])
def test_ranks(phrase, value):
    fig = figures_in(phrase)[-1]
    assert (fig.value, fig.kind) == (value, "rank")


def test_the_base_of_a_day_count_comparison_is_a_figure_too():
    values = [(f.value, f.unit) for f in figures_in("平均结案时间为25天,比去年同期40天下降15天")]
    assert values == [(25, "天"), (40, "天"), (-15, "天")]


def test_a_size_word_between_number_and_measure_word():
    assert [(f.value, f.unit) for f in figures_in("全年完成改革任务12大项87小项")] == [(12, "项"), (87, "项")]


def test_a_count_of_sessions_in_chinese_numerals_is_read_but_a_phase_and_an_idiom_are_not():
    assert [(f.value, f.unit) for f in figures_in("已连续开展五十四期的“民情”大走访")] == [(54, "期")]
    assert figures_in("二期工程开工建设") == [] and figures_in("民警三天两头上门走访") == []


@pytest.mark.parametrize("phrase", ["入选全国第三批社会治理创新试点", "召开第二届调解论坛", "第5次联席会议",
                                    "会上第三位代表作了发言"])
def test_ordinals_of_batches_and_sessions_are_not_ranks(phrase):
    assert [f for f in figures_in(phrase) if f.kind == "rank"] == []


@pytest.mark.parametrize("phrase", [
    "2025-03-31 稿件来源",
    "7月11日,在发布仪式上",
    "2024年盐城市政法改革项目",
    "2017至2022年",
    "根据第十条规定",
    "一是加强领导,二是完善机制",
    "1.健全机制 2.强化保障",
    "创新“5+6”工作法",
    "搭建3架构治理体系",                     # 架构 is no aircraft
    "详见第2页面说明",
    "学习党的十九届四中全会精神",
    "构建“4+5+N”工作体系",
    "构建“1+2+N”执法司法监督制约机制",
    "坚决做到“两个维护”",
    "实现“四大检察”“十大业务”协同",
    "重庆市政法领域改革“十大最佳实践”",
    "落实“二十条措施”",
    "打造“三支队伍”,建立“三项机制”",
    "聚力“四个一”积极探索",
    "拨打12345热线或110报警",
    "当晚22:40分,值班民警赶到现场",
    "12309检察服务中心和12348法律服务热线",
    "推出5G“车载便民法庭”",
    "清理P2P业务公司",
    "迭代升级综调机制3.0版",
    "把握一个核心,实现一个突破,突出四项重点",
    "近五年来,连续三年上升",
    "四公里立交位于南坪镇",
    "最后一公里",
    "唯一一个上线平台",
    "开发了几十项软件产品",
    "全市法院共标注四类案件",
    "《服务绿色低碳发展示范区建设 打造一流法治化营商环境二十条措施》",
    "运用第一种形态",
    "检察公益诉讼全面开展4周年",
    "出台《关于服务民营经济发展的20条措施》",
    "推出“10条”惠企举措",
    "组建3成员小组",
    "一成不变",
    "评选结果18日揭晓",                 # a day of the month, not a span of days
    "30余年来,该所始终坚持",
    "该村连续20余年无刑事案件",          # a streak's span, not a measured duration
    "发布时间:2022-06-01 浏览:464次",    # the page's own counter
    "面积不大的调解室面向群众开放",
])
def test_non_figures(phrase):
    assert figures_in(phrase) == []


# ---------------------------------------------------------------- context

def test_period_is_the_year_stated_in_the_sentence():
    fig = only_figure("2023年为企业和群众提供远程公证咨询1200余次")
    assert (fig.period, fig.qualifier) == (2023, "余")


def test_a_range_of_years_is_no_period():
    assert only_figure("2017至2022年,中心直接收案24336件").period is None


@pytest.mark.parametrize("phrase", ["从2017年7月至今年6月,共提起诉讼19695件", "2013年至2022年9月,提出抗诉11.9万件"])
def test_a_span_from_a_year_is_no_period(phrase):
    assert only_figure(phrase).period is None


def test_since_a_year_up_to_now_keeps_the_year():
    assert only_figure("2022年至今,共办理案件30件").period == 2022


def test_a_comparison_base_year_is_no_period():
    assert figures_in("2024年,全国法院收案4602万件,比2020年增长41.5%")[-1].period == 2024


def test_a_year_describing_another_event_is_no_period():
    assert only_figure("出现2004年以来的首次下降,年均增长10%").period is None


def test_offsets_cover_the_number_and_unit_in_the_full_text():
    text = "前言。\n" + "该院化解31起民事案件,和解金额达66.2216万元。"
    start = text.index("该院")
    figs = extract_figures(text, start, len(text))
    assert [text[f.char_start:f.char_end] for f in figs] == ["31起", "66.2216万元"]
    assert figs[1].sentence == "该院化解31起民事案件,和解金额达66.2216万元。"


def test_only_the_requested_span_is_read():
    text = "甲院办结案件100件。乙院办结案件200件。"
    assert [f.value for f in extract_figures(text, text.index("乙"), len(text))] == [200]


@pytest.mark.parametrize("phrase, label", [
    ("2022年以来,已办理诉前、诉中调解案件316件", "办理诉前、诉中调解案件"),
    ("涉案金额71亿元", "涉案金额"),
    ("化解矛盾纠纷20570件、成功率达99.42%", "成功率"),
    ("占审结数的43%", "占审结数"),
    ("开通57个镇(街道)远程公证服务", "开通镇"),
    ("让治安户政、交巡警、出入境等9个警种的政务服务上网", "警种"),
    ("416名检察官、1800余名各界志愿者", "各界志愿者"),
    ("近期又将28项工作纳入项目管理", "工作纳入项目管理"),
    ("该院办理的涉众型网络经济犯罪案件入选国家级典型案例8件", "入选国家级典型案例"),
    ("组建了多元化解、立案服务、审判管理6个团队", "团队"),
    ("2023年为企业和群众提供远程公证咨询1200余次", "提供远程公证咨询"),
])
def test_label_is_the_phrase_naming_what_is_counted(phrase, label):
    assert figures_in(phrase)[-1].label == label


# ---------------------------------------------------------------- real documents

@pytest.mark.parametrize("prefix, written, value, unit, kind, qualifier, period", [
    ("000", "316件", 316, "件", "count", None, 2022),
    ("000", "41%", 41, "%", "rate", None, None),
    ("000", "1200余次", 1200, "次", "count", "余", 2023),
    ("000", "66.2216万元", 662216, "元", "money", None, 2023),
    ("000", "7亿元", 700000000, "元", "money", None, 2023),
    ("000", "500件", 500, "件", "count", "超", None),
    ("001", "3600余场次", 3600, "场次", "count", "余", 2022),
    ("001", "14.3亿元", 1430000000, "元", "money", None, None),
    ("001", "14.92%", -14.92, "%", "change", None, 2022),
    ("001", "1.4万余件", 14000, "件", "count", "余", None),
    ("001", "5.4亿人次", 540000000, "人次", "count", None, 2021),
    ("001", "47.5km/h", 47.5, "km/h", "speed", None, None),
    ("001", "46.8%", 46.8, "%", "change", None, None),
    ("001", "13万余人次", 130000, "人次", "count", "余", None),
    ("001", "60人", 60, "人", "count", None, 2004),
    ("001", "99.42%", 99.42, "%", "rate", None, None),
    ("002", "1:1.104", 1.104, "比", "ratio", None, None),
    ("002", "86.32%", 86.32, "%", "rate", None, None),
    ("002", "300余万元", 3000000, "元", "money", "余", None),
    ("002", "99.52天", 99.52, "天", "duration", None, None),
    ("002", "第18名", 18, "名次", "rank", None, 2019),
    ("003", "15.3万件", 153000, "件", "count", None, None),
    ("003", "280%", 280, "%", "change", None, None),
    ("003", "1.6万余件", 16000, "件", "count", "余", None),
    ("004", "100余条", 100, "条", "count", "余", None),
])
def test_real_figures_in_corpus_documents(prefix, written, value, unit, kind, qualifier, period):
    fig = figure_at(prefix, written)
    assert (fig.value, fig.unit, fig.kind, fig.qualifier, fig.period) == (value, unit, kind, qualifier, period)


@pytest.mark.parametrize("prefix, written", [
    ("000", "二十条"),      # “二十条措施” is a policy name
    ("001", "十项"),        # 几十项软件产品 in the publisher's blurb
    ("001", "2022年"),
    ("002", "四类"),        # “四类案件” is a term
    ("002", "两个"),        # “两个维护”
    ("004", "十大"),
])
def test_names_and_dates_in_corpus_documents_are_not_figures(prefix, written):
    text = document(prefix)
    assert all(text[f.char_start:f.char_end] != written for f in document_figures(prefix))


@pytest.mark.parametrize("prefix, low, high", [
    ("000", 26, 32),    # 13 practices, 2-4 results each
    ("001", 75, 85),    # 10 practices, dense statistics
    ("002", 80, 92),    # four long work reports full of counts
    ("003", 8, 11),     # signed articles: few numbers
    ("004", 3, 5),      # signed article; its pasted-twice copy must not double the count
])
def test_figure_counts_per_document(prefix, low, high):
    assert low <= len(document_figures(prefix)) <= high


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_every_figure_is_well_formed(prefix):
    text = document(prefix)
    for fig in document_figures(prefix):
        assert fig.kind in schema.METRIC_KINDS
        assert fig.qualifier in (None, "余", "超", "近", "约")
        assert 0 < len(fig.label) <= 16, fig   # 12, or up to 16 when no word boundary allows a cut
        assert text[fig.char_start:fig.char_end] in fig.sentence
        assert fig.sentence in text


# ---------------------------------------------------------------- wider genre (phrases written for these rules)

@pytest.mark.parametrize("phrase, value, unit, kind, qualifier", [
    ("研发监督模型800 余个", 800, "个", "count", "余"),          # PDF text: a space before 余
    ("化解纠纷近千件", 1000, "件", "count", "近"),
    ("服务群众上万人次", 10000, "人次", "count", "超"),
    ("涉案金额近千万元", 10000000, "元", "money", "近"),
    ("解答法律咨询万余人次", 10000, "人次", "count", "余"),    # a bare 万 with 余
    ("千余名干警参加培训", 1000, "人", "count", "余"),
    ("百余名志愿者参与", 100, "人", "count", "余"),
    ("年度考核得分116分", 116, "分", "other", None),       # points of a score
    ("抽检40余批次", 40, "批次", "count", "余"),
    ("约1/3的纠纷在诉前化解", 33.33, "%", "rate", "约"),
    ("从事调解工作20年以上", 20, "年", "duration", "超"),
    ("万人起诉率为88.6件/万人", 88.6, "件/万人", "rate", None),
    ("接听热线电话3.5万通", 35000, "通", "count", None),
    ("注册社会公众45万", 450000, "人", "count", None),
    ("开辟7种线索渠道", 7, "种", "count", None),
])
def test_more_quantities(phrase, value, unit, kind, qualifier):
    fig = only_figure(phrase)
    assert (fig.value, fig.unit, fig.kind, fig.qualifier) == (value, unit, kind, qualifier)


@pytest.mark.parametrize("phrase, value, unit", [
    ("案件比同比下降0.04,质效提升", -0.04, ""),              # a unitless measure changes
    ("办案周期缩短三分之一", -33.33, "%"),
    ("较上年同期12.5%的增幅有所回落", 12.5, "%"),            # the number names a growth rate
    ("刑事案件较上年8%的降幅", -8, "%"),
])
def test_more_changes(phrase, value, unit):
    fig = figures_in(phrase)[0]
    assert (fig.value, fig.unit, fig.kind) == (value, unit, "change")


@pytest.mark.parametrize("phrase, value, unit", [
    ("出警时间缩短到半小时以内", 0.5, "小时"),
    ("公证办理压缩至半个工作日", 0.5, "工作日"),
    ("半个月内办结", 0.5, "月"),
    ("集中培训为期一周", 1, "周"),                                # Chinese numerals after a word of time
    ("历时三个月完成整治", 3, "月"),
    ("历时九个多月", 9, "月"),                                     # months, not nine of 个
    ("两周内即促成双方达成调解协议", 2, "周"),                     # Chinese numerals before the unit of time
    ("群众诉求三天内办结", 3, "天"),
    ("实行二十四小时值守", 24, "小时"),
])
def test_spans_in_words_are_durations(phrase, value, unit):
    fig = figures_in(phrase)[0]
    assert (fig.value, fig.unit, fig.kind) == (value, unit, "duration")


@pytest.mark.parametrize("phrase", ["上半年受理案件", "多半天在路上", "一个半小时", "大半年", "时间过半天数达标",
                                    "采用一日一报制度", "运用一周一研判机制"])
def test_half_or_a_rhythm_that_is_no_span_read(phrase):
    assert [f for f in figures_in(phrase) if f.kind == "duration"] == []


def test_one_verb_over_a_list_of_percent_and_times():
    figs = figures_in("两类案件比上年分别上升40.5%和2.5倍")
    assert [(f.value, f.unit, f.kind) for f in figs] == [(40.5, "%", "change"), (2.5, "倍", "change")]


@pytest.mark.parametrize("phrase, value, label", [
    ("考核成绩保持在全省前三位", 3, "考核成绩"),
    ("执法质量考评进入全国前10名", 10, "执法质量考评"),
    ("综合考评连续两年全市第一", 1, "综合考评"),
    ("群众满意度在全市排名第二", 2, "群众满意度"),
    ("审判质效指标位居全省前两位", 2, "审判质效指标"),                # 两 as the count of the top
    ("结案率居全国法院第2位", 2, "结案率"),                          # the peers between scope and rank
    ("服务满意度位居全省政法系统第一", 1, "服务满意度"),
    ("受案量居龙岩市第一", 1, "受案量"),                            # a named place as the scope
    ("诉前调解成功量居全省各县(市、区)第一", 1, "诉前调解成功量"),   # peers written with their kinds
    ("信访积案化解率居全省各县第三", 3, "信访积案化解率"),
    ("平安建设考评位列全省设区市第2位", 2, "平安建设考评"),
    ("矛盾纠纷化解率居全省各市（州）第二", 2, "矛盾纠纷化解率"),
])
def test_top_n_and_rank_labels(phrase, value, label):
    fig = figures_in(phrase)[-1]
    assert (fig.value, fig.unit, fig.kind, fig.label) == (value, "名次", "rank", label)


@pytest.mark.parametrize("phrase", [
    "2024年前5个月收案情况如下",
    "前三季度工作要点",
    "连续3年以上",
    "近百年来",
    "数百件",
    "于2023/5/6日开庭",
    "在两条战线上同步发力",
    "办好十项惠民实事",
    "抓住这条主线",
    "清理超12个月未结案件",
])
def test_more_non_figures(phrase):
    assert figures_in(phrase) == []


@pytest.mark.parametrize("phrase, label", [
    ("●起诉洗钱犯罪200人", "起诉洗钱犯罪"),                          # a list bullet
    ("结案700件(含旧存43件)", "含旧存"),                             # an opening bracket
    ("1-6月共受理案件380件", "受理案件"),                             # a month range
    ("在工业园区设立法律服务工作站12个", "设立法律服务工作站"),
    ("起诉非法吸收公众存款、集资诈骗等涉众型经济犯罪以及电信网络诈骗犯罪19人", "电信网络诈骗犯罪"),
    ("该所破获各类电信网络诈骗及关联案件16起", "电信网络诈骗及关联案件"),
    ("全市发挥400余个网格的作用", "网格"),
    ("调解成功率保持在98%以上", "调解成功率"),
    ("收案数同比增长4.7%,较上年同期11.3%的增幅明显回落", "收案数"),   # the base of a comparison
])
def test_more_labels(phrase, label):
    assert figures_in(phrase)[-1].label == label


def test_names_listed_before_respectively_go_to_the_values_in_turn():
    figs = figures_in("结案率和服判息诉率分别提高到98.4%和85.1%")
    assert [(f.value, f.label) for f in figs] == [(98.4, "结案率"), (85.1, "服判息诉率")]


def test_respectively_list_with_a_verb_for_each_value():
    figs = figures_in("批捕7.2万人,起诉16.8万人,比上年分别下降3.6%、上升2.8%")
    assert [(f.value, f.label) for f in figs[2:]] == [(-3.6, "批捕"), (2.8, "起诉")]


# ---------------------------------------------------------------- labels: what each figure counts

def test_a_space_from_a_hard_wrapped_line_is_not_part_of_the_label():
    assert only_figure("全年办理公 证事项320件").label == "办理公证事项"


def test_a_long_label_with_no_word_boundary_is_kept_whole_rather_than_cut_mid_word():
    assert only_figure("行政机关诉前阶段回复整改率达到98.6%").label == "行政机关诉前阶段回复整改率"


def test_a_topic_frame_names_the_figures_of_its_sentence():
    figs = figures_in("从历年收案数量看,2019年突破8万件,2020年为9万余件")
    assert [(f.value, f.label, f.qualifier) for f in figs] == [(80000, "收案数量", "超"), (90000, "收案数量", "余")]


@pytest.mark.parametrize("phrase, label", [
    ("全市刑事案件发案数由12万起降至8万起", "全市刑事案件发案数"),
    ("将行政复议审查期限由10个工作日大幅压缩至3个工作日", "行政复议审查期限"),
    ("今年第二季度结收案比为88.5%,与去年同期76.2%上升了12.3%", "结收案比"),
])
def test_the_levels_and_changes_of_one_measure_share_its_label(phrase, label):
    assert {f.label for f in figures_in(phrase)} == {label}


def test_names_listed_before_listed_values_pair_without_respectively():
    figs = figures_in("全市盗窃警情、诈骗损失同比下降12.4%、30.2%")
    assert [(f.value, f.label) for f in figs] == [(-12.4, "全市盗窃警情"), (-30.2, "诈骗损失")]


def test_listed_modifiers_share_the_head_noun_of_the_last_name():
    figs = figures_in("刑事、行政案件分别下降5.5%、8.1%")
    assert [f.label for f in figs] == ["刑事案件", "行政案件"]


# ---------------------------------------------------------------- streaks

@pytest.mark.parametrize("phrase, value, unit, label", [
    ("该院执行质效连续五年位居全省第一", 5, "年", "位居全省第一"),
    ("连续三年保持辖区“零发案”", 3, "年", "保持辖区“零发案”"),
    ("连续3次获评全省优秀调解组织", 3, "次", "获评全省优秀调解组织"),
    ("信访总量连续两年下降", 2, "年", "信访总量下降"),          # a bare verb takes its subject
    ("平安建设考评连续四年全市第一", 4, "年", "平安建设考评全市第一"),
])
def test_a_streak_counts_how_long_a_result_continued(phrase, value, unit, label):
    streak = figures_in(phrase)[0]
    assert (streak.value, streak.unit, streak.kind, streak.label) == (value, unit, "count", label)
    assert phrase[streak.char_start:streak.char_end].startswith("连续")


def test_a_streak_of_a_rank_keeps_the_rank_as_its_own_figure():
    figs = figures_in("该院执行质效连续五年位居全省第一")
    assert [(f.value, f.unit, f.kind) for f in figs] == [(5, "年", "count"), (1, "名次", "rank")]


# ---------------------------------------------------------------- ranges: one figure, the lower bound, 超

@pytest.mark.parametrize("phrase, written, value, unit, kind", [
    ("每个调解室配备2至3名调解员", "2至3名", 2, "人", "count"),
    ("每名法官负责1-2个知识点", "1-2个", 1, "个", "count"),
    ("一般在3—5个工作日内办结", "3—5个工作日", 3, "工作日", "duration"),
    ("群众满意度提升10%-15%", "10%-15%", 10, "%", "change"),
    ("为企业挽回损失1.5万—2万元", "1.5万—2万元", 15000, "元", "money"),
    ("每村配备两到三名网格员", "两到三名", 2, "人", "count"),
])
def test_a_range_is_its_lower_bound_with_qualifier_chao(phrase, written, value, unit, kind):
    fig = only_figure(phrase)
    assert (phrase[fig.char_start:fig.char_end], fig.value, fig.unit, fig.kind, fig.qualifier) == (
        written, value, unit, kind, "超")


def test_a_range_of_a_change_is_signed():
    fig = figures_in("发案率同比减少3至5个百分点")[-1]
    assert (fig.value, fig.unit, fig.kind) == (-3, "百分点", "change")


@pytest.mark.parametrize("phrase, low, high", [("覆盖率由5%至8%", 5, 8), ("结案率从85%到92%", 85, 92)])
def test_from_one_level_to_another_is_two_levels_not_a_range(phrase, low, high):
    assert [(f.value, f.qualifier) for f in figures_in(phrase)] == [(low, None), (high, None)]


# ---------------------------------------------------------------- repeats

def test_a_result_the_lead_restates_is_read_once_from_the_body():
    text = ("今年以来,全市电信诈骗警情同比下降21.3%。\n"
            "据介绍,今年以来,全市电信诈骗警情同比下降21.3%,破获案件126起。")
    figs = figures_in(text)
    assert [(f.value, f.label) for f in figs] == [(-21.3, "全市电信诈骗警情"), (126, "破获案件")]
    assert figs[0].char_start > text.index("\n")


def test_equal_figures_in_one_paragraph_are_separate_facts():
    figs = figures_in("甲法庭调解率为91%,乙法庭调解率为91%。")
    assert len(figs) == 2


def test_an_equal_count_tied_to_a_new_share_is_its_own_fact():
    # the cases received and the cases closed, each with its share: equal counts, other facts
    text = ("全年新收破产案件400件,占比25.4%;其他案件29件,占比1.84%。\n"
            "审结破产案件343件,占比21.3%;其他案件29件,占比1.80%。")
    figs = figures_in(text)
    assert [(f.value, f.unit) for f in figs] == [(400, "件"), (25.4, "%"), (29, "件"), (1.84, "%"),
                                                 (343, "件"), (21.3, "%"), (29, "件"), (1.80, "%")]


def test_a_restated_count_with_its_restated_share_is_read_once():
    text = "其他案件29件,占比1.84%。\n据统计,其他案件29件,占比1.84%。"
    figs = figures_in(text)
    assert [(f.value, f.unit) for f in figs] == [(29, "件"), (1.84, "%")] and figs[0].char_start > text.index("\n")


def test_the_same_number_of_another_thing_is_kept():
    assert len(figures_in("受理纠纷35件。\n化解信访35件。")) == 2


@pytest.mark.parametrize("phrase, value, unit", [
    ("配备执法记录仪300部", 300, "部"),
    ("受到表彰98项次", 98, "项次"),
    ("发放普法读本500余册", 500, "册"),
])
def test_devices_and_award_counts_have_their_units(phrase, value, unit):
    fig = only_figure(phrase)
    assert (fig.value, fig.unit) == (value, unit)


def test_a_department_word_is_no_unit():
    assert figures_in("三部门联合发文,加强协作") == []


def test_a_slogans_count_is_no_result_but_people_and_files_are():
    assert figures_in("三个“一体”打造交通事故案件专业化法庭") == []
    assert [(f.value, f.unit) for f in figures_in("表彰318位个人,调阅案卷197本")] == [(318, "人"), (197, "本")]


@pytest.mark.parametrize("phrase", [
    "出台十项措施",          # a package of measures named by its size, not a result
    "制定三项制度",
    "发挥五个作用",
    "建立五项保障机制",      # …with the package's own words between
    "四项指数分别上升",
    "降低二次事故发生概率",  # 二次 is 'secondary'
    "新华网 2025 11/23 16:06",   # a page's timestamp, not 11 of 23
    "张某夫妻二人因琐事起了争执",   # the parties of a story, not people served
    "兄弟两人因宅基地起纠纷",
    "夫妻2人因琐事争吵",
    "2017年05月27日00时00分",  # a clock time, not a score
    "解决二次供水问题",      # 二次 is 'secondary'
    "用3分局的力量",         # 分 in a name
    "走进千家万户",          # 千 and 万 with no 余 are words
    "居民区第一党支部书记",  # 居 before a word that only looks like a place is no rank's cue
    "安排社区第一书记",
    "居住在城区第一中学",
    "学习贯彻十九届四中全会精神", "召开第二次全体会议", "推行一例一策",
])
def test_structure_counts_and_ordinal_words_are_not_figures(phrase):
    assert figures_in(phrase) == []


def test_a_count_of_new_units_is_a_figure_though_a_package_noun_follows_later():
    assert [(f.value, f.unit) for f in figures_in("新建两个综治中心,完善工作机制")] == [(2, "个")]


def test_months_written_with_many_are_months():
    assert [(f.value, f.unit) for f in figures_in("历时3个多月完成整改")] == [(3, "月")]


@pytest.mark.parametrize("phrase, value", [
    ("审批时间压减6小时", -6),
    ("会议经费削减20%", -20),
])
def test_cutting_verbs_sign_the_change(phrase, value):
    assert [f.value for f in figures_in(phrase)] == [value]


def test_a_pair_of_rates_before_a_decrease_word_are_decreases():
    assert [(f.value, f.kind) for f in figures_in("实现14.8%和11.3%的双降")] == [(-14.8, "change"), (-11.3, "change")]


@pytest.mark.parametrize("phrase", ["稳居全国第一方阵", "位居全省第一梯队", "今天是全国第33个“110宣传日”"])
def test_tiers_and_editions_are_no_ranks(phrase):
    assert figures_in(phrase) == []


def test_characters_written_are_counted_in_characters():
    assert [(f.value, f.unit) for f in figures_in("撰写调研文章24万多字")] == [(240000, "字")]


def test_a_count_of_places_before_a_later_package_noun_is_a_figure():
    assert [(f.value, f.unit) for f in figures_in("全县在五个乡镇推行清单制管理")] == [(5, "个")]


def test_two_levels_that_rose_together_are_levels():
    assert [(f.value, f.kind) for f in figures_in("结案率95%和满意度98%的双升")] == [(95, "rate"), (98, "rate")]


@pytest.mark.parametrize("phrase, value, unit, kind", [
    ("该院在全省技能比武中获得第五名的好成绩。", 5, "名次", "rank"),
    ("在全国法院技能比武中获全国法院第一名。", 1, "名次", "rank"),
    ("诉讼案件降幅居于全省首位。", 1, "名次", "rank"),
    ("新收案件同比增长-4.21%。", -4.21, "%", "change"),
    ("查处各类交通违法车辆2839台次。", 2839, "台次", "count"),
])
def test_placings_a_minus_after_the_verb_and_counts_of_vehicles(phrase, value, unit, kind):
    fig = only_figure(phrase)
    assert (fig.value, fig.unit, fig.kind) == (value, unit, kind)


@pytest.mark.parametrize("phrase", ["第一名被告人张某到案后如实供述。", "每10万人拥有律师数达到较高水平。"])
def test_an_ordinal_of_a_noun_and_a_per_capita_base_are_no_figures(phrase):
    assert figures_in(phrase) == []


def test_the_first_of_a_kind_is_no_placing():
    assert [f for f in figures_in("她是全省首位女性法官。") if f.kind == "rank"] == []


def test_a_streak_followed_by_its_years_in_brackets_reads_without_error():
    text = "该院连续四届(2001—2016年)被评为全国文明单位。"
    assert [(f.value, f.unit) for f in figures_in(text) if f.unit == "届"] == [(4, "届")]


@pytest.mark.parametrize("phrase, value, unit, kind", [
    ("开展普法活动1300场(次)。", 1300, "场次", "count"),
    ("受教育群众12万余人(次)。", 120000, "人次", "count"),
    ("考评排名较上年提升5个位次。", 5, "名次", "change"),
])
def test_a_count_with_its_times_in_brackets_and_a_change_of_places(phrase, value, unit, kind):
    fig = only_figure(phrase)
    assert (fig.value, fig.unit, fig.kind) == (value, unit, kind)


def test_a_journals_issue_and_a_first_priority_are_no_figures():
    assert figures_in("原文刊于某某警察学院学报 2022年2期") == []
    assert figures_in("坚持和发展新时代“枫桥经验”,第一位的,就是要加强党的领导") == []
    (fig,) = figures_in("全年举办调解员培训班3期")
    assert (fig.value, fig.unit) == (3, "期")


def test_a_change_verb_then_wei_gives_the_level_reached_not_the_change():
    (fig,) = figures_in("全年民事案件平均审理周期缩短为22.19天")
    assert (fig.value, fig.unit, fig.kind) == (22.19, "天", "duration")
    (fig,) = figures_in("民事案件平均审理周期缩短15天")
    assert (fig.value, fig.kind) == (-15, "change")
    (fig,) = figures_in("刑事案件发案数降幅为10%")         # (…幅为: still the change)
    assert (fig.value, fig.kind) == (-10, "change")


def test_places_gained_in_a_ranking_are_ranks_not_people():
    fig = figures_in("全市营商环境排名提升14位")[-1]
    assert (fig.value, fig.unit) == (14, "名次")
    assert figures_in("表彰318位个人")[-1].unit == "人"


@pytest.mark.parametrize("text, want", [
    # a unit named with a magnitude's character is that unit, not a thousand of another
    ("缴获毒品84.82千克,制毒物品11534.8千克", [(84.82, "公斤"), (11534.8, "公斤")]),
    ("新建巡逻道路12.5千米", [(12.5, "公里")]),
    ("罚款5千元", [(5000, "元")]),           # (千元: the magnitude still scales money)
])
def test_units_beginning_with_a_magnitude(text, want):
    assert [(f.value, f.unit) for f in figures_in(text)] == want


@pytest.mark.parametrize("text, value", [
    ("电诈发案降三成", -30),                 # the verb alone, before a share in 成
    ("案件降14.9%", -14.9),
    ("刑事发案同比升12%", 12),
])
def test_a_one_character_change_verb_signs_the_change(text, value):
    assert [f.value for f in figures_in(text)] == [value]


@pytest.mark.parametrize("text, want", [
    ("茂名等4地工作经验在全省推广", [(4, "地")]),
    ("全省13个地市", [(13, "个")]),         # (地市 is no count of places after 个)
    ("征收3地块", []),
])
def test_places_counted_with_di(text, want):
    assert [(f.value, f.unit) for f in figures_in(text)] == want
