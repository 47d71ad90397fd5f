"""Knowledge-base commands: build, report, show, export (thin wrappers over the library).

Every command catches :class:`~dyad.errors.DyadError` and prints one line naming the
file and the fix (exit code 1) instead of a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console

from dyad.errors import DyadError
from dyad.interfaces.cli.app import app
from dyad.interfaces.cli.common import db_option as _db_option
from dyad.interfaces.cli.common import friendly_errors

__all__ = ["build_cmd", "report_cmd", "show_cmd", "export_cmd"]

PROGRESS_MIN_DOCS = 4  # show a progress bar from this many documents on


def _stderr() -> Console:
    return Console(file=sys.stderr, highlight=False)


class _Progress:
    """A Rich progress bar that appears only when a build has enough documents."""

    def __init__(self, console: Console, enabled: bool):
        self.console, self.enabled, self.bar, self.task = console, enabled, None, None

    def __call__(self, event) -> None:
        if not self.enabled or event.total < PROGRESS_MIN_DOCS:
            return
        if self.bar is None:
            from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

            self.bar = Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(),
                                TimeRemainingColumn(), TextColumn("{task.description}"),
                                console=self.console, transient=True)
            self.bar.start()
            self.task = self.bar.add_task("", total=event.total)
        self.bar.update(self.task, completed=event.done, description=Path(event.path).name)

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.stop()


@app.command("build")
@friendly_errors
def build_cmd(
    paths: List[Path] = typer.Argument(..., help="Files or folders (.txt, .md, .html) to build from.",
                                       show_default=False),
    db: Optional[str] = _db_option(),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Print only failures."),
    batch_size: int = typer.Option(16, "--batch-size", min=1, help="Documents per spaCy batch."),
) -> None:
    """Build or update the knowledge base from files and folders.

    Unchanged files are skipped; changed files replace their old records. A file that cannot be read is reported and the others are built (exit code 1 if any failed).

    Example: dyad build ../shared/corpus/russia-japan-2017 --db dyad.duckdb
    """
    from dyad.pipeline import build

    err = _stderr()
    progress = _Progress(err, enabled=not quiet and err.is_terminal)
    try:
        report = build(paths, db=db, batch_size=batch_size, progress=progress)
    finally:
        progress.stop()
    if not quiet:
        for path, message in report.warnings:
            err.print(f"warning: {path}: {message}", markup=False, style="yellow", soft_wrap=True)
    for failure in report.failures:
        err.print(f"failed: {failure}", markup=False, style="red", soft_wrap=True)
    if not quiet:
        Console(highlight=False).print(report.summary(), markup=False, soft_wrap=True)
    if not report.ok:
        raise typer.Exit(1)


@app.command("report")
@friendly_errors
def report_cmd(
    db: Optional[str] = _db_option(),
    html: Optional[Path] = typer.Option(None, "--html", metavar="FILE",
                                        help="Also write one self-contained offline HTML page (map, timeline, "
                                             "scenario results, cited evidence) to FILE."),
) -> None:
    """Print the knowledge base: documents, persons, timeline, statements, causal claims, stances.

    Every line cites its evidence as [file:start-end].

    Example: dyad report --db dyad.duckdb --html report.html
    """
    from dyad.interfaces.report import render_report
    from dyad.store import Store

    if html is not None:
        from dyad.interfaces.cli.modelcmds import html_cmd

        html_cmd(output=html, db=db, curation=None, bundled="all", monte_carlo=200, seed=0)
        return

    with Store(db, create=False, read_only=True) as store:
        render_report(store, Console(highlight=False))


@app.command("show")
@friendly_errors
def show_cmd(
    doc: str = typer.Argument(..., help="Document id or source file name (a unique prefix is enough)."),
    db: Optional[str] = _db_option(),
) -> None:
    """Show one document with persons, states, statements, events and causal evidence highlighted.

    Page furniture (boilerplate) is dimmed.

    Example: dyad show 000_648c11e95f523d2b.txt --db dyad.duckdb
    """
    from dyad.interfaces.show import render_document
    from dyad.store import Store

    with Store(db, create=False, read_only=True) as store:
        render_document(store, doc, Console(highlight=False))


@app.command("export")
@friendly_errors
def export_cmd(
    format: str = typer.Option("json", "--format", "-f", help="Export format (json: dyad.export/1)."),
    db: Optional[str] = _db_option(),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    model: bool = typer.Option(True, "--model/--no-model",
                               help="Fill concepts, edges and claim concepts from the causal map."),
    curation: Optional[Path] = typer.Option(
        None, "--curation", help="Curation YAML file (default: <db stem>.curation.yaml beside the database)."),
) -> None:
    """Export the knowledge base as dyad.export/1 JSON (to stdout unless --output is given).

    Example: dyad export --format json --db dyad.duckdb --output out/export.json
    """
    from dyad.interfaces.export import export_json, export_with_model, write_json
    from dyad.store import Store

    if format.lower() != "json":
        raise DyadError(f"unknown export format {format!r}", hint="use --format json")
    with Store(db, create=False, read_only=True) as store:
        if model:
            data, warnings = export_with_model(store, curation=curation)
            for w in warnings:
                _stderr().print(f"warning: {w}", markup=False, style="yellow", soft_wrap=True)
        else:
            data = export_json(store)
    if output is None:
        write_json(data, sys.stdout)
        return
    try:
        output.parent.mkdir(parents=True, exist_ok=True)
        with open(output, "w", encoding="utf-8", newline="\n") as fh:
            write_json(data, fh)
    except OSError as exc:
        raise DyadError(f"cannot write the export: {exc.strerror}", path=str(output),
                        hint="choose a writable --output path") from None
