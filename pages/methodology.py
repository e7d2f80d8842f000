"""/methodology 方法说明: the score's components and formulas, the indicator catalogue,
how much of the snapshot the catalogue covers, and the known limits.

Everything shown comes from etl/vocab/score_components.csv, etl/vocab/indicators.csv
and the snapshot (via app/queries.py); the page only lays it out.
"""
import pandas as pd
import streamlit as st

from app import queries
from app.components import plain_table, readable_parameters, through_entrypoint
from app.db import get_database, guarded
from app.ui_text import T

through_entrypoint()

db = get_database()
st.title(T["page_methodology"])
st.markdown(T["mt_intro"])

st.header(T["mt_components"])
components = guarded(queries.methodology_components, db)
if components is not None and not components.empty:
    components = components.assign(
        name_zh=components["key"].map(lambda k: T.get(f"c_{k}")).fillna(components["name_zh"]),
        parameters=components["parameters"].map(readable_parameters))
    summary = components[["name_zh", "criterion", "default_weight", "parameters"]]
    plain_table(summary.rename(columns={"name_zh": "component"}), key="mt_components_table")
    # The formulas are paragraphs: written out in full, not squeezed into one-line grid cells.
    for row in components.itertuples():
        st.markdown(f"**{T['mt_component_head'].format(name=row.name_zh, criterion=row.criterion, weight=f'{row.default_weight:g}')}**")
        if row.parameters:
            st.markdown(f"{T['mt_parameters']}：{row.parameters}")
        st.markdown(row.formula_zh)
st.caption(T["lb_formula"])

st.header(T["mt_coverage"])
coverage = guarded(queries.methodology_coverage, db)
if coverage is not None and not coverage.empty:
    total = coverage.iloc[-1]
    if total["n_figures"]:
        st.markdown(T["mt_coverage_line"].format(n=int(total["n_figures"]), m=int(total["n_mapped"]),
                                                 share=float(total["share_mapped"])))
    # the last row is the total the query labels 合计; the kinds are codes (count → 数量)
    by_kind = coverage.iloc[:-1]
    plain_table(pd.concat([by_kind, coverage.iloc[-1:].assign(kind=T["mt_total"])], ignore_index=True),
                key="mt_coverage_table")

st.header(T["mt_catalog"])
st.caption(T["mt_catalog_caption"])
catalog = guarded(queries.methodology_indicators, db)
if catalog is not None:
    catalog = catalog.assign(terms=catalog["terms"].map(lambda t: "、".join(p for p in (t or "").split("|") if p)))
    plain_table(catalog, key="mt_catalog_table", first=("name_zh", "unit", "kind", "direction", "n_figures",
                                                        "n_cases", "terms", "name_en", "key"))

left, right = st.columns(2)
with left:
    st.subheader(T["mt_recognitions"])
    recs = guarded(queries.methodology_recognitions, db)
    if recs is not None:
        # n counts recognition rows; n_cases the cases that have them
        plain_table(recs.rename(columns={"n": "n_recognitions"}), key="mt_recognitions_table")
with right:
    st.subheader(T["mt_domains"])
    domains = guarded(queries.methodology_domains, db)
    if domains is not None:
        plain_table(domains.assign(domain=domains["domain"].fillna(T["mt_no_domain"])), key="mt_domains_table")

st.header(T["mt_limits"])
st.markdown(T["mt_limits_text"])
