"""Speech acts that take an object rather than a clause, and first-person opinion frames.

- "X accused Y of Z" / "X blamed Y for Z": content "Y of Z" (the accusation as reported);
- "X denied / rejected / condemned / reaffirmed / welcomed the N" where N is a claim,
  a policy or an act: content the object phrase;
- "X agreed / threatened / offered to V ...": content the infinitive clause;
- "In my view, P", "As I wrote last year, P", "From our perspective, P": the author's
  marked opinion (content the rest of the sentence; the speaker is resolved to the byline).

Used by ``dyad.extract.speech.extractor`` beside ``speech.rules``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Iterator

from dyad.extract.context import sentences_with, token_forms
from dyad.extract.speech.clauses import irrealis_or_negated, is_question, span_of, subject_of, subtree_span
from dyad.extract.speech.lexicon import speech_lexicon
from dyad.extract.speech.rules import Candidate
from dyad.extract.speech.speakers import is_speakerlike, speaker_phrase

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["act_candidates", "frame_candidates"]

# the words a first-person frame opens with (a cheap scan before the sentence is read)
_FRAME_OPENERS = re.compile(r"\b(?:[Ii]n (?:my|our)|[Ff]rom (?:my|our)|[Tt]o my|[Aa]s (?:I|we))\b")


def _to_infinitive(tok: "Token") -> "Token | None":
    return next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and c.pos_ in ("VERB", "AUX")
                 and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)), None)


def _conditional(tok: "Token") -> bool:
    """'If the two governments agreed to ...': a condition, not a report."""
    for t in [tok] + list(tok.ancestors)[:2]:
        if any(c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether") for c in t.children):
            return True
    return False


def act_candidates(doc: "Doc", used: set[int]) -> Iterator[Candidate]:
    """Accusations, denials, rejections, reaffirmations and agreements of a speaker-like subject."""
    lex = speech_lexicon()
    acts, objects, agree = lex["act_verbs"], set(lex["act_objects"]), set(lex["agree_verbs"])
    emphasis, emphasis_objects = set(lex["emphasis_verbs"]), set(lex["emphasis_objects"])
    open_acts = set(lex["open_act_verbs"])  # any thing condemned or welcomed (not a person: "welcomed Tamm")
    wanted = set(acts) | agree | emphasis
    lemmas = token_forms(doc)[0]
    for i in [i for i, lm in enumerate(lemmas) if lm in wanted]:  # a Token only for the verbs that may count
        tok = doc[i]
        if tok.i in used or tok.pos_ != "VERB" or tok.dep_ in ("amod", "acl", "relcl"):
            continue
        lemma = lemmas[i]
        if irrealis_or_negated(tok) or is_question(tok) or _conditional(tok):
            continue
        subj = subject_of(tok)
        if subj is None or subj.i > tok.i:
            continue
        speaker = speaker_phrase(subj)
        if not is_speakerlike(speaker):
            continue
        if lemma in agree:
            xcomp = _to_infinitive(tok)
            if xcomp is not None and not any(c.dep_ == "dobj" for c in tok.children):
                yield Candidate(xcomp.left_edge.idx, subtree_span(xcomp)[1], "indirect", span_of([tok]), speaker,
                                0.65, "agree_to")
            continue
        obj = next((c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i), None)
        if obj is None:
            continue
        if lemma in emphasis:
            if obj.lemma_.lower() in emphasis_objects and obj.pos_ == "NOUN" and not any(
                    c.dep_ in ("ccomp",) for c in tok.children):
                yield Candidate(*subtree_span(obj), "indirect", span_of([tok]), speaker, 0.65, "emphasis")
            continue
        preps = acts[lemma]
        if preps:
            prep = next((c for c in list(tok.children) + list(obj.children)
                         if c.dep_ == "prep" and c.lower_ in preps and c.i > obj.i), None)
            if prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
                continue
            yield Candidate(obj.left_edge.idx, subtree_span(prep)[1], "indirect", span_of([tok]), speaker, 0.7,
                            "act_of")
        elif obj.pos_ == "NOUN" and (obj.lemma_.lower() in objects or lemma in open_acts):
            yield Candidate(*subtree_span(obj), "indirect", span_of([tok]), speaker, 0.65, "act_object")


def frame_candidates(doc: "Doc") -> Iterator[Candidate]:
    """'In my view, P', 'As I wrote earlier, P': the rest of the sentence is the author's opinion."""
    frames = sorted(speech_lexicon()["first_person_frames"], key=len, reverse=True)
    first = set(speech_lexicon()["first_person"])
    for sent in sentences_with(doc, _FRAME_OPENERS):
        words = [t for t in sent if not t.is_space]
        if len(words) < 5:
            continue
        # the frame opens the sentence (after a discourse opener such as "But" or "Still")
        k = next((i + 1 for i, t in enumerate(words[:7]) if t.text == ":"), 0)  # after a speaker label "Q:"
        if k >= len(words) - 3:
            continue
        k += 1 if words[k].lower_ in ("but", "and", "still", "yet", "so", "indeed", "again") else 0
        head = " ".join(t.lower_ for t in words[k:k + 6])
        frame = next((f for f in frames if head.startswith(f)), None)
        if frame is None:
            continue
        n = len(frame.split())
        frame_toks = words[k:k + n]
        # "As I wrote last year, P": the frame runs to its comma
        j = k + n
        while j < len(words) and words[j].text != "," and j < k + n + 8 and frame.startswith("as "):
            j += 1
        if j < len(words) and words[j].text == ",":
            j += 1
        elif frame.startswith("as "):
            continue
        rest = words[j:]
        if len(rest) < 3:
            continue
        who = next((t for t in frame_toks if t.lower_ in first), None)
        if who is None:
            continue
        cue_end = words[j - 1] if words[j - 1].text != "," else words[j - 2]
        yield Candidate(rest[0].idx, sent.end_char, "author_opinion", span_of([frame_toks[0], cue_end]),
                        doc[who.i:who.i + 1], 0.8, "first_person_frame")
