"""JSON and JSON Lines articles.

A JSON file holds one article object, a list of them, or an object with an
``articles`` list. A JSON Lines file holds one object per line and is streamed,
so a bad line is reported with its line number and the other lines still load.
Each object needs ``text``; ``id``, ``title``, ``published`` and
``source_url`` (or ``url``) are optional.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from loaders.articles import Article
from loaders.errors import ReadError
from loaders.readers.dates import to_iso_date
from loaders.readers.decoding import check_article_length, decode


def article_from_object(obj, default_id: str, source: str, max_chars: int) -> Article:
    """Validate one JSON object and turn it into an ``Article``."""
    if not isinstance(obj, dict):
        raise ReadError(source, f"expected a JSON object with a 'text' field, got {type(obj).__name__}")
    text = obj.get("text")
    if not isinstance(text, str):
        raise ReadError(source, "missing the required 'text' field (a string)")
    if not text.strip():
        raise ReadError(source, "'text' is empty")
    check_article_length(text, source, max_chars)
    title = obj.get("title")
    url = obj.get("source_url") or obj.get("url")
    return Article(
        id=str(obj.get("id") or default_id),
        text=text,
        title=str(title) if title else None,
        published=to_iso_date(obj.get("published") or obj.get("date")),
        source_url=str(url) if url else None,
        source=source,
    )


def read_json(text: str, path: Path, max_chars: int) -> Iterator[Article | ReadError]:
    """The articles in a JSON document (one object, a list, or an object with an ``articles`` list), or one
    error per bad entry."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield ReadError(f"{path}:{exc.lineno}", f"malformed JSON ({exc.msg}, column {exc.colno})")
        return
    if isinstance(data, dict) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, list):
        for n, obj in enumerate(data, 1):
            try:
                yield article_from_object(obj, f"{path.stem}-{n}", f"{path}[{n}]", max_chars)
            except ReadError as err:
                yield err
    else:
        try:
            yield article_from_object(data, path.stem, str(path), max_chars)
        except ReadError as err:
            yield err


def read_jsonl(path: Path, max_chars: int) -> Iterator[Article | ReadError]:
    """Stream a JSON Lines file line by line (memory stays flat for big files)."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield ReadError(str(path), f"cannot read file ({exc.strerror or exc})")
        return
    with handle:
        for n, raw in enumerate(handle, 1):
            source = f"{path}:{n}"
            if not raw.strip():
                continue
            if len(raw) > max_chars * 4:
                yield ReadError(source, f"line is {len(raw):,} bytes, over the limit for one article")
                continue
            try:
                line = decode(raw, source)
                obj = json.loads(line)
            except ReadError as err:
                yield err
                continue
            except json.JSONDecodeError as exc:
                yield ReadError(source, f"malformed JSON ({exc.msg}, column {exc.colno})")
                continue
            try:
                yield article_from_object(obj, f"{path.stem}-{n}", source, max_chars)
            except ReadError as err:
                yield err
