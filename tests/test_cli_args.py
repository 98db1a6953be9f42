"""Options anywhere among the paths, for every subcommand of both command lines."""

from __future__ import annotations

import json

import pytest

from graph.cli import build_parser as graph_parser
from loaders.cli import build_parser as loaders_parser
from test_cli import run


@pytest.mark.parametrize("argv, expected", [
    (["ingest", "a.jsonl", "--workers", "2", "b.jsonl"], {"paths": ["a.jsonl", "b.jsonl"], "workers": 2}),
    (["ingest", "--json", "a", "--batch-size", "7", "b", "--quiet", "c"],
     {"paths": ["a", "b", "c"], "json": True, "batch_size": 7, "quiet": True}),
    (["extract", "a", "--json", "b", "--max-chars", "10"], {"paths": ["a", "b"], "json": True, "max_chars": 10}),
])
def test_loaders_accept_options_between_paths(argv, expected):
    args = loaders_parser().parse_args(argv)
    assert args.command == argv[0]
    assert {key: getattr(args, key) for key in expected} == expected


@pytest.mark.parametrize("argv, expected", [
    (["server", "--timeout", "5", "start"], {"action": "start", "timeout": 5.0}),
    (["server", "status"], {"action": "status"}),
    (["counts", "--json"], {"json": True}),
    (["schema"], {}),
    (["reset", "--yes"], {"yes": True}),
    (["query", "--limit", "3", "MATCH (n) RETURN n", "-p", "a=1"],
     {"cypher": "MATCH (n) RETURN n", "limit": 3, "param": ["a=1"]}),
    (["export", "--out", "x.graphml", "--format", "graphml"], {"out": "x.graphml", "format": "graphml"}),
    (["analytics", "--top", "3", "--labels", "Person", "Issue", "--write"],
     {"top": 3, "labels": ["Person", "Issue"], "write": True}),
])
def test_graph_subcommands_accept_options_anywhere(argv, expected):
    args = graph_parser().parse_args(argv)
    assert args.command == argv[0]
    assert {key: getattr(args, key) for key in expected} == expected


def test_mistakes_still_get_argparse_errors(capsys):
    with pytest.raises(SystemExit):
        loaders_parser().parse_args(["ingest", "a", "--no-such-option"])
    assert "unrecognized arguments: --no-such-option" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        graph_parser().parse_args(["nonsense"])
    assert "invalid choice" in capsys.readouterr().err


def test_extract_from_the_command_line_with_an_option_between_paths(tmp_path):
    (tmp_path / "a.txt").write_text("Trade Representative Nora Whitfield said tariffs would rise.", encoding="utf-8")
    (tmp_path / "b.txt").write_text('"We will not retreat," said Agriculture Secretary Mae Collins.', encoding="utf-8")
    result = run(["loaders", "extract", str(tmp_path / "a.txt"), "--json", str(tmp_path / "b.txt")])
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["a", "b"]
