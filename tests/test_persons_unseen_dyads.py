"""Persons on short articles about other relationships (tests/data/actors/*.txt, written for
the tests). Each expectation is what an annotator following the eval guidelines would write:
every named person (no places, outlets or furniture), the role as the text gives it, the
affiliation, the nationality the text supports and the kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.extract import extract_document
from dyad.ingest import read_document

DATA = Path(__file__).resolve().parent / "data" / "actors"

# article -> {person: (a word of a role or None, affiliation or None, nationality, kind)}
EXPECTED = {
    "india-china-wire.txt": {
        "Priya Sharma": (None, None, None, None),
        "Michael Chen": (None, None, None, None),
        "S. Jaishankar": ("External Affairs", None, "IN", "official"),
        "Wang Yi": ("Foreign Affairs", None, "CN", "official"),
        "Xi Jinping": ("President", None, "CN", "leader"),
        "Narendra Modi": ("Prime Minister", None, "IN", "leader"),
        "Harsh Pant": ("professor", "King's College London", None, "expert"),
        # as in the dev gold, an institution's country is its expert's nationality
        "Tanvi Madan": ("senior fellow", "Brookings Institution", "US", "expert"),
    },
    "us-iran-news.txt": {
        "Jane Doe": (None, None, None, None),
        "Saeed Khatibzadeh": ("spokesman", "Ministry of Foreign Affairs", None, "official"),
        "Ali Khamenei": ("supreme leader", None, "IR", "leader"),
        "Joe Biden": ("President", None, "US", "leader"),
        "Rafael Grossi": ("Director General", "International Atomic Energy Agency", None, "official"),
        "Ali Vaez": ("project director", "International Crisis Group", None, "expert"),
        # a known office holder: nationality from the pack
        "Antony Blinken": ("Secretary of State", None, "US", "official"),
    },
    "germany-poland-analysis.txt": {
        "Mateusz Morawiecki": ("Prime Minister", None, "PL", "leader"),
        "Olaf Scholz": ("Chancellor", None, "DE", "leader"),
        "Ursula von der Leyen": ("President", "European Commission", None, None),
        "Agnieszka Łada-Konefał": ("deputy director", "Deutsches Polen-Institut", None, "expert"),
        "Kai-Olaf Lang": (None, "German Institute for International and Security Affairs (SWP)", None, "expert"),
    },
    "turkey-saudi-ap.txt": {
        "Recep Tayyip Erdoğan": ("President", None, "TR", "leader"),
        "Mohammed bin Salman": ("Crown Prince", None, "SA", None),
        "Jamal Khashoggi": ("journalist", None, None, None),
        "Sinan Ülgen": ("chairman", "EDAM", None, "expert"),
        "Mehmet Öğütçü": ("diplomat", None, "TR", "official"),
    },
    "egypt-ethiopia-dam.txt": {
        "Abdel Fattah el-Sisi": ("President", None, "EG", "leader"),
        "Abiy Ahmed": ("Prime Minister", None, "ET", "leader"),
        "Sameh Shoukry": ("foreign minister", None, "EG", "official"),
        "William Davison": ("senior analyst", "International Crisis Group", None, "expert"),
    },
    "brazil-argentina-column.txt": {
        "Carlos Souza": ("senior editor", None, None, None),
        "Luiz Inácio Lula da Silva": ("President", None, "BR", "leader"),
        "Javier Milei": ("president-elect", None, "AR", "leader"),
        "Mauro Vieira": ("Foreign Minister", None, None, "official"),
        "Oliver Stuenkel": ("associate professor", "Getulio Vargas Foundation (FGV)", None, "expert"),
        "Diana Mondino": (None, None, None, None),
    },
    "france-algeria-afp.txt": {
        "Emmanuel Macron": ("President", None, "FR", "leader"),
        "Abdelmadjid Tebboune": ("counterpart", None, "DZ", None),
        "Benjamin Stora": ("historian", None, None, "expert"),
    },
}

# (article, person, mention text, mention kind): surnames, descriptions, family names first
MENTIONS = [
    ("india-china-wire.txt", "S. Jaishankar", "Jaishankar", "surname"),
    ("india-china-wire.txt", "Wang Yi", "Wang", "surname"),
    ("india-china-wire.txt", "Harsh Pant", "The analyst", "description"),
    ("us-iran-news.txt", "Ali Vaez", "The expert", "description"),
    ("germany-poland-analysis.txt", "Olaf Scholz", "The chancellor", "description"),
    ("turkey-saudi-ap.txt", "Mohammed bin Salman", "the crown prince", "description"),
    ("turkey-saudi-ap.txt", "Mehmet Öğütçü", "The diplomat", "description"),
    ("turkey-saudi-ap.txt", "Sinan Ülgen", "Ülgen", "surname"),
    ("egypt-ethiopia-dam.txt", "Sameh Shoukry", "The minister", "description"),
    ("brazil-argentina-column.txt", "Luiz Inácio Lula da Silva", "Lula", "surname"),
    ("brazil-argentina-column.txt", "Oliver Stuenkel", "the professor", "description"),
    ("france-algeria-afp.txt", "Benjamin Stora", "The historian", "description"),
    ("france-algeria-afp.txt", "Abdelmadjid Tebboune", "Tebboune", "surname"),
]


@pytest.fixture(scope="module")
def extractions(nlp):
    out = {}
    for name in EXPECTED:
        document = read_document(DATA / name)
        out[name] = extract_document(nlp(document.text), document)
    return out


@pytest.mark.parametrize("article", sorted(EXPECTED))
def test_persons_unseen_dyads_exact_person_set(extractions, article):
    got = {p.name for p in extractions[article].persons}
    assert got == set(EXPECTED[article])


@pytest.mark.parametrize("article", sorted(EXPECTED))
def test_persons_unseen_dyads_roles_affiliations_nationality_kind(extractions, article):
    persons = {p.name: p for p in extractions[article].persons}
    for name, (role, affiliation, nationality, kind) in EXPECTED[article].items():
        p = persons[name]
        if role is not None:
            assert any(role.lower() in r.lower() for r in p.roles), (name, p.roles)
        if affiliation is not None:
            assert affiliation in p.affiliations, (name, p.affiliations)
        assert p.nationality == nationality, (name, p.nationality)
        if kind is not None:
            assert p.kind == kind, (name, p.kind)


@pytest.mark.parametrize("article,name,text,kind", MENTIONS)
def test_persons_unseen_dyads_mentions_resolve(extractions, article, name, text, kind):
    persons = {p.name: p for p in extractions[article].persons}
    assert (text, kind) in [(m.text, m.kind) for m in persons[name].mentions]


def test_persons_unseen_dyads_furniture_names_are_not_persons(extractions):
    # the editor is named only in the "(Reporting by ...; Editing by ...)" credit line
    names = {p.name for ex in extractions.values() for p in ex.persons}
    assert "Alex Richardson" not in names
    assert not names & {"Reuters", "Americas Quarterly", "International Atomic Energy Agency", "Ladakh"}


def test_persons_unseen_dyads_provenance(extractions):
    for ex in extractions.values():
        text = ex.document.text
        for rec in (*ex.persons, *ex.organizations, *ex.states):
            assert text[rec.start_char:rec.end_char] == rec.mentions[0].text
            for m in rec.mentions:
                assert m.doc_id == ex.document.id and m.extractor and 0 < m.confidence <= 1
                assert text[m.start_char:m.end_char] == m.text


def test_persons_clause_after_name_is_not_a_role(nlp):
    """An apposition that is a relative clause about something else is no role; a title is."""
    from dyad.extract.context import DocContext
    from dyad.extract.actors.persons import extract_persons
    from dyad.records import Document

    def roles(text):
        doc = Document(id="dclause", source="t.txt", path="t.txt", sha256="", text=text, date=None)
        ctx = DocContext(document=doc, doc=nlp(text))
        return {p.name: p.roles for p in extract_persons(ctx.doc, ctx)}

    got = roles("The quiet diplomacy of John Smithson, the value of which he never questioned, has limits.")
    assert not any("which" in r for r in got.get("John Smithson", ())), got
    got = roles("John Smithson, Minister of Foreign Affairs of Freedonia, said the talks went well.")
    assert any("Minister of Foreign Affairs" in r for r in got.get("John Smithson", ())), got
