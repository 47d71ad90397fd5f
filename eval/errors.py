"""Classify every miss of a scored export by kind: why a statement, event or causal pair failed.

Usage (after ``bash eval/score_set.sh SET`` wrote out/SET.json):

    .venv/bin/python eval/errors.py SET [--examples N] [--kind statements|events|causal]

It uses the matching rules of ../shared/eval/score.py (imported, not copied), so every gold
record counted as a miss there gets exactly one reason here, and so does every false positive.
For ``blind`` and ``heldout`` (never tuned on) it prints counts only: ``--examples`` quotes
the articles and is refused there.

Reasons, gold side (why a gold record was not matched):
  statements  speaker_wrong   a predicted content span overlaps half, but the speaker differs
              span_boundary   contents overlap, but less than half of the shorter span
              missed          no predicted content overlaps the gold content
  events      date_missing / date_spurious / date_too_coarse / date_wrong
                              the evidence overlaps, the date does not match (``date_ok``)
              missed_trigger  no predicted evidence overlaps
  causal      missed_sentence no predicted claim overlaps the gold evidence
              polarity        cause and effect match, the sign does not
              swapped         predicted cause ~ gold effect and predicted effect ~ gold cause
              cause_mismatch / effect_mismatch / both_mismatch   the phrases share no token
Predicted side (why a prediction was a false positive):
              spurious        overlaps no gold record of its kind
              duplicate       overlaps a gold record that another prediction matched
              (plus the gold-side reason of the gold record it overlaps, for near misses)
"""

from __future__ import annotations

import argparse
import collections
import importlib.util
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
SCORE_PY = ROOT.parent / "shared" / "eval" / "score.py"


def _score_module():
    spec = importlib.util.spec_from_file_location("dyad_eval_score", SCORE_PY)
    if spec is None or not SCORE_PY.is_file():
        sys.exit(f"error: {SCORE_PY} not found; put the shared folder beside the repository")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


S = _score_module()
NEVER_TUNED = ("blind", "heldout")


def _statement_reason(gold: dict, preds: list[dict]) -> str:
    content = gold["content"]
    if any(S.overlaps_half(p.get("content"), content) for p in preds):
        return "speaker_wrong"
    if any(S.overlap(p.get("content"), content) > 0 for p in preds):
        return "span_boundary"
    return "missed"


def _date_reason(pred: str | None, gold: str | None) -> str:
    if not pred:
        return "date_missing"
    if not gold:
        return "date_spurious"
    if gold.startswith(pred) and len(pred) < len(gold):
        return "date_too_coarse"
    return "date_wrong"


def _event_reason(gold: dict, preds: list[dict]) -> str:
    near = [p for p in preds if S.overlap(p.get("evidence"), gold["evidence"]) > 0]
    if not near:
        return "missed_trigger"
    return _date_reason(near[0].get("date"), gold.get("date"))


def _phrase_match(a: str | None, b: str) -> bool:
    return bool(S.tokens(a or "") & S.tokens(b))


def _causal_reason(gold: dict, preds: list[dict]) -> str:
    near = [p for p in preds if S.overlap(p.get("evidence"), gold["evidence"]) > 0]
    if not near:
        return "missed_sentence"
    best = "both_mismatch"
    rank = ["polarity", "swapped", "effect_mismatch", "cause_mismatch", "both_mismatch"]
    for p in near:
        c_ok = _phrase_match(p.get("cause"), gold["cause"])
        e_ok = _phrase_match(p.get("effect"), gold["effect"])
        if c_ok and e_ok:
            reason = "polarity"
        elif _phrase_match(p.get("cause"), gold["effect"]) and _phrase_match(p.get("effect"), gold["cause"]):
            reason = "swapped"
        elif c_ok:
            reason = "effect_mismatch"
        elif e_ok:
            reason = "cause_mismatch"
        else:
            reason = "both_mismatch"
        best = min(best, reason, key=rank.index)
    return best


def _causal_match(p: dict, g: dict) -> bool:
    if S.overlap(p.get("evidence"), g["evidence"]) == 0 or p.get("polarity") != g["polarity"]:
        return False
    return _phrase_match(p.get("cause"), g["cause"]) and _phrase_match(p.get("effect"), g["effect"])


KINDS = {
    # kind: (gold key, pred key, span field, score.py's match, gold-side reason)
    "statements": ("statements", "statements", "content",
                   lambda p, g: S.overlaps_half(p.get("content"), g["content"])
                   and S.same_speaker(p.get("speaker") or "", g["speaker"]), _statement_reason),
    "events": ("events", "events", "evidence",
               lambda p, g: S.overlap(p.get("evidence"), g["evidence"]) > 0
               and S.date_ok(p.get("date"), g["date"]), _event_reason),
    "causal": ("causal_claims", "causal_claims", "evidence", _causal_match, _causal_reason),
}


def classify(gold_doc: dict, pred_doc: dict, kind: str) -> dict:
    """Reasons per gold miss and per false positive, with the records for examples."""
    gkey, pkey, field, match, reason_of = KINDS[kind]
    golds, preds = gold_doc[gkey], pred_doc[pkey]
    pairs = S.greedy(preds, golds, match)
    matched_p = {pi for pi, _ in pairs}
    matched_g = {gi for _, gi in pairs}
    misses = [(reason_of(g, preds), g) for gi, g in enumerate(golds) if gi not in matched_g]
    false_pos = []
    for pi, p in enumerate(preds):
        if pi in matched_p:
            continue
        near = [gi for gi, g in enumerate(golds) if S.overlap(p.get(field), g[field]) > 0]
        if not near:
            false_pos.append(("spurious", p))
        elif all(gi in matched_g for gi in near):
            false_pos.append(("duplicate", p))
        else:
            free = next(gi for gi in near if gi not in matched_g)
            false_pos.append((reason_of(golds[free], [p]), p))
    return {"tp": len(pairs), "n_gold": len(golds), "n_pred": len(preds),
            "misses": misses, "false_pos": false_pos}


def gold_kind(record: dict, kind: str) -> str:
    """A finer label for tables: the statement kind, the event type, the claim modality."""
    return {"statements": record.get("kind"), "events": record.get("type"),
            "causal": record.get("modality")}[kind] or "?"


def paths(set_name: str) -> tuple[Path, Path, Path]:
    """(export, gold folder, corpus folder) of a set; ``dev-gold`` is the corpus (``make eval``)."""
    if set_name == "dev-gold":
        return (ROOT / "out" / "export.json", ROOT.parent / "shared" / "eval" / "dev-gold",
                ROOT.parent / "shared" / "corpus" / "russia-japan-2017")
    return ROOT / "out" / f"{set_name}.json", HERE / set_name / "gold", HERE / set_name / "corpus"


def _load(set_name: str):
    export, gold_dir, _ = paths(set_name)
    if not export.is_file():
        sys.exit(f"error: {export} not found; run `bash eval/score_set.sh {set_name}` "
                 "(or `make eval` for dev-gold) first")
    preds = S.load_export(export)
    empty = {"meta": {}, "persons": [], "statements": [], "events": [], "causal_claims": [],
             "stances": []}
    for path in sorted(gold_dir.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        yield gold, preds.get(gold["doc"], empty)


def _corpus_text(set_name: str, doc: str) -> str | None:
    from dyad.ingest import read_document  # the text offsets refer to (HTML: extracted text)

    path = paths(set_name)[2] / doc
    return read_document(path).text if path.is_file() else None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("set", choices=["dev-gold", "dev2", "dev3", "heldout", "blind"],
                    help="the scored set (its export in out/)")
    ap.add_argument("--kind", choices=sorted(KINDS), action="append")
    ap.add_argument("--examples", type=int, default=0, metavar="N",
                    help="print up to N examples per reason (not for blind)")
    ap.add_argument("--json", type=Path, help="write the counts here")
    a = ap.parse_args(argv)
    if a.examples and a.set in NEVER_TUNED:
        ap.error(f"--examples quotes the articles; {a.set} is never tuned on: counts only")
    kinds = a.kind or list(KINDS)
    table: dict = {k: {"tp": 0, "n_gold": 0, "n_pred": 0, "misses": collections.Counter(),
                       "false_pos": collections.Counter(), "miss_by_gold_kind": collections.Counter()}
                   for k in kinds}
    examples: dict = collections.defaultdict(list)
    for gold, pred in _load(a.set):
        for kind in kinds:
            res = classify(gold, pred, kind)
            row = table[kind]
            for key in ("tp", "n_gold", "n_pred"):
                row[key] += res[key]
            for reason, rec in res["misses"]:
                row["misses"][reason] += 1
                row["miss_by_gold_kind"][f"{reason}:{gold_kind(rec, kind)}"] += 1
                examples[(kind, "gold", reason)].append((gold["doc"], rec))
            for reason, rec in res["false_pos"]:
                row["false_pos"][reason] += 1
                examples[(kind, "pred", reason)].append((gold["doc"], rec))
    for kind in kinds:
        row = table[kind]
        print(f"\n{kind}: {row['tp']} matched of {row['n_gold']} gold, {row['n_pred']} predicted")
        print("  gold missed because: " + ", ".join(f"{r} {n}" for r, n in row["misses"].most_common()))
        print("  false positives:     " + ", ".join(f"{r} {n}" for r, n in row["false_pos"].most_common()))
        print("  misses by gold kind: " + ", ".join(
            f"{r} {n}" for r, n in row["miss_by_gold_kind"].most_common(12)))
    if a.examples:
        _print_examples(a.set, examples, a.examples)
    if a.json:
        a.json.write_text(json.dumps({k: {key: (dict(v) if isinstance(v, collections.Counter) else v)
                                          for key, v in row.items()} for k, row in table.items()},
                                     indent=1), encoding="utf-8")
    return 0


def _span_text(text: str | None, span: dict | None) -> str:
    if not span:
        return "-"
    if span.get("text"):
        return span["text"]
    return text[span["start"]:span["end"]] if text else f"[{span['start']}:{span['end']}]"


def _print_examples(set_name: str, examples: dict, limit: int) -> None:
    texts: dict = {}
    for (kind, side, reason), items in sorted(examples.items()):
        print(f"\n--- {kind} {side} {reason} ({len(items)})")
        for doc, rec in items[:limit]:
            text = texts.setdefault(doc, _corpus_text(set_name, doc))
            if kind == "statements":
                print(f"  [{doc[:3]}] {rec.get('speaker')!r} <{_span_text(text, rec.get('cue'))[:40]}>: "
                      f"{_span_text(text, rec.get('content'))[:140]!r}")
            elif kind == "events":
                print(f"  [{doc[:3]}] {rec.get('date')} ({rec.get('date_text')!r}) "
                      f"{_span_text(text, rec.get('evidence'))[:140]!r}")
            else:
                print(f"  [{doc[:3]}] {rec.get('cause')!r} -{rec.get('polarity')}-> {rec.get('effect')!r}"
                      f" | {_span_text(text, rec.get('evidence'))[:120]!r}")


if __name__ == "__main__":
    sys.exit(main())
