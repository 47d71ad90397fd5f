"""Bad inputs on purpose: every one raises a clear IngestError or ingests with a warning."""

from __future__ import annotations

import pytest

import dyad.ingest.decode as decode_mod
from dyad.errors import DyadError, IngestError
from dyad.ingest import read_document
from dyad.ingest.decode import decode_bytes

ENGLISH = (
    "The two governments agreed to meet again in the spring. Officials said that the talks "
    "were useful and that both sides would work on a plan for trade."
)


def _write(tmp_path, name, data: bytes):
    p = tmp_path / name
    p.write_bytes(data)
    return p


def test_ingest_empty_file_raises_naming_file(tmp_path):
    p = _write(tmp_path, "empty.txt", b"")
    with pytest.raises(IngestError) as info:
        read_document(p)
    msg = str(info.value)
    assert str(p) in msg and "empty" in msg
    assert "\n" not in msg
    assert isinstance(info.value, DyadError) and info.value.code == "E100"


def test_ingest_binary_file_raises(tmp_path):
    data = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 20
    p = _write(tmp_path, "image.txt", data)
    with pytest.raises(IngestError, match="binary"):
        read_document(p)


def test_ingest_control_characters_count_as_binary(tmp_path):
    data = (b"\x01\x02\x03\x04\x05\x06abc" * 200)
    p = _write(tmp_path, "ctrl.txt", data)
    with pytest.raises(IngestError, match="binary"):
        read_document(p)


def test_ingest_large_file_refused_without_reading(tmp_path, monkeypatch):
    p = tmp_path / "huge.txt"
    with open(p, "wb") as fh:  # sparse: 50 MB of nothing, written instantly
        fh.truncate(50_000_000)

    def no_open(*args, **kwargs):
        raise AssertionError("the size check must come before reading the file")

    monkeypatch.setattr(decode_mod, "open", no_open, raising=False)
    with pytest.raises(IngestError) as info:
        read_document(p)
    assert "too large" in str(info.value) and str(p) in str(info.value)
    assert "max_bytes" in str(info.value)


def test_ingest_max_bytes_is_configurable(tmp_path):
    p = _write(tmp_path, "small.txt", ENGLISH.encode())
    with pytest.raises(IngestError, match="too large"):
        read_document(p, max_bytes=10)
    assert read_document(p, max_bytes=10_000).text == ENGLISH


def test_ingest_missing_file_raises(tmp_path):
    with pytest.raises(IngestError, match="not found"):
        read_document(tmp_path / "nope.txt")


def test_ingest_latin1_text_decoded_with_warning(tmp_path):
    text = "Caf\u00e9 diplomacy in Montr\u00e9al \u2013 " + ENGLISH
    p = _write(tmp_path, "latin.txt", text.encode("cp1252"))
    doc = read_document(p)
    assert "Caf\u00e9" in doc.text and "\u2013" in doc.text
    assert any("cp1252" in w for w in doc.warnings)


def test_ingest_pure_latin1_bytes_never_fail():
    text, warnings = decode_bytes(bytes([0x81, 0x41, 0x8D]) + b" ok")  # undefined in cp1252
    assert text.endswith(" ok") and len(text) == 6
    assert warnings and "latin-1" in warnings[0]


def test_ingest_utf8_bom_removed_and_reported(tmp_path):
    body = "Talks Resume\r\nShare this\r\n" + ENGLISH
    p = _write(tmp_path, "bom.txt", b"\xef\xbb\xbf" + body.encode("utf-8"))
    doc = read_document(p)
    assert doc.text == body
    assert any("byte-order mark" in w for w in doc.warnings)
    assert [doc.text[s.start:s.end] for s in doc.boilerplate] == ["Share this"]


def test_ingest_crlf_kept_and_offsets_valid(tmp_path):
    body = ("Talks Resume\r\n\r\nPhoto: Example Agency\r\n\r\n" + ENGLISH
            + "\r\n\r\nPage 2 of 3\r\n")
    p = _write(tmp_path, "crlf.txt", body.encode("utf-8"))
    doc = read_document(p)
    assert doc.text == body  # nothing translated, nothing stripped
    assert doc.warnings == ()
    spans = [doc.text[s.start:s.end] for s in doc.boilerplate]
    assert spans == ["Photo: Example Agency", "Page 2 of 3"]
    for s in doc.boilerplate:
        assert doc.text[s.end:s.end + 2] == "\r\n"


def test_ingest_non_english_text_marked_und(tmp_path):
    german = ("Die Beziehungen zwischen Russland und Japan haben sich im letzten Jahr deutlich "
              "verbessert. Der Premierminister reiste nach Moskau, und beide Seiten sprachen "
              "lange \u00fcber die Inseln und die Wirtschaft.")
    p = _write(tmp_path, "de.txt", german.encode("utf-8"))
    doc = read_document(p)
    assert doc.language == "und"
    assert any("English" in w for w in doc.warnings)
    assert read_document(_write(tmp_path, "en.txt", ENGLISH.encode())).language == "en"


def test_ingest_spanish_text_marked_und(tmp_path):
    spanish = ("Las relaciones entre los dos pa\u00edses han mejorado mucho este a\u00f1o. "
               "El primer ministro visit\u00f3 la capital y ambas partes hablaron de las islas.")
    doc = read_document(_write(tmp_path, "es.md", spanish.encode("utf-8")))
    assert doc.language == "und" and doc.format == "md"


@pytest.mark.parametrize("content", ["  \n\t\r\n  ", "... !!! --- ???\n\n* * *\n", "12 34 -- 56"])
def test_ingest_text_without_words_raises(tmp_path, content):
    p = _write(tmp_path, "nowords.txt", content.encode("utf-8"))
    with pytest.raises(IngestError) as info:
        read_document(p)
    assert str(p) in str(info.value)


def test_ingest_document_identity(tmp_path):
    import hashlib

    data = ENGLISH.encode()
    p = _write(tmp_path, "id.txt", data)
    doc = read_document(p)
    digest = hashlib.sha256(data).hexdigest()
    assert doc.sha256 == digest and doc.id == "d" + digest[:12]
    assert doc.source == "id.txt" and doc.path == str(p) and doc.format == "txt"
