"""Statement extraction: reported speech with speaker, cue and content.

Patterns (see ``speech.rules``): quoted passages with a speech verb before or after;
speech verbs with a that-clause ("X noted that P"); 'according to X' and 'as far as X
is concerned'; cue nouns ("the position of X that P", "X's claims that P", "This is the
opinion of X"); 'made it clear', 'expressed hope that', 'drew attention to', 'pointed
to', 'called Y Z' and 'spoke about' (whose content is the following sentence).
News-wire forms too: quotes interrupted by their cue ('"A," X said, "b."': one statement over
the sentence), quotes continued in the next sentence, "said in a statement that", "urged Y to",
"called for", "according to a statement by X", "in the words of X", "X's view is that".
Beliefs and wishes ("sees", "wants", "would like"), questions, hypotheticals ("could say")
and headlines are not speech and are not taken.

Speakers are resolved to persons from ``ctx.persons`` (or spaCy PERSON entities when
there are none), to states and organisations, to ``"author"`` for the first person,
or kept as a collective noun phrase ("political observers"). Pronouns and
descriptions ("he", "the expert") take the person mentioned last outside quotations
and reported content.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING, Iterator

from dyad.extract.context import doc_text
from dyad.ingest.metadata import interview_answers
from dyad.extract.speech.acts import act_candidates, frame_candidates
from dyad.extract.speech.attribution import according_candidates
from dyad.extract.speech.lexicon import speech_lexicon
from dyad.extract.speech.nouns import noun_candidates
from dyad.extract.speech.quotes import find_quotes
from dyad.extract.speech.clauses import extend_dangling, trim
from dyad.extract.speech.rules import Candidate, quote_candidates, verb_candidates
from dyad.extract.speech.speakers import SpeakerResolver, is_speakerlike
from dyad.records import Span, Statement

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from dyad.extract.context import DocContext

__all__ = ["extract_statements", "MIN_CONTENT_CHARS"]

MIN_CONTENT_CHARS = 8
_EXTRACTOR = "statements"


def _overlap_half(a: Candidate, b: Candidate) -> bool:
    o = min(a.end, b.end) - max(a.start, b.start)
    if o <= 0:
        return False
    return o / max(1, min(a.end - a.start, b.end - b.start)) >= 0.5


def _in_headline(text: str, pos: int, title: str | None) -> bool:
    """Whether ``pos`` lies on the title line or on a title-cased line without final punctuation."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    line = text[ls:le if le >= 0 else len(text)].strip()
    if not line:
        return False
    if title and line == title.strip():
        return True
    if line[-1] in ".!?:;\"\u201d\u2019)":
        return False
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'\u2019-]*", line) if len(w) > 3]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _skip_leading_date(doc: "Doc", start: int, end: int) -> int:
    """'said on Monday that ...' parsed into the clause: the date before the reported words is not content."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return start
    i = span.start
    if doc[i].lower_ in ("on", "in", "at", "during", "earlier", "late", "early", "last", "this") and \
            doc[i + 1].ent_type_ in ("DATE", "TIME"):
        i += 1
    if doc[i].ent_type_ not in ("DATE", "TIME") or i > span.start + 1:
        return start
    while i < span.end - 1 and doc[i].ent_type_ in ("DATE", "TIME") and doc[i].ent_iob_ != "O":
        i += 1
        if doc[i].ent_iob_ == "B":
            break
    while i < span.end - 1 and doc[i].text in (",", "that"):
        i += 1
    nxt = doc[i]
    if nxt.pos_ in ("PRON", "DET", "PROPN", "NOUN", "ADJ", "NUM") and span.end_char - nxt.idx >= MIN_CONTENT_CHARS:
        return nxt.idx
    return start


def _uncued_quotes(doc: "Doc", ctx: "DocContext", quotes: list, named: list[Candidate]) -> list[Candidate]:
    """A sentence that is nothing but a quotation, right after a sentence whose speaker is named
    (same paragraph): the same speaker goes on ('He cautioned that P. "Q."')."""
    text = doc_text(doc)
    out: list[Candidate] = []
    for q in quotes:
        if any(c.start <= q.inner_start < c.end or q.inner_start <= c.start < q.inner_end for c in named):
            continue
        span = doc.char_span(q.inner_start, q.inner_end, alignment_mode="expand")
        if span is None or not len(span) or len(text[q.inner_start:q.inner_end].split()) < 4:
            continue
        sent = span[0].sent
        line_end = text.find("\n", q.end)
        sent_end = min(sent.end_char, line_end) if line_end >= 0 else sent.end_char
        line_start = text.rfind("\n", 0, q.start) + 1
        lo, hi = min(max(sent.start_char, line_start), q.start), max(sent_end, q.end)
        rest = (text[lo:q.start] + text[q.end:hi]).strip(" .,;:")
        if rest or sent.start == 0 or ctx.in_boilerplate(q.start, q.end):
            continue  # words outside the quote (a cue, a frame) or nothing before it
        prev = doc[sent.start - 1].sent
        if "\n\n" in text[prev.end_char:sent.start_char] or "\n\n" in text[prev.start_char:prev.end_char]:
            continue
        src = [c for c in named if prev.start_char <= c.cue[0] < prev.end_char and c.name and c.name != "author"]
        if len({c.name for c in src}) != 1:
            continue
        c = src[-1]
        start, end = trim(text, q.inner_start, q.inner_end)
        out.append(replace(c, start=start, end=end, kind="direct_quote",
                           confidence=round(min(c.confidence, 0.7) - 0.1, 2), rule="quote_next"))
    return out


def _it_speaks(c: Candidate) -> bool:
    """'It added that P': an institution's pronoun as the subject of a verb of saying."""
    return c.speaker is not None and len(c.speaker) == 1 and c.speaker.root.lower_ == "it" \
        and c.rule in ("verb_that", "quote_after", "quote_before", "verb_after", "verb_interrupt") \
        and c.speaker.root.dep_ == "nsubj"


_JOINT_DOCUMENTS = frozenset({"declaration", "communique", "communiqué", "statement", "agreement", "memorandum"})


def _document_anaphor(c: Candidate) -> bool:
    """'according to the statement', 'the declaration notes that P': a definite communication noun
    without its own source."""
    root = c.speaker.root
    return (c.rule in ("according", "verb_that", "verb_interrupt", "verb_after") and root.pos_ == "NOUN" and root.lemma_.lower() in speech_lexicon()["communication_nouns"]
            and any(t.dep_ == "det" and t.lower_ in ("the", "this", "that") or t.lower_ == "joint" for t in root.children)
            and not any(t.dep_ in ("poss", "prep") for t in root.children))


def _earlier_source(doc: "Doc", c: Candidate, named: list[Candidate]) -> list[Candidate]:
    """The statements of the latest earlier sentence that names the document ``c`` refers back to."""
    lemma = c.speaker.root.lemma_.lower()
    for prev in reversed(named):
        if prev.cue[0] >= c.cue[0]:
            continue
        span = doc.char_span(prev.cue[0], prev.cue[1], alignment_mode="expand")
        if span is None or not len(span):
            continue
        sent = span[0].sent
        if sent.start_char <= c.cue[0] < sent.end_char:
            continue  # the document's issuer is named before the sentence that cites it
        if any(t.lemma_.lower() == lemma and t.pos_ == "NOUN" for t in sent):
            return [p for p in named if p.cue == prev.cue]
    return []


class _AuthorVoices:
    """Who "I" is: the interviewee inside a Q&A interview's answers, else the byline's authors."""

    def __init__(self, ctx: "DocContext"):
        self.ctx = ctx
        self._interview = None
        self._read = False

    def at(self, pos: int) -> list[str]:
        if not self._read:
            self._interview, self._read = interview_answers(self.ctx.text), True
        if self._interview is not None and any(a.start <= pos < a.end for a in self._interview[1]):
            return [self._interview[0]]
        return list(self.ctx.document.authors) or ["author"]


def _candidates(doc: "Doc", ctx: "DocContext") -> tuple[list[Candidate], list]:
    quotes = find_quotes(doc_text(doc), ctx.warn)
    used: set[int] = set()
    cands = list(quote_candidates(doc, quotes, used))
    cands += list(verb_candidates(doc, used))
    cands += list(act_candidates(doc, used))
    cands += list(according_candidates(doc))
    cands += list(frame_candidates(doc))
    cands += list(noun_candidates(doc))
    return cands, quotes


def _clean(doc: "Doc", ctx: "DocContext", cands: list[Candidate]) -> list[Candidate]:
    text = doc_text(doc)
    out = []
    for c in cands:
        c.start, c.end = trim(text, c.start, c.end)
        if c.kind != "direct_quote":
            c.start, c.end = trim(text, *extend_dangling(doc, c.start, c.end))
            c.start = _skip_leading_date(doc, c.start, c.end)
        if c.end - c.start < MIN_CONTENT_CHARS or c.speaker is None:
            continue
        if not is_speakerlike(c.speaker) and not _document_anaphor(c) and not _it_speaks(c):
            continue
        if ctx.in_boilerplate(c.start, c.end) or ctx.in_boilerplate(*c.cue):
            continue
        if _in_headline(text, c.cue[0], ctx.document.title):
            continue  # "Putin Says Russia Ready to Talk": a headline announces, the body reports
        if c.cue[0] < c.cue[1] and c.start < c.cue[1] and c.cue[0] < c.end and c.kind != "according_to":
            # the cue sits inside its own content only for interrupting 'according to'
            if not (c.start <= c.cue[0] and c.cue[1] <= c.end and c.rule in ("noun_verb_that", "quote_split", "verb_interrupt")):
                continue
        out.append(c)
    # an agreement reported inside someone's statement ("X said the two had agreed to P") is theirs
    out = [c for c in out if c.rule not in ("agree_to", "act_object", "act_of", "emphasis")
           or not any(o is not c and o.start <= c.cue[0] and c.cue[1] <= o.end for o in out)]
    # nothing nested in an attributed direct quote (it is the quoted person's own wording)
    direct = [c for c in out if c.kind == "direct_quote"]
    out = [c for c in out if c.kind == "direct_quote"
           or not any(d.start <= c.cue[0] and c.cue[1] <= d.end for d in direct)]
    return out


def extract_statements(doc: "Doc", ctx: "DocContext") -> Iterator[Statement]:
    """Yield the reported statements of one parsed document.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document text (``doc.text == ctx.text``).
    ctx : DocContext
        Earlier records (persons, states, organisations) and the warning sink.

    Yields
    ------
    Statement
        ``start_char``/``end_char`` delimit the content; ``cue`` and ``speaker_span``
        point at the reporting words and the speaker phrase.
    """
    if not doc_text(doc).strip() or len(doc) == 0:
        return
    cands, quotes = _candidates(doc, ctx)
    cands = _clean(doc, ctx, cands)
    excluded = [(q.inner_start, q.inner_end) for q in quotes] + [(c.start, c.end) for c in cands]
    resolver = SpeakerResolver(doc, ctx, excluded)
    keep = [(c.speaker.start_char, c.speaker.end_char) for c in cands if c.speaker is not None]
    named: list[Candidate] = []
    voices = _AuthorVoices(ctx)
    for c in sorted(cands, key=lambda c: (c.cue[0], c.start)):
        if _document_anaphor(c):  # "according to the statement": whoever issued it
            sources = [src.name for src in _earlier_source(doc, c, named)]
            if not sources and c.speaker.root.lemma_.lower() in _JOINT_DOCUMENTS:
                sources = resolver.main_states(2) or []  # "the declaration states that P": its two parties
            for name in dict.fromkeys(sources):
                named.append(replace(c, name=name, confidence=round(c.confidence - 0.1, 2)))
            continue
        if _it_speaks(c):  # "The ministry said P. It added that Q": the body that spoke just before
            prev = next((p for p in reversed(named) if p.kind != "direct_quote" and 0 < c.cue[0] - p.cue[1] < 400
                         and p.speaker is not None and p.speaker.root.pos_ != "PRON"
                         and not resolver.is_person_name(p.name)), None)
            if prev is not None:
                named.append(replace(c, name=prev.name, confidence=round(c.confidence - 0.1, 2)))
            continue
        group = resolver.group(c.speaker)
        if group:  # "the two governments said": one statement per government
            named.extend(replace(c, name=n) for n in group)
            continue
        who = resolver.resolve(c.speaker, keep)
        if who is None or not who.name:
            continue
        if who.name == "author":  # the byline's voice (an interview's answers: the interviewee's)
            if c.kind == "indirect":
                c.kind = "author_opinion"
            named.extend(replace(c, name=n) for n in voices.at(c.cue[0]))
            continue
        c.name = who.name
        if who.kind == "person" and any(t.pos_ == "PROPN" for t in c.speaker):
            resolver.add_mention(c.speaker.start_char, c.speaker.end_char, who.name)
        if c.speaker.root.lower_ in ("he", "she", "him", "her") or who.kind == "person" and not any(
                t.pos_ == "PROPN" for t in c.speaker):
            c.confidence = round(c.confidence - 0.1, 2)
        named.append(c)
    named.extend(_uncued_quotes(doc, ctx, quotes, named))
    # one statement per speaker and content: the strongest pattern wins
    named.sort(key=lambda c: (-c.confidence, c.start))
    kept: list[Candidate] = []
    for c in named:
        if any(k.name == c.name and _overlap_half(k, c) for k in kept):
            continue
        kept.append(c)
    for c in sorted(kept, key=lambda c: (c.start, c.cue[0])):
        sp = c.speaker
        yield Statement(
            doc_id=ctx.doc_id,
            start_char=c.start,
            end_char=c.end,
            speaker=c.name,
            kind=c.kind,
            cue=Span(*c.cue) if c.cue[0] < c.cue[1] else None,
            speaker_span=Span(sp.start_char, sp.end_char) if sp is not None else None,
            extractor=f"{_EXTRACTOR}:{c.rule}",
            confidence=c.confidence,
        )
