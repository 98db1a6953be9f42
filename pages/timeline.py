"""Timeline charts for the details panel: a person's career, a post's holders.

Not a page of its own (app.py lists the pages); Explore draws these for the
selected person or role. Each bar runs from ``since`` to ``until``; a current
tenure runs to its latest evidence, or to the "as of" date when one is set;
a tenure with no dated start is listed under the chart instead of drawn.
"""

from __future__ import annotations

import datetime as dt

import altair as alt
import pandas as pd
import streamlit as st

from graph.timeline import span_text


def chart_rows(tenures: list[dict], by: str, today: str | None = None) -> tuple[list[dict], list[dict]]:
    """Bars for the chart (label, start, end, status) and the tenures that
    cannot be drawn (no dated start). ``by`` is "title" (a career) or
    "person" (a post's holders)."""
    today = today or dt.date.today().isoformat()
    bars, undrawn = [], []
    for t in tenures:
        start = t.get("since")
        if not start:
            undrawn.append(t)
            continue
        label = t["title"] if by == "title" else t["person"]
        where = t.get("organization") or t.get("country")
        end = t.get("until") or (today if t.get("current") else (t.get("last_seen") or start))
        status = "current" if t.get("current") else ("ended" if t.get("until") else "last seen")
        bars.append({"label": label, "where": where or "", "start": start, "end": max(end, start), "status": status,
                     "span": span_text(t), "articles": t.get("articles") or 0})
    return bars, undrawn


def draw_timeline(tenures: list[dict], by: str, title: str, as_of: str | None = None) -> None:
    """Draw a tenure timeline (Altair bars on a date axis) with a line at the "as of" date."""
    st.markdown(f"#### {title}")
    bars, undrawn = chart_rows(tenures, by)  # whole tenures; the "as of" date is the red line
    if bars:
        data = pd.DataFrame(bars)
        data["start"] = pd.to_datetime(data["start"])
        data["end"] = pd.to_datetime(data["end"])
        order = list(dict.fromkeys(data["label"]))
        chart = alt.Chart(data).mark_bar(cornerRadius=3).encode(
            x=alt.X("start:T", title=None, axis=alt.Axis(format="%Y", tickCount="year")), x2="end:T",
            y=alt.Y("label:N", sort=order, title=None, axis=alt.Axis(labelLimit=150)),
            color=alt.Color("status:N", scale=alt.Scale(domain=["current", "ended", "last seen"],
                                                        range=["#2e7d32", "#9e9e9e", "#f9a825"]),
                            legend=alt.Legend(orient="bottom", title=None, columns=3, labelLimit=70)),
            tooltip=["label", "where", "span", "articles"],
        )
        if as_of:
            rule = alt.Chart(pd.DataFrame({"as_of": [pd.to_datetime(as_of)]})).mark_rule(
                color="#c62828", strokeDash=[4, 3]).encode(x="as_of:T")
            chart = chart + rule
        st.altair_chart(chart.properties(height=alt.Step(30)), width="stretch")
    for t in bars:
        st.caption(f"{t['label']}" + (f" \u00b7 {t['where']}" if t["where"] else "") + f": {t['span']}")
    for t in undrawn:
        label = t["title"] if by == "title" else t["person"]
        st.caption(f"{label}: {span_text(t)} (no dated article, so not drawn)")
    if not tenures:
        st.caption("No post found in the articles.")
