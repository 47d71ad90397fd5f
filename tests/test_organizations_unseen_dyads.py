"""Organizations on articles and sentences about other relationships (written for the tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.extract.context import DocContext
from dyad.extract.actors.organizations import extract_organizations
from dyad.extract.actors.persons import extract_persons
from dyad.extract.actors.states import extract_states
from dyad.ingest import read_document
from dyad.records import Document

DATA = Path(__file__).resolve().parent / "data" / "actors"

# article -> {canonical organization: kind} an annotator would list
EXPECTED = {
    "india-china-wire.txt": {"Reuters": "media", "King's College London": "university",
                             "Brookings Institution": "think_tank",
                             "Observer Research Foundation (ORF)": "think_tank"},
    "us-iran-news.txt": {"Reuters": "media", "Ministry of Foreign Affairs": "government",
                         "International Atomic Energy Agency": "international",
                         "International Crisis Group": "think_tank"},
    "germany-poland-analysis.txt": {"European Commission": "international", "Deutsches Polen-Institut": None,
                                    "German Institute for International and Security Affairs (SWP)": None,
                                    "NATO": "international"},
    "egypt-ethiopia-dam.txt": {"African Union": "international", "International Crisis Group": "think_tank"},
    "brazil-argentina-column.txt": {"Getulio Vargas Foundation (FGV)": "think_tank", "Mercosur": "international"},
}


def _orgs_of_file(nlp, name):
    document = read_document(DATA / name)
    ctx = DocContext(document=document, doc=nlp(document.text))
    ctx.states = list(extract_states(ctx.doc, ctx))
    return {o.name: o for o in extract_organizations(ctx.doc, ctx)}


def _run(nlp, text):
    document = Document(id="t", source="t.txt", path="t.txt", sha256="0" * 64, text=text, date="2023-05-01")
    ctx = DocContext(document=document, doc=nlp(text))
    ctx.states = list(extract_states(ctx.doc, ctx))
    ctx.organizations = list(extract_organizations(ctx.doc, ctx))
    ctx.persons = list(extract_persons(ctx.doc, ctx))
    return ctx


@pytest.mark.parametrize("article", sorted(EXPECTED))
def test_organizations_unseen_dyads_expected_set(nlp, article):
    orgs = _orgs_of_file(nlp, article)
    assert set(orgs) == set(EXPECTED[article])
    for name, kind in EXPECTED[article].items():
        if kind is not None:
            assert orgs[name].kind == kind, name


def test_organizations_unseen_acronym_in_brackets_joins_the_full_name(nlp):
    orgs = _orgs_of_file(nlp, "india-china-wire.txt")
    texts = [m.text for m in orgs["Observer Research Foundation (ORF)"].mentions]
    assert texts == ["Observer Research Foundation", "ORF", "ORF"]


def test_organizations_unseen_acronym_of_a_translated_name(nlp):
    # the initials of the English name do not spell the acronym of the original name
    ctx = _run(nlp, "Ana Silva of the Federal Institute for Policy Research (BPF) spoke. The BPF is in Bonn.")
    org = next(o for o in ctx.organizations if o.name.endswith("(BPF)"))
    assert [m.text for m in org.mentions][-1] == "BPF" and len(org.mentions) == 3


def test_organizations_unseen_alliances_are_organizations_not_states(nlp):
    ctx = _run(nlp, "Poland asked NATO for more troops, and ASEAN ministers met in Jakarta.")
    assert {"NATO", "ASEAN"} <= {o.name for o in ctx.organizations}
    assert "NATO" not in {s.name for s in ctx.states}


def test_organizations_unseen_title_fragment_is_no_organization(nlp):
    ctx = _run(nlp, "Secretary of State Antony Blinken flew to Ankara on Tuesday.")
    assert ctx.organizations == []
    p = ctx.persons[0]
    assert p.name == "Antony Blinken" and p.kind == "official"
    assert len(p.roles) == 1 and p.roles[0].startswith("Secretary of State")


def test_organizations_unseen_leftover_word_of_pack_name_is_dropped(nlp):
    ctx = _run(nlp, "A paper by the Carnegie Endowment argued that New Delhi will hedge.")
    assert [o.name for o in ctx.organizations] == ["Carnegie Endowment for International Peace"]
