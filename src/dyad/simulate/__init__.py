"""Scenario engines on the causal map: fuzzy cognitive maps (batch, Monte Carlo) and map metrics.

``simulate`` needs only numpy, the standard library and ``dyad.records``/``dyad.errors``.
"""

from __future__ import annotations

from dyad.simulate.fcm import (
    FCMConfig,
    limit_cycle_period,
    monte_carlo,
    run,
    run_batch,
    sample_weights,
    scenario_effect,
)
from dyad.simulate.results import BatchResult, FCMResult, Provenance, ScenarioEffects, map_hash

__all__ = [
    "FCMConfig",
    "run",
    "run_batch",
    "sample_weights",
    "monte_carlo",
    "scenario_effect",
    "limit_cycle_period",
    "FCMResult",
    "BatchResult",
    "ScenarioEffects",
    "Provenance",
    "map_hash",
]
