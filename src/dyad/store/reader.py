"""Rows back to records: documents, whole extractions, and every record of one kind."""

from __future__ import annotations

import json
from collections import defaultdict
from typing import Iterator

from dyad.records import (
    CausalClaim, Document, Event, Extraction, Mention, Organization, Person, Span, Stance, State, Statement,
)
from dyad.store.writer import TABLES

__all__ = ["read_documents", "read_extraction", "read_records", "RECORD_KINDS"]

RECORD_KINDS = ("persons", "organizations", "states", "statements", "events", "causal_claims", "stances")
_MENTIONS = {"persons": "person_mentions", "organizations": "org_mentions", "states": "state_mentions"}


def _span(start, end) -> Span | None:
    return None if start is None or end is None else Span(start, end)


def _spans(text: str) -> tuple[Span, ...]:
    return tuple(Span(int(s["start"]), int(s["end"])) for s in json.loads(text))


def _strs(text: str) -> tuple[str, ...]:
    return tuple(json.loads(text))


def _select(conn, table: str, where: str = "", params=(), order: str = "doc_id, seq") -> Iterator[dict]:
    names = [name for name, _ in TABLES[table]]
    cur = conn.execute(f"SELECT {', '.join(names)} FROM {table} {where} ORDER BY {order}", list(params))
    while True:
        batch = cur.fetchmany(512)
        if not batch:
            return
        for row in batch:
            yield dict(zip(names, row))


def _document(r: dict) -> Document:
    return Document(
        id=r["id"], source=r["source"], path=r["path"], sha256=r["sha256"], text=r["text"],
        format=r["format"], title=r["title"], authors=_strs(r["authors"]), publisher=r["publisher"],
        date=r["date"], date_span=_span(r["date_start"], r["date_end"]),
        boilerplate=_spans(r["boilerplate"]), language=r["language"], warnings=_strs(r["warnings"]),
    )


def read_documents(conn, where: str = "", params=()) -> Iterator[tuple[Document, list[str]]]:
    """``(document, extraction warnings)`` pairs ordered by source name."""
    for r in _select(conn, "documents", where, params, order="source, id"):
        yield _document(r), list(json.loads(r["extract_warnings"]))


def _mentions(conn, table: str, where: str, params) -> dict[tuple[str, int], list[Mention]]:
    out: dict[tuple[str, int], list[Mention]] = defaultdict(list)
    for r in _select(conn, table, where, params, order="doc_id, owner_seq, seq"):
        out[(r["doc_id"], r["owner_seq"])].append(Mention(
            doc_id=r["doc_id"], start_char=r["start_char"], end_char=r["end_char"], text=r["text"],
            kind=r["kind"], extractor=r["extractor"], confidence=r["confidence"],
        ))
    return out


def _record(kind: str, r: dict, mentions: dict) -> object:
    base = dict(doc_id=r["doc_id"], start_char=r["start_char"], end_char=r["end_char"],
                extractor=r["extractor"], confidence=r["confidence"])
    m = tuple(mentions.get((r["doc_id"], r["seq"]), ()))
    if kind == "persons":
        return Person(name=r["name"], roles=_strs(r["roles"]), affiliations=_strs(r["affiliations"]),
                      nationality=r["nationality"], kind=r["kind"], mentions=m, **base)
    if kind == "organizations":
        return Organization(name=r["name"], kind=r["kind"], mentions=m, **base)
    if kind == "states":
        return State(name=r["name"], code=r["code"], mentions=m, **base)
    if kind == "statements":
        return Statement(speaker=r["speaker"], kind=r["kind"], cue=_span(r["cue_start"], r["cue_end"]),
                         speaker_span=_span(r["speaker_start"], r["speaker_end"]), **base)
    if kind == "events":
        return Event(type=r["type"], date=r["date"], date_text=r["date_text"],
                     date_span=_span(r["date_start"], r["date_end"]),
                     participants=_strs(r["participants"]), place=r["place"], trigger=r["trigger"], **base)
    if kind == "causal_claims":
        return CausalClaim(cause=r["cause"], effect=r["effect"], polarity=r["polarity"],
                           modality=r["modality"], claimant=r["claimant"],
                           cause_span=_span(r["cause_start"], r["cause_end"]),
                           effect_span=_span(r["effect_start"], r["effect_end"]), marker=r["marker"], **base)
    if kind == "stances":
        return Stance(holder=r["holder"], value=r["value"], target=r["target"],
                      evidence=_spans(r["evidence"]), **base)
    raise KeyError(kind)


def read_records(conn, kind: str, doc_id: str | None = None) -> list:
    """Every record of ``kind`` (one of :data:`RECORD_KINDS`), optionally of one document."""
    if kind not in RECORD_KINDS:
        raise KeyError(f"unknown record kind {kind!r}; expected one of {', '.join(RECORD_KINDS)}")
    where, params = ("WHERE doc_id = ?", [doc_id]) if doc_id is not None else ("", [])
    mentions = _mentions(conn, _MENTIONS[kind], where, params) if kind in _MENTIONS else {}
    return [_record(kind, r, mentions) for r in _select(conn, kind, where, params)]


def read_extraction(conn, doc_id: str) -> Extraction | None:
    """The stored extraction of one document, or ``None`` if it is not stored."""
    found = list(read_documents(conn, "WHERE id = ?", [doc_id]))
    if not found:
        return None
    document, extra = found[0]
    ex = Extraction(document=document, warnings=list(document.warnings) + extra)
    for kind in RECORD_KINDS:
        setattr(ex, kind, read_records(conn, kind, doc_id))
    return ex
