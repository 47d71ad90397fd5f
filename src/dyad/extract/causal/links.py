"""Causal links carried by reactions, sequences and conditions of duration.

* reactions: ``X answered Y by V-ing Z``, ``X responded (to Y) with Z``, ``X retaliated by
  V-ing``: what is answered (the object, ``to Y``, a ``when`` clause, else the clause or
  sentence just before) drives the measure named after ``by`` / ``with``;
* sequences: ``X cut relations after Y`` / ``following Y``, read as a reason only when the
  main verb names a measure or break between parties (``cut``, ``suspend``, ``restore``,
  ``storm``, ...), never a plain movement or meeting ("after the summit he flew home");
* duration: ``as long as X, Y`` (a condition, like ``if``);
* endowment: ``X gives Y leverage`` / ``a reason to Z`` (``gives`` alone is a light verb).

Every rule is anchored on one token and rejected by a single set look-up for most tokens.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from dyad.extract.causal.base import Candidate, child, marker, pobj
from dyad.extract.causal.lexicon import CausalLexicon
from dyad.extract.causal.phrases import char_span, clause, governors, subject_of, trim_range
from dyad.extract.causal.units import Item, Resolver

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["link_candidates", "LINK_ANCHORS"]

_SEQUENCE = frozenset({"after", "following"})
LINK_ANCHORS = _SEQUENCE | {"as", "if", "give", "gives", "gave", "given", "giving"}


def _has_subject(verb: "Token") -> bool:
    return any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def _last_clause(res: Resolver, k: int) -> list[Item]:
    """The last clause of unit ``k`` (the last coordinated verb with a subject), else the unit."""
    if k < 0:
        return []
    doc = res.doc
    a, b = res.units.ranges[k]
    root = next((t for t in doc[a:b] if t.dep_ == "ROOT" and t.pos_ in ("VERB", "AUX")), None)
    if root is not None:
        last = root
        while True:
            nxt = [c for c in last.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _has_subject(c)]
            if not nxt:
                break
            last = nxt[-1]
        if last is not root:
            sp = clause(last)
            if sp:
                return [(sp, last)]
    prev = res.units.content(k)
    return [prev] if prev else []


def _stimulus(verb: "Token", res: Resolver) -> list[Item]:
    """What a reaction answers: its object, ``to Y``, a ``when`` clause, else what came before."""
    obj = child(verb, ("dobj",))
    if obj is not None and verb.lemma_.lower() == "answer":
        return res.items(obj, split=False)
    to = pobj(child(verb, ("prep",), ("to",)))
    if to is not None:
        return res.items(to, split=False)
    when = next((c for c in verb.children if c.dep_ == "advcl" and c.i < verb.i and any(
        x.lower_ in ("when", "after", "once") for x in c.children if x.dep_ in ("advmod", "mark"))), None)
    if when is not None:
        return res.clause_item(when, [x for x in when.children if x.lower_ in ("when", "after", "once")])
    if verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i < verb.i:
        return res.clause_item(verb.head, [verb])
    return _last_clause(res, res.units.index_of(verb.i) - 1)


def _reaction(verb: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"X answered Y by V-ing Z", "X responded with Z", "X retaliated by V-ing"."""
    effects: list[Item] = []
    marks = []
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("by", "with"):
            continue
        comp = child(prep, ("pcomp",))
        if prep.lower_ == "by" and comp is not None and comp.tag_ == "VBG":
            effects += res.clause_item(comp)
            marks.append(prep)
        elif prep.lower_ == "with" and comp is None:
            obj = pobj(prep)
            if obj is not None:
                effects += res.items(obj, split=False)
                marks.append(prep)
    if not effects:
        return
    causes = _stimulus(verb, res)
    if causes:
        yield Candidate("reaction", marker(verb, marks[0]), verb, causes, effects, "+", governors(verb),
                        confidence=0.55, flip_on_effect_negation=False, reach=1)


def _sequence(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"X cut relations after Y" / "following Y": a measure taken in reaction to Y."""
    if tok.dep_ == "mark" and tok.head.dep_ == "advcl":
        adv = tok.head
        host = adv.head
        if not _has_subject(adv):
            return
        causes = res.clause_item(adv, [tok])
        block = adv
    elif tok.dep_ == "prep" or (tok.lower_ == "following" and tok.dep_ in ("prep", "acl", "advcl")):
        obj = pobj(tok)
        if obj is None or obj.ent_type_ in ("DATE", "TIME", "CARDINAL") or obj.pos_ == "NUM":
            return
        host = tok.head
        causes = res.items(obj, split=False)
        block = tok
    else:
        return
    if host.pos_ not in ("VERB", "AUX"):
        return
    top = host.head if host.dep_ == "xcomp" and host.head.pos_ == "VERB" else host
    moves = lex.change_verbs | lex.decrease_verbs  # "ties began to warm after X", "the standoff eased after X"
    if not (host.lemma_.lower() in lex.measure_verbs or top.lemma_.lower() in lex.measure_verbs
            or host.lemma_.lower() in moves and not any(c.dep_ == "dobj" for c in host.children)):
        return
    effects = res.clause_item(top, [block])
    if causes and effects:
        yield Candidate("sequence", tok.lower_, tok, causes, effects, "+", governors(top), confidence=0.5,
                        flip_on_effect_negation=False, link_negation=False, reach=0)


def _as_long_as(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"As long as X, Y (and Z)": X is a condition of Y."""
    doc = tok.doc
    i = tok.i
    if not (i + 2 < len(doc) and doc[i + 1].lower_ == "long" and doc[i + 2].lower_ == "as"):
        return
    if i > 0 and doc[i - 1].lower_ in ("so", "for"):
        return  # "for as long as": a time
    adv = doc[i + 2].head
    long_ = doc[i + 1]
    if adv.dep_ == "advcl" and adv.pos_ == "NOUN" and long_.head.pos_ in ("VERB", "AUX"):
        yield from _surface_condition(doc[i + 2], long_.head, res, "as long as", tok)
        return  # "as long as the program proceeds" with "proceeds" tagged as a noun
    if adv.dep_ != "advcl" or adv.pos_ not in ("VERB", "AUX") or not _has_subject(adv):
        return
    main = long_.head if adv.head.i == long_.i else adv.head
    if main.pos_ not in ("VERB", "AUX") or not _has_subject(main):
        return
    block = [long_] if adv.head.i == long_.i else [adv, tok, long_]
    causes = res.clause_item(adv, [doc[i + 2]])
    mains = [main] + [c for c in main.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _has_subject(c)]
    effects: list[Item] = []
    for m in mains:
        ex = block + [c for c in m.children if c.dep_ in ("conj", "cc")]
        effects += res.clause_item(m, ex)
    if causes and effects:
        yield Candidate("as_long_as", "as long as", tok, causes, effects, "+", [main], "conditional", 0.6,
                        flip_on_effect_negation=False, link_negation=False)


def _surface_condition(mark: "Token", main: "Token", res: Resolver, name: str, anchor: "Token") -> Iterator[Candidate]:
    """"If X, Y" / "as long as X, Y" where the parser took the verb of X for a noun: X runs from the
    mark to the first comma, Y from there to the end of the main clause (one effect per clause of Y)."""
    doc = mark.doc
    if not any(c.dep_ == "aux" and c.tag_ == "MD" for c in main.children):
        return  # only a modal main clause ("could evaporate", "will treat") reads as a consequence
    comma = next((t.i for t in doc[mark.i + 1:main.i] if t.text == ","), None)
    if comma is None or comma - mark.i < 3:
        return
    cs = trim_range(doc, mark.i + 1, comma)
    mains = [main] + [c for c in main.children if c.dep_ == "conj" and c.pos_ in ("VERB", "AUX") and _has_subject(c)]
    effects: list[Item] = []
    for n, m in enumerate(mains):
        lo = comma + 1 if n == 0 else m.left_edge.i
        hi = mains[n + 1].left_edge.i if n + 1 < len(mains) else m.right_edge.i + 1
        sp = trim_range(doc, lo, hi)
        if sp:
            effects.append((char_span(doc, *sp), m))
    if cs and effects:
        yield Candidate("if", name, anchor, [(char_span(doc, *cs), None)], effects, "+", [main], "conditional", 0.45,
                        flip_on_effect_negation=False, link_negation=False)


def _endowment(verb: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"X gives Y leverage", "X gives Y a reason to Z": a factor (not an actor's gift) endowing Y."""
    obj = child(verb, ("dobj",))
    if obj is None or obj.lemma_.lower() not in lex.endowment_nouns:
        return
    subj = subject_of(verb, lex)
    if subj is None or (Resolver.is_actor(subj, lex) and subj.tag_ not in ("WDT", "WP")):
        return
    doc = verb.doc
    inf = next((c for c in obj.children if c.i > obj.i and c.dep_ in ("acl", "relcl", "advcl") and c.tag_ == "VB"
                and child(c, ("aux",), ("to",)) is not None), None)
    if inf is not None:  # "a reason to shield X": what the reason is for
        sp = trim_range(doc, inf.i, inf.right_edge.i + 1)
        head = inf
    else:  # "gives Beijing leverage": the receiver and what it receives
        who = child(verb, ("dative",)) or next((c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"), None)
        if who is None:
            return
        sp = trim_range(doc, min(who.left_edge.i, obj.left_edge.i), obj.i + 1)
        head = obj
    if sp is None:
        return
    yield Candidate("endowment", marker(verb, obj), verb, res.items(subj), [(char_span(doc, *sp), head)], "+",
                    governors(verb), confidence=0.55, flip_on_effect_negation=False)


def link_candidates(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """Every reaction, sequence, duration and endowment cue anchored on ``tok``."""
    low = tok.lower_
    if tok.pos_ == "VERB" and tok.lemma_.lower() in lex.reaction_verbs:
        yield from _reaction(tok, res, lex)
        return
    if low not in LINK_ANCHORS:
        return
    if low in _SEQUENCE:
        yield from _sequence(tok, res, lex)
    elif low == "as":
        yield from _as_long_as(tok, res, lex)
    elif low == "if":
        if tok.dep_ == "mark" and tok.head.pos_ in ("VERB", "AUX") and not any(
                c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i for c in tok.head.children) and tok.head.i > tok.i:
            # "that if talks stall, goodwill could evaporate": "if" hung on the main verb (no clause of its own)
            yield from _surface_condition(tok, tok.head, res, "if", tok)
    elif tok.lemma_ == "give" and tok.pos_ == "VERB":
        yield from _endowment(tok, res, lex)
