"""Causal claims the text implies rather than names with a causal verb: causal ``as`` between two
clauses of change ("as trade grew, ties improved"), concessives (``although X, Y``; ``X;
nevertheless Y``), lacks ("X lacks the means to Y"), conditions by attachment (``Y is tied to
X``), pressure (``X puts pressure on Y (to Z)``) and chains (``Y, in turn, Z``).

Concessives follow the gold convention of ``despite``: X would have driven Y the other way, and
the text denies that link (polarity ``-``, modality ``negated``, read on the phrases as written).
Every rule is anchored on one token and most tokens are rejected by a single set look-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from dyad.extract.causal.base import Candidate, child, marker, pobj
from dyad.extract.causal.lexicon import CausalLexicon
from dyad.extract.causal.phrases import char_span, governors, subject_of, trim_range
from dyad.extract.causal.units import Item, Resolver

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["implied_candidates", "IMPLIED_ANCHORS"]

_CONCESSIVE_MARKS = frozenset({"although", "though"})
_CONCESSIVE_ADVERBS = frozenset({"nevertheless", "nonetheless"})
_PRESSURE_NOUNS = {"pressure": "-", "strain": "-", "burden": "-"}
_PRESSURE_VERBS = frozenset({"put", "place", "exert", "pile", "heap", "add", "increase", "impose", "apply"})
_ATTACHED = {"tie": ("to",), "condition": ("on", "upon"), "link": ()}  # "linked to" is a correlation
_STATE_ADJ = frozenset({"interested", "willing", "able", "ready", "committed", "capable", "keen", "eager"})
IMPLIED_ANCHORS = frozenset({"as", "lack", "lacks", "lacked", "lacking", "in", "tied", "conditioned",
                             "pressure", "strain", "burden"} | _CONCESSIVE_MARKS | _CONCESSIVE_ADVERBS)


def _has_subject(verb: "Token") -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _changes(verb: "Token", lex: CausalLexicon) -> bool:
    """A clause of gradual change: "grew", "have dwindled", "move deeper into", "became more ..."."""
    lemma = verb.lemma_.lower()
    if lemma in lex.change_verbs or lemma in lex.decrease_verbs:
        return True
    return any(c.dep_ in ("advmod", "acomp", "oprd") and (c.tag_ in ("JJR", "RBR") or any(
        x.lower_ in ("more", "less") and x.dep_ == "advmod" for x in c.children)) for c in verb.children)


def _as_clause(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"As X grew, Y improved": a causal ``as`` between two clauses that both say something changes."""
    if tok.dep_ != "mark" or tok.head.dep_ != "advcl":
        return
    doc = tok.doc
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""
    if prev in ("as", "just", "so", "such", "even", "same") or tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in (
            "soon", "long", "far", "well", "much", "if", "though"):
        return
    adv, main = tok.head, tok.head.head
    if main.pos_ not in ("VERB", "AUX") or not _has_subject(adv):
        return
    if not (_changes(adv, lex) and _changes(main, lex)):
        return
    sign = "+"
    if _has_subject(main):
        cause, effect = res.clause_item(adv, [tok]), res.clause_item(main, [adv])
    else:
        # the parser swallowed the main subject into the fronted clause ("As we move into the
        # talks, expectations have dwindled"): the words after its last comma are the subject
        doc = tok.doc
        comma = max((t.i for t in adv.subtree if t.text == ","), default=None)
        left = [c.i for c in main.children if c.i < main.i and c.dep_ in ("aux", "advmod", "neg")]
        end = min(left + [main.i])
        if comma is None or comma + 1 >= end or end - comma > 12 or adv.right_edge.i + 1 < end - 1:
            return
        cs, es = trim_range(doc, tok.i + 1, comma), trim_range(doc, comma + 1, end)
        if cs is None or es is None:
            return
        cause, effect = [(char_span(doc, *cs), adv)], [(char_span(doc, *es), None)]
        if main.lemma_.lower() in lex.decrease_verbs:
            sign = "-"  # less of the subject, as shrinking() reads a whole clause
    if cause and effect:
        yield Candidate("as_change", "as", tok, cause, effect, sign, governors(main), confidence=0.5,
                        flip_on_effect_negation=False, link_negation=False)


def _concessive_clause(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"Although X, Y" / "Y, even though X": X would have pushed Y the other way."""
    if tok.dep_ != "mark" or tok.head.dep_ != "advcl":
        return
    adv, main = tok.head, tok.head.head
    if main.pos_ not in ("VERB", "AUX") or not (_has_subject(adv) and _has_subject(main)):
        return
    cause, effect = res.clause_item(adv, [tok]), res.clause_item(main, [adv])
    mark = ("even " if tok.i > 0 and tok.doc[tok.i - 1].lower_ == "even" else "") + tok.lower_
    if cause and effect:
        yield Candidate("concessive", mark, tok, cause, effect, "-", governors(main), "negated", 0.55,
                        flip_on_effect_negation=False)


def _concessive_adverb(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"X. Nevertheless, Y" / "X; nonetheless Y": the clause or sentence before is the cause."""
    if tok.dep_ not in ("advmod", "cc", "npadvmod"):
        return
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or not _has_subject(verb):
        return
    doc = tok.doc
    k = res.units.index_of(tok.i)
    a = res.units.ranges[k][0]
    first = a
    while first < tok.i and (doc[first].is_punct or doc[first].dep_ == "cc" or doc[first].lower_ in ("and", "but")):
        first += 1
    causes: list[Item] = []
    # "X; nevertheless Y": the clause before the adverb, whichever way the parser hung it
    before = next((c for c in verb.children if c.i < tok.i and c.right_edge.i < tok.i and c.pos_ in ("VERB", "AUX")
                   and c.dep_ in ("ccomp", "conj", "parataxis") and _has_subject(c)), None)
    if before is not None:
        causes = res.clause_item(before)
    elif verb.dep_ in ("conj", "parataxis") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < tok.i:
        causes = res.clause_item(verb.head, [verb])
    elif first == tok.i and verb.dep_ == "ROOT":
        prev = res.units.content(k - 1)
        causes = [prev] if prev else []
    effects = res.clause_item(verb, [tok])
    if causes and effects:
        yield Candidate("concessive", tok.lower_, tok, causes, effects, "-", governors(verb), "negated", 0.5,
                        flip_on_effect_negation=False, reach=1)


def _lack(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"X lacks the means to Y", "X lacks groups (that are) interested in Y": the lack holds Y back.

    Only when the sentence names what the missing thing is for; a bare "X lacks Y" states no link.
    """
    if tok.pos_ != "VERB" or tok.lemma_.lower() != "lack":
        return
    obj = child(tok, ("dobj",))
    if obj is None:
        return
    doc = tok.doc
    purpose = None
    for c in obj.children:
        if c.i < obj.i:
            continue
        if c.dep_ in ("acl", "relcl", "advcl") and c.tag_ == "VB" and child(c, ("aux",), ("to",)) is not None:
            purpose = c  # "the capacity to counter China"
        elif c.dep_ in ("acl", "amod") and c.lemma_.lower() in ("need", "require"):
            purpose = next((x for x in c.children if x.dep_ in ("xcomp", "advcl") and x.tag_ == "VB"), None) or next(
                (x for x in c.children if x.dep_ == "prep" and x.lower_ == "for"), None)  # "the means needed to Y"
        elif c.dep_ in ("relcl", "amod", "acl") and (c.lemma_.lower() in _STATE_ADJ or c.lemma_ == "be"):
            adj = c if c.lemma_.lower() in _STATE_ADJ else next(
                (x for x in c.children if x.dep_ == "acomp" and x.lemma_.lower() in _STATE_ADJ), None)
            inner = None
            if adj is not None:
                inner = next((x for x in adj.children if x.dep_ in ("prep", "xcomp")), None)
            if inner is not None:
                purpose = inner  # "groups interested in developing ties"
        if purpose is not None:
            break
    if purpose is None:
        return
    start = purpose.i + 1 if purpose.dep_ == "prep" else purpose.left_edge.i
    end = purpose.right_edge.i + 1
    eff = trim_range(doc, start, end)
    cut = next((c for c in obj.children if c.i > obj.i and c.left_edge.i <= purpose.i <= c.right_edge.i), purpose)
    cause_end = cut.left_edge.i
    cs = trim_range(doc, tok.i, cause_end)
    if eff is None or cs is None:
        return
    if doc[eff[0]].lower_ == "to" and eff[1] - eff[0] > 1:
        eff = (eff[0] + 1, eff[1])
    yield Candidate("lack", tok.text, tok, [(char_span(doc, *cs), obj)], [(char_span(doc, *eff), purpose)], "-",
                    governors(tok), confidence=0.5, flip_on_effect_negation=False)


def _attached(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"Aid is tied to progress on X", "the loan is conditioned on reforms": X conditions Y."""
    preps = _ATTACHED.get(tok.lemma_.lower())
    if not preps or tok.tag_ != "VBN":
        return
    prep = child(tok, ("prep",), preps)
    cause = pobj(prep)
    causes: list[Item] = res.items(cause)
    if cause is None and "to" in preps:
        # "tied to progress on X": the noun after "to" taken for an infinitive
        inf = next((c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.i > tok.i
                    and child(c, ("aux",), ("to",)) is not None and not any(x.dep_ == "dobj" for x in c.children)), None)
        sp = trim_range(tok.doc, inf.i, inf.right_edge.i + 1) if inf is not None else None
        if sp is None:
            return
        prep = child(inf, ("aux",), ("to",))
        causes = [(char_span(tok.doc, *sp), inf)]
    if not causes:
        return
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        effect = child(tok, ("nsubjpass",))
    elif tok.dep_ == "acl" and tok.head.pos_ in ("NOUN", "PROPN"):
        effect = tok.head  # "aid tied to reforms"
    else:
        return
    effects = res.items(effect, [tok], split=False) if effect is not None and effect.i == tok.head.i else res.items(effect)
    if effects:
        yield Candidate("dependence", marker(tok, prep), tok, causes, effects, "+", governors(tok),
                        "conditional", 0.6)


def _pressure(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"X puts pressure on Y (to Z)": a factor (not an actor's move) bearing on Y."""
    sign = _PRESSURE_NOUNS.get(tok.lemma_.lower())
    if sign is None or tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _PRESSURE_VERBS:
        return
    verb = tok.head
    subj = subject_of(verb, lex)
    if subj is None or Resolver.is_actor(subj, lex):
        return  # "Washington put pressure on Tehran" is a move, reported as an event
    on = child(tok, ("prep",), ("on", "upon")) or child(verb, ("prep",), ("on", "upon"))
    target = pobj(on)
    if target is None:
        return
    doc = tok.doc
    inf = next((c for c in (*tok.children, *verb.children) if c.i > target.i and c.tag_ == "VB"
                and c.dep_ in ("acl", "advcl", "xcomp", "relcl") and child(c, ("aux",), ("to",)) is not None), None)
    if inf is not None:  # "... on Tehran to return to the talks": the pressure pushes toward Z
        sp = trim_range(doc, target.left_edge.i, inf.right_edge.i + 1)
        effects = [(char_span(doc, *sp), inf)] if sp else []
        sign = "+"
    else:
        effects = res.items(target)
    if effects:
        yield Candidate("pressure", marker(verb, tok, on), tok, res.items(subj), effects, sign, governors(verb),
                        confidence=0.55, flip_on_effect_negation=inf is None)


def _in_turn(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"Y, in turn, Z": what was said before drives the clause that carries "in turn"."""
    doc = tok.doc
    if tok.dep_ != "prep" or tok.i + 1 >= len(doc) or doc[tok.i + 1].lower_ != "turn" or (
            tok.i + 2 < len(doc) and doc[tok.i + 2].lower_ in ("of", "to")):
        return
    verb = tok.head
    if verb.pos_ not in ("VERB", "AUX") or not _has_subject(verb):
        return
    lemma = verb.lemma_.lower()
    if lemma in lex.svo_verbs or lemma in lex.object_clause_verbs or lemma in lex.prep_verb_index:
        return  # "the weak economy, in turn, fuelled protests": the verb names its own cause
    if verb.dep_ in ("conj", "parataxis") and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < tok.i:
        causes = res.clause_item(verb.head, [verb])
    else:
        k = res.units.index_of(tok.i)
        prev = res.units.content(k - 1)
        causes = [prev] if prev else []
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.i < tok.i and verb.lemma_.lower() in lex.change_verbs and not any(
            c.dep_ == "dobj" for c in verb.children):
        effects = res.items(subj, split=False)  # "Investment, in turn, rose": more investment
    else:
        effects = res.clause_item(verb, [tok] if subj is None or subj.i > tok.i else [])
    if causes and effects:
        yield Candidate("connective", "in turn", tok, causes, effects, "+", governors(verb), confidence=0.5,
                        flip_on_effect_negation=False, reach=1)


def implied_candidates(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """Every implied-claim cue anchored on ``tok`` (one set look-up for most tokens)."""
    low = tok.lower_
    if low not in IMPLIED_ANCHORS:
        return
    if low == "as":
        yield from _as_clause(tok, res, lex)
    elif low in _CONCESSIVE_MARKS:
        yield from _concessive_clause(tok, res, lex)
    elif low in _CONCESSIVE_ADVERBS:
        yield from _concessive_adverb(tok, res, lex)
    elif low == "in":
        yield from _in_turn(tok, res, lex)
    elif low in ("pressure", "strain", "burden"):
        yield from _pressure(tok, res, lex)
    elif low in ("tied", "conditioned"):
        yield from _attached(tok, res, lex)
    else:
        yield from _lack(tok, res, lex)
