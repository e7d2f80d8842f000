"""/themes 主题地图: cases by province for a theme, drill-down to cities, theme matrices."""
import plotly.express as px
import streamlit as st

from app import queries
from app.charts import count_axis, count_colorbar, show
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

counts = guarded(queries.headline_counts, db, f)
if counts is not None and counts["cases"] == 0:
    st.info(T["empty"] if not f.is_empty() else T["empty_snapshot"])
    st.stop()

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
            st.caption(T["th_click_hint"])
            fig = maps.province_map_figure(by_province, map_theme or T["th_all_themes"])
            event = show(fig, "th_map_chart", 520, on_select="rerun", selection_mode="points")
            clicked = maps.selected_region(event)
            if clicked in provinces and clicked != st.session_state.get("_th_clicked"):
                st.session_state["_th_clicked"] = clicked
                st.session_state["th_drill"] = clicked
                st.query_params["drill"] = clicked
        else:
            st.caption(T["th_map_fallback"])
            fig = px.bar(by_province, x="province", y="n", labels={"province": T["f_province"], "n": T["ov_cases"]})
            show(count_axis(fig, by_province["n"].max()), "th_map_chart", 420)

with side_col:
    seed_page_widget("drill", "th_drill", _province, ALL)
    drill = st.selectbox(T["th_drill"], [ALL] + provinces, key="th_drill",
                         format_func=lambda p: p or T["th_drill_none"])
    write_page_param("drill", drill or None)
    if drill:
        level = maps.region_level(drill) if maps is not None else "city"
        level_name = T[f"th_level_{level}"]
        regions = guarded(queries.cases_by_region_in_province, db, f, drill, map_theme or None, level)
        if regions is not None and regions.empty:
            st.caption(T["th_no_regions"].format(province=drill, level=level_name))
        elif regions is not None:
            st.subheader(T["th_region_map"].format(province=drill))
            if maps is not None:
                show(maps.region_map_figure(drill, regions), "th_region_chart", 420)
            else:
                fig = px.bar(regions, x="name", y="n", labels={"name": column_label("region"), "n": T["ov_cases"]})
                show(count_axis(fig, regions["n"].max()), "th_region_chart", 360)
        if regions is not None and not regions.empty:
            # Cases placed only at the province (or, in 北京/天津/上海/重庆, the city) level have no
            # district or city to sit in on this map: say how many, so the map is not read as all.
            in_province = int(by_province.loc[by_province["province"] == drill, "n"].sum())
            unplaced = in_province - int(regions["n"].sum())
            if unplaced > 0:
                st.caption(T["th_unplaced"].format(n=unplaced, province=drill, level=level_name))

st.subheader(T["th_heatmap"])
matrix = guarded(queries.theme_province_matrix, db, f)
if matrix is not None and matrix.empty:
    st.caption(T["th_no_themes"])
elif matrix is not None:
    grid = matrix.pivot(index="theme", columns="province", values="n").fillna(0).astype(int)
    fig = px.imshow(grid, labels={"x": T["f_province"], "y": T["f_theme"], "color": T["map_count"]},
                    color_continuous_scale="Blues", aspect="auto", text_auto=True)
    show(count_colorbar(fig, grid.to_numpy().max()), "th_heatmap_chart", 26 * len(grid) + 160)

left, right = st.columns(2)
with left:
    st.subheader(T["th_type_matrix"])
    by_type = guarded(queries.theme_agency_type_matrix, db, f)
    if by_type is not None and not by_type.empty:
        by_type["agency_type"] = by_type["agency_type"].map(lambda c: AGENCY_TYPES.get(c, c))
        grid = by_type.pivot(index="theme", columns="agency_type", values="n").fillna(0).astype(int)
        fig = px.imshow(grid, labels={"x": T["f_type"], "y": T["f_theme"], "color": T["map_count"]},
                        color_continuous_scale="Greens", aspect="auto", text_auto=True)
        show(count_colorbar(fig, grid.to_numpy().max()), "th_type_chart", 26 * len(grid) + 160)
    elif by_type is not None:
        st.caption(T["th_no_themes"])
with right:
    st.subheader(T["th_by_year"])
    by_year = guarded(queries.themes_by_year, db, f)
    if by_year is not None and not by_year.empty:
        by_year = by_year.assign(year=by_year["year"].astype(int).astype(str)).sort_values(["year", "theme"])
        fig = px.bar(by_year, x="year", y="n", color="theme",
                     labels={"year": T["f_year"], "n": T["ov_cases"], "theme": T["f_theme"]})
        # one bar trace per theme: without an explicit order the years follow the first theme's
        fig.update_xaxes(type="category", categoryorder="category ascending")
        stacked = by_year.groupby("year")["n"].sum().max()
        show(count_axis(fig, stacked), "th_year_chart", 360)
    elif by_year is not None:
        st.caption(T["th_no_themes"])
