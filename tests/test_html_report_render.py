"""The offline HTML report: self-contained, with map, timeline, scenarios and evidence."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from dyad.interfaces.html_report import circle_layout, render_html
from dyad.model.causal_map import build_causal_map
from dyad.records import CausalClaim, Document, Event
from dyad.simulate.scenarios import Scenario, run_scenarios

TEXT = "Sanctions hurt Japanese investment. The two leaders met in Sochi in May 2016. <b>&"


def _inputs():
    doc = Document(id="doc1", source="notes.txt", path="notes.txt", sha256="0", text=TEXT, title="Notes")
    claims = [CausalClaim("doc1", 0, 35, "Sanctions", "Japanese investment", "-", "asserted", "Expert <A>"),
              CausalClaim("doc1", 36, 78, "Japanese investment", "Russia-Japan relations", "+", "hedged", "author")]
    events = [Event("doc1", 36, 76, "summit", date="2016-05", participants=("Vladimir Putin", "Shinzo Abe"),
                    place="Sochi")]
    m = build_causal_map(claims)
    run = run_scenarios(m, [Scenario("sanctions-lifted", {"sanctions": "min"})], monte_carlo=20)
    return m, run, events, [doc]


class _Collect(HTMLParser):
    def __init__(self):
        super().__init__()
        self.refs, self.tags = [], []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        for k, v in attrs:
            if k in ("src", "href") and v:
                self.refs.append(v)


def test_html_report_self_contained():
    m, run, events, docs = _inputs()
    page = render_html(m, run, events, docs)
    p = _Collect()
    p.feed(page)
    assert p.refs and all(r.startswith("#") for r in p.refs)
    assert not re.search(r"(src|href)\s*=\s*[\"']?https?://", page)
    assert "<link" not in page and "@import" not in page
    assert "style" in p.tags and "script" in p.tags and "svg" in p.tags


def test_html_report_contains_map_timeline_scenarios_evidence():
    m, run, events, docs = _inputs()
    page = render_html(m, run, events, docs)
    for c in m.concepts:
        assert c.label in page
    assert page.count('class="edge"') == len(m.edges)
    assert "Sanctions hurt Japanese investment." in page  # evidence text
    assert "Expert &lt;A&gt;" in page and "Expert <A>" not in page  # escaped
    assert "2016-05" in page and "Sochi" in page  # timeline
    assert "sanctions-lifted" in page and "Monte Carlo" in page


def test_html_report_without_results_or_concepts():
    page = render_html(build_causal_map([]), None, (), None)
    assert "No scenarios were run" in page and "no concepts" in page


def test_html_report_layout_deterministic():
    assert circle_layout(5) == circle_layout(5)
    assert len({(round(x), round(y)) for x, y in circle_layout(12)}) == 12
