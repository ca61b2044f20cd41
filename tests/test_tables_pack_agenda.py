"""Agenda front sheet: numbered items under group headings, meeting facts."""

import datetime as dt

from extractors.fields.agenda import extract
from extractors.normalise import normalise_text
from extractors.readers.text import decode_text, detect_flavour
from schemas.pack_tables import AgendaItem
from schemas.stages import ItemText
from tests.pack_helpers import ROOT, facts, golden_tables, item_from_text, rows

FRONT_SHEET = """HEALTH AND CARE COMMITTEE

Tuesday, 16 March 2021

10:30

County Offices
Market Street
Northtown
NT1 2AB

AGENDA

GENERAL MATTERS

1 Apologies and declarations of interest

2 Minutes - 2 February 2021

REPORTS FOR DECISION

- 3 **Home Care Recommissioning and the Market**
**Position Statement**
- 4 **Annual Budget 2021-22**
To follow
- 5 **Date of Next Meeting**
20 April 2021

The committee comprises the following members:

Councillor Jane Hill (Chair) Councillor Omar Said (Vice-Chair)
Councillor Ben Toll and Councillor Rosa Vine

Clerk Name:\tAlex Green
Clerk Telephone:\t01632 960123
Clerk Email:\talex.green@northshire.example
"""


def _records():
    return extract(item_from_text(FRONT_SHEET, kind="agenda"))


def test_items_keep_group_wrapped_title_and_note():
    items = rows(_records(), AgendaItem)
    assert [(i.number, i.group, i.title, i.note, i.date) for i in items] == [
        ("1", "GENERAL MATTERS", "Apologies and declarations of interest", None, None),
        ("2", "GENERAL MATTERS", "Minutes - 2 February 2021", None, None),
        ("3", "REPORTS FOR DECISION", "Home Care Recommissioning and the Market Position Statement", None, None),
        ("4", "REPORTS FOR DECISION", "Annual Budget 2021-22", "To follow", None),
        ("5", "REPORTS FOR DECISION", "Date of Next Meeting", "20 April 2021", dt.date(2021, 4, 20)),
    ]


def test_meeting_facts_date_time_venue_clerk_members():
    records = _records()
    assert facts(records, "meeting_date")[0].value_date == dt.date(2021, 3, 16)
    assert facts(records, "time")[0].value_text == "10:30"
    assert facts(records, "venue")[0].value_text == "County Offices Market Street Northtown NT1 2AB"
    assert facts(records, "clerk_name")[0].value_text == "Alex Green"
    assert facts(records, "clerk_phone")[0].value_text == "01632 960123"
    assert facts(records, "clerk_email")[0].value_text == "alex.green@northshire.example"
    assert [f.value_text for f in facts(records, "members")] == [
        "Councillor Jane Hill (Chair)", "Councillor Omar Said (Vice-Chair)",
        "Councillor Ben Toll", "Councillor Rosa Vine",
    ]


def test_seed_front_sheet_matches_answer_key():
    table = golden_tables("004_c00d3727959acbdb", "agenda_items")[0]
    decoded = decode_text((ROOT / "data/raw/004_c00d3727959acbdb.txt").read_bytes())
    stream = normalise_text("seed", decoded.text, detect_flavour(decoded.text), decoded.warnings)
    # The front sheet ends where the action log's heading repeats the committee's name.
    end = next(i for i, ln in enumerate(stream.lines) if i > 5 and ln.text.strip() == stream.lines[0].text.strip())
    item = ItemText(doc_id="seed", item_id="seed:001", kind="agenda", flavour=stream.flavour, lines=stream.lines[:end])
    records = extract(item)
    items = rows(records, AgendaItem)
    assert [(i.number, i.group, i.title) for i in items] == [(k["number"], k["group"], k["title"]) for k in table["rows"]]
    for got, key in zip(items, table["rows"]):
        if "note" in key:
            assert got.note == key["note"]
        if "date" in key:
            assert got.date.isoformat() == key["date"]
    assert facts(records, "meeting_date")[0].value_date.isoformat() == table["meeting_date"]
    assert facts(records, "meeting_date")[0].value_text == table["meeting_date_text"]
    assert facts(records, "time")[0].value_text == table["time"]
    assert facts(records, "venue")[0].value_text == table["venue"]
    assert [facts(records, k)[0].value_text for k in ("clerk_name", "clerk_phone", "clerk_email")] == [
        table["clerk"]["name"], table["clerk"]["phone"], table["clerk"]["email"]]
    assert [f.value_text for f in facts(records, "members")] == table["members"]
