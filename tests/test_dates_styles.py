"""Date expressions in styles the dev articles lack: wire datelines, weekdays, day ranges,
ISO dates, and numbers that are not dates (pure Python, sentences written for these tests)."""

from __future__ import annotations

import pytest

from dyad.extract.dates import find_dateline, find_dates, resolve_date


@pytest.mark.parametrize(
    "text, expected, expected_text",
    [
        ("NEW DELHI, June 17 (Reuters) - India said on Tuesday ...", "06-17", "June 17"),
        ("BEIJING, Sept. 3, 2020 — China announced ...", "2020-09-03", "Sept. 3, 2020"),
        ("Headline here\n\nMOSCOW, 12 March (AFP) – The ministry said ...", "03-12", "12 March"),
        ("WASHINGTON (AP) — On March 4 the senate voted ...", None, None),
    ],
)
def test_dates_dateline_found(text, expected, expected_text):
    d = find_dateline(text)
    if expected is None:
        assert d is None
        return
    assert d is not None and text[d.start:d.end] == expected_text == d.text
    got = (f"{d.year:04d}-" if d.year else "") + f"{d.month:02d}-{d.day:02d}"
    assert got == expected


@pytest.mark.parametrize(
    "text",
    [
        "In June 17 countries signed the pact.",  # not at the start of a line
        "The Paris summit, June 17, was short.",
        "He said, May 5 was the deadline.",
    ],
)
def test_dates_dateline_needs_wire_form(text):
    assert find_dateline(text) is None


@pytest.mark.parametrize(
    "expr, anchor, tense, expected",
    [
        ("on Tuesday", "2020-06-17", None, "2020-06-16"),  # a Wednesday: the day before
        ("on Wednesday", "2020-06-17", None, "2020-06-17"),  # the same day
        ("on Friday", "2020-06-17", None, "2020-06-12"),
        ("on Friday", "2020-06-17", "future", "2020-06-19"),
        ("last Monday", "2020-06-17", None, "2020-06-15"),
        ("next Monday", "2020-06-17", None, "2020-06-22"),
        ("earlier this year", "2020-06-17", None, "2020"),
        ("last month", "2020-06-17", None, "2020-05"),
        ("next week", "2020-06-17", None, "2020-06"),
        ("next month", "2020-12-01", None, "2021-01"),
        ("from 3 to 5 May", "2017-06-01", None, "2017-05-03"),
        ("from 3 to 5 May 2016", None, None, "2016-05-03"),
        ("on 3-5 May 2016", None, None, "2016-05-03"),
        ("between 3 and 5 May 2016", None, None, "2016-05-03"),
        ("May 3-5, 2016", None, None, "2016-05-03"),
        ("from May 3 to 5, 2016", None, None, "2016-05-03"),
        ("on 2019-11-04", None, None, "2019-11-04"),
        ("the 2020 Galwan clash", None, None, "2020"),
        ("in the 1990s", None, None, None),
    ],
)
def test_dates_styles_resolve(expr, anchor, tense, expected):
    assert resolve_date(expr, anchor=anchor, previous=None, tense=tense) == expected


def test_dates_bare_weekday_in_wire_style():
    text = "The minister said Tuesday that talks would resume."
    found = find_dates(text)
    assert [text[d.start:d.end] for d in found] == ["Tuesday"]
    assert resolve_date(text, anchor="2020-06-17", previous=None) == "2020-06-16"


@pytest.mark.parametrize(
    "text",
    [
        "Good Friday is a holiday.",
        "The Black Friday sales began.",
        "About 2000 soldiers crossed the line.",
        "The 1,500 km border is disputed.",
        "India has 1962 kilometres of road there.",
        "Call 2020 5555 for details.",
        "It rose by 2019 points.",
        "Page 2017 of the report.",
        "Resolution 2231 was adopted.",
    ],
)
def test_dates_not_dates(text):
    kinds = [(d.text, d.kind) for d in find_dates(text)]
    assert kinds == []
