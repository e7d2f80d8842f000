"""/case?case=<case_id> 案例详情: facts, figures highlighted in the text, scores, source, similar cases."""
import pandas as pd
import plotly.express as px
import streamlit as st

from app import queries
from app.charts import show
from app.components import (case_table, highlight_html, plain_table, through_entrypoint, url_weights,
                            weights_note)
from app.db import get_database, guarded
from app.ui_text import AGENCY_TYPES, T, column_label

through_entrypoint()

# Character-bigram Jaccard between two reports of this genre that share nothing but its
# boilerplate (政法, 工作, 推进, 机制 …) runs at 0.03–0.06 on the corpus; below this a "similar"
# case is noise.
SIMILARITY_MIN = 0.07

TEXT_STYLE = """<style>
.case-text {white-space: pre-wrap; line-height: 1.9; font-size: 0.95rem; max-height: 36rem; overflow-y: auto;
            padding: 0.75rem 1rem; border: 1px solid #e6e9ef; border-radius: 0.5rem;}
.case-text mark.figure {background: #fde68a; padding: 0 2px; border-radius: 3px;}
.case-text mark.recognition {background: #bfdbfe; padding: 0 2px; border-radius: 3px;}
</style>"""


def _text(value) -> str:
    return "" if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)) else str(value)


db = get_database()
case_id = (st.query_params.get("case") or "").strip()
if not case_id:
    st.title(T["page_case"])
    st.info(T["case_pick"])
    st.stop()

weights = url_weights()
case = guarded(queries.case_detail, db, case_id, weights)
if case is None:
    st.title(T["page_case"])
    st.error(T["case_missing"].format(case_id=case_id[:80]))
    st.stop()

st.title(_text(case["title"]) or T["page_case"])

st.subheader(T["case_meta"])
# dict.fromkeys drops the repeat in municipalities, where province and city are both 重庆市.
region = " ".join(dict.fromkeys(_text(case[k]) for k in ("province", "city", "county") if _text(case[k])))
themes = "、".join(list(case["themes"])) if case["themes"] is not None else ""
meta = {
    column_label("agency"): _text(case["agency"]) or T["unknown"],
    column_label("agency_type"): AGENCY_TYPES.get(_text(case["agency_type"]), _text(case["agency_type"])),
    column_label("region"): region or T["unknown"],
    column_label("year"): _text(case["year"]) or T["unknown"],
    column_label("themes"): themes or T["unknown"],
    column_label("domain"): _text(case["domain"]) or T["unknown"],
}
cols = st.columns(3)
for i, (label, value) in enumerate(meta.items()):
    cols[i % 3].markdown(f"**{label}**：{value}")

metrics = guarded(queries.case_metrics, db, case_id, default=pd.DataFrame())
recognitions = pd.DataFrame(case["recognitions"] or [], columns=list(queries.RECOGNITION_FIELDS))

st.subheader(T["case_figures"])
if metrics.empty:
    st.caption(T["case_no_figures"])
else:
    shown = metrics.drop(columns=["metric_id", "char_start", "char_end"])
    plain_table(shown, key="case_figures_table")

document_figures = guarded(queries.document_figures, db, case["doc_id"], default=pd.DataFrame())
if not document_figures.empty:
    st.subheader(T["case_document_figures"])
    st.caption(T["case_document_figures_note"])
    plain_table(document_figures.drop(columns=["metric_id", "char_start", "char_end"]), key="case_document_figures_table")

st.subheader(T["case_text"])
spans = [(int(r.char_start), int(r.char_end), "figure", f"{r.label or ''} {r.value:g}{r.unit or ''}")
         for r in metrics.itertuples() if pd.notna(r.char_start) and pd.notna(r.char_end)]
spans += [(int(r.char_start), int(r.char_end), "recognition", _text(r.issuer))
          for r in recognitions.itertuples() if pd.notna(r.char_start) and pd.notna(r.char_end)]
body = highlight_html(_text(case["text"]), spans, base=int(case["char_start"] or 0))
st.html(TEXT_STYLE + f'<div class="case-text">{body}</div>')

st.subheader(T["case_recognitions"])
if recognitions.empty:
    st.caption(T["case_no_recognitions"])
else:
    shown = recognitions.drop(columns=["recognition_id", "char_start", "char_end"])
    plain_table(shown, key="case_recognitions_table")

st.subheader(T["case_scores"])
if not case["scored"]:
    st.caption(T["case_no_scores"])
else:
    st.caption(weights_note(weights))
    left, right = st.columns(2)
    with left:
        st.metric(column_label("score"), f"{case['score']:.1f}" if pd.notna(case["score"]) else "—")
        parts = pd.DataFrame({"component": [T[f"c_{c}"] for c in queries.COMPONENTS],
                              "value": [float(case[c]) if pd.notna(case[c]) else 0.0 for c in queries.COMPONENTS]})
        fig = px.bar(parts, x="value", y="component", orientation="h", range_x=[0, 1],
                     labels={"value": "", "component": ""})
        show(fig, "case_score_chart", 260)
    with right:
        st.markdown(f"**{T['case_percentiles']}**")
        percentiles = guarded(queries.case_percentiles, db, case_id)
        if percentiles is not None and not percentiles.empty:
            plain_table(percentiles, key="case_percentiles_table")

st.subheader(T["case_source"])
st.markdown(f"**{column_label('title')}**：{_text(case['doc_title'])}  \n"
            f"**{column_label('source_path')}**：`{_text(case['source_path'])}`  \n"
            f"**{column_label('publisher')}**：{_text(case['publisher']) or T['unknown']}  \n"
            f"**{column_label('published_date')}**：{_text(case['published_date']) or T['unknown']}")
warnings = list(case["doc_warnings"]) if case["doc_warnings"] is not None else []
for warning in warnings:
    st.caption(f"⚠ {warning}")
with st.expander(T["case_fulltext"]):
    st.text(_text(case["doc_text"]))

st.subheader(T["case_similar"])
st.caption(T["case_similar_caption"].format(threshold=SIMILARITY_MIN))
similar = guarded(queries.similar_cases, db, case_id)
if similar is not None:
    similar = similar[similar["similarity"] >= SIMILARITY_MIN]
    if similar.empty:
        st.caption(T["case_no_similar"])
    else:
        case_table(similar, key="case_similar_table", first=("similarity", "title"))
