"""Scenarios: loading, validation, effect direction, Monte Carlo, bundled set."""

from __future__ import annotations

import numpy as np
import pytest

from dyad.errors import ScenarioError
from dyad.model.causal_map import build_causal_map
from dyad.records import CausalClaim
from dyad.simulate.fcm import FCMConfig
from dyad.simulate.scenarios import (Scenario, bundled_scenarios, load_scenarios, resolve_scenario, run_scenarios,
                                     scenario_from_assignments)


def claim(cause, effect, pol="+", mod="asserted", who="X", start=0, conf=1.0):
    return CausalClaim("d1", start, start + 10, cause, effect, pol, mod, who, confidence=conf)


@pytest.fixture(scope="module")
def tiny():
    # sanctions -| investment -> relations ; Korean crisis -| relations
    return build_causal_map([
        claim("Western sanctions", "Japanese investment", "-", who="A", start=0),
        claim("Japanese investment", "Russia-Japan relations", "+", who="B", start=20),
        claim("the Korean crisis", "Russia-Japan relations", "-", "hedged", who="C", start=40),
    ])


def test_scenarios_effect_direction(tiny):
    run = run_scenarios(tiny, [Scenario("lifted", {"sanctions": "min"}), Scenario("escalates", {"Korean crisis": 1})])
    assert run.effect_of("lifted", "trade-investment") > 0
    assert run.effect_of("lifted", "bilateral-relations") > 0  # through investment
    assert run.effect_of("escalates", "bilateral-relations") < 0
    assert run.effect_of("escalates", "trade-investment") == pytest.approx(0)
    o = run.outcome("lifted")
    assert o.converged and o.clamps == {"sanctions": 0.0}
    np.testing.assert_allclose(o.effect, o.steady_state - run.baseline)


def test_scenarios_unknown_concept_suggests_closest(tiny):
    with pytest.raises(ScenarioError) as err:
        run_scenarios(tiny, [Scenario("typo", {"sanctons": 0})])
    assert "sanctons" in str(err.value) and "did you mean" in str(err.value)
    assert "sanctions" in str(err.value).lower()


@pytest.mark.parametrize("value", [1.5, -0.1, "lots"])
def test_scenarios_value_out_of_range(tiny, value):
    with pytest.raises(ScenarioError, match="outside|not a number"):
        resolve_scenario(tiny, Scenario("bad", {"sanctions": value}))


def test_scenarios_range_follows_transfer(tiny):
    clamps, _ = resolve_scenario(tiny, Scenario("s", {"sanctions": "min"}), FCMConfig(transfer="tanh"))
    assert clamps == {"sanctions": -1.0}
    clamps, _ = resolve_scenario(tiny, Scenario("s", {"sanctions": -0.5}), FCMConfig(transfer="tanh"))
    assert clamps == {"sanctions": -0.5}


def test_scenarios_map_without_edges_is_an_error():
    with pytest.raises(ScenarioError, match="no edges"):
        run_scenarios(build_causal_map([]), [Scenario("s", {"x": 1})])


def test_scenarios_monte_carlo_one_batch(tiny):
    run = run_scenarios(tiny, [Scenario("lifted", {"sanctions": 0})], monte_carlo=64, seed=3)
    mc = run.outcome("lifted").mc
    i = run.concepts.index("trade-investment")
    assert mc["n_samples"] == 64 and mc["std"][i] > 0
    assert mc["p05"][i] <= mc["p50"][i] <= mc["p95"][i]
    assert mc["mean"][i] > 0
    again = run_scenarios(tiny, [Scenario("lifted", {"sanctions": 0})], monte_carlo=64, seed=3)
    np.testing.assert_array_equal(again.outcome("lifted").mc["mean"], mc["mean"])
    assert run.provenance["seed"] == 3 and run.provenance["map_hash"] == tiny.hash
    assert run.provenance["parameters"]["rule"] == "kosko"


def test_scenarios_skip_invalid(tiny):
    run = run_scenarios(tiny, [Scenario("ok", {"sanctions": 0}), Scenario("bad", {"weather": 1})],
                        skip_invalid=True)
    assert [o.name for o in run.outcomes] == ["ok"] and run.skipped[0][0] == "bad"


def test_scenarios_load_yaml_and_errors(tmp_path):
    f = tmp_path / "s.yaml"
    f.write_text("name: calm\ndescription: d\nclamps:\n  sanctions: 0.2\n", encoding="utf-8")
    (s,) = load_scenarios(f)
    assert s.name == "calm" and s.clamps == {"sanctions": 0.2} and s.source == str(f)
    f.write_text("name: x\nclamps: [oops\n", encoding="utf-8")
    with pytest.raises(ScenarioError, match="YAML"):
        load_scenarios(f)
    f.write_text("name: x\n", encoding="utf-8")
    with pytest.raises(ScenarioError, match="clamps no concept"):
        load_scenarios(f)
    with pytest.raises(ScenarioError, match="not found"):
        load_scenarios(tmp_path / "missing.yaml")


def test_scenarios_assignments():
    s = scenario_from_assignments(["sanctions=0", "North Korea = 1"])
    assert s.clamps == {"sanctions": "0", "North Korea": "1"}
    with pytest.raises(ScenarioError):
        scenario_from_assignments(["sanctions"])


def test_scenarios_bundled_resolve_against_seeded_map():
    found = bundled_scenarios()
    assert {"sanctions-lifted", "abe-leaves-office", "korean-crisis-escalates", "us-russia-thaw",
            "joint-economic-activity-expands", "russia-china-alignment-deepens"} <= set(found)
    phrases = ["Western sanctions", "Prime Minister Abe", "the Korean crisis", "US-Russia relations",
               "joint economic activity", "Russia's partnership with China"]
    m = build_causal_map([claim(p, "Russia-Japan relations", start=20 * i) for i, p in enumerate(phrases)])
    run = run_scenarios(m, list(found.values()))
    assert not run.skipped and len(run.outcomes) == len(found)
    for o in run.outcomes:
        assert len(o.clamps) == 1 and o.converged


def test_scenarios_clamp_on_mentioned_concept_says_why():
    m = build_causal_map([
        claim("Western sanctions", "Japanese investment", "-", start=0),
        claim("joint economic activity", "Japanese investment", "+", "negated", start=20),
    ])
    with pytest.raises(ScenarioError, match="none gives it a causal link"):
        run_scenarios(m, [Scenario("jea", {"joint economic activity": "max"})])
    run = run_scenarios(m, [Scenario("jea", {"joint economic activity": "max"}), Scenario("s", {"sanctions": 0})],
                        skip_invalid=True)
    assert [n for n, _ in run.skipped] == ["jea"] and "mentioned by 1 causal claim" in run.skipped[0][1]
