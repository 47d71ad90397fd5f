"""Curation: a YAML file of analyst operations applied on top of extraction."""

from __future__ import annotations

import pytest

from dyad.errors import CurationError
from dyad.model.causal_map import build_causal_map
from dyad.model.curation import add_operation, default_curation_path, load_curation, remove_operation
from dyad.records import CausalClaim


def claim(cause, effect, pol="+", mod="asserted", who="X", start=0, conf=1.0):
    return CausalClaim("d1", start, start + 10, cause, effect, pol, mod, who, confidence=conf)


CLAIMS = [
    claim("Western sanctions", "Japanese investment", "-", who="A", start=0),
    claim("fishing quotas", "Japanese investment", "+", "hedged", who="B", start=20),
    claim("fishing rights", "Russia-Japan relations", "+", who="C", start=40),
    claim("Japanese investment", "Russia-Japan relations", "+", who="D", start=60),
]


def test_curation_default_path_beside_db(tmp_path):
    assert default_curation_path(tmp_path / "kb.duckdb") == tmp_path / "kb.curation.yaml"


def test_curation_survives_rebuild(tmp_path):
    path = tmp_path / "kb.curation.yaml"
    first = build_causal_map(CLAIMS)
    quotas = first.resolve("fishing quotas")
    rights = first.resolve("fishing rights")
    assert quotas and rights and quotas != rights
    add_operation(path, "merge", concept="fishing rights", into=quotas, note="same issue")
    add_operation(path, "rename", concept="sanctions", label="G7 sanctions regime", note="clearer")
    add_operation(path, "reweight", source="sanctions", target="trade-investment", weight=-0.3, note="weaker")
    add_operation(path, "add_edge", source="bilateral-relations", target="sanctions", weight=-0.4, note="view")
    add_operation(path, "drop_edge", source="trade-investment", target="bilateral-relations", note="misread")
    # rebuild from the same claims, as after `dyad build` on the same corpus
    m = build_causal_map(list(CLAIMS), curation=path)
    assert m.warnings == ()
    assert rights not in m.ids and "Fishing rights" in m.concept(quotas).aliases
    assert m.edge(quotas, "bilateral-relations") is not None  # rights' claim moved to quotas
    assert m.concept("sanctions").label == "G7 sanctions regime"
    e = m.edge("sanctions", "trade-investment")
    assert e.weight == pytest.approx(-0.3) and e.curated and e.note == "weaker" and e.claims
    added = m.edge("bilateral-relations", "sanctions")
    assert added.weight == pytest.approx(-0.4) and added.claims == () and added.curated
    assert m.edge("trade-investment", "bilateral-relations") is None
    assert m.W[m.index("sanctions"), m.index("trade-investment")] == pytest.approx(-0.3)


def test_curation_stale_operations_reported(tmp_path):
    path = tmp_path / "kb.curation.yaml"
    add_operation(path, "drop_concept", concept="fishing quotas", note="noise")
    add_operation(path, "rename", concept="fishing quotas", label="Quotas")  # dropped just before
    add_operation(path, "merge", concept="a concept nobody extracted", into="sanctions")
    add_operation(path, "reweight", source="sanctions", target="bilateral-relations", weight=0.5)
    m = build_causal_map(CLAIMS, curation=path)
    assert len(m.warnings) == 3
    assert "operation 2" in m.warnings[0] and "dropped by operation 1" in m.warnings[0]
    assert "a concept nobody extracted" in m.warnings[1] and str(path) in m.warnings[1]
    assert "no edge" in m.warnings[2]
    assert m.resolve("fishing quotas") is None


def test_curation_drop_concept_removes_its_edges(tmp_path):
    path = tmp_path / "c.yaml"
    add_operation(path, "drop_concept", concept="sanctions")
    m = build_causal_map(CLAIMS, curation=path)
    assert "sanctions" not in m.ids
    assert all("sanctions" not in (e.source, e.target) for e in m.edges)


def test_curation_file_round_trip_and_remove(tmp_path):
    path = tmp_path / "c.yaml"
    op = add_operation(path, "add_edge", source="a", target="b", weight=0.5, note="why")
    assert op.at and op.note == "why"
    cur = load_curation(path)
    assert [o.op for o in cur.operations] == ["add_edge"] and cur.operations[0].args["weight"] == 0.5
    remove_operation(path, 1)
    assert load_curation(path).operations == []
    with pytest.raises(CurationError, match="no operation 3"):
        remove_operation(path, 3)


def test_curation_invalid_yaml_names_file_and_fix(tmp_path):
    path = tmp_path / "bad.curation.yaml"
    path.write_text("operations:\n  - op: merge\n    concept: [unclosed\n", encoding="utf-8")
    with pytest.raises(CurationError) as err:
        load_curation(path)
    assert str(path) in str(err.value) and "YAML" in str(err.value) and "fix" in str(err.value)


@pytest.mark.parametrize("body,match", [
    ("operations:\n  - op: explode\n", "unknown op"),
    ("operations:\n  - op: merge\n    concept: a\n", "needs 'into'"),
    ("operations:\n  - op: add_edge\n    source: a\n    target: b\n    weight: 3\n", "out of range"),
    ("operations: 5\n", "list 'operations'"),
])
def test_curation_malformed_operations(tmp_path, body, match):
    path = tmp_path / "c.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(CurationError, match=match):
        load_curation(path)


def test_curation_missing_file_is_empty(tmp_path):
    assert load_curation(tmp_path / "none.yaml").operations == []
