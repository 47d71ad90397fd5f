"""Exports of the causal map for other tools: GraphML (Gephi, yEd) and a CSV adjacency matrix
(Mental Modeler; the same format ``dyad fcm run`` reads).

In the CSV, the header row and the first column hold the concept names and cell
(row ``j``, column ``i``) is ``W[j, i]``, the influence of ``j`` on ``i``.
"""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from pathlib import Path

__all__ = ["to_graphml", "to_csv", "write_graphml", "write_csv", "matrix_names"]

_NS = "http://graphml.graphdrawing.org/xmlns"
_NODE_KEYS = [("label", "string"), ("kind", "string"), ("aliases", "string"), ("evidence", "int"),
              ("indegree", "double"), ("outdegree", "double"), ("centrality", "double"), ("role", "string")]
_EDGE_KEYS = [("weight", "double"), ("spread", "double"), ("sign", "int"), ("claims", "string"),
              ("claimants", "string"), ("contradicting", "string"), ("curated", "boolean")]


def matrix_names(causal_map) -> list[str]:
    """Concept labels, made unique with the id where two labels are the same."""
    labels = [c.label for c in causal_map.concepts]
    return [lab if labels.count(lab) == 1 else f"{lab} ({c.id})" for lab, c in zip(labels, causal_map.concepts)]


def _metrics(causal_map):
    try:
        from dyad.simulate.metrics import map_metrics

        return map_metrics(causal_map.W, causal_map.ids) if len(causal_map.concepts) else None
    except Exception:  # metrics are a bonus in the export, never a reason to fail it
        return None


def to_graphml(causal_map) -> str:
    """The map as a GraphML document (directed; node and edge attributes declared as keys)."""
    ET.register_namespace("", _NS)
    root = ET.Element(f"{{{_NS}}}graphml")
    for i, (name, typ) in enumerate(_NODE_KEYS):
        ET.SubElement(root, f"{{{_NS}}}key", {"id": f"n{i}", "for": "node", "attr.name": name, "attr.type": typ})
    for i, (name, typ) in enumerate(_EDGE_KEYS):
        ET.SubElement(root, f"{{{_NS}}}key", {"id": f"e{i}", "for": "edge", "attr.name": name, "attr.type": typ})
    graph = ET.SubElement(root, f"{{{_NS}}}graph", {"id": "dyad-causal-map", "edgedefault": "directed"})
    m = _metrics(causal_map)
    for k, c in enumerate(causal_map.concepts):
        node = ET.SubElement(graph, f"{{{_NS}}}node", {"id": c.id})
        values = [c.label, c.kind, "; ".join(c.aliases), str(len(c.evidence))]
        if m is not None:
            values += [repr(float(m.indegree[k])), repr(float(m.outdegree[k])), repr(float(m.centrality[k])),
                       m.roles[k]]
        for i, v in enumerate(values):
            ET.SubElement(node, f"{{{_NS}}}data", {"key": f"n{i}"}).text = v
    for k, e in enumerate(causal_map.edges):
        edge = ET.SubElement(graph, f"{{{_NS}}}edge", {"id": f"e{k}", "source": e.source, "target": e.target})
        values = [repr(float(e.weight)), repr(float(e.spread)), str(e.sign), " ".join(e.claims),
                  "; ".join(e.claimants), " ".join(e.contradicting), "true" if e.curated else "false"]
        for i, v in enumerate(values):
            ET.SubElement(edge, f"{{{_NS}}}data", {"key": f"e{i}"}).text = v
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def to_csv(causal_map, *, digits: int = 4) -> str:
    """Square adjacency matrix as CSV text (empty cells for no edge)."""
    names = matrix_names(causal_map)
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow([""] + names)
    for j, name in enumerate(names):
        row = [name]
        for i in range(len(names)):
            v = float(causal_map.W[j, i])
            row.append("" if v == 0 else f"{round(v, digits):g}")
        w.writerow(row)
    return buf.getvalue()


def _write(path, text: str) -> Path:
    from dyad.errors import DyadError

    p = Path(path)
    try:
        p.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise DyadError(f"cannot write the file: {exc.strerror}", path=str(p),
                        hint="check that the folder exists and is writable") from None
    return p


def write_graphml(causal_map, path) -> Path:
    return _write(path, to_graphml(causal_map))


def write_csv(causal_map, path) -> Path:
    return _write(path, to_csv(causal_map))
