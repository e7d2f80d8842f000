"""/compare?cases=<id>,<id>[,…] 案例对比: two to four cases side by side on shared indicators, themes, recognitions."""
import pandas as pd
import plotly.express as px
import streamlit as st

from app import queries
from app.charts import show
from app.components import CASE_PAGE, format_number, through_entrypoint, url_weights, weights_note
from app.db import get_database, guarded
from app.filters import carried_params, current_filters, set_page_params, split_values
from app.ui_text import AGENCY_TYPES, RECOGNITION_KINDS, RECOGNITION_LEVELS, T, column_label

through_entrypoint()
MAX_CASES = 4


def _known(value) -> str:
    return value if isinstance(value, str) and value else T["unknown"]


st.title(T["page_compare"])
db = get_database()
weights = url_weights()

asked = list(dict.fromkeys(split_values(st.query_params.get_all("cases"))))
if len(asked) > MAX_CASES:
    st.warning(T["cmp_too_many"])
    asked = asked[:MAX_CASES]
known = guarded(queries.compare_cases, db, asked, weights, default=pd.DataFrame()) if asked else pd.DataFrame()
missing = [cid for cid in asked if known.empty or cid not in set(known["case_id"])]
if missing:
    st.warning(T["cmp_unknown"].format(ids="、".join(m[:40] for m in missing)))
asked = [cid for cid in asked if cid not in missing]

candidates = guarded(queries.compare_candidates, db, current_filters(), weights, default=pd.DataFrame())
labels = {}
for frame in (known, candidates):
    for row in frame.itertuples():
        labels.setdefault(row.case_id, f"{row.title}（{_known(row.agency)}）")

# The URL is the state: the widget follows the URL when the URL changes under it.
if st.session_state.get("_url_cases") != asked:
    st.session_state["compare_cases"] = asked
    st.session_state["_url_cases"] = asked
chosen = st.multiselect(T["cmp_pick"], options=list(labels), format_func=labels.get, key="compare_cases",
                        max_selections=MAX_CASES, help=T["cmp_pick_help"], placeholder=T["cmp_placeholder"])
if chosen != asked:
    set_page_params({"cases": ",".join(chosen) if chosen else None})
    st.session_state["_url_cases"] = chosen
    st.rerun()

if len(chosen) < 2:
    st.info(T["cmp_need_two"])
    st.stop()

cases = guarded(queries.compare_cases, db, chosen, weights, default=pd.DataFrame())
if cases.empty:
    st.info(T["empty"])
    st.stop()
names = [f"{i + 1}. {t}" for i, t in enumerate(cases["title"])]


def _region(row) -> str:
    parts = [row.province, row.city, row.county]
    return " ".join(dict.fromkeys(p for p in parts if isinstance(p, str) and p)) or T["unknown"]


st.subheader(T["cmp_facts"])
facts = pd.DataFrame({
    name: {
        column_label("agency"): _known(row.agency),
        column_label("agency_type"): AGENCY_TYPES.get(row.agency_type, row.agency_type),
        column_label("region"): _region(row),
        column_label("year"): "" if pd.isna(row.year) else str(int(row.year)),
        column_label("domain"): _known(row.domain),
        column_label("score"): "—" if pd.isna(row.score) else f"{row.score:.1f}",
    } for name, row in zip(names, cases.itertuples())
})
st.dataframe(facts, key="compare_facts", column_config={n: st.column_config.TextColumn(n) for n in names},
             placeholder="")
st.caption(weights_note(weights))
# A link to each case (a table cell would show the link's raw text, case?case=…).
for column, name, cid in zip(st.columns(len(names)), names, cases["case_id"]):
    with column:
        st.page_link(CASE_PAGE, label=f"{T['cmp_open']} {name.split('.')[0]}", icon=":material/article:",
                     query_params=carried_params({"case": cid}), help=name)

st.subheader(T["cmp_scores"])
parts = pd.DataFrame([{"case": name, "component": T[f"c_{c}"], "value": float(row[c]) if pd.notna(row[c]) else 0.0}
                      for name, (_, row) in zip(names, cases.iterrows()) for c in queries.COMPONENTS])
fig = px.bar(parts, x="component", y="value", color="case", barmode="group", range_y=[0, 1],
             labels={"component": "", "value": "", "case": ""})
show(fig, "compare_score_chart", 320)

indicators = guarded(queries.compare_indicators, db, chosen, default=pd.DataFrame())
name_of = dict(zip(cases["case_id"], names))


def _indicator_table(frame: pd.DataFrame) -> pd.DataFrame:
    frame = frame.assign(case=frame["case_id"].map(name_of),
                         cell=[f"{format_number(v)} {u if isinstance(u, str) else ''}（{T['cmp_percentile']} {p:.0%}）"
                               for v, u, p in zip(frame["value"], frame["unit"], frame["percentile"])])
    table = frame.pivot_table(index=["indicator_name", "direction"], columns="case", values="cell", aggfunc="first")
    table = table.reindex(columns=[n for n in names if n in table.columns]).reset_index()
    table["direction"] = table["direction"].map(lambda d: T["cmp_direction"].get(d, d), na_action="ignore")
    return table.rename(columns={"indicator_name": column_label("indicator"),
                                 "direction": column_label("direction")}).fillna("")


if indicators is not None and not indicators.empty:
    # shared = quantified by two or more of the chosen *cases* (one case may give an indicator twice)
    indicators = indicators.assign(n_sharing=indicators.groupby("indicator")["case_id"].transform("nunique"))

st.subheader(T["cmp_shared"])
if indicators is None or indicators.empty or (indicators["n_sharing"] < 2).all():
    st.caption(T["cmp_no_shared"])
shared = indicators[indicators["n_sharing"] >= 2] if indicators is not None and not indicators.empty else pd.DataFrame()
if not shared.empty:
    st.dataframe(_indicator_table(shared), key="compare_shared", hide_index=True)
own = indicators[indicators["n_sharing"] < 2] if indicators is not None and not indicators.empty else pd.DataFrame()
if not own.empty:
    with st.expander(T["cmp_own"]):
        st.dataframe(_indicator_table(own), key="compare_own", hide_index=True)

st.subheader(T["cmp_themes"])
themes = sorted({t for ts in cases["themes"] if ts is not None for t in ts})
theme_table = pd.DataFrame({name: ["✓" if ts is not None and t in list(ts) else "" for t in themes]
                            for name, ts in zip(names, cases["themes"])}, index=themes)
theme_table = theme_table.assign(_n=(theme_table == "✓").sum(axis=1)).sort_values("_n", ascending=False).drop(columns="_n")
st.dataframe(theme_table, key="compare_themes")

st.subheader(T["cmp_recognitions"])
recognitions = guarded(queries.compare_recognitions, db, chosen, default=pd.DataFrame())
columns = st.columns(len(names))
for col, name, cid in zip(columns, names, cases["case_id"]):
    col.markdown(f"**{name}**")
    rows = recognitions[recognitions["case_id"] == cid] if recognitions is not None and not recognitions.empty else []
    if len(rows) == 0:
        col.caption(T["cmp_none"])
    for r in (rows.itertuples() if len(rows) else []):
        col.markdown(f"- {RECOGNITION_LEVELS.get(r.level, r.level)}·{RECOGNITION_KINDS.get(r.kind, r.kind)}：{r.text}")
