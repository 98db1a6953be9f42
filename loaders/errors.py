"""The one error type the loaders promise to raise.

Readers and the extractor either return a result or raise ``LoaderError``
(or a subclass). Anything else escaping them is a bug. Each error names the
source it came from and a reason a person can act on, so a run over many files
can report one clear line per bad file and carry on with the rest.
"""

from __future__ import annotations


class LoaderError(Exception):
    """A file or article could not be read or extracted.

    ``source`` is the file (and line, for JSON Lines) the problem came from;
    ``reason`` says what is wrong in plain words.
    """

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason

    def to_json(self) -> dict:
        """The error line ``extract --json`` prints for this source."""
        return {"source": self.source, "error": self.reason}


class ReadError(LoaderError):
    """The file exists but its content cannot be turned into an article."""


class ExtractionError(LoaderError):
    """The article was read but extraction failed on it."""
