"""The causal map: matrix order, claim ids, export shape, self-links, names."""

from __future__ import annotations

import numpy as np

from dyad.model.causal_map import build_causal_map, to_export
from dyad.model.claims import claim_id, index_claims
from dyad.records import CausalClaim


def claim(cause, effect, pol="+", mod="asserted", who="X", start=0, conf=1.0, doc="d1"):
    return CausalClaim(doc, start, start + 10, cause, effect, pol, mod, who, confidence=conf)


CLAIMS = [
    claim("Western sanctions", "Japanese investment", "-", who="A", start=0),
    claim("Japanese investment", "Russia–Japan relations", "+", "hedged", who="B", start=20),
    claim("the North Korean crisis", "Russia-Japan relations", "-", "predicted", who="C", start=40),
    claim("it", "Russia-Japan relations", "+", start=60),  # junk cause
    claim("the sanctions regime", "G7 sanctions", "+", start=80),  # self-link
]


def test_model_map_weights_in_concept_order():
    m = build_causal_map(CLAIMS)
    assert m.W.shape == (len(m.concepts), len(m.concepts)) == m.spread.shape
    for e in m.edges:
        assert m.W[m.index(e.source), m.index(e.target)] == e.weight
        assert m.spread[m.index(e.source), m.index(e.target)] == e.spread > 0
    assert np.count_nonzero(m.W) == len(m.edges) == 3
    assert m.W[m.index("sanctions"), m.index("trade-investment")] < 0
    assert np.all(np.abs(m.W) <= 1)


def test_model_map_drops_junk_and_self_links():
    m = build_causal_map(CLAIMS)
    reasons = {cid: why for cid, _, why in m.dropped}
    assert claim_id(CLAIMS[3]) in reasons
    assert "same concept" in reasons[claim_id(CLAIMS[4])]
    assert m.concept_of_claim[claim_id(CLAIMS[3])][0] is None


def test_model_map_export_shape():
    m = build_causal_map(CLAIMS)
    concepts, edges, of = to_export(m)
    assert {tuple(sorted(c)) for c in concepts} == {("aliases", "id", "kind", "label")}
    ids = {c["id"] for c in concepts}
    for e in edges:
        assert e["source"] in ids and e["target"] in ids and -1 <= e["weight"] <= 1
        assert all(cid in m.claims for cid in e["claims"])
    assert of[claim_id(CLAIMS[0])] == ("sanctions", "trade-investment")


def test_model_map_claim_ids_stable_and_given_ids_kept():
    assert claim_id(CLAIMS[0]) == claim_id(claim("Western sanctions", "Japanese investment", "-", who="A"))
    assert claim_id(CLAIMS[0]) != claim_id(CLAIMS[1])
    m = build_causal_map({"k1": CLAIMS[0], "k2": CLAIMS[1]})
    assert set(m.claims) == {"k1", "k2"} and m.edge("sanctions", "trade-investment").claims == ("k1",)
    assert index_claims([CLAIMS[0], CLAIMS[0]]) == {claim_id(CLAIMS[0]): CLAIMS[0]}


def test_model_map_hash_and_resolve():
    a, b = build_causal_map(CLAIMS), build_causal_map(list(reversed(CLAIMS)))
    assert a.hash == b.hash
    assert a.resolve("sanctions") == "sanctions"
    assert a.resolve("WESTERN / G7 SANCTIONS ON RUSSIA") == "sanctions"
    assert a.resolve("the Korean crisis") == "north-korea"  # read through the seeds
    assert a.resolve("weather") is None
    assert a.suggest("sanctons")[0] == a.concept("sanctions").label


def test_model_map_empty():
    m = build_causal_map([])
    assert m.W.shape == (0, 0) and m.edges == () and m.concepts == ()


def test_model_map_seed_coverage_lists_missing_subsystems():
    from dyad.model.causal_map import seed_coverage

    present, missing = seed_coverage(build_causal_map(CLAIMS))
    assert {"sanctions", "trade-investment", "north-korea", "bilateral-relations"} <= set(present)
    assert "energy" in missing and "people-to-people" in missing
    assert not set(present) & set(missing)


def test_model_map_denied_only_concepts_are_mentioned_not_mapped():
    claims = CLAIMS + [claim("fishing quotas", "Russia-Japan relations", "+", "negated", start=100)]
    m = build_causal_map(claims)
    assert "fishing-quotas" not in m.ids
    assert [c.id for c in m.mentioned] == ["fishing-quotas"]
    assert any(d.source == "fishing-quotas" for d in m.denied)
    used = {e.source for e in m.edges} | {e.target for e in m.edges}
    assert set(m.ids) == used  # no isolated concept in the map
    assert "mentioned by 1 causal claim" in m.absent("fishing quotas")
    assert "no causal claim" in m.absent("joint economic activity")
    assert m.absent("sanctions") is None and m.absent("no such thing at all") is None
