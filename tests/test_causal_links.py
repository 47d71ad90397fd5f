"""Reactions, sequences, duration conditions, endowments, stranded prepositions, comparatives,
needs-for-a-purpose and interview labels: one short sentence of our own per rule (dyads other
than the corpus ones), with negative controls that look alike but state no claim."""

from __future__ import annotations

import pytest

from causal_helpers import find_claim
from dyad.extract.causal.extractor import extract_causal_claims
from dyad.extract.causal.labels import is_prompt, label_speaker
from dyad.extract.context import DocContext
from dyad.records import Document, Mention, Person


def _ctx(nlp, text: str, persons=()):
    doc = nlp(text)
    document = Document(id="dlink", source="t.md", path="t.md", sha256="0", text=text, format="md")
    ctx = DocContext(document=document, doc=doc)
    ctx.persons = list(persons)
    return doc, ctx


def claims_of(nlp, text: str, persons=()):
    doc, ctx = _ctx(nlp, text, persons)
    return list(extract_causal_claims(doc, ctx))


# sentence, cause word, effect word, polarity, modality
LINKS = [
    # reactions: what is answered drives the measure named after "by" / "with"
    ("The central bank answered the crisis by cutting rates.", "crisis", "cutting rates", "+", "asserted"),
    ("When Oslo banned the trawlers, Moscow responded within days with duties on salmon.", "Oslo banned",
     "duties on salmon", "+", "asserted"),
    ("Ottawa raised tariffs on steel. Beijing retaliated by suspending purchases of canola.", "tariffs on steel",
     "suspending purchases", "+", "asserted"),
    # a measure "after" / "following" an event
    ("Havana cut relations in 1961 after rebels stormed the embassy.", "rebels stormed", "Havana cut relations",
     "+", "asserted"),
    ("The two rivals pledged to restore ties after talks mediated by Oman.", "talks mediated", "restore ties",
     "+", "asserted"),
    # duration as a condition; two effects for two coordinated clauses
    ("As long as the blockade continues, Minsk will keep its troops at the border.", "blockade continues",
     "troops", "+", "conditional"),
    # endowments
    ("The nickel trade gives Jakarta leverage.", "nickel trade", "Jakarta leverage", "+", "asserted"),
    ("Dairy exports to China give Wellington a reason to keep quiet.", "Dairy exports", "keep quiet", "+",
     "asserted"),
    # stranded preposition in a relative clause
    ("Chinese smelters need the copper that Chile exports, and Chile values the ore that its mines depend on.",
     "the ore", "its mines", "+", "asserted"),
    # an actor's need for a purpose is a condition of that purpose
    ("The government needs a calm region to attract foreign capital.", "calm region", "attract foreign capital", "+",
     "conditional"),
    # "only" on the main verb, and a possibility adjective in the main clause
    ("Sanctions only work if the target has no alternatives.", "no alternatives", "Sanctions only work", "+",
     "conditional"),
    ("If both capitals keep talking, a fishing deal is achievable.", "keep talking", "fishing deal", "+",
     "conditional"),
    # "the reason Y" without "why"
    ("Oil remains the reason Norway and Britain need each other.", "Oil", "need each other", "+", "asserted"),
    # a comparative result of "make"
    ("Entry into the bloc will make these disputes bigger, not smaller.", "Entry into the bloc", "disputes", "+",
     "predicted"),
    ("The new pipeline made the two neighbours less dependent.", "pipeline", "neighbours", "-", "asserted"),
    # new verbs: ending, removing, squeezing, changing, feeding, dictating, offending
    ("The summit ended a freeze between Hanoi and Manila.", "summit", "freeze", "-", "asserted"),
    ("The election did not change Chile's course, but it changed the tone.", "election", "tone", "+", "asserted"),
    ("That cartoon offended Ankara.", "cartoon", "Ankara", "+", "asserted"),
    ("The timing of the ban was dictated by the campaign.", "campaign", "timing", "+", "asserted"),
    ("Peruvian copper feeds Chinese factories.", "copper", "factories", "+", "asserted"),
    ("Drones hitting pipelines are bad for business.", "Drones", "business", "-", "asserted"),
    # "could not ignore" is attention, asserted, not a hedged denial
    ("Because miners are a core constituency of the ruling party, the cabinet could not ignore them.",
     "miners", "could not ignore", "+", "asserted"),
]


@pytest.mark.parametrize("text,cause,effect,polarity,modality", LINKS)
def test_causal_links_family(nlp, text, cause, effect, polarity, modality):
    claims = claims_of(nlp, text)
    c = find_claim(claims, cause, effect)
    assert c is not None, [(x.cause, x.effect, x.marker) for x in claims]
    assert c.polarity == polarity
    assert c.modality == modality


def test_causal_links_negated_change(nlp):
    c = find_claim(claims_of(nlp, "The election did not change Chile's course, but it changed the tone."),
              "election", "course")
    assert c is not None and c.modality == "negated" and c.polarity == "+"


def test_causal_links_surface_condition_decrease_reads_on_its_own_subject(nlp):
    # "if" hung on the main verb, which then carries two subjects: the decrease is of the one after
    # the comma, so the effect narrows to it and the polarity flips
    text = "Lind said that if peace talks on trade stall, the goodwill generated in Rome could evaporate within months."
    c = find_claim(claims_of(nlp, text), "talks", "goodwill")
    assert c is not None and c.modality == "conditional"
    assert c.polarity == "-"
    assert "evaporate" not in c.effect
    assert text[c.effect_span.start:c.effect_span.end] == c.effect


def test_causal_links_participle_on_stranded_auxiliary(nlp):
    # "... and were, in effect, helping Y": the cause is the coordinated clause, never the bare auxiliary
    text = "Some of Chile's partners in Asia were ignoring the dispute and were, in effect, helping Lima."
    claims = claims_of(nlp, text)
    c = find_claim(claims, "partners", "Lima")
    assert c is not None, [(x.cause, x.effect) for x in claims]
    assert "ignoring the dispute" in c.cause and "helping" not in c.cause
    assert not any(x.cause.lower().startswith("were") for x in claims)
    # an ordinary result participle after a comma keeps its main clause as the cause
    c2 = find_claim(claims_of(nlp, "The ban was lifted, helping exporters."), "ban was lifted", "exporters")
    assert c2 is not None and c2.polarity == "+"


def test_causal_links_therefore_keeps_whole_clause(nlp):
    claims = claims_of(nlp, "The vote could be overturned. Officials are therefore reluctant to offer concessions.")
    c = find_claim(claims, "vote", "reluctant")
    assert c is not None and "offer concessions" in c.effect


NO_CLAIM = [
    "After the summit, the premier flew home.",  # a sequence of movements, no measure
    "After two years, the embassy reopened.",  # a time, not a cause
    "Riyadh has led a military coalition since 2015.",  # "lead" without a clause
    "Israel, which had hoped to bring Riyadh into a new front, is watching closely.",  # an intention
    "A Thai official, who spoke on condition of anonymity because he was not authorised to speak, said talks went well.",
    "The professor teaches economics at a university in Lima.",  # "teach" without a clause
    "Lisbon retaliated.",  # a reaction without a measure
    "The reason he gave was weak.",  # "reason" with a relative pronoun object
    "The president ended the press conference early.",  # an actor's act
    "For as long as anyone remembers, the river has marked the border.",
]


@pytest.mark.parametrize("text", NO_CLAIM)
def test_causal_links_no_claim(nlp, text):
    assert claims_of(nlp, text) == []


INTERVIEW = (
    "# Title of the piece\n\n"
    "We spoke to Kasia Lewandowska about the dispute.\n\n"
    "**RT: Did the tariffs change anything?**\n\n"
    "**KL:** The tariffs weakened the farm lobby. Cheap imports hurt local growers.\n\n"
    "**RT: Now truckers are blocking the border crossings.**\n\n"
    "**KL:** The long blockade has damaged trust between the capitals.\n"
)


def _kl(text):
    name = "Kasia Lewandowska"
    i = text.index(name)
    return Person(doc_id="dlink", start_char=i, end_char=i + len(name), name=name, kind="expert",
                  mentions=(Mention("dlink", i, i + len(name), name),))


def test_causal_links_interview_claimant_and_prompts(nlp):
    claims = claims_of(nlp, INTERVIEW, [_kl(INTERVIEW)])
    assert claims, "answers hold claims"
    assert {c.claimant for c in claims} == {"Kasia Lewandowska"}  # the initials label names the expert
    assert find_claim(claims, "truckers", "crossings") is None  # the interviewer's prompt is no claim
    assert find_claim(claims, "blockade", "trust") is not None
    for c in claims:  # provenance: every span reproduces the text
        assert INTERVIEW[c.start_char:c.end_char]
        assert INTERVIEW[c.cause_span.start:c.cause_span.end] == c.cause
        assert INTERVIEW[c.effect_span.start:c.effect_span.end] == c.effect


def test_causal_links_labels_need_repetition(nlp):
    text = "The lesson: sanctions hurt exporters.\nTrade fell."
    doc, ctx = _ctx(nlp, text)
    assert label_speaker(ctx, text.index("sanctions")) is None  # one plain "X:" line is no label
    assert not is_prompt(text, 3)
    assert is_prompt(INTERVIEW, INTERVIEW.index("Did the"))
    assert not is_prompt(INTERVIEW, INTERVIEW.index("weakened"))


def test_causal_links_provenance(nlp):
    for text, *_ in LINKS:
        for c in claims_of(nlp, text):
            assert text[c.cause_span.start:c.cause_span.end] == c.cause
            assert text[c.effect_span.start:c.effect_span.end] == c.effect
            assert 0 <= c.start_char < c.end_char <= len(text)
            assert c.extractor == "causal" and 0 < c.confidence <= 1
