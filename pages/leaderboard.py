"""/leaderboard 排行榜: cases, agencies or regions by the benchmark score; or cases on one indicator."""
import streamlit as st

from app import queries
from app.components import case_table, download_buttons, indicator_names, through_entrypoint, weight_sliders
from app.db import get_database, guarded
from app.filters import current_filters, seed_page_widget, write_page_param
from app.ui_text import T

through_entrypoint()

LIMIT = 100
# Agency and region roll-ups are few rows each (one per agency or region), so the page takes
# all of them and applies the minimum-cases control itself before keeping the first LIMIT.
ROLLUP_FETCH = 5000
VIEWS = ("cases", "agencies", "regions", "indicator")
COMPONENT_COLUMNS = ("evidence", "performance", "recognition", "replication", "top_recognition_level")
# What comes first at 1440 px, before the wide title: rank, score and its parts.
FIRST_COLUMNS = {
    "cases": ("rank", "score", "n_results", "evidence", "performance", "recognition", "replication", "title",
              "agency", "top_recognition_level"),
    "agencies": ("rank", "agency", "n", "mean_score", "best_score", "mean_results", "best_results", "best_case"),
    "regions": ("rank", "region", "n", "mean_score", "best_score", "mean_results", "best_results", "best_case"),
    "indicator": ("rank", "value", "qualifier", "unit", "direction", "sentence", "title", "agency", "province",
                  "year", "label", "indicator"),
}


def _view(text: str) -> str:
    if text not in VIEWS:
        raise ValueError(text)
    return text


def _min_cases(text: str) -> int:
    value = int(text)
    if value < 1:
        raise ValueError(text)
    return value


db = get_database()
f = current_filters()
st.title(T["page_leaderboard"])

seed_page_widget("view", "lb_view", _view, "cases")
view = st.segmented_control(T["lb_view"], VIEWS, key="lb_view", format_func=lambda v: T[f"lb_view_{v}"])
view = view or "cases"
write_page_param("view", None if view == "cases" else view)

table, file_kind, hint, link_text = None, T[f"file_lb_{view}"], T["lb_select_hint"], None
if view != "indicator":
    weights = weight_sliders()
    scored = guarded(db.has_scores, default=False)
    if not scored:
        st.info(T["lb_no_scores"])
    if view == "cases":
        table = guarded(queries.case_leaderboard, db, f, weights, LIMIT)
        if table is not None and not scored:
            table = table.drop(columns=["score", *COMPONENT_COLUMNS])
    else:
        what = T[f"lb_what_{view}"]
        fetch = queries.agency_leaderboard if view == "agencies" else queries.region_leaderboard
        table = guarded(fetch, db, f, weights, ROLLUP_FETCH)
        seed_page_widget("min_cases", "lb_min_cases", _min_cases, 1)
        min_cases = st.number_input(T["lb_min_cases"], min_value=1, step=1, key="lb_min_cases",
                                    help=T["lb_min_cases_help"].format(what=what), width=200)
        write_page_param("min_cases", None if min_cases == 1 else str(min_cases))
        if table is not None:
            # the query ranks by mean score, then by count; the control drops the thin rows
            table = table[table["n"] >= min_cases].head(LIMIT).reset_index(drop=True)
            table = table.rename(columns={"name": "agency" if view == "agencies" else "region"})
            if not scored:  # without scores a case's "score" is its number of quantified results
                table = table.rename(columns={"mean_score": "mean_results", "best_score": "best_results"})
        hint = T["lb_rollup_hint" if scored else "lb_rollup_hint_unscored"].format(what=what)
        link_text = T["lb_open_best"]
else:
    choices = guarded(queries.indicator_choices, db, f, default=[])
    keys = [c.key for c in choices]
    labels = {c.key: f"{c.label} · {c.n_cases}" for c in choices}

    def _indicator(text: str) -> str:
        if text not in keys:
            raise ValueError(text)
        return text

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
        # the indicator's name: the catalogue's for an indicator, the figures' label otherwise
        indicator = (indicator_names().get(key[4:], key[4:]) if key.startswith("ind:")
                     else key[3:].rpartition("|")[0])
        file_kind = f"{file_kind}_{indicator}"
        table = guarded(queries.indicator_ranking, db, f, key, direction == "lower", LIMIT)
        if table is not None:
            table = table.assign(direction=direction, indicator=indicator)

if table is not None:
    if table.empty:
        st.info(T["empty"])
    else:
        table.insert(0, "rank", range(1, len(table) + 1))
        st.caption(T["lb_limit"].format(n=LIMIT) + "　" + hint)
        case_table(table, key=f"lb_table_{view}", first=FIRST_COLUMNS[view], link_text=link_text)
        download_buttons(table, file_kind, key="lb_download")
