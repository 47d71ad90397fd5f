"""Affiliations outside role phrases: an institution's possessive before a name ("the Lowy
Institute's NAME") and bylines ("By NAME" + the outlet, "Interview by NAME | Outlet")."""

from __future__ import annotations

import re

__all__ = ["byline_roles", "possessive_org"]


def possessive_org(doc, i: int) -> list[tuple[int, int]]:
    """The organization whose possessive stands right before token ``i``, with at most a
    lower-case role between ("the Lowy Institute's NAME", "the Lowy Institute's senior fellow NAME")."""
    k = i - 1
    while k >= 0 and i - k <= 4 and doc[k].is_lower and doc[k].is_alpha:
        k -= 1
    if k < 1 or doc[k].text not in ("'s", "\u2019s", "'", "\u2019") or doc[k - 1].ent_type_ != "ORG":
        return []
    # the NER may take the possessive into the entity ("The Lowy Institute's")
    return [(o.start_char, doc[k - 1].idx + len(doc[k - 1])) for o in doc.ents
            if o.label_ == "ORG" and o.start < k and k - 1 < o.end <= k + 1]


_INTERVIEWER = re.compile(r"\binterview(?:ed)?\s+(?:\w+\s+){0,2}by\s+$", re.I)


def byline_roles(ctx, persons) -> None:
    """A byline author the text gives no role or affiliation works for the publisher
    ("By NAME" + outlet line, "Interview by NAME | Outlet"); "Interview by" makes them the
    interviewer. Only an author whose first mention sits on a short byline line after "by".

    ``persons`` are the persons extractor's working records (``name``, ``mentions``, ``roles``,
    ``affiliations``, ``entry``, ``kind``, ``role_spans``); they are updated in place.
    """
    publisher = (ctx.document.publisher or "").strip()
    text = ctx.text
    for author in ctx.document.authors:
        last = author.split()[-1].lower()
        p = next((q for q in persons if q.name == author
                  or q.name.split()[-1].lower() == last and q.name[0] == author[0]), None)
        if p is None or p.roles or p.affiliations or p.entry is not None:
            continue
        first = min(p.mentions, key=lambda m: m.start_char)
        ls = text.rfind("\n", 0, first.start_char) + 1
        le = text.find("\n", first.end_char)
        line = text[ls:le if le >= 0 else len(text)]
        before = text[ls:first.start_char]
        for other in ctx.document.authors:  # "By NAME and NAME", "By NAME, NAME and NAME"
            before = before.replace(other, " ")
        before = re.sub(r"(?:\s*(?:,|&|\band\b))+\s*$", " ", before).strip("*_ #")
        if len(line) > 160 or not re.search(r"\bby\s*$", before, re.I):
            continue
        if _INTERVIEWER.search(before + " "):
            p.roles.append("interviewer")
        if publisher and publisher.lower() in text.lower():
            org = next((o.name for o in ctx.organizations if o.name.lower() == publisher.lower()), publisher)
            p.affiliations.append(org)
            if p.kind == "expert" and not p.role_spans:
                p.kind = "other"  # a journalist of the outlet, not an analyst
