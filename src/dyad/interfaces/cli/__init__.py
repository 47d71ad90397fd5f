"""Command-line interface: thin Typer wrappers around library functions.

Each module registers its commands on ``app``:
``kb`` (build, report, show, export), ``modelcmds`` (map, simulate, disagreements, html),
``curate`` (curate ...), ``fcm`` (fcm run); ``common`` holds the shared options and the
one-line error handling.
"""

from __future__ import annotations

from dyad.interfaces.cli.app import app
from dyad.interfaces.cli import curate, fcm, kb, modelcmds  # noqa: F401  (registration)

__all__ = ["app", "main"]


def main() -> None:
    app()
