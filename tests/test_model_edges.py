"""Edge aggregation: signs, modality strengths, negated claims, spread, disagreements."""

from __future__ import annotations

import pytest

from dyad.model.causal_map import build_causal_map
from dyad.model.claims import claim_id
from dyad.model.edges import Link, aggregate_edges, disagreements
from dyad.records import CausalClaim


def lk(cid, sign=1, modality="asserted", conf=1.0, who="X", s="a", t="b"):
    return Link(cid, s, t, sign, modality, conf, who)


def claim(cause, effect, pol="+", mod="asserted", who="X", start=0, conf=1.0, doc="d1"):
    return CausalClaim(doc, start, start + 10, cause, effect, pol, mod, who, confidence=conf)


@pytest.mark.parametrize("modality,expected", [("asserted", 1.0), ("predicted", 0.8), ("conditional", 0.6),
                                               ("hedged", 0.5)])
def test_model_edges_modality_strength(modality, expected):
    (e,), _ = aggregate_edges([lk("c1", modality=modality)])
    assert e.weight == pytest.approx(expected)


def test_model_edges_sign_and_confidence():
    (e,), _ = aggregate_edges([lk("c1", sign=-1, conf=0.5)])
    assert e.weight == pytest.approx(-0.5)


def test_model_edges_noisy_or_combines_support():
    (e,), _ = aggregate_edges([lk("c1", modality="hedged", who="A"), lk("c2", modality="hedged", who="B")])
    assert e.weight == pytest.approx(0.75)
    assert e.claims == ("c1", "c2") and e.claimants == ("A", "B")


def test_model_edges_opposite_polarity_contradicts():
    (e,), _ = aggregate_edges([lk("c1", who="A"), lk("c2", sign=-1, modality="hedged", who="B")])
    assert 0 < e.weight < 1
    assert e.contradicting == ("c2",) and e.contradicting_claimants == ("B",)


def test_model_edges_negated_never_supports():
    edges, denied = aggregate_edges([lk("c1", modality="negated", who="A")])
    assert edges == []
    assert denied[0].contradicting == ("c1",) and denied[0].claimants_against == ("A",)


def test_model_edges_negated_shrinks_and_contradicts():
    (plain,), _ = aggregate_edges([lk("c1")])
    (e,), _ = aggregate_edges([lk("c1"), lk("c2", modality="negated", who="Denier")])
    assert abs(e.weight) < abs(plain.weight)
    assert "c2" in e.contradicting and "c2" not in e.claims
    assert e.contradicting_claimants == ("Denier",)


def test_model_edges_spread_wider_for_fewer_and_hedged_claims():
    (one,), _ = aggregate_edges([lk("c1")])
    (three,), _ = aggregate_edges([lk("c1"), lk("c2"), lk("c3")])
    (hedged,), _ = aggregate_edges([lk("c1", modality="hedged")])
    (contested,), _ = aggregate_edges([lk("c1"), lk("c2", sign=-1, modality="hedged")])
    assert three.spread < one.spread < hedged.spread
    assert contested.spread > aggregate_edges([lk("c1"), lk("c2")])[0][0].spread


def test_model_edges_disagreements_lists_both_sides():
    claims = [
        claim("Western sanctions", "Japanese investment", "-", who="Expert A", start=0),
        claim("Western sanctions", "Japanese investment", "+", "hedged", who="Expert B", start=20),
        claim("Western sanctions", "the Kuril Islands", "+", "negated", who="Expert C", start=40),
    ]
    m = build_causal_map(claims)
    found = disagreements(m)
    assert len(found) == 2
    first = found[0]
    assert (first.source, first.target) == ("sanctions", "trade-investment")
    assert first.claimants_for == ("Expert A",) and first.claimants_against == ("Expert B",)
    assert first.contradicting == (claim_id(claims[1]),)
    denied = found[1]
    assert denied.weight == 0.0 and denied.claimants_against == ("Expert C",)


def test_model_edges_inverted_phrase_flips_sign():
    m = build_causal_map([claim("lifting of sanctions", "Japanese investment", "+")])
    assert m.edge("sanctions", "trade-investment").weight < 0
