"""Command-line interface: thin Typer wrappers around library functions.

Each module registers its commands on ``app``:
``kb`` (build, report, show, export), ``modelcmds`` (map, simulate, curate, disagreements),
``fcm`` (fcm run).
"""

from __future__ import annotations

from dyad.interfaces.cli.app import app
from dyad.interfaces.cli import kb, modelcmds, fcm  # noqa: F401  (registration)

__all__ = ["app", "main"]


def main() -> None:
    app()
