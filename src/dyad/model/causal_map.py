"""The causal map: concepts, signed weighted edges with evidence, and the FCM weight matrix.

``build_causal_map(claims)`` is a pure function of the claims, the concept packs and the
analyst's curation, so rebuilding the corpus and re-applying the curation file gives the same
map.  ``W[j, i]`` is the influence of concept ``j`` on concept ``i`` (rows: causes), in the
order of ``causal_map.concepts``.

Examples
--------
>>> from dyad.records import CausalClaim
>>> claims = [CausalClaim("d", 0, 5, "Western sanctions", "Japanese investment", "-", "asserted", "X", confidence=1.0)]
>>> m = build_causal_map(claims)
>>> [c.id for c in m.concepts], float(m.W[m.index("sanctions"), m.index("trade-investment")])
(['trade-investment', 'sanctions'], -1.0)
"""

from __future__ import annotations

import difflib
import hashlib
import json
import os
from dataclasses import dataclass, field
from typing import Iterable, Mapping

import numpy as np

from dyad.model.claims import index_claims
from dyad.model.concepts import Concept, ConceptMatcher, canonicalize
from dyad.model.curation import Curation, apply_concept_ops, apply_edge_ops, load_curation, ops_from
from dyad.model.edges import Disagreement, Edge, Link, aggregate_edges
from dyad.records import CausalClaim

__all__ = ["CausalMap", "build_causal_map", "to_export", "seed_coverage", "dropped_summary", "DEFAULT_PACKS"]

DEFAULT_PACKS = ("generic", "russia-japan")


@dataclass(frozen=True, eq=False)
class CausalMap:
    """Concepts, edges and the matrices the FCM engine runs on.

    Attributes
    ----------
    concepts : tuple of Concept
        In matrix order: only concepts with at least one edge.
    mentioned : tuple of Concept
        Concepts some claim names but no edge uses (only negated claims speak of them, or their
        claims link a concept to itself): "mentioned, no causal link", never part of the map.
    edges : tuple of Edge
    W, spread : numpy.ndarray
        ``(n, n)`` weights and their standard deviations (0 where there is no edge).
    claims : dict
        claim id -> CausalClaim (every claim given, also those that gave no edge).
    concept_of_claim : dict
        claim id -> (cause concept id | None, effect concept id | None).
    denied : tuple of Disagreement
        Links only negated claims speak of (no edge).
    dropped : tuple of (claim id, phrase, reason)
        Phrases that gave no concept (junk) and claims that gave no link (self-links).
    warnings : tuple of str
        Curation operations that refer to a concept or edge that no longer exists.
    """

    concepts: tuple[Concept, ...]
    edges: tuple[Edge, ...]
    W: np.ndarray
    spread: np.ndarray
    claims: dict = field(default_factory=dict)
    concept_of_claim: dict = field(default_factory=dict)
    denied: tuple[Disagreement, ...] = ()
    dropped: tuple[tuple[str, str, str], ...] = ()
    warnings: tuple[str, ...] = ()
    packs: tuple[str, ...] = DEFAULT_PACKS
    hash: str = ""
    mentioned: tuple[Concept, ...] = ()

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.concepts]

    @property
    def labels(self) -> list[str]:
        return [c.label for c in self.concepts]

    def __len__(self) -> int:
        return len(self.concepts)

    def index(self, concept_id: str) -> int:
        """Matrix index of a concept id (KeyError if unknown)."""
        for i, c in enumerate(self.concepts):
            if c.id == concept_id:
                return i
        raise KeyError(concept_id)

    def concept(self, concept_id: str) -> Concept:
        return self.concepts[self.index(concept_id)]

    def edge(self, source: str, target: str) -> Edge | None:
        for e in self.edges:
            if e.source == source and e.target == target:
                return e
        return None

    def resolve(self, name: str) -> str | None:
        """Concept id for a name: id, label or alias (case-insensitive), else the concept the
        packs' seeds read the name as, if that concept is in the map."""
        key = name.strip().lower()
        for attr in ("id", "label"):
            for c in self.concepts:
                if getattr(c, attr).lower() == key:
                    return c.id
        for c in self.concepts:
            if any(a.lower() == key for a in c.aliases):
                return c.id
        try:
            m = ConceptMatcher(self.packs).match(name)
        except Exception:  # a missing pack must not break name lookup
            return None
        if m.seed_id and not m.inverted and m.seed_id in self.ids:
            return m.seed_id
        return None

    def absent(self, name: str) -> str | None:
        """Why ``name`` is not a concept of the map (None if it is, or nothing is known of it).

        >>> m = build_causal_map([])
        >>> m.absent("sanctions")
        "'sanctions' (Western / G7 sanctions on Russia): no causal claim in this knowledge base names it"
        """
        if self.resolve(name) is not None:
            return None
        key = name.strip().lower()
        for c in self.mentioned:
            if key in (c.id.lower(), c.label.lower()) or any(a.lower() == key for a in c.aliases):
                return self._why_mentioned(name, c)
        try:
            m = ConceptMatcher(self.packs).match(name)
        except Exception:  # a missing pack must not break name lookup
            return None
        if not m.seed_id:
            return None
        for c in self.mentioned:
            if c.id == m.seed_id:
                return self._why_mentioned(name, c)
        seed = ConceptMatcher(self.packs).seeds.get(m.seed_id)
        label = f" ({seed.label})" if seed is not None else ""
        return f"{name!r}{label}: no causal claim in this knowledge base names it"

    def _why_mentioned(self, name: str, c: Concept) -> str:
        n = len(c.evidence)
        return (f"{name!r} ({c.label}) is mentioned by {n} causal claim{'s' if n != 1 else ''}, but none gives it "
                f"a causal link (negated claims, or cause and effect read as the same concept)")

    def suggest(self, name: str, n: int = 3) -> list[str]:
        """Closest concept labels/ids to ``name`` (difflib), best first."""
        names = {}
        for c in self.concepts:
            for x in (c.label, c.id, *c.aliases):
                names.setdefault(x.lower(), c.label)
        close = difflib.get_close_matches(name.lower(), list(names), n=n * 3, cutoff=0.4)
        out: list[str] = []
        for x in close:
            if names[x] not in out:
                out.append(names[x])
        return out[:n]


def _map_hash(concepts, edges) -> str:
    body = {"concepts": [[c.id, c.label, c.kind] for c in concepts],
            "edges": [[e.source, e.target, round(e.weight, 6), round(e.spread, 6)] for e in edges]}
    return hashlib.sha256(json.dumps(body, sort_keys=True).encode()).hexdigest()[:16]


def _as_curation(curation) -> Curation:
    if curation is None:
        return Curation()
    if isinstance(curation, Curation):
        return curation
    if isinstance(curation, (str, os.PathLike)):
        return load_curation(curation)
    return ops_from(curation)


def build_causal_map(
    claims: Iterable[CausalClaim] | Mapping[str, CausalClaim],
    *,
    packs: tuple[str, ...] = DEFAULT_PACKS,
    curation: Curation | str | os.PathLike | list | None = None,
    matcher: ConceptMatcher | None = None,
) -> CausalMap:
    """Build the causal map of ``claims``.

    Parameters
    ----------
    claims : iterable of CausalClaim, or mapping claim id -> CausalClaim
        Ids are computed with :func:`dyad.model.claims.claim_id` unless given.
    packs : tuple of str
        Concept packs (``src/dyad/model/lexicons`` and the nlp domain packs), general first.
    curation : Curation, path, list of dicts, optional
        Analyst operations applied on top of extraction; stale ones end up in ``warnings``.

    Returns
    -------
    CausalMap
    """
    packs = tuple(packs)
    idx = index_claims(claims)
    matcher = matcher or ConceptMatcher(packs)
    pairs = []
    read_as: dict[str, tuple[str, str]] = {}  # claim id -> (cause, effect) with "his"/"her" resolved
    for cid, c in idx.items():
        read_as[cid] = (matcher.resolve_possessives(c.cause, c.effect), matcher.resolve_possessives(c.effect, c.cause))
        pairs.append((cid, read_as[cid][0]))
        pairs.append((cid, read_as[cid][1]))
    concepts, matches, concept_of = canonicalize(pairs, matcher=matcher)

    dropped: list[tuple[str, str, str]] = []
    links: list[Link] = []
    for cid, c in idx.items():
        cause, effect = read_as[cid]
        s, t = concept_of.get((cid, cause)), concept_of.get((cid, effect))
        for phrase, read, cc in ((c.cause, cause, s), (c.effect, effect, t)):
            if cc is None:
                dropped.append((cid, phrase, matches[read][cid].reason or "junk"))
        if s is None or t is None:
            continue
        if s == t:
            dropped.append((cid, f"{c.cause} -> {c.effect}", f"cause and effect are the same concept ({s})"))
            continue
        sign = 1 if c.polarity == "+" else -1
        if matches[cause][cid].inverted:
            sign = -sign
        if matches[effect][cid].inverted:
            sign = -sign
        links.append(Link(cid, s, t, sign, c.modality, c.confidence, c.claimant or "author"))

    cur = _as_curation(curation)
    by_id = {c.id: c for c in concepts}
    by_id, links, redirect, warnings = apply_concept_ops(by_id, links, cur)
    edges, denied = aggregate_edges(links)
    edges, edge_warnings = apply_edge_ops(by_id, edges, cur, redirect)
    warnings = warnings + edge_warnings

    used = {e.source for e in edges} | {e.target for e in edges}
    ordered = sorted(by_id.values(), key=lambda c: (c.label.lower(), c.id))
    final = tuple(c for c in ordered if c.id in used)
    mentioned = tuple(c for c in ordered if c.id not in used)
    order = {c.id: i for i, c in enumerate(final)}
    n = len(final)
    W = np.zeros((n, n), dtype=float)
    S = np.zeros((n, n), dtype=float)
    for e in edges:
        W[order[e.source], order[e.target]] = e.weight
        S[order[e.source], order[e.target]] = e.spread

    def final_id(concept_id):
        if concept_id is None:
            return None
        concept_id = redirect.get(concept_id, concept_id)
        return concept_id if concept_id in order else None

    concept_of_claim = {cid: (final_id(concept_of.get((cid, read_as[cid][0]))),
                              final_id(concept_of.get((cid, read_as[cid][1]))))
                        for cid in idx}
    summary = dropped_summary(dropped, len(idx))
    if summary:
        warnings = list(warnings) + [summary]
    return CausalMap(
        concepts=final, edges=tuple(edges), W=W, spread=S, claims=idx, concept_of_claim=concept_of_claim,
        denied=tuple(denied), dropped=tuple(dropped), warnings=tuple(warnings), packs=packs,
        hash=_map_hash(final, edges), mentioned=mentioned,
    )


def dropped_summary(dropped, n_claims: int) -> str:
    """One line saying how many claims are left out of the map and why (``""`` if none).

    >>> dropped_summary([("c-1", "measures", "generic noun without a modifier")], 3)
    '1 of 3 causal claims are not in the map (they stay in the knowledge base): generic noun without a modifier (1), e.g. "measures"'
    """
    if not dropped:
        return ""
    by_reason: dict[str, set[str]] = {}
    example: dict[str, str] = {}
    for cid, phrase, reason in dropped:
        key = reason.split(" (")[0]
        by_reason.setdefault(key, set()).add(cid)
        example.setdefault(key, phrase)
    n = len({cid for cid, _, _ in dropped})
    parts = sorted(by_reason.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    text = "; ".join(f"{r} ({len(ids)})" for r, ids in parts)
    first = parts[0][0]
    short = example[first] if len(example[first]) <= 60 else example[first][:57] + "..."
    return (f"{n} of {n_claims} causal claims are not in the map (they stay in the knowledge base): {text}, "
            f"e.g. \"{short}\"")


def to_export(causal_map: CausalMap) -> tuple[list[dict], list[dict], dict[str, tuple[str | None, str | None]]]:
    """The ``concepts`` and ``edges`` of ``dyad.export/1`` and claim id -> (cause, effect) concept ids."""
    concepts = [c.to_dict() for c in causal_map.concepts]
    edges = [e.to_dict() for e in causal_map.edges]
    return concepts, edges, dict(causal_map.concept_of_claim)


def seed_coverage(causal_map: CausalMap) -> tuple[list[str], list[str]]:
    """(seed concept ids in the map, seed concept ids of the model lexicons missing from it).

    The seeds are the sub-systems the packs expect (e.g. sanctions, North Korea, energy); a
    missing one has no causal claim with evidence in the corpus.
    """
    from dyad.model.lexicon import LEXICON_DIR, load_lexicon

    lexicon = load_lexicon(tuple(causal_map.packs))
    own = {p.stem for p in LEXICON_DIR.glob("*.yaml")}
    seeds = [sid for sid, s in lexicon.seeds.items() if s.pack in own]
    present = [sid for sid in seeds if sid in causal_map.ids]
    return present, [sid for sid in seeds if sid not in causal_map.ids]
