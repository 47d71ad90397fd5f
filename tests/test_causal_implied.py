"""Implied causal claims (causal "as", concessives, lacks, conditions by attachment, pressure,
"in turn", "the problem is that") and the pair-quality rules (joint "both A and B", clauses of
decrease read as less of their subject, "which means" after a clause, objects past a
semicolon), on short news-style sentences written for these tests about other dyads, with
negative controls that must give no claim."""

from __future__ import annotations

import pytest

from causal_helpers import claims_of, find_claim


# sentence, cause word, effect word, polarity, modality
IMPLIED = [
    # causal "as" between two clauses of change
    ("As trade between India and China grew, political ties improved.", "trade between India", "ties improved",
     "+", "asserted"),
    ("As sanctions on Iran tightened, its currency weakened.", "sanctions", "currency", "-", "asserted"),
    ("As we move deeper into the drawn-out India–China dialogue, expectations as to what can be achieved "
     "have dwindled.", "dialogue", "expectations", "-", "asserted"),
    # concessives, coded like "despite": the link the text denies
    ("Although Turkey is a NATO member, it bought Russian air defence systems.", "NATO member",
     "bought Russian air defence", "-", "negated"),
    ("Korea and Japan have improved relations, even though the history dispute remains unresolved.",
     "history dispute", "improved relations", "-", "negated"),
    ("Tokyo and Seoul share security concerns; nevertheless, their relations remain frosty.", "security concerns",
     "relations remain frosty", "-", "negated"),
    ("Seoul and Tokyo face the same threat from Pyongyang. Nevertheless, their militaries rarely train together.",
     "same threat", "militaries rarely train", "-", "negated"),
    # a lack, only where the sentence says what is missing it for
    ("India lacks the naval capacity to counter China in the Indian Ocean.", "naval capacity", "counter China",
     "-", "asserted"),
    ("Turkey lacks the air defences needed to protect its airspace.", "air defences", "protect its airspace", "-",
     "asserted"),
    ("The Iranian establishment lacks groups that are interested in improving ties with Washington.", "groups",
     "improving ties", "-", "asserted"),
    # conditions by attachment, dependence, ways opened and blocked
    ("Japan's aid is tied to progress on the abduction issue.", "progress", "aid", "+", "conditional"),
    ("The loan to Ankara is conditioned on economic reforms.", "economic reforms", "loan", "+", "conditional"),
    ("The deal hinges on Iranian compliance with the inspections.", "compliance", "deal", "+", "asserted"),
    ("The future of the pipeline rests on the outcome of the talks.", "outcome of the talks", "future", "+",
     "asserted"),
    ("The ceasefire opened the way for talks between Moscow and Ankara.", "ceasefire", "talks", "+", "asserted"),
    # pressure from a factor (not an actor's move)
    ("The falling won puts pressure on Japanese exporters.", "won", "exporters", "-", "asserted"),
    ("The refugee crisis put pressure on Ankara to reopen talks with Moscow.", "refugee crisis", "reopen talks",
     "+", "asserted"),
    # exchanges and chains
    ("In exchange for sanctions relief, Iran agreed to limit enrichment.", "sanctions relief", "limit enrichment",
     "+", "asserted"),
    ("Trade with China grew quickly. Investment, in turn, rose.", "trade with China", "investment", "+",
     "asserted"),
    # "the problem (with Y) is that X"
    ("The problem with the nuclear deal is that Tehran refuses inspections.", "refuses inspections",
     "nuclear deal", "-", "asserted"),
    ("Ties between Seoul and Tokyo are warming. The stumbling block is that the history dispute is unresolved.",
     "history dispute", "ties", "-", "asserted"),
    # "which means" after a clause stands for the clause
    ("Ankara bought Russian missiles, which means that its F-35 deliveries were cancelled.",
     "Ankara bought Russian missiles", "deliveries", "+", "asserted"),
    # a clause of decrease names less of its subject (or of what is lost)
    ("Exports to Japan fell because of the boycott.", "boycott", "exports to Japan", "-", "asserted"),
    ("The Turkish economy is losing momentum because of the currency crisis.", "currency crisis", "momentum", "-",
     "asserted"),
]


@pytest.mark.parametrize("text,cause,effect,polarity,modality", IMPLIED)
def test_causal_implied_rule(nlp, text, cause, effect, polarity, modality):
    claims = claims_of(nlp, text)
    claim = find_claim(claims, cause, effect)
    assert claim is not None, [(c.cause, c.effect) for c in claims]
    assert (claim.polarity, claim.modality) == (polarity, modality)


NO_CLAIM = [
    "As the foreign minister noted, the talks were difficult.",  # "as" of report
    "As Seoul and Tokyo prepare for the summit, officials are drafting a joint statement.",  # "as" of time
    "As tensions with China rose last year, India held its first naval drills with Japan in May.",
    "Just as trade grew, so did the number of flights.",  # comparison, not result
    "India lacks a coastline on the Pacific.",  # a lack with no consequence stated
    "Iran lacks the political will.",
    "Washington put pressure on Tehran.",  # an actor's move
    "The minister tied his remarks to the anniversary.",
    "The delegation rested on the second day of the visit.",
    "Nevertheless, the delegation arrived in Ankara on Monday.",  # nothing before to concede
    "The summit was held in turn by each member state.",
    "The problem is that.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_causal_implied_negative_controls(nlp, text):
    assert claims_of(nlp, text) == []


def test_causal_implied_decrease_of_an_actor_stays_whole(nlp):
    # "the government fell" is an event, not less of the government
    claim = find_claim(claims_of(nlp, "As a result of the vote, the government fell."), "vote", "government fell")
    assert claim is not None and claim.polarity == "+"


def test_causal_implied_both_objects_are_one_effect(nlp):
    claims = claims_of(nlp, "The dispute limits both the scope and the pace of the talks.")
    assert len(claims) == 1
    assert "scope" in claims[0].effect and "pace" in claims[0].effect and claims[0].polarity == "-"


def test_causal_implied_shared_subject_verbs_are_one_effect(nlp):
    claims = claims_of(nlp, "The dialogue helps the two sides build trust and reiterate their positions.")
    assert len(claims) == 1
    assert "build trust" in claims[0].effect and "reiterate" in claims[0].effect


def test_causal_implied_names_under_of_are_not_split(nlp):
    claims = claims_of(nlp, "Work on the pipeline continues, despite the protests of Georgia and the Baltic states.")
    assert [c.cause for c in claims] == ["the protests of Georgia and the Baltic states"]


def test_causal_implied_reason_cutting_a_passive_takes_the_infinitive(nlp):
    text = "Managers say that they are being compelled, for political reasons, to show far greater interest in Indian projects."
    claim = find_claim(claims_of(nlp, text), "political reasons", "interest in Indian projects")
    assert claim is not None and "compelled" not in claim.effect


def test_causal_implied_object_past_a_semicolon_is_not_taken(nlp):
    claims = claims_of(nlp, "The sanctions hurt Iran's economy; the weak economy, in turn, fuelled protests.")
    claim = find_claim(claims, "sanctions", "economy")
    assert claim is not None and claim.polarity == "-"
    assert not any(c.cause == "The sanctions" and "protests" in c.effect for c in claims)


def test_causal_implied_spans_reproduce_the_text(nlp):
    text = ("Trade between Ankara and Moscow grew quickly. Investment, in turn, rose. As trade grew, ties improved. "
            "Although Turkey is a NATO member, it bought Russian missiles, which means that its jets were "
            "grounded. India lacks the naval capacity to counter China. The problem with the deal is that "
            "Tehran refuses inspections.")
    claims = claims_of(nlp, text)
    assert len(claims) >= 5
    for c in claims:
        assert text[c.start_char:c.end_char]
        assert text[c.cause_span.start:c.cause_span.end] == c.cause
        assert text[c.effect_span.start:c.effect_span.end] == c.effect
        assert c.start_char <= c.effect_span.start < c.effect_span.end <= c.end_char or \
            c.start_char <= c.cause_span.start < c.cause_span.end <= c.end_char
        assert c.extractor == "causal" and 0 < c.confidence <= 1 and c.doc_id == "dtest"
