"""Who may use the explorer and what they may change: roles, the password
file, the permission check every write calls, and the audit log.

Two roles. A **reader** explores, searches, runs read-only queries and
exports. An **editor** may also load articles, write analytics back onto the
nodes and decide merges. ``TRADEGRAPH_READ_ONLY=1`` takes every write right
away from everyone, whatever their role.

Who is who comes from configuration (the ``[tradegraph]`` section of
`.streamlit/secrets.toml`, see README "Running it for a team"):

* an OpenID Connect provider (Streamlit's ``[auth]`` section) with
  ``editors`` / ``readers`` lists of e-mail addresses or ``@domain``;
* or a users file (``users_file``, or ``TRADEGRAPH_USERS_FILE``): names,
  roles and scrypt password hashes with a per-user salt, never the password,
  kept by ``python -m graph users add NAME --role editor``;
* with neither, the explorer on a loopback address has one local user, an
  editor, as before; on any other address it refuses to serve (a read-only
  instance may serve anonymous readers).

This module knows nothing about Streamlit; `pages/auth.py` is the login page
and `graph.cli` the ``users`` command. Every write a person makes goes
through :func:`audited`, which refuses without the right and appends one JSON
line (who, when, what, outcome) to the audit log.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import ipaddress
import json
import os
import re
import secrets
import threading
import time
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from graph.settings import ROOT, load_settings

READER, EDITOR = "reader", "editor"
ROLES = (READER, EDITOR)

# what a role may do; reading (explore, search, console, export) needs no right
LOAD, WRITE_BACK, MERGE = "load", "write_back", "merge"
RIGHTS = {READER: frozenset(), EDITOR: frozenset({LOAD, WRITE_BACK, MERGE})}
RIGHT_NAMES = {LOAD: "load articles", WRITE_BACK: "write analytics back into the graph",
               MERGE: "decide merges"}

DEFAULT_USERS_FILE = ROOT / ".tradegraph" / "users.json"
NAME_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9_.@+-]{0,63}")
MIN_PASSWORD = 10

# scrypt as recommended for interactive logins (RFC 7914: N=2^14, r=8, p=1)
SCRYPT_N, SCRYPT_R, SCRYPT_P, SCRYPT_LEN = 2 ** 14, 8, 1, 32


class AccessDenied(PermissionError):
    """The current user may not do this (said to the user as it is)."""


class AccessConfigError(ValueError):
    """The access configuration is unusable; the explorer must not serve."""


@dataclass(frozen=True)
class Actor:
    """A person using the explorer: name, role and how they were identified
    (``local``, ``password``, ``oidc`` or ``anonymous``)."""

    name: str
    role: str
    via: str
    read_only: bool = False

    def can(self, right: str) -> bool:
        """True when this person may do ``right`` (LOAD, WRITE_BACK, MERGE)."""
        return not self.read_only and right in RIGHTS.get(self.role, frozenset())

    def describe(self) -> str:
        """Who this is, as the audit log and the page header name them."""
        return f"{self.name} ({self.role}, read-only instance)" if self.read_only else f"{self.name} ({self.role})"


def read_only(environ: Mapping[str, str] | None = None) -> bool:
    """``TRADEGRAPH_READ_ONLY`` is set to a true value (1, true, yes, on)."""
    value = (os.environ if environ is None else environ).get("TRADEGRAPH_READ_ONLY", "")
    return value.strip().lower() in ("1", "true", "yes", "on")


def require(actor: Actor | None, right: str) -> Actor:
    """Raise :class:`AccessDenied` unless ``actor`` may do ``right``. The one
    check every write path calls (the Review page's merge decisions: ``MERGE``)."""
    if right not in RIGHT_NAMES:
        raise ValueError(f"unknown right {right!r}")
    if actor is None:
        raise AccessDenied(f"Sign in to {RIGHT_NAMES[right]}.")
    if actor.read_only:
        raise AccessDenied(f"This explorer is read-only (TRADEGRAPH_READ_ONLY); nobody may {RIGHT_NAMES[right]}.")
    if not actor.can(right):
        raise AccessDenied(f"{actor.name} is a {actor.role}; only editors may {RIGHT_NAMES[right]}.")
    return actor


# ---- addresses -------------------------------------------------------------------

def is_loopback(address: str | None) -> bool:
    """True for 127.0.0.0/8, ::1 and ``localhost``. An unset address means
    Streamlit listens on every interface, so it is not loopback."""
    if not address:
        return False
    host = address.strip().strip("[]")
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# ---- configuration ---------------------------------------------------------------

@dataclass(frozen=True)
class AccessConfig:
    """How people sign in, read from the secrets (a plain dict) and the
    environment."""

    oidc_providers: tuple[str, ...] = ()  # "default" for a bare [auth] section
    users_file: Path | None = None
    editors: tuple[str, ...] = ()
    readers: tuple[str, ...] = ()
    read_only: bool = False

    @property
    def configured(self) -> bool:
        """Some way to sign in is set up (an OIDC provider or a users file)."""
        return bool(self.oidc_providers or self.users_file)


def _patterns(section: Mapping, key: str) -> tuple[str, ...]:
    value = section.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) and v.strip() for v in value):
        raise AccessConfigError(f"[tradegraph] {key} must be a list of e-mail addresses, '@domain' or '*'")
    return tuple(v.strip().lower() for v in value)


def oidc_providers(secrets: Mapping) -> tuple[str, ...]:
    """The OpenID Connect providers configured in Streamlit's ``[auth]``
    section: ``default`` when it holds ``client_id`` itself, and the name of
    every ``[auth.NAME]`` table that does."""
    auth = secrets.get("auth") or {}
    if not isinstance(auth, Mapping):
        return ()
    names = ["default"] if "client_id" in auth else []
    names += [name for name, value in auth.items() if isinstance(value, Mapping) and "client_id" in value]
    if names:
        missing = [key for key in ("redirect_uri", "cookie_secret") if not auth.get(key)]
        if missing:
            raise AccessConfigError(f"[auth] in secrets.toml needs {' and '.join(missing)} for OpenID Connect")
    return tuple(names)


def load_config(secrets: Mapping | None, environ: Mapping[str, str] | None = None) -> AccessConfig:
    """The access configuration from the secrets and the environment
    (``TRADEGRAPH_USERS_FILE`` wins over ``[tradegraph] users_file``; the
    default users file counts when it exists)."""
    env = os.environ if environ is None else environ
    secrets = secrets or {}
    section = secrets.get("tradegraph") or {}
    if not isinstance(section, Mapping):
        raise AccessConfigError("[tradegraph] in secrets.toml must be a table")
    users = env.get("TRADEGRAPH_USERS_FILE") or section.get("users_file")
    users_file = None
    if users:
        users_file = Path(str(users)).expanduser()
        if not users_file.is_absolute():
            users_file = ROOT / users_file
        if not users_file.is_file():
            raise AccessConfigError(f"the users file {users_file} does not exist; create it with "
                                    "python -m graph users add NAME --role editor")
    elif DEFAULT_USERS_FILE.is_file():
        users_file = DEFAULT_USERS_FILE
    return AccessConfig(oidc_providers=oidc_providers(secrets), users_file=users_file,
                        editors=_patterns(section, "editors"), readers=_patterns(section, "readers"),
                        read_only=read_only(env))


def startup_problem(config: AccessConfig, address: str | None, proxied: bool = False) -> str | None:
    """Why the explorer must not serve at all, or None. Without sign-in
    configured only a loopback address with no proxy in front is allowed
    (or a read-only instance, which serves anonymous readers)."""
    if config.configured or config.read_only:
        return None
    if not is_loopback(address):
        where = f"on {address}" if address else "on every network interface (server.address is not set)"
        return (f"The explorer listens {where} but no sign-in is configured, so anyone who reaches it could "
                "change the graph. Configure OpenID Connect ([auth] in .streamlit/secrets.toml) or a users file "
                "(python -m graph users add NAME --role editor), set TRADEGRAPH_READ_ONLY=1, or listen on "
                "127.0.0.1. See README, 'Running it for a team'.")
    if proxied:
        return ("This request came through a proxy (X-Forwarded-For), but no sign-in is configured, so anyone who "
                "reaches the proxy could change the graph. Configure OpenID Connect or a users file; see README, "
                "'Running it for a team'.")
    return None


def local_actor(config: AccessConfig) -> Actor:
    """The one user of an explorer without sign-in: the editor on loopback,
    or an anonymous reader on a read-only instance."""
    if config.read_only:
        return Actor("anonymous", READER, "anonymous", read_only=True)
    return Actor("local user", EDITOR, "local")


def oidc_actor(config: AccessConfig, claims: Mapping) -> Actor:
    """The actor for a person the identity provider vouched for, by the
    ``editors`` and ``readers`` lists (an address, ``@domain`` or ``*``).
    People on neither list are refused."""
    email = str(claims.get("email") or "").strip().lower()
    verified = claims.get("email_verified")
    if not email or verified is False:
        raise AccessDenied("Your identity provider did not give a verified e-mail address, which this explorer "
                           "needs to know your role.")

    def listed(patterns: tuple[str, ...]) -> bool:
        return any(p == "*" or p == email or (p.startswith("@") and email.endswith(p)) for p in patterns)

    name = str(claims.get("name") or email)
    if listed(config.editors):
        return Actor(email, EDITOR, "oidc", read_only=config.read_only)
    if listed(config.readers):
        return Actor(email, READER, "oidc", read_only=config.read_only)
    raise AccessDenied(f"{name} <{email}> is not on this explorer's list of readers or editors; ask its "
                       "administrator to add you.")


# ---- password hashes and the users file -------------------------------------------

def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def hash_password(password: str, salt: bytes | None = None) -> str:
    """``scrypt$N$r$p$salt$hash`` for ``password`` with a fresh 16-byte salt."""
    salt = salt or secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P,
                            dklen=SCRYPT_LEN, maxmem=64 * 1024 * 1024)
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${_b64(salt)}${_b64(digest)}"


def verify_password(password: str, stored: str) -> bool:
    """True when ``password`` matches the stored hash (compared in constant time)."""
    try:
        kind, n, r, p, salt, digest = stored.split("$")
        if kind != "scrypt":
            return False
        expected = base64.b64decode(digest)
        actual = hashlib.scrypt(password.encode("utf-8"), salt=base64.b64decode(salt), n=int(n), r=int(r),
                                p=int(p), dklen=len(expected), maxmem=64 * 1024 * 1024)
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(actual, expected)


_DUMMY_HASH = None


@dataclass
class UsersFile:
    """The password file: ``{"users": {name: {"role", "password"}}}``, JSON,
    readable by its owner only. Holds scrypt hashes, never passwords."""

    path: Path
    users: dict[str, dict] = field(default_factory=dict)

    @classmethod
    def load(cls, path: Path) -> UsersFile:
        """The users file at ``path`` (empty when it does not exist); a damaged file is refused."""
        try:
            data = json.loads(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(Path(path))
        except (OSError, ValueError) as exc:
            raise AccessConfigError(f"the users file {path} cannot be read: {exc}") from exc
        users = data.get("users") if isinstance(data, dict) else None
        if not isinstance(users, dict):
            raise AccessConfigError(f"the users file {path} has no 'users' table")
        for name, entry in users.items():
            if (not isinstance(entry, dict) or entry.get("role") not in ROLES
                    or not str(entry.get("password", "")).startswith("scrypt$")):
                raise AccessConfigError(f"the users file {path}: user {name!r} needs a role ({', '.join(ROLES)}) "
                                        "and a scrypt password hash")
        return cls(Path(path), users)

    def set(self, name: str, role: str, password: str) -> None:
        """Add a user or change their role and password."""
        if not NAME_RE.fullmatch(name):
            raise ValueError(f"user name {name!r}: use letters, digits and . _ @ + - (at most 64)")
        if role not in ROLES:
            raise ValueError(f"role {role!r}: choose {' or '.join(ROLES)}")
        if len(password) < MIN_PASSWORD:
            raise ValueError(f"the password must have at least {MIN_PASSWORD} characters")
        self.users[name] = {"role": role, "password": hash_password(password),
                            "updated": datetime.now(timezone.utc).isoformat(timespec="seconds")}

    def remove(self, name: str) -> bool:
        """Forget a user; False when there was none of that name."""
        return self.users.pop(name, None) is not None

    def save(self) -> None:
        """Write the file atomically, mode 0600."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_name(self.path.name + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            json.dump({"users": self.users}, handle, indent=2, sort_keys=True)
            handle.write("\n")
        os.chmod(tmp, 0o600)
        os.replace(tmp, self.path)

    def check(self, name: str, password: str, read_only_instance: bool = False) -> Actor:
        """The actor for a correct name and password; :class:`AccessDenied`
        otherwise (the same message, and about the same time, whether the
        name or the password was wrong)."""
        global _DUMMY_HASH
        if _THROTTLE.blocked(name):
            raise AccessDenied("Too many failed attempts for this name; wait a minute and try again.")
        entry = self.users.get(name)
        if entry is None:
            _DUMMY_HASH = _DUMMY_HASH or hash_password("not a password")
            verify_password(password, _DUMMY_HASH)
        if entry is None or not verify_password(password, entry["password"]):
            _THROTTLE.failed(name)
            raise AccessDenied("Unknown user name or wrong password.")
        _THROTTLE.reset(name)
        return Actor(name, entry["role"], "password", read_only=read_only_instance)


class _Throttle:
    """After 5 failed sign-ins for a name, refuse that name for 60 seconds
    (in this process), so passwords cannot be guessed at full speed."""

    LIMIT, PAUSE = 5, 60.0

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fails: dict[str, tuple[int, float]] = {}

    def blocked(self, name: str) -> bool:
        with self._lock:
            count, since = self._fails.get(name, (0, 0.0))
            if count >= self.LIMIT and time.monotonic() - since < self.PAUSE:
                return True
            if count >= self.LIMIT:
                del self._fails[name]
            return False

    def failed(self, name: str) -> None:
        with self._lock:
            count, _ = self._fails.get(name, (0, 0.0))
            self._fails[name] = (count + 1, time.monotonic())

    def reset(self, name: str) -> None:
        with self._lock:
            self._fails.pop(name, None)


_THROTTLE = _Throttle()


# ---- audit log ---------------------------------------------------------------------

def audit_path(environ: Mapping[str, str] | None = None) -> Path:
    """``TRADEGRAPH_AUDIT_LOG``, else ``audit.jsonl`` beside the Neo4j data
    folder (`.tradegraph/neo4j/audit.jsonl` by default)."""
    env = os.environ if environ is None else environ
    if env.get("TRADEGRAPH_AUDIT_LOG"):
        return Path(env["TRADEGRAPH_AUDIT_LOG"]).expanduser()
    return load_settings(dict(env)).data_dir.parent / "audit.jsonl"


_AUDIT_LOCK = threading.Lock()


def record(actor: Actor | None, action: str, outcome: str, path: Path | None = None, **details) -> dict:
    """Append one line to the audit log: when (UTC), who, how identified,
    their role, the action, its details and its outcome."""
    entry = {"at": datetime.now(timezone.utc).isoformat(timespec="milliseconds"),
             "who": actor.name if actor else None, "via": actor.via if actor else None,
             "role": actor.role if actor else None, "action": action, "outcome": outcome, **details}
    path = path or audit_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    line = (json.dumps(entry, ensure_ascii=False, default=str) + "\n").encode("utf-8")
    with _AUDIT_LOCK:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        try:
            os.write(fd, line)
        finally:
            os.close(fd)
    return entry


@contextmanager
def audited(actor: Actor | None, right: str, action: str, path: Path | None = None, **details) -> Iterator[dict]:
    """Around every write a person makes: refuse (and log the refusal)
    without ``right``; otherwise run the block and log it as done or failed.
    The block may add details (counts) to the yielded dict."""
    try:
        require(actor, right)
    except AccessDenied as exc:
        record(actor, action, f"denied: {exc}", path, **details)
        raise
    extra: dict = {}
    try:
        yield extra
    except BaseException as exc:
        record(actor, action, f"failed: {type(exc).__name__}: {exc}", path, **details, **extra)
        raise
    record(actor, action, "done", path, **details, **extra)


def read_audit(path: Path | None = None) -> list[dict]:
    """The audit log's entries, oldest first (for tests and reviews)."""
    try:
        lines = (path or audit_path()).read_text(encoding="utf-8").splitlines()
    except FileNotFoundError:
        return []
    return [json.loads(line) for line in lines if line.strip()]
