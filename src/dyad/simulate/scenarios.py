"""What-if scenarios on a causal map: clamp concepts, run the FCM, compare with the baseline.

A scenario file (YAML)::

    name: sanctions-lifted
    description: The G7 lifts its sanctions on Russia.
    clamps:                       # concept id, label or alias -> value
      Western sanctions: min      # min / max / mid, or a number in the transfer's range
    init: {}                      # optional initial values (default: the mid-point)

``run_scenarios`` runs the baseline (no clamps) and every scenario in one batch, and with
``monte_carlo=N`` also ``N`` samples of the uncertain weights (``causal_map.spread``) times
(baseline + scenarios) in one batch; ``effect = scenario - baseline`` per sample.

The causal map is used through its attributes only (``W``, ``spread``, ``concepts``,
``resolve``, ``suggest``, ``hash``), so this module imports nothing of ``dyad.model``.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Sequence

import numpy as np

from dyad import __version__
from dyad.errors import ScenarioError
from dyad.simulate.fcm import FCMConfig, run_batch, sample_weights
from dyad.simulate.results import map_hash
from dyad.simulate.transfer import state_range

__all__ = [
    "Scenario",
    "ScenarioOutcome",
    "ScenarioRun",
    "load_scenarios",
    "bundled_scenarios",
    "BUNDLED_DIR",
    "scenario_from_assignments",
    "resolve_scenario",
    "run_scenarios",
]

BUNDLED_DIR = Path(__file__).resolve().parents[1] / "model" / "scenarios"
_LEVELS = {"min": 0.0, "low": 0.0, "off": 0.0, "mid": 0.5, "max": 1.0, "high": 1.0, "on": 1.0}
_MAX_BATCH_BYTES = 256 * 2**20


@dataclass(frozen=True, slots=True)
class Scenario:
    """A named set of clamps (and optional initial values) on concepts named by id/label/alias."""

    name: str
    clamps: dict = field(default_factory=dict)
    init: dict = field(default_factory=dict)
    description: str = ""
    source: str | None = None  # file it was read from

    def to_dict(self) -> dict:
        return {"name": self.name, "description": self.description, "clamps": dict(self.clamps),
                "init": dict(self.init)}


@dataclass(frozen=True, eq=False)
class ScenarioOutcome:
    """One scenario's result; arrays are in the map's concept order."""

    scenario: Scenario
    clamps: dict  # concept id -> value actually used
    steady_state: np.ndarray
    effect: np.ndarray
    converged: bool
    steps: int
    mc: dict | None = None  # mean, std, p05, p50, p95 of the effect; converged_fraction

    @property
    def name(self) -> str:
        return self.scenario.name


@dataclass(frozen=True, eq=False)
class ScenarioRun:
    """Baseline and scenario outcomes, with what produced them."""

    concepts: tuple[str, ...]  # ids
    labels: tuple[str, ...]
    baseline: np.ndarray
    baseline_converged: bool
    outcomes: tuple[ScenarioOutcome, ...]
    provenance: dict
    skipped: tuple[tuple[str, str], ...] = ()  # (scenario name, why)
    warnings: tuple[str, ...] = ()

    def outcome(self, name: str) -> ScenarioOutcome:
        for o in self.outcomes:
            if o.name == name:
                return o
        raise KeyError(name)

    def effect_of(self, name: str, concept_id: str) -> float:
        return float(self.outcome(name).effect[self.concepts.index(concept_id)])

    def to_dict(self) -> dict:
        def vec(a):
            return {cid: round(float(v), 6) for cid, v in zip(self.concepts, a)}

        out = {
            "concepts": [{"id": c, "label": lab} for c, lab in zip(self.concepts, self.labels)],
            "baseline": vec(self.baseline),
            "baseline_converged": self.baseline_converged,
            "scenarios": [],
            "skipped": [{"name": n, "reason": r} for n, r in self.skipped],
            "warnings": list(self.warnings),
            "provenance": self.provenance,
        }
        for o in self.outcomes:
            d = {**o.scenario.to_dict(), "clamped": dict(o.clamps), "steady_state": vec(o.steady_state),
                 "effect": vec(o.effect), "converged": o.converged, "steps": o.steps}
            if o.mc is not None:
                d["monte_carlo"] = {k: (vec(v) if isinstance(v, np.ndarray) else v) for k, v in o.mc.items()}
            out["scenarios"].append(d)
        return out


# ---------------------------------------------------------------------------- loading


def _scenario_from(data, source: str) -> Scenario:
    if not isinstance(data, dict):
        raise ScenarioError("a scenario must be a mapping with 'name' and 'clamps'", path=source,
                            hint="see src/dyad/model/scenarios/*.yaml for examples")
    name = data.get("name") or Path(source).stem
    clamps = data.get("clamps") or {}
    init = data.get("init") or {}
    if not isinstance(clamps, dict) or not isinstance(init, dict):
        raise ScenarioError(f"scenario {name!r}: 'clamps' and 'init' must be mappings concept: value",
                            path=source, hint="e.g. clamps: {sanctions: min}")
    if not clamps:
        raise ScenarioError(f"scenario {name!r} clamps no concept", path=source,
                            hint="add e.g. clamps: {sanctions: min}")
    unknown = set(data) - {"name", "description", "clamps", "init"}
    if unknown:
        raise ScenarioError(f"scenario {name!r} has unknown field(s) {', '.join(sorted(unknown))}", path=source,
                            hint="a scenario has name, description, clamps, init")
    return Scenario(name=str(name), clamps={str(k): v for k, v in clamps.items()},
                    init={str(k): v for k, v in init.items()}, description=str(data.get("description") or ""),
                    source=source)


def load_scenarios(path: str | Path) -> list[Scenario]:
    """Scenarios of a YAML file (one mapping, a list, or ``{scenarios: [...]}``) or a folder of them."""
    import yaml

    p = Path(path)
    if p.is_dir():
        return [s for f in sorted(p.glob("*.y*ml")) for s in load_scenarios(f)]
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ScenarioError("scenario file not found", path=str(p), hint="give the path of a YAML scenario") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark is not None else ""
        raise ScenarioError(f"scenario file is not valid YAML{line}", path=str(p),
                            hint="fix the YAML syntax (see src/dyad/model/scenarios/*.yaml)") from None
    if isinstance(data, dict) and "scenarios" in data:
        data = data["scenarios"]
    items = data if isinstance(data, list) else [data]
    return [_scenario_from(d, str(p)) for d in items]


def bundled_scenarios() -> dict[str, Scenario]:
    """The scenarios shipped with dyad, by name."""
    return {s.name: s for s in load_scenarios(BUNDLED_DIR)} if BUNDLED_DIR.is_dir() else {}


def scenario_from_assignments(items: Iterable[str], name: str = "custom") -> Scenario:
    """A scenario from ``CONCEPT=VALUE`` strings (the CLI's ``--set``)."""
    clamps = {}
    for item in items:
        concept, sep, raw = item.rpartition("=")
        if not sep or not concept.strip():
            raise ScenarioError(f"--set {item!r} is not CONCEPT=VALUE", hint='e.g. --set "sanctions=0"')
        clamps[concept.strip()] = raw.strip()
    if not clamps:
        raise ScenarioError("no concept to set", hint='e.g. --set "sanctions=0"')
    return Scenario(name=name, clamps=clamps, description="set on the command line: " + ", ".join(items))


# ---------------------------------------------------------------------------- resolving


def _suggest(causal_map, name: str) -> list[str]:
    if hasattr(causal_map, "suggest"):
        return causal_map.suggest(name)
    labels = [c.label for c in causal_map.concepts]
    return difflib.get_close_matches(name, labels, n=3, cutoff=0.4)


def _resolve_name(causal_map, name: str, scenario: Scenario) -> str:
    cid = causal_map.resolve(name) if hasattr(causal_map, "resolve") else None
    if cid is None:
        why = causal_map.absent(name) if hasattr(causal_map, "absent") else None
        if why:
            raise ScenarioError(f"scenario {scenario.name!r}: {why}, so the map has no such concept to clamp",
                                path=scenario.source,
                                hint="nothing can move until a claim links it; add an edge with "
                                     "`dyad curate add-edge` if an analyst knows one")
        close = _suggest(causal_map, name)
        hint = f"did you mean {close[0]!r}?" if close else "list the concepts with `dyad map`"
        raise ScenarioError(f"scenario {scenario.name!r}: unknown concept {name!r}", path=scenario.source, hint=hint)
    return cid


def _value(raw, name: str, scenario: Scenario, lo: float, hi: float) -> float:
    if isinstance(raw, str) and raw.strip().lower() in _LEVELS:
        return lo + _LEVELS[raw.strip().lower()] * (hi - lo)
    try:
        v = float(raw)
    except (TypeError, ValueError):
        raise ScenarioError(f"scenario {scenario.name!r}: value {raw!r} for {name!r} is not a number",
                            path=scenario.source, hint=f"use a number in [{lo:g}, {hi:g}] or min / mid / max") from None
    if not (math.isfinite(v) and lo <= v <= hi):
        raise ScenarioError(f"scenario {scenario.name!r}: value {v:g} for {name!r} is outside [{lo:g}, {hi:g}]",
                            path=scenario.source, hint=f"use a number in [{lo:g}, {hi:g}] or min / mid / max")
    return v


def resolve_scenario(causal_map, scenario: Scenario, config: FCMConfig = FCMConfig()
                     ) -> tuple[dict[str, float], dict[str, float]]:
    """``(clamps, init)`` as ``{concept id: value}``, validated against the map and the transfer.

    Raises
    ------
    ScenarioError
        Unknown concept (with the closest name), value out of range or not a number.
    """
    lo, hi = state_range(config.transfer)
    out = []
    for mapping in (scenario.clamps, scenario.init):
        resolved: dict[str, float] = {}
        for name, raw in mapping.items():
            resolved[_resolve_name(causal_map, name, scenario)] = _value(raw, name, scenario, lo, hi)
        out.append(resolved)
    return out[0], out[1]


# ---------------------------------------------------------------------------- running


def _stats(effects: np.ndarray, converged: np.ndarray) -> dict:
    """Monte Carlo summary of ``effects (N, n)``."""
    p05, p50, p95 = np.percentile(effects, [5, 50, 95], axis=0)
    return {"n_samples": int(effects.shape[0]), "mean": effects.mean(axis=0), "std": effects.std(axis=0),
            "p05": p05, "p50": p50, "p95": p95, "converged_fraction": float(np.mean(converged))}


def _inert_clamps(W: np.ndarray, ids, labels, resolved) -> list[str]:
    """A warning for each clamped concept with no outgoing edge (to another concept): clamping
    it cannot move anything, and a table of zero effects must not pass for an answer."""
    out = []
    off = W.copy()
    np.fill_diagonal(off, 0.0)
    has_out = np.any(off != 0.0, axis=1)
    for sc, clamps, _init in resolved:
        inert = [cid for cid in clamps if not has_out[ids.index(cid)]]
        for cid in inert:
            out.append(f"scenario {sc.name!r}: {labels[ids.index(cid)]} has no outgoing edge in this map; "
                       "clamping it moves nothing")
        if inert and len(inert) == len(clamps):
            out.append(f"scenario {sc.name!r} moves nothing: none of its clamped concepts influences another "
                       "concept (add an edge with `dyad curate add-edge` if an analyst knows one)")
    return out


def run_scenarios(
    causal_map,
    scenarios: Sequence[Scenario],
    config: FCMConfig = FCMConfig(),
    *,
    monte_carlo: int = 0,
    seed: int = 0,
    skip_invalid: bool = False,
) -> ScenarioRun:
    """Run the baseline and ``scenarios`` on ``causal_map`` (one batch; Monte Carlo optional).

    Parameters
    ----------
    causal_map : CausalMap
        Needs ``W``, ``spread``, ``concepts`` (with ``id``/``label``), ``resolve``, ``hash``.
    scenarios : sequence of Scenario
    config : FCMConfig
        Rule, transfer, λ, ε, step limit. The baseline starts every concept at the mid-point
        of the transfer's range; a scenario's ``init`` overrides that.
    monte_carlo : int
        Number of weight samples (0: none). Each sample runs the baseline and every scenario.
    seed : int
        Seed of the weight samples (recorded in the provenance).
    skip_invalid : bool
        Leave out scenarios naming unknown concepts (listed in ``skipped``) instead of raising.

    Raises
    ------
    ScenarioError
        The map has no edges, a scenario is invalid (unless ``skip_invalid``), or nothing is left.
    """
    W = np.asarray(causal_map.W, dtype=float)
    n = W.shape[0] if W.ndim == 2 else 0
    if n == 0 or not np.any(W):
        raise ScenarioError("the causal map has no edges, so no scenario can move anything",
                            hint="build the knowledge base from texts with causal claims, or add edges with "
                                 "`dyad curate add-edge`")
    if monte_carlo < 0:
        raise ScenarioError(f"--monte-carlo must be >= 0, got {monte_carlo}")
    ids = tuple(c.id for c in causal_map.concepts)
    labels = tuple(c.label for c in causal_map.concepts)
    lo, hi = state_range(config.transfer)
    mid = (lo + hi) / 2.0
    resolved, skipped = [], []
    for sc in scenarios:
        try:
            resolved.append((sc, *resolve_scenario(causal_map, sc, config)))
        except ScenarioError as exc:
            if not skip_invalid:
                raise
            skipped.append((sc.name, str(exc)))
    if not resolved and scenarios:
        raise ScenarioError("no scenario could be run: " + "; ".join(r for _, r in skipped))
    k = len(resolved)
    inits = np.full((k + 1, n), mid)
    masks = np.zeros((k + 1, n), dtype=bool)
    values = np.zeros((k + 1, n))
    for r, (_sc, clamps, init) in enumerate(resolved, start=1):
        for cid, v in init.items():
            inits[r, ids.index(cid)] = v
        for cid, v in clamps.items():
            i = ids.index(cid)
            masks[r, i], values[r, i], inits[r, i] = True, v, v
    flag = FCMConfig(**{**config.as_dict(), "on_no_convergence": "flag"})
    res = run_batch(W, inits, clamp_mask=masks, clamp_values=values, config=flag, concepts=list(ids))
    states, conv, steps = res.steady_states, res.converged, res.steps
    warnings = _inert_clamps(W, ids, labels, resolved) + list(res.warnings)

    mc_stats: list[dict | None] = [None] * k
    if monte_carlo and k:
        spread = np.asarray(causal_map.spread, dtype=float)
        samples = sample_weights(W, spread, int(monte_carlo), seed=seed)
        per_sample = (k + 1) * n * n * 8
        chunk = max(1, min(int(monte_carlo), _MAX_BATCH_BYTES // max(1, per_sample)))
        all_states, all_conv = [], []
        for start in range(0, int(monte_carlo), chunk):
            part = samples[start:start + chunk]
            m = part.shape[0]
            batch = run_batch(np.repeat(part, k + 1, axis=0), np.tile(inits, (m, 1)),
                              clamp_mask=np.tile(masks, (m, 1)), clamp_values=np.tile(values, (m, 1)),
                              config=flag, concepts=list(ids), seed=seed)
            all_states.append(batch.steady_states.reshape(m, k + 1, n))
            all_conv.append(batch.converged.reshape(m, k + 1))
        st, cv = np.concatenate(all_states), np.concatenate(all_conv)
        eff = st[:, 1:, :] - st[:, :1, :]
        for r in range(k):
            mc_stats[r] = _stats(eff[:, r, :], cv[:, r + 1] & cv[:, 0])
        bad = int(cv.size - cv.sum())
        if bad:
            warnings.append(f"{bad} of {cv.size} Monte Carlo runs did not converge within "
                            f"max_steps={config.max_steps}")

    outcomes = tuple(
        ScenarioOutcome(scenario=sc, clamps=clamps, steady_state=states[r], effect=states[r] - states[0],
                        converged=bool(conv[r]), steps=int(steps[r]), mc=mc_stats[r - 1])
        for r, (sc, clamps, _init) in enumerate(resolved, start=1)
    )
    for o in outcomes:
        if not o.converged:
            warnings.append(f"scenario {o.name!r} did not converge within max_steps={config.max_steps}; "
                            "its effect is the last state reached")
    if not bool(conv[0]):
        warnings.append(f"the baseline did not converge within max_steps={config.max_steps}")
    provenance = {
        "map_hash": getattr(causal_map, "hash", "") or map_hash(W, list(ids)),
        "matrix_hash": map_hash(W, list(ids)),
        "parameters": config.as_dict(),
        "baseline_init": mid,
        "monte_carlo": int(monte_carlo),
        "seed": int(seed),
        "distribution": "normal" if monte_carlo else None,
        "scenarios": [sc.name for sc, _c, _i in resolved],
        "dyad_version": __version__,
    }
    return ScenarioRun(concepts=ids, labels=labels, baseline=states[0], baseline_converged=bool(conv[0]),
                       outcomes=outcomes, provenance=provenance, skipped=tuple(skipped),
                       warnings=tuple(dict.fromkeys(warnings)))
