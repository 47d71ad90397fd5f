"""Read an FCM weight matrix from CSV and parse ``NAME=VALUE`` scenario assignments.

The CSV layout is Mental Modeler's adjacency matrix: the header row holds the
concept names (after one leading corner cell), the first column holds the same
names, and cell (row ``j``, column ``i``) is the influence of ``j`` on ``i``. Empty
cells mean 0. Rows may come in any order as long as they name the same concepts as
the header; the matrix is returned in the header's order.
"""

from __future__ import annotations

import csv
import difflib
import math
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from dyad.errors import ScenarioError, SimulationError
from dyad.simulate.validate import check_weights

__all__ = ["WeightMatrix", "read_matrix_csv", "parse_matrix_csv", "parse_assignments", "closest_concept"]


@dataclass(frozen=True, slots=True, eq=False)
class WeightMatrix:
    """Concept names and the ``(n, n)`` weight matrix, ``W[j, i]`` = influence of j on i."""

    concepts: tuple[str, ...]
    W: np.ndarray


def read_matrix_csv(path: str | Path) -> WeightMatrix:
    """Read a square, labelled weight matrix from a CSV file.

    Raises
    ------
    SimulationError
        The file is missing or empty, not square, has a non-numeric cell, a duplicate
        or mismatched concept name, or a weight outside ``[-1, 1]``. The message names
        the file and the cell.
    """
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise SimulationError("file not found", path=str(p), hint="give the path of a CSV weight matrix") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise SimulationError(f"cannot read the file ({exc.__class__.__name__})", path=str(p)) from None
    return parse_matrix_csv(text, source=str(p))


def parse_matrix_csv(text: str, *, source: str = "<matrix>") -> WeightMatrix:
    """Parse CSV text; see :func:`read_matrix_csv`.

    Examples
    --------
    >>> m = parse_matrix_csv(",a,b\\na,0,0.5\\nb,-0.25,\\n")
    >>> m.concepts, m.W.tolist()
    (('a', 'b'), [[0.0, 0.5], [-0.25, 0.0]])
    """
    rows = [r for r in csv.reader(text.splitlines()) if any(c.strip() for c in r)]
    if not rows:
        raise SimulationError("the matrix file is empty", path=source,
                              hint="first row: a corner cell then the concept names")
    header = [c.strip() for c in rows[0]]
    names = header[1:]
    while names and not names[-1]:  # trailing commas
        names.pop()
    n = len(names)
    if n == 0:
        raise SimulationError("the header row names no concepts", path=source)
    for k, name in enumerate(names):
        if not name:
            raise SimulationError(f"column {k + 2} of the header has no concept name", path=source)
    dupes = sorted({x for x in names if names.count(x) > 1})
    if dupes:
        raise SimulationError(f"duplicate concept name(s) in the header: {', '.join(dupes)}", path=source)
    body = rows[1:]
    if len(body) != n:
        raise SimulationError(
            f"the matrix is not square: {n} concept columns but {len(body)} rows",
            path=source, hint="give one row per concept, named in the first column",
        )
    W = np.zeros((n, n), dtype=np.float64)
    seen: set[str] = set()
    for r, row in enumerate(body, start=2):
        name = row[0].strip() if row else ""
        if name not in names:
            close = difflib.get_close_matches(name, names, n=1)
            hint = f"did you mean {close[0]!r}?" if close else "row names must match the header"
            raise SimulationError(f"row {r} names concept {name!r}, which is not in the header", path=source, hint=hint)
        if name in seen:
            raise SimulationError(f"row {r}: concept {name!r} has two rows", path=source)
        seen.add(name)
        cells = [c.strip() for c in row[1:]]
        while len(cells) > n and not cells[-1]:
            cells.pop()
        if len(cells) > n:
            raise SimulationError(f"row {r} ({name!r}) has {len(cells)} values for {n} concepts", path=source)
        j = names.index(name)
        for i, cell in enumerate(cells):
            if not cell:
                continue
            try:
                v = float(cell)
            except ValueError:
                raise SimulationError(
                    f"row {r} ({name!r}), column {names[i]!r}: {cell!r} is not a number", path=source
                ) from None
            if not math.isfinite(v) or abs(v) > 1.0:
                raise SimulationError(
                    f"row {r} ({name!r}), column {names[i]!r}: weight {cell} is outside [-1, 1]",
                    path=source, hint="FCM weights lie in [-1, 1]",
                )
            W[j, i] = v
    return WeightMatrix(concepts=tuple(names), W=check_weights(W))


def closest_concept(name: str, concepts: Sequence[str]) -> str | None:
    """The concept name closest to ``name`` (difflib), or ``None``.

    >>> closest_concept("sanction", ["sanctions", "trade"])
    'sanctions'
    """
    close = difflib.get_close_matches(name, list(concepts), n=1, cutoff=0.5)
    if close:
        return close[0]
    lowered = {c.lower(): c for c in concepts}
    return lowered.get(name.lower())


def parse_assignments(
    items: Iterable[str], concepts: Sequence[str], *, lo: float, hi: float, what: str = "--init"
) -> dict[int, float]:
    """Parse ``NAME=VALUE`` strings into ``{concept index: value}``.

    Names match exactly, else case-insensitively. Unknown names and values outside
    ``[lo, hi]`` raise :class:`~dyad.errors.ScenarioError` with the closest concept name.

    Examples
    --------
    >>> parse_assignments(["trade=0.8", "Sanctions=1"], ["sanctions", "trade"], lo=0, hi=1)
    {1: 0.8, 0: 1.0}
    """
    names = list(concepts)
    lowered: dict[str, list[int]] = {}
    for k, c in enumerate(names):
        lowered.setdefault(c.lower(), []).append(k)
    out: dict[int, float] = {}
    for item in items:
        name, sep, raw = item.rpartition("=")
        name, raw = name.strip(), raw.strip()
        if not sep or not name:
            raise ScenarioError(f"{what} {item!r} is not NAME=VALUE", hint=f'e.g. {what} "{names[0]}=0.8"')
        if name in names:
            idx = names.index(name)
        elif len(lowered.get(name.lower(), [])) == 1:
            idx = lowered[name.lower()][0]
        else:
            close = closest_concept(name, names)
            hint = f"did you mean {close!r}?" if close else f"concepts: {', '.join(names[:8])}" + (
                ", ..." if len(names) > 8 else "")
            raise ScenarioError(f"{what}: unknown concept {name!r}", hint=hint)
        try:
            value = float(raw)
        except ValueError:
            raise ScenarioError(f"{what} {item!r}: {raw!r} is not a number") from None
        if not (math.isfinite(value) and lo <= value <= hi):
            raise ScenarioError(
                f"{what} {item!r}: value {raw} is outside [{lo:g}, {hi:g}]",
                hint=f"states for this transfer lie in [{lo:g}, {hi:g}]",
            )
        out[idx] = value
    return out
