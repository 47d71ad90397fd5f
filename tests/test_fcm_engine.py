"""FCM engine: hand-computed maps, fast vs reference, clamps, convergence, batches, Monte Carlo."""

from __future__ import annotations

import itertools
import math
import zlib

import numpy as np
import pytest

from dyad import __version__
from dyad.errors import ConvergenceError, ScenarioError, SimulationError
from dyad.simulate import (
    FCMConfig,
    map_hash,
    monte_carlo,
    run,
    run_batch,
    sample_weights,
    scenario_effect,
)
from dyad.simulate.reference import reference_run

RULES = ("kosko", "modified-kosko", "rescaled")
TRANSFERS = ("sigmoid", "tanh", "bivalent", "trivalent")


def sig(x: float) -> float:
    return 1.0 / (1.0 + math.exp(-x))


def random_map(rng, n, density=0.5):
    W = rng.uniform(-1, 1, (n, n)) * (rng.random((n, n)) < density)
    W[:, 0] = 0.0  # concept 0 has no incoming edge
    return W


def random_state(rng, size, transfer):
    lo = 0.0 if transfer in ("sigmoid", "bivalent") else -1.0
    return rng.uniform(lo, 1.0, size)


# --------------------------------------------------------------------------- hand-computed


# W[0, 1] = 0.5: concept 0 pushes concept 1 up; concept 0 has no incoming edge.
W2 = np.array([[0.0, 0.5], [0.0, 0.0]])


def test_fcm_kosko_sigmoid_by_hand():
    res = run(W2, [1.0, 0.2], config=FCMConfig(rule="kosko", transfer="sigmoid"))
    assert res.trajectory[1, 1] == pytest.approx(sig(0.5 * 1.0), abs=1e-15)
    assert res.trajectory[1, 0] == 1.0  # no incoming edge: keeps its initial value
    assert res.converged and res.steps == 2
    np.testing.assert_allclose(res.steady_state, [1.0, sig(0.5)], atol=1e-15)


def test_fcm_modified_kosko_by_hand():
    res = run(W2, [1.0, 0.2], config=FCMConfig(rule="modified-kosko", transfer="sigmoid", epsilon=1e-9))
    assert res.trajectory[1, 1] == pytest.approx(sig(0.2 + 0.5), abs=1e-15)
    assert res.trajectory[2, 1] == pytest.approx(sig(sig(0.7) + 0.5), abs=1e-15)
    x = res.steady_state[1]
    assert res.converged and x == pytest.approx(sig(x + 0.5), abs=1e-8)  # a fixed point


def test_fcm_rescaled_by_hand():
    res = run(W2, [1.0, 0.2], config=FCMConfig(rule="rescaled", transfer="sigmoid", lam=2.0))
    r0, r1 = 2 * 1.0 - 1, 2 * 0.2 - 1
    assert res.trajectory[1, 1] == pytest.approx(sig(2.0 * (r1 + 0.5 * r0)), abs=1e-15)


def test_fcm_tanh_uses_lambda():
    res = run(W2, [1.0, 0.0], config=FCMConfig(transfer="tanh", lam=3.0))
    assert res.trajectory[1, 1] == pytest.approx(math.tanh(3.0 * 0.5), abs=1e-15)


def test_fcm_trivalent_oscillation_is_flagged_not_silent():
    # 0 -> 1 positive, 1 -> 0 negative: a period-4 cycle under the trivalent transfer.
    W = np.array([[0.0, 1.0], [-1.0, 0.0]])
    cfg = FCMConfig(transfer="trivalent", max_steps=20)
    res = run(W, [1.0, 0.0], config=cfg)
    assert not res.converged and res.steps == 20
    np.testing.assert_array_equal(res.trajectory[:5], [[1, 0], [0, 1], [-1, 0], [0, -1], [1, 0]])
    assert any("period 4" in w for w in res.warnings)
    with pytest.raises(ConvergenceError) as err:
        run(W, [1.0, 0.0], config=FCMConfig(transfer="trivalent", max_steps=20, on_no_convergence="raise"))
    assert "max_steps=20" in str(err.value) and err.value.code == "E610"
    assert err.value.result.steps == 20


def test_fcm_batch_raise_mode_names_unconverged_runs():
    W = np.array([[0.0, 1.0], [-1.0, 0.0]])
    cfg = FCMConfig(transfer="trivalent", max_steps=10, on_no_convergence="raise")
    with pytest.raises(ConvergenceError, match="1 of 2 runs"):
        run_batch(W, [[1.0, 0.0], [0.0, 0.0]], config=cfg)


def test_fcm_clamp_holds_from_step_zero():
    W = np.array([[0.0, 0.8, 0.0], [0.0, 0.0, -0.6], [0.4, 0.0, 0.0]])
    res = run(W, [0.1, 0.5, 0.5], clamp={0: 0.9}, config=FCMConfig())
    assert (res.trajectory[:, 0] == 0.9).all()
    assert res.trajectory[1, 1] == pytest.approx(sig(0.8 * 0.9), abs=1e-15)
    by_name = run(W, [0.1, 0.5, 0.5], clamp={"a": 0.9}, concepts=["a", "b", "c"])
    np.testing.assert_array_equal(by_name.steady_state, res.steady_state)
    mask = np.array([True, False, False])
    pair = run(W, [0.1, 0.5, 0.5], clamp=(mask, np.array([0.9, 0, 0])))
    np.testing.assert_array_equal(pair.steady_state, res.steady_state)


def test_fcm_map_without_edges_keeps_values_and_is_flagged():
    res = run(np.zeros((3, 3)), [0.1, 0.7, 0.3])
    np.testing.assert_array_equal(res.steady_state, [0.1, 0.7, 0.3])
    assert res.converged and res.steps == 1
    assert any("no edges" in w for w in res.warnings)


# --------------------------------------------------------------------------- fast == reference


@pytest.mark.parametrize("rule,transfer", list(itertools.product(RULES, TRANSFERS)))
@pytest.mark.parametrize("clamped", [False, True])
def test_fcm_fast_matches_reference(rule, transfer, clamped):
    rng = np.random.default_rng(zlib.crc32(f"{rule}/{transfer}/{clamped}".encode()))
    for _ in range(6):
        n = int(rng.integers(2, 9))
        W = random_map(rng, n)
        init = random_state(rng, n, transfer)
        lam = float(rng.choice([1.0, 2.5])) if transfer in ("sigmoid", "tanh") else 1.0
        cfg = FCMConfig(rule=rule, transfer=transfer, lam=lam, max_steps=60)
        clamp = {int(rng.integers(n)): float(random_state(rng, 1, transfer)[0])} if clamped else None
        fast = run(W, init, clamp=clamp, config=cfg)
        ref = reference_run(W, init, clamp=clamp, config=cfg)
        assert fast.steps == ref.steps and fast.converged == ref.converged
        np.testing.assert_allclose(fast.trajectory, ref.trajectory, rtol=0, atol=1e-12)


# --------------------------------------------------------------------------- batches


@pytest.mark.parametrize("rule,transfer", [("kosko", "sigmoid"), ("modified-kosko", "tanh"), ("rescaled", "bivalent")])
def test_fcm_batch_equals_looped_runs(rule, transfer):
    rng = np.random.default_rng(5)
    n, S = 7, 12
    W = random_map(rng, n)
    cfg = FCMConfig(rule=rule, transfer=transfer, max_steps=40)
    inits = random_state(rng, (S, n), transfer)
    mask = rng.random((S, n)) < 0.25
    vals = random_state(rng, (S, n), transfer)
    Ws = sample_weights(W, 0.3, S, seed=3)
    for WW in (W, Ws):
        batch = run_batch(WW, inits, clamp_mask=mask, clamp_values=vals, config=cfg)
        for s in range(S):
            one = run(WW if WW.ndim == 2 else WW[s], inits[s], clamp=(mask[s], vals[s]), config=cfg)
            assert batch.steps[s] == one.steps and batch.converged[s] == one.converged
            np.testing.assert_allclose(batch.steady_states[s], one.steady_state, rtol=0, atol=1e-12)


def test_fcm_batch_rows_stop_at_their_own_convergence():
    W = np.array([[0.0, 0.5], [0.0, 0.0]])
    res = run_batch(W, [[1.0, 0.2], [0.5, 0.5]], config=FCMConfig(epsilon=1e-12))
    singles = [run(W, a, config=FCMConfig(epsilon=1e-12)).steps for a in ([1.0, 0.2], [0.5, 0.5])]
    assert res.steps.tolist() == singles


def test_fcm_scenario_effect_is_scenario_minus_baseline():
    rng = np.random.default_rng(11)
    W = random_map(rng, 5)
    init = np.full(5, 0.5)
    clamps = [{1: 1.0}, {2: 0.0, 3: 1.0}]
    fx = scenario_effect(W, init, clamps, FCMConfig())
    base = run(W, init).steady_state
    np.testing.assert_allclose(fx.baseline, base, atol=1e-12)
    for k, c in enumerate(clamps):
        sc = run(W, init, clamp=c).steady_state
        np.testing.assert_allclose(fx.effects[k], sc - base, atol=1e-12)
    Ws = sample_weights(W, 0.2, 4, seed=0)
    fxs = scenario_effect(Ws, init, clamps, FCMConfig())
    assert fxs.effects.shape == (4, 2, 5) and fxs.steps.shape == (4, 3)
    np.testing.assert_allclose(fxs.baseline[2], run(Ws[2], init).steady_state, atol=1e-12)
    np.testing.assert_allclose(fxs.scenarios[3, 1], run(Ws[3], init, clamp=clamps[1]).steady_state, atol=1e-12)


# --------------------------------------------------------------------------- Monte Carlo


def test_fcm_sample_weights_reproducible_and_structural():
    rng = np.random.default_rng(2)
    W = random_map(rng, 6)
    a = sample_weights(W, 0.5, 50, seed=42)
    b = sample_weights(W, 0.5, 50, seed=42)
    c = sample_weights(W, 0.5, 50, seed=43)
    np.testing.assert_array_equal(a, b)
    assert not np.array_equal(a, c)
    assert (a[:, W == 0] == 0).all()
    assert a.min() >= -1 and a.max() <= 1
    signed = sample_weights(W, 2.0, 50, seed=1, keep_sign=True)
    assert (np.sign(signed[:, W != 0]) * np.sign(W[W != 0]) >= 0).all()
    wide = sample_weights(W, 0.3, 2000, seed=1)[:, W != 0].std(axis=0)
    narrow = sample_weights(W, 0.05, 2000, seed=1)[:, W != 0].std(axis=0)
    assert (wide > narrow).all()


def test_fcm_monte_carlo_records_seed_and_reproduces():
    W = np.array([[0.0, 0.6, 0.0], [0.0, 0.0, -0.4], [0.0, 0.3, 0.0]])
    a = monte_carlo(W, [1.0, 0.5, 0.5], 0.2, 64, seed=9, concepts=["x", "y", "z"])
    b = monte_carlo(W, [1.0, 0.5, 0.5], 0.2, 64, seed=9, concepts=["x", "y", "z"])
    np.testing.assert_array_equal(a.steady_states, b.steady_states)
    assert a.provenance.seed == 9 and a.provenance.parameters["n_samples"] == 64
    assert a.provenance.map_hash == map_hash(W, ["x", "y", "z"])
    assert a.steady_states[:, 1].std() > 0  # the samples differ
    assert a.quantiles().shape == (3, 3)


# --------------------------------------------------------------------------- provenance and errors


def test_fcm_result_provenance():
    res = run(W2, [1.0, 0.0], config=FCMConfig(lam=2.0), concepts=["a", "b"])
    prov = res.provenance
    assert prov.map_hash == map_hash(W2, ["a", "b"]) and prov.dyad_version == __version__
    assert prov.parameters["lam"] == 2.0 and prov.parameters["rule"] == "kosko"
    assert map_hash(W2 * 0.5, ["a", "b"]) != prov.map_hash
    with pytest.raises(ValueError):
        res.steady_state[0] = 0.3  # results are read-only


@pytest.mark.parametrize(
    "W,init,match",
    [
        (np.zeros((2, 3)), [0.5, 0.5], "square"),
        (np.array([[0.0, np.nan], [0.0, 0.0]]), [0.5, 0.5], "NaN"),
        (np.array([[0.0, 1.5], [0.0, 0.0]]), [0.5, 0.5], "outside \\[-1, 1\\]"),
        (W2, [0.5, 1.2], "outside \\[0, 1\\]"),
        (W2, [0.5], "shape"),
        ([["a", "b"], ["c", "d"]], [0.5, 0.5], "not numeric"),
    ],
)
def test_fcm_bad_input_raises_simulation_error(W, init, match):
    with pytest.raises(SimulationError, match=match):
        run(W, init)


def test_fcm_bad_clamp_raises_scenario_error():
    with pytest.raises(ScenarioError, match="unknown concept index 5"):
        run(W2, [0.5, 0.5], clamp={5: 0.5})
    with pytest.raises(ScenarioError, match="did you mean 'trade'"):
        run(W2, [0.5, 0.5], clamp={"trad": 0.5}, concepts=["trade", "trust"])
    with pytest.raises(ScenarioError, match="outside"):
        run(W2, [0.5, 0.5], clamp={0: -0.5})
    with pytest.raises(ScenarioError, match="outside"):
        run_batch(W2, [[0.5, 0.5]], clamp_mask=[[True, False]], clamp_values=[[2.0, 0.0]])


def test_fcm_config_validation():
    for kwargs in ({"rule": "hebbian"}, {"transfer": "relu"}, {"lam": 0}, {"epsilon": -1},
                   {"max_steps": 0}, {"on_no_convergence": "ignore"}):
        with pytest.raises(SimulationError):
            FCMConfig(**kwargs)
