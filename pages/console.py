"""Cypher console: read-only queries with parameters, a timeout and a row cap;
results as a table, as a graph when they hold nodes or paths, and as CSV."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from graph import queries as Q
from graph.console import DEFAULT_ROW_CAP, DEFAULT_TIMEOUT, parameters_in, run_query, schema_overview, to_csv
from graph.examples import examples
from graph.limits import console_caps
from graph.version import graph_version
from pages.common import draw, guarded, legend

STARTER = "MATCH (p:Person)-[h:HOLDS]->(r:Role)\nRETURN p.name AS person, r.title AS role, h.current AS current\nLIMIT 25"


def load_example() -> None:
    chosen = st.session_state.get("example")
    for example in examples():
        if example.label == chosen:
            st.session_state["cypher"] = example.cypher
            for name, value in example.params.items():
                st.session_state[f"param_{name}"] = str(value)


def table(result) -> pd.DataFrame:
    def cell(value):
        if isinstance(value, dict) and "_id" in value:
            return value.get("name") or value.get("title") or value["_id"]
        if isinstance(value, (dict, list)):
            return str(value)
        return value

    return pd.DataFrame([{c: cell(row[c]) for c in result.columns} for row in result.rows], columns=result.columns)


@st.cache_data(show_spinner=False, max_entries=8)
def _overview(_driver, driver_id: int, database: str | None, stamp: str) -> dict:
    """The schema overview, once per state of the graph (``stamp``): the
    property keys in use take Neo4j a few hundred milliseconds to gather."""
    return schema_overview(_driver, database)


def schema_panel(graph: Q.GraphReader) -> None:
    overview = _overview(graph.driver, id(graph.driver), graph.database, graph_version(graph.driver, graph.database))
    st.markdown("#### Schema")
    for item in overview["labels"]:
        with st.expander(f"({item['label']}) \u00b7 {item['count']:,}"):
            st.caption(", ".join(item["properties"]) or "no properties")
    st.markdown("**Relationships**")
    for item in overview["relationships"]:
        st.markdown(f"`[:{item['type']}]` \u00b7 {item['count']:,}")
    st.caption("Every relationship also has `articles`, `evidence`, `weight`, `first_seen`, `last_seen`. "
               "See docs/SCHEMA.md.")


def page(graph: Q.GraphReader) -> None:
    st.title("Cypher console")
    st.caption("Queries run read-only: the database refuses writes. Each query stops after its time limit, and at "
               "most the row limit is returned.")
    editor, side = st.columns([3, 1])
    with editor:
        st.selectbox("Example queries (docs/SCHEMA.md)", [None] + [e.label for e in examples()], key="example",
                     on_change=load_example, format_func=lambda x: "choose an example..." if x is None else x)
        st.session_state.setdefault("cypher", STARTER)
        cypher = st.text_area("Cypher", key="cypher", height=180)
        names = parameters_in(cypher)
        params = {}
        if names:
            st.markdown("**Parameters** (JSON values are understood: numbers, lists, true/false)")
            cols = st.columns(min(len(names), 3))
            for n, name in enumerate(names):
                raw = cols[n % len(cols)].text_input(f"${name}", key=f"param_{name}")
                params[name] = _value(raw)
        c1, c2, c3 = st.columns(3)
        max_seconds, max_rows = console_caps()  # run_query clamps to these whatever the page sends
        timeout = c1.number_input("Time limit (s)", 1.0, max_seconds, min(DEFAULT_TIMEOUT, max_seconds), key="timeout")
        cap = int(c2.number_input("Row limit", 1, max_rows, min(DEFAULT_ROW_CAP, max_rows), key="row_cap"))
        run = c3.button("Run", type="primary", key="run_query")
    with side:
        schema_panel(graph)
    if run:
        st.session_state["console_result"] = run_query(graph.driver, cypher, params, timeout=float(timeout),
                                                       row_cap=cap, database=graph.database)
    result = st.session_state.get("console_result")
    if result is None:
        return
    if not result.ok:
        st.error(result.error)
        return
    if result.truncated:
        st.warning(f"The result was cut at {result.row_cap:,} rows (the row limit).")
    st.caption(f"{len(result.rows):,} row(s) in {result.seconds * 1000:.0f} ms")
    tab_table, tab_graph = st.tabs(["Table", f"Graph ({len(result.graph.nodes)} nodes)"])
    with tab_table:
        st.dataframe(table(result), width="stretch", hide_index=True)
        st.download_button("Download CSV", to_csv(result), file_name="query.csv", mime="text/csv",
                           key="download_csv")
    with tab_graph:
        if result.graph.nodes:
            draw(result.graph, key="console_graph", height=500)
            legend()
        else:
            st.caption("Return nodes, relationships or paths to see them drawn.")


def _value(raw: str):
    import json

    try:
        return json.loads(raw)
    except ValueError:
        return raw


guarded(page)
