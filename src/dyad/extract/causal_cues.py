"""Causal cues carried by function words: prepositions (``because of``, ``due to``,
``thanks to``, ``despite``, ``only through``, ``on the basis of``), subordinators
(``because``, ``only if``, ``if ... will``), ``without X ... impossible`` and sentence
connectives (``accordingly``, ``therefore``, ``as a result``, ``which is why``), whose cause
is the previous sentence or clause.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from dyad.extract.causal_lexicon import CausalLexicon
from dyad.extract.causal_phrases import char_span, governors, subject_of, trim_range
from dyad.extract.causal_rules import Candidate
from dyad.extract.causal_units import Item, Resolver

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["cue_candidates", "connective_candidates", "correlative_candidates", "misparsed_verb_candidates"]

_MODALS = {"will", "would", "can", "could", "shall", "'ll"}
# comparatives that point down in "the more X, the less Y"; every other comparative points up
_DOWN = {"less", "fewer", "lower", "smaller", "weaker", "worse", "slower", "poorer", "shorter", "lesser"}
_OPENERS = {"det", "poss", "amod", "compound", "nummod", "advmod"}


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
    return res.clause_item(head, block), governors(head)


def cue_candidates(tok: "Token", unit_end: int, res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """Prepositional and subordinating cues starting at ``tok``."""
    doc = tok.doc
    low = tok.lower_
    prev = doc[tok.i - 1].lower_ if tok.i > 0 else ""

    seq = _match(doc, tok.i, lex.cause_preps, unit_end)
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

    if low == "because" and tok.dep_ == "mark" and tok.head.dep_ == "advcl":
        adv = tok.head
        yield Candidate("because", "because", tok, res.clause_item(adv), res.clause_item(adv.head, [adv]), "+",
                        governors(adv.head), confidence=0.75, link_negation=False)
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

    seq = _match(doc, tok.i, lex.concessive_preps, unit_end)
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
        only = prev == "only"
        has_subj = any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in adv.children)
        modal = any(c.lower_ in _MODALS for c in main.children if c.dep_ == "aux") or any(
            c.lemma_ == "able" for c in main.children)
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
    seq = _match(doc, tok.i, lex.conditional_preps, unit_end)
    if seq is not None and tok.dep_ == "prep":
        host = tok.head
        # a fronted "only through X (will Y)"; "concerned only with" is no condition
        only_adjacent = (prev == "only" or any(c.lower_ == "only" for c in tok.children)) and tok.i < host.i
        while host.dep_ in ("pobj", "prep") and host.head.i != host.i:
            host = host.head
        possible = None
        for c in host.children:
            if c.dep_ == "acomp" and c.lemma_ in ("possible", "feasible", "achievable") and any(
                x.lower_ == "only" for x in c.children
            ):
                possible = c
        if not (only_adjacent or possible is not None):
            return
        last = doc[tok.i + len(seq) - 1]
        obj = _pobj(last)
        if obj is None:
            return
        if possible is not None:
            effects = res.items(subject_of(host, lex), split=False)
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


def connective_candidates(k: int, res: Resolver, lex: CausalLexicon) -> Iterator[Candidate]:
    """Sentence connectives in unit ``k``: the cause is the previous unit (or clause)."""
    doc = res.doc
    a, b = res.units.ranges[k]
    i = a
    while i < b and (doc[i].is_punct or doc[i].is_space or doc[i].dep_ == "cc" or doc[i].lower_ in ("and", "but", "so")):
        i += 1
    for j in range(i, b):
        seq = _match(doc, j, lex.connectives, b)
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


def _verb_form_lemma(tok: "Token", lex: CausalLexicon) -> str | None:
    low = tok.lower_
    for stem in (low[:-1], low[:-2]):
        if low.endswith("s") and stem in lex.svo_verbs:
            return stem
    return None


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
