"""States on sentences about other relationships (written for the tests)."""

from __future__ import annotations

from dyad.extract.context import DocContext
from dyad.extract.actors.states import extract_states
from dyad.records import Document


def _states(nlp, text):
    document = Document(id="t", source="t.txt", path="t.txt", sha256="0" * 64, text=text)
    ctx = DocContext(document=document, doc=nlp(text))
    return {s.name: [(m.text, m.kind) for m in s.mentions] for s in extract_states(ctx.doc, ctx)}


def test_states_unseen_capitals_possessives_and_compounds(nlp):
    got = _states(nlp, "New Delhi and Beijing traded barbs. India's army and the Chinese government "
                       "blamed each other for the Sino-Indian clash.")
    assert ("New Delhi", "metonym") in got["India"] and ("India", "name") in got["India"]
    assert ("Beijing", "metonym") in got["China"] and ("Chinese", "adjective") in got["China"]
    assert ("Indian", "adjective") in got["India"] and ("Sino", "adjective") in got["China"]


def test_states_unseen_brussels_is_the_eu_not_belgium(nlp):
    got = _states(nlp, "Brussels is withholding funds from Warsaw.")
    assert "Belgium" not in got and "European Union" not in got
    assert got["Poland"] == [("Warsaw", "metonym")]


def test_states_unseen_seat_of_an_institution_is_not_the_state(nlp):
    got = _states(nlp, "Tanvi Madan of the Brookings Institution in Washington and a New Delhi-based "
                       "think tank disagree. Tehran rejected the offer.")
    assert "United States" not in got and "India" not in got
    assert got["Iran"] == [("Tehran", "metonym")]


def test_states_unseen_seat_of_power_metonym(nlp):
    got = _states(nlp, "The Élysée said Paris would respond.")
    assert got["France"] == [("Élysée", "metonym"), ("Paris", "metonym")]


def test_states_unseen_demonym_outside_state_sense_is_skipped(nlp):
    got = _states(nlp, "Turkish coffee and Egyptian cotton sold well.")
    assert got == {}
