"""tradegraph explorer: ``streamlit run app.py``.

The pages live in ``pages/`` (one file each) and share ``pages/common.py``;
the data comes from ``graph.queries``. Without ``NEO4J_URI`` the app talks to
the project's local Neo4j; if that is down, every page says so and how to
start it. Who may do what (readers, editors, sign-in, read-only mode) is
decided by ``pages/auth.gate()`` before any page runs: see graph/access.py.
"""

from __future__ import annotations

import streamlit as st

from graph.access import LOAD
from pages.auth import gate

st.set_page_config(page_title="tradegraph", page_icon=":globe_with_meridians:", layout="wide")

# who is using this session (sign-in, or the refusal page when the explorer is
# reachable from the network without sign-in); see graph/access.py
actor = gate()

PAGES = [
    st.Page("pages/home.py", title="Home", icon=":material/home:", default=True),
    st.Page("pages/explore.py", title="Explore", icon=":material/hub:"),
    st.Page("pages/paths.py", title="Paths", icon=":material/route:"),
    st.Page("pages/issues.py", title="Issues", icon=":material/flag:"),
    st.Page("pages/load.py", title="Load articles", icon=":material/upload_file:") if actor.can(LOAD) else None,
    st.Page("pages/console.py", title="Cypher console", icon=":material/terminal:"),
    st.Page("pages/analytics.py", title="Analytics & export", icon=":material/insights:"),
    st.Page("pages/review.py", title="Review people", icon=":material/group:"),
]
PAGES = [page for page in PAGES if page is not None]

st.navigation(PAGES).run()
