"""Minutes and agenda front sheets: the meeting row and the numbered items, on small streams."""

from extractors.fields.agenda import extract as agenda_extract
from extractors.fields.minutes import extract as minutes_extract
from extractors.segment import segment_pack
from pipeline.extract import item_text
from schemas.decisions import Meeting
from schemas.pack_tables import AgendaItem
from tests.stream_helpers import stream

MINUTES_WITH_ITEM_REFS = [
    "ANY COUNTY COUNCIL",
    "",
    "CABINET",
    "",
    "MINUTES of a meeting of the Cabinet held in the Council Chamber, County",
    "Hall, Anytown on Thursday, 6 March 2025.",
    "",
    "PRESENT: Mr A Person (Chairman), Mrs B Person",
    "",
    "12.\tApologies",
    "(Item 1)",
    "",
    "Apologies were received from Mr C Person.",
    "",
    "13.\tBudget Monitoring Report – Quarter 3",
    "2024-25",
    "(Item 2)",
    "",
    "1. Mr Person introduced the report.",
    "2. RESOLVED that the report be noted.",
]

MINUTES_NUMBERED_WITHOUT_DOTS = [
    "City Council",
    "Minutes of the Housing and Planning",
    "Policy Committee",
    "",
    "3 March 2025 at 5.00 pm",
    "",
    "1\tWelcome",
    "",
    "Statements were received as follows:",
    "",
    "01 A Resident",
    "02 B Resident",
    "",
    "2\tEmpty Homes Strategy",
    "",
    "The Committee RESOLVED:",
    "1.\tApproved the strategy.",
    "2.\tNoted the risks.",
    "",
    "3 Rent Setting",
    "",
    "Meeting ended at 7.00 pm",
]

FRONT_SHEET = [
    "AGENDA",
    "CABINET",
    "",
    "Thursday, 6th March, 2025, at 10.00 am Ask for:\tA Clerk",
    "Council Chamber, Sessions House, Telephone:\tTel: 01234 567890",
    "County Hall, Anytown\tEmail:",
    "",
    "UNRESTRICTED ITEMS",
    "",
    "1.\tApologies",
    "2.\tMinutes of the Meeting held on 6th February 2025 (Pages 1 - 10)",
    "3.\tBudget Monitoring Report – Quarter 3 2024-25",
    "(Pages 11 - 84)",
    "4.\tCommissioning Plan for Education Provision 2025-29 (Pages",
    "85 - 120)",
]


def _only_item(texts):
    s = stream(texts)
    spans = segment_pack(s)
    assert len(spans) == 1, [(sp.kind, sp.title) for sp in spans]
    return item_text(s, spans[0])


def test_minutes_start_at_the_council_and_body_headings_above_the_minutes_line():
    item = _only_item(MINUTES_WITH_ITEM_REFS)
    assert (item.kind, item.title) == ("minutes", "MINUTES of a meeting of the Cabinet")


def test_minutes_give_the_meeting_body_date_and_venue():
    (meeting,) = [r for r in minutes_extract(_only_item(MINUTES_WITH_ITEM_REFS)) if isinstance(r, Meeting)]
    assert (meeting.body, str(meeting.meeting_date), meeting.venue) == (
        "Cabinet", "2025-03-06", "Council Chamber, County Hall, Anytown")


def test_minute_numbers_keep_their_own_number_and_take_the_agenda_item_printed_below():
    rows = [r for r in minutes_extract(_only_item(MINUTES_WITH_ITEM_REFS)) if isinstance(r, AgendaItem)]
    assert [(r.minute_no, r.number, r.title) for r in rows] == [
        ("12", "1", "Apologies"), ("13", "2", "Budget Monitoring Report – Quarter 3 2024-25")]


def test_minutes_headings_without_dots_skip_resolutions_and_numbered_name_lists():
    item = _only_item(MINUTES_NUMBERED_WITHOUT_DOTS)
    assert item.title == "Minutes of the Housing and Planning Policy Committee"
    records = minutes_extract(item)
    rows = [(r.number, r.title) for r in records if isinstance(r, AgendaItem)]
    assert rows == [("1", "Welcome"), ("2", "Empty Homes Strategy"), ("3", "Rent Setting")]
    (meeting,) = [r for r in records if isinstance(r, Meeting)]
    assert (meeting.body, str(meeting.meeting_date), meeting.time, meeting.venue) == (
        "Housing and Planning Policy Committee", "2025-03-03", "17:00", None)


def test_agenda_titles_lose_their_pages_suffix_even_when_it_wraps():
    rows = [r for r in agenda_extract(_only_item(FRONT_SHEET)) if isinstance(r, AgendaItem)]
    assert [(r.number, r.title, r.pages) for r in rows] == [
        ("1", "Apologies", None),
        ("2", "Minutes of the Meeting held on 6th February 2025", "1 - 10"),
        ("3", "Budget Monitoring Report – Quarter 3 2024-25", "11 - 84"),
        ("4", "Commissioning Plan for Education Provision 2025-29", "85 - 120"),
    ]


def test_a_front_sheet_gives_a_meeting_with_time_venue_and_clerk_from_beside_the_date():
    (meeting,) = [r for r in agenda_extract(_only_item(FRONT_SHEET)) if isinstance(r, Meeting)]
    assert (meeting.body, str(meeting.meeting_date), meeting.time) == ("CABINET", "2025-03-06", "10:00")
    assert meeting.venue == "Council Chamber, Sessions House, County Hall, Anytown"
    assert meeting.clerk == "A Clerk"


MINUTES_UNDER_A_BARE_HEADING = [
    "Planning Committee",
    "Minutes",
    "Tuesday 4 February 2025, 2.00 pm",
    "",
    "45/24\tApologies for Absence",
    "",
    "None were received.",
    "",
    "46/24\tLand at North Farm",
    "",
    "RESOLVED that permission be granted.",
]


def test_a_bare_minutes_heading_takes_the_body_named_above_it_and_minutes_numbered_in_the_year():
    item = _only_item(MINUTES_UNDER_A_BARE_HEADING)
    assert (item.kind, item.title) == ("minutes", "Minutes")
    records = minutes_extract(item)
    (meeting,) = [r for r in records if isinstance(r, Meeting)]
    assert (meeting.body, str(meeting.meeting_date), meeting.time) == ("Planning Committee", "2025-02-04", "14:00")
    rows = [(r.minute_no, r.title) for r in records if isinstance(r, AgendaItem)]
    assert rows == [("45/24", "Apologies for Absence"), ("46/24", "Land at North Farm")]


def test_a_line_saying_minutes_without_a_body_or_date_near_it_starts_no_minutes():
    s = stream(["Report to Cabinet", "", "Minutes", "", "The minutes are attached as Appendix A."])
    assert all(span.kind != "minutes" for span in segment_pack(s))
