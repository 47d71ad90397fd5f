"""Title, authors, publisher and date from small articles written for the tests."""

from __future__ import annotations

from dyad.ingest import extract_metadata, read_document
from dyad.ingest.dates import iter_dates
from dyad.ingest.metadata import is_person_name, split_names

BODY = ("The two governments agreed to meet again in the spring. Officials said that the "
        "talks were useful and that both sides would work on a plan for trade.")


def test_ingest_metadata_headline_date_byline():
    text = (f"Talks Between Neighbours Resume\n\n12 March 2018\n\n"
            f"By Jane Roe and John Smith, Example Institute\n\n{BODY}\n")
    m = extract_metadata(text)
    assert m.title == "Talks Between Neighbours Resume"
    assert m.authors == ("Jane Roe", "John Smith")
    assert m.date == "2018-03-12"
    assert text[m.date_span.start:m.date_span.end] == "12 March 2018"
    assert m.publisher is None


def test_ingest_metadata_authors_label_and_month_first_date():
    text = f"Why the Islands Matter\nAuthors: Li Wei & Maria Lopez, EXI\nMay 2, 2016\n{BODY}"
    m = extract_metadata(text)
    assert m.authors == ("Li Wei", "Maria Lopez")
    assert m.date == "2016-05-02"


def test_ingest_metadata_name_dash_bio_byline():
    text = (f"A Quiet Summit\n\n3 june 2019\n\nIvan Petrov - Ph.D. in History, Senior Fellow at "
            f"the Example Institute\n\n{BODY}")
    m = extract_metadata(text)
    assert m.authors == ("Ivan Petrov",)
    assert m.date == "2019-06-03"


def test_ingest_metadata_presented_comments_give_author_and_publisher():
    text = (f"After the Summit\n\nThe \u201cExample Policy\u201d think tank presents the comments "
            f"of Maria Lopez, Professor at Example University, on the summit.\n\n{BODY}")
    m = extract_metadata(text)
    assert m.authors == ("Maria Lopez",)
    assert m.publisher == "Example Policy"


def test_ingest_metadata_event_report_date():
    text = (f"Experts Discuss the Treaty\nExample Policy Club Conference Hall (Green Street 12, "
            f"Springfield, Freedonia\n\nThe discussion of the Example Policy Club report took "
            f"place on March 3, 2019. {BODY}\n")
    m = extract_metadata(text)
    assert m.date == "2019-03-03"
    assert text[m.date_span.start:m.date_span.end] == "March 3, 2019"
    assert m.publisher == "Example Policy Club"
    assert m.authors == ()


def test_ingest_metadata_dates_in_body_are_not_the_date():
    text = (f"Old Promises\n\n{BODY} The treaty was signed on 6 May 1990 and the leaders met on "
            f"25 March 2001 in a provincial city.\n")
    m = extract_metadata(text)
    assert m.date is None and m.date_span is None
    assert m.title == "Old Promises"


def test_ingest_metadata_published_by_next_line():
    text = f"Can Trade Help?\n\n{BODY}\n\npublished by\nExample Daily\n on June 1, 2017\n\n{BODY}"
    m = extract_metadata(text)
    assert m.publisher == "Example Daily"
    assert m.date == "2017-06-01"


def test_ingest_metadata_publisher_from_republication_note():
    text = (f"Can Trade Help?\n\n{BODY}\n\nThis post first appeared on Example Forum, please read "
            f"the original post: here\n\nShare the post\n")
    m = extract_metadata(text)
    assert m.publisher == "Example Forum"
    text2 = f"Can Trade Help?\n\n{BODY}\n\nThis article originally appeared in Russian in Vesti.\n"
    assert extract_metadata(text2).publisher == "Vesti"


def test_ingest_metadata_tail_bio_gives_authors():
    text = (f"Can Trade Help?\n\n{BODY}\n\n{BODY}\n\nJane Roe is Professor of Politics and "
            f"Sam Poe is a Senior Fellow at the Example Institute.\n")
    assert extract_metadata(text).authors == ("Jane Roe", "Sam Poe")


def test_ingest_metadata_no_title_when_first_line_is_a_sentence():
    text = f"{BODY}\n\n{BODY}"
    m = extract_metadata(text)
    assert m.title is None and m.authors == () and m.date is None and m.publisher is None


def test_ingest_metadata_title_skips_furniture(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text(f"Photo: Example Agency\n\nWhat Next for the Islands?\n\n{BODY}\n", encoding="utf-8")
    doc = read_document(p)
    assert doc.title == "What Next for the Islands?"


def test_ingest_metadata_markdown_heading_title(tmp_path):
    p = tmp_path / "a.md"
    p.write_text(f"# A Markdown Headline\n\n*By Jane Roe*\n\n{BODY}\n", encoding="utf-8")
    doc = read_document(p)
    assert doc.title == "A Markdown Headline"
    assert doc.authors == ("Jane Roe",)
    assert doc.format == "md"


def test_ingest_metadata_person_names():
    assert is_person_name("Jean-Claude van Damme")
    assert is_person_name("J. R. Smith")
    assert not is_person_name("Example University")
    assert not is_person_name("NATO")
    assert not is_person_name("the minister")
    assert split_names("A. Roe, B. Poe and Example Institute") == ["A. Roe", "B. Poe"]


def test_ingest_dates_formats():
    text = "2017-05-17; 17.05.2017; 17th of May 2017; Sept. 3, 2017; 31 February 2017; May 2018"
    assert [d.value for d in iter_dates(text)] == [
        "2017-05-17", "2017-05-17", "2017-05-17", "2017-09-03", "2018-05"]
    for d in iter_dates(text):
        assert any(ch.isdigit() for ch in text[d.start:d.end])


def test_ingest_metadata_event_date_only_for_event_reports():
    text = (f"Looking Back at the Summit\n\nThe meeting of the two leaders, which took place on "
            f"6 May 2016 in a resort city, changed the mood. {BODY}\n")
    assert extract_metadata(text).date is None
    text2 = (f"Looking Back at the Summit\n\nThe round table on the new report took place on "
             f"6 May 2016. {BODY}\n")
    assert extract_metadata(text2).date == "2016-05-06"


def test_ingest_metadata_sentences_are_not_bylines_or_bios():
    text = (f"Deal or No Deal\n\nBy signing the deal, Jane Roe and Sam Poe ended a long quarrel.\n\n"
            f"{BODY} A report published by the Example Institute said so.\n\n"
            f"Vladimir Putin is the president of a large country.\n")
    m = extract_metadata(text)
    assert m.authors == ()
    assert m.publisher is None


def test_ingest_metadata_title_below_kicker():
    text = f"Analysis\n\nWhere the Talks Go Next\n\n{BODY}\n"
    assert extract_metadata(text).title == "Where the Talks Go Next"


def test_ingest_metadata_presenter_names_outlet_only():
    text = f"On the Visit\n\nThe Example Institute presents the analysis of Jane Roe on the visit.\n\n{BODY}"
    m = extract_metadata(text)
    assert m.publisher == "Example Institute" and m.authors == ("Jane Roe",)
    text2 = f"On the Visit\n\nJapan presents a new plan for the islands, officials said.\n\n{BODY}"
    assert extract_metadata(text2).publisher is None


def test_names_only_line_next_to_the_date_is_the_byline():
    from dyad.ingest.metadata import extract_metadata

    m = extract_metadata("Policy Report No. 3\n\nTrade and the Strait\n\nLena Park and Omar Diaz\n14 May 2024\n\n"
                         "Summary\n\nThe strait stays calm.\n")
    assert m.authors == ("Lena Park", "Omar Diaz") and m.date == "2024-05-14"


def test_outlet_and_date_on_one_line():
    from dyad.ingest.metadata import extract_metadata

    m = extract_metadata("# Ports and Power\n\n*By Lena Park*\n\n*Harbour Ledger* \u00b7 18 February 2025\n\n"
                         "The port reopened.\n", fmt="md")
    assert m.date == "2025-02-18" and m.authors == ("Lena Park",)
