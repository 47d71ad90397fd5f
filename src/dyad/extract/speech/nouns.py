"""Cue-noun patterns of reported speech ("the position of X that P", "X's view is that P").

Used by ``dyad.extract.speech.extractor`` beside the verb and quote rules of ``speech.rules``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterator

from dyad.extract.context import doc_text, token_forms
from dyad.extract.speech.lexicon import speech_lexicon
from dyad.extract.speech.clauses import span_of, subtree_span, that_clause
from dyad.extract.speech.rules import Candidate
from dyad.extract.speech.speakers import is_speakerlike, speaker_phrase

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["noun_candidates"]


def noun_candidates(doc: "Doc") -> Iterator[Candidate]:
    """'the position of X that P', "X's claims that P", 'This is the opinion of X' (content = previous sentence)."""
    lex = speech_lexicon()
    wanted = set(lex["nouns"])
    for tok in [doc[i] for i, lm in enumerate(token_forms(doc)[0]) if lm in wanted]:
        if tok.pos_ != "NOUN" or tok.lemma_.lower() not in lex["nouns"]:
            continue
        holder = next((c for c in tok.children if c.dep_ == "poss"), None)
        if holder is None:
            of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
            holder = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
        if holder is None:
            continue
        phrase = speaker_phrase(holder)
        if not is_speakerlike(phrase) or phrase.root.lower_ in ("its", "their", "his", "her"):
            continue
        clause = that_clause(tok)
        if clause is not None and clause.dep_ not in ("relcl",) and any(m.lower_ == "that" and m.dep_ == "mark" for m in clause.children):
            yield Candidate(*subtree_span(clause), "indirect", span_of([tok]), phrase, 0.7, "noun_that")
            continue
        # "X's view is that P", "The position of X is that P"
        if tok.dep_ == "nsubj" and tok.head.lemma_ == "be" and tok.head.i > tok.i:
            vclause = next((c for c in tok.head.children if c.dep_ in ("ccomp", "attr") and c.i > tok.head.i
                            and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
            if vclause is not None:
                yield Candidate(*subtree_span(vclause), "indirect", span_of([tok, tok.head]), phrase, 0.7, "noun_is_that")
                continue
        # "agreed with the position of X that P": the that-clause hangs on the verb
        if tok.dep_ == "pobj" and tok.head.dep_ == "prep":
            verb = tok.head.head
            vclause = that_clause(verb)
            if vclause is not None and vclause.left_edge.i == phrase.end:
                yield Candidate(*subtree_span(vclause), "indirect", span_of([tok]), phrase, 0.65, "noun_verb_that")
                continue
        # "This is the opinion of X": the previous sentence
        sent = tok.sent
        first = [t for t in sent if not t.is_space][:3]
        if (tok.lemma_.lower() in lex["opinion_nouns"] and first and first[0].lower_ in ("this", "that", "such")
                and len(first) > 1 and first[1].lemma_ == "be" and tok.i - first[0].i <= 4 and sent.start > 0):
            prev = doc[sent.start - 1].sent
            if "\n\n" in doc_text(doc)[prev.end_char:sent.start_char] or not prev.text.strip():
                continue
            yield Candidate(prev.start_char, prev.end_char, "indirect", (first[0].idx, tok.idx + len(tok)),
                            phrase, 0.7, "opinion_prev")
