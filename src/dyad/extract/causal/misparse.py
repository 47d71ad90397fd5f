"""Causal verbs the tagger took for plural nouns ("Cheap credit fuels the bubble", "The deal
hinges on X"): read as verbs only where the noun reading is ungrammatical."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from dyad.extract.causal.base import Candidate
from dyad.extract.causal.lexicon import CausalLexicon
from dyad.extract.causal.phrases import char_span, trim_range
from dyad.extract.causal.units import Resolver

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["misparsed_verb_candidates", "misparsed_past_candidates"]


def _verb_form_lemma(tok: "Token", lex: CausalLexicon, table=None) -> str | None:
    low = tok.lower_
    for stem in (low[:-1], low[:-2]):
        if low.endswith("s") and stem in (lex.svo_verbs if table is None else table):
            return stem
    return None


def _misparsed_prep_verb(t: "Token", a: int, b: int, lex: CausalLexicon) -> Candidate | None:
    """"The deal hinges on X" with "hinges" tagged as a plural noun: a two-word verb cue."""
    doc = t.doc
    lemma = _verb_form_lemma(t, lex, lex.prep_verb_index)
    if lemma is None or t.i + 2 >= b or not (doc[t.i - 1].pos_ in ("NOUN", "PROPN") and doc[t.i - 1].dep_ == "compound"):
        return None
    key = next(((k, sg) for k, sg in lex.prep_verb_index[lemma] if len(k) == 2 and doc[t.i + 1].lower_ == k[1]), None)
    if key is None:
        return None
    lo = t.i - 1
    while lo > a and doc[lo - 1].dep_ in ("det", "compound", "amod", "poss", "case", "nummod"):
        lo -= 1
    hi = t.i + 2
    while hi < b and doc[hi].text not in (",", ";", ":", ")", "—", "."):
        hi += 1
    subj, obj = trim_range(doc, lo, t.i), trim_range(doc, t.i + 2, hi)
    if subj is None or obj is None:
        return None
    cause, effect = [(char_span(doc, *subj), doc[t.i - 1])], [(char_span(doc, *obj), None)]
    if key[0] in lex.reverse_prep_verbs:
        cause, effect = effect, cause
    return Candidate("verb_prep", f"{t.text} {doc[t.i + 1].text}", t, cause, effect, key[1], [t], confidence=0.5)


def misparsed_verb_candidates(k: int, res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """A causal verb the parser took for a plural noun ("Cheap credit fuels the bubble").

    Only where the reading as a noun is ungrammatical: a third-person verb form of a causal verb,
    after a noun, before a determiner or possessive, or in a unit with no verb at all.
    """
    doc = res.doc
    a, b = res.units.ranges[k]
    has_verb = any(t.pos_ in ("VERB", "AUX") and t.dep_ in ("ROOT", "ccomp", "conj", "advcl") for t in doc[a:b])
    for t in doc[a + 1:b - 1]:
        if t.pos_ != "NOUN" or t.tag_ != "NNS":
            continue
        if t.dep_ == "ROOT" and not has_verb:
            cand = _misparsed_prep_verb(t, a, b, lex)
            if cand is not None:
                yield cand
                continue
        lemma = _verb_form_lemma(t, lex)
        prev, nxt = doc[t.i - 1], doc[t.i + 1]
        hyphenated = t.i - 2 >= a and doc[t.i - 2].text == "-"  # "the build-up deepens"
        if lemma is None or not (prev.pos_ in ("NOUN", "PROPN") or hyphenated) or prev.tag_ == "NNS" and prev.dep_ == "compound":
            continue
        if not (nxt.tag_ in ("DT", "PRP$") or (not has_verb and nxt.pos_ in ("NOUN", "ADJ", "PROPN"))):
            continue
        if lemma in lex.action_verbs and Resolver.is_actor(prev, lex):
            continue
        lo = t.i
        while lo > a and not (doc[lo - 1].text in (",", ";", ":", "(", "—") or doc[lo - 1].dep_ == "mark"):
            lo -= 1
        hi = t.i + 1
        while hi < b and doc[hi].text not in (",", ";", ":", ")", "—", "."):
            hi += 1
        cause, effect = trim_range(doc, lo, t.i), trim_range(doc, t.i + 1, hi)
        if cause is None or effect is None:
            continue
        yield Candidate("verb", t.text, t, [(char_span(doc, *cause), prev)], [(char_span(doc, *effect), None)],
                        lex.svo_verbs[lemma], [t], confidence=0.5)


def _past_form_lemma(tok: "Token", lex: CausalLexicon) -> str | None:
    """"complicated" -> "complicate", "hurt" -> "hurt": a past form of a causal verb."""
    low = tok.lower_
    stems = (low, low[:-1], low[:-2]) + ((low[:-3] + "y",) if low.endswith("ied") else ())
    return next((stem for stem in stems if stem in lex.svo_verbs), None)


def misparsed_past_candidates(k: int, res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """A causal verb in the past the parser took for an adjective or noun modifier: "X has
    complicated relations" ("has" read as the verb), "The ban hurt fishermen" (no verb at all)."""
    doc = res.doc
    a, b = res.units.ranges[k]
    verbs = [t for t in doc[a:b] if t.pos_ in ("VERB", "AUX") and t.lemma_ != "have"]
    for t in doc[a + 1:b - 1]:
        if t.pos_ not in ("ADJ", "NOUN") or t.dep_ not in ("amod", "compound") or t.head.i <= t.i:
            continue
        prev = doc[t.i - 1]
        after_have = prev.lemma_ == "have" and prev.dep_ == "ROOT" and t.lower_.endswith("ed")
        bare = not verbs and prev.pos_ in ("NOUN", "PROPN") and t.head.dep_ == "ROOT"
        if not (after_have or bare):
            continue
        lemma = _past_form_lemma(t, lex)
        if lemma is None:
            continue
        lo = a
        first = prev if bare else doc[prev.i - 1] if prev.i > a else None
        if first is None or first.pos_ not in ("NOUN", "PROPN"):
            continue
        hi = t.i + 1
        while hi < b and doc[hi].text not in (",", ";", ":", ")", "\u2014", "."):
            hi += 1
        cause = trim_range(doc, lo, t.i - (0 if bare else 1))
        effect = trim_range(doc, t.i + 1, hi)
        if cause is None or effect is None or (lemma in lex.action_verbs and Resolver.is_actor(first, lex)):
            continue
        yield Candidate("verb", t.text, t, [(char_span(doc, *cause), first)], [(char_span(doc, *effect), None)],
                        lex.svo_verbs[lemma], [t], confidence=0.5)
