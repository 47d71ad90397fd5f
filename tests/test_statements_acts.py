"""Speech acts with an object, first-person opinion frames, role speakers and groups
(sentences written for the tests)."""

from __future__ import annotations

import pytest

from dyad.extract import extract_document
from dyad.records import Document


def _statements(nlp, text, authors=()):
    document = Document(id="dtest", source="t.txt", path="t.txt", sha256="0", text=text, authors=tuple(authors))
    return extract_document(nlp(text), document).statements


def _c(text, st):
    return text[st.start_char:st.end_char]


@pytest.mark.parametrize("text, content", [
    ("In my view, the talks will fail unless both sides give ground.", "the talks will fail unless both sides give ground"),
    ("As I wrote last spring, the border has no shortage of incidents.", "the border has no shortage of incidents"),
    ("From our perspective, the summit was a modest success.", "the summit was a modest success"),
    ("I would argue that the embargo changed nothing.", "the embargo changed nothing"),
])
def test_first_person_frames_are_the_bylined_authors(nlp, text, content):
    sts = _statements(nlp, text, authors=("Lena Park", "Omar Diaz"))
    assert {s.speaker for s in sts} == {"Lena Park", "Omar Diaz"}
    assert all(s.kind == "author_opinion" and _c(text, s) == content for s in sts)


def test_first_person_without_byline_stays_author(nlp):
    sts = _statements(nlp, "In my view, the ceasefire will not hold past the winter.")
    assert [(s.speaker, s.kind) for s in sts] == [("author", "author_opinion")]


def test_interview_answers_speak_for_the_guest_labelled_by_surname(nlp):
    text = ("Guest: Lena Park, fellow at an institute\n\nHOST: What happens next?\n\n"
            "PARK: In my view, the tariffs will stay until the election.\n\nHOST: And after that?\n\n"
            "PARK: Nobody knows.\n")
    sts = _statements(nlp, text)
    assert [(s.speaker, _c(text, s)) for s in sts] == [("Lena Park", "the tariffs will stay until the election")]


@pytest.mark.parametrize("text, speaker_word, content", [
    ("The minister accused Ankara of arming the rebels.", "minister", "Ankara of arming the rebels"),
    ("Rabat blamed Algerian intelligence for the bombing.", "Morocco", "Algerian intelligence for the bombing"),
    ("The ministry denied the report.", "ministry", "the report"),
    ("The court ruled that it lacked jurisdiction over the dispute.", "court", "it lacked jurisdiction over the dispute"),
    ("The president threatened to double the tariff on steel.", "president", "to double the tariff on steel"),
    ("The ministry posted that the border would reopen on Friday.", "ministry", "the border would reopen on Friday"),
    ("Greece unveiled a plan, drawing a protest from Turkey, which said the plan was illegal.", "Turkey",
     "the plan was illegal"),
])
def test_speech_acts_with_objects(nlp, text, speaker_word, content):
    sts = _statements(nlp, text)
    assert len(sts) == 1
    assert speaker_word in sts[0].speaker and _c(text, sts[0]) == content


def test_agreement_inside_a_report_is_the_reporters(nlp):
    text = "Kumar said the two leaders had agreed to resume the talks."
    sts = _statements(nlp, text)
    assert [s.speaker for s in sts] == ["Kumar"]


def test_role_descriptions_name_the_role_holder(nlp):
    text = ("Foreign Minister Ravi Kumar met Prime Minister Ayesha Malik in Delhi. "
            "The prime minister said that trade would double by 2030.")
    sts = _statements(nlp, text)
    assert [s.speaker for s in sts] == ["Ayesha Malik"]


def test_conditional_agreement_and_asides_are_not_reports(nlp):
    assert _statements(nlp, "If the two governments agreed to reopen the border, trade would grow.") == []
    assert _statements(nlp, "The pact covers cars, which tells you how much the industry depends on it.") == []


@pytest.mark.parametrize("text, speaker_word, content", [
    ("For Selim Karaca, the thaw is tactical rather than strategic.", "Karaca", "the thaw is tactical rather than strategic"),
    ("As one diplomat put it, the two sides have run out of excuses.", "diplomat", "the two sides have run out of excuses"),
    ("Ravi Kumar was quoted as saying that the border would stay closed.", "Kumar", "the border would stay closed"),
    ("The embassy issued a statement saying that the envoy had been recalled.", "embassy", "the envoy had been recalled"),
])
def test_attribution_frames_of_analysis_and_wire(nlp, text, speaker_word, content):
    sts = _statements(nlp, text)
    assert len(sts) == 1 and speaker_word in sts[0].speaker and _c(text, sts[0]) == content


def test_for_a_state_is_not_a_statement(nlp):
    assert _statements(nlp, "For Japan, the islands are a matter of national pride.") == []


@pytest.mark.parametrize("text, content", [
    ("Minister Anna Berg underlined the importance of close cooperation in the region.",
     "the importance of close cooperation in the region"),
    ("Anna Berg expressed her satisfaction with the progress achieved since March.",
     "her satisfaction with the progress achieved since March"),
])
def test_press_release_emphasis_objects(nlp, text, content):
    sts = _statements(nlp, text)
    assert [(s.speaker, _c(text, s)) for s in sts] == [("Anna Berg", content)]


def test_emphasis_verb_with_a_plain_object_is_not_a_statement(nlp):
    assert _statements(nlp, "Anna Berg noted the time and left the room.") == []


def test_briefing_answers_speak_for_the_titled_spokesperson(nlp):
    text = ("Regular press briefing, 8 May 2024\n\nQ: Will the talks resume?\n\n"
            "Spokesperson Lin Jian: As I said last week, the door to dialogue remains open.\n\nQ: When?\n\n"
            "Spokesperson Lin Jian: We will release information in due course.\n")
    sts = _statements(nlp, text)
    assert [(s.speaker, _c(text, s)) for s in sts] == [("Lin Jian", "the door to dialogue remains open")]


def test_it_added_continues_the_institution(nlp):
    text = ("Poland's foreign ministry summoned the Russian ambassador on Tuesday. The ministry said the drone "
            "had entered Polish airspace. It added that the ambassador had received a protest note.")
    sts = _statements(nlp, text)
    assert len(sts) == 2 and sts[0].speaker == sts[1].speaker
    assert _c(text, sts[1]) == "the ambassador had received a protest note"


def test_told_a_briefing_that(nlp):
    text = "Spokeswoman Mao Ning told a regular briefing that Beijing opposed the move."
    sts = _statements(nlp, text)
    assert [(s.speaker, _c(text, s)) for s in sts] == [("Mao Ning", "Beijing opposed the move")]


def test_wire_dateline_is_not_content(nlp):
    text = "WARSAW (Wirepress) - Poland summoned Russia's ambassador after a drone crashed, the ministry said."
    sts = _statements(nlp, text)
    assert [_c(text, s) for s in sts] == ["Poland summoned Russia's ambassador after a drone crashed"]


def test_counterpart_of_a_state_is_its_one_person(nlp):
    text = ("Prime Minister Shigeru Ishiba met President Lee in Tokyo. "
            "His South Korean counterpart said Seoul wanted better relations.")
    sts = _statements(nlp, text)
    assert [s.speaker for s in sts] == ["Lee"]


@pytest.mark.parametrize("text, speakers", [
    ("Greek Foreign Minister Nikos Petrou and Turkish Foreign Minister Emre Kaya met in Athens. "
     "The two foreign ministers said that the talks had been frank.", ["Emre Kaya", "Nikos Petrou"]),
    ("When Nikos Petrou and Emre Kaya met in Athens in May, they reaffirmed the commitment to the joint "
     "declaration.", ["Emre Kaya", "Nikos Petrou"]),
    ("Chancellor Olaf Berger met Prime Minister Jan Nowicki in Warsaw. "
     "Berger and Nowicki agreed that the border must stay open.", ["Jan Nowicki", "Olaf Berger"]),
    ("Germany and Poland signed a joint declaration in Warsaw. Germany will fund the museum, and Poland will "
     "host it. Germany and Poland also agreed on rail links. The declaration states that the border must "
     "stay open.", ["Germany", "Poland"]),
    ("Chile, Peru and Bolivia closed their borders in March. "
     "The three governments accused smugglers of exploiting the crisis.", ["Bolivia", "Chile", "Peru"]),
])
def test_groups_speak_as_each_member(nlp, text, speakers):
    """Plural roles, "they" after a coordinated subject, coordinated names, a joint declaration, counted states."""
    last = text.rsplit(". ", 1)[-1]
    sts = [s for s in _statements(nlp, text) if _c(text, s) in last]
    assert sorted(s.speaker for s in sts) == speakers


def test_published_report_speaks_for_its_publisher(nlp):
    text = "The report, published by the Lowy Institute on Monday, concludes that Chinese influence is growing."
    sts = _statements(nlp, text)
    assert [(s.speaker, _c(text, s)) for s in sts] == [("Lowy Institute", "Chinese influence is growing")]


def test_quoted_sentence_keeps_its_first_word(nlp):
    text = 'Asked whether the talks would resume, Kumar said: "That depends on Islamabad."'
    sts = _statements(nlp, text)
    assert [_c(text, s) for s in sts] == ["That depends on Islamabad"]


@pytest.mark.parametrize("text, speaker", [
    ("The Polish side stressed that the pressure on its border was organised.", "Poland"),
    ("The Japanese government said the talks had been candid.", "Japan"),
])
def test_a_states_side_or_government_is_the_state(nlp, text, speaker):
    assert [s.speaker for s in _statements(nlp, text)] == [speaker]


def test_a_bare_quote_continues_the_speaker_of_the_sentence_before(nlp):
    text = ('Karim Haddadin said the economy drove the thaw. He cautioned that old disagreements remained. '
            '"If the two end up on opposite sides again, the suspicions will return."\n\n"Nobody wants a war."\n')
    sts = _statements(nlp, text)
    quoted = [(s.speaker, _c(text, s)) for s in sts if s.kind == "direct_quote"]
    assert quoted == [("Karim Haddadin", "If the two end up on opposite sides again, the suspicions will return")]


@pytest.mark.parametrize("text, speaker_word, content", [
    ("As Lee notes, the two economies remain deeply intertwined.", "Lee", "the two economies remain deeply intertwined"),
    ("As the analyst Mei Lin has argued, the thaw is tactical.", "Mei Lin", "the thaw is tactical"),
])
def test_as_x_notes_attributes_the_sentence(nlp, text, speaker_word, content):
    sts = _statements(nlp, text)
    assert len(sts) == 1 and speaker_word in sts[0].speaker and _c(text, sts[0]) == content


def test_as_a_time_clause_is_not_an_attribution(nlp):
    assert _statements(nlp, "As the talks dragged on, the two sides grew impatient.") == []
