"""Build eval/heldout/gold/*.json from the annotation modules ann_1*.py.

Each ann module names its document (``DOC``) and returns the annotations with spans
resolved from exact substrings, so offsets cannot drift from the text. Offsets refer to the
raw UTF-8 text for ``.txt`` files and to ``dyad.ingest.read_document(path).text`` for
``.html`` files.

Usage (from the repository root)::

    .venv/bin/python eval/heldout/make_gold.py
"""

from __future__ import annotations

import importlib
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))  # eval/_spans.py, shared by both gold sets
sys.path.insert(0, str(HERE.parents[1] / "src"))

from _spans import Doc, load_text  # noqa: E402

__all__ = ["build", "MODULES"]

MODULES = ("ann_101", "ann_102", "ann_103", "ann_104")
KEYS = ("meta", "boilerplate", "persons", "organizations", "states", "events", "statements",
        "causal_claims", "stances", "concepts")


def build(module_name: str) -> dict:
    """Resolve one annotation module into a gold dict (``doc`` first, then :data:`KEYS`)."""
    mod = importlib.import_module(module_name)
    path = HERE / "corpus" / mod.DOC
    doc = Doc(mod.DOC, load_text(path))
    ann = mod.annotate(doc)
    missing = [k for k in KEYS if k not in ann]
    if missing:
        raise ValueError(f"{module_name}: missing keys {missing}")
    return {"doc": mod.DOC, **{k: ann[k] for k in KEYS}}


def main() -> int:
    out_dir = HERE / "gold"
    out_dir.mkdir(exist_ok=True)
    for name in MODULES:
        gold = build(name)
        target = out_dir / (Path(gold["doc"]).stem + ".json")
        target.write_text(json.dumps(gold, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        counts = {k: len(gold[k]) for k in KEYS if k != "meta"}
        print(target.name, counts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
