"""GraphML and CSV adjacency exports of the causal map."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import numpy as np
import pytest

from dyad.interfaces.graph_export import to_csv, to_graphml, write_csv
from dyad.model.causal_map import build_causal_map
from dyad.records import CausalClaim

NS = "{http://graphml.graphdrawing.org/xmlns}"


@pytest.fixture(scope="module")
def cmap():
    return build_causal_map([
        CausalClaim("d", 0, 5, "Western sanctions", "Japanese investment", "-", "asserted", "A", confidence=0.9),
        CausalClaim("d", 6, 9, "Japanese investment", "Russia-Japan relations", "+", "hedged", "B, \"quoted\""),
        CausalClaim("d", 10, 19, "fishing quotas, and more", "Russia-Japan relations", "+", "asserted", "C"),
    ])


def test_graph_export_graphml_parses(cmap):
    root = ET.fromstring(to_graphml(cmap))
    graph = root.find(f"{NS}graph")
    assert graph.get("edgedefault") == "directed"
    nodes = graph.findall(f"{NS}node")
    edges = graph.findall(f"{NS}edge")
    assert [n.get("id") for n in nodes] == cmap.ids and len(edges) == len(cmap.edges)
    keys = {k.get("id"): k.get("attr.name") for k in root.findall(f"{NS}key")}
    e0 = edges[0]
    data = {keys[d.get("key")]: d.text for d in e0.findall(f"{NS}data")}
    assert float(data["weight"]) == cmap.edges[0].weight
    assert data["claims"].split() == list(cmap.edges[0].claims)


def test_graph_export_csv_round_trips_through_fcm_reader(cmap, tmp_path):
    from dyad.simulate.matrix_io import read_matrix_csv

    path = write_csv(cmap, tmp_path / "map.csv")
    wm = read_matrix_csv(path)
    assert list(wm.concepts) == cmap.labels
    np.testing.assert_allclose(wm.W, np.round(cmap.W, 4))


def test_graph_export_csv_layout(cmap):
    lines = to_csv(cmap).splitlines()
    assert len(lines) == len(cmap.concepts) + 1
    assert lines[0].startswith(",")
