"""Entities found by the rule-based spaCy pipeline, with normalised values and line provenance."""

from __future__ import annotations

import re

import pytest

from extractors.entities import entity_pipeline, extract_entities, names_in_fields
from schemas.stages import ItemText, Line
from tests.seed_items import SEEDS, golden, stream


def item(*rows: str, kind: str = "other") -> ItemText:
    return ItemText(
        doc_id="d",
        item_id="d:001",
        kind=kind,
        flavour="pdftotext",
        lines=[Line(no=n, text=t) for n, t in enumerate(rows, start=1)],
    )


def found(text: str, label: str) -> list[tuple[str, str | None]]:
    return [(e.text, e.value) for e in extract_entities(item(text)) if e.label == label]


@pytest.mark.parametrize(
    "text, entity, value",
    [
        ("The revised saving is -£412,000 in total.", "-£412,000", "-412000"),
        ("Benefits of £40,000 to £90,000 are expected.", "£40,000 to £90,000", "40000..90000"),
        ("Range between £120,000 - £275,000", "£120,000 - £275,000", "120000..275000"),
        ("a grant of £45k was agreed", "£45k", "45000"),
        ("the fund holds £2.3m.", "£2.3m", "2300000"),
        ("spend of c£250k a year", "c£250k", "250000"),
        ("a gap of nominally £3.75ph between rates", "£3.75ph", "3.75"),
    ],
)
def test_money_shapes_become_pounds(text, entity, value):
    assert found(text, "MONEY") == [(entity, value)]


def test_money_in_two_table_cells_is_two_amounts_and_a_unit_header_is_none():
    assert found("-£12,500\t-£9,875", "MONEY") == [("-£12,500", "-12500"), ("-£9,875", "-9875")]
    assert found("Saving\t£000", "MONEY") == []


@pytest.mark.parametrize("text, value", [("2023-24", "2023-24"), ("2023/24", "2023-24"), ("23/24", "2023-24")])
def test_financial_years_normalised(text, value):
    assert found(f"Savings in {text} only", "FY") == [(text, value)]


def test_day_month_dates_are_not_financial_years():
    assert found("Review on 1/4/23 and 11/12/2022", "FY") == []
    assert found("Review on 1/4/23 and 11/12/2022", "DATE") == [("1/4/23", "2023-04-01"), ("11/12/2022", "2022-12-11")]


@pytest.mark.parametrize(
    "text, value",
    [("3 March 2022", "2022-03-03"), ("21st June 2023", "2023-06-21"), ("Sept 2021", "2021-09"), ("14 Feb 2022", "2022-02-14")],
)
def test_dates_iso_at_printed_precision(text, value):
    assert found(f"Decision due {text}.", "DATE") == [(text, value)]


def test_business_plan_reference_by_shape():
    assert found("See proposal K/Q.3.045 for detail", "BP_REF") == [("K/Q.3.045", "K/Q.3.045")]


def test_email_and_uk_phone_normalised():
    assert found("Email: Priya.Shah@northshire.gov.uk", "EMAIL") == [
        ("Priya.Shah@northshire.gov.uk", "priya.shah@northshire.gov.uk")
    ]
    assert found("Tel: 01632 960123", "PHONE") == [("01632 960123", "01632960123")]
    assert found("Mobile 07700900123", "PHONE") == [("07700900123", "07700900123")]
    assert found("In 2020 1234 people", "PHONE") == []


def test_titled_people_split_at_the_next_title():
    assert found("Councillor Jo Roe Councillor Sam Poe and Cllr Lee", "PERSON") == [
        ("Jo Roe", "Jo Roe"),
        ("Sam Poe", "Sam Poe"),
        ("Lee", "Lee"),
    ]


def test_people_named_in_fields_are_found_where_the_item_mentions_them():
    it = item(
        "Name: Priya Shah Post: Data Analyst",
        "Business Leads / Sponsors: Omar Lind, Head of Roads / Ann Vos",
        "The review was led by Priya Shah with Omar Lind.",
    )
    assert names_in_fields(it.lines) == ["Priya Shah", "Omar Lind", "Ann Vos"]
    people = [(e.line, e.text) for e in extract_entities(it) if e.label == "PERSON"]
    assert (3, "Priya Shah") in people and (3, "Omar Lind") in people and (1, "Priya Shah") in people


def test_organisations():
    orgs = [t for t, _ in found("Northshire County Council and Highways Committee met the Council.", "ORG")]
    assert orgs == ["Northshire County Council", "Highways Committee"]
    assert [t for t, _ in found("funded by Northshire and Westvale CCG", "ORG")] == ["Northshire and Westvale CCG"]
    assert [t for t, _ in found("Roads & Transport Committee", "ORG")] == ["Roads & Transport Committee"]


def test_line_provenance_and_offset():
    entities = extract_entities(item("", "Saving of £5,000", "", "Agreed 2 May 2022"))
    assert [(e.label, e.line, e.start_char) for e in entities] == [("MONEY", 2, 10), ("DATE", 4, 7)]


def test_odd_text_gives_no_crash():
    assert extract_entities(item()) == []
    odd = extract_entities(item("£", "@", "0", "££££", "12/", "Councillor", "\t\t", "Name:", "- £"))
    assert [e.label for e in odd] == []


def test_pipeline_is_built_once():
    assert entity_pipeline() is entity_pipeline()


def test_a_large_dump_gives_each_lines_entities_and_nothing_for_plain_or_blank_lines():
    rows = ["The Highways Committee agreed £12,500 on 3 March 2022 (2022/23) with Councillor Jo Roe."] * 1000
    rows += ["plain words with nothing to find at all"] * 1000 + [""] * 1000
    entities = extract_entities(item(*rows))
    assert len(entities) == 1000 * 5


# --- the seeds against the answer keys -------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_seed_reference_emails_and_phones_from_the_keys_are_found(seed):
    s = stream(seed)
    entities = extract_entities(ItemText(doc_id=seed, item_id="x", kind="other", flavour=s.flavour, lines=s.lines))
    values = {(e.label, e.value) for e in entities}
    key = golden(seed)
    for proposal in key.get("proposals", []):
        if proposal.get("bp_reference"):
            assert ("BP_REF", proposal["bp_reference"]) in values
    for report in key.get("reports", []):
        officer = report.get("officer") or {}
        if officer.get("email"):
            assert ("EMAIL", officer["email"].lower()) in values
        if officer.get("phone"):
            assert ("PHONE", re.sub(r"\D", "", officer["phone"])) in values
        if officer.get("name"):
            assert ("PERSON", officer["name"]) in values
        if report.get("meeting_date"):
            assert ("DATE", report["meeting_date"]) in values


def test_roles_and_job_titles_in_a_from_field_are_not_people():
    it = item(
        "From: Sue Roe, Cabinet Member for Adult Social Care",
        "Deputy Leader and Cabinet Member for Finance",
        "Ann Vos, Corporate Director of Finance, met the Chief Executive and the Lord Mayor.",
    )
    people = [e.text for e in extract_entities(it) if e.label == "PERSON"]
    assert "Sue Roe" in people
    assert not {"Cabinet Member", "Deputy Leader", "Chief Executive", "Corporate Director", "Mayor", "Lord Mayor"} & set(people)


def test_a_titled_person_whose_surname_is_an_ordinary_word_is_still_a_person():
    assert found("Mr Love presented the update.", "PERSON") == [("Love", "Love")]
