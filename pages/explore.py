"""Explore: search an actor, draw its neighbourhood, read the evidence.

Search by name or alias (full-text index), pick a result, and its
neighbourhood at depth 1 or 2 is drawn, filtered by node type, issue, country
and article dates. Clicking a node (or choosing it in "Selected node") opens
its details with the evidence for each relationship; "Expand" adds its
neighbours to the view.
"""

from __future__ import annotations

import datetime as dt

import streamlit as st

from graph import queries as Q
from graph import timeline as T
from graph.version import graph_version
from pages import common
from pages.common import LABELS, cap_notice, draw, evidence_block, guarded, legend, source_line
from pages.timeline import draw_timeline as T_draw

DEFAULT_TYPES = ["Person", "Organization", "Role", "Issue", "Country", "Event"]


def state():
    ss = st.session_state
    ss.setdefault("focus", None)  # the node the view is centred on
    ss.setdefault("selected", None)  # the node whose details are shown
    ss.setdefault("view", None)  # the Subgraph drawn
    ss.setdefault("view_key", None)  # parameters the view was built with
    ss.setdefault("expanded", [])  # nodes whose neighbours were added
    return ss


def on_graph_event(event: dict) -> None:
    ss = st.session_state
    data = event.get("data") or {}
    if event.get("action") == "select_node" and data.get("target_id"):
        ss["selected"] = data["target_id"]
    elif event.get("action") == "expand" and data.get("node_ids"):
        ss["selected"] = data["node_ids"][0]
        ss["expanded"] = [*ss["expanded"], data["node_ids"][0]]


def filters(graph: Q.GraphReader) -> dict:
    with st.expander("Filters", expanded=False):
        c1, c2, c3 = st.columns(3)
        labels = c1.multiselect("Node types", LABELS, default=DEFAULT_TYPES, key="f_types")
        issue_rows = Q.issues(graph)
        issue_keys = [None] + [i["key"] for i in issue_rows]
        names = {i["key"]: f"{i['name']} ({i['articles']})" for i in issue_rows}
        issue = c2.selectbox("Only actors engaging on issue", issue_keys, key="f_issue",
                             format_func=lambda k: "any issue" if k is None else names[k])
        country_rows = Q.countries(graph)
        codes = [None] + [c["code"] for c in country_rows]
        cnames = {c["code"]: c["name"] for c in country_rows}
        country = c3.selectbox("Only actors of country", codes, key="f_country",
                               format_func=lambda c: "any country" if c is None else cnames[c])
        d1, d2, d3 = st.columns(3)
        use_dates = d1.checkbox("Limit to article dates", key="f_use_dates")
        date_from = d2.date_input("From", value=dt.date(2024, 1, 1), key="f_from", disabled=not use_dates)
        date_to = d3.date_input("To", value=dt.date.today(), key="f_to", disabled=not use_dates)
        a1, a2, _ = st.columns(3)
        use_as_of = a1.checkbox("As of a date", key="f_use_as_of",
                                help="The graph as it stood then: posts held on that date, articles and events "
                                     "before it.")
        as_of = a2.date_input("As of", value=dt.date.today(), key="f_as_of", disabled=not use_as_of)
        cap = st.slider("Most nodes drawn", 50, 1000, Q.DEFAULT_NODE_CAP, step=50, key="f_cap")
    return {
        "labels": labels or None, "issue": issue, "country": country,
        "date_from": date_from.isoformat() if use_dates and date_from else None,
        "date_to": date_to.isoformat() if use_dates and date_to else None,
        "node_cap": cap, "as_of": as_of.isoformat() if use_as_of and as_of else None,
    }


def search_box(graph: Q.GraphReader) -> None:
    ss = state()
    text = st.text_input("Search people, organizations, issues, roles or countries", key="search",
                         placeholder="e.g. Okafor, Ministry of Commerce, rare earths")
    if not text.strip():
        return
    results = Q.search(graph, text, limit=15)
    if not results:
        st.info(f"Nothing in the graph matches \u201c{text}\u201d.")
        return
    options = [r["id"] for r in results]
    labels = {r["id"]: f"{r['name']}  \u00b7  {r['label']}" for r in results}
    choice = st.selectbox("Matches", options, key="search_choice", format_func=labels.get)
    if choice and choice != ss.get("search_applied"):
        ss["search_applied"] = choice
        ss["focus"] = choice
        ss["selected"] = choice
        ss["expanded"] = []


def build_view(graph: Q.GraphReader, params: dict) -> Q.Subgraph | None:
    ss = state()
    if not ss["focus"]:
        return None
    depth = st.radio("Depth", [1, 2], horizontal=True, key="depth")
    key = (ss["focus"], depth, tuple(params["labels"] or ()), params["issue"], params["country"],
           params["date_from"], params["date_to"], params["node_cap"], params["as_of"], tuple(ss["expanded"]))
    if ss["view_key"] != key:
        view = Q.neighbourhood(graph, ss["focus"], depth=depth, **params)
        for node_id in ss["expanded"]:
            view.merge(Q.neighbourhood(graph, node_id, depth=1, **params))
        ss["view"], ss["view_key"] = view, key
    return ss["view"]


def node_details(graph: Q.GraphReader, node_id: str) -> dict | None:
    """``Q.details`` of a node, kept in the session until the graph changes:
    every widget change reruns the page, and the details of a busy node take
    a few hundred milliseconds to gather."""
    memo = st.session_state.setdefault("details_memo", {})
    key = (node_id, graph_version(graph.driver, graph.database))
    if key not in memo:
        while len(memo) >= 8:
            memo.pop(next(iter(memo)))
        memo[key] = Q.details(graph, node_id)
    return memo[key]


def details(graph: Q.GraphReader, node_id: str, as_of: str | None = None) -> None:
    info = node_details(graph, node_id)
    if info is None:
        st.info("That node is no longer in the graph.")
        return
    node = info["node"]
    st.subheader(node.get("name") or node_id)
    st.caption(f"{node.get('label')} \u00b7 `{node_id}`")
    if node.get("aliases"):
        st.markdown("**Also known as:** " + ", ".join(f"`{a}`" for a in node["aliases"]))
    c1, c2 = st.columns(2)
    if c1.button("Expand: add its neighbours", key="expand_btn"):
        ss = state()
        ss["expanded"] = [*ss["expanded"], node_id]
        st.rerun()
    if c2.button("Centre the view here", key="centre_btn"):
        ss = state()
        ss["focus"], ss["expanded"] = node_id, []
        st.rerun()
    if node.get("label") == "Person":
        T_draw(T.career(graph, node_id), "title", "Career", as_of)
        person_details(info)
    if node.get("label") == "Role":
        T_draw(T.holders(graph, node_id), "person", "Holders over time", as_of)
    if node.get("label") == "Article":
        article = Q.article_text(graph, node_id) or {}
        st.markdown(source_line(article), unsafe_allow_html=True)
        with st.expander("Article text"):
            st.text(article.get("text") or "")
    relations(info)


def person_details(info: dict) -> None:
    roles = info.get("roles") or []
    st.markdown("#### Roles")
    if not roles:
        st.caption("No role found in the articles.")
    for role in roles:
        where = f" at **{role['organization']}**" if role.get("organization") else (
            f" ({role['country']})" if role.get("country") else "")
        status = "current" if role.get("current") else "former"
        span = T.span_text(role) if role.get("since") or role.get("until") else ""
        st.markdown(f"- **{role['title']}**{where} \u00b7 _{status}_" + (f" \u00b7 {span}" if span else ""))
        if role.get("evidence"):
            evidence_block(role["evidence"], role.get("source"))
    issues = info.get("issues") or []
    if issues:
        st.markdown("#### Issues")
        st.markdown(", ".join(f"{i['issue']} ({i['weight']})" for i in issues))
    quotes = info.get("quotes") or []
    if quotes:
        total = info.get("quote_count") or len(quotes)
        st.markdown(f"#### Quotes ({total:,})" + ("" if total <= 20 else ": the latest 20"))
        for quote in quotes[:20]:
            evidence_block("\u201c" + quote["text"] + "\u201d", quote)


def relations(info: dict) -> None:
    st.markdown("#### Relationships and evidence")
    totals = info.get("totals") or {}
    for rel_type, items in sorted(info["relations"].items()):
        opened = rel_type in common.OPEN_TYPES
        shown = common.ITEMS_OPEN if opened else common.ITEMS_FOLDED
        total = max(totals.get(rel_type, 0), len(items))
        with st.expander(f"{rel_type} ({total:,})", expanded=opened):
            if total > min(shown, len(items)):
                st.caption(f"The {min(shown, len(items))} best supported of {total:,} (then the latest, then by "
                           "name); the Cypher console lists them all.")
            for item in items[:shown]:
                other = item["other"]
                arrow = "\u2192" if item["outgoing"] else "\u2190"
                extra = ""
                if item.get("current") is not None:
                    extra = " \u00b7 current" if item["current"] else " \u00b7 former"
                st.markdown(f"{arrow} **{other.get('name') or other['id']}** ({other.get('label')})"
                            f"{extra} \u00b7 {item.get('weight') or 0} article(s)")
                for ev in item["evidence"][:common.EVIDENCE_OPEN if opened else common.EVIDENCE_FOLDED]:
                    evidence_block(ev["sentence"], ev["article"])


def node_labels(view: Q.Subgraph, ids: list[str]) -> dict[str, str]:
    """"Name · Label" for each node (made unique with the id when needed) -> id."""
    out: dict[str, str] = {}
    for nid in ids:
        node = view.nodes.get(nid) or {"name": nid, "label": ""}
        label = f"{node.get('name') or nid} \u00b7 {node.get('label') or ''}"
        out[label if label not in out else f"{label} ({nid})"] = nid
    return out


def page(graph: Q.GraphReader) -> None:
    ss = state()
    st.title("Explore the trade graph")
    search_box(graph)
    params = filters(graph)
    left, right = st.columns([3, 2])
    with left:
        view = build_view(graph, params)
        if view is None:
            counts = Q.label_counts(graph)
            if not counts:
                st.info("The graph is empty. Load articles on the \u201cLoad articles\u201d page or with "
                        "`python -m loaders ingest PATH`.")
            else:
                st.info("Search for an actor above to draw their connections. The graph holds "
                        + ", ".join(f"{n} {label}" for label, n in sorted(counts.items())) + ".")
            return
        cap_notice(view, params["node_cap"])
        st.caption(f"{len(view.nodes)} nodes, {len(view.edges)} relationships. Click a node for its details; "
                   "double-click to expand it.")
        draw(view, key="explore_graph", on_event=on_graph_event)
        legend()
        ids = list(view.nodes)
        if ss["selected"] and ss["selected"] not in ids:
            ids = [ss["selected"], *ids]
        by_label = node_labels(view, ids)
        if ss["selected"] in ids:
            ss["selected_box"] = next(label for label, nid in by_label.items() if nid == ss["selected"])
        st.selectbox("Selected node", list(by_label), key="selected_box",
                     on_change=lambda: ss.update(selected=by_label[ss["selected_box"]]))
    with right:
        if ss["selected"]:
            details(graph, ss["selected"], params["as_of"])


guarded(page)
