"""Where the graph lives: connection settings from the environment and `.env`.

When ``NEO4J_URI`` is not set, every command uses the project's own local
Neo4j (see ``graph.server``) on ``bolt://127.0.0.1:<TRADEGRAPH_BOLT_PORT>``,
with the password from ``NEO4J_PASSWORD`` or the one generated on its first
start and kept in `.env` (mode 0600). When ``NEO4J_URI`` is set, that server
is used with ``NEO4J_USER``/``NEO4J_PASSWORD`` and the local one is left alone.

The local server's HTTP port (Neo4j Browser) is ``TRADEGRAPH_HTTP_PORT``,
by default the Bolt port minus 213 (7474 beside 7687), ``off`` for none. A
``TRADEGRAPH_DATA_DIR`` of its own brings its own server home
(``<data>/server``: configuration, logs, pid file), so the data folder and the
Bolt port are all a second graph side by side needs.

Environment variables win over `.env`; `.env` is a plain ``KEY=value`` file.
"""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NEO4J_VERSION = "5.26.30"
DEFAULT_BOLT_PORT = 7687
DEFAULT_HTTP_PORT = 7474
BROWSER_VERSION = "5.24.0"


@dataclass(frozen=True)
class Settings:
    """Where the graph is and how to reach it, from the environment and the .env file."""

    uri: str
    user: str
    password: str | None
    database: str
    local: bool  # True: the project's own server, managed by graph.server
    home: Path  # local server: configuration, logs, run state (and data, unless TRADEGRAPH_DATA_DIR says)
    data_dir: Path
    bolt_port: int
    http_port: int | None  # local server: Neo4j Browser and the HTTP API on 127.0.0.1; None: HTTP off
    neo4j_version: str
    cache_dir: Path  # Neo4j jars fetched by Maven
    env_file: Path
    heap: str
    pagecache: str
    browser_version: str = BROWSER_VERSION
    decisions_file: Path | None = None  # identity decisions (JSON Lines), kept outside the database
    tx_memory: str | None = None  # a cap on the memory all transactions may hold (a shared instance's guard)

    def describe(self) -> str:
        """The server as it may be shown to a user (never the password)."""
        kind = "local Neo4j (managed by this project)" if self.local else "Neo4j from NEO4J_URI"
        return f"{kind} at {self.uri} as {self.user}"


def read_env_file(path: Path) -> dict[str, str]:
    """KEY=VALUE lines of an env file (comments and blank lines skipped); empty when the file is missing."""
    values: dict[str, str] = {}
    try:
        text = path.read_text(encoding="utf-8")
    except (FileNotFoundError, PermissionError):
        return values
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        key, value = line.split("=", 1)
        value = value.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        values[key.strip()] = value
    return values


def write_env_value(path: Path, key: str, value: str) -> None:
    """Set ``key`` in the `.env` file, creating it readable by its owner only."""
    lines = []
    if path.exists():
        lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith(f"{key}=")]
    lines.append(f"{key}={value}")
    path.parent.mkdir(parents=True, exist_ok=True)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        handle.write("\n".join(lines) + "\n")
    os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def load_settings(environ: dict | None = None) -> Settings:
    """The settings from ``environ`` (default: the process's) over the .env file over the defaults."""
    env = os.environ if environ is None else environ
    env_file = Path(env.get("TRADEGRAPH_ENV_FILE") or ROOT / ".env")
    file_values = read_env_file(env_file)

    def get(key: str, default: str | None = None) -> str | None:
        value = env.get(key)
        if value in (None, ""):
            value = file_values.get(key)
        return value if value not in (None, "") else default

    default_home = ROOT / ".tradegraph" / "neo4j"
    data_dir = get("TRADEGRAPH_DATA_DIR")
    data_dir = Path(data_dir).expanduser().resolve() if data_dir else None
    home = get("TRADEGRAPH_HOME")
    if home:
        home = Path(home).expanduser().resolve()
    elif data_dir is not None and data_dir != default_home.resolve() / "data":
        # a graph of its own: its configuration, logs and pid file live with
        # its data, so a second server never finds the first one's process
        home = data_dir / "server"
    else:
        home = default_home.resolve()
    port = _port(get("TRADEGRAPH_BOLT_PORT"), DEFAULT_BOLT_PORT, "TRADEGRAPH_BOLT_PORT")
    http = get("TRADEGRAPH_HTTP_PORT")
    if http is not None and http.strip().lower() in ("off", "none", "no", "false"):
        http_port = None
    else:
        # default: 7474 beside Bolt's 7687, and the same distance from any other Bolt port,
        # so a second graph needs no HTTP setting of its own
        http_port = _port(http, DEFAULT_HTTP_PORT + port - DEFAULT_BOLT_PORT, "TRADEGRAPH_HTTP_PORT")
    uri = get("NEO4J_URI")
    local = uri is None
    return Settings(
        uri=uri or f"bolt://127.0.0.1:{port}",
        user=get("NEO4J_USER") or get("NEO4J_USERNAME") or "neo4j",
        password=get("NEO4J_PASSWORD"),
        database=get("NEO4J_DATABASE", "neo4j"),
        local=local,
        home=home,
        data_dir=data_dir or home / "data",
        bolt_port=port,
        http_port=http_port,
        neo4j_version=get("TRADEGRAPH_NEO4J_VERSION", NEO4J_VERSION),
        cache_dir=Path(get("TRADEGRAPH_CACHE") or Path.home() / ".cache" / "tradegraph").expanduser().resolve(),
        env_file=env_file,
        heap=get("TRADEGRAPH_HEAP", "1g"),
        pagecache=get("TRADEGRAPH_PAGECACHE", "512m"),
        browser_version=get("TRADEGRAPH_BROWSER_VERSION", BROWSER_VERSION),
        # beside the data folder in the usual layout; with the graph's own home
        # (configuration, logs) in any case, so two graphs never share one
        decisions_file=Path(get("TRADEGRAPH_DECISIONS") or home / "identity-decisions.jsonl").expanduser().resolve(),
        tx_memory=get("TRADEGRAPH_TX_MEMORY") or None,
    )


def _port(value: str | None, default: int, name: str) -> int:
    if value is None:
        return default
    try:
        port = int(value)
    except ValueError:
        port = 0
    if not 0 < port < 65536:
        raise ValueError(f"{name}={value!r} is not a port number (1-65535)")
    return port
