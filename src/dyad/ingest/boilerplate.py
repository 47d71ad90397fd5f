"""Mark page furniture: whole lines, never deleted, so that offsets stay valid.

A line is furniture when one of the rules in :data:`RULES` matches its normalized
text (whitespace collapsed, Markdown marks removed). Each rule is data: a category,
a regular expression, the longest line it may mark (long lines are prose, whatever
phrase they contain) and optionally a second expression the line must also contain.
Titles, bylines, bios, dates, abstracts and footnotes are content and are left alone.

A line repeating the title verbatim near the end, next to other furniture (a
"share this" block), is furniture too.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from dyad.ingest.lines import Line, iter_lines
from dyad.records import Span

__all__ = ["Rule", "RULES", "find_boilerplate", "classify_line", "boilerplate_lines"]


@dataclass(frozen=True, slots=True)
class Rule:
    category: str
    pattern: re.Pattern
    max_len: int = 200
    requires: re.Pattern | None = None

    def matches(self, line: str) -> bool:
        if len(line) > self.max_len or not self.pattern.search(line):
            return False
        return self.requires is None or bool(self.requires.search(line))


def _r(category: str, pattern: str, max_len: int = 200, requires: str | None = None) -> Rule:
    flags = re.IGNORECASE
    return Rule(category, re.compile(pattern, flags), max_len,
                re.compile(requires, flags) if requires else None)


_SOCIAL = (r"facebook|twitter|x\.com|linkedin|whatsapp|telegram|reddit|pinterest|vk|vkontakte|"
           r"odnoklassniki|weibo|wechat|tumblr|flipboard|mastodon|bluesky")
_SHARE_WORD = rf"(?:share|tweet|e-?mail|print|pdf|copy link|{_SOCIAL})"
# inside a list of share targets a bare "X" is the network, not a letter
_SHARE_ITEM = rf"(?:{_SHARE_WORD}|x|copy url|messenger)"
_PIECE = (r"(?:article|post|blog post|piece|story|text|essay|commentary|op-?ed|column|"
          r"interview|analysis|material|entry|item)")
_AGENCY = (r"getty images|afp|reuters|ap photo|ap|epa(?:-efe)?|tass|xinhua|kyodo(?: news)?|"
           r"sputnik|ria novosti|anadolu agency|yonhap|shutterstock|alamy|pool|wikimedia commons|"
           r"flickr|kremlin\.ru|press service")
_VENUE_WORD = (r"(?:conference hall|congress hall|concert hall|hall|auditorium|conference room|"
               r"meeting room|press cent(?:er|re)|hotel|ballroom|building|campus)")

RULES: tuple[Rule, ...] = (
    # --- venue / location boxes of event pages
    _r("venue", r"^(?:venue|location|address|place|where)\s*:\s*\S", 200),
    _r("venue", rf"\b{_VENUE_WORD}\b\s*[(,]\s*[^()]*\d[^()]*,[^()]*\)?\s*$", 200,
       requires=r"^[^.!?]*$"),
    _r("venue", r"^(?:list of |the )?(?:speakers|participants|panell?ists|moderators?|discussants)"
                r"\s*:?$", 40),
    # --- photo credits and sources
    _r("credit", r"^(?:featured|cover|header|main|top|lead|title)\s+(?:image|photo|picture|"
                 r"illustration)$", 40),
    _r("credit", r"^(?:(?:featured|cover|header|main|top|lead)\s+)?(?:photos?|photograph|image|"
                 r"picture|pic|illustration|graphic|infographic|video|caption)"
                 r"(?:\s+(?:credits?|source|courtesy))?\s*(?::|©|\||/|by\b|courtesy\b|via\b)", 300),
    _r("credit", r"^(?:sources?|credits?|courtesy|image source|photo source)\s*:\s*\S", 160),
    _r("credit", r"^(?:©|\(c\)\s|copyright\s*(?:©|\(c\)|\d{4}|by\b))", 200),
    _r("credit", r"^\(?(?:additional )?(?:reporting|writing|editing|compiled|research|graphics)\s+by\s+"
                 r"[^.!?]*\)?\.?$", 300),
    _r("credit", r"^(?:our standards\s*:|the thomson reuters trust principles)", 120),
    _r("credit", r"^[^.!?]{0,80}\ball rights reserved\b\.?$", 200),
    # a caption line ending in an agency credit: "Leaders meet in Osaka. Jane Roe / AFP via Getty Images"
    _r("credit", rf"(?:[/|]\s*|\b(?:via|for)\s+|\(\s*)(?:{_AGENCY})(?:\s+(?:via\s+)?(?:{_AGENCY}))*\s*\)?\.?$",
       240, requires=r"^[^.!?]*(?:[.!?][^.!?]*)?$"),
    # --- republication notes
    _r("republication", rf"^(?:this|the above|the following|an earlier version of this)\s+{_PIECE}\b"
                        r".{0,120}?\b(?:originally|first|previously|also)\s+(?:appeared|published|"
                        r"ran|posted|featured|printed)\b", 400),
    _r("republication", rf"^(?:this|the above|the following)\s+{_PIECE}\s+(?:is|was|has been)\s+"
                        r"(?:re-?published|reprinted|reproduced|cross-?posted|translated)\b", 400),
    _r("republication", r"^(?:originally|first)\s+(?:published|appeared|posted|printed)\s+"
                        r"(?:in|on|at|by)\b", 300),
    _r("republication", r"^(?:re-?published|reprinted|reproduced|cross-?posted)\s+"
                        r"(?:from|with|by|courtesy|under)\b", 300),
    _r("republication", rf"\bread the orig\w*\s+{_PIECE}\b", 300),
    # --- disclaimers
    _r("disclaimer", r"\bdoes not take (?:any )?institutional positions?\b", 600),
    _r("disclaimer", r"\b(?:views|opinions|positions)\s+(?:expressed|represented|stated|presented|"
                     r"contained)\s+(?:\w+\s+){0,4}?(?:are|is)\s+(?:solely\s+|entirely\s+|"
                     r"exclusively\s+|only\s+)?(?:those|that)\s+of\s+the\s+authors?\b", 600),
    _r("disclaimer", r"\bdo(?:es)? not necessarily (?:reflect|represent|express)\b", 600,
       requires=r"\b(?:authors?|editors?|editorial|staff|trustees|publisher|board|official "
                r"(?:policy|position))\b"),
    _r("disclaimer", r"^disclaimer\b", 600),
    # "The views expressed in this article are the author's own." / "The author's views are her own."
    _r("disclaimer", r"^(?:the|all|any|these)\s+(?:views|opinions)\b[^.!?]{0,80}?\b(?:are|is)\s+"
                     r"(?:solely\s+|entirely\s+)?(?:the\s+)?(?:(?:authors?|writers?|contributors?)"
                     r"(?:['’]s|s['’])?|their|his|her|my)\s+own(?:\s*[.!]?$|\s*[,;]|\s+and\s)", 300),
    _r("disclaimer", r"^(?:the\s+)?(?:authors?|writers?|contributors?)(?:['’]s|s['’])?\s+(?:views|opinions)"
                     r"\s+(?:are|is)\s+(?:solely\s+|entirely\s+)?(?:their|his|her|my)\s+own(?:\s*[.!]?$|\s*[,;]|\s+and\s)",
       300),
    # --- pagination
    _r("pagination", r"^\W{0,3}pages?\s+\d{1,4}\s*(?:of|/|from)\s*\d{1,4}\W{0,3}$", 40),
    _r("pagination", r"^\W{0,3}(?:previous|prev|next|older|newer)(?:\s+(?:page|post|article|"
                     r"posts|entries|story))?\W{0,3}$", 30),
    _r("pagination", r"^pages?\s*:?\s*(?:\d{1,3}[\s|,]*)+(?:next|»|>>)?$", 60),
    # --- comment stubs
    _r("comments", r"^(?:list of |show |view |hide |read |add |post |add a |post a |leave a |"
                   r"write a |submit a |\d+\s+)?(?:comments?|repl(?:y|ies))(?:\s*\(\d+\))?\s*:?$", 40),
    _r("comments", r"^no (?:comments|responses|replies)(?: yet)?\W*(?:be the first.*)?$", 100),
    _r("comments", r"^(?:be the first to (?:comment|reply|respond)|comments are closed|"
                   r"you must be (?:logged in|registered) to (?:post|leave) a comment|"
                   r"join the (?:discussion|conversation)|leave a (?:comment|reply)|"
                   r"(?:log ?in|sign in) to (?:comment|reply))\b", 160),
    # --- blog-directory and advertising banners
    _r("banner", r"\b(?:upgrade to an? (?:business|premium|pro|featured) (?:listing|account)|"
                 r"(?:get|drive|bring) (?:even )?more (?:visitors|traffic|readers) to your "
                 r"(?:blog|site|website)|add your (?:blog|site) to|claim (?:this|your) blog|"
                 r"blog directory)\b", 200),
    _r("banner", r"^(?:advertisement|advertising|sponsored(?: content)?|ad)$", 20),
    # --- share, subscribe, related, navigation
    _r("share", rf"^(?:share(?: (?:this|the) {_PIECE}| this| on)?|{_SHARE_WORD})"
                rf"(?:[\s|,/•·:]+{_SHARE_ITEM})*\s*:?$", 120),
    _r("subscribe", r"^(?:subscribe|sign up|register)(?: (?:now|today|here))?(?: (?:to|for) "
                    r"[^.!?]{1,80})?[.!]?$", 100),
    _r("subscribe", r"\b(?:delivered (?:right )?to your (?:inbox|e-?mail)|thank you for "
                    r"(?:your )?(?:subscri(?:ption|bing)|signing up)|subscribe to (?:our|the) "
                    r"(?:newsletter|mailing list|updates|channel|feed)|sign up for (?:our|the) "
                    r"(?:\w+ )?newsletter|enter your e-?mail(?: address)?|you(?:'re| are) (?:now )?"
                    r"subscribed|follow us on)\b", 160),
    _r("close", r"^(?:[×✕✖✗]|close)$", 10),
    _r("related", r"^(?:read (?:more|also|next)|also read|see also|related|more on this)\s*:\s*\S", 200),
    _r("related", r"^(?:related(?: (?:posts?|articles?|stories|content|reading|news|materials?|"
                  r"topics))?|read (?:more|also|next)|more (?:on this topic|from (?:the|this) "
                  r"author)|you (?:may|might) also (?:like|be interested in)|recommended(?: for you)?|"
                  r"(?:popular|latest|recent) (?:posts|articles|news)|most (?:read|popular))\s*:?$", 60),
    _r("tags", r"^(?:tags?|categories|category|filed under|posted in)\s*:\s*\S", 200),
    _r("nav", r"^(?:(?:click|tap) here to\b|listen to (?:this|the) (?:article|story)\b)", 100),
    _r("nav", r"^(?:(?:estimated\s+)?(?:reading time\s*:?\s*)?\d{1,3}\s*(?:-\s*)?min(?:ute)?s?(?:\s+read)?|"
              r"reading time\s*:?\s*\d{1,3}\s*min(?:ute)?s?)\.?$", 40,
       requires=r"\bread|reading\b"),
    _r("subscribe", rf"^follow (?:us|me|@\w+|[^.!?]{{1,60}}\bon (?:{_SOCIAL}|x))\b[^.!?]{{0,60}}[.!]?$", 120),
    _r("share", r"^(?:print|e-?mail|save|bookmark|download)(?: this)? (?:article|page|story|post)$", 40),
    _r("nav", r"\b(?:(?:this|our) (?:site|website) uses cookies|we use cookies|cookie (?:policy|settings|"
              r"preferences|notice))\b", 300, requires=r"\b(?:accept|consent|agree|policy|settings|continu\w+)\b"),
    _r("nav", r"^(?:skip to (?:main )?content|back to top|go to top|print version|"
              r"download (?:as )?pdf|we use cookies\b.*|accept (?:all )?cookies)$", 200),
)


# A horizontal rule ("---", "* * *", "___", "==="): a separator, never content (raw line).
_RULE_LINE_RE = re.compile(r"^[ \t]*(?:([-*_=~•·])[ \t]*)(?:\1[ \t]*){2,}$")
# Several prompts on one line: "Share this | Subscribe to the newsletter".
_PART_SEP_RE = re.compile(r"\s+[|·•]\s+")


def classify_line(line: str) -> str | None:
    """The category of the first rule marking ``line`` (normalized text), or ``None``.

    >>> classify_line("Page 2 of 7")
    'pagination'
    >>> classify_line("The talks took place in Moscow.") is None
    True
    """
    for rule in RULES:
        if rule.matches(line):
            return rule.category
    if len(line) <= 200 and (" | " in line or "·" in line or "•" in line):
        parts = _PART_SEP_RE.split(line)
        if len(parts) >= 2:
            cats = [_classify_part(p) for p in parts]
            if all(cats):
                return cats[0]
    return None


def _classify_part(part: str) -> str | None:
    for rule in RULES:
        if rule.matches(part):
            return rule.category
    return None


def boilerplate_lines(text: str, lines: list[Line] | None = None) -> list[tuple[Line, str]]:
    """Every furniture line of ``text`` with the category that marked it, in order.

    ``lines`` may pass ``list(iter_lines(text))`` when the caller has it already.
    """
    if lines is None:
        lines = list(iter_lines(text))
    marked: dict[int, str] = {}
    for line in lines:
        if line.blank:
            if line.raw and _RULE_LINE_RE.match(line.raw):
                marked[line.index] = "rule"  # "* * *" normalizes to nothing
            continue
        if line.norm[0] in "-*_=~•·" and _RULE_LINE_RE.match(line.raw):
            marked[line.index] = "rule"
            continue
        cat = classify_line(line.norm)
        if cat:
            marked[line.index] = cat
    _mark_repeated_title(lines, marked)
    return [(lines[i], cat) for i, cat in sorted(marked.items())]


def _mark_repeated_title(lines: list[Line], marked: dict[int, str]) -> None:
    """Mark a verbatim repeat of the title near the end when it sits beside furniture."""
    content = [ln for ln in lines if not ln.blank]
    first = next((ln for ln in content if ln.index not in marked), None)
    if first is None or len(first.norm) < 8:
        return
    key = first.norm.casefold()
    tail_from = content[int(len(content) * 0.5)].index if content else 0
    for pos, ln in enumerate(content):
        if ln.index <= first.index or ln.index < tail_from or ln.index in marked:
            continue
        if ln.norm.casefold() != key:
            continue
        neighbours = content[max(0, pos - 1):pos] + content[pos + 1:pos + 2]
        if any(nb.index in marked for nb in neighbours):
            marked[ln.index] = "repeated_title"


def find_boilerplate(text: str) -> tuple[Span, ...]:
    """Spans of the furniture lines of ``text`` (whole lines, without terminators).

    >>> t = "Title\\nShare this\\nBody text here.\\n"
    >>> [t[s.start:s.end] for s in find_boilerplate(t)]
    ['Share this']
    """
    return tuple(Span(ln.start, ln.end) for ln, _ in boilerplate_lines(text))

