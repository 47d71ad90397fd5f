"""Curation commands: ``dyad curate merge|rename|drop-concept|drop-edge|add-edge|reweight|remove|show``.

Each operation is appended to the analyst's curation file (default ``<db stem>.curation.yaml``
beside the database), which is applied on top of extraction and survives rebuilds; after an
edit the map is rebuilt once so that an operation that does not match is reported at once.
"""

from __future__ import annotations

from typing import Optional

import typer

from dyad.errors import DyadError
from dyad.interfaces.cli.app import app
from dyad.interfaces.cli.common import curation_option as _curation_option
from dyad.interfaces.cli.common import curation_path as _curation_path
from dyad.interfaces.cli.common import db_option as _db_option
from dyad.interfaces.cli.common import err as _err
from dyad.interfaces.cli.common import friendly_errors
from dyad.interfaces.cli.modelcmds import load_model

__all__ = ["curate_app"]

curate_app = typer.Typer(
    name="curate",
    help="Correct the machine-built map (kept in a YAML file that survives rebuilds).\n\n"
         "Example: dyad curate merge \"Western sanctions\" sanctions --note \"same thing\"",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(curate_app, name="curate")

NOTE = typer.Option(None, "--note", help="Why (kept with the operation).")


def _add(db, curation, op: str, note: str | None, **fields) -> None:
    from dyad.model.curation import add_operation

    path = _curation_path(db, curation)
    new = add_operation(path, op, note=note, **fields)
    typer.echo(f"{path}: added {new.describe()}")
    try:
        cmap, _, _ = load_model(db, curation)
    except DyadError:
        return  # no knowledge base yet: the operation is checked when the map is built
    for w in cmap.warnings:
        _err(f"warning: {w}")


@curate_app.command("merge")
@friendly_errors
def curate_merge(a: str = typer.Argument(..., help="Concept to merge away (id, label or alias)."),
                 b: str = typer.Argument(..., help="Concept that absorbs it."),
                 note: Optional[str] = NOTE, db: Optional[str] = _db_option(),
                 curation: Optional[str] = _curation_option()) -> None:
    """Merge concept A into concept B (B keeps its id and label, gains A's aliases and claims).

    Example: dyad curate merge "external factors" "north-korea" --note "same threat"
    """
    _add(db, curation, "merge", note, concept=a, into=b)


@curate_app.command("rename")
@friendly_errors
def curate_rename(a: str = typer.Argument(..., help="Concept (id, label or alias)."),
                  new: str = typer.Argument(..., help="New label."),
                  note: Optional[str] = NOTE, db: Optional[str] = _db_option(),
                  curation: Optional[str] = _curation_option()) -> None:
    """Give a concept a new label (its id stays; the old label becomes an alias).

    Example: dyad curate rename sanctions "G7 sanctions regime"
    """
    _add(db, curation, "rename", note, concept=a, label=new)


@curate_app.command("drop-concept")
@friendly_errors
def curate_drop_concept(a: str = typer.Argument(..., help="Concept (id, label or alias)."),
                        note: Optional[str] = NOTE, db: Optional[str] = _db_option(),
                        curation: Optional[str] = _curation_option()) -> None:
    """Drop a concept and every edge touching it.

    Example: dyad curate drop-concept "external factors" --note "too vague"
    """
    _add(db, curation, "drop_concept", note, concept=a)


@curate_app.command("drop-edge")
@friendly_errors
def curate_drop_edge(a: str = typer.Argument(..., help="Cause concept."), b: str = typer.Argument(..., help="Effect concept."),
                     note: Optional[str] = NOTE, db: Optional[str] = _db_option(),
                     curation: Optional[str] = _curation_option()) -> None:
    """Drop the edge A -> B.

    Example: dyad curate drop-edge sanctions japan --note "misread sentence"
    """
    _add(db, curation, "drop_edge", note, source=a, target=b)


@curate_app.command("add-edge")
@friendly_errors
def curate_add_edge(a: str = typer.Argument(..., help="Cause concept."), b: str = typer.Argument(..., help="Effect concept."),
                    weight: float = typer.Argument(..., help="Weight in [-1, 1] (put -- before a negative one)."),
                    note: Optional[str] = NOTE, db: Optional[str] = _db_option(),
                    curation: Optional[str] = _curation_option()) -> None:
    """Add an edge A -> B with a weight (or set the weight of an existing one).

    Example: dyad curate add-edge --note "expert view" -- north-korea us-japan-alliance 0.6
    """
    _add(db, curation, "add_edge", note, source=a, target=b, weight=weight)


@curate_app.command("reweight")
@friendly_errors
def curate_reweight(a: str = typer.Argument(..., help="Cause concept."), b: str = typer.Argument(..., help="Effect concept."),
                    weight: float = typer.Argument(..., help="New weight in [-1, 1] (put -- before a negative one)."),
                    note: Optional[str] = NOTE, db: Optional[str] = _db_option(),
                    curation: Optional[str] = _curation_option()) -> None:
    """Set the weight of the existing edge A -> B.

    Example: dyad curate reweight --note "stronger" -- sanctions bilateral-relations -0.8
    """
    _add(db, curation, "reweight", note, source=a, target=b, weight=weight)


@curate_app.command("remove")
@friendly_errors
def curate_remove(number: int = typer.Argument(..., help="Operation number, as shown by `dyad curate show`."),
                  db: Optional[str] = _db_option(), curation: Optional[str] = _curation_option()) -> None:
    """Delete one operation from the curation file.

    Example: dyad curate remove 2
    """
    from dyad.model.curation import remove_operation

    path = _curation_path(db, curation)
    op = remove_operation(path, number)
    typer.echo(f"{path}: removed {op.describe()}")


@curate_app.command("show")
@friendly_errors
def curate_show(db: Optional[str] = _db_option(), curation: Optional[str] = _curation_option()) -> None:
    """List the curation operations, and those that no longer apply to the map.

    Example: dyad curate show --db dyad.duckdb
    """
    from dyad.model.curation import load_curation

    path = _curation_path(db, curation)
    cur = load_curation(path)
    if not cur.operations:
        typer.echo(f"{path}: no curation operations")
        return
    typer.echo(f"{path}:")
    for i, op in enumerate(cur.operations, start=1):
        typer.echo(f"  {i}. {op.describe()}" + (f"  [{op.at}]" if op.at else ""))
    try:
        cmap, _, _ = load_model(db, curation)
    except DyadError:
        return
    for w in cmap.warnings:
        _err(f"warning: {w}")
