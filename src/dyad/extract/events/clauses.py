"""Events told by a verb outside the trigger lexicon: "Algiers closed its airspace", "Rabat
imposed visas on Algerians", "a frigate collided with ...", "the surcharge was suspended".

A clause counts when its verb is one of the lexicon's ``clause_verbs`` (actions between
states, governments and people: sever, restore, impose, seize, telephone, sign ...), is told
as having happened (past tense, not negated, not modal, not a condition) and has a subject
or object; it takes the date of its own clause, else that of another event of the same
sentence ("The next day X threatened ..., Ford spoke with Lutnick"), else it is dropped.
Used by ``dyad.extract.events.candidates``.
"""

from __future__ import annotations

from dyad.extract.context import token_forms
from dyad.extract.events.args import arguments, named_arg, phrase_span, pick_date
from dyad.extract.events.lexicon import HYPO_AUX, Cand

__all__ = ["clause_candidates", "told_in_past"]

_DEPS = ("ROOT", "conj", "relcl", "advcl", "ccomp", "acl")


def _told_as_past(tok) -> bool:
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    if tok.tag_ == "VBD":
        return not aux or all(a.lower_ in ("did",) for a in aux)
    if tok.tag_ == "VBN":
        return any(a.lower_ in ("was", "were", "had", "has", "have") for a in aux)
    return False


def told_in_past(tok) -> bool:
    """``tok`` (a verb, or a noun whose verb tells it) is told in the simple past, as done."""
    verb = tok if tok.pos_ in ("VERB", "AUX") else tok.head if tok.head.pos_ == "VERB" and tok.dep_ in (
        "dobj", "nsubj", "nsubjpass") else None
    return verb is not None and _told_as_past(verb) and _realis(verb)


def _realis(tok) -> bool:
    if any(c.dep_ == "neg" for c in tok.children) or any(c.lower_ in HYPO_AUX for c in tok.children if c.dep_ == "aux"):
        return False
    for t in [tok] + list(tok.ancestors)[:2]:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
            return False
        if t is not tok and t.lemma_.lower() in ("want", "hope", "plan", "try", "seek", "threaten", "refuse", "fail"):
            return False
    return True


def clause_candidates(sent, lex, dates, ents, found: list[Cand]) -> list[Cand]:
    """Verb-told events of one sentence not already covered by ``found``."""
    verbs = lex.get("clause_verbs") or {}
    out: list[Cand] = []
    lemmas = token_forms(sent.doc)[0]
    for tok in [sent.doc[i] for i in range(sent.start, sent.end) if lemmas[i] in verbs]:
        typ = verbs.get(tok.lemma_.lower())
        if typ is None or tok.pos_ != "VERB" or tok.dep_ not in _DEPS:
            continue
        if any(c.start <= tok.idx < c.end for c in found + out):
            continue
        if not _told_as_past(tok) or not _realis(tok):
            continue
        if not named_arg(tok, any_subject=True) and not any(c.dep_ == "dobj" for c in tok.children):
            continue
        start, end = phrase_span(tok, keep_clauses=False)
        date_expr = pick_date(dates, start, end, tok.idx, attached_to=tok, trigger=tok)
        participants, place = arguments(tok, tok, ents, start, end, typ, date_expr)
        out.append(Cand(pos=tok.idx, type=typ, start=start, end=end, strength=0.35, trigger=tok.text,
                        lemma=tok.lemma_.lower(), date_expr=date_expr, tense="past", participants=participants,
                        place=place, needs_date=True, past=True, fallback=True,
                        inherit=None if date_expr is not None else f"sent:{sent.start_char}:{sent.end_char}"))
    return out
