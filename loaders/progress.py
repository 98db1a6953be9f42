"""Progress for long runs, on standard error.

On a terminal the line is redrawn in place; in a log (CI, pipes) a line is
printed every few seconds instead, so long runs are visibly alive without
flooding the log.
"""

from __future__ import annotations

import sys
import time


class Progress:
    """A progress line for long runs: redrawn in place on a terminal, printed every few seconds in logs."""

    def __init__(self, label: str, total: int | None = None, stream=None, interval: float | None = None,
                 enabled: bool = True):
        self.label = label
        self.total = total
        self.stream = stream or sys.stderr
        self.tty = hasattr(self.stream, "isatty") and self.stream.isatty()
        self.interval = interval if interval is not None else (0.2 if self.tty else 5.0)
        self.enabled = enabled
        self.started = time.monotonic()
        self.last = self.started
        self.done = 0
        self.drawn = False

    def update(self, done: int, detail: str = "", force: bool = False) -> None:
        """Report ``done`` articles (and a detail); printed at most once per interval unless ``force``."""
        self.done = done
        if not self.enabled:
            return
        now = time.monotonic()
        if not force and now - self.last < self.interval:
            return
        self.last = now
        elapsed = max(now - self.started, 1e-9)
        rate = done / elapsed
        of = f"/{self.total}" if self.total else ""
        line = f"{self.label}: {done}{of} articles, {rate:.1f}/s, {elapsed:.0f}s" + (f" - {detail}" if detail else "")
        if self.tty:
            self.stream.write("\r\033[K" + line)
            self.drawn = True
        else:
            self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        """End the redrawn line on a terminal."""
        if self.enabled and self.tty and self.drawn:
            self.stream.write("\n")
            self.stream.flush()
