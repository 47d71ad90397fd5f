"""Causal cues carried by function words: prepositions (``because of``, ``due to``,
``thanks to``, ``given``, ``despite``, ``only through``, ``on the basis of``), subordinators
(``because``, causal ``since``, ``only if``, ``if ... will``, ``unless``), ``without X ...
impossible / no Y``, result clauses (``X, so Y``), sentence connectives (``accordingly``,
``therefore``, ``as a result``, ``which is why``), whose cause is the previous sentence or
clause, and causal adjectives (``key to``, ``harmful for``, ``dependent on``).

Phrase cues are looked up through an index keyed by their first word, so a token that opens
no cue costs one dictionary look-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from dyad.extract.causal.lexicon import CausalLexicon
from dyad.extract.causal.phrases import char_span, clause, governors, phrase, subject_of, trim_range
from dyad.extract.causal.base import Candidate, _copula_subject, _marker
from dyad.extract.causal.base import _child as _kid_of
from dyad.extract.causal.base import _pobj as _pobj_of
from dyad.extract.causal.units import Item, Resolver

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["cue_candidates", "adjective_candidates", "connective_candidates", "correlative_candidates"]

_MODALS = {"will", "would", "can", "could", "shall", "'ll"}
# comparatives that point down in "the more X, the less Y"; every other comparative points up
_DOWN = {"less", "fewer", "lower", "smaller", "weaker", "worse", "slower", "poorer", "shorter", "lesser"}
_OPENERS = {"det", "poss", "amod", "compound", "nummod", "advmod"}
_WORD_CUES = frozenset({"because", "for", "if", "without", "so", "since"})


def _match(doc: "Doc", i: int, seqs, end: int) -> tuple[str, ...] | None:
    for seq in seqs:
        n = len(seq)
        if i + n <= end and all(doc[i + k].lower_ == seq[k] for k in range(n)):
            return seq
    return None


def _pobj(tok: "Token") -> "Token | None":
    for deps in (("pobj",), ("pcomp", "dobj")):
        found = next((c for c in tok.children if c.dep_ in deps and c.pos_ != "ADP"), None)
        if found is not None:
            return found
    return None


def _attachment_effect(first: "Token", block: list["Token"], res: Resolver, lex: CausalLexicon) -> tuple[list[Item], list["Token"]]:
    """The clause or noun phrase a prepositional cue is attached to, without the cue."""
    head = first.head
    if head.i == first.i:
        return [], []
    if head.pos_ in ("NOUN", "PROPN"):
        return res.items(head, block, split=False), governors(head)
    if head.lemma_ == "be" and first.dep_ in ("acomp", "attr", "prep", "amod"):
        subj = subject_of(head, lex)
        other = [c for c in head.children if c.dep_ in ("acomp", "attr") and c not in block]
        if subj is not None and not other:
            return res.items(subj, split=False), [head]
    effects = res.clause_item(head, block)
    # "they are compelled, for political reasons, to show interest": the cue cuts the clause and
    # what follows it is the substance of the effect
    comp = next((c for c in head.children if c.i > first.i and (c.dep_ in ("xcomp", "ccomp") or (
        c.dep_ == "advcl" and any(x.dep_ == "aux" and x.lower_ == "to" for x in c.children)))), None)
    if effects and comp is not None and effects[0][0][1] <= first.idx and head.i < first.i and any(
            c.dep_ in ("nsubjpass", "auxpass") for c in head.children):
        effects = res.clause_item(comp)
    return effects, governors(head)


def cue_candidates(tok: "Token", unit_end: int, res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """Prepositional and subordinating cues starting at ``tok``."""
    low = tok.lower_
    opens = lex.cue_index.get(low)
    if opens is None and low not in _WORD_CUES and low not in lex.unless_marks:
        return  # most tokens open no cue: one dictionary look-up and out
    doc = tok.doc
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""

    found = _match(doc, tok.i, opens or (), unit_end)
    seq = found if found in lex.cause_preps else None
    if seq is not None and len(seq) == 1 and tok.pos_ == "VERB" and tok.dep_ != "prep":
        return  # "given" as a verb ("was given a chance"), not "given the tensions"
    if seq is not None:
        last = doc[tok.i + len(seq) - 1]
        cause_head = _pobj(last)
        if cause_head is None and len(seq) > 1:
            cause_head = _pobj(doc[tok.i + len(seq) - 2])
        if cause_head is not None:
            block = [tok] if tok.head.i != tok.i else [last]
            effects, gov = _attachment_effect(tok, block, res, lex)
            yield Candidate("cause_prep", " ".join(seq), tok, res.items(cause_head), effects, "+", gov,
                            confidence=0.75, link_negation=False)
        return

    if low == "because" and tok.dep_ == "mark" and tok.head.dep_ in ("advcl", "ccomp"):
        adv = tok.head
        main = adv.head
        effects = res.clause_item(main, [adv])
        subj = subject_of(main, lex) if main.lemma_ == "be" else None
        if subj is not None and subj.lower_ in ("this", "that", "it") and not any(
                c.dep_ in ("attr", "acomp") for c in main.children):
            effects = res.items(subj)  # "This is because X": what "this" stands for
        elif adv.dep_ == "ccomp":
            return
        yield Candidate("because", "because", tok, res.clause_item(adv), effects, "+",
                        governors(main), confidence=0.75, link_negation=False)
        return

    if low == "so":
        yield from _so(tok, prev, res)
        return

    if low == "since" and tok.dep_ == "mark" and tok.head.dep_ == "advcl":
        yield from _since(tok, res)
        return

    if low == "for" and tok.dep_ == "prep":
        obj = _pobj(tok)
        if obj is not None and obj.lemma_.lower() in lex.reason_nouns and any(
            c.dep_ == "amod" for c in obj.children
        ) and not any(c.lower_ in ("this", "that", "these", "those") for c in obj.children):
            effects, gov = _attachment_effect(tok, [tok], res, lex)
            yield Candidate("reason", "for reasons", tok, res.items(obj, split=False), effects, "+", gov,
                            confidence=0.6, link_negation=False)
        return

    seq = found if found in lex.concessive_preps else None
    if seq is not None:
        last = doc[tok.i + len(seq) - 1]
        obj = _pobj(last)
        if obj is not None:
            if obj.lower_ == "fact":
                comp = next((c for c in obj.children if c.dep_ in ("acl", "ccomp", "relcl")), None)
                causes = res.clause_item(comp) if comp is not None else res.items(obj)
            else:
                causes = res.items(obj)
            effects, gov = _attachment_effect(tok, [tok], res, lex)
            yield Candidate("concessive", " ".join(seq), tok, causes, effects, "-", gov, "negated", 0.65,
                            flip_on_effect_negation=False)
        return

    # "only if X, Y" / "if X, Y will ..."
    if low == "if" and tok.dep_ == "mark" and tok.head.dep_ == "advcl":
        adv = tok.head
        main = adv.head
        # "only if X, Y" and "Y only works if X"
        only = prev == "only" or any(c.dep_ == "advmod" and c.lower_ == "only" and c.i < main.i for c in main.children)
        has_subj = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in adv.children)
        modal = any(c.lower_ in _MODALS for c in main.children if c.dep_ == "aux") or any(
            c.lemma_ == "able" or c.dep_ == "acomp" and c.lower_ in lex.possible_adjectives for c in main.children)
        if main.pos_ in ("VERB", "AUX") and has_subj and (only or modal) and prev not in ("as", "even", "what"):
            yield Candidate("if", "only if" if only else "if", tok, res.clause_item(adv),
                            res.clause_item(main, [adv]), "+", [main], "conditional", 0.6 if only else 0.45)
        return

    # "unless X, Y": X holding off Y (a negative condition)
    if low in lex.unless_marks and tok.dep_ == "mark" and tok.head.dep_ == "advcl":
        adv = tok.head
        main = adv.head
        if main.pos_ in ("VERB", "AUX") and any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in adv.children):
            yield Candidate("unless", low, tok, res.clause_item(adv), res.clause_item(main, [adv]), "-", [main],
                            "conditional", 0.55)
        return

    # "only through / by / on the basis of X"
    seq = found if found in lex.conditional_preps else None
    if seq is not None and tok.dep_ == "prep":
        host = tok.head
        # a fronted "only through X (will Y)"; "concerned only with" is no condition
        only_adjacent = (prev == "only" or any(c.lower_ == "only" for c in tok.children)) and tok.i < host.i
        # "can only be solved through X", "is possible only by X" (not "concerned only with")
        only_verb = seq[0] != "with" and host.pos_ in ("VERB", "AUX") and any(
            c.dep_ in ("aux", "auxpass") for c in host.children) and any(
            c.dep_ == "advmod" and c.lower_ == "only" and c.i < tok.i for c in host.children)
        while host.dep_ in ("pobj", "prep") and host.head.i != host.i:
            host = host.head
        possible = None
        for c in host.children:
            if c.dep_ == "acomp" and c.lemma_ in ("possible", "feasible", "achievable") and any(
                x.lower_ == "only" for x in c.children
            ):
                possible = c
        if not (only_adjacent or only_verb or possible is not None):
            return
        last = doc[tok.i + len(seq) - 1]
        obj = _pobj(last)
        if obj is None:
            return
        if possible is not None:
            effects = res.items(subject_of(host, lex), split=False)
        elif only_verb and host.dep_ == "relcl" and host.head.pos_ in ("NOUN", "PROPN"):
            sp = phrase(host.head, [tok], split=False)  # "the issues that can only be solved"
            effects = [(sp, host.head)] if sp else []
        else:
            effects = res.clause_item(host, [tok])
        yield Candidate("only_through", "only " + " ".join(seq), tok, res.items(obj), effects, "+", [host],
                        "conditional", 0.65)
        return

    # "without X it would be impossible to Y"
    if low == "without" and tok.dep_ == "prep":
        host = tok.head
        obj = _pobj(tok)
        if obj is None:
            return
        imp = next((t for t in host.subtree if t.lemma_ in ("impossible", "unthinkable", "unable")), None)
        negmodal = any(c.dep_ == "neg" for c in host.children) and any(
            c.lower_ in ("can", "could") for c in host.children)
        # "without X (there can be) no Y"
        denied = next((c for c in host.children if c.dep_ in ("attr", "dobj", "nsubj") and c.i > tok.i
                       and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)), None)
        if denied is not None and imp is None:
            sp = phrase(denied, [d for d in denied.children if d.dep_ == "det"], split=False)
            if sp:
                yield Candidate("without", "without ... no", tok, res.items(obj), [(sp, denied)], "+", [host],
                                "conditional", 0.6)
            return
        if imp is not None:
            comp = next((c for c in imp.children if c.dep_ in ("xcomp", "ccomp")), None) or next(
                (c for c in host.children if c.dep_ in ("xcomp", "ccomp")), None)
            effects = res.clause_item(comp) if comp is not None else res.clause_item(host, [tok])
        elif negmodal:
            effects = res.clause_item(host, [tok])
        else:
            return
        yield Candidate("without", "without ... impossible", tok, res.items(obj), effects, "+", [host],
                        "conditional", 0.6)


def _perfect(verb: "Token") -> bool:
    return any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)


def _since(tok: "Token", res: Resolver) -> Iterator[Candidate]:
    """"Since X, Y" read as a reason, not a point in time: the "since" clause is in the present
    (or modal) and the main clause is not in the perfect ("since 2014 trade has grown")."""
    adv = tok.head
    main = adv.head
    if main.pos_ not in ("VERB", "AUX") or _perfect(main) or _perfect(adv):
        return
    if not (adv.tag_ in ("VBZ", "VBP") or any(c.tag_ == "MD" or c.tag_ in ("VBZ", "VBP") and c.dep_ in ("aux", "auxpass")
                                              for c in adv.children)):
        return
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in adv.children):
        return
    yield Candidate("because", "since", tok, res.clause_item(adv), res.clause_item(main, [adv]), "+",
                    governors(main), confidence=0.55, link_negation=False)


_NOT_SO = frozenset({"that", "as", "far", "much", "many", "long", "-", "called", "to", "on", "forth"})


def _so(tok: "Token", prev: str, res: Resolver) -> Iterator[Candidate]:
    """"X, so Y": a result clause ("so that" states a purpose, which is no claim)."""
    doc = tok.doc
    nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if nxt is None:
        return
    if prev != "," or nxt.lower_ in _NOT_SO or nxt.pos_ in ("ADJ", "ADV", "PUNCT"):
        return
    if (nxt.pos_ == "AUX" or nxt.lemma_ in ("do", "be", "have")) and tok.i + 2 < len(doc) and doc[tok.i + 2].pos_ in ("DET", "NOUN", "PROPN", "PRON"):
        return  # "..., so did the number of flights": a comparison (inversion), not a result
    if tok.dep_ == "cc":
        first = tok.head
        second = next((c for c in first.children if c.dep_ == "conj" and c.i > tok.i and c.pos_ in ("VERB", "AUX")), None)
    else:
        second = tok.head
        if second.i < tok.i or second.pos_ not in ("VERB", "AUX"):
            return
        first = next((c for c in second.children if c.i < tok.i and c.dep_ in ("ccomp", "conj", "advcl", "parataxis")
                      and c.pos_ in ("VERB", "AUX")), None)
        if first is None and second.dep_ in ("conj", "advcl") and second.head.i < tok.i:
            first = second.head
    if first is None or second is None or first.pos_ not in ("VERB", "AUX"):
        return
    if not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in second.children):
        return  # "..., so doing" is no clause of its own
    cause = clause(first, [second]) if second.head.i == first.i else clause(first)
    effect = clause(second, [first, tok]) if first.head.i == second.i else clause(second, [tok])
    if cause and effect:
        yield Candidate("connective", "so", tok, [(cause, first)], [(effect, second)], "+", governors(second),
                        confidence=0.55, flip_on_effect_negation=False)


def _dependent(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"Y is dependent (contingent) on X": X conditions Y."""
    prep = _kid_of(tok, ("prep",), ("on", "upon"))
    target = _pobj_of(prep)
    subj = _copula_subject(tok, lex)
    if subj is None and tok.dep_ == "acomp":
        subj = subject_of(tok.head, lex)
    if target is None or subj is None:
        return
    mode = lex.dependence_adjectives[tok.lower_]
    yield Candidate("dependence", _marker(tok, prep), tok, res.items(target), res.items(subj), "+", governors(tok),
                    "conditional" if mode == "conditional" else None, 0.65)


def adjective_candidates(tok: "Token", res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """Causal adjectives: "X is key / harmful for Y", "Y is dependent (contingent) on X"."""
    if tok.pos_ != "ADJ":
        return
    if tok.lower_ in lex.dependence_adjectives and tok.dep_ in ("acomp", "conj", "oprd", "amod"):
        yield from _dependent(tok, res, lex)
        return
    lemma = tok.lower_
    if lemma not in lex.causal_adjectives or tok.dep_ not in ("acomp", "conj", "attr", "oprd"):
        return
    prep = _kid_of(tok, ("prep",), ("to", "for"))
    if prep is None:
        for c in tok.children:
            if c.dep_ == "conj" and c.lower_ in lex.causal_adjectives:
                prep = _kid_of(c, ("prep",), ("to", "for"))
    if prep is None and tok.dep_ == "acomp":  # "is harmful and dangerous [for X]": attached to the copula
        prep = next((c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in ("to", "for")
                     and c.i > tok.i), None)
    target = _pobj_of(prep)
    if target is None:
        return
    subj = _copula_subject(tok, lex)
    if subj is None and tok.dep_ == "acomp":
        subj = subject_of(tok.head, lex)
    if subj is None:
        return
    host = tok.head if tok.dep_ == "acomp" else tok
    if subj.lower_ == "it" and (any(c.dep_ in ("xcomp", "ccomp", "csubj") for c in (*tok.children, *host.children))
                                or target.right_edge.i + 1 < len(tok.doc) and tok.doc[target.right_edge.i + 1].lower_ == "to"):
        return  # "it is important for Japan to keep ...": an expletive, not a cause
    if any(c.dep_ in ("xcomp", "ccomp") and c.i > target.i for c in tok.children):
        return  # "important for Japan to keep ..." (the infinitive says what matters, not the subject)
    forced = "conditional" if lemma in ("necessary", "indispensable", "essential") else None
    yield Candidate("adjective", _marker(tok, prep), tok, res.items(subj), res.items(target),
                    lex.causal_adjectives[lemma], governors(tok), forced, 0.6)


def connective_candidates(k: int, res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """Sentence connectives in unit ``k``: the cause is the previous unit (or clause)."""
    doc = res.doc
    a, b = res.units.ranges[k]
    i = a
    while i < b and (doc[i].is_punct or doc[i].is_space or doc[i].dep_ == "cc" or doc[i].lower_ in ("and", "but", "so")):
        i += 1
    index = lex.connective_index
    for j in range(i, b):
        opens = index.get(doc[j].lower_)
        if opens is None:
            continue
        seq = _match(doc, j, opens, b)
        if seq is None:
            continue
        n = len(seq)
        after = doc[j + n] if j + n < b else None
        if after is not None and after.lower_ == "of":
            continue  # "as a result of" is a prepositional cue
        first = doc[j]
        r = trim_range(doc, j + n, b)
        if r is None and (seq[-1] == "why" or j == i):
            continue
        if seq[-1] == "why":  # "..., which is why Y"
            before = trim_range(doc, i, j)
            if j == i:
                prev = res.units.content(k - 1)
                causes = [prev] if prev else []
            else:
                causes = [(char_span(doc, *before), None)] if before else []
            yield Candidate("connective", " ".join(seq), first, causes, [(char_span(doc, *r), None)], "+",  # type: ignore[misc]
                            [], confidence=0.65, flip_on_effect_negation=False)
            return
        head = first.head if first.head.i != first.i else first
        while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
            head = head.head
        if j == i:
            prev = res.units.content(k - 1)
            if prev is None:
                return
            yield Candidate("connective", " ".join(seq), first, [prev], [(char_span(doc, *r), head)], "+",  # type: ignore[misc]
                            governors(head), confidence=0.6, flip_on_effect_negation=False)
            return
        block = list(doc[j:j + n])
        if head.dep_ in ("conj", "advcl") and head.head.pos_ in ("VERB", "AUX") and head.head.i < j:
            causes = res.clause_item(head.head, [head])
        elif first.dep_ in ("advmod", "prep") and seq[0] in ("therefore", "thus", "hence", "consequently", "as"):
            prev = res.units.content(k - 1)
            causes = [prev] if prev else []
        else:
            continue
        effects = res.clause_item(head, block)
        if effects and effects[0][0][1] <= first.idx and head.i < j:
            effects = res.clause_item(head)  # "They are therefore reluctant to X": the whole clause
        if causes and effects:
            yield Candidate("connective", " ".join(seq), first, causes, effects, "+", governors(head),
                            confidence=0.55, flip_on_effect_negation=False)
        return


def _comparative(tok: "Token") -> bool:
    return tok.tag_ in ("JJR", "RBR") or tok.lower_ in ("more", "less", "fewer")


def correlative_candidates(k: int, res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """"The more X, the more (less) Y": a comparative correlative in unit ``k``."""
    doc = res.doc
    a, b = res.units.ranges[k]
    i = a
    while i < b and (doc[i].is_punct or doc[i].is_space or doc[i].lower_ in ("and", "but", "so")):
        i += 1
    if not (i + 2 < b and doc[i].lower_ == "the" and _comparative(doc[i + 1])):
        return
    j = next((x for x in range(i + 2, b - 2) if doc[x].text == "," and doc[x + 1].lower_ == "the"
              and _comparative(doc[x + 2])), None)
    if j is None:
        return
    cause = trim_range(doc, i + 2, j)
    effect = trim_range(doc, j + 3, b)
    if cause is None or effect is None:
        return
    up1, up2 = doc[i + 1].lower_ not in _DOWN, doc[j + 2].lower_ not in _DOWN
    main = doc[i + 1].head if doc[i + 1].head.pos_ in ("VERB", "AUX") else doc[j + 2]
    yield Candidate("correlative", f"the {doc[i + 1].text} ... the {doc[j + 2].text}", doc[i + 1],
                    [(char_span(doc, *cause), None)], [(char_span(doc, *effect), None)], "+" if up1 == up2 else "-",
                    [main], confidence=0.6, flip_on_effect_negation=False)
