"""Home: what the graph holds at a glance, so the explorer opens on something.

The graph's counts, the most connected people and organizations drawn with
the posts and issues that join them, the latest articles, and articles per
month. Clicking an actor offers to open it in Explore. Events (who met whom)
get their own list here once the graph has any (``latest_events``).
"""

from __future__ import annotations

import html

import pandas as pd
import streamlit as st

from graph import queries as Q
from pages.common import draw, guarded, legend, source_line

TOP_ACTORS = 25
LATEST = 10
COUNTED = [("Article", "Articles"), ("Person", "People"), ("Organization", "Organizations"),
           ("Role", "Posts"), ("Issue", "Issues"), ("Quote", "Quotes")]


def counts(overview: dict) -> None:
    nodes = overview["nodes"]
    columns = st.columns(len(COUNTED) + 1)
    for column, (label, title) in zip(columns, COUNTED):
        column.metric(title, f"{nodes.get(label, 0):,}")
    columns[-1].metric("Relationships", f"{overview['relationships']:,}")


def on_actor_event(event: dict) -> None:
    data = event.get("data") or {}
    target = data.get("target_id") or (data.get("node_ids") or [None])[0]
    if target:
        st.session_state["home_selected"] = target


def open_in_explore(node: dict) -> None:
    """Centre the Explore page on ``node`` and go there."""
    ss = st.session_state
    ss["focus"], ss["selected"], ss["expanded"] = node["id"], node["id"], []
    st.switch_page("pages/explore.py")


def most_connected(graph: Q.GraphReader) -> None:
    st.subheader("Most connected actors")
    view = Q.most_connected(graph, limit=TOP_ACTORS)
    actors = [n for n in view.nodes.values() if n.get("label") in ("Person", "Organization")]
    st.caption(f"The {len(actors)} people and organizations with the most relationships, with the posts "
               "that join them and the issues they engage on. Click one to open it in Explore.")
    draw(view, key="home_graph", height=520, on_event=on_actor_event)
    legend()
    choices = {f"{n['name']} \u00b7 {n['label']} \u00b7 {n.get('degree', 0)} relationships": n for n in actors}
    selected = st.session_state.get("home_selected")
    names = list(choices)
    index = next((i for i, k in enumerate(names) if choices[k]["id"] == selected), 0)
    c1, c2 = st.columns([3, 1])
    choice = c1.selectbox("Actor", names, index=index, key="home_actor", label_visibility="collapsed")
    if c2.button("Open in Explore", key="home_open", disabled=not choice):
        open_in_explore(choices[choice])


def latest_articles(graph: Q.GraphReader) -> None:
    st.subheader("Latest articles")
    for article in Q.latest_articles(graph, limit=LATEST):
        found = f"{_count(article['people'], 'person', 'people')}, " \
                f"{_count(article['organizations'], 'organization', 'organizations')}"
        byline = f" \u00b7 by {html.escape(article['author'])}" if article.get("author") else ""
        st.markdown(f"{source_line(article)}<br><small>{found}{byline}</small>", unsafe_allow_html=True)


def _count(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def latest_events(graph: Q.GraphReader) -> None:
    """Shown once the graph holds events; nothing while it has none."""
    events = Q.latest_events(graph, limit=LATEST)
    if not events:
        return
    st.subheader("Latest events")
    for event in events:
        when = event.get("date") or event.get("published") or ""
        what = event.get("name") or " ".join(
            str(part) for part in (event.get("kind"), event.get("place") and f"in {event['place']}") if part)
        st.markdown(f"- {html.escape(str(what or event.get('id')))}" + (f" ({html.escape(str(when))})" if when else ""))


def over_time(graph: Q.GraphReader) -> None:
    st.subheader("Articles over time")
    series = Q.articles_over_time(graph)
    if series["months"]:
        frame = pd.DataFrame(series["months"]).rename(columns={"month": "Month", "articles": "Articles"})
        st.bar_chart(frame, x="Month", y="Articles", height=260)
    if series["undated"]:
        st.caption(f"{series['undated']:,} articles have no publication date and are not in the chart.")


def page(graph: Q.GraphReader) -> None:
    st.title("tradegraph")
    overview = Q.overview(graph)
    if not overview["nodes"].get("Article"):
        st.info("The graph is empty. Load articles on the \u201cLoad articles\u201d page or with "
                "`python -m loaders ingest PATH-or-URL`.")
        return
    counts(overview)
    left, right = st.columns([3, 2])
    with left:
        most_connected(graph)
    with right:
        latest_articles(graph)
        latest_events(graph)
    over_time(graph)


guarded(page)
