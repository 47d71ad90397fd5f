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

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

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

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "fifteen": 15, "twenty": 20, "thirty": 30, "fifty": 50,
}
_UNITS = {"day": "day", "week": "week", "month": "month", "year": "year", "decade": "decade"}
# season -> (first month, last month); winter's label year is the year of its January
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 2)}
_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
             "saturday": 5, "sunday": 6}

_MON = r"(?P<m>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)"
_PREP = r"(?:(?P<prep>in|on|by|since|until|till|from|through|during|before|after|around|as\s+of|of)\s+)?"
_PART = r"(?:(?P<part>early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+)?"
_YEAR = r"(?P<y>(?:1[6-9]|20)\d\d)"
_DAY = r"(?P<d>[0-3]?\d)(?:st|nd|rd|th)?"
_NUM = r"(?P<n>\d{1,2}|a\s+few|several|some|" + "|".join(sorted(_NUMBERS, key=len, reverse=True)) + r")"
_NOT_QUANTITY = (
    r"(?![.,]\d)(?!\s*(?:%|per\s*cent|percent|billion|million|thousand|trillion|bn|mln|tons?|tonnes?|"
    r"km|kilomet(?:er|re)s?|met(?:er|re)s?|miles?|hectares?|barrels?|points?|votes?|seats?|units?|people|persons|"
    r"troops|soldiers|dollars|euros|yen|rubles|roubles|rupees|yuan)\b)(?!\s+\d{3,})"
)
_DRANGE_SEP = r"\s*(?:[-–—]|to|and|until|till)\s*"

_I = re.IGNORECASE
_PATTERNS: list[tuple[str, re.Pattern]] = [
    # day ranges ("from 3 to 5 May", "May 3-5, 2016"): the first day counts
    ("drange", re.compile(r"\b" + _PREP + r"(?:between\s+)?" + _DAY + _DRANGE_SEP + r"[0-3]?\d(?:st|nd|rd|th)?\s+(?:of\s+)?"
                          + _MON + r"\b(?:\.(?=,?\s*\d))?(?:,?\s+" + _YEAR + r"\b)?" + _NOT_QUANTITY, _I)),
    ("drange", re.compile(r"\b" + _PREP + r"(?:between\s+)?" + _MON + r"\.?\s+" + _DAY + _DRANGE_SEP
                          + r"[0-3]?\d(?:st|nd|rd|th)?\b(?:,?\s+" + _YEAR + r"\b)?" + _NOT_QUANTITY, _I)),
    ("dmy", re.compile(r"\b" + _PREP + _DAY + r"\s+(?:of\s+)?" + _MON + r"\.?,?\s+" + _YEAR + r"\b" + _NOT_QUANTITY, _I)),
    ("mdy", re.compile(r"\b" + _PREP + _MON + r"\.?\s+" + _DAY + r",?\s+" + _YEAR + r"\b" + _NOT_QUANTITY, _I)),
    ("my", re.compile(r"\b" + _PREP + _PART + _MON + r"\.?,?\s+(?:of\s+)?" + _YEAR + r"\b" + _NOT_QUANTITY, _I)),
    ("dm", re.compile(r"\b" + _PREP + _DAY + r"\s+(?:of\s+)?" + _MON + r"\b(?!\.?,?\s*\d)", _I)),
    ("md", re.compile(r"\b" + _PREP + _MON + r"\.?\s+" + _DAY + r"\b(?![.,:]?\d)(?!,?\s+\d{4})", _I)),
    ("m", re.compile(
        r"\b(?P<prep>in|since|by|until|till|from|through|during|before|after|of|last|next|this|that|early|late|mid|on)"
        r"[\s-]+" + _PART + _MON + r"\b(?!\.?,?\s*\d)", _I)),
    ("season", re.compile(
        r"\b(?:(?P<mod>this\s+past|this\s+coming|the\s+past|last|this|next|past|coming)\s+)"
        r"(?P<s>winter|spring|summer|autumn|fall)\b(?:\s+(?:of\s+)?" + _YEAR + r"\b)?", _I)),
    # "in autumn", "during the summer": the season nearest the anchor in the tense of the clause
    ("season", re.compile(r"\b(?P<prep>in|by|during|until|till|before|after|over)\s+(?:the\s+)?(?P<s>winter|spring|summer|autumn|fall)\b"
                          r"(?!\s+(?:of|\d|term|session|semester|offensive|campaign))(?![-–])", _I)),
    ("season", re.compile(r"\b(?P<s>winter|spring|summer|autumn|fall)\s+(?:of\s+)?" + _YEAR + r"\b" + _NOT_QUANTITY, _I)),
    ("iso", re.compile(r"\b" + _PREP + _YEAR + r"-(?P<mo>[01]\d)-(?P<d>[0-3]\d)\b(?![-.]\d)", _I)),
    ("range", re.compile(r"\b" + _PREP + _YEAR + r"\s*(?:[-–—]|to)\s*(?P<y2>(?:1[6-9]|20)?\d\d)\b(?![-–.]\d)" + _NOT_QUANTITY, _I)),
    ("y", re.compile(r"\b" + _PREP + _PART + _YEAR + r"\b(?!s\b)(?!-\d)" + _NOT_QUANTITY, _I)),
    ("rel", re.compile(r"\b" + _NUM + r"\s+(?P<u>day|week|month|year|decade)s?\s+(?P<dir>later|earlier|afterwards|ago|on)\b", _I)),
    ("same", re.compile(r"\b(?:(?:on|in|during)\s+)?(?:(?:the|that)\s+(?P<which>next|following|same|previous|preceding|prior)|(?P<that>that))\s+(?P<u>day|week|month|year)\b", _I)),
    ("same", re.compile(r"\b(?:(?:on|in|during)\s+)?the\s+(?P<u>day|week|month|year)\s+(?P<which>before|after)\b(?!\s+(?:the|a|an|his|her|their|its)\b)", _I)),
    ("anchor", re.compile(r"\b(?:(?P<pre>later|earlier)\s+)?(?P<which>last|this|next|coming)\s+(?P<u>week|month|year)\b", _I)),
    ("deictic", re.compile(r"\b(?P<w>yesterday|tomorrow)\b", _I)),
    ("weekday", re.compile(r"\b(?P<which>on|last|next|this)\s+(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", _I)),
    # wire style "said Tuesday": a capitalised weekday that is not part of a name ("Good Friday")
    ("weekday", re.compile(r"(?<![A-Z][a-z]\s)(?<![A-Z][a-z][a-z]\s)(?<![A-Z][a-z]{3}\s)(?<![A-Z][a-z]{4}\s)"
                           r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s+[A-Z])")),
    ("anniversary", re.compile(r"\b(?:the\s+)?(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b", _I)),
]
_KEY = re.compile(
    r"(?P<num>\d+)|\b(?:(?P<mon>" + _MON[6:-1] + r")|(?P<season>" + "|".join(_SEASONS) + r")|(?P<wd>"
    + "|".join(_WEEKDAYS) + r")|(?P<unit>day|week|month|year|decade|yesterday|tomorrow))", _I)
# the key words each kind of pattern contains (see _windows)
_KEY_OF = {"drange": "num mon", "dmy": "num", "mdy": "mon", "my": "mon", "dm": "num", "md": "mon", "m": "mon",
           "season": "season", "iso": "num", "range": "num", "y": "num", "rel": "unit", "same": "unit",
           "anchor": "unit", "deictic": "unit", "weekday": "wd", "anniversary": "num"}
_LEFT, _RIGHT = 48, 64
_BAD_BEFORE = re.compile(r"(?:[$€£¥#/:.,]|\d[.,]?|\b(?:page|pp?|no|nos|vol|number|issue|article|para|section|chapter|rule|tel|fax)\.?\s*)$", _I)
_STRICT_CASE = {"may", "march", "mar", "jan", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "apr", "feb"}


@dataclass(frozen=True, slots=True)
class DateExpr:
    """A date expression found in a text: ``text[start:end]`` and what it says.

    ``kind`` is one of ``dmy``/``mdy`` (full date), ``my``, ``dm``/``md`` (no year), ``m``,
    ``y``, ``range``, ``season``, ``rel`` (n units later/ago), ``same`` (the next/same day),
    ``anchor`` (last/this/next year), ``deictic``, ``weekday``, ``anniversary``.
    """

    start: int
    end: int
    text: str
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    part: str | None = None  # early | mid | late
    unit: str | None = None
    amount: int | None = None
    which: str | None = None  # last | this | next | same | following | later | ago ...
    season: str | None = None
    prep: str | None = None

    @property
    def absolute(self) -> bool:
        """True when the expression names its own year."""
        return self.year is not None


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    s = re.sub(r"\s+", " ", s.lower())
    if s.isdigit():
        return int(s)
    return _NUMBERS.get(s)


def _month(s: str | None) -> int | None:
    return _MONTHS.get(s.lower().rstrip(".")) if s else None


def _build(kind: str, m: re.Match, text: str, offset: int) -> DateExpr | None:
    g = m.groupdict()
    start, end = m.start() + offset, m.end() + offset
    mon_s = g.get("m")
    if mon_s is not None:
        low = mon_s.lower()
        has_number = bool(g.get("d") or g.get("y"))
        # lower-case "may", "march" ... are words, not months, unless a number is attached
        if low in _STRICT_CASE and not mon_s[0].isupper() and not has_number:
            return None
        if not mon_s[0].isupper() and not has_number and kind == "m":
            return None
    if g.get("y") is not None and not g.get("m") and not g.get("prep"):
        ys, ye = m.start("y"), m.end("y")
        if _BAD_BEFORE.search(m.string[max(0, ys - 12):ys]):
            return None
        # "hire 2000 workers": a bare number before a plural noun, with no article, is a quantity
        before = m.string[max(0, ys - 12):ys]
        after = re.match(r"\s+[a-z]{2,}[^s\W]s\b", m.string[ye:ye + 30])
        if kind == "y" and after and re.search(r"\b[a-z]+\s+$", before) and \
                not re.search(r"(?:\b(?:the|its|their|his|her|our|this|that)|'s|’s)\s+$", before, _I) and \
                not re.search(r"\b(?:1[6-9]|20)\d\d(?:,|\s+(?:and|or))\s+$", before):  # "the 1993 and 1996 pacts"
            return None
    day = int(g["d"]) if g.get("d") else None
    if day is not None and not 1 <= day <= 31:
        return None
    part = g.get("part")
    if part:
        part = part.lower()
        part = "early" if ("beginning" in part or "start" in part) else (
            "late" if "end" in part else ("mid" if "middle" in part else part))
    prep = (g.get("prep") or "").lower() or None
    common = dict(start=start, end=end, text=m.group(0), part=part, prep=prep)
    if kind in ("dmy", "mdy", "my", "dm", "md", "m", "y"):
        which = prep if prep in ("last", "next", "this", "that") else None
        if prep in ("early", "late", "mid"):
            common["part"] = prep
        return DateExpr(kind=kind, year=int(g["y"]) if g.get("y") else None, month=_month(mon_s),
                        day=day, which=which, **common)
    if kind == "drange":
        y = int(g["y"]) if g.get("y") else None
        return DateExpr(kind="dmy" if y else "dm", year=y, month=_month(mon_s), day=day, **common)
    if kind == "iso":
        mo = int(g["mo"])
        if not 1 <= mo <= 12:
            return None
        return DateExpr(kind="dmy", year=int(g["y"]), month=mo, day=day, **common)
    if kind == "range":
        return DateExpr(kind=kind, year=int(g["y"]), **common)
    if kind == "season":
        mod = re.sub(r"\s+", " ", (g.get("mod") or "").lower()) or None
        if mod is None and not g.get("y"):
            mod = "bare"  # "in autumn": resolved with the tense of the clause
        return DateExpr(kind=kind, year=int(g["y"]) if g.get("y") else None, season=g["s"].lower(),
                        which=mod, **common)
    if kind == "rel":
        return DateExpr(kind=kind, unit=_UNITS[g["u"].lower()], amount=_num(g["n"]),
                        which=g["dir"].lower(), **common)
    if kind in ("same", "anchor"):
        which = (g.get("which") or g.get("that") or "").lower()
        if kind == "anchor" and g.get("pre"):
            which = which  # "later this year" == "this year"
        # "the last year" / "the past year" are durations, not dates
        before = m.string[max(0, m.start() - 6):m.start()]
        if kind == "anchor" and (re.search(r"\b(?:the|over|past)\s+$", before, _I) or
                                 (which == "last" and re.search(r"\bfor\s+$", before, _I))):
            return None
        return DateExpr(kind=kind, unit=_UNITS[g["u"].lower()], which=which, **common)
    if kind == "deictic":
        return DateExpr(kind=kind, which=g["w"].lower(), **common)
    if kind == "weekday":
        return DateExpr(kind=kind, which=(g.get("which") or "on").lower(), day=_WEEKDAYS[g["w"].lower()], **common)
    if kind == "anniversary":
        return DateExpr(kind=kind, amount=int(g["n"]), **common)
    return None


def find_dates(text: str, *, offset: int = 0) -> list[DateExpr]:
    """All date expressions in ``text``, in order, without overlaps (longest wins).

    Parameters
    ----------
    text : str
        Any text; offsets of the results are ``offset + index into text``.
    offset : int
        Added to every start/end (for scanning a slice of a larger document).

    Returns
    -------
    list of DateExpr
    """
    if not text:
        return []
    found: list[DateExpr] = []
    windows = _windows(text)
    for kind, pat in _PATTERNS:
        spans = windows.get(_KEY_OF[kind], ()) if " " not in _KEY_OF[kind] else _merge(
            sorted(w for k in _KEY_OF[kind].split() for w in windows.get(k, ())))
        for lo, hi in spans:
            for m in pat.finditer(text, lo, hi):
                try:
                    e = _build(kind, m, text, offset)
                except (KeyError, ValueError):
                    e = None
                if e is not None:
                    found.append(e)
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    out: list[DateExpr] = []
    for e in sorted(found, key=lambda e: (-(e.end - e.start), e.start)):
        if all(e.end <= o.start or o.end <= e.start for o in out):
            out.append(e)
    out.sort(key=lambda e: e.start)
    return out


def _windows(text: str) -> dict[str, list[tuple[int, int]]]:
    """Stretches of ``text`` that may hold a date expression, by kind of key word.

    Every pattern of ``_PATTERNS`` contains a key word of a known class (``_KEY_OF``: a number,
    a month, a season, a weekday, a unit such as "day" ... "decade") at most ``_LEFT``
    characters after the start of its match and ``_RIGHT`` before its end, so scanning only
    around key words gives the same matches as scanning everything, several times faster
    (``re`` still sees the whole string for word boundaries and look-behinds).
    """
    n = len(text)
    raw: dict[str, list[tuple[int, int]]] = {}
    for m in _KEY.finditer(text):
        raw.setdefault(m.lastgroup, []).append((max(0, m.start() - _LEFT), min(n, m.end() + _RIGHT)))
    return {k: _merge(v) for k, v in raw.items()}


def _merge(spans) -> list[tuple[int, int]]:
    out: list[list[int]] = []
    for lo, hi in spans:
        if out and lo <= out[-1][1]:
            out[-1][1] = max(out[-1][1], hi)
        else:
            out.append([lo, hi])
    return [(lo, hi) for lo, hi in out]


def _scan_all(text: str, offset: int = 0) -> list[DateExpr]:
    """Reference scan of the whole text (tests check that :func:`find_dates` agrees with it)."""
    found = []
    for kind, pat in _PATTERNS:
        for m in pat.finditer(text):
            e = _build(kind, m, text, offset)
            if e is not None:
                found.append(e)
    out: list[DateExpr] = []
    for e in sorted(found, key=lambda e: (-(e.end - e.start), e.start)):
        if all(e.end <= o.start or o.end <= e.start for o in out):
            out.append(e)
    return sorted(out, key=lambda e: e.start)


# ------------------------------------------------------------------ partial dates
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
        d = date(*anchor) + timedelta(days=-1 if e.which == "yesterday" else 1)
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
    if n is None:  # "several months later"
        return None
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
    """A full date on a short line near the top that is no sentence: a byline or publication line.

    "By Sara Khan, 12 March 2021", "Published 20 October 2020", "January 15, 2020" alone on a
    line. The line has at most 100 characters, does not end with a full stop, and the date
    ends it or follows a cue ("Published", a comma, a bar). Returns a partial ISO date or None.

    >>> find_header_date("Title\n\nOp-ed by A. Writer | Published 20 October 2020\n\nText.")
    '2020-10-20'
    """
    pos = 0
    for line in (text or "")[:HEADER_WINDOW].split("\n"):
        start, pos = pos, pos + len(line) + 1
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
