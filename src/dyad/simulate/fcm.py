"""Fuzzy cognitive map (FCM) scenario engine: one run, many runs, Monte Carlo weights.

Concepts ``A`` lie in ``[0, 1]^n`` (sigmoid, bivalent) or ``[-1, 1]^n`` (tanh,
trivalent); ``W[j, i]`` in ``[-1, 1]`` is the influence of concept ``j`` on concept
``i``. With ``f`` the transfer function the inference rules are

* Kosko: ``A(t+1) = f(W^T A(t))``
* modified Kosko: ``A(t+1) = f(A(t) + W^T A(t))``
* rescaled: ``A(t+1) = f((2A(t) - 1) + W^T (2A(t) - 1))``

As in FCMpy's ``FcmSimulator``, a concept with no incoming edge (its column of
``W`` is all zero) keeps its initial value. Clamped concepts hold their clamp value
at every step, from step 0. A run stops at the first step where
``max|A(t+1) - A(t)| <= epsilon`` (``converged=True``), or after ``max_steps`` steps
(``converged=False``: flagged, or :class:`~dyad.errors.ConvergenceError` when
``on_no_convergence="raise"``) -- never a silent unconverged answer.

Batches (many scenarios, Monte Carlo weight samples) are one array computation:
a Python loop runs over time steps only, and a run stops being updated once it
has converged. ``dyad.simulate.reference`` is a plain loop version of the same
contract that the tests compare against.
"""

from __future__ import annotations

from typing import Mapping, Sequence

import numpy as np

from dyad.errors import ScenarioError, SimulationError
from dyad.simulate.engine import (
    FCMConfig,
    _batch_clamp,
    _batch_convergence_warnings,
    _batch_core,
    _by_index,
    _check_names,
    _clamp_record,
    _convergence_error,
    _edge_warnings,
    _fixed,
    _iterate,
    _maybe_raise,
    _no_incoming,
    _step,
    limit_cycle_period,
)
from dyad.simulate.results import BatchResult, FCMResult, ScenarioEffects, make_provenance
from dyad.simulate.validate import check_states, check_weights, clamp_arrays

__all__ = [
    "FCMConfig",
    "run",
    "run_batch",
    "sample_weights",
    "monte_carlo",
    "scenario_effect",
    "limit_cycle_period",
]

# --------------------------------------------------------------------------- public API


def run(
    W,
    init,
    *,
    clamp: Mapping[int | str, float] | tuple[np.ndarray, np.ndarray] | None = None,
    config: FCMConfig = FCMConfig(),
    concepts: Sequence[str] | None = None,
) -> FCMResult:
    """Run a fuzzy cognitive map from ``init`` until it converges or hits the step limit.

    Parameters
    ----------
    W : array_like, shape (n, n)
        ``W[j, i]`` = influence of concept ``j`` on concept ``i``, in ``[-1, 1]``.
    init : array_like, shape (n,)
        Initial state, in ``[0, 1]`` (sigmoid, bivalent) or ``[-1, 1]`` (tanh, trivalent).
    clamp : dict or (mask, values), optional
        Concepts held at fixed values at every step: ``{index or name: value}`` or
        a pair of ``(n,)`` arrays.
    config : FCMConfig
        Rule, transfer, λ, ε, step limit and what to do without convergence.
    concepts : sequence of str, optional
        Concept names (for clamps by name and for the map hash).

    Returns
    -------
    FCMResult
        ``steady_state``, ``trajectory``, ``steps``, ``converged``, provenance.

    Raises
    ------
    SimulationError
        Bad matrix (not square, NaN, weight outside [-1, 1]) or initial state.
    ScenarioError
        Unknown clamp concept or clamp value out of range.
    ConvergenceError
        No convergence within ``max_steps`` and ``on_no_convergence="raise"``
        (the flagged result is on the error's ``result`` attribute).

    Examples
    --------
    Concept 0 drives concept 1 up; concept 0 has no incoming edge, so it keeps its value.

    >>> import numpy as np
    >>> W = np.array([[0.0, 1.0], [0.0, 0.0]])
    >>> res = run(W, [1.0, 0.0], config=FCMConfig(rule="kosko", transfer="sigmoid"))
    >>> res.converged, res.steps
    (True, 2)
    >>> np.round(res.steady_state, 4)
    array([1.    , 0.7311])
    >>> res.trajectory.shape
    (3, 2)
    """
    W = check_weights(W)
    n = W.shape[0]
    _check_names(concepts, n)
    a0 = check_states(init, n, config.transfer)
    cl = clamp_arrays(clamp, n, config.transfer, concepts)
    cmask, cvals = (None, None) if cl is None else cl
    A0, fixed, fvals = _fixed(a0[None, None, :], _no_incoming(W), cmask, cvals)

    eps = float(config.epsilon)
    traj = [A0[0, 0].copy()]
    cur = A0
    converged = False
    delta = 0.0
    for _ in range(int(config.max_steps)):
        nxt = _step(cur, W, config)
        if fixed is not None:
            np.copyto(nxt, fvals, where=fixed)
        traj.append(nxt[0, 0].copy())
        delta = float(np.max(np.abs(nxt - cur)))
        cur = nxt
        if delta <= eps:
            converged = True
            break
    trajectory = np.array(traj)
    steps = len(traj) - 1
    warnings = _edge_warnings(W)
    if not converged:
        msg = (
            f"the run did not converge within max_steps={config.max_steps} "
            f"(last max|dA| = {delta:.3g} > epsilon = {config.epsilon:g})"
        )
        period = limit_cycle_period(trajectory, eps)
        if period is not None:
            msg += f"; it oscillates with period {period}"
        warnings.append(msg)
    result = FCMResult(
        steady_state=trajectory[-1].copy(),
        trajectory=trajectory,
        steps=steps,
        converged=converged,
        config=config,
        provenance=make_provenance(W, concepts, config, clamp=_clamp_record(cmask, cvals)),
        warnings=tuple(warnings),
    )
    if not converged and config.on_no_convergence == "raise":
        raise _convergence_error(warnings[-1], result)
    return result


def run_batch(
    W,
    inits,
    *,
    clamp_mask=None,
    clamp_values=None,
    config: FCMConfig = FCMConfig(),
    concepts: Sequence[str] | None = None,
    seed: int | None = None,
) -> BatchResult:
    """Run many FCM scenarios as one batched array computation.

    Parameters
    ----------
    W : array_like, shape (n, n) or (S, n, n)
        One map shared by every run, or one map per run (Monte Carlo samples).
    inits : array_like, shape (S, n) or (n,)
        Initial states (a single ``(n,)`` state is used for every run).
    clamp_mask, clamp_values : array_like, shape (S, n) or (n,), optional
        Clamped concepts and their values, per run.
    config : FCMConfig
    concepts : sequence of str, optional
    seed : int, optional
        Recorded in the provenance (pass the seed the weights were sampled with).

    Returns
    -------
    BatchResult
        ``steady_states (S, n)``, ``steps (S,)``, ``converged (S,)``.

    Examples
    --------
    >>> import numpy as np
    >>> W = np.array([[0.0, 0.8], [-0.5, 0.0]])
    >>> res = run_batch(W, [[0.2, 0.4], [0.9, 0.1]])
    >>> res.steady_states.shape, bool(res.converged.all())
    ((2, 2), True)
    """
    W = check_weights(W, stacked=None)
    n = W.shape[-1]
    _check_names(concepts, n)
    inits = np.asarray(inits, dtype=np.float64)
    S = W.shape[0] if W.ndim == 3 else (inits.shape[0] if inits.ndim == 2 else 1)
    if inits.ndim == 1:
        inits = np.broadcast_to(inits, (S, inits.shape[0]))
    inits = check_states(inits, n, config.transfer, what="initial states", batched=True)
    if inits.shape[0] != S:
        raise SimulationError(f"{inits.shape[0]} initial states for {S} weight matrices: give one per sample")
    cmask, cvals = _batch_clamp(clamp_mask, clamp_values, S, n, config.transfer)
    out, steps, conv = _batch_core(W, inits, cmask, cvals, config)
    result = BatchResult(
        steady_states=out,
        steps=steps,
        converged=conv,
        config=config,
        provenance=make_provenance(W, concepts, config, seed=seed, n_runs=S),
        warnings=tuple(_edge_warnings(W) + _batch_convergence_warnings(conv, config)),
    )
    _maybe_raise(result, config)
    return result


def sample_weights(
    W,
    spread,
    n_samples: int,
    *,
    seed: int | None,
    distribution: str = "normal",
    keep_sign: bool = False,
) -> np.ndarray:
    """Monte Carlo samples of uncertain weights around ``W``.

    Each non-zero edge ``W[j, i]`` gets noise of scale ``spread`` (scalar or
    ``(n, n)``: standard deviation for ``"normal"``, half-width for ``"uniform"``);
    zero edges stay zero; samples are clipped to ``[-1, 1]`` (and to the edge's own
    sign with ``keep_sign=True``). Same ``seed`` -> same samples.

    Returns
    -------
    numpy.ndarray, shape (n_samples, n, n)

    Examples
    --------
    >>> W = np.array([[0.0, 0.5], [-0.3, 0.0]])
    >>> s = sample_weights(W, 0.1, 4, seed=7)
    >>> s.shape, bool((s[:, 0, 0] == 0).all()), bool(np.array_equal(s, sample_weights(W, 0.1, 4, seed=7)))
    ((4, 2, 2), True, True)
    """
    W = check_weights(W)
    spread = np.broadcast_to(np.asarray(spread, dtype=np.float64), W.shape)
    if not np.isfinite(spread).all() or (spread < 0).any():
        raise SimulationError("spread must be finite and >= 0 for every edge")
    if isinstance(n_samples, bool) or not isinstance(n_samples, (int, np.integer)) or n_samples < 1:
        raise SimulationError(f"n_samples must be an integer >= 1, got {n_samples!r}")
    rng = np.random.default_rng(seed)
    rows, cols = np.nonzero(W)  # only existing edges get noise; zero edges stay zero
    shape = (int(n_samples), rows.size)
    if distribution == "normal":
        noise = rng.standard_normal(shape)
    elif distribution == "uniform":
        noise = rng.uniform(-1.0, 1.0, shape)
    else:
        raise SimulationError(f"unknown distribution {distribution!r}", hint="use 'normal' or 'uniform'")
    w = W[rows, cols]
    vals = w + noise * spread[rows, cols]
    lo = np.where(keep_sign & (w > 0), 0.0, -1.0)
    hi = np.where(keep_sign & (w < 0), 0.0, 1.0)
    np.clip(vals, lo, hi, out=vals)
    samples = np.zeros((int(n_samples),) + W.shape)
    samples[:, rows, cols] = vals
    return samples


def monte_carlo(
    W,
    init,
    spread,
    n_samples: int,
    *,
    seed: int | None,
    clamp=None,
    config: FCMConfig = FCMConfig(),
    concepts: Sequence[str] | None = None,
    distribution: str = "normal",
    keep_sign: bool = False,
) -> BatchResult:
    """Run one scenario on ``n_samples`` Monte Carlo samples of the weights (one batch).

    The provenance hashes the mean map ``W`` and records the seed, the number of
    samples and the distribution.

    Examples
    --------
    >>> W = np.array([[0.0, 0.5], [0.0, 0.0]])
    >>> res = monte_carlo(W, [1.0, 0.5], 0.2, 100, seed=1)
    >>> res.steady_states.shape, res.provenance.seed
    ((100, 2), 1)
    """
    W = check_weights(W)
    n = W.shape[0]
    _check_names(concepts, n)
    a0 = check_states(init, n, config.transfer)
    cl = clamp_arrays(clamp, n, config.transfer, concepts)
    samples = sample_weights(W, spread, n_samples, seed=seed, distribution=distribution, keep_sign=keep_sign)
    cmask, cvals = (None, None) if cl is None else cl
    S = samples.shape[0]
    out, steps, conv = _batch_core(
        samples, np.broadcast_to(a0, (S, n)),
        None if cmask is None else np.broadcast_to(cmask, (S, n)),
        None if cvals is None else np.broadcast_to(cvals, (S, n)),
        config,
    )
    spread_arr = np.broadcast_to(np.asarray(spread, dtype=np.float64), W.shape)
    result = BatchResult(
        steady_states=out,
        steps=steps,
        converged=conv,
        config=config,
        provenance=make_provenance(
            W, concepts, config, seed=seed, n_samples=int(n_samples), distribution=distribution,
            keep_sign=bool(keep_sign), spread_mean=float(spread_arr[W != 0].mean()) if W.any() else 0.0,
            clamp=_clamp_record(cmask, cvals),
        ),
        warnings=tuple(_edge_warnings(W) + _batch_convergence_warnings(conv, config)),
    )
    _maybe_raise(result, config)
    return result


def scenario_effect(
    W,
    init,
    clamps: Sequence[Mapping[int | str, float]],
    config: FCMConfig = FCMConfig(),
    *,
    concepts: Sequence[str] | None = None,
    base_clamp: Mapping[int | str, float] | None = None,
    seed: int | None = None,
) -> ScenarioEffects:
    """Baseline and scenario steady states in one batch; ``effect = scenario - baseline``.

    Parameters
    ----------
    W : array_like, shape (n, n) or (S, n, n)
        The map, or ``S`` Monte Carlo samples of it (every result array then has a
        leading ``S`` axis: one baseline and ``k`` scenarios per sample).
    init : array_like, shape (n,)
        Initial state shared by the baseline and every scenario.
    clamps : list of dict
        One ``{index or name: value}`` per scenario.
    base_clamp : dict, optional
        Clamps applied to the baseline and to every scenario (a scenario's own clamp
        on the same concept wins).

    Examples
    --------
    >>> W = np.array([[0.0, 0.9], [0.0, 0.0]])
    >>> fx = scenario_effect(W, [0.5, 0.5], [{0: 1.0}, {0: 0.0}])
    >>> bool(fx.effects[0, 1] > 0), bool(fx.effects[1, 1] < 0)
    (True, True)
    """
    W = check_weights(W, stacked=None)
    n = W.shape[-1]
    _check_names(concepts, n)
    a0 = check_states(init, n, config.transfer)
    if isinstance(clamps, Mapping):
        raise ScenarioError("clamps must be a list of dicts, one per scenario (got a single dict)")
    base = dict(base_clamp or {})
    k = len(clamps)
    masks = np.zeros((k + 1, n), dtype=bool)
    values = np.zeros((k + 1, n), dtype=np.float64)
    for r, sc in enumerate([{}] + [dict(c) for c in clamps]):
        merged = {**_by_index(base, n, concepts), **_by_index(sc, n, concepts)}
        cl = clamp_arrays(merged, n, config.transfer, concepts)
        if cl is not None:
            masks[r], values[r] = cl
    no_in = _no_incoming(W)
    if W.ndim == 2:
        A0, fixed, fvals = _fixed(np.broadcast_to(a0, (k + 1, n)), no_in, masks, values)
        A0 = A0[:, None, :]
        fixed = None if fixed is None else fixed[:, None, :]
        fvals = None if fvals is None else fvals[:, None, :]
        out, steps, conv = _iterate(A0, W, fixed, fvals, config)
        out, steps, conv = out[:, 0, :], steps[:, 0], conv[:, 0]
        baseline, scen = out[0], out[1:]
    else:
        S = W.shape[0]
        A0, fixed, fvals = _fixed(
            np.broadcast_to(a0, (S, k + 1, n)), no_in[:, None, :], masks[None], values[None]
        )
        out, steps, conv = _iterate(np.ascontiguousarray(A0), W, fixed, fvals, config)
        baseline, scen = out[:, 0], out[:, 1:]
    effects = scen - (baseline[None] if W.ndim == 2 else baseline[:, None, :])
    result = ScenarioEffects(
        baseline=baseline,
        scenarios=scen,
        effects=effects,
        steps=steps,
        converged=conv,
        clamps=tuple(_by_index(dict(c), n, concepts) for c in clamps),
        config=config,
        provenance=make_provenance(W, concepts, config, seed=seed, n_scenarios=k),
        warnings=tuple(_edge_warnings(W) + _batch_convergence_warnings(conv, config)),
    )
    _maybe_raise(result, config)
    return result
