"""Organization extraction on short sentences."""

from __future__ import annotations

from dyad.extract.context import DocContext
from dyad.extract.actors.organizations import extract_organizations, org_kind
from dyad.extract.actors.states import extract_states
from dyad.records import Document


def _orgs(nlp, text):
    document = Document(id="t", source="t.txt", path="t.txt", sha256="0" * 64, text=text)
    ctx = DocContext(document=document, doc=nlp(text))
    ctx.states = list(extract_states(ctx.doc, ctx))
    return {o.name: o for o in extract_organizations(ctx.doc, ctx)}


def test_organizations_acronym_and_full_name_are_one(nlp):
    orgs = _orgs(nlp, "She works for the Japan Bank for International Cooperation (JBIC). JBIC lends money.")
    org = orgs["Japan Bank for International Cooperation (JBIC)"]
    assert org.kind == "government"
    assert [m.text for m in org.mentions] == ["Japan Bank for International Cooperation", "JBIC", "JBIC"]
    assert len(orgs) == 1


def test_organizations_acronym_defined_in_text(nlp):
    orgs = _orgs(nlp, "He chairs the Northern Policy Institute (NPI) in Oslo. The NPI publishes reports.")
    name = "Northern Policy Institute (NPI)"
    assert name in orgs
    assert [m.text for m in orgs[name].mentions].count("NPI") >= 1
    assert all(not m.text.lower().startswith("the ") for m in orgs[name].mentions)


def test_organizations_ministry_is_qualified_by_state(nlp):
    orgs = _orgs(nlp, "The Russian Ministry of Foreign Affairs protested.")
    assert "Ministry of Foreign Affairs of Russia" in orgs
    orgs = _orgs(nlp, "The Ministry of Foreign Affairs of Japan replied.")
    assert "Ministry of Foreign Affairs of Japan" in orgs


def test_organizations_pack_kinds(nlp):
    orgs = _orgs(nlp, "Experts of the Valdai Club and Gazprom managers met.")
    assert orgs["Valdai Discussion Club"].kind == "think_tank"
    assert orgs["Gazprom"].kind == "company"


def test_organizations_kind_from_name_words():
    assert org_kind("Kyoto University") == "university"
    assert org_kind("Daily News") == "media"
    assert org_kind("Democratic Party") == "party"
    assert org_kind("Blue Sky") == "other"


def test_organizations_heading_fragments_are_dropped(nlp):
    orgs = _orgs(nlp, "Old Rivals Mend Fences Again\n\nGazprom managers met in Osaka.")
    assert set(orgs) == {"Gazprom"}


def test_organizations_named_institute_keeps_its_demonym(nlp):
    orgs = _orgs(nlp, "A fellow of the German Institute for International and Security Affairs spoke.")
    assert "German Institute for International and Security Affairs" in orgs
