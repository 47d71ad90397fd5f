"""Main text and metadata of an HTML page: trafilatura first, a plain-text fallback after.

The extracted text is what the Document stores (offsets refer to it). Broken markup
never raises: when trafilatura fails or finds nothing, the visible text of the page is
taken with the standard library's tolerant parser.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from dyad.ingest.dates import parse_iso

__all__ = ["HtmlText", "extract_html", "fallback_text"]

_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe",
                        "object", "canvas"})
_BLOCK_TAGS = frozenset("""
address article aside blockquote br dd div dl dt fieldset figcaption figure footer form h1 h2 h3
h4 h5 h6 header hr li main nav ol p pre section table tbody td tfoot th thead tr ul title
""".split())
_DATE_PARAMS = {"extensive_search": False, "original_date": True}


@dataclass(frozen=True, slots=True)
class HtmlText:
    text: str
    title: str | None = None
    authors: tuple[str, ...] = ()
    date: str | None = None
    sitename: str | None = None
    warnings: tuple[str, ...] = ()


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.title: list[str] = []
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):  # noqa: D102
        if tag in _SKIP_TAGS:
            self._skip += 1
        if tag == "title":
            self._in_title = True
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_startendtag(self, tag, attrs):  # noqa: D102
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):  # noqa: D102
        if tag in _SKIP_TAGS and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):  # noqa: D102
        if self._in_title:
            self.title.append(data)
        elif not self._skip:
            self.parts.append(data)


def fallback_text(markup: str) -> tuple[str, str | None]:
    """Visible text of ``markup`` (one block per line) and its ``<title>``; never raises.

    >>> fallback_text("<p>One <b>two</p><div>three<script>x()</script>")
    ('One two\\nthree', None)
    """
    parser = _TextParser()
    try:
        parser.feed(markup)
        parser.close()
    except Exception:  # the stdlib parser is tolerant; this is belt and braces
        pass
    lines = (re.sub(r"\s+", " ", ln).strip() for ln in "".join(parser.parts).split("\n"))
    title = re.sub(r"\s+", " ", "".join(parser.title)).strip() or None
    return "\n".join(ln for ln in lines if ln), title


def _authors(raw: str | None) -> tuple[str, ...]:
    from dyad.ingest.metadata import split_names  # local: metadata is the heavier module

    if not raw:
        return ()
    return tuple(split_names(raw.replace(";", ",")))


def extract_html(markup: str) -> HtmlText:
    """Main text, title, authors, date and site name of an HTML page."""
    warnings: list[str] = []
    result = None
    try:
        import trafilatura

        result = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception as exc:  # trafilatura must never take the document down
        warnings.append(f"trafilatura failed ({type(exc).__name__}); used plain HTML text")
        result = None
    text = (getattr(result, "text", None) or "").strip() if result is not None else ""
    if text:
        sitename = getattr(result, "sitename", None) or None
        return HtmlText(
            text=text,
            title=_strip_site(getattr(result, "title", None), sitename),
            authors=_authors(getattr(result, "author", None)),
            date=parse_iso(getattr(result, "date", None)),
            sitename=sitename,
            warnings=tuple(warnings),
        )
    if not warnings:
        warnings.append("trafilatura found no main text; used the plain text of the page")
    body, title = fallback_text(markup)
    return HtmlText(text=body, title=_strip_site(title, None), warnings=tuple(warnings))


def _strip_site(title: str | None, sitename: str | None) -> str | None:
    """Drop a trailing " | Site" / " - Site" from a page title.

    >>> _strip_site("Talks Resume | Example Times", "Example Times")
    'Talks Resume'
    >>> _strip_site("Talks Resume | Example Times", None)
    'Talks Resume'
    >>> _strip_site("Russia - Japan: Talks Resume", None)
    'Russia - Japan: Talks Resume'
    """
    if not title:
        return None
    title = re.sub(r"\s+", " ", title).strip()
    if sitename:
        m = re.match(rf"^(.+?)\s+[|\-–—:·•]\s+{re.escape(sitename)}$", title, re.IGNORECASE)
        if m:
            return m.group(1)
    m = re.match(r"^(.+?)\s+[|·•]\s+[^|·•]{2,60}$", title)  # pipes always separate a site name
    return (m.group(1) if m else title) or None
