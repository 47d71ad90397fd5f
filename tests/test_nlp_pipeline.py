"""The spaCy pipeline: caching, streaming, sentence starts at line breaks, gazetteer entities."""

from __future__ import annotations

from dyad.nlp import get_pipeline, process
from dyad.records import Document


def _doc(text: str, id_: str = "d1") -> Document:
    return Document(id=id_, source=f"{id_}.txt", path=f"{id_}.txt", sha256="0" * 64, text=text)


def _ents(nlp, text):
    return [(e.text, e.label_, e.ent_id_) for e in nlp(text).ents]


def test_nlp_pipeline_is_cached(nlp):
    assert get_pipeline() is nlp
    assert "dyad_gazetteer" in nlp.pipe_names
    assert nlp.pipe_names.index("dyad_line_breaks") < nlp.pipe_names.index("parser")


def test_nlp_process_streams_pairs_in_order(nlp):
    docs = (_doc(f"Talks number {i} went well.", f"d{i}") for i in range(5))
    out = process(docs, batch_size=2)
    first = next(out)  # lazy: works on a generator
    rest = list(out)
    pairs = [first] + rest
    assert [d.id for d, _ in pairs] == [f"d{i}" for i in range(5)]
    assert all(doc.text == d.text for d, doc in pairs)


def test_nlp_title_lines_are_sentences(nlp):
    text = "A New Chapter for Two Neighbours\nBy Jane Roe\n\nThe talks went well. Both sides agreed."
    sents = [s.text.strip() for s in nlp(text).sents]
    assert sents[0] == "A New Chapter for Two Neighbours"
    assert sents[1] == "By Jane Roe"
    assert "The talks went well." in sents


def test_nlp_gazetteer_sets_canonical_ids(nlp):
    ents = _ents(nlp, "The Kremlin and Tokyo disagree, Abe told the U.S. envoy about the Northern Territories.")
    assert any(e[0].lower().removeprefix("the ") == "kremlin" and e[1:] == ("GPE", "Russia") for e in ents)
    assert ("Tokyo", "GPE", "Japan") in ents
    assert ("Abe", "PERSON", "Shinzo Abe") in ents
    assert ("U.S.", "GPE", "United States") in ents
    assert ("Northern Territories", "LOC", "Kuril Islands") in ents


def test_nlp_capital_inside_org_name_is_not_a_state(nlp):
    text = "She studied at Moscow State University before moving to Moscow."
    russia = [e.start_char for e in nlp(text).ents if e.ent_id_ == "Russia"]
    assert russia == [text.rindex("Moscow")]  # only the city, not the university's name


def test_nlp_demonym_split_from_ministry(nlp):
    ents = _ents(nlp, "The Russian Ministry of Foreign Affairs issued a note.")
    assert ("Russian", "NORP", "Russia") in ents
    assert ("Ministry of Foreign Affairs", "ORG", "Ministry of Foreign Affairs") in ents


def test_nlp_abbreviation_hyphen_is_split(nlp):
    toks = [t.text for t in nlp("U.S.-Russian ties worsened.")]
    assert toks[:3] == ["U.S.", "-", "Russian"]


def test_nlp_policy_name_is_not_a_person(nlp):
    ents = _ents(nlp, "Critics doubt that Abenomics will work.")
    assert not any(label == "PERSON" and "Abenomics" in text for text, label, _ in ents)
