"""Signed, weighted edges aggregated from causal claims, with their evidence and disagreement.

Each claim gives a *link* (source concept, target concept, sign) with a strength
``MODALITY_STRENGTH[modality] * confidence`` (asserted 1.0, predicted 0.8, conditional 0.6,
hedged 0.5).  For one ordered pair of concepts:

* positive and negative supporting strengths are combined by noisy-or, ``P`` and ``N``;
  the weight is ``P - N`` (in [-1, 1]);
* negated claims never support a link: one denying the edge's sign shrinks the weight by
  ``1 - 0.5 * noisy_or(denials)`` and is listed as contradicting evidence;
* supporting claims of the opposite sign are contradicting evidence too;
* ``spread`` (the standard deviation used for Monte Carlo sampling) is wider for fewer,
  more hedged and more contradicted claims.

A pair with only negated claims gets no edge; it is kept in ``denied`` so that
:func:`disagreements` can show it.

>>> links = [Link("c1", "a", "b", +1, "asserted", 1.0, "X"), Link("c2", "a", "b", +1, "hedged", 1.0, "Y")]
>>> edges, denied = aggregate_edges(links)
>>> round(edges[0].weight, 2), edges[0].claims
(1.0, ('c1', 'c2'))
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from dyad.model.claims import MODALITY_STRENGTH

__all__ = ["Link", "Edge", "Disagreement", "aggregate_edges", "disagreements", "noisy_or", "edge_spread"]

MIN_SPREAD, MAX_SPREAD = 0.05, 1.0


@dataclass(frozen=True, slots=True)
class Link:
    """One claim read as a signed link between two concepts."""

    claim_id: str
    source: str
    target: str
    sign: int  # +1 | -1 (after inverted phrases are taken into account)
    modality: str
    confidence: float
    claimant: str

    @property
    def strength(self) -> float:
        return MODALITY_STRENGTH.get(self.modality, 0.5) * min(1.0, max(0.05, float(self.confidence)))


@dataclass(frozen=True, slots=True)
class Edge:
    """An edge of the causal map: ``weight`` in [-1, 1] is the influence of source on target."""

    source: str
    target: str
    weight: float
    spread: float
    claims: tuple[str, ...] = ()  # supporting claim ids
    claimants: tuple[str, ...] = ()
    contradicting: tuple[str, ...] = ()  # claim ids: opposite sign, or negated with this sign
    contradicting_claimants: tuple[str, ...] = ()
    curated: bool = False  # added or re-weighted by an analyst
    note: str | None = None

    @property
    def sign(self) -> int:
        return 1 if self.weight > 0 else (-1 if self.weight < 0 else 0)

    def to_dict(self) -> dict:
        return {"source": self.source, "target": self.target, "weight": round(self.weight, 6),
                "claims": list(self.claims)}


@dataclass(frozen=True, slots=True)
class Disagreement:
    """An edge (or a denied link) whose claims conflict, with the claimants on each side."""

    source: str
    target: str
    weight: float  # 0.0 for a link that only has denials
    supporting: tuple[str, ...]
    contradicting: tuple[str, ...]
    claimants_for: tuple[str, ...]
    claimants_against: tuple[str, ...]

    def to_dict(self) -> dict:
        return {"source": self.source, "target": self.target, "weight": round(self.weight, 6),
                "supporting": list(self.supporting), "contradicting": list(self.contradicting),
                "claimants_for": list(self.claimants_for), "claimants_against": list(self.claimants_against)}


def noisy_or(strengths: Iterable[float]) -> float:
    """``1 - prod(1 - s)``: several independent claims of the same link reinforce each other."""
    p = 1.0
    for s in strengths:
        p *= 1.0 - min(1.0, max(0.0, s))
    return 1.0 - p


def edge_spread(n_support: int, mean_strength: float, conflict: float) -> float:
    """Uncertainty of a weight: ``0.3/sqrt(n) + 0.4*(1 - mean modality strength) + 0.3*conflict``."""
    if n_support <= 0:
        return MAX_SPREAD
    s = 0.3 / math.sqrt(n_support) + 0.4 * (1.0 - mean_strength) + 0.3 * conflict
    return round(min(MAX_SPREAD, max(MIN_SPREAD, s)), 6)


def _uniq(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(sorted(set(items)))


def aggregate_edges(links: Iterable[Link]) -> tuple[list[Edge], list[Disagreement]]:
    """Combine links into edges (sorted by source, target) and denied-only links.

    Self-links (source == target) must be removed by the caller.
    """
    by_pair: dict[tuple[str, str], list[Link]] = defaultdict(list)
    for link in links:
        by_pair[(link.source, link.target)].append(link)
    edges: list[Edge] = []
    denied: list[Disagreement] = []
    for (src, tgt), group in sorted(by_pair.items()):
        support = [lk for lk in group if lk.modality != "negated"]
        denials = [lk for lk in group if lk.modality == "negated"]
        if not support:
            denied.append(Disagreement(src, tgt, 0.0, (), _uniq(lk.claim_id for lk in denials), (),
                                       _uniq(lk.claimant for lk in denials)))
            continue
        pos = noisy_or(lk.strength for lk in support if lk.sign > 0)
        neg = noisy_or(lk.strength for lk in support if lk.sign < 0)
        weight = pos - neg
        if weight != 0:
            sign = 1 if weight > 0 else -1
        else:
            n_pos = sum(lk.sign > 0 for lk in support)
            sign = 1 if n_pos * 2 >= len(support) else -1
        same_denials = [lk for lk in denials if lk.sign == sign]
        weight *= 1.0 - 0.5 * noisy_or(min(1.0, max(0.05, lk.confidence)) for lk in same_denials)
        agree = [lk for lk in support if lk.sign == sign]
        against = [lk for lk in support if lk.sign != sign] + same_denials
        conflict = len(against) / max(1, len(agree) + len(against))
        mean_mod = sum(MODALITY_STRENGTH.get(lk.modality, 0.5) for lk in support) / len(support)
        edges.append(Edge(
            source=src, target=tgt, weight=round(max(-1.0, min(1.0, weight)), 6),
            spread=edge_spread(len(support), mean_mod, conflict),
            claims=_uniq(lk.claim_id for lk in support),
            claimants=_uniq(lk.claimant for lk in agree),
            contradicting=_uniq(lk.claim_id for lk in against),
            contradicting_claimants=_uniq(lk.claimant for lk in against),
        ))
    return edges, denied


def disagreements(causal_map) -> list[Disagreement]:
    """Edges whose claims conflict, and links only denied, with the claimants on each side.

    Parameters
    ----------
    causal_map : CausalMap
        Anything with ``edges`` (list of :class:`Edge`) and ``denied`` (list of Disagreement).

    Returns
    -------
    list of Disagreement
        Edges with claims on both sides first (most contradicting claims, then smallest
        ``|weight|``), then links that only negated claims speak of.
    """
    out: list[Disagreement] = []
    for e in causal_map.edges:
        if e.contradicting:
            out.append(Disagreement(e.source, e.target, e.weight,
                                    tuple(c for c in e.claims if c not in e.contradicting), e.contradicting,
                                    e.claimants, e.contradicting_claimants))
    edge_pairs = {(e.source, e.target) for e in causal_map.edges}
    out.extend(d for d in getattr(causal_map, "denied", ()) if (d.source, d.target) not in edge_pairs)
    out.sort(key=lambda d: (not d.supporting, -len(d.contradicting), abs(d.weight), d.source, d.target))
    return out
