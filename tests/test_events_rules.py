"""Event rules on short sentences written for these tests."""

from __future__ import annotations

import hashlib

import pytest

from dyad.extract.context import DocContext
from dyad.extract.events.extractor import extract_events, load_lexicon
from dyad.records import EVENT_TYPES, Document, Span


def _events(nlp, text: str, date: str | None = "2017-05-11", boilerplate=()):
    doc = Document(id="d" + hashlib.sha256(text.encode()).hexdigest()[:12], source="t.txt", path="t.txt",
                   sha256="", text=text, date=date, boilerplate=tuple(boilerplate))
    ctx = DocContext(document=doc, doc=nlp(text))
    return list(extract_events(ctx.doc, ctx)), text


def test_events_lexicon_types_are_known():
    lex = load_lexicon("en")
    assert {spec["type"] for spec in lex["triggers"].values()} <= set(EVENT_TYPES)
    assert {k["type"] for k in lex["known_events"]} <= set(EVENT_TYPES)


def test_events_visit_with_place_and_date(nlp):
    evs, text = _events(nlp, "The chancellor's visit to Ottawa in late March was a success.")
    assert len(evs) == 1
    e = evs[0]
    assert e.type == "visit" and e.place == "Ottawa" and e.date == "2017-03"
    assert "visit to Ottawa" in text[e.start_char:e.end_char]
    assert e.date_text == text[e.date_span.start:e.date_span.end] == "in late March"


def test_events_relative_date_counts_from_previous_event(nlp):
    evs, _ = _events(nlp, "In November, the two presidents met in Lima. Two months later, the ministers met in Berlin.",
                     date="2017-05-11")
    dates = {e.place: e.date for e in evs}
    assert dates == {"Lima": "2016-11", "Berlin": "2017-01"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The conference was a meeting of minds rather than of interests.",
        "Any discussion of the issue is welcome.",
        "The possibility of a military conflict worries everyone.",
        "There were no consultations this time.",
        "The ministry wants to meet the needs of exporters.",
        "She has met the minister on numerous occasions.",
        "Summits are usually long and dull.",
    ],
)
def test_events_generic_uses_are_not_events(nlp, sentence):
    evs, _ = _events(nlp, sentence)
    assert evs == []


def test_events_named_declaration_and_agreement_dates(nlp):
    evs, _ = _events(nlp, "Both sides refer to the 1993 Tokyo Declaration. The Minsk Agreement was signed on 12 February 2015.",
                     date="2016-01")
    by_type = {e.type: e for e in evs}
    assert by_type["declaration"].date == "1993"
    assert by_type["agreement"].date == "2015-02-12"


def test_events_repeated_references_are_merged(nlp):
    text = ("The premier's visit to Hanoi in April went well. Critics said the premier's visit to Hanoi "
            "changed nothing.")
    evs, _ = _events(nlp, text)
    visits = [e for e in evs if e.type == "visit"]
    assert len(visits) == 1 and visits[0].date == "2017-04"


def test_events_future_tense_puts_month_after_anchor(nlp):
    evs, _ = _events(nlp, "The two leaders are scheduled to meet in Hanoi in early September.", date="2016-08-20")
    assert [(e.type, e.date) for e in evs] == [("meeting", "2016-09")]


def test_events_known_event_date(nlp):
    evs, text = _events(nlp, "The treaty ended the legacy of the Second World War in the region.")
    wars = [e for e in evs if e.type == "military"]
    assert len(wars) == 1 and wars[0].date == "1945" and wars[0].date_text is None


def test_events_election_with_following_date(nlp):
    evs, _ = _events(nlp, "The party won a clear majority in the upper house elections on 10 July.", date="2016-08-01")
    assert [(e.type, e.date) for e in evs] == [("election", "2016-07-10")]


def test_events_venue_names_are_not_events(nlp):
    evs, _ = _events(nlp, "The report was discussed in the Summit Conference Hall of the institute.")
    assert evs == []


def test_events_boilerplate_is_skipped(nlp):
    text = "Subscribe for the summit in Paris on 3 May 2017 coverage!\nThe summit in Paris on 3 May 2017 ended."
    first_line = text.index("\n")
    evs, _ = _events(nlp, text, boilerplate=[Span(0, first_line)])
    assert len(evs) == 1 and evs[0].start_char > first_line and evs[0].date == "2017-05-03"


def test_events_dated_clause_without_trigger_is_other(nlp):
    evs, text = _events(nlp, "The reform plan was put forward by the cabinet in 2015.")
    assert [(e.type, e.date) for e in evs] == [("other", "2015")]
    assert evs[0].confidence < 0.6


def test_reported_would_places_a_bare_month_ahead(nlp):
    from dyad.extract import extract_document
    from dyad.records import Document

    text = "Madrid, 10 October 2024\n\nOfficials said both governments would hold a summit in Lisbon in March."
    doc = Document(id="d", source="t.txt", path="t.txt", sha256="0", text=text, date="2024-10-10")
    evs = extract_document(nlp(text), doc).events
    assert [e.date for e in evs if e.type == "summit"] == ["2025-03"]


def _evs(nlp, text, date):
    from dyad.extract import extract_document
    from dyad.records import Document

    doc = Document(id="d", source="t.txt", path="t.txt", sha256="0", text=text, date=date)
    return extract_document(nlp(text), doc).events


def test_verb_told_events_take_their_sentences_date(nlp):
    text = "In March 2021 Algiers closed its airspace to Moroccan aircraft and expelled two diplomats."
    got = {(e.trigger, e.date) for e in _evs(nlp, text, None)}
    assert ("closed", "2021-03") in got and ("expelled", "2021-03") in got


def test_undated_verb_without_a_dated_neighbour_is_dropped(nlp):
    assert not [e for e in _evs(nlp, "Algiers closed its airspace to Moroccan aircraft.", None) if e.trigger == "closed"]


def test_narrative_event_takes_the_date_told_just_before(nlp):
    text = ("Kumar flew to Lagos for a summit in early May. He and Malik signed agreements on trade and visas.")
    got = {(e.type, e.date) for e in _evs(nlp, text, "2024-06-10")}
    assert ("agreement", "2024-05") in got


def test_today_dates_a_dated_report(nlp):
    text = "Rome, 2 May 2024\n\nThe two foreign ministers held talks in Rome today."
    assert [(e.type, e.date) for e in _evs(nlp, text, "2024-05-02")] == [("meeting", "2024-05-02")]


def test_told_clause_around_a_typed_event_is_one_event(nlp):
    got = [(e.type, e.date) for e in _evs(nlp, "The EU adopted a package of sanctions against Russia in June 2023.", None)]
    assert got == [("sanctions", "2023-06")]


def test_water_cannon_fired_is_a_military_event(nlp):
    text = "Coast guard vessels fired water cannon at a supply boat near the shoal on 4 May 2024."
    assert [(e.type, e.date) for e in _evs(nlp, text, None)] == [("military", "2024-05-04")]
