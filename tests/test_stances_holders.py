"""Stance holders beyond the author: quoted experts, leaders' commitments, attitudes (passages written for the tests)."""

from __future__ import annotations

from dyad.extract import extract_document
from dyad.extract.stances.extractor import token_polarity
from dyad.records import Document


def _extract(nlp, text, title=None):
    document = Document(id="dtest", source="t.txt", path="t.txt", sha256="0", text=text, title=title)
    return extract_document(nlp(text), document)


def _stances(nlp, text, title=None):
    return {s.holder: s for s in _extract(nlp, text, title).stances}


def _polarity(nlp, text, word):
    doc = nlp(text)
    i = next(t.i for t in doc if t.lower_ == word)
    return token_polarity(doc, i)[0]


def test_stances_target_names_the_dyad(nlp):
    text = ("Relations between Peru and Chile have improved. Peru and Chile signed a trade deal. "
            "Officials in Peru expect more progress with Chile.")
    st = _stances(nlp, text)
    assert st["author"].target == "peru_chile_relations_outlook"


def test_stances_negated_comparative_is_a_superlative(nlp):
    assert _polarity(nlp, "Ties between Peru and Chile have never been stronger.", "stronger") > 0
    assert _polarity(nlp, "Ties between Peru and Chile have never been worse.", "worse") < 0


def test_stances_leaving_problems_behind_is_hopeful(nlp):
    assert _polarity(nlp, "Peru and Chile want to leave the problems behind them.", "problems") > 0


def test_stances_background_friction_counts_little(nlp):
    v = _polarity(nlp, "Peru hopes to open a new chapter with Chile after years of friction.", "friction")
    assert -0.5 < v < 0


def test_stances_leader_quote_of_commitment_is_optimistic(nlp):
    text = ("Peru and Chile held talks in Lima on Friday.\n\n"
            '"Our relations have never been stronger," President Rosa Vidal told reporters. '
            '"We will deepen our strategic partnership in every field."\n')
    st = _stances(nlp, text)
    assert st["Rosa Vidal"].value >= 1
    assert any("deepen" in text[e.start:e.end] for e in st["Rosa Vidal"].evidence)


def test_stances_expert_quote_without_party_names_counts(nlp):
    text = ("Peru and Chile held talks in Lima on Friday.\n\n"
            '"Trust has been badly damaged and it will take years to rebuild it," said Marta Solis, '
            "a professor at the University of Lima. She said she did not expect a quick breakthrough.\n")
    st = _stances(nlp, text)
    assert st["Marta Solis"].value <= -1


def test_stances_person_attitude_sentence_belongs_to_the_person(nlp):
    text = ("Peru and Chile held talks in Lima.\n\n"
            "The analyst Pablo Mena was upbeat about relations between Peru and Chile.\n")
    st = _stances(nlp, text)
    assert st["Pablo Mena"].value >= 1
    assert "author" not in st  # the author reports the analyst's mood, not their own


def test_stances_states_and_collectives_are_not_holders(nlp):
    text = ("Peru and Chile held talks in Lima. Chile said relations with Peru had never been better. "
            "Officials said trust between Peru and Chile was growing.")
    holders = {s.holder for s in _extract(nlp, text).stances}
    assert "Chile" not in holders and "Officials" not in holders


def test_stances_quote_from_another_paragraph_does_not_inherit_its_topic(nlp):
    text = ("Relations between Peru and Chile have improved.\n\n"
            "President Rosa Vidal spoke about history, declaring that 'no nation should live in the past. "
            "This is harmful and dangerous for the future'.\n")
    assert "Rosa Vidal" not in _stances(nlp, text)


def test_stances_holder_evidence_is_provenance(nlp):
    text = ("Peru and Chile held talks in Lima.\n\n"
            '"Our relations have never been stronger," President Rosa Vidal said. '
            '"Mistrust runs deep on both sides," said the historian Marta Solis.\n')
    ex = _extract(nlp, text)
    assert {s.holder for s in ex.stances} >= {"Rosa Vidal", "Marta Solis"}
    for s in ex.stances:
        assert s.doc_id == "dtest" and s.extractor == "stances" and -2 <= s.value <= 2
        assert (s.start_char, s.end_char) == (s.evidence[0].start, s.evidence[0].end)
        for ev in s.evidence:
            assert 0 <= ev.start < ev.end <= len(text) and text[ev.start:ev.end] == text[ev.start:ev.end].strip()
