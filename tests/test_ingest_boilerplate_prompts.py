"""Furniture on unseen pages: share lists, compound prompt lines, rules, author-own disclaimers;
and metadata from interview bylines, outlet lines and hyphenated given names."""

from __future__ import annotations

import pytest

from dyad.ingest import classify_line, extract_metadata, find_boilerplate
from dyad.ingest.metadata import is_person_name

FURNITURE = [
    ("share", "Share this story: Facebook | X | Email"),
    ("share", "Share: X, LinkedIn, Copy link"),
    ("disclaimer", "The opinions in this column are the writer's own."),
    ("disclaimer", "The views expressed in this essay are solely the author\u2019s own."),
    ("disclaimer", "The author's views are her own."),
    ("share", "Share this post \u00b7 Subscribe to the Example Letter"),
    ("subscribe", "Follow us on Telegram | Share this interview"),
]

CONTENT = [
    "X marks the spot where the two delegations met.",
    "Share this, the minister said, with your neighbours.",
    "The views of the two governments are their own business.",
    "Politics | Economy | Security",
    "Trade \u00b7 Energy",
    "By Jane Roe | Example Review | 3 May 2021",
    "- the first point of the plan is a ceasefire",
]


@pytest.mark.parametrize("category,line", FURNITURE)
def test_ingest_boilerplate_prompts_marks_line(category, line):
    assert classify_line(line) == category


@pytest.mark.parametrize("line", CONTENT)
def test_ingest_boilerplate_prompts_leaves_content(line):
    assert classify_line(line) is None


@pytest.mark.parametrize("rule", ["---", "* * *", "___", "=====", "  - - -  "])
def test_ingest_boilerplate_prompts_horizontal_rule(rule):
    text = f"A Headline For Testing\n\nThe two leaders met in spring.\n{rule}\nThey will meet again.\n"
    got = [text[s.start:s.end] for s in find_boilerplate(text)]
    assert got == [rule]


def test_ingest_boilerplate_prompts_dashes_in_prose_are_content():
    text = "A Headline For Testing\n\nThe talks -- long delayed -- resumed.\n-- a note\n"
    assert find_boilerplate(text) == ()


def test_ingest_metadata_interview_byline_gives_author_outlet_and_date():
    text = ("# Two Neighbours Talk Again\n\n*Interview by Jane Roe | Example Review | 3 May 2021*\n\n"
            "We spoke to an expert about the talks between the two governments.\n")
    m = extract_metadata(text, fmt="md")
    assert m.title == "Two Neighbours Talk Again"
    assert m.authors == ("Jane Roe",)
    assert m.publisher == "Example Review"
    assert m.date == "2021-05-03"
    assert text[m.date_span.start:m.date_span.end] == "3 May 2021"


def test_ingest_metadata_outlet_line_under_byline():
    text = ("Ministers meet in the capital\nBy Jane Roe and Sam Poe\nExample Wire Service\n"
            "May 4, 2021\n\nThe ministers met on Tuesday and they agreed to talk again.\n")
    m = extract_metadata(text)
    assert m.authors == ("Jane Roe", "Sam Poe")
    assert m.publisher == "Example Wire Service"
    assert m.date == "2021-05-04"


def test_ingest_metadata_sentence_under_byline_is_no_outlet():
    text = ("Ministers meet in the capital\nBy Jane Roe\nThe Ministers Met Again\n\n"
            "The ministers met on Tuesday and they agreed to talk again.\n")
    assert extract_metadata(text).publisher is None


def test_ingest_metadata_no_stated_date_is_null():
    text = ("Ministers meet in the capital\nBy Jane Roe\n\n"
            "The ministers met in 2019 and again on 4 May 2021, and they agreed to talk again.\n")
    assert extract_metadata(text).date is None


def test_ingest_metadata_hyphenated_given_names():
    assert is_person_name("Kim Min-jun")
    assert is_person_name("Seo Ji-Woo")
    assert not is_person_name("kim min-jun")
    assert not is_person_name("Pro-western Group")
    m = extract_metadata("A Headline For Testing\nBy Park Ji-hoon, Example Institute\n\nThe text.\n")
    assert m.authors == ("Park Ji-hoon",)
