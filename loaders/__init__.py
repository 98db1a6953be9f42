"""Reading trade news articles and extracting their actors, roles, issues and quotes.

Subpackages: ``readers`` (files to articles), ``extraction`` (articles to
facts); modules: ``ingest`` (facts into the graph), ``cli`` (``python -m loaders``).
"""
