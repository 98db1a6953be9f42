"""The one place that opens connections to Neo4j.

Everything that talks to the database gets its driver here, so a server
that is down or misconfigured produces one clear ``GraphUnavailable`` message
saying what to do, instead of a driver traceback.
"""

from __future__ import annotations

from neo4j import Driver, GraphDatabase
from neo4j.exceptions import AuthError, ConfigurationError, ServiceUnavailable

from graph.settings import Settings, load_settings


class GraphUnavailable(Exception):
    """Neo4j cannot be reached or refuses the credentials."""


def how_to_start(settings: Settings) -> str:
    """One sentence telling a user how to get the configured graph running, for error messages."""
    if settings.local:
        return "start the local server with: python -m graph server start"
    return "check NEO4J_URI, NEO4J_USER and NEO4J_PASSWORD, and that the server is running"


def open_driver(settings: Settings | None = None, verify: bool = True) -> Driver:
    """A driver for the configured server, checked to answer when ``verify``."""
    settings = settings or load_settings()
    try:
        driver = GraphDatabase.driver(
            settings.uri,
            auth=(settings.user, settings.password or ""),
            connection_timeout=5,
            max_transaction_retry_time=30,
            notifications_min_severity="OFF",  # performance hints are for developers, not users
        )
    except (ConfigurationError, ValueError) as exc:
        raise GraphUnavailable(f"invalid Neo4j URI {settings.uri!r}: {exc}") from None
    if verify:
        try:
            driver.verify_connectivity()
        except AuthError:
            driver.close()
            raise GraphUnavailable(
                f"Neo4j at {settings.uri} refused the credentials for user {settings.user!r}; "
                + ("the local server's password is NEO4J_PASSWORD or the one in " + str(settings.env_file)
                   if settings.local else "check NEO4J_USER and NEO4J_PASSWORD")
            ) from None
        except (ServiceUnavailable, OSError) as exc:
            driver.close()
            raise GraphUnavailable(f"Neo4j is not reachable at {settings.uri} ({type(exc).__name__}); "
                                   f"{how_to_start(settings)}") from None
    return driver


def connect_or_explain(settings: Settings | None = None, stream=None) -> Driver | None:
    """For command lines: a verified driver, or None after printing why not
    (and how to fix it) on ``stream`` (standard error)."""
    import sys

    try:
        return open_driver(settings)
    except GraphUnavailable as exc:
        print(f"error: {exc}", file=stream or sys.stderr)
        return None
