"""Shared helpers for the causal-extractor tests: run the extractor on a sentence, find a claim."""

from __future__ import annotations

from dyad.extract.causal.extractor import extract_causal_claims
from dyad.extract.context import DocContext
from dyad.records import Document


def claims_of(nlp, text: str, statements=(), *, doc_id: str = "dtest"):
    """Causal claims of ``text`` (one throwaway document), with optional earlier ``statements``."""
    doc = nlp(text)
    document = Document(id=doc_id, source="t.txt", path="t.txt", sha256="0", text=text)
    ctx = DocContext(document=document, doc=doc, statements=list(statements))
    return list(extract_causal_claims(doc, ctx))


def find_claim(claims, cause_word: str, effect_word: str):
    """The first claim whose cause contains ``cause_word`` and effect ``effect_word`` (case-insensitive)."""
    for c in claims:
        if cause_word.lower() in c.cause.lower() and effect_word.lower() in c.effect.lower():
            return c
    return None
