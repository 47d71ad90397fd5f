"""Clause readers of reported speech over a dependency parse: who says (``subject_of``),
what is said (``that_clause``, ``clause_range``, ``content_of_pobj``), whose words a noun
carries (``holder_of``), and span trimming (``trim``, ``extend_dangling``).

Shared by the verb, quote, noun and attribution rules of this package and by the stance
extractor (``subject_of``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from dyad.extract.speech.lexicon import speech_lexicon

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc, Token

__all__ = ["trim", "extend_dangling", "span_of", "subtree_span", "subject_of", "reported_by",
           "irrealis_or_negated", "that_clause", "is_question", "noun_that_clause", "clause_range",
           "content_of_pobj", "holder_of"]

_CLOSERS = {'"': '"', "\u201c": "\u201d\"", "\u2018": "\u2019", "\u00ab": "\u00bb", "\u201e": "\u201d\u201c"}
_OPENERS = "".join(_CLOSERS)
_OPENS_OF = {"\u201d": "\u201c\u201e\"", "\u2019": "\u2018", "\u00bb": "\u00ab", '"': '"'}
_CLOSERS_ALL = "".join(_OPENS_OF)
_LEAD_WORDS = re.compile(r"^(?:that|whether)\b\s*")  # lower case: "That depends ..." opens a quoted sentence


# "ATHENS, Dec 7 (Meridian) - ", "Warsaw (Reuters) \u2014 "
_DATELINE = re.compile(r"[A-Z][A-Za-z .'\u2019-]{1,40}?(?:,\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^()\n]{1,40}\))?"
                       r"\s+[-\u2013\u2014]\s+")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink ``[start, end)`` past spaces, a leading 'that', edge punctuation and unpaired edge quote marks."""
    if start == 0 or text[start - 1] == "\n":  # a wire dateline is not what was said
        m = _DATELINE.match(text, start, end)
        if m and end - m.end() > 8:
            start = m.end()
    for _ in range(4):
        while start < end and (text[start].isspace() or text[start] in ",:;\u2014\u2013-"):
            start += 1
        m = _LEAD_WORDS.match(text[start:end])
        if m and end - start > m.end():
            start += m.end()
        while start < end and (text[end - 1].isspace() or text[end - 1] in ",.;:!?\u2014\u2013-"):
            end -= 1
        if start < end and text[start] in _OPENERS:
            inner = text[start + 1:end]
            if (inner.count('"') % 2 == 0) if text[start] == '"' else not any(c in inner for c in _CLOSERS[text[start]]):
                start += 1
        if start < end and text[end - 1] in _CLOSERS_ALL:
            inner = text[start:end - 1]
            if (inner.count('"') % 2 == 0) if text[end - 1] == '"' else not any(c in inner for c in _OPENS_OF[text[end - 1]]):
                end -= 1
    return start, end


def extend_dangling(doc: "Doc", start: int, end: int) -> tuple[int, int]:
    """A content that stops at a coordinator ("..., and") runs on to the end of its sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return start, end
    last = [t for t in span if not t.is_punct and not t.is_space]
    if last and last[-1].dep_ == "cc" and last[-1].sent.end_char > end:
        return start, last[-1].sent.end_char
    return start, end


def span_of(tokens) -> tuple[int, int]:
    tokens = list(tokens)
    return tokens[0].idx, tokens[-1].idx + len(tokens[-1])


def subtree_span(tok: "Token") -> tuple[int, int]:
    return tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)


def subject_of(verb: "Token") -> "Token | None":
    """The (active) subject of ``verb``, climbing conj/advcl/xcomp heads for participles and infinitives.

    A negative subject ("neither X nor Y", "no one") counts as none. When the parse has no
    subject, a name right before the verb is taken ("... in May Abe said").
    """
    tok = verb
    lex = speech_lexicon()
    participle = verb.tag_ == "VBG" and verb.lemma_.lower() in lex["verbs"]
    if participle and verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote":
        # "X was quoted as saying that P"
        quoted = verb.head.head
        return next((c for c in quoted.children if c.dep_ in ("nsubjpass", "nsubj")), None)
    if participle and verb.dep_ == "acl" and verb.head.lemma_.lower() in lex["communication_nouns"] \
            and verb.head.dep_ == "dobj":
        tok = verb.head.head  # "X issued a statement saying that P"
    for _ in range(4):
        for c in tok.children:
            if c.dep_ in ("nsubj",) and not (participle and tok is not verb and reported_by(tok)):
                if any(d.lower_ in ("neither", "no", "nobody", "none") for d in c.subtree if d.i <= c.i):
                    return None
                if c.lower_ in ("which", "who") and tok.dep_ == "relcl" and tok.head.i < c.i:
                    return tok.head  # "Turkey, which said that P": the noun the clause describes
                return c
            if c.dep_ in ("nsubjpass", "expl", "csubj"):
                return None
        if tok.dep_ in ("conj", "advcl", "xcomp") and tok.head is not tok:
            tok = tok.head
        elif participle and tok is not verb and reported_by(tok):
            tok = tok.head  # "X said that P, adding/noting that Q": the participle is X's, not P's subject's
        else:
            break
    j = verb.i - 1
    while j >= 0 and verb.doc[j].dep_ in ("aux", "advmod", "neg") and verb.doc[j].dep_ != "neg":
        j -= 1
    if j >= 0 and j < verb.i and verb.doc[j].pos_ == "PROPN" and verb.doc[j].ent_type_ in ("PERSON", "ORG", "GPE") \
            and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return verb.doc[j]
    return None


def reported_by(tok: "Token") -> bool:
    """``tok`` heads the reported clause of a speech verb ("said that [tok ...]")."""
    return tok.dep_ == "ccomp" and tok.head is not tok and tok.head.lemma_.lower() in speech_lexicon()["verbs"]


def irrealis_or_negated(verb: "Token") -> bool:
    lex = speech_lexicon()
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    modals = [c for c in verb.children if c.dep_ == "aux" and c.tag_ == "MD"]
    if modals:
        # "could say", "will announce": not (yet) said -- but an author's "I will argue that" is said here
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if not (subj is not None and subj.lower_ in ("i", "we") and len(modals) == 1
                and modals[0].lower_ in lex["first_person_modals"]):
            return True
    tok = verb
    for _ in range(4):
        if tok.dep_ not in ("xcomp", "acomp") or tok.head is tok:
            break
        tok = tok.head
        if tok.lemma_.lower() in lex["irrealis"] or any(c.dep_ == "neg" for c in tok.children):
            return True
        for c in tok.children:
            if c.dep_ == "acomp" and c.lemma_.lower() in lex["irrealis"]:
                return True
    return False


def that_clause(tok: "Token") -> "Token | None":
    """A child clause of ``tok`` introduced by 'that' (ccomp, acl, advcl with mark 'that'), else a ccomp."""
    before = after = None
    for c in tok.children:
        if c.dep_ in ("ccomp", "acl", "advcl", "relcl") and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children):
            return c
        if c.dep_ == "ccomp":
            if c.i > tok.i and after is None:
                after = c
            elif c.i < tok.i and before is None:
                before = c
    if after is not None:
        return after
    if before is not None and any(t.text in (";", ":") for t in tok.doc[before.right_edge.i + 1:tok.i]):
        return None  # "A said P; B insists Q": P is not B's
    return before


def is_question(tok: "Token") -> bool:
    """The token's sentence is a question outside quotation marks ("Did Abe say that ...?")."""
    sent = tok.sent
    last = [t for t in sent if not t.is_space]
    if last and last[-1].text in "\"\u201d\u2019)":
        return False  # the question mark belongs to a quotation
    return bool(last) and last[-1].text == "?"


_ADDRESS_VERBS = frozenset({"tell", "inform", "assure", "warn", "remind", "brief"})


def noun_that_clause(tok: "Token", nouns) -> "Token | None":
    """'said in a statement that P', 'denied reports that P': a that-clause on a dependent noun."""
    for c in tok.children:
        cands = []
        if c.dep_ == "dobj" and (c.lemma_.lower() in nouns["objects"] or tok.lemma_.lower() in _ADDRESS_VERBS):
            cands.append(c)  # "denied reports that P"; "told a briefing that P" (the addressee, misparsed)
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "on", "via", "through"):
            cands += [p for p in c.children if p.dep_ == "pobj" and p.lemma_.lower() in nouns["documents"]]
        for n in cands:
            clause = next((a for a in n.children if a.dep_ in ("acl", "ccomp", "relcl")
                           and any(m.dep_ == "mark" and m.lower_ == "that" for m in a.children)), None)
            if clause is not None and (n.dep_ == "dobj" or clause.dep_ != "relcl"):
                return clause
    return None


def clause_range(verb: "Token", clause: "Token") -> tuple[int, int]:
    start, end = subtree_span(clause)
    for c in verb.children:  # "said that A and that B"
        if c.dep_ == "conj" and c.i > clause.i and any(m.dep_ == "mark" for m in c.children):
            end = max(end, subtree_span(c)[1])
    # "told reporters that P, while noting that Q": the participle's report is its own statement
    lex = speech_lexicon()
    for d in clause.subtree:
        if d.i > clause.i and d.tag_ == "VBG" and d.dep_ in ("advcl", "conj") and d.lemma_.lower() in lex["verbs"] \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in d.children) and that_clause(d) is not None:
            end = min(end, d.left_edge.idx)
            break
    return start, end


def content_of_pobj(pobj: "Token") -> tuple[int, int]:
    if pobj.lemma_.lower() in ("fact", "idea", "possibility", "need", "view"):
        clause = that_clause(pobj)
        if clause is not None:
            return subtree_span(clause)
    return subtree_span(pobj)


def holder_of(noun: "Token") -> "Token | None":
    """The possessor or by/from/of-complement of a noun ("X's statement", "a statement by X")."""
    poss = next((c for c in noun.children if c.dep_ == "poss"), None)
    if poss is not None:
        return poss
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ in ("by", "from", "of", "in"):
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            if pobj is not None:
                return pobj
    for acl in noun.children:  # "the report, published by the Lowy Institute, ..."
        if acl.dep_ == "acl" and acl.lemma_.lower() in _AUTHORING:
            agent = next((c for c in acl.children if c.dep_ == "agent"), None)
            pobj = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
            if pobj is not None:
                return pobj
    return None


_AUTHORING = frozenset({"publish", "issue", "release", "write", "prepare", "commission", "produce", "compile"})
