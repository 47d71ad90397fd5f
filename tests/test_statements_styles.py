"""Reported speech in styles the dev articles lack: news wires, op-eds, think-tank reports.

Every passage here is written for the tests. The expected records are what a careful
annotator following ../shared/eval/README.md would mark (speaker, kind, content, cue).
"""

from __future__ import annotations

import pytest

from dyad.extract import extract_document
from dyad.extract.context import DocContext
from dyad.extract.speech.extractor import extract_statements
from dyad.records import Document


def _only_statements(nlp, text):
    """Statements alone (speakers named from spaCy entities, as when no persons were extracted)."""
    document = Document(id="dtest", source="t.txt", path="t.txt", sha256="0", text=text)
    doc = nlp(text)
    return list(extract_statements(doc, DocContext(document=document, doc=doc)))


def _full(nlp, text, title=None):
    """Statements after the earlier extractors (states, organisations, persons) have run."""
    document = Document(id="dtest", source="t.txt", path="t.txt", sha256="0", text=text, title=title)
    return extract_document(nlp(text), document).statements


def _c(text, st):
    return text[st.start_char:st.end_char]


def _cue(text, st):
    return text[st.cue.start:st.cue.end] if st.cue else None


def _surname(st):
    return st.speaker.split()[-1]


# ---------------------------------------------------------------------- news-wire quotes
def test_statements_wire_quote_with_inverted_speaker(nlp):
    text = '"We will respond to any provocation," said Foreign Minister Pablo Ortega on Tuesday.'
    sts = _only_statements(nlp, text)
    assert len(sts) == 1
    assert sts[0].kind == "direct_quote" and sts[0].speaker == "Pablo Ortega"
    assert _c(text, sts[0]) == "We will respond to any provocation"
    assert _cue(text, sts[0]).startswith("said")


def test_statements_quote_interrupted_by_cue_is_one_sentence(nlp):
    text = '"The relationship," Ortega said, "is at its lowest point in a generation."'
    sts = _only_statements(nlp, text)
    assert len(sts) == 1
    st = sts[0]
    assert st.kind == "direct_quote" and _surname(st) == "Ortega"
    assert _c(text, st).startswith("The relationship")
    assert _c(text, st).endswith("in a generation")
    assert st.start_char < st.cue.start < st.cue.end < st.end_char  # the cue sits inside the sentence


def test_statements_quote_continued_in_next_sentence_keeps_speaker(nlp):
    text = ('"This is unacceptable," Defence Minister Karl Brandt said. "We will not back down, '
            'whatever the cost."')
    sts = _only_statements(nlp, text)
    assert [s.kind for s in sts] == ["direct_quote", "direct_quote"]
    assert {s.speaker for s in sts} == {"Karl Brandt"}
    assert _c(text, sts[1]) == "We will not back down, whatever the cost"


def test_statements_quote_not_continued_across_other_text_or_paragraphs(nlp):
    text = ('"We want a fair deal," Karl Brandt said. He then flew home to Bonn. "Not at any price."\n\n'
            '"The border stays closed for now."')
    sts = _only_statements(nlp, text)
    assert [_c(text, s) for s in sts] == ["We want a fair deal"]


@pytest.mark.parametrize("text, speaker, content, cue", [
    ("Rahul Mehta told Reuters that the two navies would hold joint drills in May.",
     "Rahul Mehta", "the two navies would hold joint drills in May", "told"),
    ("The ministry said in a statement that the talks would resume next month.",
     "ministry", "the talks would resume next month", "said"),
    ("The agriculture minister denied reports that the talks had collapsed.",
     "agriculture minister", "the talks had collapsed", "denied"),
    ("Officials, who spoke on condition of anonymity, said the deal was close.",
     "Officials", "the deal was close", "said"),
])
def test_statements_wire_indirect_speech(nlp, text, speaker, content, cue):
    sts = _only_statements(nlp, text)
    assert len(sts) == 1
    assert sts[0].kind == "indirect" and sts[0].speaker == speaker
    assert _c(text, sts[0]) == content and _cue(text, sts[0]) == cue


def test_statements_spokesperson_for_an_organisation(nlp):
    text = "A spokesperson for the State Department said the sanctions would remain in place."
    sts = _only_statements(nlp, text)
    assert len(sts) == 1
    assert "State Department" in sts[0].speaker  # who speaks: the department, through its spokesperson
    assert _c(text, sts[0]) == "the sanctions would remain in place"


def test_statements_title_noun_in_apposition_names_the_person(nlp):
    text = "The spokesman, Igor Volkov, said the Kremlin had no plans for a summit."
    sts = _only_statements(nlp, text)
    assert len(sts) == 1 and sts[0].speaker == "Igor Volkov"


@pytest.mark.parametrize("verb", ["warned", "insisted", "argued", "claimed", "acknowledged", "tweeted", "wrote",
                                  "added"])
def test_statements_reporting_verbs(nlp, verb):
    text = f"Senator Ruth Okafor {verb} that the alliance was weakening."
    sts = _only_statements(nlp, text)
    assert len(sts) == 1, verb
    assert sts[0].speaker == "Ruth Okafor" and _cue(text, sts[0]) == verb
    assert _c(text, sts[0]) == "the alliance was weakening"


@pytest.mark.parametrize("text, content, cue", [
    ("The European Union urged both sides to show restraint.", "both sides to show restraint", "urged"),
    ("The European Union called on Ankara to lift the blockade.", "Ankara to lift the blockade", "called on"),
    ("The European Union called for new sanctions against the regime.", "new sanctions against the regime",
     "called for"),
    ("The European Union has long insisted on the return of all prisoners.", "the return of all prisoners",
     "insisted on"),
])
def test_statements_urging_and_calling_for(nlp, text, content, cue):
    sts = _only_statements(nlp, text)
    assert len(sts) == 1
    assert sts[0].kind == "indirect" and "European Union" in sts[0].speaker
    assert _c(text, sts[0]) == content and _cue(text, sts[0]) == cue


@pytest.mark.parametrize("text, speaker, content", [
    ("According to a statement by the Chinese foreign ministry, the exercises were routine.",
     "foreign ministry", "the exercises were routine"),
    ("According to the ministry's statement, the drills posed no threat to anyone.",
     "ministry", "the drills posed no threat to anyone"),
    ("In the words of Henry Kissinger, the relationship is a delicate balance.",
     "Henry Kissinger", "the relationship is a delicate balance"),
])
def test_statements_according_to_a_document_or_in_the_words_of(nlp, text, speaker, content):
    sts = _only_statements(nlp, text)
    assert len(sts) == 1
    assert sts[0].kind == "according_to" and speaker in sts[0].speaker
    assert _c(text, sts[0]) == content


def test_statements_in_view_of_is_not_a_source(nlp):
    assert _only_statements(nlp, "In view of the sanctions, trade between the two has fallen sharply.") == []


def test_statements_view_is_that(nlp):
    text = "John Smith's view is that the alliance is weakening."
    sts = _only_statements(nlp, text)
    assert len(sts) == 1 and sts[0].speaker == "John Smith"
    assert _c(text, sts[0]) == "the alliance is weakening"


def test_statements_pronoun_prefers_subject_of_previous_sentence(nlp):
    text = ('President Ana Silva met Chancellor Olaf Berg in Lisbon. '
            '"Our trade has doubled in a decade," she said.')
    sts = _only_statements(nlp, text)
    assert len(sts) == 1 and sts[0].speaker == "Ana Silva"


def test_statements_description_without_antecedent_stays_a_description(nlp):
    text = "The analyst argued that the rapprochement was driven by economics."
    sts = _only_statements(nlp, text)
    assert len(sts) == 1 and sts[0].speaker == "analyst"


def test_statements_agent_nouns_can_speak(nlp):
    text = "Yet historians warn that the dispute over wartime labour remains unresolved."
    sts = _only_statements(nlp, text)
    assert len(sts) == 1 and sts[0].speaker == "historians"


# ---------------------------------------------------------------------- states and organisations
@pytest.mark.parametrize("text, speaker", [
    ("Beijing said it opposed the sale of weapons to Taiwan.", "China"),
    ("The Kremlin said the meeting had been productive.", "Russia"),
    ("Tokyo claimed that the ships had entered its waters.", "Japan"),
])
def test_statements_state_speakers(nlp, text, speaker):
    sts = _full(nlp, text)
    assert len(sts) == 1 and sts[0].speaker == speaker and sts[0].kind == "indirect"


# ---------------------------------------------------------------------- op-ed first person
@pytest.mark.parametrize("text, content", [
    ("I argue that the sanctions have failed.", "the sanctions have failed"),
    ("In this essay I will argue that Washington should engage Tehran.", "Washington should engage Tehran"),
])
def test_statements_op_ed_first_person_is_the_author(nlp, text, content):
    sts = _only_statements(nlp, text)
    assert len(sts) == 1
    assert sts[0].speaker == "author" and sts[0].kind == "author_opinion"
    assert _c(text, sts[0]) == content


# ---------------------------------------------------------------------- not reported speech
@pytest.mark.parametrize("text", [
    "Many Japanese believe that the islands will never be returned.",
    "Moscow hopes that Tokyo will drop the sanctions.",
    "Did Abe say that the islands were Japanese?",
    "Abe could say that the visit was a success.",
    "Leaders will say that the summit was a success.",
    "It is said that the two leaders trust each other.",
])
def test_statements_beliefs_questions_hypotheticals_are_not_speech(nlp, text):
    assert _only_statements(nlp, text) == []


def test_statements_headline_is_not_a_statement(nlp):
    text = "Minister Says Talks With Seoul Will Resume\n\nThe minister said that talks would resume in June.\n"
    sts = _full(nlp, text, title="Minister Says Talks With Seoul Will Resume")
    assert len(sts) == 1
    assert sts[0].start_char > text.index("\n")  # the one from the body


def test_statements_styles_provenance(nlp):
    text = ('"The relationship," Ortega said, "is at its lowest point." He added that talks would go on. '
            "According to a statement by the ministry, the drills were routine.")
    sts = _only_statements(nlp, text)
    assert len(sts) == 3
    for st in sts:
        assert st.doc_id == "dtest" and st.extractor.startswith("statements:")
        assert 0 <= st.start_char < st.end_char <= len(text)
        assert 0 < st.confidence <= 1
        for sp in (st.cue, st.speaker_span):
            assert sp is not None and text[sp.start:sp.end].strip()


def test_statements_this_paper_argues_is_the_author(nlp):
    text = "This paper argues that the sanctions regime has reached its limits."
    sts = _only_statements(nlp, text)
    assert len(sts) == 1 and sts[0].speaker == "author" and sts[0].kind == "author_opinion"


def test_statements_according_to_source_with_modifiers(nlp):
    text = "The sanctions have failed, according to officials familiar with the matter."
    sts = _only_statements(nlp, text)
    assert len(sts) == 1 and sts[0].kind == "according_to"
    assert _c(text, sts[0]) == "The sanctions have failed"


def test_statements_quote_with_long_speaker_description_after(nlp):
    text = '"Nothing has changed," a senior official at the foreign ministry told reporters.'
    sts = _only_statements(nlp, text)
    assert len(sts) == 1 and sts[0].kind == "direct_quote"
    assert "official" in sts[0].speaker and _c(text, sts[0]) == "Nothing has changed"
