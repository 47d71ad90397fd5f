"""Actor extractors over the shared corpus: provenance, facts from the dev gold, persons F1."""

from __future__ import annotations

import hashlib
import json
import re

import pytest

from dyad.extract.context import DocContext
from dyad.extract.actors.organizations import extract_organizations
from dyad.extract.actors.persons import extract_persons
from dyad.extract.actors.states import extract_states
from dyad.nlp import process
from dyad.records import Document


def _read(path) -> Document:
    try:
        from dyad.ingest import read_document

        return read_document(path)
    except ImportError:  # pragma: no cover - before the ingest layer exists
        raw = path.read_bytes()
        text = open(path, encoding="utf-8", newline="").read()
        sha = hashlib.sha256(raw).hexdigest()
        return Document(id="d" + sha[:12], source=path.name, path=str(path), sha256=sha, text=text)


@pytest.fixture(scope="module")
def corpus(nlp, corpus_dir):
    out = {}
    for document, doc in process(_read(p) for p in sorted(corpus_dir.glob("*.txt"))):
        ctx = DocContext(document=document, doc=doc)
        ctx.states = list(extract_states(doc, ctx))
        ctx.organizations = list(extract_organizations(doc, ctx))
        ctx.persons = list(extract_persons(doc, ctx))
        out[document.source[:3]] = ctx
    return out


def _gold(corpus_dir, prefix):
    gold_dir = corpus_dir.parent.parent / "eval" / "dev-gold"
    files = sorted(gold_dir.glob(f"{prefix}_*.json"))
    if not files:
        pytest.skip(f"no dev gold for {prefix} in {gold_dir}")
    return json.loads(files[0].read_text(encoding="utf-8"))


@pytest.mark.parametrize("attr", ["states", "organizations", "persons"])
def test_persons_corpus_mentions_reproduce_their_text(corpus, attr):
    n = 0
    for ctx in corpus.values():
        for rec in getattr(ctx, attr):
            assert rec.doc_id == ctx.doc_id and rec.extractor == attr and 0 < rec.confidence <= 1
            assert ctx.text[rec.start_char:rec.end_char] == rec.mentions[0].text
            for m in rec.mentions:
                assert ctx.text[m.start_char:m.end_char] == m.text
                assert not ctx.in_boilerplate(m.start_char, m.end_char)
                n += 1
    assert n > 0


def test_persons_corpus_gold_facts(corpus):
    ps = {p.name: p for p in corpus["000"].persons}
    abiru = ps["Taisuke Abiru"]
    assert "Japan Bank for International Cooperation (JBIC)" in abiru.affiliations
    assert abiru.nationality == "JP" and abiru.kind == "expert"
    assert any(m.kind == "description" for m in abiru.mentions)
    putin = {p.name: p for p in corpus["002"].persons}["Vladimir Putin"]
    assert any(m.text == "the Russian President" for m in putin.mentions)
    orgs = {o.name for o in corpus["000"].organizations}
    assert "Valdai Discussion Club" in orgs
    assert not any("Rapprochement" in o for o in orgs)


def test_persons_corpus_photo_credit_is_not_a_person(corpus):
    for ctx in corpus.values():
        for p in ctx.persons:
            for m in p.mentions:
                line_start = ctx.text.rfind("\n", 0, m.start_char) + 1
                assert not ctx.text[line_start:m.start_char].lstrip().lower().startswith("photo")


def _surname(name):
    toks = re.findall(r"[a-z]+", name.lower())
    return toks[-1] if toks else ""


def _same(a, b):
    if _surname(a) != _surname(b):
        return False
    fa, fb = a.lower().split()[0], b.lower().split()[0]
    return fa == _surname(a) or fb == _surname(b) or fa[0] == fb[0]


def test_persons_corpus_dev_gold_f1(corpus, corpus_dir):
    tp = n_pred = n_gold = 0
    for prefix in ("000", "002"):
        gold = _gold(corpus_dir, prefix)
        boiler = [(b["start"], b["end"]) for b in gold["boilerplate"]]

        def content(ms, key_s, key_e):
            return any(not any(s < m[key_e] and m[key_s] < e for s, e in boiler) for m in ms)

        gp = [g for g in gold["persons"] if content(g["mentions"], "start", "end")]
        pp = [p for p in corpus[prefix].persons
              if content([{"start": m.start_char, "end": m.end_char} for m in p.mentions], "start", "end")]
        used = set()
        for g in gp:
            for i, p in enumerate(pp):
                if i not in used and _same(p.name, g["name"]):
                    used.add(i)
                    break
        tp += len(used)
        n_pred += len(pp)
        n_gold += len(gp)
    precision, recall = tp / n_pred, tp / n_gold
    assert 2 * precision * recall / (precision + recall) >= 0.9
