"""Title, authors, publisher and date from what the text itself says (null when it does not).

Everything here reads the lines of the stored text, skipping the furniture lines
already marked; the word lists and patterns are module-level data.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from dyad.ingest.boilerplate import boilerplate_lines
from dyad.ingest.dates import DateMatch, iter_dates
from dyad.ingest.lines import Line, iter_lines
from dyad.records import Span

__all__ = [
    "TextMetadata",
    "extract_metadata",
    "is_person_name",
    "split_names",
    "is_date_line",
    "interview_answers",
]

TOP_LINES = 10  # how many content lines count as "the top" of a page
TAIL_LINES = 3  # how many content lines count as "the end" (author bios)
EVENT_LINES = 3  # content lines (paragraphs) in which an event report dates its event

# Words that make a capitalised phrase an organisation, not a person.
ORG_WORDS = frozenset("""
university institute institution club forum center centre council foundation school ministry
agency press news times post journal review group department academy association society bank
company corporation inc ltd llc committee commission office service fund network magazine
media tribune herald gazette daily weekly monthly project program programme initiative
union federation republic kingdom state states government party league alliance library
conference report affairs studies international global world national policy quarterly
observer monitor digest chronicle telegraph courier insider bulletin dispatch express reuters
bloomberg afp associated xinhua tass wire agency
""".split())
# News agencies credited in bylines and datelines ("By Jane Doe, Reuters", "PARIS (AFP) -").
AGENCIES = ("Reuters", "Associated Press", "AP", "AFP", "Agence France-Presse", "Bloomberg", "Xinhua",
            "TASS", "Kyodo", "Kyodo News", "Yonhap", "ANI", "PTI", "IANS", "dpa", "EFE", "ANSA",
            "Anadolu", "Anadolu Agency", "UPI", "RIA Novosti", "Interfax", "Al Jazeera")
# A dateline opening the first paragraph: "CAIRO, 8 April 2021 (Reuters) -", "Cairo, 8 April 2021".
DATELINE_RE = re.compile(
    r"^(?P<place>[A-Z][\w'’.\-]*(?:\s+[A-Za-z][\w'’.\-]*){0,3}),\s+(?=\S)")
DATELINE_TAIL_RE = re.compile(r"^\s*(?:\((?P<agency>[^()]{1,40})\))?\s*(?:[-–—:]|$)")
AGENCY_DATELINE_RE = re.compile(
    r"^[A-Z][\w'’.\-]*(?:\s+[A-Za-z][\w'’.\-]*){0,3}(?:,\s*[^()\n]{1,40}?)?\s*\((?P<agency>[^()]{1,40})\)\s*[-–—:]")
# Lower-case particles allowed inside a person's name.
NAME_PARTICLES = frozenset("van von der den de del della da di du le la bin ibn al el dos das".split())
# Words that start a biography after a name ("NAME - Ph.D. in ...", "NAME is Professor ...").
BIO_WORDS = (r"(?:ph\.?\s?d\.?|dr\.?|doctor|professor|prof\.?|associate|assistant|senior|junior|"
             r"head|director|deputy|chief|chair(?:man|woman|person)?|fellow|research(?:er)?|"
             r"lecturer|editor|correspondent|journalist|analyst|expert|candidate|dean|president|"
             r"vice|member|founder|co-?founder|executive|manager|adviser|advisor|visiting|"
             r"programme|program|leading|principal|former|retired|ambassador|author|writer|"
             r"columnist|specialist|scholar|student|graduate|master|mba|ma|msc|m\.a\.)")
# "By", "Written by", "Interview by", "An analysis by" ... opening a byline.
BY_LEAD = (r"(?:(?:an?\s+)?(?:written|text|words|posted|reported|story|interview|interviewed|"
           r"conversation|analysis|commentary|essay|column|report)\s+(?:conducted\s+)?)?by")
BYLINE_RE = re.compile(
    rf"^(?:authors?|{BY_LEAD}|contributors?)"
    r"\s*:?\s+(?P<names>.+)$", re.IGNORECASE)
BY_LEAD_RE = re.compile(rf"^\s*{BY_LEAD}\s", re.IGNORECASE)
DASH_BIO_RE = re.compile(r"^(?P<name>[^\W\d_][^,–—|:]{2,60}?)\s+[-–—|]\s+(?P<bio>.+)$")
COMMA_BIO_RE = re.compile(r"^(?P<name>[^\W\d_][^,–—|:]{2,60}?),\s+(?P<bio>.+)$")
BIO_START_RE = re.compile(rf"^(?:an?\s+|the\s+)?{BIO_WORDS}\b", re.IGNORECASE)
PRESENTS_RE = re.compile(
    r"\b(?:presents|publishes|offers|brings you)\s+(?:the\s+|an?\s+)?(?:\w+\s+){0,2}?"
    r"(?:comments?|commentary|opinion|views|analysis|remarks|column|op-?ed|assessment)\s+"
    r"(?:of|by)\s+(?P<name>[^\W\d_][\w'’.\- ]{2,60}?)(?=\s*[,;(]|\s+on\b|\s+about\b|\s*$)")
# An author's bio at the end: "NAME is Professor of ... [and NAME is ...]" (narrow role list:
# "X is the president" is a fact about a leader, not a bio).
TAIL_ROLES = (r"(?:(?:an?|the)\s+)?(?:(?:associate|assistant|adjunct|visiting|full|senior|"
              r"distinguished|emeritus|research|non-?resident|program(?:me)?|executive|"
              r"managing|founding|deputy|contributing)\s+)*(?:professor|fellow|researcher|"
              r"research fellow|director|lecturer|editor|analyst|journalist|correspondent|"
              r"columnist|scholar|student|doctoral|ph\.?\s?d|expert|writer|head of)\b")
TAIL_BIO_RE = re.compile(
    rf"(?:^|\band\s+|;\s*)(?P<name>[^\W\d_][\w'’.\- ]{{2,60}}?)\s+(?:is|was)\s+{TAIL_ROLES}",
    re.IGNORECASE)
PUBLISHED_BY_RE = re.compile(r"^(?:originally\s+)?published by\s*:?\s*(?P<name>.*)$",
                             re.IGNORECASE)
REPUBLISHED_IN_RE = re.compile(
    r"\b(?:appeared|published|posted|ran|printed)\s+(?:in|on|at|by)\s+"
    r"(?:(?:[A-Z][a-z]+)\s+(?:in|on|at)\s+)?(?:the\s+)?(?P<name>[^,.;:!?()]{2,80})")
PRESENTER_RE = re.compile(
    r"^(?:the\s+)?(?P<q>[\"“‘'])?(?P<name>[^\W\d_][^\"”’',.;:]{1,60}?)[\"”’']?\s+"
    r"(?:(?P<kind>think[- ]tank|institute|club|centre|center|journal|magazine|portal|website|"
    r"blog|foundation|council|project|forum)\s+)?(?:presents|publishes)\b", re.IGNORECASE)
VENUE_OWNER_RE = re.compile(
    r"^(?P<name>(?:[^\W\d_][\w'’.&-]*\s+){0,6}?(?:club|institute|centre|center|council|"
    r"foundation|forum|university|school|society|academy|association|library|museum))\s+"
    r"(?:conference hall|congress hall|hall|auditorium|conference room|press cent(?:er|re)|"
    r"building|campus)\b", re.IGNORECASE)
# Event reports: the page reports an event and says when it took place.
EVENT_NOUNS_RE = re.compile(
    r"\b(?:presentation|discussion|round ?table|seminar|conference|workshop|lecture|briefing|"
    r"panel|session|symposium|colloquium|hearing|debate|launch)s?\b", re.IGNORECASE)
EVENT_DATE_RE = re.compile(
    r"\b(?:took place|was held|were held|is held|held|happened|was hosted|convened|opened|"
    r"was organi[sz]ed)\s+(?:on|in)\s+$", re.IGNORECASE)
# Words allowed beside a date on a "date line" ("Published: 17 May 2017 | 10:30 GMT").
DATE_LINE_FILLER = re.compile(
    r"^(?:on|published|posted|updated|last|date|dated|modified|created|first|issued|released|broadcast|aired|"
    r"recorded|briefing|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun|"
    r"am|pm|gmt|utc|msk|jst|cet|est|edt|pst|at|\d{1,2}[:.]\d\d)$", re.IGNORECASE)
HEADLINE_MAX_WORDS = 30
OUTLET_DATE_RE = re.compile(r"^[*_]*[A-Z][\w&.'’ -]{1,40}?[*_]*\s*[·|•]\s*(?P<rest>.{6,40})$")


@dataclass(frozen=True, slots=True)
class TextMetadata:
    title: str | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    date: str | None = None
    date_span: Span | None = None
    boilerplate: tuple[Span, ...] = ()


# ---------------------------------------------------------------- names
def _clean(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip(" \t\"'“”‘’«»()[]")


def is_person_name(s: str) -> bool:
    """A plausible personal name: 2-5 capitalised words (initials, particles allowed).

    >>> is_person_name("Anna Vassilieva"), is_person_name("MIIS"), is_person_name("East Asia Forum")
    (True, False, False)
    """
    tokens = _clean(s).split()
    if not 2 <= len(tokens) <= 5:
        return False
    named = 0
    for tok in tokens:
        low = tok.lower().strip(".,")
        if low in NAME_PARTICLES:
            continue
        if low in ORG_WORDS:
            return False
        if re.fullmatch(r"[^\W\d_]\.(?:[^\W\d_]\.)*", tok):  # initials "J." "J.R."
            named += 1
            continue
        parts = re.split(r"[-'’]", tok)
        for k, part in enumerate(parts):
            if k and part.isalpha() and part.islower() and tok[len(parts[0])] == "-":
                continue  # "Hyun-ah": a hyphenated given name with a lower-case second syllable
            if not part or not part[0].isupper() or not part[0].isalpha():
                return False
            if len(part) > 1 and not part[1:].islower():
                return False  # acronyms and all-caps words are not names
        named += 1
    return named >= 2


def split_names(s: str) -> list[str]:
    """Person names in a byline ("A and B, ORG" -> [A, B]); other parts are dropped.

    >>> split_names("Tsuneo Akaha and Anna Vassilieva, MIIS")
    ['Tsuneo Akaha', 'Anna Vassilieva']
    """
    out: list[str] = []
    for part in re.split(r"\s*(?:,|;|\band\b|&|\|)\s*", s):
        name = _clean(part)
        if is_person_name(name) and name not in out:
            out.append(name)
    return out


# ---------------------------------------------------------------- helpers
def is_date_line(line: str) -> DateMatch | None:
    """The date on a line that is only a date (plus filler words), else ``None``."""
    if len(line) > 80:
        return None
    dates = list(iter_dates(line))
    if not dates:
        return None
    d = dates[0]
    if BY_LEAD_RE.match(line[:d.start]):
        return d  # "By A. Author, 17 May 2017", "Interview by A. Author | 17 May 2017"
    rest, pos = [], 0
    for dd in dates:
        rest.append(line[pos:dd.start])
        pos = dd.end
    rest.append(line[pos:])
    for tok in re.findall(r"[^\s|:·•,–—\-/()]+", " ".join(rest)):
        if not DATE_LINE_FILLER.match(tok):
            return None
    return d


def _looks_like_headline(line: str) -> bool:
    words = line.split()
    if not 2 <= len(words) <= HEADLINE_MAX_WORDS or len(line) > 250:
        return False
    if line.endswith(".") and not line.endswith(("..", "U.S.", "U.K.")):
        return False
    if line.endswith((":", ",", ";")):
        return False
    first = line.lstrip("\"'“‘«(")[:1]
    if not (first.isupper() or first.isdigit()):
        return False
    return not BYLINE_RE.match(line) and is_date_line(line) is None


# ---------------------------------------------------------------- extraction
def _title(content: list[Line], fmt: str) -> str | None:
    if fmt == "md":
        for ln in content[:5]:
            if re.match(r"^#\s+\S", ln.raw.strip()):
                return ln.norm or None
    for ln in content[:3]:
        if is_date_line(ln.norm) is not None or len(ln.norm.split()) == 1:
            continue  # a date, or a one-word kicker ("Analysis") above the headline
        return ln.norm if _looks_like_headline(ln.norm) else None
    return None


def _authors(content: list[Line], title: str | None) -> list[str]:
    top = [ln for ln in content[:TOP_LINES] if ln.norm != title]
    for ln in top:
        m = BYLINE_RE.match(ln.norm)
        if m and len(ln.norm) <= 200:
            raw = re.split(r"\s+(?:on|published)\s", m.group("names"))[0]
            raw = raw.split("|")[0]  # "By NAME | Outlet"
            first = re.split(r"\s*(?:,|;|\band\b|&|\|)\s*", raw)[0]
            names = split_names(raw)
            if names and is_person_name(first):
                return names
    for ln in top[:5]:
        for rx, allow_period in ((DASH_BIO_RE, True), (COMMA_BIO_RE, False)):
            m = rx.match(ln.norm)
            if not m or (not allow_period and ln.norm.endswith(".")) or len(ln.norm) > 300:
                continue
            if is_person_name(m.group("name")) and BIO_START_RE.match(m.group("bio")):
                return [_clean(m.group("name"))]
    for k, ln in enumerate(top[:6]):  # a line of names only, next to the date line ("A and B\n14 May 2024")
        near = top[max(0, k - 1):k] + top[k + 1:k + 2]
        parts = [p for p in re.split(r"\s*(?:,|;|\band\b|&)\s*", ln.norm) if p]
        if parts and ":" not in ln.norm and len(parts) == len(split_names(ln.norm)) and any(is_date_line(n.norm) for n in near):
            return split_names(ln.norm)
    for ln in top:
        m = PRESENTS_RE.search(ln.norm)
        if m and is_person_name(m.group("name")):
            return [_clean(m.group("name"))]
    names: list[str] = []
    for ln in content[-TAIL_LINES:]:
        if len(ln.norm) > 300 or not TAIL_BIO_RE.match(ln.norm):
            continue
        for m in TAIL_BIO_RE.finditer(ln.norm):
            name = _clean(m.group("name"))
            if is_person_name(name) and name not in names:
                names.append(name)
    return names


def _org_name(raw: str) -> str | None:
    name = _clean(re.split(r"\s+(?:on|please|and|where|in \d)\b", raw)[0])
    name = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    if not name or len(name) > 80 or not name[0].isupper() or list(iter_dates(name)):
        return None
    return name


def _publisher(lines: list[Line], content: list[Line], marked: dict[int, str],
               text_body: str) -> str | None:
    # "published by X" (X on the same line or the next content line)
    for i, ln in enumerate(content[:TOP_LINES + 5]):
        m = PUBLISHED_BY_RE.search(ln.norm)
        if not m:
            continue
        rest = m.group("name").strip()
        if not rest and i + 1 < len(content):
            rest = content[i + 1].norm
        name = _org_name(rest) if rest and len(rest) <= 80 else None
        if name:
            return name
    # republication notes: "This post first appeared on X"
    for ln in lines:
        if marked.get(ln.index) == "republication":
            m = REPUBLISHED_IN_RE.search(ln.norm)
            if m:
                name = _org_name(m.group("name"))
                if name:
                    return name
    # "The X think tank presents the comments of ..."
    for ln in content[:TOP_LINES]:
        m = PRESENTER_RE.match(ln.norm)
        if not m or not (m.group("kind") or PRESENTS_RE.search(ln.norm)):
            continue  # "Japan presents a plan" names no outlet
        if m.group("kind") and not m.group("q"):  # "The Example Institute presents"
            raw = ln.norm[m.start("name"):m.end("kind")]
        elif m.group("kind") or not is_person_name(m.group("name")):
            raw = m.group("name")
        else:
            continue
        name = _org_name(raw)
        if name:
            return name
    # event pages: the organisation whose hall hosts the event and which the text names
    for ln in lines[:40]:
        if marked.get(ln.index) == "venue":
            m = VENUE_OWNER_RE.match(ln.norm)
            if m:
                name = _clean(m.group("name"))
                if name in text_body:
                    return name
    return None


def _dateline_date(text: str, ln: Line) -> DateMatch | None:
    """The date of a dateline opening the line: "CAIRO, 8 April 2021 (Reuters) - ..."."""
    m = DATELINE_RE.match(ln.raw)
    if not m:
        return None
    place = m.group("place").split()
    if not all(w[:1].isupper() for w in place if w.lower() not in ("de", "da", "do", "la", "el", "al")):
        return None
    at = ln.start + m.end()
    for d in iter_dates(text, at, ln.end):
        if d.start != at:
            return None
        return d if DATELINE_TAIL_RE.match(text[d.end:ln.end]) else None
    return None


def _agency(content: list[Line]) -> str | None:
    """A news agency credited in a byline ("By Jane Doe, Reuters") or dateline ("(AFP) -")."""
    top = content[:TOP_LINES]
    for i, ln in enumerate(top):
        m = AGENCY_DATELINE_RE.match(ln.norm)
        if m and m.group("agency").strip() in AGENCIES:
            return m.group("agency").strip()
        b = BYLINE_RE.match(ln.norm)
        if b:
            for part in re.split(r"\s*[,|;]\s*", b.group("names"))[1:]:
                if _clean(part) in AGENCIES:
                    return _clean(part)
            # "By NAME | Outlet [| 17 May 2017]"
            for part in b.group("names").split("|")[1:]:
                if split_names(part) or is_date_line(part.strip()) is not None:
                    continue
                name = _org_name(part)
                if name and len(name.split()) <= 6:
                    return name
                break
            # the outlet on its own line under the byline: "By NAME\nExample Wire Service"
            if i + 1 < len(top) and _outlet_line(top[i + 1].norm):
                return top[i + 1].norm
    return None


def _outlet_line(line: str) -> bool:
    """A short line that is only an outlet's name ("Example Wire Service", "The Example Review")."""
    words = line.split()
    if not 1 <= len(words) <= 6 or re.search(r"[.,;:!?|()]", line) or is_person_name(line):
        return False
    if not all(w[:1].isupper() or w.lower() in ("of", "the", "and", "for", "&") for w in words):
        return False
    return words[-1].lower() in ORG_WORDS and _org_name(line) is not None


def _date(text: str, content: list[Line], has_venue: bool) -> DateMatch | None:
    """A date line near the top, else the date an event report gives for its event."""
    for ln in content[:TOP_LINES + 2]:
        d = is_date_line(ln.norm)
        outlet = OUTLET_DATE_RE.match(ln.norm)
        if d is None and outlet:  # "*Continental Ledger* · 18 February 2025"
            d = is_date_line(outlet.group("rest"))
        if d is None:
            continue
        # offsets from the raw line (the normalized one may differ in spacing)
        for raw in iter_dates(text, ln.start, ln.end):
            if raw.value == d.value:
                return raw
    for ln in content[:TOP_LINES]:
        d = _dateline_date(text, ln)
        if d is not None:
            return d
    for ln in content[:EVENT_LINES]:
        for d in iter_dates(text, ln.start, ln.end):
            if not EVENT_DATE_RE.search(text[max(ln.start, d.start - 40):d.start]):
                continue
            sentence_start = max(text.rfind(". ", ln.start, d.start) + 1, ln.start)
            if has_venue or EVENT_NOUNS_RE.search(text, sentence_start, d.start):
                return d
    return None


def extract_metadata(text: str, *, fmt: str = "txt",
                     furniture: list[tuple[Line, str]] | None = None) -> TextMetadata:
    """Read title, authors, publisher and date from ``text`` (furniture lines skipped).

    Parameters
    ----------
    text
        The stored document text.
    fmt
        ``txt``, ``md`` or ``html`` (``md`` takes a leading ``# `` heading as the title).
    furniture
        The output of :func:`dyad.ingest.boilerplate.boilerplate_lines` when the caller
        has it already (computed otherwise).

    Examples
    --------
    >>> m = extract_metadata("Talks Resume\\n\\n12 March 2018\\n\\nBy Jane Roe\\n\\nThe talks resumed.")
    >>> m.title, m.date, m.authors
    ('Talks Resume', '2018-03-12', ('Jane Roe',))
    """
    lines = list(iter_lines(text))
    if furniture is None:
        furniture = boilerplate_lines(text, lines)
    marked = {ln.index: cat for ln, cat in furniture}
    content = [ln for ln in lines if not ln.blank and ln.index not in marked]
    body = "\n".join(ln.raw for ln in content)
    title = _title(content, fmt)
    date = _date(text, content, has_venue="venue" in marked.values())
    return TextMetadata(
        title=title,
        authors=tuple(_authors(content, title)),
        publisher=_publisher(lines, content, marked, body) or _agency(content),
        date=date.value if date else None,
        date_span=Span(date.start, date.end) if date else None,
        boilerplate=tuple(Span(ln.start, ln.end) for ln, _ in furniture),
    )


# ---------------------------------------------------------------- interviews
# A paragraph opened by a speaker label: "**Jane Roe:** ...", "JR: ...", "Q: ...".
LABEL_RE = re.compile(r"^(?P<label>[A-Z][\w.'’\- ]{0,40}?)\s*:\s*(?=\S)")


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


_LABEL_TITLES = re.compile(r"^(?:(?:foreign\s+ministry\s+)?spokes(?:person|man|woman)|minister|ambassador|president|"
                           r"prime\s+minister|secretary|dr\.?|mr\.?|ms\.?|mrs\.?|prof\.?|professor)\s+", re.IGNORECASE)


def _untitled(label: str) -> str:
    """A speaker label without its title ("Spokesperson Lin Jian" -> "Lin Jian")."""
    rest = _LABEL_TITLES.sub("", label.strip())
    return rest if is_person_name(rest) or len(rest.split()) == 2 else label.strip()


def _full_name(text: str, label: str) -> str | None:
    """The full name of a transcript's surname label ("ARSENAULT:" -> "Daniel Arsenault")."""
    sur = label[:1] + label[1:].lower()
    for m in re.finditer(rf"\b((?:[A-Z][\w'’-]+ ){{1,3}}){re.escape(sur)}\b", text):
        if is_person_name(m.group(0)):
            return _clean(m.group(0))
    return None


def interview_answers(text: str) -> tuple[str, tuple[Span, ...]] | None:
    """In a Q&A interview, the interviewee's name and the spans of their answer paragraphs.

    A paragraph opened by a speaker label that is a question (ends with "?") is the
    interviewer's; the answers are the paragraphs labelled with a person's name or its
    initials ("Jane Roe:", "JR:"). ``None`` when the text is no such interview.

    >>> t = "Q&A\\n\\nOutlet: Why now?\\n\\nJane Roe: Because.\\n\\nO: And then?\\n\\nJR: We wait.\\n"
    >>> name, spans = interview_answers(t)
    >>> name, [t[s.start:s.end] for s in spans]
    ('Jane Roe', ['Jane Roe: Because.', 'JR: We wait.'])
    """
    if "?" not in text or ":" not in text:
        return None
    questions: set[str] = set()
    labelled: list[tuple[str, Line]] = []
    for ln in iter_lines(text):
        if ln.blank:
            continue
        m = LABEL_RE.match(ln.norm)
        if not m:
            continue
        label = m.group("label").strip()
        labelled.append((label, ln))
        if ln.norm.rstrip("*_ ").endswith("?"):
            questions.add(label)
    names = {lab for lab, _ in labelled if lab not in questions and is_person_name(lab)}
    caps = {lab for lab, _ in labelled if lab not in questions and lab.isupper() and len(lab) > 2
            and (_full_name(text, lab) if " " not in lab else is_person_name(lab.title()))}
    if len(names) + len(caps) != 1 or not questions:
        return None
    if names:
        name = _untitled(names.pop())
    else:
        lab = caps.pop()
        name = _full_name(text, lab) if " " not in lab else lab.title()  # "MAO NING:" -> "Mao Ning"
    answer_labels = {name, _initials(name), name.split()[-1].upper(), name.upper()} | {
        lab for lab, _ in labelled if _untitled(lab) == name}
    spans = tuple(Span(ln.start, ln.end) for lab, ln in labelled if lab in answer_labels and lab not in questions)
    return (name, spans) if len(spans) >= 2 else None
