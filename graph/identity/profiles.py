"""What the graph knows about a Person node, for comparing it with others.

A profile gathers, in one read, what the evidence says about a node: its
names, the posts it holds (with the organization and country of each and the
dates the articles give), the organizations and countries those imply, the
articles that mention it and the other people those articles mention.
``candidates`` finds, by blocking, the nodes worth comparing a node with:
the same surname, the same surname sound (Metaphone), or a shared post.
"""

from __future__ import annotations

import re

from dataclasses import dataclass, field

from neo4j import Driver

from graph.ids import fold
from graph.writer import SAMPLE_ARTICLES

#: Most candidates kept per node (closest first: same surname, then sound, then post).
MAX_CANDIDATES = 50
#: Co-mentioned people read per profile (from the person's sample of articles).
MAX_PEOPLE = 300


@dataclass
class RoleHeld:
    id: str
    title: str
    organization: str | None  # organization id
    organization_name: str | None
    country: str | None
    current: bool
    as_of: str | None
    first_seen: str | None
    last_seen: str | None
    within: list[str] = field(default_factory=list)  # ids of the bodies its organization is a part of
    within_names: list[str] = field(default_factory=list)  # and their names

    def nested(self, other: "RoleHeld") -> bool:
        """Is one post's organization a part of the other's (DG Trade and the European Commission; the
        whole may be written once with its country and once without: a secretariat of the "Ministry of
        Agriculture and Livestock" and the "Ministry of Agriculture and Livestock of Brazil")?"""
        return bool(self.organization and other.organization) and (
            self.organization in other.within or other.organization in self.within
            or any(one_body(self.organization_name, name) for name in other.within_names)
            or any(one_body(other.organization_name, name) for name in self.within_names))


#: A company's legal form after its name, folded (the extractor's list is longer; these are the common ones)
# (not "SA", South Africa in "Grain SA", nor "Inc" after a ministry: "Ministry of Finance Inc" is a company)
_LEGAL_FORMS = frozenset({"llp", "llc", "ltd", "limited", "plc", "gmbh", "ag", "corp", "corporation", "nv", "bv",
                          "spa", "pte ltd", "pty ltd", "ab", "oyj"})


def one_body(name_a: str | None, name_b: str | None, same_country: bool = False) -> bool:
    """Two spellings of one body: the same name once with its country and once without ("Secretariat of
    Economy" / "Secretariat of Economy of Mexico"). ``same_country``: the posts at the two are known to be one
    country's, so a ministry named with the country's adjective and one named with "of" and the country are one
    ("Czech Ministry of Industry and Trade" / "Ministry of Industry and Trade of the Czech Republic")."""
    if not name_a or not name_b:
        return False
    # ("... of the Czech Republic" / "... of Czech Republic": the article inside a name says nothing)
    short, long = sorted((" ".join(w for w in fold(name_a).split() if w != "the"),
                          " ".join(w for w in fold(name_b).split() if w != "the")), key=len)
    if short == long or long.startswith(short + " of ") or long.startswith(short + " ") \
            and long[len(short) + 1:] in _LEGAL_FORMS:
        return True  # (a firm with and without its legal form: "Harlow & Pierce" / "Harlow & Pierce LLP")
    sent_a, sent_b = _MISSION.fullmatch(short), _MISSION.fullmatch(long)
    if sent_a and sent_b and sent_a["kind"] == sent_b["kind"] and sent_a["sender"] == sent_b["sender"]:
        return True  # (a country's embassy named with its host, its city or neither: "Embassy of China",
        # "Embassy of China in Brazil", "Embassy of China in Brasilia"; its ambassador has one post)
    portfolios_a, portfolios_b = _ministry_portfolios(_listed(name_a)), _ministry_portfolios(_listed(name_b))
    if not portfolios_a or not portfolios_b:
        return False
    if portfolios_a == portfolios_b:
        return same_country
    # "Ministry of Trade of Ghana" (the name a "deputy trade minister" makes) / "Ministry of Trade, Agribusiness and
    # Industry" (the name the story gives), "Economy Ministry" / "Ministry of Economy and Finance": a ministry of
    # one portfolio among the portfolios of the other (whole ones: "Foreign Ministry" is no "Ministry of Foreign
    # Trade", "Economy Ministry" no "Ministry of Digital Economy and Society")
    return portfolios_a < portfolios_b or portfolios_b < portfolios_a


#: A country's mission abroad, folded: its kind, the sending country, and where it is, if written
_MISSION = re.compile(r"(?P<kind>embassy|consulate general|consulate|high commission|permanent mission) of "
                      r"(?P<sender>.+?)(?: (?:in|to) .+)?")


def _listed(name: str) -> str:
    """The folded name with its commas kept, which part the portfolios of a list ("Ministry of Trade,
    Agribusiness and Industry")."""
    return ", ".join(" ".join(w for w in fold(part).split() if w != "the") for part in name.split(","))


def _ministry_portfolios(name: str) -> frozenset[str]:
    """The portfolios of a folded ministry's name, each whole ("ministry of digital economy and society" ->
    {"digital economy", "society"}), without a country after a second "of" ("ministry of trade of ghana" ->
    {"trade"}), or before "ministry" ("economy ministry"); empty for any other name. One word may stand before
    "ministry of", the country's ("czech ministry of industry and trade")."""
    words = name.split()
    if len(words) >= 2 and words[-1] == "ministry" and "of" not in words:
        portfolio = " ".join(words[:-1])
    elif name.startswith("ministry of ") or (" ministry of " in name and len(name.split(" ministry of ")[0].split()) == 1):
        rest = name.split("ministry of ", 1)[1]
        portfolio = rest.split(" of ")[0]
    else:
        return frozenset()
    phrases = [p.strip() for part in portfolio.split(",") for p in part.split(" and ")]
    return frozenset(p for p in (" ".join(w for w in ph.split() if w not in ("&", "the")) for ph in phrases) if p)


@dataclass
class Profile:
    """One Person node and the evidence around it."""

    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    surname: str | None = None
    keys: list[str] = field(default_factory=list)
    country: str | None = None
    roles: list[RoleHeld] = field(default_factory=list)
    articles: list[str] = field(default_factory=list)
    people: dict[str, str] = field(default_factory=dict)  # co-mentioned person id -> name

    @property
    def organizations(self) -> dict[str, str]:
        return {r.organization: r.organization_name or r.organization for r in self.roles if r.organization}

    @property
    def countries(self) -> set[str]:
        found = {r.country for r in self.roles if r.country}
        if self.country:
            found.add(self.country)
        return found

    def to_json(self) -> dict:
        return {"id": self.id, "name": self.name, "aliases": self.aliases, "surname": self.surname,
                "keys": self.keys, "countries": sorted(self.countries),
                "roles": [r.__dict__ for r in self.roles], "organizations": sorted(self.organizations.values()),
                "articles": self.articles, "people": sorted(self.people.values())}


# The articles a person is read by: the sample the writer keeps on the node
# (graph.writer.SAMPLE_ARTICLES, order-free and bounded), or for a node
# written before samples existed, the same sample computed from its mentions.
_SAMPLE = f"""
WITH p, CASE WHEN p.sample_articles IS NOT NULL THEN p.sample_articles
             ELSE COLLECT {{ MATCH (a:Article)-[:MENTIONS]->(p) RETURN a.id AS id ORDER BY id
                            LIMIT {SAMPLE_ARTICLES} }} END AS sample"""
_IDENTITY = """
RETURN p.id AS id, p.name AS name, coalesce(p.aliases, []) AS aliases, p.surname AS surname,
       coalesce(p.keys, [p.id]) AS keys, p.country AS country,
       COLLECT {
           MATCH (p)-[h:HOLDS]->(r:Role)
           OPTIONAL MATCH (r)-[:AT]->(o:Organization)
           RETURN {id: r.id, title: r.title, organization: o.id, organization_name: o.name,
                   country: coalesce(r.country, o.country), current: coalesce(h.current, true), as_of: h.as_of,
                   first_seen: h.first_seen, last_seen: h.last_seen,
                   within: CASE WHEN o IS NULL THEN [] ELSE [(o)-[:PART_OF*1..3]->(w:Organization) | w.id] END,
                   within_names: CASE WHEN o IS NULL THEN []
                                 ELSE [(o)-[:PART_OF*1..3]->(w:Organization) | w.name] END}
       } AS roles"""
_PROFILES = "UNWIND $ids AS pid MATCH (p:Person {id: pid})" + _SAMPLE + _IDENTITY + f""",
       sample AS articles,
       COLLECT {{
           UNWIND sample AS aid
           MATCH (a:Article {{id: aid}})-[:MENTIONS]->(q:Person) WHERE q <> p
           WITH DISTINCT q ORDER BY q.id LIMIT {MAX_PEOPLE}
           RETURN [q.id, q.name]
       }} AS people
"""
# what conflicts are decided on (names, posts, countries), without the articles and people
_LIGHT_PROFILES = "UNWIND $ids AS pid MATCH (p:Person {id: pid})" + _IDENTITY


def load_profiles(driver: Driver, ids, database: str | None = None, light: bool = False) -> dict[str, Profile]:
    """Profiles of the Person nodes with these ids (missing ids are left out); ``light``: without the articles and
    the people they name (enough to find conflicts)."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    query = _LIGHT_PROFILES if light else _PROFILES
    records, _, _ = driver.execute_query(query, ids=wanted, database_=database, routing_="r")
    out = {}
    for rec in records:
        out[rec["id"]] = Profile(
            id=rec["id"], name=rec["name"], aliases=list(rec["aliases"]), surname=rec["surname"],
            keys=list(rec["keys"]), country=rec["country"], roles=[RoleHeld(**r) for r in rec["roles"]],
            articles=list(rec.get("articles") or []), people={q[0]: q[1] for q in rec.get("people") or []})
    return out


# A name is "named" when it has more than a surname. Bare surnames are
# written per article ("Lee" in two stories may be two people), so a common
# one piles up nodes; comparing every node with all of them made each write
# slower as the corpus grew. A bare node is compared with the named people
# of its surname (the only ones it can be merged with, found through
# ``named_key``) and with anyone holding its post; a named node with every
# node of its surname, each time it is written: its new evidence can
# corroborate a bare surname written earlier (comparing only new named nodes
# made the result depend on the order articles arrive in).
#: A post held by more nodes than this is no blocking key (it says little about who is who, and reading all its
#: holders after every write grew with the corpus).
MAX_POST_HOLDERS = 50
_CANDIDATES = f"""
UNWIND $ids AS pid
MATCH (p:Person {{id: pid}})
CALL (p) {{
    MATCH (c:Person) WHERE p.surname_key IS NOT NULL AND c.__KEY__ = p.surname_key AND c <> p
    RETURN c, 0 AS rank
    UNION
    MATCH (c:Person) WHERE p.surname_phonetic IS NOT NULL AND p.surname_phonetic <> ""
                       AND c.__PHONETIC__ = p.surname_phonetic AND c <> p
    RETURN c, 1 AS rank
    UNION
    // two surnames and the first alone ("Valdes Urrutia" / "Valdes"), either way round
    MATCH (c:Person) WHERE p.short_surname_key IS NOT NULL AND c.named_key = p.short_surname_key AND c <> p
    RETURN c, 1 AS rank
    UNION
    MATCH (c:Person) WHERE p.named_key IS NOT NULL AND c.short_surname_key = p.named_key AND c <> p
    RETURN c, 1 AS rank
    UNION
    MATCH (p)-[:HOLDS]->(r:Role) WHERE COUNT {{ (r)<-[:HOLDS]-() }} <= {MAX_POST_HOLDERS}
    MATCH (r)<-[:HOLDS]-(c:Person) WHERE c <> p
    RETURN c, 2 AS rank
}}
WITH p, c, min(rank) AS rank ORDER BY rank, CASE WHEN c.named_key IS NOT NULL THEN 0 ELSE 1 END, c.id
WITH p, collect([c.id, c.name, c.surname])[..{MAX_CANDIDATES}] AS found
RETURN p.id AS id, p.name AS name, p.surname AS surname, found
"""
# a named node: every node of its surname; a bare one: only the named ones (see above)
_CANDIDATES_ALL = _CANDIDATES.replace("__KEY__", "surname_key").replace("__PHONETIC__", "surname_phonetic")
_CANDIDATES_NAMED = _CANDIDATES.replace("__KEY__", "named_key").replace("__PHONETIC__", "named_phonetic")


def candidates(driver: Driver, ids, database: str | None = None) -> dict[str, tuple[str, str | None, list]]:
    """For each node id: (name, surname, [(candidate id, name, surname), ...])."""
    wanted = sorted(set(ids))
    if not wanted:
        return {}
    records, _, _ = driver.execute_query(
        "UNWIND $ids AS id MATCH (p:Person {id: id}) WHERE p.named_key IS NOT NULL RETURN p.id AS id",
        ids=wanted, database_=database, routing_="r")
    named = {r["id"] for r in records}
    out = {}
    for query, part in ((_CANDIDATES_ALL, sorted(named)), (_CANDIDATES_NAMED, sorted(set(wanted) - named))):
        if part:
            records, _, _ = driver.execute_query(query, ids=part, database_=database, routing_="r")
            out.update({rec["id"]: (rec["name"], rec["surname"], [tuple(c) for c in rec["found"]]) for rec in records})
    return out


# from the person fewer articles mention: a pair with someone named in most of
# the corpus would otherwise walk all of that person's articles
_COMENTIONED = """
UNWIND $pairs AS pair
MATCH (a:Person {id: pair[0]}), (b:Person {id: pair[1]})
WITH pair, a, b, COUNT { (a)<-[:MENTIONS]-() } <= COUNT { (b)<-[:MENTIONS]-() } AS a_first
WITH pair, CASE WHEN a_first THEN a ELSE b END AS s, CASE WHEN a_first THEN b ELSE a END AS t
RETURN pair[0] AS a, pair[1] AS b, EXISTS { MATCH (s)<-[:MENTIONS]-(x:Article) WHERE (x)-[:MENTIONS]->(t) } AS both
"""


def comentioned(driver: Driver, pairs, database: str | None = None) -> set[tuple[str, str]]:
    """Pairs of nodes that one article names as two different people."""
    pairs = [list(p) for p in pairs]
    if not pairs:
        return set()
    records, _, _ = driver.execute_query(_COMENTIONED, pairs=pairs, database_=database, routing_="r")
    return {(r["a"], r["b"]) for r in records if r["both"]}


def mentions(driver: Driver, node_id: str, limit: int = 5, database: str | None = None) -> list[dict]:
    """The articles that name a person, with the first sentence naming them
    and the key and spelling they were written under (for review)."""
    records, _, _ = driver.execute_query("""
        MATCH (a:Article)-[m:MENTIONS]->(p:Person {id: $id})
        RETURN a.id AS article, a.title AS title, a.published AS published, a.source_id AS source,
               m.evidence[0] AS sentence, m.person_key AS key, m.person_name AS name
        ORDER BY a.published DESC, a.id LIMIT $limit
    """, id=node_id, limit=limit, database_=database, routing_="r")
    return [dict(r) for r in records]


def keys_written(driver: Driver, node_id: str, database: str | None = None) -> dict[str, dict]:
    """For each key a (merged) node holds: the names written under it and how many articles."""
    records, _, _ = driver.execute_query("""
        MATCH (a:Article)-[m:MENTIONS]->(p:Person {id: $id})
        RETURN m.person_key AS key, collect(DISTINCT m.person_name) AS names, count(a) AS articles
    """, id=node_id, database_=database, routing_="r")
    return {r["key"]: {"names": r["names"], "articles": r["articles"]} for r in records if r["key"]}
