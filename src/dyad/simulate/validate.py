"""Input checks shared by the fast engine and the reference one.

Every check raises :class:`~dyad.errors.SimulationError` (bad map or state) or
:class:`~dyad.errors.ScenarioError` (bad clamp) with a message that says what is wrong
and how to fix it.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np

from dyad.errors import ScenarioError, SimulationError
from dyad.simulate.transfer import state_range

__all__ = ["check_weights", "check_states", "clamp_arrays", "resolve_index"]


def check_weights(W, *, stacked: bool | None = False) -> np.ndarray:
    """Return ``W`` as a float64 array after checking it is a valid FCM weight matrix.

    ``stacked=False`` wants ``(n, n)``; ``True`` wants ``(S, n, n)``; ``None`` takes either.
    """
    try:
        arr = np.asarray(W, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise SimulationError(
            f"weight matrix is not numeric ({exc})", hint="give an (n, n) array of numbers in [-1, 1]"
        ) from None
    ndims = {False: (2,), True: (3,), None: (2, 3)}[stacked]
    if arr.ndim not in ndims or arr.shape[-1] != arr.shape[-2] or arr.shape[-1] == 0:
        want = " or ".join({2: "(n, n)", 3: "(S, n, n)"}[d] for d in ndims)
        raise SimulationError(
            f"weight matrix must be square with shape {want}, got shape {arr.shape}",
            hint="W[j, i] is the influence of concept j on concept i",
        )
    peak = float(np.max(np.abs(arr)))  # one pass; NaN propagates, so this also catches NaN/inf
    if peak <= 1.0:
        return arr
    if not np.isfinite(arr).all():
        bad = np.argwhere(~np.isfinite(arr))[0].tolist()
        raise SimulationError(
            f"weight matrix has a NaN or infinite value at index {tuple(bad)}",
            hint="use 0 for 'no influence'",
        )
    if (np.abs(arr) > 1.0).any():
        bad = np.argwhere(np.abs(arr) > 1.0)[0].tolist()
        raise SimulationError(
            f"weight {arr[tuple(bad)]!r} at index {tuple(bad)} is outside [-1, 1]",
            hint="rescale the weights into [-1, 1]",
        )
    return arr


def check_states(A, n: int, transfer: str, *, what: str = "initial state", batched: bool = False) -> np.ndarray:
    """Return states as float64 after checking shape ``(n,)`` (or ``(S, n)``) and range."""
    try:
        arr = np.asarray(A, dtype=np.float64)
    except (TypeError, ValueError) as exc:
        raise SimulationError(f"{what} is not numeric ({exc})") from None
    want = 2 if batched else 1
    if arr.ndim != want or arr.shape[-1] != n:
        shape = "(S, n)" if batched else "(n,)"
        raise SimulationError(f"{what} must have shape {shape} with n={n}, got {arr.shape}")
    lo, hi = state_range(transfer)
    bad = ~np.isfinite(arr) | (arr < lo) | (arr > hi)
    if bad.any():
        idx = tuple(np.argwhere(bad)[0].tolist())
        raise SimulationError(
            f"{what} value {arr[idx]!r} at index {idx} is outside [{lo:g}, {hi:g}]",
            hint=f"states for the {transfer} transfer lie in [{lo:g}, {hi:g}]",
        )
    return arr


def resolve_index(key, n: int, concepts: Sequence[str] | None) -> int:
    """Index of a concept given as an int index or (with ``concepts``) a name."""
    if isinstance(key, (int, np.integer)) and not isinstance(key, bool):
        if 0 <= int(key) < n:
            return int(key)
        raise ScenarioError(f"unknown concept index {int(key)}: the map has concepts 0..{n - 1}")
    if isinstance(key, str) and concepts is not None:
        names = list(concepts)
        if key in names:
            return names.index(key)
        import difflib

        close = difflib.get_close_matches(key, names, n=1)
        hint = f"did you mean {close[0]!r}?" if close else "check the concept names of the map"
        raise ScenarioError(f"unknown concept {key!r}", hint=hint)
    raise ScenarioError(f"cannot use {key!r} as a concept: give an index 0..{n - 1} or a concept name")


def clamp_arrays(
    clamp, n: int, transfer: str, concepts: Sequence[str] | None = None
) -> tuple[np.ndarray, np.ndarray] | None:
    """Normalise a clamp (dict ``{index|name: value}`` or ``(mask, values)``) to arrays.

    Returns ``None`` for no clamp, else ``(mask (n,) bool, values (n,) float)``.
    """
    if clamp is None:
        return None
    lo, hi = state_range(transfer)
    if isinstance(clamp, Mapping):
        if not clamp:
            return None
        mask = np.zeros(n, dtype=bool)
        values = np.zeros(n, dtype=np.float64)
        for key, value in clamp.items():
            i = resolve_index(key, n, concepts)
            try:
                v = float(value)
            except (TypeError, ValueError):
                raise ScenarioError(f"clamp value {value!r} for concept {key!r} is not a number") from None
            if not (lo <= v <= hi):
                raise ScenarioError(
                    f"clamp value {v:g} for concept {key!r} is outside [{lo:g}, {hi:g}]",
                    hint=f"states for the {transfer} transfer lie in [{lo:g}, {hi:g}]",
                )
            mask[i] = True
            values[i] = v
        return mask, values
    try:
        mask, values = clamp
    except (TypeError, ValueError):
        raise ScenarioError("clamp must be a dict {concept: value} or a (mask, values) pair of arrays") from None
    mask = np.asarray(mask, dtype=bool)
    values = np.asarray(values, dtype=np.float64)
    if mask.shape != (n,) or values.shape != (n,):
        raise ScenarioError(f"clamp mask and values must have shape ({n},), got {mask.shape} and {values.shape}")
    bad = mask & (~np.isfinite(values) | (values < lo) | (values > hi))
    if bad.any():
        i = int(np.argmax(bad))
        raise ScenarioError(f"clamp value {values[i]!r} for concept {i} is outside [{lo:g}, {hi:g}]")
    return mask, values
