"""Balanced, cautious and contrastive evidence; officials' commitments (passages written for the tests)."""

from __future__ import annotations

from dyad.extract import extract_document
from dyad.extract.stances.extractor import token_polarity
from dyad.records import Document


def _extract(nlp, text):
    document = Document(id="dtest", source="t.txt", path="t.txt", sha256="0", text=text)
    return extract_document(nlp(text), document)


def _stances(nlp, text):
    return {s.holder: s for s in _extract(nlp, text).stances}


def _polarity(nlp, text, word):
    doc = nlp(text)
    i = next(t.i for t in doc if t.lower_ == word)
    return token_polarity(doc, i)[0]


def test_stances_remains_to_be_seen_is_zero(nlp):
    text = ("Ghana and Togo reopened their border crossing on Monday. "
            "\"Whether Togo will keep its promises on the border remains to be seen,\" said Foreign Minister "
            "Kwame Asante.")
    st = _stances(nlp, text)
    assert "Kwame Asante" in st
    assert st["Kwame Asante"].value == 0


def test_stances_balanced_words_give_zero(nlp):
    text = ("Ghana and Togo reopened their border crossing on Monday. "
            "\"Ghana will work with Togo where it can and disagree with Togo where it must,\" said "
            "Foreign Minister Kwame Asante.")
    st = _stances(nlp, text)
    assert st["Kwame Asante"].value == 0


def test_stances_and_still_turns_like_but(nlp):
    weak = _polarity(nlp, "Chile and Peru can quarrel and still be allies.", "quarrel")
    strong = _polarity(nlp, "Chile and Peru can quarrel and still be allies.", "allies")
    assert strong > 0 > weak
    assert abs(strong) > abs(weak)


def test_stances_far_from_guaranteed_denies_subject(nlp):
    denied = _polarity(nlp, "Reconciliation between Chile and Peru is far from guaranteed.", "reconciliation")
    plain = _polarity(nlp, "Reconciliation between Chile and Peru is under way.", "reconciliation")
    assert plain > 0 > denied


def test_stances_negation_stops_at_when_clause(nlp):
    text = "Chile cannot afford a long dispute with Peru when its exports are collapsing."
    assert _polarity(nlp, text, "collapsing") < 0


def test_stances_nothing_suggests_doomed(nlp):
    assert _polarity(nlp, "Nothing suggests that the partnership of Chile and Peru is doomed.", "doomed") > 0


def test_stances_official_commitment_is_positive(nlp):
    text = ("Ghana and Togo held talks in Accra on Monday. "
            "Foreign Minister Kwame Asante has promised to repair relations with Togo.")
    st = _stances(nlp, text)
    assert st["Kwame Asante"].value >= 1


def test_stances_mixed_author_is_zero(nlp):
    text = ("Relations between Ghana and Togo have improved this year. "
            "Yet the tensions between Ghana and Togo have not gone away. "
            "The outlook for Ghana and Togo is uncertain.")
    st = _stances(nlp, text)
    assert st["author"].value == 0


def test_stances_fact_reporter_has_no_stance(nlp):
    text = ("Ghana and Togo held talks in Accra on Monday. "
            "\"The delegation from Togo arrived at nine and left at noon,\" said spokesman Kofi Mensah.")
    st = _stances(nlp, text)
    assert "Kofi Mensah" not in st


def test_stances_neutral_evidence_reproduces_spans(nlp):
    text = ("Ghana and Togo reopened their border crossing on Monday. "
            "\"Whether Togo will keep its promises on the border remains to be seen,\" said Foreign Minister "
            "Kwame Asante.")
    for s in _extract(nlp, text).stances:
        assert 0 <= s.start_char < s.end_char <= len(text)
        for e in s.evidence:
            assert text[e.start:e.end].strip() == text[e.start:e.end]
            assert e.end > e.start
