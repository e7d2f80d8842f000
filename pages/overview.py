"""/ 总览: headline counts, cases by year and agency type, leading themes, newest cases."""
import plotly.express as px
import streamlit as st

from app import queries
from app.charts import count_axis, show
from app.components import case_table, through_entrypoint
from app.db import get_database, guarded
from app.filters import current_filters
from app.ui_text import AGENCY_TYPES, T

through_entrypoint()

db = get_database()
f = current_filters()

st.title(T["page_overview"])
st.caption(T["app_caption"])

counts = guarded(queries.headline_counts, db, f)
if counts is not None:
    cols = st.columns(5)
    for col, key in zip(cols, ("documents", "cases", "agencies", "regions", "figures")):
        col.metric(T[f"ov_{key}"], f"{counts[key]:,}", help=T.get(f"ov_{key}_help"))
    if counts["cases"] == 0:
        st.info(T["empty"] if not f.is_empty() else T["empty_snapshot"])
        st.stop()

left, right = st.columns(2)
with left:
    st.subheader(T["ov_by_year"])
    by_year = guarded(queries.cases_by_year, db, f)
    if by_year is not None and not by_year.empty:
        fig = px.bar(by_year, x="year", y="n", labels={"year": T["f_year"], "n": T["ov_cases"]})
        fig.update_xaxes(type="category", categoryorder="category ascending")
        show(count_axis(fig, by_year["n"].max()), "ov_year_chart", 320)
    elif by_year is not None:
        st.caption(T["ov_no_year"])
with right:
    st.subheader(T["ov_by_type"])
    by_type = guarded(queries.cases_by_agency_type, db, f)
    if by_type is not None and not by_type.empty:
        by_type["label"] = by_type["agency_type"].map(lambda c: AGENCY_TYPES.get(c, c))
        fig = px.bar(by_type, x="label", y="n", labels={"label": T["f_type"], "n": T["ov_cases"]})
        show(count_axis(fig, by_type["n"].max()), "ov_type_chart", 320)

st.subheader(T["ov_themes"])
themes = guarded(queries.top_themes, db, f, 15)
if themes is not None and not themes.empty:
    fig = px.bar(themes.iloc[::-1], x="n", y="theme", orientation="h",
                 labels={"theme": T["f_theme"], "n": T["ov_cases"]})
    show(count_axis(fig, themes["n"].max(), axis="x"), "ov_theme_chart", 30 * len(themes) + 80)
elif themes is not None:
    st.caption(T["th_no_themes"])

st.subheader(T["ov_recent"])
st.caption(T["ov_recent_caption"])
recent = guarded(queries.recent_cases, db, f, 10)
if recent is not None:
    case_table(recent, key="ov_recent_table", first=("published_date", "title"))
