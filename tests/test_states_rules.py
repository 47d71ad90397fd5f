"""State extraction on short sentences and over the corpus (provenance)."""

from __future__ import annotations

import pytest

from dyad.extract.context import DocContext
from dyad.extract.actors.states import extract_states
from dyad.records import Document, Span


def _states(nlp, text, boilerplate=()):
    document = Document(id="t", source="t.txt", path="t.txt", sha256="0" * 64, text=text,
                        boilerplate=tuple(boilerplate))
    ctx = DocContext(document=document, doc=nlp(text))
    return {s.name: s for s in extract_states(ctx.doc, ctx)}


def _texts(state):
    return [(m.text, m.kind) for m in state.mentions]


def test_states_names_aliases_and_metonyms(nlp):
    st = _states(nlp, "The USA and the Russian Federation argued. Moscow and Washington later agreed.")
    assert ("USA", "acronym") in _texts(st["United States"])
    assert ("Washington", "metonym") in _texts(st["United States"])
    assert ("Moscow", "metonym") in _texts(st["Russia"])
    assert st["Russia"].code == "RU" and st["United States"].code == "US"


@pytest.mark.parametrize(
    "text,expected",
    [
        ("Russian-Japanese relations improved.", {"Russia", "Japan"}),
        ("Russo-Japanese ties are warm.", {"Russia", "Japan"}),
        ("U.S.-Russian relations are poor.", {"United States", "Russia"}),
        ("The Japanese side made an offer.", {"Japan"}),
        ("Russian leadership was silent.", {"Russia"}),
        ("The talks with the Chinese president ended.", {"China"}),
    ],
)
def test_states_adjectives_that_stand_for_the_state(nlp, text, expected):
    assert set(_states(nlp, text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Japanese companies invest in ports.",
        "Many Russian tourists came.",
        "She teaches French literature.",
    ],
)
def test_states_plain_adjectives_are_not_mentions(nlp, text):
    assert _states(nlp, text) == {}


def test_states_capital_inside_an_organisation_is_not_a_mention(nlp):
    st = _states(nlp, "He studied at Moscow State University.")
    assert "Russia" not in st


def test_states_boilerplate_is_skipped(nlp):
    text = "Photo: Tokyo skyline\nJapan and China met."
    st = _states(nlp, text, [Span(0, text.index("\n"))])
    assert [m.text for m in st["Japan"].mentions] == ["Japan"]


def test_states_blocs_are_not_states(nlp):
    st = _states(nlp, "The European Union and the G7 kept sanctions on Russia.")
    assert set(st) == {"Russia"}
