"""Long nominal phrases read as their head and first complement; clauses are not shortened."""

from __future__ import annotations

import pytest

from dyad.model.concepts import ConceptMatcher, shorten_of_phrase


@pytest.mark.parametrize("text,expected", [
    ("the erosion of trust between the two capitals over the islands", "the erosion of trust"),
    ("The imbalance of the needs and goals of the two governments with respect to the talks",
     "The imbalance of the needs and goals"),
    ("a slow decline of fishing quotas, which hurt the coastal towns", "a slow decline of fishing quotas"),
])
def test_concepts_shorten_keeps_head_and_complement(text, expected):
    assert shorten_of_phrase(text) == expected


@pytest.mark.parametrize("text", [
    "will the two sides agree to meet again in the spring of next year",
    "the Freedonians Mostly See Ruritania as neither friend nor foe",
    "the erosion of trust",  # short already
    "growing mistrust between the two capitals over the islands",  # no "of" head
])
def test_concepts_shorten_leaves_other_shapes(text):
    assert shorten_of_phrase(text) is None


def test_concepts_shorten_used_only_for_over_long_unseeded_phrases():
    m = ConceptMatcher(("generic",))
    long = "the asymmetry of the goals of the two fleets with respect to the fishing rules at the northern coast"
    got = m.match(long)
    assert got.key is not None and got.label.lower().removeprefix("the ") == "asymmetry of the goals"
    assert "shortened" in got.reason
    short = m.match("the asymmetry of goals")
    assert short.key is not None and "shortened" not in (short.reason or "")


def test_concepts_generic_conjunct_gives_way_to_the_next():
    m = ConceptMatcher(("generic",))
    got = m.match("the chances and the visible costs of the sanctions")
    assert got.seed_id == "sanctions", got
    assert m.match("the steps and the measures").key is None
