"""Concept canonicalisation on short phrases written for these tests."""

from __future__ import annotations

import pytest

from dyad.model.concepts import ConceptMatcher, canonicalize, clean_label
from dyad.model.lexicon import content_tokens, singularize


@pytest.fixture(scope="module")
def matcher():
    return ConceptMatcher(("generic", "russia-japan"))


def _concepts(phrases, matcher):
    pairs = [(f"c{i}", p) for i, p in enumerate(phrases)]
    concepts, _, concept_of = canonicalize(pairs, matcher=matcher)
    return concepts, {p: concept_of[(f"c{i}", p)] for i, p in enumerate(phrases)}


def test_concepts_island_aliases_merge(matcher):
    phrases = ["the Kuril Islands", "Northern Territories", "the Southern Kurils", "the islands issue",
               "a territorial dispute"]
    concepts, of = _concepts(phrases, matcher)
    assert len({of[p] for p in phrases}) == 1
    assert of["Northern Territories"] == "territorial-dispute"
    (c,) = concepts
    assert set(c.evidence) == {f"c{i}" for i in range(len(phrases))}


def test_concepts_capital_metonym_is_the_state(matcher):
    assert matcher.match("Moscow").seed_id == "russia"
    assert matcher.match("the Kremlin").seed_id == "russia"
    assert matcher.match("Tokyo").seed_id == "japan"


def test_concepts_state_matches_only_whole_phrase(matcher):
    # "Russia" inside a longer phrase must not swallow it
    m = matcher.match("outside pressure on Russia")
    assert m.seed_id != "russia"


def test_concepts_longest_alias_wins(matcher):
    assert matcher.match("closer ties with China").seed_id == "china"
    assert matcher.match("joint economic activity on the islands").seed_id == "joint-economic-activity"
    assert matcher.match("visa-free trips for former residents").seed_id == "people-to-people"


def test_concepts_us_upper_case_is_not_the_pronoun(matcher):
    assert matcher.match("the U.S. administration").seed_id == "united-states"
    assert "usa" not in content_tokens("it helps us")


@pytest.mark.parametrize("phrase", ["it", "this", "they", "which", "of the", "a", "the one"])
def test_concepts_junk_pronouns_and_stopwords_dropped(matcher, phrase):
    assert matcher.match(phrase).key is None


def test_concepts_overlong_phrase_dropped(matcher):
    long_phrase = " ".join(f"word{i}" for i in range(20))
    assert matcher.match(long_phrase).key is None
    concepts, of = _concepts([long_phrase, "it"], matcher)
    assert concepts == [] and set(of.values()) == {None}


def test_concepts_inversion_flips(matcher):
    m = matcher.match("lifting of the sanctions")
    assert m.seed_id == "sanctions" and m.inverted
    assert not matcher.match("new sanctions").inverted


def test_concepts_unseeded_near_duplicates_merge(matcher):
    phrases = ["growing fishing quotas", "fishing quotas", "the fishing quota", "weather patterns"]
    concepts, of = _concepts(phrases, matcher)
    assert of["growing fishing quotas"] == of["fishing quotas"] == of["the fishing quota"]
    assert of["weather patterns"] != of["fishing quotas"]
    assert len(concepts) == 2
    quota = next(c for c in concepts if c.id == of["fishing quotas"])
    assert quota.kind == "factor" and not quota.seeded


def test_concepts_ids_are_deterministic(matcher):
    phrases = ["fishing quotas", "the sanctions regime", "Abe's approval rating"]
    a, _ = _concepts(phrases, matcher)
    b, _ = _concepts(list(reversed(phrases)), matcher)
    assert sorted(c.id for c in a) == sorted(c.id for c in b)


def test_concepts_singularize_and_label_cleaning():
    assert singularize("territories") == "territory"
    assert singularize("crisis") == "crisis"
    assert clean_label("the  current fishing quotas (see above)") == "Fishing quotas"


def test_concepts_use_nlp_domain_pack_aliases():
    pytest.importorskip("dyad.nlp.packs")
    from dyad.model.lexicon import _nlp_pack

    if _nlp_pack("russia-japan") is None or _nlp_pack("generic") is None:
        pytest.skip("nlp domain packs not available")
    m = ConceptMatcher(("generic", "russia-japan"))
    assert m.match("the White House").seed_id == "united-states"  # metonym from the generic pack
    assert m.match("the Habomai islands").seed_id == "territorial-dispute"  # issue alias


def test_concepts_model_layer_does_not_import_spacy():
    import subprocess
    import sys

    code = ("import sys; from dyad.model.causal_map import build_causal_map; "
            "build_causal_map([]); print('spacy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"
