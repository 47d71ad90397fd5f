"""Rule tests for reported-speech extraction on short sentences written for the tests."""

from __future__ import annotations

import pytest

from dyad.extract.context import DocContext
from dyad.extract.speech.quotes import find_quotes
from dyad.extract.speech.extractor import extract_statements
from dyad.records import Document, Span


def _run(nlp, text, boilerplate=()):
    document = Document(id="dtest", source="t.txt", path="t.txt", sha256="0", text=text,
                        boilerplate=tuple(boilerplate))
    doc = nlp(text)
    ctx = DocContext(document=document, doc=doc)
    return list(extract_statements(doc, ctx)), ctx


def _content(text, st):
    return text[st.start_char:st.end_char]


def test_statements_direct_quote_with_cue_after(nlp):
    text = '"Relations between the two countries are improving quickly," Maria Lopez said.'
    sts, _ = _run(nlp, text)
    assert len(sts) == 1
    st = sts[0]
    assert st.kind == "direct_quote"
    assert _content(text, st) == "Relations between the two countries are improving quickly"
    assert st.speaker == "Maria Lopez"
    assert text[st.cue.start:st.cue.end] == "Maria Lopez said"


def test_statements_direct_quote_with_cue_before(nlp):
    text = 'Maria Lopez said: "The negotiations will take years. Nobody should expect a quick deal."'
    sts, _ = _run(nlp, text)
    quotes = [s for s in sts if s.kind == "direct_quote"]
    assert len(quotes) == 1
    assert _content(text, quotes[0]).startswith("The negotiations will take years")
    assert _content(text, quotes[0]).endswith("quick deal")  # the whole multi-sentence quote
    assert quotes[0].speaker == "Maria Lopez"


def test_statements_indirect_that_clause(nlp):
    text = "Tom Baker, a senior fellow at the institute, noted that the talks had stalled over fishing rights."
    sts, _ = _run(nlp, text)
    assert len(sts) == 1
    assert sts[0].kind == "indirect"
    assert _content(text, sts[0]) == "the talks had stalled over fishing rights"
    assert text[sts[0].cue.start:sts[0].cue.end] == "noted"
    assert sts[0].speaker == "Tom Baker"


@pytest.mark.parametrize("text, expected", [
    ("According to Tom Baker, the summit produced few results.", "the summit produced few results"),
    ("The summit produced few results, according to Tom Baker.", "The summit produced few results"),
    ("The summit, according to Tom Baker, produced few results.",
     "The summit, according to Tom Baker, produced few results"),
])
def test_statements_according_to_positions(nlp, text, expected):
    sts, _ = _run(nlp, text)
    acc = [s for s in sts if s.kind == "according_to"]
    assert len(acc) == 1
    assert _content(text, acc[0]) == expected
    assert acc[0].speaker == "Tom Baker"


def test_statements_pronoun_and_description_resolve_to_last_speaker(nlp):
    text = ('Professor Jane Doe spoke at the forum. "Prime Minister Ito cannot change course now," the expert said. '
            'He explained that the budget was too small.')
    sts, _ = _run(nlp, text)
    by_kind = {s.kind: s for s in sts}
    assert by_kind["direct_quote"].speaker == "Jane Doe"  # not Ito, who is only named inside the quote
    assert by_kind["indirect"].speaker == "Jane Doe"


@pytest.mark.parametrize("text", [
    "Moscow sees the islands as part of its territory.",
    "The minister wants to sign the treaty this year.",
    "Tom Baker did not say that the treaty was dead.",
    "Neither Tom Baker nor Ann Lee has commented on the treaty.",
    "Speaking about the islands, the weather was cold.",
])
def test_statements_beliefs_wishes_and_negations_are_not_speech(nlp, text):
    sts, _ = _run(nlp, text)
    assert sts == []


def test_statements_nested_attributions_are_separate(nlp):
    text = ("According to Ann Lee, Bob Green agreed with the position of the Foreign Ministry "
            "that the new deal is fair to both sides.")
    sts, _ = _run(nlp, text)
    speakers = {s.speaker for s in sts}
    assert {"Ann Lee", "Bob Green", "Foreign Ministry"} <= speakers
    inner = [s for s in sts if s.speaker in ("Bob Green", "Foreign Ministry")]
    assert all(_content(text, s) == "the new deal is fair to both sides" for s in inner)


def test_statements_collectives_and_as_far_as(nlp):
    text = ("Political observers stress that the deal is fragile. "
            "As far as the ministry is concerned, the question has been settled.")
    sts, _ = _run(nlp, text)
    assert [s.speaker for s in sts][0] == "Political observers"
    far = [s for s in sts if s.kind == "according_to"]
    assert len(far) == 1 and _content(text, far[0]) == "the question has been settled"


def test_statements_opinion_of_points_to_previous_sentence(nlp):
    text = "The dialogue has reached a turning point. This is the opinion of the authors of the annual report."
    sts, _ = _run(nlp, text)
    assert len(sts) == 1
    assert _content(text, sts[0]) == "The dialogue has reached a turning point"
    assert "authors" in sts[0].speaker


def test_statements_unbalanced_quotes_warn_and_do_not_crash(nlp):
    text = 'Tom Baker said "the door is not closed. Ann Lee said that "talks resume" and more text.'
    sts, ctx = _run(nlp, text)
    assert any("unbalanced" in w or "quotation" in w for w in ctx.warnings)
    for st in sts:
        assert 0 <= st.start_char < st.end_char <= len(text)


def test_statements_quote_scanner_pairs_mixed_marks():
    text = 'He said "one two three\u201d and \u201cfour five six". Then \u2018seven eight nine\u2019 ok.'
    inner = [q.inner_text(text) for q in find_quotes(text)]
    assert inner == ["one two three", "four five six", "seven eight nine"]


@pytest.mark.parametrize("text", ["", "   \n\n  ", "\u201c"])
def test_statements_empty_or_sentence_free_input(nlp, text):
    sts, _ = _run(nlp, text)
    assert sts == []


def test_statements_skip_boilerplate(nlp):
    text = "Tom Baker noted that the talks had stalled over fishing rights.\n"
    sts, _ = _run(nlp, text, boilerplate=[Span(0, len(text))])
    assert sts == []
