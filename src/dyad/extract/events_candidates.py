"""Candidate events of one sentence: triggers found, checked (concrete, not generic,
hypothetical or negated) and given their arguments; plus dated clauses without a trigger.
"""

from __future__ import annotations

import re

from dyad.extract.events_args import (
    arguments,
    known_event,
    named_arg,
    named_modifier,
    numeral,
    phrase_span,
    pick_date,
    proper_name,
    support_verb,
)
from dyad.extract.context import doc_text
from dyad.extract.events_lexicon import ABSTRACT_OBJECTS, CURRENT, FUTURE_AUX, FUTURE_HEADS, HYPO_AUX, INDEF, Cand

__all__ = ["sentence_candidates", "tense_of", "KNOWN_CONTEXT"]

KNOWN_CONTEXT = 250  # characters before the sentence that may name a known event's context


def sentence_candidates(sent, lex, dates, ents) -> list[Cand]:
    triggers = lex["triggers"]
    found: list[tuple] = []
    for tok in sent:
        specs = lex["_by_lemma"].get(tok.lemma_.lower()) or lex["_by_lemma"].get(tok.text.lower()) or []
        spec = next((x for x in specs if tok.pos_ in x["pos"]), None)
        if spec is None:
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "meeting":
            spec = triggers["meet"]
        found.append((tok, spec))
    trig_ids = {t.i for t, _ in found}
    out: list[Cand] = []
    used_dates: set[int] = set()
    for tok, spec in found:
        c = _candidate(tok, spec, sent, lex, dates, ents, trig_ids)
        if c is not None:
            out.append(c)
            if c.date_expr is not None:
                used_dates.add(c.date_expr.start)
    out.extend(_fallback(sent, lex, dates, ents, used_dates, trig_ids, out))
    return out


def _candidate(tok, spec, sent, lex, dates, ents, trig_ids) -> Cand | None:
    lemma = tok.lemma_.lower()
    is_noun = tok.pos_ in ("NOUN", "PROPN")
    kids = list(tok.children)
    kids += [g for c in kids if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]  # "spoke by phone"
    words = {c.lower_ for c in kids} | {c.lemma_.lower() for c in kids}
    if spec.get("plural_only") and tok.tag_ not in ("NNS", "NNPS"):
        return None
    if spec.get("name_only") and not (tok.text[:1].isupper() and tok.i > tok.sent.start) and "joint" not in words:
        return None
    if spec.get("needs_modifier") and not words & set(spec["needs_modifier"]):
        return None
    if any(c.dep_ == "neg" for c in tok.children) or any(c.lower_ == "no" and c.dep_ == "det" for c in tok.children):
        return None
    if not is_noun and lemma == "meet" and not _meets_someone(tok):
        return None
    # "Conference Hall", "Summit Hotel": the trigger only names a place or body
    if is_noun and tok.dep_ == "compound" and tok.head.text[:1].isupper() and not numeral(tok.head):
        return None
    nested = _nested(tok, trig_ids)
    support = support_verb(tok, lex) if is_noun else None
    head = support or tok
    light = None
    # evidence: the noun phrase, the support verb's clause, or the verb's clause
    if is_noun and support is None:
        np_tok = tok.head if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") else tok
        start, end = phrase_span(np_tok, keep_clauses=True)
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lex["light_verbs"]:
            light = tok.head
    else:
        start, end = phrase_span(head, keep_clauses=False)
    arg_start, arg_end = start, end
    if light is not None:
        start, end = phrase_span(light, keep_clauses=False)
    date_expr = pick_date(dates, start, end, tok.idx, trigger=tok)
    if date_expr is None and is_noun and support is None:
        # "the upper house elections on 10 July": a date right after the noun phrase
        nxt = [d for d in dates if end <= d.start <= end + 3 and d.prep in ("on", "in", None) and d.end <= sent.end_char]
        if nxt:
            date_expr, end = nxt[0], nxt[0].end
    if date_expr is None and is_noun and light is None and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        v, hops = tok.head, 0
        while v is not None and hops < 3 and v.pos_ in ("VERB", "AUX") and v.i not in trig_ids:
            vs, ve = phrase_span(v, keep_clauses=False)
            # "the summit is expected to take place next month": the date may hang off an xcomp
            for w in [v] + [c for c in v.children if c.dep_ == "xcomp"] + \
                    [g for c in v.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "xcomp"]:
                date_expr = pick_date(dates, vs, ve, tok.idx, attached_to=w, trigger=tok)
                if date_expr is not None:
                    break
            if date_expr is not None:
                start, end = min(start, vs), max(end, ve)
                break
            v = v.head if v.dep_ in ("ccomp", "xcomp") and v.head.i != v.i else None
            hops += 1
    text = doc_text(sent.doc)
    window = text[max(sent.start_char, tok.idx - 40):min(sent.end_char, tok.idx + len(tok.text) + 70)]
    context = text[max(0, sent.start_char - KNOWN_CONTEXT):sent.end_char]
    known = known_event(lex, sent.text, window, lemma, context)
    name = proper_name(tok)
    participants, place = arguments(tok, head, ents, arg_start, arg_end, spec["type"], date_expr)
    if place is None and (start, end) != (arg_start, arg_end):
        place = arguments(tok, head, ents, start, end, spec["type"], date_expr)[1]
    dated = date_expr is not None or bool(known and known.get("date"))
    # "Japan signed a treaty", "the EU imposed sanctions on Iran": one episode, even undated
    episodic = support is not None and _episodic(support, tok)
    if spec.get("needs_date") and not (dated or episodic):
        return None
    if spec.get("needs_date_or_name") and not (dated or name or named_modifier(tok) or episodic):
        return None
    if nested and date_expr is None:
        return None
    if not (dated or known or name or participants or place):
        return None
    if _generic(tok, head, lex, dated, bool(name) or episodic, text[start:end]):
        return None
    if not is_noun and not dated and not named_arg(tok) and not place:
        return None
    current = date_expr is None and not (known and known.get("date")) and any(
        c.lower_ in CURRENT for c in list(tok.children) + list(head.children) if c.dep_ in ("amod", "advmod"))
    return Cand(pos=tok.idx, type=spec["type"], start=start, end=end, strength=spec["strength"], trigger=tok.text,
                 lemma=lemma, date_expr=date_expr, tense=tense_of(tok, head), known=known,
                 name_key=name, participants=participants, place=place, current=current)


def _episodic(verb, noun) -> bool:
    """A support verb that reports one past episode with named actors ('Tokyo signed a deal').

    Past tense (or perfect), not negated, not modal, not itself under an intention or
    hypothesis, and a named subject (or, in the passive, a named agent or object).
    """
    aux = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    past = verb.tag_ == "VBD" or (verb.tag_ == "VBN" and any(a.lemma_ in ("have", "be") for a in aux))
    if not past or any(a.lower_ in HYPO_AUX | FUTURE_AUX for a in aux) or any(c.dep_ == "neg" for c in verb.children):
        return False
    if verb.dep_ in ("xcomp", "advcl", "relcl", "acl", "csubj", "pcomp") or verb.dep_ == "ccomp" and verb.head.tag_ == "VB":
        return False
    if any(c.lower_ in ("no", "any", "every", "each") for c in noun.children if c.dep_ == "det"):
        return False
    for c in verb.children:
        if c.dep_ in ("nsubj", "nsubjpass", "agent", "prep") and c.i != noun.i:
            for t in c.subtree:
                if t.ent_type_ in ("PERSON", "ORG", "GPE", "NORP") or (t.pos_ == "PROPN" and t.i > t.sent.start):
                    return True
    return False


def _meets_someone(tok) -> bool:
    """'met in Tokyo', 'meet with Putin', 'met Abe' -- not 'meet the needs', 'meet Japan halfway'."""
    kids = list(tok.children)
    if any(c.lower_ in ("halfway", "half-way") for c in kids):
        return False
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in ABSTRACT_OBJECTS for c in kids)


def _nested(tok, trig_ids) -> bool:
    """A trigger hanging off another trigger through nouns and prepositions only ('on the sidelines of the Forum')."""
    for a in tok.ancestors:
        if a.i in trig_ids:
            return True
        if a.pos_ in ("VERB", "AUX") or a.dep_ in ("ROOT",):
            return False
    return False


_REPEATED = re.compile(r"\b(?:numerous|many|several|countless|multiple|various)\s+(?:occasions|times)\b|"
                       r"\b(?:regularly|repeatedly|often|frequently|usually|annual|annually|every year)\b", re.IGNORECASE)


def _generic(tok, head, lex, has_date: bool, named: bool, clause: str) -> bool:
    """Generic, hypothetical or negated uses ('a meeting of minds', 'any discussion', 'possible conflict')."""
    if not has_date and _REPEATED.search(clause):
        return True
    det = {c.lower_ for c in tok.children if c.dep_ in ("det", "poss")}
    mods = {c.lower_ for c in tok.children if c.dep_ in ("amod", "advmod", "nummod")}
    if mods & lex["generic_modifiers"] and not has_date:
        return True
    for a in list(tok.ancestors)[:4]:
        if a.lemma_.lower() in lex["hypothetical_heads"] and not has_date:
            return True
    if any(c.lower_ in HYPO_AUX for c in head.children if c.dep_ == "aux") and not has_date:
        return True
    if tok.pos_ in ("NOUN", "PROPN"):
        if det & INDEF and not has_date and not named:
            return True
        if tok.tag_ in ("NNS",) and not det and not has_date and not named:
            return True
    else:
        if tok.dep_ in ("acl", "amod", "relcl") and tok.tag_ == "VBG" and not has_date:
            return True
        if tok.dep_ == "conj" and tok.head.dep_ in ("acl", "amod") and not has_date:
            return True
        if tok.dep_ in ("xcomp", "acl", "advcl") and any(c.lower_ == "to" for c in tok.children) \
                and tok.head.lemma_.lower() not in FUTURE_HEADS | {"agree", "decide", "go", "arrive"} and not has_date:
            return True
    return False


def tense_of(tok, head) -> str | None:
    chain = [tok, head] + list(head.ancestors)[:3]
    for t in chain:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children):
            return "future"
        if t.lemma_.lower() in FUTURE_HEADS or t.lower_ in FUTURE_HEADS:
            return "future"
    if any(c.lower_ in ("upcoming", "forthcoming", "planned", "next") for c in tok.children):
        return "future"
    return None


def _fallback(sent, lex, dates, ents, used: set[int], trig_ids, found) -> list[Cand]:
    """Clauses with an explicit date and an event-like verb but no trigger ('put forward in 2016')."""
    out = []
    for d in dates:
        if d.start in used or not (sent.start_char <= d.start and d.end <= sent.end_char):
            continue
        if d.kind in ("anniversary", "weekday", "deictic"):
            continue
        toks = [t for t in sent if d.start <= t.idx < d.end]
        if not toks:
            continue
        root = next((t for t in toks if not (d.start <= t.head.idx < d.end) or t.head.i == t.i), toks[0])
        v, hops = root.head, 0
        while v.pos_ not in ("VERB",) and v.head.i != v.i and hops < 3:
            v, hops = v.head, hops + 1
        if v.pos_ != "VERB" or v.lemma_.lower() in lex["fallback_skip_verbs"] or v.i in trig_ids:
            continue
        if any(c.dep_ == "neg" for c in v.children) or any(c.lower_ in HYPO_AUX for c in v.children if c.dep_ == "aux"):
            continue
        start, end = phrase_span(v, keep_clauses=False)
        if any(c.start <= d.start < c.end for c in found):
            continue
        participants, place = arguments(v, v, ents, start, end, "other", d)
        out.append(Cand(pos=v.idx, type="other", start=start, end=end, strength=0.3, trigger=v.text,
                         lemma=v.lemma_.lower(), date_expr=d, tense=tense_of(v, v), participants=participants,
                         place=place, fallback=True))
    return out
