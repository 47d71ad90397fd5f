"""Page furniture is marked as whole lines; content lines are never marked."""

from __future__ import annotations

import pytest

from dyad.ingest import classify_line, find_boilerplate
from dyad.ingest.lines import iter_lines

FURNITURE = [
    # venue boxes of event pages
    ("venue", "Example Policy Club Main Hall (Green Street 12, Springfield, Freedonia"),
    ("venue", "Grand Hotel Ballroom, 5 River Road, Oldtown, Ruritania"),
    ("venue", "Venue: City Library, room 4"),
    ("venue", "List of participants"),
    ("venue", "Speakers:"),
    # photo credits and sources
    ("credit", "Photo: Example Agency / Jane Roe"),
    ("credit", "Image courtesy of the author"),
    ("credit", "Featured photo"),
    ("credit", "Source: Example Wire"),
    ("credit", "\u00a9 2019 Example Media"),
    ("credit", "Photo credit: Sam Poe"),
    # republication notes
    ("republication", "This essay originally appeared in Example Review."),
    ("republication", "This commentary was first published on the Example Blog."),
    ("republication", "This article is republished from Example Monthly under a free licence."),
    ("republication", "Originally published in The Example Times."),
    ("republication", "Reprinted with permission from Example Quarterly."),
    # disclaimers
    ("disclaimer", "The Example Council does not take institutional positions on any issue."),
    ("disclaimer", "The opinions expressed in this article are solely those of the author."),
    ("disclaimer", "Views expressed here do not necessarily reflect those of the editors."),
    ("disclaimer", "Disclaimer: for information only."),
    # pagination
    ("pagination", "Page 3 of 9"),
    ("pagination", "{ Page 2 / 4 }"),
    ("pagination", "Next page \u00bb"),
    # comment stubs
    ("comments", "Comments (3)"),
    ("comments", "No responses yet"),
    ("comments", "Leave a Reply"),
    ("comments", "Comments are closed."),
    ("comments", "Show comments"),
    # blog-directory banners
    ("banner", "Drive more traffic to your site - upgrade to a premium listing today"),
    ("banner", "Advertisement"),
    # share / subscribe prompts
    ("share", "Share this article"),
    ("share", "Share on Facebook | Twitter | Email"),
    ("share", "Tweet"),
    ("subscribe", "Subscribe to The Example Letter"),
    ("subscribe", "Sign up for our weekly newsletter and never miss a story"),
    ("subscribe", "Fresh analysis delivered to your inbox every Friday!"),
    ("subscribe", "Thanks! Thank you for subscribing"),
    ("close", "\u00d7"),
    ("close", "\u2715"),
    ("related", "Related articles"),
    ("related", "Read more:"),
    ("tags", "Tags: diplomacy, energy"),
    ("nav", "Skip to content"),
    ("credit", "The two ministers shake hands in Springfield. Jane Roe / AFP via Getty Images"),
    ("credit", "Leaders at the summit (Reuters)"),
    ("credit", "Photograph by Sam Poe for Example Weekly / Shutterstock"),
    ("nav", "5 min read"),
    ("nav", "Reading time: 7 minutes"),
    ("subscribe", "Follow us on Telegram"),
    ("subscribe", "Follow Jane Roe on X for more analysis"),
    ("share", "Print this article"),
]

CONTENT = [
    "Talks Between Two Neighbours Resume",  # title
    "By Jane Roe",  # byline
    "Ivan Petrov - Ph.D. in History, Senior Fellow at the Example Institute",  # bio
    "12 March 2018",  # date
    "Resume: Both sides expect little from the next round.",  # abstract
    "[1] For the text of the treaty see:",  # footnote
    "Sources close to the ministry said the talks would resume.",
    "The summit took place in the main hall of the palace.",
    "Photographs of the meeting show both leaders smiling.",
    "The page of history turned in 1956, when the declaration was signed.",
    "Subscribers to the pipeline scheme will pay more next year.",
    "Share prices rose after the visit.",
    "The minister said his comments did not necessarily reflect a change of course.",
    "This article argues that the first summit was a turning point.",
    "Next, the two sides discussed fishing rights.",
    "Comments by the minister surprised observers in both capitals.",
    "The minister flew to Springfield, where he met reporters from AP.",
    "Talks lasted 45 minutes.",
    "Other capitals will follow the example of Freedonia.",
    "Print media in both countries welcomed the deal.",
    "The deal was first reported by Reuters.",
]


@pytest.mark.parametrize("category,line", FURNITURE)
def test_ingest_boilerplate_pattern_marks_line(category, line):
    assert classify_line(line) == category


@pytest.mark.parametrize("line", CONTENT)
def test_ingest_boilerplate_leaves_content(line):
    assert classify_line(line) is None


def test_ingest_boilerplate_long_paragraph_is_never_furniture():
    para = ("Source: officials told reporters that the negotiations, which have dragged on for "
            "years, could finally produce a framework for joint activity on the islands, "
            "although many doubt it. ") * 2
    assert classify_line(para.strip()) is None


def test_ingest_boilerplate_spans_are_whole_lines():
    text = ("A Headline For Testing\n"
            "Photo: Example Agency\n"
            "\n"
            "The leaders met twice this year and they agreed on a plan.\n"
            "  Share this article  \n"
            "Page 1 of 2")
    spans = find_boilerplate(text)
    got = [text[s.start:s.end] for s in spans]
    assert got == ["Photo: Example Agency", "  Share this article  ", "Page 1 of 2"]
    for s in spans:
        assert s.start == 0 or text[s.start - 1] == "\n"
        assert s.end == len(text) or text[s.end] == "\n"


def test_ingest_boilerplate_repeated_title_after_share_block():
    title = "Hope for the Neighbours?"
    text = (f"{title}\n\nThe two leaders met and they agreed on a plan for the islands.\n\n"
            "The talks will resume in the autumn, officials said.\n\n"
            f"Share the post\n\n{title}\n\n\u00d7\n\nSubscribe to Example Forum\n")
    got = [text[s.start:s.end] for s in find_boilerplate(text)]
    assert got == ["Share the post", title, "\u00d7", "Subscribe to Example Forum"]
    assert text.index(title) == 0  # the title itself stays content


def test_ingest_boilerplate_title_repeated_in_body_is_content():
    title = "Hope for the Neighbours"
    text = (f"{title}\n\nThe leaders met and they agreed on a plan.\n\n"
            "Officials were pleased with the result of the talks.\n\n"
            f"{title}\n\nThe talks will resume in the autumn.\n")
    assert find_boilerplate(text) == ()


def test_ingest_lines_offsets_cover_text():
    text = "one\r\ntwo\rthree\n\nfour"
    lines = list(iter_lines(text))
    assert [ln.raw for ln in lines] == ["one", "two", "three", "", "four"]
    for ln in lines:
        assert text[ln.start:ln.end] == ln.raw
