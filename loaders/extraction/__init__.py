"""Extraction of trade-actor facts from article text (see ``pipeline``)."""

from loaders.extraction.model import Extraction
from loaders.extraction.pipeline import Extractor

__all__ = ["Extraction", "Extractor"]
