"""Export the store as ``dyad.export/1`` JSON (the contract in ``DESIGN.md``).

Persons, organizations and states are merged across documents by canonical name;
every other record keeps its document. Record ids are stable: a prefix plus a short
hash of what identifies the record (document, offsets, key fields), so the same build
gives the same ids. ``concepts``, ``edges`` and the claims' ``cause_concept`` /
``effect_concept`` are filled by the model layer through the keyword arguments.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from typing import IO, Iterable, Mapping

from dyad.model.claims import claim_id  # the ids the causal map cites in edges[].claims
from dyad.records import Event, Span, Statement
from dyad.store import Store

__all__ = ["SCHEMA", "export_json", "export_with_model", "write_json", "record_id", "entity_id", "claim_id"]

SCHEMA = "dyad.export/1"


def _hash(*parts) -> str:
    return hashlib.sha1("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:12]


def _key(name: str) -> str:
    return " ".join((name or "").split()).casefold()


def entity_id(prefix: str, name: str) -> str:
    """Id of a person/organization/state merged by canonical name, e.g. ``per-3f2a...``."""
    return f"{prefix}-{_hash(_key(name))}"


def record_id(prefix: str, doc_id: str, start: int, end: int, *key) -> str:
    """Stable id of a per-document record: prefix + hash of document, offsets and key fields."""
    return f"{prefix}-{_hash(doc_id, start, end, *key)}"


def _statement_id(s: Statement) -> str:
    return record_id("st", s.doc_id, s.start_char, s.end_char, s.speaker, s.kind)


def _event_id(e: Event) -> str:
    return record_id("ev", e.doc_id, e.start_char, e.end_char, e.type)


def _span(span: Span | None) -> dict | None:
    return None if span is None else {"start": span.start, "end": span.end}


def _ev(start: int, end: int) -> dict:
    return {"start": start, "end": end}


def _unique(ids: list[str]) -> list[str]:
    """Suffix repeated ids (``-2``, ``-3``, ...) so that every id is unique."""
    seen: dict[str, int] = {}
    out = []
    for i in ids:
        n = seen.get(i, 0) + 1
        seen[i] = n
        out.append(i if n == 1 else f"{i}-{n}")
    return out


def _add_unique(items: list, values: Iterable) -> None:
    for v in values:
        if v and v not in items:
            items.append(v)


def _merge_entities(records: Iterable, prefix: str, order: Mapping[str, int], extra) -> list[dict]:
    """Merge records of one entity kind by canonical name (first appearance first)."""
    merged: dict[str, dict] = {}
    spans: dict[str, set] = {}
    for rec in records:
        key = _key(rec.name)
        if not key:
            continue
        out = merged.get(key)
        if out is None:
            out = merged[key] = {"id": entity_id(prefix, rec.name), "name": rec.name}
            out.update(extra(None, rec))
            out["mentions"] = []
            spans[key] = set()
        else:
            out.update(extra(out, rec))
        mentions = [(m.doc_id, m.start_char, m.end_char) for m in rec.mentions] or [
            (rec.doc_id, rec.start_char, rec.end_char)]
        for m in mentions:
            if m not in spans[key]:
                spans[key].add(m)
                out["mentions"].append({"doc": m[0], "start": m[1], "end": m[2]})
    for out in merged.values():
        out["mentions"].sort(key=lambda m: (order.get(m["doc"], 1 << 30), m["start"], m["end"]))
    return list(merged.values())


def _person_fields(cur: dict | None, p) -> dict:
    if cur is None:
        return {"roles": list(dict.fromkeys(r for r in p.roles if r)),
                "affiliations": list(dict.fromkeys(a for a in p.affiliations if a)),
                "nationality": p.nationality, "kind": p.kind}
    _add_unique(cur["roles"], p.roles)
    _add_unique(cur["affiliations"], p.affiliations)
    return {"nationality": cur["nationality"] or p.nationality,
            "kind": p.kind if cur["kind"] in (None, "", "other") else cur["kind"]}


def _org_fields(cur: dict | None, o) -> dict:
    if cur is None or cur["kind"] in (None, "", "other"):
        return {"kind": o.kind}
    return {}


def _plain(item) -> dict:
    if isinstance(item, Mapping):
        return dict(item)
    if hasattr(item, "to_dict"):
        return item.to_dict()
    if dataclasses.is_dataclass(item):
        return dataclasses.asdict(item)
    raise TypeError(f"cannot export {type(item).__name__} as a concept or edge (give a dict)")


def export_json(
    store: Store,
    *,
    concepts: Iterable | None = None,
    edges: Iterable | None = None,
    claim_concepts: Mapping[str, tuple[str | None, str | None]] | None = None,
) -> dict:
    """The whole store as one ``dyad.export/1`` object.

    Parameters
    ----------
    store : Store
    concepts, edges : iterable of dict, optional
        Filled by the model layer: ``{"id", "label", "aliases", "kind"}`` and
        ``{"source", "target", "weight", "claims"}``. Empty lists when not given.
    claim_concepts : mapping, optional
        Claim id (:func:`dyad.model.claims.claim_id`) -> ``(cause_concept, effect_concept)``.

    Returns
    -------
    dict
        JSON-serialisable, keys in the order of the contract.
    """
    claim_concepts = claim_concepts or {}
    docs = store.documents()
    order = {d.id: i for i, d in enumerate(docs)}

    def by_doc(records):
        return sorted(records, key=lambda r: order.get(r.doc_id, 1 << 30))  # stable: keeps seq order

    documents = [{
        "id": d.id, "source": d.source, "sha256": d.sha256, "title": d.title, "authors": list(d.authors),
        "publisher": d.publisher, "date": d.date, "boilerplate": [_span(b) for b in d.boilerplate],
    } for d in docs]

    persons = _merge_entities(by_doc(store.persons()), "per", order, _person_fields)
    organizations = _merge_entities(by_doc(store.organizations()), "org", order, _org_fields)
    states = [{"id": s["id"], "name": s["name"], "mentions": s["mentions"]}
              for s in _merge_entities(by_doc(store.states()), "state", order, lambda cur, s: {})]

    stmts = by_doc(store.statements())
    statements = [{
        "id": i, "doc": s.doc_id, "speaker": s.speaker, "kind": s.kind,
        "content": _ev(s.start_char, s.end_char), "cue": _span(s.cue), "confidence": s.confidence,
    } for i, s in zip(_unique([_statement_id(s) for s in stmts]), stmts)]

    evs = by_doc(store.events())
    events = [{
        "id": i, "doc": e.doc_id, "type": e.type, "date": e.date, "date_text": e.date_text,
        "participants": list(e.participants), "place": e.place, "evidence": _ev(e.start_char, e.end_char),
        "confidence": e.confidence,
    } for i, e in zip(_unique([_event_id(e) for e in evs]), evs)]

    claims = by_doc(store.causal_claims())
    causal_claims = []
    for i, c in zip(_unique([claim_id(c) for c in claims]), claims):
        cause_concept, effect_concept = claim_concepts.get(i, (None, None))
        causal_claims.append({
            "id": i, "doc": c.doc_id, "cause": c.cause, "effect": c.effect,
            "cause_concept": cause_concept, "effect_concept": effect_concept,
            "polarity": c.polarity, "modality": c.modality, "claimant": c.claimant,
            "evidence": _ev(c.start_char, c.end_char), "confidence": c.confidence,
        })

    stances = [{
        "doc": s.doc_id, "holder": s.holder, "target": s.target, "value": s.value,
        "evidence": [_span(e) for e in s.evidence] or [_ev(s.start_char, s.end_char)],
    } for s in by_doc(store.stances())]

    return {
        "schema": SCHEMA,
        "documents": documents,
        "persons": persons,
        "organizations": organizations,
        "states": states,
        "statements": statements,
        "events": events,
        "causal_claims": causal_claims,
        "stances": stances,
        "concepts": [_plain(c) for c in concepts or ()],
        "edges": [_plain(e) for e in edges or ()],
    }


def export_with_model(store: Store, *, curation=None) -> tuple[dict, list[str]]:
    """The export with ``concepts``, ``edges`` and claim concepts from the causal map.

    Parameters
    ----------
    store : Store
    curation : path, optional
        The analyst's curation file (default ``<db stem>.curation.yaml`` beside the
        database; a missing file is an empty curation).

    Returns
    -------
    (dict, list of str)
        The export and the model's warnings (e.g. stale curation operations).
    """
    from dyad.model.causal_map import build_causal_map, to_export
    from dyad.model.curation import default_curation_path

    cmap = build_causal_map(store.causal_claims(),
                            curation=curation if curation is not None else default_curation_path(store.path))
    concepts, edges, claim_concepts = to_export(cmap)
    data = export_json(store, concepts=concepts, edges=edges, claim_concepts=claim_concepts)
    return data, list(cmap.warnings)


def write_json(data: dict, out: IO[str]) -> None:
    """Write an export object as UTF-8 JSON (indented, non-ASCII kept)."""
    json.dump(data, out, ensure_ascii=False, indent=1)
    out.write("\n")
