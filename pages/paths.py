"""Paths: the shortest connections between two actors, drawn and explained."""

from __future__ import annotations

import streamlit as st

from graph import queries as Q
from pages.common import draw, evidence_block, guarded, legend

HOW = {
    "HOLDS": "holds", "AT": "is a post at", "OF_COUNTRY": "belongs to", "PART_OF": "is part of", "SAID": "said",
    "ABOUT": "is about",
    "IN": "appears in", "MENTIONS": "mentions", "ENGAGES_ON": "engages on",
}


def pick(graph: Q.GraphReader, label: str, key: str) -> str | None:
    text = st.text_input(label, key=f"{key}_text", placeholder="a name or alias")
    if not text.strip():
        return None
    results = Q.search(graph, text, limit=10)
    if not results:
        st.caption(f"No match for \u201c{text}\u201d.")
        return None
    names = {r["id"]: f"{r['name']} \u00b7 {r['label']}" for r in results}
    return st.selectbox("Match", list(names), key=f"{key}_choice", format_func=names.get)


def page(graph: Q.GraphReader) -> None:
    st.title("How are two actors connected?")
    c1, c2, c3 = st.columns([2, 2, 1])
    with c1:
        a = pick(graph, "From", "path_a")
    with c2:
        b = pick(graph, "To", "path_b")
    with c3:
        hops = st.number_input("At most hops", 1, 8, 6, key="path_hops")
    if not (a and b):
        st.info("Choose two actors to see the shortest paths between them.")
        return
    if a == b:
        st.warning("Choose two different actors.")
        return
    paths = Q.shortest_paths(graph, a, b, max_hops=int(hops))
    if not paths:
        st.warning(f"No connection of at most {hops} steps between them.")
        return
    st.success(f"{len(paths)} shortest path(s) of {len(paths[0]['rels'])} step(s).")
    draw(Q.paths_subgraph(paths), key="paths_graph", height=420)
    legend()
    for n, path in enumerate(paths, 1):
        names = {node["id"]: node["name"] for node in path["nodes"]}
        with st.expander(f"Path {n}: " + " \u2014 ".join(node["name"] or node["id"] for node in path["nodes"]),
                         expanded=n == 1):
            sources = Q.articles(graph, [r["article"] for r in path["rels"] if r.get("article")])
            for rel in path["rels"]:
                st.markdown(f"**{names.get(rel['source'], rel['source'])}** {HOW.get(rel['type'], rel['type'])} "
                            f"**{names.get(rel['target'], rel['target'])}**")
                if rel.get("evidence"):
                    evidence_block(rel["evidence"], sources.get(rel.get("article")))


guarded(page)
