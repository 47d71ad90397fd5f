"""Analyst curation: corrections applied on top of extraction, kept in a plain YAML file.

The file (default ``<db stem>.curation.yaml`` next to the DuckDB file) holds an ordered list of
operations, each with a note and a timestamp::

    schema: dyad.curation/1
    operations:
    - {op: merge, concept: Western sanctions, into: sanctions, note: same thing, at: '2017-06-01T10:00:00Z'}
    - {op: rename, concept: sanctions, label: G7 sanctions regime, note: clearer}
    - {op: drop_concept, concept: external factors, note: too vague}
    - {op: drop_edge, source: sanctions, target: trade-investment, note: misread}
    - {op: add_edge, source: north-korea, target: us-japan-alliance, weight: 0.6, note: expert view}
    - {op: reweight, source: sanctions, target: bilateral-relations, weight: -0.8, note: stronger}

Concepts are named by id, label or alias.  Concept operations (merge, rename, drop_concept)
run first, in file order, on the claim-to-concept mapping (so merged evidence is re-aggregated);
edge operations (drop_edge, add_edge, reweight) run next, in file order, on the aggregated edges.
Because the file names concepts and not rows of the database, it survives a rebuild.  An
operation whose concept or edge no longer exists is returned as a warning, never silently
ignored.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from pathlib import Path
from typing import Iterable

import yaml

from dyad.errors import CurationError

__all__ = [
    "CurationOp",
    "Curation",
    "OPS",
    "default_curation_path",
    "load_curation",
    "save_curation",
    "add_operation",
    "remove_operation",
    "apply_concept_ops",
    "apply_edge_ops",
    "ops_from",
]

SCHEMA = "dyad.curation/1"
OPS: dict[str, tuple[str, ...]] = {
    "merge": ("concept", "into"),
    "rename": ("concept", "label"),
    "drop_concept": ("concept",),
    "drop_edge": ("source", "target"),
    "add_edge": ("source", "target", "weight"),
    "reweight": ("source", "target", "weight"),
}
CONCEPT_OPS = ("merge", "rename", "drop_concept")
CURATED_SPREAD = 0.1
_FIX = "fix or delete the operation in the file (see `dyad curate show`)"


@dataclass(frozen=True, slots=True)
class CurationOp:
    """One analyst correction."""

    op: str
    args: dict = field(default_factory=dict)
    note: str | None = None
    at: str | None = None  # ISO 8601 UTC timestamp

    def describe(self) -> str:
        a = self.args
        if self.op == "merge":
            text = f"merge {a['concept']!r} into {a['into']!r}"
        elif self.op == "rename":
            text = f"rename {a['concept']!r} to {a['label']!r}"
        elif self.op == "drop_concept":
            text = f"drop concept {a['concept']!r}"
        elif self.op in ("add_edge", "reweight"):
            text = f"{self.op.replace('_', ' ')} {a['source']!r} -> {a['target']!r} = {a['weight']:+.2f}"
        else:
            text = f"drop edge {a['source']!r} -> {a['target']!r}"
        return text + (f" ({self.note})" if self.note else "")

    def to_dict(self) -> dict:
        d = {"op": self.op, **self.args}
        if self.note:
            d["note"] = self.note
        if self.at:
            d["at"] = self.at
        return d


@dataclass(slots=True)
class Curation:
    """The operations of one curation file (``path`` None: not read from a file)."""

    operations: list[CurationOp] = field(default_factory=list)
    path: str | None = None

    def __len__(self) -> int:
        return len(self.operations)


def default_curation_path(db_path: str | os.PathLike) -> Path:
    """``<folder of db>/<db stem>.curation.yaml`` (``dyad.curation.yaml`` for ``:memory:``)."""
    p = Path(str(db_path))
    if str(db_path) == ":memory:":
        return Path("dyad.curation.yaml")
    return p.with_name(f"{p.stem}.curation.yaml")


def _validate(raw, index: int, path: str) -> CurationOp:
    where = f"operation {index + 1}"
    if not isinstance(raw, dict):
        raise CurationError(f"{where} must be a mapping like {{op: merge, concept: A, into: B}}", path=path,
                            hint=_FIX)
    op = raw.get("op")
    if op not in OPS:
        raise CurationError(f"{where} has unknown op {op!r}", path=path,
                            hint=f"use one of {', '.join(OPS)}")
    args = {}
    for key in OPS[op]:
        val = raw.get(key)
        if val is None or (isinstance(val, str) and not val.strip()):
            raise CurationError(f"{where} ({op}) needs '{key}'", path=path,
                                hint=f"an {op} operation has fields {', '.join(OPS[op])}, note")
        if key == "weight":
            try:
                val = float(val)
            except (TypeError, ValueError):
                raise CurationError(f"{where} ({op}) weight {val!r} is not a number", path=path,
                                    hint="use a number in [-1, 1]") from None
            if not -1.0 <= val <= 1.0:
                raise CurationError(f"{where} ({op}) weight {val} is out of range", path=path,
                                    hint="use a number in [-1, 1]")
        else:
            val = str(val)
        args[key] = val
    extra = set(raw) - set(OPS[op]) - {"op", "note", "at"}
    if extra:
        raise CurationError(f"{where} ({op}) has unknown field(s) {', '.join(sorted(extra))}", path=path,
                            hint=f"an {op} operation has fields {', '.join(OPS[op])}, note, at")
    note = raw.get("note")
    at = raw.get("at")
    return CurationOp(op=op, args=args, note=str(note) if note is not None else None,
                      at=at.isoformat() if isinstance(at, datetime) else (str(at) if at is not None else None))


def load_curation(path: str | os.PathLike | None) -> Curation:
    """Read a curation file; a missing file (or ``None``) is an empty curation.

    Raises
    ------
    CurationError
        If the file is not valid YAML or an operation is malformed; the message names the
        file and the fix.
    """
    if path is None:
        return Curation()
    p = Path(path)
    if not p.is_file():
        return Curation(path=str(p))
    try:
        data = yaml.safe_load(p.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark is not None else ""
        raise CurationError(f"curation file is not valid YAML{line}", path=str(p),
                            hint="fix the YAML syntax or delete the file to start over") from None
    if data is None:
        return Curation(path=str(p))
    if isinstance(data, list):
        data = {"operations": data}
    if not isinstance(data, dict) or not isinstance(data.get("operations", []), list):
        raise CurationError("curation file must be a mapping with a list 'operations'", path=str(p),
                            hint=f"start it with 'schema: {SCHEMA}' and 'operations: []'")
    schema = data.get("schema", SCHEMA)
    if schema != SCHEMA:
        raise CurationError(f"unknown curation schema {schema!r}", path=str(p), hint=f"use 'schema: {SCHEMA}'")
    ops = [_validate(raw, i, str(p)) for i, raw in enumerate(data.get("operations") or [])]
    return Curation(operations=ops, path=str(p))


def save_curation(curation: Curation, path: str | os.PathLike | None = None) -> Path:
    """Write ``curation`` as YAML (to ``path`` or ``curation.path``)."""
    target = Path(path or curation.path or "dyad.curation.yaml")
    body = {"schema": SCHEMA, "operations": [op.to_dict() for op in curation.operations]}
    header = ("# dyad curation: analyst corrections applied on top of extraction (survives rebuilds).\n"
              "# Edit with `dyad curate ...` or by hand; ops: " + ", ".join(OPS) + "\n")
    try:
        target.write_text(header + yaml.safe_dump(body, sort_keys=False, allow_unicode=True), encoding="utf-8")
    except OSError as exc:
        raise CurationError(f"cannot write curation file: {exc.strerror}", path=str(target),
                            hint="check the folder exists and is writable, or pass --curation") from None
    return target


def add_operation(path: str | os.PathLike, op: str, *, note: str | None = None, at: str | None = None,
                  **fields) -> CurationOp:
    """Validate one operation and append it to the file at ``path`` (created if missing)."""
    raw = {"op": op, **fields, "note": note,
           "at": at or datetime.now(timezone.utc).replace(microsecond=0).isoformat().replace("+00:00", "Z")}
    curation = load_curation(path)
    new = _validate(raw, len(curation.operations), str(path))
    curation.operations.append(new)
    save_curation(curation, path)
    return new


def remove_operation(path: str | os.PathLike, number: int) -> CurationOp:
    """Delete operation ``number`` (1-based, as shown by ``dyad curate show``)."""
    curation = load_curation(path)
    if not 1 <= number <= len(curation.operations):
        raise CurationError(f"there is no operation {number} (the file has {len(curation.operations)})",
                            path=str(path), hint="see the numbers with `dyad curate show`")
    op = curation.operations.pop(number - 1)
    save_curation(curation, path)
    return op


class _Resolver:
    """Concept names (id, label, alias; case-insensitive) -> id, following merges and drops."""

    def __init__(self, concepts: dict):
        self.concepts = concepts
        self.redirect: dict[str, str] = {}
        self.dropped: dict[str, int] = {}
        self.dropped_names: dict[str, int] = {}  # lower-cased id, label, aliases -> op number

    def drop(self, cid: str, number: int) -> None:
        c = self.concepts.pop(cid)
        self.dropped[cid] = number
        for name in (c.id, c.label, *c.aliases):
            self.dropped_names.setdefault(name.lower(), number)

    def resolve(self, name: str) -> str | None:
        key = name.strip().lower()
        for cid in list(self.concepts) + list(self.redirect) + list(self.dropped):
            if cid.lower() == key:
                return self._follow(cid)
        for cid, c in self.concepts.items():
            if c.label.lower() == key:
                return cid
        for cid, c in self.concepts.items():
            if any(a.lower() == key for a in c.aliases):
                return cid
        return None

    def _follow(self, cid: str) -> str | None:
        seen = set()
        while cid in self.redirect and cid not in seen:
            seen.add(cid)
            cid = self.redirect[cid]
        return None if cid in self.dropped else cid

    def missing(self, name: str) -> str:
        key = name.strip().lower()
        if key in self.dropped_names:
            return f"concept {name!r} was dropped by operation {self.dropped_names[key]}"
        return f"concept {name!r} is not in the map (no longer extracted, or misspelt)"


def _warn(curation: Curation, i: int, op: CurationOp, why: str) -> str:
    where = curation.path or "curation"
    return f"{where}: operation {i + 1} ({op.describe()}): {why}; {_FIX}"


def apply_concept_ops(concepts: dict, links: list, curation: Curation) -> tuple[dict, list, dict, list[str]]:
    """Apply merge / rename / drop_concept.

    Parameters
    ----------
    concepts : dict
        concept id -> Concept (not modified).
    links : list of Link
        Claim links between concept ids.

    Returns
    -------
    concepts, links, redirect, warnings
        ``redirect`` maps every merged or dropped id to its new id (None when dropped).
    """
    concepts = dict(concepts)
    res = _Resolver(concepts)
    warnings: list[str] = []
    for i, op in enumerate(curation.operations):
        if op.op not in CONCEPT_OPS:
            continue
        cid = res.resolve(op.args["concept"])
        if cid is None:
            warnings.append(_warn(curation, i, op, res.missing(op.args["concept"])))
            continue
        c = concepts[cid]
        if op.op == "rename":
            new_label = op.args["label"]
            aliases = tuple(sorted({*c.aliases, c.label} - {new_label}))
            concepts[cid] = replace(c, label=new_label, aliases=aliases)
        elif op.op == "drop_concept":
            res.drop(cid, i + 1)
        else:  # merge
            into = res.resolve(op.args["into"])
            if into is None:
                warnings.append(_warn(curation, i, op, res.missing(op.args["into"])))
                continue
            if into == cid:
                warnings.append(_warn(curation, i, op, "both names are the same concept"))
                continue
            t = concepts[into]
            aliases = tuple(sorted({*t.aliases, c.label, *c.aliases} - {t.label}))
            evidence = tuple(sorted({*t.evidence, *c.evidence}))
            concepts[into] = replace(t, aliases=aliases, evidence=evidence)
            del concepts[cid]
            res.redirect[cid] = into
    redirect = {cid: res._follow(cid) for cid in [*res.redirect, *res.dropped]}
    out_links = []
    for lk in links:
        s = redirect.get(lk.source, lk.source)
        t = redirect.get(lk.target, lk.target)
        if s is None or t is None or s == t:
            continue
        out_links.append(replace(lk, source=s, target=t) if (s, t) != (lk.source, lk.target) else lk)
    return concepts, out_links, redirect, warnings


def apply_edge_ops(concepts: dict, edges: list, curation: Curation, redirect: dict | None = None
                   ) -> tuple[list, list[str]]:
    """Apply drop_edge / add_edge / reweight to aggregated edges (list of Edge)."""
    from dyad.model.edges import Edge

    res = _Resolver(concepts)
    for old, new in (redirect or {}).items():
        if new is None:
            res.dropped[old] = 0
        else:
            res.redirect[old] = new
    by_pair = {(e.source, e.target): e for e in edges}
    order = [(e.source, e.target) for e in edges]
    warnings: list[str] = []
    for i, op in enumerate(curation.operations):
        if op.op in CONCEPT_OPS:
            continue
        s, t = res.resolve(op.args["source"]), res.resolve(op.args["target"])
        if s is None or t is None:
            bad = op.args["source"] if s is None else op.args["target"]
            warnings.append(_warn(curation, i, op, res.missing(bad)))
            continue
        if s == t:
            warnings.append(_warn(curation, i, op, "source and target are the same concept"))
            continue
        edge = by_pair.get((s, t))
        if op.op == "drop_edge":
            if edge is None:
                warnings.append(_warn(curation, i, op, f"there is no edge {s} -> {t} in the map"))
                continue
            del by_pair[(s, t)]
        elif op.op == "reweight":
            if edge is None:
                warnings.append(_warn(curation, i, op, f"there is no edge {s} -> {t} to re-weight "
                                      "(use add_edge to create one)"))
                continue
            by_pair[(s, t)] = replace(edge, weight=op.args["weight"], spread=CURATED_SPREAD, curated=True,
                                      note=op.note)
        else:  # add_edge
            if edge is not None:
                by_pair[(s, t)] = replace(edge, weight=op.args["weight"], spread=CURATED_SPREAD, curated=True,
                                          note=op.note)
            else:
                by_pair[(s, t)] = Edge(source=s, target=t, weight=op.args["weight"], spread=CURATED_SPREAD,
                                       claimants=("analyst",), curated=True, note=op.note)
                order.append((s, t))
    out = [by_pair[p] for p in dict.fromkeys(order) if p in by_pair]
    out.sort(key=lambda e: (e.source, e.target))
    return out, warnings


def ops_from(items: Iterable[dict]) -> Curation:
    """A :class:`Curation` from plain dicts (for tests and the API)."""
    return Curation(operations=[_validate(raw, i, "<curation>") for i, raw in enumerate(items)])
