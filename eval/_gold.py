"""Build ``<set>/gold/*.json`` from a set's annotation modules ``ann_*.py`` (shared by
eval/dev2, eval/dev3, eval/heldout and eval/blind).

Each ann module names its document (``DOC``) and returns the annotations with spans
resolved from exact substrings (:mod:`_spans`), so offsets cannot drift from the text. Offsets
refer to the raw UTF-8 text for ``.txt``/``.md`` files and to
``dyad.ingest.read_document(path).text`` for ``.html`` files. Before writing, every gold dict
is validated (keys, enum values, dates, spans reproducing the text, 350-800 words per
article); any problem raises.
"""

from __future__ import annotations

import importlib
import json
import re
import sys
from pathlib import Path

EVAL = Path(__file__).resolve().parent
sys.path.insert(0, str(EVAL))
sys.path.insert(0, str(EVAL.parent / "src"))

from _spans import Doc, load_text  # noqa: E402

__all__ = ["build", "validate", "modules", "main"]

KEYS = ("meta", "boilerplate", "persons", "organizations", "states", "events", "statements",
        "causal_claims", "stances", "concepts")
EVENT_TYPES = {"summit", "visit", "meeting", "agreement", "declaration", "election",
               "conference", "sanctions", "military", "other"}
STATEMENT_KINDS = {"direct_quote", "indirect", "according_to", "author_opinion"}
MODALITIES = {"asserted", "hedged", "conditional", "negated", "predicted"}
PERSON_KINDS = {"leader", "official", "expert", "other"}
ORG_KINDS = {"government", "think_tank", "university", "company", "media", "international",
             "party", "other"}
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
TARGET_RE = re.compile(r"^[a-z]+(_[a-z]+)*_relations_outlook$")


def build(here: Path, module_name: str) -> tuple[dict, str]:
    """Resolve one annotation module of the set in ``here`` into a gold dict (``doc`` first,
    then :data:`KEYS`)."""
    mod = importlib.import_module(module_name)
    path = here / "corpus" / mod.DOC
    text = load_text(path)
    ann = mod.annotate(Doc(mod.DOC, text))
    missing = [k for k in KEYS if k not in ann]
    if missing:
        raise ValueError(f"{module_name}: missing keys {missing}")
    return {"doc": mod.DOC, **{k: ann[k] for k in KEYS}}, text


def _spans(g: dict):
    if g["meta"].get("date_evidence"):
        yield "meta.date_evidence", g["meta"]["date_evidence"]
    for i, b in enumerate(g["boilerplate"]):
        yield f"boilerplate[{i}]", b
    for key in ("persons", "organizations", "states"):
        for e in g[key]:
            for m in e["mentions"]:
                yield f"{key}({e['name']})", m
    for i, e in enumerate(g["events"]):
        yield f"events[{i}]", e["evidence"]
    for i, s in enumerate(g["statements"]):
        yield f"statements[{i}].content", s["content"]
        if s.get("cue"):
            yield f"statements[{i}].cue", s["cue"]
    for i, c in enumerate(g["causal_claims"]):
        yield f"causal_claims[{i}]", c["evidence"]
    for i, st in enumerate(g["stances"]):
        for ev in st["evidence"]:
            yield f"stances[{i}]", ev


def validate(g: dict, text: str) -> list[str]:
    """Every problem found in one gold dict (empty list when it is valid)."""
    errs = []
    n_words = len(text.split())
    if not 350 <= n_words <= 800:
        errs.append(f"article has {n_words} words (want 350-800)")
    m = g["meta"]
    if set(m) != {"title", "authors", "publisher", "date", "date_evidence"}:
        errs.append(f"meta keys {sorted(m)}")
    if m["date"] is not None and not DATE_RE.match(m["date"]):
        errs.append(f"meta.date {m['date']!r}")
    for where, sp in _spans(g):
        if set(sp) != {"start", "end", "text"} or not 0 <= sp["start"] < sp["end"] <= len(text) \
                or text[sp["start"]:sp["end"]] != sp["text"]:
            errs.append(f"{where}: span {sp!r} does not reproduce the text")
    errs += [f"person kind {p['kind']!r}" for p in g["persons"] if p["kind"] not in PERSON_KINDS]
    errs += [f"org kind {o['kind']!r}" for o in g["organizations"] if o["kind"] not in ORG_KINDS]
    for e in g["events"]:
        if e["type"] not in EVENT_TYPES:
            errs.append(f"event type {e['type']!r}")
        if e["date"] is not None and not DATE_RE.match(e["date"]):
            errs.append(f"event date {e['date']!r}")
    errs += [f"statement kind {s['kind']!r}" for s in g["statements"] if s["kind"] not in STATEMENT_KINDS]
    for c in g["causal_claims"]:
        if c["polarity"] not in ("+", "-") or c["modality"] not in MODALITIES:
            errs.append(f"claim {c['cause']!r}: polarity/modality {c['polarity']!r}/{c['modality']!r}")
    for s in g["stances"]:
        if not (isinstance(s["value"], int) and -2 <= s["value"] <= 2) or not TARGET_RE.match(s["target"]) \
                or not s["evidence"]:
            errs.append(f"stance {s['holder']!r}")
    # one event per evidence span (events are annotated once per article)
    ev = [(e["evidence"]["start"], e["evidence"]["end"]) for e in g["events"]]
    if len(ev) != len(set(ev)):
        errs.append("two events share the same evidence span")
    return errs



def modules(here: Path) -> tuple[str, ...]:
    """The annotation modules of one set, in file-name order."""
    return tuple(sorted(p.stem for p in here.glob("ann_*.py")))


def main(here: Path, argv: list[str] | None = None) -> int:
    """Build (and validate) the gold of the set in ``here``; ``argv`` may name modules."""
    sys.path.insert(0, str(here))
    names = tuple(argv) if argv else modules(here)
    out_dir = here / "gold"
    out_dir.mkdir(exist_ok=True)
    for name in names:
        gold, text = build(here, name)
        errs = validate(gold, text)
        if errs:
            raise ValueError(f"{name}: " + "; ".join(errs))
        target = out_dir / (Path(gold["doc"]).stem + ".json")
        target.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        counts = {k: len(gold[k]) for k in KEYS if k != "meta"}
        print(target.name, counts)
    return 0
