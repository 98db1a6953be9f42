"""The project's own Neo4j Community server, started when no other is configured.

No Neo4j tarball is published on Maven Central, so the server is assembled
from the jars: Maven resolves ``org.neo4j:neo4j`` (pinned to a 5.26 LTS patch,
the last line that runs on Java 17) and its runtime dependencies into a cache
folder, and the real server entry point ``org.neo4j.server.CommunityEntryPoint``
runs with a generated ``neo4j.conf``.

The server listens on 127.0.0.1 only: Bolt, and HTTP for Neo4j Browser
(``org.neo4j.client:neo4j-browser``, also fetched from Maven Central, served
at ``/browser/``) unless ``TRADEGRAPH_HTTP_PORT=off``. It keeps its data in a
folder that survives restarts and has authentication on. Its password comes
from ``NEO4J_PASSWORD`` or is generated on first start and stored in `.env`
(mode 0600); it is set with Neo4j's own ``set-initial-password`` before the
first start and is printed only by ``python -m graph server credentials``.

Every server started from this checkout is noted in ``.tradegraph/servers/``
(one small JSON file each, removed when it stops), so ``server status`` can
list all the graphs running side by side (see ``running_graphs``).
"""

from __future__ import annotations

import hashlib
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from graph.settings import ROOT, Settings, load_settings, write_env_value

REGISTRY = ROOT / ".tradegraph" / "servers"  # one JSON file per server started from this checkout

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
        self.browser_dir = self.settings.cache_dir / f"neo4j-browser-{self.settings.browser_version}"
        key = hashlib.sha1(str(self.home).encode("utf-8")).hexdigest()[:16]
        self.registry_file = REGISTRY / f"{key}.json"

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

    def browser_jar(self) -> Path:
        """The Neo4j Browser jar in the cache (fetched by :meth:`install_browser`)."""
        return self.browser_dir / f"neo4j-browser-{self.settings.browser_version}.jar"

    def install_browser(self) -> Path:
        """Fetch Neo4j Browser's jar with Maven into the cache (once); the
        server serves the ``browser/`` folder it holds at ``/browser/``."""
        jar = self.browser_jar()
        if jar.exists():
            return jar
        mvn = shutil.which("mvn")
        if mvn is None:
            raise ServerError("Maven ('mvn') is needed to fetch Neo4j Browser the first time (apt install maven), "
                              "or set TRADEGRAPH_HTTP_PORT=off to run without the Browser")
        version = self.settings.browser_version
        self.progress(f"Fetching Neo4j Browser {version} from Maven Central into {self.browser_dir} (once)...")
        staging = self.browser_dir.with_name(self.browser_dir.name + ".partial")
        shutil.rmtree(staging, ignore_errors=True)
        with tempfile.TemporaryDirectory(prefix="tradegraph-mvn-") as tmp:
            cmd = [mvn, "-B", "-q", DEPENDENCY_PLUGIN.replace("copy-dependencies", "copy"),
                   f"-Dartifact=org.neo4j.client:neo4j-browser:{version}:jar", f"-DoutputDirectory={staging}"]
            proc = subprocess.run(cmd, cwd=tmp, capture_output=True, text=True)
        if proc.returncode != 0 or not (staging / jar.name).exists():
            tail = "\n".join((proc.stdout + proc.stderr).strip().splitlines()[-15:])
            raise ServerError(f"Maven could not fetch org.neo4j.client:neo4j-browser:{version}:\n{tail}")
        shutil.rmtree(self.browser_dir, ignore_errors=True)
        staging.rename(self.browser_dir)
        return jar

    def served_browser_jar(self) -> Path:
        """The Browser's jar with the guide of example queries added
        (``browser/tradegraph/examples.md``), kept in this server's home and
        rebuilt when docs/SCHEMA.md's examples change. Jetty serves the
        ``browser`` folder of one jar only, so the guide goes into a copy."""
        from graph.browser_guide import GUIDE_PATH, guide_markdown

        guide = guide_markdown()
        jar = self.home / "browser" / f"neo4j-browser-{self.settings.browser_version}-tradegraph.jar"
        kept = jar.with_suffix(".md")
        if jar.exists() and kept.exists() and kept.read_text(encoding="utf-8") == guide:
            return jar
        jar.parent.mkdir(parents=True, exist_ok=True)
        partial = jar.with_suffix(".partial")
        shutil.copyfile(self.install_browser(), partial)
        with zipfile.ZipFile(partial, "a") as archive:
            archive.writestr(f"browser/{GUIDE_PATH}", guide)
        partial.replace(jar)
        kept.write_text(guide, encoding="utf-8")
        return jar

    def guide_url(self) -> str | None:
        """The example-queries guide inside the Browser, or None with HTTP off."""
        from graph.browser_guide import GUIDE_PATH

        url = self.browser_url()
        return None if url is None else url + GUIDE_PATH

    def classpath(self) -> str:
        """Neo4j's jars, and the Browser's when HTTP is on."""
        parts = [str(self.lib_dir / "*")]
        if self.settings.http_port is not None:
            parts.append(str(self.served_browser_jar()))
        return os.pathsep.join(parts)

    # ---- configuration ------------------------------------------------------
    def write_config(self) -> Path:
        """Write neo4j.conf for this worktree's ports and folders (rewritten on every start)."""
        for folder in (self.conf_dir, self.logs_dir, self.run_dir, self.settings.data_dir, self.home / "import"):
            folder.mkdir(parents=True, exist_ok=True)
        port = self.settings.bolt_port
        http = self.settings.http_port
        if http is None:
            http_conf = "server.http.enabled=false\n"
        else:
            # the guide of example queries opens beside the editor once logged in
            http_conf = (f"server.http.enabled=true\nserver.http.listen_address=127.0.0.1:{http}\n"
                         f"server.http.advertised_address=127.0.0.1:{http}\n"
                         "client.allow_telemetry=false\n"  # a local research tool reports nothing
                         "browser.remote_content_hostname_whitelist=127.0.0.1\n"
                         f"browser.post_connect_cmd=guide {self.guide_url()}\n")
        conf = f"""# Generated by tradegraph (graph/server.py); rewritten on every start.
server.default_listen_address=127.0.0.1
server.default_advertised_address=127.0.0.1
server.bolt.enabled=true
server.bolt.listen_address=127.0.0.1:{port}
server.bolt.advertised_address=127.0.0.1:{port}
{http_conf}server.https.enabled=false
dbms.security.auth_enabled=true
dbms.security.allow_csv_import_from_file_urls=false
dbms.usage_report.enabled=false
server.directories.data={self.settings.data_dir}
server.directories.logs={self.logs_dir}
server.directories.run={self.run_dir}
server.directories.import={self.home / 'import'}
server.memory.pagecache.size={self.settings.pagecache}
db.tx_log.rotation.retention_policy=256M size
""" + (f"dbms.memory.transaction.total.max={self.settings.tx_memory}\n" if self.settings.tx_memory else "")
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
        cmd = [self._java(), "-cp", self.classpath(), "org.neo4j.cli.AdminTool",
               "dbms", "set-initial-password", "--", password]  # "--": a password may start with "-"
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

    def port_open(self, port: int | None = None) -> bool:
        """Whether something listens on ``port`` (the Bolt port by default)."""
        return _port_open(port or self.settings.bolt_port)

    def http_port(self) -> int | None:
        """The HTTP port of the running server (as it was started), else the configured one."""
        if self.pid() is not None:
            try:
                return json.loads(self.registry_file.read_text(encoding="utf-8"))["http_port"]
            except (OSError, ValueError, KeyError):
                pass
        return self.settings.http_port

    def browser_url(self) -> str | None:
        """Where Neo4j Browser is served, or None with HTTP off."""
        port = self.http_port()
        return None if port is None else f"http://127.0.0.1:{port}/browser/"

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
                "home": str(self.home), "data": str(self.settings.data_dir), "browser": self.browser_url()}

    def _register(self, pid: int) -> None:
        REGISTRY.mkdir(parents=True, exist_ok=True)
        entry = {"pid": pid, "bolt_port": self.settings.bolt_port, "http_port": self.settings.http_port,
                 "home": str(self.home), "data": str(self.settings.data_dir)}
        self.registry_file.write_text(json.dumps(entry) + "\n", encoding="utf-8")

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
        http = self.settings.http_port
        if http is not None and self.port_open(http):
            raise ServerError(
                f"port {http} on 127.0.0.1 (HTTP, for Neo4j Browser) is already in use by another program; "
                "stop it, or set TRADEGRAPH_HTTP_PORT to a free port (or to off)"
            )
        self.install()
        password = self.password()
        self.write_config()
        self._set_initial_password(password)
        heap = self.settings.heap
        cmd = [self._java(), f"-Xms{heap}", f"-Xmx{heap}", *JVM_FLAGS, "-cp", self.classpath(),
               "org.neo4j.server.CommunityEntryPoint", f"--home-dir={self.home}", f"--config-dir={self.conf_dir}"]
        console = open(self.logs_dir / "console.log", "ab")
        proc = subprocess.Popen(cmd, env=self._env(), stdout=console, stderr=subprocess.STDOUT,
                                stdin=subprocess.DEVNULL, start_new_session=True, cwd=self.home)
        console.close()
        self.pid_file.write_text(f"{proc.pid}\n", encoding="utf-8")
        self._register(proc.pid)
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
            http = self.settings.http_port if proc is not None else None  # HTTP comes up after Bolt
            if self.port_open() and self.bolt_answers() and (http is None or self.port_open(http)):
                return True
            time.sleep(0.5)
        return False

    def stop(self, timeout: float = 60.0) -> bool:
        """Stop the server; False when it was not running."""
        pid = self.pid()
        if pid is None:
            self.pid_file.unlink(missing_ok=True)
            self.registry_file.unlink(missing_ok=True)
            return False
        self._terminate(pid, timeout)
        self.pid_file.unlink(missing_ok=True)
        self.registry_file.unlink(missing_ok=True)
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


def running_graphs() -> list[dict]:
    """Every local server started from this checkout that still runs: its
    ports, folders, pid and whether Bolt answers (a Bolt handshake, so no
    password is needed). Notes of servers that have gone are removed."""
    graphs = []
    for path in sorted(REGISTRY.glob("*.json")) if REGISTRY.exists() else []:
        try:
            entry = json.loads(path.read_text(encoding="utf-8"))
            pid = int(entry["pid"])
        except (OSError, ValueError, KeyError, TypeError):
            path.unlink(missing_ok=True)
            continue
        if not _is_neo4j(pid):
            path.unlink(missing_ok=True)
            continue
        entry["bolt"] = bolt_handshake(int(entry["bolt_port"]))
        graphs.append(entry)
    return sorted(graphs, key=lambda e: e["bolt_port"])


def _is_neo4j(pid: int) -> bool:
    try:
        return b"CommunityEntryPoint" in Path(f"/proc/{pid}/cmdline").read_bytes()
    except OSError:
        return False


def _port_open(port: int) -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def bolt_handshake(port: int, timeout: float = 2.0) -> bool:
    """True when a Bolt server answers the protocol handshake on 127.0.0.1:port."""
    try:
        with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
            # the magic preamble, then four proposed versions: 5.x (range), 4.4, 4.0, none
            sock.sendall(bytes.fromhex("6060b017" "00080805" "00000404" "00000004" "00000000"))
            reply = sock.recv(4)
    except OSError:
        return False
    return len(reply) == 4 and reply != b"\x00\x00\x00\x00"


def _reap(pid: int) -> None:
    try:
        os.waitpid(pid, os.WNOHANG)
    except ChildProcessError:
        pass
