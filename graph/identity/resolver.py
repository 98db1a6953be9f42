"""One person, one node: resolution when writing, and the review actions.

``IdentityResolver.resolve(ids)`` runs after each write batch on the Person
nodes the batch touched:

1. decisions first: a node whose key an earlier merge joined to other keys
   is merged with the nodes holding them (so a merge survives ``graph reset``
   and a fresh ingest);
2. candidates by blocking (``profiles.candidates``), kept when the names can
   be one person (``names.compare``), weighed with the evidence around both
   (``scoring.score_pair``);
3. pairs at or above ``scoring.AUTO_MERGE`` with nothing in conflict are
   merged, each merge re-checked on the nodes as they are then (a chain of
   merges must not join two people) and recorded in the decisions file;
   the pairs between ``SUGGEST`` and ``AUTO_MERGE`` are left for review.

``suggestions``, ``accept``, ``reject`` and ``split`` are what the Review
page and ``python -m graph identities`` call; each records its decision.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from neo4j import Driver
from neo4j.exceptions import Neo4jError

from graph.identity import merge as M
from graph.identity.decisions import DecisionState, DecisionStore
from graph.identity.names import compare_any, parse
from graph.identity.profiles import Profile, candidates, comentioned, load_profiles
from graph.identity.scoring import Match, name_match, score_pair

#: Person ids read per query when the whole graph is searched for suggestions.
CHUNK = 1000
#: Scoring passes per batch (a merge can make a bare surname's bearer unique).
MAX_ROUNDS = 3
#: Named bearers of a bare surname read at a time, until two fit (then there is no single bearer).
BEARERS_AT_ONCE = 20
#: A surname with more named bearers than this has no single bearer a bare mention could be given to (like a
#: post with too many holders, it says too little; reading them all after every write grew with the corpus).
MAX_BEARERS = 100


@dataclass
class ResolveReport:
    merged: list[dict] = field(default_factory=list)  # decision records of the merges made
    replayed: int = 0  # merges applied from earlier decisions
    suggested: int = 0  # pairs left for review

    def add(self, other: "ResolveReport") -> None:
        self.merged.extend(other.merged)
        self.replayed += other.replayed
        self.suggested += other.suggested


@dataclass
class Suggestion:
    """A pair for review, with both sides' evidence."""

    match: Match
    a: Profile
    b: Profile


class IdentityResolver:
    """Decides, records and applies identity merges for one graph."""

    def __init__(self, driver: Driver, database: str | None = None, store: DecisionStore | None = None):
        self.driver = driver
        self.database = database
        if store is None:
            from graph.settings import load_settings

            store = DecisionStore(load_settings().decisions_file)
        self.store = store

    # ---- reading -----------------------------------------------------------
    def profiles(self, ids) -> dict[str, Profile]:
        return load_profiles(self.driver, ids, self.database)

    def evaluate(self, ids, state: DecisionState | None = None,
                 merges_only: bool = False) -> tuple[list[Match], dict[str, Profile]]:
        """Every candidate pair of the nodes ``ids`` whose names could be one
        person, scored (best first), and the profiles read for them.

        ``merges_only`` (after a write): a pair with a bare surname is kept
        only when the other is that surname's single fitting bearer, the one
        way such a pair can be merged. A common surname's bare nodes fit
        every named bearer's name, and reading all their profiles after each
        write grew with the corpus."""
        state = state or self.store.state()
        found = candidates(self.driver, ids, self.database)
        pairs: dict[tuple[str, str], None] = {}
        with_bare: dict[tuple[str, str], str] = {}  # pair -> its bare node
        for node_id, (name, surname, cands) in found.items():
            mine = parse(name, surname)
            for cid, cname, csurname in cands:
                if cid == node_id:
                    continue
                theirs = parse(cname, csurname)
                if compare_any(mine, theirs).score <= 0:
                    continue
                pair = tuple(sorted((node_id, cid)))
                if merges_only and (mine.bare or theirs.bare):
                    if not (mine.bare and theirs.bare):  # two bare surnames are never merged
                        with_bare[pair] = node_id if mine.bare else cid
                else:
                    pairs[pair] = None
        bearers: dict[str, str] | None = None
        if with_bare:  # every bare node the pairs keep is among these: their bearers are known from here on
            bearers = self._bearers(load_profiles(self.driver, set(with_bare.values()), self.database, light=True))
            for pair, bare in with_bare.items():
                if bearers.get(bare) == (pair[1] if pair[0] == bare else pair[0]):
                    pairs[pair] = None
        if not pairs:
            return [], {}
        profiles = self.profiles({x for p in pairs for x in p})
        if bearers is None:
            bearers = self._bearers(profiles)
        together = comentioned(self.driver, pairs, self.database)
        matches = []
        for a_id, b_id in pairs:
            a, b = profiles.get(a_id), profiles.get(b_id)
            if a is None or b is None:
                continue
            names = name_match(a, b)
            only = names.given == "bare" and (bearers.get(a_id) == b_id or bearers.get(b_id) == a_id)
            apart = state.kept_apart(a.keys, b.keys)
            matches.append(score_pair(a, b, names, comentioned=(a_id, b_id) in together, only_bearer=only,
                                      rejected=(apart["reason"] or apart["action"]) if apart else None))
        matches.sort(key=lambda m: (-m.score, m.pair))
        return matches, profiles

    def _bearers(self, profiles: dict[str, Profile]) -> dict[str, str]:
        """For each bare surname among the profiles, the one named person with
        that surname it does not conflict with (left out when none or several).

        A common surname has hundreds of named bearers, more as the corpus
        grows; two that fit already make the answer "several", so bearers are
        read a few at a time (by id, so the answer does not depend on the
        order articles came in) until two fit. "Named in one article as
        different people" is read from the bare node's own articles."""
        bare = sorted(pid for pid, p in profiles.items() if parse(p.name, p.surname).bare)
        if not bare:
            return {}
        keys = {pid: parse(profiles[pid].name, profiles[pid].surname).surname for pid in bare}
        records, _, _ = self.driver.execute_query(
            "UNWIND $keys AS k MATCH (c:Person {named_key: k}) "
            "RETURN k AS key, c.id AS id ORDER BY id", keys=sorted(set(keys.values())),
            database_=self.database, routing_="r")
        named: dict[str, list[str]] = {}
        for r in records:
            named.setdefault(r["key"], []).append(r["id"])
        records, _, _ = self.driver.execute_query(
            "UNWIND $ids AS pid MATCH (b:Person {id: pid})<-[:MENTIONS]-(:Article)-[:MENTIONS]->(c:Person) "
            "WHERE c.named_key IS NOT NULL AND c.named_key = b.surname_key AND c <> b "
            "RETURN pid, collect(DISTINCT c.id) AS ids", ids=bare, database_=self.database, routing_="r")
        near = {r["pid"]: set(r["ids"]) for r in records}
        # only conflicts decide a bearer, and they need no articles: light profiles
        everyone = dict(profiles)
        out = {}
        for pid in bare:
            ids, fits = named.get(keys[pid], []), []
            if len(ids) > MAX_BEARERS:
                continue
            for at in range(0, len(ids), BEARERS_AT_ONCE):
                chunk = ids[at:at + BEARERS_AT_ONCE]
                everyone.update(load_profiles(self.driver, set(chunk) - everyone.keys(), self.database, light=True))
                for nid in chunk:
                    other = everyone.get(nid)
                    if other is not None and score_pair(everyone[pid], other, comentioned=nid in near.get(pid, ())
                                                        ).verdict != "conflict":
                        fits.append(nid)
                if len(fits) >= 2:
                    break
            if len(fits) == 1:
                out[pid] = fits[0]
        return out

    def suggestions(self, ids=None, include_merges: bool = True) -> list[Suggestion]:
        """Pairs to review (all Person nodes when ``ids`` is None), best first.
        Pairs that would merge automatically are included when the graph was
        written without resolution."""
        if ids is None:
            records, _, _ = self.driver.execute_query("MATCH (p:Person) RETURN p.id AS id ORDER BY id",
                                                      database_=self.database, routing_="r")
            ids = [r["id"] for r in records]
        ids = sorted(set(ids))
        state = self.store.state()
        wanted = {"suggest", "merge"} if include_merges else {"suggest"}
        out: dict[tuple[str, str], Suggestion] = {}
        for start in range(0, len(ids), CHUNK):
            matches, profiles = self.evaluate(ids[start:start + CHUNK], state)
            for m in matches:
                if m.verdict in wanted and m.pair not in out:
                    out[m.pair] = Suggestion(m, profiles[m.a], profiles[m.b])
        return sorted(out.values(), key=lambda s: (-s.match.score, s.match.pair))

    def merged_people(self) -> list[Profile]:
        """Nodes that hold more than one key: merges a split can undo."""
        records, _, _ = self.driver.execute_query(
            "MATCH (p:Person) WHERE size(coalesce(p.keys, [])) > 1 RETURN p.id AS id ORDER BY p.name",
            database_=self.database, routing_="r")
        found = self.profiles([r["id"] for r in records])
        return [found[r["id"]] for r in records if r["id"] in found]

    # ---- writing -----------------------------------------------------------
    def resolve(self, ids) -> ResolveReport:
        """Resolve the Person nodes ``ids`` (just written) against the graph."""
        report = ResolveReport()
        ids = sorted(set(ids))
        if not ids:
            return report
        state = self.store.state()
        self._replay(ids, state, report)
        merged_into: dict[str, str] = {}
        for _ in range(MAX_ROUNDS):  # a merge can make a bare surname's bearer unique: look again
            survivors = sorted({self._current(merged_into, x) for x in ids})
            if not self._round(survivors, state, merged_into, report):
                break
        return report

    @staticmethod
    def _current(merged_into: dict[str, str], node_id: str) -> str:
        while node_id in merged_into:
            node_id = merged_into[node_id]
        return node_id

    def _round(self, ids, state: DecisionState, merged_into: dict[str, str], report: ResolveReport) -> bool:
        """One pass of scoring and merging; True when something was merged."""
        matches, _ = self.evaluate(ids, state, merges_only=True)
        merges = 0

        def current(node_id: str) -> str:
            return self._current(merged_into, node_id)

        for m in matches:
            if m.verdict != "merge":
                continue
            a, b = current(m.a), current(m.b)
            if a == b:
                continue
            if (a, b) != (m.a, m.b) and (b, a) != (m.a, m.b):
                fresh = self._rescore(a, b, state)  # a chain of merges: check the nodes as they are now
                if fresh is None or fresh.verdict != "merge":
                    continue
                m = fresh
            try:
                record = self._merge(a, b, m, by="auto", reason=f"automatic: score {m.score:.2f}; " + "; ".join(
                    [m.names, *m.reasons]))
            except (M.IdentityError, Neo4jError, KeyError):
                continue  # a concurrent ingest changed the pair meanwhile: looked at again next time

            kept = record["node"]
            for old in (a, b):
                if old != kept:
                    merged_into[old] = kept
            report.merged.append(record)
            merges += 1
        report.suggested = sum(1 for m in matches if m.verdict == "suggest"
                               and m.a not in merged_into and m.b not in merged_into)
        return merges > 0

    def _rescore(self, a: str, b: str, state: DecisionState) -> Match | None:
        profiles = self.profiles([a, b])
        if len(profiles) < 2:
            return None
        names = name_match(profiles[a], profiles[b])
        if names.score <= 0:
            return None
        apart = state.kept_apart(profiles[a].keys, profiles[b].keys)
        both = comentioned(self.driver, [(a, b)], self.database)
        bearers = self._bearers(profiles) if names.given == "bare" else {}
        return score_pair(profiles[a], profiles[b], names, comentioned=bool(both),
                          only_bearer=bearers.get(a) == b or bearers.get(b) == a,
                          rejected=(apart["reason"] or apart["action"]) if apart else None)

    def _replay(self, ids, state: DecisionState, report: ResolveReport) -> None:
        """Merge touched nodes with the nodes earlier decisions joined them to."""
        records, _, _ = self.driver.execute_query(
            "UNWIND $ids AS id MATCH (p:Person {id: id}) RETURN p.id AS id, coalesce(p.keys, [p.id]) AS keys",
            ids=ids, database_=self.database, routing_="r")
        done: set[str] = set()
        for rec in records:
            if rec["id"] in done:
                continue
            group = state.together(rec["keys"])
            if group <= set(rec["keys"]):
                continue
            found, _, _ = self.driver.execute_query(
                "MATCH (p:Person) WHERE p.id IN $keys RETURN p.id AS id ORDER BY id",
                keys=sorted(group), database_=self.database, routing_="r")
            nodes = [r["id"] for r in found]
            kept = rec["id"]
            for other in nodes:
                if other == kept:
                    continue
                try:
                    kept, merged, _ = M.merge(self.driver, kept, other, self.database)
                except (M.IdentityError, Neo4jError):
                    continue  # merged meanwhile by a concurrent ingest
                done.add(merged)
                report.replayed += 1
            done.add(kept)

    def _merge(self, a: str, b: str, match: Match | None, *, by: str, reason: str) -> dict:
        before = self.profiles([a, b])
        kept, merged, _ = M.merge(self.driver, a, b, self.database)
        pa, pb = before[kept], before[merged]
        return self.store.record("merge", pa.keys, pb.keys, by=by, reason=reason, names_a=pa.name, names_b=pb.name,
                                 evidence=match.evidence() if match else {}, node=kept)

    # ---- review actions ----------------------------------------------------
    def check(self, a: str, b: str) -> Match:
        """The current evidence on one pair (for review)."""
        state = self.store.state()
        match = self._rescore(a, b, state)
        if match is None:
            profiles = self.profiles([a, b])
            missing = [x for x in (a, b) if x not in profiles]
            if missing:
                raise M.IdentityError(f"no person with id {', '.join(missing)}")
            match = score_pair(profiles[a], profiles[b], rejected=None)
        return match

    def accept(self, a: str, b: str, *, actor, reason: str = "", force: bool = False) -> dict:
        """Merge two nodes a reviewer (``actor``, a ``graph.access.Actor``
        with the right to decide merges) says are one person. Refused when
        the evidence conflicts, unless ``force``."""
        by = _may_decide(actor)
        if a == b:
            raise M.IdentityError("a person cannot be merged with itself")
        match = self.check(a, b)
        if match.conflicts and not force:
            raise M.IdentityError("the evidence conflicts: " + "; ".join(match.conflicts)
                                  + " (accept with force to merge anyway)")
        return self._merge(a, b, match, by=by, reason=reason or "accepted in review")

    def reject(self, a: str, b: str, *, actor, reason: str = "") -> dict:
        """Record that two nodes are different people: never merged later."""
        by = _may_decide(actor)
        profiles = self.profiles([a, b])
        missing = [x for x in (a, b) if x not in profiles]
        if missing:
            raise M.IdentityError(f"no person with id {', '.join(missing)}")
        match = self.check(a, b)
        pa, pb = profiles[a], profiles[b]
        return self.store.record("reject", pa.keys, pb.keys, by=by, reason=reason or "rejected in review",
                                 names_a=pa.name, names_b=pb.name, evidence=match.evidence())

    def split(self, node_id: str, keys: list[str], *, actor, reason: str = "") -> dict:
        """Undo a merge: the mentions written under ``keys`` become their own
        node again, and the two are kept apart from then on."""
        by = _may_decide(actor)
        before = self.profiles([node_id]).get(node_id)
        if before is None:
            raise M.IdentityError(f"no person with id {node_id!r}")
        new_id, moving, staying = M.split(self.driver, node_id, keys, self.database)
        after = self.profiles([node_id, new_id])
        return self.store.record("split", moving, staying, by=by, reason=reason or "split in review",
                                 names_a=after[new_id].name, names_b=after[node_id].name,
                                 evidence={"from": node_id, "new": new_id}, node=new_id)


def _may_decide(actor) -> str:
    """The one permission check of every review decision (page and command
    line alike): the actor must have the right to decide merges. Returns the
    name the decision is recorded under."""
    from graph import access

    return access.require(actor, access.MERGE).name
