"""The date helpers are split over three modules; the public API is the package dyad.extract.dates."""

from __future__ import annotations

import dyad.extract.dates as dates
import dyad.extract.dates.patterns as patterns
import dyad.extract.dates.resolution as resolving


def test_dates_public_api_is_reexported():
    assert dates.find_dates is patterns.find_dates
    assert dates.DateExpr is patterns.DateExpr
    assert dates.resolve is resolving.resolve
    assert dates.parse_partial is resolving.parse_partial
    for name in dates.__all__:
        assert hasattr(dates, name), name


def test_dates_split_modules_resolve_together():
    found = dates.find_dates("They met in Lima on 20 November 2016 and again three months later.")
    assert [e.kind for e in found] == ["dmy", "rel"]
    first = dates.resolve(found[0], anchor="2017-05-11", previous=None)
    assert first == "2016-11-20"
    assert dates.resolve(found[1], anchor="2017-05-11", previous=first) == "2017-02"
