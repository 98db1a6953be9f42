"""Tenures (until, current) derived per post: the bisection in graph/tenure.py against the rule written
the plain way, holder against every other holder, on random posts (no database: the rule is pure)."""

from __future__ import annotations

from hypothesis import given, settings, strategies as st

from graph.tenure import _post

DATES = st.one_of(st.none(), st.sampled_from([f"2024-{m:02d}-01" for m in range(1, 13)]))


def plain(holds: list[dict]) -> dict[str, tuple]:
    """The rule as the docstring states it, quadratic."""
    out = {}
    for h in holds:
        others = [o for o in holds if o["person"] != h["person"]]
        latest = h["last_held"] if h["last_held"] is not None else h["since"]
        succeeded = None
        if h["single"] and latest is not None:
            found = [v for o in others for v in (o["since"], o["last_held"]) if v is not None and v > latest]
            succeeded = min(found) if found else None
        ended = h["ended_on"][0] if h["ended_on"] else None
        until = min(d for d in (ended, succeeded) if d is not None) if (ended or succeeded) else None
        if until is not None:
            current = False
        elif h["last_held"] is not None:
            current = True
        else:
            current = bool(h["undated_held"]) and not h["undated_former"] and not (
                h["single"] and any(o["last_held"] is not None for o in others))
        out[h["rid"]] = (until, current)
    return out


@st.composite
def posts(draw):
    single = draw(st.booleans())
    holds = []
    for n in range(draw(st.integers(1, 12))):
        since = draw(DATES)
        last = draw(DATES)
        if since is not None and last is not None and last < since:
            since, last = last, since
        if since is None:
            last = None if draw(st.booleans()) else last
            since = last
        holds.append({"rid": f"h{n}", "person": f"p{draw(st.integers(0, 5))}", "single": single,
                      "since": since, "last_held": last,
                      "ended_on": draw(st.lists(DATES.filter(lambda d: d is not None), max_size=2).map(sorted)),
                      "undated_held": draw(st.booleans()), "undated_former": draw(st.booleans()),
                      "until": None, "current": None})
    return holds


@given(posts())
@settings(max_examples=300, deadline=None)
def test_bisection_gives_what_comparing_every_holder_gives(holds):
    expected = plain(holds)
    written = {row["rid"]: (row["until"], row["current"]) for row in _post(holds)}
    assert written == expected  # every tenure is written the first time (current was unset)
    for h in holds:
        h["until"], h["current"] = expected[h["rid"]]
    assert _post(holds) == []  # and nothing when nothing changed


def test_a_post_with_many_holders_is_read_once_and_stays_cheap():
    holds = [{"rid": f"h{n}", "person": f"p{n}", "single": True, "since": f"20{n // 12:02d}-{n % 12 + 1:02d}-01",
              "last_held": None, "ended_on": [], "undated_held": False, "undated_former": False,
              "until": None, "current": None} for n in range(1200)]
    rows = {row["rid"]: row for row in _post(holds)}
    assert rows["h0"]["until"] == "2000-02-01" and rows["h1199"]["current"] is False  # no last_held: not current
    assert rows["h1198"]["until"] == "2099-12-01" and rows["h1199"]["until"] is None
