"""Metadata and page furniture of news-style articles (tests/data/actors/*.txt, written for the tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from dyad.ingest import classify_line, extract_metadata, read_document

DATA = Path(__file__).resolve().parent / "data" / "actors"

# article -> (title, authors, date, publisher, furniture lines)
EXPECTED = {
    "india-china-wire.txt": (
        "India, China agree to ease border tensions after Ladakh talks", ("Priya Sharma", "Michael Chen"),
        None, "Reuters",
        ["Advertisement", "(Reporting by Priya Sharma in New Delhi and Michael Chen in Beijing; "
                          "Editing by Alex Richardson)"]),
    "us-iran-news.txt": (
        "Iran rejects U.S. offer of direct nuclear talks", ("Jane Doe",), "2021-03-03", "Reuters",
        ["Follow us on Twitter", "We use cookies to improve your experience. By continuing to browse you "
                                 "accept our cookie policy.", "Read more:"]),
    "germany-poland-analysis.txt": (
        "Berlin and Warsaw: a partnership under strain", (), "2023-09-12", None,
        ["Sign up for our newsletter", "Share this article"]),
    "turkey-saudi-ap.txt": (
        "Erdoğan hosts Saudi crown prince as Ankara and Riyadh mend ties", (), None, "AP",
        ["Copyright 2022 The Associated Press. All rights reserved."]),
    "egypt-ethiopia-dam.txt": ("Egypt warns Ethiopia over Nile dam", (), "2021-04-08", None, ["Related Articles"]),
    "brazil-argentina-column.txt": (
        "Lula and Milei: cold ties between South America's giants", ("Carlos Souza",), "2023-11-30",
        "Americas Quarterly", []),
    "france-algeria-afp.txt": ("Macron seeks reset with Algeria", (), None, "AFP", ["Photo: Ludovic Marin/AFP"]),
}


@pytest.mark.parametrize("article", sorted(EXPECTED))
def test_ingest_unseen_dyads_metadata_and_furniture(article):
    title, authors, date, publisher, furniture = EXPECTED[article]
    doc = read_document(DATA / article)
    assert doc.title == title
    assert doc.authors == authors
    assert doc.date == date
    assert doc.publisher == publisher
    assert [doc.text[s.start:s.end] for s in doc.boilerplate] == furniture


@pytest.mark.parametrize("line", [
    "(Reporting by Jane Roe; Editing by John Smith)",
    "Additional reporting by Li Wei in Shanghai",
    "READ MORE: Why the border talks stalled",
    "This website uses cookies. By continuing you agree to our cookie policy.",
    "Click here to subscribe",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "© 2024 Example Media. All rights reserved.",
])
def test_ingest_unseen_dyads_news_furniture_lines(line):
    assert classify_line(line) is not None


@pytest.mark.parametrize("line", [
    "Reporting on the talks has been scarce, officials said.",
    "Read the treaty carefully and you will see the gap.",
    "The ministers rejected the cookie-cutter approach to trade.",
])
def test_ingest_unseen_dyads_content_lines_are_not_furniture(line):
    assert classify_line(line) is None


def test_ingest_unseen_dyads_dateline_with_agency_and_date():
    text = ("Talks Resume in Cairo\n\nCAIRO, March 4, 2022 (Reuters) - Egypt and Sudan resumed talks on "
            "Friday. Officials said the meeting was useful and that both sides would meet again soon.\n")
    m = extract_metadata(text)
    assert m.date == "2022-03-04" and text[m.date_span.start:m.date_span.end] == "March 4, 2022"
    assert m.publisher == "Reuters"


def test_ingest_unseen_dyads_date_in_body_sentence_is_not_a_dateline():
    text = ("Old Wounds\n\nIn Cairo, 8 April 2021 is remembered as the day the talks failed. Officials "
            "said the meeting was useful and that both sides would meet again soon.\n")
    assert extract_metadata(text).date is None
