"""Bytes to text: size limits, binary detection and encoding detection.

Every reader goes through here so that a binary file, an oversized file or a
file in a legacy encoding gets the same clear treatment whatever its format.
"""

from __future__ import annotations

import codecs
from pathlib import Path

from loaders.errors import ReadError

#: Largest file read whole into memory (JSON Lines files are streamed instead).
DEFAULT_MAX_FILE_BYTES = 16 * 1024 * 1024
#: Longest article text handed to the NLP pipeline (spaCy's own default limit).
DEFAULT_MAX_ARTICLE_CHARS = 1_000_000

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def read_bytes(path: Path, max_bytes: int = DEFAULT_MAX_FILE_BYTES) -> bytes:
    """Read a whole file, refusing it if it is over ``max_bytes``."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ReadError(str(path), f"cannot read file ({exc.strerror or exc})") from None
    if size > max_bytes:
        raise ReadError(
            str(path),
            f"file is {size / 1048576:.1f} MB, over the {max_bytes / 1048576:.0f} MB limit "
            "for one file (raise it with --max-file-mb, or split the file)",
        )
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ReadError(str(path), f"cannot read file ({exc.strerror or exc})") from None


def looks_binary(data: bytes) -> bool:
    """True for content that is not text: NUL bytes or many control bytes."""
    head = data[:8192]
    if any(head.startswith(bom) for bom, _ in _BOMS):
        return False
    if b"\x00" in head:
        return True
    controls = sum(1 for b in head if b < 32 and b not in (9, 10, 12, 13))
    return bool(head) and controls / len(head) > 0.05


def decode(data: bytes, source: str) -> str:
    """Decode bytes to text: BOM, then UTF-8, then Windows-1252/Latin-1.

    Raises ``ReadError`` for binary content. Legacy 8-bit encodings are decoded
    rather than refused because newsroom exports still produce them.
    """
    if looks_binary(data):
        raise ReadError(source, "binary file, not text (is it a PDF, image or archive?)")
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data.decode(encoding)
            except UnicodeDecodeError:
                raise ReadError(source, f"starts with a {encoding} byte-order mark but does not decode as {encoding}") from None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")


def check_article_length(text: str, source: str, max_chars: int = DEFAULT_MAX_ARTICLE_CHARS) -> None:
    """Refuse an article too long to be a news story (and to parse in memory)."""
    if len(text) > max_chars:
        raise ReadError(
            source,
            f"article is {len(text):,} characters, over the limit of {max_chars:,} for one article "
            "(raise it with --max-chars, or split the text)",
        )
