"""CLI: map, simulate, curate, disagreements, html on a temporary knowledge base."""

from __future__ import annotations

import hashlib
import json

import pytest
from typer.testing import CliRunner

from dyad.interfaces.cli import app
from dyad.records import CausalClaim, Document, Event, Extraction

pytest.importorskip("dyad.store")
runner = CliRunner()

SENTENCES = [
    ("Sanctions choke Japanese investment.", "Western sanctions", "Japanese investment", "-", "asserted", "Expert A"),
    ("Japanese investment warms relations.", "Japanese investment", "Russia-Japan relations", "+", "asserted",
     "Expert B"),
    ("A Korean crisis may chill relations.", "the Korean crisis", "Russia-Japan relations", "-", "hedged", "Expert C"),
    ("Sanctions hardly reduce investment.", "Western sanctions", "Japanese investment", "-", "negated", "Expert D"),
]


@pytest.fixture()
def db(tmp_path):
    from dyad.store import Store

    text = " ".join(s for s, *_ in SENTENCES)
    doc = Document(id="doc1", source="notes.txt", path=str(tmp_path / "notes.txt"),
                   sha256=hashlib.sha256(text.encode()).hexdigest(), text=text, title="Notes")
    ex = Extraction(document=doc)
    for sentence, cause, effect, pol, mod, who in SENTENCES:
        start = text.index(sentence)
        ex.causal_claims.append(CausalClaim("doc1", start, start + len(sentence), cause, effect, pol, mod, who,
                                            confidence=0.9))
    ex.events.append(Event("doc1", 0, 10, "sanctions", date="2014"))
    path = tmp_path / "kb.duckdb"
    with Store(path) as store:
        store.save(ex)
    return str(path)


def invoke(*args):
    return runner.invoke(app, list(args))


def test_cli_model_map_json(db, tmp_path):
    r = invoke("map", "--db", db, "--json", "--csv", str(tmp_path / "m.csv"), "--graphml", str(tmp_path / "m.xml"))
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    ids = {c["id"] for c in out["concepts"]}
    assert {"sanctions", "trade-investment", "bilateral-relations", "north-korea"} <= ids
    assert out["metrics"]["n_edges"] == len(out["edges"]) == 3
    assert (tmp_path / "m.csv").is_file() and (tmp_path / "m.xml").is_file()


def test_cli_model_map_table(db):
    r = invoke("map", "--db", db)
    assert r.exit_code == 0 and "Edges (3)" in r.stdout and "Expert A" in r.stdout


def test_cli_model_simulate_set_and_bundled(db):
    r = invoke("simulate", "--db", db, "--set", "sanctions=0", "--json", "--monte-carlo", "16")
    assert r.exit_code == 0, r.output
    out = json.loads(r.stdout)
    (sc,) = out["scenarios"]
    assert sc["effect"]["trade-investment"] > 0 and sc["monte_carlo"]["n_samples"] == 16
    mover = out["explanations"][0]["movers"][0]
    assert mover["paths"][0]["links"][0]["citations"][0]["text"].startswith("Sanctions choke")
    r = invoke("simulate", "--db", db, "--bundled", "sanctions-lifted")
    assert r.exit_code == 0 and "Expert A" in r.stdout and "Sanctions choke" in r.stdout
    r = invoke("simulate", "--db", db, "--bundled", "all")
    assert r.exit_code == 0 and "skipped scenario abe-leaves-office" in r.stderr


def test_cli_model_simulate_errors_are_one_line(db):
    r = invoke("simulate", "--db", db, "--set", "sanctons=0")
    assert r.exit_code == 1 and "did you mean" in r.stderr and "Traceback" not in r.output
    assert len(r.stderr.strip().splitlines()) == 1
    r = invoke("simulate", "--db", db, "--set", "sanctions=7")
    assert r.exit_code == 1 and "outside" in r.stderr
    r = invoke("simulate", "--db", db)
    assert r.exit_code == 1 and "exactly one" in r.stderr
    r = invoke("simulate", "--db", db, "--bundled", "sanctions-lifed")
    assert r.exit_code == 1 and "sanctions-lifted" in r.stderr
    r = invoke("map", "--db", db + ".missing")
    assert r.exit_code == 1 and "error:" in r.stderr and "Traceback" not in r.output


def test_cli_model_simulate_list():
    r = invoke("simulate", "--list")
    assert r.exit_code == 0 and "korean-crisis-escalates" in r.stdout


def test_cli_model_curate_cycle(db, tmp_path):
    r = invoke("curate", "rename", "sanctions", "G7 sanctions regime", "--note", "clearer", "--db", db)
    assert r.exit_code == 0, r.output
    r = invoke("curate", "reweight", "--db", db, "--", "sanctions", "trade-investment", "-0.2")
    assert r.exit_code == 0, r.output
    r = invoke("curate", "drop-concept", "no such concept", "--db", db)
    assert r.exit_code == 0 and "no such concept" in r.stderr  # reported at once
    assert (tmp_path / "kb.curation.yaml").is_file()
    r = invoke("map", "--db", db, "--json")
    out = json.loads(r.stdout)
    assert any(c["label"] == "G7 sanctions regime" for c in out["concepts"])
    edge = next(e for e in out["edges"] if (e["source"], e["target"]) == ("sanctions", "trade-investment"))
    assert edge["weight"] == pytest.approx(-0.2) and edge["curated"]
    assert "no such concept" in r.stderr  # stale operation shown by every command
    r = invoke("curate", "show", "--db", db)
    assert r.exit_code == 0 and "1. rename" in r.stdout and "3. drop concept" in r.stdout
    r = invoke("curate", "add-edge", "a", "b", "9", "--db", db)
    assert r.exit_code == 1 and "out of range" in r.stderr


def test_cli_model_disagreements(db):
    r = invoke("disagreements", "--db", db, "--json")
    assert r.exit_code == 0
    (d,) = json.loads(r.stdout)
    assert d["claimants_for"] == ["Expert A"] and d["claimants_against"] == ["Expert D"]
    r = invoke("disagreements", "--db", db)
    assert "Sanctions hardly reduce investment." in r.stdout


def test_cli_model_html(db, tmp_path):
    out = tmp_path / "report.html"
    r = invoke("html", str(out), "--db", db, "--monte-carlo", "10")
    assert r.exit_code == 0, r.output
    page = out.read_text(encoding="utf-8")
    assert "<svg" in page and "Sanctions choke Japanese investment." in page and "sanctions-lifted" in page


@pytest.mark.parametrize("cmd", [["map"], ["simulate"], ["disagreements"], ["html"], ["curate", "merge"],
                                 ["curate", "rename"], ["curate", "drop-concept"], ["curate", "drop-edge"],
                                 ["curate", "add-edge"], ["curate", "reweight"], ["curate", "show"],
                                 ["curate", "remove"]])
def test_cli_model_help_has_example(cmd):
    r = invoke(*cmd, "--help")
    assert r.exit_code == 0 and "Example: dyad" in r.stdout
