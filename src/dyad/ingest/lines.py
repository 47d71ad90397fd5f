"""Lines of a text with their character offsets (the unit boilerplate and metadata work on)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Iterator

__all__ = ["Line", "iter_lines", "normalize_line"]

_LINE_RE = re.compile(r"[^\r\n]*")
_SPACE_RE = re.compile(r"\s+")
# Markdown furniture around a line's words: heading marks, quotes, list bullets, emphasis.
_MD_LEAD_RE = re.compile(r"^(?:#{1,6}\s+|>\s*|[-*+]\s+)+")
_MD_EMPH_RE = re.compile(r"(\*\*|__|\*|(?<!\w)_|_(?!\w))")
# Lines without any of these are already normal (the common case: fast path).
_NEEDS_NORM_RE = re.compile(r"^[\s#>*+-]|\s$|\s\s|[^\S ]|[*_]")


@dataclass(frozen=True, slots=True)
class Line:
    """One line: ``text[start:end]`` is the line without its terminator."""

    index: int
    start: int
    end: int
    raw: str  # text[start:end]
    norm: str  # whitespace collapsed, markdown marks removed, stripped

    @property
    def blank(self) -> bool:
        return not self.norm


def normalize_line(raw: str) -> str:
    """Collapse whitespace (including no-break spaces) and drop Markdown marks.

    >>> normalize_line("  **Photo:**\\u00a0Reuters  ")
    'Photo: Reuters'
    """
    if not _NEEDS_NORM_RE.search(raw):
        return raw
    s = _SPACE_RE.sub(" ", raw).strip()
    s = _MD_LEAD_RE.sub("", s)
    s = _MD_EMPH_RE.sub("", s)
    return _SPACE_RE.sub(" ", s).strip()


def iter_lines(text: str) -> Iterator[Line]:
    """Yield every line of ``text`` (``\\n``, ``\\r\\n`` or ``\\r`` terminated).

    >>> [(l.start, l.end) for l in iter_lines("ab\\r\\ncd\\n")]
    [(0, 2), (4, 6), (7, 7)]
    """
    pos, n, index = 0, len(text), 0
    while True:
        m = _LINE_RE.match(text, pos)
        start, end = m.start(), m.end()
        raw = text[start:end]
        yield Line(index=index, start=start, end=end, raw=raw, norm=normalize_line(raw))
        index += 1
        if end >= n:
            return
        pos = end + (2 if text.startswith("\r\n", end) else 1)
