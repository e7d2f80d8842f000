"""Filter state: the URL query string is the state, the sidebar widgets mirror it.

`year=2023-2024` (or `2024`), `agency`, `type`, `province`, `theme`, `domain`,
`q`; several values as repeated keys or a comma list.  Pasting a URL reproduces
the view; an unknown or malformed value is reported in Chinese and ignored.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping, Sequence

from app.ui_text import AGENCY_TYPES, T

FILTER_KEYS = ("year", "agency", "type", "province", "theme", "domain", "q")
WEIGHT_PREFIX = "w_"
# Keys that belong to one page (read by that page, not by the sidebar).  A page
# that reads a new key adds it here, so the sidebar does not call it unknown.
PAGE_KEYS = {"case", "view", "ind", "dir", "min_cases", "map_theme", "drill", "cases", "tab", "embed",
             "embed_options"}

_YEAR = re.compile(r"^\s*(\d{4})\s*(?:[-–~至]\s*(\d{4})\s*)?$")
_SPLIT = re.compile(r"[,，]")


@dataclass(frozen=True)
class Filters:
    year_from: int | None = None
    year_to: int | None = None
    agencies: tuple[str, ...] = ()
    agency_types: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    q: str = ""

    def is_empty(self) -> bool:
        return self == Filters()

    def query_params(self) -> dict[str, str | list[str]]:
        """The URL form of these filters (only the keys that are set)."""
        out: dict[str, str | list[str]] = {}
        if self.year_from is not None:
            out["year"] = (str(self.year_from) if self.year_from == self.year_to
                           else f"{self.year_from}-{self.year_to}")
        for key, values in (("agency", self.agencies), ("type", self.agency_types),
                            ("province", self.provinces), ("theme", self.themes),
                            ("domain", self.domains)):
            if values:
                out[key] = list(values)
        if self.q:
            out["q"] = self.q
        return out

    def slug(self) -> str:
        """A short human name for the slice, used in download file names: 2023_法院."""
        parts: list[str] = []
        if self.year_from is not None:
            parts.append(str(self.year_from) if self.year_from == self.year_to
                         else f"{self.year_from}-{self.year_to}")
        parts += [AGENCY_TYPES.get(t, t) for t in self.agency_types]
        for values in (self.provinces, self.themes, self.domains, self.agencies):
            parts += values[:2]
            if len(values) > 2:
                parts.append(T["file_more"].format(n=len(values)))
        if self.q:
            parts.append(self.q)
        return "_".join(parts)


@dataclass(frozen=True)
class FilterOptions:
    """What the current snapshot holds: the values a filter may take."""
    year_min: int | None = None
    year_max: int | None = None
    agencies: tuple[str, ...] = ()
    agency_types: tuple[str, ...] = ()
    provinces: tuple[str, ...] = ()
    themes: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()


@dataclass
class ParsedParams:
    filters: Filters
    warnings: list[str] = field(default_factory=list)


def split_values(values: Sequence[str]) -> list[str]:
    """Repeated keys and comma lists alike: ['a,b', 'c'] -> ['a', 'b', 'c']."""
    out: list[str] = []
    for value in values:
        for part in _SPLIT.split(value):
            part = part.strip()
            if part and part not in out:
                out.append(part)
    return out


def _agency_type_code(value: str) -> str | None:
    if value in AGENCY_TYPES:
        return value
    for code, label in AGENCY_TYPES.items():
        if value == label:
            return code
    return None


def simplified(text: str) -> str:
    """The search text in simplified characters: the ETL stores every text simplified
    (etl/normalise.py), so 車載 must be searched as 车载.  The ETL's own converter."""
    from etl.normalise import to_simplified
    return to_simplified(text)


def _parse_year(value: str, options: FilterOptions, warnings: list[str]) -> tuple[int, int] | None:
    """`2024` or `2023-2024` -> the year range to filter on, inside the data's years.

    A range reaching past the data is cut to it and says to what; one wholly outside
    the data (or one that covers all of it) filters nothing, and the warning says so."""
    m = _YEAR.match(value)
    if not m:
        warnings.append(T["w_bad_year"].format(value=value))
        return None
    if options.year_min is None:
        warnings.append(T["w_no_year_data"].format(value=value))
        return None
    a, b = int(m.group(1)), int(m.group(2) or m.group(1))
    lo, hi = min(a, b), max(a, b)
    year_from, year_to = max(lo, options.year_min), min(hi, options.year_max)
    if year_from > year_to:
        warnings.append(T["w_year_no_overlap"].format(value=value, lo=options.year_min, hi=options.year_max))
        return None
    if (year_from, year_to) != (lo, hi):
        warnings.append(T["w_year_out_of_range"].format(value=value, lo=options.year_min, hi=options.year_max,
                                                        year_from=year_from, year_to=year_to))
    if (year_from, year_to) == (options.year_min, options.year_max):
        return None  # every year the data holds: no filter (the slider shows the whole range)
    return year_from, year_to


def parse_query_params(raw: Mapping[str, Sequence[str]], options: FilterOptions) -> ParsedParams:
    """URL parameters -> Filters, with a Chinese warning for each value that is ignored."""
    warnings: list[str] = []
    kwargs: dict = {}

    years = [v for v in raw.get("year", []) if v.strip()]
    if years:
        chosen_years = _parse_year(years[-1], options, warnings)
        if chosen_years is not None:
            kwargs["year_from"], kwargs["year_to"] = chosen_years

    def known(key: str, allowed: Sequence[str], convert=None):
        chosen = []
        # A value that is itself an option is kept whole (an agency name may hold a comma).
        values = [v.strip() for v in raw.get(key, []) if v.strip() in allowed]
        values += split_values([v for v in raw.get(key, []) if v.strip() not in allowed])
        for value in values:
            code = convert(value) if convert else (value if value in allowed else None)
            if code is None:
                warnings.append(T["w_bad_param"].format(key=key, value=value))
            elif code not in chosen:
                chosen.append(code)
        return tuple(chosen)

    allowed_types = options.agency_types or tuple(AGENCY_TYPES)
    kwargs["agencies"] = known("agency", options.agencies)
    kwargs["agency_types"] = known("type", allowed_types,
                                   lambda v: c if (c := _agency_type_code(v)) in allowed_types else None)
    kwargs["provinces"] = known("province", options.provinces)
    kwargs["themes"] = known("theme", options.themes)
    kwargs["domains"] = known("domain", options.domains)
    q = [v for v in raw.get("q", []) if v.strip()]
    kwargs["q"] = simplified(q[-1].strip()[:200]) if q else ""

    for key in raw:
        if key not in FILTER_KEYS and key not in PAGE_KEYS and not key.startswith(WEIGHT_PREFIX):
            warnings.append(T["w_unknown_key"].format(key=key))
    return ParsedParams(Filters(**kwargs), warnings)


# --- Streamlit side ------------------------------------------------------------------

_STATE = "_filters"          # the Filters of this run, for the page to read
_URL_SIG = "_filters_url"    # the URL filters the widgets were last seeded from
WIDGET_KEYS = {
    "year": "flt_year", "agency": "flt_agency", "type": "flt_type", "province": "flt_province",
    "theme": "flt_theme", "domain": "flt_domain", "q": "flt_q",
}


def url_params() -> dict[str, list[str]]:
    import streamlit as st
    return {key: st.query_params.get_all(key) for key in st.query_params.keys()}


def current_filters() -> Filters:
    """The filters the sidebar chose in this run (pages call this)."""
    import streamlit as st
    return st.session_state.get(_STATE, Filters())


def _is_default_weight(key: str, text: str) -> bool:
    from app.queries import default_weights  # app.queries imports this module
    try:
        return abs(float(text) - default_weights()[key[len(WEIGHT_PREFIX):]]) < 1e-9
    except (KeyError, ValueError):
        return False


def carried_params(extra: Mapping[str, str | list[str]] | None = None) -> dict[str, str | list[str]]:
    """Query params to carry to another page: the filters and the score weights that
    differ from the defaults (a link with the default weights stays short)."""
    import streamlit as st
    params: dict[str, str | list[str]] = dict(current_filters().query_params())
    weights = {key: st.query_params.get(key) for key in st.query_params.keys() if key.startswith(WEIGHT_PREFIX)}
    # On the leaderboard the sliders may have moved in this very run, ahead of the URL.
    for key, value in st.session_state.items():
        if isinstance(key, str) and key.startswith("lb_" + WEIGHT_PREFIX) and isinstance(value, float):
            weights[key[3:]] = f"{value:g}"
    params.update({key: text for key, text in weights.items() if not _is_default_weight(key, text)})
    params.update(extra or {})
    return params


def set_page_params(updates: Mapping[str, str | list[str] | None]) -> None:
    """Write page-owned keys into the URL (None removes), touching nothing else."""
    import streamlit as st
    for key, value in updates.items():
        current = st.query_params.get_all(key)
        if value is None or value == "" or value == []:
            if current:
                del st.query_params[key]
        else:
            wanted = value if isinstance(value, list) else [value]
            if current != wanted:
                st.query_params[key] = value


def _seed_widgets(filters: Filters, options: FilterOptions) -> None:
    import streamlit as st
    ss = st.session_state
    if options.year_min is not None:
        ss[WIDGET_KEYS["year"]] = ((filters.year_from, filters.year_to) if filters.year_from is not None
                                   else (options.year_min, options.year_max))
    ss[WIDGET_KEYS["agency"]] = list(filters.agencies)
    ss[WIDGET_KEYS["type"]] = list(filters.agency_types)
    ss[WIDGET_KEYS["province"]] = list(filters.provinces)
    ss[WIDGET_KEYS["theme"]] = list(filters.themes)
    ss[WIDGET_KEYS["domain"]] = list(filters.domains)
    ss[WIDGET_KEYS["q"]] = filters.q


def _clear() -> None:
    import streamlit as st
    for key in FILTER_KEYS:
        if key in st.query_params:
            del st.query_params[key]
    st.session_state.pop(_URL_SIG, None)


def render_sidebar(options: FilterOptions) -> Filters:
    """Sidebar filter widgets mirroring the URL; returns (and stores) this run's Filters."""
    import streamlit as st
    parsed = parse_query_params(url_params(), options)
    url_filters = parsed.filters
    ss = st.session_state
    # Seed the widgets when the URL changed under them: first load, a pasted link,
    # a page link that carried the filters.  Otherwise the widgets are the truth.
    if ss.get(_URL_SIG) != url_filters or WIDGET_KEYS["q"] not in ss:
        _seed_widgets(url_filters, options)

    with st.sidebar:
        st.header(T["filters_header"])
        if options.year_min is not None and options.year_min < options.year_max:
            st.slider(T["f_year"], options.year_min, options.year_max, key=WIDGET_KEYS["year"])
        elif options.year_min is None:
            st.caption(T["f_no_years"])
        st.text_input(T["f_q"], key=WIDGET_KEYS["q"], help=T["f_q_help"], max_chars=200)
        st.multiselect(T["f_agency"], options.agencies, key=WIDGET_KEYS["agency"],
                       placeholder=T["f_placeholder"])
        st.multiselect(T["f_type"], options.agency_types or tuple(AGENCY_TYPES), key=WIDGET_KEYS["type"],
                       format_func=lambda c: AGENCY_TYPES.get(c, c), placeholder=T["f_placeholder"])
        st.multiselect(T["f_province"], options.provinces, key=WIDGET_KEYS["province"],
                       placeholder=T["f_placeholder"])
        st.multiselect(T["f_theme"], options.themes, key=WIDGET_KEYS["theme"], placeholder=T["f_placeholder"])
        st.multiselect(T["f_domain"], options.domains, key=WIDGET_KEYS["domain"],
                       placeholder=T["f_placeholder"])
        st.button(T["f_clear"], key="flt_clear", on_click=_clear)

    chosen = _filters_from_widgets(options)
    ss[_STATE] = chosen
    ss[_URL_SIG] = chosen
    _write_url(chosen, parsed)
    for warning in parsed.warnings:
        st.warning(warning)
    return chosen


def _filters_from_widgets(options: FilterOptions) -> Filters:
    import streamlit as st
    ss = st.session_state
    year_from = year_to = None
    years = ss.get(WIDGET_KEYS["year"])
    if options.year_min is not None and years and tuple(years) != (options.year_min, options.year_max):
        year_from, year_to = int(years[0]), int(years[1])
    return Filters(
        year_from=year_from, year_to=year_to,
        agencies=tuple(ss.get(WIDGET_KEYS["agency"], ())),
        agency_types=tuple(ss.get(WIDGET_KEYS["type"], ())),
        provinces=tuple(ss.get(WIDGET_KEYS["province"], ())),
        themes=tuple(ss.get(WIDGET_KEYS["theme"], ())),
        domains=tuple(ss.get(WIDGET_KEYS["domain"], ())),
        q=simplified((ss.get(WIDGET_KEYS["q"]) or "").strip()),
    )


def _write_url(chosen: Filters, parsed: ParsedParams) -> None:
    """Put the canonical form of the filters in the URL; drop keys we ignored."""
    import streamlit as st
    wanted = chosen.query_params()
    for key in FILTER_KEYS:
        value = wanted.get(key)
        current = st.query_params.get_all(key)
        target = [] if value is None else (value if isinstance(value, list) else [value])
        if current != target:
            if target:
                st.query_params[key] = value
            elif key in st.query_params:
                del st.query_params[key]
    for key in list(st.query_params.keys()):
        if key not in FILTER_KEYS and key not in PAGE_KEYS and not key.startswith(WEIGHT_PREFIX):
            del st.query_params[key]


def seed_page_widget(param: str, widget_key: str, parse, default) -> None:
    """Give a page widget its value from the URL when the URL changed under it.

    parse(text) returns the widget value or raises ValueError; a bad value is
    reported and the default used.  Pair with write_page_param after the widget.
    """
    import streamlit as st
    ss = st.session_state
    raw = st.query_params.get(param)
    if widget_key not in ss or ss.get(f"_url_{param}") != raw:
        value = default
        if raw is not None:
            try:
                value = parse(raw)
            except (ValueError, KeyError):
                st.warning(T["w_bad_param"].format(key=param, value=raw))
        ss[widget_key] = value


def write_page_param(param: str, text: str | None) -> None:
    """Put a page widget's value in the URL (None removes it)."""
    import streamlit as st
    set_page_params({param: text})
    st.session_state[f"_url_{param}"] = text
