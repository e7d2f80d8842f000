"""政法改革对标 — the dashboard's entry point: `streamlit run dashboard.py`.

One st.navigation declares the pages and their URL paths; the sidebar (page
links that carry the filters, then the filter widgets) is drawn here for every
page; each page is a short script over app/queries.py.
"""
from pathlib import Path

import streamlit as st

from app import queries
from app.db import current_snapshot, data_dir, get_database, guarded
from app.filters import FilterOptions, carried_params, render_sidebar
from app.ui_text import T

ROOT = Path(__file__).resolve().parent

st.set_page_config(page_title=T["app_title"], page_icon="⚖️", layout="wide")

PAGES = [
    st.Page("pages/overview.py", title=T["page_overview"], icon=":material/dashboard:", default=True),
    st.Page("pages/leaderboard.py", title=T["page_leaderboard"], icon=":material/leaderboard:",
            url_path="leaderboard"),
    st.Page("pages/themes.py", title=T["page_themes"], icon=":material/map:", url_path="themes"),
    st.Page("pages/case.py", title=T["page_case"], icon=":material/article:", url_path="case"),
    st.Page("pages/data.py", title=T["page_data"], icon=":material/download:", url_path="data"),
]
# Pages other engineers add (issue 4) join the navigation as soon as their file exists.
for name, title, icon in (("methodology", T["page_methodology"], ":material/functions:"),
                          ("compare", T["page_compare"], ":material/compare_arrows:")):
    if (ROOT / "pages" / f"{name}.py").exists():
        PAGES.append(st.Page(f"pages/{name}.py", title=title, icon=icon, url_path=name))

# Streamlit's own menu drops the query string on a page switch; our links carry it.
page = st.navigation(PAGES, position="hidden")

snapshot = current_snapshot()
if snapshot is None:
    st.title(T["app_title"])
    st.error(T["no_snapshot"].format(path=data_dir()))
    st.stop()


@st.cache_data(show_spinner=False, max_entries=8)
def filter_options(snapshot_key: str) -> FilterOptions:
    return queries.filter_options(get_database())


nav = st.sidebar.container(key="nav")
options = guarded(filter_options, snapshot.key, default=FilterOptions())
render_sidebar(options)
with nav:
    st.markdown(f"**{T['app_title']}**")
    params = carried_params()
    for p in PAGES:
        st.page_link(p, query_params=params)
    st.caption(T["snapshot_caption"].format(snapshot_id=snapshot.manifest.get("snapshot_id", "?"),
                                            documents=snapshot.manifest.get("documents", "?"),
                                            cases=snapshot.manifest.get("cases", "?")))

page.run()
