"""Validate our own gold annotations (eval/heldout, eval/blind: never tuned on; eval/dev2, eval/dev3: for tuning): schema,
offsets, enum values.

These tests check the gold files only; they never run or score an extractor.
"""

from __future__ import annotations

import copy
import json
import re
from pathlib import Path

import pytest

from dyad.records import EVENT_TYPES, MODALITIES, STATEMENT_KINDS

ROOT = Path(__file__).resolve().parents[1]
SETS = tuple(ROOT / "eval" / name for name in ("heldout", "dev2", "dev3", "blind"))
DEV_GOLD = ROOT.parent / "shared" / "eval" / "dev-gold"

TOP_KEYS = {"doc", "meta", "boilerplate", "persons", "organizations", "states", "events",
            "statements", "causal_claims", "stances", "concepts"}
META_KEYS = {"title", "authors", "publisher", "date", "date_evidence"}
PERSON_KEYS = {"name", "mentions", "roles", "affiliations", "nationality", "kind"}
ORG_KEYS = {"name", "mentions", "kind"}
EVENT_KEYS = {"type", "description", "date", "date_text", "participants", "place", "evidence"}
STATEMENT_KEYS = {"speaker", "kind", "content", "cue"}
CLAIM_KEYS = {"cause", "effect", "polarity", "modality", "evidence", "claimant"}
STANCE_KEYS = {"holder", "target", "value", "evidence"}
PERSON_KINDS = {"leader", "official", "expert", "other"}
ORG_KINDS = {"government", "think_tank", "university", "company", "media", "international", "party",
             "other"}
DATE_RE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")
TARGET_RE = re.compile(r"^[a-z]+(_[a-z]+)*_relations_outlook$")


def _text(doc_name: str, corpus: Path) -> str:
    path = corpus / doc_name
    if path.suffix.lower() in (".html", ".htm"):
        from dyad.ingest import read_document

        return read_document(path).text
    return path.read_text(encoding="utf-8")


def _spans(gold: dict):
    """Yield (where, span) for every span in a gold file; None spans are skipped."""
    if gold["meta"].get("date_evidence") is not None:
        yield "meta.date_evidence", gold["meta"]["date_evidence"]
    for i, b in enumerate(gold["boilerplate"]):
        yield f"boilerplate[{i}]", b
    for key in ("persons", "organizations", "states"):
        for i, ent in enumerate(gold[key]):
            for j, m in enumerate(ent["mentions"]):
                yield f"{key}[{i}]({ent['name']}).mentions[{j}]", m
    for i, e in enumerate(gold["events"]):
        yield f"events[{i}].evidence", e["evidence"]
    for i, s in enumerate(gold["statements"]):
        yield f"statements[{i}].content", s["content"]
        if s.get("cue") is not None:
            yield f"statements[{i}].cue", s["cue"]
    for i, c in enumerate(gold["causal_claims"]):
        yield f"causal_claims[{i}].evidence", c["evidence"]
    for i, st in enumerate(gold["stances"]):
        for j, ev in enumerate(st["evidence"]):
            yield f"stances[{i}].evidence[{j}]", ev


def span_errors(gold: dict, text: str) -> list[str]:
    """Every span that is malformed, out of range or does not reproduce its text."""
    errors = []
    for where, sp in _spans(gold):
        if not isinstance(sp, dict) or set(sp) != {"start", "end", "text"}:
            errors.append(f"{where}: span must have exactly start/end/text, got {sp!r}")
            continue
        start, end = sp["start"], sp["end"]
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            errors.append(f"{where}: bad offsets {start}..{end} (text length {len(text)})")
        elif text[start:end] != sp["text"]:
            errors.append(f"{where}: text[{start}:{end}]={text[start:end]!r} != {sp['text']!r}")
    return errors


def schema_errors(gold: dict) -> list[str]:
    """Missing keys and invalid enum values."""
    errs = []

    def need(obj, keys, where):
        missing = keys - set(obj)
        if missing:
            errs.append(f"{where}: missing {sorted(missing)}")
        return not missing

    if not need(gold, TOP_KEYS, "top level"):
        return errs
    meta = gold["meta"]
    if need(meta, META_KEYS, "meta"):
        if not meta["title"]:
            errs.append("meta.title is empty")
        if meta["date"] is not None and not DATE_RE.match(meta["date"]):
            errs.append(f"meta.date {meta['date']!r} is not YYYY[-MM[-DD]]")
        if meta["date"] is None and meta["date_evidence"] is not None:
            errs.append("meta.date_evidence given without a date")
        if not isinstance(meta["authors"], list):
            errs.append("meta.authors must be a list")
    for i, p in enumerate(gold["persons"]):
        if need(p, PERSON_KEYS, f"persons[{i}]"):
            if p["kind"] not in PERSON_KINDS:
                errs.append(f"persons[{i}].kind {p['kind']!r}")
            if p["nationality"] is not None and not re.fullmatch(r"[A-Z]{2}", p["nationality"]):
                errs.append(f"persons[{i}].nationality {p['nationality']!r}")
            if not p["mentions"]:
                errs.append(f"persons[{i}] ({p['name']}) has no mention")
    for i, o in enumerate(gold["organizations"]):
        if need(o, ORG_KEYS, f"organizations[{i}]") and o["kind"] not in ORG_KINDS:
            errs.append(f"organizations[{i}].kind {o['kind']!r}")
    for i, st in enumerate(gold["states"]):
        need(st, {"name", "mentions"}, f"states[{i}]")
    for i, e in enumerate(gold["events"]):
        if need(e, EVENT_KEYS, f"events[{i}]"):
            if e["type"] not in EVENT_TYPES:
                errs.append(f"events[{i}].type {e['type']!r}")
            if e["date"] is not None and not DATE_RE.match(e["date"]):
                errs.append(f"events[{i}].date {e['date']!r}")
    for i, s in enumerate(gold["statements"]):
        if need(s, STATEMENT_KEYS, f"statements[{i}]"):
            if s["kind"] not in STATEMENT_KINDS:
                errs.append(f"statements[{i}].kind {s['kind']!r}")
            if not s["speaker"]:
                errs.append(f"statements[{i}] has no speaker")
    for i, c in enumerate(gold["causal_claims"]):
        if need(c, CLAIM_KEYS, f"causal_claims[{i}]"):
            if c["polarity"] not in ("+", "-"):
                errs.append(f"causal_claims[{i}].polarity {c['polarity']!r}")
            if c["modality"] not in MODALITIES:
                errs.append(f"causal_claims[{i}].modality {c['modality']!r}")
            if not (c["cause"] and c["effect"] and c["claimant"]):
                errs.append(f"causal_claims[{i}] needs cause, effect and claimant")
    for i, st in enumerate(gold["stances"]):
        if need(st, STANCE_KEYS, f"stances[{i}]"):
            if not (isinstance(st["value"], int) and -2 <= st["value"] <= 2):
                errs.append(f"stances[{i}].value {st['value']!r} not an int in -2..2")
            if not TARGET_RE.match(st["target"]):
                errs.append(f"stances[{i}].target {st['target']!r}")
            if not st["evidence"]:
                errs.append(f"stances[{i}] has no evidence")
    if not all(isinstance(c, str) and c for c in gold["concepts"]):
        errs.append("concepts must be non-empty strings")
    return errs


GOLD_FILES = sorted(p for d in SETS for p in (d / "gold").glob("*.json"))


@pytest.fixture(scope="module", params=SETS, ids=lambda d: d.name)
def golds(request) -> dict[str, dict]:
    gold_dir = request.param / "gold"
    files = sorted(gold_dir.glob("*.json"))
    if not files:
        pytest.fail(f"no gold files in {gold_dir}")
    return {p.name: json.loads(p.read_text(encoding="utf-8")) | {"_corpus": request.param / "corpus"}
            for p in files}


def test_eval_gold_every_article_has_gold(golds):
    docs = {g["doc"] for g in golds.values()}
    corpus = next(iter(golds.values()))["_corpus"]
    articles = {p.name for p in corpus.iterdir() if p.suffix in (".txt", ".html", ".md")}
    assert len(articles) >= 4
    assert docs == articles
    for name, g in golds.items():
        assert Path(name).stem == Path(g["doc"]).stem


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_eval_gold_schema_and_enums(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert schema_errors(gold) == []


@pytest.mark.parametrize("gold_path", GOLD_FILES, ids=lambda p: f"{p.parent.parent.name}-{p.stem}")
def test_eval_gold_spans_reproduce_text(gold_path):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    assert span_errors(gold, _text(gold["doc"], gold_path.parent.parent / "corpus")) == []


def test_eval_gold_same_keys_as_dev_gold(golds):
    dev = sorted(DEV_GOLD.glob("*.json")) if DEV_GOLD.is_dir() else []
    if not dev:
        pytest.skip(f"dev gold not found at {DEV_GOLD}")
    ref = json.loads(dev[0].read_text(encoding="utf-8"))
    for g in golds.values():
        assert set(g) - {"_corpus"} == set(ref)
        assert set(g["meta"]) == set(ref["meta"])


def test_eval_gold_articles_are_350_to_800_words(golds):
    for g in golds.values():
        n = len(_text(g["doc"], g["_corpus"]).split())
        assert 350 <= n <= 800, (g["doc"], n)


def test_eval_gold_validators_catch_bad_gold(golds):
    gold = copy.deepcopy(next(iter(golds.values())))
    text = _text(gold["doc"], gold.pop("_corpus"))
    gold["statements"][0]["content"]["start"] += 1
    gold["events"][0]["evidence"]["end"] = len(text) + 5
    gold["causal_claims"][0]["modality"] = "probable"
    gold["events"][0]["type"] = "party"
    del gold["persons"][0]["kind"]
    assert len(span_errors(gold, text)) == 2
    assert len(schema_errors(gold)) == 3
