"""The local Neo4j the project starts by itself: loopback only, authenticated,
restart-safe, and clear about a port that is taken."""

from __future__ import annotations

import os
import socket
import stat
import subprocess
import sys
from dataclasses import replace

import pytest

from conftest import ROOT
from graph.server import LocalServer, ServerError


def non_loopback_addresses() -> list[str]:
    try:
        output = subprocess.run(["ip", "-4", "-o", "addr", "show"], capture_output=True, text=True).stdout
    except FileNotFoundError:
        output = ""
    addresses = [line.split()[3].split("/")[0] for line in output.splitlines() if " inet " in line]
    if not addresses:
        try:
            addresses = socket.gethostbyname_ex(socket.gethostname())[2]
        except OSError:
            addresses = []
    return [a for a in addresses if not a.startswith("127.")]


def assert_closed_on_other_addresses(port: int, what: str) -> None:
    """Nothing answers on ``port`` at this machine's non-loopback addresses."""
    addresses = non_loopback_addresses()
    if not addresses:
        pytest.skip("this machine has no non-loopback IPv4 address")
    for address in addresses:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.settimeout(2)
            assert sock.connect_ex((address, port)) != 0, f"{what} answered on {address}"


def test_status_reports_the_uri_and_that_it_is_up(server, settings):
    if server is None:
        pytest.skip("tests run against an external server")
    state = server.status()
    assert state["bolt"] and state["running"]
    assert state["uri"] == f"bolt://127.0.0.1:{settings.bolt_port}"


def test_starting_twice_is_harmless(server):
    if server is None:
        pytest.skip("tests run against an external server")
    pid = server.pid()
    server.start(timeout=30)
    assert server.pid() == pid


def test_bolt_is_not_reachable_on_other_addresses(server, settings):
    if server is None:
        pytest.skip("tests run against an external server")
    assert_closed_on_other_addresses(settings.bolt_port, "Bolt")
    conf = (settings.home / "conf" / "neo4j.conf").read_text()
    assert "server.bolt.listen_address=127.0.0.1:" in conf
    assert "server.http.enabled=false" in conf or "server.http.listen_address=127.0.0.1:" in conf
    assert "dbms.security.auth_enabled=true" in conf


def test_authentication_is_on(server, settings):
    from neo4j import GraphDatabase
    from neo4j.exceptions import AuthError

    with GraphDatabase.driver(settings.uri, auth=(settings.user, "not-the-password")) as driver:
        with pytest.raises(AuthError):
            driver.verify_connectivity()


def test_a_port_in_use_gives_a_clear_error(settings, tmp_path):
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as blocker:
        blocker.bind(("127.0.0.1", 0))
        blocker.listen(1)
        port = blocker.getsockname()[1]
        other = replace(settings, home=tmp_path / "home", data_dir=tmp_path / "home" / "data", bolt_port=port,
                        uri=f"bolt://127.0.0.1:{port}", local=True)
        with pytest.raises(ServerError, match=f"port {port} .* already in use"):
            LocalServer(other, progress=lambda m: None).start(timeout=5)


def test_generated_password_is_private_and_never_printed(server, settings, test_env):
    if server is None:
        pytest.skip("tests run against an external server")
    mode = stat.S_IMODE(os.stat(settings.env_file).st_mode)
    assert mode == 0o600
    env = {**os.environ, **test_env}
    result = subprocess.run([sys.executable, "-m", "graph", "server", "status"], cwd=ROOT, env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0, result.stderr
    assert "up" in result.stdout
    assert settings.password not in result.stdout + result.stderr
    logs = "".join(p.read_text(errors="replace") for p in (settings.home / "logs").glob("*.log"))
    assert settings.password not in logs


def test_data_survives_a_restart(server, driver, settings):
    if server is None:
        pytest.skip("tests run against an external server")
    driver.execute_query("MERGE (:Country {id: 'country:zz', code: 'ZZ', name: 'Restartland'})")
    assert server.stop()
    assert not server.status()["running"]
    server.start(timeout=240)
    records, _, _ = driver.execute_query("MATCH (c:Country {id: 'country:zz'}) RETURN c.name AS name")
    assert records[0]["name"] == "Restartland"
    driver.execute_query("MATCH (c:Country {id: 'country:zz'}) DETACH DELETE c")
