"""A clamped concept with no outgoing edge moves nothing: the run says so instead of a silent table of zeros."""

from __future__ import annotations

import numpy as np

from dyad.model.causal_map import build_causal_map
from dyad.records import CausalClaim
from dyad.simulate.scenarios import Scenario, run_scenarios


def claim(cause, effect, pol="+", start=0):
    return CausalClaim("d1", start, start + 10, cause, effect, pol, "asserted", "X", confidence=1.0)


def _map():
    return build_causal_map([
        claim("Western sanctions", "Japanese investment", "-", start=0),
        claim("Japanese investment", "Russia-Japan relations", "+", start=20),
    ])


def test_scenarios_sink_clamp_is_reported():
    m = _map()
    run = run_scenarios(m, [Scenario("sink", {"Russia-Japan relations": "max"})])
    warn = [w for w in run.warnings if "sink" in w]
    assert any("Russia–Japan relations has no outgoing edge in this map; clamping it moves nothing" in w for w in warn)
    assert any("moves nothing" in w and "none of its clamped concepts" in w for w in warn)
    o = run.outcome("sink")
    others = [i for i, cid in enumerate(run.concepts) if cid != "bilateral-relations"]
    np.testing.assert_allclose(o.effect[others], 0.0, atol=1e-12)


def test_scenarios_transmitting_clamp_is_not_reported():
    run = run_scenarios(_map(), [Scenario("lifted", {"sanctions": "min"}),
                                 Scenario("mixed", {"sanctions": "min", "Russia-Japan relations": "max"})])
    assert not any("'lifted'" in w for w in run.warnings)
    mixed = [w for w in run.warnings if "'mixed'" in w]
    assert len(mixed) == 1 and "no outgoing edge" in mixed[0]
    assert run.effect_of("lifted", "trade-investment") > 0
