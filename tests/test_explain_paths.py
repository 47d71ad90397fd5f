"""Explanations: strongest paths from clamped concepts, every link cited."""

from __future__ import annotations

import numpy as np

from dyad.model.causal_map import build_causal_map
from dyad.records import CausalClaim, Document
from dyad.simulate.explain import explain, strongest_paths
from dyad.simulate.scenarios import Scenario, run_scenarios

TEXT = ("Sanctions choke Japanese investment. Investment from Japan warms relations. "
        "Analysts say sanctions also sour relations a little.")


def _span(sub):
    start = TEXT.index(sub)
    return start, start + len(sub)


def _claims():
    out = []
    for sub, cause, effect, pol, mod, who in [
        ("Sanctions choke Japanese investment.", "Sanctions", "Japanese investment", "-", "asserted", "Expert A"),
        ("Investment from Japan warms relations.", "Investment from Japan", "Russia-Japan relations", "+",
         "asserted", "Expert B"),
        ("sanctions also sour relations a little", "sanctions", "Russia-Japan relations", "-", "hedged", "author"),
    ]:
        s, e = _span(sub)
        out.append(CausalClaim("doc1", s, e, cause, effect, pol, mod, who, confidence=0.9))
    return out


def test_explain_paths_cite_claims():
    m = build_causal_map(_claims())
    doc = Document(id="doc1", source="note.txt", path="note.txt", sha256="0", text=TEXT)
    run = run_scenarios(m, [Scenario("lifted", {"sanctions": 0})])
    (x,) = explain(m, run, documents={"doc1": doc}, top=5)
    assert x.scenario == "lifted" and x.clamped == ("sanctions",)
    movers = {mv.concept: mv for mv in x.movers}
    assert set(movers) == {"trade-investment", "bilateral-relations"}
    rel = movers["bilateral-relations"]
    assert rel.effect > 0
    nodes = [p.nodes for p in rel.paths]
    assert ("sanctions", "trade-investment", "bilateral-relations") in nodes
    assert ("sanctions", "bilateral-relations") in nodes
    for p in rel.paths:
        assert p.strength == np.prod([abs(lk.weight) for lk in p.links])
        for lk in p.links:
            assert lk.citations
            for c in lk.citations:
                assert c.text == TEXT[c.start:c.end] and c.source == "note.txt"
    claimants = {c.claimant for p in rel.paths for lk in p.links for c in lk.citations}
    assert claimants == {"Expert A", "Expert B", "author"}


def test_explain_without_documents_still_names_claimants():
    m = build_causal_map(_claims())
    run = run_scenarios(m, [Scenario("lifted", {"sanctions": 0})])
    (x,) = explain(m, run)
    c = x.movers[0].paths[0].links[0].citations[0]
    assert c.text is None and c.claimant in {"Expert A", "author"} and c.start is not None


def test_explain_strongest_paths_ranked_and_bounded():
    W = np.zeros((6, 6))
    for a, b, w in [(0, 1, 0.9), (1, 2, 0.9), (2, 3, 0.9), (3, 4, 0.9), (4, 5, 0.9), (0, 5, 0.1)]:
        W[a, b] = w
    paths = strongest_paths(W, [0], 5, max_length=4)
    assert paths == [((0, 5), 0.1, 1)]  # the 5-link chain is longer than max_length
    paths = strongest_paths(W, [0], 5, max_length=5)
    assert paths[0][0] == (0, 1, 2, 3, 4, 5)
    W[1, 0] = -0.5  # a cycle must not loop
    assert all(len(set(p)) == len(p) for p, _, _ in strongest_paths(W, [0], 5, max_length=6, k=10))
