"""Issues: for one trade issue, who engages on it, by country and organization,
with what they said."""

from __future__ import annotations

import datetime as dt

import streamlit as st

from graph import queries as Q
from pages.common import evidence_block, guarded


def page(graph: Q.GraphReader) -> None:
    st.title("Who engages on an issue")
    rows = Q.issues(graph)
    if not rows:
        st.info("No issues in the graph yet; load some articles first.")
        return
    names = {r["key"]: f"{r['name']} ({r['articles']} articles)" for r in rows}
    c1, c2, c3 = st.columns([3, 1, 1])
    key = c1.selectbox("Issue", list(names), format_func=names.get, key="issue_key")
    use_as_of = c2.checkbox("As of a date", key="issue_use_as_of",
                            help="As it stood then: engagements and quotes from before it, people under the "
                                 "posts they held on that date.")
    as_of = c3.date_input("As of", value=dt.date.today(), key="issue_as_of", disabled=not use_as_of)
    view = Q.issue_view(graph, key, as_of=as_of.isoformat() if use_as_of and as_of else None)
    if not view["actors"]:
        st.info("Nobody in the graph engages on this issue yet.")
        return
    people = sum(1 for a in view["actors"] if a["label"] == "Person")
    st.caption(f"{people} people and {len(view['actors']) - people} organizations, "
               f"in {len(view['by_country'])} countries.")
    if view["total"] > len(view["actors"]):
        st.warning(f"{view['total']:,} actors engage on this issue; the {view['limit']} most engaged are shown.")
    for country, groups in view["by_country"].items():
        st.subheader(country)
        for group, actors in groups.items():
            st.markdown(f"**{group}**")
            for actor in actors:
                if actor["label"] == "Organization" and actor["name"] == group:
                    st.markdown(f"- the organization itself \u00b7 {actor['weight']} article(s)")
                else:
                    st.markdown(f"- {actor['name']} \u00b7 {actor['weight']} article(s)")
                quotes = [q for q in actor["quotes"] if q]
                for quote in quotes[:3]:
                    evidence_block("\u201c" + quote["text"] + "\u201d", quote)
                if len(quotes) > 3:
                    st.caption("More quotes on this issue: open this person on the Explore page.")
                if not quotes and actor.get("evidence"):
                    evidence_block(actor["evidence"], actor.get("evidence_source"))


guarded(page)
