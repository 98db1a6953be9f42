"""Load articles: upload files, preview what would be extracted, write them.

Uploads go through the same readers and extractor as the command line. The
number and size of files are capped; every bad file gets a clear message and
the others still load.
"""

from __future__ import annotations

import re
import tempfile
from pathlib import Path

import streamlit as st

from graph import queries as Q
from graph.access import LOAD
from graph.limits import UPLOAD_MAX_FILE_MB as MAX_FILE_MB, UPLOAD_MAX_FILES as MAX_FILES
from graph.writer import GraphWriter
from loaders.errors import LoaderError
from loaders.readers import iter_articles
from pages.auth import audited, require_page
from pages.common import guarded, highlighted

TYPES = ["txt", "md", "markdown", "json", "jsonl", "ndjson", "html", "htm", "rss", "atom", "xml"]


@st.cache_resource(show_spinner="Loading the language model...")
def extractor():
    from loaders.extraction import Extractor

    return Extractor()


def safe_name(name: str) -> str:
    base = Path(name).name or "upload.txt"
    return re.sub(r"[^\w.\-]", "_", base)[:120]


def read_uploads(files) -> tuple[list, list[str]]:
    """Articles in the uploaded files, and one message per file refused."""
    problems: list[str] = []
    if len(files) > MAX_FILES:
        problems.append(f"{len(files)} files uploaded; at most {MAX_FILES} at a time. Only the first {MAX_FILES} "
                        "are read.")
        files = files[:MAX_FILES]
    articles = []
    with tempfile.TemporaryDirectory(prefix="tradegraph-upload-") as tmp:
        paths = []
        for n, upload in enumerate(files):
            size = upload.size
            if size > MAX_FILE_MB * 1024 * 1024:
                problems.append(f"{upload.name}: {size / 1048576:.1f} MB is over the {MAX_FILE_MB} MB limit per file.")
                continue
            path = Path(tmp) / f"{n:02d}-{safe_name(upload.name)}"
            path.write_bytes(upload.getvalue())
            paths.append(path)
        for item in iter_articles(paths):
            if isinstance(item, LoaderError):
                problems.append(f"{Path(item.source).name[3:]}: {item.reason}")
            else:
                articles.append(item)
    return articles, problems


def page(graph: Q.GraphReader) -> None:
    st.title("Load articles")
    st.caption(f"Text, Markdown, JSON, JSON Lines, HTML or RSS/Atom files; up to {MAX_FILES} files of "
               f"{MAX_FILE_MB} MB each. Large collections load faster with `python -m loaders ingest`.")
    files = st.file_uploader("Article files", type=TYPES, accept_multiple_files=True, key="uploads")
    if not files:
        return
    articles, problems = read_uploads(files)
    for problem in problems:
        st.error(problem)
    if not articles:
        return
    ex = extractor()
    results = []
    for article in articles:
        try:
            results.append((article, ex.extract(article)))
        except Exception as exc:  # a bad article is reported, the others still preview
            st.error(f"{article.id}: extraction failed ({type(exc).__name__}: {exc})")
    st.subheader(f"Preview: {len(results)} article(s)")
    for article, result in results:
        with st.expander(f"{article.title or article.id} \u2014 {len(result.persons)} people, "
                         f"{len(result.organizations)} organizations, {len(result.roles)} roles, "
                         f"{len(result.quotes)} quotes", expanded=len(results) == 1):
            c1, c2 = st.columns([3, 2])
            with c1:
                st.markdown(highlighted(article.text, result.mentions), unsafe_allow_html=True)
            with c2:
                if result.roles:
                    st.markdown("**Roles**")
                    for role in result.roles:
                        state = "" if role.current else " (former)"
                        at = f" @ {role.organization}" if role.organization else ""
                        st.text(f"{role.person}: {role.title}{state}{at}")
                if result.issues:
                    st.markdown("**Issues:** " + ", ".join(i.label for i in result.issues))
                if result.quotes:
                    st.markdown("**Quotes**")
                    for quote in result.quotes:
                        st.text(f"{quote.speaker}: \u201c{quote.text}\u201d")
    if st.button(f"Write {len(results)} article(s) to the graph", type="primary", key="write_uploads"):
        write(graph, [a for a, _ in results], ex)


def write(graph: Q.GraphReader, articles: list, ex) -> None:
    """Write the articles; refused server side unless this session may load."""
    with audited(LOAD, "load articles", articles=[a.id for a in articles]) as done:
        total = _write(graph, articles, ex)
        done.update(written=total.written, failed=total.failed, nodes_created=total.nodes_created,
                    relationships_created=total.relationships_created)


def _write(graph: Q.GraphReader, articles: list, ex):
    from loaders.ingest import IngestReport, ingest

    bar = st.progress(0.0, text="Writing...")
    total = IngestReport()
    writer = GraphWriter(graph.driver, graph.database)
    for start in range(0, len(articles), 5):
        chunk = articles[start:start + 5]
        report = ingest(None, writer, ex.lexicon, articles=chunk, extractor=ex)
        for field in ("read", "written", "skipped_existing", "skipped_duplicate", "failed", "nodes_created",
                      "relationships_created"):
            setattr(total, field, getattr(total, field) + getattr(report, field))
        total.errors += report.errors
        done = min(start + 5, len(articles))
        bar.progress(done / len(articles), text=f"Written {done} of {len(articles)}")
    bar.progress(1.0, text="Done")
    st.success(f"{total.written} written, {total.skipped_existing} already in the graph, {total.failed} failed; "
               f"{total.nodes_created} nodes and {total.relationships_created} relationships created.")
    for error in total.errors:
        st.error(f"{error.source}: {error.reason}")
    return total


require_page(LOAD)
guarded(page)
