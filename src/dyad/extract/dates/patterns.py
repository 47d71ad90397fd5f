"""Date expressions in text: the patterns and :func:`find_dates` (offsets and what each says).

Pure Python, no spaCy. :mod:`dyad.extract.dates` is the public entry point and re-exports
everything callers need; :mod:`dyad.extract.dates.resolution` turns a :class:`DateExpr` into a
partial ISO date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["DateExpr", "find_dates", "MONTH_RE", "DAY_RE", "YEAR_RE", "IGNORECASE", "SEASONS", "month_number"]

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
    # "in August of that year", "in February last year": a month in a year told relatively
    ("myrel", re.compile(r"\b" + _PREP + _PART + _MON + r"\s+(?:of\s+)?(?P<yrel>that|the\s+same|last|this|next|the\s+following|the\s+previous)\s+year\b", _I)),
    ("m", re.compile(
        r"\b(?P<prep>in|since|by|until|till|from|through|during|before|after|of|last|next|this|that|early|late|mid|on|for)"
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
    # "weeks later", "within months": an unstated amount, resolved only as far as the text allows
    ("rel", re.compile(r"\b(?P<u>day|week|month|year)s\s+(?P<dir>later|afterwards)\b", _I)),
    ("rel", re.compile(r"\b(?P<dir>within)\s+(?:a\s+few\s+|several\s+)?(?P<u>day|week|month)s\b", _I)),
    ("rel", re.compile(r"\b" + _NUM + r"\s+(?P<u>day|week|month|year|decade)s?\s+(?P<dir>later|earlier|afterwards|ago|on)\b", _I)),
    ("same", re.compile(r"\b(?:(?:on|in|during)\s+)?(?:(?:the|that)\s+(?P<which>next|following|same|previous|preceding|prior)|(?P<that>that))\s+(?P<u>day|week|month|year)\b", _I)),
    ("same", re.compile(r"\b(?:(?:on|in|during)\s+)?the\s+(?P<u>day|week|month|year)\s+(?P<which>before|after)\b(?!\s+(?:the|a|an|his|her|their|its)\b)", _I)),
    ("anchor", re.compile(r"\b(?:(?P<pre>later|earlier)\s+)?(?P<which>last|this|next|coming)\s+(?P<u>week|month|year)\b", _I)),
    ("deictic", re.compile(r"\b(?P<w>yesterday|tomorrow)\b", _I)),
    # "over the weekend", "last weekend": the weekend before a dated report (its month: the day is not told)
    ("deictic", re.compile(r"\b(?:(?:over|at|during)\s+the|last|this\s+past)\s+(?P<w>weekend)\b", _I)),
    # "earlier today", "on Tuesday morning" are handled above; "today" and "this morning" date a dated report
    ("deictic", re.compile(r"\b(?:(?:earlier|later)\s+)?(?P<w>today|tonight|this\s+(?:morning|afternoon|evening))\b", _I)),
    ("weekday", re.compile(r"\b(?P<which>on|last|next|this)\s+(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", _I)),
    # wire style "said Tuesday": a capitalised weekday that is not part of a name ("Good Friday")
    ("weekday", re.compile(r"(?<![A-Z][a-z]\s)(?<![A-Z][a-z][a-z]\s)(?<![A-Z][a-z]{3}\s)(?<![A-Z][a-z]{4}\s)"
                           r"\b(?P<w>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!\s+[A-Z])")),
    ("anniversary", re.compile(r"\b(?:the\s+)?(?P<n>\d{1,3})(?:st|nd|rd|th)\s+anniversary\b", _I)),
]
_KEY = re.compile(
    r"(?P<num>\d+)|\b(?:(?P<mon>" + _MON[6:-1] + r")|(?P<season>" + "|".join(_SEASONS) + r")|(?P<wd>"
    + "|".join(_WEEKDAYS) + r")|(?P<unit>day|week|month|year|decade|yesterday|tomorrow|today|tonight|morning|afternoon|evening|weekend))", _I)
# the key words each kind of pattern contains (see _windows)
_KEY_OF = {"drange": "num mon", "myrel": "mon", "dmy": "num", "mdy": "mon", "my": "mon", "dm": "num", "md": "mon", "m": "mon",
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
    if kind == "myrel":
        yrel = re.sub(r"\s+", " ", g["yrel"].lower())
        which = {"that": "that-year", "the same": "that-year", "the following": "next-year",
                 "the previous": "prev-year", "last": "last-year", "this": "this-year", "next": "following-year"}[yrel]
        if prep in ("early", "late", "mid"):
            common["part"] = prep
        return DateExpr(kind="m", month=_month(mon_s), which=which, **common)
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
        return DateExpr(kind=kind, unit=_UNITS[g["u"].lower()], amount=_num(g.get("n")),
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


# names other modules of the package use (the underscored originals stay for this module)
MONTH_RE, DAY_RE, YEAR_RE, IGNORECASE, SEASONS = _MON, _DAY, _YEAR, _I, _SEASONS
month_number = _month
