"""Calendar dates written out in text ("17 May 2017", "May 11, 2017", "2017-05-17")."""

from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from typing import Iterator

__all__ = ["DateMatch", "MONTHS", "iter_dates", "parse_iso"]

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_MONTH = r"(?P<m>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_YEAR = r"(?P<y>(?:1[89]|20)\d\d)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"

# (pattern, precision) — tried in order; the earliest non-overlapping matches win.
_PATTERNS = (
    (re.compile(rf"\b{_YEAR}-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"), "day"),
    (re.compile(rf"\b{_YEAR}/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)\b"), "day"),
    (re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE), "day"),
    (re.compile(rf"\b{_MONTH}\s+{_DAY},?\s+{_YEAR}\b", re.IGNORECASE), "day"),
    (re.compile(rf"\b(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.{_YEAR}\b"), "day"),
    (re.compile(rf"\b{_MONTH},?\s+{_YEAR}\b", re.IGNORECASE), "month"),
)


@dataclass(frozen=True, slots=True)
class DateMatch:
    start: int
    end: int
    value: str  # YYYY-MM-DD or YYYY-MM


def _month_number(raw: str) -> int | None:
    if raw.isdigit():
        return int(raw)
    return MONTHS.get(raw.lower().rstrip("."))


def _value(m: re.Match, precision: str) -> str | None:
    year = int(m.group("y"))
    month = _month_number(m.group("m"))
    if month is None or not 1 <= month <= 12:
        return None
    if precision == "month":
        return f"{year:04d}-{month:02d}"
    try:
        day = _dt.date(year, month, int(m.group("d")))
    except ValueError:
        return None
    return day.isoformat()


def iter_dates(text: str, start: int = 0, end: int | None = None) -> Iterator[DateMatch]:
    """Yield the dates in ``text[start:end]`` in order, with offsets into ``text``.

    >>> [d.value for d in iter_dates("on 6 May 2016 and May 11, 2017; in March 2001")]
    ['2016-05-06', '2017-05-11', '2001-03']
    """
    end = len(text) if end is None else end
    found: list[DateMatch] = []
    taken: list[tuple[int, int]] = []  # also invalid dates ("31 February"), never reread coarser
    for pattern, precision in _PATTERNS:
        for m in pattern.finditer(text, start, end):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            taken.append((m.start(), m.end()))
            value = _value(m, precision)
            if value:
                found.append(DateMatch(m.start(), m.end(), value))
    yield from sorted(found, key=lambda d: d.start)


def parse_iso(value: str | None) -> str | None:
    """Normalise a date string from metadata (``2017-05-11T10:00``) to YYYY[-MM[-DD]].

    >>> parse_iso("2017-05-11T10:00:00+03:00"), parse_iso("2017"), parse_iso("junk")
    ('2017-05-11', '2017', None)
    """
    if not value:
        return None
    m = re.match(r"\s*((?:1[89]|20)\d\d)(?:-([01]\d)(?:-([0-3]\d))?)?", value)
    if not m:
        return None
    y, mo, d = m.groups()
    if d:
        try:
            return _dt.date(int(y), int(mo), int(d)).isoformat()
        except ValueError:
            return None
    if mo:
        return f"{y}-{mo}" if 1 <= int(mo) <= 12 else None
    return y
