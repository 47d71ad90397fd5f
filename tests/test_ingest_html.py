"""HTML pages: main text via trafilatura, metadata from the page, broken markup survives."""

from __future__ import annotations

from dyad.ingest import read_document
from dyad.ingest.html_text import extract_html, fallback_text

PARAS = [
    "The two governments agreed on Tuesday to meet again in the spring, after a day of talks "
    "that officials on both sides described as useful and frank.",
    "Trade between the two countries has grown for three years in a row, and the ministers "
    "said that they would work on a plan for joint projects in the north.",
    "Critics at home argue that the plan gives too much away, but the prime minister said that "
    "patience would pay off and that the next round would bring results.",
]

PAGE = f"""<!DOCTYPE html>
<html><head><title>Neighbours Agree to Talk Again | Example Times</title>
<meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2017-05-11T10:00:00+00:00">
<meta property="og:site_name" content="Example Times">
<meta property="og:title" content="Neighbours Agree to Talk Again">
<script>var tracking = "never in the text";</script>
</head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Neighbours Agree to Talk Again</h1>
{''.join(f'<p>{p}</p>' for p in PARAS)}
</article>
<footer>All rights reserved.</footer>
</body></html>"""


def test_ingest_html_main_text_and_metadata(tmp_path):
    p = tmp_path / "page.html"
    p.write_text(PAGE, encoding="utf-8")
    doc = read_document(p)
    assert doc.format == "html"
    for para in PARAS:
        assert para in doc.text
    assert "tracking" not in doc.text and "<p>" not in doc.text
    assert doc.title == "Neighbours Agree to Talk Again"
    assert doc.authors == ("Jane Roe",)
    assert doc.date == "2017-05-11"
    assert doc.publisher == "Example Times"
    assert doc.language == "en"


def test_ingest_html_broken_markup_does_not_crash(tmp_path):
    broken = ("<html><body><div><p>Unclosed paragraph where the leaders talked about the plan "
              "<b>and the islands <table><tr><td>cell text</div></p></span><<>> &bogus; <p")
    p = tmp_path / "broken.htm"
    p.write_text(broken, encoding="utf-8")
    doc = read_document(p)
    assert "leaders talked" in doc.text
    assert "<b>" not in doc.text and "<table>" not in doc.text
    for s in doc.boilerplate:
        assert 0 <= s.start <= s.end <= len(doc.text)


def test_ingest_html_fallback_text_keeps_blocks_and_skips_scripts():
    text, title = fallback_text("<title>T</title><p>One <i>two</i></p><style>p{}</style>"
                                "<div>three<br>four</div><script>x()</script>")
    assert text == "One two\nthree\nfour"
    assert title == "T"


def test_ingest_html_falls_back_when_trafilatura_finds_nothing(monkeypatch):
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *a, **k: None)
    res = extract_html("<html><body><p>Short note on trade.</p><p>Second one.</p></body></html>")
    assert res.text == "Short note on trade.\nSecond one."
    assert res.warnings and "no main text" in res.warnings[0]


def test_ingest_html_falls_back_when_trafilatura_raises(monkeypatch):
    import trafilatura

    def boom(*a, **k):
        raise ValueError("parser exploded")

    monkeypatch.setattr(trafilatura, "bare_extraction", boom)
    res = extract_html("<p>Short note on trade.</p>")
    assert res.text == "Short note on trade."
    assert "ValueError" in res.warnings[0]


def test_ingest_html_without_text_raises(tmp_path):
    import pytest

    from dyad.errors import IngestError

    p = tmp_path / "blank.html"
    p.write_text("<html><head><script>var a = 1;</script></head><body> </body></html>",
                 encoding="utf-8")
    with pytest.raises(IngestError, match="no visible text"):
        read_document(p)
