"""The work an engine does on one chunk of documents: parse -> extract -> validate.

:func:`extract_chunk` is a plain function of documents (no store, no progress), so that any
engine can run it: in this process, in a process pool, on a Ray worker. It yields one
:class:`Outcome` per document, in input order; a document that breaks the language pipeline
or an extractor is an outcome with a one-line failure, never an exception.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator, Sequence

from dyad.errors import DyadError
from dyad.pipeline.report import one_line
from dyad.records import Document, Extraction

__all__ = ["Outcome", "extract_chunk", "validate"]


@dataclass(slots=True)
class Outcome:
    """One document's result: its extraction, or the reason it failed."""

    document: Document
    extraction: Extraction | None = None
    failure: str | None = None


def extract_chunk(documents: Sequence[Document], *, packs: tuple[str, ...], batch_size: int) -> Iterator[Outcome]:
    """Parse ``documents`` with ``nlp.pipe`` and extract every one (lazily, in input order).

    If the batch fails, its remaining documents are parsed one by one, so only the document
    that breaks the pipeline fails. Raises only if the pipeline itself cannot load
    (:class:`~dyad.errors.NLPError`): then nothing can be built.
    """
    from dyad.extract import extract_document

    for document, doc, error in _parse(list(documents), packs=packs, batch_size=batch_size):
        if error is not None:
            yield Outcome(document, failure=f"language pipeline failed: {error}")
            continue
        try:
            extraction = validate(extract_document(doc, document))
        except Exception as exc:  # extract_document isolates extractors; this is a bug
            yield Outcome(document, failure=f"extraction failed: {one_line(exc)}")
            continue
        yield Outcome(document, extraction=extraction)


def _parse(documents: list[Document], *, packs, batch_size: int) -> Iterator[tuple[Document, object, str | None]]:
    """``(document, doc, None)``, or ``(document, None, reason)`` for a document the pipeline cannot parse."""
    from dyad.nlp import process

    done = 0
    try:
        for document, doc in process(documents, batch_size=batch_size, packs=packs):
            done += 1
            yield document, doc, None
        return
    except DyadError:
        raise  # the pipeline itself cannot load: nothing can be built
    except Exception:
        pass
    for document in documents[done:]:
        try:
            pairs = list(process([document], batch_size=1, packs=packs))
        except Exception as exc:
            yield document, None, one_line(exc)
            continue
        for parsed, doc in pairs:
            yield parsed, doc, None


def validate(extraction: Extraction) -> Extraction:
    """Drop records whose spans fall outside the text (provenance is never stored broken);
    each drop is a warning of the extraction."""
    n = len(extraction.document.text)
    dropped: list[str] = []

    def ok(rec) -> bool:
        spans = [(rec.start_char, rec.end_char)]
        for name in ("cue", "speaker_span", "date_span", "cause_span", "effect_span"):
            sp = getattr(rec, name, None)
            if sp is not None:
                spans.append((sp.start, sp.end))
        spans += [(s.start, s.end) for s in getattr(rec, "evidence", ())]
        spans += [(m.start_char, m.end_char) for m in getattr(rec, "mentions", ())]
        good = all(0 <= a <= b <= n for a, b in spans) and getattr(rec, "doc_id", None) == extraction.document.id
        if not good:
            dropped.append(f"dropped a {type(rec).__name__} record with a span outside the text")
        return good

    for kind in ("persons", "organizations", "states", "statements", "events", "causal_claims", "stances"):
        setattr(extraction, kind, [r for r in getattr(extraction, kind) if ok(r)])
    extraction.warnings.extend(dropped)
    return extraction
