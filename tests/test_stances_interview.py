"""Q&A interviews: the interviewee's answers are the piece's voice (texts written for the tests)."""

from __future__ import annotations

from dyad.extract import extract_document
from dyad.ingest import document_from_text
from dyad.ingest.metadata import interview_answers

TEXT = ("# Two Neighbours Argue Again\n\n"
        "*Interview by Sam Poe | Example Review | 3 May 2021*\n\n"
        "Relations between Chile and Peru have been strained and damaged by a bitter fishing dispute.\n\n"
        "**Example Review: What went wrong between Chile and Peru?**\n\n"
        "**Ana Ruiz:** The fishing quarrel hurt trust, but the two governments still talk every week.\n\n"
        "**ER: Your overall verdict?**\n\n"
        "**AR:** Cautiously optimistic.\n")


def test_stances_interview_answers_found():
    name, spans = interview_answers(TEXT)
    assert name == "Ana Ruiz"
    assert [TEXT[s.start:s.end][:10] for s in spans] == ["**Ana Ruiz", "**AR:** Ca"]


def test_stances_interview_not_an_interview():
    text = "Note: the talks resumed.\n\nSource: Example Wire\n\nJane Roe: a profile.\n"
    assert interview_answers(text) is None


def test_stances_interview_interviewee_holds_the_outlook(nlp):
    document = document_from_text(TEXT, source="t.md", path="t.md", sha256="0" * 64, fmt="md")
    ex = extract_document(nlp(document.text), document)
    holders = {s.holder: s for s in ex.stances}
    assert "author" not in holders  # the interviewer's frame is no stance
    st = holders["Ana Ruiz"]
    assert st.value > 0
    for sp in st.evidence:
        assert any(a.start <= sp.start < a.end for a in interview_answers(TEXT)[1])
        assert TEXT[sp.start:sp.end].strip()
    assert ex.statements == [] or all(s.speaker != "Ana Ruiz" for s in ex.statements)
