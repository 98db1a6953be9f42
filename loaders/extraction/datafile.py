"""Reading the lexicon's YAML files strictly, so a slip in a data file is
an error with a file and line rather than a rule that silently does nothing.

Plain ``yaml.safe_load`` keeps the last of two equal keys, accepts any key
and any type, and reads a bare ``NO`` (Norway) as ``false``. Every data file
the extractor uses is read here instead: its expected shape is declared once
(``SCHEMAS`` in ``loaders.extraction.schemas``) and checked on the parsed
YAML nodes, which still know their line numbers. Rejected: a key repeated in
one mapping (at any depth), a key the shape does not name, a value of the
wrong type, a required key left out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from loaders.errors import LoaderError

_STR = "tag:yaml.org,2002:str"
_BOOL = "tag:yaml.org,2002:bool"
_NULL = "tag:yaml.org,2002:null"
_INT = "tag:yaml.org,2002:int"


class Shape:
    """What a value in a data file must look like."""

    def describe(self) -> str:
        """The shape in words, for error messages a researcher can act on."""
        raise NotImplementedError

    def check(self, node: Node, where: "_Where") -> None:
        """Raise ``LoaderError`` (file and line) if ``node`` does not have this shape."""
        raise NotImplementedError


@dataclass(frozen=True)
class Text(Shape):
    """A string. A bare word YAML reads as true/false/null is refused with a
    hint to quote it, since that is nearly always a country code such as NO."""

    nullable: bool = False

    def describe(self) -> str:
        """The shape in words, for error messages."""
        return "text"

    def check(self, node: Node, where: "_Where") -> None:
        """Refuse anything but a string, with a hint for words YAML reads as booleans."""
        if self.nullable and isinstance(node, ScalarNode) and node.tag == _NULL:
            return
        if isinstance(node, ScalarNode) and node.tag == _STR:
            return
        if isinstance(node, ScalarNode) and node.tag in (_BOOL, _NULL):
            where.fail(node, f"{node.value!r} is not text; quote it (\"NO\" for Norway)")
        where.fail(node, f"expected text, found {_kind(node)}")


@dataclass(frozen=True)
class Choice(Shape):
    """One of a fixed set of words: a misspelt value would otherwise be read
    and silently never match anything."""

    values: tuple[str, ...]

    def describe(self) -> str:
        """The shape in words, for error messages."""
        return "one of " + ", ".join(self.values)

    def check(self, node: Node, where: "_Where") -> None:
        """Refuse anything but one of the allowed words."""
        Text().check(node, where)
        if node.value not in self.values:
            where.fail(node, f"{node.value!r} is not {self.describe()}")


@dataclass(frozen=True)
class Flag(Shape):
    """true or false."""

    def describe(self) -> str:
        """The shape in words, for error messages."""
        return "true or false"

    def check(self, node: Node, where: "_Where") -> None:
        """Refuse anything but true/false, so "yes please" is not silently truthy."""
        if not (isinstance(node, ScalarNode) and node.tag == _BOOL):
            where.fail(node, f"expected true or false, found {_kind(node)}")


@dataclass(frozen=True)
class Count(Shape):
    """A whole number of at least ``least`` (a minimum number of words)."""

    least: int = 0

    def describe(self) -> str:
        """The shape in words, for error messages."""
        return f"a whole number of at least {self.least}"

    def check(self, node: Node, where: "_Where") -> None:
        """Refuse anything but a whole number at or above the least."""
        if not (isinstance(node, ScalarNode) and node.tag == _INT and int(node.value) >= self.least):
            where.fail(node, f"expected {self.describe()}, found {_kind(node) if node.tag != _INT else node.value}")


@dataclass(frozen=True)
class ListOf(Shape):
    """A list whose every item has one shape."""

    item: Shape

    def describe(self) -> str:
        """The shape in words, for error messages."""
        return f"a list of {self.item.describe()}"

    def check(self, node: Node, where: "_Where") -> None:
        """Refuse a non-list (a bare word where a list belongs), then check each item."""
        if not isinstance(node, SequenceNode):
            where.fail(node, f"expected {self.describe()}, found {_kind(node)}")
        for child in node.value:
            self.item.check(child, where)


@dataclass(frozen=True)
class MapOf(Shape):
    """A mapping with free (text) keys, e.g. issue id -> issue."""

    value: Shape
    key: Shape = Text()

    def describe(self) -> str:
        """The shape in words, for error messages."""
        return f"a mapping of text to {self.value.describe()}"

    def check(self, node: Node, where: "_Where") -> None:
        """Refuse a non-mapping, then check every key and value."""
        if not isinstance(node, MappingNode):
            where.fail(node, f"expected {self.describe()}, found {_kind(node)}")
        for key, value in node.value:
            self.key.check(key, where)
            self.value.check(value, where)


@dataclass(frozen=True)
class Fields(Shape):
    """A mapping with named keys: ``required`` must appear, ``optional`` may."""

    required: dict[str, Shape] = field(default_factory=dict)
    optional: dict[str, Shape] = field(default_factory=dict)

    def describe(self) -> str:
        """The shape in words, naming the keys a file may use."""
        return "a mapping with keys " + ", ".join([*self.required, *self.optional])

    def check(self, node: Node, where: "_Where") -> None:
        """Refuse an unknown key (a typo would otherwise be ignored) and a missing required one."""
        if not isinstance(node, MappingNode):
            if isinstance(node, ScalarNode) and node.tag == _NULL and not self.required:
                return  # "premier: {}" written as "premier:" is an empty entry
            where.fail(node, f"expected {self.describe()}, found {_kind(node)}")
        seen = set()
        for key, value in node.value:
            name = key.value if isinstance(key, ScalarNode) else None
            shape = self.required.get(name) or self.optional.get(name)
            if shape is None:
                known = ", ".join([*self.required, *self.optional])
                where.fail(key, f"unknown key {name!r} (known keys: {known})")
            shape.check(value, where)
            seen.add(name)
        missing = [k for k in self.required if k not in seen]
        if missing:
            where.fail(node, f"missing key {missing[0]!r}")


@dataclass(frozen=True)
class Either(Shape):
    """One of several shapes (the issue taxonomy's short form: id -> terms)."""

    options: tuple[Shape, ...]

    def describe(self) -> str:
        """The shape in words, for error messages."""
        return " or ".join(o.describe() for o in self.options)

    def check(self, node: Node, where: "_Where") -> None:
        """Accept the node if any option fits. Otherwise, where only one option is of the node's kind (a mapping
        for a mapping), its own error says what is wrong inside ("goods: expected true or false"); else say
        what was expected."""
        errors = []
        for option in self.options:
            try:
                option.check(node, where)
                return
            except LoaderError as error:
                errors.append((option, error))
        same_kind = [error for option, error in errors if _same_kind(option, node)]
        if len(same_kind) == 1:
            raise same_kind[0]
        where.fail(node, f"expected {self.describe()}, found {_kind(node)}")


@dataclass(frozen=True)
class _Where:
    path: str

    def fail(self, node: Node, reason: str):
        raise LoaderError(f"{self.path}:{node.start_mark.line + 1}", reason)


def _same_kind(shape: Shape, node: Node) -> bool:
    """Is ``shape`` a mapping's shape and ``node`` a mapping, or both lists?"""
    if isinstance(node, MappingNode):
        return isinstance(shape, (Fields, MapOf))
    return isinstance(node, SequenceNode) and isinstance(shape, ListOf)


def _kind(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    if node.tag == _NULL:
        return "nothing"
    return f"{node.value!r}"


def _no_repeated_keys(node: Node, where: _Where) -> None:
    """A key written twice in one mapping, at any depth: YAML would keep the
    last one, so whoever edits the first changes nothing."""
    stack = [node]
    while stack:
        current = stack.pop()
        if isinstance(current, MappingNode):
            first: dict[str, int] = {}
            for key, value in current.value:
                if isinstance(key, ScalarNode):
                    if key.value in first:
                        where.fail(key, f"key {key.value!r} repeated (first at line {first[key.value]}); "
                                        "YAML would keep only the last")
                    first[key.value] = key.start_mark.line + 1
                stack.append(value)
        elif isinstance(current, SequenceNode):
            stack.extend(current.value)


def read_data_file(path: Path | str, shape: Shape) -> dict:
    """The content of one lexicon file, checked against its declared shape.

    Raises ``LoaderError`` naming the file and line of the first problem, so a
    researcher extending a list sees at once what to fix."""
    path = Path(path)
    where = _Where(str(path))
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LoaderError(str(path), "data file not found") from None
    loader = yaml.SafeLoader(text)
    try:
        node = loader.get_single_node()
        if node is None:
            data = {}
        else:
            _no_repeated_keys(node, where)
            shape.check(node, where)
            data = loader.construct_document(node)
    except yaml.YAMLError as exc:
        raise LoaderError(str(path), f"not valid YAML ({exc})") from None
    finally:
        loader.dispose()
    return data or {}
