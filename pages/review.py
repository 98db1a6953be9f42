"""Review: which Person nodes are one person.

Suggested merges side by side (names, posts, organizations, countries, the
sentences and articles behind each), with accept and reject; merged people
with split, to undo a merge; and every decision taken, to read or download.
Each action changes the graph at once and is recorded in the decisions file
(``graph.identity``), so it also holds after a reset and a fresh ingest.
"""

from __future__ import annotations

import html
import json

import streamlit as st

from graph import queries as Q
from graph.access import MERGE, AccessDenied
from graph.identity import DecisionFileError, DecisionStore, IdentityError, IdentityResolver
from graph.identity.profiles import keys_written, mentions
from graph.settings import load_settings
from pages.auth import audited, can, current
from pages.common import guarded

SHOWN = 20


def resolver(graph: Q.GraphReader) -> IdentityResolver:
    return IdentityResolver(graph.driver, graph.database, DecisionStore(load_settings().decisions_file))


EDITORS_ONLY = "Only editors may decide merges."


def side(graph: Q.GraphReader, profile) -> None:
    """One person's evidence: names, posts, organizations, countries, sentences and articles."""
    st.markdown(f"**{html.escape(profile.name)}**  \n`{profile.id}`")
    if profile.aliases:
        st.caption("Also written: " + ", ".join(profile.aliases))
    posts = [f"{r.title}" + (f" ({r.organization_name})" if r.organization_name else "")
             + ("" if r.current else ", former") + (f", as of {r.as_of}" if r.as_of else "") for r in profile.roles]
    st.markdown("Posts: " + (html.escape("; ".join(posts)) if posts else "none found"))
    orgs = sorted(profile.organizations.values())
    st.markdown("Organizations: " + (html.escape(", ".join(orgs)) if orgs else "none found"))
    st.markdown("Countries: " + (", ".join(sorted(profile.countries)) or "none found"))
    st.markdown(f"Named in {len(profile.articles)} article{'s' if len(profile.articles) != 1 else ''}:")
    for m in mentions(graph.driver, profile.id, 3, graph.database):
        title = m["title"] or m["source"] or m["article"]
        st.text(m["sentence"] or "")
        st.caption(f"{title} ({m['published'] or 'undated'})")


def suggestions(graph: Q.GraphReader) -> None:
    st.subheader("Suggested merges")
    if "review_suggestions" not in st.session_state:
        with st.spinner("Looking for people who may be one person..."):
            st.session_state["review_suggestions"] = resolver(graph).suggestions()
    found = st.session_state["review_suggestions"]
    if not found:
        st.info("No pairs to review: every person the evidence could join is on one node, "
                "or was kept apart by a decision.")
        return
    st.caption(f"{len(found)} pairs, best first" + (f"; the first {SHOWN} are shown." if len(found) > SHOWN else "."))
    for i, s in enumerate(found[:SHOWN]):
        with st.container(border=True):
            st.markdown(f"**Score {s.match.score:.2f}**: {html.escape(s.match.names)}")
            for reason in s.match.reasons:
                st.markdown(f"- {html.escape(reason)}")
            for conflict in s.match.conflicts:
                st.warning(conflict)
            left, right = st.columns(2)
            with left:
                side(graph, s.a)
            with right:
                side(graph, s.b)
            reason = st.text_input("Reason (optional)", key=f"review_reason_{i}")
            force = st.checkbox("Merge although the evidence conflicts", key=f"review_force_{i}") \
                if s.match.conflicts else False
            accept, reject = st.columns(2)
            allowed = can(MERGE)
            if accept.button("Accept: one person", key=f"review_accept_{i}", type="primary", disabled=not allowed,
                             help=None if allowed else EDITORS_ONLY):
                act(lambda r: r.accept(s.a.id, s.b.id, actor=current(), reason=reason, force=force), graph,
                    f"Merged {s.a.name} and {s.b.name}.", "accept identity merge", pair=[s.a.id, s.b.id])
            if reject.button("Reject: two people", key=f"review_reject_{i}", disabled=not allowed,
                             help=None if allowed else EDITORS_ONLY):
                act(lambda r: r.reject(s.a.id, s.b.id, actor=current(), reason=reason), graph,
                    f"Kept {s.a.name} and {s.b.name} apart.", "reject identity merge", pair=[s.a.id, s.b.id])


def act(action, graph: Q.GraphReader, done: str, what: str, **details) -> None:
    """Run a review action (refused without the right to decide merges, and
    written to the audit log), record it, and show the graph as it is now."""
    try:
        with audited(MERGE, what, **details) as extra:
            record = action(resolver(graph))
            extra["decision"] = record["id"]
    except (IdentityError, DecisionFileError, AccessDenied) as exc:
        st.error(str(exc))
        return
    st.session_state.pop("review_suggestions", None)
    st.session_state["review_done"] = done
    st.rerun()


def merged(graph: Q.GraphReader) -> None:
    st.subheader("Merged people")
    people = resolver(graph).merged_people()
    if not people:
        st.info("No node holds more than one spelling yet.")
        return
    names = {p.id: f"{p.name} ({len(p.keys)} spellings)" for p in people}
    chosen = st.selectbox("Person", list(names), format_func=names.get, key="review_merged")
    keys = keys_written(graph.driver, chosen, graph.database)
    labels = {k: f"{', '.join(v['names'])} ({v['articles']} articles) [{k}]" for k, v in sorted(keys.items())}
    split_off = st.multiselect("Split these spellings off into their own node", list(labels),
                               format_func=labels.get, key="review_split_keys")
    reason = st.text_input("Reason (optional)", key="review_split_reason")
    allowed = can(MERGE)
    if st.button("Split", key="review_split", disabled=not (split_off and allowed),
                 help=None if allowed else EDITORS_ONLY):
        act(lambda r: r.split(chosen, split_off, actor=current(), reason=reason), graph,
            f"Split {', '.join(keys[k]['names'][0] for k in split_off)} off {names[chosen]}.",
            "split identity", node=chosen, keys=split_off)


def decisions() -> None:
    st.subheader("Decisions")
    store = DecisionStore(load_settings().decisions_file)
    try:
        records = store.records()
    except DecisionFileError as exc:
        st.error(str(exc))
        return
    st.caption(f"Kept in {store.path}, outside the database: they hold after a reset and a fresh ingest.")
    if not records:
        st.info("No decisions yet.")
        return
    st.dataframe([{"when": r["at"], "action": r["action"], "by": r["by"], "first": r["names_a"],
                   "second": r["names_b"], "reason": r["reason"]} for r in reversed(records)],
                 use_container_width=True, hide_index=True)
    st.download_button("Download the decisions (JSON Lines)",
                       "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                       file_name="identity-decisions.jsonl", mime="application/x-ndjson")


def page(graph: Q.GraphReader) -> None:
    st.title("Review people")
    st.caption("Nodes the evidence suggests may be one person. Accepting merges them, rejecting keeps them "
               "apart for good, splitting undoes a merge; every decision is recorded with its reason.")
    actor = current()
    if not can(MERGE):
        st.info(f"{actor.describe() if actor else 'You are not signed in'}: you can read the suggestions; "
                + EDITORS_ONLY)
    if st.session_state.get("review_done"):
        st.success(st.session_state.pop("review_done"))
    if st.button("Look again", key="review_refresh"):
        st.session_state.pop("review_suggestions", None)
    suggestions(graph)
    merged(graph)
    decisions()


guarded(page)
