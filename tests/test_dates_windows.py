"""Date expressions added for unseen articles ('that November', 'the day before', a bare
season, a byline date) and the windowed scan of find_dates (pure Python, own sentences)."""

from __future__ import annotations

import pytest

from dyad.extract.dates import document_anchor, find_dates, find_header_date, resolve_date
from dyad.extract.dates.patterns import _scan_all

TEXTS = [
    "NEW DELHI, Sept. 11 (Reuters) - Talks were held on Thursday, a month after the clash in June 2020.",
    "From 3 to 5 May 2016 the forum met; on May 3-5, 2016 it closed. In mid-2019 and late 2018, too.",
    "Exports rose by 2019 points; 50 per cent of 2000 workers. Page 12, no. 2014. On 2020-07-21 it began.",
    "Three months later, the next day, that year, last week, this past winter, spring 2019, yesterday.",
    "The 70th anniversary fell on Monday; next Friday the ministers meet. In the 1990s trade boomed.",
    "The treaty of 1956 and the declaration of 25 March 2001 (Irkutsk) were signed in Sept. 2001?",
]


@pytest.mark.parametrize("text", TEXTS)
def test_dates_windowed_scan_matches_full_scan(text):
    assert find_dates(text) == _scan_all(text)
    # the same at an offset and with padding around the text
    padded = "x" * 300 + " " + text + " " + "y" * 300
    assert [(e.start, e.text) for e in find_dates(padded)] == [(e.start, e.text) for e in _scan_all(padded)]


@pytest.mark.parametrize(
    "expr, anchor, previous, tense, expected",
    [
        ("that November", "2020-01-15", "2018-05", None, "2018-11"),
        ("that March", "2020-01-15", "2018-05", None, "2019-03"),
        ("that November", "2020-01-15", None, None, None),
        ("the day before", "2020-10-20", "2020-03-06", None, "2020-03-05"),
        ("the day after", "2020-10-20", "2020-03-06", None, "2020-03-07"),
        ("in autumn", "2021-03-12", None, "future", "2021"),
        ("in the spring", "2021-05-12", None, None, "2021"),
        ("in the spring", "2021-02-12", None, None, "2020"),
        ("in the spring", "2021-02-12", None, "future", "2021"),
    ],
)
def test_dates_new_relative_forms(expr, anchor, previous, tense, expected):
    assert resolve_date(expr, anchor=anchor, previous=previous, tense=tense) == expected


@pytest.mark.parametrize(
    "text",
    ["The day after the vote, he resigned.", "In the fall of the regime, nobody won.", "During summer term exams"],
)
def test_dates_new_forms_need_their_context(text):
    got = [e.text for e in find_dates(text)]
    assert not any("day after" in g or "fall" in g or "summer" in g for g in got), got


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Title\n\nOp-ed by A. Writer | Published 20 October 2020\n\nBody text here.", "2020-10-20"),
        ("Title\n\nAn analysis by the Centre for Studies, 12 March 2021\n\nBody.", "2021-03-12"),
        ("Title\n\nJanuary 15, 2020\n\nBody.", "2020-01-15"),
        ("Title\n\nThe ministers met on 12 March 2021 in Warsaw.\n\nBody.", None),  # a sentence, not a byline
        ("Title\n\nThe summit of 12 March 2021 was short and the talks that followed were long\n", None),
    ],
)
def test_dates_header_date(text, expected):
    assert find_header_date(text) == expected


def test_dates_anchor_prefers_document_date_then_header():
    text = "Title\n\nBy A. Writer, 12 March 2021\n\nIn December the talks resumed."
    assert document_anchor("2021-04-01", text) == ("2021-04-01", False)
    assert document_anchor(None, text) == ("2021-03-12", True)
