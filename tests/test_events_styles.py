"""Events in styles the dev articles lack (wire copy, other relationships), on sentences
written for these tests: what a careful annotator following the gold guidelines expects."""

from __future__ import annotations

import hashlib

import pytest

from dyad.extract.context import DocContext
from dyad.extract.events.extractor import extract_events
from dyad.records import Document


def _events(nlp, text: str, date: str | None = "2020-06-17"):
    doc = Document(id="d" + hashlib.sha256(text.encode()).hexdigest()[:12], source="t.txt", path="t.txt",
                   sha256="", text=text, date=date)
    ctx = DocContext(document=doc, doc=nlp(text))
    return list(extract_events(ctx.doc, ctx))


# text, document date, expected (type, date) among the events
POSITIVE = [
    # dates relative to the document date
    ("The foreign ministers of India and China met in Moscow on Tuesday.", "2020-06-17", ("meeting", "2020-06-16")),
    ("The two presidents held talks in Beijing last month.", "2020-06-17", ("meeting", "2020-05")),
    ("Modi visited Washington earlier this year.", "2020-06-17", ("visit", "2020")),
    ("The defence ministers will meet in Seoul next week.", "2020-06-17", ("meeting", "2020-06")),
    ("The summit in Hanoi is scheduled for next month.", "2020-06-17", ("summit", "2020-07")),
    ("The forum took place in Vladivostok from 3 to 5 September.", "2020-10-01", ("conference", "2020-09-03")),
    ("The two navies began joint exercises on 2020-07-21.", None, ("military", "2020-07-21")),
    # military
    ("Twenty soldiers died in the 2020 Galwan clash.", "2021-01-10", ("military", "2020")),
    ("India and China fought a border clash in the Galwan Valley in June 2020.", None, ("military", "2020-06")),
    ("Pyongyang conducted a missile test on 4 July 2017.", None, ("military", "2017-07-04")),
    ("Russia launched its invasion of Ukraine on 24 February 2022.", None, ("military", "2022-02-24")),
    ("The deployment of the battery in Seongju in March 2017 angered Beijing.", None, ("military", "2017-03")),
    ("The two navies held joint military exercises in the Sea of Japan in July.", "2020-10-01", ("military", "2020-07")),
    # elections
    ("Modi's party won the 2019 election by a wide margin.", None, ("election", "2019")),
    ("Moon Jae-in won the presidential election in May 2017.", None, ("election", "2017-05")),
    # sanctions
    ("The European Union imposed sanctions on Iran in 2012.", None, ("sanctions", "2012")),
    ("Washington lifted sanctions on Sudan in October 2017.", None, ("sanctions", "2017-10")),
    ("The United States imposed new sanctions on Venezuela.", "2019-01-30", ("sanctions", None)),
    # agreements
    ("India and Japan signed a civil nuclear agreement in November 2016.", None, ("agreement", "2016-11")),
    ("Tokyo and Canberra concluded a treaty on reciprocal access in 2022.", None, ("agreement", "2022")),
    ("Beijing and Manila signed a memorandum of understanding on oil exploration.", "2018-11-20", ("agreement", None)),
    ("The two firms signed a gas deal worth 400 billion dollars in May 2014.", None, ("agreement", "2014-05")),
    ("The Paris Agreement was adopted in December 2015.", None, ("agreement", "2015-12")),
    # summits, meetings, calls, conferences
    ("Putin and Xi held a phone call on Monday.", "2020-06-17", ("meeting", "2020-06-15")),
    ("Abe spoke with Trump in a telephone conversation on 9 May.", "2020-06-17", ("meeting", "2020-05-09")),
    ("Leaders gathered for the G20 summit in Osaka in June 2019.", None, ("summit", "2019-06")),
    ("The annual Shangri-La Dialogue conference opened in Singapore on 31 May 2019.", None, ("conference", "2019-05-31")),
    ("Lavrov met his Japanese counterpart Kono in Moscow on 14 January 2019.", None, ("meeting", "2019-01-14")),
    # planned events are events
    ("The leaders will meet at a summit in Delhi in November.", "2020-06-17", ("summit", "2020-11")),
    ("The election, due in 2024, could change everything.", "2023-06-14", ("election", "2024")),
    # other military verbs and travel
    ("North Korea fired two ballistic missiles into the sea on Thursday.", "2023-06-14", ("military", "2023-06-08")),
    ("China sent warships to the disputed waters last week.", "2023-06-14", ("military", "2023-06")),
    ("Yoon travelled to Tokyo on 16 March for talks with Kishida.", "2023-06-14", ("visit", "2023-03-16")),
    # the date of a relative clause about someone else is not the event's
    ("Kishida, who took office in October 2021, visited Kyiv in March.", "2023-06-14", ("visit", "2023-03")),
]


@pytest.mark.parametrize("text,date,expected", POSITIVE)
def test_events_styles_positive(nlp, text, date, expected):
    evs = _events(nlp, text, date)
    got = [(e.type, e.date) for e in evs]
    assert expected in got, got
    for e in evs:
        assert text[e.start_char:e.end_char].strip() and e.start_char < e.end_char


@pytest.mark.parametrize(
    "text",
    [
        "There was no meeting between the two leaders.",
        "A meeting could take place at some point.",
        "The ministers did not meet.",
        "Sanctions rarely change the behaviour of states.",
        "Summits between the two countries are often symbolic.",
        "The border is 3,488 km long and about 2000 troops guard it.",
        "Elections are a cornerstone of democracy.",
        "A war between the two nuclear powers would be a disaster.",
        "Exports rose by 2019 points in the index.",
        "India and China may hold talks if tensions ease.",
    ],
)
def test_events_styles_negative(nlp, text):
    evs = _events(nlp, text)
    assert [(e.type, e.date, text[e.start_char:e.end_char]) for e in evs] == []


def test_events_dateline_anchors_undated_wire_story(nlp):
    text = ("India and China agree to ease tensions\n\nNEW DELHI, June 17 (Reuters) - The foreign ministers of "
            "India and China spoke by phone on Tuesday, a month after the border standoff began in May 2020.")
    evs = _events(nlp, text, date=None)
    got = [(e.type, e.date) for e in evs]
    assert ("meeting", "2020-06-16") in got, got
    assert all(e.date_text != "June 17" for e in evs)


def test_events_dateline_with_year(nlp):
    text = "TOKYO, Sept. 3, 2019 (Kyodo) - Abe met Putin in Vladivostok on Thursday."
    evs = _events(nlp, text, date=None)
    assert ("meeting", "2019-08-29") in [(e.type, e.date) for e in evs]


def test_events_styles_spans_reproduce_text(nlp):
    text = ("Washington lifted sanctions on Sudan in October 2017. Two months later the leaders met in Khartoum. "
            "The deal was signed on 3 January 2018 and elections followed in 2020.")
    evs = _events(nlp, text, date=None)
    assert evs
    for e in evs:
        assert e.doc_id and e.extractor == "events" and 0 < e.confidence <= 1
        assert 0 <= e.start_char < e.end_char <= len(text)
        if e.date_span is not None:
            assert text[e.date_span.start:e.date_span.end] == e.date_text


def test_events_sanctions_elsewhere_are_not_dated_by_world_knowledge(nlp):
    # the lexicon knows the 2014 Russia sanctions; Western sanctions on another country are not those
    evs = _events(nlp, "Western governments imposed sanctions on Iran over its nuclear programme.", "2019-03-01")
    assert [(e.type, e.date) for e in evs] == [("sanctions", None)]
