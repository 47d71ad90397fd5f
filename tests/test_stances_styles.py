"""Relationship-outlook stances in op-eds and news reports about other dyads (passages written for the tests)."""

from __future__ import annotations

import pytest

from dyad.extract import extract_document
from dyad.extract.stances.extractor import token_polarity
from dyad.records import Document


def _stances(nlp, text, title=None):
    document = Document(id="dtest", source="t.txt", path="t.txt", sha256="0", text=text, title=title)
    ex = extract_document(nlp(text), document)
    return {s.holder: s for s in ex.stances}


def _polarity(nlp, text, word):
    doc = nlp(text)
    i = next(t.i for t in doc if t.lower_ == word)
    return token_polarity(doc, i)[0]


@pytest.mark.parametrize("text, word", [
    ("The clashes destroyed much of the trust between Peru and Chile.", "trust"),
    ("The dispute has eroded the goodwill between Peru and Chile.", "goodwill"),
    ("The thaw between Peru and Chile could end quickly.", "thaw"),
    ("Hopes of a settlement between Peru and Chile have faded.", "hopes"),
])
def test_stances_verbs_that_take_away_reverse_polarity(nlp, text, word):
    assert _polarity(nlp, text, word) < 0


def test_stances_ending_a_bad_thing_is_good(nlp):
    assert _polarity(nlp, "The summit ended the stalemate between Peru and Chile.", "stalemate") > 0


def test_stances_hyphenated_phrases_match(nlp):
    assert _polarity(nlp, "Relations between Peru and Chile are at an all-time low.", "all") < 0


def test_stances_modal_hedge_halves(nlp):
    plain = _polarity(nlp, "The thaw between Peru and Chile ended.", "thaw")
    hedged = _polarity(nlp, "The thaw between Peru and Chile could end.", "thaw")
    assert plain < hedged < 0


def test_stances_op_ed_author_with_mixed_evidence_is_pessimistic(nlp):
    text = ("India and China have had a troubled relationship for decades. Trade between India and China has grown, "
            "but the border clashes destroyed much of the trust between the two countries. I am not optimistic "
            "that relations between India and China will improve soon. Still, India and China have kept talking.")
    st = _stances(nlp, text)
    assert st["author"].value == -1
    assert len(st["author"].evidence) >= 2


def test_stances_quoted_optimist_and_pessimist(nlp):
    text = ("Relations between Greece and Turkey warmed this year after a series of productive meetings. "
            '"I am very optimistic about the future of our relations with Turkey," said Prime Minister Nikos Andreou. '
            "But the analyst Selim Kaya was more cautious. "
            '"The underlying disputes between Greece and Turkey have not gone away, and the thaw could end quickly," '
            "he said.")
    st = _stances(nlp, text)
    assert st["Nikos Andreou"].value >= 1
    assert st["Selim Kaya"].value <= -1
    assert st["author"].value >= 1


def test_stances_negated_outlook_words(nlp):
    text = ("Peru and Chile signed a new trade deal. The historian Ana Ruiz said she was not optimistic about "
            "relations between Peru and Chile.")
    st = _stances(nlp, text)
    assert st["Ana Ruiz"].value <= -1


def test_stances_no_crisis_is_positive(nlp):
    text = ("Peru and Chile have built a remarkably stable partnership. Peru and Chile are not in crisis and face "
            "no serious obstacles in their relations.")
    assert _stances(nlp, text)["author"].value >= 1


def test_stances_third_party_relations_do_not_count(nlp):
    text = ("Vietnam and the United States upgraded their ties last year, and the United States now sees Vietnam "
            "as a key partner. Vietnam welcomed the move. Meanwhile, relations between China and the Philippines "
            "have deteriorated sharply, and tensions between China and the Philippines are rising.")
    st = _stances(nlp, text)
    assert st["author"].value >= 1
    deteriorated = text.index("deteriorated")
    assert not any(ev.start <= deteriorated < ev.end for ev in st["author"].evidence)


def test_stances_question_title_is_not_an_assertion(nlp):
    title = "Is the Thaw Between Japan and South Korea Real?"
    text = title + "\n\nJapan and South Korea held their first summit in years. Japan and South Korea still face obstacles.\n"
    st = _stances(nlp, text, title=title)
    assert all(ev.start > len(title) for s in st.values() for ev in s.evidence)
    assert st["author"].value <= 0


def test_stances_styles_evidence_is_provenance(nlp):
    text = ("Relations between Peru and Chile are at an all-time low. "
            '"There is little hope for a breakthrough between Peru and Chile," the economist Tom Reyes said.')
    st = _stances(nlp, text)
    assert set(st) >= {"author", "Tom Reyes"}
    for s in st.values():
        assert s.doc_id == "dtest" and -2 <= s.value <= 2
        assert (s.start_char, s.end_char) == (s.evidence[0].start, s.evidence[0].end)
        for ev in s.evidence:
            assert 0 <= ev.start < ev.end <= len(text) and text[ev.start:ev.end].strip()


def test_stances_a_little_progress_is_not_negated(nlp):
    assert _polarity(nlp, "Peru and Chile have made a little progress in their talks.", "progress") > 0
    assert _polarity(nlp, "Peru and Chile have made little progress in their talks.", "progress") < 0


def test_stances_quote_after_a_relationship_sentence_answers_to_it(nlp):
    text = ('Relations between Peru and Chile have soured since the election. '
            '"There is little hope for a breakthrough," the economist Tom Reyes said.')
    assert _stances(nlp, text)["Tom Reyes"].value <= -1


def test_stances_quote_about_a_third_party_does_not_count(nlp):
    text = ('Relations between Peru and Chile have soured since the election. '
            '"Bolivia is a great success story," the economist Tom Reyes said.')
    assert "Tom Reyes" not in _stances(nlp, text)
