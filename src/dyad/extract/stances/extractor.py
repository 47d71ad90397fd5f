"""Stance extraction: each holder's outlook on the relationship, -2 .. 2.

Holders are ``"author"`` (the article's own voice: title, lead, evaluative sentences
outside reported speech) and every person who evaluates the relationship: in the words
of their statements (``ctx.statements``, cue words such as "expressed hope" included),
or as the subject of an attitude ("Abe is committed to ...", "Modi hailed the new
chapter in ties", "the leaders pledged to deepen cooperation"). Evidence comes from the
evaluative lexicon (``lexicons/stance.json``, scored by ``stances.lexicon``) with
negation, hedging and contrast handled, counted only in passages about the relationship
(``stances.scope``).

Each evidence unit (a sentence, or the part of it a holder voices) votes -1 .. 1; a
holder's value is the mean vote, rounded to -2 .. 2 (2 needs several strong votes).
Nothing is emitted for a holder without evidence. The target names the dyad:
``"<a>_<b>_relations_outlook"`` for the document's two main states.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from dyad.extract.speech.lexicon import speech_lexicon
from dyad.ingest.metadata import interview_answers
from dyad.extract.speech.clauses import subject_of
from dyad.extract.context import token_forms
from dyad.extract.stances.lexicon import match_at, stance_lexicon, phrases, token_polarity
from dyad.extract.stances.scope import (
    DEFAULT_TARGET,
    about_relationship,
    answers_context,
    inherits_topic,
    names_any,
    names_other,
    names_party,
    others,
    parties,
    relation_target,
)
from dyad.records import Span, Stance

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from dyad.extract.context import DocContext

__all__ = ["extract_stances", "TARGET", "MIXED_BELOW", "token_polarity"]

TARGET = DEFAULT_TARGET  # when the document has no two parties
# a mean vote closer to 0 than this is a mixed outlook (e.g. two pessimistic units and one optimistic)
MIXED_BELOW = 0.35
# the article's own voice counts more in its title, its lead and its conclusion
TITLE_WEIGHT, LEAD_WEIGHT = 2.0, 1.5
# a unit naming the outlook itself (optimistic, pessimistic)
OUTLOOK_WEIGHT = 2.0
# statements whose content stands in the text on its own (the author says it too)
_AUTHOR_ALSO = ("opinion_prev", "topic_next")
# dependency labels that leave the attitude of a subject ("Abe, who met X after talks that ended in deadlock, ...")
_NOT_OWNED = frozenset({"relcl", "advcl", "acl", "parataxis", "appos", "csubj", "pcomp"})


@dataclass
class _Unit:
    holder: str
    start: int
    end: int
    score: float = 0.0
    weight: float = 1.0
    hits: list[str] = field(default_factory=list)
    neutral: bool = False  # holds balanced or cautious wording ("remains to be seen")


def _is_question(sent) -> bool:
    """A sentence that asks ("Is the thaw real?") asserts no outlook."""
    toks = [t for t in sent if not t.is_space and t.text not in "\"\u201d\u2019)"]
    return bool(toks) and toks[-1].text == "?"


def _continued_speaker(ctx: "DocContext", sent) -> tuple[str, int, int] | None:
    """An unattributed sentence right after a direct quote, in the same paragraph, goes on in the speaker's voice."""
    doc = sent.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if "\n" in ctx.text[prev.end_char:sent.start_char] or "\n" in prev.text.strip():
        return None
    if any(t.ent_type_ == "PERSON" for t in sent) or any(
            sent.start_char <= m.start_char < sent.end_char for p in ctx.persons for m in p.mentions):
        return None  # "But the analyst Kaya was more cautious." speaks of someone else
    for s in ctx.statements:
        if s.kind == "direct_quote" and prev.start_char <= (s.cue.end if s.cue else s.end_char) <= prev.end_char + 1 \
                and s.end_char <= prev.end_char:
            return (s.speaker, sent.start_char, sent.end_char)
    return None


def _holders(ctx: "DocContext", pos: int, sent=None) -> list[tuple[str, int, int]]:
    """Who voices the character at ``pos``: the innermost statement speaker (with its content), else the author.

    Cue words ("expressed hope") belong to the speaker; a sentence that only continues a
    direct quote belongs to the quoted speaker.
    """
    inside = [s for s in ctx.statements if s.start_char <= pos < s.end_char]
    if not inside:
        for s in ctx.statements:
            if s.cue and s.cue.start <= pos < s.cue.end and not (s.start_char <= s.cue.start < s.end_char):
                return [(s.speaker, s.start_char, s.end_char)]
        if sent is not None and not any(sent.start_char <= s.start_char < sent.end_char or
                                        (s.cue and sent.start_char <= s.cue.start < sent.end_char)
                                        for s in ctx.statements):
            cont = _continued_speaker(ctx, sent)
            if cont:
                return [cont]
        return [("author", -1, -1)]
    inside.sort(key=lambda s: s.end_char - s.start_char)
    best = inside[0]
    same = [s for s in inside if (s.start_char, s.end_char) == (best.start_char, best.end_char)]
    out = [(s.speaker, s.start_char, s.end_char) for s in same]
    if any(s.extractor.endswith(_AUTHOR_ALSO) for s in same):
        out.append(("author", -1, -1))
    return out


def _person_test(ctx: "DocContext"):
    """A test for holder names that are persons: extracted persons, else names that are no state,
    organisation or collective ("Chile", "the ministry", "Officials")."""
    persons = {p.name for p in ctx.persons}
    institutions = {r.name for r in list(ctx.states) + list(ctx.organizations)}
    nouns = speech_lexicon()["speaker_nouns"]

    def test(name: str) -> bool:
        if name in persons:
            return True
        words = name.split()
        if name in institutions or not words or not words[0][:1].isupper():
            return False
        last = words[-1].lower()
        return last not in nouns and last.rstrip("s") not in nouns and len(words) >= 2

    return test


def _person_of(ctx: "DocContext", tok: "Token") -> str | None:
    """The person a subject token names ("Abe", "Prime Minister Abe", "he" after a person)."""
    if tok.lower_ in ("he", "she"):
        person = ctx.last_person_before(tok.idx)
        return person.name if person is not None else None
    if tok.pos_ == "NOUN":  # "the analyst Pablo Mena", "the expert" resolved by the persons extractor
        named = next((c for c in tok.children if c.dep_ in ("appos", "compound") and c.pos_ == "PROPN"), None)
        if named is not None:
            return _person_of(ctx, named)
        person = ctx.person_at(tok.idx, tok.idx + len(tok)) if ctx.persons else None
        return person.name if person is not None else None
    if tok.pos_ != "PROPN" and tok.ent_type_ != "PERSON":
        return None
    if ctx.persons:
        person = ctx.person_at(tok.idx, tok.idx + len(tok))
        return person.name if person is not None else None
    ent = next((e for e in tok.doc.ents if e.start <= tok.i < e.end and e.label_ == "PERSON"), None)
    return ent.text if ent is not None else None


def _attitude_owners(ctx: "DocContext", tok: "Token", lex) -> list[tuple[str, int, int]]:
    """Persons whose attitude the phrase at ``tok`` expresses: the subjects of the nearest attitude verb
    above it ("Abe is committed to ...", "Modi and Lula pledged to deepen ties"), with that clause."""
    cur = tok
    for _ in range(8):
        if cur.dep_ in _NOT_OWNED or cur.head is cur:
            return []
        cur = cur.head
        if cur.pos_ in ("VERB", "AUX") and cur.lemma_.lower() in lex["attitude_verbs"]:
            break
    else:
        return []
    subj = subject_of(cur)
    if subj is None:
        return []
    names = []
    for t in [subj] + [c for c in subj.children if c.dep_ == "conj"]:
        name = _person_of(ctx, t)
        if name and name not in names:
            names.append(name)
    if not names:
        return []
    sent = cur.sent
    start = max(sent.start_char, min(subj.left_edge.idx, cur.left_edge.idx))
    end = min(sent.end_char, cur.right_edge.idx + len(cur.right_edge))
    return [(n, start, end) for n in names]


def _title_span(ctx: "DocContext") -> tuple[int, int] | None:
    title = ctx.document.title
    if not title:
        return None
    i = ctx.text.find(title)
    return (i, i + len(title)) if i >= 0 else None


def _lead_and_conclusion(ctx: "DocContext", title: tuple[int, int] | None) -> list[tuple[int, int]]:
    """The first content paragraph after the title and the last content paragraph (boilerplate skipped)."""
    paras, pos = [], 0
    for block in ctx.text.split("\n"):
        start, end = pos, pos + len(block)
        pos = end + 1
        if len(block.split()) < 8 or ctx.in_boilerplate(start, end):
            continue  # headings, bylines, datelines and furniture are not the lead
        if title and start < title[1] and title[0] < end:
            continue
        paras.append((start, end))
    if not paras:
        return []
    return [paras[0], paras[-1]] if len(paras) > 1 else [paras[0]]


def _value(votes: list[tuple[float, float]]) -> int:
    wsum = sum(w for _, w in votes)
    mean = sum(v * w for v, w in votes) / wsum if wsum else 0.0
    strong = sum(1 for v, _ in votes if abs(v) >= 1)
    if abs(mean) >= 0.8 and strong >= 4:
        return 2 if mean > 0 else -2
    if abs(mean) >= MIXED_BELOW:
        return 1 if mean > 0 else -1
    return 0


def extract_stances(doc: "Doc", ctx: "DocContext") -> Iterator[Stance]:
    """Yield one relationship-outlook stance per holder with evaluative evidence.

    Parameters
    ----------
    doc : spacy.tokens.Doc
        The parsed document.
    ctx : DocContext
        Earlier records; ``ctx.statements`` decides who voices each sentence and
        ``ctx.persons`` which speakers are persons (all speakers count when there are none).
    """
    if len(doc) == 0:
        return
    lex = stance_lexicon()
    pair = parties(ctx, doc)
    other = others(doc, pair)
    target = relation_target(pair)
    title = _title_span(ctx)
    salient = _lead_and_conclusion(ctx, title)
    is_person = _person_test(ctx)
    relevant: dict[tuple[str, int, int], bool] = {}
    # a Q&A interview: the interviewee's answers are the piece's own voice, the rest is the interviewer's frame
    interview = interview_answers(ctx.text)

    def is_relevant(holder: str, cs: int, ce: int, start: int, end: int) -> bool:
        key = (holder, start, end) if holder == "author" else (holder, cs, ce)
        if key not in relevant:
            relevant[key] = _relevant(ctx, doc, holder, cs, ce, start, end, pair, other, lex, relevant)
        return relevant[key]

    units: dict[tuple[str, int, int], _Unit] = {}
    lemmas, lowers = token_forms(doc)
    openers = set(phrases(lex["positive"])) | set(phrases(lex["negative"])) | (
        set(phrases(lex["neutral"])) if "neutral" in lex else set())
    for sent in doc.sents:
        if not sent.text.strip() or ctx.in_boilerplate(sent.start_char, sent.end_char) or _is_question(sent):
            continue
        i = sent.start
        while i < sent.end:
            if lemmas[i] not in openers and lowers[i] not in openers:
                i += 1  # no evaluative phrase starts here (most tokens): no look-up at all
                continue
            value, n = token_polarity(doc, i, lex)
            if not n:
                # balanced or cautious wording ("remains to be seen", "cautious") is evidence for an outlook of 0
                n = match_at(doc, i, phrases(lex["neutral"])) if "neutral" in lex else 0
                # "more cautious" than someone else leans to the negative
                value = -0.5 if n and i > sent.start and doc[i - 1].lower_ == "more" else 0.0
            if not n:
                i += 1
                continue
            pos = doc[i].idx
            holders = _holders(ctx, pos, sent)
            if holders == [("author", -1, -1)]:
                holders = _attitude_owners(ctx, doc[i], lex) or holders
            for holder, cs, ce in holders:
                if holder != "author" and not is_person(holder):
                    continue  # states, organisations and collectives hold positions, not stances here
                if holder == "author":
                    start, end = sent.start_char, sent.end_char
                else:
                    start, end = max(sent.start_char, cs), min(sent.end_char, ce)
                answer = holder == "author" and interview is not None and any(
                    a.start <= pos < a.end for a in interview[1])
                # an interviewee's verdict ("Cautiously optimistic.") is about the relationship the interview is on
                outlook = doc[i].lemma_.lower() in lex["outlook_words"] or doc[i].lower_ in lex["outlook_words"]
                if not (is_relevant(holder, cs, ce, start, end) or answer and outlook):
                    continue
                if holder == "author" and interview is not None:
                    if not answer:
                        continue
                    holder = interview[0]
                key = (holder, start, end)
                unit = units.setdefault(key, _Unit(holder, start, end))
                unit.score += value
                unit.neutral = unit.neutral or (value == 0.0)
                unit.hits.append(doc[i:i + n].text)
                if doc[i].lemma_.lower() in lex["outlook_words"] or doc[i].lower_ in lex["outlook_words"]:
                    unit.weight = max(unit.weight, OUTLOOK_WEIGHT)  # "my assessment is optimistic" says it outright
                if holder in ("author", interview[0] if interview else "author"):
                    if title and title[0] <= start < title[1]:
                        unit.weight = max(unit.weight, TITLE_WEIGHT)
                    elif any(a <= start < b for a, b in salient):
                        unit.weight = max(unit.weight, LEAD_WEIGHT)
            i += n
    yield from _stances(ctx, units, target)


def _relevant(ctx, doc, holder, cs, ce, start, end, pair, other, lex, seen) -> bool:
    """Whether the passage a holder voices is about the relationship (see ``stances.scope``)."""
    if holder == "author":
        scope = ctx.text[start:end]
        return about_relationship(scope, pair, lex, other) or inherits_topic(doc, scope, start, pair, lex)
    scope = ctx.text[cs:ce]
    if about_relationship(scope, pair, lex, other) or inherits_topic(doc, scope, cs, pair, lex):
        return True
    named = names_party(scope, pair)
    n_other = names_other(scope, other)
    if named and named >= n_other:
        return True  # a speaker on one party ("China must respect the border") speaks of the dyad
    if not n_other and names_any(scope, lex["relational_words"]):
        return True  # "Trust has been badly damaged", "there will be no quick breakthrough"
    if answers_context(ctx, doc, cs, ce, pair, lex, other):
        return True
    # a quote that goes on from the same speaker's earlier words shares their topic
    for s in ctx.statements:
        if s.speaker == holder and s.end_char <= cs and cs - s.end_char < 200 and s.cue is not None and \
                any(t.cue == s.cue and t.start_char == cs for t in ctx.statements):
            if seen.get((holder, s.start_char, s.end_char)) or about_relationship(
                    ctx.text[s.start_char:s.end_char], pair, lex, other):
                return True
    return False


def _stances(ctx: "DocContext", units: dict, target: str) -> Iterator[Stance]:
    by_holder: dict[str, list[_Unit]] = {}
    for unit in units.values():
        if unit.hits:  # a unit whose words cancel out ("can quarrel and still be allies" aside) votes 0
            by_holder.setdefault(unit.holder, []).append(unit)
    for holder, hunits in by_holder.items():
        hunits.sort(key=lambda u: u.start)
        # words that cancel out by accident count for nothing, unless they are all the holder said
        # ("we will work with them where we can and disagree where we must" is a balanced outlook: 0);
        # balanced or cautious wording is a vote for 0
        votes = [(max(-1.0, min(1.0, u.score)), u.weight) for u in hunits if u.score or u.neutral]
        value = _value(votes) if votes else 0
        evidence = []
        for u in hunits:
            s, e = u.start, u.end
            while s < e and ctx.text[s].isspace():
                s += 1
            while e > s and ctx.text[e - 1].isspace():
                e -= 1
            if e > s:
                evidence.append(Span(s, e))
        if not evidence:
            continue
        conf = round(min(0.9, 0.3 + 0.1 * len(evidence)), 2)
        yield Stance(doc_id=ctx.doc_id, start_char=evidence[0].start, end_char=evidence[0].end, holder=holder,
                     value=value, target=target, evidence=tuple(evidence), extractor="stances", confidence=conf)
