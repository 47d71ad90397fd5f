"""Stance extraction: each holder's outlook on the relationship, -2 .. 2.

Holders are ``"author"`` (the article's own voice: title, lead, evaluative sentences
outside reported speech) and every statement speaker whose reported words evaluate
the relationship. Evidence comes from a small evaluative lexicon
(``lexicons/stance.json``) with negation ("no prospect", "not interested") and
hedging ("may", "could") handled, counted only in sentences about the relationship
(they name both parties or a relation word: "bilateral", "relations", "dialogue").

Each evidence unit (a sentence, or the part of it a speaker said) votes -1 .. 1; a
holder's value is the mean vote, rounded to -2 .. 2 (2 needs several strong votes).
Nothing is emitted for a holder without evidence.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from dyad.extract.speech_lexicon import stance_lexicon
from dyad.records import Span, Stance

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

    from dyad.extract.context import DocContext

__all__ = ["extract_stances", "TARGET", "MIXED_BELOW", "token_polarity"]

TARGET = "relationship_outlook"
_NEG_WINDOW = 3
# a mean vote closer to 0 than this is a mixed outlook (e.g. two pessimistic units and one optimistic)
MIXED_BELOW = 0.35
# the article's own voice counts more in its title, its lead and its conclusion
TITLE_WEIGHT, LEAD_WEIGHT = 2.0, 1.5
# a unit naming the outlook itself (optimistic, pessimistic)
OUTLOOK_WEIGHT = 2.0
# statements whose content stands in the text on its own (the author says it too)
_AUTHOR_ALSO = ("opinion_prev", "topic_next")


@dataclass
class _Unit:
    holder: str
    start: int
    end: int
    score: float = 0.0
    weight: float = 1.0
    hits: list[str] = field(default_factory=list)


_PHRASE_INDEX: dict[tuple[str, ...], dict[str, list[tuple[str, ...]]]] = {}


def _phrases(words) -> dict[str, list[tuple[str, ...]]]:
    """Lexicon phrases as token tuples, indexed by their first word (built once per word list)."""
    key = tuple(words)
    index = _PHRASE_INDEX.get(key)
    if index is None:
        index = {}
        for w in words:
            toks = tuple(re.findall(r"[\w']+|[^\w\s]", w.lower()))  # as spaCy splits "all-time low"
            if toks:
                index.setdefault(toks[0], []).append(toks)
        for lst in index.values():
            lst.sort(key=len, reverse=True)
        _PHRASE_INDEX[key] = index
    return index


def _match_at(doc: "Doc", i: int, phrases: dict[str, list[tuple[str, ...]]]) -> int:
    """Length in tokens of the longest lexicon phrase starting at token ``i`` (lemma or text), 0 if none."""
    tok = doc[i]
    forms = (tok.lemma_.lower(), tok.lower_)
    candidates = phrases.get(forms[0], []) + (phrases.get(forms[1], []) if forms[1] != forms[0] else [])
    best = 0
    for key in candidates:
        n = len(key)
        if n <= best or i + n > len(doc):
            continue
        if all(key[k] in (doc[i + k].lemma_.lower(), doc[i + k].lower_) for k in range(1, n)):
            best = n
    return best


def token_polarity(doc: "Doc", i: int, lex=None) -> tuple[float, int]:
    """Polarity (-2 .. 2) of the evaluative phrase at token ``i`` and its length; (0, 0) if none.

    Negators in the three tokens before (or a ``neg`` child of the phrase's head) flip it;
    hedges in the sentence before it halve it; intensifiers right before make it count 1.5.
    """
    lex = lex or stance_lexicon()
    pos = _match_at(doc, i, _phrases(lex["positive"]))
    neg = _match_at(doc, i, _phrases(lex["negative"]))
    if not pos and not neg:
        return 0.0, 0
    n, value = (pos, 1.0) if pos >= neg else (neg, -1.0)
    tok = doc[i]
    sent_start = tok.sent.start
    window = doc[max(sent_start, i - _NEG_WINDOW):i]
    negated = any(_is_negator(t, lex) for t in window)
    if not negated:
        negated = _negated_above(tok, lex)
    if negated:
        value = -value
    if _reversed_by_verb(tok, lex):
        value = -value  # "destroyed the trust", "dashed hopes of a settlement"
    before = doc[sent_start:i]
    if any(t.lower_ in lex["hedges"] for t in before) or _hedged_verb(tok, lex):
        value *= 0.5
    if i > 0 and doc[i - 1].lower_ in lex["intensifiers"]:
        value *= 1.5
    return value * _contrast_weight(tok, lex), n


def _reversed_by_verb(tok: "Token", lex) -> bool:
    """The phrase is (inside) the object of a verb that destroys or takes away what it names
    ("eroded the trust", "dashed hopes of a settlement", "the trust was destroyed")."""
    if tok.dep_ == "nsubj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in lex["enders"]:
        return True  # "the thaw could end", "hopes faded": the subject of a verb of ending
    cur = tok
    for _ in range(4):
        if cur.head is cur or cur.dep_ not in ("dobj", "pobj", "prep", "nsubjpass", "compound", "amod", "conj"):
            return False
        head = cur.head
        if cur.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB" and head.lemma_.lower() in lex["reversers"]:
            return True
        cur = head
    return False


def _hedged_verb(tok: "Token", lex) -> bool:
    """The clause of ``tok`` carries a hedging modal ("the thaw could end", "trust may grow")."""
    cur = tok
    for _ in range(3):
        if cur.pos_ in ("VERB", "AUX"):
            return any(c.dep_ == "aux" and c.lower_ in lex["hedges"] for c in cur.children)
        if cur.head is cur:
            return False
        cur = cur.head
    return False


def _is_question(sent) -> bool:
    """A sentence that asks ("Is the thaw real?") asserts no outlook."""
    toks = [t for t in sent if not t.is_space and t.text not in "\"\u201d\u2019)"]
    return bool(toks) and toks[-1].text == "?"


def _contrast_weight(tok: "Token", lex) -> float:
    """Concession and contrast: 'despite X' counts little; before 'but' half, after 'but' 1.5 (as in VADER)."""
    cur = tok
    for _ in range(6):
        if cur.lower_ in lex["concessive"] and cur.dep_ in ("prep", "mark") or any(
                c.dep_ == "mark" and c.lower_ in lex["concessive"] for c in cur.children):
            return 0.3
        if cur.head is cur:
            break
        cur = cur.head
    sent = tok.sent
    buts = [t.i for t in sent if t.lower_ in ("but", "however", "yet") and t.i > sent.start + 1]
    if buts:
        return 0.5 if tok.i < buts[0] else 1.5
    return 1.0


def _is_negator(t: "Token", lex) -> bool:
    """A negating word; "a little progress" and "a few steps" are not negations."""
    if t.dep_ == "neg":
        return True
    if t.lower_ not in lex["negators"]:
        return False
    return not (t.lower_ in ("little", "few") and t.i > 0 and t.doc[t.i - 1].lower_ in ("a", "quite"))


def _negated_above(tok: "Token", lex) -> bool:
    """A negation on the phrases governing ``tok`` ("no prospect for the resolution", "lacks groups interested")."""
    cur = tok
    for _ in range(3):
        if cur.head is cur:
            return False
        cur = cur.head
        if cur.lemma_.lower() in lex["negators"] and cur.i < tok.i:
            return True
        for c in cur.children:
            if c.i < tok.i and (c.dep_ == "neg" or (c.dep_ in ("det", "amod") and c.lower_ in ("no", "neither", "little", "few")
                                                     and _is_negator(c, lex))):
                return True  # "no prospect of progress", "little hope for a breakthrough"
        if cur.pos_ in ("VERB", "AUX") and cur.dep_ in ("ROOT", "ccomp", "conj", "advcl"):
            return False
    return False


def _parties(ctx: "DocContext", doc: "Doc") -> list[tuple[str, set[str]]]:
    """The two most-mentioned states with the surface forms that refer to them."""
    counts: Counter = Counter()
    forms: dict[str, set[str]] = {}
    for st in ctx.states:
        for m in st.mentions:
            counts[st.name] += 1
            forms.setdefault(st.name, set()).add(ctx.text[m.start_char:m.end_char].lower())
    if not counts:
        for ent in doc.ents:
            if ent.label_ in ("GPE", "NORP"):
                key = ent.text.lower()
                counts[key] += 1
                forms.setdefault(key, set()).add(key)
    return [(name, forms[name]) for name, _ in counts.most_common(2)]


def _others(doc: "Doc", parties) -> frozenset[str]:
    """Surface forms of places and blocs that are not one of the two parties ("the West", "China")."""
    mine = set().union(*(forms for _, forms in parties)) if parties else set()
    out = {e.text.lower() for e in doc.ents if e.label_ in ("GPE", "NORP") and e.text.lower() not in mine}
    out.add("the west")
    return frozenset(o for o in out if len(o) > 2)


def _about_relationship(text: str, parties, lex, others: frozenset[str] = frozenset()) -> bool:
    """Both parties named, or a relation word without a third party as the only partner named."""
    low = text.lower()
    named = sum(1 for _, forms in parties if any(re.search(r"\b" + re.escape(f) + r"\b", low) for f in forms))
    if len(parties) == 2 and named == 2:
        return True
    if not any(re.search(r"\b" + re.escape(m) + r"\b", low) for m in lex["relation_markers"]):
        return False
    third = any(re.search(r"\b" + re.escape(o) + r"\b", low) for o in others)
    return not (named < 2 and third)  # "relations between China and Manila" are a third party's


def _continued_speaker(ctx: "DocContext", sent) -> tuple[str, int, int] | None:
    """An unattributed sentence right after a direct quote, in the same paragraph, goes on in the speaker's voice."""
    doc = sent.doc
    if sent.start == 0:
        return None
    prev = doc[sent.start - 1].sent
    if "\n" in ctx.text[prev.end_char:sent.start_char] or "\n" in prev.text.strip():
        return None
    for s in ctx.statements:
        if s.kind == "direct_quote" and prev.start_char <= (s.cue.end if s.cue else s.end_char) <= prev.end_char + 1 \
                and s.end_char <= prev.end_char:
            return (s.speaker, sent.start_char, sent.end_char)
    return None


def _inherits_topic(doc: "Doc", scope: str, start: int, parties, lex) -> bool:
    """A passage opening with 'This'/'It'/'Such' speaks about what the sentence before it spoke about."""
    words = scope.strip().strip("\"\u201c\u2018").split()
    if not words or words[0].lower() not in lex["anaphora"]:
        return False
    tok = next((t for t in doc if t.idx >= start), None)
    if tok is None or tok.sent.start == 0:
        return False
    prev = doc[tok.sent.start - 1].sent
    return _about_relationship(prev.text, parties, lex)


def _quote_in_context(ctx: "DocContext", doc: "Doc", cs: int, ce: int, parties, lex, others) -> bool:
    """A direct quote naming no third party, right after a sentence of the same paragraph about the
    relationship, answers to that topic ('Ties have soured. "There is little hope," said X.')."""
    if not any(s.kind == "direct_quote" and (s.start_char, s.end_char) == (cs, ce) for s in ctx.statements):
        return False
    low = ctx.text[cs:ce].lower()
    if any(re.search(r"\b" + re.escape(o) + r"\b", low) for o in others):
        return False
    span = doc.char_span(cs, min(ce, cs + 1), alignment_mode="expand")
    if span is None or not len(span) or span[0].sent.start == 0:
        return False
    tok = span[0]
    prev = doc[tok.sent.start - 1].sent
    if "\n" in ctx.text[prev.end_char:tok.sent.start_char]:
        return False
    return _about_relationship(prev.text, parties, lex, others)


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
        Earlier records; ``ctx.statements`` decides who voices each sentence.
    """
    if len(doc) == 0:
        return
    lex = stance_lexicon()
    parties = _parties(ctx, doc)
    others = _others(doc, parties)
    title = _title_span(ctx)
    salient = _lead_and_conclusion(ctx, title)
    units: dict[tuple[str, int, int], _Unit] = {}
    for sent in doc.sents:
        if not sent.text.strip() or ctx.in_boilerplate(sent.start_char, sent.end_char) or _is_question(sent):
            continue
        i = sent.start
        while i < sent.end:
            value, n = token_polarity(doc, i, lex)
            if not n:
                i += 1
                continue
            pos = doc[i].idx
            for holder, cs, ce in _holders(ctx, pos, sent):
                if holder == "author":
                    start, end = sent.start_char, sent.end_char
                else:
                    start, end = max(sent.start_char, cs), min(sent.end_char, ce)
                scope = ctx.text[start:end] if holder == "author" else ctx.text[cs:ce]
                if not _about_relationship(scope, parties, lex, others) and not _inherits_topic(
                        doc, scope, start, parties, lex) and not (
                        holder != "author" and _quote_in_context(ctx, doc, cs, ce, parties, lex, others)):
                    continue
                key = (holder, start, end)
                unit = units.setdefault(key, _Unit(holder, start, end))
                unit.score += value
                unit.hits.append(doc[i:i + n].text)
                if doc[i].lemma_.lower() in lex["outlook_words"] or doc[i].lower_ in lex["outlook_words"]:
                    unit.weight = max(unit.weight, OUTLOOK_WEIGHT)  # "my assessment is optimistic" says it outright
                if holder == "author":
                    if title and title[0] <= start < title[1]:
                        unit.weight = TITLE_WEIGHT
                    elif any(a <= start < b for a, b in salient):
                        unit.weight = LEAD_WEIGHT
            i += n
    by_holder: dict[str, list[_Unit]] = {}
    for unit in units.values():
        if unit.score:
            by_holder.setdefault(unit.holder, []).append(unit)
    for holder, hunits in by_holder.items():
        hunits.sort(key=lambda u: u.start)
        votes = [(max(-1.0, min(1.0, u.score)), u.weight) for u in hunits]
        value = _value(votes)
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
                     value=value, target=TARGET, evidence=tuple(evidence), extractor="stances", confidence=conf)
