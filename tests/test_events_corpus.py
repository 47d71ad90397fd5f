"""Events over the real corpus (read through the corpus_dir fixture, never copied)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from dyad.extract import extract_document
from dyad.records import EVENT_TYPES, Document


def _read(path: Path) -> Document:
    try:
        from dyad.ingest import read_document
    except ImportError:  # ingest not available: build the document by hand
        read_document = None
    if read_document is not None:
        return read_document(path)
    raw = path.read_bytes()
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    sha = hashlib.sha256(raw).hexdigest()
    return Document(id="d" + sha[:12], source=path.name, path=str(path), sha256=sha, text=text)


@pytest.fixture(scope="module")
def corpus_events(nlp, corpus_dir):
    out = {}
    for path in sorted(corpus_dir.glob("*.txt")):
        document = _read(path)
        out[path.name[:3]] = (document, extract_document(nlp(document.text), document).events)
    return out


def test_events_provenance_reproduces_text(corpus_events):
    total = 0
    for document, events in corpus_events.values():
        text = document.text
        for e in events:
            total += 1
            assert e.doc_id == document.id
            assert 0 <= e.start_char < e.end_char <= len(text)
            assert text[e.start_char:e.end_char].strip() == text[e.start_char:e.end_char]
            assert e.type in EVENT_TYPES
            assert 0.0 < e.confidence <= 1.0 and e.extractor == "events"
            assert not document.in_boilerplate(e.start_char, e.end_char)
            if e.date_span is not None:
                assert e.date_text == text[e.date_span.start:e.date_span.end]
            else:
                assert e.date_text is None
    assert total >= 10


def test_events_once_per_document(corpus_events):
    for _, events in corpus_events.values():
        keys = [(e.type, e.date, e.place) for e in events if e.date and e.place]
        assert len(keys) == len(set(keys))


def _find(events, text, needle):
    return [e for e in events if needle in text[e.start_char:e.end_char]]


def test_events_004_irkutsk_and_joint_declaration(corpus_events):
    document, events = corpus_events["004"]
    text = document.text
    irkutsk = _find(events, text, "Irkutsk Statement")
    assert irkutsk and irkutsk[0].type in ("declaration", "agreement") and irkutsk[0].date == "2001-03-25"
    joint = [e for e in events if e.type in ("declaration", "agreement") and e.date == "1956"]
    assert len(joint) == 1 and "Joint Declaration" in text[joint[0].start_char:joint[0].end_char]


def test_events_004_sochi_meeting(corpus_events):
    document, events = corpus_events["004"]
    sochi = [e for e in events if e.place == "Sochi"]
    assert len(sochi) == 1
    assert sochi[0].type == "meeting" and sochi[0].date == "2016-05-06"
    assert document.text[sochi[0].date_span.start:sochi[0].date_span.end].endswith("6 May 2016")
