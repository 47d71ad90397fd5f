"""Extraction: from a parsed document to records (never writes to the store).

``extract_document(doc, document)`` runs every extractor in order. An extractor is
a generator ``fn(doc, ctx) -> Iterable[record]``; one that fails on a document is
reported as a warning and the others still run.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Iterable

from dyad.extract.actors import extract_organizations, extract_persons, extract_states
from dyad.extract.causal import extract_causal_claims
from dyad.extract.context import DocContext
from dyad.extract.events import extract_events
from dyad.extract.speech import extract_statements
from dyad.extract.stances import extract_stances
from dyad.records import Document, Extraction

if TYPE_CHECKING:  # pragma: no cover
    from spacy.tokens import Doc

__all__ = ["EXTRACTORS", "extract_document", "DocContext"]

# (attribute on DocContext / Extraction, extractor) in the order they run.
EXTRACTORS: list[tuple[str, Callable[["Doc", DocContext], Iterable]]] = [
    ("states", extract_states),
    ("organizations", extract_organizations),
    ("persons", extract_persons),
    ("statements", extract_statements),
    ("events", extract_events),
    ("causal_claims", extract_causal_claims),
    ("stances", extract_stances),
]


def extract_document(doc: "Doc", document: Document) -> Extraction:
    ctx = DocContext(document=document, doc=doc)
    for attr, fn in EXTRACTORS:
        try:
            records = list(fn(doc, ctx))
        except Exception as exc:  # one extractor failing never loses the document
            ctx.warn(f"extractor {attr} failed: {type(exc).__name__}: {exc}")
            records = []
        setattr(ctx, attr, records)
    return Extraction(
        document=document,
        persons=ctx.persons,
        organizations=ctx.organizations,
        states=ctx.states,
        statements=ctx.statements,
        events=ctx.events,
        causal_claims=ctx.causal_claims,
        stances=ctx.stances,
        warnings=list(document.warnings) + ctx.warnings,
    )
