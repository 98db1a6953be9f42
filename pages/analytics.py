"""Analytics and export: centrality, communities and co-occurrence with
networkx, as tables and charts; exports for other tools.

Measures are computed once per state of the graph (the version counter every
write bumps, ``graph.version``) and input: kept in this server's memory and,
for the whole graph, stored back in Neo4j so that later opens read them from
there. Betweenness is estimated from sampled sources unless the exact one is
asked for; a progress bar shows while it runs."""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path

import networkx as nx
import pandas as pd
import streamlit as st
from neo4j.exceptions import Neo4jError
from streamlit_cytoscape import EdgeStyle, NodeStyle, streamlit_cytoscape

from graph import analytics as A
from graph import queries as Q
from graph.access import WRITE_BACK
from graph.export import FORMATS, export, full_graph, query_graph
from graph.version import graph_version
from pages.auth import audited, can
from pages.common import LABELS, guarded

PALETTE = ["#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#46f0f0", "#f032e6", "#bcf60c", "#fabebe",
           "#008080", "#9a6324", "#800000", "#808000", "#000075", "#808080"]
MEASURE_NAMES = {"degree": "Degree", "betweenness": "Betweenness", "pagerank": "PageRank"}
#: Graphs up to this many nodes are drawn coloured by community.
DRAW_LIMIT = 600


#: Results kept per (connection, graph version, input); a few, since each holds a graph.
MEMO_SIZE = 8


@st.cache_resource(show_spinner=False)
def _memo() -> dict:
    """Heavy results shared by every session of this server, keyed by the
    connection, the graph version (bumped by every write) and the input, so
    a rerun that changes only the display never recomputes."""
    return {}


def source(graph: Q.GraphReader) -> tuple[tuple, Callable[[], nx.Graph]] | None:
    """What to analyse, as (a hashable description of the input, a loader)."""
    kind = st.radio("Analyse", ["Whole graph", "People co-occurrence", "A query's result", "The Explore view"],
                    horizontal=True, key="an_source")
    if kind == "Whole graph":
        labels = st.multiselect("Node types", LABELS, default=["Person", "Organization", "Role", "Issue", "Country"],
                                key="an_labels")
        return ("whole", tuple(sorted(labels))), lambda: A.load_graph(graph, labels)
    if kind == "People co-occurrence":
        threshold = st.slider("Link people named together in at least N articles", 1, 20, 1, key="an_threshold")
        return ("cooccurrence", threshold), lambda: A.cooccurrence(graph, threshold)
    if kind == "A query's result":
        cypher = st.text_area("Read-only query returning nodes, relationships or paths", key="an_query",
                              value="MATCH p = (:Person)-[:HOLDS]->(:Role)-[:AT]->(:Organization) RETURN p")
        return ("query", cypher), lambda: A.from_query(graph.driver, cypher, database=graph.database)
    view = st.session_state.get("view")
    if view is None:
        st.info("Draw something on the Explore page first.")
        return None
    return ("view", repr(st.session_state.get("view_key"))), lambda: A.from_subgraph(view)


def results(graph: Q.GraphReader, what: tuple, load: Callable[[], nx.Graph], weighted: bool, exact: bool) -> dict:
    """Measures and communities for this input, computed once per graph
    version: from this server's memory, else (whole graph) from what an
    earlier computation stored in Neo4j, else computed with a progress bar
    and, for the whole graph, stored back."""
    stamp = graph_version(graph.driver, graph.database)
    key = (id(graph.driver), graph.database, stamp, what, weighted, exact)
    memo = _memo()
    if key in memo:
        return memo[key]
    whole = what[0] == "whole"
    stored_key = json.dumps([list(what[1]), weighted, exact]) if whole else ""
    found = A.recall(graph.driver, stamp, stored_key, graph.database) if whole else None
    if found is not None:
        result = {**found, "graph": load() if found["n_nodes"] <= DRAW_LIMIT else None, "stored": True}
    else:
        result = compute(load, weighted, exact)
        if whole and result["n_nodes"] and can(WRITE_BACK):  # readers: kept in this server's memory only
            try:
                A.remember(graph.driver, stamp, stored_key, result["measures"], result["groups"], result["n_nodes"],
                           result["n_edges"], graph.database)
            except Neo4jError:
                pass  # a read-only database account: the same
    while len(memo) >= MEMO_SIZE:
        memo.pop(next(iter(memo)))
    memo[key] = result
    return result


def compute(load: Callable[[], nx.Graph], weighted: bool, exact: bool) -> dict:
    """Load the input graph and compute the measures, showing progress."""
    with st.status("Computing the measures…", expanded=True) as status:
        st.write("Reading the graph from Neo4j…")
        g = load()
        how = "exact" if exact else f"estimated from {A.SAMPLE_SOURCES} sampled sources"
        bar = st.progress(0.0, text=f"Betweenness ({how}) on {g.number_of_nodes():,} nodes…")
        measures = A.centralities(g, weighted=weighted, sample=None if exact else A.SAMPLE_SOURCES,
                                  progress=lambda done: bar.progress(done, text=f"Betweenness ({how}): "
                                                                               f"{done:.0%}"))
        st.write("Communities (Louvain)…")
        groups = A.communities(g)
        status.update(label="Measures computed", state="complete", expanded=False)
    nodes = {n: {"name": d.get("name") or n, "label": d.get("label")} for n, d in g.nodes(data=True)}
    return {"nodes": nodes, "measures": measures, "groups": groups, "n_nodes": g.number_of_nodes(),
            "n_edges": g.number_of_edges(), "graph": g if g.number_of_nodes() <= DRAW_LIMIT else None,
            "stored": False}


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


def measure_tab(name: str, result: dict, k: int, only: list[str]) -> None:
    """The top ``k`` of one measure: a table with its score column and a bar chart."""
    rows = A.top(result["measures"][name], result["nodes"], k, only)
    if not rows:
        st.caption("No node of the chosen types.")
        return
    title = MEASURE_NAMES[name]
    frame = pd.DataFrame([{"name": r["name"], "type": r["label"], title: r["value"]} for r in rows])
    table, chart = st.columns([1, 1])
    table.dataframe(frame, hide_index=True, width="stretch", key=f"an_table_{name}", column_config={
        "name": st.column_config.TextColumn("Name", width="medium"),
        "type": st.column_config.TextColumn("Type", width="small"),
        title: st.column_config.NumberColumn(title, format="%.4f", width="small"),
    })
    chart.bar_chart(frame, x="name", y=title, color="type", horizontal=True, sort=f"-{title}",
                    x_label=title, y_label="", height=max(240, 36 * len(rows)))


def communities_tab(result: dict, k: int) -> None:
    """Community sizes (chart) and the biggest members of each (table)."""
    members: dict[int, list[str]] = {}
    for node, group in result["groups"].items():
        members.setdefault(group, []).append(node)
    degree = result["measures"]["degree"]
    rows = []
    for group, nodes in sorted(members.items(), key=lambda item: (-len(item[1]), item[0]))[:k]:
        biggest = sorted(nodes, key=lambda n: -degree.get(n, 0))[:4]
        rows.append({"community": f"C{group}", "size": len(nodes),
                     "most connected": ", ".join(str(result["nodes"][n]["name"]) for n in biggest)})
    frame = pd.DataFrame(rows)
    table, chart = st.columns([1, 1])
    table.dataframe(frame, hide_index=True, width="stretch", key="an_table_communities", column_config={
        "community": st.column_config.TextColumn("Community", width="small"),
        "size": st.column_config.NumberColumn("Size", format="%d", width="small"),
        "most connected": st.column_config.TextColumn("Most connected members", width="large"),
    })
    chart.bar_chart(frame, x="community", y="size", horizontal=True, sort="-size", x_label="nodes", y_label="",
                    height=max(240, 36 * len(rows)))


def analytics_section(graph: Q.GraphReader) -> None:
    picked = source(graph)
    if picked is None:
        return
    what, load = picked
    c1, c2 = st.columns(2)
    weighted = c1.checkbox("Weight links by the number of supporting articles", value=True, key="an_weighted")
    exact = c2.checkbox("Exact betweenness (slow on large graphs)", value=False, key="an_exact",
                        help=f"By default betweenness is estimated from {A.SAMPLE_SOURCES} sampled sources "
                             "(seeded, so the same graph gives the same numbers).")
    result = results(graph, what, load, weighted, exact)
    stored = " (read from the results stored in Neo4j for this state of the graph)" if result["stored"] else ""
    st.caption(f"{result['n_nodes']:,} nodes, {result['n_edges']:,} relationships{stored}")
    if result["n_nodes"] == 0:
        st.info("Nothing to analyse.")
        return
    measures, groups = result["measures"], result["groups"]
    st.markdown(f"**{len(set(groups.values()))} communities** (Louvain)")
    c1, c2 = st.columns([1, 2])
    k = c1.slider("Top", 5, 50, 10, key="an_top")
    only = c2.multiselect("Top lists show", LABELS, default=["Person", "Organization"], key="an_top_labels")
    tabs = st.tabs([MEASURE_NAMES[name] for name in A.MEASURES] + ["Communities"])
    for tab, name in zip(tabs, A.MEASURES):
        with tab:
            measure_tab(name, result, k, only)
    with tabs[-1]:
        communities_tab(result, k)
    if result["graph"] is not None:
        draw_communities(result["graph"], groups)
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
