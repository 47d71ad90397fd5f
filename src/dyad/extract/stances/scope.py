"""What a stance is about: the two parties of the document and whether a passage speaks of their relationship.

Used by ``dyad.extract.stances.extractor``. The parties are the two most-mentioned states; a
passage is about the relationship when it names both, or a relation word ("ties",
"dialogue", "bilateral") without a third party as the only partner named. A speaker's
own words get more room: naming one party, opening with "This"/"It" after a sentence
about the relationship, or answering a sentence about it in the same paragraph.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

    from dyad.extract.context import DocContext

__all__ = ["parties", "others", "about_relationship", "names_party", "names_other", "names_any", "inherits_topic",
           "answers_context", "relation_target", "DEFAULT_TARGET"]

DEFAULT_TARGET = "relationship_outlook"


@lru_cache(maxsize=4096)
def _word_re(form: str) -> "re.Pattern[str]":
    return re.compile(r"\b" + re.escape(form) + r"\b")


def _has(low: str, forms) -> bool:
    return any(f in low and _word_re(f).search(low) for f in forms)


def parties(ctx: "DocContext", doc: "Doc") -> list[tuple[str, set[str]]]:
    """The two most-mentioned states (in order of first mention) with the surface forms that refer to them."""
    counts: Counter = Counter()
    first: dict[str, int] = {}
    forms: dict[str, set[str]] = {}
    for st in ctx.states:
        for m in st.mentions:
            counts[st.name] += 1
            first[st.name] = min(first.get(st.name, m.start_char), m.start_char)
            forms.setdefault(st.name, set()).add(ctx.text[m.start_char:m.end_char].lower())
    if not counts:
        for ent in doc.ents:
            if ent.label_ in ("GPE", "NORP"):
                key = ent.text.lower()
                counts[key] += 1
                first.setdefault(key, ent.start_char)
                forms.setdefault(key, set()).add(key)
    top = [name for name, _ in counts.most_common(2)]
    top.sort(key=lambda n: first.get(n, 0))
    return [(name, forms[name]) for name in top]


def relation_target(pair) -> str:
    """``"<a>_<b>_relations_outlook"`` for the two parties ("russia_japan_relations_outlook")."""
    if len(pair) < 2:
        return DEFAULT_TARGET
    slugs = [re.sub(r"[^a-z]+", "_", name.lower()).strip("_") for name, _ in pair]
    if not all(slugs):
        return DEFAULT_TARGET
    return f"{slugs[0]}_{slugs[1]}_relations_outlook"


def others(doc: "Doc", pair) -> frozenset[str]:
    """Surface forms of places and blocs that are not one of the two parties ("the West", "China")."""
    mine = {f.removeprefix("the ") for _, forms in pair for f in forms}
    out = {e.text.lower() for e in doc.ents if e.label_ in ("GPE", "NORP")
           and e.text.lower().removeprefix("the ") not in mine}
    out.add("the west")
    return frozenset(o for o in out if len(o) > 2)


def names_party(text: str, pair) -> int:
    """How many of the two parties ``text`` names."""
    low = text.lower()
    return sum(1 for _, forms in pair if _has(low, forms))


def names_other(text: str, other: frozenset[str]) -> int:
    """How many third parties (places and blocs other than the two parties) ``text`` names."""
    low = text.lower()
    return sum(1 for f in other if f in low and _word_re(f).search(low))


def names_any(text: str, words) -> bool:
    """Whether ``text`` contains one of ``words`` as a whole word (case-insensitive)."""
    return _has(text.lower(), words)


def about_relationship(text: str, pair, lex, other: frozenset[str] = frozenset()) -> bool:
    """Both parties named, or a relation word without a third party as the only partner named."""
    low = text.lower()
    named = names_party(low, pair)
    if len(pair) == 2 and named == 2:
        return True
    if not _has(low, lex["relation_markers"]):
        return False
    return not (named < 2 and _has(low, other))  # "relations between China and Manila" are a third party's


def inherits_topic(doc: "Doc", scope: str, start: int, pair, lex) -> bool:
    """A passage opening with 'This'/'It'/'Such' speaks about what the sentence before it spoke about."""
    words = scope.strip().strip("\"\u201c\u2018").split()
    if not words or words[0].lower() not in lex["anaphora"]:
        return False
    end = doc[-1].idx + len(doc[-1].text_with_ws)  # len(doc.text) without rebuilding the text
    span = doc.char_span(start, min(end, start + 1), alignment_mode="expand")
    if span is None or not len(span) or span[0].sent.start == 0:
        return False
    prev = doc[span[0].sent.start - 1].sent
    return about_relationship(prev.text, pair, lex)


def answers_context(ctx: "DocContext", doc: "Doc", cs: int, ce: int, pair, lex, other) -> bool:
    """Reported words naming no third party, in a paragraph whose sentence before them (or the one
    that carries them) is about the relationship ('Ties have soured. "There is little hope," said X.')."""
    if names_other(ctx.text[cs:ce], other):
        return False
    span = doc.char_span(cs, min(ce, cs + 1), alignment_mode="expand")
    if span is None or not len(span):
        return False
    sent = span[0].sent
    para = ctx.text.rfind("\n", 0, cs) + 1
    outside = ctx.text[max(sent.start_char, para):cs] + " " + ctx.text[ce:sent.end_char].split("\n", 1)[0]
    if about_relationship(outside, pair, lex, other):
        return True  # "Asked about ties with Brazil, X said ..."
    if sent.start == 0:
        return False
    prev = doc[sent.start - 1].sent
    if "\n" in ctx.text[prev.start_char + len(prev.text.rstrip()):max(sent.start_char, para)]:
        return False  # the sentence before ends a paragraph
    return about_relationship(prev.text, pair, lex, other)
