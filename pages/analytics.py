"""Analytics and export: centrality, communities and co-occurrence with
networkx, written back to Neo4j on request; exports for other tools."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st
from streamlit_cytoscape import EdgeStyle, NodeStyle, streamlit_cytoscape

from graph import analytics as A
from graph import queries as Q
from graph.access import WRITE_BACK
from graph.export import FORMATS, export, full_graph, query_graph
from pages.auth import audited, can
from pages.common import LABELS, guarded

PALETTE = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#46f0f0", "#f032e6", "#bcf60c", "#fabebe",
           "#008080", "#9a6324", "#800000", "#808000", "#000075", "#808080"]
MEASURE_NAMES = {"degree": "Degree", "betweenness": "Betweenness", "pagerank": "PageRank"}


def source_graph(graph: Q.GraphReader):
    kind = st.radio("Analyse", ["Whole graph", "People co-occurrence", "A query's result", "The Explore view"],
                    horizontal=True, key="an_source")
    if kind == "Whole graph":
        labels = st.multiselect("Node types", LABELS, default=["Person", "Organization", "Role", "Issue", "Country"],
                                key="an_labels")
        return A.load_graph(graph, labels)
    if kind == "People co-occurrence":
        threshold = st.slider("Link people named together in at least N articles", 1, 20, 1, key="an_threshold")
        return A.cooccurrence(graph, threshold)
    if kind == "A query's result":
        cypher = st.text_area("Read-only query returning nodes, relationships or paths", key="an_query",
                              value="MATCH p = (:Person)-[:HOLDS]->(:Role)-[:AT]->(:Organization) RETURN p")
        return A.from_query(graph.driver, cypher, database=graph.database)
    view = st.session_state.get("view")
    if view is None:
        st.info("Draw something on the Explore page first.")
        return None
    return A.from_subgraph(view)


def draw_communities(g, groups: dict[str, int]) -> None:
    nodes = [{"data": {"id": n, "label": f"C{groups.get(n, 0) % len(PALETTE)}", "name": str(d.get("name") or n)[:40]}}
             for n, d in g.nodes(data=True)]
    edges = [{"data": {"id": f"e{i}", "label": d.get("type", ""), "source": u, "target": v}}
             for i, (u, v, d) in enumerate(g.edges(data=True))]
    styles = [NodeStyle(f"C{i}", color, "name") for i, color in enumerate(PALETTE)]
    streamlit_cytoscape({"nodes": nodes, "edges": edges}, layout="fcose", node_styles=styles,
                        edge_styles=[EdgeStyle(t, caption=None, directed=True) for t in
                                     {d.get("type", "") for _, _, d in g.edges(data=True)}],
                        height=520, key="an_graph")


def analytics_section(graph: Q.GraphReader) -> None:
    g = source_graph(graph)
    if g is None:
        return
    st.caption(f"{g.number_of_nodes():,} nodes, {g.number_of_edges():,} relationships")
    if g.number_of_nodes() == 0:
        st.info("Nothing to analyse.")
        return
    weighted = st.checkbox("Weight links by the number of supporting articles", value=True, key="an_weighted")
    measures = A.centralities(g, weighted=weighted)
    groups = A.communities(g)
    st.markdown(f"**{len(set(groups.values()))} communities** (Louvain)")
    k = st.slider("Top", 5, 50, 10, key="an_top")
    only = st.multiselect("Top lists show", LABELS, default=["Person", "Organization"], key="an_top_labels")
    cols = st.columns(3)
    for col, name in zip(cols, A.MEASURES):
        rows = A.top(measures[name], g, k, only)
        col.markdown(f"**{MEASURE_NAMES[name]}**")
        col.dataframe(pd.DataFrame([{"name": r["name"], "type": r["label"], name: round(r["value"], 4)}
                                    for r in rows]), hide_index=True, width="stretch")
    if g.number_of_nodes() <= 600:
        draw_communities(g, groups)
    else:
        st.caption("The graph is too large to draw here; the measures above cover all of it.")
    if st.button("Store these measures on the nodes in Neo4j", key="an_write", disabled=not can(WRITE_BACK),
                 help=None if can(WRITE_BACK) else "Only editors may write analytics back into the graph."):
        with audited(WRITE_BACK, "store analytics measures", source=st.session_state.get("an_source"),
                     weighted=weighted) as done:
            n = A.write_measures(graph.driver, measures, groups, graph.database)
            done["nodes"] = n
        st.success(f"Stored degree, betweenness, pagerank and community on {n} nodes "
                   "(e.g. MATCH (p:Person) RETURN p.name, p.pagerank ORDER BY p.pagerank DESC).")


def export_section(graph: Q.GraphReader) -> None:
    st.subheader("Export")
    c1, c2 = st.columns(2)
    fmt = c1.selectbox("Format", FORMATS, key="ex_format",
                       format_func=lambda f: {"graphml": "GraphML (Gephi, Cytoscape)", "gexf": "GEXF (Gephi)",
                                              "csv": "CSV for neo4j-admin import / pandas (zip)",
                                              "json": "JSON node-link"}[f])
    cypher = c2.text_input("Only what this read-only query returns (empty: everything)", key="ex_query")
    if st.button("Prepare the export", key="ex_run"):
        nx_graph = query_graph(graph, cypher) if cypher.strip() else full_graph(graph)
        with tempfile.TemporaryDirectory() as tmp:
            target = Path(tmp) / ("export" if fmt == "csv" else f"tradegraph.{fmt}")
            paths = export(nx_graph, fmt, target)
            if fmt == "csv":
                import shutil

                archive = shutil.make_archive(str(Path(tmp) / "tradegraph-csv"), "zip", target)
                data, name = Path(archive).read_bytes(), "tradegraph-csv.zip"
            else:
                data, name = paths[0].read_bytes(), paths[0].name
        st.session_state["export_file"] = (data, name, nx_graph.number_of_nodes(), nx_graph.number_of_edges())
    prepared = st.session_state.get("export_file")
    if prepared:
        data, name, n_nodes, n_edges = prepared
        st.download_button(f"Download {name} ({n_nodes} nodes, {n_edges} relationships)", data, file_name=name,
                           key="ex_download")


def page(graph: Q.GraphReader) -> None:
    st.title("Analytics & export")
    try:
        analytics_section(graph)
    except ValueError as exc:
        st.error(str(exc))
    export_section(graph)


guarded(page)
