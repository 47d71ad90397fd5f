"""Candidate events of one sentence: triggers found, checked (concrete, not generic,
hypothetical or negated) and given their arguments; plus dated clauses without a trigger.
"""

from __future__ import annotations

import re

from dyad.extract.events.args import (
    arguments,
    known_event,
    named_arg,
    named_modifier,
    numeral,
    phrase_span,
    pick_date,
    proper_name,
    support_verb,
    tense_of,
)
from dyad.extract.context import doc_text, token_forms
from dyad.extract.events.clauses import clause_candidates, told_in_past
from dyad.extract.events.links import host_date, referenced_type, specific_mention, vague_later, when_after_date
from dyad.extract.events.lexicon import ABSTRACT_OBJECTS, CURRENT, FUTURE_AUX, FUTURE_HEADS, HYPO_AUX, INDEF, Cand

__all__ = ["sentence_candidates", "tense_of", "KNOWN_CONTEXT"]

KNOWN_CONTEXT = 250  # characters before the sentence that may name a known event's context


def sentence_candidates(sent, lex, dates, ents) -> list[Cand]:
    triggers = lex["triggers"]
    found: list[tuple] = []
    nominal: set[int] = set()
    by_lemma = lex["_by_lemma"]
    lemmas, lowers = token_forms(sent.doc)
    doc = sent.doc
    for tok in [doc[i] for i in range(sent.start, sent.end) if lemmas[i] in by_lemma or lowers[i] in by_lemma]:
        specs = lex["_by_lemma"].get(tok.lemma_.lower()) or lex["_by_lemma"].get(tok.text.lower()) or []
        spec = next((x for x in specs if tok.pos_ in x["pos"]), None)
        if spec is None and tok.pos_ in ("ADJ", "VERB") and tok.dep_ in NOMINAL_DEPS and \
                any(c.dep_ == "det" for c in tok.children):
            # a mistagged noun ('The roundtable, held on ...' tagged ADJ): its role and article say noun
            specs = lex["_by_lemma"].get(tok.text.lower()) or lex["_by_lemma"].get(tok.lemma_.lower()) or specs
            spec = next((x for x in specs if "NOUN" in x["pos"]), None)
            if spec is not None:
                nominal.add(tok.i)
        if spec is None:
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "meeting":
            spec = triggers["meet"]
        if spec.get("strict_modifier") and not _modified(tok, spec):
            continue  # 'Ukraine calls the annexation': no event verb, and no host for the noun below it
        found.append((tok, spec))
    trig_ids = {t.i for t, _ in found}
    out: list[Cand] = []
    used_dates: set[int] = set()
    accepted: set[int] = set()
    for tok, spec in found:
        c = _candidate(tok, spec, sent, lex, dates, ents, trig_ids, tok.i in nominal)
        if c is not None:
            accepted.add(tok.i)
            split = _coordinated_years(tok, c, dates)
            out.extend(split or [c])
            out.extend(_elliptic(tok, c, dates))
    out = _of_same(sent, _met_at(sent, out))
    for c in out:
        if c.date_expr is not None and c.start <= c.date_expr.start < c.end:  # not a borrowed (host) date
            used_dates.add(c.date_expr.start)
    # a trigger rejected above (no modifier, generic ...) does not keep its clause's date from the fallback
    out.extend(_fallback(sent, lex, dates, ents, used_dates, accepted, out))
    out.extend(_dated_nouns(sent, lex, dates, ents, used_dates, trig_ids, out))
    out.extend(clause_candidates(sent, lex, dates, ents, out))
    return out


def _coordinated_years(tok, c: Cand, dates) -> list[Cand]:
    """'the 1993 and 1996 agreements': one event per year of a plural noun."""
    if c.date_expr is None or tok.tag_ not in ("NNS", "NNPS"):
        return []
    years = [t for t in tok.children if t.dep_ in ("nummod", "compound", "amod", "nmod") and t.i < tok.i]
    mods = sorted({x.i: x for t in years for x in [t] + [k for k in t.children if k.dep_ == "conj"]}.values(),
                  key=lambda t: t.i)
    found = [next((d for d in dates if d.start == t.idx and d.kind == "y" and not d.prep), None) for t in mods]
    found = [d for d in found if d is not None]
    if len(found) < 2:
        return []
    out = []
    for d in found:
        out.append(Cand(pos=c.pos if d is found[0] else d.start, type=c.type, start=c.start, end=c.end,
                        strength=c.strength, trigger=c.trigger, lemma=c.lemma, date_expr=d, tense=c.tense,
                        known=None, name_key=c.name_key and f"{c.name_key} {d.year}",
                        participants=list(c.participants), place=c.place))
    return out


def _elliptic(tok, c: Cand, dates) -> list[Cand]:
    """'signed an agreement in 1993 and another in 1996': the second, elliptic event."""
    out = []
    verb = tok.head if tok.dep_ in ("dobj", "nsubjpass") else None
    if verb is None or c.date_expr is None:
        return out
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.lower_ in ("another", "one") and conj.i > tok.i:
            s, e = conj.idx, conj.right_edge.idx + len(conj.right_edge.text)
            for sib in conj.head.children:  # the parse often hangs the date off the verb
                if sib.dep_ == "prep" and sib.i == conj.i + 1:
                    e = max(e, sib.right_edge.idx + len(sib.right_edge.text))
            d = next((d for d in dates if s <= d.start and d.end <= e and d.start != c.date_expr.start), None)
            if d is not None:
                out.append(Cand(pos=conj.idx, type=c.type, start=s, end=d.end, strength=c.strength - 0.1,
                                trigger=conj.text, lemma=c.lemma, date_expr=d, tense=c.tense,
                                participants=list(c.participants)))
    return out


def _of_same(sent, cands: list[Cand]) -> list[Cand]:
    """'the tenth round of talks on 20 February': the inner trigger of the same type is the same event."""
    by_pos = {c.pos: c for c in cands}
    drop: set[int] = set()
    for tok in sent:
        inner = by_pos.get(tok.idx)
        if inner is None or tok.dep_ != "pobj" or tok.head.lower_ != "of":
            continue
        outer = by_pos.get(tok.head.head.idx)
        if outer is None or outer is inner or outer.type != inner.type or outer.fallback:
            continue
        if outer.date_expr is None:
            outer.date_expr = inner.date_expr
        outer.participants += [p for p in inner.participants if p not in outer.participants]
        outer.place = outer.place or inner.place
        outer.start, outer.end = min(outer.start, inner.start), max(outer.end, inner.end)
        drop.add(inner.pos)
    return [c for c in cands if c.pos not in drop]


def _met_at(sent, cands: list[Cand]) -> list[Cand]:
    """'Modi and Xi met at an informal summit in October': one event, typed by the gathering.

    Only an unnamed gathering: leaders meeting at a named summit ("at the G20 summit") hold a
    meeting of their own there.
    """
    by_pos = {c.pos: c for c in cands}
    drop: set[int] = set()
    for c in cands:
        if c.lemma != "meet" or c.fallback:
            continue
        verb = next((t for t in sent if t.idx == c.pos), None)
        if verb is None:
            continue
        for prep in verb.children:
            if prep.dep_ != "prep" or prep.lower_ not in ("at", "during"):
                continue
            for obj in prep.children:
                g = by_pos.get(obj.idx)
                if g is None or g is c or g.name_key or g.type not in ("summit", "conference", "meeting"):
                    continue
                if g.date and c.date and g.date != c.date:
                    continue
                c.type, c.strength = g.type, max(c.strength, g.strength)
                if c.date_expr is None:
                    c.date_expr = g.date_expr
                c.place = c.place or g.place
                c.participants += [p for p in g.participants if p not in c.participants]
                c.start, c.end = min(c.start, g.start), max(c.end, g.end)
                drop.add(g.pos)
    return [c for c in cands if c.pos not in drop]


NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr", "appos"}


def _words(tok) -> set[str]:
    """Forms and lemmas of the trigger's dependents and of its prepositions' objects."""
    kids = list(tok.children)
    kids += [g for c in kids if c.dep_ in ("prep", "agent") for g in c.children if g.dep_ == "pobj"]  # "spoke by phone"
    return {c.lower_ for c in kids} | {c.lemma_.lower() for c in kids}


def _modified(tok, spec) -> bool:
    return bool(_words(tok) & set(spec["needs_modifier"])) or bool(spec.get("or_name") and named_modifier(tok))


def _candidate(tok, spec, sent, lex, dates, ents, trig_ids, nominal: bool = False) -> Cand | None:
    lemma = tok.lemma_.lower() if not nominal else tok.lower_
    is_noun = tok.pos_ in ("NOUN", "PROPN") or nominal
    words = _words(tok)
    if spec.get("plural_only") and tok.tag_ not in ("NNS", "NNPS") and not (nominal and tok.lower_.endswith("s")):
        return None
    if spec.get("name_only") and not (tok.text[:1].isupper() and tok.i > tok.sent.start) and "joint" not in words:
        return None
    if spec.get("needs_modifier") and not _modified(tok, spec):  # "the Malabar exercise" (or_name)
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
    # dates of another event told inside this one's phrase ("the war, which began with the
    # invasion on 1 September 1939"; "the standoff after talks on Thursday") are that event's
    all_dates = dates
    inner = _inner_ranges(tok, head, trig_ids, light)
    if inner:
        foreign = [d for d in dates if any(a <= d.start < b for a, b in inner)]
        # "announced last month, on March 10": a date set off right after a foreign one restates it
        dates = [d for d in dates if d not in foreign and not any(
            0 <= d.start - f.end <= 3 and not doc_text(sent.doc)[f.end:d.start].strip(" ,") for f in foreign)]
    date_expr = pick_date(dates, start, end, tok.idx, trigger=tok)
    text = doc_text(sent.doc)
    if date_expr is None and is_noun and support is None:
        # "the upper house elections on 10 July": a date right after the noun phrase
        nxt = [d for d in dates if end <= d.start <= end + 3 and d.prep in ("on", "in", None) and d.end <= sent.end_char
               and not text[end:d.start].strip()]
        if nxt:
            date_expr, end = nxt[0], nxt[0].end
    if date_expr is None and is_noun and light is None and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        v, hops = tok.head, 0
        while v is not None and hops < 3 and v.pos_ in ("VERB", "AUX") and v.i not in trig_ids:
            vs, ve = phrase_span(v, keep_clauses=False)
            # "the summit is expected to take place next month": the date may hang off an xcomp
            # ("the election is due next year": or off the adjective)
            for w in [v] + [c for c in v.children if c.dep_ in ("xcomp", "acomp")] + \
                    [g for c in v.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "xcomp"]:
                date_expr = pick_date(dates, vs, ve, tok.idx, attached_to=w, trigger=tok)
                if date_expr is not None:
                    break
            if date_expr is not None:
                start, end = min(start, vs), max(end, ve)
                break
            v = v.head if v.dep_ in ("ccomp", "xcomp") and v.head.i != v.i else None
            hops += 1
    cap = None
    if date_expr is None:
        date_expr = _when_date(head, all_dates)
        if date_expr is not None and vague_later(head):
            cap = "year"  # "When X happened in April, Y responded within weeks": the year only
    if date_expr is None and not is_noun:
        date_expr = when_after_date(head, dates, text)
    if date_expr is None:
        date_expr = host_date(head, dates)
        cap = "month" if date_expr is not None else cap
    if re.search(r"\b(?i:post|pre)-(?:[A-Z][\w-]*\s+)?$", text[max(0, tok.idx - 25):tok.idx]):
        return None  # "post-Cold War relations": a period named after the event, not the event
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
    specific = specific_mention(tok, head, spec["type"]) if is_noun and not dated else None
    inherit = None
    if not dated:
        ref = referenced_type(head, lex)
        inherit = ("ref:" + ref) if ref else "gathering" if specific == "joint" else \
            "previous" if spec.get("sequel") and head.tag_ == "VBD" else None
    needs_date = False
    if spec.get("needs_date") and not (dated or episodic):
        if inherit is None:
            return None
        needs_date = True
    if spec.get("needs_date_or_name") and not (dated or name or named_modifier(tok) or episodic):
        return None
    if nested and date_expr is None:
        return None
    if not (dated or known or name or participants or place or specific):
        return None
    if _generic(tok, head, lex, dated, bool(name) or episodic or bool(specific), text[start:end]):
        return None
    if not is_noun and not dated and not named_arg(tok, spec.get("sequel")) and not place:
        return None
    current = date_expr is None and not (known and known.get("date")) and (specific == "coming" or any(
        c.lower_ in CURRENT for c in list(tok.children) + list(head.children) if c.dep_ in ("amod", "advmod")))
    definite = is_noun and not dated and not name and \
        any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children)
    return Cand(pos=tok.idx, type=spec["type"], start=start, end=end, strength=spec["strength"], trigger=tok.text,
                 lemma=lemma, date_expr=date_expr, tense="future" if specific == "planned" else tense_of(tok, head),
                 known=known, name_key=name, participants=participants, place=place, current=current,
                 needs_date=needs_date, inherit=inherit, cap=cap, definite=definite,
                 past=told_in_past(head) and not any(c.dep_ == "poss" for c in tok.children))


def _when_date(head, dates):
    """The date of a 'when' clause of the event's verb ('When X happened in May, Moscow imposed
    sanctions'): the main clause happened then too."""
    v, hops = head, 0
    while v.pos_ not in ("VERB", "AUX") and hops < 3 and (v.dep_ in ("dobj", "pobj", "prep", "nsubj", "nsubjpass") or
                                                          v.dep_ == "conj" and v.pos_ == "ADP"):  # "..., and later with"
        v, hops = v.head, hops + 1
    for c in v.children:
        if c.dep_ == "advcl" and any(m.dep_ == "advmod" and m.lower_ == "when" for m in c.children):
            s, e = c.left_edge.idx, c.right_edge.idx + len(c.right_edge.text)
            # "when the restrictions expired in September": the anchor places a month too
            inside = [d for d in dates if s <= d.start and d.end <= e and (d.absolute or
                                                                          d.kind in ("m", "dm", "md", "my"))]
            if len(inside) == 1:
                return inside[0]
    return None


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


TEMPORAL_PREPS = {"after", "before", "since", "following", "until", "till", "prior", "ahead", "amid", "preceding"}


def _inner_ranges(tok, head, trig_ids, light=None) -> list[tuple[int, int]]:
    """Character ranges of other triggers' phrases below ``tok``/``head`` that are told at
    another time: reached through a relative or adverbial clause, or a temporal preposition
    ("after talks in Moscow", "which began with the invasion"); the object of a light verb
    ("the meeting follows the deal announced last month"); an event noun under a verb below a
    verb trigger ("agreed to revive an agreement signed in 2001"). Their dates are not ``tok``'s."""
    out = []
    roots = {tok.i, head.i} | ({light.i} if light is not None else set())
    for t in head.sent:
        if t.i not in trig_ids or t.i in roots:
            continue
        top, a, via_verb = None, t, False
        while a.i != a.head.i and a.i not in roots:
            if a.dep_ in ("relcl", "advcl", "acl") and a.pos_ in ("VERB", "AUX") or \
                    a.dep_ == "prep" and a.lower_ in TEMPORAL_PREPS:
                top = a
            if light is not None and a.head.i == light.i and a.dep_ in ("dobj", "prep", "attr"):
                top = top or a
            if a.i != t.i and a.pos_ == "VERB":
                via_verb = True
            a = a.head
        if a.i in roots and top is None and via_verb and tok.pos_ == "VERB" and t.pos_ in ("NOUN", "PROPN"):
            top = t
        if a.i in roots and top is not None:
            out.append((top.left_edge.idx, top.right_edge.idx + len(top.right_edge.text)))
    return out


def _nested(tok, trig_ids) -> bool:
    """A trigger hanging off another trigger through nouns and prepositions only ('on the sidelines of the Forum')."""
    if tok.pos_ == "VERB" and tok.dep_ == "conj":  # "Seoul retaliated ..., and consumers boycotted ...": a clause
        return False
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


def _fallback(sent, lex, dates, ents, used: set[int], trig_ids, found) -> list[Cand]:
    """Clauses with an explicit date and an event-like verb but no trigger ('put forward in 2016',
    'Japan on Friday removed Korea from its list'). The date must modify the verb itself,
    directly or through a preposition -- not a noun ('during the 1910-45 colonial rule')."""
    out = []
    for d in dates:
        if d.start in used or not (sent.start_char <= d.start and d.end <= sent.end_char):
            continue
        if d.kind == "anniversary" or d.prep == "since":  # "have invested since 2015": a state, not an event
            continue
        toks = [t for t in sent if d.start <= t.idx < d.end]
        if not toks:
            continue
        root = next((t for t in toks if not (d.start <= t.head.idx < d.end) or t.head.i == t.i), toks[0])
        if root.dep_ in ("nummod", "compound", "amod", "nmod", "poss", "quantmod") and root.head.pos_ in ("NOUN", "PROPN"):
            continue  # the date of a noun ('the 1910-45 colonial rule'): see _dated_nouns
        v, hops = root.head, 0
        while v.pos_ not in ("VERB",) and v.head.i != v.i and hops < 3:
            v, hops = v.head, hops + 1
        if v.pos_ != "VERB" or v.lemma_.lower() in lex["fallback_skip_verbs"] or v.i in trig_ids:
            continue
        if any(c.dep_ == "neg" for c in v.children) or any(c.lower_ in HYPO_AUX for c in v.children if c.dep_ == "aux"):
            continue
        if d.kind in ("weekday", "deictic") and (hops > 1 or not named_arg(v)):  # "said on Tuesday" is skipped above
            continue
        start, end = phrase_span(v, keep_clauses=False)
        if any(c.start <= d.start < c.end for c in found):
            continue
        participants, place = arguments(v, v, ents, start, end, "other", d)
        out.append(Cand(pos=v.idx, type="other", start=start, end=end, strength=0.3, trigger=v.text,
                         lemma=v.lemma_.lower(), date_expr=d, tense=tense_of(v, v), participants=participants,
                         place=place, fallback=True))
    return out


def _dated_nouns(sent, lex, dates, ents, used: set[int], trig_ids, found) -> list[Cand]:
    """Events named by a date and a noun outside the trigger lexicon ('the 1979 revolution',
    'the March 2011 earthquake'); the noun must be one of the lexicon's ``dated_nouns``."""
    out = []
    nouns = lex["dated_nouns"]
    for d in dates:
        if d.start in used or d.prep or d.kind not in ("y", "my", "dmy", "mdy") or \
                not (sent.start_char <= d.start and d.end <= sent.end_char):
            continue
        if any(c.start <= d.start < c.end for c in found + out):
            continue
        toks = [t for t in sent if d.start <= t.idx < d.end]
        if not toks:
            continue
        root = next((t for t in toks if not (d.start <= t.head.idx < d.end) or t.head.i == t.i), toks[0])
        n = root.head
        if root.dep_ not in ("nummod", "compound", "amod", "nmod", "npadvmod") or n.i in trig_ids or \
                n.pos_ not in ("NOUN", "PROPN") or n.i < root.i or n.lemma_.lower() not in nouns:
            continue
        start = min(n.left_edge.idx, d.start)
        end = n.idx + len(n.text)
        participants, place = arguments(n, n, ents, start, end, "other", d)
        out.append(Cand(pos=n.idx, type=nouns[n.lemma_.lower()], start=start, end=end, strength=0.4,
                         trigger=n.text, lemma=n.lemma_.lower(), date_expr=d, participants=participants,
                         place=place, name_key=proper_name(n)))
    return out
