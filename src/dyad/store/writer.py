"""Turn one :class:`~dyad.records.Extraction` into rows and write them in one transaction.

Rows are inserted column-wise (one ``INSERT ... SELECT unnest(list), ...`` per table),
which is much faster in DuckDB than row-by-row ``executemany``.
"""

from __future__ import annotations

import json
import os
from datetime import datetime, timezone
from typing import Iterable, Sequence

from dyad.records import Extraction, Mention, Span

__all__ = ["TABLES", "RECORD_TABLES", "MENTION_TABLES", "path_key", "document_row", "extraction_rows",
           "insert_rows", "delete_documents"]

# Column name -> DuckDB type, per table, in insertion order (current schema).
_REC = [("doc_id", "VARCHAR"), ("seq", "INTEGER"), ("start_char", "INTEGER"), ("end_char", "INTEGER")]
_PROV = [("extractor", "VARCHAR"), ("confidence", "DOUBLE")]
_MENTION_COLS = [("doc_id", "VARCHAR"), ("owner_seq", "INTEGER"), ("seq", "INTEGER"),
                 ("start_char", "INTEGER"), ("end_char", "INTEGER"), ("text", "VARCHAR"),
                 ("kind", "VARCHAR")] + _PROV

TABLES: dict[str, list[tuple[str, str]]] = {
    "documents": [
        ("id", "VARCHAR"), ("source", "VARCHAR"), ("path", "VARCHAR"), ("path_key", "VARCHAR"),
        ("sha256", "VARCHAR"), ("text", "VARCHAR"), ("format", "VARCHAR"), ("title", "VARCHAR"),
        ("authors", "VARCHAR"), ("publisher", "VARCHAR"), ("date", "VARCHAR"),
        ("date_start", "INTEGER"), ("date_end", "INTEGER"), ("boilerplate", "VARCHAR"),
        ("language", "VARCHAR"), ("warnings", "VARCHAR"), ("extract_warnings", "VARCHAR"),
        ("pipeline", "VARCHAR"), ("ingested_at", "TIMESTAMP"),
    ],
    "persons": _REC + [("name", "VARCHAR"), ("roles", "VARCHAR"), ("affiliations", "VARCHAR"),
                       ("nationality", "VARCHAR"), ("kind", "VARCHAR")] + _PROV,
    "organizations": _REC + [("name", "VARCHAR"), ("kind", "VARCHAR")] + _PROV,
    "states": _REC + [("name", "VARCHAR"), ("code", "VARCHAR")] + _PROV,
    "statements": _REC + [("speaker", "VARCHAR"), ("kind", "VARCHAR"), ("cue_start", "INTEGER"),
                          ("cue_end", "INTEGER"), ("speaker_start", "INTEGER"),
                          ("speaker_end", "INTEGER")] + _PROV,
    "events": _REC + [("type", "VARCHAR"), ("date", "VARCHAR"), ("date_text", "VARCHAR"),
                      ("date_start", "INTEGER"), ("date_end", "INTEGER"), ("participants", "VARCHAR"),
                      ("place", "VARCHAR"), ("trigger", "VARCHAR")] + _PROV,
    "causal_claims": _REC + [("cause", "VARCHAR"), ("effect", "VARCHAR"), ("polarity", "VARCHAR"),
                             ("modality", "VARCHAR"), ("claimant", "VARCHAR"), ("cause_start", "INTEGER"),
                             ("cause_end", "INTEGER"), ("effect_start", "INTEGER"),
                             ("effect_end", "INTEGER"), ("marker", "VARCHAR")] + _PROV,
    "stances": _REC + [("holder", "VARCHAR"), ("value", "INTEGER"), ("target", "VARCHAR"),
                       ("evidence", "VARCHAR")] + _PROV,
    "person_mentions": _MENTION_COLS,
    "org_mentions": _MENTION_COLS,
    "state_mentions": _MENTION_COLS,
}
# Extraction attribute -> (record table, mention table or None).
RECORD_TABLES = {
    "persons": ("persons", "person_mentions"),
    "organizations": ("organizations", "org_mentions"),
    "states": ("states", "state_mentions"),
    "statements": ("statements", None),
    "events": ("events", None),
    "causal_claims": ("causal_claims", None),
    "stances": ("stances", None),
}
MENTION_TABLES = ("person_mentions", "org_mentions", "state_mentions")


def path_key(path: str) -> str:
    """The key that identifies "the same file" across builds (absolute, normalised path)."""
    return os.path.normcase(os.path.abspath(path))


def _j(value) -> str:
    return json.dumps(list(value), ensure_ascii=False)


def _span(span: Span | None) -> tuple[int | None, int | None]:
    return (span.start, span.end) if span is not None else (None, None)


def document_row(ex: Extraction, pipeline: str = "") -> tuple:
    d = ex.document
    own = set(d.warnings)
    extra = [w for w in ex.warnings if w not in own]
    return (
        d.id, d.source, d.path, path_key(d.path), d.sha256, d.text, d.format, d.title, _j(d.authors),
        d.publisher, d.date, *_span(d.date_span), _j([b.to_dict() for b in d.boilerplate]), d.language,
        _j(d.warnings), _j(extra), pipeline, datetime.now(timezone.utc).replace(tzinfo=None),
    )


def _mention_rows(doc_id: str, owner_seq: int, mentions: Sequence[Mention]) -> Iterable[tuple]:
    for i, m in enumerate(mentions):
        yield (doc_id, owner_seq, i, m.start_char, m.end_char, m.text, m.kind, m.extractor,
               float(m.confidence))


def extraction_rows(ex: Extraction, pipeline: str = "") -> dict[str, list[tuple]]:
    """Rows for every table, keyed by table name (documents included).

    ``pipeline`` is a fingerprint of the code and data that produced the records.
    """
    doc_id = ex.document.id
    rows: dict[str, list[tuple]] = {t: [] for t in TABLES}
    rows["documents"].append(document_row(ex, pipeline))
    for i, p in enumerate(ex.persons):
        rows["persons"].append((p.doc_id, i, p.start_char, p.end_char, p.name, _j(p.roles),
                                _j(p.affiliations), p.nationality, p.kind, p.extractor, float(p.confidence)))
        rows["person_mentions"].extend(_mention_rows(p.doc_id, i, p.mentions))
    for i, o in enumerate(ex.organizations):
        rows["organizations"].append((o.doc_id, i, o.start_char, o.end_char, o.name, o.kind,
                                      o.extractor, float(o.confidence)))
        rows["org_mentions"].extend(_mention_rows(o.doc_id, i, o.mentions))
    for i, s in enumerate(ex.states):
        rows["states"].append((s.doc_id, i, s.start_char, s.end_char, s.name, s.code, s.extractor,
                               float(s.confidence)))
        rows["state_mentions"].extend(_mention_rows(s.doc_id, i, s.mentions))
    for i, s in enumerate(ex.statements):
        rows["statements"].append((s.doc_id, i, s.start_char, s.end_char, s.speaker, s.kind,
                                   *_span(s.cue), *_span(s.speaker_span), s.extractor, float(s.confidence)))
    for i, e in enumerate(ex.events):
        rows["events"].append((e.doc_id, i, e.start_char, e.end_char, e.type, e.date, e.date_text,
                               *_span(e.date_span), _j(e.participants), e.place, e.trigger, e.extractor,
                               float(e.confidence)))
    for i, c in enumerate(ex.causal_claims):
        rows["causal_claims"].append((c.doc_id, i, c.start_char, c.end_char, c.cause, c.effect, c.polarity,
                                      c.modality, c.claimant, *_span(c.cause_span), *_span(c.effect_span),
                                      c.marker, c.extractor, float(c.confidence)))
    for i, s in enumerate(ex.stances):
        rows["stances"].append((s.doc_id, i, s.start_char, s.end_char, s.holder, int(s.value), s.target,
                                _j([e.to_dict() for e in s.evidence]), s.extractor, float(s.confidence)))
    for table, table_rows in rows.items():
        if table != "documents" and any(r[0] != doc_id for r in table_rows):
            raise ValueError(f"a record in {table} belongs to another document than {doc_id!r}")
    return rows


def insert_rows(conn, table: str, rows: list[tuple]) -> None:
    """Insert ``rows`` into ``table`` with one column-wise statement."""
    if not rows:
        return
    cols = TABLES[table]
    columns = [list(c) for c in zip(*rows)]
    select = ", ".join(f"unnest(?::{typ}[])" for _, typ in cols)
    names = ", ".join(name for name, _ in cols)
    conn.execute(f"INSERT INTO {table} ({names}) SELECT {select}", columns)


def delete_documents(conn, doc_ids: Iterable[str]) -> None:
    """Delete documents and every record that belongs to them (inside the caller's transaction)."""
    ids = list(doc_ids)
    if not ids:
        return
    for table in TABLES:
        column = "id" if table == "documents" else "doc_id"
        conn.execute(f"DELETE FROM {table} WHERE {column} IN (SELECT unnest(?::VARCHAR[]))", [ids])
