"""/themes 主题地图: cases by province for a theme, drill-down to cities, theme matrices."""
import plotly.express as px
import streamlit as st

from app import queries
from app.charts import cjk
from app.components import through_entrypoint
from app.db import get_database, guarded
from app.filters import current_filters, seed_page_widget, write_page_param
from app.ui_text import AGENCY_TYPES, T, column_label

through_entrypoint()

try:
    from app import maps
except ImportError:  # the offline map module is optional: fall back to bar charts
    maps = None

ALL = ""
db = get_database()
f = current_filters()
st.title(T["page_themes"])

themes = guarded(queries.top_themes, db, f, 200)
theme_names = [ALL] + (themes["theme"].tolist() if themes is not None else [])


def _theme(text: str) -> str:
    if text not in theme_names:
        raise ValueError(text)
    return text


seed_page_widget("map_theme", "th_map_theme", _theme, ALL)
map_theme = st.selectbox(T["th_map_theme"], theme_names, key="th_map_theme",
                         format_func=lambda t: t or T["th_all_themes"])
write_page_param("map_theme", map_theme or None)

by_province = guarded(queries.cases_by_province, db, f, map_theme or None)
provinces = by_province["province"].tolist() if by_province is not None else []


def _province(text: str) -> str:
    if text not in provinces:
        raise ValueError(text)
    return text


map_col, side_col = st.columns([3, 2])
with map_col:
    st.subheader(T["th_map"])
    if by_province is not None and by_province.empty:
        st.info(T["th_no_provinces"])
    elif by_province is not None:
        if maps is not None:
            fig = maps.province_map_figure(by_province, map_theme or T["th_all_themes"])
            event = st.plotly_chart(cjk(fig, 520), key="th_map_chart", on_select="rerun",
                                    selection_mode="points")
            clicked = maps.selected_region(event)
            if clicked in provinces and clicked != st.session_state.get("_th_clicked"):
                st.session_state["_th_clicked"] = clicked
                st.session_state["th_drill"] = clicked
                st.query_params["drill"] = clicked
        else:
            st.caption(T["th_map_fallback"])
            fig = px.bar(by_province, x="province", y="n", labels={"province": T["f_province"], "n": T["ov_cases"]})
            st.plotly_chart(cjk(fig, 420), key="th_map_chart")

with side_col:
    seed_page_widget("drill", "th_drill", _province, ALL)
    drill = st.selectbox(T["th_drill"], [ALL] + provinces, key="th_drill",
                         format_func=lambda p: p or T["th_drill_none"])
    write_page_param("drill", drill or None)
    if drill:
        level = maps.region_level(drill) if maps is not None else "city"
        regions = guarded(queries.cases_by_region_in_province, db, f, drill, map_theme or None, level)
        if regions is not None and regions.empty:
            st.caption(T["th_no_regions"].format(province=drill))
        elif regions is not None:
            st.subheader(T["th_region_map"].format(province=drill))
            if maps is not None:
                st.plotly_chart(cjk(maps.region_map_figure(drill, regions), 420), key="th_region_chart")
            else:
                fig = px.bar(regions, x="name", y="n", labels={"name": column_label("region"), "n": T["ov_cases"]})
                st.plotly_chart(cjk(fig, 360), key="th_region_chart")

st.subheader(T["th_heatmap"])
matrix = guarded(queries.theme_province_matrix, db, f)
if matrix is not None and matrix.empty:
    st.caption(T["th_no_themes"])
elif matrix is not None:
    grid = matrix.pivot(index="theme", columns="province", values="n").fillna(0)
    fig = px.imshow(grid, labels={"x": T["f_province"], "y": T["f_theme"], "color": T["ov_cases"]},
                    color_continuous_scale="Blues", aspect="auto", text_auto=True)
    st.plotly_chart(cjk(fig, 26 * len(grid) + 160), key="th_heatmap_chart")

left, right = st.columns(2)
with left:
    st.subheader(T["th_type_matrix"])
    by_type = guarded(queries.theme_agency_type_matrix, db, f)
    if by_type is not None and not by_type.empty:
        by_type["agency_type"] = by_type["agency_type"].map(lambda c: AGENCY_TYPES.get(c, c))
        grid = by_type.pivot(index="theme", columns="agency_type", values="n").fillna(0)
        fig = px.imshow(grid, labels={"x": T["f_type"], "y": T["f_theme"], "color": T["ov_cases"]},
                        color_continuous_scale="Greens", aspect="auto", text_auto=True)
        st.plotly_chart(cjk(fig, 26 * len(grid) + 160), key="th_type_chart")
    elif by_type is not None:
        st.caption(T["th_no_themes"])
with right:
    st.subheader(T["th_by_year"])
    by_year = guarded(queries.themes_by_year, db, f)
    if by_year is not None and not by_year.empty:
        fig = px.bar(by_year, x="year", y="n", color="theme",
                     labels={"year": T["f_year"], "n": T["ov_cases"], "theme": T["f_theme"]})
        fig.update_xaxes(type="category")
        st.plotly_chart(cjk(fig, 360), key="th_year_chart")
    elif by_year is not None:
        st.caption(T["th_no_themes"])
