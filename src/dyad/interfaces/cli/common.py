"""What every command module shares: the --db/--curation options, consoles, one-line errors."""

from __future__ import annotations

import functools
import sys
from pathlib import Path
from typing import Callable

import typer
from rich.console import Console

from dyad.errors import DyadError

__all__ = ["DB_HELP", "CURATION_HELP", "db_option", "curation_option", "out", "err", "friendly_errors",
           "curation_path"]

DB_HELP = "DuckDB database file (default: $DYAD_DB or ./dyad.duckdb)."
CURATION_HELP = "Curation YAML file (default: <db stem>.curation.yaml beside the database)."


def db_option():
    return typer.Option(None, "--db", envvar="DYAD_DB", help=DB_HELP, show_envvar=False)


def curation_option():
    return typer.Option(None, "--curation", help=CURATION_HELP)


def out() -> Console:
    """The console of results (stdout)."""
    return Console(highlight=False, soft_wrap=True)


def err(message: str) -> None:
    """One message on stderr, printed as given (no markup)."""
    Console(file=sys.stderr, highlight=False, soft_wrap=True).print(message, markup=False)


def friendly_errors(fn: Callable) -> Callable:
    """One line on stderr and exit code 1 instead of a traceback."""

    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except typer.Exit:
            raise
        except DyadError as exc:
            err(f"error: {exc}")
            raise typer.Exit(1) from None
        except Exception as exc:  # never a traceback for the user
            err(f"error: internal error ({type(exc).__name__}: {exc}); please report it with the command you ran")
            raise typer.Exit(1) from None

    return wrapper


def curation_path(db: str | None, curation: str | None) -> Path:
    """The curation file of ``db`` (``curation`` when given)."""
    from dyad.model.curation import default_curation_path
    from dyad.store import resolve_db_path

    return Path(curation) if curation else default_curation_path(resolve_db_path(db))
