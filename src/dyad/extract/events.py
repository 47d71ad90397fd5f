"""Events: every summit, visit, meeting, agreement, election, sanction, war ... a text refers to.

``extract_events(doc, ctx)`` finds event triggers (nouns and verbs from the lexicon
``lexicons/events.en.json``) in the dependency parse, keeps the concrete ones (a date, a named
participant or place, a proper name), drops generic or hypothetical uses ("a meeting of minds",
"the possibility of a conflict"), attaches the date expression of the clause and resolves it
against the document date and the previous event in reading order (``dyad.extract.dates``),
and reports each event once per document (repeated references are merged, keeping the most
informative one). Clauses whose only sign of an event is an explicit date ("the plan put forward
in 2016") give low-confidence events of type ``other``.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator

from dyad.extract.dates import DateExpr, find_dates, infer_anchor, parse_partial, resolve
from dyad.records import Event, Span

__all__ = ["extract_events", "load_lexicon"]

_LEXICON_DIR = Path(__file__).with_name("lexicons")
_FUTURE_AUX = {"will", "'ll", "shall", "wo"}
_FUTURE_HEADS = {"slate", "schedule", "plan", "expect", "due", "set", "intend", "prepare", "upcoming",
                 "forthcoming", "planned", "scheduled", "slated"}
_HYPO_AUX = {"could", "might", "may", "should", "must", "can", "ca"}
_INDEF = {"a", "an", "any", "no", "every", "each", "another", "some", "such", "either", "neither"}
_ANAPHORIC = {"the", "this", "that", "these", "those", "its", "their", "his", "her", "our", "my", "your"}
_PARTICIPANT_LABELS = {"PERSON", "ORG", "GPE", "NORP"}
_PLACE_LABELS = {"GPE", "LOC", "FAC"}
_ABSTRACT_OBJECTS = {"need", "demand", "requirement", "expectation", "criterion", "criteria", "target", "goal",
                     "standard", "deadline", "challenge", "condition", "obligation", "cost", "payment", "end",
                     "fate", "threshold", "quota", "commitment", "request", "wish", "interest"}
_GATHERINGS = {"visit", "meeting", "summit", "conference", "other"}
_CURRENT = {"upcoming", "forthcoming", "recent", "latest", "current", "ongoing", "recently"}


@lru_cache(maxsize=4)
def load_lexicon(lang: str = "en") -> dict:
    """The trigger lexicon for ``lang`` (``lexicons/events.<lang>.json``), with compiled patterns."""
    data = json.loads((_LEXICON_DIR / f"events.{lang}.json").read_text(encoding="utf-8"))
    for k in data["known_events"]:
        k["_re"] = re.compile(k["pattern"], re.IGNORECASE)
        k["_ctx"] = re.compile(k["context"], re.IGNORECASE) if k.get("context") else None
    for key in ("light_verbs", "hypothetical_heads", "generic_modifiers", "fallback_skip_verbs"):
        data[key] = set(data[key])
    data["_support_any"] = set(data["support_verbs"]["*"])
    return data


@dataclass
class _Cand:
    """A candidate event while the document is read (mutable working state)."""

    pos: int  # trigger start char (reading order)
    type: str
    start: int
    end: int
    strength: float
    trigger: str
    lemma: str
    date_expr: DateExpr | None = None
    tense: str | None = None
    known: dict | None = None
    name_key: str | None = None
    participants: list[str] = field(default_factory=list)
    place: str | None = None
    fallback: bool = False
    current: bool = False  # "the upcoming elections", "recently met": the anchor's year
    date: str | None = None
    date_text: str | None = None
    date_span: Span | None = None


def extract_events(doc, ctx) -> Iterator[Event]:
    """Yield the events ``doc`` refers to, once each, in reading order.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        Parsed text of ``ctx.document`` (``doc.text == ctx.text``).
    ctx : DocContext
        Earlier extractors' records (persons, states, organizations) name the participants.

    Yields
    ------
    Event
    """
    lex = load_lexicon("en")
    text = ctx.text
    anchor = ctx.document.date
    inferred = False
    if not anchor:
        anchor, inferred = infer_anchor(text), True
    dates = [d for d in find_dates(text) if not ctx.in_boilerplate(d.start, d.end)]
    ents = _entities(doc, ctx)
    cands: list[_Cand] = []
    for sent in doc.sents:
        if not sent.text.strip() or ctx.in_boilerplate(sent.start_char, sent.end_char):
            continue
        try:
            cands.extend(_sentence_candidates(sent, lex, dates, ents))
        except Exception as exc:  # noqa: BLE001 - one odd sentence never loses the document
            ctx.warn(f"events: sentence at {sent.start_char} skipped ({type(exc).__name__}: {exc})")
    cands.sort(key=lambda c: c.pos)
    previous = None
    for c in cands:
        if c.date_expr is not None:
            c.date = resolve(c.date_expr, anchor=anchor, previous=previous, tense=c.tense)
            if c.date:
                c.date_text, c.date_span = c.date_expr.text, Span(c.date_expr.start, c.date_expr.end)
        if c.date:
            previous = c.date  # only dates the text states count for "three months later"
        elif c.known and c.known.get("date"):
            c.date = c.known["date"]
        elif c.current and anchor:
            c.date = anchor[:4]
    cands = [c for c in cands if not (c.fallback and c.date is None)]
    for c in _dedupe(cands):
        c.start, c.end = _balance(text, c.start, c.end, c.pos)
        conf = c.strength + (0.1 if c.date else 0.0) + (0.05 if c.participants else 0.0)
        if inferred and c.date_expr is not None and not c.date_expr.absolute:
            conf -= 0.1
        yield Event(
            doc_id=ctx.doc_id, start_char=c.start, end_char=c.end, type=c.type, date=c.date,
            date_text=c.date_text, date_span=c.date_span, participants=tuple(c.participants),
            place=c.place, trigger=c.trigger, extractor="events", confidence=round(min(0.95, max(0.05, conf)), 2),
        )


def _balance(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """Cut an evidence span at an unmatched bracket, keeping the side with the trigger."""
    opened: list[int] = []
    for i in range(start, end):
        ch = text[i]
        if ch == "(":
            opened.append(i)
        elif ch == ")":
            if opened:
                opened.pop()
            elif i < pos:
                start = i + 1
            else:
                end = i
                break
    for i in opened:
        if start <= i < end:
            if i < pos:
                start = i + 1
            else:
                end = i
                break
    while start < end and not text[start].strip():
        start += 1
    while end > start and (not text[end - 1].strip() or text[end - 1] in ",;:"):
        end -= 1
    return start, end


# ------------------------------------------------------------------ entities
def _entities(doc, ctx) -> list[tuple[int, int, str, str, str]]:
    """(start, end, canonical name, label, surface text) for every participant or place mention."""
    out: list[tuple[int, int, str, str, str]] = []
    text = ctx.text
    for label, records in (("PERSON", ctx.persons), ("GPE", ctx.states), ("ORG", ctx.organizations)):
        for r in records:
            for m in getattr(r, "mentions", ()) or ():
                lab = "NORP" if getattr(m, "kind", "") == "adjective" else label
                out.append((m.start_char, m.end_char, r.name, lab, text[m.start_char:m.end_char]))
    covered = [(e[0], e[1]) for e in out]
    for ent in doc.ents:
        if ent.label_ not in _PARTICIPANT_LABELS | _PLACE_LABELS:
            continue
        if out and ent.label_ in _PARTICIPANT_LABELS - {"GPE"} and any(s < ent.end_char and ent.start_char < e for s, e in covered):
            continue
        name = ent.ent_id_ or re.sub(r"^(?:the|The)\s+", "", ent.text).replace("’s", "").replace("'s", "")
        surface = re.sub(r"^(?:the|The)\s+", "", ent.text)
        out.append((ent.start_char, ent.end_char, name, ent.label_, surface))
    return out


def _ents_in(ents, start: int, end: int, labels=None):
    return [e for e in ents if start <= e[0] and e[1] <= end and (labels is None or e[3] in labels)]


# ------------------------------------------------------------------ candidates
def _sentence_candidates(sent, lex, dates, ents) -> list[_Cand]:
    triggers = lex["triggers"]
    found: list[tuple] = []
    for tok in sent:
        spec = triggers.get(tok.lemma_.lower()) or triggers.get(tok.text.lower())
        if spec is None or tok.pos_ not in spec["pos"]:
            continue
        if tok.pos_ == "VERB" and tok.lemma_.lower() == "meeting":
            spec = triggers["meet"]
        found.append((tok, spec))
    trig_ids = {t.i for t, _ in found}
    out: list[_Cand] = []
    used_dates: set[int] = set()
    for tok, spec in found:
        c = _candidate(tok, spec, sent, lex, dates, ents, trig_ids)
        if c is not None:
            out.append(c)
            if c.date_expr is not None:
                used_dates.add(c.date_expr.start)
    out.extend(_fallback(sent, lex, dates, ents, used_dates, trig_ids, out))
    return out


def _candidate(tok, spec, sent, lex, dates, ents, trig_ids) -> _Cand | None:
    lemma = tok.lemma_.lower()
    is_noun = tok.pos_ in ("NOUN", "PROPN")
    words = {c.lower_ for c in tok.children} | {c.lemma_.lower() for c in tok.children}
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
    if is_noun and tok.dep_ == "compound" and tok.head.text[:1].isupper() and not _numeral(tok.head):
        return None
    nested = _nested(tok, trig_ids)
    support = _support_verb(tok, lex) if is_noun else None
    head = support or tok
    light = None
    # evidence: the noun phrase, the support verb's clause, or the verb's clause
    if is_noun and support is None:
        np_tok = tok.head if tok.dep_ == "compound" and tok.head.pos_ in ("NOUN", "PROPN") else tok
        start, end = _span(np_tok, keep_clauses=True)
        if tok.dep_ in ("nsubj", "nsubjpass") and tok.head.lemma_.lower() in lex["light_verbs"]:
            light = tok.head
    else:
        start, end = _span(head, keep_clauses=False)
    arg_start, arg_end = start, end
    if light is not None:
        start, end = _span(light, keep_clauses=False)
    date_expr = _pick_date(dates, start, end, tok.idx)
    if date_expr is None and is_noun and support is None:
        # "the upper house elections on 10 July": a date right after the noun phrase
        nxt = [d for d in dates if end <= d.start <= end + 3 and d.prep in ("on", "in", None) and d.end <= sent.end_char]
        if nxt:
            date_expr, end = nxt[0], nxt[0].end
    if date_expr is None and is_noun and light is None and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "attr"):
        v, hops = tok.head, 0
        while v is not None and hops < 3 and v.pos_ in ("VERB", "AUX") and v.i not in trig_ids:
            vs, ve = _span(v, keep_clauses=False)
            # "the summit is expected to take place next month": the date may hang off an xcomp
            for w in [v] + [c for c in v.children if c.dep_ == "xcomp"] + \
                    [g for c in v.children if c.dep_ == "xcomp" for g in c.children if g.dep_ == "xcomp"]:
                date_expr = _pick_date(dates, vs, ve, tok.idx, attached_to=w)
                if date_expr is not None:
                    break
            if date_expr is not None:
                start, end = min(start, vs), max(end, ve)
                break
            v = v.head if v.dep_ in ("ccomp", "xcomp") and v.head.i != v.i else None
            hops += 1
    doc_text = sent.doc.text
    window = doc_text[max(sent.start_char, tok.idx - 40):min(sent.end_char, tok.idx + len(tok.text) + 70)]
    known = _known(lex, sent.text, window, lemma)
    name = _proper_name(tok)
    participants, place = _arguments(tok, head, ents, arg_start, arg_end, spec["type"], date_expr)
    if place is None and (start, end) != (arg_start, arg_end):
        place = _arguments(tok, head, ents, start, end, spec["type"], date_expr)[1]
    dated = date_expr is not None or bool(known and known.get("date"))
    if spec.get("needs_date") and not dated:
        return None
    if spec.get("needs_date_or_name") and not (dated or name or _named_modifier(tok)):
        return None
    if nested and date_expr is None:
        return None
    if not (dated or known or name or participants or place):
        return None
    if _generic(tok, head, lex, dated, bool(name), doc_text[start:end]):
        return None
    if not is_noun and not dated and not _named_arg(tok) and not place:
        return None
    current = date_expr is None and not (known and known.get("date")) and any(
        c.lower_ in _CURRENT for c in list(tok.children) + list(head.children) if c.dep_ in ("amod", "advmod"))
    return _Cand(pos=tok.idx, type=spec["type"], start=start, end=end, strength=spec["strength"], trigger=tok.text,
                 lemma=lemma, date_expr=date_expr, tense=_tense(tok, head), known=known,
                 name_key=name, participants=participants, place=place, current=current)


def _numeral(tok) -> bool:
    return tok.like_num or bool(re.fullmatch(r"[IVX]+", tok.text))


def _meets_someone(tok) -> bool:
    """'met in Tokyo', 'meet with Putin', 'met Abe' -- not 'meet the needs', 'meet Japan halfway'."""
    kids = list(tok.children)
    if any(c.lower_ in ("halfway", "half-way") for c in kids):
        return False
    return not any(c.dep_ == "dobj" and c.lemma_.lower() in _ABSTRACT_OBJECTS for c in kids)


def _nested(tok, trig_ids) -> bool:
    """A trigger hanging off another trigger through nouns and prepositions only ('on the sidelines of the Forum')."""
    for a in tok.ancestors:
        if a.i in trig_ids:
            return True
        if a.pos_ in ("VERB", "AUX") or a.dep_ in ("ROOT",):
            return False
    return False


def _support_verb(tok, lex):
    """The verb that carries an event noun ('paid a visit', 'signed an agreement', 'elections were held')."""
    h = tok.head
    allowed = lex["_support_any"] | set(lex["support_verbs"].get(tok.lemma_.lower(), ()))
    if tok.dep_ in ("dobj", "nsubjpass") and h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in allowed:
        return h
    return None


def _span(tok, *, keep_clauses: bool) -> tuple[int, int]:
    """Character span of ``tok``'s phrase, without separate conjoined/complement clauses."""
    drop = set() if keep_clauses else {"conj", "ccomp", "parataxis", "cc"}
    toks = [tok]
    for c in tok.children:
        if c.dep_ in drop and (c.pos_ in ("VERB", "AUX", "CCONJ") or c.dep_ == "parataxis"):
            continue
        if not keep_clauses and c.dep_ == "advcl" and c.i > tok.i:
            continue
        toks.extend(c.subtree)
    toks = [t for t in toks if t.sent == tok.sent]
    toks.sort(key=lambda t: t.i)
    while len(toks) > 1 and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ == "cc") and toks[-1].text not in (")", "’", "”", '"'):
        toks.pop()
    while len(toks) > 1 and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ == "cc"):
        toks.pop(0)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _pick_date(dates, start: int, end: int, pos: int, attached_to=None) -> DateExpr | None:
    inside = [d for d in dates if start <= d.start and d.end <= end]
    if attached_to is not None:
        inside = [d for d in inside if _attached(attached_to, d)]
    if not inside:
        return None
    return min(inside, key=lambda d: (0 if d.absolute else 1, min(abs(d.start - pos), abs(d.end - pos))))


def _attached(verb, d: DateExpr) -> bool:
    """Whether date expression ``d`` hangs off ``verb`` (directly or through a preposition)."""
    for t in verb.children:
        if t.dep_ in ("prep", "npadvmod", "advmod", "obl", "tmod", "pobj", "nummod", "nmod"):
            if t.idx < d.end and d.start < t.idx + len(t.text):
                return True
            st = [x for x in t.subtree]
            if st and st[0].idx <= d.start and d.end <= st[-1].idx + len(st[-1].text) and len(st) <= 8:
                return True
    return False


def _proper_name(tok) -> str | None:
    """Normalized proper name when the trigger is part of one ('the Irkutsk Statement')."""
    parts = [c for c in tok.children if c.dep_ == "compound" and c.text[:1].isupper()] if tok.text[:1].isupper() or tok.pos_ == "PROPN" else []
    if tok.text[:1].isupper() and tok.i > tok.sent.start and (parts or tok.pos_ == "PROPN"):
        words = [t.text for t in sorted(parts + [tok], key=lambda t: t.i)]
        amods = [c.text for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper() and c.i < tok.i]
        name = " ".join(sorted(set(words + amods), key=lambda w: (words + amods).index(w)))
        return re.sub(r"\d{4}\s*", "", name).strip().lower() or None
    return None


def _named_modifier(tok) -> bool:
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") and (c.ent_type_ in _PARTICIPANT_LABELS | _PLACE_LABELS or c.text[:1].isupper()):
            if c.i != tok.sent.start:
                return True
    return False


def _named_arg(tok) -> bool:
    """A verb trigger with a named subject/object/partner."""
    for c in tok.children:
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "prep", "agent"):
            for t in c.subtree:
                if t.ent_type_ in ("PERSON", "ORG", "GPE"):
                    return True
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
    if any(c.lower_ in _HYPO_AUX for c in head.children if c.dep_ == "aux") and not has_date:
        return True
    if tok.pos_ in ("NOUN", "PROPN"):
        if det & _INDEF and not has_date and not named:
            return True
        if tok.tag_ in ("NNS",) and not det and not has_date and not named:
            return True
    else:
        if tok.dep_ in ("acl", "amod", "relcl") and tok.tag_ == "VBG" and not has_date:
            return True
        if tok.dep_ == "conj" and tok.head.dep_ in ("acl", "amod") and not has_date:
            return True
        if tok.dep_ in ("xcomp", "acl", "advcl") and any(c.lower_ == "to" for c in tok.children) \
                and tok.head.lemma_.lower() not in _FUTURE_HEADS | {"agree", "decide", "go", "arrive"} and not has_date:
            return True
    return False


def _tense(tok, head) -> str | None:
    chain = [tok, head] + list(head.ancestors)[:3]
    for t in chain:
        if any(c.dep_ == "aux" and c.lower_ in _FUTURE_AUX for c in t.children):
            return "future"
        if t.lemma_.lower() in _FUTURE_HEADS or t.lower_ in _FUTURE_HEADS:
            return "future"
    if any(c.lower_ in ("upcoming", "forthcoming", "planned", "next") for c in tok.children):
        return "future"
    return None


def _known(lex, sent_text: str, ev_text: str, lemma: str) -> dict | None:
    for k in lex["known_events"]:
        if k.get("trigger") and k["trigger"] != lemma:
            continue
        if k["_re"].search(ev_text if not k.get("trigger") else sent_text):
            if k["_ctx"] is None or k["_ctx"].search(sent_text):
                return k
    return None


def _arguments(tok, head, ents, start: int, end: int, typ: str, date_expr) -> tuple[list[str], str | None]:
    place = None
    for prep in [c for t in (tok, head) for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "at", "for")] + \
            [c for c in head.children if c.dep_ == "dobj" and typ == "visit"]:
        sub = list(prep.subtree)
        s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        cands = [x for x in _ents_in(ents, s, e, _PLACE_LABELS)
                 if not (date_expr and date_expr.start <= x[0] < date_expr.end)]
        if cands:
            place = max(cands, key=lambda x: x[1] - x[0])
            break
    if place is None and typ in _GATHERINGS:
        text = tok.doc.text
        for x in sorted(_ents_in(ents, start, end, _PLACE_LABELS), key=lambda x: x[0]):
            if re.search(r"\b(?:in|to|at)\s+(?:the\s+)?$", text[max(start, x[0] - 8):x[0]]) and \
                    not (date_expr and date_expr.start <= x[0] < date_expr.end):
                place = x
                break
    names: list[str] = []
    for s, e, name, label, _ in sorted(_ents_in(ents, start, end), key=lambda x: x[0]):
        if place and s < place[1] and place[0] < e:
            continue
        if date_expr and date_expr.start <= s < date_expr.end:
            continue
        if label not in _PARTICIPANT_LABELS or name in names:
            continue
        if "-" in name and label == "PERSON" and " " not in name:  # "Abe-Putin summit"
            names.extend(n for n in name.split("-") if n and n not in names)
            continue
        names.append(name)
    place_name = place[4] if place else None
    return names, place_name


# ------------------------------------------------------------------ fallback and merging
def _fallback(sent, lex, dates, ents, used: set[int], trig_ids, found) -> list[_Cand]:
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
        if any(c.dep_ == "neg" for c in v.children) or any(c.lower_ in _HYPO_AUX for c in v.children if c.dep_ == "aux"):
            continue
        start, end = _span(v, keep_clauses=False)
        if any(c.start <= d.start < c.end for c in found):
            continue
        participants, place = _arguments(v, v, ents, start, end, "other", d)
        out.append(_Cand(pos=v.idx, type="other", start=start, end=end, strength=0.3, trigger=v.text,
                         lemma=v.lemma_.lower(), date_expr=d, tense=_tense(v, v), participants=participants,
                         place=place, fallback=True))
    return out


def _compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def _same_event(a: _Cand, b: _Cand) -> bool:
    if not _compatible(a.date, b.date):
        return False
    if a.fallback or b.fallback:  # a dated clause around a typed event is that event
        return (a.start <= b.pos < a.end) or (b.start <= a.pos < b.end)
    if a.type != b.type:
        return False
    if a.known and b.known and a.known["key"] == b.known["key"]:
        return True
    if a.name_key and a.name_key == b.name_key:
        return True
    if a.type == "sanctions":
        return True
    if a.place and b.place:
        return a.place == b.place and (not a.participants or not b.participants or _share(a.participants, b.participants))
    if a.participants and b.participants and _share(a.participants, b.participants) and \
            _share(b.participants, a.participants) and a.lemma == b.lemma:
        return True
    return False


def _share(a: list[str], b: list[str]) -> bool:
    """Some name of ``a`` matches one of ``b`` ('Abe' ~ 'Shinzo Abe')."""
    last = {n.split()[-1].lower() for n in b if n.split()}
    return any(n.split() and n.split()[-1].lower() in last for n in a)


def _better(a: _Cand, b: _Cand) -> _Cand:
    def key(c: _Cand):
        return (not c.fallback, len(c.date or ""), bool(c.date_expr), c.strength, -c.pos)
    return a if key(a) >= key(b) else b


def _dedupe(cands: list[_Cand]) -> list[_Cand]:
    kept: list[_Cand] = []
    for c in cands:
        for i, k in enumerate(kept):
            if _same_event(k, c):
                best = _better(k, c)
                other = c if best is k else k
                for p in other.participants:
                    if not _share([p], best.participants):
                        best.participants.append(p)
                best.place = best.place or other.place
                kept[i] = best
                break
        else:
            kept.append(c)
    kept.sort(key=lambda c: c.pos)
    return kept
