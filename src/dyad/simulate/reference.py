"""Plain, loop-based FCM reference implementation (same contract as :func:`dyad.simulate.fcm.run`).

Written for obviousness, not speed: Python loops over steps, concepts and edges,
scalar ``math`` functions. The tests check that the fast engine matches it.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np

from dyad.simulate.engine import FCMConfig, _convergence_error
from dyad.simulate.results import FCMResult, make_provenance
from dyad.simulate.transfer import transfer_scalar
from dyad.simulate.validate import check_states, check_weights, clamp_arrays

__all__ = ["reference_run"]


def reference_run(
    W,
    init,
    *,
    clamp: Mapping[int | str, float] | tuple | None = None,
    config: FCMConfig = FCMConfig(),
    concepts: Sequence[str] | None = None,
) -> FCMResult:
    """Run an FCM with explicit loops; see :func:`dyad.simulate.fcm.run` for the contract.

    Examples
    --------
    >>> res = reference_run([[0.0, 1.0], [0.0, 0.0]], [1.0, 0.0])
    >>> res.converged, round(float(res.steady_state[1]), 4)
    (True, 0.7311)
    """
    W = check_weights(W)
    n = W.shape[0]
    w = W.tolist()
    state = check_states(init, n, config.transfer).tolist()
    cl = clamp_arrays(clamp, n, config.transfer, concepts)

    # Concepts that never change: clamped ones (at their clamp value, from step 0)
    # and those without any incoming edge (at their initial value).
    held: dict[int, float] = {}
    for i in range(n):
        if cl is not None and cl[0][i]:
            state[i] = float(cl[1][i])
            held[i] = state[i]
        elif all(w[j][i] == 0 for j in range(n)):
            held[i] = state[i]

    trajectory = [list(state)]
    converged = False
    for _ in range(config.max_steps):
        if config.rule == "rescaled":
            src = [2.0 * a - 1.0 for a in state]
        else:
            src = state
        new = []
        for i in range(n):
            x = 0.0
            for j in range(n):
                x += w[j][i] * src[j]
            if config.rule == "modified-kosko":
                x += state[i]
            elif config.rule == "rescaled":
                x += src[i]
            new.append(transfer_scalar(x, config.transfer, config.lam))
        for i, v in held.items():
            new[i] = v
        delta = max(abs(a - b) for a, b in zip(new, state))
        state = new
        trajectory.append(list(state))
        if delta <= config.epsilon:
            converged = True
            break

    traj = np.array(trajectory, dtype=np.float64)
    warnings = []
    if not any(v != 0 for row in w for v in row):
        warnings.append("the map has no edges: every concept keeps its initial value")
    if not converged:
        warnings.append(f"the run did not converge within max_steps={config.max_steps}")
    result = FCMResult(
        steady_state=traj[-1].copy(),
        trajectory=traj,
        steps=len(trajectory) - 1,
        converged=converged,
        config=config,
        provenance=make_provenance(W, concepts, config, implementation="reference"),
        warnings=tuple(warnings),
    )
    if not converged and config.on_no_convergence == "raise":
        raise _convergence_error(warnings[-1], result)
    return result
