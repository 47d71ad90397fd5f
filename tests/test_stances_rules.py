"""Rule tests for relationship-outlook stances on short sentences written for the tests."""

from __future__ import annotations

import pytest

from dyad.extract import extract_document
from dyad.extract.context import DocContext
from dyad.extract.stances.extractor import extract_stances, token_polarity
from dyad.extract.speech.extractor import extract_statements
from dyad.records import Document


def _run(nlp, text):
    document = Document(id="dtest", source="t.txt", path="t.txt", sha256="0", text=text)
    doc = nlp(text)
    ctx = DocContext(document=document, doc=doc)
    ctx.statements = list(extract_statements(doc, ctx))
    return {s.holder: s for s in extract_stances(doc, ctx)}, text


def _polarity_of(nlp, text, word):
    doc = nlp(text)
    i = next(t.i for t in doc if t.lower_ == word)
    return token_polarity(doc, i)[0]


def test_stances_token_polarity_negation_and_hedge(nlp):
    plain = _polarity_of(nlp, "Relations between Peru and Chile show real progress.", "progress")
    negated = _polarity_of(nlp, "There is no prospect of progress in relations between Peru and Chile.", "progress")
    hedged = _polarity_of(nlp, "Relations between Peru and Chile may show some progress.", "progress")
    assert plain > 0 > negated
    assert 0 < hedged < plain


def test_stances_author_optimistic_and_pessimistic(nlp):
    good, _ = _run(nlp, "Peru and Chile see a breakthrough. Relations between Peru and Chile show steady improvement "
                        "and growing trust.")
    bad, _ = _run(nlp, "Relations between Peru and Chile remain fragile. The dialogue between Peru and Chile has "
                       "reached an impasse, and expectations have dwindled.")
    assert good["author"].value >= 1
    assert bad["author"].value <= -1


def test_stances_speaker_holds_the_words_of_the_statement(nlp):
    stances, text = _run(nlp, "Relations between Peru and Chile are at an impasse. "
                              "Tom Baker noted that the dialogue between Peru and Chile brings real progress and trust.")
    assert stances["Tom Baker"].value >= 1
    assert stances["author"].value <= -1
    for st in stances.values():
        for ev in st.evidence:
            assert 0 <= ev.start < ev.end <= len(text)
        assert (st.start_char, st.end_char) == (st.evidence[0].start, st.evidence[0].end)


def test_stances_nothing_without_relationship_evidence(nlp):
    stances, _ = _run(nlp, "The weather in Lima was warm and the harvest brought great success to farmers.")
    assert stances == {}


@pytest.mark.parametrize("text", ["", "  \n "])
def test_stances_empty_document(nlp, text):
    stances, _ = _run(nlp, text)
    assert stances == {}


def test_stances_corpus_values_and_evidence(nlp, corpus_dir):
    from dyad.ingest import read_document

    seen = 0
    for path in sorted(corpus_dir.glob("*.txt")):
        document = read_document(path)
        ex = extract_document(nlp(document.text), document)
        holders = [s.holder for s in ex.stances]
        assert len(holders) == len(set(holders))
        for st in ex.stances:
            seen += 1
            assert -2 <= st.value <= 2 and st.evidence
            for ev in st.evidence:
                assert 0 <= ev.start < ev.end <= len(document.text)
                assert not document.in_boilerplate(ev.start, ev.end)
    assert seen >= 5
