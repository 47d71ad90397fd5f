"""Date expressions: scanning with offsets and resolution against anchors (pure Python)."""

from __future__ import annotations

import pytest

from dyad.extract.dates import find_dates, infer_anchor, parse_partial, precision, resolve_date


@pytest.mark.parametrize(
    "expr, expected",
    [
        ("on 25 March 2001", "2001-03-25"),
        ("August 31, 2017", "2017-08-31"),
        ("17 may 2017", "2017-05-17"),
        ("6 May 2016", "2016-05-06"),
        ("the 3rd of October, 1990", "1990-10-03"),
        ("in May 2016", "2016-05"),
        ("late June of 2012", "2012-06"),
        ("in 2016", "2016"),
        ("the 1956 Joint Declaration", "1956"),
        ("by 2019", "2019"),
        ("the 2014 Ukraine crisis", "2014"),
        ("in 1945", "1945"),
        ("the 2015-2016 talks", "2015"),
        ("winter 2009", "2009"),
        ("Russia’s 2016 elections", "2016"),
        ("2016 was a hard year", "2016"),
    ],
)
def test_dates_absolute_expressions(expr, expected):
    assert resolve_date(expr, anchor=None, previous=None) == expected


@pytest.mark.parametrize(
    "expr, anchor, tense, expected",
    [
        ("In December", "2017-05-11", None, "2016-12"),
        ("in late April", "2017-05-17", None, "2017-04"),
        ("on April 24", "2017-05-17", None, "2017-04-24"),
        ("In May", "2017-05-11", None, "2017-05"),
        ("in early September", "2016-08", "future", "2016-09"),
        ("in early September", "2016-08", None, "2015-09"),
        ("next March", "2016-08-02", None, "2017-03"),
        ("last August", "2016-08-20", None, "2015-08"),
        ("on 10 July", "2016", None, "2016-07-10"),
        ("last year", "2017-05", None, "2016"),
        ("later this year", "2016-08", None, "2016"),
        ("next year", "2016", None, "2017"),
        ("last month", "2017-01-15", None, "2016-12"),
        ("this past winter", "2017-05-17", None, "2017"),
        ("last summer", "2017-05-17", None, "2016"),
        ("last summer", "2017-10-01", None, "2017"),
        ("next spring", "2017-05-17", None, "2018"),
        ("yesterday", "2017-03-01", None, "2017-02-28"),
        ("two years ago", "2017-05-17", None, "2015"),
    ],
)
def test_dates_anchor_relative(expr, anchor, tense, expected):
    assert resolve_date(expr, anchor=anchor, previous=None, tense=tense) == expected


@pytest.mark.parametrize(
    "expr, previous, expected",
    [
        ("three months later", "2016-12", "2017-03"),
        ("Three months later", "2016-12-15", "2017-03"),
        ("a year later", "2001-03-25", "2002"),
        ("the next day", "2016-05-06", "2016-05-07"),
        ("the following day", "2016-12-31", "2017-01-01"),
        ("on the same day", "2016-05-06", "2016-05-06"),
        ("that year", "1956-10", "1956"),
        ("two weeks later", "2017-04-27", "2017-05"),
        ("three months later", "2016", None),
        ("three months later", None, None),
    ],
)
def test_dates_relative_to_previous_event(expr, previous, expected):
    assert resolve_date(expr, anchor="2017-05-11", previous=previous) == expected


def test_dates_anniversary_needs_a_base():
    assert resolve_date("the 70th anniversary", anchor="2017", previous=None) is None
    assert resolve_date("the 70th anniversary", anchor="2017", previous=None, base="1945") == "2015"


@pytest.mark.parametrize(
    "expr",
    [
        "the 17th meeting of the two leaders",
        "50 per cent of the total",
        "9.5 billion euros",
        "Page 1 of 5",
        "Bolshaya Tatarskaya 42, Moscow",
        "2000 troops were sent",
        "plans to hire 2000 workers",
        "about 1500 people",
        "a day after the talks",
        "results may vary",
        "a march on the capital",
        "recently",
        "in recent years",
        "several months later",
        "in the 1990s",
        "",
        "   ",
        "In December",  # no anchor: the year is unknown
        "32 January",
    ],
)
def test_dates_unparseable_gives_none(expr):
    assert resolve_date(expr, anchor=None, previous=None) is None


@pytest.mark.parametrize("junk", [None, 42, "2017-13-45", "\x00\x00", "May May May", "the 99th of Smarch"])
def test_dates_never_raise(junk):
    assert resolve_date(junk, anchor="2017-02-30", previous="garbage") is None
    assert resolve_date(str(junk), anchor="not a date", previous=None) is None


def test_dates_scanner_offsets_reproduce_text():
    text = ("They met on 6 May 2016 in Sochi. In December, he went back; three months later "
            "the ministers met, 50 per cent agreed, and by 2019 the pipeline, page 3, should be done.")
    found = find_dates(text)
    assert [e.text for e in found] == ["on 6 May 2016", "In December", "three months later", "by 2019"]
    for e in found:
        assert text[e.start:e.end] == e.text


def test_dates_scanner_offset_argument_shifts_spans():
    (e,) = find_dates("in 1945", offset=100)
    assert (e.start, e.end) == (100, 107)


def test_dates_infer_anchor_ignores_bare_years():
    assert infer_anchor("A deal was signed on 25 March 2001; they met in May 2016 and aim to finish by 2019.") == "2016"
    assert infer_anchor("Only years here: 1956 and 2019.") is None


@pytest.mark.parametrize(
    "value, parsed, prec",
    [("2017", (2017, None, None), "year"), ("2017-05", (2017, 5, None), "month"),
     ("2017-05-11", (2017, 5, 11), "day"), ("2017-13", None, None), ("soon", None, None)],
)
def test_dates_partial_parsing(value, parsed, prec):
    assert parse_partial(value) == parsed
    assert precision(value) == prec


def test_month_in_a_relatively_told_year():
    from dyad.extract.dates.patterns import find_dates
    from dyad.extract.dates.resolution import resolve

    (e,) = find_dates("The frigates collided in August of that year.")
    assert resolve(e, anchor="2024-12-07", previous="2020-03") == "2020-08"
    (e,) = find_dates("The quake struck in February last year.")
    assert resolve(e, anchor="2024-12-07", previous=None) == "2023-02"


def test_unstated_amounts_keep_what_the_previous_date_supports():
    from dyad.extract.dates.patterns import find_dates
    from dyad.extract.dates.resolution import resolve

    (e,) = find_dates("Weeks later they issued a list of demands.")
    assert resolve(e, anchor="2024-12-07", previous="2017-06-05") == "2017-06"
    (e,) = find_dates("Riyadh restored ties within months.")
    assert resolve(e, anchor="2024-12-07", previous="2021-01-05") == "2021"
    assert resolve(e, anchor="2024-12-07", previous=None) is None


def test_weekend_before_a_dated_report():
    from dyad.extract.dates.patterns import find_dates
    from dyad.extract.dates.resolution import resolve

    (e,) = find_dates("The envoys met over the weekend.")
    assert resolve(e, anchor="2024-05-01", previous=None) == "2024-04"  # Saturday 27 April
    assert find_dates("The weekend was quiet.") == []
