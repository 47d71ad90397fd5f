"""CLI commands (fcm): ``dyad fcm run`` -- run a fuzzy cognitive map from a CSV matrix.

Thin shell around :func:`dyad.simulate.matrix_io.read_matrix_csv` and
:func:`dyad.simulate.fcm.run`.

Exit codes: 0 = the run finished (also when it did not converge: the JSON says
``"converged": false`` and a warning goes to stderr; add ``--strict`` to get exit code
1 instead); 2 = bad input (file, matrix, concept name, value, parameter), reported as
one line on stderr, never a traceback.
"""

from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import List, Optional

import typer

from dyad.errors import DyadError
from dyad.interfaces.cli.app import app

__all__ = ["fcm_app", "run_cmd"]

fcm_app = typer.Typer(
    name="fcm",
    help="Fuzzy cognitive map scenarios on a weight matrix.\n\nExample: dyad fcm run map.csv --clamp sanctions=1 --json",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


class Rule(str, Enum):
    kosko = "kosko"
    modified_kosko = "modified-kosko"
    rescaled = "rescaled"


class Transfer(str, Enum):
    sigmoid = "sigmoid"
    tanh = "tanh"
    bivalent = "bivalent"
    trivalent = "trivalent"


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


@fcm_app.command("run")
def run_cmd(
    matrix: Path = typer.Argument(
        ..., metavar="MATRIX.csv",
        help="Square CSV: concept names in the header row and first column; cell (row j, column i) "
        "= influence of j on i, in [-1, 1] (Mental Modeler layout).",
    ),
    rule: Rule = typer.Option(Rule.kosko, "--rule", help="Inference rule."),
    transfer: Transfer = typer.Option(Transfer.sigmoid, "--transfer", help="Transfer function."),
    lam: float = typer.Option(1.0, "--lambda", help="Steepness λ of sigmoid/tanh (> 0)."),
    init: Optional[List[str]] = typer.Option(
        None, "--init", metavar="NAME=VALUE", help="Initial state of a concept (repeatable); others start at 0.5."
    ),
    clamp: Optional[List[str]] = typer.Option(
        None, "--clamp", metavar="NAME=VALUE", help="Hold a concept at a value at every step (repeatable)."
    ),
    epsilon: float = typer.Option(0.001, "--epsilon", help="Stop when max|A(t+1)-A(t)| <= epsilon."),
    max_steps: int = typer.Option(100, "--max-steps", help="Step limit."),
    as_json: bool = typer.Option(False, "--json", help="Print JSON instead of a table."),
    strict: bool = typer.Option(False, "--strict", help="Exit with code 1 when the run does not converge."),
) -> None:
    """Run a fuzzy cognitive map to its steady state.

    Concepts not given with --init start at 0.5; clamped concepts hold their value.
    A run that does not converge within --max-steps is reported with "converged": false
    and a warning on stderr (exit code 0, or 1 with --strict). Bad input exits with code 2.

    Example: dyad fcm run map.csv --rule modified-kosko --init trade=0.8 --clamp sanctions=1 --json
    """
    from dyad.simulate.fcm import FCMConfig, run
    from dyad.simulate.matrix_io import parse_assignments, read_matrix_csv
    from dyad.simulate.transfer import state_range

    try:
        config = FCMConfig(
            rule=rule.value, transfer=transfer.value, lam=lam, epsilon=epsilon, max_steps=max_steps
        )
        wm = read_matrix_csv(matrix)
        lo, hi = state_range(config.transfer)
        start = parse_assignments(init or [], wm.concepts, lo=lo, hi=hi, what="--init")
        held = parse_assignments(clamp or [], wm.concepts, lo=lo, hi=hi, what="--clamp")
        a0 = [start.get(i, 0.5) for i in range(len(wm.concepts))]
        result = run(wm.W, a0, clamp=held or None, config=config, concepts=wm.concepts)
    except DyadError as exc:
        _fail(str(exc))
        return

    for w in result.warnings:
        typer.echo(f"warning: {w}", err=True)

    if as_json:
        payload = {
            "concepts": list(wm.concepts),
            "steady_state": result.steady_state.tolist(),
            "steps": result.steps,
            "converged": result.converged,
            "initial_state": result.trajectory[0].tolist(),
            "clamped": {wm.concepts[i]: v for i, v in sorted(held.items())},
            "warnings": list(result.warnings),
            "provenance": result.provenance.to_dict(),
        }
        sys.stdout.write(json.dumps(payload, indent=2) + "\n")
    else:
        _print_table(wm.concepts, result, held)
    if strict and not result.converged:
        raise typer.Exit(1)


def _print_table(concepts, result, held) -> None:
    from rich.console import Console
    from rich.table import Table

    cfg = result.config
    status = (
        f"converged in {result.steps} steps" if result.converged
        else f"NOT converged after {result.steps} steps"
    )
    table = Table(title=f"FCM {cfg.rule} / {cfg.transfer} (λ={cfg.lam:g}): {status}")
    table.add_column("concept")
    table.add_column("initial", justify="right")
    table.add_column("steady state", justify="right")
    table.add_column("change", justify="right")
    table.add_column("")
    a0 = result.trajectory[0]
    for i, name in enumerate(concepts):
        ss = float(result.steady_state[i])
        table.add_row(
            name, f"{a0[i]:.4f}", f"{ss:.4f}", f"{ss - a0[i]:+.4f}", "clamped" if i in held else ""
        )
    Console(soft_wrap=True).print(table)


app.add_typer(fcm_app, name="fcm")
