"""Clause-like and generic cause/effect phrases read as nominal concepts (phrases written for these tests)."""

from __future__ import annotations

import pytest

from dyad.model.concepts import ConceptMatcher, canonicalize, clean_label
from dyad.model.phrases import read_phrase


@pytest.fixture(scope="module")
def matcher():
    return ConceptMatcher(("generic", "russia-japan"))


def _texts(phrase):
    readings, why = read_phrase(phrase)
    return [r.text for r in readings], why


def test_concepts_possession_clause_reads_as_object_of_subject():
    texts, _ = _texts("Norway and Chile have sharply different tariffs on this matter")
    assert texts[0] == "different tariffs of Norway and Chile"


def test_concepts_pronoun_infinitive_clause_keeps_object():
    texts, _ = _texts("her to win the decisive votes")
    assert texts == ["decisive votes"]


@pytest.mark.parametrize("phrase", ["they are being pressured", "we were told", "it turned out to be useless",
                                    "he is"])
def test_concepts_pronoun_clause_without_noun_is_junk(matcher, phrase):
    assert read_phrase(phrase)[0] == []
    assert matcher.match(phrase).key is None


@pytest.mark.parametrize("phrase", ["measures", "any steps", "great significance", "the negative effects",
                                    "various opportunities", "the prime minister", "the two governments"])
def test_concepts_bare_generic_or_role_is_junk(matcher, phrase):
    assert matcher.match(phrase).key is None


def test_concepts_generic_head_gives_its_complement(matcher):
    assert _texts("the role of fishing quotas")[0] == ["fishing quotas"]
    assert _texts("new opportunities for wine exports")[0] == ["wine exports"]
    assert matcher.match("the situation around the Korean peninsula").seed_id == "north-korea"


def test_concepts_generic_noun_named_by_a_noun_is_kept(matcher):
    m = matcher.match("fishing quota factors")
    assert m.key is not None and m.seed_id is None


def test_concepts_generic_noun_with_only_adjectives_needs_a_seed(matcher):
    m = matcher.match("external factors")
    assert m.key is None and "descriptive" in m.reason
    assert matcher.match("the territorial issue").seed_id == "territorial-dispute"


@pytest.mark.parametrize("phrase", ["approved by both parliaments", "signed in 1990 and ratified"])
def test_concepts_participle_clause_without_head_is_junk(matcher, phrase):
    assert matcher.match(phrase).key is None


def test_concepts_overlong_clause_is_junk(matcher):
    phrase = ("farmers in the north and traders in the south and officials in the capital and bankers abroad "
              "all complained loudly about delays")
    assert matcher.match(phrase).key is None
    # a relative clause is cut, the head noun phrase stays
    long_rel = "the weather in the northern provinces that farmers and traders have long complained about"
    assert _texts(long_rel)[0][0] == "weather in the northern provinces"


def test_concepts_that_complement_replaces_matrix_clause(matcher):
    m = matcher.match("the poll results leave no doubt that the European states will keep sanctions against Moscow")
    assert m.seed_id == "sanctions" and not m.inverted
    assert _texts("the very fact that a summit is taking place")[0][0] == "summit"


def test_concepts_predicate_of_decrease_inverts_subject(matcher):
    m = matcher.match("the sanctions of the West are slowly eroding")
    assert m.seed_id == "sanctions" and m.inverted
    m = matcher.match("Tokyo to abandon its cooperation with China")
    assert m.seed_id == "china" and m.inverted
    assert not matcher.match("Tokyo to expand its cooperation with China").inverted


def test_concepts_titled_person_maps_to_person_actor(matcher):
    m = matcher.match("Prime Minister Shinzo Abe has said clearly that he wants a new fishing deal")
    assert m.seed_id == "shinzo-abe"
    concepts, _, of = canonicalize([("c1", "Foreign Minister Ivan Petrovsky")], matcher=matcher)
    (c,) = concepts
    assert c.label == "Ivan Petrovsky" and c.kind == "actor"


def test_concepts_relative_clause_and_comparative_cut():
    assert _texts("a broad dialogue that covers every topic")[0] == ["broad dialogue"]
    assert _texts("the warm mood in trade talks created by the ministers")[0] == ["warm mood in trade talks"]
    assert [r.text for r in read_phrase("the two nations closer together")[0]] == ["the two sides"]


def test_concepts_contrast_head_is_not_its_complement(matcher):
    m = matcher.match("the gap between views on sanctions")
    assert m.seed_id is None and m.key is not None


def test_concepts_elaboration_dropped_when_too_long(matcher):
    phrase = ("a larger navy presence in the Baltic Sea, including air patrols near the coast and new bases "
              "on the islands and more exercises with allied fleets every summer")
    m = matcher.match(phrase)
    assert m.key is not None and "including" not in m.label


def test_concepts_label_uses_reading_and_drops_stray_quotes(matcher):
    concepts, _, _ = canonicalize([("c1", "Norway and Chile have sharply different tariffs")], matcher=matcher)
    assert concepts[0].label == "Different tariffs of Norway and Chile"
    assert clean_label("the proposed “partnership") == "Proposed partnership"


def test_concepts_us_upper_case_is_not_a_pronoun_subject(matcher):
    assert matcher.match("the US").seed_id == "united-states"
