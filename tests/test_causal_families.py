"""Whole families of causal constructions, one short sentence of our own per member: enabling and
preventing verbs, causal nouns as subjects ("the reason for Y is X"), opportunities, causal
prepositions and subordinators, result clauses, "without X, no Y", dependence, and the sentences
that look alike but state no causal claim."""

from __future__ import annotations

import pytest

from causal_helpers import claims_of, find_claim
from dyad.extract.causal.lexicon import load_causal_lexicon


# sentence, cause word, effect word, polarity, modality
FAMILIES = [
    # causative and enabling / preventing verbs
    ("The sanctions caused trade to fall sharply.", "sanctions", "trade", "-", "asserted"),
    ("The crisis made investors reconsider their plans.", "crisis", "investors reconsider", "+", "asserted"),
    ("Rising tensions have pushed Tokyo to seek closer ties with Washington.", "tensions", "Tokyo to seek", "+",
     "asserted"),
    ("The new rules prevent foreign firms from entering the market.", "rules", "from entering the market", "-",
     "asserted"),
    ("The border dispute threatens regional stability.", "border dispute", "regional stability", "-", "asserted"),
    ("The clashes reignited old tensions.", "clashes", "old tensions", "+", "asserted"),
    ("The court ruling encouraged foreign investment.", "ruling", "foreign investment", "+", "asserted"),
    ("The sanctions make it harder for Japanese firms to invest in Russia.", "sanctions", "firms to invest", "-",
     "asserted"),
    ("Rising costs made the project harder to finance.", "costs", "project", "-", "asserted"),
    # a second infinitive clause coordinated under the same verb
    ("The reform allowed the bank to lend more and the currency to recover.", "reform", "currency to recover",
     "+", "asserted"),
    # verb + preposition read backwards
    ("Japan would benefit from closer ties with Russia.", "closer ties", "Japan", "+", "predicted"),
    ("The region suffers from chronic underinvestment.", "underinvestment", "region", "-", "asserted"),
    # causal nouns as the subject of a copula
    ("The main reason for the delay is the dispute over the islands.", "dispute", "delay", "+", "asserted"),
    ("The key to a settlement is mutual trust.", "mutual trust", "settlement", "+", "asserted"),
    ("The biggest obstacle to a peace treaty is the territorial dispute.", "territorial dispute", "peace treaty",
     "-", "asserted"),
    ("The reason why the talks failed is that neither side would compromise.", "compromise", "talks failed", "+",
     "asserted"),
    # "one of the reasons", sources, factors, results, challenges, roles
    ("Sanctions are one of the reasons for the slow growth of trade.", "sanctions", "slow growth", "+", "asserted"),
    ("The dispute is a major source of friction between the two countries.", "dispute", "friction", "+",
     "asserted"),
    ("Energy is a key factor in the relationship.", "energy", "relationship", "+", "asserted"),
    ("The low turnout was the result of voter fatigue.", "voter fatigue", "low turnout", "+", "asserted"),
    ("The new missile system poses a challenge to regional stability.", "missile system", "stability", "-",
     "asserted"),
    ("Energy prices played a role in the decision.", "energy prices", "decision", "+", "asserted"),
    # opportunities
    ("The summit provides an opportunity for the two leaders to discuss security.", "summit", "discuss security",
     "+", "asserted"),
    ("Closer economic ties offer a chance to build trust between the neighbours.", "economic ties", "build trust",
     "+", "asserted"),
    # adjectives, including a "for" the parser hangs on the copula
    ("Nostalgia is a trap. This is harmful and dangerous for the future of the nation.", "nostalgia",
     "future of the nation", "-", "asserted"),
    ("Japan is heavily dependent on energy imports.", "energy imports", "Japan", "+", "asserted"),
    ("Any deal is contingent on a settlement of the dispute.", "settlement", "deal", "+", "conditional"),
    ("The army was responsible for the clash.", "army", "clash", "+", "asserted"),
    ("But the words of both leaders may be cause for optimism.", "words", "optimism", "+", "hedged"),
    # prepositions and subordinators
    ("Given the tensions on the peninsula, dialogue has become more urgent.", "tensions", "dialogue", "+",
     "asserted"),
    ("In light of the sanctions, Japanese firms have become cautious.", "sanctions", "cautious", "+", "asserted"),
    ("The talks stalled against the backdrop of rising tensions.", "rising tensions", "talks stalled", "+",
     "asserted"),
    ("China closed the border in retaliation for the arrests.", "arrests", "closed the border", "+", "asserted"),
    # "cannot ignore" denies a neglect: attention, so no flip (lexicon negative_verbs)
    ("Since Japan depends on American protection, it cannot ignore Washington.", "depends on American",
     "ignore Washington", "+", "asserted"),
    ("Since Japan depends on American protection, it cannot afford a quarrel.", "depends on American",
     "afford a quarrel", "-", "asserted"),
    # result clauses and consequences
    ("Trade fell, so the government cut its forecast.", "trade", "cut its forecast", "-", "asserted"),
    ("Trade fell sharply last year. This means that Japan must look for other markets.", "trade fell",
     "other markets", "+", "asserted"),
    ("Low oil prices hurt the economy. This is because the budget relies on energy exports.", "budget relies",
     "oil prices", "+", "asserted"),
    # a subjectless "-ing" clause after its main clause: the main clause is the cause
    ("Prices rose sharply, forcing the bank to raise rates.", "prices rose", "bank to raise rates", "+",
     "asserted"),
    ("The talks collapsed in June, leading to a new round of sanctions.", "talks collapsed", "sanctions", "+",
     "asserted"),
    ("Mistrust runs deep, making a deal unlikely.", "mistrust", "deal", "-", "asserted"),
    # conditions
    ("Without a peace treaty, there can be no full normalization of relations.", "peace treaty", "normalization",
     "+", "conditional"),
    ("Economic cooperation can only be achieved through political trust.", "political trust", "cooperation", "+",
     "conditional"),
]


@pytest.mark.parametrize("text,cause,effect,polarity,modality", FAMILIES)
def test_causal_families_rule(nlp, text, cause, effect, polarity, modality):
    claims = claims_of(nlp, text)
    claim = find_claim(claims, cause, effect)
    assert claim is not None, [(c.cause, c.marker, c.effect) for c in claims]
    assert (claim.polarity, claim.modality) == (polarity, modality), (claim.cause, claim.effect)


@pytest.mark.parametrize(
    "text",
    [
        # purpose clauses state an aim, not a causal claim
        "Japan changed course so that it could keep its allies.",
        # "given", "means", "so", "since" in their other senses
        "The minister was given a medal.",
        "The word means friendship in Russian.",
        "The talks were so long that nobody remembered the start.",
        "Trade has grown since the two sides signed the agreement.",
        # participles of verbs that name no effect
        "The minister left the meeting, saying the talks were over.",
        "Japan announced new sanctions, citing security concerns.",
        # an expletive "it" is no cause
        "It is crucial for Japan to keep its options open.",
        # an actor's offer is an action
        "Tokyo offered Moscow a chance to respond.",
        # a copula with a causal noun but nothing that names the cause
        "The key question is simple.",
    ],
)
def test_causal_families_no_claim(nlp, text):
    got = [(c.cause, c.marker, c.effect) for c in claims_of(nlp, text)]
    assert got == []


def test_causal_families_listed_items_are_split(nlp):
    text = "No external factors, including the situation around the peninsula and turbulence in the USA, " \
           "will have a negative impact on the talks."
    claims = claims_of(nlp, text)
    causes = sorted(c.cause for c in claims)
    assert any("peninsula" in c and "turbulence" not in c for c in causes), causes
    assert any(c.startswith("turbulence") for c in causes), causes
    assert all(c.modality == "negated" and c.polarity == "-" for c in claims)


def test_causal_families_phrases_are_tight(nlp):
    text = "Given the tensions on the peninsula, dialogue has become more urgent."
    claim = find_claim(claims_of(nlp, text), "tensions", "dialogue")
    assert claim is not None
    assert claim.cause == "the tensions on the peninsula"
    assert claim.effect == "dialogue has become more urgent"


def test_causal_families_provenance(nlp):
    text = ("The sanctions make it harder for firms to invest. This means that growth will slow, "
            "so the bank cut its forecast. The key to recovery is trust.")
    claims = claims_of(nlp, text)
    assert len(claims) >= 3
    for c in claims:
        assert text[c.cause_span.start:c.cause_span.end] == c.cause
        assert text[c.effect_span.start:c.effect_span.end] == c.effect
        assert 0 <= c.start_char < c.end_char <= len(text)
        assert c.start_char <= c.cause_span.start or c.start_char <= c.effect_span.start
        assert c.doc_id == "dtest" and c.extractor == "causal" and 0 < c.confidence <= 1


def test_causal_families_cue_index_covers_every_phrase():
    lex = load_causal_lexicon("en")
    for seq in (*lex.cause_preps, *lex.concessive_preps, *lex.conditional_preps):
        assert seq in lex.cue_index[seq[0]]
    for seq in lex.connectives:
        assert seq in lex.connective_index[seq[0]]
    for key in lex.prep_verbs:
        assert key in [k for k, _ in lex.prep_verb_index[key[0]]]
