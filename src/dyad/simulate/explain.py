"""Why a scenario moves what it moves: strongest causal paths, every link cited.

For each scenario, the concepts whose steady state moves most against the baseline are
listed with the strongest simple paths (largest product of ``|weight|``, up to
``max_length`` links) from the scenario's clamped concepts to them.  Each link carries the
claims behind it: claimant, document, offsets and the evidence text.  Document texts come
from a lookup the caller passes (``{doc_id: Document or text}``), so this module needs no
store; the causal map is used through its attributes (``edges``, ``claims``, ``concepts``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

import numpy as np

__all__ = ["Citation", "PathLink", "CausalPath", "Mover", "ScenarioExplanation", "explain", "cite_edge",
           "strongest_paths"]


@dataclass(frozen=True, slots=True)
class Citation:
    """One claim behind a link."""

    claim_id: str
    claimant: str
    doc_id: str | None
    source: str | None  # document file name
    start: int | None
    end: int | None
    text: str | None  # the evidence: document text[start:end]
    polarity: str | None = None
    modality: str | None = None
    note: str | None = None  # analyst note for curated links

    def to_dict(self) -> dict:
        return {"claim": self.claim_id, "claimant": self.claimant, "doc": self.doc_id, "source": self.source,
                "start": self.start, "end": self.end, "text": self.text, "polarity": self.polarity,
                "modality": self.modality, "note": self.note}


@dataclass(frozen=True, slots=True)
class PathLink:
    source: str
    target: str
    weight: float
    citations: tuple[Citation, ...]

    def to_dict(self) -> dict:
        return {"source": self.source, "target": self.target, "weight": round(self.weight, 6),
                "citations": [c.to_dict() for c in self.citations]}


@dataclass(frozen=True, slots=True)
class CausalPath:
    nodes: tuple[str, ...]
    links: tuple[PathLink, ...]
    strength: float  # product of |weight|
    sign: int  # product of signs

    def to_dict(self) -> dict:
        return {"nodes": list(self.nodes), "strength": round(self.strength, 6), "sign": self.sign,
                "links": [lk.to_dict() for lk in self.links]}


@dataclass(frozen=True, slots=True)
class Mover:
    concept: str
    label: str
    effect: float
    baseline: float
    scenario: float
    paths: tuple[CausalPath, ...]

    def to_dict(self) -> dict:
        return {"concept": self.concept, "label": self.label, "effect": round(self.effect, 6),
                "baseline": round(self.baseline, 6), "scenario": round(self.scenario, 6),
                "paths": [p.to_dict() for p in self.paths]}


@dataclass(frozen=True, slots=True)
class ScenarioExplanation:
    scenario: str
    clamped: tuple[str, ...]
    movers: tuple[Mover, ...]

    def to_dict(self) -> dict:
        return {"scenario": self.scenario, "clamped": list(self.clamped), "movers": [m.to_dict() for m in self.movers]}


def _doc_info(documents: Mapping | None, doc_id: str) -> tuple[str | None, str | None]:
    """(source name, text) of a document from the lookup (Document-like or plain text)."""
    if not documents or doc_id not in documents:
        return None, None
    d = documents[doc_id]
    if isinstance(d, str):
        return None, d
    if isinstance(d, Mapping):
        return d.get("source"), d.get("text")
    return getattr(d, "source", None), getattr(d, "text", None)


def cite_edge(causal_map, edge, documents: Mapping | None = None) -> tuple[Citation, ...]:
    """Citations of an edge's supporting claims (an analyst citation for curated edges)."""
    out = []
    for cid in edge.claims:
        claim = causal_map.claims.get(cid)
        if claim is None:
            continue
        source, text = _doc_info(documents, claim.doc_id)
        evidence = text[claim.start_char:claim.end_char] if text is not None else None
        out.append(Citation(cid, claim.claimant, claim.doc_id, source, claim.start_char, claim.end_char,
                            evidence, claim.polarity, claim.modality))
    if getattr(edge, "curated", False):
        out.append(Citation("curation", "analyst", None, None, None, None, None, note=getattr(edge, "note", None)))
    return tuple(out)


def strongest_paths(W: np.ndarray, sources, target: int, *, max_length: int = 4, k: int = 3
                    ) -> list[tuple[tuple[int, ...], float, int]]:
    """Top ``k`` simple paths (node index tuples) from any of ``sources`` to ``target``.

    Ranked by the product of ``|W|`` along the path (ties: shorter first).

    >>> W = np.array([[0, .5, .1], [0, 0, .8], [0, 0, 0]])
    >>> [(p, round(s, 2), sg) for p, s, sg in strongest_paths(W, [0], 2)]
    [((0, 1, 2), 0.4, 1), ((0, 2), 0.1, 1)]
    """
    n = W.shape[0]
    succ = [np.flatnonzero(W[j]).tolist() for j in range(n)]
    found: list[tuple[tuple[int, ...], float, int]] = []

    def walk(path: list[int], strength: float, sign: int) -> None:
        node = path[-1]
        for nxt in succ[node]:
            if nxt in path:
                continue
            w = float(W[node, nxt])
            s, sg = strength * abs(w), sign * (1 if w > 0 else -1)
            if nxt == target:
                found.append((tuple(path + [nxt]), s, sg))
            elif len(path) < max_length:
                walk(path + [nxt], s, sg)

    for src in dict.fromkeys(sources):
        if src != target:
            walk([src], 1.0, 1)
    found.sort(key=lambda t: (-t[1], len(t[0]), t[0]))
    return found[:k]


def explain(
    causal_map,
    scenario_run,
    *,
    documents: Mapping | None = None,
    top: int = 5,
    max_length: int = 4,
    n_paths: int = 3,
    min_effect: float = 1e-4,
) -> list[ScenarioExplanation]:
    """Explain every outcome of ``scenario_run`` on ``causal_map``.

    Parameters
    ----------
    causal_map : CausalMap
    scenario_run : ScenarioRun
        From :func:`dyad.simulate.scenarios.run_scenarios` on the same map.
    documents : mapping, optional
        ``doc_id -> Document`` (or ``{"source", "text"}`` or the text) for evidence sentences.
    top : int
        Concepts listed per scenario (largest ``|effect|`` first, clamped concepts excluded).
    max_length, n_paths : int
        Longest path (in links) and number of paths kept per concept.
    """
    ids = list(causal_map.ids) if hasattr(causal_map, "ids") else [c.id for c in causal_map.concepts]
    labels = {c.id: c.label for c in causal_map.concepts}
    if list(scenario_run.concepts) != ids:
        from dyad.errors import SimulationError

        raise SimulationError("the scenario results were computed on another map (concepts differ)",
                              hint="run the scenarios again on this map")
    W = np.asarray(causal_map.W, dtype=float)
    edge_of = {(e.source, e.target): e for e in causal_map.edges}
    cache: dict[tuple[str, str], tuple[Citation, ...]] = {}
    out = []
    for o in scenario_run.outcomes:
        clamped = [ids.index(c) for c in o.clamps]
        order = np.argsort(-np.abs(o.effect), kind="stable")
        movers = []
        for i in order:
            if len(movers) >= top or abs(o.effect[i]) < min_effect:
                break
            if i in clamped:
                continue
            paths = []
            for nodes, strength, sign in strongest_paths(W, clamped, int(i), max_length=max_length, k=n_paths):
                links = []
                for a, b in zip(nodes, nodes[1:]):
                    key = (ids[a], ids[b])
                    if key not in cache:
                        edge = edge_of.get(key)
                        cache[key] = cite_edge(causal_map, edge, documents) if edge is not None else ()
                    links.append(PathLink(ids[a], ids[b], float(W[a, b]), cache[key]))
                paths.append(CausalPath(tuple(ids[x] for x in nodes), tuple(links), strength, sign))
            movers.append(Mover(ids[i], labels[ids[i]], float(o.effect[i]), float(scenario_run.baseline[i]),
                                float(o.steady_state[i]), tuple(paths)))
        out.append(ScenarioExplanation(o.name, tuple(o.clamps), tuple(movers)))
    return out
