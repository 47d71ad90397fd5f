"""End to end over the Russia-Japan corpus: build once, then check provenance and key facts."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from dyad.pipeline import build
from dyad.interfaces.export import export_json
from dyad.store import Store

from conftest import GOLD, SHARED
from test_export_json import check_export


@pytest.fixture(scope="module")
def kb(corpus_dir, tmp_path_factory):
    """``(build report, store path, export, {doc id: text})`` for the corpus, built once per module."""
    db = tmp_path_factory.mktemp("integration") / "corpus.duckdb"
    report = build([corpus_dir], db=db)
    with Store(db) as store:
        data = export_json(store)
        texts = {d.id: d.text for d in store.documents()}
    return report, db, data, texts


def _spans(data: dict):
    """Every span in the export as ``(what, doc id, start, end)``."""
    for d in data["documents"]:
        for b in d["boilerplate"]:
            yield "boilerplate", d["id"], b["start"], b["end"]
    for key in ("persons", "organizations", "states"):
        for e in data[key]:
            for m in e["mentions"]:
                yield f"{key} mention", m["doc"], m["start"], m["end"]
    for s in data["statements"]:
        yield "statement content", s["doc"], s["content"]["start"], s["content"]["end"]
        if s["cue"] is not None:
            yield "statement cue", s["doc"], s["cue"]["start"], s["cue"]["end"]
    for key in ("events", "causal_claims"):
        for r in data[key]:
            yield f"{key} evidence", r["doc"], r["evidence"]["start"], r["evidence"]["end"]
    for s in data["stances"]:
        for e in s["evidence"]:
            yield "stance evidence", s["doc"], e["start"], e["end"]


def test_integration_every_document_is_built(kb, corpus_dir):
    report, _, data, texts = kb
    n = len(list(corpus_dir.glob("*.txt")))
    assert (report.added, report.failed) == (n, 0), report.failures
    assert len(data["documents"]) == n
    for d in data["documents"]:
        with open(corpus_dir / d["source"], encoding="utf-8", newline="") as fh:
            assert texts[d["id"]] == fh.read(), d["source"]  # offsets index the text as read


def test_integration_export_follows_the_contract(kb):
    check_export(kb[2])


def test_integration_every_span_reproduces_its_text(kb):
    _, db, data, texts = kb
    spans = list(_spans(data))
    assert spans
    for what, doc, start, end in spans:
        assert doc in texts, what
        assert 0 <= start < end <= len(texts[doc]), (what, doc, start, end)
        assert texts[doc][start:end].strip(), (what, doc, start, end)
    with Store(db, read_only=True) as store:  # mention texts and sub-spans stored with the records
        for kind in ("persons", "organizations", "states"):
            for rec in store.records(kind):
                for m in rec.mentions:
                    assert texts[m.doc_id][m.start_char:m.end_char] == m.text, (kind, m)
        for s in store.statements():
            if s.speaker_span is not None:
                assert 0 <= s.speaker_span.start < s.speaker_span.end <= len(texts[s.doc_id])
        for c in store.causal_claims():
            for sp in (c.cause_span, c.effect_span):
                if sp is not None:
                    assert 0 <= sp.start < sp.end <= len(texts[c.doc_id]), c


def test_integration_rebuild_is_a_noop_with_stable_ids(kb, corpus_dir):
    _, db, data, _ = kb
    again = build([corpus_dir], db=db)
    assert (again.added, again.replaced, again.unchanged) == (0, 0, len(data["documents"]))
    with Store(db) as store:
        assert export_json(store) == data


def test_integration_scorer_accepts_the_export(kb, corpus_dir, tmp_path):
    _, _, data, _ = kb
    export = tmp_path / "export.json"
    export.write_text(json.dumps(data), encoding="utf-8")
    metrics = tmp_path / "metrics.json"
    proc = subprocess.run(
        [sys.executable, str(SHARED / "eval" / "score.py"), "--export", str(export), "--gold", str(GOLD),
         "--corpus", str(corpus_dir), "--json", str(metrics)],
        capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "missing from the export" not in proc.stderr
    summary = json.loads(metrics.read_text())["summary"]
    assert summary["bad_offsets"] == 0


# Key facts: these depend on the extractors and say what a reader of the corpus would find.

def test_integration_finds_abiru_with_his_jbic_affiliation(kb):
    persons = {p["name"]: p for p in kb[2]["persons"]}
    assert "Taisuke Abiru" in persons
    abiru = persons["Taisuke Abiru"]
    assert any("JBIC" in a or "Japan Bank for International Cooperation" in a
               for a in abiru["affiliations"] + abiru["roles"])


def test_integration_dates_the_irkutsk_statement(kb):
    _, _, data, texts = kb
    found = [e for e in data["events"]
             if e["date"] == "2001-03-25" and "Irkutsk" in texts[e["doc"]][e["evidence"]["start"]:e["evidence"]["end"]]]
    assert found, "no event dated 2001-03-25 whose evidence names Irkutsk"


def test_integration_finds_the_leaders_and_states(kb):
    data = kb[2]
    names = {p["name"] for p in data["persons"]}
    assert {"Vladimir Putin", "Shinzo Abe"} <= names
    assert {"Russia", "Japan"} <= {s["name"] for s in data["states"]}
