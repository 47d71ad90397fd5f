"""What one extractor hands to the next while a document is being read.

Extractors run in a fixed order (see ``dyad.extract.EXTRACTORS``); each reads the
records of the earlier ones from the context (e.g. statements read ``ctx.persons``
to name speakers, causal claims read ``ctx.statements`` to name claimants) and
never writes anywhere else.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from dyad.records import CausalClaim, Document, Event, Organization, Person, Stance, State, Statement

if TYPE_CHECKING:  # pragma: no cover
    import re

    from spacy.tokens import Doc

__all__ = ["DocContext", "doc_text", "token_starts", "token_ends", "token_forms", "token_index_at", "sentences_with"]


def doc_text(doc: "Doc") -> str:
    """``doc.text``, computed once per document.

    spaCy rebuilds ``Doc.text`` from every token on each access, which made extractors
    that read it per candidate quadratic in the document length; the text is cached in
    ``doc.user_data`` (the doc is not modified after parsing).
    """
    text = doc.user_data.get("dyad.text")
    if text is None:
        text = doc.user_data["dyad.text"] = doc.text
    return text



def token_starts(doc: "Doc") -> list[int]:
    """The character offset of every token, computed once per document (for bisecting)."""
    starts = doc.user_data.get("dyad.starts")
    if starts is None:
        starts = doc.user_data["dyad.starts"] = [t.idx for t in doc]
    return starts


def token_ends(doc: "Doc") -> list[int]:
    """The end offset of every token (non-decreasing), computed once per document."""
    ends = doc.user_data.get("dyad.ends")
    if ends is None:
        ends = doc.user_data["dyad.ends"] = [t.idx + len(t) for t in doc]
    return ends


def token_forms(doc: "Doc") -> tuple[list[str], list[str]]:
    """Every token's lower-cased lemma and text, computed once per document (lexicon look-ups
    over a token index without creating a ``Token`` object per look-up)."""
    forms = doc.user_data.get("dyad.forms")
    if forms is None:
        forms = doc.user_data["dyad.forms"] = ([t.lemma_.lower() for t in doc], [t.lower_ for t in doc])
    return forms


def token_index_at(doc: "Doc", pos: int) -> int:
    """Index of the last token that starts at or before character ``pos`` (-1 before the first)."""
    return bisect.bisect_right(token_starts(doc), pos) - 1


def sentences_with(doc: "Doc", rx: "re.Pattern") -> list:
    """The sentences in which ``rx`` matches the document text, in order, each once: a cheap scan of
    the text decides which sentences a rule reads at all."""
    out, seen = [], set()
    for m in rx.finditer(doc_text(doc)):
        j = token_index_at(doc, max(m.start(), m.end() - 1))
        if j < 0:
            continue
        sent = doc[j].sent
        if sent.start not in seen:
            seen.add(sent.start)
            out.append(sent)
    return out


@dataclass
class DocContext:
    document: Document
    doc: "Doc"
    persons: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    states: list[State] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    causal_claims: list[CausalClaim] = field(default_factory=list)
    stances: list[Stance] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return self.document.id

    @property
    def text(self) -> str:
        return self.document.text

    def in_boilerplate(self, start: int, end: int) -> bool:
        return self.document.in_boilerplate(start, end)

    def person_at(self, start: int, end: int) -> Person | None:
        """The person with a mention overlapping ``[start, end)``, if any (longest mention wins)."""
        best, best_len = None, -1
        for p in self.persons:
            for m in p.mentions:
                if m.start_char < end and start < m.end_char:
                    ln = m.end_char - m.start_char
                    if ln > best_len:
                        best, best_len = p, ln
        return best

    def last_person_before(self, pos: int) -> Person | None:
        """The person whose latest mention ends at or before ``pos`` (for pronouns)."""
        best, best_end = None, -1
        for p in self.persons:
            for m in p.mentions:
                if m.end_char <= pos and m.end_char > best_end:
                    best, best_end = p, m.end_char
        return best

    def warn(self, message: str) -> None:
        self.warnings.append(f"{self.document.source}: {message}")
