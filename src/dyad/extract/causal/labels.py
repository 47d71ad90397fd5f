"""Speaker labels of interviews and transcripts (``**OM:** ...``, ``Q: ...``) for causal claims.

An answer line opened by a speaker label is that speaker's voice: its claims belong to the
person the label names (a mention, the person's initials, or part of the name). A line that is
bold from end to end and opens with a label is the interviewer's prompt ("**VR: So the ban
was electoral?**"): questions and prompts carry no claims of the expert.

Plain (unbolded) labels count only when the document opens at least two lines with them, so
that a sentence such as "The lesson: never trust a ceasefire" is never read as a label.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pragma: no cover
    from dyad.extract.context import DocContext

__all__ = ["is_prompt", "label_speaker", "line_label"]

_NAME = r"(?:[A-Z][\w'’.\-]*|[A-Z]{1,4})"
_BOLD_LABEL = re.compile(rf"^\s*(\*\*|__)\s*({_NAME}(?: {_NAME}){{0,3}})\s*(?::\s*(?:\*\*|__)|(?:\*\*|__)\s*:|:)")
_PLAIN_LABEL = re.compile(rf"^\s*({_NAME}(?: {_NAME}){{0,3}})\s*:\s+\S", re.M)
_LOOK_BACK = 3  # paragraphs an unlabelled answer line may continue


def _line(text: str, pos: int) -> tuple[int, int]:
    a = text.rfind("\n", 0, pos) + 1
    b = text.find("\n", pos)
    return a, (len(text) if b < 0 else b)


def line_label(text: str, start: int, end: int) -> tuple[int, int, bool] | None:
    """The speaker label opening ``text[start:end]``: its character span and whether it is bold."""
    line = text[start:end]
    m = _BOLD_LABEL.match(line)
    if m:
        return start + m.start(2), start + m.end(2), True
    m = _PLAIN_LABEL.match(line)
    if m:
        label = m.group(1)
        # a plain label counts when it opens at least two lines of the document
        pattern = re.compile(rf"^\s*{re.escape(label)}\s*:\s", re.M)
        if len(pattern.findall(text)) >= 2:
            return start + m.start(1), start + m.end(1), False
    return None


def is_prompt(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in a labelled line that is bold end to end (an interviewer's prompt)."""
    a, b = _line(text, pos)
    line = text[a:b].strip()
    if not (len(line) > 4 and line[:2] in ("**", "__") and line[-2:] == line[:2]):
        return False
    inner = line[2:-2]
    if "**" in inner or "__" in inner:
        return False  # "**OM:** answer **emphasis**" is an answer, not a prompt
    return line_label(text, a, b) is not None


def _resolve(ctx: "DocContext", text: str, a: int, b: int) -> str | None:
    label = text[a:b].strip()
    p = ctx.person_at(a, b)
    if p is not None:
        return p.name
    words = label.replace(".", " ").split()
    for person in ctx.persons:
        parts = [w for w in re.split(r"[\s\-]+", person.name) if w]
        initials = "".join(w[0] for w in parts if w[0].isupper())
        if label.isupper() and len(label) <= 4 and label.replace(".", "") == initials:
            return person.name
        if words and all(w in parts for w in words):
            return person.name
    return None


def label_speaker(ctx: "DocContext", pos: int) -> str | None:
    """The person whose label opens the answer that holds ``pos`` (else ``None``)."""
    text = ctx.text
    a, b = _line(text, pos)
    for _ in range(_LOOK_BACK + 1):
        lab = line_label(text, a, b)
        if lab is not None:
            return _resolve(ctx, text, lab[0], lab[1])
        if a == 0:
            return None
        # step back over one blank line to the previous paragraph; headings and rules end the answer
        prev_b = a - 1
        while prev_b > 0 and text[prev_b - 1] == "\n":
            prev_b -= 1
        a, b = _line(text, max(prev_b - 1, 0))
        head = text[a:b].lstrip()
        if not head or head.startswith(("#", "---", "***", "___")):
            return None
    return None
