"""Ingest: from source files to :class:`dyad.records.Document` (decode, furniture, metadata).

The stored ``Document.text`` is the text offsets refer to: for ``.txt``/``.md`` the bytes
decoded exactly (``\\r\\n`` kept; only a leading byte-order mark is removed, with a
warning), for ``.html``/``.htm`` the main text trafilatura extracts. Page furniture is
*marked* (``Document.boilerplate``), never deleted.

Examples
--------
>>> import tempfile, pathlib
>>> p = pathlib.Path(tempfile.mkdtemp()) / "note.txt"
>>> _ = p.write_text("Talks in Tokyo\\n\\nBy Jane Roe\\n\\nThe two sides met and they talked "
...                  "about the islands.\\nShare this\\n", encoding="utf-8")
>>> doc = read_document(p)
>>> doc.title, doc.authors, [doc.text[s.start:s.end] for s in doc.boilerplate]
('Talks in Tokyo', ('Jane Roe',), ['Share this'])
"""

from __future__ import annotations

from pathlib import Path
from typing import Callable, Iterable, Iterator

from dyad.errors import IngestError
from dyad.ingest.boilerplate import RULES, boilerplate_lines, classify_line, find_boilerplate
from dyad.ingest.decode import DEFAULT_MAX_BYTES, check_has_words, decode_bytes, read_bytes
from dyad.ingest.html_text import extract_html
from dyad.ingest.language import detect_language
from dyad.ingest.metadata import extract_metadata
from dyad.ingest.sources import FORMATS, SUFFIXES, iter_sources, source_format
from dyad.records import Document

__all__ = [
    "IngestError",
    "SUFFIXES",
    "FORMATS",
    "RULES",
    "DEFAULT_MAX_BYTES",
    "iter_sources",
    "read_document",
    "read_documents",
    "document_from_text",
    "find_boilerplate",
    "boilerplate_lines",
    "classify_line",
    "extract_metadata",
    "source_format",
]


def read_document(path: Path | str, *, max_bytes: int = DEFAULT_MAX_BYTES) -> Document:
    """Read one source file into a :class:`Document`.

    Parameters
    ----------
    path
        A ``.txt``, ``.md``/``.markdown`` or ``.html``/``.htm`` file (other suffixes are
        read as plain text).
    max_bytes
        Larger files are refused before being read.

    Raises
    ------
    IngestError
        Missing, empty, binary or too large file, or a text without any word.
    """
    path = Path(path)
    raw = read_bytes(path, max_bytes=max_bytes)
    text, warnings = decode_bytes(raw.data)
    return document_from_text(
        text, source=path.name, path=str(path), sha256=raw.sha256,
        fmt=source_format(path), warnings=warnings,
    )


def document_from_text(text: str, *, source: str, path: str, sha256: str, fmt: str = "txt",
                       warnings: Iterable[str] = ()) -> Document:
    """Build a :class:`Document` from decoded text (HTML markup when ``fmt == "html"``)."""
    warns = list(warnings)
    html = None
    if fmt == "html":
        html = extract_html(text)
        text = html.text
        warns.extend(html.warnings)
        if not text.strip():
            raise IngestError("HTML page has no visible text", path=path,
                              hint="check that the file is the saved article page")
    check_has_words(text, path=path)
    meta = extract_metadata(text, fmt=fmt)  # marks the furniture lines too
    boilerplate = meta.boilerplate
    title, authors, publisher = meta.title, meta.authors, meta.publisher
    date, date_span = meta.date, meta.date_span
    if html is not None:
        title = html.title or title
        authors = html.authors or authors
        publisher = publisher or html.sitename
        if html.date:
            if date != html.date:
                date_span = None
            date = html.date
    language, note = detect_language(text)
    if note:
        warns.append(note)
    return Document(
        id="d" + sha256[:12],
        source=source,
        path=path,
        sha256=sha256,
        text=text,
        format=fmt,
        title=title,
        authors=tuple(authors),
        publisher=publisher,
        date=date,
        date_span=date_span,
        boilerplate=tuple(boilerplate),
        language=language,
        warnings=tuple(warns),
    )


def read_documents(
    paths: Iterable[str | Path], *, max_bytes: int = DEFAULT_MAX_BYTES,
    on_error: Callable[[Path, IngestError], None] | None = None,
) -> Iterator[Document]:
    """Read every source under ``paths``; a bad file goes to ``on_error`` and the rest go on.

    Without ``on_error`` the first bad file raises its :class:`IngestError`.
    """
    for path in iter_sources(paths):
        try:
            yield read_document(path, max_bytes=max_bytes)
        except IngestError as exc:
            if on_error is None:
                raise
            on_error(path, exc)

