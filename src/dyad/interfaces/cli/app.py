"""The Typer application object that every command module registers on."""

from __future__ import annotations

import typer

app = typer.Typer(
    name="dyad",
    help="Turn commentary and news about a relationship into an evidence-grounded, executable model.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
