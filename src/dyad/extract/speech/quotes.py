"""Quote-pair scanning: straight, curly double and curly single quotes.

Quotation marks are paired within one paragraph. A straight ``"`` opens when it
follows a space or an opening bracket and closes when it follows a word or
punctuation; curly marks carry their direction. Unbalanced marks are reported
through ``warn`` and skipped, never raised.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterator

__all__ = ["Quote", "find_quotes"]

_OPEN_D = "\u201c\u201e\u00ab"  # “ „ «
_CLOSE_D = "\u201d\u00bb"  # ” »
_OPEN_S = "\u2018"  # ‘
_CLOSE_S = "\u2019"  # ’
_OPENERS_BEFORE = " \t\n([{\u2014\u2013-:/"


@dataclass(frozen=True, slots=True)
class Quote:
    """A quoted passage: ``start``/``end`` include the marks, ``inner_*`` do not."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    single: bool = False

    def inner_text(self, text: str) -> str:
        return text[self.inner_start:self.inner_end]


def _straight_role(text: str, i: int) -> str:
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev in _OPENERS_BEFORE:
        return "open"
    if nxt.isspace() or nxt in ",.;:!?)]}\u2014\u2013" or prev.isalnum() or prev in ",.;:!?)]}":
        return "close"
    return "open"


def _paragraphs(text: str) -> Iterator[tuple[int, int]]:
    start = 0
    for i, ch in enumerate(text):
        if ch == "\n":
            if i > start:
                yield start, i
            start = i + 1
    if start < len(text):
        yield start, len(text)


def find_quotes(text: str, warn: Callable[[str], None] | None = None,
                *, singles: bool = True) -> list[Quote]:
    """Return the balanced quoted passages of ``text`` in order.

    Parameters
    ----------
    text : str
        The document text.
    warn : callable, optional
        Called with a message for every unbalanced mark (which is skipped).
    singles : bool
        Also pair curly single quotes (a closing ``’`` followed by a letter is an apostrophe).

    Examples
    --------
    >>> [q.inner_text('He said: "yes, fine." Then "no"') for q in find_quotes('He said: "yes, fine." Then "no"')]
    ['yes, fine.', 'no']
    """
    quotes: list[Quote] = []
    for p_start, p_end in _paragraphs(text):
        open_d: int | None = None
        open_s: int | None = None
        for i in range(p_start, p_end):
            ch = text[i]
            if ch == '"' or ch in _OPEN_D or ch in _CLOSE_D:
                role = _straight_role(text, i) if ch == '"' else ("open" if ch in _OPEN_D else "close")
                if role == "open":
                    if open_d is not None and warn:
                        warn(f"unbalanced quotation mark at {open_d}, skipped")
                    open_d = i
                elif open_d is not None:
                    quotes.append(Quote(open_d, i + 1, open_d + 1, i))
                    open_d = None
                    open_s = None if (open_s is not None and open_s < quotes[-1].start) else open_s
                elif warn:
                    warn(f"closing quotation mark without an opening one at {i}, skipped")
            elif singles and ch == _OPEN_S:
                open_s = i
            elif singles and ch == _CLOSE_S and open_s is not None:
                nxt = text[i + 1] if i + 1 < p_end else " "
                if not nxt.isalpha():
                    quotes.append(Quote(open_s, i + 1, open_s + 1, i, single=True))
                    open_s = None
        if open_d is not None and warn:
            warn(f"unbalanced quotation mark at {open_d}, skipped")
    quotes.sort(key=lambda q: q.start)
    return [q for q in quotes if q.inner_end > q.inner_start]
