"""Merging repeated references to one event, and tidying evidence spans."""

from __future__ import annotations

from dyad.extract.events.lexicon import Cand

__all__ = ["dedupe", "balance", "share"]


def _compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return True
    return a.startswith(b) or b.startswith(a)


def _same_event(a: Cand, b: Cand) -> bool:
    if not _compatible(a.date, b.date):
        return False
    if a.fallback or b.fallback:  # a dated clause around a typed event is that event
        typed = b if a.fallback else a
        if typed.date_expr is not None and not typed.start <= typed.date_expr.start < typed.end:
            return False  # unless the typed event only borrowed the clause's date ("after protesters stormed")
        return (a.start <= b.pos < a.end) or (b.start <= a.pos < b.end)
    if a.type != b.type:
        return False
    if a.known and b.known and a.known["key"] == b.known["key"]:
        return True
    if _named_by_year(a) and _named_by_year(b) and a.date == b.date:  # "the 1965 treaty" ... "the 1965 settlement"
        return True
    later = b if b.pos > a.pos else a
    if later.definite and not later.date and later.lemma == (a if later is b else b).lemma:
        return True  # "the visit" told again
    if a.name_key and a.name_key == b.name_key:
        return True
    if a.type == "sanctions" and (a.lemma == b.lemma or a.known and b.known or not a.date or not b.date):
        return True  # the same measures told again; but not "duties ..., and later tariffs", both dated
    if a.place and b.place:
        return a.place == b.place and (not a.participants or not b.participants or share(a.participants, b.participants))
    if a.participants and b.participants and share(a.participants, b.participants) and \
            share(b.participants, a.participants) and a.lemma == b.lemma:
        return True
    return False


def _named_by_year(c: Cand) -> bool:
    """An event the text names by its year, the year written before the noun ('the 1998 declaration')."""
    d = c.date_expr
    return d is not None and d.kind == "y" and not d.prep and d.end <= c.pos and c.start <= d.start


def share(a: list[str], b: list[str]) -> bool:
    """Some name of ``a`` matches one of ``b`` ('Abe' ~ 'Shinzo Abe')."""
    last = {n.split()[-1].lower() for n in b if n.split()}
    return any(n.split() and n.split()[-1].lower() in last for n in a)


def _better(a: Cand, b: Cand) -> Cand:
    def key(c: Cand):
        return (not c.fallback, len(c.date or ""), bool(c.date_expr), c.strength, bool(c.participants), -c.pos)
    return a if key(a) >= key(b) else b


def dedupe(cands: list[Cand]) -> list[Cand]:
    kept: list[Cand] = []
    for c in cands:
        for i, k in enumerate(kept):
            if _same_event(k, c):
                best = _better(k, c)
                other = c if best is k else k
                for p in other.participants:
                    if not share([p], best.participants):
                        best.participants.append(p)
                best.place = best.place or other.place
                kept[i] = best
                break
        else:
            kept.append(c)
    kept.sort(key=lambda c: c.pos)
    return _retold(kept)


RETOLD_GAP = 300  # characters: "talks in Moscow on Thursday ... The two ministers met on the sidelines"
_GATHERINGS = ("meeting", "summit", "visit", "conference")
# a summit or meeting told right after a visit is the one held during it
_OCCASION_OF = {"meeting": ("meeting", "visit"), "summit": ("summit", "visit"), "visit": ("visit",),
                "conference": ("conference",)}


def _retold(cands: list[Cand]) -> list[Cand]:
    """Drop an undated gathering told right after a dated one of the same type (the same
    event, retold in more detail), unless a place or the tense tells them apart."""
    out: list[Cand] = []
    for c in cands:
        prev = next((k for k in reversed(out) if k.type in _OCCASION_OF.get(c.type, (c.type,))), None)
        if c.type in _GATHERINGS and not c.date and not c.fallback and not c.known and not c.name_key and \
                prev is not None and prev.date and 0 <= c.pos - prev.end <= RETOLD_GAP and \
                (c.tense == "future") == (prev.tense == "future") and \
                not (c.place and prev.place and c.place != prev.place):
            for p in c.participants:
                if not share([p], prev.participants):
                    prev.participants.append(p)
            prev.place = prev.place or c.place
            continue
        out.append(c)
    return out


def balance(text: str, start: int, end: int, pos: int) -> tuple[int, int]:
    """Cut an evidence span at an unmatched bracket, keeping the side with the trigger."""
    opened: list[int] = []
    for i in range(start, end):
        ch = text[i]
        if ch == "(":
            opened.append(i)
        elif ch == ")":
            if opened:
                opened.pop()
            elif i < pos:
                start = i + 1
            else:
                end = i
                break
    for i in opened:
        if start <= i < end:
            if i < pos:
                start = i + 1
            else:
                end = i
                break
    while start < end and not text[start].strip():
        start += 1
    while end > start and (not text[end - 1].strip() or text[end - 1] in ",;:"):
        end -= 1
    return start, end
