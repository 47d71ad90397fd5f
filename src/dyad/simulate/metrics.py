"""Structural metrics of a cognitive map (Özesmi & Özesmi 2004) and its feedback loops.

On a weight matrix ``W`` (``W[j, i]`` = influence of ``j`` on ``i``):

* indegree ``id(i) = Σ_j |W[j, i]|`` (column sums), outdegree ``od(j) = Σ_i |W[j, i]|``
  (row sums), centrality ``id + od``;
* transmitters (``od > 0, id = 0``), receivers (``id > 0, od = 0``), ordinary
  (both ``> 0``); a concept with no edge at all is reported as ``"isolated"`` and
  counted in none of the three;
* density ``C / N²`` (Özesmi & Özesmi's convention, ``C`` = number of edges); pass
  ``self_loops=False`` for ``C / (N (N - 1))``;
* complexity ``R / T`` (receivers over transmitters; ``None`` without transmitters);
* hierarchy index (MacKay et al. 1992) ``h = 12 / ((N - 1) N (N + 1)) Σ_v (od(v) - Σ od / N)²``
  on the *binary* outdegree (number of outgoing edges): 1 for a linear order
  (outdegrees ``N-1, ..., 1, 0``), 0 for a democratic map (equal outdegrees);
* feedback loops: simple directed cycles with their sign (product of edge signs):
  ``+`` reinforcing, ``-`` balancing.

Pure Python and numpy; no graph library.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from dyad.errors import SimulationError
from dyad.simulate.validate import check_weights

__all__ = [
    "indegree",
    "outdegree",
    "centrality",
    "concept_roles",
    "density",
    "complexity",
    "hierarchy_index",
    "feedback_loops",
    "FeedbackLoop",
    "MapMetrics",
    "map_metrics",
]


def indegree(W) -> np.ndarray:
    """Column sums of ``|W|``: how strongly each concept is influenced.

    >>> indegree(np.array([[0, 0.5], [-0.25, 0]])).tolist()
    [0.25, 0.5]
    """
    return np.abs(check_weights(W)).sum(axis=0)


def outdegree(W) -> np.ndarray:
    """Row sums of ``|W|``: how strongly each concept influences others.

    >>> outdegree(np.array([[0, 0.5], [-0.25, 0]])).tolist()
    [0.5, 0.25]
    """
    return np.abs(check_weights(W)).sum(axis=1)


def centrality(W) -> np.ndarray:
    """Indegree + outdegree."""
    A = np.abs(check_weights(W))
    return A.sum(axis=0) + A.sum(axis=1)


def concept_roles(W) -> list[str]:
    """``"transmitter"``, ``"receiver"``, ``"ordinary"`` or ``"isolated"`` per concept.

    >>> concept_roles(np.array([[0, 1.0, 0], [0, 0, 0], [0, 0, 0]]))
    ['transmitter', 'receiver', 'isolated']
    """
    A = check_weights(W) != 0
    has_in, has_out = A.any(axis=0), A.any(axis=1)
    roles = []
    for i_in, i_out in zip(has_in, has_out):
        if i_out and not i_in:
            roles.append("transmitter")
        elif i_in and not i_out:
            roles.append("receiver")
        elif i_in and i_out:
            roles.append("ordinary")
        else:
            roles.append("isolated")
    return roles


def density(W, *, self_loops: bool = True) -> float:
    """Edges over possible edges: ``C / N²`` (Özesmi & Özesmi) or ``C / (N (N - 1))``.

    >>> density(np.array([[0, 1.0], [0, 0]]))
    0.25
    >>> density(np.array([[0, 1.0], [0, 0]]), self_loops=False)
    0.5
    """
    A = check_weights(W)
    n = A.shape[0]
    possible = n * n if self_loops else n * (n - 1)
    return float(np.count_nonzero(A)) / possible if possible else 0.0


def complexity(W) -> float | None:
    """Receivers over transmitters; ``None`` when the map has no transmitter."""
    roles = concept_roles(W)
    t, r = roles.count("transmitter"), roles.count("receiver")
    return r / t if t else None


def hierarchy_index(W) -> float:
    """MacKay et al. (1992) hierarchy index on the binary outdegree (as used by Özesmi & Özesmi).

    A linear order (outdegrees N-1, ..., 1, 0) gives 1; equal outdegrees give 0.

    >>> hierarchy_index(np.array([[0, 1.0, 1.0], [0, 0, 1.0], [0, 0, 0]]))
    1.0
    >>> hierarchy_index(np.array([[0, 1.0, 0], [0, 0, 1.0], [1.0, 0, 0]]))
    0.0
    """
    A = check_weights(W)
    n = A.shape[0]
    if n < 2:
        return 0.0
    od = np.count_nonzero(A, axis=1).astype(np.float64)
    return float(12.0 / ((n - 1) * n * (n + 1)) * np.sum((od - od.sum() / n) ** 2))


@dataclass(frozen=True, slots=True)
class FeedbackLoop:
    """A simple directed cycle ``nodes[0] -> nodes[1] -> ... -> nodes[0]``."""

    nodes: tuple[int, ...]
    names: tuple[str, ...] | None
    sign: int  # +1 reinforcing, -1 balancing
    strength: float  # product of the weights along the loop

    @property
    def kind(self) -> str:
        return "reinforcing" if self.sign > 0 else "balancing"

    def to_dict(self) -> dict:
        return {
            "nodes": list(self.nodes),
            "names": list(self.names) if self.names is not None else None,
            "sign": "+" if self.sign > 0 else "-",
            "kind": self.kind,
            "strength": self.strength,
        }


def feedback_loops(
    W, concepts: Sequence[str] | None = None, *, max_length: int = 6, max_loops: int = 10_000
) -> list[FeedbackLoop]:
    """Simple cycles of at most ``max_length`` edges, each listed once from its smallest node.

    Self-loops (``W[i, i] != 0``) are cycles of length 1. Stops after ``max_loops``
    cycles (a dense map has exponentially many). Loops are sorted by length, then nodes.

    Examples
    --------
    >>> W = np.array([[0, 0.5, 0], [0, 0, -1.0], [0.8, 0, 0]])
    >>> [(lp.nodes, lp.kind) for lp in feedback_loops(W)]
    [((0, 1, 2), 'balancing')]
    """
    A = check_weights(W)
    n = A.shape[0]
    if concepts is not None and len(concepts) != n:
        raise SimulationError(f"{len(concepts)} concept names for a map of {n} concepts")
    if max_length < 1:
        raise SimulationError(f"max_length must be >= 1, got {max_length}")
    succ = [np.flatnonzero(A[j]).tolist() for j in range(n)]
    found: list[tuple[int, ...]] = []

    def extend(path: list[int], on_path: set[int]) -> bool:
        start, last = path[0], path[-1]
        for nxt in succ[last]:
            if nxt == start:
                found.append(tuple(path))
                if len(found) >= max_loops:
                    return False
            elif nxt > start and nxt not in on_path and len(path) < max_length:
                path.append(nxt)
                on_path.add(nxt)
                ok = extend(path, on_path)
                path.pop()
                on_path.discard(nxt)
                if not ok:
                    return False
        return True

    for s in range(n):
        if not extend([s], {s}):
            break
    loops = []
    for cyc in found:
        w = [A[cyc[k], cyc[(k + 1) % len(cyc)]] for k in range(len(cyc))]
        strength = float(np.prod(w))
        loops.append(
            FeedbackLoop(
                nodes=cyc,
                names=tuple(concepts[i] for i in cyc) if concepts is not None else None,
                sign=1 if strength > 0 else -1,
                strength=strength,
            )
        )
    loops.sort(key=lambda lp: (len(lp.nodes), lp.nodes))
    return loops


@dataclass(frozen=True, slots=True, eq=False)
class MapMetrics:
    """All Özesmi & Özesmi (2004) metrics of one map."""

    concepts: tuple[str, ...] | None
    indegree: np.ndarray
    outdegree: np.ndarray
    centrality: np.ndarray
    roles: tuple[str, ...]
    n_concepts: int
    n_edges: int
    n_transmitters: int
    n_receivers: int
    n_ordinary: int
    density: float
    complexity: float | None
    hierarchy_index: float
    loops: tuple[FeedbackLoop, ...]

    def to_dict(self) -> dict:
        return {
            "concepts": list(self.concepts) if self.concepts is not None else None,
            "indegree": self.indegree.tolist(),
            "outdegree": self.outdegree.tolist(),
            "centrality": self.centrality.tolist(),
            "roles": list(self.roles),
            "n_concepts": self.n_concepts,
            "n_edges": self.n_edges,
            "n_transmitters": self.n_transmitters,
            "n_receivers": self.n_receivers,
            "n_ordinary": self.n_ordinary,
            "density": self.density,
            "density_convention": "C/N^2",
            "complexity": self.complexity,
            "hierarchy_index": self.hierarchy_index,
            "loops": [lp.to_dict() for lp in self.loops],
        }


def map_metrics(W, concepts: Sequence[str] | None = None, *, max_loop_length: int = 6) -> MapMetrics:
    """Compute every metric of the map ``W`` (density as ``C / N²``).

    Examples
    --------
    >>> m = map_metrics(np.array([[0, 0.5], [0, 0]]), ["a", "b"])
    >>> m.roles, m.n_edges, m.complexity
    (('transmitter', 'receiver'), 1, 1.0)
    """
    A = check_weights(W)
    roles = tuple(concept_roles(A))
    return MapMetrics(
        concepts=tuple(concepts) if concepts is not None else None,
        indegree=indegree(A),
        outdegree=outdegree(A),
        centrality=centrality(A),
        roles=roles,
        n_concepts=A.shape[0],
        n_edges=int(np.count_nonzero(A)),
        n_transmitters=roles.count("transmitter"),
        n_receivers=roles.count("receiver"),
        n_ordinary=roles.count("ordinary"),
        density=density(A),
        complexity=complexity(A),
        hierarchy_index=hierarchy_index(A),
        loops=tuple(feedback_loops(A, concepts, max_length=max_loop_length)),
    )
