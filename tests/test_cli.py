"""The command lines as users run them: python -m loaders / python -m graph."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from conftest import ROOT, SAMPLES

from loaders.readers import iter_articles

# The samples folder grows with the project; the expected counts follow it.
SAMPLE_ARTICLES = sum(1 for _ in iter_articles([SAMPLES]))


def run(args, env=None, timeout=300):
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, env={**os.environ, **(env or {})},
                          capture_output=True, text=True, timeout=timeout)


def test_extract_json_prints_one_object_per_article_and_an_error_line_per_bad_file(tmp_path):
    (tmp_path / "a.txt").write_text("Trade Representative Nora Whitfield said tariffs would rise.", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x01\x02\x03 binary")
    (tmp_path / "c.txt").write_bytes(b"")
    (tmp_path / "d.txt").write_text('"We will not retreat," said Agriculture Secretary Mae Collins.', encoding="utf-8")
    result = run(["loaders", "extract", str(tmp_path / "*.txt"), "--json"])
    assert result.returncode == 1
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    ok = [line for line in lines if "id" in line]
    errors = [line for line in lines if "error" in line]
    assert [line["id"] for line in ok] == ["a", "d"]
    assert ok[0]["roles"][0]["title"] == "Trade Representative"
    assert ok[1]["quotes"][0]["speaker"] == "Mae Collins"
    assert {e["source"].rsplit("/", 1)[-1] for e in errors} == {"b.txt", "c.txt"}
    assert "b.txt: binary file" in result.stderr
    with_text = [json.loads(line) for line in run(["loaders", "extract", str(tmp_path / "a.txt"), "--json",
                                                    "--with-text"]).stdout.splitlines()]
    assert with_text[0]["text"].startswith("Trade Representative") and with_text[0]["source"].endswith("a.txt")
    assert {k: v for k, v in with_text[0].items() if k not in ("text", "source")} == ok[0]


def test_extract_human_readable(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text("Canada's Finance Minister Aurelie Gagnon announced the change.", encoding="utf-8")
    result = run(["loaders", "extract", str(path)])
    assert result.returncode == 0, result.stderr
    assert "Aurelie Gagnon: Finance Minister @ Department of Finance Canada" in result.stdout


def test_ingest_and_counts_from_the_command_line(empty_graph, test_env):
    first = run(["loaders", "ingest", str(SAMPLES), "--json", "--quiet"], env=test_env)
    assert first.returncode == 0, first.stderr
    report = json.loads(first.stdout)
    n = SAMPLE_ARTICLES
    assert (report["read"], report["written"], report["failed"]) == (n, n, 0)
    counts = json.loads(run(["graph", "counts", "--json"], env=test_env).stdout)
    assert all(n > 0 for n in counts["nodes"].values())
    # the Load page reads these progress lines (pages/load.py) for its progress bar
    again = run(["loaders", "ingest", str(SAMPLES), "--json", "--progress-every", "0"], env=test_env)
    from pages.common import INGEST_PROGRESS as _PROGRESS

    progress = [m.groups() for m in map(_PROGRESS.search, again.stderr.splitlines()) if m]
    assert len(progress) >= 2 and progress[-1] == ("0", str(n), "0")
    second = json.loads(again.stdout)
    assert (second["written"], second["skipped_existing"], second["nodes_created"]) == (0, n, 0)
    assert json.loads(run(["graph", "counts", "--json"], env=test_env).stdout) == counts


def test_ingest_without_a_server_says_how_to_start_it(tmp_path):
    env = {"NEO4J_URI": "", "TRADEGRAPH_HOME": str(tmp_path / "none"), "TRADEGRAPH_BOLT_PORT": "1",
           "TRADEGRAPH_ENV_FILE": str(tmp_path / ".env"), "NEO4J_PASSWORD": "x"}
    result = run(["loaders", "ingest", str(SAMPLES)], env=env)
    assert result.returncode == 2
    assert "python -m graph server start" in result.stderr
    assert "Traceback" not in result.stderr
