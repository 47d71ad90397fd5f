"""Arguments of an event trigger: evidence span, date, participants, place, proper name.

Helpers over the dependency parse used by :mod:`dyad.extract.events.candidates`; each takes a
spaCy token (and the document's entity list) and returns offsets or names, never records.
"""

from __future__ import annotations

import re

from dyad.extract.dates import DateExpr
from dyad.extract.context import doc_text
from dyad.extract.events.lexicon import FUTURE_AUX, FUTURE_HEADS, GATHERINGS, PARTICIPANT_LABELS, PLACE_LABELS

__all__ = ["entities", "ents_in", "phrase_span", "pick_date", "attached", "proper_name", "named_modifier",
           "named_arg", "arguments", "numeral", "support_verb", "known_event", "tense_of"]


def entities(doc, ctx) -> list[tuple[int, int, str, str, str]]:
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
        if ent.label_ not in PARTICIPANT_LABELS | PLACE_LABELS:
            continue
        if out and ent.label_ in PARTICIPANT_LABELS - {"GPE"} and any(s < ent.end_char and ent.start_char < e for s, e in covered):
            continue
        name = ent.ent_id_ or re.sub(r"^(?:the|The)\s+", "", ent.text).replace("’s", "").replace("'s", "")
        surface = re.sub(r"^(?:the|The)\s+", "", ent.text)
        out.append((ent.start_char, ent.end_char, name, ent.label_, surface))
    return out


def ents_in(ents, start: int, end: int, labels=None):
    return [e for e in ents if start <= e[0] and e[1] <= end and (labels is None or e[3] in labels)]


def numeral(tok) -> bool:
    return tok.like_num or bool(re.fullmatch(r"[IVX]+", tok.text))


def support_verb(tok, lex):
    """The verb that carries an event noun ('paid a visit', 'signed an agreement', 'elections were held')."""
    h = tok.head
    allowed = lex["_support_any"] | set(lex["support_verbs"].get(tok.lemma_.lower(), ()))
    if tok.dep_ in ("dobj", "nsubjpass") and h.pos_ in ("VERB", "AUX") and h.lemma_.lower() in allowed:
        return h
    return None


def phrase_span(tok, *, keep_clauses: bool) -> tuple[int, int]:
    """Character span of ``tok``'s phrase, without separate conjoined/complement clauses."""
    drop = set() if keep_clauses else {"conj", "ccomp", "parataxis", "cc"}
    toks = [tok]
    for c in tok.children:
        if c.dep_ in drop and (c.pos_ in ("VERB", "AUX", "CCONJ") or c.dep_ == "parataxis"):
            continue
        if not keep_clauses and c.dep_ == "advcl" and c.i > tok.i:
            continue
        toks.extend(c.subtree)
    sent = tok.sent
    toks = [t for t in toks if sent.start <= t.i < sent.end]
    toks.sort(key=lambda t: t.i)
    while len(toks) > 1 and (toks[-1].is_punct or toks[-1].is_space or toks[-1].dep_ == "cc") and toks[-1].text not in (")", "’", "”", '"'):
        toks.pop()
    while len(toks) > 1 and (toks[0].is_punct or toks[0].is_space or toks[0].dep_ == "cc"):
        toks.pop(0)
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def pick_date(dates, start: int, end: int, pos: int, attached_to=None, trigger=None) -> DateExpr | None:
    """The date expression of an event whose evidence is ``[start, end)`` and trigger at ``pos``.

    Dates of a relative clause or apposition about someone else ("Kishida, who took office in
    2021, visited Kyiv in March") are not the trigger's; absolute dates win, then the nearest.
    """
    inside = [d for d in dates if start <= d.start and d.end <= end]
    if trigger is not None and inside:
        foreign = _foreign_clauses(trigger)
        inside = [d for d in inside if not any(a <= d.start < b for a, b in foreign)]
    if attached_to is not None:
        inside = [d for d in inside if attached(attached_to, d)]
    if not inside:
        return None
    best = min(inside, key=lambda d: (0 if d.absolute else 1, min(abs(d.start - pos), abs(d.end - pos))))
    return _refined(best, dates, doc_text(trigger.doc) if trigger is not None else None)


_FINER = {"dmy": 3, "mdy": 3, "dm": 3, "md": 3, "weekday": 3, "deictic": 3, "my": 2, "m": 2}


def _refined(best: DateExpr, dates, text: str | None) -> DateExpr:
    """'last month, on March 10': a date set off by a comma right after another one restates it
    more precisely; the finer of the two is the event's date."""
    if text is None:
        return best
    for d in dates:
        if abs(d.start - best.end) > 4 and abs(best.start - d.end) > 4:
            continue
        a, b = (best, d) if best.end <= d.start else (d, best)
        if d is best or not re.fullmatch(r"\s*,\s*", text[a.end:b.start]):
            continue
        if _FINER.get(d.kind, 1) > _FINER.get(best.kind, 1) and not (best.absolute and not d.absolute and
                                                                     d.kind not in ("dm", "md")):
            return d
    return best


def _foreign_clauses(trigger) -> list[tuple[int, int]]:
    """Character ranges of relative clauses and appositions in the trigger's sentence that
    neither modify the trigger nor contain it."""
    out = []
    for t in trigger.sent:
        if t.dep_ in ("relcl", "appos") and t.head.i != trigger.i and not (t.left_edge.i <= trigger.i <= t.right_edge.i):
            out.append((t.left_edge.idx, t.right_edge.idx + len(t.right_edge.text)))
    return out


def attached(verb, d: DateExpr) -> bool:
    """Whether date expression ``d`` hangs off ``verb`` (directly or through a preposition)."""
    for t in verb.children:
        if t.dep_ in ("prep", "npadvmod", "advmod", "obl", "tmod", "pobj", "nummod", "nmod"):
            if t.idx < d.end and d.start < t.idx + len(t.text):
                return True
            st = [x for x in t.subtree]
            if st and st[0].idx <= d.start and d.end <= st[-1].idx + len(st[-1].text) and len(st) <= 8:
                return True
    return False


def proper_name(tok) -> str | None:
    """Normalized proper name when the trigger is part of one ('the Irkutsk Statement')."""
    parts = [c for c in tok.children if c.dep_ == "compound" and c.text[:1].isupper()] if tok.text[:1].isupper() or tok.pos_ == "PROPN" else []
    if tok.text[:1].isupper() and tok.i > tok.sent.start and (parts or tok.pos_ == "PROPN"):
        words = [t.text for t in sorted(parts + [tok], key=lambda t: t.i)]
        amods = [c.text for c in tok.children if c.dep_ in ("amod", "compound", "nmod") and c.text[:1].isupper() and c.i < tok.i]
        name = " ".join(sorted(set(words + amods), key=lambda w: (words + amods).index(w)))
        return re.sub(r"\d{4}\s*", "", name).strip().lower() or None
    return None


def named_modifier(tok) -> bool:
    for c in tok.children:
        if c.dep_ in ("amod", "compound", "nmod", "poss", "nummod") and (c.ent_type_ in PARTICIPANT_LABELS | PLACE_LABELS or c.text[:1].isupper()):
            if c.i != tok.sent.start:
                return True
    return False


def named_arg(tok, any_subject: bool = False) -> bool:
    """A verb trigger with a named subject/object/partner (or, with ``any_subject``, a subject
    at all: "consumers boycotted ...")."""
    labels = ("PERSON", "ORG", "GPE")
    for c in tok.children:
        if any_subject and c.dep_ in ("nsubj", "nsubjpass") and c.pos_ in ("NOUN", "PROPN"):
            return True
        if c.dep_ in ("nsubj", "nsubjpass", "dobj", "prep", "agent"):
            for t in c.subtree:
                if t.ent_type_ in labels:
                    return True
    return False


def known_event(lex, sent_text: str, ev_text: str, lemma: str, context: str | None = None) -> dict | None:
    """The well-known event (lexicon ``known_events``) a trigger refers to, if any.

    ``context`` (the sentence and the ones just before it) must match the entry's ``context``
    pattern: "the sanctions" are the Russia sanctions only where Russia is being discussed.
    """
    for k in lex["known_events"]:
        if k.get("trigger") and k["trigger"] != lemma:
            continue
        if k["_re"].search(ev_text if not k.get("trigger") else sent_text):
            if k["_ctx"] is None or k["_ctx"].search(context or sent_text):
                return k
    return None


def arguments(tok, head, ents, start: int, end: int, typ: str, date_expr) -> tuple[list[str], str | None]:
    place = None
    for prep in [c for t in (tok, head) for c in t.children if c.dep_ == "prep" and c.lower_ in ("to", "in", "at", "for")] + \
            [c for c in head.children if c.dep_ == "dobj" and typ == "visit"]:
        sub = list(prep.subtree)
        s, e = sub[0].idx, sub[-1].idx + len(sub[-1].text)
        cands = [x for x in ents_in(ents, s, e, PLACE_LABELS)
                 if not (date_expr and date_expr.start <= x[0] < date_expr.end)]
        if cands:
            place = max(cands, key=lambda x: x[1] - x[0])
            break
    if place is None and typ in GATHERINGS:
        text = doc_text(tok.doc)
        for x in sorted(ents_in(ents, start, end, PLACE_LABELS), key=lambda x: x[0]):
            if re.search(r"\b(?:in|to|at)\s+(?:the\s+)?$", text[max(start, x[0] - 8):x[0]]) and \
                    not (date_expr and date_expr.start <= x[0] < date_expr.end):
                place = x
                break
    v = head if head.pos_ in ("VERB", "AUX") or head.dep_ not in ("dobj", "nsubj", "nsubjpass") else head.head
    if place is None and v.dep_ == "relcl" and any(c.lower_ == "where" for c in v.children if c.dep_ == "advmod"):
        h = v.head  # "in Yemen, where Riyadh has led a coalition": the place the clause is about
        place = next((x for x in ents if x[0] <= h.idx < x[1] and x[3] in PLACE_LABELS), None)
    names: list[str] = []
    for s, e, name, label, _ in sorted(ents_in(ents, start, end), key=lambda x: x[0]):
        if place and s < place[1] and place[0] < e:
            continue
        if date_expr and date_expr.start <= s < date_expr.end:
            continue
        if label not in PARTICIPANT_LABELS or name in names:
            continue
        if "-" in name and label == "PERSON" and " " not in name:  # "Abe-Putin summit"
            names.extend(n for n in name.split("-") if n and n not in names)
            continue
        names.append(name)
    place_name = place[4] if place else None
    return names, place_name


# verbs whose reported "would" is a future ("said the two would meet in November")
REPORTING = {"say", "announce", "tell", "agree", "confirm", "state", "add", "promise", "pledge", "indicate"}


def tense_of(tok, head) -> str | None:
    chain = [tok, head] + list(head.ancestors)[:3]
    for t in chain:
        if any(c.dep_ == "aux" and c.lower_ in FUTURE_AUX for c in t.children):
            return "future"
        if t.dep_ == "ccomp" and t.head.lemma_.lower() in REPORTING and any(
                c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in t.children):
            return "future"  # "said the two would meet in November": the future of the report
        if (t.lemma_.lower() in FUTURE_HEADS or t.lower_ in FUTURE_HEADS) and t.pos_ not in ("NOUN", "PROPN"):
            return "future"  # "is planned", "scheduled" -- not "a five-point plan"
        if any(c.dep_ == "acomp" and c.lower_ in FUTURE_HEADS for c in t.children):  # "is due in May"
            return "future"
    if any(c.lower_ in ("upcoming", "forthcoming", "planned", "next") for c in tok.children):
        return "future"
    return None
