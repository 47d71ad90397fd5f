"""Ending a problem is less of the problem: "settlement of the dispute" reads the dispute, inverted."""

from __future__ import annotations

import pytest

from dyad.model.concepts import ConceptMatcher


@pytest.fixture(scope="module")
def matcher():
    return ConceptMatcher(("generic", "russia-japan"))


@pytest.mark.parametrize("phrase", [
    "the solution of the territorial issue",
    "a resolution of the territorial dispute",
    "the territorial dispute is resolved",
    "the two sides settled the territorial dispute",
])
def test_concepts_resolve_inverts_a_problem(matcher, phrase):
    m = matcher.match(phrase)
    assert m.seed_id == "territorial-dispute" and m.inverted, m


@pytest.mark.parametrize("phrase,seed", [
    ("a UN resolution on sanctions", "sanctions"),  # a resolution is a document, not the end of sanctions
    ("the two sides resolved to expand trade", "trade-investment"),
    ("the territorial dispute is growing", "territorial-dispute"),
])
def test_concepts_resolve_leaves_other_uses(matcher, phrase, seed):
    m = matcher.match(phrase)
    assert m.seed_id == seed and not m.inverted, m


def test_concepts_inverted_unseeded_label_names_the_factor_itself():
    """The concept of "the weakening of the border pact" is the pact; the claim's sign carries the weakening."""
    from dyad.model.concepts import canonicalize

    m = ConceptMatcher(("generic",))
    concepts, matches, _ = canonicalize([("c1", "the weakening of the border pact"),
                                         ("c2", "lacks reliable grain buyers")], matcher=m)
    labels = {c.label for c in concepts}
    assert labels == {"Border pact", "Reliable grain buyers"}, labels
    assert matches["the weakening of the border pact"]["c1"].inverted
    assert matches["lacks reliable grain buyers"]["c2"].inverted
