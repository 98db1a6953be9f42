"""Who held which post when: a person's career, a post's holders, and the
posts held on a date, read from HOLDS ``since``/``until``/``current``.

Those properties are computed by the writer from the articles' dated
evidence (see graph/tenure.py); nothing here knows who held
what. A post is one Role, or every Role sharing a ``post`` key (a post one
person holds at a time, under any of its titles).
"""

from __future__ import annotations

from graph.queries import AS_OF_HOLDS, GraphReader, label_of, search

_TENURE = """{person: p.name, person_id: p.id, title: r.title, role_id: r.id, post: r.post,
              organization: o.name, country: coalesce(c.name, r.country), since: h.since, until: h.until,
              current: h.current, first_seen: h.first_seen, last_seen: coalesce(h.last_held, h.last_seen),
              articles: h.weight}"""

CAREER = f"""
MATCH (p:Person {{id: $id}})-[h:HOLDS]->(r:Role)
OPTIONAL MATCH (r)-[:AT]->(o:Organization)
OPTIONAL MATCH (r)-[:OF_COUNTRY]->(c:Country)
RETURN {_TENURE} AS tenure
ORDER BY coalesce(h.since, h.first_seen, '9999'), coalesce(h.until, '9999'), r.title
"""

HOLDERS = f"""
MATCH (role:Role {{id: $id}})
MATCH (p:Person)-[h:HOLDS]->(r:Role)
WHERE r = role OR (role.post IS NOT NULL AND r.post = role.post)
OPTIONAL MATCH (r)-[:AT]->(o:Organization)
OPTIONAL MATCH (r)-[:OF_COUNTRY]->(c:Country)
RETURN {_TENURE} AS tenure
ORDER BY coalesce(h.since, h.first_seen, '9999'), coalesce(h.until, '9999'), p.name
"""

HOLDERS_ON = f"""
MATCH (p:Person)-[h:HOLDS]->(r:Role)
WHERE (r.id = $id OR r.post = $id OR toLower(r.title) = toLower($id)) AND {AS_OF_HOLDS}
OPTIONAL MATCH (r)-[:AT]->(o:Organization)
OPTIONAL MATCH (r)-[:OF_COUNTRY]->(c:Country)
RETURN {_TENURE} AS tenure
ORDER BY h.since, p.name
"""


def career(reader: GraphReader, person_id: str) -> list[dict]:
    """Every post a person held, in order of its start (posts with no dated
    start last): the rows a career timeline draws."""
    return [r["tenure"] for r in reader.rows(CAREER, id=person_id)]


def holders(reader: GraphReader, role_id: str) -> list[dict]:
    """Everyone who held the post (this role, or every role with its post
    key), in order of their start: the rows a succession timeline draws."""
    return [r["tenure"] for r in reader.rows(HOLDERS, id=role_id)]


def holders_on(reader: GraphReader, post: str, date: str) -> list[dict]:
    """Who held the post on ``date`` (ISO): ``post`` is a role id, a post
    key (``us-trade-representative``) or a title, compared without case."""
    return [r["tenure"] for r in reader.rows(HOLDERS_ON, id=post, as_of=date)]


def timeline_of(reader: GraphReader, name: str) -> tuple[dict | None, list[dict]]:
    """Resolve ``name`` (a person, or a post's title or id) and give its
    timeline: ``(node, career)`` for a person, ``(node, holders)`` for a
    role; ``(None, [])`` when nothing matches. An exact name or title wins
    over the best full-text match; among roles with that title, the one with
    the most holders."""
    node = None
    if label_of(name) in ("Person", "Role"):
        node = {"id": name, "label": label_of(name), "name": name}
    words = name.split()
    # "U.S. Trade Representative": the graph's role is "Trade Representative"
    for start in range(len(words) if node is None else 0):
        text = " ".join(words[start:])
        found = search(reader, text, labels=["Person", "Role"], limit=20)
        if not found:
            continue
        exact = [r for r in found if (r.get("name") or "").lower() == text.lower()]
        best = (exact or found)[0]
        if best["label"] == "Role":
            same = [r for r in found if r["label"] == "Role" and r["name"] == best["name"]]
            best = max(same, key=lambda r: len(holders(reader, r["id"])))
        node = best
        break
    if node is None:
        return None, []
    return node, career(reader, node["id"]) if node["label"] == "Person" else holders(reader, node["id"])


def span_text(tenure: dict) -> str:
    """"2018-05-02 to 2021-03-03", "since 2024-07-10 (current)", or what is known of an undated tenure."""
    since, until = tenure.get("since"), tenure.get("until")
    if since and until:
        return f"{since} to {until}"
    if since:
        return f"since {since}" + (" (current)" if tenure.get("current") else "")
    if until:
        return f"until {until}"
    return "current, undated" if tenure.get("current") else "former, undated"
