"""A concept is a short nominal factor phrase: clause fragments, objects of saying/showing, bare
descriptive heads, headlines and unresolved pronouns are not (phrases written for these tests)."""

from __future__ import annotations

import pytest

from dyad.model.causal_map import build_causal_map
from dyad.model.concepts import ConceptMatcher
from dyad.model.phrases import read_phrase
from dyad.records import CausalClaim


@pytest.fixture(scope="module")
def matcher():
    return ConceptMatcher(("generic", "russia-japan"))


def claim(cause, effect, pol="+", start=0):
    return CausalClaim("d1", start, start + 10, cause, effect, pol, "asserted", "X", confidence=1.0)


@pytest.mark.parametrize("phrase", [
    "the ministers reiterate their positions on fishing rights",
    "her to score easy points",
    "the fact that Smith addressed global issues",
    "both delegations demonstrate their negotiating skills",
])
def test_concepts_object_of_saying_or_showing_is_junk(matcher, phrase):
    readings, why = read_phrase(phrase)
    assert readings == [] and "saying or showing" in why
    m = matcher.match(phrase)
    assert m.key is None and m.reason


def test_concepts_act_verb_keeps_a_stated_willingness(matcher):
    texts = [r.text for r in read_phrase("Norway has expressed a willingness to raise fishing quotas")[0]]
    assert "fishing quotas" in texts


@pytest.mark.parametrize("phrase,reason", [
    ("universal issues", "descriptive"),
    ("political reasons", "descriptive"),
    ("the proposed cooperation", "participle"),
    ("the needed steps", ""),
    ("Voters Strongly Reject the New Fishing Deal", "headline"),
    ("the landslide win of his party", "possessive"),
    ("its relevance", ""),
    ("a nation's future", ""),
])
def test_concepts_non_factor_phrase_is_dropped_with_a_reason(matcher, phrase, reason):
    m = matcher.match(phrase)
    assert m.key is None
    assert m.reason and reason in m.reason


@pytest.mark.parametrize("phrase,label", [
    ("the psychological fatigue", "psychological fatigue"),
    ("fishing quotas", "fishing quotas"),
    ("concrete measures for expanding and strengthening fishing quotas", "fishing quotas"),
    ("the participation of the Norwegian navy", "Norwegian navy"),
])
def test_concepts_factor_phrase_is_kept(matcher, phrase, label):
    m = matcher.match(phrase)
    assert m.key is not None and m.label == label


def test_concepts_weak_reading_counts_when_it_names_a_seed(matcher):
    assert matcher.match("economic problems").seed_id == "russia-economic-reform"
    assert matcher.match("the proposed peace treaty").seed_id == "peace-treaty"
    assert matcher.match("their ties with China").seed_id == "china"


def test_concepts_pair_of_parties_is_the_relationship(matcher):
    assert matcher.match("both parties").seed_id == "bilateral-relations"
    assert matcher.match("the two nations closer together").seed_id == "bilateral-relations"
    assert matcher.match("the parties").key is None


@pytest.mark.parametrize("phrase,seed", [
    ("joint economic activities on the islands", "joint-economic-activity"),
    ("a special legal regime for the islands", "joint-economic-activity"),
    ("the U.S.-Japan security treaty", "us-japan-alliance"),
    ("American military bases in Okinawa", "us-japan-alliance"),
    ("Japan's alliance with Washington", "us-japan-alliance"),
    ("the Kremlin's domestic agenda", "russia-domestic-politics"),
    ("public opinion in Japan", "japan-domestic-politics"),
    ("Abe's approval rating", "japan-domestic-politics"),
    ("visits by former islanders", "people-to-people"),
    ("the conflict zones of the region", "military-security"),
    ("a trusting relationship between the leaders", "trust"),
    ("economic ties between the two countries", "trade-investment"),
])
def test_concepts_pack_alias_names_the_subsystem(matcher, phrase, seed):
    assert matcher.match(phrase).seed_id == seed


def test_concepts_possessive_resolved_by_the_other_phrase():
    m = build_causal_map([
        claim("the landslide victory of his party", "Abe's standing", start=0),
        claim("Western sanctions", "Japanese investment", "-", start=20),
    ])
    assert m.edge("japan-domestic-politics", "shinzo-abe") is not None


def test_concepts_unresolved_phrase_drops_the_claim_with_a_reason():
    m = build_causal_map([
        claim("the landslide victory of his party", "fishing quotas", start=0),
        claim("Western sanctions", "Japanese investment", "-", start=20),
    ])
    assert len(m.edges) == 1
    dropped = [d for d in m.dropped if "landslide" in d[1]]
    assert dropped and "possessive" in dropped[0][2]
    assert len(m.claims) == 2  # the claim stays in the knowledge base
    assert any("1 of 2 causal claims are not in the map" in w and "possessive" in w for w in m.warnings)
