"""Core of the FCM engine: the run configuration and the batched update loop.

:mod:`dyad.simulate.fcm` holds the public functions; this module holds
:class:`FCMConfig`, the synchronous update step for every inference rule and the
time loop that runs a whole batch of states at once (a Python loop over time steps
only; a run stops being updated once it converges).
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from numbers import Real
from typing import Any, Mapping

import numpy as np

from dyad.errors import ConvergenceError, ScenarioError, SimulationError
from dyad.simulate.transfer import RULES, TRANSFERS, apply_transfer, state_range

__all__ = ["FCMConfig", "limit_cycle_period"]

_NO_CONVERGENCE = ("flag", "raise")


@dataclass(frozen=True, slots=True)
class FCMConfig:
    """Parameters of an FCM run.

    Parameters
    ----------
    rule : {"kosko", "modified-kosko", "rescaled"}
        Inference rule.
    transfer : {"sigmoid", "tanh", "bivalent", "trivalent"}
        Transfer function.
    lam : float
        Steepness λ of sigmoid and tanh (FCMpy's tanh has no λ, i.e. λ = 1).
    epsilon : float
        Convergence threshold on ``max|A(t+1) - A(t)|``.
    max_steps : int
        Step limit.
    on_no_convergence : {"flag", "raise"}
        What to do when the step limit is reached.
    """

    rule: str = "kosko"
    transfer: str = "sigmoid"
    lam: float = 1.0
    epsilon: float = 0.001
    max_steps: int = 100
    on_no_convergence: str = "flag"

    def __post_init__(self) -> None:
        if self.rule not in RULES:
            raise SimulationError(f"unknown inference rule {self.rule!r}", hint=f"use one of {', '.join(RULES)}")
        if self.transfer not in TRANSFERS:
            raise SimulationError(f"unknown transfer {self.transfer!r}", hint=f"use one of {', '.join(TRANSFERS)}")
        if not (isinstance(self.lam, Real) and np.isfinite(self.lam) and self.lam > 0):
            raise SimulationError(f"lambda must be a finite number > 0, got {self.lam!r}")
        if not (isinstance(self.epsilon, Real) and np.isfinite(self.epsilon) and self.epsilon >= 0):
            raise SimulationError(f"epsilon must be a finite number >= 0, got {self.epsilon!r}")
        if isinstance(self.max_steps, bool) or not isinstance(self.max_steps, (int, np.integer)) or self.max_steps < 1:
            raise SimulationError(f"max_steps must be an integer >= 1, got {self.max_steps!r}")
        if self.on_no_convergence not in _NO_CONVERGENCE:
            raise SimulationError(
                f"on_no_convergence must be 'flag' or 'raise', got {self.on_no_convergence!r}"
            )

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


# --------------------------------------------------------------------------- core


def _propagate(A: np.ndarray, W: np.ndarray) -> np.ndarray:
    """``W^T a`` for every state row ``a`` of ``A (G, m, n)``; ``W`` is ``(n, n)`` or ``(G, n, n)``."""
    if W.ndim == 2:
        G, m, n = A.shape
        return (A.reshape(G * m, n) @ W).reshape(G, m, n)
    return np.matmul(A, W)


def _step(A: np.ndarray, W: np.ndarray, cfg: FCMConfig) -> np.ndarray:
    """One synchronous update of every state in ``A`` (a new array)."""
    if cfg.rule == "kosko":
        x = _propagate(A, W)
    elif cfg.rule == "modified-kosko":
        x = _propagate(A, W)
        x += A
    else:  # rescaled
        r = 2.0 * A
        r -= 1.0
        x = _propagate(r, W)
        x += r
    return apply_transfer(x, cfg.transfer, float(cfg.lam))


def _no_incoming(W: np.ndarray) -> np.ndarray:
    """Concepts whose column of ``W`` is all zero: ``(n,)`` or ``(S, n)`` bool."""
    return ~(W != 0).any(axis=-2)


def _iterate(A0, W, fixed, fixed_vals, cfg: FCMConfig):
    """Run ``A0 (G, m, n)`` to convergence; ``W (n, n)`` shared or ``(G, n, n)`` per group.

    ``fixed``/``fixed_vals`` ``(G, m, n)`` (or ``None``) are reset after every step.
    A row stops being updated once it converges (its state is frozen). Groups whose
    rows have all converged leave the computation: at once with a shared ``W``, and
    with per-group weights once at least half of the remaining groups are done (so
    the ``(G, n, n)`` stack is copied rarely). Returns final states ``(G, m, n)``,
    steps and converged ``(G, m)``.
    """
    G, m, _ = A0.shape
    eps, max_steps = float(cfg.epsilon), int(cfg.max_steps)
    out = np.empty_like(A0)
    steps = np.full((G, m), max_steps, dtype=np.int64)
    conv = np.zeros((G, m), dtype=bool)
    gidx = np.arange(G)
    cur = A0.copy()
    Wk, fk, fvk = W, fixed, fixed_vals
    live = np.ones((G, m), dtype=bool)
    all_live = True
    for t in range(1, max_steps + 1):
        nxt = _step(cur, Wk, cfg)
        if fk is not None:
            np.copyto(nxt, fvk, where=fk)
        if not all_live:
            np.copyto(nxt, cur, where=~live[..., None])  # converged rows stay put
        np.subtract(nxt, cur, out=cur)
        np.abs(cur, out=cur)
        newly = ~(cur > eps).any(axis=-1)
        if not all_live:
            newly &= live
        if t == max_steps or not newly.any():
            if t == max_steps:
                if newly.any():
                    gi, ri = np.nonzero(newly)
                    steps[gidx[gi], ri] = t
                    conv[gidx[gi], ri] = True
                out[gidx] = nxt
                break
            cur = nxt
            continue
        gi, ri = np.nonzero(newly)
        steps[gidx[gi], ri] = t
        conv[gidx[gi], ri] = True
        live &= ~newly
        all_live = False
        group_done = ~live.any(axis=1)
        n_done = int(group_done.sum())
        if n_done == len(gidx):
            out[gidx] = nxt
            break
        if n_done and (Wk.ndim == 2 or 2 * n_done >= len(gidx)):
            out[gidx[group_done]] = nxt[group_done]
            keep = ~group_done
            gidx, nxt, live = gidx[keep], nxt[keep], live[keep]
            if Wk.ndim == 3:
                Wk = Wk[keep]
            if fk is not None:
                fk, fvk = fk[keep], fvk[keep]
        all_live = bool(live.all())
        cur = nxt
    return out, steps, conv


def _fixed(init_rows, no_in, cmask, cvals):
    """Initial states with clamps applied, and the mask/values reset after every step."""
    A0 = init_rows if cmask is None else np.where(cmask, cvals, init_rows)
    fixed = np.broadcast_to(no_in, A0.shape)
    if cmask is not None:
        fixed = fixed | cmask
    if not fixed.any():
        return A0, None, None
    return A0, np.ascontiguousarray(fixed), A0


def limit_cycle_period(trajectory: np.ndarray, epsilon: float, max_period: int = 16) -> int | None:
    """Smallest period ``p >= 2`` with ``max|A(T) - A(T-p)| <= epsilon`` at the last step ``T``.

    >>> limit_cycle_period(np.array([[0.], [1.], [0.], [1.]]), 1e-9)
    2
    """
    last = trajectory[-1]
    for p in range(2, min(max_period, len(trajectory) - 1) + 1):
        if np.max(np.abs(last - trajectory[-1 - p])) <= epsilon:
            return p
    return None


def _edge_warnings(W: np.ndarray) -> list[str]:
    if not W.any():
        return ["the map has no edges: every concept keeps its initial value"]
    return []


def _batch_core(W, inits, cmask, cvals, config):
    """Checked inputs -> ``(steady states (S, n), steps (S,), converged (S,))``."""
    A0, fixed, fvals = _fixed(inits, _no_incoming(W), cmask, cvals)
    A0 = A0[:, None, :]
    if fixed is not None:
        fixed, fvals = fixed[:, None, :], fvals[:, None, :]
    out, steps, conv = _iterate(A0, W, fixed, fvals, config)
    return out[:, 0, :], steps[:, 0], conv[:, 0]


# --------------------------------------------------------------------------- helpers


def _check_names(concepts, n: int) -> None:
    if concepts is not None and len(concepts) != n:
        raise SimulationError(f"{len(concepts)} concept names for a map of {n} concepts")


def _by_index(clamp: Mapping, n: int, concepts) -> dict[int, float]:
    from dyad.simulate.validate import resolve_index

    return {resolve_index(key, n, concepts): value for key, value in clamp.items()}


def _clamp_record(cmask, cvals) -> dict[int, float]:
    if cmask is None:
        return {}
    return {int(i): float(cvals[i]) for i in np.flatnonzero(cmask)}


def _batch_clamp(mask, values, S: int, n: int, transfer: str):
    if mask is None and values is None:
        return None, None
    if mask is None or values is None:
        raise ScenarioError("give both clamp_mask and clamp_values, or neither")
    try:
        mask = np.broadcast_to(np.asarray(mask, dtype=bool), (S, n))
        values = np.broadcast_to(np.asarray(values, dtype=np.float64), (S, n))
    except ValueError:
        raise ScenarioError(f"clamp_mask and clamp_values must have shape ({S}, {n}) or ({n},)") from None
    if not mask.any():
        return None, None
    lo, hi = state_range(transfer)
    bad = mask & (~np.isfinite(values) | (values < lo) | (values > hi))
    if bad.any():
        s, i = np.argwhere(bad)[0].tolist()
        raise ScenarioError(
            f"clamp value {values[s, i]!r} for concept {i} in run {s} is outside [{lo:g}, {hi:g}]",
            hint=f"states for the {transfer} transfer lie in [{lo:g}, {hi:g}]",
        )
    return mask, values


def _batch_convergence_warnings(conv: np.ndarray, config: FCMConfig) -> list[str]:
    bad = int(conv.size - conv.sum())
    if bad:
        return [f"{bad} of {conv.size} runs did not converge within max_steps={config.max_steps}"]
    return []


def _convergence_error(message: str, result) -> ConvergenceError:
    err = ConvergenceError(
        message, hint="raise max_steps or epsilon, lower lambda, or use on_no_convergence='flag'"
    )
    err.result = result
    return err


def _maybe_raise(result, config: FCMConfig) -> None:
    if config.on_no_convergence == "raise" and not result.all_converged:
        raise _convergence_error(result.warnings[-1], result)
