"""Plain result records of FCM runs, each carrying what produced it.

A result says which map (a hash of the weights and concept names), which
parameters, which random seed and which dyad version produced it, so a number in a
report can be traced back and reproduced (the Mesa/PySD habit).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from typing import Any, Sequence

import numpy as np

from dyad import __version__

__all__ = [
    "Provenance",
    "FCMResult",
    "BatchResult",
    "ScenarioEffects",
    "map_hash",
    "make_provenance",
]


def map_hash(W: np.ndarray, concepts: Sequence[str] | None = None) -> str:
    """Stable SHA-256 of a weight matrix (or stack of matrices) and its concept names.

    The hash covers the shape, the float64 values (little-endian, C order) and the
    names in order, so the same map always gets the same hash on every machine. For a
    ``(S, n, n)`` stack it covers the union of the edges and the values on them.

    >>> map_hash(np.zeros((2, 2))) == map_hash(np.zeros((2, 2)))
    True
    >>> map_hash(np.zeros((2, 2)), ["a", "b"]) == map_hash(np.zeros((2, 2)), ["b", "a"])
    False
    """
    arr = np.ascontiguousarray(np.asarray(W, dtype="<f8"))
    h = hashlib.sha256()
    h.update(b"dyad.fcm.map/1\n")
    h.update(repr(arr.shape).encode())
    if arr.ndim == 3:
        # A stack of samples: hash the union of their edges and the values there
        # (zero elsewhere), a fraction of the bytes of a sparse stack.
        pattern = (arr != 0).any(axis=0)
        h.update(np.packbits(pattern).tobytes())
        h.update(np.ascontiguousarray(arr[:, pattern]).data)
    else:
        h.update(arr.data)
    if concepts is not None:
        h.update(b"\nconcepts:")
        h.update("\x1f".join(str(c) for c in concepts).encode("utf-8"))
    return h.hexdigest()


@dataclass(frozen=True, slots=True)
class Provenance:
    """What produced a result: map hash, concept names, parameters, seed, dyad version."""

    map_hash: str
    concepts: tuple[str, ...] | None
    parameters: dict[str, Any]
    seed: int | None = None
    dyad_version: str = __version__

    def to_dict(self) -> dict[str, Any]:
        return {
            "map_hash": self.map_hash,
            "concepts": list(self.concepts) if self.concepts is not None else None,
            "parameters": dict(self.parameters),
            "seed": self.seed,
            "dyad_version": self.dyad_version,
        }


def make_provenance(W, concepts, config, *, seed=None, **extra) -> Provenance:
    """Build the provenance of a run of ``config`` on the map ``W``."""
    params = config.as_dict()
    params.update(extra)
    return Provenance(
        map_hash=map_hash(W, concepts),
        concepts=tuple(concepts) if concepts is not None else None,
        parameters=params,
        seed=seed,
    )


def _frozen(a: np.ndarray) -> np.ndarray:
    a = np.asarray(a)
    a.setflags(write=False)
    return a


@dataclass(frozen=True, slots=True, eq=False)
class FCMResult:
    """One FCM run.

    Attributes
    ----------
    steady_state : numpy.ndarray
        ``(n,)`` final state (the steady state when ``converged``).
    trajectory : numpy.ndarray
        ``(steps + 1, n)`` states from the initial one (row 0) to the last.
    steps : int
        Number of update steps taken.
    converged : bool
        True when the run stopped because ``max|A(t+1) - A(t)| <= epsilon``.
    config : FCMConfig
        Parameters of the run.
    provenance : Provenance
        Map hash, parameters, seed and dyad version.
    warnings : tuple of str
        Things the caller should know (no edges, no convergence, limit cycle).
    """

    steady_state: np.ndarray
    trajectory: np.ndarray
    steps: int
    converged: bool
    config: Any
    provenance: Provenance
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        _frozen(self.steady_state)
        _frozen(self.trajectory)

    def to_dict(self) -> dict[str, Any]:
        concepts = self.provenance.concepts
        return {
            "concepts": list(concepts) if concepts is not None else None,
            "steady_state": self.steady_state.tolist(),
            "steps": int(self.steps),
            "converged": bool(self.converged),
            "warnings": list(self.warnings),
            "provenance": self.provenance.to_dict(),
        }


@dataclass(frozen=True, slots=True, eq=False)
class BatchResult:
    """Many FCM runs computed together.

    Attributes
    ----------
    steady_states : numpy.ndarray
        ``(S, n)`` final state of each run.
    steps : numpy.ndarray
        ``(S,)`` steps taken by each run (a run stops being updated once it converges).
    converged : numpy.ndarray
        ``(S,)`` bool, per run.
    config, provenance, warnings
        As in :class:`FCMResult`.
    """

    steady_states: np.ndarray
    steps: np.ndarray
    converged: np.ndarray
    config: Any
    provenance: Provenance
    warnings: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        for a in (self.steady_states, self.steps, self.converged):
            _frozen(a)

    @property
    def all_converged(self) -> bool:
        return bool(self.converged.all())

    def quantiles(self, q: Sequence[float] = (0.05, 0.5, 0.95)) -> np.ndarray:
        """``(len(q), n)`` quantiles of the steady states over the runs (e.g. Monte Carlo)."""
        return np.quantile(self.steady_states, q, axis=0)


@dataclass(frozen=True, slots=True, eq=False)
class ScenarioEffects:
    """A baseline run and scenario runs on the same map, computed in one batch.

    With one weight matrix the arrays are ``baseline (n,)``, ``scenarios (k, n)``,
    ``effects (k, n)``, ``steps``/``converged`` ``(k + 1,)`` (row 0 = baseline).
    With ``S`` Monte Carlo weight samples every array gains a leading ``S`` axis.
    ``effects = scenarios - baseline``.
    """

    baseline: np.ndarray
    scenarios: np.ndarray
    effects: np.ndarray
    steps: np.ndarray
    converged: np.ndarray
    clamps: tuple[dict[int, float], ...]
    config: Any
    provenance: Provenance
    warnings: tuple[str, ...] = field(default=())

    def __post_init__(self) -> None:
        for a in (self.baseline, self.scenarios, self.effects, self.steps, self.converged):
            _frozen(a)

    @property
    def all_converged(self) -> bool:
        return bool(self.converged.all())
