"""Person extraction on short sentences written for the tests."""

from __future__ import annotations

from dyad.extract.context import DocContext
from dyad.extract.actors.organizations import extract_organizations
from dyad.extract.actors.persons import extract_persons
from dyad.extract.actors.states import extract_states
from dyad.records import Document, Span


def _run(nlp, text, date=None, boilerplate=(), authors=()):
    document = Document(id="t", source="t.txt", path="t.txt", sha256="0" * 64, text=text, date=date,
                        boilerplate=tuple(boilerplate), authors=tuple(authors))
    ctx = DocContext(document=document, doc=nlp(text))
    ctx.states = list(extract_states(ctx.doc, ctx))
    ctx.organizations = list(extract_organizations(ctx.doc, ctx))
    ctx.persons = list(extract_persons(ctx.doc, ctx))
    return ctx, {p.name: p for p in ctx.persons}


def test_persons_apposition_role_and_affiliation(nlp):
    _, ps = _run(nlp, "Ivan Petrov, research fellow of the Valdai Discussion Club, said the talks were useful.")
    p = ps["Ivan Petrov"]
    assert p.roles == ("research fellow of the Valdai Discussion Club",)
    assert p.affiliations == ("Valdai Discussion Club",)
    assert p.kind == "expert" and p.nationality == "RU"


def test_persons_surname_and_expert_description(nlp):
    text = ("Maria Ivanova, professor at Kyoto University, spoke first. "
            "The economy will grow, the expert said. Ivanova added a caveat.")
    ctx, ps = _run(nlp, text)
    p = ps["Maria Ivanova"]
    kinds = [(m.text, m.kind) for m in p.mentions]
    assert ("the expert", "description") in kinds
    assert ("Ivanova", "surname") in kinds
    pos = text.index("the expert")
    assert ctx.person_at(pos, pos + 10) is ctx.persons[0]


def test_persons_office_description_resolves_to_pack_leader(nlp):
    _, ps = _run(nlp, "Tokyo wants a deal. The Russian president has not replied yet.", date="2017-05-01")
    p = ps["Vladimir Putin"]
    assert [m.text for m in p.mentions] == ["The Russian president"]
    assert p.roles[0] == "President of Russia" and p.kind == "leader" and p.nationality == "RU"


def test_persons_office_description_prefers_document_person(nlp):
    text = "Prime Minister Abe visited Sochi. Later the prime minister flew home."
    _, ps = _run(nlp, text, date="2016-05-06")
    abe = ps["Shinzo Abe"]
    assert "the prime minister" in [m.text for m in abe.mentions]
    assert len(ps) == 1


def test_persons_policy_and_party_names_are_not_persons(nlp):
    _, ps = _run(nlp, "Abenomics stalled while Komeito kept its seats.")
    assert ps == {}


def test_persons_title_before_name(nlp):
    _, ps = _run(nlp, "In 2001 then Prime Minister Yoshiro Mori signed it.", date="2016")
    assert "Prime Minister of Japan" in ps["Yoshiro Mori"].roles


def test_persons_description_before_name(nlp):
    _, ps = _run(nlp, "Yesterday the Japanese deputy foreign minister, Kenji Sato, met reporters.")
    p = ps["Kenji Sato"]
    assert p.roles == ("Japanese deputy foreign minister",)
    assert p.nationality == "JP" and p.kind == "official"


def test_persons_photo_credit_is_not_a_person(nlp):
    text = "Photo: Pavel Smirnov\nThe summit went well, said Anna Berg."
    _, ps = _run(nlp, text, boilerplate=[Span(0, text.index("\n"))])
    assert "Pavel Smirnov" not in ps
    assert "Anna Berg" in ps


def test_persons_pronouns_are_not_mentions(nlp):
    _, ps = _run(nlp, "Anna Berg spoke. She said he was right.")
    assert [m.text for m in ps["Anna Berg"].mentions] == ["Anna Berg"]


def test_persons_name_of_org_gives_affiliation_and_bio_role(nlp):
    text = ("Dr. Hans Weber of the Free University of Berlin argued otherwise. "
            "Weber is Professor of History at the Free University of Berlin.")
    _, ps = _run(nlp, text)
    p = ps["Hans Weber"]
    assert "Free University of Berlin" in p.affiliations
    assert any(r.startswith("Professor of History") for r in p.roles)
    assert p.kind == "expert"


def test_persons_family_name_first(nlp):
    _, ps = _run(nlp, "Park Ji-hoon, a senior fellow at the Seoul Policy Institute, spoke. Park said little.")
    assert set(ps) == {"Park Ji-hoon"}
    assert [m.kind for m in ps["Park Ji-hoon"].mentions] == ["name", "surname"]


def test_persons_hyphenated_leaders_are_two_persons(nlp):
    _, ps = _run(nlp, "The Abe-Putin summit ended.", date="2017-04")
    assert {"Shinzo Abe", "Vladimir Putin"} <= set(ps)
    assert not any("-" in name for name in ps)
