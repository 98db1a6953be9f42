"""Extraction of trade-actor facts from article text (see ``pipeline``).

``Extractor`` is imported on first use: the pipeline loads spaCy (about five
seconds), and the explorer imports this package only for the lexicon and the
data model, through ``graph.facts``. Importing spaCy eagerly here made the
explorer's first page take five seconds to appear.
"""

from loaders.extraction.model import Extraction

__all__ = ["Extraction", "Extractor"]


def __getattr__(name: str):
    if name == "Extractor":
        from loaders.extraction.pipeline import Extractor

        return Extractor
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
