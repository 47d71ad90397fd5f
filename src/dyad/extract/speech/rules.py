"""Candidate reported-speech patterns over a dependency parse (used by ``statements``).

Each rule yields ``Candidate`` objects: content, cue and speaker phrase as character
offsets, with the speaker still unresolved. ``dyad.extract.speech.extractor`` names the
speakers, removes duplicates and builds the records.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from dyad.extract.context import doc_text, token_ends, token_forms, token_starts
from dyad.extract.speech.clauses import (
    clause_range,
    content_of_pobj,
    holder_of,
    irrealis_or_negated,
    is_question,
    noun_that_clause,
    span_of,
    subject_of,
    subtree_span,
    that_clause,
    trim,
)
from dyad.extract.speech.lexicon import speech_lexicon
from dyad.extract.speech.quotes import Quote
from dyad.extract.speech.speakers import is_speakerlike, speaker_phrase

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Span as SpacySpan, Token

__all__ = ["Candidate", "quote_candidates", "verb_candidates"]

@dataclass
class Candidate:
    start: int
    end: int
    kind: str
    cue: tuple[int, int]
    speaker: "SpacySpan | None"
    confidence: float
    rule: str
    name: str | None = None  # resolved later
    extra_keep: list[tuple[int, int]] = field(default_factory=list)


# ---------------------------------------------------------------------- direct quotes
_SPLIT_GAP = re.compile(r"^[^.!?;:\n\"\u201c\u201d]{0,80},\s*$")
_SENTENCE_END = re.compile(r"[.!?][\"\u201d\u2019]?\s*$")


def _verb_after(doc: "Doc", q: Quote, text: str | None = None) -> "Token | None":
    """A speech verb within a few tokens after the quote, on the same line ('...," the expert said')."""
    lex = speech_lexicon()
    text = doc.text if text is None else text  # Doc.text rebuilds the string: pass it when known
    starts = token_starts(doc)
    k = bisect.bisect_left(starts, q.end)
    k = k if k < len(starts) else None
    if k is None or "\n" in text[q.end:doc[k].idx]:
        return None
    for t in doc[k:k + 10]:
        if t.is_punct and t.text not in ("-",) and t.i > k:
            return None
        if t.text in "\n" or t.is_space:
            return None
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lex["verbs"]:
            return t
    return None


def _continues(text: str, prev: Quote, q: Quote) -> bool:
    """``q`` opens a new sentence in the same paragraph right after ``prev`` and its attribution."""
    gap = text[prev.end:q.start]
    if "\n" in gap or len(gap) > 120:
        return False
    before = text[prev.inner_start:q.start]
    return bool(_SENTENCE_END.search(before)) and sum(gap.count(c) for c in ".!?") <= 1


def quote_candidates(doc: "Doc", quotes: list[Quote], used: set[int]) -> Iterator[Candidate]:
    """Quoted passages attributed by a speech verb right after ("...," X said) or before (X said: "...").

    A quote interrupted by its cue ('"A," X said, "b."') is one statement over the whole
    sentence; a quote that opens the next sentence of the same paragraph without a cue of
    its own ('"A," he said. "B."') continues the same speaker.
    """
    lex = speech_lexicon()
    text = doc_text(doc)
    ends = token_ends(doc)
    consumed: set[int] = set()
    attributed: dict[int, tuple[tuple[int, int], "SpacySpan"]] = {}
    for qi, q in enumerate(quotes):
        if qi in consumed:
            continue
        short = len(text[q.inner_start:q.inner_end].split()) < 3
        verb = _verb_after(doc, q, text)
        content = trim(text, q.inner_start, q.inner_end)
        if verb is not None:
            subj = subject_of(verb)
            if subj is not None and subj.idx >= q.end:
                phrase = speaker_phrase(subj)
                cs, ce = span_of([doc[min(phrase.start, verb.i)], doc[max(phrase.end - 1, verb.i)]])
                nxt = quotes[qi + 1] if qi + 1 < len(quotes) else None
                inner = text[q.inner_start:q.inner_end].rstrip()
                if nxt is not None and _SPLIT_GAP.match(text[ce:nxt.start]) and (
                        inner.endswith(",") or text[nxt.inner_start:nxt.inner_start + 1].islower()):
                    used.add(verb.i)
                    consumed.add(qi + 1)
                    attributed[qi + 1] = ((cs, ce), phrase)
                    yield Candidate(*trim(text, q.inner_start, nxt.inner_end), "direct_quote", (cs, ce), phrase, 0.9,
                                    "quote_split")
                    continue
                if short:
                    continue
                used.add(verb.i)
                attributed[qi] = ((cs, ce), phrase)
                yield Candidate(*content, "direct_quote", (cs, ce), phrase, 0.9, "quote_after")
                continue
        if short:
            continue
        if verb is None and qi - 1 in attributed and _continues(text, quotes[qi - 1], q):
            cue, phrase = attributed[qi - 1]
            attributed[qi] = (cue, phrase)
            yield Candidate(*content, "direct_quote", cue, phrase, 0.75, "quote_continued")
            continue
        # before: 'X said: "..."' / 'X said that "..."'
        b = bisect.bisect_right(ends, q.start) - 1
        b = b if b >= 0 else None
        if b is None:
            continue
        j = b
        while j >= 0 and j > b - 3 and (doc[j].text in (":", ",", "that") or doc[j].is_space):
            j -= 1
        if j < 0 or "\n" in text[doc[j].idx:q.start]:
            continue
        t = doc[j]
        if t.pos_ in ("VERB", "AUX") and t.lemma_.lower() in lex["verbs"] and not irrealis_or_negated(t):
            subj = subject_of(t)
            if subj is None:
                continue
            phrase = speaker_phrase(subj)
            if phrase.end <= t.i and t.i - phrase.end <= 3:
                cue = span_of([doc[phrase.start], t])
            else:
                cue = span_of([t])
            used.add(t.i)
            attributed[qi] = (cue, phrase)
            # a quote that starts right after the cue and runs on: the whole quote is the content
            yield Candidate(*content, "direct_quote", cue, phrase, 0.85, "quote_before")


# ---------------------------------------------------------------------- verbs
def verb_candidates(doc: "Doc", used: set[int]) -> Iterator[Candidate]:
    """Speech verbs with a that-clause, 'pointed to X', 'drew attention to X', 'called X Y', etc."""
    lex = speech_lexicon()
    wanted = {"make"} | set(lex["express_verbs"]) | set(lex["attention_verbs"]) | set(lex["call_verbs"]) | \
        set(lex["compare_verbs"]) | set(lex["finding_verbs"]) | set(lex["verbs"]) | set(lex["prep_verbs"])
    lemmas = token_forms(doc)[0]
    for tok in [doc[i] for i, lm in enumerate(lemmas) if lm in wanted]:  # Tokens only for the cue verbs
        if tok.i in used or tok.pos_ not in ("VERB", "AUX"):
            continue
        lemma = tok.lemma_.lower()
        if irrealis_or_negated(tok):
            continue
        # X made it clear that P
        if lemma == "make" and tok.i + 2 < len(doc) and doc[tok.i + 1].lower_ == "it" and doc[tok.i + 2].lower_ in ("clear", "plain"):
            clear = doc[tok.i + 2]
            clause = next((d for d in tok.sent if d.i > clear.i and d.dep_ == "mark" and d.lower_ == "that"), None)
            subj = subject_of(tok)
            if clause is not None and subj is not None and clause.i <= clear.i + 2:
                head = clause.head
                yield Candidate(*subtree_span(head), "indirect", span_of([tok, clear]), speaker_phrase(subj), 0.8, "make_clear")
            continue
        # X expressed hope/confidence that P
        if lemma in lex["express_verbs"]:
            obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in lex["express_objects"]), None)
            subj = subject_of(tok)
            if obj is not None and subj is not None:
                clause = that_clause(obj) or that_clause(tok)
                if clause is not None and clause.i > obj.i:
                    yield Candidate(*clause_range(tok, clause), "indirect", span_of([tok, obj]),
                                    speaker_phrase(subj), 0.8, "express")
            continue
        # X drew attention to Y
        if lemma in lex["attention_verbs"]:
            obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() == "attention"), None)
            prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            if prep is None and obj is not None:
                prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "to"), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            subj = subject_of(tok)
            if obj is not None and pobj is not None and subj is not None:
                yield Candidate(*content_of_pobj(pobj), "indirect", span_of([tok, prep]), speaker_phrase(subj),
                                0.7, "attention")
                continue
        # X called Y Z / described Y as Z
        if lemma in lex["call_verbs"]:
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            pred = next((c for c in tok.children if c.dep_ == "oprd"), None)
            if pred is None and obj is not None:
                as_ = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "as" and c.i > obj.i), None)
                pred = as_
            subj = subject_of(tok)
            if obj is not None and pred is not None and pred.i > obj.i and subj is not None:
                yield Candidate(obj.left_edge.idx, subtree_span(pred)[1], "indirect", span_of([tok]), speaker_phrase(subj),
                                0.7, "call")
                continue
        # "X compared Y to Z" / "likened Y to Z": content "Y to Z"
        if lemma in lex["compare_verbs"] and any(c.dep_ == "nsubj" for c in tok.children):
            obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
            to = next((c for c in list(tok.children) + (list(obj.children) if obj is not None else [])
                       if c.dep_ == "prep" and c.lower_ in ("to", "with")), None)
            subj = subject_of(tok)
            if obj is not None and to is not None and to.i > obj.i and subj is not None \
                    and any(c.dep_ == "pobj" for c in to.children):
                yield Candidate(obj.left_edge.idx, subtree_span(to)[1], "indirect", span_of([tok]), speaker_phrase(subj),
                                0.7, "compare")
            continue
        # "A survey by X found that P", "X Research found that P": findings are the pollster's statements
        if lemma in lex["finding_verbs"] and lemma not in lex["verbs"]:
            cand = _finding(tok)
            if cand is not None:
                yield cand
            continue
        if lemma not in lex["verbs"] and lemma not in lex["prep_verbs"]:
            continue
        subj = subject_of(tok)
        if subj is None:
            continue
        speaker = speaker_phrase(subj)
        if subj.pos_ == "NOUN" and (subj.lemma_.lower() in lex["communication_nouns"]
                                    or subj.lemma_.lower() in lex["finding_nouns"]):
            holder = holder_of(subj)  # "a statement from the ministry said ...": the ministry speaks
            if holder is not None and is_speakerlike(speaker_phrase(holder)):
                speaker = speaker_phrase(holder)
        if tok.dep_ == "parataxis" and lemma in lex["verbs"] and tok.head.i != tok.i and subj.i < tok.i:
            cand = _interrupting(doc, tok, subj)
            if cand is not None:
                yield cand
                continue
        if is_question(tok):
            continue  # a question asks, it does not report ("Did Abe say that ...?")
        if any(c.lower_ == "you" and c.dep_ in ("dobj", "dative") for c in tok.children):
            continue  # "which tells you how much ...": the writer's aside, not a report
        clause = that_clause(tok) if lemma in lex["verbs"] else None
        if clause is None and lemma in lex["verbs"]:
            clause = noun_that_clause(tok, {"objects": lex["report_objects"], "documents": lex["document_nouns"]})
        if clause is not None and (clause.dep_ != "relcl" or clause.head is not tok):
            start, end = clause_range(tok, clause)
            if start > tok.idx or end <= tok.idx:
                cue_toks = [tok] + [c for c in tok.children if c.dep_ == "prt"]
                yield Candidate(start, end, "indirect", span_of(sorted(cue_toks, key=lambda t: t.i)),
                                speaker, 0.8, "verb_that")
                continue
        if lemma in lex["urge_verbs"]:
            # "urged both sides to show restraint", "called on Tokyo to lift the sanctions"
            xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i), None)
            addressee = next((c for c in tok.children if c.dep_ == "dobj" or
                              (c.dep_ == "prep" and c.lower_ in ("on", "upon"))), None)
            if xcomp is not None and addressee is not None and addressee.i < xcomp.i:
                if addressee.dep_ == "dobj":
                    start = addressee.left_edge.idx
                else:
                    start = next((c.left_edge.idx for c in addressee.children if c.dep_ == "pobj"), xcomp.left_edge.idx)
                yield Candidate(start, subtree_span(xcomp)[1], "indirect",
                                span_of([tok] + ([addressee] if addressee.dep_ == "prep" else [])),
                                speaker_phrase(subj), 0.7, "urge")
                continue
        if lemma in lex["commit_verbs"] and tok.dep_ not in ("xcomp", "amod", "acl"):
            # "X has promised to repair relations": the commitment is reported speech
            xcomp = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i
                          and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)
            if xcomp is not None and not any(c.dep_ == "dobj" for c in tok.children):
                yield Candidate(xcomp.left_edge.idx, subtree_span(xcomp)[1], "indirect", span_of([tok]), speaker, 0.7,
                                "commit")
                continue
        preps = lex["prep_verbs"].get(lemma)
        if not preps:
            continue
        prep = next((c for c in tok.children if c.dep_ in ("prep", "prt") and c.lower_ in preps), None)
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
        if pobj is None:
            continue
        if lemma in lex["topic_verbs"]:
            if tok.dep_ != "ROOT" or tok.tag_ not in ("VBD", "VBZ", "VBP"):
                continue  # "Speaking about X, Y said ..." frames, it does not report
            sent = tok.sent
            last = [t for t in sent if not t.is_punct and not t.is_space]
            nxt = doc[sent.end] if sent.end < len(doc) else None
            if last and pobj.right_edge.i >= last[-1].i and nxt is not None and "\n\n" not in doc_text(doc)[sent.end_char:nxt.idx] \
                    and not any(t.lemma_.lower() in lex["verbs"] and t.pos_ == "VERB" for t in nxt.sent):
                nsent = nxt.sent
                yield Candidate(nsent.start_char, nsent.end_char, "indirect", span_of([tok, prep]),
                                speaker_phrase(subj), 0.6, "topic_next")
                continue
        yield Candidate(*content_of_pobj(pobj), "indirect", span_of([tok, prep]), speaker_phrase(subj), 0.65,
                        "verb_prep")


def _interrupting(doc: "Doc", verb: "Token", subj: "Token") -> Candidate | None:
    """'The talks, officials said, were constructive' (the whole sentence) and 'Ties are improving, he said'
    (the words before the cue): a speech verb set off by commas inside or after the clause it reports."""
    sent = verb.sent
    left = subj.left_edge.i
    right = max(verb.i, max((c.right_edge.i for c in verb.children if c.dep_ in ("prep", "npadvmod", "advmod")
                             and c.i > verb.i), default=verb.i))
    if left <= sent.start or doc[left - 1].text not in (",", "—", "–"):
        return None
    rest = [t for t in doc[right + 1:sent.end] if not t.is_space]
    if any(t.text in ('"', "“", "”") for t in sent):
        return None  # quotations have their own rules
    cue = span_of([doc[left], doc[right]])
    if verb.head.i > verb.i:  # interrupting: the whole sentence is reported
        if not rest or rest[0].text not in (",", "—", "–"):
            return None
        return Candidate(sent.start_char, sent.end_char, "indirect", cue, speaker_phrase(subj), 0.75,
                         "verb_interrupt")
    if rest and not all(t.is_punct for t in rest):
        return None  # trailing: nothing but the full stop may follow
    return Candidate(sent.start_char, doc[left - 1].idx, "indirect", cue, speaker_phrase(subj), 0.75,
                     "verb_after")


def _finding(verb: "Token") -> Candidate | None:
    """'A survey by X found that P' (X speaks), 'X Research found that P' (an organisation's finding)."""
    lex = speech_lexicon()
    subj = subject_of(verb)
    clause = that_clause(verb)
    if subj is None or clause is None or clause.i < verb.i or is_question(verb):
        return None
    speaker = None
    if subj.pos_ == "NOUN" and subj.lemma_.lower() in lex["finding_nouns"]:
        for c in subj.children:
            holder = None
            if c.dep_ == "poss" and c.lower_ not in ("its", "their", "his", "her", "our", "my"):
                holder = c
            elif c.dep_ == "prep" and c.lower_ in ("by", "from", "of"):
                holder = next((p for p in c.children if p.dep_ == "pobj"), None)
                if holder is not None and c.lower_ == "of" and not (
                        holder.pos_ == "PROPN" or holder.ent_type_ == "ORG"
                        or any(a.dep_ == "appos" and a.ent_type_ == "ORG" for a in holder.children)):
                    holder = None  # "a survey of 1,000 voters": the sample, not the pollster
            if holder is not None and is_speakerlike(speaker_phrase(holder)):
                speaker = speaker_phrase(holder)
                break
    elif subj.pos_ == "PROPN" and subj.ent_type_ in ("ORG", "PERSON"):  # "X Research found", "Park (2022) finds"
        speaker = speaker_phrase(subj)
    if speaker is None:
        return None
    return Candidate(*clause_range(verb, clause), "indirect", span_of([verb]), speaker, 0.7, "finding")
