"""Page building blocks used by several pages: case tables that open a case, download buttons,
codes shown in Chinese, the score weights, the case text with its figures marked."""
from __future__ import annotations

import html
from functools import lru_cache
from urllib.parse import urlencode

import pandas as pd
import streamlit as st

from app import downloads, queries
from app.filters import carried_params, current_filters, seed_page_widget, write_page_param
from app.ui_text import CODE_LABELS, DATA_TYPES, PARAMETER_NAMES, T, column_label

CASE_PAGE = "pages/case.py"


def case_url(case_id: str) -> str:
    """Relative link to a case that keeps the current filters: case?case=<id>&year=…"""
    return "case?" + urlencode(carried_params({"case": case_id}), doseq=True)


def open_case(case_id: str) -> None:
    st.switch_page(CASE_PAGE, query_params=carried_params({"case": case_id}))


# --- codes and missing values, shown readably ------------------------------------------

# Whole numbers that a missing value would turn into floats (2023.0): kept as integers.
WHOLE_NUMBER_COLUMNS = ("year", "period", "seq", "n", "n_cases", "n_figures", "n_mapped", "n_results",
                        "n_recognitions", "n_indicators", "n_chars")


def indicator_names() -> dict[str, str]:
    """Indicator key -> Chinese name, from the catalogue the ETL maps figures with."""
    from etl import indicators
    try:
        stamp = indicators.VOCAB.stat().st_mtime_ns  # an edited catalogue is picked up
    except OSError:
        return {}
    return _indicator_names(stamp)


@lru_cache(maxsize=2)
def _indicator_names(_stamp: int) -> dict[str, str]:
    from etl.indicators import load_catalog
    return {row.key: row.name_zh for row in load_catalog()}


def _is_missing(value) -> bool:
    if isinstance(value, (list, tuple)) or hasattr(value, "__array__"):
        return False
    return value is None or value is pd.NA or (isinstance(value, float) and pd.isna(value))


def _code_label(labels: dict[str, str], column: str):
    def label(code):
        if not isinstance(code, str):
            return code
        if code in labels:
            return labels[code]
        return code.upper() if column == "encoding" else code
    return label


def readable(frame: pd.DataFrame, blank_missing: bool = True) -> pd.DataFrame:
    """What people read, on screen and in downloads alike: codes (agency type, recognition
    level, figure kind, script, encoding, direction) in Chinese, indicator keys as the
    catalogue's Chinese names, counts and years as whole numbers.  On screen (blank_missing)
    a missing text is an empty cell, not "None"; the files keep empty, typed cells."""
    out = frame.copy()
    for col, labels in CODE_LABELS.items():
        if col in out.columns:
            out[col] = out[col].astype(object).map(_code_label(labels, col))
    if "indicator" in out.columns:
        names = indicator_names()
        out["indicator"] = out["indicator"].astype(object).map(lambda k: names.get(k, k) if isinstance(k, str) else k)
    for col in out.columns:
        series = out[col]
        if col in WHOLE_NUMBER_COLUMNS and pd.api.types.is_float_dtype(series):
            whole = series.dropna()
            if (whole == whole.round()).all():
                out[col] = series.astype("Int64")
        elif blank_missing and not (pd.api.types.is_numeric_dtype(series) or pd.api.types.is_bool_dtype(series)
                                    or pd.api.types.is_datetime64_any_dtype(series)):
            out[col] = series.astype(object).map(lambda v: "" if _is_missing(v) else v)
    return out


def readable_type(arrow_type) -> str:
    """The data dictionary's type column: string -> 文本, int16 -> 整数, date32[day] -> 日期."""
    return DATA_TYPES.get(str(arrow_type), str(arrow_type))


def readable_parameters(text: str | None) -> str:
    """score_components.csv parameters, 'national=1.0;provincial=0.7' -> '国家级 1.0；省级 0.7'."""
    parts = []
    for item in (text or "").split(";"):
        name, sep, value = item.partition("=")
        if item.strip():
            parts.append(f"{PARAMETER_NAMES.get(name.strip(), name.strip())} {value.strip()}" if sep
                         else item.strip())
    return "；".join(parts)


def format_number(value) -> str:
    """A figure written out plainly: 300000 -> '300,000', 99.42 -> '99.42', never '3e+05'."""
    if value is None or pd.isna(value):
        return ""
    value = float(value)
    if value.is_integer():
        return f"{value:,.0f}"
    return f"{value:,.4f}".rstrip("0").rstrip(".")


# --- tables ----------------------------------------------------------------------------

# Widths so the columns that matter stay in view at 1440 px: long texts get room but not all of it.
_WIDTHS = {"title": "medium", "best_case": "medium", "sentence": "large", "summary": "medium", "agency": "medium"}


def _column_config(frame: pd.DataFrame, link_column: str | None, link_text: str | None = None) -> dict:
    config: dict = {}
    for col in frame.columns:
        label = column_label(col)
        width = _WIDTHS.get(col)
        if col == link_column:
            config[col] = st.column_config.LinkColumn(label, display_text=link_text or T["open_case"],
                                                      width="small")
        elif col in ("score", "mean_score", "best_score"):
            config[col] = st.column_config.NumberColumn(label, format="%.1f", width="small")
        elif col in ("mean_results",):
            config[col] = st.column_config.NumberColumn(label, format="%.1f", width="small")
        elif col in ("evidence", "performance", "recognition", "replication", "percentile", "similarity"):
            config[col] = st.column_config.ProgressColumn(label, min_value=0.0, max_value=1.0, format="%.2f",
                                                          width="small")
        elif col == "share_mapped":
            config[col] = st.column_config.NumberColumn(label, format="percent")
        elif col == "value":
            config[col] = st.column_config.NumberColumn(label, format="localized")
        elif col == "rank":
            config[col] = st.column_config.NumberColumn(label, width="small")
        elif col == "published_date":
            config[col] = st.column_config.DateColumn(label, format="YYYY-MM-DD")
        elif col == "case_id":
            config[col] = None  # hidden: the link column and the selection carry it
        else:
            config[col] = st.column_config.Column(label, width=width)
    return config


def _ordered(frame: pd.DataFrame, first: tuple[str, ...]) -> pd.DataFrame:
    head = [c for c in first if c in frame.columns]
    return frame[head + [c for c in frame.columns if c not in head]]


def case_table(frame: pd.DataFrame, key: str, id_column: str = "case_id", height: int | str = "auto",
               first: tuple[str, ...] = (), link_text: str | None = None) -> None:
    """A table of cases: a link column to each case, and selecting a row opens it.

    `first`: the columns to show right after the link, in this order (the rest follow)."""
    shown = _ordered(readable(frame), first)
    shown.insert(0, "link", [case_url(cid) if isinstance(cid, str) else None for cid in frame[id_column]])
    event = st.dataframe(shown, key=key, hide_index=True, on_select="rerun", selection_mode="single-row",
                         column_config=_column_config(shown, "link", link_text), height=height, placeholder="")
    rows = event.selection.rows if event is not None else []
    if rows:
        case_id = frame[id_column].iloc[rows[0]]
        if isinstance(case_id, str):
            open_case(case_id)


def plain_table(frame: pd.DataFrame, key: str, first: tuple[str, ...] = ()) -> None:
    shown = _ordered(readable(frame), first)
    st.dataframe(shown, key=key, hide_index=True, column_config=_column_config(shown, None), placeholder="")


def download_buttons(frame: pd.DataFrame, kind: str, key: str) -> None:
    """CSV and Excel of exactly `frame`, named after the slice: 案例_2023_法院.csv.

    `kind` names what the rows are (案例, 机构排行, 指标排行_调解成功率 …); the filters follow."""
    slug = current_filters().slug() or T["file_all"]
    export = readable(frame, blank_missing=False)  # same Chinese codes as on screen; files keep empty cells
    left, right = st.columns(2)
    left.download_button(T["dl_csv"], data=lambda: downloads.to_csv_bytes(export),
                         file_name=downloads.file_name(kind, slug, "csv"), mime="text/csv",
                         key=f"{key}_csv", on_click="ignore", icon=":material/download:")
    right.download_button(T["dl_xlsx"], data=lambda: downloads.to_xlsx_bytes(export, sheet=kind),
                          file_name=downloads.file_name(kind, slug, "xlsx"),
                          mime="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                          key=f"{key}_xlsx", on_click="ignore", icon=":material/download:")


# --- score weights: sliders mirrored in the URL as w_evidence=… --------------------------

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


def is_default_weights(weights: dict[str, float]) -> bool:
    defaults = queries.default_weights()
    return all(abs(weights.get(c, 0.0) - defaults[c]) < 1e-9 for c in queries.COMPONENTS)


def _weights_text(weights: dict[str, float]) -> str:
    return "、".join(f"{T[f'c_{c}']} {weights[c]:g}" for c in queries.COMPONENTS)


def weights_note(weights: dict[str, float]) -> str:
    """One line saying which weights a score shown on this page was computed with."""
    if is_default_weights(weights):
        return T["case_weights_default"].format(weights=_weights_text(weights))
    return T["case_weights_custom"].format(weights=_weights_text(weights),
                                           defaults=_weights_text(queries.default_weights()))


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


def _reset_weights() -> None:
    for component, value in queries.default_weights().items():
        st.session_state[f"lb_w_{component}"] = value


def weight_sliders() -> dict[str, float]:
    """The score weights, in an expander at the top of the page (not below the sidebar filters,
    where they sat out of sight); the leaderboard re-ranks on every change."""
    defaults = queries.default_weights()
    for component in queries.COMPONENTS:
        seed_page_widget(f"w_{component}", f"lb_w_{component}", _parse_weight, defaults[component])
    custom = not all(abs(st.session_state[f"lb_w_{c}"] - defaults[c]) < 1e-9 for c in queries.COMPONENTS)
    weights = {}
    with st.expander(T["lb_weights"], expanded=custom, icon=":material/tune:"):
        st.caption(T["lb_weights_help"])
        columns = st.columns(len(queries.COMPONENTS))
        for column, component in zip(columns, queries.COMPONENTS):
            weights[component] = column.slider(T[f"c_{component}"], 0.0, 1.0, step=0.05,
                                               key=f"lb_w_{component}")
        left, right = st.columns([3, 1])
        left.caption(T["lb_formula"])
        right.button(T["lb_weights_reset"], key="lb_w_reset", on_click=_reset_weights, disabled=not custom)
    for component in queries.COMPONENTS:
        write_page_param(f"w_{component}", None if abs(weights[component] - defaults[component]) < 1e-9
                         else f"{weights[component]:g}")
    st.caption(T["lb_weights_custom"] if custom else T["lb_weights_default"])
    return _weights_or_equal(weights)


# --- case text with its extracted figures marked ---------------------------------------

def highlight_html(text: str, spans: list[tuple[int, int, str, str]], base: int = 0) -> str:
    """HTML of `text` (escaped) with every span wrapped in <mark>.

    spans are (start, end, css_class, tooltip) in document offsets; `base` is where
    `text` starts in the document (case.char_start).  A span inside another is nested
    in it (a figure inside a recognition phrase: 全国已有<mark>20余个</mark>省区市…); a span
    that crosses another's end is split there, so every span is marked in full.  Spans
    reaching outside the text are cut to it.
    """
    spans = sorted(((max(s - base, 0), min(e - base, len(text)), css, tip) for s, e, css, tip in spans),
                   key=lambda s: (s[0], -s[1]))
    spans = [s for s in spans if s[0] < s[1]]
    bounds = sorted({0, len(text), *(s[0] for s in spans), *(s[1] for s in spans)})
    pieces: list[str] = []
    stack: list[tuple[int, int, str, str]] = []   # open marks, outermost first
    pending = iter(spans)
    upcoming = next(pending, None)

    def open_mark(span) -> None:
        pieces.append(f'<mark class="{html.escape(span[2])}" title="{html.escape(span[3])}">')
        stack.append(span)

    for at, until in zip(bounds, bounds[1:]):
        # close what ends here; a mark inside it that goes on is closed and reopened around the cut
        ending = [i for i, span in enumerate(stack) if span[1] <= at]
        if ending:
            closed = stack[ending[0]:]
            del stack[ending[0]:]
            pieces.append("</mark>" * len(closed))
            for span in closed:
                if span[1] > at:
                    open_mark(span)
        while upcoming is not None and upcoming[0] == at:
            open_mark(upcoming)
            upcoming = next(pending, None)
        pieces.append(html.escape(text[at:until]))
    pieces.append("</mark>" * len(stack))
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
