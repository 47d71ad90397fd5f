"""Span helpers for the gold builders of eval/heldout and eval/dev2 (exact substrings -> offsets)."""

from __future__ import annotations

import re
from pathlib import Path

__all__ = ["Doc", "load_text", "person", "org", "state", "event", "stmt", "claim", "stance"]


def load_text(path: Path) -> str:
    """The text gold offsets refer to: raw UTF-8 for .txt, dyad's extracted text for .html."""
    if path.suffix.lower() in (".html", ".htm"):
        from dyad.ingest import read_document

        return read_document(path).text
    return path.read_text(encoding="utf-8")


class Doc:
    """Resolve annotation strings to ``{"start","end","text"}`` spans in one text."""

    def __init__(self, name: str, text: str) -> None:
        self.name = name
        self.text = text

    def _all(self, s: str, start: int = 0) -> list[int]:
        out, i = [], self.text.find(s, start)
        while i >= 0:
            out.append(i)
            i = self.text.find(s, i + 1)
        return out

    def _mk(self, i: int, s: str) -> dict:
        assert self.text[i:i + len(s)] == s
        return {"start": i, "end": i + len(s), "text": s}

    def span(self, s: str, after: str | None = None, nth: int | None = None) -> dict:
        """The occurrence of ``s``: unique in the text, or the first after the unique ``after``,
        or the ``nth`` (0-based) occurrence."""
        if s is None:
            return None
        base = 0
        if after is not None:
            hits = self._all(after)
            if len(hits) != 1:
                raise ValueError(f"{self.name}: anchor {after!r} occurs {len(hits)} times")
            base = hits[0]
        hits = self._all(s, base)
        if not hits:
            raise ValueError(f"{self.name}: {s!r} not found" + (f" after {after!r}" if after else ""))
        if nth is not None:
            return self._mk(hits[nth], s)
        if after is None and len(hits) != 1:
            raise ValueError(f"{self.name}: {s!r} occurs {len(hits)} times; give after= or nth=")
        return self._mk(hits[0], s)

    def within(self, term: str, ctx: str, after: str | None = None, nth: int | None = None) -> dict:
        """The occurrence of ``term`` inside the (unique, or ``after``/``nth``-selected) ``ctx``;
        ``term`` must occur exactly once in ``ctx``."""
        outer = self.span(ctx, after=after, nth=nth)
        k = ctx.find(term)
        if k < 0 or ctx.find(term, k + 1) >= 0:
            raise ValueError(f"{self.name}: {term!r} must occur once in context {ctx!r}")
        return self._mk(outer["start"] + k, term)

    def every(self, term: str, skip_in: tuple[str, ...] = ()) -> list[dict]:
        """Every whole-word occurrence of ``term`` not lying inside an occurrence of a
        ``skip_in`` string."""
        blocked = []
        for ctx in skip_in:
            hits = self._all(ctx)
            if not hits:
                raise ValueError(f"{self.name}: skip context {ctx!r} not found")
            blocked += [(h, h + len(ctx)) for h in hits]
        out = []
        for m in re.finditer(r"(?<!\w)" + re.escape(term) + r"(?!\w)", self.text):
            if any(a <= m.start() and m.end() <= b for a, b in blocked):
                continue
            out.append(self._mk(m.start(), term))
        if not out:
            raise ValueError(f"{self.name}: no mention of {term!r}")
        return out


# ------------------------------------------------------------------ record builders
def person(name, mentions, roles, affiliations, nationality, kind):
    return {"name": name, "mentions": sorted(mentions, key=lambda m: m["start"]), "roles": roles,
            "affiliations": affiliations, "nationality": nationality, "kind": kind}


def org(name, mentions, kind):
    return {"name": name, "mentions": sorted(mentions, key=lambda m: m["start"]), "kind": kind}


def state(name, mentions):
    return {"name": name, "mentions": sorted(mentions, key=lambda m: m["start"])}


def event(type_, description, date, date_text, participants, place, evidence):
    return {"type": type_, "description": description, "date": date, "date_text": date_text,
            "participants": participants, "place": place, "evidence": evidence}


def stmt(speaker, kind, content, cue):
    return {"speaker": speaker, "kind": kind, "content": content, "cue": cue}


def claim(cause, effect, polarity, modality, evidence, claimant):
    return {"cause": cause, "effect": effect, "polarity": polarity, "modality": modality,
            "evidence": evidence, "claimant": claimant}


def stance(holder, target, value, evidence):
    return {"holder": holder, "target": target, "value": value, "evidence": evidence}
