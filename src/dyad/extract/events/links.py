"""Dates an event takes from another one, and signs that an undated mention is still specific.

Token helpers used by :mod:`dyad.extract.events.candidates` while a sentence is read, and
:func:`inherit_dates`, the document-level pass of :mod:`dyad.extract.events.extractor` that dates the
candidates that point at another event:

* a date told just before a ``when`` clause ("in October 2018, when the court ordered ...");
* the dated clause an event is the cause of ("cut relations in January 2016 after protesters
  stormed the embassy"): the same month at most;
* an event told "during the visit": the date of the visit mentioned before;
* "a joint statement", "a joint news conference": the date of the gathering told before;
* a reaction ("Seoul retaliated ...") told right after a dated event: that event's year.
"""

from __future__ import annotations

import re

from dyad.extract.dates import DateExpr
from dyad.extract.events.args import attached
from dyad.extract.events.lexicon import Cand

__all__ = ["when_after_date", "host_date", "vague_later", "referenced_type", "specific_mention", "is_coming",
           "inherit_dates", "JOINT_TYPES", "SEQUEL_GAP"]

CAUSE_PREPS = {"after", "following"}  # "X happened in May after Y": Y is X's cause, told at about the same time
PLANNED = {"planned", "proposed", "scheduled", "upcoming", "forthcoming", "expected", "mooted"}
COMING = {"come", "coming", "loom", "looming", "approach", "approaching"}
JOINT_TYPES = {"declaration", "conference"}
OCCASIONS = ("visit", "summit", "meeting", "conference")
SEQUEL_GAP = 600  # characters: a reaction is dated by an event told at most this far before, same paragraph
_LATER = re.compile(r"\b(?:later|subsequently|afterwards|thereafter|within\s+(?:weeks|months|days)|"
                    r"(?:weeks|months|days)\s+later)\b", re.IGNORECASE)


def when_after_date(head, dates, text: str) -> DateExpr | None:
    """'... began in October 2018, when the court ordered ...': the date just before ``when``."""
    v = head
    for _ in range(3):
        if v.pos_ in ("VERB", "AUX"):
            break
        v = v.head
    w = next((c for c in v.children if c.dep_ == "advmod" and c.lower_ == "when" and c.i < v.i), None)
    if w is None or v.dep_ not in ("advcl", "relcl"):
        return None
    return next((d for d in dates if d.end <= w.idx and d.absolute and re.fullmatch(r"\s*,?\s*", text[d.end:w.idx])),
                None)


def host_date(head, dates) -> DateExpr | None:
    """The date of the clause an event is told as the cause of ("after protesters stormed ...",
    "following the execution of ..."), through any chain of such links."""
    a, crossed = head, False
    for _ in range(8):
        if a.i == a.head.i:
            return None
        if a.dep_ == "prep" and a.lower_ in CAUSE_PREPS or \
                a.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CAUSE_PREPS for c in a.children):
            crossed = True
        a = a.head
        if crossed and a.pos_ in ("VERB", "AUX"):
            own = [d for d in dates if d.absolute and d.prep not in ("since", "until", "till", "by") and attached(a, d)
                   and not any(c.dep_ in ("prep", "advcl") and c.left_edge.idx <= d.start <= c.right_edge.idx and
                               (c.lower_ in CAUSE_PREPS or any(m.lower_ in CAUSE_PREPS for m in c.children))
                               for c in a.children)]
            if own:
                return own[0]
    return None


def vague_later(head) -> bool:
    """'... and later with tariffs', 'within weeks': the event followed by an unstated interval."""
    sent = head.sent
    lo = min([head.i] + [t.i for t in head.subtree])
    window = sent.doc[max(sent.start, lo - 4):head.i + 1].text
    return bool(_LATER.search(window))


def referenced_type(head, lex) -> str | None:
    """'During the visit, Japan agreed ...': the type of the event a definite noun refers back to."""
    for prep in head.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("during", "at"):
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in obj.children):
                specs = lex["_by_lemma"].get(obj.lemma_.lower()) or []
                spec = next((s for s in specs if obj.pos_ in s["pos"]), None)
                if spec is not None and spec["type"] in OCCASIONS:
                    return spec["type"]
    return None


def specific_mention(tok, head, spec_type: str) -> str | None:
    """Why an indefinite or bare event noun still names one event: ``"planned"`` ("a planned
    summit"), ``"coming"`` ("with an election coming") or ``"joint"`` ("said in a joint
    statement", "told reporters at a joint news conference": a past verb names the occasion)."""
    kids = list(tok.children)
    if any(c.dep_ in ("amod", "acl") and c.lower_ in PLANNED for c in kids):
        return "planned"
    if is_coming(tok):
        return "coming"
    if spec_type in JOINT_TYPES and any(c.lower_ == "joint" for c in kids if c.dep_ in ("amod", "compound")):
        verb = tok.head.head if tok.dep_ == "pobj" else tok.head
        if verb.tag_ == "VBD" and tok.dep_ in ("pobj", "dobj"):
            return "joint"
    return None


def is_coming(tok) -> bool:
    """'an election coming', 'with elections looming': the event is near (the anchor's year)."""
    h = tok.head
    if tok.dep_ == "compound" and h.tag_ == "VBG" and h.lemma_.lower() in COMING:
        return True
    return any(c.dep_ in ("acl", "amod") and c.tag_ == "VBG" and c.lemma_.lower() in COMING for c in tok.children)


def inherit_dates(cands: list[Cand], text: str) -> None:
    """Date, in place, the undated candidates that point at another event (see the module doc)."""
    done: list[Cand] = []
    for c in sorted(cands, key=lambda c: c.pos):
        if c.date is None and c.inherit:
            src = None
            if c.inherit.startswith("sent:"):  # a clause told beside a dated event of its sentence
                lo, hi = (int(x) for x in c.inherit[5:].split(":"))
                near = [k for k in cands if k is not c and k.date and k.tense != "future" and lo <= k.pos < hi
                        and not k.inherit]
                src = min(near, key=lambda k: (k.pos > c.pos, abs(k.pos - c.pos)), default=None)
            elif c.inherit == "gathering":
                src = next((k for k in reversed(done) if k.date and k.type in OCCASIONS and k.tense != "future"), None)
            elif c.inherit.startswith("ref:"):
                src = next((k for k in reversed(done) if k.date and k.type == c.inherit[4:]), None)
            elif c.inherit == "previous":
                k = next((k for k in reversed(done) if k.date and k.tense != "future"), None)
                if k is not None and k.pos < c.pos and c.pos - k.end <= SEQUEL_GAP and \
                        "\n" not in text[min(k.end, c.pos):c.pos].strip():
                    src = k
                    c.cap = "year"
            if src is not None:
                c.date = _capped(src.date, c.cap)
        elif c.date is None and c.past and not (c.known or c.definite or c.needs_date or c.fallback):
            src = _narrative_source(c, done, text)
            if src is not None:  # "... in early December. He and Ramaphosa signed agreements ...": the same time
                c.date = src.date
        done.append(c)


def _capped(value: str | None, cap: str | None) -> str | None:
    if value is None or cap is None:
        return value
    return value[:4] if cap == "year" else value[:7]


def _narrative_source(c: Cand, done: list[Cand], text: str) -> Cand | None:
    """The dated past event told just before ``c`` in the same paragraph, at most one sentence back."""
    k = next((k for k in reversed(done) if k.date and k.tense != "future"), None)
    if k is None or k.pos >= c.pos or "\n" in text[k.pos:c.pos] or k.type == c.type:
        return None  # (an event of the same kind told again is merged with it, not dated by it)
    between = text[k.end:c.pos]
    return k if sum(between.count(p) for p in (". ", "? ", "! ")) <= 1 else None
