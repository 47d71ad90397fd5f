"""News-wire reporting structures (sentences written for the tests): speaker and a tight content span."""

from __future__ import annotations

import pytest

from dyad.extract import extract_document
from dyad.records import Document


def _statements(nlp, text):
    document = Document(id="dtest", source="t.txt", path="t.txt", sha256="0", text=text)
    return extract_document(nlp(text), document).statements


@pytest.mark.parametrize("text, speaker_word, content", [
    ("Indian Foreign Minister Ravi Kumar said on Monday that talks with Pakistan would resume next month.",
     "Kumar", "talks with Pakistan would resume next month"),
    ("Kumar told reporters that the border had been calm for weeks.", "Kumar", "the border had been calm for weeks"),
    ('"We are ready to talk," Kumar told reporters in New Delhi.', "Kumar", "We are ready to talk"),
    ('"The door remains open," said Ayesha Malik, a professor at Lahore University.', "Malik",
     "The door remains open"),
    ("Ravi Kumar, the foreign minister, said the visit was a success.", "Kumar", "the visit was a success"),
    ("The shelling killed three soldiers, according to the army.", "army", "The shelling killed three soldiers"),
    ("A statement from the Pakistani foreign ministry said the talks had been constructive.", "ministry",
     "the talks had been constructive"),
    ("Officials said the meeting would take place in Geneva.", "Officials", "the meeting would take place in Geneva"),
    ("Ravi Kumar's spokesman, Anil Das, said the minister would travel to Islamabad.", "Das",
     "the minister would travel to Islamabad"),
    ("In Malik's words, the relationship has never been worse.", "Malik", "the relationship has never been worse"),
    ("The agreement, Weber said, was a milestone for both nations.", "Weber",
     "The agreement, Weber said, was a milestone for both nations"),
    ("Relations with Paris are improving, Weber said.", "Weber", "Relations with Paris are improving"),
    ("Turkish President Kemal Aydin said on Wednesday he hoped to open a new chapter with Greece.", "Aydin",
     "he hoped to open a new chapter with Greece"),
])
def test_statements_wire_structures(nlp, text, speaker_word, content):
    sts = _statements(nlp, text)
    hits = [s for s in sts if text[s.start_char:s.end_char] == content]
    assert hits, [(s.speaker, text[s.start_char:s.end_char]) for s in sts]
    assert speaker_word.lower() in hits[0].speaker.lower()


def test_statements_interrupting_cue_sits_inside_the_sentence(nlp):
    text = "The talks, officials said on Monday, had been constructive."
    sts = _statements(nlp, text)
    assert len(sts) == 1
    st = sts[0]
    assert st.start_char < st.cue.start < st.cue.end < st.end_char
    assert text[st.cue.start:st.cue.end].startswith("officials said")


def test_statements_comma_clause_without_cue_is_not_speech(nlp):
    text = "The talks, held in secret, were constructive."
    assert _statements(nlp, text) == []


def test_statements_wire_provenance(nlp):
    text = ("A statement from the ministry said the drills were routine. "
            "The agreement, Weber said, was a milestone. Ties are improving, Weber added.")
    sts = _statements(nlp, text)
    assert len(sts) == 3
    for st in sts:
        assert st.doc_id == "dtest" and st.extractor.startswith("statements:")
        assert 0 <= st.start_char < st.end_char <= len(text)
        assert text[st.start_char:st.end_char] == text[st.start_char:st.end_char].strip()
        assert st.cue is not None and text[st.cue.start:st.cue.end].strip()
