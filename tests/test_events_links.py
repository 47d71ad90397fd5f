"""Events dated through another event, specific undated mentions, and repeated mentions
(short sentences written for these tests)."""

from __future__ import annotations

import hashlib

import pytest

from dyad.extract.context import DocContext
from dyad.extract.events.extractor import extract_events
from dyad.records import Document


def _events(nlp, text: str, date: str | None = "2021-06-15"):
    doc = Document(id="d" + hashlib.sha256(text.encode()).hexdigest()[:12], source="t.txt", path="t.txt",
                   sha256="", text=text, date=date)
    ctx = DocContext(document=doc, doc=nlp(text))
    evs = list(extract_events(ctx.doc, ctx))
    for e in evs:  # provenance: every span reproduces its text
        assert 0 <= e.start_char < e.end_char <= len(text)
        if e.date_span is not None:
            assert text[e.date_span.start:e.date_span.end] == e.date_text
    return evs, text


def _find(evs, text, word):
    found = [e for e in evs if word in text[e.start_char:e.end_char]]
    assert found, f"no event around {word!r}: {[text[e.start_char:e.end_char] for e in evs]}"
    return found[0]


def test_events_links_when_clause_after_date(nlp):
    evs, text = _events(nlp, "The dispute began in May 2019, when a regional court ordered the ministry to pay damages.")
    e = _find(evs, text, "ordered")
    assert e.date == "2019-05"


def test_events_links_cause_takes_the_month_of_its_consequence(nlp):
    evs, text = _events(nlp, "Ruritania expelled the ambassador on 4 March 2019 after protesters stormed the embassy "
                             "in Zenda following the execution of an opposition leader.")
    assert _find(evs, text, "stormed").date == "2019-03"
    assert _find(evs, text, "execution").date == "2019-03"


def test_events_links_during_the_visit(nlp):
    evs, text = _events(nlp, "Chancellor Scholz visited Ottawa on 12 May 2021. Trudeau called the talks useful. "
                             "During the visit, Canada agreed to double its gas exports.")
    assert _find(evs, text, "agreed").date == "2021-05-12"


def test_events_links_agree_needs_a_date(nlp):
    evs, text = _events(nlp, "Analysts agreed that the economy was weak.")
    assert not [e for e in evs if e.type == "agreement"]


def test_events_links_joint_statement_takes_the_meeting_date(nlp):
    evs, text = _events(nlp, "The foreign ministers of France and Germany met in Paris on 3 June 2021, "
                             "the two governments said in a joint statement.")
    e = _find(evs, text, "joint statement")
    assert e.type == "declaration" and e.date == "2021-06-03"


def test_events_links_reaction_takes_the_year_of_the_event_before(nlp):
    evs, _ = _events(nlp, "France raised tariffs on steel in March 2018. Italy retaliated by closing its ports.")
    e = next(e for e in evs if e.trigger == "retaliated")
    assert e.date == "2018"


def test_events_links_reaction_without_a_dated_event_before_is_dropped(nlp):
    evs, _ = _events(nlp, "France raised tariffs on steel in March 2018.\n\nItaly retaliated by closing its ports.")
    assert not [e for e in evs if e.trigger == "retaliated"]


def test_events_links_planned_and_coming_events(nlp):
    evs, text = _events(nlp, "Cooperation with Japan, including a planned trilateral summit, is growing.")
    e = _find(evs, text, "summit")
    assert e.type == "summit" and e.date is None
    evs, text = _events(nlp, "The government could not ignore farmers, especially with an election coming.")
    assert _find(evs, text, "election").date == "2021"


@pytest.mark.parametrize("sentence", [
    "Trust in the United States fell from 60 percent in 2018 to 30 percent in 2022.",
    "Exports to Japan rose sharply in 2019.",
])
def test_events_links_trends_are_not_events(nlp, sentence):
    evs, _ = _events(nlp, sentence)
    assert evs == []


def test_events_links_date_restated_more_precisely(nlp):
    evs, text = _events(nlp, "The meeting follows the deal announced in Paris last month, on May 10.")
    assert [e.date for e in evs if e.trigger == "deal"] == ["2021-05-10"]
    assert not [e for e in evs if e.date and e.trigger.lower() == "meeting"]  # the deal's date is not the meeting's


def test_events_links_same_year_named_agreement_once(nlp):
    evs, _ = _events(nlp, "All claims were settled by the 1965 treaty. The new plan does not reopen the 1965 settlement.")
    assert [e.date for e in evs if e.type == "agreement"] == ["1965"]


def test_events_links_two_dated_measures_stay_apart(nlp):
    evs, _ = _events(nlp, "When Canberra called for an inquiry in April 2020, Beijing responded within weeks with "
                          "anti-dumping duties on barley, and later with tariffs on wine.")
    measures = [e for e in evs if e.type == "sanctions"]
    assert len(measures) == 2 and {e.date for e in measures} == {"2020"}


def test_events_links_background_knowledge_depends_on_the_document_date(nlp):
    """"Sanctions on Russia" are the 2014 ones in a 2017 piece, not in a 2023 one (those are 2022's);
    US sanctions on Iran have too many rounds to be dated by background knowledge at all."""
    text = "Western sanctions on Russia over Ukraine keep Japanese firms away."
    evs, _ = _events(nlp, text, date="2017-04-06")
    assert [e.date for e in evs if e.type == "sanctions"] == ["2014"]
    evs, _ = _events(nlp, text, date="2023-04-06")
    assert not [e for e in evs if e.date == "2014"]
    evs, _ = _events(nlp, "Tehran wants investment while U.S. sanctions squeeze its economy.", date="2023-04-06")
    assert not [e for e in evs if e.date == "2018"]


def test_events_links_speech_to_an_assembly(nlp):
    evs, text = _events(nlp, "On 19 September, the president told the UN General Assembly that peace was near.")
    assert _find(evs, text, "General Assembly").date == "2020-09-19"  # the last 19 September before the anchor
    evs, _ = _events(nlp, "On 19 September, the president told reporters that peace was near.")
    assert evs == []


def test_events_links_where_clause_gives_the_place_and_merges_retelling(nlp):
    evs, _ = _events(nlp, "The dispute matters in Yemen, where Riyadh has led a military coalition since 2015. "
                          "Washington wants to end the war in Yemen.")
    military = [e for e in evs if e.type == "military"]
    assert len(military) == 1 and military[0].place == "Yemen" and military[0].date == "2015"
