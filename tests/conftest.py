"""Shared fixtures: a real Neo4j for the tests, the real spaCy pipeline.

The tests never touch the developer's own graph. They use a dedicated local
server (its own folder under .tradegraph/test-neo4j, its own Bolt port, 7688 by
default, and its own HTTP port for Neo4j Browser: TRADEGRAPH_TEST_HTTP_PORT, or
the one it already runs with, or a free one), started through graph.server the same way users start theirs, or
the server named by TRADEGRAPH_TEST_NEO4J_URI (with TRADEGRAPH_TEST_NEO4J_USER
and TRADEGRAPH_TEST_NEO4J_PASSWORD). A server the fixture started is stopped
at the end of the session. Under pytest-xdist each worker after the first has
a server of its own (.tradegraph/test-neo4j-gwN, the Bolt port 20 higher per
worker).
"""

from __future__ import annotations

import importlib.util
import os
import secrets
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
sys.path.insert(0, str(ROOT))

from graph.queries import GraphReader  # noqa: E402
from graph.settings import load_settings, read_env_file, write_env_value  # noqa: E402

# pytest-xdist runs the suite in several worker processes (``make test`` uses two): each worker has its own test
# server, in its own folder and on its own Bolt port, so that no worker resets the graph another one reads
WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")
WORKER_NUMBER = int(WORKER[2:]) if WORKER.startswith("gw") and WORKER[2:].isdigit() else 0
TEST_HOME = ROOT / ".tradegraph" / ("test-neo4j" if WORKER_NUMBER == 0 else f"test-neo4j-{WORKER}")


def _test_environment() -> dict[str, str]:
    """Environment variables that point every command at the test server."""
    uri = os.environ.get("TRADEGRAPH_TEST_NEO4J_URI")
    if uri:
        return {
            "NEO4J_URI": uri,
            "NEO4J_USER": os.environ.get("TRADEGRAPH_TEST_NEO4J_USER", "neo4j"),
            "NEO4J_PASSWORD": os.environ.get("TRADEGRAPH_TEST_NEO4J_PASSWORD", ""),
        }
    env_file = TEST_HOME / ".env"
    password = read_env_file(env_file).get("NEO4J_PASSWORD")
    if not password:
        password = secrets.token_urlsafe(18)
        write_env_value(env_file, "NEO4J_PASSWORD", password)
    return {
        "TRADEGRAPH_HOME": str(TEST_HOME),
        "TRADEGRAPH_BOLT_PORT": str(int(os.environ.get("TRADEGRAPH_TEST_BOLT_PORT", "7688")) + 20 * WORKER_NUMBER),
        "TRADEGRAPH_HTTP_PORT": os.environ.get("TRADEGRAPH_TEST_HTTP_PORT") or _test_http_port(),
        "TRADEGRAPH_ENV_FILE": str(env_file),
        "TRADEGRAPH_HEAP": "768m",
        "TRADEGRAPH_PAGECACHE": "256m",
        "NEO4J_PASSWORD": password,
    }


def _test_http_port() -> str:
    """The HTTP port the test server already runs with, else a free one (never
    7474, so parallel runs and the user's own server do not collide)."""
    import socket

    from graph.server import REGISTRY, running_graphs

    if REGISTRY.exists():
        for graph in running_graphs():
            if Path(graph["home"]) == TEST_HOME.resolve() and graph.get("http_port"):
                return str(graph["http_port"])
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return str(sock.getsockname()[1])


@pytest.fixture(scope="session")
def test_env(tmp_path_factory) -> dict[str, str]:
    env = _test_environment()
    # identity decisions of this session only (they survive resets by design)
    env["TRADEGRAPH_DECISIONS"] = str(tmp_path_factory.mktemp("identity") / "identity-decisions.jsonl")
    saved = {k: os.environ.get(k) for k in ("NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "TRADEGRAPH_HOME",
                                           "TRADEGRAPH_BOLT_PORT", "TRADEGRAPH_HTTP_PORT", "TRADEGRAPH_DATA_DIR", "TRADEGRAPH_ENV_FILE", "TRADEGRAPH_HEAP",
                                           "TRADEGRAPH_PAGECACHE", "TRADEGRAPH_DECISIONS")}
    for key in saved:
        os.environ.pop(key, None)
    os.environ.update(env)
    yield env
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(scope="session")
def settings(test_env):
    return load_settings()


@pytest.fixture(scope="session")
def server(settings):
    """The running test server (started here if it is not up yet)."""
    from graph.server import LocalServer

    if not settings.local:
        yield None
        return
    local = LocalServer(settings, progress=lambda message: print(message, file=sys.stderr))
    started_here = local.pid() is None
    local.start(timeout=240)
    yield local
    if started_here and not os.environ.get("TRADEGRAPH_KEEP_TEST_SERVER"):
        local.stop()


@pytest.fixture(scope="session")
def driver(server, settings):
    from graph.connection import open_driver
    from graph.schema import ensure_schema

    drv = open_driver(settings)
    ensure_schema(drv, settings.database)
    yield drv
    drv.close()


@pytest.fixture(scope="session")
def extractor():
    from loaders.extraction import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def lexicon(extractor):
    return extractor.lexicon


def reset(driver, database=None) -> None:
    from graph.cli import reset_graph

    reset_graph(driver, database)


def ingest_paths(driver, extractor, paths, database=None, identity=True, **kwargs):
    from graph.writer import GraphWriter
    from loaders.ingest import IngestOptions, ingest

    return ingest(paths, GraphWriter(driver, database, identity=identity), IngestOptions(extractor=extractor, **kwargs))


@pytest.fixture
def empty_graph(driver, settings):
    reset(driver, settings.database)
    return driver


@pytest.fixture(scope="module")
def sample_graph(driver, settings, extractor):
    """The graph holding exactly the sample corpus (loaded once per module)."""
    reset(driver, settings.database)
    report = ingest_paths(driver, extractor, [SAMPLES], settings.database)
    assert report.failed == 0, report.errors
    return driver


@pytest.fixture(scope="module")
def reader(sample_graph, settings):
    """The explorer's reader over the sample graph."""
    return GraphReader(sample_graph, settings.database)


#: Whether this checkout's extractor finds events (loaders/extraction/events.py). The graph side of events is
#: tested with extractions built in the tests; the tests that need events read from samples/ wait for it.
EVENT_EXTRACTOR = importlib.util.find_spec("loaders.extraction.events") is not None
needs_event_extractor = pytest.mark.skipif(not EVENT_EXTRACTOR, reason="the extractor does not find events yet")


def counts(driver) -> tuple[int, int]:
    # the (:Meta) bookkeeping nodes (graph.version) are not part of the trade graph
    records, _, _ = driver.execute_query("MATCH (n) WHERE NOT n:Meta RETURN count(n) AS n")
    nodes = records[0]["n"]
    records, _, _ = driver.execute_query("MATCH ()-[r]->() RETURN count(r) AS n")
    return nodes, records[0]["n"]

