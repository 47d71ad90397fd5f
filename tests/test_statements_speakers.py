"""Speakers and cues of unseen styles (sentences written for the tests): joint statements, pollsters,
pronouns after surname-only mentions, comparisons, promises, participle cues, clauses split by ';'."""

from __future__ import annotations

import pytest

from dyad.extract import extract_document
from dyad.records import Document


def _statements(nlp, text):
    document = Document(id="dtest", source="t.txt", path="t.txt", sha256="0", text=text)
    return extract_document(nlp(text), document).statements


def _pairs(text, sts):
    return [(s.speaker, text[s.start_char:s.end_char]) for s in sts]


@pytest.mark.parametrize("text, speaker_word, content", [
    # a pollster's finding (the organisation in apposition to "firm" speaks)
    ("A survey by the polling firm Example Research found that most voters backed the treaty.",
     "Example Research", "most voters backed the treaty"),
    ("The annual poll of the Lakeside Institute found that trust in Freedonia had halved.",
     "Lakeside Institute", "trust in Freedonia had halved"),
    # compared X to Y
    ("The minister Anna Berg compared the border dispute to a slow fire.", "Berg",
     "the border dispute to a slow fire"),
    # a promise with a to-infinitive
    ("Prime Minister Jan Novak has promised to reopen the border crossings.", "Novak",
     "to reopen the border crossings"),
    # plural agent nouns as collective speakers
    ("Polish truckers say that foreign firms have undercut them for years.", "truckers",
     "foreign firms have undercut them for years"),
    # 'according to NAME, a description, P': the description is not content
    ("According to Maria Lopez, an economist at Example University, the tariffs hurt exporters badly.",
     "Lopez", "the tariffs hurt exporters badly"),
])
def test_statements_speakers_patterns(nlp, text, speaker_word, content):
    sts = _statements(nlp, text)
    hits = [s for s in sts if text[s.start_char:s.end_char] == content]
    assert hits, _pairs(text, sts)
    assert speaker_word.lower() in hits[0].speaker.lower()
    for s in sts:
        assert text[s.cue.start:s.cue.end].strip()


def test_statements_speakers_semicolon_separates_speakers(nlp):
    text = "Greek officials have said the exercise is provocative; Ankara insists it is routine."
    got = _pairs(text, _statements(nlp, text))
    assert ("Turkey", "it is routine") in got or any(c == "it is routine" for _, c in got), got
    # the first clause is never attributed to the second speaker
    assert not any(c.startswith("Greek officials") for _, c in got), got


def test_statements_speakers_joint_statement_gives_one_per_government(nlp):
    text = ("The foreign ministers of Chile and Peru met in Geneva on Monday and agreed to reopen "
            "their embassies, the two governments said in a joint statement.\n\n"
            "They also agreed to resume direct flights, according to the statement.")
    sts = _statements(nlp, text)
    speakers = sorted(s.speaker for s in sts)
    assert len(sts) == 4, _pairs(text, sts)
    assert speakers.count(speakers[0]) == 2 and speakers.count(speakers[-1]) == 2
    assert "two governments" not in " ".join(speakers)
    for s in sts:
        assert text[s.start_char:s.end_char].strip() == text[s.start_char:s.end_char]


def test_statements_speakers_statement_anaphor_without_source_is_dropped(nlp):
    text = "Exports rose sharply last year, according to the statement."
    assert _statements(nlp, text) == []


def test_statements_speakers_two_sides_without_two_states_stay_unsplit(nlp):
    text = "The two governments said in a statement that the talks had been useful."
    sts = _statements(nlp, text)
    assert len(sts) == 1 and "governments" in sts[0].speaker


def test_statements_speakers_pronoun_after_surname_only_speaker(nlp):
    text = ("Dana Weiss, an analyst at the Example Centre, said the deal was fragile. "
            "Omar Haddad, a professor at Example University, said the deal was durable.\n\n"
            "Haddad warned that the talks could stall, and Weiss said that the region was tense. "
            "Investors are watching closely, she added.")
    sts = _statements(nlp, text)
    last = [s for s in sts if text[s.start_char:s.end_char].startswith("Investors")]
    assert last and last[0].speaker == "Dana Weiss", _pairs(text, sts)


def test_statements_speakers_participle_cue_belongs_to_the_main_speaker(nlp):
    text = ("Spokesman John Carter told reporters that Washington supported the talks, while noting that "
            "it remained unclear whether Sylvania would keep its word.")
    sts = _statements(nlp, text)
    got = _pairs(text, sts)
    assert ("John Carter", "Washington supported the talks") in got, got
    noted = [s for s in sts if text[s.start_char:s.end_char].startswith("it remained unclear")]
    assert noted and all(s.speaker == "John Carter" for s in noted), got


@pytest.mark.parametrize("text", [
    "Compared with last year, exports to Freedonia rose by a third.",
    "A survey of 1,000 voters found that most backed the treaty.",
    "The ministry found that the documents had been forged.",
    "Korean firms found new suppliers at home.",
])
def test_statements_speakers_not_statements(nlp, text):
    assert _statements(nlp, text) == [], _pairs(text, _statements(nlp, text))
