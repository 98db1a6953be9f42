"""The project's own Neo4j Community server, started when no other is configured.

No Neo4j tarball is published on Maven Central, so the server is assembled
from the jars: Maven resolves ``org.neo4j:neo4j`` (pinned to a 5.26 LTS patch,
the last line that runs on Java 17) and its runtime dependencies into a cache
folder, and the real server entry point ``org.neo4j.server.CommunityEntryPoint``
runs with a generated ``neo4j.conf``.

The server listens on 127.0.0.1 only (Bolt; HTTP off), keeps its data in a
folder that survives restarts, and has authentication on. Its password comes
from ``NEO4J_PASSWORD`` or is generated on first start and stored in `.env`
(mode 0600); it is set with Neo4j's own ``set-initial-password`` before the
first start and is never printed.
"""

from __future__ import annotations

import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from graph.settings import Settings, load_settings, write_env_value

JVM_FLAGS = [
    "-XX:+UseG1GC",
    "-XX:-OmitStackTraceInFastThrow",
    "-XX:+UnlockExperimentalVMOptions",
    "-XX:+TrustFinalNonStaticFields",
    "-XX:+DisableExplicitGC",
    "-Djdk.nio.maxCachedBufferSize=1024",
    "-Dio.netty.tryReflectionSetAccessible=true",
    "-Dlog4j2.disable.jmx=true",
    "--add-opens=java.base/java.nio=ALL-UNNAMED",
    "--add-opens=java.base/java.io=ALL-UNNAMED",
    "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
    "--add-opens=java.base/java.lang=ALL-UNNAMED",
    "--enable-native-access=ALL-UNNAMED",
]
DEPENDENCY_PLUGIN = "org.apache.maven.plugins:maven-dependency-plugin:3.6.1:copy-dependencies"
POM = """<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>tradegraph.local</groupId>
  <artifactId>neo4j-server-jars</artifactId>
  <version>1</version>
  <packaging>pom</packaging>
  <dependencies>
    <dependency>
      <groupId>org.neo4j</groupId>
      <artifactId>neo4j</artifactId>
      <version>{version}</version>
    </dependency>
  </dependencies>
</project>
"""


class ServerError(Exception):
    """The local server could not be installed, started or stopped."""


def _say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


class LocalServer:
    """Install, start, stop and inspect the local Neo4j for ``settings``."""

    def __init__(self, settings: Settings | None = None, progress: Callable[[str], None] = _say):
        self.settings = settings or load_settings()
        self.progress = progress
        self.home = self.settings.home
        self.conf_dir = self.home / "conf"
        self.logs_dir = self.home / "logs"
        self.run_dir = self.home / "run"
        self.pid_file = self.run_dir / "tradegraph-neo4j.pid"
        self.lib_dir = self.settings.cache_dir / f"neo4j-{self.settings.neo4j_version}" / "lib"

    # ---- installation -----------------------------------------------------
    def installed(self) -> bool:
        """Whether the Neo4j jars are fully in the cache (an interrupted download does not count)."""
        marker = self.lib_dir / ".complete"
        return marker.exists() and any(self.lib_dir.glob("neo4j-kernel-*.jar"))

    def install(self) -> Path:
        """Fetch the Neo4j jars with Maven into the cache (once)."""
        if self.installed():
            return self.lib_dir
        mvn = shutil.which("mvn")
        if mvn is None:
            raise ServerError(
                "Maven ('mvn') is needed to fetch Neo4j the first time; install it (apt install maven) "
                "or point NEO4J_URI at a running Neo4j"
            )
        version = self.settings.neo4j_version
        self.progress(f"Fetching Neo4j {version} from Maven Central into {self.lib_dir} (first start only)...")
        staging = self.lib_dir.with_name("lib.partial")
        shutil.rmtree(staging, ignore_errors=True)
        with tempfile.TemporaryDirectory(prefix="tradegraph-mvn-") as tmp:
            (Path(tmp) / "pom.xml").write_text(POM.format(version=version), encoding="utf-8")
            cmd = [mvn, "-B", "-q", DEPENDENCY_PLUGIN, f"-DoutputDirectory={staging}", "-DincludeScope=runtime"]
            proc = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True)
        if proc.returncode != 0:
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
            raise ServerError(f"Maven could not fetch org.neo4j:neo4j:{version}:\n{tail}")
        shutil.rmtree(self.lib_dir, ignore_errors=True)
        staging.rename(self.lib_dir)
        count = len(list(self.lib_dir.glob("*.jar")))
        (self.lib_dir / ".complete").write_text(f"{version} {count} jars\n", encoding="utf-8")
        self.progress(f"Fetched {count} jars.")
        return self.lib_dir

    # ---- configuration ------------------------------------------------------
    def write_config(self) -> Path:
        """Write neo4j.conf for this worktree's ports and folders (rewritten on every start)."""
        for folder in (self.conf_dir, self.logs_dir, self.run_dir, self.settings.data_dir, self.home / "import"):
            folder.mkdir(parents=True, exist_ok=True)
        port = self.settings.bolt_port
        conf = f"""# Generated by tradegraph (graph/server.py); rewritten on every start.
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:{port}
server.bolt.advertised_address=127.0.0.1:{port}
server.http.enabled=false
server.https.enabled=false
dbms.security.auth_enabled=true
dbms.security.allow_csv_import_from_file_urls=false
dbms.usage_report.enabled=false
server.directories.data={self.settings.data_dir}
server.directories.logs={self.logs_dir}
server.directories.run={self.run_dir}
server.directories.import={self.home / 'import'}
server.memory.pagecache.size={self.settings.pagecache}
db.tx_log.rotation.retention_policy=256M size
"""
        path = self.conf_dir / "neo4j.conf"
        path.write_text(conf, encoding="utf-8")
        return path

    def _env(self) -> dict:
        env = dict(os.environ)
        env["NEO4J_HOME"] = str(self.home)
        env["NEO4J_CONF"] = str(self.conf_dir)
        env.pop("NEO4J_PASSWORD", None)  # nothing in the JVM's environment needs it
        return env

    def _java(self) -> str:
        java_home = os.environ.get("JAVA_HOME")
        if java_home and (Path(java_home) / "bin" / "java").exists():
            return str(Path(java_home) / "bin" / "java")
        java = shutil.which("java")
        if java is None:
            raise ServerError("Java 17 or 21 is needed to run the local Neo4j (apt install openjdk-17-jre-headless)")
        return java

    def password(self) -> str:
        """The local server's password: NEO4J_PASSWORD, or the one kept in
        `.env`, or a new one generated (and kept there) on first start."""
        if self.settings.password:
            return self.settings.password
        password = secrets.token_urlsafe(24)
        write_env_value(self.settings.env_file, "NEO4J_PASSWORD", password)
        self.progress(f"Generated a password for the local Neo4j; it is kept in {self.settings.env_file} (mode 0600).")
        self.settings = replace(self.settings, password=password)
        return password

    def _set_initial_password(self, password: str) -> None:
        auth = self.settings.data_dir / "dbms" / "auth.ini"
        if auth.exists():
            return
        cmd = [self._java(), "-cp", str(self.lib_dir / "*"), "org.neo4j.cli.AdminTool",
               "dbms", "set-initial-password", password]
        proc = subprocess.run(cmd, env=self._env(), capture_output=True, text=True)
        if proc.returncode != 0:
            output = (proc.stdout + proc.stderr).replace(password, "********")
            raise ServerError(f"could not set the initial password:\n{output.strip()[-2000:]}")

    # ---- state -------------------------------------------------------------------
    def pid(self) -> int | None:
        """The process id of the running server, or None when it is not running."""
        try:
            pid = int(self.pid_file.read_text().strip())
        except (FileNotFoundError, ValueError):
            return None
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return None
        except PermissionError:
            return pid
        cmdline = Path(f"/proc/{pid}/cmdline")
        if cmdline.exists() and b"CommunityEntryPoint" not in cmdline.read_bytes():
            return None  # the pid was reused by something else
        return pid

    def port_open(self) -> bool:
        """Whether something listens on the Bolt port."""
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            sock.settimeout(0.5)
            return sock.connect_ex(("127.0.0.1", self.settings.bolt_port)) == 0

    def bolt_answers(self) -> bool:
        """Whether the Bolt port is our Neo4j, answering with our credentials."""
        from neo4j import GraphDatabase
        from neo4j.exceptions import AuthError, Neo4jError, ServiceUnavailable

        try:
            with GraphDatabase.driver(self.settings.uri, auth=(self.settings.user, self.settings.password or ""),
                                      connection_timeout=2) as driver:
                driver.verify_connectivity()
            return True
        except AuthError:
            raise ServerError(
                f"the local Neo4j at {self.settings.uri} refused the password in "
                f"{'NEO4J_PASSWORD' if os.environ.get('NEO4J_PASSWORD') else self.settings.env_file}; "
                "the password is fixed on the server's first start (delete its data folder to start afresh)"
            ) from None
        except (ServiceUnavailable, OSError, Neo4jError):
            return False

    def status(self) -> dict:
        """Where the server stands (uri, pid, whether Bolt answers, home and data folders), for ``server status``."""
        pid = self.pid()
        up = False
        if pid is not None and self.port_open():
            try:
                up = self.bolt_answers()
            except ServerError:
                up = False
        return {"uri": self.settings.uri, "running": pid is not None, "pid": pid, "bolt": up,
                "home": str(self.home), "data": str(self.settings.data_dir)}

    # ---- lifecycle ---------------------------------------------------------------
    def start(self, timeout: float = 180.0) -> None:
        """Start the server and return once Bolt answers. Harmless if it runs."""
        pid = self.pid()
        if pid is not None:
            if self.password() and self._wait_for_bolt(pid, timeout):
                self.progress(f"Neo4j is already running at {self.settings.uri} (pid {pid}).")
                return
            raise ServerError(f"Neo4j process {pid} is running but Bolt at {self.settings.uri} does not answer; "
                              f"see {self.logs_dir / 'neo4j.log'}")
        if self.port_open():
            raise ServerError(
                f"port {self.settings.bolt_port} on 127.0.0.1 is already in use by another program; stop it, "
                "or set TRADEGRAPH_BOLT_PORT to a free port, or set NEO4J_URI to use that server"
            )
        self.install()
        password = self.password()
        self.write_config()
        self._set_initial_password(password)
        heap = self.settings.heap
        cmd = [self._java(), f"-Xms{heap}", f"-Xmx{heap}", *JVM_FLAGS, "-cp", str(self.lib_dir / "*"),
               "org.neo4j.server.CommunityEntryPoint", f"--home-dir={self.home}", f"--config-dir={self.conf_dir}"]
        console = open(self.logs_dir / "console.log", "ab")
        proc = subprocess.Popen(cmd, env=self._env(), stdout=console, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True, cwd=self.home)
        console.close()
        self.pid_file.write_text(f"{proc.pid}\n", encoding="utf-8")
        self.progress(f"Starting Neo4j {self.settings.neo4j_version} on {self.settings.uri} (pid {proc.pid})...")
        if not self._wait_for_bolt(proc.pid, timeout, proc):
            self._terminate(proc.pid, 10)
            raise ServerError(f"Neo4j did not answer on {self.settings.uri} within {timeout:.0f} s.\n{self.log_tail()}")
        self.progress(f"Neo4j is up at {self.settings.uri}.")

    def _wait_for_bolt(self, pid: int, timeout: float, proc: subprocess.Popen | None = None) -> bool:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if proc is not None and proc.poll() is not None:
                raise ServerError(f"Neo4j exited during start (code {proc.returncode}).\n{self.log_tail()}")
            if proc is None and self.pid() is None:
                return False
            if self.port_open() and self.bolt_answers():
                return True
            time.sleep(0.5)
        return False

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop the server; False when it was not running."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            return False
        self._terminate(pid, timeout)
        self.pid_file.unlink(missing_ok=True)
        return True

    def _terminate(self, pid: int, timeout: float) -> None:
        try:
            os.killpg(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        except PermissionError:
            os.kill(pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                return
            _reap(pid)
            time.sleep(0.2)
        try:
            os.killpg(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        _reap(pid)

    def log_tail(self, lines: int = 20) -> str:
        """The last lines of the server's logs, to show when it fails to start."""
        parts = []
        for name in ("console.log", "neo4j.log"):
            path = self.logs_dir / name
            if path.exists():
                text = path.read_text(encoding="utf-8", errors="replace").splitlines()[-lines:]
                parts.append(f"--- {path} ---\n" + "\n".join(text))
        output = "\n".join(parts)
        if self.settings.password:
            output = output.replace(self.settings.password, "********")
        return output


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
