"""Compare dyad's FCM engine with FCMpy's ``FcmSimulator``: same numbers, and how much faster.

Usage (from the repository root)::

    .venv/bin/python bench/fcm_vs_fcmpy.py            # throwaway venv in a temp dir
    .venv/bin/python bench/fcm_vs_fcmpy.py --venv /tmp/fcmpy-venv --keep   # reuse it next time

The driver creates a virtual environment, installs FCMpy 0.0.21 with ``--no-deps``
(it pins pandas 1.3.3 / numpy 1.19, which do not build on Python 3.11) plus numpy,
pandas, tqdm, scikit-fuzzy, scipy and packaging, and re-runs this file inside that
environment with ``PYTHONPATH=src`` and ``--inner``. The inner part prints:

1. correctness: max |dyad - FCMpy| over random maps x rules x transfers x initial
   states x (no clamp, clamp) -- target <= 1e-9, with identical step counts;
2. speed: 1,000 scenarios on a 50-concept map, dyad batched vs FCMpy looped
   (target >= 50x);
3. overhead: dyad's batched run vs the bare numpy work it needs for the same number
   of steps (target <= 2x), both vs the matrix products alone and vs a minimal
   update loop (matmul + transfer, no clamps or convergence bookkeeping);
4. Monte Carlo: 1,000 weight samples (one (S, n, n) stack) vs the bare batched products.

Fairness notes (FCMpy 0.0.21 semantics, checked in its source):

* FCMpy's tanh has no λ, so tanh runs use λ = 1; sigmoid runs use FCMpy's ``l``.
* FCMpy's ``thresh``/``iterations`` are our ``epsilon``/``max_steps``: both stop at the
  first step whose max absolute change is <= the threshold, else after the limit.
* FCMpy holds concepts without incoming edges at their initial value (as we do). It
  has no clamping: a clamped scenario is given to FCMpy as the same map with the
  clamped concepts' incoming edges removed and the clamp value as initial state,
  which is the same dynamics.
* FCMpy's bivalent/trivalent outputs are integer arrays, so a held concept with a
  fractional initial value would be truncated there; those transfers get initial
  states in {0, 1} (bivalent) and {-1, 0, 1} (trivalent).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import os
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FCMPY_DEPS = ["numpy", "pandas", "tqdm", "scikit-fuzzy", "scipy", "packaging"]


# --------------------------------------------------------------------------- driver


def driver(args: argparse.Namespace) -> int:
    tmp = None
    if args.venv:
        venv = Path(args.venv)
    else:
        tmp = tempfile.mkdtemp(prefix="dyad-fcmpy-")
        venv = Path(tmp) / "venv"
    py = venv / "bin" / "python"
    try:
        if not py.exists():
            print(f"creating {venv} and installing FCMpy 0.0.21 ...", flush=True)
            subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
            pip = [str(py), "-m", "pip", "install", "-q", "--disable-pip-version-check"]
            subprocess.run(pip + ["--no-deps", "fcmpy==0.0.21"], check=True)
            subprocess.run(pip + FCMPY_DEPS, check=True)
        env = dict(os.environ, PYTHONPATH=str(ROOT / "src"), OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
        cmd = [str(py), str(Path(__file__).resolve()), "--inner",
               "--scenarios", str(args.scenarios), "--concepts", str(args.concepts),
               "--maps", str(args.maps), "--seed", str(args.seed)]
        return subprocess.run(cmd, env=env).returncode
    finally:
        if tmp and not args.keep:
            import shutil

            shutil.rmtree(tmp, ignore_errors=True)


# --------------------------------------------------------------------------- inside the venv

RULES = {"kosko": "kosko", "modified-kosko": "mKosko", "rescaled": "rescaled"}
TRANSFERS = ("sigmoid", "tanh", "bivalent", "trivalent")


def fcmpy_run(FcmSimulator, W, init, rule, transfer, lam, eps, max_steps):
    """FCMpy result as (steady state, steps); its chatter on stdout/warnings is muted."""
    import numpy as np

    names = [f"C{i}" for i in range(len(init))]
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        res = FcmSimulator.simulate(
            initial_state=dict(zip(names, (float(v) for v in init))), weight_matrix=np.asarray(W),
            transfer=transfer, inference=RULES[rule], thresh=eps, iterations=max_steps, l=lam,
        )
    return res.to_numpy(dtype=float)[-1], len(res) - 1


def random_map(rng, n, density):
    W = rng.uniform(-1, 1, (n, n)) * (rng.random((n, n)) < density)
    np.fill_diagonal(W, 0.0)
    return W


def random_init(rng, n, transfer):
    if transfer == "bivalent":
        return rng.integers(0, 2, n).astype(float)
    if transfer == "trivalent":
        return rng.integers(-1, 2, n).astype(float)
    return rng.uniform(0, 1, n) if transfer == "sigmoid" else rng.uniform(-1, 1, n)


def inner(args: argparse.Namespace) -> int:
    global np
    import numpy as np
    from fcmpy.simulator.simulator import FcmSimulator

    from dyad import __version__
    from dyad.simulate import FCMConfig, run, run_batch

    print(f"numpy {np.__version__}, dyad {__version__}, python {sys.version.split()[0]}")
    rng = np.random.default_rng(args.seed)

    # 1. correctness --------------------------------------------------------------
    worst, cases, step_mismatch, unconverged = 0.0, 0, 0, 0
    for m in range(args.maps):
        n = int(rng.integers(3, 13))
        W = random_map(rng, n, 0.4)
        W[:, int(rng.integers(n))] = 0.0  # at least one concept without incoming edges
        for rule in RULES:
            for transfer in TRANSFERS:
                lams = (1.0, 2.5) if transfer == "sigmoid" else (1.0,)
                for lam in lams:
                    for _ in range(3):
                        init = random_init(rng, n, transfer)
                        cfg = FCMConfig(rule=rule, transfer=transfer, lam=lam, epsilon=0.001, max_steps=50)
                        for clamped in (False, True):
                            Wf, a0, clamp = W, init, None
                            if clamped:
                                k = int(rng.integers(n))
                                v = float(random_init(rng, 1, transfer)[0])
                                clamp = {k: v}
                                Wf = W.copy()
                                Wf[:, k] = 0.0
                                a0 = init.copy()
                                a0[k] = v
                            ours = run(W, init, clamp=clamp, config=cfg)
                            theirs, steps = fcmpy_run(FcmSimulator, Wf, a0, rule, transfer, lam, 0.001, 50)
                            worst = max(worst, float(np.max(np.abs(ours.steady_state - theirs))))
                            step_mismatch += steps != ours.steps
                            unconverged += not ours.converged
                            cases += 1
    print(f"\n[1] correctness: {cases} runs ({args.maps} random maps of 3-12 concepts x 3 rules x 4 transfers "
          f"x initial states x clamp/no clamp; {unconverged} hit the 50-step limit)")
    print(f"    max |dyad - FCMpy| steady state = {worst:.3e}   (target <= 1e-9)   step-count mismatches: "
          f"{step_mismatch}")

    # 2. speed vs FCMpy ---------------------------------------------------------------
    S, n = args.scenarios, args.concepts
    W = random_map(rng, n, 0.2)
    inits = rng.uniform(0, 1, (S, n))
    mask = np.zeros((S, n), dtype=bool)
    for s in range(S):
        mask[s, rng.choice(n, size=int(rng.integers(1, 4)), replace=False)] = True
    values = rng.uniform(0, 1, (S, n))
    print(f"\n[2] speed: {S} scenarios (random initial states, 1-3 clamped concepts each) on a "
          f"{n}-concept map with {np.count_nonzero(W)} edges")
    for rule, transfer in (("kosko", "sigmoid"), ("modified-kosko", "sigmoid"), ("rescaled", "sigmoid")):
        lo = -1.0 if transfer == "tanh" else 0.0
        a0 = inits * (1 - lo) + lo
        vals = values * (1 - lo) + lo
        cfg = FCMConfig(rule=rule, transfer=transfer, lam=1.0, epsilon=0.001, max_steps=100)
        t_ours, res = best_of(lambda: run_batch(W, a0, clamp_mask=mask, clamp_values=vals, config=cfg), 7)

        t0 = time.perf_counter()
        diff = 0.0
        fcmpy_steps = []
        for s in range(S):
            Wf = W.copy()
            Wf[:, mask[s]] = 0.0
            x0 = np.where(mask[s], vals[s], a0[s])
            ss, st = fcmpy_run(FcmSimulator, Wf, x0, rule, transfer, 1.0, 0.001, 100)
            diff = max(diff, float(np.max(np.abs(ss - res.steady_states[s]))))
            fcmpy_steps.append(st)
        t_fcmpy = time.perf_counter() - t0
        same_steps = bool(np.array_equal(np.array(fcmpy_steps), res.steps))
        print(f"    {rule}/{transfer}: dyad batched {t_ours * 1e3:8.2f} ms   FCMpy looped {t_fcmpy:7.2f} s   "
              f"speed-up {t_fcmpy / t_ours:8.0f}x (target >= 50x)")
        print(f"      same results: max diff {diff:.2e}, identical step counts: {same_steps}; "
              f"steps min/median/max {res.steps.min()}/{int(np.median(res.steps))}/{res.steps.max()}, "
              f"converged {int(res.converged.sum())}/{S}")

        # 3. overhead vs bare numpy ----------------------------------------------------
        T = int(res.steps.max())
        A0 = np.where(mask, vals, a0)

        def bare_matmul():
            A = A0
            for _ in range(T):
                A = A @ W
            return A

        def minimal_loop():
            A = A0
            for _ in range(T):
                if rule == "rescaled":
                    R = 2.0 * A - 1.0
                    X = R @ W + R
                else:
                    X = A @ W
                    if rule == "modified-kosko":
                        X += A
                A = 1.0 / (1.0 + np.exp(-X)) if transfer == "sigmoid" else np.tanh(X)
            return A

        t_mm, _ = best_of(bare_matmul, 15)
        t_min, _ = best_of(minimal_loop, 15)
        print(f"      overhead for {T} steps: bare matmuls {t_mm * 1e3:.2f} ms -> dyad {t_ours / t_mm:.2f}x;  "
              f"minimal matmul+transfer loop {t_min * 1e3:.2f} ms -> dyad {t_ours / t_min:.2f}x (target <= 2x)")

    # Monte Carlo: S weight samples, one scenario each ---------------------------------
    from dyad.simulate import monte_carlo, sample_weights

    Ws = sample_weights(W, 0.15, S, seed=1)
    x0 = np.full(n, 0.5)
    cfg = FCMConfig()
    t_mc, res = best_of(lambda: run_batch(Ws, x0, config=cfg), 5)
    t_full, _ = best_of(lambda: monte_carlo(W, x0, 0.15, S, seed=1, config=cfg), 5)
    t_sample, _ = best_of(lambda: sample_weights(W, 0.15, S, seed=1), 5)
    T = int(res.steps.max())

    def bare_mc():
        A = np.broadcast_to(x0, (S, 1, n))
        for _ in range(T):
            A = np.matmul(A, Ws)
        return A

    def minimal_mc():
        A = np.broadcast_to(x0, (S, 1, n))
        for _ in range(T):
            A = 1.0 / (1.0 + np.exp(-np.matmul(A, Ws)))
        return A

    t_bmc, _ = best_of(bare_mc, 7)
    t_mmc, _ = best_of(minimal_mc, 7)
    print(f"\n[4] Monte Carlo: {S} weight samples (sd 0.15) of the {n}-concept map, kosko/sigmoid, {T} steps max:")
    t_engine = t_full - t_sample
    print(f"    run_batch on the (S, n, n) stack {t_mc * 1e3:.2f} ms (incl. input checks and provenance hash of "
          f"the stack); monte_carlo {t_full * 1e3:.2f} ms = sampling {t_sample * 1e3:.2f} ms + engine "
          f"{t_engine * 1e3:.2f} ms")
    print(f"    bare batched matmuls {t_bmc * 1e3:.2f} ms -> run_batch {t_mc / t_bmc:.2f}x, monte_carlo engine "
          f"{t_engine / t_bmc:.2f}x;  minimal matmul+sigmoid loop {t_mmc * 1e3:.2f} ms -> run_batch "
          f"{t_mc / t_mmc:.2f}x, monte_carlo engine {t_engine / t_mmc:.2f}x")
    return 0


def best_of(fn, repeat):
    best, out = float("inf"), None
    for _ in range(repeat):
        t0 = time.perf_counter()
        out = fn()
        best = min(best, time.perf_counter() - t0)
    return best, out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--venv", help="reuse (or create) the FCMpy environment here instead of a temp dir")
    ap.add_argument("--keep", action="store_true", help="keep the temporary environment")
    ap.add_argument("--scenarios", type=int, default=1000)
    ap.add_argument("--concepts", type=int, default=50)
    ap.add_argument("--maps", type=int, default=20, help="random maps for the correctness check")
    ap.add_argument("--seed", type=int, default=2017)
    ap.add_argument("--inner", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    return inner(args) if args.inner else driver(args)


if __name__ == "__main__":
    sys.exit(main())
