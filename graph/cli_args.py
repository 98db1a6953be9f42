"""Command lines that accept options anywhere among their paths.

Researchers type ``python -m loaders ingest a.jsonl --workers 2 b.jsonl`` as
often as the tidy form; plain argparse stops at ``b.jsonl`` with
"unrecognized arguments". ``CommandParser`` is an ``ArgumentParser`` whose
subcommands are parsed with ``parse_intermixed_args`` (which argparse does
not support on a parser that has subparsers), so options and positional
arguments may come in any order after the subcommand's name.
"""

from __future__ import annotations

import argparse
import sys


class CommandParser(argparse.ArgumentParser):
    """A top-level parser whose subcommands take options anywhere among their arguments."""

    def add_commands(self, **kwargs):
        """``add_subparsers``, remembered so ``parse_args`` can hand the rest of
        the command line to the chosen subcommand's intermixed parsing."""
        self._commands = self.add_subparsers(**kwargs)
        return self._commands

    def parse_args(self, args=None, namespace=None):
        """Parse the command's name, then its arguments with options anywhere among them."""
        argv = list(sys.argv[1:] if args is None else args)
        commands = getattr(self, "_commands", None)
        if commands is None or not argv or argv[0] not in commands.choices:
            return super().parse_args(argv, namespace)  # help, a typo, no command: argparse says it
        parsed = commands.choices[argv[0]].parse_intermixed_args(argv[1:], namespace)
        setattr(parsed, commands.dest, argv[0])
        return parsed
