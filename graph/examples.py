"""The example research queries of ``docs/SCHEMA.md``, read from the document.

The document is the single source: the tests run every example against the
sample corpus, and the console offers them in a menu, so the examples people
read are the ones that are known to work.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

SCHEMA_DOC = Path(__file__).resolve().parent.parent / "docs" / "SCHEMA.md"
_EXAMPLE = re.compile(r"^### (\d+)\. (.+?)\n+```cypher\n(.*?)```", re.M | re.S)
_PARAMS = re.compile(r"^//\s*params:\s*(\{.*\})\s*$", re.M)


@dataclass(frozen=True)
class Example:
    """One example query from docs/SCHEMA.md, offered in the Cypher console."""

    number: int
    title: str
    cypher: str
    params: dict = field(default_factory=dict, hash=False)

    @property
    def label(self) -> str:
        """The example as the console's picker lists it."""
        return f"{self.number}. {self.title}"


@lru_cache(maxsize=1)
def examples(path: Path = SCHEMA_DOC) -> tuple[Example, ...]:
    """The numbered example queries of docs/SCHEMA.md (with their parameters), so the docs and the console show the
    same ones."""
    text = path.read_text(encoding="utf-8")
    found = []
    for number, title, body in _EXAMPLE.findall(text):
        params = {}
        match = _PARAMS.search(body)
        if match:
            params = json.loads(match.group(1))
            body = _PARAMS.sub("", body)
        found.append(Example(int(number), title.strip(), body.strip(), params))
    return tuple(found)
