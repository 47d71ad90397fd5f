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

from typing import Iterator

from dyad.extract.dates import document_anchor, find_dateline, find_dates, resolve
from dyad.extract.events.args import entities
from dyad.extract.events.candidates import sentence_candidates
from dyad.extract.events.lexicon import Cand, load_lexicon
from dyad.extract.events.links import inherit_dates
from dyad.extract.events.merge import balance, dedupe
from dyad.records import Event, Span

__all__ = ["extract_events", "load_lexicon"]


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
    text = ctx.text
    anchor, inferred = document_anchor(ctx.document.date, text)
    lex = _for_anchor(load_lexicon("en"), anchor)
    line = find_dateline(text)  # the dateline dates the story, not an event in it
    dates = [d for d in find_dates(text) if not ctx.in_boilerplate(d.start, d.end)
             and not (line is not None and d.start < line.end and line.start < d.end)]
    ents = entities(doc, ctx)
    cands: list[Cand] = []
    for sent in doc.sents:
        if not sent.text.strip() or ctx.in_boilerplate(sent.start_char, sent.end_char):
            continue
        try:
            cands.extend(sentence_candidates(sent, lex, dates, ents))
        except Exception as exc:  # noqa: BLE001 - one odd sentence never loses the document
            ctx.warn(f"events: sentence at {sent.start_char} skipped ({type(exc).__name__}: {exc})")
    cands.sort(key=lambda c: c.pos)
    previous = None
    # "a year later" counts from the event told just before the expression itself
    for c in sorted(cands, key=lambda c: c.date_expr.start if c.date_expr is not None else c.pos):
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
    for c in cands:
        if c.date and c.cap:
            c.date = c.date[:4] if c.cap == "year" else c.date[:7]
    inherit_dates(cands, text)
    cands = [c for c in cands if not ((c.fallback or c.needs_date) and c.date is None)]
    for c in dedupe(cands):
        c.start, c.end = balance(text, c.start, c.end, c.pos)
        conf = c.strength + (0.1 if c.date else 0.0) + (0.05 if c.participants else 0.0)
        if inferred and c.date_expr is not None and not c.date_expr.absolute:
            conf -= 0.1
        yield Event(
            doc_id=ctx.doc_id, start_char=c.start, end_char=c.end, type=c.type, date=c.date,
            date_text=c.date_text, date_span=c.date_span, participants=tuple(c.participants),
            place=c.place, trigger=c.trigger, extractor="events", confidence=round(min(0.95, max(0.05, conf)), 2),
        )


def _for_anchor(lex: dict, anchor: str | None) -> dict:
    """The lexicon with only the known events whose background reading holds at the document's
    date ("from"/"until": first and last year it applies: "sanctions on Russia" mean the 2014
    ones in a 2017 piece, not in a 2023 one). Undated documents keep every reading."""
    year = int(anchor[:4]) if anchor and anchor[:4].isdigit() else None

    def holds(k: dict) -> bool:
        return (k.get("from") is None or k["from"] <= year) and (k.get("until") is None or year <= k["until"])

    if year is None or all(holds(k) for k in lex["known_events"]):
        return lex
    return dict(lex, known_events=[k for k in lex["known_events"] if holds(k)])
