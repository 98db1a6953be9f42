"""What every page of the explorer shares: the graph connection, the graph
drawing, and the evidence and text display.

Pages stay thin: they call ``graph.queries`` for data and these helpers for
presentation. Article text is always shown as text (escaped), never rendered
as Markdown or HTML, because articles come from anywhere.
"""

from __future__ import annotations

import hashlib
import html
import re
from collections.abc import Callable

import streamlit as st
from neo4j.exceptions import Neo4jError, ServiceUnavailable, SessionExpired
from streamlit_cytoscape import EdgeStyle, Event, NodeStyle, streamlit_cytoscape
from streamlit_cytoscape.layouts import LAYOUTS

from graph import queries as Q
from graph.access import AccessDenied
from graph.connection import GraphUnavailable, how_to_start, open_driver
from graph.schema import relationship_types
from graph.settings import load_settings

# Labels and relationship types come from graph/schema.yaml; colours and icons
# are presentation, keyed by those labels (tests/test_schema_source.py checks
# that every label has both).
LABELS = list(Q.LABELS)
COLORS = {
    "Person": "#e4572e", "Organization": "#1f9e89", "Role": "#f2a900", "Issue": "#6a994e",
    "Country": "#2e86ab", "Article": "#8d99ae", "Quote": "#9d4edd",
    "Event": "#d81159",
}
ICONS = {
    "Person": "person", "Organization": "business", "Role": "badge", "Issue": "flag",
    "Country": "language", "Article": "description", "Quote": "chat",
    "Event": "event",
}
EDGE_TYPES = relationship_types()
#: "ingest: 3 articles, ... - 2 written, 1 skipped, 0 failed" (loaders/progress.py, loaders/ingest.py):
#: the Load page reads these lines from `python -m loaders ingest` for its progress bar.
INGEST_PROGRESS = re.compile(r"(\d+) written, (\d+) skipped, (\d+) failed")
DB_ERRORS = (ServiceUnavailable, SessionExpired, GraphUnavailable, ConnectionError, OSError)


@st.cache_resource(show_spinner=False)
def _driver(uri: str, user: str, password: str | None, database: str):
    settings = load_settings()
    return open_driver(settings)


def through_app() -> None:
    """Make sure app.py's sign-in ran for this session.

    Because the pages live in a folder called ``pages/``, Streamlit starts in
    its old multipage mode: until some session has run app.py's
    ``st.navigation``, a visitor who opens a page's address directly (the
    first one after a restart) gets that file run on its own, without
    app.py, so without sign-in. Such a run has no person for the session:
    sign in here (the same gate), leave the old mode, and run again, so that
    this run and every later one, of every session, go through app.py."""
    from streamlit.runtime.pages_manager import PagesManager

    from pages.auth import current, gate

    if current() is None:
        PagesManager.uses_pages_directory = False
        gate()  # the sign-in page until there is a person (stops the run), then
        st.rerun()  # again, through app.py and its navigation, on the page asked for


def reader() -> Q.GraphReader | None:
    """The graph, or None after telling the user it is down and how to start it."""
    through_app()
    settings = load_settings()
    try:
        driver = _driver(settings.uri, settings.user, settings.password, settings.database)
    except GraphUnavailable as exc:
        graph_down(exc)
        return None
    return Q.GraphReader(driver, settings.database)


def graph_down(exc: Exception) -> None:
    _driver.clear()
    settings = load_settings()
    st.error(f"The graph database is not reachable at {settings.uri}.")
    st.markdown(f"{html.escape(str(exc))}")
    st.markdown("To fix it, " + how_to_start(settings) + ":")
    if settings.local:
        st.code("python -m graph server start", language="bash")


def guarded(page: Callable[[Q.GraphReader], None]) -> None:
    """Run a page body; a database outage or a refused write shows a message,
    not a traceback."""
    graph = reader()
    if graph is None:
        return
    try:
        page(graph)
    except DB_ERRORS as exc:
        graph_down(exc)
    except Neo4jError as exc:
        st.error(f"The database refused the query: {exc.code}: {exc.message}")
    except AccessDenied as exc:  # a write this session may not make (checked in the write path)
        st.error(f"Not allowed: {exc}")


# ---- drawing -----------------------------------------------------------------------

NODE_STYLES = [NodeStyle(label, COLORS[label], "name", ICONS[label]) for label in LABELS]
EDGE_STYLES = [EdgeStyle(t, caption="label", directed=True) for t in EDGE_TYPES]
CLICK = [Event("select_node", "tap", "node")]


#: In the details panel, relationship types shown open, with more of their items and evidence; the
#: others (a busy person's MENTIONS from hundreds of articles) are folded and
#: shorter, because every line is an element the browser has to draw.
OPEN_TYPES = ("HOLDS", "AT", "SAID", "ATTENDED", "MET")
ITEMS_OPEN, ITEMS_FOLDED = 50, 20
EVIDENCE_OPEN, EVIDENCE_FOLDED = 3, 1


#: From this many drawn nodes on, only the most connected get a label; the
#: others show theirs when zoomed in or clicked (the side panel).
LABEL_ALL_BELOW = 100
#: How many of the most connected nodes keep their label in a big view.
HUB_LABELS = 25
#: Labels of these nodes are drawn at every zoom, larger than the rest.
LABELLED_STYLE = {"selector": "node[?_labelled]", "style": {
    "min-zoomed-font-size": 0, "font-size": 9, "text-background-color": "#ffffff", "text-background-opacity": 0.75,
    "text-background-padding": 1, "text-background-shape": "round-rectangle", "z-index": 10}}
HUB_STYLE = {"selector": "node[?_hub]", "style": {"width": 32, "height": 32, "font-size": 18, "font-weight": "bold"}}


class _Style:
    """A raw Cytoscape style rule, passed along with the component's NodeStyles."""

    def __init__(self, rule: dict):
        self.rule = rule

    def dump(self) -> dict:
        return self.rule


def elements(graph: Q.Subgraph) -> dict:
    """Cytoscape elements for a view. Below :data:`LABEL_ALL_BELOW` nodes every
    node is labelled; in bigger views only the :data:`HUB_LABELS` most
    connected ones (``_hub``), so the labels stay readable."""
    edges = [{"data": {"id": e["key"], "label": e["type"], "source": e["source"], "target": e["target"]}}
             for e in graph.edges.values() if e["source"] in graph.nodes and e["target"] in graph.nodes]
    degree: dict[str, int] = dict.fromkeys(graph.nodes, 0)
    for edge in edges:
        degree[edge["data"]["source"]] += 1
        degree[edge["data"]["target"]] += 1
    big = len(graph.nodes) >= LABEL_ALL_BELOW
    hubs = set(sorted(degree, key=lambda n: (-degree[n], n))[:HUB_LABELS]) if big else set()
    nodes = []
    for n in graph.nodes.values():
        data = {"id": n["id"], "label": n.get("label") or "Node", "name": _short(n.get("name") or n["id"])}
        if not big or n["id"] in hubs:
            data["_labelled"] = True
        if n["id"] in hubs:
            data["_hub"] = True
        nodes.append({"data": data})
    return {"nodes": nodes, "edges": edges}


def layout_for(drawn: dict) -> dict:
    """The layout, with a token of the drawn elements: the component runs the
    layout again only when its layout argument changes, so without the token
    a view whose elements changed (depth 2 back to 1) kept stale positions and
    new nodes piled up in the corner."""
    name = "fcose" if len(drawn["nodes"]) > 60 else "cose"
    ids = sorted(e["data"]["id"] for e in drawn["nodes"]) + sorted(e["data"]["id"] for e in drawn["edges"])
    token = hashlib.sha1("\n".join(ids).encode()).hexdigest()[:16]
    return {**LAYOUTS[name], "animate": False, "elements_token": token}


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def draw(graph: Q.Subgraph, key: str, height: int = 560, on_event: Callable[[dict], None] | None = None) -> None:
    """Draw ``graph``; a click on a node (or its expand action) calls ``on_event``."""
    drawn = elements(graph)

    def changed() -> None:
        value = st.session_state.get(key)
        if on_event and isinstance(value, dict):
            on_event(value)

    streamlit_cytoscape(drawn, layout=layout_for(drawn), node_styles=[*NODE_STYLES, *LABEL_STYLES],
                        edge_styles=EDGE_STYLES, height=height, key=key, on_change=changed,
                        node_actions=["expand"], events=CLICK)


LABEL_STYLES = [_Style(LABELLED_STYLE), _Style(HUB_STYLE)]


def legend() -> None:
    chips = " ".join(
        f"<span style='display:inline-block;margin-right:10px'><span style='display:inline-block;width:10px;"
        f"height:10px;border-radius:5px;background:{COLORS[l]};margin-right:4px'></span>{l}</span>" for l in LABELS)
    st.markdown(chips, unsafe_allow_html=True)


def cap_notice(graph: Q.Subgraph, cap: int) -> None:
    if graph.truncated:
        total = graph.total_nodes
        size = f"more than {total:,}" if graph.total_is_lower_bound or total is None else f"{total:,}"
        st.warning(f"This view would show {size} nodes; {len(graph.nodes)} are drawn (at most {cap}, and a "
                   "few neighbours of each busy node at depth 2). Narrow it with the filters (node types, issue, "
                   "country, dates) or use depth 1.")


# ---- evidence and text -----------------------------------------------------------------

def source_line(source: dict | None) -> str:
    """'Title (2025-06-03)' with a link when the article has one, escaped."""
    if not source:
        return "unknown article"
    title = html.escape(source.get("title") or source.get("source_id") or source.get("id") or "untitled")
    date = f" ({html.escape(source['published'])})" if source.get("published") else ""
    url = source.get("source_url")
    if url and url.startswith(("http://", "https://")):
        return f"<a href='{html.escape(url, quote=True)}' target='_blank' rel='noopener'>{title}</a>{date}"
    return f"{title}{date}"


def evidence_block(sentence: str, source: dict | None) -> None:
    st.markdown(
        f"<div style='border-left:3px solid #ccc;padding-left:8px;margin:4px 0'>"
        f"<span class='evidence'>{html.escape(sentence or '')}</span><br>"
        f"<small>{source_line(source)}</small></div>",
        unsafe_allow_html=True,
    )


def highlighted(text: str, spans: list[tuple[int, int, str]]) -> str:
    """Article text as escaped HTML with the given character spans marked."""
    out, pos = [], 0
    for start, end, label in sorted(spans):
        if start < pos or end > len(text):
            continue
        out.append(html.escape(text[pos:start]))
        color = COLORS.get(label, "#ddd")
        out.append(f"<mark style='background:{color}33;border-bottom:2px solid {color}' title='{label}'>"
                   f"{html.escape(text[start:end])}</mark>")
        pos = end
    out.append(html.escape(text[pos:]))
    return "<div style='white-space:pre-wrap;line-height:1.6'>" + "".join(out) + "</div>"
