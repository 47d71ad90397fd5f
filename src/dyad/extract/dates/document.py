"""Date expressions: find them in text (with offsets) and resolve them to partial ISO dates.

Pure Python, no spaCy: everything here is testable on plain strings.

A resolved date is a *partial* ISO date, ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"``, at the
precision the text supports. Expressions without a year ("In December", "on April 24") are
placed relative to an ``anchor`` (the document date): the most recent such month/day at or
before the anchor, or the next one when the text speaks of the future (``tense="future"``,
"next April"). Relative expressions ("three months later", "the next day") count from the
``previous`` event date; "last year", "this past winter" count from the anchor.
Anything that cannot be resolved gives ``None``; nothing here raises on odd input.

Examples
--------
>>> resolve_date("on 25 March 2001", anchor=None, previous=None)
'2001-03-25'
>>> resolve_date("In December", anchor="2017-05-11", previous=None)
'2016-12'
>>> resolve_date("three months later", anchor="2017-05-11", previous="2016-12")
'2017-03'
>>> resolve_date("50 per cent", anchor="2017-05-11", previous=None) is None
True
"""

from __future__ import annotations

import re

from dyad.extract.dates.patterns import DAY_RE as _DAY
from dyad.extract.dates.patterns import IGNORECASE as _I
from dyad.extract.dates.patterns import MONTH_RE as _MON
from dyad.extract.dates.patterns import YEAR_RE as _YEAR
from dyad.extract.dates.patterns import DateExpr, _scan_all, find_dates  # noqa: F401 - re-exported
from dyad.extract.dates.patterns import month_number as _month
from dyad.extract.dates.resolution import fmt_date as _fmt
from dyad.extract.dates.resolution import parse_partial, precision, resolve

__all__ = [
    "DateExpr",
    "find_dates",
    "resolve",
    "resolve_date",
    "infer_anchor",
    "find_dateline",
    "document_anchor",
    "find_header_date",
    "parse_partial",
    "precision",
]


def resolve_date(expr: str, *, anchor: str | None, previous: str | None,
                 tense: str | None = None, base: str | None = None) -> str | None:
    """Resolve a date expression given as a string (the longest expression in it wins).

    Returns None for anything that is not a date ("the 17th meeting", "50 per cent") and never
    raises.

    >>> resolve_date("in late April", anchor="2017-05-17", previous=None)
    '2017-04'
    >>> resolve_date("in early September", anchor="2016-08", previous=None, tense="future")
    '2016-09'
    """
    try:
        found = find_dates(str(expr or ""))
    except Exception:  # noqa: BLE001 - the contract is "never raise"
        return None
    if not found:
        return None
    best = max(found, key=lambda e: e.end - e.start)
    return resolve(best, anchor=anchor, previous=previous, tense=tense, base=base)


def infer_anchor(text: str) -> str | None:
    """A stand-in anchor for an undated text: the year of the latest full or month date in it.

    Dates with a month ("6 May 2016", "May 2016") usually report what already happened, so the
    latest one bounds the writing date from below; bare years ("by 2019") are ignored.
    """
    years = [e.year for e in find_dates(text or "") if e.kind in ("dmy", "mdy", "my") and e.year]
    return f"{max(years):04d}" if years else None


# news-wire dateline at the start of a line: "NEW DELHI, June 17 (Reuters) -", "BEIJING, Sept. 3, 2020 —"
_PLACE = r"[A-Z][A-Z.'’\-]+(?:[ ][A-Z][A-Z.'’\-]+){0,3}(?:,[ ][A-Z][A-Za-z.'’\-]+(?:[ ][A-Z][A-Za-z.'’\-]+){0,2})?"
_DATELINE = re.compile(
    r"^[ \t]*(?:\(?" + _PLACE + r"\)?),?[ \t]+(?P<date>" + _MON + r"\.?[ \t]+" + _DAY + r"(?:,[ \t]*" + _YEAR + r")?|"
    + _DAY.replace("<d>", "<d2>") + r"[ \t]+" + _MON.replace("<m>", "<m2>") + r"\.?(?:,?[ \t]+" + _YEAR.replace("<y>", "<y2>")
    + r")?)[ \t]*(?:\([A-Za-z .&\-]{1,40}\)[ \t]*)?(?:[-–—:]|\.[ \t]{1,3}[-–—])", re.MULTILINE)
DATELINE_WINDOW = 3000  # a dateline opens the story: it is looked for in the first characters only


def find_dateline(text: str) -> DateExpr | None:
    """The date of a news-wire dateline near the top of ``text`` ("MOSCOW, 12 March (AFP) –").

    The place must be written in capitals at the start of a line and the date followed by an
    optional agency in brackets and a dash; the year is often left out (``year`` is then None).

    >>> find_dateline("TOKYO, Jan. 5 (Kyodo) - Talks resumed.").text
    'Jan. 5'
    """
    if not text:
        return None
    m = _DATELINE.search(text[:DATELINE_WINDOW])
    if m is None:
        return None
    g = m.groupdict()
    month = _month(g.get("m") or g.get("m2"))
    day = int(g.get("d") or g.get("d2"))
    y = g.get("y") or g.get("y2")
    if month is None or not 1 <= day <= 31:
        return None
    year = int(y) if y else None
    return DateExpr(start=m.start("date"), end=m.end("date"), text=m.group("date"),
                    kind=("mdy" if g.get("m") else "dmy") if year else ("md" if g.get("m") else "dm"),
                    year=year, month=month, day=day)


HEADER_WINDOW = 800  # a byline or publication date stands among the first lines
_HEADER_CUE = re.compile(r"(?:\b(?:published|posted|updated|dated?|on)\b:?|[,|•·–—:-])\s*$", _I)


def find_header_date(text: str) -> str | None:
    r"""A full date on a short line near the top that is no sentence: a byline or publication line.

    "By Sara Khan, 12 March 2021", "Published 20 October 2020", "January 15, 2020" alone on a
    line. The line has at most 100 characters, does not end with a full stop, and the date
    ends it or follows a cue ("Published", a comma, a bar). Returns a partial ISO date or None.

    >>> find_header_date("Title\n\nOp-ed by A. Writer | Published 20 October 2020\n\nText.")
    '2020-10-20'
    """
    for line in (text or "")[:HEADER_WINDOW].split("\n"):
        body = line.strip()
        if not body or len(body) > 100 or body.endswith("."):
            continue
        for e in find_dates(line):
            if e.kind not in ("dmy", "mdy") or line[e.end:].strip(" \t)"):
                continue
            if line[:e.start].strip() and not _HEADER_CUE.search(line[:e.start]) and not e.prep:
                continue
            return _fmt(e.year, e.month, e.day)
    return None


def document_anchor(date: str | None, text: str) -> tuple[str | None, bool]:
    """The date relative expressions count from, and whether it was inferred.

    The document date when there is one; else a wire dateline (its year, when it gives none,
    from :func:`infer_anchor`); else the year of the latest full date in the text.

    >>> document_anchor(None, "LIMA, Nov. 20 (Reuters) - On Saturday ... in May 2016 ...")
    ('2016-11-20', True)
    """
    if date:
        return date, False
    head = find_header_date(text)
    if head is not None:
        return head, True
    inferred = infer_anchor(text)
    line = find_dateline(text)
    if line is not None:
        year = line.year or (int(inferred) if inferred else None)
        if year is not None:
            value = _fmt(year, line.month, line.day)
            if value:
                return value, True
    return inferred, True
