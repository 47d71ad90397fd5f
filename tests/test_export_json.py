"""dyad.export/1: every key, type and enum value of the contract in DESIGN.md."""

from __future__ import annotations

import io
import json

import pytest

from dyad.interfaces.export import SCHEMA, export_json, export_with_model, write_json
from dyad.model.claims import claim_id
from dyad.records import EVENT_TYPES, MODALITIES, STATEMENT_KINDS, Mention, Person, Statement
from dyad.store import Store

from test_store_db import make_extraction

TOP = ["schema", "documents", "persons", "organizations", "states", "statements", "events", "causal_claims",
       "stances", "concepts", "edges"]
KEYS = {
    "documents": {"id", "source", "sha256", "title", "authors", "publisher", "date", "boilerplate"},
    "persons": {"id", "name", "roles", "affiliations", "nationality", "kind", "mentions"},
    "organizations": {"id", "name", "kind", "mentions"},
    "states": {"id", "name", "mentions"},
    "statements": {"id", "doc", "speaker", "kind", "content", "cue", "confidence"},
    "events": {"id", "doc", "type", "date", "date_text", "participants", "place", "evidence", "confidence"},
    "causal_claims": {"id", "doc", "cause", "effect", "cause_concept", "effect_concept", "polarity", "modality",
                      "claimant", "evidence", "confidence"},
    "stances": {"doc", "holder", "target", "value", "evidence"},
}


def _is_span(x) -> bool:
    return (isinstance(x, dict) and set(x) == {"start", "end"} and all(isinstance(v, int) for v in x.values())
            and 0 <= x["start"] <= x["end"])


def _opt_str(x) -> bool:
    return x is None or isinstance(x, str)


def check_export(data: dict) -> None:
    """Assert that ``data`` follows dyad.export/1 (shared with the integration tests)."""
    assert list(data) == TOP
    assert data["schema"] == SCHEMA
    for key, keys in KEYS.items():
        assert isinstance(data[key], list), key
        for rec in data[key]:
            assert set(rec) == keys, (key, set(rec) ^ keys)
    doc_ids = {d["id"] for d in data["documents"]}
    for d in data["documents"]:
        assert isinstance(d["id"], str) and isinstance(d["source"], str) and len(d["sha256"]) == 64
        assert _opt_str(d["title"]) and _opt_str(d["publisher"])
        assert all(isinstance(a, str) for a in d["authors"])
        assert d["date"] is None or len(d["date"]) in (4, 7, 10)
        assert all(_is_span(b) for b in d["boilerplate"])
    for key in ("persons", "organizations", "states"):
        for e in data[key]:
            assert isinstance(e["name"], str) and e["name"]
            assert e["mentions"], (key, e["name"])
            for m in e["mentions"]:
                assert set(m) == {"doc", "start", "end"} and m["doc"] in doc_ids
                assert _is_span({"start": m["start"], "end": m["end"]})
    for p in data["persons"]:
        assert all(isinstance(x, str) for x in p["roles"] + p["affiliations"])
        assert _opt_str(p["nationality"]) and isinstance(p["kind"], str)
    for s in data["statements"]:
        assert s["doc"] in doc_ids and isinstance(s["speaker"], str)
        assert s["kind"] in STATEMENT_KINDS
        assert _is_span(s["content"]) and (s["cue"] is None or _is_span(s["cue"]))
        assert 0.0 <= s["confidence"] <= 1.0
    for e in data["events"]:
        assert e["doc"] in doc_ids and e["type"] in EVENT_TYPES
        assert e["date"] is None or len(e["date"]) in (4, 7, 10)
        assert _opt_str(e["date_text"]) and _opt_str(e["place"])
        assert all(isinstance(x, str) for x in e["participants"])
        assert _is_span(e["evidence"]) and 0.0 <= e["confidence"] <= 1.0
    for c in data["causal_claims"]:
        assert c["doc"] in doc_ids and c["polarity"] in ("+", "-") and c["modality"] in MODALITIES
        assert isinstance(c["cause"], str) and isinstance(c["effect"], str) and isinstance(c["claimant"], str)
        assert _opt_str(c["cause_concept"]) and _opt_str(c["effect_concept"])
        assert _is_span(c["evidence"]) and 0.0 <= c["confidence"] <= 1.0
    for s in data["stances"]:
        assert s["doc"] in doc_ids and isinstance(s["holder"], str) and isinstance(s["target"], str)
        assert isinstance(s["value"], int) and -2 <= s["value"] <= 2
        assert s["evidence"] and all(_is_span(e) for e in s["evidence"])
    for c in data["concepts"]:
        assert {"id", "label", "aliases", "kind"} <= set(c) and isinstance(c["aliases"], list)
    for e in data["edges"]:
        assert {"source", "target", "weight", "claims"} <= set(e) and -1.0 <= e["weight"] <= 1.0
    for key in ("persons", "organizations", "states", "statements", "events", "causal_claims", "concepts"):
        ids = [r["id"] for r in data[key]]
        assert len(ids) == len(set(ids)), key
    json.dumps(data)  # serialisable


@pytest.fixture()
def store():
    with Store(":memory:") as s:
        s.save(make_extraction("d1", "x/a.txt", "a" * 64))
        ex = make_extraction("d2", "x/b.txt", "b" * 64, n_statements=2)
        # the same person again, with a new affiliation, and a statement without cue
        ex.persons.append(Person("d2", 38, 47, "ann  lee", affiliations=("Oslo Forum",),
                                 mentions=(Mention("d2", 38, 47, "Sanctions"),)))
        ex.statements.append(Statement("d2", 0, 12, "author", "author_opinion"))
        s.save(ex)
        yield s


def test_export_follows_the_contract(store):
    data = export_json(store)
    check_export(data)
    assert [d["source"] for d in data["documents"]] == ["a.txt", "b.txt"]
    assert data["concepts"] == [] and data["edges"] == []


def test_export_merges_persons_across_documents(store):
    data = export_json(store)
    (ann,) = data["persons"]
    assert ann["name"] == "Ann Lee" and ann["affiliations"] == ["Desk", "Oslo Forum"]
    assert {(m["doc"], m["start"]) for m in ann["mentions"]} == {("d1", 0), ("d2", 0), ("d2", 38)}
    (norway,) = data["states"]
    assert len(norway["mentions"]) == 4


def test_export_spans_and_nulls(store):
    data = export_json(store)
    opinion = [s for s in data["statements"] if s["kind"] == "author_opinion"]
    assert len(opinion) == 1 and opinion[0]["cue"] is None and opinion[0]["content"] == {"start": 0, "end": 12}
    assert all(c["cause_concept"] is None and c["effect_concept"] is None for c in data["causal_claims"])
    assert data["stances"][0]["evidence"] == [{"start": 0, "end": 37}]


def test_export_ids_are_stable_and_unique(store):
    a, b = export_json(store), export_json(store)
    assert a == b
    ids = [s["id"] for s in a["statements"]]
    assert all(i.startswith("st-") for i in ids) and len(set(ids)) == len(ids) == 4  # two identical in d2


def test_export_model_hook_fills_concepts(store):
    claim = store.causal_claims("d1")[0]
    data = export_json(store, concepts=[{"id": "sanctions", "label": "Sanctions", "aliases": [], "kind": "factor"}],
                       edges=[{"source": "sanctions", "target": "trade", "weight": -0.5, "claims": [claim_id(claim)]}],
                       claim_concepts={claim_id(claim): ("sanctions", "trade")})
    by_id = {c["id"]: c for c in data["causal_claims"]}
    assert by_id[claim_id(claim)]["cause_concept"] == "sanctions"
    assert by_id[claim_id(claim)]["effect_concept"] == "trade"
    assert data["edges"][0]["claims"][0] in by_id
    check_export(data)


def test_export_write_json_roundtrips(store):
    buf = io.StringIO()
    write_json(export_json(store), buf)
    assert json.loads(buf.getvalue()) == export_json(store)


def test_export_with_model_links_claims_concepts_and_edges(store, tmp_path):
    data, warnings = export_with_model(store, curation=tmp_path / "none.curation.yaml")
    check_export(data)
    concept_ids = {c["id"] for c in data["concepts"]}
    claim_ids = {c["id"] for c in data["causal_claims"]}
    assert concept_ids and data["edges"]
    for c in data["causal_claims"]:
        assert c["cause_concept"] in concept_ids and c["effect_concept"] in concept_ids
    for e in data["edges"]:
        assert {e["source"], e["target"]} <= concept_ids and set(e["claims"]) <= claim_ids
        assert -1.0 <= e["weight"] <= 1.0
