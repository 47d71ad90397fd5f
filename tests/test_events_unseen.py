"""Events in articles about other relationships, on short texts written for these tests:
detection once per article, type, and date at the precision the text supports."""

from __future__ import annotations

import hashlib

import pytest

from dyad.extract.context import DocContext
from dyad.extract.events.extractor import extract_events
from dyad.records import Document


def _events(nlp, text: str, date: str | None = "2020-10-20"):
    doc = Document(id="d" + hashlib.sha256(text.encode()).hexdigest()[:12], source="t.txt", path="t.txt",
                   sha256="", text=text, date=date)
    ctx = DocContext(document=doc, doc=nlp(text))
    return list(extract_events(ctx.doc, ctx))


def _got(nlp, text, date="2020-10-20"):
    return [(e.type, e.date) for e in _events(nlp, text, date)]


POSITIVE = [
    # a year and a noun outside the trigger lexicon, and new triggers
    ("Relations froze after the 1979 revolution in Tehran.", None, ("other", "1979")),
    ("Washington reimposed sanctions on Iranian oil in November 2018.", None, ("sanctions", "2018-11")),
    ("India imposed anti-dumping duties on Chinese steel in March 2021.", None, ("sanctions", "2021-03")),
    ("The tenth round of talks took place at Moldo on 20 February 2021.", None, ("meeting", "2021-02-20")),
    ("The Turkish jets shot down a Russian bomber in November 2015.", None, ("military", "2015-11")),
    ("Seoul expelled two Japanese diplomats in May 2019.", None, ("other", "2019-05")),
    ("The navies held the Malabar exercise in November 2020.", None, ("military", "2020-11")),
    # a mistagged noun still triggers ("roundtable" is often tagged as an adjective)
    ("The roundtable, held on 4 February 2021, brought together former diplomats.", None, ("conference", "2021-02-04")),
    # relative dates
    ("A ceasefire took effect on 6 March after the two presidents met in Moscow the day before.", "2020-10-20",
     ("meeting", "2020-03-05")),
    ("Trump quit the deal in May 2018 and reimposed sanctions on Iranian oil that November.", None,
     ("sanctions", "2018-11")),
    ("The foreign ministers will meet again in autumn.", "2021-03-12", ("meeting", "2021")),
    ("A federal election is due in September.", "2021-03-12", ("election", "2021-09")),
    ("A presidential election is due next year.", "2020-01-15", ("election", "2021")),
    # the date of a 'when' clause dates the main clause
    ("When the jets downed a bomber in November 2015, Moscow responded with sweeping sanctions.", None,
     ("sanctions", "2015-11")),
    # a trigger rejected for want of a modifier leaves its dated clause to the fallback
    ("The agency launched a new programme in April 2019.", None, ("other", "2019-04")),
]


@pytest.mark.parametrize("text,date,expected", POSITIVE)
def test_events_unseen_positive(nlp, text, date, expected):
    got = _got(nlp, text, date)
    assert expected in got, got


def test_events_unseen_coordinated_years_and_ellipsis(nlp):
    got = _got(nlp, "The two sides signed a border agreement in 1993 and another in 1996.", None)
    assert ("agreement", "1993") in got and ("agreement", "1996") in got, got
    got = _got(nlp, "Both sides still cite the 1993 and 1996 agreements.", None)
    assert ("agreement", "1993") in got and ("agreement", "1996") in got, got


def test_events_unseen_met_at_summit_is_one_event(nlp):
    evs = _events(nlp, "Modi and Xi last met at an informal summit in Mamallapuram in October 2019.", None)
    assert [(e.type, e.date) for e in evs] == [("summit", "2019-10")]


def test_events_unseen_retold_meeting_is_merged(nlp):
    text = ("The foreign ministers held talks in Moscow on 10 September 2020. "
            "Jaishankar and Wang met on the sidelines of a regional meeting and agreed on five points.")
    evs = _events(nlp, text, None)
    assert [(e.type, e.date) for e in evs] == [("meeting", "2020-09-10")]


def test_events_unseen_inner_event_keeps_its_date(nlp):
    text = "The Second World War, which began with the German invasion of Poland on 1 September 1939, ended in Europe."
    got = _got(nlp, text, None)
    assert ("military", "1939-09-01") in got
    assert got.count(("military", "1939-09-01")) == 1, got  # the war does not take the invasion's date
    got = _got(nlp, "They agreed on a plan to ease the standoff after talks in Moscow on 10 September 2020.", None)
    assert ("meeting", "2020-09-10") in got and ("military", "2020-09-10") not in got, got


@pytest.mark.parametrize(
    "text",
    [
        "Experts doubt that a meeting of minds on energy is near.",
        "The process of reconciliation continues.",
        "Koreans were forced to work in the mills during the 1910-45 colonial rule.",
        "Post-Cold War relations have been uneven.",
        "Moscow responded with sweeping economic sanctions against Ankara.",
        "A new round of consultations could follow if tensions ease.",
    ],
)
def test_events_unseen_negative(nlp, text):
    got = [(e.type, e.date, text[e.start_char:e.end_char]) for e in _events(nlp, text)]
    assert not [g for g in got if g[1] is not None or "mind" in g[2] or "War" in g[2]], got


def test_events_unseen_known_sanctions_need_their_context(nlp):
    # Russian sanctions against Turkey are not the 2014 Western sanctions on Russia
    got = _got(nlp, "After the jet was downed, Russia imposed sanctions on Turkish tomatoes.", "2016-01-10")
    assert ("sanctions", "2014") not in got, got
    got = _got(nlp, "Japan joined the Western sanctions against Russia over Crimea.", "2017-05-01")
    assert ("sanctions", "2014") in got, got


def test_events_unseen_spans_reproduce_text(nlp):
    text = ("Title\n\nBy A. Writer | Published 20 October 2020\n\nThe two sides signed a pact in 1993 and another "
            "in 1996. Since the 1979 revolution, ties were cut. The ministers met in Ankara the day before the "
            "vote on 4 May. They will meet again in autumn.")
    evs = _events(nlp, text, None)
    assert len(evs) >= 4
    for e in evs:
        assert e.doc_id and e.extractor == "events" and 0 < e.confidence <= 1
        assert 0 <= e.start_char < e.end_char <= len(text) and text[e.start_char:e.end_char].strip()
        if e.date_span is not None:
            assert text[e.date_span.start:e.date_span.end] == e.date_text
