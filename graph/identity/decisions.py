"""Identity decisions as data: a JSON Lines file kept beside the graph's data.

Every merge (automatic or accepted by a reviewer), every rejection and every
split is one line, appended, never rewritten:

    {"id": "d-…", "at": "2026-…Z", "action": "merge", "by": "auto",
     "reason": "…", "keys_a": ["person:ann-b-smith"], "keys_b": ["person:ann-smith"],
     "names_a": "Ann B. Smith", "names_b": "Ann Smith", "evidence": {…}}

``keys`` name the people by the node ids their names get when written
(``person:<slug>``; a bare surname's id carries its article), so a decision
still applies after ``graph reset`` and a fresh ingest: replaying the file
gives which keys are one person and which must stay apart, and the resolver
applies that whenever those keys are written again. The file lives outside
the database, so it survives the database; it is also what
``python -m graph identities export`` writes out.
"""

from __future__ import annotations

import fcntl
import json
import os
import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

ACTIONS = ("merge", "reject", "split")


class DecisionFileError(ValueError):
    """The decisions file cannot be read (says which file and line)."""


@dataclass
class DecisionState:
    """The decisions replayed in order: groups of keys that are one person,
    and pairs of keys kept apart (with the decision that keeps them)."""

    group_of: dict[str, frozenset[str]] = field(default_factory=dict)
    apart: dict[frozenset[str], dict] = field(default_factory=dict)

    def together(self, keys: Iterable[str]) -> set[str]:
        """Every key decided to be the same person as one of ``keys``."""
        out: set[str] = set()
        for key in keys:
            out |= self.group_of.get(key, {key})
        return out

    def kept_apart(self, keys_a: Iterable[str], keys_b: Iterable[str]) -> dict | None:
        """The decision that keeps these two key sets apart, if any."""
        keys_b = list(keys_b)
        for a in keys_a:
            for b in keys_b:
                found = self.apart.get(frozenset((a, b)))
                if found:
                    return found
        return None

    def _unite(self, keys: set[str]) -> None:
        group = set(keys)
        for key in keys:
            group |= self.group_of.get(key, {key})
        frozen = frozenset(group)
        for key in frozen:
            self.group_of[key] = frozen

    def _separate(self, keys: set[str]) -> None:
        for key in keys:
            old = self.group_of.get(key)
            if old:
                rest = frozenset(old - keys)
                for other in rest:
                    self.group_of[other] = rest
        frozen = frozenset(keys)
        for key in frozen:
            self.group_of[key] = frozen

    def apply(self, record: dict) -> None:
        a, b = set(record["keys_a"]), set(record["keys_b"])
        if record["action"] == "merge":
            for x in a:
                for y in b:
                    self.apart.pop(frozenset((x, y)), None)
            self._unite(a | b)
        else:
            if record["action"] == "split":
                self._separate(a)
                self._separate(b)
            for x in a:
                for y in b:
                    self.apart[frozenset((x, y))] = record


class DecisionStore:
    """The decisions file: append a decision, read them all, replay them."""

    def __init__(self, path: Path | str):
        self.path = Path(path)
        self._cache: tuple[float, int, list[dict]] | None = None

    def records(self) -> list[dict]:
        """Every decision in the order it was taken (an absent file has none)."""
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return []
        if self._cache and self._cache[:2] == (stat.st_mtime, stat.st_size):
            return self._cache[2]
        out = []
        with open(self.path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DecisionFileError(f"{self.path}, line {number}: not JSON ({exc.msg})") from None
                problem = _invalid(record)
                if problem:
                    raise DecisionFileError(f"{self.path}, line {number}: {problem}")
                out.append(record)
        self._cache = (stat.st_mtime, stat.st_size, out)
        return out

    def state(self) -> DecisionState:
        state = DecisionState()
        for record in self.records():
            state.apply(record)
        return state

    def record(self, action: str, keys_a: Iterable[str], keys_b: Iterable[str], *, by: str, reason: str,
               names_a: str = "", names_b: str = "", evidence: dict | None = None, node: str | None = None) -> dict:
        """Append one decision (the file and its folder are created when needed)."""
        record = {
            "id": f"d-{uuid.uuid4().hex[:12]}",
            "at": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "action": action, "by": by, "reason": reason,
            "keys_a": sorted(set(keys_a)), "keys_b": sorted(set(keys_b)),
            "names_a": names_a, "names_b": names_b, "evidence": evidence or {},
        }
        if node:
            record["node"] = node
        problem = _invalid(record)
        if problem:
            raise ValueError(problem)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        line = json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n"
        with open(self.path, "a", encoding="utf-8") as handle:
            fcntl.flock(handle, fcntl.LOCK_EX)  # concurrent ingests append whole lines
            handle.write(line)
            handle.flush()
            os.fsync(handle.fileno())
            fcntl.flock(handle, fcntl.LOCK_UN)
        self._cache = None
        return record

    def export(self, out: Path | str, fmt: str = "jsonl") -> int:
        """Write every decision to ``out`` as JSON Lines or one JSON list; returns the count."""
        records = self.records()
        out = Path(out)
        out.parent.mkdir(parents=True, exist_ok=True)
        if fmt == "json":
            out.write_text(json.dumps(records, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        elif fmt == "jsonl":
            out.write_text("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in records),
                           encoding="utf-8")
        else:
            raise ValueError(f"unknown export format {fmt!r} (jsonl or json)")
        return len(records)


def _invalid(record) -> str | None:
    if not isinstance(record, dict):
        return "a decision must be a JSON object"
    if record.get("action") not in ACTIONS:
        return f"action must be one of {', '.join(ACTIONS)} (got {record.get('action')!r})"
    for key in ("keys_a", "keys_b"):
        value = record.get(key)
        if not isinstance(value, list) or not value or not all(isinstance(k, str) and k for k in value):
            return f"{key} must be a non-empty list of node keys"
    if set(record["keys_a"]) & set(record["keys_b"]):
        return "keys_a and keys_b overlap"
    for key in ("by", "reason"):
        if not isinstance(record.get(key), str):
            return f"{key} must be a string"
    return None
