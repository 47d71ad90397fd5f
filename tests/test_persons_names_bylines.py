"""Persons: hyphenated given names, hyphenated-particle surnames, possessive institutions and
byline authors (short sentences written for these tests)."""

from __future__ import annotations

import pytest

from dyad.extract import extract_document
from dyad.extract.actors.names import name_spans
from dyad.nlp.gazetteer import get_gazetteer
from dyad.records import Document


@pytest.fixture(scope="module")
def run(nlp):
    def _run(text, authors=(), publisher=None):
        document = Document(id="dtest0000001", source="t.txt", path="t.txt", sha256="0" * 64, text=text,
                            authors=tuple(authors), publisher=publisher)
        return extract_document(nlp(text), document)
    return _run


def _people(ex):
    return {p.name: p for p in ex.persons}


def test_persons_hyphenated_given_name_kept_whole(run):
    ex = run("According to Park Ji-hoon, a trade economist at Hanguk University, the controls failed. "
             "Park added that firms adapted.")
    people = _people(ex)
    assert set(people) == {"Park Ji-hoon"}
    p = people["Park Ji-hoon"]
    assert p.affiliations == ("Hanguk University",)
    assert [m.text for m in p.mentions] == ["Park Ji-hoon", "Park"]


def test_persons_hyphen_join_leaves_other_hyphenated_words(nlp):
    doc = nlp("The pro-Western and anti-Russian Russia-Japan deal was praised by Lee Min-ho.")
    names = [doc[n.start:n.end].text for n in name_spans(doc, get_gazetteer())]
    assert names == ["Lee Min-ho"]
    assert "Russia" in [t.text for t in doc] and "pro" in [t.text for t in doc]


def test_persons_particle_surname_tagged_org_is_a_mention(run):
    ex = run("Hanan Al-Masri, a senior fellow at the Gulf Policy Centre, said the deal was fragile. "
             "Later Al-Masri said it could collapse within months.")
    people = _people(ex)
    assert set(people) == {"Hanan Al-Masri"}
    assert "Al-Masri" in [m.text for m in people["Hanan Al-Masri"].mentions]


def test_persons_lone_particle_outlet_is_no_person(run):
    ex = run("Al-Jazeera said the talks had failed.")
    assert ex.persons == () or not ex.persons


def test_persons_possessive_institution_is_affiliation(run):
    p = _people(run("The Lowy Institute's senior fellow Sam Keller said Canberra should be careful."))["Sam Keller"]
    assert "Lowy Institute" in p.affiliations
    assert "senior fellow" in p.roles


def test_persons_possessive_state_is_no_affiliation(run):
    p = _people(run("Ruritania's Peter Novak said the border would stay closed."))
    assert all(not q.affiliations for q in p.values())


def test_persons_byline_authors_work_for_the_publisher(run):
    text = ("Ministers agree to reopen embassies\nBy Lena Hart and Omar Said\nCoast Wire Service\n\n"
            "The ministers met on Thursday, Coast Wire Service reported.")
    people = _people(run(text, authors=("Lena Hart", "Omar Said"), publisher="Coast Wire Service"))
    for name in ("Lena Hart", "Omar Said"):
        assert people[name].affiliations == ("Coast Wire Service",), people[name]
        assert "interviewer" not in people[name].roles


def test_persons_interview_byline_gives_interviewer(run):
    text = "# Talks\n\n*Interview by Jan Kowal | Baltic Review | 3 May 2023*\n\nWe spoke to an economist."
    p = _people(run(text, authors=("Jan Kowal",), publisher="Baltic Review"))["Jan Kowal"]
    assert p.roles == ("interviewer",)
    assert p.affiliations == ("Baltic Review",)


def test_persons_author_with_own_affiliation_keeps_it(run):
    text = ("Why trade matters\nBy Mara Vento\n\nMara Vento is a professor at Lisbon University.\n"
            "Trade will recover, Vento said.")
    p = _people(run(text, authors=("Mara Vento",), publisher="Daily Planet"))["Mara Vento"]
    assert "Daily Planet" not in p.affiliations


def test_persons_new_rules_keep_provenance(run):
    text = ("By Lena Hart\nCoast Wire Service\n\nThe Lowy Institute's Sam Keller and Park Ji-hoon spoke. "
            "Hanan Al-Masri, a senior fellow, agreed. Later Al-Masri said so again.")
    ex = run(text, authors=("Lena Hart",), publisher="Coast Wire Service")
    assert ex.persons
    for p in ex.persons:
        assert text[p.start_char:p.end_char] == p.mentions[0].text
        for m in p.mentions:
            assert text[m.start_char:m.end_char] == m.text
            assert m.extractor == "persons" and m.doc_id == "dtest0000001" and 0 < m.confidence <= 1
