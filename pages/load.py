"""Load articles: upload files, preview what would be extracted, write them.

Uploads go through the command line itself (``python -m loaders extract
--json --with-text`` for the preview, ``python -m loaders ingest --json`` to
write), in a subprocess: the explorer imports ``graph`` only, and spaCy never
loads in the Streamlit process. The number and size of files are capped;
every bad file gets a clear message and the others still load.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import streamlit as st

from graph import queries as Q
from graph.access import LOAD
from graph.limits import UPLOAD_MAX_FILE_MB as MAX_FILE_MB, UPLOAD_MAX_FILES as MAX_FILES
from pages.auth import audited, require_page
from pages.common import INGEST_PROGRESS, guarded, highlighted

TYPES = ["txt", "md", "markdown", "json", "jsonl", "ndjson", "html", "htm", "rss", "atom", "xml"]
ROOT = Path(__file__).resolve().parent.parent


@dataclass
class Upload:
    """The uploaded files saved for the loaders, and one message per file refused."""

    folder: str
    names: dict[str, str] = field(default_factory=dict)  # saved file name -> uploaded name
    problems: list[str] = field(default_factory=list)

    def paths(self) -> list[str]:
        """The saved files, in upload order."""
        return [str(Path(self.folder) / name) for name in self.names]

    def source_name(self, source: str) -> str:
        """The uploaded file's name for a source the loaders report (a saved path, maybe with ``:line``,
        ``#item`` or ``[entry]`` after it)."""
        base = Path(source).name
        for saved, uploaded in self.names.items():
            if base == saved or (base.startswith(saved) and base[len(saved)] in ":#["):
                return uploaded + base[len(saved):]
        return base


def loaders_command(*args: str) -> list[str]:
    """``python -m loaders ...`` with this interpreter: the loaders (and spaCy)
    run in their own process, never in the explorer's."""
    return [sys.executable, "-m", "loaders", *args]


def safe_name(name: str) -> str:
    """An uploaded file's name made safe to save: no folders, only word characters, dots and hyphens."""
    base = Path(name).name or "upload.txt"
    return re.sub(r"[^\w.\-]", "_", base)[:120]


def save_uploads(files, folder: str) -> Upload:
    """Save the uploads to ``folder`` under safe names, refusing too many
    files and files over the size limit with a message each."""
    upload = Upload(folder)
    if len(files) > MAX_FILES:
        upload.problems.append(f"{len(files)} files uploaded; at most {MAX_FILES} at a time. Only the first "
                               f"{MAX_FILES} are read.")
        files = files[:MAX_FILES]
    for n, item in enumerate(files):
        size = item.size
        if size > MAX_FILE_MB * 1024 * 1024:
            upload.problems.append(f"{item.name}: {size / 1048576:.1f} MB is over the {MAX_FILE_MB} MB limit per file.")
            continue
        saved = f"{n:02d}-{safe_name(item.name)}"
        (Path(folder) / saved).write_bytes(item.getvalue())
        upload.names[saved] = item.name
    return upload


@st.cache_data(show_spinner="Extracting (loading the language model)...", max_entries=8)
def extract(_folder: str, contents: tuple[tuple[str, str, bytes], ...]) -> tuple[list[dict], list[dict], str]:
    """``python -m loaders extract --json --with-text`` on the saved uploads:
    the extraction of every article (with its text, for highlighting) and the
    errors, by source. Cached by the files' names and contents, so that the
    page's reruns (the Write button) do not extract again; ``_folder``, where
    they are saved for this run, is left out of the cache key."""
    paths = [str(Path(_folder) / saved) for saved, _, _ in contents]
    proc = subprocess.run(loaders_command("extract", *paths, "--json", "--with-text", "--quiet"), cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", env=os.environ.copy())
    results, errors = [], []
    for line in proc.stdout.splitlines():
        row = json.loads(line)
        (errors if "error" in row and "persons" not in row else results).append(row)
    failure = "" if proc.returncode in (0, 1) else (proc.stderr.strip().splitlines() or ["no output"])[-1]
    return results, errors, failure


def page(graph: Q.GraphReader) -> None:
    """Upload, preview with highlighted mentions, then write on request."""
    st.title("Load articles")
    st.caption(f"Text, Markdown, JSON, JSON Lines, HTML or RSS/Atom files; up to {MAX_FILES} files of "
               f"{MAX_FILE_MB} MB each. Large collections load faster with `python -m loaders ingest`.")
    files = st.file_uploader("Article files", type=TYPES, accept_multiple_files=True, key="uploads")
    if not files:
        return
    with tempfile.TemporaryDirectory(prefix="tradegraph-upload-") as folder:
        upload = save_uploads(files, folder)
        for problem in upload.problems:
            st.error(problem)
        if not upload.names:
            return
        contents = tuple((saved, name, (Path(folder) / saved).read_bytes()) for saved, name in upload.names.items())
        results, errors, failure = extract(folder, contents)
        if failure:
            st.error(f"Extraction failed: {failure}")
        for error in errors:
            st.error(f"{upload.source_name(error['source'])}: {error['error']}")
        if not results:
            return
        preview(results)
        if st.button(f"Write {len(results)} article(s) to the graph", type="primary", key="write_uploads"):
            write(upload, results, errors)


def preview(results: list[dict]) -> None:
    """Each article's text with its mentions marked, beside its roles, issues and quotes."""
    st.subheader(f"Preview: {len(results)} article(s)")
    for result in results:
        with st.expander(f"{result['title'] or result['id']} \u2014 {len(result['persons'])} people, "
                         f"{len(result['organizations'])} organizations, {len(result['roles'])} roles, "
                         f"{len(result['quotes'])} quotes", expanded=len(results) == 1):
            c1, c2 = st.columns([3, 2])
            with c1:
                spans = [(m["start"], m["end"], m["label"]) for m in result["mentions"]]
                st.markdown(highlighted(result["text"], spans), unsafe_allow_html=True)
            with c2:
                if result["roles"]:
                    st.markdown("**Roles**")
                    for role in result["roles"]:
                        state = "" if role["current"] else " (former)"
                        at = f" @ {role['organization']}" if role["organization"] else ""
                        st.text(f"{role['person']}: {role['title']}{state}{at}")
                if result["issues"]:
                    st.markdown("**Issues:** " + ", ".join(i["label"] for i in result["issues"]))
                if result["quotes"]:
                    st.markdown("**Quotes**")
                    for quote in result["quotes"]:
                        st.text(f"{quote['speaker']}: \u201c{quote['text']}\u201d")


def write(upload: Upload, results: list[dict], shown: list[dict]) -> None:
    """Write the uploads that held articles; refused server side unless this session may load."""
    with audited(LOAD, "load articles", articles=list(upload.names.values())) as done:
        report = _write(upload, results, shown)
        if report:
            done.update(written=report["written"], failed=report["failed"], nodes_created=report["nodes_created"],
                        relationships_created=report["relationships_created"])


def _write(upload: Upload, results: list[dict], shown: list[dict]) -> dict | None:
    """``python -m loaders ingest --json`` on the uploaded files that held
    articles, its progress lines driving the progress bar; the summary and
    each error not already shown with the preview after it."""
    bar = st.progress(0.0, text="Writing...")
    total = len(results)
    held = {Path(source_file(r["source"])).name for r in results}  # the preview may be from an earlier run's folder
    files = [path for path in upload.paths() if Path(path).name in held]
    proc = subprocess.Popen(loaders_command("ingest", *files, "--json", "--batch-size", "1",
                                            "--progress-every", "0"),
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, encoding="utf-8",
                            env=os.environ.copy())
    messages = []
    for line in proc.stderr:
        match = INGEST_PROGRESS.search(line)
        if match:
            done = sum(int(n) for n in match.groups())
            bar.progress(min(done / max(total, 1), 1.0), text=f"Written {match.group(1)}, {done} of {total} done")
        elif line.strip():
            messages.append(line.strip())
    out = proc.stdout.read()
    proc.wait()
    bar.progress(1.0, text="Done")
    try:
        report = json.loads(out.strip().splitlines()[-1])
    except (IndexError, ValueError):
        st.error("Writing failed: " + (messages[-1] if messages else f"exit status {proc.returncode}"))
        return None
    seen = {(Path(e["source"]).name, e["error"]) for e in shown}
    new = [e for e in report["errors"] if (Path(e["source"]).name, e["error"]) not in seen]
    st.success(f"{report['written']} written, {report['skipped_existing']} already in the graph, "
               f"{len(new)} failed; {report['nodes_created']} nodes and "
               f"{report['relationships_created']} relationships created.")
    for error in new:
        st.error(f"{upload.source_name(error['source'])}: {error['error']}")
    return report


def source_file(source: str) -> str:
    """The file of an article's source (``path``, ``path:line``, ``path#item`` or ``path[entry]``; saved
    names never hold these characters)."""
    return re.sub(r"(:\d+|#\d+|\[\d+\])$", "", source)


require_page(LOAD)
guarded(page)
