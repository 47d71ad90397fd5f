"""The causal map of the Russia–Japan corpus, from the extractor's claims (skipped without claims)."""

from __future__ import annotations

import pytest

from dyad.model.causal_map import build_causal_map


@pytest.fixture(scope="module")
def corpus_claims(corpus_dir, nlp):
    from dyad.extract import extract_document
    from dyad.ingest import read_document

    claims, texts = [], {}
    for path in sorted(corpus_dir.glob("*.txt")):
        document = read_document(path)
        ex = extract_document(nlp(document.text), document)
        claims.extend(ex.causal_claims)
        texts[document.id] = document.text
    if not claims:
        pytest.skip("the causal extractor produced no claims yet")
    return claims, texts


def test_model_corpus_map_size_and_provenance(corpus_claims):
    claims, texts = corpus_claims
    m = build_causal_map(claims)
    assert 20 <= len(m.concepts) <= 80
    assert m.edges
    for c in m.concepts:
        assert c.evidence and all(cid in m.claims for cid in c.evidence)
    for e in m.edges:
        for cid in e.claims:
            claim = m.claims[cid]
            assert texts[claim.doc_id][claim.start_char:claim.end_char]
            assert (e.source, e.target) == m.concept_of_claim[cid]
    # the central outcome of the relationship is in the map
    assert "bilateral-relations" in m.ids


PRONOUNS = {"it", "this", "that", "these", "those", "they", "them", "he", "him", "she", "her", "we", "us", "you",
            "i", "which", "who", "there", "its", "their", "his"}


def test_model_corpus_map_no_junk_no_isolated(corpus_claims):
    claims, _ = corpus_claims
    m = build_causal_map(claims)
    for c in m.concepts:
        first = c.label.split()[0].lower().strip("\"'“”‘’")
        assert first not in PRONOUNS, c.label
        assert len(c.label.split()) <= 12, c.label
    used = {e.source for e in m.edges} | {e.target for e in m.edges}
    assert set(m.ids) == used, set(m.ids) - used  # isolated concepts are listed apart, never in the map
    assert not {c.id for c in m.mentioned} & set(m.ids)
