import pytest

from dyad.records import Document, Span


def test_records_span_rejects_negative_and_reversed():
    with pytest.raises(ValueError):
        Span(5, 2)
    with pytest.raises(ValueError):
        Span(-1, 2)


@pytest.mark.parametrize("a,b,expected", [((0, 5), (4, 8), True), ((0, 5), (5, 8), False), ((3, 4), (0, 9), True)])
def test_records_span_overlaps(a, b, expected):
    assert Span(*a).overlaps(Span(*b)) is expected


def test_records_document_boilerplate_lookup():
    d = Document(id="d1", source="a.txt", path="a.txt", sha256="x", text="Share this. Body.", boilerplate=(Span(0, 11),))
    assert d.in_boilerplate(2, 4)
    assert not d.in_boilerplate(12, 16)
