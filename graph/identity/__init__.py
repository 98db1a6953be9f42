"""Person identity across articles: one person, one node.

* ``names``: surnames and given names compared (initials, middle names,
  spelling and transliteration variants);
* ``profiles``: what the graph knows around a Person node, and blocking;
* ``scoring``: the evidence weighed, conflicts that rule a merge out;
* ``decisions``: every merge, rejection and split, kept in a JSON Lines file
  outside the database;
* ``merge``: merging two nodes and splitting one, in Cypher;
* ``resolver``: resolution when writing, and the review actions the Review
  page and ``python -m graph identities`` use.
"""

from graph.identity.decisions import DecisionFileError, DecisionStore
from graph.identity.merge import IdentityError
from graph.identity.resolver import IdentityResolver, ResolveReport, Suggestion

__all__ = ["DecisionFileError", "DecisionStore", "IdentityError", "IdentityResolver", "ResolveReport", "Suggestion"]
