"""Two graphs side by side: TRADEGRAPH_DATA_DIR and TRADEGRAPH_BOLT_PORT are
enough to run a second local server next to another, and ``server status``
lists every graph this checkout runs. Two real servers, started and stopped
with the command line as a user would."""

from __future__ import annotations

import os
import random
import re
import socket
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor

import pytest

from conftest import ROOT

HTTP_OFFSET = 7687 - 7474  # the HTTP port defaults to the Bolt port minus this


def ephemeral_ports() -> range:
    """The ports the system hands out to outgoing connections (Linux's ``ip_local_port_range``; the usual default
    where it cannot be read)."""
    try:
        low, high = (int(x) for x in open("/proc/sys/net/ipv4/ip_local_port_range").read().split())
    except (OSError, ValueError):
        low, high = 32768, 60999
    return range(low, high + 1)


def free_bolt_port(taken: set[int]) -> int:
    """A free port whose default HTTP companion is free as well, both below the range the system hands out to
    outgoing connections: a port picked there may be taken by another test's client between the check and the
    server's start (the HTTP connector of the second graph once failed so)."""
    ephemeral = ephemeral_ports()
    rng = random.Random()
    for _ in range(200):
        port = rng.randrange(20000 + HTTP_OFFSET, min(ephemeral.start, 32768))
        if port in taken or port - HTTP_OFFSET in taken or port in ephemeral or port - HTTP_OFFSET in ephemeral:
            continue
        try:
            for candidate in (port, port - HTTP_OFFSET):
                with socket.socket() as sock:
                    sock.bind(("127.0.0.1", candidate))
        except OSError:
            continue
        return port
    pytest.skip("no free pair of ports")


def test_the_ports_picked_for_two_graphs_are_outside_the_ephemeral_range():
    ephemeral = ephemeral_ports()
    first = free_bolt_port(set())
    second = free_bolt_port({first, first - HTTP_OFFSET})
    assert len({first, first - HTTP_OFFSET, second, second - HTTP_OFFSET}) == 4
    assert not {first, first - HTTP_OFFSET, second, second - HTTP_OFFSET} & set(ephemeral)


def graph_cli(*args, env, timeout=400):
    full = {k: v for k, v in os.environ.items() if k not in ("TRADEGRAPH_HOME", "TRADEGRAPH_HTTP_PORT",
                                                             "TRADEGRAPH_DATA_DIR", "TRADEGRAPH_BOLT_PORT",
                                                             "NEO4J_URI")}
    return subprocess.run([sys.executable, "-m", "graph", *args], cwd=ROOT, env={**full, **env},
                          capture_output=True, text=True, timeout=timeout)


def test_two_graphs_side_by_side_and_status_lists_them(test_env, tmp_path):
    if "NEO4J_URI" in test_env:
        pytest.skip("tests run against an external server")
    first = free_bolt_port(set())
    second = free_bolt_port({first, first - HTTP_OFFSET})
    common = {"TRADEGRAPH_ENV_FILE": test_env["TRADEGRAPH_ENV_FILE"], "NEO4J_PASSWORD": test_env["NEO4J_PASSWORD"],
              "TRADEGRAPH_HEAP": "256m", "TRADEGRAPH_PAGECACHE": "32m"}
    envs = [{**common, "TRADEGRAPH_DATA_DIR": str(tmp_path / name), "TRADEGRAPH_BOLT_PORT": str(port)}
            for name, port in (("graph-a", first), ("graph-b", second))]
    try:
        with ThreadPoolExecutor(2) as pool:
            started = list(pool.map(lambda env: graph_cli("server", "start", env=env), envs))
        for result in started:
            assert result.returncode == 0, result.stderr
        status = graph_cli("server", "status", env=envs[0], timeout=120)
        assert status.returncode == 0, status.stderr
        rows = {}
        for line in status.stdout.splitlines():
            match = re.match(r"\s+(\*?)\s+(\d+)\s+(\d+|off)\s+(\d+)\s+(yes|no)\s+(\S.*)$", line)
            if match:
                rows[int(match.group(2))] = match.groups()
        for env, port in zip(envs, (first, second)):
            mine, _, http, pid, answers, data = rows[port]
            assert (http, answers, data) == (str(port - HTTP_OFFSET), "yes", env["TRADEGRAPH_DATA_DIR"])
            assert int(pid) > 0
        assert rows[first][0] == "*" and rows[second][0] == ""
        # each keeps its own data: its configuration, logs and pid file live with it
        for env in envs:
            assert (tmp_path / env["TRADEGRAPH_DATA_DIR"] / "server" / "run" / "tradegraph-neo4j.pid").exists()
    finally:
        stopped = [graph_cli("server", "stop", env=env, timeout=120) for env in envs]
    assert all("Neo4j stopped." in result.stdout for result in stopped), [r.stdout + r.stderr for r in stopped]
    after = graph_cli("server", "status", env=envs[0], timeout=120)
    assert str(tmp_path) not in after.stdout


def test_a_data_folder_brings_its_own_home_and_http_port(tmp_path):
    from graph.settings import ROOT as SETTINGS_ROOT, load_settings

    env_file = str(tmp_path / ".env")
    default = load_settings({"TRADEGRAPH_ENV_FILE": env_file})
    assert (default.bolt_port, default.http_port) == (7687, 7474)
    assert default.home == SETTINGS_ROOT / ".tradegraph" / "neo4j"
    second = load_settings({"TRADEGRAPH_ENV_FILE": env_file, "TRADEGRAPH_DATA_DIR": str(tmp_path / "steel"),
                            "TRADEGRAPH_BOLT_PORT": "7690"})
    assert second.home == tmp_path / "steel" / "server" and second.data_dir == tmp_path / "steel"
    assert second.http_port == 7477
    # naming the default data folder is the default graph, not a second one
    same = load_settings({"TRADEGRAPH_ENV_FILE": env_file, "TRADEGRAPH_DATA_DIR": str(default.data_dir)})
    assert same.home == default.home
    assert load_settings({"TRADEGRAPH_ENV_FILE": env_file, "TRADEGRAPH_HTTP_PORT": "off"}).http_port is None
    with pytest.raises(ValueError, match="TRADEGRAPH_HTTP_PORT"):
        load_settings({"TRADEGRAPH_ENV_FILE": env_file, "TRADEGRAPH_HTTP_PORT": "browser"})
