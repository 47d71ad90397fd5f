"""Attribution phrases of reported speech: 'according to X', 'in the words of X', 'as far as X is concerned'.

Used by ``dyad.extract.speech.extractor`` beside the quote and verb rules of ``speech.rules``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from dyad.extract.context import sentences_with, token_forms
from dyad.extract.speech.lexicon import speech_lexicon
from dyad.extract.speech.clauses import holder_of
from dyad.extract.speech.rules import Candidate
from dyad.extract.speech.speakers import is_speakerlike, speaker_phrase

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["according_candidates"]


def _only_openers(tokens) -> bool:
    lex = speech_lexicon()
    return all(t.is_punct or t.is_space or t.lower_ in lex["discourse_openers"] for t in tokens)


def _attribution_range(doc: "Doc", first: "Token", cue_end: int) -> tuple[int, int]:
    """Content of a sentence attributed by the phrase ``doc[first.i:cue_end]`` ("According to X, P")."""
    sent = first.sent
    before = doc[sent.start:first.i]
    after = doc[cue_end:sent.end]
    if _only_openers(before):
        return after.start_char, after.end_char
    if all(t.is_punct or t.is_space for t in after):
        return sent.start_char, first.idx
    return sent.start_char, sent.end_char


def _past_apposition(doc: "Doc", i: int) -> int:
    """After "according to X", skip ", an economist at Y," describing X (misparsed as the clause's subject)."""
    lex = speech_lexicon()
    if i >= len(doc) or doc[i].text != ",":
        return i
    for j in range(i + 1, min(len(doc), i + 14)):
        if doc[j].text == ",":
            words = doc[i + 1:j]
            if len(words) >= 2 and words[0].lower_ in ("a", "an", "the") and \
                    not any(t.pos_ in ("VERB", "AUX") for t in words) and \
                    any(t.lemma_.lower() in lex["representative_nouns"] or t.lemma_.lower() in lex["expert_descriptions"]
                        for t in words):
                return j
            return i
        if doc[j].is_sent_start or doc[j].text in (";", ":", "\u2014"):
            return i
    return i


def according_candidates(doc: "Doc") -> Iterator[Candidate]:
    """'According to X, P', 'P, according to X', 'A, according to X, B'; 'In the words of X, P';
    'As far as X is concerned, P'. A document as source ("according to a statement by X") names X."""
    lex = speech_lexicon()
    lowers = token_forms(doc)[1]
    for tok in (doc[i] for i, w in enumerate(lowers) if w in ("according", "in")):
        if tok.lower_ == "according" and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            to = doc[tok.i + 1]
            pobj = next((c for c in to.children if c.dep_ == "pobj"), None)
            if pobj is None:
                continue
            phrase = speaker_phrase(pobj)
            cue_end = phrase.end
            if pobj.pos_ == "NOUN" and pobj.lemma_.lower() in lex["document_nouns"]:
                holder = holder_of(pobj)
                if holder is not None and is_speakerlike(speaker_phrase(holder)):
                    phrase = speaker_phrase(holder)
                    cue_end = max(phrase.end, pobj.i + 1)
            # "according to officials familiar with the matter": the modifiers belong to the source
            start, end = _attribution_range(doc, tok, _past_apposition(doc, max(cue_end, pobj.right_edge.i + 1)))
            yield Candidate(start, end, "according_to", (tok.idx, doc[cue_end - 1].idx + len(doc[cue_end - 1])),
                            phrase, 0.85, "according")
        elif tok.lower_ == "in" and tok.dep_ == "prep":
            # "In the words of X, P", "In X's view, P"
            pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
            if pobj is None or pobj.lemma_.lower() not in lex["in_words_nouns"] or pobj.pos_ != "NOUN":
                continue
            if not any(c.dep_ in ("det", "poss") for c in pobj.children):
                continue  # "in view of the sanctions" is a cause, not a source
            holder = holder_of(pobj)
            if holder is None or holder.lower_ in lex["first_person"]:
                continue
            phrase = speaker_phrase(holder)
            if not is_speakerlike(phrase) or phrase.root.lower_ in ("its", "their", "his", "her"):
                continue
            cue_end = max(phrase.end, pobj.i + 1)
            start, end = _attribution_range(doc, tok, cue_end)
            yield Candidate(start, end, "according_to", (tok.idx, doc[cue_end - 1].idx + len(doc[cue_end - 1])),
                            phrase, 0.75, "in_words")
    yield from _for_and_put_it(doc)
    for sent in sentences_with(doc, _AS_FAR_AS):
        m = re.search(r"\b[Aa]s far as (.+?) (?:is|are|was|were) concerned\b\s*,?", sent.text)
        if not m:
            continue
        cue_s, cue_e = sent.start_char + m.start(), sent.start_char + m.end()
        before = [t for t in sent if t.idx < cue_s]
        if not _only_openers(before):
            continue
        ph = doc.char_span(sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="expand")
        if ph is None:
            continue
        yield Candidate(cue_e, sent.end_char, "according_to", (cue_s, sent.start_char + m.end(0) - (1 if m.group(0).endswith(",") else 0)),
                        ph, 0.8, "as_far_as")


_FOR_X = re.compile(r"^(?:But\s+|And\s+|Yet\s+)?For\s+((?:[A-Z][\w'\u2019.-]+\s?){1,4}),\s+")
_PUT_IT = re.compile(r"^(?:But\s+|And\s+)?[Aa]s\s+(.{2,60}?)\s+(?:has\s+|have\s+|had\s+)?"
                     r"(?:put|puts|phrased|phrases)\s+it(?:\s+[^,.;]{1,50})?,\s+")
_AS_X_SAYS = re.compile(r"^(?:But\s+|And\s+)?[Aa]s\s+(?!I\b|we\b)(.{2,60}?)\s+(?:has\s+|have\s+|had\s+)?"
                        r"(?:notes?|noted|argues?|argued|writes|wrote|written|observes?|observed|points?\s+out|"
                        r"pointed\s+out|says|said|warns?|warned|explains?|explained|shown|showed|shows|suggests?|"
                        r"suggested|concludes?|concluded|reminds?\s+us|reminded\s+us)(?:\s+[^,.;]{1,50})?,\s+")


def _for_and_put_it(doc: "Doc") -> Iterator[Candidate]:
    """'For Jane Roe, P' (a named person's reading) and 'As one diplomat put it, P'."""
    for sent in sentences_with(doc, _FOR_OR_PUT):
        text = sent.text
        for rx, person_only, conf, rule in ((_FOR_X, True, 0.7, "for_person"), (_PUT_IT, False, 0.8, "put_it"),
                                             (_AS_X_SAYS, False, 0.8, "put_it")):
            m = rx.match(text)
            if not m:
                continue
            ph = doc.char_span(sent.start_char + m.start(1), sent.start_char + m.end(1), alignment_mode="contract")
            if ph is None or not len(ph) or len(text) - m.end() < 12:
                continue
            if person_only and not any(e.label_ == "PERSON" for e in ph.ents):
                continue  # "For Japan, the islands matter": a stake, not a statement
            if not person_only and not is_speakerlike(ph):
                continue
            cue_end = sent.start_char + m.end() - 2
            yield Candidate(sent.start_char + m.end(), sent.end_char, "according_to",
                            (sent.start_char, cue_end), ph, conf, rule)


_AS_FAR_AS = re.compile(r"\b[Aa]s far as\b")
_FOR_OR_PUT = re.compile(r"(?:^|[.!?\n]\s*)(?:But |And |Yet )?(?:For [A-Z]|[Aa]s )")
