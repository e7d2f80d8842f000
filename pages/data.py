"""/data 数据下载: the filtered cases, figures and documents, a data dictionary, CSV/Excel downloads."""
import pandas as pd
import streamlit as st

from app import queries
from app.components import case_table, download_buttons, plain_table, readable_type, through_entrypoint
from app.db import get_database, guarded
from app.filters import current_filters
from app.ui_text import COLUMNS, T, TABLE_NAMES
from etl import schema

through_entrypoint()

LIMIT = 5000
db = get_database()
f = current_filters()
st.title(T["page_data"])

tabs = st.tabs([T["data_cases"], T["data_metrics"], T["data_documents"], T["data_dictionary"]])
for tab, name, fetch, kind in ((tabs[0], "cases", queries.filtered_cases, T["file_cases"]),
                               (tabs[1], "metrics", queries.filtered_metrics, T["file_metrics"]),
                               (tabs[2], "documents", queries.filtered_documents, T["file_documents"])):
    with tab:
        frame = guarded(fetch, db, f, LIMIT)
        if frame is None:
            continue
        if frame.empty:
            st.info(T["empty"])
            continue
        st.caption(T["data_shown"].format(n=len(frame), limit=LIMIT))
        if "case_id" in frame.columns and name != "documents":
            case_table(frame, key=f"data_{name}_table")
        else:
            plain_table(frame, key=f"data_{name}_table")
        download_buttons(frame, kind, key=f"data_{name}")

with tabs[3]:
    rows = [{"dict_table": f"{TABLE_NAMES.get(table, table)}（{table}）", "dict_column": field.name,
             "dict_label": COLUMNS.get(field.name, (field.name, ""))[0], "dict_type": readable_type(field.type),
             "dict_desc": COLUMNS.get(field.name, ("", ""))[1]}
            for table, table_schema in schema.TABLES.items() for field in table_schema]
    dictionary = pd.DataFrame(rows)
    st.dataframe(dictionary.rename(columns={k: T[k] for k in dictionary.columns}), hide_index=True,
                 key="data_dictionary_table")
