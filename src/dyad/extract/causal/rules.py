"""Causal cues carried by predicates: verbs (``limit``, ``allow X to``, ``lead to``,
``require``, ``this means that``), light-verb nouns (``have a negative effect on``, ``offer an
opportunity to``), and causal nouns (``threat to``, ``dependence on``, ``the reason for Y is
X``, ``the problem is that``). Adjectives live in :mod:`dyad.extract.causal.cues`.

Each rule reads the dependency parse around one token and yields :class:`Candidate`
records; :mod:`dyad.extract.causal.extractor` turns them into claims.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from dyad.extract.causal.base import _COPULAS, Candidate, _child, _copula_subject, _marker, _pobj
from dyad.extract.causal.lexicon import CausalLexicon
from dyad.extract.causal.phrases import char_span, governors, is_pronoun, subject_of, trim_range
from dyad.extract.causal.units import Item, Resolver

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Token

__all__ = ["Candidate", "predicate_candidates", "TOPIC_REACH", "COMPARATIVE_DOWN"]

COMPARATIVE_DOWN = frozenset({"less", "fewer", "lower", "smaller", "weaker", "worse", "slower", "poorer", "shorter",
                              "lesser", "cooler", "colder", "narrower", "rarer", "scarcer"})
TOPIC_REACH = 8  # a topic named earlier in the discussion (see Resolver.topic)
_PRESSING = {"possibility", "risk", "threat", "danger", "conflict", "crisis", "situation", "challenge",
             "prospect", "emergency", "tension", "tensions"}


# --------------------------------------------------------------------------- verbs
def _result_participle(tok: "Token") -> bool:
    """A subjectless "-ing" clause after a comma that follows its main clause ("..., forcing X to")."""
    doc = tok.doc
    left = tok.left_edge.i
    return (tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp", "conj") and tok.head.pos_ in ("VERB", "AUX")
            and tok.head.i < left and left > 0 and doc[left - 1].text == ","
            and not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in tok.children))


def _stranded_aux(tok: "Token") -> bool:
    """"... and were, in effect, helping X": the parser hung the participle on its own auxiliary
    (a bare "be"/"have" with no subject or complement), so the clause before it is no cause."""
    head = tok.head
    return (tok.tag_ == "VBG" and tok.dep_ == "advcl" and head.pos_ == "AUX" and head.lemma_ in ("be", "have")
            and not any(c.dep_ in ("nsubj", "nsubjpass", "expl", "attr", "acomp", "dobj", "ccomp", "xcomp")
                        for c in head.children))


def _verb(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    lemma = tok.lemma_.lower()
    if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in lex.object_clause_verbs:
        return  # "allow Japan to strengthen its role": the effect of "allow", not a claim of its own
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or (
        tok.dep_ == "acl" and tok.tag_ == "VBN"
    )
    agent = _pobj(_child(tok, ("agent",)))

    def subj_items() -> list[Item]:
        subj = subject_of(tok, lex)
        if subj is not None and subj.i == tok.head.i:  # misparsed finite verb under its subject
            return res.items(subj, [tok], split=False)
        if subj is None and _stranded_aux(tok):
            # "X did A and were, in effect, helping Y": X doing A is what helps (the clause the
            # auxiliary is coordinated with, without the coordination)
            up = tok.head.head if tok.head.dep_ == "conj" else None
            if up is None or up.pos_ not in ("VERB", "AUX") or subject_of(up, lex) is None:
                return []
            return res.clause_item(up, [c for c in up.children if c.dep_ in ("conj", "cc")])
        if subj is None and _result_participle(tok):
            return res.clause_item(tok.head, [tok])  # "X happened, raising fears of Y": X raised them
        return res.items(subj)

    def passive_effect() -> list[Item]:
        if tok.dep_ == "acl" and tok.tag_ == "VBN":
            return res.items(tok.head, [tok])
        return res.items(_child(tok, ("nsubjpass",)))

    # verb + particle: lead to, result in, give rise to, depend on
    for key, sign in lex.prep_verb_index.get(lemma, ()):
        host = tok
        if len(key) == 4:  # "stand in the way of"
            way = _pobj(_child(tok, ("prep",), (key[1],)))
            if way is None or way.lemma_.lower() != key[2]:
                continue
            host = way
        elif len(key) == 3:  # "pave the way for"
            obj = _child(tok, ("dobj",))
            if obj is None or obj.lemma_.lower() != key[1]:
                continue
            host = obj
        prep = _child(host, ("prep", "dative", "agent"), (key[-1],)) or _child(tok, ("prep",), (key[-1],))
        target = _pobj(prep)
        if target is None or target.ent_type_ in ("DATE", "TIME"):
            continue  # "rested on the second day": a time, not a factor
        if passive:
            continue
        a, b = subj_items(), res.items(target)
        if key in lex.reverse_prep_verbs:
            a, b = b, a
        yield Candidate("verb_prep", _marker(tok, prep), tok, a, b, sign, governors(tok), confidence=0.75)
        return

    if lemma == "mean":
        yield from _means(tok, res, lex)
        return

    if lemma in lex.require_verbs:
        yield from _require(tok, res, lex, passive)
        return

    if lemma == "have":
        yield from _have(tok, res, lex)
        return

    if lemma == "make":
        adj = next((c for c in tok.children if (c.lower_ in lex.possible_adjectives or c.lemma_.lower() in lex.possible_adjectives)
                    and c.dep_ in ("ccomp", "oprd", "acomp", "xcomp", "advcl")), None)
        if adj is None:  # "makes X bigger, not smaller": a comparative says which way X goes
            adj = next((c for c in tok.children if c.dep_ in ("ccomp", "oprd", "acomp", "xcomp") and c.pos_ == "ADJ"
                        and (c.tag_ == "JJR" or any(x.lower_ in ("more", "less") for x in c.children))), None)
            if adj is not None and any(x.dep_ == "neg" for x in adj.children):
                adj = next((x for x in adj.children if x.dep_ in ("amod", "conj") and x.tag_ == "JJR"), None)
            if adj is not None:
                obj = _child(adj, ("nsubj",)) or _child(tok, ("dobj",)) or next(
                    (x for c in adj.children if c.dep_ == "amod" for x in c.children if x.dep_ == "nsubj"), None)
                down = adj.lower_ in COMPARATIVE_DOWN or any(x.lower_ == "less" for x in adj.children)
                if obj is not None and obj.lower_ != "it":
                    yield Candidate("make_possible", _marker(tok, adj), tok, subj_items(), res.items(obj, split=False),
                                    "-" if down else "+", governors(tok), confidence=0.6)
                return
        if adj is not None:
            obj = _child(adj, ("nsubj",)) or _child(tok, ("dobj",))
            sign = lex.possible_adjectives.get(adj.lower_) or lex.possible_adjectives[adj.lemma_.lower()]
            if any(c.lower_ == "less" for c in adj.children):  # "makes X less likely"
                sign = "-" if sign == "+" else "+"
            if obj is not None and obj.lower_ != "it":
                yield Candidate("make_possible", _marker(tok, adj), tok, subj_items(), res.items(obj),
                                sign, governors(tok), confidence=0.7)
            elif obj is not None:
                # "makes it harder for X to Y": the infinitive is what becomes (im)possible
                inf = next((c for c in (*adj.children, *tok.children) if c.dep_ in ("xcomp", "advcl", "ccomp")
                            and c.tag_ == "VB" and c.i > adj.i and _child(c, ("aux",), ("to",)) is not None), None)
                if inf is not None:
                    mark = _child(inf, ("mark",), ("for",))
                    sp = trim_range(tok.doc, mark.i + 1 if mark is not None else inf.left_edge.i, inf.right_edge.i + 1)
                    if sp:
                        yield Candidate("make_possible", _marker(tok, adj), tok, subj_items(),
                                        [(char_span(tok.doc, *sp), inf)], sign, governors(tok), confidence=0.65)
            return
        # causative "X made Y reconsider Z" (a bare infinitive with its own subject)
        comp = next((c for c in tok.children if c.dep_ in ("ccomp", "xcomp") and c.tag_ == "VB"
                     and not any(x.dep_ == "aux" for x in c.children)), None)
        inner = _child(comp, ("nsubj",)) if comp is not None else None
        if inner is not None and not passive and not Resolver.is_actor(subject_of(tok, lex), lex):
            sp = trim_range(tok.doc, inner.left_edge.i, comp.right_edge.i + 1)
            if sp:
                yield Candidate("verb_clause", tok.text, tok, subj_items(), [(char_span(tok.doc, *sp), comp)], "+",
                                governors(tok), confidence=0.6)
        return

    if lemma in lex.object_clause_verbs:
        sign = lex.object_clause_verbs[lemma]
        if passive:
            if agent is not None:
                eff = passive_effect()
                comp = _child(tok, ("xcomp", "ccomp", "advcl"))
                if comp is not None and eff:
                    sp = trim_range(tok.doc, min(eff[0][1].left_edge.i, comp.left_edge.i) if eff[0][1] else comp.left_edge.i,
                                    comp.right_edge.i + 1)
                    eff = [(char_span(tok.doc, *sp), comp)] if sp else eff
                yield Candidate("verb_clause", tok.text, tok, res.items(agent), eff, sign, governors(tok), confidence=0.7)
            return
        effects = res.object_clause(tok)
        if effects and lemma in lex.clause_only_verbs and effects[0][1] is not None and effects[0][1].pos_ not in ("VERB", "AUX"):
            return  # "led a coalition": no clause, no claim
        if effects:
            yield Candidate("verb_clause", tok.text, tok, subj_items(), effects, sign, governors(tok), confidence=0.75)
            return
    if lemma in lex.svo_verbs:
        sign = lex.svo_verbs[lemma]
        if passive:
            if agent is not None:
                yield Candidate("verb", tok.text + " by", tok, res.items(agent), passive_effect(), sign,
                                governors(tok), confidence=0.75)
            return
        if lemma in lex.action_verbs and Resolver.is_actor(subject_of(tok, lex), lex):
            return  # "Russia increased pressure": an actor's action, not a claim about factors
        # an object past a semicolon or colon belongs to the next statement (a misparse)
        objs = [c for c in tok.children if c.dep_ == "dobj" and not any(
            t.text in (";", ":") for t in tok.doc[tok.i + 1:c.left_edge.i])]
        obj = objs[-1] if objs else None  # "afford them great significance"
        if obj is None or obj.lower_ in ("it",) and obj.i + 1 < len(tok.doc) and tok.doc[obj.i + 1].pos_ == "ADJ":
            return
        # "benefits neither A nor B", "produced no / few results": the text denies the link
        forced = "negated" if any(c.lower_ in ("neither", "no", "few") and c.dep_ in ("det", "preconj", "amod")
                                  for c in obj.children) else None
        effects = res.object_with_tail(tok, obj)
        yield Candidate("verb", tok.text, tok, subj_items(), effects, sign, governors(tok), forced,
                        confidence=0.7)


def _means(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"This means that Y" / "..., meaning that Y": what was just said has Y as a consequence."""
    comp = next((c for c in tok.children if c.dep_ == "ccomp" and _child(c, ("mark",), ("that",)) is not None), None)
    if comp is None or not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in comp.children) or any(
            c.dep_ == "mark" and c.lower_ != "that" for c in comp.children):
        return  # "means that if X, Y": the parser lost the main clause
    subj = _child(tok, ("nsubj",))
    doc = tok.doc
    if subj is not None and subj.lower_ == "which" and tok.dep_ == "relcl" and tok.left_edge.i > 0 \
            and doc[tok.left_edge.i - 1].text == ",":
        # "A did X, which means that Y": "which" stands for the whole clause before it
        main = tok.head
        while main.pos_ not in ("VERB", "AUX") and main.head.i != main.i:
            main = main.head
        causes = res.clause_item(main, [tok]) if main.pos_ in ("VERB", "AUX") else res.items(subj)
    elif subj is not None and subj.lower_ in ("this", "that", "which", "it") and tok.tag_ in ("VBZ", "VBD", "MD", "VB"):
        causes = res.items(subj)
    elif subj is None and tok.tag_ == "VBG" and tok.dep_ in ("advcl", "xcomp") and tok.head.pos_ in ("VERB", "AUX") \
            and tok.i > 0 and tok.doc[tok.i - 1].text == ",":
        causes = res.clause_item(tok.head, [tok])
    else:
        return
    yield Candidate("means", _marker(tok, _child(comp, ("mark",), ("that",))), tok, causes, res.clause_item(comp),
                    "+", governors(tok), confidence=0.5, flip_on_effect_negation=False)


def _require(tok: "Token", res: Resolver, lex: CausalLexicon, passive: bool) -> Iterator[Candidate]:
    doc = tok.doc
    gov = governors(tok)
    if passive:
        purpose = _child(tok, ("xcomp",)) or next(
            (c for c in tok.children if c.dep_ == "advcl" and _child(c, ("aux",), ("to",))), None)
        target = _pobj(_child(tok, ("prep",), ("for",)))
        eff = res.clause_item(purpose) if purpose is not None else res.items(target)
        cause = res.items(_child(tok, ("nsubjpass",)))
        if eff and cause:
            yield Candidate("require", tok.text, tok, cause, eff, "+", gov, "conditional", 0.7)
        return
    subj = subject_of(tok, lex)
    comp = _child(tok, ("xcomp",))
    # "for X to work, Y needs to be Z" (X is the effect, Y being Z the condition)
    for_prep = _child(tok, ("prep",), ("for",))
    for_adv = next((c for c in tok.children if c.dep_ == "advcl" and _child(c, ("mark",), ("for",))), None)
    if for_adv is not None and subj is not None and comp is not None:
        goal = _child(for_adv, ("nsubj",))
        sp = trim_range(doc, subj.left_edge.i, comp.right_edge.i + 1)
        if goal is not None and sp:
            yield Candidate("require", tok.text, tok, [(char_span(doc, *sp), comp)], res.items(goal, split=False),
                            "+", gov, "conditional", 0.75)
        return
    if for_prep is not None and comp is not None and for_prep.i < tok.i:
        goal = _pobj(for_prep)
        acl = _child(goal, ("acl",)) if goal is not None else None
        if goal is not None and acl is not None:
            start = subj.left_edge.i if subj is not None else acl.i + 1
            sp = trim_range(doc, start, comp.right_edge.i + 1)
            if sp:
                yield Candidate("require", tok.text, tok, [(char_span(doc, *sp), comp)],
                                res.items(goal, [acl], split=False), "+", gov, "conditional", 0.7)
            return
    obj = _child(tok, ("dobj",))
    purpose = next((c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.tag_ == "VB" and obj is not None
                    and c.i > obj.i and _child(c, ("aux",), ("to",)) is not None), None)
    if subj is not None and purpose is not None and not is_pronoun(obj) and Resolver.is_actor(subj, lex):
        # "X needs a calm region to attract investment": the region is a condition of attracting it
        yield Candidate("require", tok.text, tok, res.items(obj),
                        res.clause_item(purpose, [_child(purpose, ("aux",), ("to",))]), "+", gov, "conditional", 0.6)
        return
    if subj is None or Resolver.is_actor(subj, lex):
        return  # "Moscow needs X" is a wish, not a condition
    if obj is not None and subj.lemma_.lower() in _PRESSING:
        # "the risk of conflict requires dialogue": the risk makes the dialogue necessary
        yield Candidate("require", tok.text, tok, res.items(subj, split=False), res.items(obj), "+", gov,
                        confidence=0.6)
        return
    if obj is not None:
        yield Candidate("require", tok.text, tok, res.items(obj), res.items(subj), "+", gov, "conditional", 0.65)
    elif comp is not None and _child(comp, ("agent",)) is not None:
        sp = trim_range(doc, comp.i, comp.right_edge.i + 1)
        if sp:
            yield Candidate("require", tok.text, tok, [(char_span(doc, *sp), comp)], res.items(subj, split=False),
                            "+", gov, "conditional", 0.6)


def _have(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    obj = _child(tok, ("dobj",))
    if obj is None:
        return
    low = obj.lemma_.lower()
    subj = subject_of(tok, lex)
    if low in ("little", "nothing"):  # "has little to do with"
        do = next((c for c in obj.subtree if c.lemma_ == "do"), None)
        target = _pobj(_child(do, ("prep",), ("with",))) if do is not None else None
        if target is not None:
            yield Candidate("have_to_do", _marker(tok, obj, do), tok, res.items(subj), res.items(target), "+",
                            governors(tok), "negated", 0.7)
        return
    if low in lex.effect_nouns:
        prep = _child(obj, ("prep",), ("on", "upon")) or _child(tok, ("prep",), ("on", "upon"))
        target = _pobj(prep)
        if target is None:
            return
        sign = next((lex.polar_modifiers[c.lower_] for c in obj.children if c.lower_ in lex.polar_modifiers), "+")
        yield Candidate("have_effect", _marker(tok, obj, prep), tok, res.items(subj), res.items(target), sign,
                        governors(tok), confidence=0.75)


# --------------------------------------------------------------------------- nouns
def _noun(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    low = tok.lower_
    lemma = tok.lemma_.lower()
    of_prep = _child(tok, ("prep",), ("of",))
    gov = governors(tok)
    if (low in lex.effect_nouns or lemma in lex.effect_nouns) and of_prep is not None:
        if tok.head.lemma_ == "have" and tok.dep_ == "dobj":
            return
        if tok.dep_ == "pobj" and tok.head.lower_ in ("as", "in") and low in ("result", "consequence", "response"):
            return  # "as a result of" is a prepositional cue
        cause = res.items(_pobj(of_prep))
        on = _pobj(_child(tok, ("prep",), ("on", "upon")))
        if on is not None:
            sign = next((lex.polar_modifiers[c.lower_] for c in tok.children if c.lower_ in lex.polar_modifiers), "+")
            yield Candidate("effect_noun", _marker(tok, of_prep), tok, cause, res.items(on), sign, gov, confidence=0.7)
            return
        if lex.effect_nouns.get(low, lex.effect_nouns.get(lemma)) != "+":
            return
        # "the consequence of X is that Y", "one of the fallouts of X is that Y"
        subj = tok if tok.dep_ == "nsubj" else (tok.head.head if tok.dep_ == "pobj" and tok.head.head.dep_ == "nsubj" else None)
        if subj is not None and subj.head.lemma_ == "be":
            comp = _child(subj.head, ("ccomp", "attr"))
            if comp is not None:
                eff = res.clause_item(comp) if comp.dep_ == "ccomp" else res.items(comp)
                yield Candidate("effect_noun", _marker(tok, of_prep), tok, cause, eff, "+", [comp], confidence=0.7)
            return
        if tok.dep_ == "attr" and tok.head.lemma_ in ("be", "remain"):
            subj = subject_of(tok.head, lex)  # "Y is the result of X", "Y is a product of X"
            if subj is not None and subj.lower_ not in ("it", "this", "that", "there"):
                yield Candidate("effect_noun", _marker(tok, of_prep), tok, cause, res.items(subj), "+", gov,
                                confidence=0.65)
            return
        if lemma in ("consequence", "fallout", "repercussion", "upshot"):
            yield Candidate("effect_noun", _marker(tok, of_prep), tok, cause, res.items(tok, [of_prep], split=False),
                            "+", gov, confidence=0.6, flip_on_effect_negation=False)
        return

    if lemma in lex.enabling_nouns and tok.dep_ == "dobj" and tok.head.lemma_ in lex.light_verbs:
        yield from _opportunity(tok, res, lex)
        return

    if lemma == "role" and of_prep is not None or lemma == "role" and tok.dep_ == "dobj" and tok.head.lemma_ == "play":
        sign = next((lex.role_adjectives[c.lower_] for c in tok.children if c.lower_ in lex.role_adjectives), None)
        if sign is None and tok.dep_ == "dobj" and tok.head.lemma_ == "play" and not any(
                c.dep_ in ("amod", "compound") for c in tok.children):
            sign = "+"  # "X played a role in Y"
        in_prep = _child(tok, ("prep",), ("in",)) or (_child(tok.head, ("prep",), ("in",)) if tok.dep_ == "dobj" else None)
        target = _pobj(in_prep)
        if sign is None or target is None:
            return
        holder = _pobj(of_prep) if of_prep is not None else subject_of(tok.head, lex)
        yield Candidate("role", _marker(tok, in_prep), tok, res.items(holder), res.items(target), sign, gov,
                        confidence=0.6)
        return

    if lemma in lex.dependence_nouns:
        target = _pobj(_child(tok, ("prep",), ("on", "upon")))
        if target is None:
            return
        holder = _pobj(of_prep) or _child(tok, ("poss",))
        effects = res.items(holder) if holder is not None else []
        if not effects and tok.dep_ == "attr":
            effects = res.items(subject_of(tok.head, lex))
        yield Candidate("dependence", _marker(tok, _child(tok, ("prep",), ("on", "upon"))), tok,
                        res.items(target), effects, "+", gov, confidence=0.7)
        return

    comp = None
    if lemma in lex.problem_nouns and tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and (
            lemma != "block" or any(c.lower_ == "stumbling" for c in tok.children)):
        comp = next((c for c in tok.head.children if c.dep_ == "ccomp" and _child(c, ("mark",), ("that",))), None)
    if comp is not None:
        cause = res.clause_item(comp)
        # "the problem with (the obstacle to) Y is that X" names what X holds back
        target = _pobj(_child(tok, ("prep",), ("to", "for", "with", "in")))
        if target is not None:
            effects, reach = res.items(target, split=False), 2
        else:
            topic = res.topic(cause[0][0] if cause else None, tok.i)
            effects, reach = ([topic] if topic else []), TOPIC_REACH
        if cause and effects:
            yield Candidate("problem", _marker(tok, tok.head), tok, cause, effects, "-", [tok.head],
                            confidence=0.55, flip_on_effect_negation=False, allow_nested=True, reach=reach)
        return

    if lemma in lex.cause_nouns or low in lex.cause_nouns:
        sign = lex.cause_nouns.get(lemma, lex.cause_nouns.get(low, "+"))
        preps = lex.cause_noun_preps.get(lemma) or (
            ("for", "to", "on", "against") + (("of",) if lemma in lex.cause_nouns_of else ()))
        prep = _child(tok, ("prep",), preps)
        target = _pobj(prep)
        why = next((c for c in tok.children if c.dep_ in ("relcl", "acl") and c.pos_ in ("VERB", "AUX")
                    and any(x.lower_ == "why" for x in c.children)), None) if lemma == "reason" else None
        if lemma == "reason" and why is None and tok.dep_ in ("attr", "nsubj"):
            # "X is the reason Y happens" (a bare relative with its own subject, no pronoun object)
            why = next((c for c in tok.children if c.dep_ == "relcl" and c.i > tok.i and any(
                x.dep_ in ("nsubj", "nsubjpass") for x in c.children) and not any(
                x.tag_ in ("WDT", "WP") for x in c.subtree)), None)
        if target is None and why is not None:
            # "X is the reason why Y", "the reason why Y is that X"
            subj = _copula_subject(tok, lex)
            causes = res.items(subj) if subj is not None else res.copula_complement(tok)
            effects = res.clause_item(why, [c for c in why.children if c.lower_ == "why"])
            if causes and effects:
                yield Candidate("cause_noun", _marker(tok, *[c for c in why.children if c.lower_ == "why"]), tok,
                                causes, effects, "+", gov if subj is not None else [tok.head], confidence=0.6,
                                flip_on_effect_negation=False)
            return
        hedged_noun = any(c.lower_ in ("possible", "potential") for c in tok.children)
        if target is not None:
            subj = _copula_subject(tok, lex)
            if subj is None and tok.head.lemma_ == "pose" and tok.dep_ == "dobj":
                subj = subject_of(tok.head, lex)
            if subj is not None:
                yield Candidate("cause_noun", _marker(tok, prep), tok, res.items(subj), res.items(target), sign,
                                gov, confidence=0.65)
            elif tok.dep_ == "nsubj":
                causes = res.copula_complement(tok)
                if causes:
                    yield Candidate("cause_noun", _marker(tok, prep), tok, causes, res.items(target), sign,
                                    [tok.head], confidence=0.6)
            return
        if low not in lex.threat_nouns:
            return
        # a threat without a named target weighs on the topic under discussion
        causes: list[Item] = []
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be":
            causes = res.items(_child(tok.head, ("attr",)))
        elif tok.dep_ == "pobj" and tok.head.lower_ == "among":
            verb = tok.head.head
            obj = _child(verb, ("dobj",)) or _pobj(next((c for c in verb.children if c.dep_ == "prep" and c.i != tok.head.i), None))
            causes = res.items(obj)
        elif tok.dep_ == "attr":
            causes = res.items(_copula_subject(tok, lex))
        if causes:
            another = any(c.lower_ in ("another", "other", "further", "additional") for c in tok.children)
            topic = res.last_topic if another and res.last_topic else res.topic(None, tok.i)
            if topic:
                res.last_topic = topic
                yield Candidate("threat", tok.text, tok, causes, [topic], "-", gov,
                                "hedged" if hedged_noun else None, confidence=0.5, reach=TOPIC_REACH)


def _opportunity(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"X provides / offers / creates an opportunity (a chance) for Y / to do Y"."""
    verb = tok.head
    subj = subject_of(verb, lex)
    if subj is None or Resolver.is_actor(subj, lex) and not is_pronoun(subj):
        return  # "Tokyo offered Moscow a chance": an actor's offer, not a factor's effect
    doc = tok.doc
    right = [c for c in tok.children if c.i > tok.i and (
        c.dep_ in ("acl", "relcl", "advcl") and c.tag_ == "VB" or c.dep_ == "prep" and c.lower_ in ("for", "to"))]
    if not right:
        return
    first = min(right, key=lambda c: c.i)
    start = first.i
    if first.dep_ == "prep":
        obj = _pobj(first)
        if obj is None:
            return
        start = obj.left_edge.i
    else:
        mark = next((c for c in first.children if c.dep_ == "mark" and c.lower_ == "for"), None)
        if mark is not None:
            start = mark.i + 1  # "for the leaders to discuss"
    r = trim_range(doc, start, max(c.right_edge.i for c in right) + 1)
    if r is None:
        return
    if doc[r[0]].lower_ == "to" and r[1] - r[0] > 1:
        r = (r[0] + 1, r[1])
    yield Candidate("opportunity", _marker(verb, tok), tok, res.items(subj), [(char_span(doc, *r), first)], "+",
                    governors(verb), confidence=0.6)


def predicate_candidates(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """Every verb and noun cue anchored on ``tok`` (adjectives: :func:`dyad.extract.causal.cues.adjective_candidates`)."""
    if tok.pos_ in ("VERB", "AUX"):
        if tok.dep_ in ("attr", "acomp") and tok.lower_ in lex.cause_nouns and tok.head.lemma_ in _COPULAS:
            yield from _noun(tok, res, lex)  # "may be cause for optimism": a noun the tagger took for a verb
            return
        denied = None
        for cand in _verb(tok, res, lex):
            if denied is None:
                subj = subject_of(tok, lex)
                denied = subj is not None and any(c.dep_ == "det" and c.lower_ in ("no", "neither") for c in subj.children)
            if denied and cand.forced is None and cand.family not in ("require",):
                cand.forced = "negated"  # "no external factor will harm X": the text denies the link
            yield cand
    elif tok.pos_ in ("NOUN", "PROPN", "NUM"):
        yield from _noun(tok, res, lex)
