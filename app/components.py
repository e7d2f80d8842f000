"""Page building blocks used by several pages: case tables that open a case, download buttons."""
from __future__ import annotations

import html
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from app import downloads, queries
from app.filters import carried_params, current_filters, seed_page_widget, write_page_param
from app.ui_text import AGENCY_TYPES, T, column_label

CASE_PAGE = "pages/case.py"


def case_url(case_id: str) -> str:
    """Relative link to a case that keeps the current filters: case?case=<id>&year=…"""
    return "case?" + urlencode(carried_params({"case": case_id}), doseq=True)


def open_case(case_id: str) -> None:
    st.switch_page(CASE_PAGE, query_params=carried_params({"case": case_id}))


# Optional facts of a figure or a recognition: most rows have none, and a column full of
# "None" reads like an error, so a missing value shows as an empty cell.
BLANK_WHEN_MISSING = ("qualifier", "period", "unit", "indicator", "issuer", "kind", "label")


def _blank_missing(column: pd.Series) -> pd.Series:
    if pd.api.types.is_numeric_dtype(column):  # years (period): whole numbers, no "2023.0"
        return column.map(lambda v: "" if pd.isna(v) else f"{v:g}")
    return column.map(lambda v: "" if v is None or (isinstance(v, float) and pd.isna(v)) else v)


def readable(frame: pd.DataFrame, blank_missing: bool = True) -> pd.DataFrame:
    """Codes shown in Chinese (agency types); on screen, missing optional facts blank."""
    out = frame.copy()
    if "agency_type" in out.columns:
        out["agency_type"] = out["agency_type"].map(lambda c: AGENCY_TYPES.get(c, c), na_action="ignore")
    for col in BLANK_WHEN_MISSING if blank_missing else ():
        if col in out.columns:
            out[col] = _blank_missing(out[col])
    return out


def _column_config(frame: pd.DataFrame, link_column: str | None) -> dict:
    config: dict = {}
    for col in frame.columns:
        label = column_label(col)
        if col == link_column:
            config[col] = st.column_config.LinkColumn(label, display_text=T["open_case"], width="small")
        elif col in ("score", "mean_score", "best_score"):
            config[col] = st.column_config.NumberColumn(label, format="%.1f")
        elif col in ("evidence", "performance", "recognition", "replication", "percentile", "similarity"):
            config[col] = st.column_config.ProgressColumn(label, min_value=0.0, max_value=1.0, format="%.2f")
        elif col == "published_date":
            config[col] = st.column_config.DateColumn(label, format="YYYY-MM-DD")
        elif col == "case_id":
            config[col] = None  # hidden: the link column and the selection carry it
        else:
            config[col] = st.column_config.Column(label)
    return config


def case_table(frame: pd.DataFrame, key: str, id_column: str = "case_id", height: int | str = "auto") -> None:
    """A table of cases: a link column to each case, and selecting a row opens it."""
    shown = readable(frame)
    shown.insert(0, "link", [case_url(cid) if isinstance(cid, str) else None for cid in frame[id_column]])
    event = st.dataframe(shown, key=key, hide_index=True, on_select="rerun", selection_mode="single-row",
                         column_config=_column_config(shown, "link"), height=height)
    rows = event.selection.rows if event is not None else []
    if rows:
        case_id = frame[id_column].iloc[rows[0]]
        if isinstance(case_id, str):
            open_case(case_id)


def plain_table(frame: pd.DataFrame, key: str) -> None:
    shown = readable(frame)
    st.dataframe(shown, key=key, hide_index=True, column_config=_column_config(shown, None))


def download_buttons(frame: pd.DataFrame, kind: str, key: str) -> None:
    """CSV and Excel of exactly `frame`, named after the slice: 案例_2023_法院.csv."""
    slug = current_filters().slug() or T["file_all"]
    export = readable(frame, blank_missing=False)  # files keep typed, empty cells
    left, right = st.columns(2)
    left.download_button(T["dl_csv"], data=lambda: downloads.to_csv_bytes(export),
                         file_name=downloads.file_name(kind, slug, "csv"), mime="text/csv",
                         key=f"{key}_csv", on_click="ignore", icon=":material/download:")
    right.download_button(T["dl_xlsx"], data=lambda: downloads.to_xlsx_bytes(export, sheet=kind),
                          file_name=downloads.file_name(kind, slug, "xlsx"),
                          mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          key=f"{key}_xlsx", on_click="ignore", icon=":material/download:")


# --- score weights: sidebar sliders mirrored in the URL as w_evidence=… ----------------

def _parse_weight(text: str) -> float:
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise ValueError(text)
    return value


def _weights_or_equal(weights: dict[str, float]) -> dict[str, float]:
    if sum(weights.values()) <= 0:
        st.warning(T["w_zero_weights"])
        return {c: 1.0 for c in weights}
    return weights


def url_weights() -> dict[str, float]:
    """The weights in the URL (defaults where absent), for pages that show a score without sliders."""
    weights = queries.default_weights()
    for component in queries.COMPONENTS:
        raw = st.query_params.get(f"w_{component}")
        if raw is not None:
            try:
                weights[component] = _parse_weight(raw)
            except ValueError:
                st.warning(T["w_bad_weight"].format(key=f"w_{component}", value=raw))
    return _weights_or_equal(weights)


def weight_sliders() -> dict[str, float]:
    """Sidebar sliders for the score weights; the leaderboard re-ranks on every change."""
    defaults = queries.default_weights()
    weights = {}
    with st.sidebar:
        st.header(T["lb_weights"], help=T["lb_weights_help"])
        for component in queries.COMPONENTS:
            param, key = f"w_{component}", f"lb_w_{component}"
            seed_page_widget(param, key, _parse_weight, defaults[component])
            weights[component] = st.slider(T[f"c_{component}"], 0.0, 1.0, step=0.05, key=key)
            write_page_param(param, None if abs(weights[component] - defaults[component]) < 1e-9
                             else f"{weights[component]:g}")
        st.caption(T["lb_formula"])
    return _weights_or_equal(weights)


# --- case text with its extracted figures marked ---------------------------------------

def highlight_html(text: str, spans: list[tuple[int, int, str, str]], base: int = 0) -> str:
    """HTML of `text` (escaped) with each span wrapped in <mark>.

    spans are (start, end, css_class, tooltip) in document offsets; `base` is where
    `text` starts in the document (case.char_start).  Spans outside the text or
    overlapping an earlier one are skipped rather than nested.
    """
    pieces, cursor = [], 0
    for start, end, css, tip in sorted(spans, key=lambda s: (s[0], -s[1])):
        start, end = start - base, end - base
        if start < cursor or start < 0 or end > len(text) or end <= start:
            continue
        pieces.append(html.escape(text[cursor:start]))
        pieces.append(f'<mark class="{html.escape(css)}" title="{html.escape(tip)}">'
                      f"{html.escape(text[start:end])}</mark>")
        cursor = end
    pieces.append(html.escape(text[cursor:]))
    return "".join(pieces)


def through_entrypoint() -> None:
    """Make sure this page runs inside dashboard.py's st.navigation.

    Because the page files live in pages/, a fresh Streamlit server starts in the
    old pages-directory mode until some session has run dashboard.py; the first
    visitor of a pasted /case?case=… link would get the bare page file with no
    sidebar or filters.  Leave that mode and rerun the same URL through the entry point.
    """
    from streamlit.runtime.pages_manager import PagesManager
    if PagesManager.uses_pages_directory:
        PagesManager.uses_pages_directory = False
        st.rerun()
