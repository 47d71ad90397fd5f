"""Resolving date expressions to partial ISO dates against an anchor and the previous event.

A resolved date is ``"YYYY"``, ``"YYYY-MM"`` or ``"YYYY-MM-DD"``, at the precision the text
supports (see :mod:`dyad.extract.dates` for the rules and examples). Nothing here raises on
odd input: what cannot be resolved gives ``None``.
"""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta

from dyad.extract.dates.patterns import SEASONS as _SEASONS
from dyad.extract.dates.patterns import DateExpr

__all__ = ["parse_partial", "precision", "resolve", "fmt_date"]


def parse_partial(value: str | None) -> tuple[int, int | None, int | None] | None:
    """``"2017-05-11"`` -> ``(2017, 5, 11)``; ``"2017"`` -> ``(2017, None, None)``; junk -> None."""
    if not value:
        return None
    m = re.fullmatch(r"\s*(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\s*", str(value))
    if not m:
        return None
    y = int(m.group(1))
    mo = int(m.group(2)) if m.group(2) else None
    d = int(m.group(3)) if m.group(3) else None
    if mo is not None and not 1 <= mo <= 12:
        return None
    if d is not None and (mo is None or not 1 <= d <= calendar.monthrange(y, mo)[1]):
        d = None
    return (y, mo, d)


def precision(value: str | None) -> str | None:
    """``"year"``, ``"month"`` or ``"day"`` for a partial ISO date, else None."""
    p = parse_partial(value)
    if p is None:
        return None
    return "day" if p[2] else ("month" if p[1] else "year")


def _fmt(y: int | None, m: int | None = None, d: int | None = None) -> str | None:
    if y is None or not 1 <= y <= 9999:
        return None
    if m is None:
        return f"{y:04d}"
    if d is None:
        return f"{y:04d}-{m:02d}"
    if not 1 <= d <= calendar.monthrange(y, m)[1]:
        return None
    return f"{y:04d}-{m:02d}-{d:02d}"


def _add_months(y: int, m: int, n: int) -> tuple[int, int]:
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def _year_for(month: int, day: int | None, anchor, direction: str | None) -> int | None:
    """The year of a month(/day) given without one, relative to the anchor."""
    if anchor is None:
        return None
    ay, am, ad = anchor
    if am is None:
        return ay
    key, akey = (month, day or 0), (am, ad or 0) if day else (am, 0)
    if direction == "this":
        return ay
    if direction == "future":
        return ay if key >= akey else ay + 1
    if direction == "next":
        return ay if key > akey else ay + 1
    if direction == "last":
        return ay if key < akey else ay - 1
    return ay if key <= akey else ay - 1


def _season_year(season: str, which: str | None, anchor) -> int | None:
    if anchor is None or anchor[1] is None:
        return None
    ay, am, _ = anchor
    first, last = _SEASONS[season]

    def span(label: int) -> tuple[int, int]:  # (start, end) as month indexes
        start_y = label - 1 if season == "winter" else label
        return start_y * 12 + first - 1, label * 12 + last - 1

    now = ay * 12 + am - 1
    labels = range(ay - 2, ay + 3)
    if which in ("last", "past", "this past", "the past"):
        cands = [lb for lb in labels if span(lb)[1] < now]
        return max(cands) if cands else None
    if which in ("next", "coming", "this coming"):
        cands = [lb for lb in labels if span(lb)[0] > now]
        return min(cands) if cands else None
    if which in ("coming-or-current", "past-or-current"):
        current = [lb for lb in labels if span(lb)[0] <= now <= span(lb)[1]]
        if current:
            return current[0]
        return _season_year(season, "next" if which == "coming-or-current" else "last", anchor)
    # "this winter": the one containing the anchor, else the nearest one
    return min(labels, key=lambda lb: (0 if span(lb)[0] <= now <= span(lb)[1] else
                                       min(abs(span(lb)[0] - now), abs(span(lb)[1] - now))))


def resolve(expr: DateExpr, *, anchor: str | None, previous: str | None,
            tense: str | None = None, base: str | None = None) -> str | None:
    """Resolve a found expression to a partial ISO date (None when the text does not say).

    Parameters
    ----------
    expr : DateExpr
    anchor : str or None
        Document date (partial ISO).
    previous : str or None
        Date of the previous event in reading order, for "three months later".
    tense : {"past", "future", None}
        Tense of the clause; "future" places a bare month after the anchor.
    base : str or None
        Date of the event an anniversary counts from ("the 70th anniversary of ...").
    """
    try:
        return _resolve(expr, parse_partial(anchor), parse_partial(previous), tense, parse_partial(base))
    except (ValueError, OverflowError, KeyError, TypeError):
        return None


def _resolve(e: DateExpr, anchor, prev, tense, base) -> str | None:
    k = e.kind
    if k in ("dmy", "mdy"):
        return _fmt(e.year, e.month, e.day)
    if k == "my":
        return _fmt(e.year, e.month)
    if k in ("y", "range"):
        return _fmt(e.year)
    if k in ("dm", "md", "m"):
        if e.which and e.which.endswith("-year"):  # "in August of that year", "in February last year"
            ref = prev if e.which in ("that-year", "next-year", "prev-year") else anchor
            if ref is None:
                return None
            step = {"that-year": 0, "this-year": 0, "next-year": 1, "following-year": 1,
                    "prev-year": -1, "last-year": -1}[e.which]
            return _fmt(ref[0] + step, e.month)
        if e.which == "that":  # "that November": in the year of the event just told
            if prev is None:
                return None
            y = prev[0] if prev[1] is None or e.month >= prev[1] else prev[0] + 1
            return _fmt(y, e.month, e.day)
        direction = e.which or ("future" if tense == "future" else None)
        y = _year_for(e.month, e.day, anchor, direction)
        return _fmt(y, e.month, e.day) if y is not None else None
    if k == "season":
        if e.year is not None:
            return _fmt(e.year)
        which = e.which
        if which == "bare":
            which = "coming-or-current" if tense == "future" else "past-or-current"
        return _fmt(_season_year(e.season, which, anchor))
    if k == "rel":
        return _relative(e, anchor, prev)
    if k == "same":
        return _same(e, anchor, prev)
    if k == "anchor":
        if anchor is None:
            return None
        ay, am, ad = anchor
        step = {"last": -1, "this": 0, "next": 1, "coming": 1}[e.which]
        if e.unit == "year":
            return _fmt(ay + step)
        if e.unit == "month" and am:
            return _fmt(*_add_months(ay, am, step))
        if e.unit == "week" and ad:
            d = date(ay, am, ad) + timedelta(days=7 * step)
            return _fmt(d.year, d.month)
        return None
    if k == "deictic":
        if anchor is None or anchor[2] is None:
            return None
        if e.which == "weekend":  # the Saturday before the anchor, at month precision
            a = date(*anchor)
            d = a - timedelta(days=(a.weekday() - 5) % 7 or 7)
            return _fmt(d.year, d.month)
        step = {"yesterday": -1, "tomorrow": 1}.get(e.which, 0)  # today, tonight, this morning: the anchor
        d = date(*anchor) + timedelta(days=step)
        return _fmt(d.year, d.month, d.day)
    if k == "weekday":
        if anchor is None or anchor[2] is None:
            return None
        a = date(*anchor)
        delta = (a.weekday() - e.day) % 7
        if e.which == "next" or (tense == "future" and e.which != "last"):
            d = a + timedelta(days=(e.day - a.weekday()) % 7 or 7)
        else:
            d = a - timedelta(days=delta or (7 if e.which == "last" else 0))
        return _fmt(d.year, d.month, d.day)
    if k == "anniversary":
        if base is None or e.amount is None:
            return None
        return _fmt(base[0] + e.amount)
    return None


def _relative(e: DateExpr, anchor, prev) -> str | None:
    n = e.amount
    if n is None:  # "weeks later", "within months": the date of the event before, as far as it holds
        if prev is None or e.which not in ("later", "afterwards", "within", "on"):
            return None
        y, m, _ = prev
        if e.unit in ("day", "week") and m:
            return _fmt(y, m)
        return _fmt(y) if e.unit in ("day", "week", "month") else None
    if e.which in ("ago", "earlier", "before"):
        n, ref = -n, (anchor if e.which == "ago" else prev)
    else:
        ref = prev
    if ref is None:
        return None
    y, m, d = ref
    if e.unit == "decade":
        return _fmt(y + 10 * n)
    if e.unit == "year":
        return _fmt(y + n)
    if e.unit == "month":
        return _fmt(*_add_months(y, m, n)) if m else None
    if e.unit in ("day", "week") and m:
        if not d:
            return _fmt(y, m) if e.unit == "day" and abs(n) <= 1 else None
        t = date(y, m, d) + timedelta(days=n * (7 if e.unit == "week" else 1))
        return _fmt(t.year, t.month, t.day) if e.unit == "day" else _fmt(t.year, t.month)
    return None


def _same(e: DateExpr, anchor, prev) -> str | None:
    if prev is None:
        return None
    y, m, d = prev
    step = 0 if e.which in ("same", "that") else (-1 if e.which in ("previous", "preceding", "prior", "before") else 1)
    if e.unit == "year":
        return _fmt(y + step)
    if e.unit == "month":
        return _fmt(*_add_months(y, m, step)) if m else None
    if e.unit == "day":
        if d:
            t = date(y, m, d) + timedelta(days=step)
            return _fmt(t.year, t.month, t.day)
        return _fmt(y, m) if m else None
    if e.unit == "week" and m:
        if d:
            t = date(y, m, d) + timedelta(days=7 * step)
            return _fmt(t.year, t.month)
        return _fmt(y, m) if step == 0 else None
    return None


fmt_date = _fmt
