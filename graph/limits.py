"""The limits the explorer enforces on the server, in one place.

The Load page, the upload check and `.streamlit/config.toml`
(``server.maxUploadSize``, which Streamlit applies before the app sees a
byte) all use the per-file cap from here; a test keeps config.toml in step.
The console clamps whatever time and row limits a page or command asks for
to the caps here, so a user cannot raise them by editing a number box or by
sending a crafted widget value. An operator may lower (or raise) the console
caps with environment variables; they are read on every call, never from
the browser.
"""

from __future__ import annotations

import math
import os

UPLOAD_MAX_FILES = 20
UPLOAD_MAX_FILE_MB = 5  # must equal server.maxUploadSize in .streamlit/config.toml

CONSOLE_MAX_SECONDS = 60.0
CONSOLE_MAX_ROWS = 100_000


def _env_number(name: str, default: float) -> float:
    raw = os.environ.get(name, "").strip()
    if not raw:
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ValueError(f"{name}={raw!r} is not a number") from None
    if not math.isfinite(value) or value <= 0:
        raise ValueError(f"{name}={raw!r} must be a positive number")
    return value


def console_caps() -> tuple[float, int]:
    """The most seconds and rows one console query may have
    (``TRADEGRAPH_CONSOLE_MAX_SECONDS``, ``TRADEGRAPH_CONSOLE_MAX_ROWS``)."""
    return (_env_number("TRADEGRAPH_CONSOLE_MAX_SECONDS", CONSOLE_MAX_SECONDS),
            int(_env_number("TRADEGRAPH_CONSOLE_MAX_ROWS", CONSOLE_MAX_ROWS)))


def clamp_console(timeout, row_cap) -> tuple[float, int]:
    """The time and row limits actually used: what was asked for, within
    (0, cap]; anything that is not a finite positive number gets the cap."""
    max_seconds, max_rows = console_caps()
    try:
        seconds = float(timeout)
    except (TypeError, ValueError):
        seconds = max_seconds
    if not math.isfinite(seconds) or seconds <= 0:
        seconds = max_seconds
    try:
        rows = int(row_cap)
    except (TypeError, ValueError, OverflowError):
        rows = max_rows
    if rows <= 0:
        rows = max_rows
    return min(seconds, max_seconds), min(rows, max_rows)

