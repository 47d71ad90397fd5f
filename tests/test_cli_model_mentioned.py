"""CLI: concepts that only negated claims name are listed apart from the map."""

from __future__ import annotations

import hashlib
import json

import pytest
from typer.testing import CliRunner

from dyad.interfaces.cli import app
from dyad.records import CausalClaim, Document, Extraction

pytest.importorskip("dyad.store")
runner = CliRunner()

SENTENCES = [
    ("Sanctions choke Japanese investment.", "Western sanctions", "Japanese investment", "-", "asserted"),
    ("Fishing quotas do not affect investment.", "fishing quotas", "Japanese investment", "+", "negated"),
]


@pytest.fixture()
def db(tmp_path):
    from dyad.store import Store

    text = " ".join(s for s, *_ in SENTENCES)
    doc = Document(id="doc1", source="notes.txt", path=str(tmp_path / "notes.txt"),
                   sha256=hashlib.sha256(text.encode()).hexdigest(), text=text, title="Notes")
    ex = Extraction(document=doc)
    for sentence, cause, effect, pol, mod in SENTENCES:
        start = text.index(sentence)
        ex.causal_claims.append(CausalClaim("doc1", start, start + len(sentence), cause, effect, pol, mod, "X",
                                            confidence=0.9))
    path = tmp_path / "kb.duckdb"
    with Store(path) as store:
        store.save(ex)
    return str(path)


def test_cli_model_mentioned_listed_apart(db):
    r = runner.invoke(app, ["map", "--db", db, "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert {c["id"] for c in out["concepts"]} == {"sanctions", "trade-investment"}
    assert [c["id"] for c in out["mentioned_no_causal_link"]] == ["fishing-quotas"]
    r = runner.invoke(app, ["map", "--db", db])
    assert "mentioned, no causal link" in r.stdout and "Fishing quotas" in r.stdout
    r = runner.invoke(app, ["disagreements", "--db", db])
    assert "Fishing quotas → " in r.stdout  # labelled, not a bare id


def test_cli_model_dropped_claims_listed(tmp_path):
    """A claim whose phrase cannot be read as a factor is left out of the map and listed, with its reason."""
    from dyad.store import Store

    text = "Sanctions choke Japanese investment. It hurts them."
    doc = Document(id="doc2", source="n.txt", path=str(tmp_path / "n.txt"),
                   sha256=hashlib.sha256(text.encode()).hexdigest(), text=text, title="Notes")
    ex = Extraction(document=doc)
    ex.causal_claims.append(CausalClaim("doc2", 0, 36, "Western sanctions", "Japanese investment", "-", "asserted",
                                        "X", confidence=0.9))
    ex.causal_claims.append(CausalClaim("doc2", 37, 51, "it", "them", "-", "asserted", "X", confidence=0.9))
    path = tmp_path / "kb.duckdb"
    with Store(path) as store:
        store.save(ex)
    r = runner.invoke(app, ["map", "--db", str(path), "--json"])
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    assert len(out["edges"]) == 1
    dropped = out["dropped_claims"]
    assert dropped and len({d["claim"] for d in dropped}) == 1  # one claim, one entry per unreadable phrase
    assert all(d["reason"] and d["phrase"].lower() in ("it", "them") for d in dropped)
