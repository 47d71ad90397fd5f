"""Integration over the shared corpus and the dev gold (read from ../shared, never copied)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from dyad.ingest import iter_sources, read_document
from dyad.ingest.dates import iter_dates

GOLD_DIR = Path(__file__).resolve().parent / ".." / ".." / "shared" / "eval" / "dev-gold"


@pytest.fixture(scope="module")
def corpus_docs(corpus_dir):
    return {p.stem: read_document(p) for p in iter_sources([corpus_dir])}


@pytest.fixture(scope="module")
def gold():
    files = sorted(GOLD_DIR.glob("*.json")) if GOLD_DIR.is_dir() else []
    if not files:
        pytest.skip(f"no gold annotations at {GOLD_DIR}")
    return {f.stem: json.loads(f.read_text(encoding="utf-8")) for f in files}


def test_ingest_corpus_reads_every_article(corpus_docs, corpus_dir):
    assert len(corpus_docs) == len(list(corpus_dir.glob("*.txt"))) >= 1
    for stem, doc in corpus_docs.items():
        raw = (corpus_dir / f"{stem}.txt").read_bytes()
        assert doc.text == raw.decode("utf-8").lstrip("\ufeff")
        assert doc.id == "d" + doc.sha256[:12]
        assert doc.language == "en"
        assert doc.title  # every article has a headline


def test_ingest_corpus_boilerplate_spans_are_whole_lines(corpus_docs):
    for doc in corpus_docs.values():
        text = doc.text
        for s in doc.boilerplate:
            piece = text[s.start:s.end]
            assert piece.strip(), (doc.source, s)
            assert "\n" not in piece and "\r" not in piece
            assert s.start == 0 or text[s.start - 1] in "\r\n"
            assert s.end == len(text) or text[s.end] in "\r\n"


def test_ingest_corpus_date_span_reproduces_date(corpus_docs):
    for doc in corpus_docs.values():
        if doc.date_span is None:
            continue
        found = list(iter_dates(doc.text, doc.date_span.start, doc.date_span.end))
        assert found and found[0].value == doc.date


def test_ingest_corpus_gold_boilerplate_recall_precision(corpus_docs, gold):
    tp = fp = fn = 0
    for stem, g in gold.items():
        doc = corpus_docs[stem]
        gold_chars = {i for b in g["boilerplate"] for i in range(b["start"], b["end"])}
        pred_chars = {i for s in doc.boilerplate for i in range(s.start, s.end)}
        tp += len(gold_chars & pred_chars)
        fp += len(pred_chars - gold_chars)
        fn += len(gold_chars - pred_chars)
    assert tp + fn > 0
    recall = tp / (tp + fn)
    precision = tp / (tp + fp) if tp + fp else 0.0
    assert recall >= 0.9, recall
    assert precision >= 0.9, precision


def test_ingest_corpus_gold_meta(corpus_docs, gold):
    for stem, g in gold.items():
        doc, meta = corpus_docs[stem], g["meta"]
        assert doc.title == meta["title"], stem
        assert doc.date == meta["date"], stem
        assert list(doc.authors) == meta["authors"], stem
        assert doc.publisher == meta["publisher"], stem
        ev = meta.get("date_evidence")
        if ev:
            assert doc.date_span is not None
            assert doc.text[doc.date_span.start:doc.date_span.end] == ev["text"]
