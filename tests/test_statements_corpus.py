"""Provenance of statements over the real corpus (read from ../shared, never copied)."""

from __future__ import annotations

import pytest

from dyad.extract import extract_document
from dyad.records import STATEMENT_KINDS


@pytest.fixture(scope="module")
def corpus_extractions(nlp, corpus_dir):
    from dyad.ingest import read_document

    out = []
    for path in sorted(corpus_dir.glob("*.txt")):
        document = read_document(path)
        out.append((document, extract_document(nlp(document.text), document)))
    return out


def test_statements_corpus_provenance(corpus_extractions):
    total = 0
    for document, ex in corpus_extractions:
        text = document.text
        for st in ex.statements:
            total += 1
            assert st.doc_id == document.id
            assert 0 <= st.start_char < st.end_char <= len(text)
            assert text[st.start_char:st.end_char].strip(), st
            assert not document.in_boilerplate(st.start_char, st.end_char), st
            assert st.kind in STATEMENT_KINDS
            assert st.speaker and st.extractor.startswith("statements")
            assert 0.0 < st.confidence <= 1.0
            for sp in (st.cue, st.speaker_span):
                if sp is not None:
                    assert 0 <= sp.start < sp.end <= len(text)
                    assert text[sp.start:sp.end].strip()
    assert total > 10  # the corpus is full of reported speech


def test_statements_corpus_no_extractor_failure(corpus_extractions):
    for _, ex in corpus_extractions:
        assert not any("extractor statements failed" in w or "extractor stances failed" in w for w in ex.warnings)
