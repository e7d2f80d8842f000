"""/methodology 评分方法: the score's components and formulas, the indicator catalogue,
how much of the snapshot the catalogue covers, and the known limits.

Everything shown comes from etl/vocab/score_components.csv, etl/vocab/indicators.csv
and the snapshot (via app/queries.py); the page only lays it out.
"""
import streamlit as st

from app import queries
from app.components import plain_table, through_entrypoint
from app.db import get_database, guarded
from app.ui_text import METRIC_KINDS, RECOGNITION_KINDS, RECOGNITION_LEVELS, T

through_entrypoint()

# Strings for this page until they move into app/ui_text.py (owned by the dashboard
# engineer); a key defined there wins.
_TEXT = {
    "mt_intro": ("得分 = 100 × Σ(权重 × 分项) / Σ权重，四个分项都在 0–1 之间。默认权重如下，"
                 "可在排行榜左侧调整。每个分项对应重庆市政法领域改革最佳实践评选的一条标准。"),
    "mt_components": "评分分项与公式",
    "mt_component": "分项",
    "mt_criterion": "对应标准",
    "mt_weight": "默认权重",
    "mt_parameters": "参数",
    "mt_formula": "计算方法",
    "mt_catalog": "指标目录",
    "mt_catalog_caption": ("同一指标才相互比较：调解成功率只与成功率比，办理天数只与办理天数比。"
                           "“方向”说明数值越大还是越小越好；“识别词”是在原文中认出该指标的词语（…表示中间可隔几个字）。"),
    "mt_coverage": "抽取数据的指标覆盖率",
    "mt_coverage_line": "本快照共抽取量化数据 {n} 条，其中 {m} 条（{share:.0%}）归入了指标目录中的某个指标；其余数据仍可在案例详情和数据下载中查看，但不参与排名。",
    "mt_recognitions": "荣誉与推广的层级",
    "mt_domains": "五大改革领域的案例数",
    "mt_no_domain": "未归入领域",
    "mt_limits": "已知局限",
    "mt_limits_text": """
- **“创新性”没有单独计分。** 评选的五条标准中，实效性、典型性、借鉴性、操作性分别由成效、荣誉认可、复制推广、量化证据体现；“首创”“率先”等创新性表述尚未计分。
- **只比较写出来的数字。** 报告没写的成效不计入；同一指标只取一条数据：数量和金额取最大（通常是总数），比率、时长等取方向上最好的一条。
- **数值的口径不统一。** 不同报告的统计时段和范围不同（一年、五年、累计），数量类指标更多反映规模而不是效率。
- **只有一个案例写出的指标记 0.5 分**（无可比对象，不奖不罚）。
- **荣誉层级按原文措辞判断。** 直辖市（北京、天津、上海、重庆）的市级机关和“全市”按省级计；未写明层级的荣誉记为“其他”。文档开头写明的集体评选（如“十大最佳实践”“培优类入库案例”）记给文中每个案例。
- **新增一个较弱的指标可能拉低“成效”**（平均百分位），但同时提高“量化证据”；增加荣誉或把某项数据写得更好，得分不会下降。
""",
}


def tr(key: str) -> str:
    return T.get(key) or _TEXT[key]


db = get_database()
st.title(T["page_methodology"])
st.markdown(tr("mt_intro"))

st.header(tr("mt_components"))
components = guarded(queries.methodology_components, db)
if components is not None and not components.empty:
    shown = components.assign(name_zh=components["key"].map(lambda k: T.get(f"c_{k}")).fillna(components["name_zh"]))
    shown = shown[["name_zh", "criterion", "default_weight", "parameters", "formula_zh"]]
    shown.columns = [tr("mt_component"), tr("mt_criterion"), tr("mt_weight"), tr("mt_parameters"), tr("mt_formula")]
    st.dataframe(shown, hide_index=True, key="mt_components_table",
                 column_config={tr("mt_formula"): st.column_config.TextColumn(width="large")})
st.caption(T["lb_formula"])

st.header(tr("mt_coverage"))
coverage = guarded(queries.methodology_coverage, db)
if coverage is not None and not coverage.empty:
    total = coverage.iloc[-1]
    if total["n_figures"]:
        st.markdown(tr("mt_coverage_line").format(n=int(total["n_figures"]), m=int(total["n_mapped"]),
                                                  share=float(total["share_mapped"])))
    by_kind = coverage.iloc[:-1].assign(kind=lambda d: d["kind"].map(lambda k: METRIC_KINDS.get(k, k)))
    plain_table(by_kind, key="mt_coverage_table")

st.header(tr("mt_catalog"))
st.caption(tr("mt_catalog_caption"))
catalog = guarded(queries.methodology_indicators, db)
if catalog is not None:
    catalog = catalog.assign(kind=catalog["kind"].map(lambda k: METRIC_KINDS.get(k, k)),
                             direction=catalog["direction"].map(lambda d: T.get(f"lb_{d}", d)))
    plain_table(catalog, key="mt_catalog_table")

left, right = st.columns(2)
with left:
    st.subheader(tr("mt_recognitions"))
    recs = guarded(queries.methodology_recognitions, db)
    if recs is not None:
        plain_table(recs.assign(level=recs["level"].map(lambda v: RECOGNITION_LEVELS.get(v, v)),
                                kind=recs["kind"].map(lambda v: RECOGNITION_KINDS.get(v, v))),
                    key="mt_recognitions_table")
with right:
    st.subheader(tr("mt_domains"))
    domains = guarded(queries.methodology_domains, db)
    if domains is not None:
        plain_table(domains.assign(domain=domains["domain"].fillna(tr("mt_no_domain"))), key="mt_domains_table")

st.header(tr("mt_limits"))
st.markdown(tr("mt_limits_text"))
