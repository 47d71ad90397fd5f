"""CLI commands (modelcmds)."""

from __future__ import annotations

from dyad.interfaces.cli.app import app  # noqa: F401
