"""The article record every reader produces and every later step consumes."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass, field

_SPACES = re.compile(r"[ \t\u00a0]+")


def normalize_text(text: str) -> str:
    """Canonical form of an article's text, used for its checksum.

    Unicode NFC, unified line endings, runs of spaces collapsed and outer
    whitespace stripped: the same story saved by two tools gets one checksum.
    """
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(lines).strip()


def checksum(text: str) -> str:
    """SHA-256 of the normalized text; the identity of an article in the graph."""
    return hashlib.sha256(normalize_text(text).encode("utf-8")).hexdigest()


@dataclass
class Article:
    """One news article as read from a file, before extraction.

    ``id`` is the name the user knows it by (file stem, JSON ``id`` or feed
    entry id); ``source`` says where it was read from (path, and line or entry
    number). The graph identifies an article by ``checksum`` so the same text
    under two names is stored once.
    """

    id: str
    text: str
    title: str | None = None
    published: str | None = None
    source_url: str | None = None
    source: str = ""
    author: str | None = None  # the byline, kept as metadata: a byline is never an actor
    _checksum: str | None = field(default=None, repr=False, compare=False)

    @property
    def checksum(self) -> str:
        """The checksum of the article's normalized text (computed once): its identity in the graph."""
        if self._checksum is None:
            self._checksum = checksum(self.text)
        return self._checksum
