"""/leaderboard 排行榜: cases, agencies or regions by the benchmark score; or cases on one indicator."""
import streamlit as st

from app import queries
from app.components import case_table, download_buttons, through_entrypoint, weight_sliders
from app.db import get_database, guarded
from app.filters import current_filters, seed_page_widget, write_page_param
from app.ui_text import T

through_entrypoint()

LIMIT = 100
VIEWS = ("cases", "agencies", "regions", "indicator")


def _view(text: str) -> str:
    if text not in VIEWS:
        raise ValueError(text)
    return text


db = get_database()
f = current_filters()
st.title(T["page_leaderboard"])

seed_page_widget("view", "lb_view", _view, "cases")
view = st.segmented_control(T["lb_view"], VIEWS, key="lb_view", format_func=lambda v: T[f"lb_view_{v}"])
view = view or "cases"
write_page_param("view", None if view == "cases" else view)

if view != "indicator":
    weights = weight_sliders()
    scored = guarded(queries.has_scores, db, default=False)
    if not scored:
        st.info(T["lb_no_scores"])
    if view == "cases":
        table = guarded(queries.case_leaderboard, db, f, weights, LIMIT)
        if table is not None and not scored:
            table = table.drop(columns=["score", "evidence", "performance", "recognition", "replication",
                                        "top_recognition_level"])
    elif view == "agencies":
        table = guarded(queries.agency_leaderboard, db, f, weights, LIMIT)
    else:
        table = guarded(queries.region_leaderboard, db, f, weights, LIMIT)
    if table is not None and view != "cases":
        table = table.rename(columns={"name": "agency" if view == "agencies" else "region"})
        if not scored:  # without scores the roll-up averages the number of quantified results
            table = table.rename(columns={"mean_score": "n_results", "best_score": "n_figures"})
else:
    choices = guarded(queries.indicator_choices, db, f, default=[])
    keys = [c.key for c in choices]
    labels = {c.key: f"{c.label} · {c.n_cases}" for c in choices}

    def _indicator(text: str) -> str:
        if text not in keys:
            raise ValueError(text)
        return text

    table = None
    if not choices:
        st.info(T["lb_indicator_none"])
    else:
        seed_page_widget("ind", "lb_indicator", _indicator, keys[0])
        key = st.selectbox(T["lb_indicator"], keys, key="lb_indicator", format_func=labels.get)
        write_page_param("ind", key)
        direction = guarded(queries.indicator_direction, db, key[4:]) if key.startswith("ind:") else None
        if direction is None:
            seed_page_widget("dir", "lb_dir", lambda t: {"higher": "higher", "lower": "lower"}[t], "higher")
            direction = st.radio(T["lb_direction"], ("higher", "lower"), key="lb_dir", horizontal=True,
                                 format_func=lambda d: T[f"lb_{d}"])
            write_page_param("dir", None if direction == "higher" else direction)
        else:
            write_page_param("dir", None)
            st.caption(f"{T['lb_direction']}：{T['lb_' + direction]}")
        table = guarded(queries.indicator_ranking, db, f, key, direction == "lower", LIMIT)
        if table is not None:
            table.insert(5, "direction", T["lb_" + direction])

if table is not None:
    if table.empty:
        st.info(T["empty"])
    else:
        table.insert(0, "rank", range(1, len(table) + 1))
        st.caption(T["lb_limit"].format(n=LIMIT) + "　" + T["lb_select_hint"])
        case_table(table, key=f"lb_table_{view}")
        download_buttons(table, T["file_leaderboard"], key="lb_download")
