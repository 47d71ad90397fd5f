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
