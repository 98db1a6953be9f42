"""Negotiations: who met whom, when, where, about what.

A timeline of the events in the graph (talks, meetings, calls, visits,
summits, signings), filtered by country pair, person, issue, kind and dates;
each event with its delegations, place, date, issues and the sentences that
report it; and the who-met-whom network of MET relationships between
counterparts, for the events the filters keep.
"""

from __future__ import annotations

import html

import streamlit as st

from graph import queries as Q
from pages.common import draw, evidence_block, guarded

KIND_ORDER = ["talks", "meeting", "call", "visit", "summit", "signing"]


def filters(graph: Q.GraphReader) -> dict | None:
    """The filter widgets; None when the graph holds no events yet."""
    choices = Q.event_choices(graph)
    if not choices["kinds"]:
        return None
    sides = [None] + choices["sides"]
    c1, c2, c3 = st.columns(3)
    side_a = c1.selectbox("Side", sides, format_func=lambda s: s or "any", key="neg_side_a")
    side_b = c2.selectbox("Other side", sides, format_func=lambda s: s or "any", key="neg_side_b")
    kind = c3.selectbox("Kind", [None] + choices["kinds"], format_func=lambda k: k or "any", key="neg_kind")
    c4, c5 = st.columns(2)
    people = [None] + list(choices["people"])
    person = c4.selectbox("Person", people, format_func=lambda p: choices["people"].get(p, "anyone"),
                          key="neg_person")
    issues = [None] + list(choices["issues"])
    issue = c5.selectbox("Issue", issues, format_func=lambda i: choices["issues"].get(i, "any issue"),
                         key="neg_issue")
    c6, c7 = st.columns(2)
    date_from = c6.text_input("From (YYYY-MM-DD)", key="neg_from").strip() or None
    date_to = c7.text_input("To (YYYY-MM-DD)", key="neg_to").strip() or None
    return {"side_a": side_a, "side_b": side_b, "person": person, "issue": issue, "kind": kind,
            "date_from": date_from, "date_to": date_to}


def timeline(events: list[dict]) -> None:
    """Events as points on a time axis, one row per kind, coloured by the sides present."""
    dated = [{"date": e["date"] if len(e["date"]) == 10 else e["date"] + "-15", "kind": e.get("kind"),
              "event": e.get("name"), "place": e.get("place") or "", "sides": "–".join(e.get("sides") or []),
              "people": ", ".join(p["name"] for p in e["people"])}
             for e in events if e.get("date")]
    if not dated:
        st.caption("None of these events has a known date, so there is no timeline.")
        return
    st.vega_lite_chart({
        "data": {"values": dated},
        "mark": {"type": "point", "filled": True, "size": 160},
        "encoding": {
            "x": {"field": "date", "type": "temporal", "title": "date"},
            "y": {"field": "kind", "type": "nominal", "sort": KIND_ORDER, "title": None},
            "color": {"field": "sides", "type": "nominal", "title": "sides"},
            "tooltip": [{"field": f} for f in ("event", "date", "place", "people")],
        },
        "height": 90 + 40 * len({d["kind"] for d in dated}),
    }, width="stretch")


def event_card(event: dict) -> None:
    """One event: kind, place, dates, delegations, issues and reporting sentences."""
    when = event.get("date") or "date unknown"
    if event.get("date_end") and event["date_end"] != event.get("date"):
        when += f" to {event['date_end']}"
    title = f"{event.get('kind') or 'event'} · {event.get('place') or 'place unknown'} · {when}"
    with st.expander(title):
        for side, names in event["delegations"].items():
            st.markdown(f"**{html.escape(side)}**: " + html.escape(", ".join(names)))
        if event["issues"]:
            st.markdown("**Issues:** " + html.escape(", ".join(i["name"] for i in event["issues"])))
        st.caption(f"Reported by {len(event['reports'])} article(s).")
        for report in event["reports"]:
            for sentence in report.get("evidence") or []:
                evidence_block(sentence, report)


def page(graph: Q.GraphReader) -> None:
    st.title("Negotiations: who met whom")
    chosen = filters(graph)
    if chosen is None:
        st.info("No events (talks, meetings, calls, visits, summits, signings) in the graph yet; "
                "load some articles first.")
        return
    events = Q.events(graph, **chosen)
    if not events:
        st.info("No event matches these filters.")
        return
    st.caption(f"{len(events)} event(s).")
    timeline(events)
    left, right = st.columns([3, 2])
    with left:
        st.subheader("Events")
        for event in events:
            event_card(event)
    with right:
        st.subheader("Who met whom")
        network = Q.met_network(graph, **chosen)
        if network.nodes:
            draw(network, key="met_graph", height=460)
            pairs = sorted(network.edges.values(), key=lambda e: -e["weight"])
            st.caption("Counterparts (events together): " + "; ".join(
                f"{network.nodes[e['source']]['name']} – {network.nodes[e['target']]['name']} ({e['weight']})"
                for e in pairs[:10]))
        else:
            st.caption("No counterparts (people on different sides) in these events.")


guarded(page)
